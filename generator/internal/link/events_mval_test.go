package link

import (
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/doc"
)

// TestMvalMatchesVal checks that mvals relate and contain as the values
// they come from do, for values of every precision around month, year
// and decade ends.
func TestMvalMatchesVal(t *testing.T) {
	var vals []dates.Value
	for _, y := range []int{0, 9, 10, 1989, 1990, 1991, 1999, 2000, 2009, 2016, 2017, 9999} {
		vals = append(vals, dates.Value{Year: y, Precision: doc.Decade}, dates.Value{Year: y, Precision: doc.Year})
		for m := 1; m <= 12; m++ {
			vals = append(vals, dates.Value{Year: y, Month: m, Precision: doc.Month})
			for _, d := range []int{1, 2, 15, 28, 29, 30, 31} {
				if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d { // a valid day
					vals = append(vals, dates.Value{Year: y, Month: m, Day: d, Precision: doc.Day})
				}
			}
		}
	}
	for _, a := range vals {
		for _, b := range vals {
			if got, want := relationOf(mvalOf(a), mvalOf(b)), relation(a, b); got != want {
				t.Fatalf("relationOf(%v, %v) = %d; want %d", a, b, got, want)
			}
			if got, want := mvalOf(a).contains(mvalOf(b)), a.Contains(b); got != want {
				t.Fatalf("%v contains %v: %v; want %v", a, b, got, want)
			}
		}
	}
}
