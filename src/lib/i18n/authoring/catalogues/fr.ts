import type { AuthoringMessages } from '../en';

export default {
	editor: {
		pageTitle: 'Modifier une histoire · Sourceline',
		pageDescription:
			'Ouvrez une histoire Sourceline ou un fichier TimelineJS, corrigez-le ou mettez-le à jour, puis téléchargez-le.',
		heading: 'Modifier une histoire',
		intro:
			'Ouvrez une histoire, corrigez-la ou mettez-la à jour, puis téléchargez le fichier. Tout se passe dans ce navigateur : rien n’est envoyé nulle part. Chaque problème mène au champ qui le corrige. Ctrl+Z (⌘Z) annule une modification, Ctrl+Maj+Z la rétablit.',
		opening: 'Ouverture de {address}…',
		notOpened: 'Le fichier n’a pas pu être ouvert',
		download: 'Télécharger l’histoire',
		timelineJson: 'Télécharger en JSON TimelineJS',
		timelineCsv: 'Télécharger en CSV TimelineJS',
		undo: 'Annuler',
		redo: 'Rétablir',
		validates: 'L’histoire est valide.',
		toFix: {
			one: '{n} problème à corriger.',
			many: '{n} de problèmes à corriger.',
			other: '{n} problèmes à corriger.'
		},
		problems: 'Problèmes',
		inEvent: 'événement {id}',
		story: 'L’histoire',
		storyId: 'Identifiant de l’histoire',
		storyTitle: 'Titre de l’histoire',
		storySummary: 'Résumé de l’histoire',
		language: 'Langue (BCP 47)',
		displayTimeZone: 'Fuseau horaire d’affichage',
		events: 'Événements ({n})',
		addEvent: 'Ajouter un événement',
		sources: 'Sources, mots cités surlignés',
		sourcesIntro:
			'Pour citer des mots à la lettre, sélectionnez-les ici, puis appuyez sur « Citer les mots sélectionnés » dans un événement.',
		none: '(aucun)'
	},
	open: {
		file: 'Ouvrir un fichier d’histoire (JSON Sourceline, ou JSON ou CSV TimelineJS)',
		drop: 'Ou déposez un fichier n’importe où sur cette page.',
		address: 'Adresse de l’histoire (URL)',
		open: 'Ouvrir'
	},
	event: {
		untitled: 'Événement {n}',
		moveUp: 'Monter',
		moveDown: 'Descendre',
		delete: 'Supprimer',
		id: 'Identifiant',
		title: 'Titre',
		summary: 'Résumé',
		kind: 'Type',
		actors: 'Acteurs, un par ligne',
		group: 'Groupe',
		place: 'Lieu',
		placeZone: 'Fuseau horaire du lieu',
		placeZoneHint: 'Fuseau IANA, p. ex. Europe/Paris',
		when: 'Quand',
		quotes: 'Mots cités',
		quoteSource: 'Source de la citation {n}',
		quote: 'Citation {n}, mot pour mot',
		removeQuote: 'Retirer la citation {n}',
		quoteSelection: 'Citer les mots sélectionnés',
		media: 'Média',
		mediaKind: 'Type de média',
		mediaUrl: 'Adresse du média (URL)',
		alt: 'Texte de remplacement',
		caption: 'Légende',
		credit: 'Crédit'
	},
	eras: {
		heading: 'Périodes ({n})',
		hint: 'Périodes nommées dessinées en bandes de fond, comme une guerre ou un mandat.',
		era: 'Période {n}',
		id: 'Identifiant de la période {n}',
		label: 'Nom de la période {n}',
		dates: 'Dates de la période {n}',
		datesHint: 'EDTF ou mots de date : « 1939/1945 », « 2024-07 ».',
		delete: 'Supprimer la période {n}',
		add: 'Ajouter une période'
	},
	date: {
		words: 'Mots de la date, tels que la source les écrit',
		basis: 'Comment la date est connue',
		expression: 'Expression',
		expressionHint:
			'Mots de date ou EDTF que le lecteur de dates comprend : « this Friday », « 19 February 2025 », « 1970-04 ».',
		note: 'Note',
		noteHint: 'Pourquoi la date est déduite, ou d’où vient une date éditoriale.',
		sameAs: 'À un moment pendant l’événement « {id} »',
		noWords: 'Pas encore de mots de date ni d’expression.',
		readAs: 'Lue comme {date}',
		notRead: 'Non lue : {message}'
	},
	draft: {
		pageTitle: 'Rédiger une histoire à partir d’un article · Sourceline',
		pageDescription: 'Trouvez les dates d’un article de presse et rédigez une histoire Sourceline.',
		heading: 'Rédiger une histoire à partir d’un article',
		intro:
			'Tout se passe dans ce navigateur : rien n’est envoyé nulle part. Les mots de date sont trouvés et lus d’après la date de publication ; chaque proposition cite sa phrase mot pour mot. Acceptez les événements voulus, puis téléchargez le fichier de l’histoire. Ctrl+Z annule une modification des propositions, Ctrl+Maj+Z la rétablit.',
		toEditor: 'Pour corriger ou mettre à jour une histoire existante, ',
		toEditorLink: 'ouvrez-la dans l’éditeur',
		toEditorEnd: '.',
		timeline: 'Frise des propositions',
		timelineLabel: 'Événements proposés, non rejetés',
		noTimeline: 'Aucune proposition n’a de date que la frise puisse montrer.',
		article: 'L’article, mots de date surlignés',
		found: {
			one: '{n} expression de date trouvée, {unplaced} non située(s) (en pointillés).',
			many: '{n} d’expressions de date trouvées, {unplaced} non située(s) (en pointillés).',
			other: '{n} expressions de date trouvées, {unplaced} non située(s) (en pointillés).'
		},
		proposals: 'Propositions',
		showRest: {
			one: 'Afficher la suite de l’article ({n} paragraphe)',
			many: 'Afficher la suite de l’article ({n} de paragraphes)',
			other: 'Afficher la suite de l’article ({n} paragraphes)'
		},
		previous: 'Propositions précédentes',
		next: 'Propositions suivantes',
		range: 'Propositions {first} à {last} sur {total}'
	},
	form: {
		article: 'Texte de l’article (collez-le, ou déposez ici un fichier .txt)',
		file: 'Ou ouvrez un fichier texte, ou un travail téléchargé depuis cette page',
		published: 'Publication (date ou date et heure ISO)',
		timeZone: 'Fuseau horaire de la publication',
		publisher: 'Éditeur',
		language: 'Langue de l’article',
		submit: 'Trouver les dates et proposer des événements'
	},
	proposal: {
		accepted: { event: 'Événement accepté', context: 'Contexte accepté' },
		rejected: { event: 'Événement rejeté', context: 'Contexte rejeté' },
		proposed: { event: 'Événement proposé', context: 'Contexte proposé' },
		quoted: '« {title} »',
		noDate: 'Pas de date',
		accept: 'Accepter',
		reject: 'Rejeter',
		merge: 'Fusionner avec le suivant',
		mergeInto: '(« {next} ») dans « {title} »',
		split: 'Scinder',
		basis: 'Origine de la date',
		noBasis: 'Aucune pour l’instant',
		stated: 'Indiquée',
		inferred: 'Déduite',
		editorial: 'Éditoriale',
		datedAs: 'Datée comme « {title} » ; une expression remplace cela.',
		expression: 'Expression de date',
		note: 'Note (pourquoi cette date)',
		title: 'Titre',
		summary: 'Résumé',
		kind: 'Type',
		kinds: {
			meeting: 'Rencontre',
			statement: 'Déclaration',
			announcement: 'Annonce',
			travel: 'Voyage',
			visit: 'Visite',
			unlisted: 'Autre'
		},
		place: 'Lieu',
		placeZone: 'Fuseau horaire du lieu'
	},
	download: {
		heading: 'Télécharger l’histoire',
		intro:
			'Seules les propositions acceptées y entrent. Le fichier est vérifié comme la construction du site vérifie une histoire.',
		storyId: 'Identifiant de l’histoire (mots en minuscules et traits d’union)',
		storyTitle: 'Titre de l’histoire',
		storySummary: 'Résumé de l’histoire',
		headline: 'Titre de l’article',
		events: {
			one: '{n} événement accepté',
			many: '{n} d’événements acceptés',
			other: '{n} événements acceptés'
		},
		passages: { one: '{n} passage', many: '{n} de passages', other: '{n} passages' },
		holds: 'Le fichier contiendra {events}.',
		holdsContext: 'Le fichier contiendra {events} et {passages} de contexte.',
		undated: {
			one: '{n} événement accepté n’a pas encore de date et reste dehors tant qu’il n’en a pas.',
			many: '{n} d’événements acceptés n’ont pas encore de date et restent dehors tant qu’ils n’en ont pas.',
			other:
				'{n} événements acceptés n’ont pas encore de date et restent dehors tant qu’ils n’en ont pas.'
		},
		button: 'Télécharger le fichier de l’histoire',
		nothing: 'Rien à télécharger pour l’instant.',
		done: {
			one: '{file} téléchargé : {n} événement.',
			many: '{file} téléchargé : {n} d’événements.',
			other: '{file} téléchargé : {n} événements.'
		},
		invalid: 'L’histoire n’est pas encore valide :'
	},
	kept: {
		otherTab:
			'Ce brouillon est aussi ouvert dans un autre onglet, qui vient d’enregistrer ses modifications. Celles faites ici ne sont pas gardées tant que vous n’avez pas choisi quel travail poursuivre.',
		otherTabStory:
			'Ce récit est aussi ouvert dans un autre onglet, qui vient d’enregistrer ses modifications. Celles faites ici ne sont pas gardées tant que vous n’avez pas choisi quel travail poursuivre.',
		useOther: 'Reprendre le travail de l’autre onglet',
		keepThis: 'Garder le travail de cet onglet',
		downloadWork: 'Télécharger le travail',
		downloadStored: 'Télécharger ce qui était gardé',
		full: 'L’espace de ce navigateur pour le site est plein : les dernières modifications ({kb} Ko de travail) ne sont pas gardées. Téléchargez le travail pour le garder.',
		refused:
			'Ce navigateur ne laisse pas la page garder son travail ({error}). Téléchargez le travail pour le garder.'
	},
	source: {
		region: 'Source {id}, mots cités surlignés',
		publisher: 'Éditeur',
		headline: 'Titre',
		url: 'Adresse (URL)',
		noText: 'Cette source n’a pas de texte dans le fichier.'
	},
	keeping: {
		resumed: 'Rouvert tel que vous l’aviez laissé : le récit gardé dans ce navigateur le {when}.',
		startAfresh: 'Repartir de zéro',
		waiting:
			'Ce navigateur garde des modifications de ce récit, faites le {when}, que le fichier qui vient d’être ouvert n’a pas. Rien n’est gardé tant que vous n’avez pas choisi.',
		goOn: 'Reprendre les modifications gardées',
		useOpened: 'Utiliser le fichier qui vient d’être ouvert'
	},
	preview: {
		heading: 'Ce que verront les lecteurs',
		current: 'La frise telle qu’elle sera publiée. Choisissez un événement pour aller à sa fiche.',
		stale:
			'La frise telle que le récit était valide pour la dernière fois : corrigez les problèmes ci-dessus pour voir les dernières modifications.',
		label: 'Aperçu de la frise du récit'
	},
	addSource: {
		summary: 'Ajouter une source',
		form: 'Nouvelle source',
		article: 'Le texte de l’article, mot pour mot',
		publisher: 'Éditeur',
		headline: 'Titre (la première ligne, si vide)',
		published: 'Publié (date ou date et heure ISO)',
		timeZone: 'Fuseau horaire de la publication (celui du récit, si vide)',
		url: 'Adresse (URL)',
		propose: 'Trouver ses dates et en proposer des événements',
		submit: 'Ajouter la source',
		needPublisher: 'Indiquez l’éditeur.',
		addedQuote:
			'« {publisher} » ajouté comme source {id} : sélectionnez ses mots pour les citer dans un événement.',
		addedEvents: {
			one: '« {publisher} » ajouté comme source {id}, avec {n} événement proposé à la fin de la liste : vérifiez-le.',
			other:
				'« {publisher} » ajouté comme source {id}, avec {n} événements proposés à la fin de la liste : vérifiez-les un à un.',
			many: '« {publisher} » ajouté comme source {id}, avec {n} événements proposés à la fin de la liste : vérifiez-les un à un.'
		}
	}
} satisfies AuthoringMessages;
