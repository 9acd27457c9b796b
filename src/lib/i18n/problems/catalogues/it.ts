import type { ProblemMessages } from '../en';

export default {
	heading: 'Impossibile mostrare questa cronologia',
	address: 'Indirizzo della storia:',
	event: 'evento {id},',
	field: 'campo {field}:',
	more: { one: '… e {n} altro.', many: '… e altri {n}.', other: '… e altri {n}.' },
	says: {
		noSrc:
			'Nessuna storia da mostrare: aggiungi ?src= e l’indirizzo di un file JSON di storia all’indirizzo.',
		unexpected: 'Impossibile caricare la storia ({error}).',
		badUrl: '«{src}» non è un indirizzo http(s) di un file di storia.',
		credentials:
			'L’indirizzo della storia contiene un nome utente o una password (la parte «nome:password@»); un file di storia è pubblico, quindi toglili.',
		unreachable:
			'Impossibile caricare la storia da {host}: il sito non è raggiungibile, oppure non permette ad altri siti di leggere il file (deve inviare Access-Control-Allow-Origin).',
		timeout: '{host} non ha risposto entro {seconds} secondi.',
		http: '{host} ha risposto {status}.',
		notFound: '{host} ha risposto {status}: a quell’indirizzo non c’è nessuna storia.',
		brokeOff: 'La connessione con {host} si è interrotta durante il caricamento della storia.',
		tooLarge:
			'Il file della storia è troppo grande: supera {size}, il massimo che carica una cronologia incorporata.',
		notJson:
			'Il file non è JSON ({detail}) né un foglio di TimelineJS pubblicato come CSV, quindi non è una storia.',
		invalid: {
			one: 'Il file della storia ha un problema:',
			many: 'Il file della storia ha {n} problemi:',
			other: 'Il file della storia ha {n} problemi:'
		},
		slow: 'Il controllo della storia ha richiesto più di {seconds} secondi ed è stato abbandonato; un file così lento da controllare è troppo grande o complesso per una cronologia incorporata.'
	}
} satisfies ProblemMessages;
