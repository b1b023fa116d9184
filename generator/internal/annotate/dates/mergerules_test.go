package dates

import "testing"

// TestMergeRules keeps the merge rules that decide whether reports of
// different sources at one day, or a year and a day in it, are one
// happening, each with invented articles: one day told in much the same
// words by two sources is one event, and so is one day of one person
// with a telling word in common (same-day-person-and-word); a state lasting
// into the next day ("remained under evacuation orders") is not the
// happening of the day before told wrongly (no near-day-conflict) (link's TestJoinSameDay keeps the
// same-day-events-joined pass); a year report does not join a day through
// one person and one telling word, nor through wording with fewer than
// three words in common.
func TestMergeRules(t *testing.T) {
	src := func(pub, body string) []byte {
		return []byte("---\ntitle: T\npublished: " + pub + "\n---\n" + body + "\n")
	}
	tests := []struct {
		rule     string
		data     [][]byte
		a, b     string // the dates of the two reports (of sources a and b)
		together bool
	}{
		{"same-day-in-much-the-same-words", [][]byte{
			src("2026-03-09", "The Marlow flood started shortly after 4 p.m. on 8 March 2026 near a weir owned by the river board."),
			src("2026-03-10", "Her account of 8 March 2026 has not changed since the morning after the flood.\n\n"+
				"The river board has admitted a fault on the weir at 4:10 p.m. on 8 March 2026 but has not said what caused the fault.\n\n"+
				"The flood began shortly after 4 p.m. on 8 March 2026, beneath a weir owned by the river board."),
		}, "2026-03-08", "2026-03-08", true},
		{"same-day-person-and-word", [][]byte{
			src("2025-04-24", "Chief executive Ada Lund spoke on a call with analysts on Wednesday."),
			src("2025-04-27", "Ada Lund told analysts on Wednesday that it would halt the bridge."),
		}, "2025-04-23", "2025-04-23", true},
		{"same-day-person-without-a-common-word", [][]byte{
			src("2025-04-24", "Ada Lund was fined for speeding on Wednesday."),
			src("2025-04-27", "Ada Lund opened a bakery in Port Halden on Wednesday."),
		}, "2025-04-23", "2025-04-23", false},
		{"same-day-person-and-word-needs-the-same-people", [][]byte{
			src("2025-04-24", "Ada Lund will meet Ben Okoro again on Friday, a spokesman for the dock said this morning."),
			src("2025-04-25", "Ada Lund told the Courier on Thursday that the dock could not raise pay."),
		}, "2025-04-24", "2025-04-24", false},
		{"a-state-lasting-is-no-near-day-conflict", [][]byte{
			src("2026-03-05", "The council ordered the evacuation of the Halden flats at 9 p.m. on Tuesday, 3 March 2026.\n\nThe Halden flats remained under evacuation orders on Wednesday, 4 March 2026."),
			src("2026-03-05", "The council ordered the evacuation of the Halden flats on 3 March 2026."),
		}, "2026-03-04", "2026-03-03", false},
		{"year-and-day-need-more-than-a-telling-word", [][]byte{
			src("2026-02-20", "Ada Lund said Harlow is the third named storm to reach the coast in 2026."),
			src("2026-02-20", "Ada Lund watched as the storm came up the coast on 15 February 2026."),
		}, "2026", "2026-02-15", false},
		{"year-and-day-need-three-common-words", [][]byte{
			src("2025-06-20", "The minister said in a statement that the 2025 vote was fair."),
			src("2025-06-20", "A survey of the vote was published in a statement on 5 June 2025."),
		}, "2025", "2025-06-05", false},
		{"year-and-day-in-the-same-words-join", [][]byte{
			src("2025-06-20", "The old footbridge over the Tamsin canal was reopened to walkers in 2025."),
			src("2025-06-20", "The old footbridge over the Tamsin canal was reopened to walkers on 5 June 2025."),
		}, "2025", "2025-06-05", true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			names := []string{"a.txt", "b.txt"}
			docs, ids := pipelineDocs(t, names, tt.data)
			for _, a := range docs {
				a.Dates, a.Reports = Find(a)
			}
			eventOf := func(id, date string) string {
				for _, e := range mergeEvents(docs, ids) {
					for _, r := range e.Reports {
						if r.Source == id && (r.Date == date || r.Date == "" && e.Date == date) {
							return e.ID
						}
					}
				}
				return ""
			}
			ea, eb := eventOf(docs[0].Source.ID, tt.a), eventOf(docs[1].Source.ID, tt.b)
			if ea == "" || eb == "" {
				t.Fatalf("reports not found: %q %q in %+v", ea, eb, mergeEvents(docs, ids))
			}
			if (ea == eb) != tt.together {
				t.Errorf("events %s and %s: together = %v, want %v", ea, eb, ea == eb, tt.together)
			}
		})
	}
}
