package people

import (
	"os"
	"testing"

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
