package emit

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// FuzzIndentJSON checks jsonWriter against json.MarshalIndent, and
// appendFrontMatter against an Encoder that does not escape HTML.
func FuzzIndentJSON(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, `\"`, "{}[],:", "<script>&", "\u2028", "\x00\xff", `{"a":[]}`} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		v := map[string]any{
			s:       []any{s, n, 1.5, nil, true, map[string]any{}, []any{}, map[string]any{s: []string{s, s}}},
			"empty": []string{}, "nested": [][]int{{}, {1, 2}}, "struct": struct {
				A string `json:"a"`
				B []int  `json:"b"`
			}{s, []int{n}},
		}
		want, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Skip()
		}
		var out bytes.Buffer
		jw := newJSONWriter(&out)
		if err := jw.value(v, 0); err != nil || jw.end() != nil || !bytes.Equal(out.Bytes(), append(want, '\n')) {
			t.Fatalf("jsonWriter.value = %q, %v\nwant %q", out.Bytes(), err, want)
		}
		for _, n := range []int{0, 1, 3} {
			list := make([]any, n)
			for i := range list {
				list[i] = v
			}
			want, err := json.MarshalIndent(list, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out.Reset()
			jw := newJSONWriter(&out)
			if err := jw.list(n, 0, func(i int) any { return list[i] }); err != nil || jw.end() != nil || !bytes.Equal(out.Bytes(), append(want, '\n')) {
				t.Fatalf("jsonWriter.list = %q, %v\nwant %q", out.Bytes(), err, want)
			}
		}

		var unescaped bytes.Buffer
		enc := json.NewEncoder(&unescaped)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		want = bytes.TrimSuffix(unescaped.Bytes(), []byte("\n"))
		var scratch bytes.Buffer
		got, err := appendFrontMatter([]byte("x"), &scratch, v)
		if err != nil || !bytes.Equal(got, append([]byte("x"), want...)) {
			t.Fatalf("appendFrontMatter = %q, %v\nwant x%q", got, err, want)
		}
	})
}

func BenchmarkMarshalIndent(b *testing.B) {
	v := map[string]any{}
	for i := range 2000 {
		v[string(rune('a'+i%26))+string(rune(i))] = []any{"some text with \"quotes\" and <tags>", i, map[string]any{"x": []int{i, i}}}
	}
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			json.MarshalIndent(v, "", "  ")
		}
	})
	b.Run("fast", func(b *testing.B) {
		jw := newJSONWriter(io.Discard)
		for b.Loop() {
			jw.value(v, 0)
		}
	})
}

// TestWriteDossierJSON checks the streaming writer against
// json.MarshalIndent on empty, nil and filled lists.
func TestWriteDossierJSON(t *testing.T) {
	speaker := "a \"b\" <c>"
	for _, d := range []doc.Dossier{
		{},
		{Sources: []doc.SourceEntry{}, People: []doc.PersonEntry{}, Quotes: []doc.QuoteEntry{}, Events: []doc.EventEntry{}},
		{
			Sources: []doc.SourceEntry{{ID: "s1", Related: []doc.Related{{Source: "s2", Score: 2}}}, {ID: "s2"}},
			Quotes:  []doc.QuoteEntry{{ID: "q1", Text: "x\u2028y", Speaker: &speaker}},
			Events:  []doc.EventEntry{},
		},
	} {
		want, err := json.MarshalIndent(d, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		var got bytes.Buffer
		if err := writeDossierJSON(&got, &d); err != nil || !bytes.Equal(got.Bytes(), want) {
			t.Errorf("writeDossierJSON = %q, %v\nwant %q", got.Bytes(), err, want)
		}
	}
}
