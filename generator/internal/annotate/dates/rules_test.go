package dates

import "testing"

// TestReferenceRules keeps the rules that anchor an expression to the right
// reference, each with invented sentences: "that <weekday>" is a day the
// text told before (weekday-of-date-in-text), "<weekday> of next week" is
// in the week named (weekday-of-named-week), "the same week" after a month
// is that month, a count "a day after" skips a year inside its clause for
// the clause's day (count-from-adjacent-date), and a holiday of a fixed
// day takes its year as a month and day without one (fixed-holiday); "N
// days (years) ago tonight" counts from the day of writing as "ago today".
func TestReferenceRules(t *testing.T) {
	tests := []struct {
		rule, anchor, text, expr, want, why string
	}{
		{"weekday-of-date-in-text", "2026-02-21", "The canal burst its banks last Sunday night. The rescue crew reached them shortly before midnight that Sunday, she said.", "shortly before midnight that Sunday", "2026-02-15", "weekday-of-date-in-text"},
		{"weekday-of-date-in-text", "2026-02-21", "The canal burst its banks on 14 February 2026. A crew reached them that Sunday night.", "that Sunday night", "2026-02-15", "weekday-of-date-in-text"},
		{"count-from-that-weekday", "2026-02-21", "The canal burst its banks last Sunday night. The crew came that Sunday. The cat was found two days later in a shed.", "two days later", "2026-02-17", "relative-to-date-in-text"},
		{"weekday-of-named-week", "2026-03-10", "The senator said her panel would meet on Thursday of next week.", "Thursday of next week", "2026-03-19", "weekday-of-named-week"},
		{"weekday-of-named-week", "2026-03-10", "The panel had met on Friday of last week.", "Friday of last week", "2026-03-06", "weekday-of-named-week"},
		{"same-week-of-a-month", "2025-03-12", "His trial began March 5. He was arrested last September and resigned the same week.", "the same week", "2024-09", "relative-to-date-in-text"},
		{"same-week-of-a-day", "2025-03-12", "He was arrested on 3 September 2024 and resigned the same week.", "the same week", "2024-09", "relative-to-date-in-text"},
		{"count-skips-a-year-in-its-clause", "2025-03-12", "The board voted on Tuesday night to cancel every lease signed since 2019, a day after a tenant spoke to the court.", "a day after", "2025-03-10", "count-from-adjacent-date"},
		{"days-ago-tonight", "2024-03-13", "The flood reached the town nine days ago tonight, and the pumps still run.", "nine days ago tonight", "2024-03-04", "relative-to-published"},
		{"years-ago-tonight", "2024-03-13", "Two years ago tonight, the bridge fell into the river.", "Two years ago tonight", "2022-03-13", "relative-to-published"},
		{"fixed-holiday", "2025-02-16", "I started the new book on New Year's Day and it is half done.", "New Year's Day", "2025-01-01", "fixed-holiday"},
		{"fixed-holiday", "2025-11-20", "The market will open on Christmas Eve this year.", "Christmas Eve", "2025-12-24", "fixed-holiday"},
		{"fixed-holiday", "2025-11-20", "The mill burned down on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25", "fixed-holiday"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a, ds, _ := findIn(tt.text, tt.anchor)
			for _, d := range ds {
				if a.Source.Slice(d.Span) != tt.expr {
					continue
				}
				if d.Value != tt.want {
					t.Errorf("%q in %q = %s, want %s", tt.expr, tt.text, d.Value, tt.want)
				}
				if !contains(d.Why.Rules, tt.why) {
					t.Errorf("%q why = %v, want %s", tt.expr, d.Why.Rules, tt.why)
				}
				return
			}
			var got []string
			for _, d := range ds {
				got = append(got, a.Source.Slice(d.Span)+"="+d.Value)
			}
			t.Errorf("%q not found in %q: %v", tt.expr, tt.text, got)
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
