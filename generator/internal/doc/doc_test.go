package doc

import (
	"reflect"
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
