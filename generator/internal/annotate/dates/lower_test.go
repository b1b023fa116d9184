package dates

import "testing"

// TestLowerASCII checks lowerASCII, eight bytes at a time, against
// lower-casing byte by byte: every byte value at every position of a word.
func TestLowerASCII(t *testing.T) {
	want := func(s string) string {
		b := []byte(s)
		for k, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	base := []byte("Mixed CASE text, 0-9 @[`{ \xc3\x89t\xc3\xa9 \xffZ")
	for c := range 256 {
		for at := range 17 {
			b := append([]byte(nil), base...)
			b[at] = byte(c)
			for n := at + 1; n <= len(b); n += 5 {
				s := string(b[:n])
				if got := string(lowerASCII(nil, s)); got != want(s) {
					t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, want(s))
				}
			}
		}
	}
}
