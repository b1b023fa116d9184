package emit

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/load"
)

// graphOf loads, annotates and links texts, with an optional registry.
func graphOf(t *testing.T, reg *people.Registry, texts ...string) *link.Graph {
	t.Helper()
	var sources []*doc.Source
	for i, text := range texts {
		s, _, err := load.Bytes([]byte(text), "sources/"+string(rune('a'+i))+".txt")
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, s)
	}
	load.AssignIDs(sources)
	var docs []*doc.Annotated
	for _, s := range sources {
		docs = append(docs, mustAnnotate(s, reg))
	}
	return link.Link(docs, reg)
}

// TestRenamedPersonKeepsURL renames a person through data/people.yaml and
// checks that the page under the new id answers to the old URL.
func TestRenamedPersonKeepsURL(t *testing.T) {
	text := "---\ntitle: Council\npublished: 2021-03-02\n---\nMayor Ada Lund opened the session on Monday.\n\nLund said the budget was ready. Ada Lund then left.\n"
	before := graphOf(t, nil, text)
	old := ""
	for _, p := range before.Dossier.People {
		if p.Name == "Ada Lund" {
			old = p.ID
		}
	}
	if old == "" {
		t.Fatalf("no Ada Lund among %+v", before.Dossier.People)
	}
	path := filepath.Join(t.TempDir(), "people.yaml")
	if err := os.WriteFile(path, []byte("people:\n  - id: ada-b-lund\n    name: Ada B. Lund\n    aliases: [Ada Lund, Lund]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	reg, err := people.LoadRegistry(path)
	if err != nil {
		t.Fatal(err)
	}
	after := graphOf(t, reg, text)
	ix := newIndex(after)
	p, ok := ix.person["ada-b-lund"]
	if !ok {
		t.Fatalf("no ada-b-lund among %+v", after.Dossier.People)
	}
	front, _ := personPage(after, ix, p)
	if !slices.Contains(front.Aliases, personURL(old)) {
		t.Errorf("aliases of ada-b-lund = %v; want the old URL %s", front.Aliases, personURL(old))
	}
	// No alias is the URL of another person.
	for _, a := range front.Aliases {
		for _, q := range after.Dossier.People {
			if personURL(q.ID) == a {
				t.Errorf("alias %s is %s's page", a, q.ID)
			}
		}
	}
}
