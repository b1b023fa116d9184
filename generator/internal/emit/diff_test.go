package emit

import (
	"reflect"
	"testing"
)

// TestWordDiff checks the word-level diff of two wordings of a quote
// (moved here from the quotes package with the diff, issue 11).
func TestWordDiff(t *testing.T) {
	got := wordDiff("We’ve been friends for a long time", "Long time – We've been friends for a long time.")
	want := []diffOp{
		{diffInsert, "Long time –"},
		{diffEqual, "We’ve been friends for a long time"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Diff = %+v, want %+v", got, want)
	}
	got = wordDiff("Life. We discussed life.", "Life, we discuss life.")
	want = []diffOp{
		{diffEqual, "Life. We"},
		{diffDelete, "discussed"},
		{diffInsert, "discuss"},
		{diffEqual, "life."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Diff = %+v, want %+v", got, want)
	}
	if got := wordDiff("", ""); len(got) != 0 {
		t.Errorf("Diff of empty = %+v", got)
	}
}
