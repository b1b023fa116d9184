package people

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"github.com/dossier/dossier/generator/internal/golden"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/synth"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden")

// goldenRegistry exercises the registry paths of Find and Link.
const goldenRegistry = `people:
  - name: Donald Trump
    aliases: [Trump, Donald J. Trump]
    description: Businessman
    split: [Ivanka Trump]
  - name: Ivanka Trump
exclude:
  - Trump Tower
`

// dump writes everything Find and Link return, spans included, one fact a line.
func dump(docs []*doc.Annotated, reg *Registry) string {
	var b strings.Builder
	for _, a := range docs {
		a.People, a.Mentions, a.Warnings = Find(a.Source, reg)
		fmt.Fprintf(&b, "source %s\n", a.Source.ID)
		for i, p := range a.People {
			fmt.Fprintf(&b, "person %d %q key=%q aliases=%q\n", i, p.Name, p.Key, p.Aliases)
			for _, d := range p.Descriptions {
				fmt.Fprintf(&b, "  desc %d-%d %q\n", d.Start, d.End, d.Text)
			}
			for _, g := range p.Ages {
				fmt.Fprintf(&b, "  age %d-%d %d\n", g.Start, g.End, g.Age)
			}
		}
		for _, m := range a.Mentions {
			fmt.Fprintf(&b, "mention %d-%d p%d %q\n", m.Start, m.End, m.Person, m.Form)
		}
		for _, w := range a.Warnings {
			fmt.Fprintf(&b, "warning %s\n", w)
		}
	}
	l := LinkIDs(docs, reg)
	ids, entries, warnings := l.IDs, l.Entries(), l.Warnings
	fmt.Fprintf(&b, "ids %q\n", ids)
	for _, e := range entries {
		fmt.Fprintf(&b, "entry %+v\n", e)
	}
	for _, w := range warnings {
		fmt.Fprintf(&b, "link warning %s\n", w)
	}
	return b.String()
}

// goldenDocs returns the seed sources and the evaluation corpus.
func goldenDocs(t *testing.T) []*doc.Annotated {
	docs := loadSeeds(t)
	eval, _ := loadEval(t)
	return append(docs, eval...)
}

// synthDocs returns a deterministic synthetic corpus.
func synthDocs(n int) []*doc.Annotated {
	var docs []*doc.Annotated
	for _, f := range synth.Corpus(synth.Options{N: n, Seed: 7}) {
		text := string(f.Data)
		if strings.HasPrefix(text, "---\n") {
			if end := strings.Index(text[4:], "\n---\n"); end >= 0 {
				text = text[4+end+5:]
			}
		}
		docs = append(docs, &doc.Annotated{Source: &doc.Source{ID: f.Name, Text: text, FirstLine: 1}})
	}
	return docs
}

// TestGolden guards optimisations: the full output of Find and Link on the
// seeds, the evaluation corpus (with and without a registry) and a
// synthetic corpus (by hash) must not change. Run with -update after an
// intended change of results.
func TestGolden(t *testing.T) {
	reg, err := parseRegistry("golden.yaml", []byte(goldenRegistry))
	if err != nil {
		t.Fatal(err)
	}
	got := dump(goldenDocs(t), nil) + "--- registry\n" + dump(goldenDocs(t), reg)
	gotSynth := fmt.Sprintf("%x\n", sha256.Sum256([]byte(dump(synthDocs(300), nil))))
	check := func(name, got string) { golden.Check(t, filepath.Join("testdata", name), got, *update) }
	check("golden.txt", got)
	check("golden_synth.sha256", gotSynth)
}
