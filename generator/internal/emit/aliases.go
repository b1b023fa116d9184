package emit

import (
	"sort"
	"strings"

	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/slug"
)

// personAliases returns the former URLs a person page also answers to
// (Hugo's aliases front matter, which writes a redirect at each): the
// /people/<id>/ of every other full name the person goes by (their
// aliases and the forms of their mentions, two words or more). A person's
// id is the slug of their canonical name, so when that name changes — a
// new source gives a fuller one, or a curator sets it in data/people.yaml
// — the old id is still one of their forms, and the old URL still works.
// Ids of other people are never aliases.
func personAliases(g *link.Graph, ix *index, p int) []string {
	e := &g.Dossier.People[p]
	seen := map[string]bool{e.ID: true}
	var out []string
	add := func(form string) {
		if len(strings.Fields(form)) < 2 {
			return
		}
		id := slug.Make(strings.ReplaceAll(form, ".", ""), 0)
		if id == "" || seen[id] {
			return
		}
		seen[id] = true
		if _, other := ix.person[id]; other {
			return
		}
		out = append(out, personURL(id))
	}
	add(e.Name)
	for _, a := range e.Aliases {
		add(a)
	}
	for _, m := range e.Mentions {
		add(m.Form)
	}
	sort.Strings(out)
	return out
}
