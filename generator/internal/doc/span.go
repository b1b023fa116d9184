package doc

import "sort"

// Disjoint returns the indexes of the spans to keep so that no two kept
// spans overlap: spans are taken in the order given (so earlier ones win),
// and empty or out-of-range spans (beyond n bytes) are dropped. The result
// is sorted by position in the text.
func Disjoint(spans []Span, n int) []int {
	var kept []int // indexes into spans, sorted by Start
	for i, s := range spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		j := sort.Search(len(kept), func(j int) bool { return spans[kept[j]].End > s.Start })
		if j < len(kept) && spans[kept[j]].Start < s.End {
			continue // overlaps a span already kept
		}
		kept = append(kept, 0)
		copy(kept[j+1:], kept[j:])
		kept[j] = i
	}
	return kept
}
