package main

// Benchmarks and the scale report.
//
// Per-stage benchmarks over a synthetic corpus of 1,000 sources:
//
//	go test ./generator -run '^$' -bench . -benchtime 1x -benchmem
//
// The scale report (sources/second, peak memory, time of each stage) for
// one corpus size; run it once per size so that each gets its own process
// and its own peak:
//
//	go test ./generator -run '^TestScale$' -v -scale 1000
//	go test ./generator -run '^TestScale$' -v -scale 10000 -scale.hugo
//
// Add -cpuprofile cpu.out (or -memprofile mem.out) to profile a run, then
// `go tool pprof -top generator.test cpu.out`. The figures are in
// docs/benchmarks.md.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/build"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/emit"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

var (
	scaleN    = flag.Int("scale", 0, "TestScale: number of synthetic sources (0 skips the test)")
	scaleHugo = flag.Bool("scale.hugo", false, "TestScale: also run Hugo")
	scaleSeed = flag.Uint64("scale.seed", 1, "TestScale: the corpus seed")
	// The many-people shape (synth.Options.Family): families of sources,
	// each story with a cast of its own.
	scaleFamily = flag.Int("scale.family", 0, "TestScale: sources per story family, each with its own cast (0: the one-subject shape)")
	// The three cache runs triple a run's time; at 100,000 sources the
	// first build is what is measured.
	scaleRebuild = flag.Bool("scale.rebuild", true, "TestScale: also measure the cache runs (fill, nothing changed, one source changed)")
)

// synthSite returns a site root whose sources/ holds n synthetic sources.
// (main_test.go's newSite provides the hand-written files.)
func synthSite(t *testing.T, n int, seed uint64) (root string, bytes int64) {
	t.Helper()
	root = newSite(t)
	bytes, err := synth.WriteDir(filepath.Join(root, "sources"), synth.Options{N: n, Seed: seed, Family: *scaleFamily})
	if err != nil {
		t.Fatal(err)
	}
	return root, bytes
}

// stageTimes holds the wall-clock time of each pass, and the CPU time
// (user+system, all threads) of the passes that run in this process: on a
// busy machine the CPU time is the steadier figure.
type stageTimes struct {
	load, annotate, link, emit, hugo       time.Duration
	hugoUsage                              build.Usage
	cpu                                    [4]time.Duration // load, annotate, link, emit
	sys                                    [4]time.Duration // the system (kernel) part of cpu
	sources, people, quotes, events, files int
}

// cpuTime is the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sysTime is the system part of cpuTime: mostly creating files, whose
// cost depends on the file system's state (docs/benchmarks.md).
func sysTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Stime.Nano())
}

func runStages(ctx context.Context, root string, hugo bool) (stageTimes, error) {
	defer tuneGC()() // as main does
	var st stageTimes
	var cpu, sys [5]time.Duration
	cpu[0], sys[0] = cpuTime(), sysTime()
	t0 := time.Now()
	sources, _, err := load.Dir(root, filepath.Join(root, "sources"))
	if err != nil {
		return st, err
	}
	reg, err := people.LoadRegistry(filepath.Join(root, "data", "people.yaml"))
	if err != nil {
		return st, err
	}
	t1 := time.Now()
	cpu[1], sys[1] = cpuTime(), sysTime()
	docs := annotateNoCache(sources, reg)
	t2 := time.Now()
	cpu[2], sys[2] = cpuTime(), sysTime()
	g := link.Link(docs, reg)
	t3 := time.Now()
	cpu[3], sys[3] = cpuTime(), sysTime()
	res, err := emit.Site(g, root) // renders and writes in one streaming pass
	if err != nil {
		return st, err
	}
	t4 := time.Now()
	cpu[4], sys[4] = cpuTime(), sysTime()
	if hugo {
		if err := build.Hugo(ctx, build.Options{Root: root, Dest: filepath.Join(root, "public"), Usage: &st.hugoUsage}); err != nil {
			return st, err
		}
	}
	t5 := time.Now()
	hu := st.hugoUsage
	st = stageTimes{
		hugoUsage: hu,
		load:      t1.Sub(t0), annotate: t2.Sub(t1), link: t3.Sub(t2), emit: t4.Sub(t3), hugo: t5.Sub(t4),
		cpu:     [4]time.Duration{cpu[1] - cpu[0], cpu[2] - cpu[1], cpu[3] - cpu[2], cpu[4] - cpu[3]},
		sys:     [4]time.Duration{sys[1] - sys[0], sys[2] - sys[1], sys[3] - sys[2], sys[4] - sys[3]},
		sources: len(docs), people: len(g.Dossier.People), quotes: len(g.Dossier.Quotes), events: len(g.Dossier.Events), files: res.Files,
	}
	return st, nil
}

