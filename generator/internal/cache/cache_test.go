package cache

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
)

func seedSources(t *testing.T) []*doc.Source {
	t.Helper()
	sources, _, err := load.Dir("../../..", "../../../sources")
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) == 0 {
		t.Fatal("no seed sources")
	}
	return sources
}

func TestRoundTrip(t *testing.T) {
	root := t.TempDir()
	c, err := Open(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg := &people.Registry{}
	for _, src := range seedSources(t) {
		k := c.Key(src)
		if _, ok := c.Get(k, src); ok {
			t.Fatalf("%s: hit in an empty cache", src.File)
		}
		want := mustAnnotate(src, reg)
		if err := c.Put(k, want); err != nil {
			t.Fatal(err)
		}
		// A fresh copy of the source, as the next run loads it.
		again := *src
		got, ok := c.Get(c.Key(&again), &again)
		if !ok {
			t.Fatalf("%s: miss after Put", src.File)
		}
		if got.Source != &again || got.Published != want.Published {
			t.Errorf("%s: source not attached or date %q not restored", src.File, got.Published)
		}
		got.Source, want.Source = nil, nil
		want.Reading = nil // the reading is not cached: it is made again when needed
		if !reflect.DeepEqual(normalize(got), normalize(want)) {
			t.Errorf("%s: cached annotation differs from the original", src.File)
		}
	}
	if hits, misses := c.Stats(); hits != 5 || misses != 5 {
		t.Errorf("hits %d, misses %d; want 5 and 5", hits, misses)
	}
}

// normalize makes nil and empty slices alike (gob does not keep the difference).
func normalize(a *doc.Annotated) *doc.Annotated {
	b := *a
	v := reflect.ValueOf(&b).Elem()
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Slice:
			if v.Len() == 0 && v.CanSet() {
				v.Set(reflect.Zero(v.Type()))
			}
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(v)
	return &b
}

func TestKeyChanges(t *testing.T) {
	root := t.TempDir()
	c, _ := Open(root, nil)
	c2, _ := Open(root, []byte("people: []"))
	base := doc.Source{ID: "a", File: "sources/a.txt", Hash: "h1", Published: "2021-03-04", Text: "x"}
	k := c.Key(&base)
	for name, change := range map[string]func(*doc.Source){
		"hash":      func(s *doc.Source) { s.Hash = "h2" },
		"file":      func(s *doc.Source) { s.File = "sources/b.txt" },
		"id":        func(s *doc.Source) { s.ID = "b" },
		"published": func(s *doc.Source) { s.Published = "" },
	} {
		s := base
		change(&s)
		if c.Key(&s) == k {
			t.Errorf("changing the %s keeps the key", name)
		}
	}
	if c2.Key(&base) == k {
		t.Errorf("changing the registry keeps the key")
	}
}

func TestDamagedEntryIsAMiss(t *testing.T) {
	root := t.TempDir()
	c, _ := Open(root, nil)
	src := seedSources(t)[0]
	k := c.Key(src)
	a := mustAnnotate(src, &people.Registry{})
	if err := c.Put(k, a); err != nil {
		t.Fatal(err)
	}
	path := c.path(k)
	b, _ := os.ReadFile(path)
	for name, data := range map[string][]byte{"truncated": b[:len(b)/2], "garbage": []byte("not gob"), "empty": nil} {
		os.WriteFile(path, data, 0o644)
		if _, ok := c.Get(k, src); ok {
			t.Errorf("%s entry was a hit", name)
		}
	}
	// An entry whose spans do not fit the text (a hash collision, a bug) is a miss too.
	short := *src
	short.Text = src.Text[:10]
	c.Put(k, a)
	if _, ok := c.Get(k, &short); ok && len(a.Mentions) > 0 {
		t.Errorf("entry with spans beyond the text was a hit")
	}
}

func TestPrune(t *testing.T) {
	root := t.TempDir()
	c, _ := Open(root, nil)
	sources := seedSources(t)
	reg := &people.Registry{}
	for _, s := range sources {
		c.Put(c.Key(s), mustAnnotate(s, reg))
	}
	os.WriteFile(filepath.Join(root, Dir, ".tmp-stray"), nil, 0o644)
	os.WriteFile(filepath.Join(root, Dir, "README"), nil, 0o644)
	// The next run uses only the first two sources.
	c2, _ := Open(root, nil)
	for _, s := range sources[:2] {
		c2.Get(c2.Key(s), s)
	}
	removed, err := c2.Prune()
	if err != nil {
		t.Fatal(err)
	}
	if removed != len(sources)-2+1 {
		t.Errorf("removed %d; want %d", removed, len(sources)-2+1)
	}
	left, _ := filepath.Glob(filepath.Join(root, Dir, "*"))
	if len(left) != 3 { // two entries and the README that is not the cache's
		t.Errorf("left %v", left)
	}
}

func BenchmarkGet(b *testing.B) {
	root := b.TempDir()
	c, _ := Open(root, nil)
	sources, _, _ := load.Dir("../../..", "../../../sources")
	reg := &people.Registry{}
	keys := make([]Key, len(sources))
	for i, s := range sources {
		keys[i] = c.Key(s)
		c.Put(keys[i], mustAnnotate(s, reg))
	}
	for b.Loop() {
		for i, s := range sources {
			if _, ok := c.Get(keys[i], s); !ok {
				b.Fatal("miss")
			}
		}
	}
}

// TestEditedEntryIsAMiss checks that an entry changed at the same length,
// which gob decodes without complaint, is not used.
func TestEditedEntryIsAMiss(t *testing.T) {
	root := t.TempDir()
	c, _ := Open(root, nil)
	src := seedSources(t)[0]
	k := c.Key(src)
	a := mustAnnotate(src, &people.Registry{})
	if len(a.People) == 0 {
		t.Fatal("no people to edit")
	}
	if err := c.Put(k, a); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(c.path(k))
	name := []byte(a.People[0].Name)
	i := bytes.LastIndex(b, name)
	if i < 0 {
		t.Fatalf("%q not in the entry", name)
	}
	b[i] ^= 0x20 // "Ada" → "ada": same length
	os.WriteFile(c.path(k), b, 0o644)
	if got, ok := c.Get(k, src); ok {
		t.Errorf("an entry edited at the same length was a hit (person %q)", got.People[0].Name)
	}
}

// mustAnnotate annotates src and panics on an internal error, which no
// test source should cause.
func mustAnnotate(src *doc.Source, reg *people.Registry) *doc.Annotated {
	a, err := annotate.Source(src, reg)
	if err != nil {
		panic(err)
	}
	return a
}

// TestInferredRoundTrip checks that a publication date and an outlet
// inferred from the text come back from the cache on the annotation, and
// that neither is written into the source.
func TestInferredRoundTrip(t *testing.T) {
	c, err := Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	text := "Floods close Port Halden\n\nPORT HALDEN, May 3 (Baltic Wire) — The port closed on Tuesday, the worst flooding of the 2022 season.\n"
	src, _, err := load.Bytes([]byte(text), "port.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := mustAnnotate(src, &people.Registry{})
	if a.Published != "2022-05-03" || a.Outlet != "Baltic Wire" || src.Published != "" || src.Outlet != "" {
		t.Fatalf("annotated published %q outlet %q, source %q %q", a.Published, a.Outlet, src.Published, src.Outlet)
	}
	k := c.Key(src)
	if err := c.Put(k, a); err != nil {
		t.Fatal(err)
	}
	again := *src
	got, ok := c.Get(c.Key(&again), &again)
	if !ok {
		t.Fatal("miss after Put")
	}
	if got.Published != a.Published || got.PublishedBasis != a.PublishedBasis || got.Outlet != a.Outlet || got.OutletBasis != a.OutletBasis {
		t.Errorf("cached %q %q %q %q, want %q %q %q %q", got.Published, got.PublishedBasis, got.Outlet, got.OutletBasis,
			a.Published, a.PublishedBasis, a.Outlet, a.OutletBasis)
	}
	if again.Published != "" || again.Outlet != "" {
		t.Errorf("the cache wrote into the source: %q %q", again.Published, again.Outlet)
	}
}
