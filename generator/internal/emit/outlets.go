package emit

import (
	"fmt"
	"io"
	"sort"

	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/slug"
)

// An outlet is one news organization on the outlets page: the sources it
// published and every place a source cites it ("told the Herald",
// "the Herald reported"), each shown in the words around it.
type outlet struct {
	ID        string      `json:"id"` // the page anchor
	Name      string      `json:"name"`
	Published []outletSrc `json:"published"`
	Cited     []outletCit `json:"cited"` // the first MaxOutletCitations
	Citations int         `json:"citations"`
}

type outletSrc struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	Cite   string `json:"cite"`
}

type outletCit struct {
	Source string `json:"source"`
	Cite   string `json:"cite"` // the citing source
	Line   int    `json:"line"`
	Before string `json:"before"`
	Form   string `json:"form"`
	After  string `json:"after"`
}

// MaxOutletCitations is how many citations of one outlet the outlets page
// shows in context; the count of the rest is given.
const MaxOutletCitations = 200

// outletID returns the anchor of an outlet on the outlets page. It folds
// the names of one outlet together: case, punctuation and a leading "the"
// do not matter ("The Herald", "the Herald", "Herald"). It is "" for a
// name without letters or digits.
func outletID(name string) string {
	k := slug.Outlet(name)
	if k == "" {
		return ""
	}
	return "outlet-" + k
}

// outlets lists every outlet that published or is cited by a source: most
// sources and citations first, then by name. Each is shown in the form
// the sources use most, a publisher's own form first.
func outlets(g *link.Graph) []outlet {
	at := map[string]int{}
	var out []outlet
	forms := []map[string]int{}
	total := []int{} // citations, counting those past MaxOutletCitations
	get := func(name string, weight int) int {
		k := outletID(name)
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, outlet{ID: k, Published: []outletSrc{}, Cited: []outletCit{}})
			forms = append(forms, map[string]int{})
			total = append(total, 0)
		}
		forms[i][name] += weight
		return i
	}
	for i, a := range g.Docs {
		e := g.Dossier.Sources[i]
		if outletID(e.Outlet) != "" {
			k := get(e.Outlet, 1000)
			out[k].Published = append(out[k].Published, outletSrc{Source: e.ID, Title: e.Title, Cite: cite(e)})
		}
		for _, c := range a.Citations {
			if outletID(c.Outlet) == "" || c.End > len(a.Source.Text) {
				continue
			}
			k := get(c.Outlet, 1)
			total[k]++
			if len(out[k].Cited) < MaxOutletCitations {
				before, after := kwic(a.Source, c.Span, 60)
				out[k].Cited = append(out[k].Cited, outletCit{Source: e.ID, Cite: cite(e), Line: a.Source.Line(c.Start),
					Before: before, Form: a.Source.Slice(c.Span), After: after})
			}
		}
	}
	for i := range out {
		best := ""
		for f, n := range forms[i] {
			if best == "" || n > forms[i][best] || n == forms[i][best] && f < best {
				best = f
			}
		}
		out[i].Name = best
	}
	weight := func(i int) int { return len(out[i].Published) + total[i] }
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		if wa, wb := weight(order[a]), weight(order[b]); wa != wb {
			return wa > wb
		}
		return out[order[a]].Name < out[order[b]].Name
	})
	sorted := make([]outlet, len(out))
	for k, i := range order {
		sorted[k] = out[i]
		sorted[k].Citations = total[i]
	}
	return sorted
}

func outletFiles(g *link.Graph, s sink) error {
	list := outlets(g)
	if err := s.page("content/outlets/index.md", pageFront{Title: "Outlets", Layout: "outlets",
		Description: "The news organizations behind the sources, and every outlet a source cites."}, ""); err != nil {
		return err
	}
	return s.stream("content/outlets/outlets.json", func(w io.Writer) error {
		jw := newJSONWriter(w)
		if err := jw.list(len(list), 0, func(k int) any { return &list[k] }); err != nil {
			return fmt.Errorf("outlets: %w", err)
		}
		return jw.end()
	})
}
