package doc

import (
	"slices"
	"sort"
)

// Disjoint returns the indexes of the spans to keep so that no two kept
// spans overlap: spans are taken in the order given (so earlier ones win),
// and empty or out-of-range spans (beyond n bytes) are dropped. The result
// is sorted by position in the text.
//
// It takes O(m log m) time for m spans, whatever their order: the
// distinct start offsets are sorted once, and a Fenwick tree over them
// counts the kept spans starting before any offset, which answers both
// questions a span asks (does a kept span start inside me? does the last
// kept span starting before me reach into me?) in O(log m).
func Disjoint(spans []Span, n int) []int {
	valid := func(s Span) bool { return s.Start >= 0 && s.End <= n && s.Start < s.End }
	starts := make([]int, 0, len(spans))
	for _, s := range spans {
		if valid(s) {
			starts = append(starts, s.Start)
		}
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)
	m := len(starts)
	var (
		tree  = make([]int32, m+1) // Fenwick tree: kept spans per start
		owner = make([]int32, m)   // the kept span starting at starts[k], +1; 0 when none
		total = 0
	)
	// prefix returns the number of kept spans starting at starts[:k].
	prefix := func(k int) int {
		c := 0
		for ; k > 0; k -= k & -k {
			c += int(tree[k])
		}
		return c
	}
	// nth returns k such that the c-th kept span (1-based, by position)
	// starts at starts[k].
	top := 1
	for top*2 <= m {
		top *= 2
	}
	nth := func(c int) int {
		k := 0
		for step := top; step > 0; step /= 2 {
			if k+step <= m && int(tree[k+step]) < c {
				k += step
				c -= int(tree[k])
			}
		}
		return k
	}
	for i, s := range spans {
		if !valid(s) {
			continue
		}
		a, _ := slices.BinarySearch(starts, s.Start)
		b := sort.SearchInts(starts[a:], s.End) + a // first start at or after s.End
		before := prefix(a)
		if prefix(b) > before {
			continue // a kept span starts inside s
		}
		if before > 0 && spans[owner[nth(before)]-1].End > s.Start {
			continue // the kept span before s reaches into it
		}
		owner[a] = int32(i + 1)
		for k := a + 1; k <= m; k += k & -k {
			tree[k]++
		}
		total++
	}
	kept := make([]int, 0, total)
	for _, o := range owner {
		if o > 0 {
			kept = append(kept, int(o-1))
		}
	}
	return kept
}
