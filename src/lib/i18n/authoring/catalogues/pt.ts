import type { AuthoringMessages } from '../en';

export default {
	editor: {
		pageTitle: 'Editar uma história · Sourceline',
		pageDescription:
			'Abra uma história do Sourceline ou um ficheiro do TimelineJS, corrija-o ou atualize-o e descarregue-o.',
		heading: 'Editar uma história',
		intro:
			'Abra uma história, corrija-a ou atualize-a e depois descarregue o ficheiro. Tudo acontece neste navegador: nada é enviado para lado nenhum. Cada problema leva ao campo que o corrige. Ctrl+Z (⌘Z) anula uma alteração, Ctrl+Shift+Z refá-la.',
		opening: 'A abrir {address}…',
		notOpened: 'Não foi possível abrir o ficheiro',
		download: 'Descarregar a história',
		timelineJson: 'Descarregar como JSON do TimelineJS',
		timelineCsv: 'Descarregar como CSV do TimelineJS',
		undo: 'Anular',
		redo: 'Refazer',
		validates: 'A história é válida.',
		toFix: {
			one: '{n} problema por corrigir.',
			many: '{n} de problemas por corrigir.',
			other: '{n} problemas por corrigir.'
		},
		problems: 'Problemas',
		inEvent: 'acontecimento {id}',
		story: 'A história',
		storyId: 'Identificador da história',
		storyTitle: 'Título da história',
		storySummary: 'Resumo da história',
		language: 'Língua (BCP 47)',
		displayTimeZone: 'Fuso horário apresentado',
		events: 'Acontecimentos ({n})',
		addEvent: 'Adicionar um acontecimento',
		sources: 'Fontes, palavras citadas assinaladas',
		sourcesIntro:
			'Para citar palavras à letra, selecione-as aqui e depois carregue em «Citar as palavras selecionadas» num acontecimento.',
		none: '(nenhum)'
	},
	open: {
		file: 'Abrir um ficheiro de história (JSON do Sourceline, ou JSON ou CSV do TimelineJS)',
		drop: 'Ou largue um ficheiro em qualquer ponto desta página.',
		address: 'Endereço da história (URL)',
		open: 'Abrir'
	},
	event: {
		untitled: 'Acontecimento {n}',
		moveUp: 'Subir',
		moveDown: 'Descer',
		delete: 'Eliminar',
		id: 'Identificador',
		title: 'Título',
		summary: 'Resumo',
		kind: 'Tipo',
		actors: 'Intervenientes, um por linha',
		group: 'Grupo',
		place: 'Local',
		placeZone: 'Fuso horário do local',
		placeZoneHint: 'Fuso IANA, p. ex. Europe/Lisbon',
		when: 'Quando',
		quotes: 'Palavras citadas',
		quoteSource: 'Fonte da citação {n}',
		quote: 'Citação {n}, palavra por palavra',
		removeQuote: 'Remover a citação {n}',
		quoteSelection: 'Citar as palavras selecionadas',
		media: 'Multimédia',
		mediaKind: 'Tipo de multimédia',
		mediaUrl: 'Endereço do elemento multimédia (URL)',
		alt: 'Texto alternativo',
		caption: 'Legenda',
		credit: 'Créditos'
	},
	eras: {
		heading: 'Épocas ({n})',
		hint: 'Períodos com nome desenhados como faixas de fundo, como uma guerra ou um mandato.',
		era: 'Época {n}',
		id: 'Identificador da época {n}',
		label: 'Nome da época {n}',
		dates: 'Datas da época {n}',
		datesHint: 'EDTF ou palavras de data: «1939/1945», «2024-07».',
		delete: 'Eliminar a época {n}',
		add: 'Adicionar uma época'
	},
	date: {
		words: 'Palavras da data, como a fonte as escreve',
		basis: 'Como se conhece a data',
		expression: 'Expressão',
		expressionHint:
			'Palavras de data ou EDTF que o leitor de datas entende: «this Friday», «19 February 2025», «1970-04».',
		note: 'Nota',
		noteHint: 'Porque é que a data é deduzida, ou de onde vem uma data editorial.',
		sameAs: 'Algures durante o acontecimento «{id}»',
		noWords: 'Ainda sem palavras de data nem expressão.',
		readAs: 'Lida como {date}',
		notRead: 'Não lida: {message}'
	},
	draft: {
		pageTitle: 'Redigir uma história a partir de um artigo · Sourceline',
		pageDescription: 'Encontre as datas num artigo noticioso e redija uma história do Sourceline.',
		heading: 'Redigir uma história a partir de um artigo',
		intro:
			'Tudo acontece neste navegador: nada é enviado para lado nenhum. As palavras de data são encontradas e lidas face à data de publicação; cada proposta cita a sua frase palavra por palavra. Aceite os acontecimentos que quiser e depois descarregue o ficheiro da história. Ctrl+Z anula uma alteração às propostas, Ctrl+Shift+Z refá-la.',
		toEditor: 'Para corrigir ou atualizar uma história que já tem, ',
		toEditorLink: 'abra-a no editor',
		toEditorEnd: '.',
		timeline: 'Cronologia das propostas',
		timelineLabel: 'Acontecimentos propostos, não rejeitados',
		noTimeline: 'Nenhuma proposta tem uma data que a cronologia possa mostrar.',
		article: 'O artigo, palavras de data assinaladas',
		found: {
			one: '{n} expressão de data encontrada, {unplaced} por situar (tracejadas).',
			many: '{n} de expressões de data encontradas, {unplaced} por situar (tracejadas).',
			other: '{n} expressões de data encontradas, {unplaced} por situar (tracejadas).'
		},
		proposals: 'Propostas',
		showRest: {
			one: 'Mostrar o resto do artigo ({n} parágrafo)',
			many: 'Mostrar o resto do artigo ({n} de parágrafos)',
			other: 'Mostrar o resto do artigo ({n} parágrafos)'
		},
		previous: 'Propostas anteriores',
		next: 'Propostas seguintes',
		range: 'Propostas {first}–{last} de {total}'
	},
	form: {
		article: 'Texto do artigo (cole-o ou largue aqui um ficheiro .txt)',
		file: 'Ou abra um ficheiro de texto, ou trabalho descarregado desta página',
		published: 'Publicado (data ou data e hora ISO)',
		timeZone: 'Fuso horário da publicação',
		publisher: 'Órgão de comunicação',
		language: 'Língua do artigo',
		submit: 'Encontrar datas e propor acontecimentos'
	},
	proposal: {
		accepted: { event: 'Acontecimento aceite', context: 'Contexto aceite' },
		rejected: { event: 'Acontecimento rejeitado', context: 'Contexto rejeitado' },
		proposed: { event: 'Acontecimento proposto', context: 'Contexto proposto' },
		quoted: '«{title}»',
		noDate: 'Sem data',
		accept: 'Aceitar',
		reject: 'Rejeitar',
		merge: 'Juntar ao seguinte',
		mergeInto: '(«{next}») em «{title}»',
		split: 'Dividir',
		basis: 'Base da data',
		noBasis: 'Nenhuma ainda',
		stated: 'Indicada',
		inferred: 'Deduzida',
		editorial: 'Editorial',
		datedAs: 'Datado como «{title}»; uma expressão substitui isso.',
		expression: 'Expressão de data',
		note: 'Nota (porquê esta data)',
		title: 'Título',
		summary: 'Resumo',
		kind: 'Tipo',
		kinds: {
			meeting: 'Reunião',
			statement: 'Declaração',
			announcement: 'Anúncio',
			travel: 'Viagem',
			visit: 'Visita',
			unlisted: 'Outro'
		},
		place: 'Local',
		placeZone: 'Fuso horário do local'
	},
	download: {
		heading: 'Descarregar a história',
		intro:
			'Só entram as propostas aceites. O ficheiro é verificado como a compilação do site verifica uma história.',
		storyId: 'Identificador da história (palavras em minúsculas e hífenes)',
		storyTitle: 'Título da história',
		storySummary: 'Resumo da história',
		headline: 'Título do artigo',
		events: {
			one: '{n} acontecimento aceite',
			many: '{n} de acontecimentos aceites',
			other: '{n} acontecimentos aceites'
		},
		passages: { one: '{n} passagem', many: '{n} de passagens', other: '{n} passagens' },
		holds: 'O ficheiro terá {events}.',
		holdsContext: 'O ficheiro terá {events} e {passages} de contexto.',
		undated: {
			one: '{n} acontecimento aceite ainda não tem data e fica de fora até ter uma.',
			many: '{n} de acontecimentos aceites ainda não têm data e ficam de fora até terem uma.',
			other: '{n} acontecimentos aceites ainda não têm data e ficam de fora até terem uma.'
		},
		button: 'Descarregar o ficheiro da história',
		nothing: 'Ainda nada para descarregar.',
		done: {
			one: '{file} descarregado: {n} acontecimento.',
			many: '{file} descarregado: {n} de acontecimentos.',
			other: '{file} descarregado: {n} acontecimentos.'
		},
		invalid: 'A história ainda não é válida:'
	},
	kept: {
		otherTab:
			'Este rascunho também está aberto noutro separador, que acabou de guardar as suas alterações. As alterações feitas aqui não são guardadas até escolher com que trabalho continuar.',
		otherTabStory:
			'Esta história também está aberta noutro separador, que acabou de guardar as suas alterações. As alterações feitas aqui não são guardadas até escolher com que trabalho continuar.',
		useOther: 'Usar o trabalho do outro separador',
		keepThis: 'Manter o trabalho deste separador',
		downloadWork: 'Descarregar o trabalho',
		downloadStored: 'Descarregar o que estava guardado',
		full: 'O armazenamento deste navegador para o site está cheio: as últimas alterações ({kb} KB de trabalho) não são guardadas. Descarregue o trabalho para o manter.',
		refused:
			'Este navegador não deixa a página guardar o seu trabalho ({error}). Descarregue o trabalho para o manter.'
	},
	source: {
		region: 'Fonte {id}, palavras citadas assinaladas',
		publisher: 'Órgão de comunicação',
		headline: 'Título',
		url: 'Endereço (URL)',
		noText: 'Esta fonte não tem texto no ficheiro.'
	},
	keeping: {
		resumed: 'Reaberta como a deixou: a história guardada neste navegador em {when}.',
		startAfresh: 'Começar de novo',
		waiting:
			'Este navegador guarda alterações a esta história, feitas em {when}, que o ficheiro acabado de abrir não tem. Nada é guardado até escolher.',
		goOn: 'Continuar com as alterações guardadas',
		useOpened: 'Usar o ficheiro acabado de abrir'
	},
	preview: {
		heading: 'Como os leitores o verão',
		current:
			'A cronologia tal como será publicada. Escolha um acontecimento para ir ao seu cartão.',
		stale:
			'A cronologia tal como a história foi válida pela última vez: corrija os problemas acima para ver as últimas alterações.',
		label: 'Pré-visualização da cronologia da história'
	},
	addSource: {
		summary: 'Adicionar uma fonte',
		form: 'Nova fonte',
		article: 'O texto do artigo, palavra por palavra',
		publisher: 'Editor',
		headline: 'Título (a primeira linha, se vazio)',
		published: 'Publicado (data ou data e hora ISO)',
		timeZone: 'Fuso horário da publicação (o da história, se vazio)',
		url: 'Endereço (URL)',
		propose: 'Encontrar as suas datas e propor acontecimentos a partir dela',
		submit: 'Adicionar a fonte',
		needPublisher: 'Indique o editor.',
		addedQuote:
			'Adicionado «{publisher}» como fonte {id}: selecione as suas palavras para as citar num acontecimento.',
		addedEvents: {
			one: 'Adicionado «{publisher}» como fonte {id}, com {n} acontecimento proposto no fim da lista: verifique-o.',
			other:
				'Adicionado «{publisher}» como fonte {id}, com {n} acontecimentos propostos no fim da lista: verifique cada um.',
			many: 'Adicionado «{publisher}» como fonte {id}, com {n} acontecimentos propostos no fim da lista: verifique cada um.'
		}
	}
} satisfies AuthoringMessages;
