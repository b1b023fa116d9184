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
