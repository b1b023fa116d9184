package doc

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strconv"
	"testing"
)

// disjointByInsertion is the original Disjoint, quadratic in the number
// of spans: the reference the fast one must agree with.
func disjointByInsertion(spans []Span, n int) []int {
	kept := []int{}
	for i, s := range spans {
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		j := sort.Search(len(kept), func(j int) bool { return spans[kept[j]].End > s.Start })
		if j < len(kept) && spans[kept[j]].Start < s.End {
			continue
		}
		kept = append(kept, 0)
		copy(kept[j+1:], kept[j:])
		kept[j] = i
	}
	return kept
}

func TestDisjointAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		n := 1 + r.IntN(200)
		spans := make([]Span, r.IntN(60))
		for k := range spans {
			start := r.IntN(n+10) - 5
			spans[k] = Span{start, start + r.IntN(1+r.IntN(40)) - 2}
		}
		got, want := Disjoint(spans, n), disjointByInsertion(spans, n)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trial %d: Disjoint(%v, %d) = %v; want %v", trial, spans, n, got, want)
		}
	}
}

// BenchmarkDisjoint times Disjoint on the spans of a long source in the
// order emit gives them (quotes, then dates, then mentions, each sorted):
// the time per span must not grow with the number of spans.
func BenchmarkDisjoint(b *testing.B) {
	for _, m := range []int{1 << 12, 1 << 15, 1 << 18} {
		b.Run(strconv.Itoa(m), func(b *testing.B) {
			var spans []Span
			for kind := range 3 {
				for k := range m / 3 {
					start := k*60 + kind*17
					spans = append(spans, Span{start, start + 12})
				}
			}
			for b.Loop() {
				Disjoint(spans, m*60)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(spans)), "ns/span")
		})
	}
}
