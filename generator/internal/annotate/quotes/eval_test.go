package quotes

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// expQuote is one expected quotation of the evaluation corpus.
type expQuote struct {
	file, kind, speaker, group, prefix string
}

// corpus is the evaluation corpus: the annotated sources and what is expected.
type corpus struct {
	files  []string
	docs   map[string]*doc.Annotated
	quotes []expQuote
	cites  map[string][]string
}

func loadCorpus(t testing.TB) *corpus {
	t.Helper()
	dir := filepath.Join("testdata", "corpus")
	f, err := os.Open(filepath.Join(dir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := &corpus{docs: map[string]*doc.Annotated{}, cites: map[string][]string{}}
	people := map[string][]person{}
	published := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ln := strings.TrimSpace(sc.Text())
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		fs := strings.Split(ln, "|")
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		switch {
		case strings.HasPrefix(fs[0], "@people "):
			file := strings.TrimPrefix(fs[0], "@people ")
			people[file] = append(people[file], person{forms: fs[1:]})
		case strings.HasPrefix(fs[0], "@published "):
			published[strings.TrimPrefix(fs[0], "@published ")] = fs[1]
		case strings.HasPrefix(fs[0], "@cite "):
			file := strings.TrimPrefix(fs[0], "@cite ")
			c.cites[file] = append(c.cites[file], fs[1])
		default:
			if len(fs) != 5 {
				t.Fatalf("bad expected line %q", ln)
			}
			c.quotes = append(c.quotes, expQuote{fs[0], fs[1], fs[2], fs[3], fs[4]})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for file := range published {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		c.files = append(c.files, file)
		c.docs[file] = annotate(strings.TrimSuffix(file, ".txt"), string(b), published[file], people[file])
	}
	sort.Strings(c.files)
	return c
}

// hasPrefixWords reports whether the words of s start with the words of prefix.
func hasPrefixWords(s, prefix string) bool {
	sw, pw := words(s), words(prefix)
	if len(pw) > len(sw) {
		return false
	}
	for i := range pw {
		if sw[i] != pw[i] {
			return false
		}
	}
	return true
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// scores are the measured figures on the evaluation corpus.
type scores struct {
	extP, extR, extF, kindAcc, speakerAcc, grpP, grpR, grpF, citeP, citeR float64
}

func evaluate(t *testing.T, c *corpus) scores {
	var docs []*doc.Annotated
	for _, file := range c.files {
		a := c.docs[file]
		a.Quotes, a.Citations = Find(a)
		docs = append(docs, a)
	}
	groups := Group(docs)
	docIndex := map[string]int{}
	for i, file := range c.files {
		docIndex[file] = i
	}
	type match struct {
		exp   expQuote
		group string
	}
	var matches []match
	used := map[[2]int]bool{}
	predicted := 0
	for _, a := range docs {
		predicted += len(a.Quotes)
	}
	kindOK, speakerOK, speech := 0, 0, 0
	for _, e := range c.quotes {
		di := docIndex[e.file]
		a := docs[di]
		found := -1
		for j, q := range a.Quotes {
			if !used[[2]int{di, j}] && hasPrefixWords(Text(a.Source, q), e.prefix) {
				found = j
				break
			}
		}
		if found < 0 {
			t.Logf("missed: %s %q", e.file, e.prefix)
			continue
		}
		used[[2]int{di, found}] = true
		q := a.Quotes[found]
		matches = append(matches, match{e, groups[di][found]})
		if string(q.Kind) == e.kind {
			kindOK++
		} else {
			t.Logf("kind: %s %q: got %s, want %s", e.file, e.prefix, q.Kind, e.kind)
		}
		if e.kind == "speech" {
			speech++
			got := "-"
			if q.Speaker >= 0 {
				got = a.People[q.Speaker].Name
			}
			if got == e.speaker {
				speakerOK++
			} else {
				t.Logf("speaker: %s %q: got %s (%q), want %s", e.file, e.prefix, got, q.Attribution, e.speaker)
			}
		}
	}
	for di, a := range docs {
		for j, q := range a.Quotes {
			if !used[[2]int{di, j}] {
				t.Logf("extra: %s %q (%s)", c.files[di], Text(a.Source, q), q.Kind)
			}
		}
	}
	var s scores
	s.extP = float64(len(matches)) / float64(max(predicted, 1))
	s.extR = float64(len(matches)) / float64(max(len(c.quotes), 1))
	s.extF = f1(s.extP, s.extR)
	s.kindAcc = float64(kindOK) / float64(max(len(matches), 1))
	s.speakerAcc = float64(speakerOK) / float64(max(speech, 1))
	tp, predPairs, expPairs := 0, 0, 0
	for i := range matches {
		for j := i + 1; j < len(matches); j++ {
			same := matches[i].exp.group != "-" && matches[i].exp.group == matches[j].exp.group
			got := matches[i].group == matches[j].group
			if same {
				expPairs++
			}
			if got {
				predPairs++
			}
			if same && got {
				tp++
			}
			if same != got {
				t.Logf("group: %q / %q: got same=%v", matches[i].exp.prefix, matches[j].exp.prefix, got)
			}
		}
	}
	s.grpP = float64(tp) / float64(max(predPairs, 1))
	s.grpR = float64(tp) / float64(max(expPairs, 1))
	s.grpF = f1(s.grpP, s.grpR)
	citeTP, citePred, citeExp := 0, 0, 0
	for di, file := range c.files {
		want := map[string]int{}
		for _, o := range c.cites[file] {
			want[o]++
			citeExp++
		}
		for _, ci := range docs[di].Citations {
			citePred++
			if want[ci.Outlet] > 0 {
				want[ci.Outlet]--
				citeTP++
			} else {
				t.Logf("extra citation: %s %s", file, ci.Outlet)
			}
		}
		for o, n := range want {
			if n > 0 {
				t.Logf("missed citation: %s %s", file, o)
			}
		}
	}
	s.citeP = float64(citeTP) / float64(max(citePred, 1))
	s.citeR = float64(citeTP) / float64(max(citeExp, 1))
	return s
}

// TestEvaluation measures extraction, attribution and grouping on the
// evaluation corpus and fails below the targets.
func TestEvaluation(t *testing.T) {
	c := loadCorpus(t)
	s := evaluate(t, c)
	t.Logf("extraction: precision %.3f recall %.3f F1 %.3f", s.extP, s.extR, s.extF)
	t.Logf("kind accuracy %.3f; speaker accuracy %.3f", s.kindAcc, s.speakerAcc)
	t.Logf("grouping (pairwise): precision %.3f recall %.3f F1 %.3f", s.grpP, s.grpR, s.grpF)
	t.Logf("citations: precision %.3f recall %.3f", s.citeP, s.citeR)
	if s.extF < 0.95 {
		t.Errorf("extraction F1 %.3f < 0.95", s.extF)
	}
	if s.speakerAcc < 0.90 {
		t.Errorf("speaker accuracy %.3f < 0.90", s.speakerAcc)
	}
	if s.grpF < 0.95 {
		t.Errorf("grouping F1 %.3f < 0.95", s.grpF)
	}
}
