// Package quotes extracts quotations, attributes their speakers, finds the
// outlets a source cites, and groups the same quote across sources.
package quotes

import "github.com/dossier/dossier/generator/internal/doc"

// Find returns the quotes in a, in text order, with speakers as indexes into
// a.People (whose Mentions are already found), and the outlets the text cites.
func Find(a *doc.Annotated) (quotes []doc.Quote, citations []doc.Citation) {
	return nil, nil
}

// Group assigns a group id to every quote: groups[i][j] is the group of
// docs[i].Quotes[j]; the same quote in other wording shares a group.
func Group(docs []*doc.Annotated) (groups [][]string) {
	groups = make([][]string, len(docs))
	for i, d := range docs {
		groups[i] = make([]string, len(d.Quotes))
	}
	return groups
}
