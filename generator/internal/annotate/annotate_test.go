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
