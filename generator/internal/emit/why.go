package emit

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// Provenance on the page. Every annotation of a source's text says why it
// exists: its link title ends in " w=N", and the source's front matter
// lists the notes ("why", numbered from 1) that the render hook shows as
// a tooltip on hover and keyboard focus and the page lists as footnotes
// for print (layouts/_markup/render-link.html and _partials/why-notes.html). A note
// names the kind of annotation, the rules behind it, the line, and the
// confidence: "speaker: said-after-quote (line 14); confidence high".

// WhyMarker separates an annotation's title from the number of its note.
const WhyMarker = " w="

// whyNote is the provenance of one annotation, as the page shows it.
type whyNote struct {
	N    int    `json:"n"`
	Line int    `json:"line"`
	Text string `json:"text"` // the annotated words, cut to a few dozen characters
	Note string `json:"note"`
	Low  bool   `json:"low"` // low confidence: marked on the page and for screen readers
}

// least returns the lowest of the confidences (Low when none is set).
func least(ws ...doc.Why) doc.Confidence {
	rank := map[doc.Confidence]int{doc.High: 3, doc.Medium: 2, doc.Low: 1}
	out := doc.High
	for _, w := range ws {
		if c := w.Normal().Confidence; rank[c] < rank[out] {
			out = c
		}
	}
	return out
}

// rules says a Why's rules in words: "said-after-quote, same-sentence".
func rules(w doc.Why) string {
	if len(w.Rules) == 0 {
		return "no rule recorded"
	}
	return strings.Join(w.Rules, ", ")
}

// cutText shortens s to at most n runes, at a space when it can.
func cutText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// whyNotes numbers the provenance of each of Docs[i]'s annotations (as
// annotations returns them), marks each title with its number, and
// returns the notes in the same order.
func whyNotes(g *link.Graph, ix *index, i int, anns []annotation) ([]annotation, []whyNote) {
	a := g.Docs[i]
	src := a.Source
	mentions := make(map[doc.Span]int, len(a.Mentions))
	for k, m := range a.Mentions {
		mentions[m.Span] = k
	}
	dates := make(map[doc.Span]int, len(a.Dates))
	for k, d := range a.Dates {
		dates[d.Span] = k
	}
	quoted := make(map[doc.Span]int, len(a.Quotes))
	for k, q := range a.Quotes {
		quoted[q.Outer] = k
		for _, p := range q.Parts {
			quoted[withMarks(src.Text, p)] = k
		}
	}
	name := func(j int) string {
		if j < 0 || j >= len(a.People) {
			return ""
		}
		if p, ok := ix.person[a.People[j].ID]; ok {
			return g.Dossier.People[p].Name
		}
		return a.People[j].Name
	}
	notes := make([]whyNote, 0, len(anns))
	for k := range anns {
		an := &anns[k]
		line := src.Line(an.Start)
		var note string
		var conf doc.Confidence
		switch {
		case an.title == "person":
			j, ok := mentions[an.Span]
			if !ok {
				continue
			}
			m := a.Mentions[j]
			per := a.People[m.Person]
			note = "person " + name(m.Person) + ": " + rules(per.Why)
			if per.Key != "" {
				note += "; curated in data/people.yaml"
			}
			if form := m.Form; form != "" && form != name(m.Person) {
				note += "; “" + form + "” is them: " + rules(m.Why)
			}
			conf = least(per.Why, m.Why)
		case strings.HasPrefix(an.title, "date "):
			j, ok := dates[an.Span]
			if !ok {
				continue
			}
			d := a.Dates[j]
			note = "date " + d.Value + " (" + string(d.Precision) + "): " + rules(d.Why)
			if d.Relative {
				if src.Published != "" {
					note += "; read against the publication date " + src.Published
				} else {
					note += "; relative, and the publication date is unknown"
				}
			}
			conf = least(d.Why)
		case strings.HasPrefix(an.title, "quote ") || strings.HasPrefix(an.title, "quotepart "):
			j, ok := quoted[an.Span]
			if !ok {
				continue
			}
			q := a.Quotes[j]
			note = string(q.Kind) + ": " + rules(q.Why)
			if q.Kind == doc.Speech {
				if who := name(q.Speaker); who != "" {
					note = "speaker " + who + ": " + rules(q.Why)
					if q.Attribution != "" {
						note += " (“" + q.Attribution + "”)"
					}
				} else {
					note = "speech, speaker unknown: " + rules(q.Why)
				}
			}
			conf = least(q.Why)
			line = src.Line(q.Start)
		default:
			continue
		}
		n := len(notes) + 1
		notes = append(notes, whyNote{N: n, Line: line, Text: cutText(src.Slice(an.Span), 48),
			Note: note + " (line " + strconv.Itoa(line) + "); confidence " + string(conf), Low: conf == doc.Low})
		an.title += WhyMarker + strconv.Itoa(n)
	}
	return anns, notes
}
