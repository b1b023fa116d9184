package dates

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// findIn runs Find over one text with an anchor and no people.
func findIn(text, anchor string) (*doc.Annotated, []doc.Date, []doc.Report) {
	a := &doc.Annotated{Source: &doc.Source{ID: "x", Text: text, FirstLine: 1, Published: anchor}}
	ds, rs := Find(a)
	return a, ds, rs
}

func TestExpressions(t *testing.T) {
	type want struct{ text, value, prec, time string }
	tests := []struct {
		name, anchor, text string
		want               []want
	}{
		{"month day year abbrev", "2021-03-02", "The deal closed on Feb. 3, 2020, in Oslo.", []want{{"Feb. 3, 2020", "2020-02-03", "day", ""}}},
		{"month day year full", "2021-03-02", "It began on September 14, 2019 with a vote.", []want{{"September 14, 2019", "2019-09-14", "day", ""}}},
		{"day month year", "2021-03-02", "She resigned on 4 January 2021.", []want{{"4 January 2021", "2021-01-04", "day", ""}}},
		{"ordinal day of month", "2021-03-02", "The summit opened on the 5th of March 2018.", []want{{"5th of March 2018", "2018-03-05", "day", ""}}},
		{"day month no year past", "2016-12-13", "He was admitted on 21 November for tests.", []want{{"21 November", "2016-11-21", "day", ""}}},
		{"month day no year future", "2016-12-13", "The ceremony will take place on January 20.", []want{{"January 20", "2017-01-20", "day", ""}}},
		{"month day no year past across year", "2017-01-05", "He spoke at the rally on December 28.", []want{{"December 28", "2016-12-28", "day", ""}}},
		{"iso", "2021-03-02", "The filing, dated 2020-11-30, was sealed.", []want{{"2020-11-30", "2020-11-30", "day", ""}}},
		{"slashes", "2021-03-02", "The memo of 12/13/2016 was leaked.", []want{{"12/13/2016", "2016-12-13", "day", ""}}},
		{"slashes day first", "2021-03-02", "The memo of 13/12/2016 was leaked.", []want{{"13/12/2016", "2016-12-13", "day", ""}}},
		{"slashes ambiguous, page day first", "2021-03-02", "The memo of 04/07/2016 was leaked. A reply came on 23/07/2016.", []want{{"04/07/2016", "2016-07-04", "day", ""}, {"23/07/2016", "2016-07-23", "day", ""}}},
		{"slashes ambiguous, page month first", "2021-03-02", "The memo of 04/07/2016 was leaked. A reply came on 07/23/2016.", []want{{"04/07/2016", "2016-04-07", "day", ""}, {"07/23/2016", "2016-07-23", "day", ""}}},
		{"day range dates its start", "2021-05-08", "A consultation ran from 3 to 17 April, the council said.", []want{{"3 to 17 April", "2021-04-03", "day", ""}}},
		{"glued day range dates its start", "2021-05-08", "The exhibition ran 3-17 April 2019 in the old mill.", []want{{"3-17 April 2019", "2019-04-03", "day", ""}}},
		{"month-first glued day range", "2021-05-08", "The exhibition ran April 3-17 in the old mill.", []want{{"April 3-17", "2021-04-03", "day", ""}}},
		{"a score is no day range", "2021-05-08", "The home side lost 3-1 in April.", []want{{"April", "2021-04", "month", ""}}},
		{"slashes ambiguous, no order told, unread", "2021-03-02", "The memo of 04/07/2016 was leaked.", nil},
		{"weekday with date in parentheses", "2016-12-13", "Ms. Lund arrived on Tuesday (Dec. 13, 2016) at the port.", []want{{"Tuesday (Dec. 13, 2016)", "2016-12-13", "day", ""}}},
		{"weekday part of day and date", "2016-12-13", "Mr. Ode was seen on Tuesday morning (Dec. 13) outside.", []want{{"Tuesday morning (Dec. 13)", "2016-12-13", "day", "morning"}}},
		{"weekday comma date", "2016-12-13", "Lund flew to Oslo on Tuesday, December 13, officials said.", []want{{"Tuesday, December 13", "2016-12-13", "day", ""}}},
		{"bare weekday past is last one", "2019-05-09", "The council met on Monday to vote.", []want{{"Monday", "2019-05-06", "day", ""}}},
		{"bare weekday future is next one", "2018-10-09", "The two leaders will meet on Thursday in Rome.", []want{{"Thursday", "2018-10-11", "day", ""}}},
		{"weekday equal to anchor in past is anchor", "2018-10-09", "The spokesman announced Tuesday that talks had ended.", []want{{"Tuesday", "2018-10-09", "day", ""}}},
		{"weekday after anchor in past (late anchor)", "2016-12-13", "On Wednesday, the mayor got a surprise visitor.", []want{{"Wednesday", "2016-12-14", "day", ""}}},
		{"possessive weekday", "2019-05-09", "Critics mocked Monday's hearing for hours.", []want{{"Monday", "2019-05-06", "day", ""}}},
		{"last weekday", "2019-05-09", "She filed the suit last Thursday in Ohio.", []want{{"last Thursday", "2019-05-02", "day", ""}}},
		{"month alone past", "2018-10-09", "In June, the senator met with the governor.", []want{{"June", "2018-06", "month", ""}}},
		{"month alone future", "2016-12-13", "The band is hoping to tour in March.", []want{{"March", "2017-03", "month", ""}}},
		{"month year", "2021-03-02", "In September 2015, the firm went public.", []want{{"September 2015", "2015-09", "month", ""}}},
		{"month of this year", "2016-12-13", "He said so in an interview in November of this year.", []want{{"November of this year", "2016-11", "month", ""}}},
		{"late month", "2016-12-13", "Guests will come to the late January gala.", []want{{"late January", "2017-01", "month", ""}}},
		{"last month", "2018-10-09", "The mogul traveled to Paris last month to speak.", []want{{"last month", "2018-09", "month", ""}}},
		{"next month possessive", "2016-12-13", "She may sing at next month's ceremony in the capital.", []want{{"next month", "2017-01", "month", ""}}},
		{"earlier that month", "2018-10-09", "In August Mr. Ode posted a video. He said earlier that month on radio that he would quit.", []want{{"August", "2018-08", "month", ""}, {"earlier that month", "2018-08", "month", ""}}},
		{"last week within a month", "2016-12-13", "She was in hospital until last week and is now home.", []want{{"last week", "2016-12", "month", ""}}},
		{"last week across months is a year", "2017-01-03", "He was in hospital until last week and is now home.", []want{{"last week", "2016", "year", ""}}},
		{"this season past clause is the one gone", "2026-06-14", "The trees blossomed early this spring in the valley.", []want{{"this spring", "2026", "year", ""}}},
		{"this season future clause is the one to come", "2026-06-14", "The trees will be pruned this winter by the growers.", []want{{"this winter", "2027", "year", ""}}},
		{"this season inside it", "2026-07-14", "Crowds have filled the beach this summer.", []want{{"this summer", "2026", "year", ""}}},
		{"this autumn past clause said in spring", "2026-04-02", "The mill closed this autumn, its owner wrote.", []want{{"this autumn", "2025", "year", ""}}},
		{"year span dates its start", "2026-06-14", "The club struggled in the 2025-26 season, its coach said.", []want{{"2025-26", "2025", "year", ""}}},
		{"year span with a slash", "2026-06-14", "The budget for 2025/26 was cut by a tenth.", []want{{"2025/26", "2025", "year", ""}}},
		{"year span in full", "2026-06-14", "Enrollment rose in the 2024-2025 school year.", []want{{"2024-2025", "2024", "year", ""}}},
		{"year span across a century", "2026-06-14", "The 1999-00 season was the club's last.", []want{{"1999-00", "1999", "year", ""}}},
		{"a range of several years is no span", "2026-06-14", "Output fell over 2010-14 in the region.", nil},
		{"an iso date is no span", "2026-06-14", "The filing, dated 2025-12-30, was sealed.", []want{{"2025-12-30", "2025-12-30", "day", ""}}},
		{"two-digit year past", "2026-06-14", "They lost the harvest in '98 the same way.", []want{{"'98", "1998", "year", ""}}},
		{"two-digit year of this century", "2026-06-14", "She is one of the class of '05 at the mill school.", []want{{"'05", "2005", "year", ""}}},
		{"two-digit year in a future clause", "2026-06-14", "The line will reopen in '29, the board says.", []want{{"'29", "2029", "year", ""}}},
		{"two-digit year not after the anchor", "2026-06-14", "The mill burned down in '30 and was rebuilt.", []want{{"'30", "1930", "year", ""}}},
		{"two-digit number in quotes is no year", "2026-06-14", "The sign read '98 percent pure' at the gate.", nil},
		{"decade with an apostrophe stays a decade", "2026-06-14", "The club was founded in the '90s.", []want{{"the '90s", "1990", "decade", ""}}},
		{"hours not a whole number of days are unread", "2026-06-20", "The dam was closed on June 14. Three hours later it reopened.", []want{{"June 14", "2026-06-14", "day", ""}}},
		{"48 hours later is two days on", "2026-06-20", "The dam was closed on June 14. 48 hours later it reopened.", []want{{"June 14", "2026-06-14", "day", ""}, {"48 hours later", "2026-06-16", "day", ""}}},
		{"last spring", "2016-12-13", "The plant closed last spring after a fire.", []want{{"last spring", "2016", "year", ""}}},
		{"year after preposition", "2021-03-02", "He plans to run for office in 2024.", []want{{"2024", "2024", "year", ""}}},
		{"possessive year", "2021-03-02", "She had interrupted him at 2009's awards.", []want{{"2009", "2009", "year", ""}}},
		{"decade", "2018-10-09", "She has been in prison since the 1990s.", []want{{"the 1990s", "1990", "decade", ""}}},
		{"decade apostrophe", "2018-10-09", "The club was famous in the '80s for its shows.", []want{{"the '80s", "1980", "decade", ""}}},
		{"last year", "2016-12-13", "Last year, the mayor said he hoped to retire.", []want{{"Last year", "2015", "year", ""}}},
		{"ago", "2016-12-20", "The bridge collapsed two weeks ago near the town.", []want{{"two weeks ago", "2016-12", "month", ""}}},
		{"weeks ago is the month of their day", "2016-12-13", "The bridge collapsed two weeks ago near the town.", []want{{"two weeks ago", "2016-11", "month", ""}}},
		{"a week ago is the day", "2016-12-13", "The bridge collapsed a week ago near the town.", []want{{"a week ago", "2016-12-06", "day", ""}}},
		{"yesterday", "2016-12-13", "The minister resigned yesterday after the vote.", []want{{"yesterday", "2016-12-12", "day", ""}}},
		{"this morning", "2018-10-09", "The White House confirmed this morning that the lunch is on.", []want{{"this morning", "2018-10-09", "day", "morning"}}},
		{"clock time", "2016-12-13", "The hearing opened at 10:40 am in the main hall.", []want{{"10:40 am", "2016-12-13", "day", "10:40"}}},
		{"clock time pm", "2016-12-13", "Police arrived at 7:15 p.m. on the scene.", []want{{"7:15 p.m.", "2016-12-13", "day", "19:15"}}},
		{"shortly after", "2016-12-13", "The singer arrived shortly after 9am for the talks.", []want{{"shortly after 9am", "2016-12-13", "day", "09:00"}}},
		{"time joins its day", "2019-05-09", "The vote is set for Friday at 3 p.m. in the chamber.", []want{{"Friday at 3 p.m.", "2019-05-10", "day", "15:00"}}},
		{"named date", "2016-12-13", "Performers for the inauguration on January 20 are still missing.", []want{{"January 20", "2017-01-20", "day", ""}}},
		{"days later from a date of the text", "2024-03-02", "Ada Lund was held on 15 March 2023. At her hearing five days later, she was freed.", []want{{"15 March 2023", "2023-03-15", "day", ""}, {"five days later", "2023-03-20", "day", ""}}},
		{"a week later keeps the day", "2024-03-02", "The jury retired on 30 January. A week later it returned.", []want{{"30 January", "2024-01-30", "day", ""}, {"A week later", "2024-02-06", "day", ""}}},
		{"months earlier gives the month", "2024-03-02", "The firm failed in November 2022. Eight months earlier, it had raised funds.", []want{{"November 2022", "2022-11", "month", ""}, {"Eight months earlier", "2022-03", "month", ""}}},
		{"a month later", "2024-03-02", "The audit began in January 2023. A month later the chief resigned.", []want{{"January 2023", "2023-01", "month", ""}, {"A month later", "2023-02", "month", ""}}},
		{"fifteen months ago", "2024-02-27", "Fifteen months ago, the board met in secret.", []want{{"Fifteen months ago", "2022-11", "month", ""}}},
		{"weeks ago today keeps the day", "2023-09-05", "It was four weeks ago today that the storm hit Port Halden.", []want{{"four weeks ago today", "2023-08-08", "day", ""}}},
		{"weekday of the anchor in a past clause is that day", "2023-03-16", "Police arrested Ada Lund on Thursday afternoon at the port.", []want{{"Thursday afternoon", "2023-03-16", "day", "afternoon"}}},
		{"weekday of the anchor in a future clause is that day", "2023-03-16", "Ada Lund will speak on Thursday afternoon at the port.", []want{{"Thursday afternoon", "2023-03-16", "day", "afternoon"}}},
		{"last weekday said on that weekday is a week before", "2023-08-12", "The fire broke out last Saturday near Port Halden.", []want{{"last Saturday", "2023-08-05", "day", ""}}},
		{"next weekday said on that weekday is a week on", "2023-08-12", "A vigil will be held next Saturday in Port Halden.", []want{{"next Saturday", "2023-08-19", "day", ""}}},
		{"hard-wrapped weekday and month", "2021-03-10", "Ada Lund, the mayor, said on\nTuesday that the council would vote on the\nbridge plan next month.", []want{{"Tuesday", "2021-03-09", "day", ""}, {"next month", "2021-04", "month", ""}}},
		{"a week from today", "2023-09-05", "A week from today, the inquiry opens its hearings in Port Halden.", []want{{"A week from today", "2023-09-12", "day", ""}}},
		{"that month of the year named before", "2024-03-02", "In 2021 the firm grew fast. That June, it threw a party at a hotel.", []want{{"2021", "2021", "year", ""}, {"That June", "2021-06", "month", ""}}},
		{"a schedule in the present is ahead", "2023-09-19", "The inquiry resumes at 9 a.m. Thursday, when Ada Lund testifies.", []want{{"9 a.m. Thursday", "2023-09-21", "day", "09:00"}}},
		{"expect puts a weekday ahead", "2023-08-23", "Officials expect full containment by Friday.", []want{{"Friday", "2023-08-25", "day", ""}}},
		{"that night is the day named before", "2023-09-05", "The storm hit on Tuesday, August 8th. The line failed at 3:12 that afternoon.", []want{{"Tuesday, August 8th", "2023-08-08", "day", ""}, {"3:12", "2023-08-08", "day", "03:12"}, {"that afternoon", "2023-08-08", "day", "afternoon"}}},
		{"the following weekday", "2024-03-02", "The jury retired on 30 January 2024. The following Monday it returned.", []want{{"30 January 2024", "2024-01-30", "day", ""}, {"The following Monday", "2024-02-05", "day", ""}}},
		{"the previous weekday", "2024-03-02", "The verdict came on 13 February 2024. The previous Friday the jury had asked a question.", []want{{"13 February 2024", "2024-02-13", "day", ""}, {"The previous Friday", "2024-02-09", "day", ""}}},
		{"the day before", "2024-03-02", "The verdict came on 13 February 2024. The day before, the jury had asked a question.", []want{{"13 February 2024", "2024-02-13", "day", ""}, {"The day before", "2024-02-12", "day", ""}}},
		{"three days later", "2024-03-02", "The verdict came on 13 February 2024. Three days later, she appealed.", []want{{"13 February 2024", "2024-02-13", "day", ""}, {"Three days later", "2024-02-16", "day", ""}}},
		{"count after a happening from the date before it", "2024-03-02", "Last Tuesday, eleven months after police stopped her at the airport, Ada Lund was convicted.", []want{{"Last Tuesday", "2024-02-27", "day", ""}, {"eleven months after", "2023-03", "month", ""}}},
		{"count before a happening from the date before it", "2024-03-02", "She left the firm in 2019, two years before the merger.", []want{{"2019", "2019", "year", ""}, {"two years before", "2021", "year", ""}}},
		{"a count after a happening with no date is no date", "2024-03-02", "Three weeks after the arrests, the firm collapsed.", nil},
		{"the day after tomorrow", "2024-06-05", "The ferry will sail the day after tomorrow.", []want{{"the day after tomorrow", "2024-06-07", "day", ""}}},
		{"the day before yesterday", "2024-06-05", "The ferry sailed the day before yesterday.", []want{{"the day before yesterday", "2024-06-03", "day", ""}}},
		{"years ago this month", "2024-06-05", "Two years ago this month, the bridge collapsed.", []want{{"Two years ago this month", "2022-06", "month", ""}}},
		{"years ago today", "2024-06-05", "Two years ago today, the bridge collapsed.", []want{{"Two years ago today", "2022-06-05", "day", ""}}},
		{"over the weekend", "2024-06-05", "Protesters gathered over the weekend in the square.", []want{{"the weekend", "2024-06", "month", ""}}},
		{"at the weekend ahead", "2024-06-05", "Protesters will gather at the weekend in the square.", []want{{"the weekend", "2024-06", "month", ""}}},
		{"a deadline weekday is ahead", "2024-06-05", "The company has until Friday to respond.", []want{{"Friday", "2024-06-07", "day", ""}}},
		{"that night is not this morning", "2023-09-05", "The storm hit on Tuesday, August 8th. My guest this morning is Ada Lund. The order came at 9 p.m. that night.",
			[]want{{"Tuesday, August 8th", "2023-08-08", "day", ""}, {"this morning", "2023-09-05", "day", "morning"}, {"9 p.m.", "2023-08-08", "day", "21:00"}, {"that night", "2023-08-08", "day", "night"}}},
		{"a time in words", "2023-09-05", "The storm hit Port Halden on Tuesday, August 8th, at two in the afternoon.", []want{{"Tuesday, August 8th, at two in the afternoon", "2023-08-08", "day", "14:00"}}},
		{"the small hours after a night are the next day", "2023-09-05", "The storm hit on Tuesday, August 8th. The order was asked for at 9:04 that night. The signature came after one in the morning.",
			[]want{{"Tuesday, August 8th", "2023-08-08", "day", ""}, {"9:04", "2023-08-08", "day", "09:04"}, {"that night", "2023-08-08", "day", "night"}, {"one in the morning", "2023-08-09", "day", "01:00"}}},
		{"plan as a verb is ahead", "2024-03-14", "Campaigners plan a march on Saturday in Port Halden.", []want{{"Saturday", "2024-03-16", "day", ""}}},
		{"plan as a noun is not", "2024-03-14", "Councillors backed the plan after a debate on Wednesday evening.", []want{{"Wednesday evening", "2024-03-13", "day", "evening"}}},
		// not dates
		{"hashtag", "2016-12-13", "Finally he tweeted: '#2024.' and left.", nil},
		{"campaign name", "2016-12-13", "Asked about the \"Kanye 2020\" movement, he smiled.", nil},
		{"headline campaign name", "2016-12-13", "Kanye 2024: Rapper makes a trip to the tower", nil},
		{"thousands", "2016-12-13", "The deal will bring 50,000 jobs and a $50billion investment.", nil},
		{"season", "2018-10-09", "It aired during the season 44 premiere of the show.", nil},
		{"ages", "2016-12-13", "The singer, 39, and his 35-year-old friend had a 15-minute talk.", nil},
		{"count of dates", "2016-12-13", "He canceled the 21 remaining dates of the tour.", nil},
		{"percent", "2018-10-09", "I don't agree 100% with anyone.", nil},
		{"may the verb", "2016-12-13", "She may attend, and he will march with her.", nil},
		{"count noun after number", "2016-12-13", "Some 2000 people marched through the city.", nil},
		{"super tuesday", "2016-03-03", "He won big on Super Tuesday across the south.", nil},
		{"sunday times", "2016-03-03", "He told the Sunday Times he would quit.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds, _ := findIn(tt.text, tt.anchor)
			var got []want
			for _, d := range ds {
				got = append(got, want{a.Source.Slice(d.Span), d.Value, string(d.Precision), d.Time})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%q: got %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("%q: got %v, want %v", tt.text, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestDateWhy checks the provenance of expressions: their form, how they
// were resolved, and the confidence.
func TestDateWhy(t *testing.T) {
	tests := []struct {
		anchor, text, expr string
		rules              []string
		conf               doc.Confidence
	}{
		{"2016-12-13", "Ada Lund resigned on Dec. 13, 2016 in Port Halden.", "Dec. 13, 2016", []string{"month-first-date", "calendar-date"}, doc.High},
		{"2016-12-13", "Ada Lund resigned on Monday in Port Halden.", "Monday", []string{"weekday", "weekday-before-published"}, doc.Medium},
		{"2016-12-13", "Ada Lund will resign on Friday in Port Halden.", "Friday", []string{"weekday", "weekday-after-published"}, doc.Medium},
		{"2016-12-13", "Ada Lund resigned yesterday in Port Halden.", "yesterday", []string{"relative-word", "relative-to-published"}, doc.High},
		{"2016-12-13", "Ada Lund arrived on 2 May 2015. She resigned the day after.", "the day after", []string{"relative-word", "relative-to-date-in-text"}, doc.Medium},
		{"2016-12-13", "Ada Lund resigned on 21 November in Port Halden.", "21 November", []string{"day-first-date", "year-from-published"}, doc.Medium},
		{"2016-12-13", "Ada Lund spoke at 4:31 p.m. in Port Halden.", "4:31 p.m.", []string{"time-of-day", "time-on-published-day"}, doc.Medium},
		{"2016-12-13", "Ada Lund spoke on Monday at 4:31 p.m. in Port Halden.", "Monday at 4:31 p.m.", []string{"weekday", "weekday-before-published", "time-joined-to-day"}, doc.Medium},
	}
	for _, tt := range tests {
		a, ds, _ := findIn(tt.text, tt.anchor)
		ok := false
		for _, d := range ds {
			if a.Source.Slice(d.Span) == tt.expr {
				ok = true
				if strings.Join(d.Why.Rules, ",") != strings.Join(tt.rules, ",") || d.Why.Confidence != tt.conf {
					t.Errorf("%q: why %v %s, want %v %s", tt.expr, d.Why.Rules, d.Why.Confidence, tt.rules, tt.conf)
				}
			}
		}
		if !ok {
			t.Errorf("%q not found in %+v", tt.expr, ds)
		}
	}
}

// TestAsideInQuestion checks that a statement set off by dashes inside a
// question still dates its happening, and that the question does not.
func TestAsideInQuestion(t *testing.T) {
	_, ds, rs := findIn("When the panel reports — the deadline is the end of March next year — what will it say? Will it meet on Friday?", "2023-09-05")
	if len(ds) != 2 || len(rs) != 1 || ds[rs[0].Date].Value != "2024-03" {
		t.Errorf("dates %+v reports %+v; want one report, of March next year", ds, rs)
	}
}

// TestNoReport checks the expressions that date no happening: a byline's
// date, words inside quote marks, decades.
func TestNoReport(t *testing.T) {
	text := "Port Halden floods\n\nBy Ada Lund | Harbor Gazette | Tuesday, March 9, 2021\n\n" +
		"\"We met on Monday,\" Per Ode said of the council, which has met since the 1990s. The port closed on Monday."
	a := &doc.Annotated{Source: &doc.Source{ID: "x", Text: text, FirstLine: 1, Published: "2021-03-09"}}
	q := strings.Index(text, "\"We")
	e := strings.Index(text[q+1:], "\"") + q + 1
	a.Quotes = []doc.Quote{{Span: doc.Span{Start: q + 1, End: e}, Outer: doc.Span{Start: q, End: e + 1}}}
	ds, rs := Find(a)
	if len(ds) != 4 {
		t.Fatalf("dates %+v", ds)
	}
	if len(rs) != 1 || a.Source.Slice(ds[rs[0].Date].Span) != "Monday" || ds[rs[0].Date].Start < e {
		t.Errorf("reports %+v; want only the port's Monday", rs)
	}
}

// TestNoReportKinds checks each no-report rule on invented sentences, and
// that the happenings next to them keep their reports.
func TestNoReportKinds(t *testing.T) {
	tests := []struct {
		name, text string
		reports    []string // the expressions that give a report
	}{
		{"copyright line", "Port Halden floods\n\nThe port closed on Monday after the storm.\n\nCopyright 2021 The Harbor Gazette. All rights reserved.", []string{"Monday"}},
		{"last updated line", "Port Halden floods\n\nLast updated: March 9, 2021\n\nThe port closed on Monday after the storm.", []string{"Monday"}},
		{"fiscal year as a label", "The firm posted its fiscal 2019 results and its second-quarter 2020 earnings on Monday.", []string{"Monday"}},
		{"quarter label", "The firm reported Q2 2020 revenue of $3m on Monday.", []string{"Monday"}},
		{"newsletter prompt", "Port Halden floods\n\nThe port closed on Monday after the storm.\n\nSign up for the Harbor Gazette newsletter before Friday.", []string{"Monday"}},
		{"habit", "The market opens every Monday, and closed early on Friday.", []string{"Friday"}},
		{"something happened in the fiscal year", "In fiscal 2019, the firm lost three contracts to rivals.", []string{"2019"}},
		{"since of a superlative", "The mill posted its weakest sales since 2016 on Monday.", []string{"Monday"}},
		{"since of a first", "Ada Lund won the seat on Monday, the first win for her party since 2009.", []string{"Monday"}},
		{"since starts a period", "The mill has cut jobs every year since 2016, and a protest since 2019 has kept the gate shut.", []string{"2016", "2019"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ds, rs := findIn(tt.text, "2021-03-10")
			var got []string
			for _, r := range rs {
				got = append(got, a.Source.Slice(ds[r.Date].Span))
			}
			if strings.Join(got, "|") != strings.Join(tt.reports, "|") {
				t.Errorf("reports of %q, want %q", got, tt.reports)
			}
		})
	}
}

// TestParticipants checks that a report's people are those of its clause,
// not everyone named in its sentence.
func TestParticipants(t *testing.T) {
	text := "Mayor Ada Lund was joined by the engineer Per Ode, who has led the project since 2017."
	a := &doc.Annotated{Source: &doc.Source{ID: "x", Text: text, FirstLine: 1, Published: "2021-03-04"}}
	a.People = []doc.Person{{Name: "Ada Lund"}, {Name: "Per Ode"}}
	for p, form := range []string{"Ada Lund", "Per Ode"} {
		i := strings.Index(text, form)
		a.Mentions = append(a.Mentions, doc.Mention{Span: doc.Span{Start: i, End: i + len(form)}, Person: p, Form: form})
	}
	_, rs := Find(a)
	if len(rs) != 1 || len(rs[0].People) != 1 || rs[0].People[0] != 1 {
		t.Errorf("reports %+v; want one, of Per Ode alone", rs)
	}
}

// TestFrontMatterWins checks that a publication date from the front
// matter is kept whatever the text's date lines say.
func TestFrontMatterWins(t *testing.T) {
	src := &doc.Source{Text: "Headline\n\nPublished June 3, 2023\n\nThe port closed on Monday.", FirstLine: 1, Published: "2023-06-05", PublishedBasis: "front matter"}
	a := &doc.Annotated{Source: src}
	ds, _ := FindInferring(a)
	if a.Published != "2023-06-05" || a.PublishedBasis != "front matter" {
		t.Errorf("published %q (%s); want the front matter's", a.Published, a.PublishedBasis)
	}
	for _, d := range ds {
		if a.Source.Slice(d.Span) == "Monday" && d.Value != "2023-06-05" {
			t.Errorf("Monday = %s; want 2023-06-05, from the front matter's date", d.Value)
		}
	}
}

// TestLiveBlogTimestamp checks that a live blog's time alone on its line
// dates the entry below it on the publication day, whatever the day named
// in the entry above.
func TestLiveBlogTimestamp(t *testing.T) {
	text := "LIVE: Port Halden council\n\nHarbor Gazette | Tuesday, March 9, 2021\n\n4:52 p.m.\nThe council will meet again on Thursday.\n\n4:31 p.m.\nAda Lund told the council the bridge would cost more than planned."
	a, ds, rs := findIn(text, "2021-03-09")
	var got []string
	for _, r := range rs {
		d := ds[r.Date]
		got = append(got, a.Source.Slice(d.Span)+"="+d.Value+":"+r.Summary)
	}
	want := []string{
		"4:52 p.m.=2021-03-09:The council will meet again on Thursday.",
		"Thursday=2021-03-11:The council will meet again on Thursday.",
		"4:31 p.m.=2021-03-09:Ada Lund told the council the bridge would cost more than planned.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLiveBlogOverDays checks that a live blog's times take the day of the
// date line above them.
func TestLiveBlogOverDays(t *testing.T) {
	text := "LIVE: Port Halden vote\n\nHarbor Gazette | Tuesday, March 9, 2021\n\n10:15\nThe count goes on.\n\nMonday, March 8, 2021\n\n22:40\nPolls closed at ten."
	a, ds, _ := findIn(text, "2021-03-09")
	got := map[string]string{}
	for _, d := range ds {
		got[a.Source.Slice(d.Span)] = d.Value
	}
	if got["10:15"] != "2021-03-09" || got["22:40"] != "2021-03-08" {
		t.Errorf("times %v; want 10:15 on the 9th and 22:40 on the 8th", got)
	}
}

func TestNoAnchorSkipsRelative(t *testing.T) {
	a, ds, _ := findIn("He met the mayor on Tuesday and last month, and on Dec. 13, 2016 he left.", "")
	if len(ds) != 1 || a.Source.Slice(ds[0].Span) != "Dec. 13, 2016" {
		t.Fatalf("want only the full date, got %+v", ds)
	}
}

func TestWeekdayConflictWarns(t *testing.T) {
	a, ds, _ := findIn("The senator spoke on Tuesday (Dec. 14, 2016) at the hall.", "2016-12-14")
	if len(ds) != 1 || ds[0].Value != "2016-12-14" {
		t.Fatalf("got %+v", ds)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "Wednesday") {
		t.Fatalf("want a weekday warning, got %q", a.Warnings)
	}
	if !slices.Contains(ds[0].Why.Rules, ruleWeekdayMismatch) {
		t.Errorf("why = %v; want %s", ds[0].Why.Rules, ruleWeekdayMismatch)
	}
	a.Dates, a.Reports = Find(a)
	events := mergeEvents([]*doc.Annotated{a}, [][]string{{}})
	if len(events) != 1 || len(events[0].Conflicts) != 1 || events[0].Conflicts[0].Field != "weekday" {
		t.Errorf("events %+v; want one with a weekday conflict", events)
	}
}

func TestReports(t *testing.T) {
	text := "Ms. Lund and Mr. Ode will meet on Thursday, the ministry confirmed this morning.\n" +
		"At 10:40 am | By\nWho is this week's top reader?\nIn June, Ms. Lund visited the plant to speak to workers about safety."
	a := &doc.Annotated{Source: &doc.Source{ID: "x", Text: text, FirstLine: 1, Published: "2018-10-09"}}
	a.People = []doc.Person{{Name: "Anna Lund"}, {Name: "Per Ode"}}
	for _, m := range []struct {
		form string
		p    int
	}{{"Lund", 0}, {"Ode", 1}} {
		for off := 0; ; {
			i := strings.Index(text[off:], m.form)
			if i < 0 {
				break
			}
			a.Mentions = append(a.Mentions, doc.Mention{Span: doc.Span{Start: off + i, End: off + i + len(m.form)}, Person: m.p, Form: m.form})
			off += i + len(m.form)
		}
	}
	sortMentions(a.Mentions)
	ds, rs := Find(a)
	type rep struct {
		expr, summary string
		people        int
		planned       bool
	}
	var got []rep
	for _, r := range rs {
		got = append(got, rep{a.Source.Slice(ds[r.Date].Span), r.Summary, len(r.People), r.Planned})
	}
	want := []rep{
		{"Thursday", "Ms. Lund and Mr. Ode will meet on Thursday", 2, true},
		{"this morning", "The ministry confirmed this morning.", 2, false},
		{"June", "In June, Ms. Lund visited the plant to speak to workers about safety.", 1, false},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("report %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func sortMentions(ms []doc.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// TestReportOverLineBreak checks an expression that runs over a line
// break (hard-wrapped text), which ends a sentence: its report covers the
// expression (this used to panic).
func TestReportOverLineBreak(t *testing.T) {
	text := "The old factory closed in late\nMarch 2015, the mayor told reporters."
	a := &doc.Annotated{Source: &doc.Source{ID: "x", Text: text, FirstLine: 1, Published: "2018-10-09"}}
	ds, rs := Find(a)
	if len(ds) != 1 || a.Source.Slice(ds[0].Span) != "late\nMarch 2015" || ds[0].Value != "2015-03" {
		t.Fatalf("dates = %+v", ds)
	}
	if len(rs) != 1 || rs[0].Start > ds[0].Start || rs[0].End < ds[0].End {
		t.Fatalf("reports = %+v; want one covering %v", rs, ds[0].Span)
	}
	if want := "The old factory closed in late March 2015"; !strings.HasPrefix(rs[0].Summary, want) {
		t.Errorf("summary = %q; want it to start %q", rs[0].Summary, want)
	}
}
