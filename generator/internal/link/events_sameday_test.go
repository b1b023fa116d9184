package link

import (
	"slices"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/doc"
)

// TestJoinSameDay checks the same-day-events-joined rule on events built by
// hand (as placing one report at a time can leave them): two events of one
// day join when two sources tell one report of each in much the same words,
// four of them at least; a plan and a fact, a pair of one source, or two
// reports with few words in common stay apart.
func TestJoinSameDay(t *testing.T) {
	day := mvalOf(dates.Value{Year: 2026, Month: 3, Day: 8, Precision: doc.Day})
	a, b := &doc.Source{ID: "a"}, &doc.Source{ID: "b"}
	tests := []struct {
		rule         string
		x, y         []string // the stems of the one report of each event
		srcX, srcY   *doc.Source
		planX, planY bool
		together     bool
	}{
		{"same-day-events-joined", []string{"blackout", "began", "soon", "substation", "run", "grid"}, []string{"blackout", "start", "soon", "near", "substation", "run", "grid"}, a, b, false, false, true},
		{"too-few-common-words", []string{"memory", "blackout"}, []string{"blackout", "start", "soon"}, a, b, false, false, false},
		{"one-source-is-not-two", []string{"blackout", "began", "soon", "substation", "run", "grid"}, []string{"blackout", "start", "soon", "near", "substation", "run", "grid"}, a, a, false, false, false},
		{"a-plan-and-a-fact", []string{"blackout", "began", "soon", "substation", "run", "grid"}, []string{"blackout", "start", "soon", "near", "substation", "run", "grid"}, a, b, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			m := &merger{strs: map[string]int32{}, index: map[ikey][]int{}}
			rep := func(stems []string, src *doc.Source, planned bool, start int) mrep {
				r := mrep{mv: day, src: src, planned: planned, rep: &doc.Report{Span: doc.Span{Start: start, End: start + 10}}}
				for _, s := range stems {
					r.stemIDs = append(r.stemIDs, m.intern(s))
				}
				return r
			}
			m.reps = []mrep{rep(tt.x, tt.srcX, tt.planX, 0), rep(tt.y, tt.srcY, tt.planY, 100)}
			m.events = []*mevent{{reps: []int{0}, mv: day}, {reps: []int{1}, mv: day}}
			m.joinSameDay()
			if together := len(m.events[0].reps) == 0 || len(m.events[1].reps) == 0; together != tt.together {
				t.Errorf("together = %v, want %v", together, tt.together)
			}
			if tt.together && m.reps[0].joinedBy != ruleSameDayEvents && m.reps[1].joinedBy != ruleSameDayEvents {
				t.Errorf("joined by %v, %v", m.reps[0].joinedBy, m.reps[1].joinedBy)
			}
		})
	}
}

// TestMoveToNearDay checks the near-day-conflict move on events built by
// hand: a report that fits its same-day event loosely moves to an event a
// day away that two other sources tell in much the same words, and the
// event it leaves, one source's report of the next day, does not follow it
// on two words in common.
func TestMoveToNearDay(t *testing.T) {
	mon := dates.Value{Year: 2026, Month: 3, Day: 9, Precision: doc.Day}
	tue := dates.Value{Year: 2026, Month: 3, Day: 10, Precision: doc.Day}
	a, b, c := &doc.Source{ID: "a"}, &doc.Source{ID: "b"}, &doc.Source{ID: "c"}
	tests := []struct {
		name  string
		lone  []string // source c's stems, told on Tuesday
		b     []string // source b's stems, told on Monday
		moves bool
	}{
		{"strong near fit moves", []string{"flood", "cut", "road", "villag", "valley"}, []string{"flood", "cut", "road", "villag", "valley"}, true},
		{"weak near fit stays", []string{"bridge", "reopen", "road", "crew"}, []string{"flood", "cut", "road", "villag", "valley"}, false},
		{"one other source is no majority", []string{"flood", "cut", "road", "villag", "valley"}, []string{"ferri", "sail", "harbour", "cancel"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &merger{strs: map[string]int32{}, index: map[ikey][]int{}}
			rep := func(stems []string, v dates.Value, src *doc.Source, start int) mrep {
				r := mrep{mv: mvalOf(v), src: src, rep: &doc.Report{Span: doc.Span{Start: start, End: start + 10}}}
				r.perIDs, r.lookIDs = periods(v), lookups(v)
				for _, s := range stems {
					r.stemIDs = append(r.stemIDs, m.intern(s))
				}
				return r
			}
			m.reps = []mrep{
				rep([]string{"flood", "cut", "road", "villag", "valley", "polic"}, mon, a, 0), // a: Monday
				rep(tt.b, mon, b, 0), // b: Monday
				rep([]string{"crew", "clear", "road", "villag"}, tue, a, 200), // a: Tuesday, another happening
				rep(tt.lone, tue, c, 0), // c: Tuesday
			}
			m.events = []*mevent{{mv: mvalOf(mon)}, {mv: mvalOf(tue)}}
			m.seen = []int{0, 0}
			m.join(0, 0, ruleNewEvent)
			m.join(1, 0, ruleSameDateWording)
			m.join(2, 1, ruleNewEvent)
			m.join(3, 1, ruleSameDateWording)
			m.moveToNearDay()
			m.joinNear()
			inMon := slices.Contains(m.events[0].reps, 3)
			if inMon != tt.moves {
				t.Errorf("c's report in Monday's event = %v, want %v", inMon, tt.moves)
			}
			if slices.Contains(m.events[0].reps, 2) {
				t.Error("a's Tuesday report followed into Monday's event")
			}
		})
	}
}
