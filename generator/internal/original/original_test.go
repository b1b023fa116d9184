package original

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

func span(text, s string) doc.Span {
	i := strings.Index(text, s)
	return doc.Span{Start: i, End: i + len(s)}
}

func TestLexer(t *testing.T) {
	text := "Jane Doe said \"hello, Bob\" on Monday, per TMZ."
	a := &doc.Annotated{
		Source:    &doc.Source{Text: text, FirstLine: 1},
		Mentions:  []doc.Mention{{Span: span(text, "Jane Doe")}, {Span: span(text, "Bob")}},
		Quotes:    []doc.Quote{{Outer: span(text, `"hello, Bob"`)}},
		Dates:     []doc.Date{{Span: span(text, "Monday")}},
		Citations: []doc.Citation{{Span: span(text, "TMZ")}},
	}
	it, err := NewLexer(a).Tokenise(nil, text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range it.Tokens() {
		got = append(got, tok.Type.String()+":"+tok.Value)
	}
	want := []string{
		"NameEntity:Jane Doe", "Text: said ", `LiteralStringDouble:"hello, Bob"`, "Text: on ",
		"LiteralDate:Monday", "Text:, per ", "NameAttribute:TMZ", "Text:.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens =\n%q\nwant\n%q", got, want)
	}
}

func TestHTML(t *testing.T) {
	text := "line <one>\nline two & \"three\""
	a := &doc.Annotated{Source: &doc.Source{File: "s.txt", Text: text, FirstLine: 5}}
	out, err := NewRenderer().HTML(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`id="L5"`, `href="#L5"`, `id="L6"`, "&lt;one&gt;", "&amp;"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<one>") || strings.Contains(out, `id="L1"`) {
		t.Errorf("HTML is unescaped or misnumbered:\n%s", out)
	}
}

func TestWriteCSS(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSS(&b); err != nil {
		t.Fatal(err)
	}
	css := b.String()
	for _, want := range []string{".chroma .ne", ".chroma .s2", ".chroma .ld", "@media (prefers-color-scheme: dark)"} {
		if !strings.Contains(css, want) {
			t.Errorf("stylesheet lacks %s", want)
		}
	}
}
