import type { AnnotatedArticle } from './annotated';

/**
 * A second held-out half, written after the rules of the first round were made and scored
 * only once, after the last of them: sentences no rule was tried on (see articles.tune.ts
 * for the marks).
 */
const NY = 'America/New_York';
const LONDON = 'Europe/London';

export const HELD_OUT_B_ARTICLES: AnnotatedArticle[] = [
	{
		id: 'boeing-strike',
		published: '2024-09-13',
		timeZone: 'America/Los_Angeles',
		marked:
			'Boeing machinists walked off the job ⟦early Friday|2024-09-13⟧ after rejecting a contract offer ⟦Thursday night|2024-09-12TNI⟧.\nThe union last went on strike ⟦in 2008|2008⟧, a walkout that lasted ⟦58 days|-⟧.\nBoeing shares fell 4 percent in premarket trading.\nThe company said ⟦in July|2024-07⟧ that it lost $1.44 a share in ⟦the second quarter|2024-Q2⟧.'
	},
	{
		id: 'nobel-peace',
		published: '2025-10-03',
		timeZone: 'Europe/Oslo',
		marked:
			'The Norwegian Nobel Committee will announce the peace prize ⟦on Oct. 10|2025-10-10⟧.\n⟦Last year|2024⟧’s prize went to Nihon Hidankyo, a group of atomic bomb survivors.\nThe committee received 338 nominations by the deadline of ⟦Jan. 31|2025-01-31⟧.\nThe prize will be presented in Oslo ⟦on Dec. 10|2025-12-10⟧, the anniversary of Alfred Nobel’s death ⟦in 1896|1896⟧.'
	},
	{
		id: 'retail-sales',
		published: '2023-05-19',
		timeZone: NY,
		marked:
			'Retail sales rose 0.4 percent ⟦in April|2023-04⟧, the Commerce Department said ⟦Tuesday|2023-05-16⟧.\nSales had fallen ⟦in March|2023-03⟧ and ⟦February|2023-02⟧.\nEconomists expect spending to slow in ⟦the second half of the year|2023-H2⟧.\nThe Fed will meet again ⟦June 13-14|2023-06-13/2023-06-14⟧.'
	},
	{
		id: 'alaska-door',
		published: '2024-01-08',
		timeZone: NY,
		marked:
			'A panel blew off an Alaska Airlines jet shortly after takeoff from Portland ⟦Friday evening|2024-01-05TEV⟧.\nThe F.A.A. grounded 171 Boeing 737 Max 9 planes ⟦on Saturday|2024-01-06⟧.\nInvestigators found the missing door plug ⟦Sunday|2024-01-07⟧ in a teacher’s backyard.\nThe plane had been delivered to the airline ⟦in October|2023-10⟧ and had flown ⟦about 145 flights|-⟧ since then.'
	},
	{
		id: 'heatwave',
		published: '2025-07-22',
		timeZone: LONDON,
		marked:
			'Temperatures could reach 33C ⟦on Thursday|2025-07-24⟧, the Met Office said.\nIt is the third heatwave ⟦this summer|2025-SU⟧.\nA hosepipe ban came into force in Yorkshire ⟦on 11 July|2025-07-11⟧.\nThe hottest day on record in the UK was ⟦19 July 2022|2022-07-19⟧, when 40.3C was recorded in Coningsby.'
	},
	{
		id: 'chatgpt-launch',
		published: '2022-11-30',
		timeZone: 'America/Los_Angeles',
		marked:
			'OpenAI released a chatbot called ChatGPT ⟦on Wednesday|2022-11-30⟧.\nThe company was founded ⟦in 2015|2015⟧ by Sam Altman, Elon Musk and others.\nIt released GPT-3 ⟦two years ago|2020⟧.\nThe chatbot is free to use during a research preview, the company said.'
	},
	{
		id: 'tax-day',
		published: '2024-04-15',
		timeZone: NY,
		marked:
			'Taxpayers have until ⟦midnight|<2024-04-15⟧ to file their federal returns.\nThe I.R.S. said it had received 100 million returns ⟦as of April 5|<2024-04-05⟧.\nRefunds averaged $3,011, up 5.1 percent from ⟦a year ago|2023⟧.\nThe agency began accepting returns ⟦on Jan. 29|2024-01-29⟧.'
	},
	{
		id: 'jobs-december',
		published: '2025-12-05',
		timeZone: NY,
		marked:
			'Employers added 119,000 jobs ⟦in September|2025-09⟧, the Labor Department said ⟦Friday|2025-12-05⟧, in a report delayed by the shutdown.\nThe ⟦October|2025-10⟧ report was canceled.\nThe ⟦November|2025-11⟧ report will be released ⟦Dec. 16|2025-12-16⟧.\nThe unemployment rate has risen ⟦since January|>2025-01⟧.'
	},
	{
		id: 'suez-ship',
		published: '2021-03-26',
		timeZone: 'Africa/Cairo',
		marked:
			'The Ever Given, a container ship longer than the Empire State Building is tall, ran aground in the Suez Canal ⟦on Tuesday|2021-03-23⟧.\nDredgers worked through ⟦Thursday night|2021-03-25TNI⟧ to free it.\nMore than 200 ships were waiting to pass ⟦on Friday|2021-03-26⟧.\nThe canal was last closed ⟦from 1967 to 1975|1967/1975⟧.'
	},
	{
		id: 'hurricane-idalia',
		published: '2023-08-31',
		timeZone: NY,
		marked:
			'Hurricane Idalia made landfall near Keaton Beach, Fla., at ⟦7:45 a.m. Wednesday|2023-08-30T07:45⟧ as a Category 3 storm.\nIt weakened to a tropical storm ⟦by Wednesday afternoon|<2023-08-30TAF⟧.\nOfficials ⟦now|PRESENT_REF⟧ say more than 200,000 customers are without power.\nThe Big Bend region was last hit by a major hurricane ⟦in 1896|1896⟧.'
	}
];
