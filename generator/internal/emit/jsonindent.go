package emit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
)

// appendFrontMatter appends v to dst as json.MarshalIndent(v, "", "  ")
// would, but without escaping <, > and & as \u003c, \u003e and \u0026:
// front matter is read by Hugo and never served, and a source page's front
// matter carries its original as HTML, which that escaping made a third
// larger. scratch holds the compact encoding; it is reset first.
func appendFrontMatter(dst []byte, scratch *bytes.Buffer, v any) ([]byte, error) {
	scratch.Reset()
	enc := json.NewEncoder(scratch)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return dst, err
	}
	compact := bytes.TrimSuffix(scratch.Bytes(), []byte("\n"))
	return appendIndented(dst, compact, 0)
}

// appendIndented appends src, compact and valid JSON, to dst indented as
// json.Indent(dst, src, "", "  ") does for a value that starts at nesting
// depth depth, about three times faster: json.Indent re-scans its input
// with the full JSON state machine, which was the largest cost of emitting
// (15 % of the CPU time of a 10,000-source build). Compact, valid input
// only needs strings and nesting tracked.
func appendIndented(dst, src []byte, depth int) ([]byte, error) {
	base := depth
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			j := stringEnd(src, i+1)
			if j < 0 {
				return nil, fmt.Errorf("indenting JSON: unterminated string")
			}
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, ',')
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	if depth != base {
		return nil, fmt.Errorf("indenting JSON: unbalanced brackets")
	}
	return dst, nil
}

// jsonWriter writes large JSON files as json.MarshalIndent(v, "", "  ")
// would, with a final newline, a value at a time, so that no file is ever
// held in memory whole and the encoding buffers are reused: the graph, the
// timeline and the quote groups are the largest files of the site (the
// graph alone ≈ 12 MB per 1,000 sources).
type jsonWriter struct {
	w        *bufio.Writer
	compact  bytes.Buffer  // one value as encoding/json writes it
	enc      *json.Encoder // into compact; it escapes HTML, as json.Marshal does
	indented []byte
}

func newJSONWriter(w io.Writer) *jsonWriter {
	jw := &jsonWriter{w: bufio.NewWriterSize(w, 256<<10)}
	jw.enc = json.NewEncoder(&jw.compact)
	return jw
}

// value writes v, indented as a value that starts at nesting depth depth.
func (jw *jsonWriter) value(v any, depth int) error {
	jw.compact.Reset()
	if err := jw.enc.Encode(v); err != nil {
		return err
	}
	var err error
	jw.indented, err = appendIndented(jw.indented[:0], bytes.TrimSuffix(jw.compact.Bytes(), []byte("\n")), depth)
	if err != nil {
		return err
	}
	_, err = jw.w.Write(jw.indented)
	return err
}

// list writes a list of n elements that starts at nesting depth depth;
// elem(i) returns element i, which must not be nil (an empty list is "[]").
func (jw *jsonWriter) list(n, depth int, elem func(i int) any) error {
	if n == 0 {
		_, err := jw.w.WriteString("[]")
		return err
	}
	pad := "\n" + strings.Repeat("  ", depth+1)
	jw.w.WriteString("[")
	for i := range n {
		if i > 0 {
			jw.w.WriteString(",")
		}
		jw.w.WriteString(pad)
		if err := jw.value(elem(i), depth+1); err != nil {
			return err
		}
	}
	_, err := jw.w.WriteString(pad[:len(pad)-2] + "]")
	return err
}

// end ends the file with a newline and flushes it.
func (jw *jsonWriter) end() error {
	jw.w.WriteString("\n")
	return jw.w.Flush()
}

// writeDossierJSON writes d as a jsonWriter does.
func writeDossierJSON(w io.Writer, d *doc.Dossier) error {
	jw := newJSONWriter(w)
	jw.w.WriteString("{")
	for k, f := range []struct {
		name string
		n    int
		nil  bool
		elem func(i int) any
	}{
		{"sources", len(d.Sources), d.Sources == nil, func(i int) any { return &d.Sources[i] }},
		{"people", len(d.People), d.People == nil, func(i int) any { return &d.People[i] }},
		{"quotes", len(d.Quotes), d.Quotes == nil, func(i int) any { return &d.Quotes[i] }},
		{"events", len(d.Events), d.Events == nil, func(i int) any { return &d.Events[i] }},
	} {
		if k > 0 {
			jw.w.WriteString(",")
		}
		jw.w.WriteString("\n  \"" + f.name + "\": ")
		if f.nil {
			jw.w.WriteString("null")
			continue
		}
		if err := jw.list(f.n, 1, f.elem); err != nil {
			return fmt.Errorf("encoding %s: %w", f.name, err)
		}
	}
	jw.w.WriteString("\n}")
	return jw.end()
}

// stringEnd returns the index of the quote that closes the JSON string
// whose contents start at src[i], or -1. It jumps from quote to quote
// (bytes.IndexByte is vectorized): a quote closes the string unless an odd
// number of backslashes precedes it. Strings are most of the bytes of a
// page's front matter (the original's HTML), so this is the hot path.
func stringEnd(src []byte, i int) int {
	for {
		k := bytes.IndexByte(src[i:], '"')
		if k < 0 {
			return -1
		}
		j := i + k
		n := 0
		for p := j - 1; p >= i && src[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			return j
		}
		i = j + 1
	}
}
