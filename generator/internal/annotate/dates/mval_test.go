package dates

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// TestMvalMatchesVal checks that mvals relate and contain as the values
// they come from do, for values of every precision around month, year
// and decade ends.
func TestMvalMatchesVal(t *testing.T) {
	var vals []val
	for _, y := range []int{0, 9, 10, 1989, 1990, 1991, 1999, 2000, 2009, 2016, 2017, 9999} {
		vals = append(vals, val{y, 0, 0, doc.Decade}, val{y, 0, 0, doc.Year})
		for m := 1; m <= 12; m++ {
			vals = append(vals, val{y, m, 0, doc.Month})
			for _, d := range []int{1, 2, 15, 28, 29, 30, 31} {
				if validDay(y, m, d) {
					vals = append(vals, val{y, m, d, doc.Day})
				}
			}
		}
	}
	for _, a := range vals {
		for _, b := range vals {
			if got, want := relationOf(mvalOf(a), mvalOf(b)), relation(a, b); got != want {
				t.Fatalf("relationOf(%v, %v) = %d; want %d", a, b, got, want)
			}
			if got, want := mvalOf(a).contains(mvalOf(b)), a.contains(b); got != want {
				t.Fatalf("%v contains %v: %v; want %v", a, b, got, want)
			}
		}
	}
}
