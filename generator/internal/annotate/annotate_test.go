package annotate

import (
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

func TestGuardNamesSourceAndPass(t *testing.T) {
	src := &doc.Source{File: "sources/x.txt"}
	err := guard(src, "dates", func() {
		var s []int
		_ = s[3]
	})
	if err == nil || !strings.HasPrefix(err.Error(), "sources/x.txt: internal error in dates: ") {
		t.Fatalf("guard = %v; want an error naming the source and the pass", err)
	}
	if err := guard(src, "people", func() {}); err != nil {
		t.Fatalf("guard of a pass that does not panic = %v", err)
	}
}

// TestOwnOutletIsNotCited: a source that says it asked ("told the
// Gazette") does not cite itself; the other outlet it names stays cited,
// whether the outlet comes from the front matter or from the text.
func TestOwnOutletIsNotCited(t *testing.T) {
	text := "Bridge to reopen\n\n\"We will reopen it in May,\" Mayor Ada Lund said on Tuesday. She told the Coastal Herald " +
		"that work starts in March.\n\nShe told the Evening Post the same thing.\n"
	for _, tt := range []struct {
		name, outlet string
		want         []string
	}{
		{"own outlet", "The Coastal Herald", []string{"Evening Post"}},
		{"other outlet", "Harbor Radio", []string{"Coastal Herald", "Evening Post"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := &doc.Source{ID: "x", File: "sources/x.txt", Text: text, FirstLine: 1, Published: "2021-03-10", Outlet: tt.outlet}
			a, err := Source(src, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range a.Citations {
				got = append(got, c.Outlet)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("citations %q; want %q", got, tt.want)
			}
		})
	}
}
