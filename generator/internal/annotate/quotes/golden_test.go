package quotes

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/dossier/dossier/generator/internal/golden"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/synth"
	"github.com/dossier/dossier/generator/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden")

// goldenDump writes everything Find and Group return, spans included, one
// fact a line. Find is run again on every document.
func goldenDump(docs []*doc.Annotated) string {
	var b strings.Builder
	line := func(kind string, v any) {
		j, err := json.Marshal(v)
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(&b, "%s %s\n", kind, j)
	}
	for _, a := range docs {
		a.Quotes, a.Citations = Find(a)
		fmt.Fprintf(&b, "source %s\n", a.Source.ID)
		for _, q := range a.Quotes {
			line("quote", q)
		}
		for _, c := range a.Citations {
			line("cite", c)
		}
	}
	for i, g := range Group(docs) {
		fmt.Fprintf(&b, "group %s %q\n", docs[i].Source.ID, g)
	}
	return b.String()
}

// pipelineDocs parses source files as the pipeline does (front matter,
// ids) and finds their people with people.Find.
func pipelineDocs(t testing.TB, names []string, data [][]byte) []*doc.Annotated {
	t.Helper()
	srcs := golden.Sources(t, names, data)
	var docs []*doc.Annotated
	for _, src := range srcs {
		a := &doc.Annotated{Source: src, Reading: text.Read(src.Text)} // as the pipeline reads it
		a.People, a.Mentions, a.Warnings = people.Find(src, nil)
		docs = append(docs, a)
	}
	return docs
}

// TestGolden guards optimisations: the full output of Find and Group on
// the seeds and the evaluation corpus (people by hand, and people found by
// people.Find), and on a synthetic corpus and copies of the evaluation
// corpus (by hash), must not change. Run with -update after an intended
// change of results.
func TestGolden(t *testing.T) {
	var got strings.Builder
	got.WriteString(goldenDump(loadSeeds(t)))
	got.WriteString("--- evaluation corpus\n")
	c := loadCorpus(t)
	var eval []*doc.Annotated
	for _, f := range c.files {
		eval = append(eval, c.docs[f])
	}
	got.WriteString(goldenDump(eval))
	got.WriteString("--- seeds and corpus through people.Find\n")
	names, data := golden.Files(t, "../../../../sources/*.txt")
	n2, d2 := golden.Files(t, filepath.Join("testdata", "corpus", "*.txt"))
	got.WriteString(goldenDump(pipelineDocs(t, append(names, n2...), append(data, d2...))))

	var synthNames []string
	var synthData [][]byte
	for _, f := range synth.Corpus(synth.Options{N: 400, Seed: 7}) {
		synthNames = append(synthNames, f.Name)
		synthData = append(synthData, f.Data)
	}
	var sums strings.Builder
	fmt.Fprintf(&sums, "synth %x\n", sha256.Sum256([]byte(goldenDump(pipelineDocs(t, synthNames, synthData)))))
	fmt.Fprintf(&sums, "copies %x\n", sha256.Sum256([]byte(goldenDump(benchDocs(t, 2000)))))

	check := func(name, got string) { golden.Check(t, filepath.Join("testdata", name), got, *update) }
	check("golden.txt", got.String())
	check("golden_hashes.txt", sums.String())
}
