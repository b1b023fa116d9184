package link

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/doc"
)

// TestScorePlanAndFactOfOneSource checks the plan-and-fact-of-one-source
// rule: a story telling a past happening on a day and a planned one in
// the month around it ("the board delayed its vote on Monday", "the vote
// will now happen later this month") tells two happenings, however alike
// their words; two sources, or two plans of one source, may still join.
func TestScorePlanAndFactOfOneSource(t *testing.T) {
	dayV := dates.Value{Year: 2026, Month: 3, Day: 9, Precision: doc.Day}
	monthV := dates.Value{Year: 2026, Month: 3, Precision: doc.Month}
	a, b := &doc.Source{ID: "a"}, &doc.Source{ID: "b"}
	fact := []string{"board", "delayed", "budget", "vote", "parents", "packed", "meeting"}
	plan := []string{"board", "budget", "vote", "parents", "meeting", "happen"}
	tests := []struct {
		name         string
		srcX, srcY   *doc.Source
		planX, planY bool
		joins        bool
	}{
		{"plan-and-fact-of-one-source", a, a, false, true, false},
		{"two-plans-of-one-source", a, a, true, true, true},
		{"two-facts-of-one-source", a, a, false, false, true},
		{"plan-and-fact-of-two-sources", a, b, false, true, true}, // told before and after it happened
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &merger{strs: map[string]int32{}, index: map[ikey][]int{}}
			rep := func(v dates.Value, stems []string, src *doc.Source, planned bool, start int) mrep {
				r := mrep{v: v, mv: mvalOf(v), src: src, planned: planned, rep: &doc.Report{Span: doc.Span{Start: start, End: start + 10}}}
				for _, s := range stems {
					r.stemIDs = append(r.stemIDs, m.intern(s))
				}
				return r
			}
			m.reps = []mrep{rep(dayV, fact, tt.srcX, tt.planX, 0), rep(monthV, plan, tt.srcY, tt.planY, 100)}
			e := &mevent{reps: []int{0}, v: dayV, mv: mvalOf(dayV)}
			_, rule := m.score(&m.reps[1], e)
			if joins := rule != ruleNewEvent; joins != tt.joins {
				t.Errorf("joins = %v (%v), want %v", joins, rule, tt.joins)
			}
		})
	}
}
