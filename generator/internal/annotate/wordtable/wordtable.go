// Package wordtable provides a read-only hash table from words to values,
// built for the annotators' lexicons: every token of a text is looked up
// once or twice, most of them are not in the table, and most are short.
// The hash reads the length and five bytes of a word, a 65,536-bit filter
// on it rules out most absent words, and a probe compares one string,
// where a Go map hashes every byte and probes a group.
package wordtable

// A Table maps words to values of type V. It is safe for concurrent
// lookups.
type Table[V any] struct {
	slots []uint16 // 1 + an index into keys and vals; 0 when empty
	keys  []string
	vals  []V
	shift uint // 64 - log2(len(slots))
	// maybe has the bit hash>>48 set for every word in the table.
	maybe [1 << 16 / 64]uint64
}

// New returns the table of m. It holds fewer than 65,535 words; the
// empty word is never found.
func New[V any](m map[string]V) *Table[V] {
	size, shift := 16, uint(60)
	for size < 3*len(m) {
		size, shift = size*2, shift-1
	}
	if len(m) >= 1<<16-1 {
		panic("wordtable: too many words")
	}
	t := &Table[V]{slots: make([]uint16, size), shift: shift}
	for w, v := range m { // (the layout differs from run to run, the lookups do not)
		if w == "" {
			continue
		}
		t.keys = append(t.keys, w)
		t.vals = append(t.vals, v)
		h := hash(w)
		t.maybe[h>>48/64] |= 1 << (h >> 48 % 64)
		i := h >> shift
		for t.slots[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.slots[i] = uint16(len(t.keys))
	}
	return t
}

// Get returns the value of w and whether w is in the table.
func (t *Table[V]) Get(w string) (v V, ok bool) {
	if w == "" {
		return v, false
	}
	h := hash(w)
	if t.maybe[h>>48/64]&(1<<(h>>48%64)) == 0 {
		return v, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return v, false
		}
		if t.keys[s-1] == w {
			return t.vals[s-1], true
		}
	}
}

// hash hashes the length, the first two, the middle and the last two
// bytes of w (not empty).
func hash(w string) uint64 {
	n := len(w)
	x := uint64(n) | uint64(w[0])<<8 | uint64(w[min(1, n-1)])<<16 | uint64(w[n/2])<<24 |
		uint64(w[max(n-2, 0)])<<32 | uint64(w[n-1])<<40
	return x * 0x9E3779B97F4A7C15
}
