import type { SearchMessages } from '../en';

export default {
	region: 'الأحداث',
	label: 'البحث في الأحداث',
	filters: 'عوامل التصفية',
	filtersCount: 'عوامل التصفية ({n})',
	clear: 'مسح عوامل التصفية',
	noMatch: 'لا أحداث تطابق هذا البحث.',
	facets: { group: 'المجموعة', kind: 'النوع', basis: 'كيف يُعرف التاريخ', actor: 'مَن' },
	status: {
		zero: 'النتائج: {matching} من {n} حدث',
		one: 'النتائج: {matching} من حدث واحد',
		two: 'النتائج: {matching} من حدثين',
		few: 'النتائج: {matching} من {n} أحداث',
		many: 'النتائج: {matching} من {n} حدثًا',
		other: 'النتائج: {matching} من {n} حدث'
	}
} satisfies SearchMessages;
