package main

import (
	"bytes"
	"flag"
	"strconv"
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/emit"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

var largeMax = flag.Int("large.max", 8, "BenchmarkEmitLargeSource: the largest source, in MB (1, 2, 4, … up to it; 64 at most)")

// largeSource returns one source of about mb megabytes: a synthetic
// corpus run together, as TestLargeSource builds it.
func largeSource(tb testing.TB, mb int) []byte {
	tb.Helper()
	data := []byte("---\ntitle: Everything at once\npublished: 2021-03-04\n---\n")
	for seed := uint64(1); len(data) < mb<<20; seed++ {
		for _, f := range synth.Corpus(synth.Options{N: 200, Seed: seed}) {
			body := f.Data
			if i := indexAfterFront(body); i > 0 {
				body = body[i:]
			}
			data = append(data, body...)
			data = append(data, '\n')
			if len(data) >= mb<<20 {
				break
			}
		}
	}
	return data
}

// BenchmarkEmitLargeSource times emitting (rendering and writing the
// pages of) one source of 1, 2, 4, … MB, up to -large.max, each into a
// fresh root, as written and as one single line; annotating and linking
// it are not timed. Emitting must grow linearly with the source's length
// (docs/benchmarks.md):
//
//	go test ./generator -run '^$' -bench EmitLargeSource -benchtime 1x -large.max 16
func BenchmarkEmitLargeSource(b *testing.B) {
	for mb := 1; mb <= min(*largeMax, 64); mb *= 2 {
		for _, oneLine := range []bool{false, true} {
			name := strconv.Itoa(mb) + "MB"
			if oneLine {
				name += "-one-line"
			}
			b.Run(name, func(b *testing.B) { benchmarkEmitLarge(b, mb, oneLine) })
		}
	}
}

// benchmarkEmitLarge is one case of BenchmarkEmitLargeSource; oneLine
// makes the whole text one paragraph on one line.
func benchmarkEmitLarge(b *testing.B, mb int, oneLine bool) {
	data := largeSource(b, mb)
	if oneLine {
		i := indexAfterFront(data)
		data = append(data[:i:i], bytes.ReplaceAll(data[i:], []byte("\n"), []byte(" "))...)
	}
	src, _, err := load.Bytes(data, "sources/large.txt")
	if err != nil {
		b.Fatal(err)
	}
	load.AssignIDs([]*doc.Source{src})
	reg := &people.Registry{}
	start := time.Now()
	g := link.Link(annotateNoCache([]*doc.Source{src}, reg), reg)
	a := g.Docs[0]
	b.Logf("%d MB: annotated and linked in %v; %d mentions, %d dates, %d quotes, %d people", mb,
		time.Since(start).Round(time.Millisecond), len(a.Mentions), len(a.Dates), len(a.Quotes), len(g.Dossier.People))
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		root := b.TempDir()
		b.StartTimer()
		if _, err := emit.Site(g, root); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(mb), "ms/MB")
}
