package link

import (
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

// TestEntryMatchesMaps checks the event entries against the version with
// maps of strings that entry replaced, on synthetic corpora whose events
// have conflicting dates, people and none.
func TestEntryMatchesMaps(t *testing.T) {
	const n = 400 // fewer have no conflicting dates
	conflicts, unnamed, events := 0, 0, 0
	for seed := uint64(1); seed <= 2; seed++ {
		var names []string
		var data [][]byte
		for _, f := range synth.Corpus(synth.Options{N: n, Seed: seed}) {
			names = append(names, f.Name)
			data = append(data, f.Data)
		}
		docs := annotateFiles(t, names, data)
		ids := LinkPeople(docs, nil).IDs
		p := PrepareEvents(docs)
		m := p.m
		m.addPeople(ids)
		m.group(p.order)
		s := m.newEntryScratch()
		for _, e := range m.events {
			if len(e.reps) == 0 {
				continue
			}
			got, want := m.entry(e, s), m.entryByMaps(e)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d: event entries differ:\n got %+v\nwant %+v", seed, got, want)
			}
			events++
			if len(got.Conflicts) > 0 {
				conflicts++
			}
			if len(got.People) == 0 {
				unnamed++
			}
		}
	}
	if conflicts == 0 || unnamed == 0 {
		t.Errorf("%d events, %d with conflicts, %d without people: the corpus does not exercise entry", events, conflicts, unnamed)
	}
}

// entryByMaps is how entry built the entry of an event, with maps of
// strings; entry must build the same.
func (m *merger) entryByMaps(e *mevent) doc.EventEntry {
	finest := 3
	for _, k := range e.reps {
		if r := dates.PrecisionRank(m.reps[k].v.Precision); r < finest {
			finest = r
		}
	}
	// sources behind each value at the finest precision
	bySources := map[string]map[string]bool{}
	byReports := map[string]int{}
	for _, k := range e.reps {
		r := &m.reps[k]
		if dates.PrecisionRank(r.v.Precision) != finest {
			continue
		}
		s := r.date.Value // r.v.String(), without formatting it again
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
	main := values[0]
	var ev doc.EventEntry
	ev.Date = main
	for _, k := range e.reps {
		if r := &m.reps[k]; r.date.Value == main {
			ev.Precision = r.v.Precision
			break
		}
	}
	ev.Planned = true
	count := map[string]int{}
	words := map[string]int{}
	surf := map[string]string{}
	for _, k := range e.reps {
		r := &m.reps[k]
		ev.Planned = ev.Planned && r.rep.Planned
		for _, p := range r.people {
			count[p]++
		}
		for j, s := range r.stems {
			words[s]++
			if _, ok := surf[s]; !ok {
				surf[s] = r.surf[j]
			}
		}
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
	sort.SliceStable(ev.Reports, func(i, j int) bool {
		a, b := ev.Reports[i], ev.Reports[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Text < b.Text
	})
	for p := range count {
		ev.People = append(ev.People, p)
	}
	sort.Slice(ev.People, func(i, j int) bool {
		a, b := ev.People[i], ev.People[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a < b
	})
	ev.Summary = m.centralByMaps(e, main, words)
	ev.ID = eventIDByMaps(main, ev.People, words, surf)
	if len(values) > 1 {
		ev.Conflicts = []doc.Conflict{conflict(values, bySources)}
	}
	ev.Conflicts = append(ev.Conflicts, m.weekdayConflicts(e)...)
	ev.Why = m.eventWhy(e)
	return ev
}

// centralByMaps is central with words counted in a map; it returns the summary of the report at the main date whose words
// the other reports share most.
func (m *merger) centralByMaps(e *mevent, main string, words map[string]int) string {
	best, bestScore := "", -1.0
	for _, k := range e.reps {
		r := &m.reps[k]
		if r.date.Value != main {
			continue
		}
		sc := 0.0
		for _, s := range r.stems {
			sc += float64(words[s] - 1)
		}
		if len(r.stems) > 0 {
			sc /= float64(len(r.stems))
		}
		sc += 0.2 * float64(len(r.people))
		if sc > bestScore || sc == bestScore && len(r.rep.Summary) < len(best) {
			best, bestScore = r.rep.Summary, sc
		}
	}
	return best
}

// eventIDByMaps is eventID with words counted in a map; it builds "2016-12-13-kanye-west-donald-trump-meeting": the date,
// the two people most reported, and the most frequent content word that is
// not part of their ids (three words when no one is named).
func eventIDByMaps(date string, people []string, words map[string]int, surf map[string]string) string {
	parts := []string{date}
	inIDs := map[string]bool{}
	for i, p := range people {
		if i == 2 {
			break
		}
		parts = append(parts, slug(p))
		for _, w := range strings.Split(slug(p), "-") {
			inIDs[w] = true
		}
	}
	stems := make([]string, 0, len(words))
	for s := range words {
		stems = append(stems, s)
	}
	sort.Slice(stems, func(i, j int) bool {
		a, b := stems[i], stems[j]
		if words[a] != words[b] {
			return words[a] > words[b]
		}
		return a < b
	})
	want := 1
	if len(people) == 0 {
		want = 3
	}
	for _, s := range stems {
		if want == 0 {
			break
		}
		w := slug(surf[s])
		if w == "" || inIDs[w] || inIDs[s] {
			continue
		}
		parts = append(parts, w)
		inIDs[w] = true
		want--
	}
	return strings.Join(parts, "-")
}

// annotateFiles loads and annotates source files as the pipeline does.
func annotateFiles(t testing.TB, names []string, data [][]byte) []*doc.Annotated {
	t.Helper()
	var sources []*doc.Source
	for i, name := range names {
		s, _, err := load.Bytes(data[i], "sources/"+name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, s)
	}
	load.AssignIDs(sources)
	docs := make([]*doc.Annotated, len(sources))
	for i, s := range sources {
		docs[i] = mustAnnotate(s, nil)
	}
	return docs
}
