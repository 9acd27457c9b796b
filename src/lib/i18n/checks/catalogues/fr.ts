import type { CheckMessages } from '../en';

export default {
	says: {
		anObject: 'un objet',
		aString: 'une chaîne de caractères',
		anArray: 'un tableau',
		aNumber: 'un nombre',
		aBoolean: 'un booléen',
		null: 'null',
		aValue: 'une valeur de type {type}',
		asWritten: '{text}',
		required: 'Obligatoire, mais absent',
		expected: 'Attendu : {what} ; reçu : {got}',
		invalid: 'Valeur non valide : {value}',
		empty: 'Ne doit pas être vide',
		tooLong: 'Trop long (nombre de caractères : {length} ; maximum : {max})',
		noEntry: 'Il faut au moins une entrée',
		oneOfMissing: 'Attendu : une valeur parmi {allowed} ; elle est absente',
		oneOfGot: 'Attendu : une valeur parmi {allowed} ; reçu : {value}',
		wholeNumber: 'Attendu : un nombre entier, 0 ou plus',
		tooDeep:
			'Profondeur d’imbrication supérieure à {max} : aucun champ d’une histoire ne descend aussi bas, donc celui-ci ne fait pas partie d’une histoire (retirez-le)',
		formatMissing: 'Format manquant ; le format pris en charge est "{format}"',
		formatUnsupported:
			'Format non pris en charge : {value} ; le format pris en charge est "{format}"',
		notSlug:
			'"{value}" n’est pas un slug : utilisez des lettres minuscules, des chiffres et des traits d’union isolés, p. ex. "starmer-meets-trump"',
		notLanguage: '"{value}" n’est pas une étiquette de langue BCP 47 comme "en-GB"',
		notUrl: '"{value}" n’est pas une URL http(s)',
		notInstant:
			'"{value}" n’est pas une date et heure ISO avec décalage horaire, p. ex. "2025-03-03T09:00:00+00:00"',
		notPublished:
			'"{value}" n’est ni une date ISO (2025-02-27) ni une date et heure avec décalage horaire (2025-02-27T09:30:00+00:00)',
		sourceText:
			'Une source doit avoir un champ "text", ou un champ "file" dont la construction du site y charge le contenu',
		statedText:
			'Une date indiquée doit avoir un champ "text" : les mots de la date tels que la source les écrit',
		inferredNote: 'Une date déduite doit avoir un champ "note" qui expose le raisonnement',
		inferredOne:
			'Une date déduite doit avoir exactement un des deux champs "expression" et "sameAs"',
		editorialNote: 'Une date éditoriale doit avoir un champ "note" qui indique d’où elle vient',
		editorialExpression:
			'Une date éditoriale doit avoir un champ "expression", p. ex. "19 February 2025"',
		mediaHost:
			'Un média de type "{kind}" ne se lit que depuis {hosts} : utilisez "link" pour les autres adresses',
		imageAlt:
			'Une image doit avoir un champ "alt" : ce qu’elle montre, pour les lecteurs qui ne peuvent pas la voir',
		linkHref: 'Un lien doit avoir un champ "href" : l’adresse http(s) vers laquelle il mène',
		linkOverlap: 'Ce lien chevauche le lien de styles[{at}] ; les liens ne peuvent pas s’imbriquer',
		noSource: 'Aucune source de l’histoire n’a l’identifiant "{id}"',
		noEvent: 'Aucun événement n’a l’identifiant "{id}"',
		duplicateId: 'Identifiant en double ({what}) "{id}", déjà utilisé par {first}',
		sameAsInferred: '"sameAs" ne s’emploie que pour les dates déduites',
		sameAsSelf: 'Un événement ne peut pas tirer sa date de lui-même',
		sameAsLoop: '"sameAs" tourne en rond : {loop}',
		dateNotQuoted:
			'"{text}" ne figure dans aucun des extraits de l’événement ; citez mot pour mot les mots de date de la source',
		noText: 'La source "{id}" n’a pas de texte',
		noTextFile: 'La source "{id}" n’a pas de texte (la construction du site le lit dans "{file}")',
		inSource: '{problem} (source "{source}")',
		quoteEmpty: 'La citation est vide',
		quoteAmbiguous:
			'La citation apparaît plus d’une fois dans la source ; ajoutez un préfixe ou un suffixe (le texte juste avant ou juste après) pour indiquer laquelle',
		contextOnce:
			'La citation apparaît une fois dans la source, mais jamais avec le préfixe/suffixe indiqué',
		contextMany:
			'La citation apparaît plus d’une fois dans la source, mais jamais avec le préfixe/suffixe indiqué',
		notVerbatim: 'La citation ne figure pas mot pour mot dans la source',
		curlyInSource:
			'La citation ne figure pas mot pour mot dans la source : la source emploie des guillemets courbes (‘ ’ “ ”) là où la citation a des guillemets droits ; copiez-la exactement',
		straightInSource:
			'La citation ne figure pas mot pour mot dans la source : la source emploie des guillemets droits (\' ") là où la citation a des guillemets courbes ; copiez-la exactement',
		cannotResolve: 'Impossible de lire "{words}" : {reason}',
		unrecognised:
			'Mots de date non reconnus : "{words}" ; exemples attendus : "this Friday", "earlier this week", "19 February 2025"',
		publishedNotIso:
			'La date de publication "{value}" n’est ni une date ISO (2025-02-27) ni une date et heure avec décalage horaire (2025-02-27T09:30:00+00:00)',
		unknownZone:
			'Fuseau horaire inconnu : "{zone}" ; attendu : un nom IANA comme "Europe/London" ou "America/New_York"',
		noPublication:
			'la date de publication de la source n’est pas connue, donc seule une date en EDTF (1943-07-14) ou en ISO peut être lue',
		noWordRules: 'les règles qui lisent les mots de date ne sont pas chargées ici',
		notEdtf:
			'ce n’est pas une date EDTF (niveaux 0 et 1), p. ex. "1952", "1970-04", "196X", "1815~", "1943-07/1946", "2024-01-02T14:51Z"',
		needsOffset:
			'une date et heure doit exister réellement et porter son décalage par rapport à UTC, p. ex. "2025-02-27T09:30-05:00" ou "2025-02-27T14:30Z"',
		yearRange:
			'l’année {year} dépasse ce qu’une frise peut dessiner : de {min} (271 821 av. J.-C.) à {max}',
		noKnownEnd: 'un intervalle doit avoir au moins une borne connue',
		endsBefore: 'l’intervalle se termine avant de commencer',
		setUnknown:
			'tous les membres d’un ensemble doivent être connus, p. ex. "[2025-02-24..2025-02-26]"',
		notCalendar: 'ce n’est pas une date valide du calendrier',
		notCalendarIn: 'ce n’est pas une date valide du calendrier en {year}',
		notWritten: 'ce n’est pas une date explicite',
		wrongWeekday: '{day} est un {is}, et non un {named}',
		unknownWeekday: 'jour de la semaine inconnu : "{word}"',
		byTwice: '"by" doit être suivi de mots de date, et non d’un autre "by"',
		byNotDate: 'les mots qui suivent "by" ne sont pas des mots de date',
		deadlinePassed: 'l’échéance tombe avant le jour de publication, {day}',
		firstOfWeek:
			'le jour de publication est un {day}, le premier jour de sa semaine, donc la semaine n’a aucun jour antérieur',
		lastOfWeek:
			'le jour de publication est un {day}, le dernier jour de sa semaine, donc la semaine n’a aucun jour postérieur',
		firstOfMonth:
			'le jour de publication est le premier de son mois, donc le mois n’a aucun jour antérieur',
		firstOfYear:
			'le jour de publication est le premier de son année, donc l’année n’a aucun jour antérieur',
		lastOfMonth:
			'le jour de publication est le dernier de son mois, donc le mois n’a aucun jour postérieur',
		lastOfYear:
			'le jour de publication est le dernier de son année, donc l’année n’a aucun jour postérieur',
		seasonUnknown:
			'le jour de publication, {day}, ne tombe pas dans la saison nommée (saison : {season}), et rien n’indique s’il s’agit de la dernière ou de la prochaine',
		sinceNotDate: 'les mots qui suivent "since" ne sont pas des mots de date',
		sinceDeadline: '"since" demande une date, et non une échéance',
		startsAfter: 'la date commence après le jour de publication, {day}',
		rangeTwo: 'une plage de dates demande deux dates',
		rangeEnds: 'les bornes de la plage ne sont pas des mots de date',
		rangeDeadline: 'une plage de dates demande deux dates, et non une échéance',
		rangeBackwards: 'la plage se termine avant de commencer',
		throughoutOne: '"throughout" demande une seule date, et non une plage ou une échéance',
		throughoutNotDate: 'les mots qui suivent "throughout" ne sont pas des mots de date',
		throughoutDeadline: '"throughout" demande une date, et non une échéance',
		howMany: '"{word}" ne dit pas combien',
		tooFar: '{count} {unit}, c’est plus loin que ne compte le lecteur de dates',
		countsOn:
			'"{word}" compte à partir d’une date que le texte nomme, et non à partir de la publication',
		timeOneDay: 'une heure de la journée demande un seul jour, et "{words}" en nomme plusieurs',
		notClock: 'ce n’est pas une heure au format 12 heures',
		weeksRun:
			'Les semaines sont comptées du {first} au {last}, comme dans la langue de la source ({language}).',
		weeksIso:
			'Les semaines sont comptées du lundi au dimanche, comme le fait la norme ISO 8601 : la langue de la source n’est pas connue.',
		weeksNoRegion:
			'Les semaines sont comptées du lundi au dimanche, comme le fait la norme ISO 8601 : la langue de la source ({language}) ne précise pas de région, et c’est d’elle que dépend le premier jour de la semaine.',
		seasonsNorth:
			'Les saisons sont prises au sens météorologique, trois mois entiers, dans l’hémisphère nord ({why}).',
		seasonsSouth:
			'Les saisons sont prises au sens météorologique, trois mois entiers, dans l’hémisphère sud ({why}).',
		seasonNorth:
			'La saison est prise au sens météorologique, trois mois entiers ({first} – {last}), dans l’hémisphère nord ({why}).',
		seasonSouth:
			'La saison est prise au sens météorologique, trois mois entiers ({first} – {last}), dans l’hémisphère sud ({why}).',
		zoneNorth: 'le fuseau {zone} est supposé situé au nord de l’équateur',
		zoneSouth: 'le fuseau {zone} est supposé situé au sud de l’équateur',
		codeSays: 'comme l’indique son code',
		calendarQuarters:
			'Les trimestres et semestres sont ceux de l’année civile ; une entreprise dont l’exercice commence un autre mois compte les siens.',
		usFiscalYear:
			'L’exercice est supposé être celui du gouvernement des États-Unis : du 1er octobre au 30 septembre, désigné par l’année où il se termine. Les exercices des entreprises et d’autres pays commencent à d’autres mois.',
		countedBack:
			'Compté à rebours depuis le jour de publication : si le texte compte à partir d’une autre date qu’il nomme, c’est cette date qui est visée.',
		january: 'janvier',
		february: 'février',
		march: 'mars',
		april: 'avril',
		may: 'mai',
		june: 'juin',
		july: 'juillet',
		august: 'août',
		september: 'septembre',
		october: 'octobre',
		november: 'novembre',
		december: 'décembre',
		monday: 'lundi',
		tuesday: 'mardi',
		wednesday: 'mercredi',
		thursday: 'jeudi',
		friday: 'vendredi',
		saturday: 'samedi',
		sunday: 'dimanche',
		spring: 'printemps',
		summer: 'été',
		autumn: 'automne',
		winter: 'hiver',
		source: 'source',
		event: 'événement',
		era: 'période',
		days: 'jours',
		weeks: 'semaines',
		months: 'mois',
		years: 'ans',
		// The TimelineJS import.
		notJson: 'Ce n’est pas du JSON : {detail}',
		tljsNotObject: 'Un fichier TimelineJS est un objet JSON',
		tljsNoEvents: 'Un fichier TimelineJS doit contenir une liste "events"',
		tljsErasList: 'Attendu : une liste de périodes',
		tljsTitleObject: 'Attendu : la diapositive de titre, un objet',
		tljsSlideObject: 'Attendu : une diapositive, un objet',
		tljsUnclosedQuote:
			'Un guillemet (") ouvert dans cette ligne n’est jamais fermé : le reste de la feuille se retrouverait dans une seule cellule',
		tljsColumnTwice:
			'La colonne {columns} apparaît plusieurs fois : on ne sait pas laquelle contient le texte des diapositives',
		tljsNotSheet:
			'Ce n’est pas une feuille de calcul TimelineJS : aucune colonne {missing} (colonnes trouvées : {found})',
		tljsNoColumns: 'aucune',
		tljsNotTime: '"{value}" n’est pas une heure comme 14:30, 2:30 PM ou 14:30:15',
		tljsSecondTitle:
			'Deuxième ligne de titre (le titre est à la ligne {row}) : faites-en un événement ou supprimez-la',
		tljsNoEventSlides: 'La frise ne contient aucun événement',
		tljsNoWords: 'La diapositive n’a ni titre ni texte : rien à citer',
		tljsRepeats:
			'Reprend {slide} mot pour mot : aucun passage ne pourrait les distinguer ; fusionnez-les ou modifiez le texte',
		tljsBeginsAnother:
			'Son texte est aussi le début d’une autre diapositive : aucun passage ne pourrait désigner celle-ci seule ; modifiez l’un des deux textes',
		tljsTextObject: 'Attendu : un objet avec "headline" et "text"',
		tljsDisplayDate: 'Attendu : une chaîne de caractères (la date telle qu’elle s’affiche)',
		tljsNoStart: 'Une diapositive doit avoir une date de début avec une année',
		tljsEraEnd: 'Une période doit avoir une date de fin',
		tljsEndFirst: 'La fin ({end}) précède le début ({start})',
		tljsDropped: 'Retiré (attendu : {what})',
		tljsNotHttp: 'Retiré : "{url}" n’est pas une adresse http(s)',
		tljsIgnored: 'Ignoré (attendu : {what} ; reçu : {got})',
		aDateObject: 'un objet date',
		aWholeNumber: 'un nombre entier',
		tljsNotWhole: '{value} n’est pas un nombre entier',
		tljsNoYear: 'Une date doit avoir une année',
		tljsYearZero: 'L’année 0 n’existe pas : 1 av. J.-C. s’écrit -1, 1 apr. J.-C. s’écrit 1',
		tljsNotMonth: '{value} n’est pas un mois ({min}–{max})',
		tljsNotHour: '{value} n’est pas une heure ({min}–{max})',
		tljsNotMinute: '{value} n’est pas une minute ({min}–{max})',
		tljsNotSecond: '{value} n’est pas une seconde ({min}–{max})',
		tljsNotMillisecond: '{value} n’est pas une milliseconde ({min}–{max})',
		tljsNotDay: '{value} n’est pas un jour de ce mois (1–{days})',
		tljsDayAlone: 'Un jour demande un mois ; aucun n’est indiqué',
		tljsHourAlone: 'Une heure demande un jour ; aucun n’est indiqué',
		tljsMinuteAlone: 'Une minute demande une heure ; aucune n’est indiquée',
		tljsSecondAlone: 'Une seconde demande une minute ; aucune n’est indiquée',
		tljsMillisecondAlone: 'Une milliseconde demande une seconde ; aucune n’est indiquée',
		tljsYearAlone:
			'Une année au-delà de 9999 (ici {year}) ne peut s’écrire que seule, sans mois ni jour'
	}
} satisfies CheckMessages;
