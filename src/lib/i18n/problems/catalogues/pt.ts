import type { ProblemMessages } from '../en';

export default {
	heading: 'Não é possível mostrar esta cronologia',
	address: 'Endereço da história:',
	event: 'acontecimento {id},',
	field: 'campo {field}:',
	more: { one: '… e mais {n}.', many: '… e mais {n}.', other: '… e mais {n}.' },
	says: {
		noSrc:
			'Nenhuma história para mostrar: acrescente ?src= e o endereço de um ficheiro JSON de história ao endereço.',
		unexpected: 'Não foi possível carregar a história ({error}).',
		badUrl: '«{src}» não é um endereço http(s) de um ficheiro de história.',
		credentials:
			'O endereço da história contém um nome de utilizador ou uma palavra-passe (a parte «nome:palavra-passe@»); um ficheiro de história é público, por isso retire-os.',
		unreachable:
			'Não foi possível carregar a história de {host}: o site não está acessível, ou não deixa outros sites lerem o ficheiro (tem de enviar Access-Control-Allow-Origin).',
		timeout: '{host} não respondeu em {seconds} segundos.',
		http: '{host} respondeu {status}.',
		notFound: '{host} respondeu {status}: não há nenhuma história nesse endereço.',
		brokeOff: 'A ligação a {host} foi interrompida enquanto a história carregava.',
		tooLarge:
			'O ficheiro da história é grande demais: tem mais de {size}, o máximo que uma cronologia incorporada carrega.',
		notJson:
			'O ficheiro não é JSON ({detail}) nem uma folha de cálculo do TimelineJS publicada como CSV, por isso não é uma história.',
		invalid: {
			one: 'O ficheiro da história tem um problema:',
			many: 'O ficheiro da história tem {n} problemas:',
			other: 'O ficheiro da história tem {n} problemas:'
		},
		slow: 'A verificação da história demorou mais de {seconds} segundos e foi abandonada; um ficheiro tão lento de verificar é grande ou complexo demais para uma cronologia incorporada.'
	}
} satisfies ProblemMessages;
