package people

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchCPU runs fn b.N times and reports, besides wall time, the rate per
// CPU second ("cpu-MB/s"), which stays meaningful on a loaded machine.
func benchCPU(b *testing.B, bytes int, fn func()) {
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		fn()
	}
	cpu := cpuTime() - c0
	if cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkFindSynth annotates a synthetic corpus of realistic size (about
// 6 KB a source), as the pipeline does.
func BenchmarkFindSynth(b *testing.B) {
	docs := synthDocs(100)
	n := 0
	for _, d := range docs {
		n += len(d.Source.Text)
	}
	benchCPU(b, n, func() {
		for _, d := range docs {
			Find(d.Source, nil)
		}
	})
}

// BenchmarkLink links the people of a synthetic corpus.
func BenchmarkLink(b *testing.B) {
	docs := synthDocs(1000)
	n := 0
	for _, d := range docs {
		d.People, d.Mentions, d.Warnings = Find(d.Source, nil)
		n += len(d.Source.Text)
	}
	benchCPU(b, n, func() { LinkIDs(docs, nil).Entries() })
}
