package text

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

var dump = flag.String("dump", "", "print the reading of this file (go test ./generator/internal/text -run TestDump -dump FILE [-dump.sentences])")
var dumpSentences = flag.Bool("dump.sentences", false, "with -dump, print every sentence too")

// TestDump prints how a file is read: every line that has a role other
// than running text, then the counts (and, with -dump.sentences, the
// sentences). It is a tool for looking, not a check; it runs only with -dump.
func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump FILE")
	}
	b, err := os.ReadFile(*dump)
	if err != nil {
		t.Fatal(err)
	}
	r := Read(string(b))
	for i, l := range r.Lines {
		if l.Role == Body || l.Role == Blank {
			continue
		}
		s := r.Slice(l.Span)
		if len(s) > 70 {
			s = s[:70]
		}
		fmt.Printf("%3d %-14s %-20s label=%q credit=%q | %s\n", i+1, l.Role, l.Rule, r.Slice(l.Label), r.Slice(l.Credit), s)
	}
	fmt.Println("paragraphs", len(r.Paras), "sentences", len(r.Sents), "tokens", len(r.Tokens), "wrapped", r.Wrapped)
	if *dumpSentences {
		for _, s := range r.Sents {
			fmt.Printf("[%s]\n", r.Slice(s.Span))
		}
	}
}
