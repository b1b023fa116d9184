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
		{"weekday-of-date-in-text", "2026-02-21", "The choir sang at the abbey last Sunday night. The bishop arrived shortly before midnight that Sunday, she said.", "shortly before midnight that Sunday", "2026-02-15", "weekday-of-date-in-text"},
		{"weekday-of-date-in-text", "2026-02-21", "The choir left Port Halden on 14 February 2026. It sang at the abbey that Sunday night.", "that Sunday night", "2026-02-15", "weekday-of-date-in-text"},
		{"count-from-that-weekday", "2026-02-21", "The choir sang at the abbey last Sunday night. The bishop came that Sunday. The lost hymn book turned up two days later in the vestry.", "two days later", "2026-02-17", "relative-to-date-in-text"},
		{"weekday-of-named-week", "2026-03-10", "The librarian said the reading group would gather on Thursday of next week.", "Thursday of next week", "2026-03-19", "weekday-of-named-week"},
		{"weekday-of-named-week", "2026-03-10", "The reading group had gathered on Friday of last week.", "Friday of last week", "2026-03-06", "weekday-of-named-week"},
		{"same-week-of-a-month", "2025-03-12", "Her term began March 5. She was elected last June and moved house the same week.", "the same week", "2024-06", "relative-to-date-in-text"},
		{"same-week-of-a-day", "2025-03-12", "She was elected on 3 September 2024 and moved house the same week.", "the same week", "2024-09", "relative-to-date-in-text"},
		{"count-skips-a-year-in-its-clause", "2025-03-12", "The choir agreed on Friday night to end every hall booking made since 2019, two days after the roof leaked.", "two days after", "2025-03-05", "count-from-adjacent-date"},
		{"days-ago-tonight", "2024-03-13", "The lighthouse went dark nine days ago tonight, and the keepers still wait.", "nine days ago tonight", "2024-03-04", "relative-to-published"},
		{"years-ago-tonight", "2024-03-13", "Two years ago tonight, the old pier burned down.", "Two years ago tonight", "2022-03-13", "relative-to-published"},
		{"fixed-holiday", "2025-02-16", "The potter fired her first kiln on New Year's Day and it cracked.", "New Year's Day", "2025-01-01", "fixed-holiday"},
		{"fixed-holiday", "2025-11-20", "The market will open on Christmas Eve this year.", "Christmas Eve", "2025-12-24", "fixed-holiday"},
		{"this-season-by-tense", "2026-06-14", "The orchards flowered early this spring, growers said.", "this spring", "2026", "this-season-by-tense"},
		{"hours-as-days", "2026-06-20", "The river burst its banks on June 14. 48 hours later the water began to recede.", "48 hours later", "2026-06-16", "relative-to-date-in-text"},
		{"hours-as-days", "2026-06-20", "The dam was closed on June 14. Twenty hours earlier, engineers had warned of cracks. 72 hours later it reopened.", "72 hours later", "2026-06-17", "relative-to-date-in-text"},
		{"two-digit-year", "2026-06-14", "The mill flooded in '98 and again in 2016.", "'98", "1998", "two-digit-year"},
		{"year-span-start", "2026-06-14", "The choir's 2025-26 season ended with a tour.", "2025-26", "2025", "year-span-start"},
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
