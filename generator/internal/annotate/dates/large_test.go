package dates

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/synth"
)

// largeDoc joins the bodies of n synthetic sources into one source.
func largeData(n int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Everything at once\npublished: 2021-03-04\n---\n")
	for _, f := range synth.Corpus(synth.Options{N: n, Seed: 9}) {
		body := string(f.Data)
		if strings.HasPrefix(body, "---\n") {
			if end := strings.Index(body[4:], "\n---\n"); end >= 0 {
				body = body[4+end+5:]
			}
		}
		b.WriteString(body)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// BenchmarkFindLarge measures Find on one long source (synthetic sources
// run together): the time per byte must not grow with the length.
func BenchmarkFindLarge(b *testing.B) {
	for _, n := range []int{50, 400} {
		b.Run(fmt.Sprintf("sources=%d", n), func(b *testing.B) {
			data := largeData(n)
			docs, _ := pipelineDocs(b, []string{"large.txt"}, [][]byte{data})
			a := docs[0]
			b.SetBytes(int64(len(a.Source.Text)))
			for b.Loop() {
				a.Warnings = nil
				a.Dates, a.Reports = Find(a)
			}
		})
	}
}

// BenchmarkMergeSynth measures Merge over 10,000 synthetic sources (the
// scale test's corpus), annotated as the pipeline does.
func BenchmarkMergeSynth(b *testing.B) {
	var names []string
	var data [][]byte
	for _, f := range synth.Corpus(synth.Options{N: 10000, Seed: 7}) {
		names = append(names, f.Name)
		data = append(data, f.Data)
	}
	docs, ids := pipelineDocs(b, names, data)
	for _, a := range docs {
		a.Dates, a.Reports = Find(a)
	}
	b.ReportAllocs()
	for b.Loop() {
		mergeEvents(docs, ids)
	}
}

// BenchmarkFindSynth measures Find over 1,000 synthetic sources (a tenth
// of BenchmarkMergeSynth's corpus), one source at a time as the pipeline
// runs it.
func BenchmarkFindSynth(b *testing.B) {
	var names []string
	var data [][]byte
	for _, f := range synth.Corpus(synth.Options{N: 1000, Seed: 7}) {
		names = append(names, f.Name)
		data = append(data, f.Data)
	}
	docs, _ := pipelineDocs(b, names, data)
	size := 0
	for _, a := range docs {
		size += len(a.Source.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range docs {
			a.Warnings = nil
			a.Dates, a.Reports = Find(a)
		}
	}
}
