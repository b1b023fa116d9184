package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	// Quiet unless stderr is a terminal: a buffer, or CI, gets nothing.
	var b bytes.Buffer
	if p := startProgress(&b, "annotating", 10); p != nil {
		t.Errorf("progress shown on a buffer")
	}
	t.Setenv("CI", "true")
	if isTerminal(nil) {
		t.Errorf("isTerminal(nil)")
	}
	// On a terminal it redraws one line with the count and rate, and clears it.
	var mu syncBuffer
	p := newProgress(&mu, "annotating", 10)
	p.Add(4)
	time.Sleep(3 * progressInterval / 2)
	p.Finish()
	out := mu.String()
	if !strings.Contains(out, "\r\x1b[Kannotating 4/10 (") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("progress wrote %q", out)
	}
	var nilp *progress
	nilp.Add(1)
	nilp.Finish()
}
