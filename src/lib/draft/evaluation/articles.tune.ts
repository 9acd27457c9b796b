import type { AnnotatedArticle } from './annotated';

/**
 * The tuning half of the date evaluation: short news articles written for it (no corpus),
 * each date expression marked `⟦words|value⟧` with its value in TIMEX3's style (see
 * goldValue.ts). Rules are made general and tried here; the other half (articles.heldOut.ts)
 * is only scored, to see how far they carry.
 */
const NY = 'America/New_York';
const LONDON = 'Europe/London';

export const TUNE_ARTICLES: AnnotatedArticle[] = [
	{
		id: 'acme-results',
		published: '2025-02-28',
		timeZone: NY,
		marked:
			'Acme Corp. said ⟦Friday|2025-02-28⟧ that its profit in ⟦the fourth quarter|2024-Q4⟧ rose to $1.35 a share, up from 98 cents a share ⟦a year earlier|2023-Q4⟧.\nShares of Acme rose 6 1/4% to $41.50 in New York Stock Exchange trading ⟦Friday|2025-02-28⟧.\nThe company, which competes with Sun Microsystems, said sales for ⟦the first half|2025-H1⟧ would be flat.\nChief executive Jane Ortiz, who took over ⟦in 1996|1996⟧, said the new plant would be finished ⟦by Dec. 10|<2025-12-10⟧.'
	},
	{
		id: 'senate-vote',
		published: '2025-02-28',
		timeZone: NY,
		marked:
			'The Senate voted ⟦Thursday night|2025-02-27TNI⟧ to extend the program through ⟦Sept. 30|2025-09-30⟧.\nSenators had debated the measure for ⟦three days|-⟧.\nThe House is expected to take up the bill at ⟦9 a.m. Monday|2025-03-03T09:00⟧.\nA similar bill failed ⟦last June|2024-06⟧, and supporters have pushed for it ⟦since November|>2024-11⟧.'
	},
	{
		id: 'footbridge',
		published: '2025-11-12',
		timeZone: LONDON,
		marked:
			'Councillors met on ⟦Tuesday evening|2025-11-11TEV⟧ to discuss the footbridge.\nDesai told a packed meeting that the repairs would be finished ‘by ⟦the end of the year|<2025⟧’.\nThe bridge has been closed ⟦since March|>2025-03⟧.\nIt is expected to stay shut until ⟦spring|2026-SP⟧, and work on the river wall could run into ⟦the spring|2026-SP⟧, she said.'
	},
	{
		id: 'queens-fire',
		published: '2024-06-03',
		timeZone: NY,
		marked:
			'A fire broke out at a warehouse in Queens ⟦Saturday night|2024-06-01TNI⟧, officials said ⟦Sunday|2024-06-02⟧.\nThe building had been cited for safety violations ⟦two years ago|2022⟧.\nA hearing is scheduled for ⟦June 12|2024-06-12⟧.\nThe owner, who bought the site ⟦in the 1990s|199X⟧, could not be reached ⟦Monday|2024-06-03⟧.'
	},
	{
		id: 'widget-earnings',
		published: '2023-10-26',
		timeZone: NY,
		marked:
			'Widget Inc. on ⟦Wednesday|2023-10-25⟧ reported ⟦third-quarter|2023-Q3⟧ earnings of $2.10 a share, beating forecasts.\nRevenue in ⟦the quarter|2023-Q3⟧ rose 12 percent to $4.5 billion.\nThe company ⟦now|PRESENT_REF⟧ expects revenue of $18 billion for ⟦the full year|2023⟧.\nIts shares have fallen 15 percent ⟦this year|2023⟧.\nWidget will report ⟦fourth-quarter|2023-Q4⟧ results ⟦in late January|2024-01⟧.'
	},
	{
		id: 'treasury-deficit',
		published: '1990-03-13',
		timeZone: NY,
		marked:
			'The Treasury said the government’s ⟦fiscal 1990|FY1990⟧ deficit would exceed $100 billion.\nIn ⟦February|1990-02⟧, the deficit was $21.4 billion, compared with $19.3 billion ⟦a year ago|1989⟧.\nTreasury Secretary Nicholas F. Brady said ⟦last week|1990-W10⟧ that he expected no new taxes.\nBond prices rose ⟦yesterday|1990-03-12⟧, with the 30-year bond up 3/8 point.'
	},
	{
		id: 'alps-snow',
		published: '2025-08-10',
		timeZone: 'Australia/Sydney',
		marked:
			'Snow closed roads in the Australian Alps ⟦on Saturday|2025-08-09⟧.\nIt was the heaviest fall ⟦this winter|2025-WI⟧, the Bureau of Meteorology said.\nForecasters said more snow would fall ⟦tonight|2025-08-10TNI⟧.\nThe resort at Thredbo opened ⟦in June|2025-06⟧.'
	},
	{
		id: 'downing-street',
		published: '2024-12-19',
		timeZone: LONDON,
		marked:
			'The Prime Minister said ⟦on Wednesday|2024-12-18⟧ that the plan would be published in ⟦the new year|2025⟧.\nLabour won the general election ⟦in July|2024-07⟧.\nMinisters had promised a decision ⟦by Christmas|<2024-12-25⟧.\nInflation rose to 2.6 per cent ⟦in November|2024-11⟧, figures showed ⟦yesterday|2024-12-18⟧.'
	},
	{
		id: 'apple-conference',
		published: '2025-04-01',
		timeZone: NY,
		marked:
			'Apple said ⟦Monday|2025-03-31⟧ it would open its developer conference on ⟦June 9|2025-06-09⟧.\nThe event is held ⟦every June|-⟧ in Cupertino.\nApple shipped its first headset ⟦last year|2024⟧.\nAnalysts expect sales to recover in ⟦the second half|2025-H2⟧.\n⟦Three weeks ago|2025-W11⟧, the company cut prices in China.'
	},
	{
		id: 'truss-first-day',
		published: '2022-09-07',
		timeZone: LONDON,
		marked:
			'Liz Truss became Prime Minister ⟦on Tuesday|2022-09-06⟧ after meeting the Queen at Balmoral.\nShe will face her first Prime Minister’s Questions at ⟦noon today|2022-09-07T12:00⟧.\nEnergy bills are set to rise by 80 per cent ⟦in October|2022-10⟧.\nBoris Johnson announced his resignation ⟦two months ago|2022-07⟧.'
	},
	{
		id: 'flight-800',
		published: '1996-07-18',
		timeZone: NY,
		marked:
			'TWA Flight 800 exploded shortly after takeoff from Kennedy International Airport ⟦last night|1996-07-17TNI⟧, killing all 230 people on board.\nThe Boeing 747 had been bound for Paris.\nIt was the second major crash ⟦this year|1996⟧; a ValuJet DC-9 went down in the Everglades ⟦in May|1996-05⟧.'
	},
	{
		id: 'knicks-coach',
		published: '2025-06-15',
		timeZone: NY,
		marked:
			'The Knicks fired their coach ⟦earlier this month|2025-06-01/2025-06-14⟧.\nThe draft will be held ⟦June 25|2025-06-25⟧ at Barclays Center.\nThe team last won a championship ⟦in 1973|1973⟧.\nMarch Madness drew record crowds to the Garden.'
	},
	{
		id: 'fed-record',
		published: '2024-03-22',
		timeZone: NY,
		marked:
			'Stocks closed at a record ⟦Thursday|2024-03-21⟧ after the Federal Reserve signaled it would cut rates three times ⟦this year|2024⟧.\nThe Fed last raised rates ⟦in July|2023-07⟧.\nIts next meeting is ⟦April 30-May 1|2024-04-30/2024-05-01⟧.\nThe S&P 500 has gained 10 percent ⟦since January|>2024-01⟧.'
	},
	{
		id: 'starmer-week',
		published: '2025-02-28',
		timeZone: LONDON,
		marked:
			'Sir Keir Starmer flew to Washington ⟦on Wednesday|2025-02-26⟧ and met Donald Trump at the White House ⟦on Thursday|2025-02-27⟧.\nHe will host European leaders in London ⟦on Sunday|2025-03-02⟧.\nDefence spending will rise to 2.5 per cent of GDP ⟦by 2027|<2027⟧, he announced ⟦earlier this week|2025-02-24/2025-02-27⟧.\nThe Chancellor will set out her plans in the Spring Statement ⟦on 26 March|2025-03-26⟧.'
	},
	{
		id: 'shutdown',
		published: '2025-11-12',
		timeZone: NY,
		marked:
			'The government shutdown, which began ⟦Oct. 1|2025-10-01⟧, is ⟦now|PRESENT_REF⟧ the longest in history.\nThe Senate passed a funding bill ⟦Monday night|2025-11-10TNI⟧.\nThe House is expected to vote ⟦Wednesday|2025-11-12⟧.\nFederal workers have gone without pay ⟦for six weeks|-⟧.\nAir traffic controllers ⟦recently|PAST_REF⟧ warned of delays, and flights were cut by 10 percent ⟦last Friday|2025-11-07⟧.'
	},
	{
		id: 'austin-firm',
		published: '2024-06-03',
		timeZone: NY,
		marked:
			'The company was founded ⟦in 2008|2008⟧. ⟦Two years later|2010⟧ it went public.\nIt moved its headquarters to Austin ⟦in March 2021|2021-03⟧, and ⟦six months later|2021-09⟧ announced layoffs.\n⟦Currently|PRESENT_REF⟧, it employs 4,000 people.'
	},
	{
		id: 'bank-rates',
		published: '2023-10-26',
		timeZone: LONDON,
		marked:
			'The Bank of England will announce its decision ⟦next Thursday|2023-11-02⟧.\nIt held rates at 5.25 per cent ⟦last month|2023-09⟧ after 14 consecutive rises.\nInflation stayed at 6.7 per cent ⟦in September|2023-09⟧, down from 8.7 per cent ⟦in April|2023-04⟧.\nMortgage rates peaked ⟦over the summer|2023-SU⟧.'
	},
	{
		id: 'tariffs',
		published: '2025-04-01',
		timeZone: NY,
		marked:
			'President Trump said he would announce new tariffs ⟦Wednesday|2025-04-02⟧ at a Rose Garden event.\nTariffs on steel took effect ⟦March 12|2025-03-12⟧.\nStocks fell ⟦on Monday|2025-03-31⟧ as investors braced for the announcement.\nThe S&P 500 ended ⟦the first quarter|2025-Q1⟧ down 4.6 percent, its worst quarter ⟦since 2022|>2022⟧.'
	},
	{
		id: 'oscars',
		published: '2025-02-28',
		timeZone: NY,
		marked:
			'The Oscars will be handed out ⟦Sunday night|2025-03-02TNI⟧ in Los Angeles.\nConan O’Brien, who hosted “Late Night” ⟦from 1993 to 2009|1993/2009⟧, will be the host.\nThe nominations were announced ⟦Jan. 23|2025-01-23⟧ after a delay caused by wildfires.\n⟦Last year|2024⟧’s ceremony drew 19.5 million viewers.'
	},
	{
		id: 'fed-cut',
		published: '2024-12-19',
		timeZone: NY,
		marked:
			'The Fed cut rates ⟦Wednesday|2024-12-18⟧ for the third time ⟦since September|>2024-09⟧.\nOfficials ⟦now|PRESENT_REF⟧ expect two cuts in ⟦2025|2025⟧, down from four.\nMortgage rates have risen ⟦since the fall|>2024-FA⟧.\nJerome Powell’s term as chair ends ⟦in May 2026|2026-05⟧.'
	}
];
