package quotes

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/synth"
)

// benchDocs returns copies of the evaluation corpus and the seeds, with
// distinct ids, about n sources in all.
func benchDocs(b testing.TB, n int) []*doc.Annotated {
	c := loadCorpus(b)
	var base []*doc.Annotated
	for _, f := range c.files {
		base = append(base, c.docs[f])
	}
	base = append(base, loadSeeds(b)...)
	var out []*doc.Annotated
	for i := 0; len(out) < n; i++ {
		for _, a := range base {
			cp := *a
			src := *a.Source
			src.ID = fmt.Sprintf("%s-%d", src.ID, i)
			cp.Source = &src
			out = append(out, &cp)
		}
	}
	return out[:n]
}

// BenchmarkFind measures Find over the evaluation corpus and the seeds.
func BenchmarkFind(b *testing.B) {
	docs := benchDocs(b, 10)
	size := 0
	for _, a := range docs {
		size += len(a.Source.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range docs {
			Find(a)
		}
	}
}

// BenchmarkGroup measures Group over 10,000 sources (copies of the corpus:
// every quote has thousands of near-duplicates, the worst case for the index).
func BenchmarkGroup(b *testing.B) {
	docs := benchDocs(b, 10000)
	for _, a := range docs {
		a.Quotes, a.Citations = Find(a)
	}
	b.ReportAllocs()
	for b.Loop() {
		Group(docs)
	}
}

// synthDocs annotates a synthetic corpus of n sources as the pipeline does.
func synthDocs(b testing.TB, n int) []*doc.Annotated {
	var names []string
	var data [][]byte
	for _, f := range synth.Corpus(synth.Options{N: n, Seed: 7}) {
		names = append(names, f.Name)
		data = append(data, f.Data)
	}
	docs := pipelineDocs(b, names, data)
	for _, a := range docs {
		a.Quotes, a.Citations = Find(a)
	}
	return docs
}

// BenchmarkGroupSynth measures Group over 10,000 synthetic sources (the
// scale test's corpus: stories retold by about eight sources each).
func BenchmarkGroupSynth(b *testing.B) {
	docs := synthDocs(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		Group(docs)
	}
}

// BenchmarkFindSynth measures Find over 100 synthetic sources (about 6 KB
// each, people found by people.Find), the kind of text the pipeline sees.
func BenchmarkFindSynth(b *testing.B) {
	var names []string
	var data [][]byte
	for _, f := range synth.Corpus(synth.Options{N: 100, Seed: 7}) {
		names = append(names, f.Name)
		data = append(data, f.Data)
	}
	docs := pipelineDocs(b, names, data)
	size := 0
	for _, a := range docs {
		size += len(a.Source.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c0 := cpuTime()
	for b.Loop() {
		for _, a := range docs {
			Find(a)
		}
	}
	// The rate per CPU second stays meaningful on a loaded machine.
	if cpu := cpuTime() - c0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
