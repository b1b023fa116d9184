package people

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// expectedPerson is one person of the evaluation corpus.
type expectedPerson struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// evalScores are the measured figures of the evaluation corpus.
type evalScores struct {
	tp, fp, fn           int // detection of people, per article
	aliasFound, aliasAll int // expected aliases merged into the right person
	wrongMerges          int // predicted people (or linked ids) that join two expected people
	linkPairs, linkOK    int // expected cross-article identities found by Link
}

func (s evalScores) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s evalScores) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }
func (s evalScores) aliasRecall() float64 {
	return float64(s.aliasFound) / float64(max(1, s.aliasAll))
}

func loadEval(t testing.TB) (docs []*doc.Annotated, want [][]expectedPerson) {
	b, err := os.ReadFile("testdata/eval/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	exp := map[string][]expectedPerson{}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	var names []string
	for n := range exp {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		text, err := os.ReadFile(filepath.Join("testdata/eval", n))
		if err != nil {
			t.Fatal(err)
		}
		src := &doc.Source{ID: n, Text: string(text), FirstLine: 1}
		a := &doc.Annotated{Source: src}
		a.People, a.Mentions, a.Warnings = Find(src, nil)
		docs = append(docs, a)
		want = append(want, exp[n])
	}
	return docs, want
}

// forms returns every normalized form of a predicted person.
func forms(p doc.Person) []string {
	out := []string{normKey(p.Name)}
	for _, a := range p.Aliases {
		out = append(out, normKey(a))
	}
	return out
}

func score(t testing.TB, docs []*doc.Annotated, want [][]expectedPerson) evalScores {
	var s evalScores
	ids := LinkIDs(docs, nil).IDs
	linkOf := map[string]map[string]bool{} // expected id → linked ids
	linkedTo := map[string]map[string]bool{}
	for d, a := range docs {
		matched := map[int]bool{}
		for _, e := range want[d] {
			s.aliasAll += len(e.Aliases)
			found := -1
			for pi, p := range a.People {
				if normKey(p.Name) == normKey(e.Name) {
					found = pi
				}
			}
			if found < 0 {
				s.fn++
				t.Logf("%s: missed %q", a.Source.ID, e.Name)
				continue
			}
			s.tp++
			matched[found] = true
			fs := map[string]bool{}
			for _, f := range forms(a.People[found]) {
				fs[f] = true
			}
			for _, al := range e.Aliases {
				if fs[normKey(al)] {
					s.aliasFound++
				} else {
					t.Logf("%s: alias %q not merged into %q", a.Source.ID, al, e.Name)
				}
			}
			if linkOf[e.ID] == nil {
				linkOf[e.ID] = map[string]bool{}
			}
			linkOf[e.ID][ids[d][found]] = true
			if linkedTo[ids[d][found]] == nil {
				linkedTo[ids[d][found]] = map[string]bool{}
			}
			linkedTo[ids[d][found]][e.ID] = true
		}
		for pi, p := range a.People {
			// A predicted person whose forms name two expected people is a wrong merge.
			hits := 0
			for _, e := range want[d] {
				for _, f := range forms(p) {
					if f == normKey(e.Name) {
						hits++
						break
					}
				}
			}
			if hits > 1 {
				s.wrongMerges++
				t.Logf("%s: wrong merge in %q %v", a.Source.ID, p.Name, p.Aliases)
			}
			if !matched[pi] {
				s.fp++
				t.Logf("%s: spurious %q", a.Source.ID, p.Name)
			}
		}
	}
	for id, got := range linkOf {
		if n := countDocs(want, id); n > 1 {
			s.linkPairs++
			if len(got) == 1 {
				s.linkOK++
			} else {
				t.Logf("link: %s split into %v", id, got)
			}
		}
	}
	for lid, exp := range linkedTo {
		if len(exp) > 1 {
			s.wrongMerges++
			t.Logf("link: %s joins %v", lid, exp)
		}
	}
	return s
}

func countDocs(want [][]expectedPerson, id string) int {
	n := 0
	for _, w := range want {
		for _, e := range w {
			if e.ID == id {
				n++
			}
		}
	}
	return n
}

// TestEvaluation measures detection, alias merging and linking on the
// package's own corpus and fails below the targets.
func TestEvaluation(t *testing.T) {
	docs, want := loadEval(t)
	s := score(t, docs, want)
	t.Logf("detection: precision %.3f recall %.3f (tp %d fp %d fn %d)", s.precision(), s.recall(), s.tp, s.fp, s.fn)
	t.Logf("alias merging: recall %.3f (%d/%d); wrong merges %d; cross-article identities %d/%d",
		s.aliasRecall(), s.aliasFound, s.aliasAll, s.wrongMerges, s.linkOK, s.linkPairs)
	if s.precision() < 0.95 || s.recall() < 0.95 {
		t.Errorf("detection below target 0.95: precision %.3f recall %.3f", s.precision(), s.recall())
	}
	if s.aliasRecall() < 0.95 {
		t.Errorf("alias merging below target 0.95: %.3f", s.aliasRecall())
	}
	if s.wrongMerges > 0 {
		t.Errorf("%d wrong merges", s.wrongMerges)
	}
	if s.linkOK != s.linkPairs {
		t.Errorf("cross-article identities: %d of %d", s.linkOK, s.linkPairs)
	}
}

// BenchmarkFind annotates the evaluation corpus.
func BenchmarkFind(b *testing.B) {
	docs, _ := loadEval(b)
	n := 0
	for _, d := range docs {
		n += len(d.Source.Text)
	}
	benchCPU(b, n, func() {
		for _, d := range docs {
			Find(d.Source, nil)
		}
	})
}
