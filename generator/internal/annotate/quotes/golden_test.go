package quotes

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
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
	var srcs []*doc.Source
	for i, name := range names {
		src, _, err := load.Bytes(data[i], name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	load.AssignIDs(srcs)
	var docs []*doc.Annotated
	for _, src := range srcs {
		a := &doc.Annotated{Source: src}
		a.People, a.Mentions, a.Warnings = people.Find(src, nil)
		docs = append(docs, a)
	}
	return docs
}

// goldenFiles reads the files matching pattern, sorted.
func goldenFiles(t testing.TB, pattern string) ([]string, [][]byte) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	sort.Strings(files)
	var data [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, b)
	}
	return files, data
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
	names, data := goldenFiles(t, "../../../../sources/*.txt")
	n2, d2 := goldenFiles(t, filepath.Join("testdata", "corpus", "*.txt"))
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

	check := func(name, got string) {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Fatalf("%s differs at line %d:\ngot  %s\nwant %s", name, i+1, gl[i], wl[i])
				}
			}
			t.Fatalf("%s differs in length: got %d lines, want %d", name, len(gl), len(wl))
		}
	}
	check("golden.txt", got.String())
	check("golden_hashes.txt", sums.String())
}
