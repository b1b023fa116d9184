package main

import (
	"os"
	"runtime/debug"
)

// GC settings for a run (see tuneGC).
const (
	gcPercent   = 400       // collect when the heap has grown 4× past what survived
	memoryLimit = 700 << 20 // but collect as often as needed to stay under this
)

// tuneGC makes the garbage collector run less often than Go's default.
// The generator keeps the annotation graph alive while it renders (about
// 170 MB at 10,000 sources) and allocates gigabytes of short-lived pages
// around it; with the default GOGC=100 every collection re-marks the graph,
// and collecting cost a tenth of the run's CPU time. A soft memory limit
// keeps the peak well under the 1 GB budget (docs/benchmarks.md). GOGC or
// GOMEMLIMIT in the environment take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