// peakRSS is the process's peak resident set size in bytes (Linux: ru_maxrss is in KiB).
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}

// heapPeak samples the Go heap while a run goes on.
type heapPeak struct {
	mu   sync.Mutex
	peak uint64
	stop chan struct{}
	done chan struct{}
}

func sampleHeap() *heapPeak {
	h := &heapPeak{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(h.done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			h.mu.Lock()
			h.peak = max(h.peak, ms.HeapInuse)
			h.mu.Unlock()
			select {
			case <-h.stop:
				return
			case <-t.C:
			}
		}
	}()
	return h
}

func (h *heapPeak) Stop() uint64 {
	close(h.stop)
	<-h.done
	return h.peak
}

// TestScale reports the time of every stage, the rate and the peak memory
// for -scale synthetic sources.
func TestScale(t *testing.T) {
	if *scaleN <= 0 {
		t.Skip("set -scale N to run")
	}
	root, size := synthSite(t, *scaleN, *scaleSeed)
	runtime.GC()
	h := sampleHeap()
	rss0 := peakRSS()
	st, err := runStages(context.Background(), root, *scaleHugo)
	heap := h.Stop()
	if err != nil {
		t.Fatal(err)
	}
	core := st.load + st.annotate + st.link + st.emit
	t.Logf("%d sources, %.1f MB; %d people, %d quotes, %d events, %d files; GOMAXPROCS %d",
		st.sources, float64(size)/1e6, st.people, st.quotes, st.events, st.files, runtime.GOMAXPROCS(0))
	t.Logf("load %v  annotate %v  link %v  emit %v  hugo %v",
		st.load.Round(time.Millisecond), st.annotate.Round(time.Millisecond), st.link.Round(time.Millisecond),
		st.emit.Round(time.Millisecond), st.hugo.Round(time.Millisecond))
	r := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	t.Logf("CPU time: load %v  annotate %v  link %v  emit %v", r(st.cpu[0]), r(st.cpu[1]), r(st.cpu[2]), r(st.cpu[3]))
	t.Logf("of which system: load %v  annotate %v  link %v  emit %v", r(st.sys[0]), r(st.sys[1]), r(st.sys[2]), r(st.sys[3]))
	t.Logf("load..emit %v (%.0f sources/s); annotate+link+emit %v; total %v",
		core.Round(time.Millisecond), float64(st.sources)/core.Seconds(),
		(st.annotate + st.link + st.emit).Round(time.Millisecond), (core + st.hugo).Round(time.Millisecond))
	t.Logf("peak Go heap in use %.0f MB; peak RSS %.0f MB (before the run: %.0f MB; Hugo runs in its own process)",
		float64(heap)/1e6, float64(peakRSS())/1e6, float64(rss0)/1e6)

	if *scaleHugo {
		u := st.hugoUsage
		t.Logf("Hugo: %v wall, %v CPU, peak RSS %.0f MB", r(st.hugo), r(u.User+u.System), float64(u.PeakRSS)/1e6)
		pt, pu := plainRender(t, root)
		t.Logf("Hugo's plain render of the same sources (reference): %v wall, %v CPU, peak RSS %.0f MB; the site takes %.1f× its time, %.1f× its memory",
			r(pt), r(pu.User+pu.System), float64(pu.PeakRSS)/1e6, st.hugo.Seconds()/pt.Seconds(), float64(u.PeakRSS)/float64(pu.PeakRSS))
	}

	if !*scaleRebuild {
		return
	}
	// The annotation cache: a run that fills it, then a run after one
	// source changed (content/ and data/ only, as -build=false).
	gen := func() (time.Duration, string) {
		var out strings.Builder
		start := time.Now()
		if err := generate(context.Background(), config{root: root, sources: filepath.Join(root, "sources"), cache: true}, &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		return time.Since(start), strings.TrimSpace(out.String())
	}
	fill, _ := gen()
	same, sameOut := gen()
	files, _ := filepath.Glob(filepath.Join(root, "sources", "*.txt"))
	f, err := os.OpenFile(files[len(files)/2], os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, "\nA late addition, said Ms. Example on Friday.")
	f.Close()
	one, oneOut := gen()
	t.Logf("generate (no Hugo) with the cache: filling it %v; again with nothing changed %v (%s); after one source changed %v (%s)",
		fill.Round(time.Millisecond), same.Round(time.Millisecond), sameOut, one.Round(time.Millisecond), oneOut)
}

// plainRender is the reference for Hugo's cost: Hugo over the same
// sources as plain Markdown pages (title and text), with a trivial layout
// and a section list, built as the site is. It returns the wall time and
// what the Hugo process used.
func plainRender(t *testing.T, root string) (time.Duration, build.Usage) {
	t.Helper()
	sources, _, err := load.Dir(root, filepath.Join(root, "sources"))
	if err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(t.TempDir(), "plain")
	files := map[string]string{
		"hugo.toml":            "baseURL = \"/\"\ntitle = \"Plain\"\ndisableKinds = [\"taxonomy\", \"term\", \"rss\", \"sitemap\"]\n",
		"layouts/baseof.html":  "<!doctype html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
		"layouts/page.html":    "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n",
		"layouts/section.html": "{{ define \"main\" }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
		"layouts/home.html":    "{{ define \"main\" }}<a href=\"sources/\">Sources</a>{{ end }}\n",
	}
	for _, s := range sources {
		title, _ := json.Marshal(s.Title)
		files["content/sources/"+s.ID+".md"] = "---\ntitle: " + string(title) + "\n---\n" + s.Text
	}
	for name, text := range files {
		p := filepath.Join(plain, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var u build.Usage
	start := time.Now()
	if err := build.Hugo(context.Background(), build.Options{Root: plain, Dest: filepath.Join(plain, "public"), Usage: &u}); err != nil {
		t.Fatal(err)
	}
	return time.Since(start), u
}

// benchCorpus is shared by the per-stage benchmarks: 1,000 loaded sources.
var benchCorpus = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "dossier-bench-")
	if err != nil {
		return "", err
	}
	_, err = synth.WriteDir(filepath.Join(dir, "sources"), synth.Options{N: 1000, Seed: 1})
	return dir, err
})

