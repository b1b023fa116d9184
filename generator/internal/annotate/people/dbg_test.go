package people

import (
	"os"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/text"

	"github.com/dossier/dossier/generator/internal/doc"
)

func TestDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG"))
	ps, ms, _ := Find(&doc.Source{ID: "t", Text: string(b), FirstLine: 1}, nil)
	for _, p := range ps {
		t.Logf("%s %q %v", p.Name, p.Aliases, p.Why)
	}
	for _, m := range ms {
		if os.Getenv("DBGM") != "" {
			t.Logf("  %d %q %d %v", m.Start, m.Form, m.Person, m.Why)
		}
	}
}

func TestDbgCands(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG"))
	src := string(b)
	f := &finder{src: src, read: text.Read(src), lex: lex(), byKey: map[string]int{}, keys: map[string]string{}, cores: map[string]coreInfo{}}
	f.toks = tokenize(src, f.lex, nil)
	f.taken = make([]bool, len(f.toks))
	f.words = make([]int, 0, len(f.toks))
	f.scanRuns()
	f.labels()
	f.poolEvidence()
	for _, c := range f.cands {
		if strings.Contains(c.key, os.Getenv("DBGK")) {
			t.Logf("%q kind=%d ev=%v neg=%v weak=%v cue=%v %v", c.key, c.kind, c.evidence, c.hardNeg, c.weakNeg, c.needsCue, c.rules.names())
		}
	}
}
