package synth

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/load"
)

func TestDeterministic(t *testing.T) {
	a := Corpus(Options{N: 50, Seed: 7})
	b := Corpus(Options{N: 50, Seed: 7})
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("source %d differs between two runs with the same seed", i)
		}
	}
	c := Corpus(Options{N: 50, Seed: 8})
	if bytes.Equal(a[0].Data, c[0].Data) {
		t.Errorf("seeds 7 and 8 gave the same first source")
	}
}

func TestLoadsAndSize(t *testing.T) {
	files := Corpus(Options{N: 200, Seed: 1})
	total := 0
	names := map[string]bool{}
	for _, f := range files {
		total += len(f.Data)
		if names[f.Name] {
			t.Errorf("duplicate name %s", f.Name)
		}
		names[f.Name] = true
		src, _, err := load.Bytes(f.Data, f.Name)
		if err != nil {
			t.Fatalf("%s does not load: %v\n%s", f.Name, err, f.Data)
		}
		if !strings.Contains(src.Text, "said") {
			t.Errorf("%s has no attributed quote", f.Name)
		}
	}
	if avg := total / len(files); avg < 4500 || avg > 8000 {
		t.Errorf("average source size %d bytes; want about 6 KB", avg)
	}
	t.Logf("200 sources, %d bytes, %d per source", total, total/len(files))
}

// TestFamilies: in the many-people shape every story has a cast of its
// own, so the number of people grows with the corpus, and each family of
// sources names its own cast.
func TestFamilies(t *testing.T) {
	opt := Options{N: 200, Seed: 3, Family: 10}
	w := newWorld(opt)
	if len(w.stories) != 20 {
		t.Fatalf("%d stories; want N/Family = 20", len(w.stories))
	}
	owner := map[int]int{} // person → story
	for si, s := range w.stories {
		if len(s.people) < 3 {
			t.Errorf("story %d has a cast of %d; want 3 or more", si, len(s.people))
		}
		for _, p := range s.people {
			if o, ok := owner[p]; ok && o != si {
				t.Errorf("person %s is in stories %d and %d", w.people[p].full(), o, si)
			}
			owner[p] = si
		}
	}
	files := Corpus(opt)
	for i, f := range files {
		protagonist := w.people[w.stories[i/10].people[0]].full()
		if !bytes.Contains(f.Data, []byte(protagonist)) {
			t.Errorf("%s (family %d) does not name its story's protagonist %s", f.Name, i/10, protagonist)
		}
	}
	again := Corpus(opt)
	for i := range files {
		if !bytes.Equal(files[i].Data, again[i].Data) {
			t.Fatalf("source %d differs between two runs", i)
		}
	}
}
