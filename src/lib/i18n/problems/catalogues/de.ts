import type { ProblemMessages } from '../en';

export default {
	heading: 'Diese Zeitleiste kann nicht angezeigt werden',
	address: 'Adresse der Geschichte:',
	event: 'Ereignis {id},',
	field: 'Feld {field}:',
	more: { one: '… und {n} weiteres.', other: '… und {n} weitere.' },
	says: {
		noSrc:
			'Keine Geschichte: Hängen Sie ?src= und die Adresse einer Story-JSON-Datei an die Adresse an.',
		unexpected: 'Die Geschichte konnte nicht geladen werden ({error}).',
		badUrl: '„{src}“ ist keine http(s)-Adresse einer Story-Datei.',
		credentials:
			'Die Adresse der Geschichte enthält einen Benutzernamen oder ein Passwort (den Teil „name:passwort@“); eine Story-Datei ist öffentlich, lassen Sie sie weg.',
		unreachable:
			'Die Geschichte konnte nicht von {host} geladen werden: Die Website ist nicht erreichbar, oder sie erlaubt anderen Websites nicht, die Datei zu lesen (sie muss Access-Control-Allow-Origin senden).',
		timeout: '{host} hat nicht innerhalb von {seconds} Sekunden geantwortet.',
		http: '{host} antwortete {status}.',
		notFound: '{host} antwortete {status}: Unter dieser Adresse gibt es keine Geschichte.',
		brokeOff: 'Die Verbindung zu {host} brach beim Laden der Geschichte ab.',
		tooLarge:
			'Die Story-Datei ist zu groß: Sie ist größer als {size}, das Höchste, was eine Einbettung lädt.',
		notJson:
			'Die Datei ist kein JSON ({detail}) und keine als CSV veröffentlichte TimelineJS-Tabelle, also keine Geschichte.',
		invalid: {
			one: 'Die Story-Datei hat ein Problem:',
			other: 'Die Story-Datei hat {n} Probleme:'
		},
		slow: 'Die Prüfung der Geschichte dauerte länger als {seconds} Sekunden und wurde abgebrochen; eine so langsam zu prüfende Datei ist zu groß oder zu komplex für eine Einbettung.'
	}
} satisfies ProblemMessages;
