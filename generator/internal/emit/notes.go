package emit

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// paraNote is what the dossier knows beyond one paragraph of a source:
// a date of it the sources disagree on, a quote of it other sources
// report, an event of it others report too. The annotated text marks each
// noted paragraph with a note block (writeMarkdown), and the blockquote
// render hook (layouts/_markup/render-blockquote.html) renders the k-th
// note block of a page from the k-th paraNote, so notes are in paragraph
// order and only paragraphs with at least one item have one.
type paraNote struct {
	Para  int        `json:"para"` // the paragraph's first line, its anchor "p" + Para
	Items []noteItem `json:"items"`
}

// noteItem is one thing a paragraph's note says, and where the dossier
// shows it.
type noteItem struct {
	Kind   string `json:"kind"`            // "conflict", "quote" or "event"
	Text   string `json:"text,omitempty"`  // a quote's opening words
	Date   string `json:"date,omitempty"`  // an event's date (ISO, as precise as known)
	Label  string `json:"label,omitempty"` // the date as shown
	Note   string `json:"note,omitempty"`  // a conflict's dates with their numbers of sources: "Dec 13, 2016: 5 sources; Dec 14, 2016: 1"
	Others int    `json:"others"`          // the other sources reporting the quote or event
	URL    string `json:"url"`             // the quote group's or event's entry
}

// noteWords is how many words of a quote a note repeats: enough to
// recognise it beside its paragraph, short enough for the margin.
const noteWords = 8

// paraNotes computes the notes of Docs[i]'s paragraphs from the resolved
// graph: each event with conflicting dates, each quote found in other
// sources and each event other sources report too, once per paragraph,
// in the order conflicts, quotes, events.
func paraNotes(g *link.Graph, ix *index, i int, bls []block) []paraNote {
	a := g.Docs[i]
	if len(bls) == 0 {
		return []paraNote{}
	}
	starts := make([]int, len(bls))
	for k, bl := range bls {
		starts[k] = bl.Start
	}
	// blockOf is the block containing offset off, or -1 (text between
	// blocks, such as a bullet's marker).
	blockOf := func(off int) int {
		k := sort.SearchInts(starts, off+1) - 1
		if k < 0 || off >= bls[k].End {
			return -1
		}
		return k
	}
	type bucket struct{ conflicts, quotes, events []noteItem }
	by := map[int]*bucket{}
	at := func(k int) *bucket {
		if by[k] == nil {
			by[k] = &bucket{}
		}
		return by[k]
	}
	seenGroup := map[string]bool{}
	for _, q := range a.Quotes {
		if q.Kind != doc.Speech || seenGroup[q.Group] {
			continue
		}
		others := ix.sourcesInGroup(q.Group) - 1
		url := ix.groupURL(q.Group)
		k := blockOf(q.Start)
		if others <= 0 || url == "" || k < 0 {
			continue
		}
		seenGroup[q.Group] = true
		b := at(k)
		b.quotes = append(b.quotes, noteItem{Kind: "quote", Text: opening(newWording(a.Source, q).text(), noteWords), Others: others, URL: url})
	}
	seenEvent := map[[2]int]bool{} // (block, event) pairs already noted
	for _, r := range a.Reports {
		if r.Event == "" || r.Date < 0 || r.Date >= len(a.Dates) {
			continue
		}
		e, ok := ix.event[r.Event]
		k := blockOf(a.Dates[r.Date].Start)
		if !ok || k < 0 || seenEvent[[2]int{k, e}] {
			continue
		}
		ev := g.Dossier.Events[e]
		others := ix.eventSources[ev.ID] - 1
		item := noteItem{Kind: "event", Date: ev.Date, Label: DateLabel(ev.Date, ev.Precision), Others: max(others, 0), URL: ix.eventURL(ev.ID)}
		switch {
		case len(ev.Conflicts) > 0:
			seenEvent[[2]int{k, e}] = true
			item.Kind = "conflict"
			item.Note = claimsNote(claims(ev, func(id string) doc.SourceEntry { return g.Dossier.Sources[ix.source[id]] }))
			at(k).conflicts = append(at(k).conflicts, item)
		case others > 0:
			seenEvent[[2]int{k, e}] = true
			at(k).events = append(at(k).events, item)
		}
	}
	out := []paraNote{}
	for k, bl := range bls {
		b := by[k]
		if b == nil {
			continue
		}
		items := append(append(append([]noteItem{}, b.conflicts...), b.quotes...), b.events...)
		out = append(out, paraNote{Para: bl.line, Items: items})
	}
	return out
}

// claimsNote says, in short, which dates the sources give and how many
// give each: "Dec 13, 2016: 5 sources; Dec 14, 2016: 1".
func claimsNote(cs []dateClaim) string {
	parts := make([]string, len(cs))
	for k, c := range cs {
		n := strconv.Itoa(len(c.Sources))
		if k == 0 {
			n += " source"
			if len(c.Sources) != 1 {
				n += "s"
			}
		}
		parts[k] = c.Label + ": " + n
	}
	return strings.Join(parts, "; ")
}

// opening returns the first n words of s, with "…" when it cut some.
func opening(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return strings.Join(w, " ")
	}
	return strings.TrimRight(strings.Join(w[:n], " "), ",;:") + " …"
}

// notedLines lists the first lines of the noted paragraphs, for writeMarkdown.
func notedLines(notes []paraNote) []int {
	out := make([]int, len(notes))
	for k, n := range notes {
		out[k] = n.Para
	}
	return out
}
