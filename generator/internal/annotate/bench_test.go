package annotate

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/annotate/quotes"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loop runs fn until b is done and reports the CPU time per 64 MB of text
// ("cpu-s/64MB", the size of 10,000 synthetic sources), which stays
// meaningful on a loaded machine.
func loop(b *testing.B, bytes int64, fn func()) {
	b.SetBytes(bytes)
	b.ReportAllocs()
	n := 0
	c0 := cpuTime()
	for b.Loop() {
		fn()
		n++
	}
	cpu := cpuTime() - c0
	b.ReportMetric(cpu.Seconds()/float64(n)*64e6/float64(bytes), "cpu-s/64MB")
}

// benchSources returns 300 synthetic sources plus the seed sources.
func benchSources(b *testing.B) []*doc.Source {
	b.Helper()
	var srcs []*doc.Source
	for _, f := range synth.Corpus(synth.Options{N: 300, Seed: 1}) {
		src, _, err := load.Bytes(f.Data, f.Name)
		if err != nil {
			b.Fatalf("%s: %v", f.Name, err)
		}
		srcs = append(srcs, src)
	}
	seeds, _ := filepath.Glob("../../../sources/*.txt")
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		src, _, err := load.Bytes(data, filepath.Base(p))
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		srcs = append(srcs, src)
	}
	return srcs
}

// BenchmarkSource annotates 300 synthetic sources and the seeds.
func BenchmarkSource(b *testing.B) {
	srcs := benchSources(b)
	reg := &people.Registry{}
	var bytes int64
	for _, s := range srcs {
		bytes += int64(len(s.Text))
	}
	loop(b, bytes, func() {
		for _, s := range srcs {
			c := *s
			Source(&c, reg)
		}
	})
}

// BenchmarkStage times each annotator alone over the same sources, each
// given the annotations of the stages before it.
func BenchmarkStage(b *testing.B) {
	srcs := benchSources(b)
	reg := &people.Registry{}
	var bytes int64
	done := make([]*doc.Annotated, len(srcs))
	for i, s := range srcs {
		bytes += int64(len(s.Text))
		c := *s
		done[i], _ = Source(&c, reg)
	}
	b.Run("people", func(b *testing.B) {
		loop(b, bytes, func() {
			for _, a := range done {
				people.Find(a.Source, reg)
			}
		})
	})
	b.Run("quotes", func(b *testing.B) {
		loop(b, bytes, func() {
			for _, a := range done {
				quotes.Find(a)
			}
		})
	})
	b.Run("dates", func(b *testing.B) {
		loop(b, bytes, func() {
			for _, a := range done {
				w := a.Warnings
				dates.Find(a)
				a.Warnings = w
			}
		})
	})
}
