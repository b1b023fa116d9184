package doc

import (
	"reflect"
	"sync"
	"testing"
)

func TestDisjoint(t *testing.T) {
	spans := []Span{{10, 20}, {15, 25}, {0, 5}, {20, 22}, {5, 5}, {30, 99}, {4, 11}}
	got := Disjoint(spans, 50)
	want := []int{2, 0, 3} // by position: [0,5) [10,20) [20,22); the rest overlap, are empty or out of range
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Disjoint = %v; want %v", got, want)
	}
}

func TestLine(t *testing.T) {
	s := &Source{Text: "ab\ncd\n\nef", FirstLine: 4}
	for _, tt := range []struct{ off, line int }{{0, 4}, {2, 4}, {3, 5}, {6, 6}, {7, 7}, {8, 7}} {
		if got := s.Line(tt.off); got != tt.line {
			t.Errorf("Line(%d) = %d; want %d", tt.off, got, tt.line)
		}
	}
	if got := s.LineText(7); got != "ef" {
		t.Errorf("LineText(7) = %q; want ef", got)
	}
}

// TestLineConcurrent reads line numbers of one fresh source from several
// goroutines at once, as the passes do; run with -race (as CI does) it
// checks that building the line index on first use is safe.
func TestLineConcurrent(t *testing.T) {
	s := &Source{Text: "one\ntwo\nthree\n", FirstLine: 3}
	var wg sync.WaitGroup
	got := make([]int, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = s.Line(9) + len(s.LineText(4))
		}()
	}
	wg.Wait()
	for g, n := range got {
		if n != 5+3 { // "three" is file line 5; line 4 is "two"
			t.Errorf("goroutine %d: %d; want 8", g, n)
		}
	}
}
