package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

// TestFindInferring checks that FindInferring gives what InferPublished and
// then Find give, on sources with their publication date and without.
func TestFindInferring(t *testing.T) {
	var srcs []*doc.Source
	paths, _ := filepath.Glob("testdata/*.txt")
	seeds, _ := filepath.Glob("../../../../sources/*.txt")
	for _, p := range append(paths, seeds...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src, _, err := load.Bytes(data, filepath.Base(p))
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	for _, f := range synth.Corpus(synth.Options{N: 100, Seed: 5}) {
		src, _, err := load.Bytes(f.Data, f.Name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	inferred := 0
	for _, orig := range srcs {
		for _, published := range []string{orig.Published, ""} {
			s1, s2 := *orig, *orig
			s1.Published, s2.Published = published, published
			a1, a2 := &doc.Annotated{Source: &s1}, &doc.Annotated{Source: &s2}
			d1, r1 := FindInferring(a1)
			if s2.Published == "" {
				s2.Published, s2.PublishedBasis = InferPublished(&s2)
			}
			d2, r2 := Find(a2)
			if s1.Published != s2.Published || s1.PublishedBasis != s2.PublishedBasis ||
				!reflect.DeepEqual(d1, d2) || !reflect.DeepEqual(r1, r2) || !reflect.DeepEqual(a1.Warnings, a2.Warnings) {
				t.Errorf("%s (published %q): FindInferring differs from InferPublished and Find", orig.File, published)
			}
			if published == "" && s1.Published != "" {
				inferred++
			}
		}
	}
	if inferred == 0 {
		t.Error("no publication date inferred: the test checks nothing of the inference")
	}
}
