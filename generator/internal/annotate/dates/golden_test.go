package dates

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
	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/synth"
	"github.com/dossier/dossier/generator/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden")

// goldenDump writes everything Find and Merge return, spans included, one
// fact a line. Find is run again on every document; ids are the
// dossier-wide person ids Merge is given.
func goldenDump(docs []*doc.Annotated, ids [][]string) string {
	var b strings.Builder
	line := func(kind string, v any) {
		j, err := json.Marshal(v)
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(&b, "%s %s\n", kind, j)
	}
	for _, a := range docs {
		a.Warnings = nil
		a.Dates, a.Reports = Find(a)
		fmt.Fprintf(&b, "source %s\n", a.Source.ID)
		for _, d := range a.Dates {
			line("date", d)
		}
		for _, r := range a.Reports {
			line("report", r)
		}
		for _, w := range a.Warnings {
			fmt.Fprintf(&b, "warning %s\n", w)
		}
	}
	for _, e := range mergeEvents(docs, ids) {
		line("event", e)
	}
	return b.String()
}

// pipelineDocs parses source files as the pipeline does (front matter,
// ids, an inferred publication date) and annotates their people and
// quotes; ids are link.LinkPeople's.
func pipelineDocs(t testing.TB, names []string, data [][]byte) ([]*doc.Annotated, [][]string) {
	t.Helper()
	srcs := golden.Sources(t, names, data)
	var docs []*doc.Annotated
	for _, src := range srcs {
		a := &doc.Annotated{Source: src, Published: src.Published, PublishedBasis: src.PublishedBasis, Reading: text.Read(src.Text)}
		if a.Published == "" {
			a.Published, a.PublishedBasis = inferPublishedText(src.Text)
		}
		a.People, a.Mentions, a.Warnings = people.Find(src, nil)
		a.Quotes, a.Citations = quotes.Find(a)
		docs = append(docs, a)
	}
	ids := LinkPersonIDs(docs)
	return docs, ids
}

// TestGolden guards optimisations: the full output of Find and Merge on
// the seeds and the evaluation corpus (people by hand, and through the
// pipeline's loading and people.Find), and on a synthetic corpus (by
// hash), must not change. Run with -update after an intended change of
// results.
func TestGolden(t *testing.T) {
	var got strings.Builder
	_, eval, evalIDs := loadEval(t)
	got.WriteString(goldenDump(eval, evalIDs))
	got.WriteString("--- seeds and corpus through the pipeline\n")
	names, data := golden.Files(t, "../../../../sources/*.txt")
	n2, d2 := golden.Files(t, filepath.Join("testdata", "*.txt"))
	got.WriteString(goldenDump(pipelineDocs(t, append(names, n2...), append(data, d2...))))

	var synthNames []string
	var synthData [][]byte
	for _, f := range synth.Corpus(synth.Options{N: 400, Seed: 7}) {
		synthNames = append(synthNames, f.Name)
		synthData = append(synthData, f.Data)
	}
	sums := fmt.Sprintf("synth %x\n", sha256.Sum256([]byte(goldenDump(pipelineDocs(t, synthNames, synthData)))))

	check := func(name, got string) { golden.Check(t, filepath.Join("testdata", name), got, *update) }
	check("golden.out", got.String())
	check("golden_hashes.out", sums)
}
