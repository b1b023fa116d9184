package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// GC settings for a run (see tuneGC).
const (
	gcPercent   = 400       // collect when the heap has grown 4× past what survived
	memoryLimit = 700 << 20 // but collect as often as needed to stay under this…
	// …until what survives a collection (the live heap) passes two
	// thirds of the limit: then the limit follows it, at 3/2 of the live
	// heap (a collection each time half the live heap is allocated again).
	liveNum, liveDen = 3, 2
	// heapWatch is how often the live heap is checked against the limit.
	heapWatch = 200 * time.Millisecond
)

// tuneGC makes the garbage collector run less often than Go's default, and
// returns a function that stops its watch of the heap.
//
// The generator keeps the annotation graph alive while it renders (about
// 260 MB at 10,000 sources) and allocates gigabytes of short-lived pages
// around it; with the default GOGC=100 every collection re-marks the graph,
// and collecting cost a tenth of the run's CPU time. A soft memory limit
// keeps the peak well under the 1 GB budget at 10,000 sources
// (docs/benchmarks.md). A fixed limit is wrong for a larger dossier,
// though: once the live heap nears it, the collector runs back to back
// (at 100,000 sources, with 4 GB live, it took half the CPU time, and
// every pass cost twice its share). So the limit rises with the live
// heap, to 3/2 of it, checked every heapWatch: the run uses
// memory in proportion to the dossier, never a collection per allocation.
// GOGC or GOMEMLIMIT in the environment take precedence (a GOMEMLIMIT is
// never raised).
func tuneGC() (stop func()) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	debug.SetMemoryLimit(memoryLimit)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(heapWatch)
		defer t.Stop()
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		limit := int64(memoryLimit)
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			if l := fitLimit(limit, int64(sample[0].Value.Uint64())); l != limit {
				limit = l
				debug.SetMemoryLimit(limit)
			}
		}
	}()
	return func() { close(done) }
}

// fitLimit returns the memory limit for a live heap of the given size:
// the current limit while the live heap is within two thirds of it, else
// 3/2 of the live heap. It never lowers the limit.
func fitLimit(limit, live int64) int64 {
	if want := live / liveDen * liveNum; want > limit {
		return want
	}
	return limit
}
