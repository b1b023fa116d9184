package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../../../sources/*.txt")
	var docs []*doc.Annotated
	defer func() {
		ids, _, _ := people.Link(docs, nil)
		for _, e := range Merge(docs, ids) {
			t.Logf("EVENT %s %s %s planned=%v people=%v %q", e.ID, e.Date, e.Precision, e.Planned, e.People, e.Summary)
			for _, r := range e.Reports {
				t.Logf("     %s:%d %q %s %q", r.Source, r.Line, r.Text, r.Date, r.Summary)
			}
			for _, c := range e.Conflicts {
				t.Logf("     CONFLICT %v %v %s", c.Values, c.Sources, c.Note)
			}
		}
	}()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		txt := string(b)
		pub := ""
		if i := strings.Index(txt, "published: "); i >= 0 {
			pub = txt[i+11 : i+21]
		}
		end := strings.Index(txt[4:], "---\n") + 8
		src := &doc.Source{ID: filepath.Base(f)[:3], Text: txt[end:], FirstLine: 1, Published: pub}
		a := &doc.Annotated{Source: src}
		a.People, a.Mentions, _ = people.Find(src, nil)
		ds, rs := Find(a)
		a.Dates, a.Reports = ds, rs
		docs = append(docs, a)
		t.Logf("=== %s (%s)", f, pub)
		for _, d := range ds {
			t.Logf("  L%d %q -> %s %s t=%s rel=%v", src.Line(d.Start), src.Slice(d.Span), d.Value, d.Precision, d.Time, d.Relative)
		}
		for _, r := range rs {
			t.Logf("  R %q %s planned=%v: %s", src.Slice(ds[r.Date].Span), ds[r.Date].Value, r.Planned, r.Summary)
		}
		for _, w := range a.Warnings {
			t.Logf("  W %s", w)
		}
	}
}
