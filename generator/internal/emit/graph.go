package emit

import (
	"fmt"
	"html"
	"math"
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/link"
)

// The people graph: who is named with whom, as a static SVG the generator
// draws, so it needs no script. People sit on a circle (the most prominent
// at the top, then clockwise), and a line joins two who are named in the
// same source, thicker for more shared sources. Each person is a link to
// their page, with their name as its text; the lines are drawn for the eye
// only, and the pages list the same pairs in words ("Most often mentioned
// with"; the people index lists the strongest pairs).

// MaxGraphPeople is how many people the people index's graph shows.
const MaxGraphPeople = 12

// A graphNode is one person in a graph.
type graphNode struct {
	id, name string
	center   bool // drawn in the middle (a person page's own person)
}

// A graphEdge joins nodes a and b, named together in n sources.
type graphEdge struct{ a, b, n int }

// graphSVG draws nodes and edges as an SVG, linking each node with
// href(id), a site path ("/people/x/") that the layouts make relative to
// the site's base. A center node, if any, is drawn in the middle and the others
// around it. The label says what the graph shows, for screen readers.
func graphSVG(label string, nodes []graphNode, edges []graphEdge, href func(id string) string) string {
	const w, h, rx, ry = 640.0, 340.0, 165.0, 130.0
	cx, cy := w/2, h/2
	x := make([]float64, len(nodes))
	y := make([]float64, len(nodes))
	ring := 0
	for _, n := range nodes {
		if !n.center {
			ring++
		}
	}
	k := 0
	for i, n := range nodes {
		if n.center {
			x[i], y[i] = cx, cy
			continue
		}
		a := -math.Pi/2 + 2*math.Pi*float64(k)/float64(max(ring, 1))
		x[i], y[i] = cx+rx*math.Cos(a), cy+ry*math.Sin(a)
		k++
	}
	maxN := 1
	for _, e := range edges {
		maxN = max(maxN, e.n)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="graph" viewBox="0 0 %g %g" role="group" aria-label="%s">`, w, h, html.EscapeString(label))
	b.WriteString(`<g class="edges" aria-hidden="true">`)
	for _, e := range edges {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke-width="%.1f"><title>%s and %s: %s</title></line>`,
			x[e.a], y[e.a], x[e.b], y[e.b], 1+4*float64(e.n-1)/float64(max(maxN-1, 1)),
			html.EscapeString(nodes[e.a].name), html.EscapeString(nodes[e.b].name), plural(e.n, "source", "sources"))
	}
	b.WriteString(`</g><g class="nodes">`)
	for i, n := range nodes {
		anchor, dx, dy := "middle", 0.0, -12.0
		switch {
		case n.center:
			dy = -14
		case x[i] > cx+1:
			anchor, dx, dy = "start", 10, 4
		case x[i] < cx-1:
			anchor, dx, dy = "end", -10, 4
		case y[i] > cy:
			dy = 20
		}
		cls := "node"
		if n.center {
			cls = "node center"
		}
		fmt.Fprintf(&b, `<a class="%s" href="%s"><circle cx="%.1f" cy="%.1f" r="%d"/><text x="%.1f" y="%.1f" text-anchor="%s">%s</text></a>`,
			cls, html.EscapeString(href(n.id)), x[i], y[i], map[bool]int{false: 6, true: 9}[n.center],
			x[i]+dx, y[i]+dy, anchor, html.EscapeString(n.name))
	}
	b.WriteString(`</g></svg>`)
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// peopleGraph returns the people index's graph of the MaxGraphPeople most
// prominent people, and its pairs, strongest first, for the list beside it.
func peopleGraph(g *link.Graph, ix *index) (string, []graphPair) {
	top := ix.peopleByProminence[:min(MaxGraphPeople, len(ix.peopleByProminence))]
	at := map[int]int{}
	nodes := make([]graphNode, len(top))
	for k, p := range top {
		at[p] = k
		nodes[k] = graphNode{id: g.Dossier.People[p].ID, name: g.Dossier.People[p].Name}
	}
	var edges []graphEdge
	for k, p := range top {
		for q, n := range ix.with[p] {
			if j, ok := at[q]; ok && j > k {
				edges = append(edges, graphEdge{k, j, n})
			}
		}
	}
	sortEdges(edges)
	edges = prune(edges, func(graphEdge) bool { return false })
	pairs := make([]graphPair, len(edges))
	for i, e := range edges {
		pairs[i] = graphPair{A: personRef{ID: nodes[e.a].id, Name: nodes[e.a].name}, B: personRef{ID: nodes[e.b].id, Name: nodes[e.b].name}, Sources: e.n}
	}
	svg := graphSVG(fmt.Sprintf("Who is named with whom: the %d people named in most sources; each name links to the person’s page", len(nodes)),
		nodes, edges, personURL)
	return svg, pairs
}

// neighbourhood returns the graph of person p and the people named with
// them most (info.With), with the lines between those people too.
func neighbourhood(g *link.Graph, ix *index, p int, with []personRef) string {
	if len(with) == 0 {
		return ""
	}
	nodes := []graphNode{{id: g.Dossier.People[p].ID, name: g.Dossier.People[p].Name, center: true}}
	at := map[int]int{p: 0}
	for _, w := range with {
		q := ix.person[w.ID]
		at[q] = len(nodes)
		nodes = append(nodes, graphNode{id: w.ID, name: w.Name})
	}
	var edges []graphEdge
	for q, k := range at {
		for r, n := range ix.with[q] {
			if j, ok := at[r]; ok && j > k {
				edges = append(edges, graphEdge{k, j, n})
			}
		}
	}
	sortEdges(edges)
	var kept []graphEdge
	for _, e := range edges {
		if e.a == 0 || e.n > 1 { // between two others, only a line of several sources
			kept = append(kept, e)
		}
	}
	edges = prune(kept, func(e graphEdge) bool { return e.a == 0 })
	return graphSVG(fmt.Sprintf("%s and the people named with them most; each name links to the person’s page", nodes[0].name),
		nodes, edges, personURL)
}

// MaxEdgesPerPerson is how many of each person's strongest lines a graph
// keeps (a line stays if it is among the strongest of either end): in a
// small dossier almost everyone is named with everyone, and every line
// drawn would hide the ones that matter.
const MaxEdgesPerPerson = 2

// prune keeps the edges, sorted strongest first, that are among the
// MaxEdgesPerPerson strongest of one of their nodes, or that keep says to.
func prune(edges []graphEdge, keep func(graphEdge) bool) []graphEdge {
	seen := map[int]int{}
	var out []graphEdge
	for _, e := range edges {
		if keep(e) || seen[e.a] < MaxEdgesPerPerson || seen[e.b] < MaxEdgesPerPerson {
			out = append(out, e)
			seen[e.a]++
			seen[e.b]++
		}
	}
	return out
}

// sortEdges orders edges strongest first, then by their nodes, so the
// output does not depend on map order.
func sortEdges(edges []graphEdge) {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].n != edges[j].n {
			return edges[i].n > edges[j].n
		}
		if edges[i].a != edges[j].a {
			return edges[i].a < edges[j].a
		}
		return edges[i].b < edges[j].b
	})
}

// A graphPair is two people of the people index's graph and the sources
// naming both.
type graphPair struct {
	A       personRef `json:"a"`
	B       personRef `json:"b"`
	Sources int       `json:"sources"`
}

// peopleIndexFront is the people index's front matter.
type peopleIndexFront struct {
	sectionFront
	Graph string      `json:"graph"` // the SVG
	Pairs []graphPair `json:"pairs"` // its lines, strongest first
}
