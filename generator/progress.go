package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// progress shows "label done/total (rate/s)" on one terminal line while a
// long pass runs. It is silent unless w is the process's stderr, stderr is
// a terminal, and CI is not set, so logs and CI output stay clean. A nil
// *progress is valid and does nothing.
type progress struct {
	w     io.Writer
	label string
	total int
	start time.Time
	done  atomic.Int64
	stop  chan struct{}
	wg    sync.WaitGroup
}

// progressInterval is how often the line is redrawn.
const progressInterval = 200 * time.Millisecond

// isTerminal reports whether w is stderr attached to a terminal outside CI.
func isTerminal(w io.Writer) bool {
	if w != io.Writer(os.Stderr) {
		return false
	}
	if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
		return false
	}
	info, err := os.Stderr.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// startProgress starts showing progress on w when w is a terminal; it
// returns nil otherwise.
func startProgress(w io.Writer, label string, total int) *progress {
	if !isTerminal(w) || total == 0 {
		return nil
	}
	return newProgress(w, label, total)
}

func newProgress(w io.Writer, label string, total int) *progress {
	p := &progress{w: w, label: label, total: total, start: time.Now(), stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(progressInterval)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
	return p
}

// Add records n more items done.
func (p *progress) Add(n int) {
	if p != nil {
		p.done.Add(int64(n))
	}
}

func (p *progress) draw() {
	done := p.done.Load()
	rate := float64(done) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\x1b[K%s %d/%d (%.0f/s)", p.label, done, p.total, rate)
}

// Finish stops the display and clears its line.
func (p *progress) Finish() {
	if p == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	fmt.Fprint(p.w, "\r\x1b[K")
}
