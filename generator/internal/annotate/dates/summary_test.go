package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// refJoinFields is joinFields as first written: split, filter, join.
func refJoinFields(t string) string {
	fields := strings.Fields(t)
	out := fields[:0]
	for _, f := range fields {
		if strings.Contains(f, "://") || strings.HasPrefix(f, "pic.") || strings.HasPrefix(f, "www.") || looksLikeDomainPath(f) {
			continue
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// FuzzJoinFields checks joinFields against the split-filter-join it
// replaces; the seeds run with every go test.
func FuzzJoinFields(f *testing.F) {
	for _, s := range []string{
		"", " ", "a", " a ", "a b", "a  b", "a\tb", "a\u00a0b", "a\u2003b\u3000c", "\x85a\xffb\u0085c",
		"see https://x.org/a now", "https://x.org/a", "pic.twitter.com/x and www.x.org", "a x.org/p b",
		"  lead and trail  ", "one two\nthree", "“Quoted,” he said — on Tuesday.", "a https://x b https://y c",
	} {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := joinFields(s), refJoinFields(s); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	})
}
