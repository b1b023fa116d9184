package emit

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
)

// Every annotation of a source — each mention of a person, quotation,
// date and cited outlet — as a W3C Web Annotation
// (https://www.w3.org/TR/annotation-model/) in JSON-LD. Each targets the
// source's page and locates its words in the source text (the text after
// the front matter, as the page shows it) two ways: a TextQuoteSelector
// (exact, with up to 32 characters of prefix and suffix) and a
// TextPositionSelector (start and end in Unicode code points, end
// exclusive). The bodies say what the annotation is (and link to the
// person, the timeline event or the quote group), and a commenting body
// says why: the rules and the confidence.
//
// The annotations of all sources form one AnnotationCollection
// (annotations/collection.jsonld: total, first and last page) in pages of
// whole sources: a source's annotations are on page
// annotations/<xx>.jsonld, xx the first two hex digits of the SHA-256 of
// its id (AnnotationPage). So there are at most 256 files whatever the
// number of sources (a file per source made a 10,000-source dossier
// 10,000 files more to write and for Hugo to hold as resources), a
// source's page never moves when others are added, and a changed source
// rewrites one page. A page lists its sources by id; an annotation's id
// is the page's address, "#", the source id, "/" and the kind and code
// point where it starts ("person-120").

// WebAnnotationContext is the JSON-LD context of the annotation files.
const WebAnnotationContext = "http://www.w3.org/ns/anno.jsonld"

// SelectorContext is how many code points of context a TextQuoteSelector
// gives before and after its exact text.
const SelectorContext = 32

// WACollection is the collection of every annotation of the dossier.
type WACollection struct {
	Context string `json:"@context"`
	ID      string `json:"id"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Total   int    `json:"total"`
	First   string `json:"first,omitempty"`
	Last    string `json:"last,omitempty"`
}

// WAPage is one page of the collection: the annotations of the sources
// whose ids hash to it.
type WAPage struct {
	Context string         `json:"@context"`
	ID      string         `json:"id"`
	Type    string         `json:"type"`
	PartOf  string         `json:"partOf"`
	Prev    string         `json:"prev,omitempty"`
	Next    string         `json:"next,omitempty"`
	Items   []WAAnnotation `json:"items"`
}

// WAAnnotation is one Web Annotation.
type WAAnnotation struct {
	ID         string     `json:"id"`
	Type       string     `json:"type"`
	Motivation string     `json:"motivation"`
	Creator    WAAgent    `json:"creator"`
	Body       []WABody   `json:"body"`
	Target     []WATarget `json:"target"`
}

// WAAgent is the software that made the annotations.
type WAAgent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

// WABody is a textual body or a linked resource.
type WABody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value,omitempty"`
	Source  string `json:"source,omitempty"`
	Format  string `json:"format,omitempty"`
}

// WATarget is the source's text at one place.
type WATarget struct {
	Source   string       `json:"source"`
	Selector []WASelector `json:"selector"`
}

// WASelector is a TextQuoteSelector or a TextPositionSelector.
type WASelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// codePoints converts byte offsets of a text to code-point offsets.
type codePoints struct {
	text  string
	runes []int32 // runes[b] is the number of code points before byte b
}

func newCodePoints(text string) *codePoints {
	c := &codePoints{text: text, runes: make([]int32, len(text)+1)}
	n := int32(0)
	for b := 0; b < len(text); {
		_, size := utf8.DecodeRuneInString(text[b:])
		for k := 0; k < size; k++ {
			c.runes[b+k] = n
		}
		b += size
		n++
	}
	c.runes[len(text)] = n
	return c
}

// target returns the selectors of the bytes [start, end).
func (c *codePoints) target(source string, sp doc.Span) WATarget {
	start, end := int(c.runes[sp.Start]), int(c.runes[sp.End])
	prefix := c.text[:sp.Start]
	for k := 0; k < SelectorContext && prefix != ""; k++ {
		_, size := utf8.DecodeLastRuneInString(prefix)
		prefix = prefix[:len(prefix)-size]
	}
	prefix = c.text[len(prefix):sp.Start]
	suffix := c.text[sp.End:]
	cut := 0
	for k := 0; k < SelectorContext && cut < len(suffix); k++ {
		_, size := utf8.DecodeRuneInString(suffix[cut:])
		cut += size
	}
	suffix = suffix[:cut]
	return WATarget{Source: source, Selector: []WASelector{
		{Type: "TextQuoteSelector", Exact: c.text[sp.Start:sp.End], Prefix: prefix, Suffix: suffix},
		{Type: "TextPositionSelector", Start: &start, End: &end},
	}}
}

// whyBody is the commenting body that says why an annotation exists.
func whyBody(kind string, w doc.Why) WABody {
	w = w.Normal()
	v := kind + ": " + strings.Join(w.Rules, ", ")
	if len(w.Rules) == 0 {
		v = kind + ": no rule recorded"
	}
	return WABody{Type: "TextualBody", Purpose: "commenting", Value: v + "; confidence " + string(w.Confidence)}
}

// The collection's address, and the folder of its pages, as published.
const (
	annotationsURL = "/data/annotations/"
	collectionURL  = annotationsURL + "collection.jsonld"
)

