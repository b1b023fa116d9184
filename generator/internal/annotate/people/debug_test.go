package people

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

func TestDebugSeeds(t *testing.T) {
	if os.Getenv("PEOPLE_DEBUG") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("/work/shared/seeds/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		src := &doc.Source{ID: filepath.Base(f), Text: string(b), FirstLine: 1}
		ps, ms, _ := Find(src, nil)
		fmt.Println("=====", f)
		for i, p := range ps {
			n := 0
			for _, m := range ms {
				if m.Person == i {
					n++
				}
			}
			var ds []string
			for _, d := range p.Descriptions {
				ds = append(ds, d.Text)
			}
			fmt.Printf("%-25s %2d %q | %s | ages %v\n", p.Name, n, p.Aliases, strings.Join(ds, "; "), p.Ages)
		}
	}
}
