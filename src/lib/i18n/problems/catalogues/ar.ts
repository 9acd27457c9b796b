import type { ProblemMessages } from '../en';

export default {
	heading: 'تعذّر عرض هذا الخط الزمني',
	address: 'عنوان القصة:',
	event: 'الحدث {id}،',
	field: 'الحقل {field}:',
	more: {
		zero: '… و{n} غيرها.',
		one: '… وواحد آخر.',
		two: '… واثنان آخران.',
		few: '… و{n} أخرى.',
		many: '… و{n} أخرى.',
		other: '… و{n} أخرى.'
	},
	says: {
		noSrc: 'لا قصة لعرضها: أضف ‎?src=‎ وعنوان ملف JSON للقصة إلى العنوان.',
		unexpected: 'تعذّر تحميل القصة ({error}).',
		badUrl: '«{src}» ليس عنوان http(s) لملف قصة.',
		credentials:
			'يتضمن عنوان القصة اسم مستخدم أو كلمة مرور (الجزء «name:password@»)؛ ملف القصة عام، فاحذفهما.',
		unreachable:
			'تعذّر تحميل القصة من {host}: لم يمكن الوصول إلى الموقع، أو أنه لا يسمح للمواقع الأخرى بقراءة الملف (يجب أن يرسل Access-Control-Allow-Origin).',
		timeout: 'لم يُجب {host} خلال {seconds} ثانية.',
		http: 'أجاب {host} بـ{status}.',
		notFound: 'أجاب {host} بـ{status}: لا توجد قصة على هذا العنوان.',
		brokeOff: 'انقطع الاتصال بـ{host} أثناء تحميل القصة.',
		tooLarge: 'ملف القصة كبير جدًا: يتجاوز {size}، وهو أقصى ما يحمّله الخط الزمني المضمَّن.',
		notJson: 'الملف ليس JSON ({detail})، ولا جدول TimelineJS منشورًا بصيغة CSV، فهو ليس قصة.',
		invalid: {
			zero: 'في ملف القصة {n} مشكلة:',
			one: 'في ملف القصة مشكلة:',
			two: 'في ملف القصة مشكلتان:',
			few: 'في ملف القصة {n} مشكلات:',
			many: 'في ملف القصة {n} مشكلة:',
			other: 'في ملف القصة {n} مشكلة:'
		},
		slow: 'استغرق فحص القصة أكثر من {seconds} ثانية فتُرك؛ ملف قصة بطيء الفحص إلى هذا الحد كبير جدًا أو معقّد جدًا للتضمين.'
	}
} satisfies ProblemMessages;
