// Package people finds the people named in a source, merges the forms each
// is called by, and links them across sources into one id per person.
package people

import "github.com/dossier/dossier/generator/internal/doc"

// Registry is the curator's hand-kept list of people (data/people.yaml).
// The zero value, or nil, is an empty registry: the generator works without one.
type Registry struct {
	People []Entry `yaml:"people"`
}

// Entry is one curated person.
type Entry struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Aliases     []string `yaml:"aliases"`
	Description string   `yaml:"description"`
	Links       []string `yaml:"links"`
}

// LoadRegistry reads a registry file; a missing file is an empty registry.
func LoadRegistry(path string) (*Registry, error) {
	return &Registry{}, nil
}

// Find returns the people named in src and every mention of them, in text order.
func Find(src *doc.Source, reg *Registry) (people []doc.Person, mentions []doc.Mention, warnings []string) {
	return nil, nil, nil
}

// Link gives every person of every source a dossier-wide id. ids[i][j] is the id
// of docs[i].People[j]; entries lists every person once, sorted by id.
func Link(docs []*doc.Annotated, reg *Registry) (ids [][]string, entries []doc.PersonEntry, warnings []string) {
	ids = make([][]string, len(docs))
	return ids, nil, nil
}
