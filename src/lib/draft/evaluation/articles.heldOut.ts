import type { AnnotatedArticle } from './annotated';

/**
 * The held-out half of the date evaluation, written with the tuning half and in the same
 * way (see articles.tune.ts), but kept out of the tuning: it is only scored, to see how far
 * general rules carry to sentences they were not tried on.
 */
const NY = 'America/New_York';
const LONDON = 'Europe/London';

export const HELD_OUT_ARTICLES: AnnotatedArticle[] = [
	{
		id: 'jobs-report',
		published: '2025-03-07',
		timeZone: NY,
		marked:
			'The Labor Department said ⟦Friday|2025-03-07⟧ that employers added 151,000 jobs ⟦in February|2025-02⟧.\nThe unemployment rate rose to 4.1 percent.\nRevisions cut ⟦January|2025-01⟧’s gain to 125,000.\nThe next report is due ⟦April 4|2025-04-04⟧.\nHiring has slowed ⟦since the summer|>2024-SU⟧.'
	},
	{
		id: 'election-night',
		published: '2024-11-06',
		timeZone: NY,
		marked:
			'Donald J. Trump won the presidential election ⟦early Wednesday|2024-11-06⟧, after voters went to the polls ⟦Tuesday|2024-11-05⟧.\nHe will be sworn in ⟦on Jan. 20|2025-01-20⟧.\nHe lost to Joseph R. Biden Jr. ⟦four years ago|2020⟧.\nSen. Vance, his running mate, spoke ⟦after midnight|-⟧ in Palm Beach.'
	},
	{
		id: 'rates-hold',
		published: '2025-09-16',
		timeZone: LONDON,
		marked:
			'The Bank of England is expected to hold interest rates ⟦on Thursday|2025-09-18⟧.\nInflation was 3.8 per cent ⟦in July|2025-07⟧, figures published ⟦last month|2025-08⟧ showed.\nRates were cut ⟦in August|2025-08⟧ for the fifth time since the start of the easing cycle.\nThe Chancellor will deliver the Budget ⟦on 26 November|2025-11-26⟧.'
	},
	{
		id: 'turkey-quake',
		published: '2023-02-06',
		timeZone: 'Europe/Istanbul',
		marked:
			'A magnitude 7.8 earthquake struck southern Turkey at ⟦4:17 a.m. on Monday|2023-02-06T04:17⟧, flattening thousands of buildings.\nA second quake hit the same region ⟦in the afternoon|2023-02-06TAF⟧.\nThe area was last hit by a quake this strong ⟦in 1939|1939⟧.\nRescuers said they would keep searching ⟦through the night|-⟧.'
	},
	{
		id: 'paris-games',
		published: '2024-07-26',
		timeZone: 'Europe/Paris',
		marked:
			'The Olympic Games open in Paris ⟦tonight|2024-07-26TNI⟧ with a parade of boats on the Seine.\nSaboteurs set fires along France’s high-speed rail lines ⟦Thursday night|2024-07-25TNI⟧, disrupting travel for 800,000 people.\nThe Games run until ⟦Aug. 11|2024-08-11⟧.\nParis last hosted the Summer Olympics ⟦in 1924|1924⟧.'
	},
	{
		id: 'potomac-collision',
		published: '2025-01-30',
		timeZone: NY,
		marked:
			'An American Airlines jet collided with an Army helicopter near Reagan National Airport ⟦Wednesday night|2025-01-29TNI⟧.\nIt was the deadliest U.S. air crash ⟦since 2001|>2001⟧.\nInvestigators will brief reporters ⟦Thursday afternoon|2025-01-30TAF⟧.\nThe airport reopened at ⟦11 a.m. Thursday|2025-01-30T11:00⟧.'
	},
	{
		id: 'loma-prieta',
		published: '1989-10-18',
		timeZone: 'America/Los_Angeles',
		marked:
			'A major earthquake struck the San Francisco Bay area ⟦yesterday|1989-10-17⟧ as fans gathered for the World Series.\nThe Bay Bridge will remain closed ⟦for at least a month|-⟧.\nThe Dow Jones industrial average had dropped 190 points ⟦Friday|1989-10-13⟧ and recovered ⟦Monday|1989-10-16⟧.\nPacific Gas & Electric said its ⟦third-quarter|1989-Q3⟧ profit, reported ⟦last week|1989-W41⟧, fell 20%.'
	},
	{
		id: 'sydney-rain',
		published: '2025-05-21',
		timeZone: 'Australia/Sydney',
		marked:
			'Sydney recorded its wettest May day in decades ⟦on Tuesday|2025-05-20⟧.\nThe Bureau of Meteorology said the rain would ease ⟦by Thursday|<2025-05-22⟧.\n⟦Last summer|2024-SU⟧ was the hottest on record in New South Wales.\nDam levels have risen ⟦since March|>2025-03⟧.'
	},
	{
		id: 'ford-strike',
		published: '2023-10-26',
		timeZone: NY,
		marked:
			'Ford on ⟦Thursday|2023-10-26⟧ reported a ⟦third-quarter|2023-Q3⟧ profit of $1.2 billion, or 30 cents a share.\nThe strike, which began ⟦Sept. 15|2023-09-15⟧, cost it $1.7 billion.\nThe company withdrew its forecast for ⟦the year|2023⟧.\nShares of Ford fell 2 1/2% in after-hours trading.'
	},
	{
		id: 'election-called',
		published: '2024-06-03',
		timeZone: LONDON,
		marked:
			'Polls open at ⟦7am on Thursday 4 July|2024-07-04T07:00⟧.\nRishi Sunak called the election ⟦on 22 May|2024-05-22⟧.\nThe last general election was held ⟦in December 2019|2019-12⟧.\nNigel Farage said ⟦today|2024-06-03⟧ that he would stand in Clacton.\nThe Conservatives have been in power ⟦for 14 years|-⟧.'
	}
];
