import type { Messages } from '../en';

export default {
	viewSwitch: { group: 'Afficher les événements en', timeline: 'Frise', list: 'Liste' },
	zoom: {
		group: 'Zoom et défilement',
		zoomIn: 'Zoom avant',
		zoomInKey: 'Zoom avant (+)',
		zoomedIn: 'Zoom avant maximal',
		zoomOut: 'Zoom arrière',
		zoomOutKey: 'Zoom arrière (−)',
		zoomedOut: 'Zoom arrière maximal',
		fitAll: 'Tout voir',
		fitAllKey: 'Afficher tous les événements (0)',
		earlier: 'Plus tôt',
		later: 'Plus tard',
		atStart: 'Au début de l’histoire',
		atEnd: 'À la fin de l’histoire'
	},
	timeline: {
		helpAndLegend: 'Aide et légende',
		help: 'Aide',
		andLegend: 'et légende',
		zoneLine: 'Heures : {zone}',
		wheelHint: 'Ctrl (ou ⌘) + molette pour zoomer sur la frise',
		marks: 'Événements, par ordre chronologique',
		overview: {
			one: 'Vue d’ensemble : {n} événement, {range} ; la vue montre {visible}',
			many: 'Vue d’ensemble : {n} événements, {range} ; la vue montre {visible}',
			other: 'Vue d’ensemble : {n} événements, {range} ; la vue montre {visible}'
		}
	},
	help: {
		pointer: 'Ctrl (ou ⌘) + molette ou pincer pour zoomer, glisser pour défiler.',
		touch: 'Pincer pour zoomer, glisser de côté pour défiler.',
		keys: 'Touches : les flèches passent d’un événement à l’autre, Début et Fin vont au premier et au dernier, Entrée en ouvre un (ou zoome sur un groupe), Échap le ferme, + et − zooment, 0 montre tout.'
	},
	legend: {
		name: 'Légende',
		clusters: 'Événements trop proches pour être séparés : zoomez pour les voir',
		statedDay: 'Jour indiqué',
		statedTime: 'Heure indiquée',
		statedDate: 'Date indiquée',
		range: 'À un moment dans l’intervalle',
		statedSpan: 'Période indiquée, sur toute sa durée',
		zoneDay: 'Son jour dans le fuseau horaire du lieu',
		zoneDate: 'Sa date dans le fuseau horaire du lieu',
		inferred: 'Déduite du récit',
		editorial: 'Éditoriale (connaissance extérieure)',
		approximate: 'Date approximative',
		uncertain: 'Date incertaine',
		byDate: 'Au plus tard à cette date',
		orAfter: 'À cette date ou après'
	},
	basis: {
		stated: 'Indiquée',
		inferred: 'Déduite',
		editorial: 'Éditoriale',
		statedWhy: 'Les mots de la source, lus d’après sa date de publication.',
		inferredWhy: 'La source ne donne pas de date ; le récit la situe.',
		editorialWhy: 'Absente de la source ; ajoutée d’après une connaissance extérieure.'
	},
	dates: {
		someDay: 'un jour entre',
		someMonth: 'un mois entre',
		someYear: 'une année entre',
		someTime: 'à un moment entre',
		and: 'et',
		from: 'du',
		to: 'au',
		by: 'au plus tard {date}',
		after: 'après {date}',
		approximate: 'vers ',
		decade: 'années {year}',
		beforeCommonEra: '{year} av. J.-C.',
		quoted: '« {text} »',
		zone: '({zone})',
		cityTime: 'heure de {city}',
		asWritten: 'texte : « {text} »'
	},
	axis: { year: 'Années', month: 'Mois', day: 'Jours', hour: 'Heures', minute: 'Minutes' },
	cluster: {
		count: { one: '{n} événement', many: '{n} d’événements', other: '{n} événements' },
		zoom: 'activer pour zoomer',
		list: 'ouvrir la liste pour les lire'
	},
	announce: {
		showing: 'Affichage : {range}',
		passages: {
			one: '{n} passage surligné',
			many: '{n} de passages surlignés',
			other: '{n} passages surlignés'
		},
		openedFocus: 'Source ouverte, {passages}.',
		opened: '{title} ouvert, {passages}.',
		closed: 'Source fermée.'
	},
	events: {
		inOrder: 'Événements, par ordre chronologique',
		groupInOrder: '{group} : événements, par ordre chronologique',
		ungrouped: 'Autres événements'
	},
	details: {
		close: 'Fermer le panneau de la source',
		when: 'Quand',
		dateSource: 'Source de la date',
		placed: 'Comment elle est située',
		readAs: 'Comment la date est lue',
		target: 'Échéance',
		who: 'Qui',
		where: 'Où',
		passages: 'Passages',
		media: {
			video: 'Lire la vidéo',
			audio: 'Écouter l’audio',
			map: 'Afficher la carte'
		},
		inArticle: {
			one: '{n} surligné dans l’article',
			many: '{n} surlignés dans l’article',
			other: '{n} surlignés dans l’article'
		},
		inSources: {
			one: '{n} surligné dans {sources} sources',
			many: '{n} surlignés dans {sources} sources',
			other: '{n} surlignés dans {sources} sources'
		}
	},
	source: {
		panel: 'Source',
		hint: 'Choisissez un événement sur la frise pour lire sa source.',
		passageFrom: 'Passage de {publisher}',
		tabs: 'Sources',
		noHeadline: 'Titre inconnu',
		noDate: 'Date de publication inconnue',
		licence: 'Repris sous la licence {licence}',
		original: 'Article original',
		hintPage: 'Choisissez un événement sur la frise, ou un passage surligné, pour lire sa source.'
	},
	corrections: {
		name: 'Corrections',
		label: { one: 'Correction', many: 'Corrections', other: 'Corrections' },
		inTitle: 'Dans {title} : '
	},
	embed: {
		button: 'Intégrer',
		fullStory: 'L’histoire complète sur Sourceline ↗',
		credit: 'Frise par Sourceline',
		pageTitle: 'Frise Sourceline',
		loading: 'Chargement de l’histoire',
		loadingNow: 'Chargement de l’histoire…',
		checking: 'Vérification de l’histoire…',
		loaded: '{size} chargés',
		loadedOf: '{size} sur {total}',
		dataFrom: 'données de'
	},
	exporting: {
		button: 'Exporter'
	},
	site: { tagline: 'Des frises d’actualité qui montrent leurs sources' },
	theme: { legend: 'Thème', system: 'Auto', light: 'Clair', dark: 'Sombre' },
	body: {
		earlier: {
			one: '{n} événement antérieur : tout afficher',
			many: '{n} d’événements antérieurs : tout afficher',
			other: '{n} événements antérieurs : tout afficher'
		},
		later: {
			one: '{n} événement postérieur : tout afficher',
			many: '{n} d’événements postérieurs : tout afficher',
			other: '{n} événements postérieurs : tout afficher'
		},
		both: {
			one: 'Événements : {earlier} avant, {n} après ; tout afficher',
			many: 'Événements : {earlier} avant, {n} après ; tout afficher',
			other: 'Événements : {earlier} avant, {n} après ; tout afficher'
		}
	},
	story: {
		updated: 'Mis à jour',
		timeline: {
			one: 'Frise de {title} : {n} événement',
			many: 'Frise de {title} : {n} d’événements',
			other: 'Frise de {title} : {n} événements'
		}
	}
} satisfies Messages;
