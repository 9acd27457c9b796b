import type { ProblemMessages } from '../en';

export default {
	heading: 'Impossible d’afficher cette frise',
	address: 'Adresse de l’histoire :',
	event: 'événement {id},',
	field: 'champ {field} :',
	more: { one: '… et {n} autre.', many: '… et {n} autres.', other: '… et {n} autres.' },
	says: {
		noSrc:
			'Aucune histoire à afficher : ajoutez ?src= et l’adresse d’un fichier JSON d’histoire à l’adresse.',
		unexpected: 'L’histoire n’a pas pu être chargée ({error}).',
		badUrl: '« {src} » n’est pas une adresse http(s) de fichier d’histoire.',
		credentials:
			'L’adresse de l’histoire contient un nom d’utilisateur ou un mot de passe (la partie « nom:motdepasse@ ») ; un fichier d’histoire est public, retirez-les.',
		unreachable:
			'Impossible de charger l’histoire depuis {host} : le site est injoignable, ou il ne permet pas aux autres sites de lire le fichier (il doit envoyer Access-Control-Allow-Origin).',
		timeout: '{host} n’a pas répondu en {seconds} secondes.',
		http: '{host} a répondu {status}.',
		notFound: '{host} a répondu {status} : il n’y a pas d’histoire à cette adresse.',
		brokeOff: 'La connexion à {host} a été interrompue pendant le chargement de l’histoire.',
		tooLarge:
			'Le fichier d’histoire est trop volumineux : il dépasse {size}, le maximum que charge une frise intégrée.',
		notJson:
			'Le fichier n’est pas du JSON ({detail}), ni un tableur TimelineJS publié en CSV : ce n’est pas une histoire.',
		invalid: {
			one: 'Le fichier d’histoire a un problème :',
			many: 'Le fichier d’histoire a {n} problèmes :',
			other: 'Le fichier d’histoire a {n} problèmes :'
		},
		slow: 'La vérification de l’histoire a pris plus de {seconds} secondes et a été abandonnée ; un fichier aussi lent à vérifier est trop grand ou trop complexe pour une frise intégrée.'
	}
} satisfies ProblemMessages;
