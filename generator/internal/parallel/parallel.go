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
//
// A call that panics stops the others from starting new calls, and the
// panic is raised again in the caller's goroutine once all have
// returned, so that the caller can recover it (a panic in a goroutine of
// its own would end the program with no chance to).
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
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		once     sync.Once
		panicked any
	)
	for range workers {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					once.Do(func() { panicked = p })
					next.Store(int64(n))
				}
			}()
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
	if panicked != nil {
		panic(panicked)
	}
}
