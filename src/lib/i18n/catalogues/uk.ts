import type { Messages } from '../en';

export default {
	viewSwitch: { group: 'Показати події як', timeline: 'Хронологія', list: 'Список' },
	zoom: {
		group: 'Масштаб і прокручування',
		zoomIn: 'Збільшити',
		zoomInKey: 'Збільшити (+)',
		zoomedIn: 'Більше збільшити не можна',
		zoomOut: 'Зменшити',
		zoomOutKey: 'Зменшити (−)',
		zoomedOut: 'Більше зменшити не можна',
		fitAll: 'Показати все',
		fitAllKey: 'Показати всі події (0)',
		earlier: 'Раніше',
		later: 'Пізніше',
		atStart: 'На початку історії',
		atEnd: 'Наприкінці історії'
	},
	timeline: {
		helpAndLegend: 'Довідка й легенда',
		help: 'Довідка',
		andLegend: 'й легенда',
		zoneLine: 'Час: {zone}',
		wheelHint: 'Ctrl (або ⌘) + коліщатко змінює масштаб хронології',
		marks: 'Події в хронологічному порядку',
		overview: {
			one: 'Огляд: {n} подія, {range}; у полі зору {visible}',
			few: 'Огляд: {n} події, {range}; у полі зору {visible}',
			many: 'Огляд: {n} подій, {range}; у полі зору {visible}',
			other: 'Огляд: {n} події, {range}; у полі зору {visible}'
		}
	},
	help: {
		pointer:
			'Ctrl (або ⌘) + коліщатко чи зведення пальців — масштаб, перетягування — прокручування.',
		touch: 'Зведіть пальці, щоб змінити масштаб, проведіть убік, щоб прокрутити.',
		keys: 'Клавіші: стрілки переходять між подіями, Home і End — до першої й останньої, Enter відкриває подію (або збільшує групу), Esc закриває, + і − змінюють масштаб, 0 показує все.'
	},
	legend: {
		name: 'Легенда',
		clusters: 'Події надто близько, щоб показати окремо: збільште масштаб',
		statedDay: 'Названий день',
		statedTime: 'Названий час',
		statedDate: 'Названа дата',
		range: 'Якийсь час у межах дужки',
		statedSpan: 'Названий проміжок, увесь час',
		zoneDay: 'Її день за місцевим часом',
		zoneDate: 'Її дата за місцевим часом',
		inferred: 'Виведена з розповіді',
		editorial: 'Редакційна (знання ззовні)',
		approximate: 'Приблизна дата',
		uncertain: 'Непевна дата',
		byDate: 'Не пізніше дати',
		orAfter: 'У дату або пізніше'
	},
	basis: {
		stated: 'Названа',
		inferred: 'Виведена',
		editorial: 'Редакційна',
		statedWhy: 'Слова самого джерела, прочитані відносно дати публікації.',
		inferredWhy: 'Джерело не називає дати; її визначає розповідь.',
		editorialWhy: 'Немає в джерелі; додана зі знань ззовні.'
	},
	dates: {
		someDay: 'якогось дня між',
		someMonth: 'якогось місяця між',
		someYear: 'якогось року між',
		someTime: 'якогось часу між',
		and: 'і',
		from: 'з',
		to: 'до',
		by: 'не пізніше {date}',
		after: 'після {date}',
		approximate: 'бл. ',
		decade: '{year}-ті',
		beforeCommonEra: '{year} до н. е.',
		quoted: '«{text}»',
		zone: '({zone})',
		cityTime: 'місцевий час ({city})',
		asWritten: 'дослівно: «{text}»'
	},
	axis: { year: 'Роки', month: 'Місяці', day: 'Дні', hour: 'Години', minute: 'Хвилини' },
	cluster: {
		count: { one: '{n} подія', few: '{n} події', many: '{n} подій', other: '{n} події' },
		zoom: 'активуйте, щоб збільшити',
		list: 'відкрийте список, щоб прочитати'
	},
	announce: {
		showing: 'Показано {range}',
		passages: {
			one: '{n} уривок виділено',
			few: '{n} уривки виділено',
			many: '{n} уривків виділено',
			other: '{n} уривка виділено'
		},
		openedFocus: 'Джерело відкрито, {passages}.',
		opened: 'Відкрито: {title}, {passages}.',
		closed: 'Джерело закрито.'
	},
	events: {
		inOrder: 'Події в хронологічному порядку',
		groupInOrder: '{group}: події в хронологічному порядку',
		ungrouped: 'Інші події'
	},
	details: {
		close: 'Закрити панель джерела',
		when: 'Коли',
		dateSource: 'Джерело дати',
		placed: 'Як її визначено',
		readAs: 'Як прочитано дату',
		target: 'Термін',
		who: 'Хто',
		where: 'Де',
		passages: 'Уривки',
		media: {
			video: 'Відтворити відео',
			audio: 'Відтворити аудіо',
			map: 'Показати мапу'
		},
		inArticle: {
			one: '{n} виділено в статті',
			few: '{n} виділено в статті',
			many: '{n} виділено в статті',
			other: '{n} виділено в статті'
		},
		inSources: {
			one: '{n} виділено в {sources} джерелах',
			few: '{n} виділено в {sources} джерелах',
			many: '{n} виділено в {sources} джерелах',
			other: '{n} виділено в {sources} джерелах'
		}
	},
	source: {
		panel: 'Джерело',
		hint: 'Виберіть подію на хронології, щоб прочитати її джерело.',
		passageFrom: 'Уривок: {publisher}',
		tabs: 'Джерела',
		noHeadline: 'Заголовок невідомий',
		noDate: 'Дата публікації невідома',
		licence: 'Використано за ліцензією {licence}',
		original: 'Оригінальна стаття',
		hintPage: 'Виберіть подію на хронології або виділений уривок, щоб прочитати джерело.'
	},
	corrections: {
		name: 'Виправлення',
		label: { one: 'Виправлення', few: 'Виправлення', many: 'Виправлення', other: 'Виправлення' },
		inTitle: 'У {title}: '
	},
	embed: {
		button: 'Вбудувати',
		fullStory: 'Уся історія на Sourceline ↗',
		credit: 'Хронологія від Sourceline',
		pageTitle: 'Хронологія Sourceline',
		loading: 'Завантаження історії',
		loadingNow: 'Завантаження історії…',
		checking: 'Перевірка історії…',
		loaded: 'Завантажено {size}',
		loadedOf: '{size} з {total}',
		dataFrom: 'дані з'
	},
	exporting: {
		button: 'Експорт'
	},
	site: { tagline: 'Хронології новин, що показують свої джерела' },
	theme: { legend: 'Тема', system: 'Авто', light: 'Світла', dark: 'Темна' },
	body: {
		earlier: {
			one: '{n} раніша подія: показати все',
			few: '{n} раніші події: показати все',
			many: '{n} раніших подій: показати все',
			other: '{n} ранішої події: показати все'
		},
		later: {
			one: '{n} пізніша подія: показати все',
			few: '{n} пізніші події: показати все',
			many: '{n} пізніших подій: показати все',
			other: '{n} пізнішої події: показати все'
		},
		both: {
			one: 'Події: {earlier} раніше, {n} пізніше — показати все',
			few: 'Події: {earlier} раніше, {n} пізніше — показати все',
			many: 'Події: {earlier} раніше, {n} пізніше — показати все',
			other: 'Події: {earlier} раніше, {n} пізніше — показати все'
		}
	},
	story: {
		updated: 'Оновлено',
		timeline: {
			one: 'Хронологія «{title}»: {n} подія',
			few: 'Хронологія «{title}»: {n} події',
			many: 'Хронологія «{title}»: {n} подій',
			other: 'Хронологія «{title}»: {n} події'
		}
	}
} satisfies Messages;