func benchSources(b *testing.B) (string, []*doc.Source) {
	b.Helper()
	dir, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	sources, _, err := load.Dir(dir, filepath.Join(dir, "sources"))
	if err != nil {
		b.Fatal(err)
	}
	return dir, sources
}

func reportRate(b *testing.B, n int) {
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sources/s")
}

func BenchmarkLoad(b *testing.B) {
	dir, _ := benchSources(b)
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := load.Dir(dir, filepath.Join(dir, "sources")); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, 1000)
}

func BenchmarkAnnotate(b *testing.B) {
	_, sources := benchSources(b)
	reg := &people.Registry{}
	b.ResetTimer()
	for b.Loop() {
		annotateNoCache(sources, reg)
	}
	reportRate(b, len(sources))
}

func BenchmarkLink(b *testing.B) {
	_, sources := benchSources(b)
	reg := &people.Registry{}
	docs := annotateNoCache(sources, reg)
	b.ResetTimer()
	for b.Loop() {
		link.Link(docs, reg)
	}
	reportRate(b, len(sources))
}

// BenchmarkEmit renders and writes the site into a fresh root each time.
func BenchmarkEmit(b *testing.B) {
	_, sources := benchSources(b)
	reg := &people.Registry{}
	g := link.Link(annotateNoCache(sources, reg), reg)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		root := b.TempDir()
		b.StartTimer()
		if _, err := emit.Site(g, root); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, len(sources))
}

func BenchmarkGenerate(b *testing.B) {
	dir, _ := benchSources(b)
	b.ResetTimer()
	for b.Loop() {
		if err := generate(context.Background(), config{sources: filepath.Join(dir, "sources"), root: dir}, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, 1000)
}

// annotateNoCache annotates as a run with -cache=false does.
func annotateNoCache(sources []*doc.Source, reg *people.Registry) []*doc.Annotated {
	docs, finish, err := annotateCached("", sources, reg, false, io.Discard)
	if err != nil {
		panic(err)
	}
	finish()
	return docs
}
