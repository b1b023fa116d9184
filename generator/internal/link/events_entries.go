package link

import (
	"cmp"
	"fmt"
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"slices"
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/parallel"
)

// entries turns the events into graph entries with ids, dates and
// conflicts. at[slot] is the index in the entries of the event of the
// report in that slot (see merger.first), -1 for none.
func (m *merger) entries() (out []doc.EventEntry, at []int32) {
	var live []*mevent
	for _, e := range m.events {
		if len(e.reps) > 0 {
			live = append(live, e)
		}
	}
	// Events are built independently from the reports, which no longer
	// change: on every core, each with its own counters.
	built := make([]doc.EventEntry, len(live))
	parallel.ForWith(len(live), m.newEntryScratch, func(s *entryScratch, i int) { built[i] = m.entry(live[i], s) })
	// Sort the positions rather than the entries, to know where each
	// event went; a stable sort puts them in the one order sorting the
	// entries would.
	pos := make([]int32, len(live))
	for i := range pos {
		pos[i] = int32(i)
	}
	slices.SortStableFunc(pos, func(a, b int32) int {
		x, y := &built[a], &built[b]
		if c := strings.Compare(x.Date, y.Date); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	out = make([]doc.EventEntry, len(live))
	at = make([]int32, m.first[len(m.docs)])
	for i := range at {
		at[i] = -1
	}
	for p, i := range pos {
		out[p] = built[i]
		for _, k := range live[i].reps {
			at[m.reps[k].slot] = int32(p)
		}
	}
	used := map[string]int{}
	for i := range out {
		id := out[i].ID
		used[id]++
		if n := used[id]; n > 1 {
			out[i].ID = fmt.Sprintf("%s-%d", id, n)
		}
	}
	return out, at
}

// entryScratch is what building the entry of one event counts in: the
// counts are indexed by interned string and are all zero between events.
type entryScratch struct {
	words   []int32   // by stem: the reports of the event whose wording has it
	people  []int32   // by person id: the reports of the event naming them
	stems   []stemUse // the stems of the event, first seen first
	persons []int32   // the people of the event, first seen first
	inID    []string  // the words of the event id so far (see eventID)
}

// stemUse is a stem of an event with its first surface form.
type stemUse struct {
	id   int32
	surf string
}

func (m *merger) newEntryScratch() *entryScratch {
	return &entryScratch{words: make([]int32, len(m.names)), people: make([]int32, len(m.names))}
}

// entry builds the graph entry of one event.
func (m *merger) entry(e *mevent, s *entryScratch) doc.EventEntry {
	finest := 3
	for _, k := range e.reps {
		if r := dates.PrecisionRank(m.reps[k].v.Precision); r < finest {
			finest = r
		}
	}
	// The main date is the value at the finest precision that most
	// sources give. Mostly there is one value; only then are the sources
	// behind each counted.
	main := ""
	var values []string
	var bySources map[string]map[string]bool
	for _, k := range e.reps {
		r := &m.reps[k]
		if dates.PrecisionRank(r.v.Precision) != finest {
			continue
		}
		s := r.date.Value // r.v.String(), without formatting it again
		if main == "" {
			main = s
		} else if s != main {
			values, bySources = m.dateValues(e, finest)
			main = values[0]
			break
		}
	}
	var ev doc.EventEntry
	ev.Date = main
	for _, k := range e.reps {
		if r := &m.reps[k]; r.date.Value == main {
			ev.Precision = r.v.Precision
			break
		}
	}
	ev.Planned = true
	for _, k := range e.reps {
		r := &m.reps[k]
		ev.Planned = ev.Planned && r.rep.Planned
		for _, p := range r.peopleIDs {
			if s.people[p] == 0 {
				s.persons = append(s.persons, p)
			}
			s.people[p]++
		}
		for j, id := range r.stemIDs {
			if s.words[id] == 0 {
				s.stems = append(s.stems, stemUse{id, r.surf[j]})
			}
			s.words[id]++
		}
	}
	// By source, line and text; the rank of a source in source id order
	// compares as its id does.
	reps := slices.Clone(e.reps)
	slices.SortStableFunc(reps, func(a, b int) int {
		x, y := &m.reps[a], &m.reps[b]
		if c := cmp.Compare(m.rank[x.docIdx], m.rank[y.docIdx]); c != 0 {
			return c
		}
		if c := cmp.Compare(x.line, y.line); c != 0 {
			return c
		}
		return strings.Compare(x.src.Slice(x.date.Span), y.src.Slice(y.date.Span))
	})
	ev.Reports = make([]doc.ReportEntry, 0, len(reps))
	for _, k := range reps {
		r := &m.reps[k]
		ev.Reports = append(ev.Reports, doc.ReportEntry{
			Source:  r.src.ID,
			Line:    r.line,
			Text:    r.src.Slice(r.date.Span),
			Date:    r.date.Value,
			Summary: r.rep.Summary,
			Planned: r.rep.Planned,
			Why:     r.rep.Why.Normal().Add(r.date.Why.Rules...),
		})
	}
	slices.SortFunc(s.persons, func(a, b int32) int {
		if c := cmp.Compare(s.people[b], s.people[a]); c != 0 {
			return c
		}
		return strings.Compare(m.names[a], m.names[b])
	})
	for _, p := range s.persons {
		ev.People = append(ev.People, m.names[p])
	}
	ev.Summary = m.central(e, main, s)
	ev.ID = m.eventID(main, ev.People, s)
	if len(values) > 1 {
		ev.Conflicts = []doc.Conflict{conflict(values, bySources)}
	}
	ev.Conflicts = append(ev.Conflicts, m.weekdayConflicts(e)...)
	ev.Why = m.eventWhy(e)
	for _, p := range s.persons {
		s.people[p] = 0
	}
	for _, st := range s.stems {
		s.words[st.id] = 0
	}
	s.persons, s.stems = s.persons[:0], s.stems[:0]
	return ev
}

// dateValues returns the values of the reports of e at the given
// precision rank, the one the most sources give first (then the one the
// most reports give, then the earliest), and the sources behind each.
func (m *merger) dateValues(e *mevent, finest int) ([]string, map[string]map[string]bool) {
	bySources := map[string]map[string]bool{}
	byReports := map[string]int{}
	for _, k := range e.reps {
		r := &m.reps[k]
		if dates.PrecisionRank(r.v.Precision) != finest {
			continue
		}
		s := r.date.Value
		if bySources[s] == nil {
			bySources[s] = map[string]bool{}
		}
		bySources[s][r.src.ID] = true
		byReports[s]++
	}
	values := make([]string, 0, len(bySources))
	for v := range bySources {
		values = append(values, v)
	}
	sort.Slice(values, func(i, j int) bool {
		a, b := values[i], values[j]
		if len(bySources[a]) != len(bySources[b]) {
			return len(bySources[a]) > len(bySources[b])
		}
		if byReports[a] != byReports[b] {
			return byReports[a] > byReports[b]
		}
		return a < b
	})
	return values, bySources
}

// central returns the summary of the report at the main date whose words
// the other reports share most.
func (m *merger) central(e *mevent, main string, s *entryScratch) string {
	best, bestScore := "", -1.0
	for _, k := range e.reps {
		r := &m.reps[k]
		if r.date.Value != main {
			continue
		}
		sc := 0.0
		for _, id := range r.stemIDs {
			sc += float64(s.words[id] - 1)
		}
		if len(r.stemIDs) > 0 {
			sc /= float64(len(r.stemIDs))
		}
		sc += 0.2 * float64(len(r.people))
		if sc > bestScore || sc == bestScore && len(r.rep.Summary) < len(best) {
			best, bestScore = r.rep.Summary, sc
		}
	}
	return best
}

// conflict describes the differing dates of one event, majority first.
func conflict(values []string, bySources map[string]map[string]bool) doc.Conflict {
	c := doc.Conflict{Field: "date"}
	var parts []string
	all := map[string]bool{}
	for i, v := range values {
		srcs := sortedKeys(bySources[v])
		for _, s := range srcs {
			all[s] = true
		}
		verb := "says"
		if len(srcs) > 1 {
			verb = "say"
		}
		noun := "source"
		if len(srcs) > 1 {
			noun = "sources"
		}
		if i == 0 {
			parts = append(parts, fmt.Sprintf("%d %s %s %s (%s)", len(srcs), noun, verb, v, strings.Join(srcs, ", ")))
		} else {
			parts = append(parts, fmt.Sprintf("%d %s %s (%s)", len(srcs), verb, v, strings.Join(srcs, ", ")))
		}
	}
	c.Values = append([]string(nil), values...)
	sort.Strings(c.Values)
	c.Sources = sortedKeys(all)
	c.Note = strings.Join(parts, "; ")
	// a source on both sides contradicts itself
	var self []string
	for _, s := range c.Sources {
		n := 0
		for _, v := range values {
			if bySources[v][s] {
				n++
			}
		}
		if n > 1 {
			self = append(self, s)
		}
	}
	if len(self) > 0 {
		c.Note += "; " + strings.Join(self, ", ") + " contradicts itself"
	}
	return c
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// eventID builds "2021-03-09-ada-lund-ben-okafor-meeting": the date,
// the two people most reported, and the most frequent content word that is
// not part of their ids (three words when no one is named). The stems are
// s.stems, counted in s.words.
func (m *merger) eventID(date string, people []string, s *entryScratch) string {
	parts := []string{date}
	inID := s.inID[:0]
	for i, p := range people {
		if i == 2 {
			break
		}
		parts = append(parts, slug(p))
		inID = append(inID, strings.Split(slug(p), "-")...)
	}
	want := 1
	if len(people) == 0 {
		want = 3
	}
	// The stems most frequent first, then in string order: found one at
	// a time, since the first one or three mostly do.
	stems := s.stems
	more := func(a, b stemUse) bool {
		if s.words[a.id] != s.words[b.id] {
			return s.words[a.id] > s.words[b.id]
		}
		return m.names[a.id] < m.names[b.id]
	}
	for k := 0; k < len(stems) && want > 0; k++ {
		top := k
		for i := k + 1; i < len(stems); i++ {
			if more(stems[i], stems[top]) {
				top = i
			}
		}
		stems[k], stems[top] = stems[top], stems[k]
		w := slug(stems[k].surf)
		if w == "" || slices.Contains(inID, w) || slices.Contains(inID, m.names[stems[k].id]) {
			continue
		}
		parts = append(parts, w)
		inID = append(inID, w)
		want--
	}
	s.inID = inID
	return strings.Join(parts, "-")
}

// slug lower-cases s and keeps ASCII letters and digits, joined by hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// eventWhy returns the provenance of event e: the merge rules that joined
// its reports, and the conflict when its reports disagree on the date.
func (m *merger) eventWhy(e *mevent) doc.Why {
	var rules uint32
	for _, k := range e.reps {
		rules |= 1 << m.reps[k].joinedBy
	}
	return mergeWhy(rules, len(e.reps))
}

// weekdayConflicts returns a conflict for each report of e whose weekday,
// as written, is another day's: "x writes "Tuesday (Dec. 14, 2016)", but
// 2016-12-14 is a Wednesday".
func (m *merger) weekdayConflicts(e *mevent) []doc.Conflict {
	var out []doc.Conflict
	for _, k := range e.reps {
		r := &m.reps[k]
		if !dates.WeekdayMismatch(*r.date) {
			continue
		}
		wd := r.v.First().Weekday().String()
		out = append(out, doc.Conflict{Field: "weekday", Values: []string{r.date.Value}, Sources: []string{r.src.ID},
			Note: fmt.Sprintf("%s writes %q, but %s is a %s", r.src.ID, r.src.Slice(r.date.Span), r.date.Value, wd)})
	}
	return out
}
