package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/synth"
)

var large = flag.Bool("large", false, "run TestLargeSource (a 20 MB source)")

// TestLargeSource builds a site from one 20 MB source (a whole synthetic
// corpus run together): it must load, annotate, link, emit and build in
// reasonable time, which fails if any pass is quadratic in a source's length.
// It is opt-in (-large) because it takes minutes while dates.peopleIn is
// quadratic (see docs/benchmarks.md).
func TestLargeSource(t *testing.T) {
	if !*large {
		t.Skip("set -large to build a 20 MB source")
	}
	root := newSite(t)
	var data []byte
	data = append(data, "---\ntitle: Everything at once\npublished: 2021-03-04\n---\n"...)
	for _, f := range synth.Corpus(synth.Options{N: 3400, Seed: 9}) {
		body := f.Data
		if i := indexAfterFront(body); i > 0 {
			body = body[i:]
		}
		data = append(data, body...)
		data = append(data, '\n')
	}
	if len(data) < 20e6 {
		t.Fatalf("only %d bytes", len(data))
	}
	if err := os.WriteFile(filepath.Join(root, "sources", "large.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	generateSite(t, root)
	elapsed := time.Since(start)
	t.Logf("%.1f MB source built in %v", float64(len(data))/1e6, elapsed.Round(time.Millisecond))
	if elapsed > 3*time.Minute {
		t.Errorf("a 20 MB source took %v to build", elapsed)
	}
}

// indexAfterFront returns the offset after a "---" or "+++" front matter block, or 0.
func indexAfterFront(b []byte) int {
	if len(b) < 4 || (string(b[:4]) != "---\n" && string(b[:4]) != "+++\n") {
		return 0
	}
	delim := string(b[:4])
	for i := 4; i+4 <= len(b); i++ {
		if b[i-1] == '\n' && string(b[i:i+4]) == delim {
			return i + 4
		}
	}
	return 0
}
