package people

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"

	"github.com/goccy/go-yaml"
)

// Registry is the curator's hand-kept list of people (data/people.yaml).
// The zero value, or nil, is an empty registry: the generator works without one.
type Registry struct {
	People []Entry `yaml:"people"`
	// Exclude lists strings that are never people ("Okafor Tower").
	Exclude []string `yaml:"exclude"`

	once sync.Once
	idx  *regIndex
}

// Entry is one curated person.
type Entry struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Aliases     []string `yaml:"aliases"`
	Description string   `yaml:"description"`
	Links       []string `yaml:"links"`
	// Split lists names that must never be merged into this person, even when
	// they share a surname or given name ("Nia Okafor" on ben-okafor).
	Split []string `yaml:"split"`
}

// regIndex is the lookup form of a registry.
type regIndex struct {
	entries []Entry
	forms   map[string]int // normalized name or alias → entry index, -1 when two entries claim it
	byID    map[string]int
	exclude map[string]struct{}
	split   map[string]map[string]bool // entry id → normalized names kept apart
}

// LoadRegistry reads a registry file; a missing file is an empty registry.
func LoadRegistry(path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Registry{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("people registry: %w", err)
	}
	return parseRegistry(path, data)
}

func parseRegistry(path string, data []byte) (*Registry, error) {
	r := &Registry{}
	if err := yaml.UnmarshalWithOptions(data, r, yaml.Strict()); err != nil {
		var ye yaml.Error
		if errors.As(err, &ye) && ye.GetToken() != nil {
			return nil, fmt.Errorf("%s:%d: %s", path, ye.GetToken().Position.Line, ye.GetMessage())
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	seen := map[string]bool{}
	for i, e := range r.People {
		if e.Name == "" {
			return nil, fmt.Errorf("%s: people[%d]: name is required", path, i)
		}
		if e.ID == "" {
			r.People[i].ID = slug(e.Name)
		}
		if seen[r.People[i].ID] {
			return nil, fmt.Errorf("%s: people[%d]: duplicate id %q", path, i, r.People[i].ID)
		}
		seen[r.People[i].ID] = true
	}
	return r, nil
}

// index returns the lookup tables of r, built once; nil for a nil registry.
func (r *Registry) index() *regIndex {
	if r == nil {
		return nil
	}
	r.once.Do(func() {
		x := &regIndex{
			forms:   map[string]int{},
			byID:    map[string]int{},
			exclude: map[string]struct{}{},
			split:   map[string]map[string]bool{},
		}
		x.entries = r.People
		for i, e := range r.People {
			id := e.ID
			if id == "" {
				id = slug(e.Name)
				x.entries[i].ID = id
			}
			x.byID[id] = i
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				k := normKey(n)
				if j, ok := x.forms[k]; ok && j != i {
					x.forms[k] = -1
					continue
				}
				x.forms[k] = i
			}
			if len(e.Split) > 0 {
				x.split[id] = map[string]bool{}
				for _, s := range e.Split {
					x.split[id][normKey(s)] = true
				}
			}
		}
		for _, s := range r.Exclude {
			x.exclude[normKey(s)] = struct{}{}
		}
		r.idx = x
	})
	return r.idx
}

// entryOf returns the id of the entry a normalized name belongs to, or "".
func (x *regIndex) entryOf(key string) string {
	if x == nil {
		return ""
	}
	if i, ok := x.forms[key]; ok && i >= 0 {
		return x.entries[i].ID
	}
	return ""
}

// entry returns the entry with the id.
func (x *regIndex) entry(id string) (Entry, bool) {
	if x == nil {
		return Entry{}, false
	}
	i, ok := x.byID[id]
	if !ok {
		return Entry{}, false
	}
	return x.entries[i], true
}

// splitFrom reports whether the curated person id must be kept apart from a name.
func (x *regIndex) splitFrom(id, key string) bool {
	return x != nil && x.split[id][key]
}
