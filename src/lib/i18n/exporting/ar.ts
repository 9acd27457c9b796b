import type { ExportWords } from '../exportWords';

export default {
	menu: 'تصدير القصة',
	png: 'صورة، 1200 × 675 (PNG)',
	square: 'صورة مربعة، 1080 × 1080 (PNG)',
	svg: 'العرض كصورة (SVG)',
	ics: 'تقويم (iCalendar)',
	csv: 'جدول TimelineJS (CSV)',
	json: 'بيانات القصة (JSON)',
	within: 'في وقت ما ضمن هذه التواريخ، لا طوالها.',
	sources: 'المصادر: {list}',
	partial: {
		zero: 'يعرض هذا العرض {shown} من {n} حدث في القصة',
		one: 'يعرض هذا العرض {shown} من حدث واحد في القصة',
		two: 'يعرض هذا العرض {shown} من حدثين في القصة',
		few: 'يعرض هذا العرض {shown} من {n} أحداث في القصة',
		many: 'يعرض هذا العرض {shown} من {n} حدثًا في القصة',
		other: 'يعرض هذا العرض {shown} من {n} حدث في القصة'
	},
	failed: 'تعذّر التصدير: {error}'
} satisfies ExportWords;