// annotationPage returns the name of the page (its file in the
// annotations folder, without the extension) that holds the annotations
// of the source with the given id.
func annotationPage(source string) string {
	h := sha256.Sum256([]byte(source))
	return hex.EncodeToString(h[:1])
}

// annotationPages returns the pages of the collection in order, each with
// the indexes in g.Docs of its sources, by source id.
func annotationPages(g *link.Graph) (names []string, sources map[string][]int) {
	sources = map[string][]int{}
	for i, d := range g.Docs {
		name := annotationPage(d.Source.ID)
		if sources[name] == nil {
			names = append(names, name)
		}
		sources[name] = append(sources[name], i)
	}
	sort.Strings(names)
	for _, is := range sources {
		sort.Slice(is, func(a, b int) bool { return g.Docs[is[a]].Source.ID < g.Docs[is[b]].Source.ID })
	}
	return names, sources
}

// annotationJobs renders the collection and its pages.
func annotationJobs(g *link.Graph, ix *index) []job {
	names, sources := annotationPages(g)
	url := func(k int) string {
		if k < 0 || k >= len(names) {
			return ""
		}
		return annotationsURL + names[k] + ".jsonld"
	}
	total := 0
	for _, d := range g.Docs {
		total += len(d.Mentions) + len(d.Quotes) + len(d.Dates) + len(d.Citations)
	}
	js := []job{func(s sink) error {
		c := WACollection{Context: WebAnnotationContext, ID: collectionURL, Type: "AnnotationCollection",
			Label: "Annotations of the dossier's sources", Total: total, First: url(0), Last: url(len(names) - 1)}
		b, err := json.Marshal(c)
		if err != nil {
			return err
		}
		return s.put(DataDir+"annotations/collection.jsonld", append(b, '\n'))
	}}
	for k, name := range names {
		js = append(js, func(s sink) error {
			p := WAPage{Context: WebAnnotationContext, ID: url(k), Type: "AnnotationPage", PartOf: collectionURL,
				Prev: url(k - 1), Next: url(k + 1)}
			// A source at a time, so that a page of many sources is
			// never held whole.
			return s.stream(DataDir+"annotations/"+name+".jsonld", func(w io.Writer) error {
				b := appendPageStart(make([]byte, 0, 64<<10), &p)
				n := 0
				for _, i := range sources[name] {
					for _, a := range webAnnotations(g, ix, i, p.ID) {
						if n > 0 {
							b = append(b, ',')
						}
						b = appendAnnotation(b, &a)
						n++
					}
					if _, err := w.Write(b); err != nil {
						return err
					}
					b = b[:0]
				}
				_, err := w.Write(append(b, pageEnd...))
				return err
			})
		})
	}
	return js
}

// webAnnotations returns the annotations of Docs[i], on the page of the
// collection whose address is pageID.
func webAnnotations(g *link.Graph, ix *index, i int, pageID string) []WAAnnotation {
	a := g.Docs[i]
	src := a.Source
	page := sourceURL(src.ID)
	id := pageID + "#" + src.ID + "/"
	cp := newCodePoints(src.Text)
	creator := WAAgent{Type: "Software", Name: "Dossier generator"}
	var items []WAAnnotation
	seen := map[string]int{}
	add := func(kind string, start int, motivation string, body []WABody, targets []WATarget) {
		aid := kind + "-" + strconv.Itoa(int(cp.runes[start]))
		seen[aid]++
		if n := seen[aid]; n > 1 {
			aid += "-" + strconv.Itoa(n)
		}
		items = append(items, WAAnnotation{ID: id + aid, Type: "Annotation", Motivation: motivation,
			Creator: creator, Body: body, Target: targets})
	}
	for _, m := range a.Mentions {
		pid := a.People[m.Person].ID
		name := pid
		if p, ok := ix.person[pid]; ok {
			name = g.Dossier.People[p].Name
		}
		add("person", m.Start, "identifying", []WABody{
			{Type: "SpecificResource", Purpose: "identifying", Source: personURL(pid)},
			{Type: "TextualBody", Purpose: "tagging", Value: "person: " + name},
			whyBody("person", m.Why),
		}, []WATarget{cp.target(page, m.Span)})
	}
	for _, q := range a.Quotes {
		body := []WABody{{Type: "TextualBody", Purpose: "tagging", Value: "quote: " + string(q.Kind)}}
		if q.Speaker >= 0 && q.Speaker < len(a.People) {
			pid := a.People[q.Speaker].ID
			name := pid
			if p, ok := ix.person[pid]; ok {
				name = g.Dossier.People[p].Name
			}
			body = append(body, WABody{Type: "SpecificResource", Purpose: "identifying", Source: personURL(pid)},
				WABody{Type: "TextualBody", Purpose: "describing", Value: "said by " + name})
		}
		if u := ix.groupURL(q.Group); u != "" {
			body = append(body, WABody{Type: "SpecificResource", Purpose: "linking", Source: u})
		}
		body = append(body, whyBody("quote", q.Why))
		var targets []WATarget
		if len(q.Parts) == 0 {
			targets = []WATarget{cp.target(page, q.Span)}
		}
		for _, p := range q.Parts {
			targets = append(targets, cp.target(page, p))
		}
		add("quote", q.Start, "tagging", body, targets)
	}
	for j, d := range a.Dates {
		body := []WABody{{Type: "TextualBody", Purpose: "describing", Value: "date: " + d.Value + " (" + string(d.Precision) + ")"}}
		if ev := ix.eventOfDate[i][j]; ev != "" {
			body = append(body, WABody{Type: "SpecificResource", Purpose: "linking", Source: ix.eventURL(ev)})
		}
		body = append(body, whyBody("date", d.Why))
		add("date", d.Start, "describing", body, []WATarget{cp.target(page, d.Span)})
	}
	for _, c := range a.Citations {
		add("cites", c.Start, "identifying", []WABody{
			{Type: "TextualBody", Purpose: "identifying", Value: "cited outlet: " + c.Outlet},
			whyBody("citation", c.Why),
		}, []WATarget{cp.target(page, c.Span)})
	}
	return items
}

