import type { CheckMessages } from '../en';

export default {
	says: {
		anObject: 'um objeto',
		aString: 'uma cadeia de caracteres',
		anArray: 'um array',
		aNumber: 'um número',
		aBoolean: 'um booleano',
		null: 'null',
		aValue: 'um valor do tipo {type}',
		asWritten: '{text}',
		required: 'Obrigatório, mas em falta',
		expected: 'Esperado: {what}; recebido: {got}',
		invalid: 'Valor inválido: {value}',
		empty: 'Não pode estar vazio',
		tooLong: 'Demasiado longo (caracteres: {length}; máximo: {max})',
		noEntry: 'Precisa de pelo menos uma entrada',
		oneOfMissing: 'Esperado: um de {allowed}; está em falta',
		oneOfGot: 'Esperado: um de {allowed}; recebido: {value}',
		wholeNumber: 'Esperado: um número inteiro, 0 ou mais',
		tooDeep:
			'Profundidade de aninhamento superior a {max}: nenhum campo de uma história desce tanto, por isso este não faz parte de uma história (retire-o)',
		formatMissing: 'Formato em falta; o formato suportado é "{format}"',
		formatUnsupported: 'Formato não suportado: {value}; o formato suportado é "{format}"',
		notSlug:
			'"{value}" não é um slug: use letras minúsculas, algarismos e hífenes simples, p. ex. "starmer-meets-trump"',
		notLanguage: '"{value}" não é uma etiqueta de idioma BCP 47 como "en-GB"',
		notUrl: '"{value}" não é um URL http(s)',
		notInstant:
			'"{value}" não é uma data e hora ISO com desvio em relação a UTC, p. ex. "2025-03-03T09:00:00+00:00"',
		notPublished:
			'"{value}" não é uma data ISO (2025-02-27) nem uma data e hora com desvio em relação a UTC (2025-02-27T09:30:00+00:00)',
		sourceText:
			'Uma fonte precisa de "text" ou de um "file" cujo conteúdo a compilação do site lê para ela',
		statedText:
			'Uma data indicada precisa de "text": as palavras da data tal como a fonte as escreve',
		inferredNote: 'Uma data deduzida precisa de um campo "note" com o raciocínio',
		inferredOne:
			'Uma data deduzida precisa de exatamente um dos dois campos "expression" e "sameAs"',
		editorialNote: 'Uma data editorial precisa de um campo "note" que diga de onde vem',
		editorialExpression:
			'Uma data editorial precisa de um campo "expression", p. ex. "19 February 2025"',
		mediaHost:
			'Os média do tipo "{kind}" só são reproduzidos a partir de {hosts}: use "link" para outros endereços',
		imageAlt: 'Uma imagem precisa de "alt": o que mostra, para os leitores que não a podem ver',
		linkHref: 'Uma ligação precisa de "href": o endereço http(s) para onde leva',
		linkOverlap:
			'Esta ligação sobrepõe-se à ligação em styles[{at}]; as ligações não podem ser aninhadas',
		noSource: 'Nenhuma fonte da história tem o identificador "{id}"',
		noEvent: 'Nenhum acontecimento tem o identificador "{id}"',
		duplicateId: 'Identificador duplicado ({what}) "{id}", já usado em {first}',
		sameAsInferred: '"sameAs" só serve para datas deduzidas',
		sameAsSelf: 'Um acontecimento não pode tirar a data de si próprio',
		sameAsLoop: '"sameAs" anda em círculo: {loop}',
		dateNotQuoted:
			'"{text}" não está em nenhum dos excertos do acontecimento; cite literalmente as palavras de data da fonte',
		noText: 'A fonte "{id}" não tem texto',
		noTextFile: 'A fonte "{id}" não tem texto (a compilação do site lê-o de "{file}")',
		inSource: '{problem} (fonte "{source}")',
		quoteEmpty: 'A citação está vazia',
		quoteAmbiguous:
			'A citação ocorre mais de uma vez na fonte; acrescente um prefixo ou um sufixo (o texto imediatamente antes ou depois) para indicar qual',
		contextOnce: 'A citação ocorre uma vez na fonte, mas nunca com o prefixo/sufixo indicado',
		contextMany:
			'A citação ocorre mais de uma vez na fonte, mas nunca com o prefixo/sufixo indicado',
		notVerbatim: 'A citação não está literalmente na fonte',
		curlyInSource:
			'A citação não está literalmente na fonte: a fonte usa aspas curvas (‘ ’ “ ”) onde a citação tem aspas retas; copie-a exatamente',
		straightInSource:
			'A citação não está literalmente na fonte: a fonte usa aspas retas (\' ") onde a citação tem aspas curvas; copie-a exatamente',
		cannotResolve: 'Não é possível ler "{words}": {reason}',
		unrecognised:
			'Palavras de data não reconhecidas: "{words}"; esperava-se, p. ex., "this Friday", "earlier this week", "19 February 2025"',
		publishedNotIso:
			'A data de publicação "{value}" não é uma data ISO (2025-02-27) nem uma data e hora com desvio em relação a UTC (2025-02-27T09:30:00+00:00)',
		unknownZone:
			'Fuso horário desconhecido: "{zone}"; esperava-se um nome IANA como "Europe/London" ou "America/New_York"',
		noPublication:
			'a data de publicação da fonte não é conhecida, por isso só se pode ler uma data em EDTF (1943-07-14) ou ISO',
		noWordRules: 'as regras que leem as palavras de data não estão carregadas aqui',
		notEdtf:
			'não é uma data EDTF (níveis 0 e 1), p. ex. "1952", "1970-04", "196X", "1815~", "1943-07/1946", "2024-01-02T14:51Z"',
		needsOffset:
			'uma data e hora tem de existir realmente e indicar o seu desvio em relação a UTC, p. ex. "2025-02-27T09:30-05:00" ou "2025-02-27T14:30Z"',
		yearRange:
			'o ano {year} está fora do que uma cronologia pode desenhar: de {min} (271 821 a.C.) a {max}',
		noKnownEnd: 'um intervalo precisa de pelo menos um extremo conhecido',
		endsBefore: 'o intervalo termina antes de começar',
		setUnknown:
			'num conjunto, todos os membros têm de ser conhecidos, p. ex. "[2025-02-24..2025-02-26]"',
		notCalendar: 'não é uma data de calendário válida',
		notCalendarIn: 'não é uma data de calendário válida em {year}',
		notWritten: 'não é uma data explícita',
		wrongWeekday: '{day} é {is}, não {named}',
		unknownWeekday: 'dia da semana desconhecido: "{word}"',
		byTwice: '"by" tem de ser seguido de palavras de data, não de outro "by"',
		byNotDate: 'as palavras a seguir a "by" não são palavras de data',
		deadlinePassed: 'o prazo termina antes do dia da publicação, {day}',
		firstOfWeek:
			'o dia da publicação é {day}, o primeiro dia da sua semana, por isso a semana não tem nenhum dia anterior',
		lastOfWeek:
			'o dia da publicação é {day}, o último dia da sua semana, por isso a semana não tem nenhum dia posterior',
		firstOfMonth:
			'o dia da publicação é o primeiro do mês, por isso o mês não tem nenhum dia anterior',
		firstOfYear:
			'o dia da publicação é o primeiro do ano, por isso o ano não tem nenhum dia anterior',
		lastOfMonth:
			'o dia da publicação é o último do mês, por isso o mês não tem nenhum dia posterior',
		lastOfYear:
			'o dia da publicação é o último do ano, por isso o ano não tem nenhum dia posterior',
		seasonUnknown:
			'o dia da publicação, {day}, não calha na estação indicada ({season}), e nada diz se se trata da última ou da próxima',
		sinceNotDate: 'as palavras a seguir a "since" não são palavras de data',
		sinceDeadline: '"since" precisa de uma data, não de um prazo',
		startsAfter: 'a data começa depois do dia da publicação, {day}',
		rangeTwo: 'um intervalo de datas precisa de duas datas',
		rangeEnds: 'os extremos do intervalo de datas não são palavras de data',
		rangeDeadline: 'um intervalo de datas precisa de duas datas, não de um prazo',
		rangeBackwards: 'o intervalo de datas termina antes de começar',
		throughoutOne: '"throughout" precisa de uma só data, não de um intervalo nem de um prazo',
		throughoutNotDate: 'as palavras a seguir a "throughout" não são palavras de data',
		throughoutDeadline: '"throughout" precisa de uma data, não de um prazo',
		howMany: '"{word}" não diz quantos',
		tooFar: '{count} {unit}: mais longe do que o leitor de datas conta',
		countsOn: '"{word}" conta a partir de uma data que o texto indica, não a partir da publicação',
		timeOneDay: 'uma hora do dia precisa de um só dia, e "{words}" indica mais do que um',
		notClock: 'não é uma hora no formato de 12 horas',
		weeksRun: 'As semanas são contadas de {first} a {last}, como na língua da fonte ({language}).',
		weeksIso:
			'As semanas são contadas de segunda-feira a domingo, como na norma ISO 8601: a língua da fonte não é conhecida.',
		weeksNoRegion:
			'As semanas são contadas de segunda-feira a domingo, como na norma ISO 8601: a língua da fonte ({language}) não indica nenhuma região, e é dela que depende o dia em que a semana começa.',
		seasonsNorth:
			'As estações são tomadas no sentido meteorológico, três meses inteiros, no hemisfério norte ({why}).',
		seasonsSouth:
			'As estações são tomadas no sentido meteorológico, três meses inteiros, no hemisfério sul ({why}).',
		seasonNorth:
			'A estação é tomada no sentido meteorológico, três meses inteiros ({first} – {last}), no hemisfério norte ({why}).',
		seasonSouth:
			'A estação é tomada no sentido meteorológico, três meses inteiros ({first} – {last}), no hemisfério sul ({why}).',
		zoneNorth: 'supõe-se que o fuso {zone} fica a norte do equador',
		zoneSouth: 'supõe-se que o fuso {zone} fica a sul do equador',
		codeSays: 'como indica o seu código',
		calendarQuarters:
			'Os trimestres e semestres são os do ano civil; uma empresa cujo exercício começa noutro mês conta os seus.',
		usFiscalYear:
			'O ano fiscal é tomado como o do governo dos Estados Unidos: de 1 de outubro a 30 de setembro, designado pelo ano em que termina. Os exercícios das empresas e de outros países começam noutros meses.',
		countedBack:
			'Contado para trás a partir do dia da publicação: se o texto conta a partir de outra data que nomeia, é essa a data visada.',
		january: 'janeiro',
		february: 'fevereiro',
		march: 'março',
		april: 'abril',
		may: 'maio',
		june: 'junho',
		july: 'julho',
		august: 'agosto',
		september: 'setembro',
		october: 'outubro',
		november: 'novembro',
		december: 'dezembro',
		monday: 'segunda-feira',
		tuesday: 'terça-feira',
		wednesday: 'quarta-feira',
		thursday: 'quinta-feira',
		friday: 'sexta-feira',
		saturday: 'sábado',
		sunday: 'domingo',
		spring: 'primavera',
		summer: 'verão',
		autumn: 'outono',
		winter: 'inverno',
		source: 'fonte',
		event: 'acontecimento',
		era: 'época',
		days: 'dias',
		weeks: 'semanas',
		months: 'meses',
		years: 'anos',
		// The TimelineJS import.
		notJson: 'Não é JSON: {detail}',
		tljsNotObject: 'Um ficheiro TimelineJS é um objeto JSON',
		tljsNoEvents: 'Um ficheiro TimelineJS precisa de uma lista "events"',
		tljsErasList: 'Esperado: uma lista de épocas',
		tljsTitleObject: 'Esperado: o diapositivo de título, um objeto',
		tljsSlideObject: 'Esperado: um diapositivo, um objeto',
		tljsUnclosedQuote:
			'As aspas (") abertas nesta linha nunca são fechadas, pelo que o resto da folha ficaria numa única célula',
		tljsColumnTwice:
			'A coluna {columns} aparece mais de uma vez: não se sabe qual contém o texto dos diapositivos',
		tljsNotSheet:
			'Não é uma folha de cálculo TimelineJS: falta a coluna {missing} (encontradas: {found})',
		tljsNoColumns: 'nenhuma',
		tljsNotTime: '"{value}" não é uma hora do dia como 14:30, 2:30 PM ou 14:30:15',
		tljsSecondTitle:
			'Uma segunda linha de título (o título está na linha {row}): transforme-a num acontecimento ou remova-a',
		tljsNoEventSlides: 'A cronologia não tem acontecimentos',
		tljsNoWords: 'O diapositivo não tem título nem texto: não há nada para citar',
		tljsRepeats:
			'Repete {slide} palavra por palavra, pelo que nenhuma passagem os poderia distinguir; junte-os ou altere o texto',
		tljsBeginsAnother:
			'O seu texto é também o início de outro diapositivo, pelo que nenhuma passagem poderia apontar só para este; altere um dos dois textos',
		tljsTextObject: 'Esperado: um objeto com "headline" e "text"',
		tljsDisplayDate: 'Esperado: uma cadeia de caracteres (a data tal como é mostrada)',
		tljsNoStart: 'Um diapositivo precisa de uma data de início com ano',
		tljsEraEnd: 'Uma época precisa de uma data de fim',
		tljsEndFirst: 'O fim ({end}) é anterior ao início ({start})',
		tljsDropped: 'Descartado (esperado: {what})',
		tljsNotHttp: 'Descartado: "{url}" não é um endereço http(s)',
		tljsIgnored: 'Ignorado (esperado: {what}; recebido: {got})',
		aDateObject: 'um objeto de data',
		aWholeNumber: 'um número inteiro',
		tljsNotWhole: '{value} não é um número inteiro',
		tljsNoYear: 'Uma data precisa de um ano',
		tljsYearZero: 'Não existe ano 0: 1 a.C. é -1, 1 d.C. é 1',
		tljsNotMonth: '{value} não é um mês ({min}–{max})',
		tljsNotHour: '{value} não é uma hora ({min}–{max})',
		tljsNotMinute: '{value} não é um minuto ({min}–{max})',
		tljsNotSecond: '{value} não é um segundo ({min}–{max})',
		tljsNotMillisecond: '{value} não é um milissegundo ({min}–{max})',
		tljsNotDay: '{value} não é um dia desse mês (1–{days})',
		tljsDayAlone: 'Um dia precisa de um mês; não é indicado nenhum',
		tljsHourAlone: 'Uma hora precisa de um dia; não é indicado nenhum',
		tljsMinuteAlone: 'Um minuto precisa de uma hora; não é indicada nenhuma',
		tljsSecondAlone: 'Um segundo precisa de um minuto; não é indicado nenhum',
		tljsMillisecondAlone: 'Um milissegundo precisa de um segundo; não é indicado nenhum',
		tljsYearAlone:
			'Um ano para lá de 9999 (aqui {year}) só pode ser escrito sozinho, sem mês nem dia'
	}
} satisfies CheckMessages;
