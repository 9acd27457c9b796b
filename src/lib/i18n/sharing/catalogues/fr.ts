import type { SharingMessages } from '../en';

export default {
	title: 'Intégrer cette frise',
	frameTitle: 'Frise : {title}',
	close: 'Fermer',
	deeplink: 'L’adresse de la page hôte suit l’événement choisi (code auto-dimensionné seulement)',
	iframe: 'Iframe',
	iframeHint:
		'Fonctionne partout où les iframes sont permises. Sa hauteur est fixe, sauf si la page charge aussi embed.js.',
	loader: 'Auto-dimensionné',
	loaderHint:
		'Un emplacement et notre petit script de chargement : le cadre grandit et rétrécit avec l’histoire.',
	copy: 'Copier le code',
	copied: 'Copié',
	selected: 'Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier',
	preview: 'Aperçu',
	previewAs: 'Avec',
	previewLoader: 'le code auto-dimensionné',
	previewIframe: 'l’iframe, haute de {height} px',
	options: {
		theme: 'Thème',
		themeAuto: 'Suivre le système du lecteur',
		light: 'Clair',
		dark: 'Sombre',
		language: 'Langue',
		storyLanguage: 'Celle de l’histoire : {name}',
		flow: 'Sens du temps',
		flowAuto: 'Celui de l’écriture de la langue',
		ltr: 'De gauche à droite',
		rtl: 'De droite à gauche',
		openAt: 'Ouvrir sur',
		noEvent: 'Aucun événement : toute la frise',
		eventId: 'un identifiant d’événement',
		panel: 'Panneau de lecture au départ',
		panelAuto: 'Ouvert quand la frise s’ouvre sur un événement',
		open: 'Ouvert',
		closed: 'Fermé',
		live: 'Chercher les mises à jour',
		never: 'Jamais : telle qu’elle a été chargée',
		every: {
			one: 'Chaque minute',
			many: 'Toutes les {n} minutes',
			other: 'Toutes les {n} minutes'
		},
		accent: 'Couleur d’accent',
		accentHint: 'celle du site, ou #1971c2',
		font: 'Police',
		fontSite: 'Celle du site (sans empattement du système)',
		serif: 'Avec empattements',
		mono: 'À chasse fixe',
		export: 'Permettre aux lecteurs d’exporter (image, calendrier, données)',
		range: 'Premiers jours affichés (vide : tous les événements)',
		from: 'Du',
		to: 'Au',
		leaveOut: 'Omettre',
		title: 'Titre',
		summary: 'Résumé',
		search: 'Recherche',
		help: 'Texte d’aide',
		legend: 'Légende'
	},
	problems: {
		backwards: 'La plage est omise : son début est après sa fin.',
		accentFormat: 'L’accent « {value} » est omis : écrivez-le sous la forme #rgb ou #rrggbb.',
		accentLight:
			'L’accent {colour} est omis : son contraste avec le fond du thème clair ({surface}) est de {ratio}:1, sous les {needed}:1 qu’il faut aux marques.',
		accentDark:
			'L’accent {colour} est omis : son contraste avec le fond du thème sombre ({surface}) est de {ratio}:1, sous les {needed}:1 qu’il faut aux marques.'
	}
} satisfies SharingMessages;