// appendSafeString appends s as a JSON string with <, > and & escaped as
// encoding/json escapes them, so that no file served from the site reads
// as markup. (Outside strings, JSON has none of the three.)
func appendSafeString(dst []byte, s string) []byte {
	start := len(dst)
	dst = appendJSONString(dst, s)
	if !strings.ContainsAny(s, "<>&") {
		return dst
	}
	out := append([]byte(nil), dst[start:]...)
	dst = dst[:start]
	for _, c := range out {
		switch c {
		case '<':
			dst = append(dst, `\u003c`...)
		case '>':
			dst = append(dst, `\u003e`...)
		case '&':
			dst = append(dst, `\u0026`...)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// appendWebAnnotations appends p as the JSON encoding/json would write
// for it (compact, a final newline), without reflection: the annotations
// are the most numerous of the data, and encoding them through
// reflection was a fifth of the time of emitting. It is written in three
// parts (appendPageStart, appendAnnotation for each item, pageEnd) so
// that a page can be streamed.
func appendWebAnnotations(b []byte, p *WAPage) []byte {
	b = appendPageStart(b, p)
	for k := range p.Items {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendAnnotation(b, &p.Items[k])
	}
	return append(b, pageEnd...)
}

// pageEnd closes what appendPageStart opens.
const pageEnd = "]}\n"

// field appends "name":value, value a JSON string.
func appendField(b []byte, name, value string) []byte {
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, `":`...)
	return appendSafeString(b, value)
}

// appendPageStart appends p up to the opening of its items.
func appendPageStart(b []byte, p *WAPage) []byte {
	field := func(name, value string) { b = appendField(b, name, value) }
	b = append(b, '{')
	field("@context", p.Context)
	b = append(b, ',')
	field("id", p.ID)
	b = append(b, ',')
	field("type", p.Type)
	b = append(b, ',')
	field("partOf", p.PartOf)
	for _, f := range [...]struct{ name, value string }{{"prev", p.Prev}, {"next", p.Next}} {
		if f.value != "" {
			b = append(b, ',')
			field(f.name, f.value)
		}
	}
	b = append(b, `,"items":[`...)
	return b
}

// appendAnnotation appends one annotation.
func appendAnnotation(b []byte, a *WAAnnotation) []byte {
	field := func(name, value string) { b = appendField(b, name, value) }
	b = append(b, '{')
	field("id", a.ID)
	b = append(b, ',')
	field("type", a.Type)
	b = append(b, ',')
	field("motivation", a.Motivation)
	b = append(b, `,"creator":{`...)
	field("type", a.Creator.Type)
	b = append(b, ',')
	field("name", a.Creator.Name)
	b = append(b, `},"body":[`...)
	for j, body := range a.Body {
		if j > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		field("type", body.Type)
		b = append(b, ',')
		field("purpose", body.Purpose)
		for _, f := range [...]struct{ name, value string }{{"value", body.Value}, {"source", body.Source}, {"format", body.Format}} {
			if f.value != "" {
				b = append(b, ',')
				field(f.name, f.value)
			}
		}
		b = append(b, '}')
	}
	b = append(b, `],"target":[`...)
	for j, t := range a.Target {
		if j > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		field("source", t.Source)
		b = append(b, `,"selector":[`...)
		for k, sel := range t.Selector {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, '{')
			field("type", sel.Type)
			for _, f := range [...]struct{ name, value string }{{"exact", sel.Exact}, {"prefix", sel.Prefix}, {"suffix", sel.Suffix}} {
				if f.value != "" {
					b = append(b, ',')
					field(f.name, f.value)
				}
			}
			if sel.Start != nil {
				b = append(b, `,"start":`...)
				b = strconv.AppendInt(b, int64(*sel.Start), 10)
			}
			if sel.End != nil {
				b = append(b, `,"end":`...)
				b = strconv.AppendInt(b, int64(*sel.End), 10)
			}
			b = append(b, '}')
		}
		b = append(b, "]}"...)
	}
	b = append(b, "]}"...)
	return b
}
