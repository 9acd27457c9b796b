import type { Messages } from '../en';

export default {
	viewSwitch: { group: 'عرض الأحداث على شكل', timeline: 'خط زمني', list: 'قائمة' },
	zoom: {
		group: 'التكبير والتمرير',
		zoomIn: 'تكبير',
		zoomInKey: 'تكبير (+)',
		zoomedIn: 'لا يمكن التكبير أكثر',
		zoomOut: 'تصغير',
		zoomOutKey: 'تصغير (−)',
		zoomedOut: 'لا يمكن التصغير أكثر',
		fitAll: 'عرض الكل',
		fitAllKey: 'عرض كل الأحداث (0)',
		earlier: 'الأقدم',
		later: 'الأحدث',
		atStart: 'في بداية القصة',
		atEnd: 'في نهاية القصة'
	},
	timeline: {
		helpAndLegend: 'المساعدة ودليل الرموز',
		help: 'المساعدة',
		andLegend: 'ودليل الرموز',
		zoneLine: 'الأوقات: {zone}',
		wheelHint: 'استخدم Ctrl (أو ⌘) مع عجلة الفأرة لتكبير الخط الزمني',
		marks: 'الأحداث بترتيبها الزمني',
		overview: {
			zero: 'نظرة عامة: لا أحداث، {range}؛ المعروض {visible}',
			one: 'نظرة عامة: حدث واحد، {range}؛ المعروض {visible}',
			two: 'نظرة عامة: حدثان، {range}؛ المعروض {visible}',
			few: 'نظرة عامة: {n} أحداث، {range}؛ المعروض {visible}',
			many: 'نظرة عامة: {n} حدثًا، {range}؛ المعروض {visible}',
			other: 'نظرة عامة: {n} حدث، {range}؛ المعروض {visible}'
		}
	},
	help: {
		pointer: 'Ctrl (أو ⌘) مع العجلة أو ضمّ الإصبعين للتكبير، والسحب للتمرير.',
		touch: 'ضمّ الإصبعين للتكبير، والسحب جانبًا للتمرير.',
		keys: 'المفاتيح: الأسهم تنتقل بين الأحداث، وHome وEnd إلى الأول والأخير، وEnter يفتح حدثًا (أو يكبّر مجموعة)، وEscape يغلقه، و+ و− للتكبير والتصغير، و0 لعرض الكل.'
	},
	legend: {
		name: 'دليل الرموز',
		clusters: 'أحداث متقاربة جدًا لا يمكن فصلها: كبّر لرؤيتها',
		statedDay: 'يوم مذكور',
		statedTime: 'وقت مذكور',
		statedDate: 'تاريخ مذكور',
		range: 'وقت ما ضمن القوس',
		statedSpan: 'مدة مذكورة، طوال الفترة',
		zoneDay: 'يومه بالتوقيت المحلي للمكان',
		zoneDate: 'تاريخه بالتوقيت المحلي للمكان',
		inferred: 'مستنتج من السرد',
		editorial: 'تحريري (معرفة من خارج المصدر)',
		approximate: 'تاريخ تقريبي',
		uncertain: 'تاريخ غير مؤكد',
		byDate: 'في موعد أقصاه التاريخ',
		orAfter: 'في التاريخ أو بعده'
	},
	basis: {
		stated: 'مذكور',
		inferred: 'مستنتج',
		editorial: 'تحريري',
		statedWhy: 'كلمات المصدر نفسه عن التاريخ، مقروءة بحسب تاريخ نشره.',
		inferredWhy: 'لا يذكر المصدر تاريخًا؛ السرد هو ما يحدد موضعه.',
		editorialWhy: 'ليس في المصدر؛ أضيف من معرفة خارجية.'
	},
	dates: {
		someDay: 'في يوم ما بين',
		someMonth: 'في شهر ما بين',
		someYear: 'في سنة ما بين',
		someTime: 'في وقت ما بين',
		and: 'و',
		from: 'من',
		to: 'إلى',
		by: 'في موعد أقصاه {date}',
		after: 'بعد {date}',
		approximate: 'نحو ',
		decade: 'عقد {year}',
		beforeCommonEra: '{year} ق.م',
		quoted: '«{text}»',
		zone: '({zone})',
		cityTime: 'توقيت {city}',
		asWritten: 'كما ورد: «{text}»'
	},
	axis: { year: 'السنوات', month: 'الأشهر', day: 'الأيام', hour: 'الساعات', minute: 'الدقائق' },
	cluster: {
		count: {
			zero: 'لا أحداث',
			one: 'حدث واحد',
			two: 'حدثان',
			few: '{n} أحداث',
			many: '{n} حدثًا',
			other: '{n} حدث'
		},
		zoom: 'فعّله للتكبير',
		list: 'افتح القائمة لقراءتها'
	},
	announce: {
		showing: 'المعروض: {range}',
		passages: {
			zero: 'لا مقاطع مظللة',
			one: 'مقطع واحد مظلل',
			two: 'مقطعان مظللان',
			few: '{n} مقاطع مظللة',
			many: '{n} مقطعًا مظللًا',
			other: '{n} مقطع مظلل'
		},
		openedFocus: 'فُتح المصدر، {passages}.',
		opened: 'فُتح {title}، {passages}.',
		closed: 'أُغلق المصدر.'
	},
	events: {
		inOrder: 'الأحداث بترتيبها الزمني',
		groupInOrder: '{group}: الأحداث بترتيبها الزمني',
		ungrouped: 'أحداث أخرى'
	},
	details: {
		close: 'إغلاق لوحة المصدر',
		when: 'متى',
		dateSource: 'مصدر التاريخ',
		placed: 'كيف حُدد موضعه',
		readAs: 'كيف قُرئ التاريخ',
		target: 'الموعد المستهدف',
		who: 'مَن',
		where: 'أين',
		passages: 'المقاطع',
		media: {
			video: 'تشغيل الفيديو',
			audio: 'تشغيل الصوت',
			map: 'عرض الخريطة'
		},
		inArticle: {
			zero: 'لا مقاطع مظللة في المقال',
			one: 'مقطع واحد مظلل في المقال',
			two: 'مقطعان مظللان في المقال',
			few: '{n} مقاطع مظللة في المقال',
			many: '{n} مقطعًا مظللًا في المقال',
			other: '{n} مقطع مظلل في المقال'
		},
		inSources: {
			zero: 'لا مقاطع مظللة في {sources} مصادر',
			one: 'مقطع واحد مظلل في {sources} مصادر',
			two: 'مقطعان مظللان في {sources} مصادر',
			few: '{n} مقاطع مظللة في {sources} مصادر',
			many: '{n} مقطعًا مظللًا في {sources} مصادر',
			other: '{n} مقطع مظلل في {sources} مصادر'
		}
	},
	source: {
		panel: 'المصدر',
		hint: 'اختر حدثًا على الخط الزمني لقراءة مصدره.',
		passageFrom: 'مقطع من {publisher}',
		tabs: 'المصادر',
		noHeadline: 'العنوان غير معروف',
		noDate: 'تاريخ النشر غير معروف',
		licence: 'منشور بموجب الترخيص {licence}',
		original: 'المقال الأصلي',
		hintPage: 'اختر حدثًا على الخط الزمني، أو مقطعًا مظللًا، لقراءة مصدره.'
	},
	corrections: {
		name: 'التصحيحات',
		label: {
			zero: 'التصحيحات',
			one: 'تصحيح',
			two: 'تصحيحان',
			few: 'تصحيحات',
			many: 'تصحيحات',
			other: 'تصحيحات'
		},
		inTitle: 'في {title}: '
	},
	embed: {
		button: 'تضمين',
		fullStory: 'القصة كاملة على Sourceline ↗',
		credit: 'خط زمني من Sourceline',
		pageTitle: 'خط Sourceline الزمني',
		loading: 'جارٍ تحميل القصة',
		loadingNow: 'جارٍ تحميل القصة…',
		checking: 'جارٍ التحقق من القصة…',
		loaded: 'حُمّل {size}',
		loadedOf: '{size} من {total}',
		dataFrom: 'بيانات القصة من'
	},
	exporting: {
		button: 'تصدير'
	},
	site: { tagline: 'خطوط زمنية للأخبار تُظهر مصادرها' },
	theme: { legend: 'المظهر', system: 'تلقائي', light: 'فاتح', dark: 'داكن' },
	body: {
		earlier: {
			zero: 'لا أحداث سابقة: عرض الكل',
			one: 'حدث سابق واحد: عرض الكل',
			two: 'حدثان سابقان: عرض الكل',
			few: '{n} أحداث سابقة: عرض الكل',
			many: '{n} حدثًا سابقًا: عرض الكل',
			other: '{n} حدث سابق: عرض الكل'
		},
		later: {
			zero: 'لا أحداث لاحقة: عرض الكل',
			one: 'حدث لاحق واحد: عرض الكل',
			two: 'حدثان لاحقان: عرض الكل',
			few: '{n} أحداث لاحقة: عرض الكل',
			many: '{n} حدثًا لاحقًا: عرض الكل',
			other: '{n} حدث لاحق: عرض الكل'
		},
		both: {
			zero: 'الأحداث: {earlier} قبل، {n} بعد؛ عرض الكل',
			one: 'الأحداث: {earlier} قبل، {n} بعد؛ عرض الكل',
			two: 'الأحداث: {earlier} قبل، {n} بعد؛ عرض الكل',
			few: 'الأحداث: {earlier} قبل، {n} بعد؛ عرض الكل',
			many: 'الأحداث: {earlier} قبل، {n} بعد؛ عرض الكل',
			other: 'الأحداث: {earlier} قبل، {n} بعد؛ عرض الكل'
		}
	},
	story: {
		updated: 'آخر تحديث',
		timeline: {
			zero: 'الخط الزمني لـ«{title}»: لا أحداث',
			one: 'الخط الزمني لـ«{title}»: حدث واحد',
			two: 'الخط الزمني لـ«{title}»: حدثان',
			few: 'الخط الزمني لـ«{title}»: {n} أحداث',
			many: 'الخط الزمني لـ«{title}»: {n} حدثًا',
			other: 'الخط الزمني لـ«{title}»: {n} حدث'
		}
	}
} satisfies Messages;
