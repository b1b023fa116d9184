package text

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/synth"
)

// BenchmarkRead reads 200 synthetic sources (about 1.2 MB) per iteration;
// it reports MB/s (go test ./generator/internal/text -run '^$' -bench Read).
func BenchmarkRead(b *testing.B) {
	files := synth.Corpus(synth.Options{N: 200, Seed: 3})
	var n int64
	texts := make([]string, len(files))
	for i, f := range files {
		texts[i] = string(f.Data)
		n += int64(len(f.Data))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, s := range texts {
			Read(s)
		}
	}
}
