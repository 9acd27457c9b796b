import type { LiveMessages } from '../en';

export default {
	status: {
		live: 'En direct',
		checked: 'En direct · vérifié à {time}',
		held: 'En direct · une mise à jour s’affiche quand le pointeur quitte la frise',
		paused: 'En direct · en pause tant que la page est masquée',
		failed: 'En direct · impossible de consulter {host} à nouveau ; nouvel essai à {time}',
		invalid:
			'En direct · le fichier sur {host} a maintenant un problème, voici donc sa dernière version valide ; nouvelle consultation à {time}'
	},
	updated: 'Le récit a été mis à jour : {parts}.',
	updatedOnly: 'Le récit a été mis à jour.',
	added: {
		one: '{n} événement ajouté',
		many: '{n} d’événements ajoutés',
		other: '{n} événements ajoutés'
	},
	changed: {
		one: '{n} événement modifié',
		many: '{n} d’événements modifiés',
		other: '{n} événements modifiés'
	},
	removed: {
		one: '{n} événement retiré',
		many: '{n} d’événements retirés',
		other: '{n} événements retirés'
	},
	changedAfter: { one: '{n} modifié', many: '{n} modifiés', other: '{n} modifiés' },
	removedAfter: { one: '{n} retiré', many: '{n} retirés', other: '{n} retirés' },
	lastVisit: {
		one: '{n} événement nouveau depuis votre dernière visite, marqué « nouveau ».',
		many: '{n} d’événements nouveaux depuis votre dernière visite, marqués « nouveau ».',
		other: '{n} événements nouveaux depuis votre dernière visite, marqués « nouveau ».'
	},
	fresh: { new: 'nouveau', updated: 'modifié' },
	legend: { new: 'Nouvel événement', updated: 'Événement modifié' }
} satisfies LiveMessages;
