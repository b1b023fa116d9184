package dates

import "testing"

// TestMergeRules keeps the merge rules that decide whether reports of
// different sources at one day, or a year and a day in it, are one
// happening, each with invented articles: one day told in much the same
// words by two sources is one event, and so is one day of one person
// with a telling word in common (same-day-person-and-word); a state lasting
// into the next day ("the school remained shut") is not the
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
			src("2026-03-09", "The Marlow blackout started soon after 6 p.m. on 8 March 2026 near a substation run by the grid company."),
			src("2026-03-10", "His memory of 8 March 2026 is as clear as the night of the blackout.\n\n"+
				"The grid company has found a broken relay at the substation at 6:10 p.m. on 8 March 2026 and is looking into it.\n\n"+
				"The blackout began soon after 6 p.m. on 8 March 2026, at a substation run by the grid company."),
		}, "2026-03-08", "2026-03-08", true},
		{"same-day-person-and-word", [][]byte{
			src("2025-04-24", "Chief executive Ada Lund spoke at a meeting with shareholders on Wednesday."),
			src("2025-04-27", "Ada Lund briefed shareholders on Wednesday that the mill would shut."),
		}, "2025-04-23", "2025-04-23", true},
		{"same-day-person-without-a-common-word", [][]byte{
			src("2025-04-24", "Ada Lund was fined for speeding on Wednesday."),
			src("2025-04-27", "Ada Lund opened a bakery in Port Halden on Wednesday."),
		}, "2025-04-23", "2025-04-23", false},
		{"same-day-person-and-word-needs-the-same-people", [][]byte{
			src("2025-04-24", "Ada Lund will see Ben Okoro at the mill on Friday, an aide to the mill said this morning."),
			src("2025-04-25", "Ada Lund told the radio on Thursday that the mill would not reopen."),
		}, "2025-04-24", "2025-04-24", false},
		{"a-state-lasting-is-no-near-day-conflict", [][]byte{
			src("2026-03-05", "The council shut the Halden primary school for repairs at noon on Tuesday, 3 March 2026.\n\nThe Halden primary school remained shut for repairs on Wednesday, 4 March 2026."),
			src("2026-03-05", "The council shut the Halden primary school for repairs on 3 March 2026."),
		}, "2026-03-04", "2026-03-03", false},
		{"year-and-day-need-more-than-a-telling-word", [][]byte{
			src("2026-02-20", "Ada Lund said this is the driest summer the valley has known in 2026."),
			src("2026-02-20", "Ada Lund watched the last well in the valley run dry on 15 February 2026."),
		}, "2026", "2026-02-15", false},
		{"year-and-day-need-three-common-words", [][]byte{
			src("2025-06-20", "The mayor said in a letter that the 2025 budget was sound."),
			src("2025-06-20", "A review of the budget was printed in a letter on 5 June 2025."),
		}, "2025", "2025-06-05", false},
		{"year-and-day-in-the-same-words-join", [][]byte{
			src("2025-06-20", "The old footbridge over the Velmoor canal was reopened to walkers in 2025."),
			src("2025-06-20", "The old footbridge over the Velmoor canal was reopened to walkers on 5 June 2025."),
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
