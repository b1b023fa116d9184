package parallel

import (
	"sync/atomic"
	"testing"
)

// TestFor checks that every index is handed out exactly once, for counts
// below, at and above the number of cores.
func TestFor(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 1000} {
		seen := make([]atomic.Int32, n)
		For(n, func(i int) { seen[i].Add(1) })
		for i := range seen {
			if c := seen[i].Load(); c != 1 {
				t.Errorf("n=%d: index %d called %d times", n, i, c)
			}
		}
	}
}

// TestForWith checks that each call gets the scratch space of its own
// goroutine: no two goroutines ever hold the same one.
func TestForWith(t *testing.T) {
	var made atomic.Int32
	var inUse [64]atomic.Bool
	sum := make([]int, 500)
	ForWith(len(sum), func() int { return int(made.Add(1)) - 1 }, func(s, i int) {
		if inUse[s].Swap(true) {
			t.Errorf("scratch %d shared between goroutines", s)
		}
		sum[i] = i * 2
		inUse[s].Store(false)
	})
	for i, v := range sum {
		if v != i*2 {
			t.Fatalf("sum[%d] = %d", i, v)
		}
	}
	if made.Load() < 1 {
		t.Error("no scratch space made")
	}
}

// TestPanicReachesCaller checks that a panic in a call can be recovered
// by the caller of For.
func TestPanicReachesCaller(t *testing.T) {
	got := func() (p any) {
		defer func() { p = recover() }()
		For(100, func(i int) {
			if i == 37 {
				panic("boom 37")
			}
		})
		return nil
	}()
	if got != "boom 37" {
		t.Errorf("recovered %v; want the call's panic", got)
	}
}
