import type { SiteMessages } from '../en';

export default {
	title: 'Sourceline: خطوط زمنية للأخبار تُظهر مصادرها',
	description: 'خطوط زمنية للأخبار قابلة للتكبير، يشير فيها كل حدث إلى الكلمات الدقيقة في مصدره.',
	stories: 'القصص',
	from: 'من {publishers}',
	draftAsk: 'لديك مقال؟',
	draftLink: 'أنشئ منه مسودة قصة',
	draftWhat: ': تُعثر فيه على عبارات التاريخ وتُحدَّد، وكل اقتراح يقتبس كلماته الدقيقة، ليراجعها محرر.'
} satisfies SiteMessages;
