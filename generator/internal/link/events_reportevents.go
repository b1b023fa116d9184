package link

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/parallel"
)

// reportEvents returns the event id of every report, given at (see
// entries): reportEvent[i][j] for docs[i].Reports[j].
//
// It gives the ids a lookup by report entry would: reports that an event
// entry cannot tell apart (the same source id, file line and text of the
// date) share the id of the last of their events in events, and one of
// them that was not merged takes it too. Such reports are rare (one date
// in two reports, one expression twice on a line), so they are found by
// sorting the reports of each source id, which costs far less than a map
// of every report.
func (m *merger) reportEvents(events []doc.EventEntry, at []int32) [][]string {
	out := make([][]string, len(m.docs))
	// Documents sharing a source id (which loading never gives) are one
	// group; m.byID lists the documents by source id.
	var groups [][2]int // start and end in m.byID
	for k := 0; k < len(m.byID); {
		e := k + 1
		for e < len(m.byID) && docID(m.docs[m.byID[e]]) == docID(m.docs[m.byID[k]]) {
			e++
		}
		groups = append(groups, [2]int{k, e})
		k = e
	}
	// Each core sorts the reports of one group after another in one buffer.
	parallel.ForWith(len(groups), func() *[]reportKey { return new([]reportKey) }, func(buf *[]reportKey, g int) {
		keys := (*buf)[:0]
		for _, i := range m.byID[groups[g][0]:groups[g][1]] {
			a := m.docs[i]
			if a == nil || a.Source == nil {
				continue
			}
			out[i] = make([]string, len(a.Reports))
			for j := range a.Reports {
				if r := a.Reports[j].Date; r >= 0 && r < len(a.Dates) {
					d := &a.Dates[r]
					keys = append(keys, reportKey{a.Source.Line(d.Start), a.Source.Slice(d.Span), i, j})
				}
			}
		}
		slices.SortFunc(keys, func(x, y reportKey) int {
			if c := cmp.Compare(x.line, y.line); c != 0 {
				return c
			}
			return strings.Compare(x.text, y.text)
		})
		for s := 0; s < len(keys); {
			last := int32(-1)
			e := s
			for ; e < len(keys) && keys[e].line == keys[s].line && keys[e].text == keys[s].text; e++ {
				last = max(last, at[m.first[keys[e].doc]+keys[e].rep])
			}
			if last >= 0 {
				for _, k := range keys[s:e] {
					out[k.doc][k.rep] = events[last].ID
				}
			}
			s = e
		}
		*buf = keys
	})
	return out
}

// reportKey is a report as an event entry tells it: the line and text of
// its date (in a source known from the group), and where it is.
type reportKey struct {
	line int
	text string
	doc  int // docs[doc].Reports[rep]
	rep  int
}
