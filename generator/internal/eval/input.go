package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// OptString is a JSON string field that remembers whether it was present
// and whether it was null, because the rules treat a missing quote kind
// (speech) differently from a null one (not speech).
type OptString struct {
	Set   bool   // the field was present (null included)
	Null  bool   // the field was null
	Value string // the string, when present and not null
}

// UnmarshalJSON records presence, null and the value.
func (o *OptString) UnmarshalJSON(b []byte) error {
	o.Set = true
	if string(b) == "null" {
		o.Null = true
		return nil
	}
	if err := json.Unmarshal(b, &o.Value); err != nil {
		return fmt.Errorf("want a string or null: %w", err)
	}
	return nil
}

// MarshalJSON writes the value, null, or null for an unset field.
func (o OptString) MarshalJSON() ([]byte, error) {
	if !o.Set || o.Null {
		return []byte("null"), nil
	}
	return json.Marshal(o.Value)
}

// is reports whether the field holds value, or is missing and value is
// the default def.
func (o OptString) is(value, def string) bool {
	if !o.Set {
		return value == def
	}
	return !o.Null && o.Value == value
}

// Str is a present, non-null OptString.
func Str(s string) OptString { return OptString{Set: true, Value: s} }

// Dossier is the part of data/dossier.json the evaluation reads.
type Dossier struct {
	Sources []Source `json:"sources"`
	People  []Person `json:"people"`
	Quotes  []Quote  `json:"quotes"`
	Events  []Event  `json:"events"`
}

// Source is a dossier source: its id, its file (compared with the gold by
// base name) and its publication date.
type Source struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	Published string `json:"published"`
}

// Person is a dossier person with the sources of its mentions.
type Person struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one mention of a person; only its source counts.
type Mention struct {
	Source *string `json:"source"`
}

// Quote is a dossier quote.
type Quote struct {
	Source  *string   `json:"source"`
	Text    string    `json:"text"`
	Speaker *string   `json:"speaker"`       // person id or null
	Kind    OptString `json:"kind,omitzero"` // missing counts as speech, null does not
	Group   *string   `json:"group"`         // null or missing: in no group; "" is a group
}

// Event is a dossier event with its reports.
type Event struct {
	Date    string   `json:"date"`
	Reports []Report `json:"reports"`
}

// Report is one source's report of an event.
type Report struct {
	Source *string `json:"source"`
	Date   string  `json:"date"` // "" falls back to the event's date
}

// Gold is the gold of one article (gold/dNN.txt.gold.json).
type Gold struct {
	Source    string       `json:"source"`
	Published string       `json:"published"`
	People    []GoldPerson `json:"people"`
	Quotes    []GoldQuote  `json:"quotes"`
	Events    []GoldEvent  `json:"events"`
}

// GoldPerson is a gold person; a missing kind is "subject".
type GoldPerson struct {
	Name  string    `json:"name"`
	Forms []string  `json:"forms"`
	Kind  OptString `json:"kind,omitzero"` // missing: subject
}

// GoldQuote is a gold quote.
type GoldQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Kind    string  `json:"kind"`
}

// GoldEvent is a gold event; only its date is scored.
type GoldEvent struct {
	Date string `json:"date"`
}

// Cross is the cross-article gold (gold/CROSS.json).
type Cross struct {
	QuoteGroups [][]CrossQuote `json:"quote_groups"`
	EventGroups []CrossEvent   `json:"event_groups"`
	People      []CrossPerson  `json:"people"`
}

// CrossQuote is one member of a gold quote group.
type CrossQuote struct {
	Source string `json:"source"`
	Text   string `json:"text"`
}

// CrossEvent is a gold event group.
type CrossEvent struct {
	Date    string        `json:"date"`
	Reports []CrossReport `json:"reports"`
}

// CrossReport is one source's report in a gold event group.
type CrossReport struct {
	Source string `json:"source"`
	Date   string `json:"date"`
}

// CrossPerson is a gold person with the sources that name them.
type CrossPerson struct {
	Name    string   `json:"name"`
	Sources []string `json:"sources"`
}

// GoldSet is the gold of every article, in the order of their file names,
// keyed by the article's file name; a later file with the same source
// replaces the earlier one in its place.
type GoldSet struct {
	Files []string         // article file names, in order
	By    map[string]*Gold // by article file name
}

// Add puts g in the set under g.Source.
func (s *GoldSet) Add(g *Gold) {
	if s.By == nil {
		s.By = map[string]*Gold{}
	}
	if _, ok := s.By[g.Source]; !ok {
		s.Files = append(s.Files, g.Source)
	}
	s.By[g.Source] = g
}

// ReadDossier reads a dossier.json.
func ReadDossier(path string) (*Dossier, error) {
	var d Dossier
	if err := readJSON(path, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// ReadGold reads every *.gold.json file of dir, in the order of their names.
func ReadGold(dir string) (*GoldSet, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".gold.json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	set := &GoldSet{By: map[string]*Gold{}}
	for _, n := range names {
		var g Gold
		if err := readJSON(filepath.Join(dir, n), &g); err != nil {
			return nil, err
		}
		set.Add(&g)
	}
	return set, nil
}

// ReadCross reads a CROSS.json.
func ReadCross(path string) (*Cross, error) {
	var c Cross
	if err := readJSON(path, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Exclude drops the named articles from the gold and from the cross gold:
// their gold files, their members of quote groups, their reports in event
// groups and their place in the cross people's source lists. It is how an
// article the generator cannot yet build is left out of both sides.
func Exclude(g *GoldSet, c *Cross, files []string) {
	if len(files) == 0 {
		return
	}
	drop := map[string]bool{}
	for _, f := range files {
		drop[f] = true
	}
	if g != nil {
		kept := g.Files[:0:0]
		for _, f := range g.Files {
			if drop[f] {
				delete(g.By, f)
				continue
			}
			kept = append(kept, f)
		}
		g.Files = kept
	}
	if c == nil {
		return
	}
	for i, grp := range c.QuoteGroups {
		kept := []CrossQuote{}
		for _, m := range grp {
			if !drop[m.Source] {
				kept = append(kept, m)
			}
		}
		c.QuoteGroups[i] = kept
	}
	for i, grp := range c.EventGroups {
		kept := []CrossReport{}
		for _, r := range grp.Reports {
			if !drop[r.Source] {
				kept = append(kept, r)
			}
		}
		c.EventGroups[i].Reports = kept
	}
	for i, p := range c.People {
		kept := []string{}
		for _, s := range p.Sources {
			if !drop[s] {
				kept = append(kept, s)
			}
		}
		c.People[i].Sources = kept
	}
}
