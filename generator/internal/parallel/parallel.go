// Package parallel runs independent pieces of work on every core: the
// passes split their work by source, by person or by event, and each piece
// writes only its own slot of a result, so the result does not depend on
// scheduling.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls fn(i) for every i in [0, n) on up to runtime.GOMAXPROCS(0)
// goroutines and returns when all calls have returned.
func For(n int, fn func(i int)) {
	ForWith(n, func() struct{} { return struct{}{} }, func(_ struct{}, i int) { fn(i) })
}

// ForWith is For with working memory: each goroutine makes its own with
// scratch and passes it to every call it makes.
func ForWith[S any](n int, scratch func() S, fn func(s S, i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		if n > 0 {
			s := scratch()
			for i := range n {
				fn(s, i)
			}
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			s := scratch()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(s, i)
			}
		})
	}
	wg.Wait()
}
