package wordtable

import (
	"strconv"
	"testing"
)

// TestGet checks the table against the map it was built from, for words
// in it and words that share its hashed bytes without being in it.
func TestGet(t *testing.T) {
	m := map[string]int{"": 9, "a": 1, "ab": 2, "said": 3, "the": 4, "sa-id": 5, "é": 6}
	for i := range 3000 {
		m["w"+strconv.Itoa(i)+"x"] = i
	}
	tab := New(m)
	probes := []string{"", "a", "b", "ab", "ba", "said", "saud", "sid", "the", "thee", "sa-id", "é", "\xc3", "w17x", "w17y", "w1x7x"}
	for w := range m {
		probes = append(probes, w, w+"s", "x"+w)
	}
	for _, w := range probes {
		want, wantOK := m[w]
		if w == "" {
			want, wantOK = 0, false
		}
		if got, ok := tab.Get(w); got != want || ok != wantOK {
			t.Errorf("Get(%q) = %d, %v; want %d, %v", w, got, ok, want, wantOK)
		}
	}
}

// FuzzGet checks lookups of any word in a small table.
func FuzzGet(f *testing.F) {
	for _, s := range []string{"", "a", "said", "\xff\x00"} {
		f.Add(s)
	}
	m := map[string]bool{"a": true, "said": true, "told": true, "mr": true}
	tab := New(m)
	f.Fuzz(func(t *testing.T, w string) {
		if got, ok := tab.Get(w); got != m[w] || ok != m[w] {
			t.Errorf("Get(%q) = %v, %v; want %v", w, got, ok, m[w])
		}
	})
}
