package emit

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzJSONString checks appendJSONString against encoding/json without
// HTML escaping.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, "<a href=\"#L1\">&amp;</a>", "\b\f\n\r\t\x00\x1f\x7f", "\u2028\u2029", "\xff\xfe", "é😀", "a\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		got := appendJSONString([]byte("x"), s)
		if fromBytes := appendJSONString([]byte("x"), []byte(s)); !bytes.Equal(fromBytes, got) {
			t.Fatalf("appendJSONString of %q as []byte = %q; as string %q", s, fromBytes, got)
		}
		if !bytes.Equal(got, append([]byte("x"), bytes.TrimSuffix(want.Bytes(), []byte("\n"))...)) {
			t.Fatalf("appendJSONString(%q) = %q; want x%q", s, got, want.Bytes())
		}
	})
}
