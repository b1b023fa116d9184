package emit

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"<script>alert(1)</script>", `\<script\>alert\(1\)\<\/script\>`},
		{"# not a heading", `\# not a heading`},
		{"[x](javascript:alert(1))", `\[x\]\(javascript\:alert\(1\)\)`},
		{"![img](http://x/y.png)", `\!\[img\]\(http\:\/\/x\/y\.png\)`},
		{"{{< shortcode >}} {{% s %}}", `\{\{\< shortcode \>\}\} \{\{\% s \%\}\}`},
		{"a | b | c", `a \| b \| c`},
		{"&amp; &#60;", `\&amp\; \&\#60\;`},
		{"<!-- comment -->", `\<\!\-\- comment \-\-\>`},
		{"1. not a list", `1\. not a list`},
		{"tab\tand  spaces", "tab and spaces"},
		{"line one   \n    indented", "line one\nindented"},
		{"curly “quotes” stay", "curly “quotes” stay"},
		{"*emph* _u_ `code` ~x~", "\\*emph\\* \\_u\\_ \\`code\\` \\~x\\~"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		escape(&b, tt.in, true)
		if got := b.String(); got != tt.want {
			t.Errorf("escape(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	var b bytes.Buffer
	escape(&b, "said ", false)
	if b.String() != "said " {
		t.Errorf("escape kept %q; a blank before an annotation must stay", b.String())
	}
}

func TestBlocks(t *testing.T) {
	src := &doc.Source{Text: "Headline\n\nFirst para\ncontinues\n\n  • bullet one\n  • bullet two\n\n## Heading\nlast", FirstLine: 3}
	var got []string
	for _, b := range blocks(src, true) {
		got = append(got, b.prefix+src.Slice(b.Span)+"@"+strconv.Itoa(b.line))
	}
	want := []string{"Headline@3", "First para\ncontinues@5", "- bullet one@8", "- bullet two@9", "### Heading@11", "last@12"} // headings move down a level: the page title is the h1
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks =\n%q\nwant\n%q", got, want)
	}
	// In a plain-text source, a leading # is text.
	if b := blocks(&doc.Source{Text: "# Not a heading", FirstLine: 1}, false); b[0].prefix != "" {
		t.Errorf("plain text # became a heading")
	}
}

func TestMarkdownText(t *testing.T) {
	text := "Jane Doe said \"Hi <b>\" on Monday.\n\n  • Jane left"
	src := &doc.Source{Text: text, FirstLine: 1}
	at := func(s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	anns := []annotation{
		{Span: at("Jane Doe"), dest: "/people/jane-doe/", title: "person"},
		{Span: at(`"Hi <b>"`), dest: "#L1", title: "quote q1"},
		{Span: at("Monday"), dest: "/timeline/#e1", title: "date 2020-01-06"},
		{Span: doc.Span{Start: at("Jane left").Start, End: at("Jane left").Start + 4}, dest: "/people/jane-doe/", title: "person"},
	}
	got := markdownText(src, anns, false)
	want := "[1](#L1 \"line\") [Jane Doe](/people/jane-doe/ \"person\") said [\\\"Hi \\<b\\>\\\"](#L1 \"quote q1\") on [Monday](/timeline/#e1 \"date 2020-01-06\")\\.\n\n" +
		"- [3](#L3 \"line\") [Jane](/people/jane-doe/ \"person\") left\n"
	if got != want {
		t.Errorf("markdownText =\n%s\nwant\n%s", got, want)
	}
}

// FuzzEscape checks escape against escapeReference, the plain
// implementation it was optimized from.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"a b", "a  b", " a", "a ", "a \n b", "a\t b", "a \tb", "x\u00a0 y", "\xff ", " \r", "a \x00", "[x] (y)"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, last bool) {
		var got, want bytes.Buffer
		escape(&got, s, last)
		escapeReference(&want, s, last)
		if got.String() != want.String() {
			t.Fatalf("escape(%q, %v) = %q; want %q", s, last, got.String(), want.String())
		}
	})
}

// escapeReference is escape without its fast paths.
func escapeReference(b *bytes.Buffer, s string, last bool) {
	lineStart := false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			switch {
			case r == utf8.RuneError && n == 1:
				b.WriteRune('\uFFFD')
				lineStart = false
			case r == '\u00a0':
				i = blank(b, s, i, last, lineStart, "\u00a0")
			default:
				b.WriteRune(r)
				lineStart = false
			}
			continue
		}
		i++
		switch {
		case c == '\n':
			b.WriteByte('\n')
			lineStart = true
		case c <= ' ':
			i = blank(b, s, i, last, lineStart, " ")
		case isPunct(c):
			b.WriteByte('\\')
			b.WriteByte(c)
			lineStart = false
		default:
			b.WriteByte(c)
			lineStart = false
		}
	}
}
