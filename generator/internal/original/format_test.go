package original

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/dossier/dossier/generator/internal/doc"
)

// chromaHTML is the reference: chroma's own html formatter, with the
// options the package used before it formatted for itself.
func chromaHTML(t testing.TB, s *chroma.Style, tokens []chroma.Token, firstLine int) string {
	t.Helper()
	var b strings.Builder
	if err := formatter(html.BaseLineNumber(firstLine)).Format(&b, s, chroma.Literator(tokens...)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func ourHTML(t testing.TB, tokens []chroma.Token, firstLine int) string {
	t.Helper()
	var b strings.Builder
	if err := NewFormatter(firstLine).Format(&b, style(false), chroma.Literator(tokens...)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// diff reports where got and want first differ.
func diff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("first difference at byte %d (len %d, want len %d):\n got …%q\nwant …%q",
		i, len(got), len(want), got[from:min(len(got), i+80)], want[from:min(len(want), i+80)])
}

func tok(typ chroma.TokenType, v string) chroma.Token { return chroma.Token{Type: typ, Value: v} }

func text(v string) []chroma.Token { return []chroma.Token{tok(chroma.Text, v)} }

// numbered returns n lines "line 1\n" … so that line numbers change width.
func numbered(n int) []chroma.Token {
	var tokens []chroma.Token
	for i := 1; i <= n; i++ {
		tokens = append(tokens, tok(chroma.Text, fmt.Sprintf("line %d ", i)), tok(Name, "N"), tok(chroma.Text, "\n"))
	}
	return tokens
}

func TestFormatMatchesChroma(t *testing.T) {
	long := strings.Repeat("a <long> & 'winding' \"line\" ", 250) // 7,000 bytes
	cases := []struct {
		name   string
		tokens []chroma.Token
	}{
		{"no tokens", nil},
		{"empty text", text("")},
		{"empty name", []chroma.Token{tok(Name, "")}},
		{"two empty tokens", []chroma.Token{tok(Name, ""), tok(chroma.Text, "")}},
		{"empty token after the last newline", []chroma.Token{tok(chroma.Text, "a\n"), tok(Name, "")}},
		{"two empty tokens after the last newline", []chroma.Token{tok(chroma.Text, "a\n"), tok(Quote, ""), tok(chroma.Text, "")}},
		{"empty tokens inside a line", []chroma.Token{tok(chroma.Text, "a"), tok(Date, ""), tok(chroma.Text, "b\n"), tok(Outlet, ""), tok(chroma.Text, "c")}},
		{"one line, no newline", text("one line")},
		{"no final newline", text("one\ntwo")},
		{"final newline", text("one\ntwo\n")},
		{"two final newlines", text("one\ntwo\n\n")},
		{"a newline", text("\n")},
		{"only newlines", text("\n\n\n\n")},
		{"blank lines between paragraphs", text("first paragraph\n\nsecond paragraph\n\n\nthird")},
		{"carriage returns", text("a\r\nb\rc\r\n\r\rd\r")},
		{"tabs", text("\tindented\n\t\tmore\tand more\t\n")},
		{"html special characters", text(`<script>alert('x & "y"')</script> &amp; &lt; > <` + "\n<b>bold</b>")},
		{"invalid UTF-8", text("\xff\xfe\xc3( \x80 ok \xe2\x82\n\xed\xa0\x80 \xf4\x90\x80\x80 end\xc3")},
		{"control bytes", text("\x00\x01\x1b[31m\x7f\n\x00")},
		{"unicode", text("Beyoncé — “quoted” ‘single’ 日本語 🎤\n«guillemets»")},
		{"long line", text(long + "\n" + long)},
		{"marked long line", []chroma.Token{tok(chroma.Text, long), tok(Quote, `"`+long+`"`), tok(chroma.Text, long+"\n")}},
		{"every type", []chroma.Token{
			tok(Name, "Jane Doe"), tok(chroma.Text, " said "), tok(Quote, `"it's <fine> & done"`),
			tok(chroma.Text, " on "), tok(Date, "Monday"), tok(chroma.Text, ", per "), tok(Outlet, "KNX"), tok(chroma.Text, ".\n"),
		}},
		{"marks with special characters", []chroma.Token{tok(Name, "O'Brien & <Co>"), tok(Outlet, `"The Times"`), tok(Date, "'16"), tok(Quote, "&#39;")}},
		{"quote across lines", []chroma.Token{tok(chroma.Text, "He said "), tok(Quote, "“first\n\nsecond\nthird”"), tok(chroma.Text, " then left.\n")}},
		{"mark ending in a newline", []chroma.Token{tok(Name, "Mara Velden\n"), tok(chroma.Text, "singer\n")}},
		{"mark that is a newline", []chroma.Token{tok(chroma.Text, "a"), tok(Date, "\n"), tok(Date, "\n"), tok(chroma.Text, "b")}},
		{"mark at the end, no newline", []chroma.Token{tok(chroma.Text, "per "), tok(Outlet, "CNN")}},
		{"mark at the end, with newline", []chroma.Token{tok(chroma.Text, "per "), tok(Outlet, "CNN\n")}},
		{"only a mark", []chroma.Token{tok(Quote, `"x"`)}},
		{"adjacent marks", []chroma.Token{tok(Name, "A"), tok(Name, "B"), tok(Date, "C"), tok(Quote, "D"), tok(Outlet, "E")}},
		{"other chroma types", []chroma.Token{
			tok(chroma.Keyword, "func"), tok(chroma.Whitespace, " "), tok(chroma.NameFunction, "f"),
			tok(chroma.Error, "!"), tok(chroma.GenericHeading, "#"), tok(chroma.TokenType(1234), "x\n"),
			tok(chroma.TokenType(8765), "y"), tok(chroma.Background, "z"), tok(chroma.LineNumbers, "1"),
		}},
		{"9 lines", numbered(9)},
		{"10 lines", numbered(10)},
		{"101 lines", numbered(101)},
	}
	// 0 and negative numbers are beyond what a source can have; they are
	// here because chroma accepts them, and so does Formatter.
	firstLines := []int{1, 2, 5, 9, 10, 91, 99, 100, 12345, 999_999_999, 0, -7}
	styles := map[string]*chroma.Style{"light": style(false), "dark": style(true)}
	for _, c := range cases {
		for _, first := range firstLines {
			t.Run(fmt.Sprintf("%s/from %d", c.name, first), func(t *testing.T) {
				got := ourHTML(t, c.tokens, first)
				for name, s := range styles {
					if want := chromaHTML(t, s, c.tokens, first); got != want {
						t.Errorf("differs from chroma's with the %s style: %s", name, diff(got, want))
					}
				}
			})
		}
	}
}

// every returns the spans of every occurrence of s in text.
func every(text, s string) []doc.Span {
	var spans []doc.Span
	for i := 0; ; {
		j := strings.Index(text[i:], s)
		if j < 0 {
			return spans
		}
		spans = append(spans, doc.Span{Start: i + j, End: i + j + len(s)})
		i += j + len(s)
	}
}

// annotate marks every occurrence of the names, quotes, dates and outlets
// given, as the annotators would.
func annotate(text string, firstLine int, names, quotes, dates, outlets []string) *doc.Annotated {
	a := &doc.Annotated{Source: &doc.Source{File: "sources/test.txt", Text: text, FirstLine: firstLine}}
	for _, s := range names {
		for _, sp := range every(text, s) {
			a.Mentions = append(a.Mentions, doc.Mention{Span: sp, Form: s})
		}
	}
	for _, s := range quotes {
		for _, sp := range every(text, s) {
			a.Quotes = append(a.Quotes, doc.Quote{Span: doc.Span{Start: sp.Start + 1, End: sp.End - 1}, Outer: sp, Speaker: -1})
		}
	}
	for _, s := range dates {
		for _, sp := range every(text, s) {
			a.Dates = append(a.Dates, doc.Date{Span: sp})
		}
	}
	for _, s := range outlets {
		for _, sp := range every(text, s) {
			a.Citations = append(a.Citations, doc.Citation{Span: sp, Outlet: s})
		}
	}
	return a
}

// article is a source as the loader gives it: the text after the front
// matter, paragraphs on one line each, blank lines between them.
const article = `‘Colleagues’ Mara Velden and Tomas Reyle ‘Discussed Plans’ in Reyle Tower

at 10:40 am | By

During his visit to New York, Mara Velden paid a visit to Tomas Reyle's Reyle Tower on Tuesday (March 3, 2021).

Later, Velden and Reyle were caught on camera walking out of the elevator together. "Old colleagues, old colleagues," said Reyle. "He's a good man. We have worked together for years."

Velden later wrote on Twitter: "I wanted to meet with Reyle today to discuss the harbor plans.
These issues included ferries, bridges, parking, and flooding in Harlow."

According to KNX, the meeting lasted about 20 minutes & covered <many> topics; CNN reported the same on March 4.
`

func TestRendererMatchesChroma(t *testing.T) {
	names := []string{"Mara Velden", "Tomas Reyle", "Velden", "Reyle"}
	quotes := []string{
		`"Old colleagues, old colleagues,"`, `"He's a good man. We have worked together for years."`,
		"\"I wanted to meet with Reyle today to discuss the harbor plans.\nThese issues included ferries, bridges, parking, and flooding in Harlow.\"",
	}
	dates := []string{"Tuesday", "March 3, 2021", "March 4", "today", "10:40 am"}
	outlets := []string{"KNX", "CNN", "Twitter"}
	cases := []struct {
		name string
		a    *doc.Annotated
	}{
		{"article", annotate(article, 1, names, quotes, dates, outlets)},
		{"article after front matter", annotate(article, 4, names, quotes, dates, outlets)},
		{"article from line 95", annotate(article, 95, names, quotes, dates, outlets)},
		{"article without a final newline", annotate(strings.TrimSuffix(article, "\n"), 1, names, quotes, dates, outlets)},
		{"article, CRLF and tabs", annotate(strings.ReplaceAll(strings.ReplaceAll(article, "\n", "\r\n"), " | ", "\t|\t"), 3, names, quotes, dates, outlets)},
		{"unannotated", annotate(article, 1, nil, nil, nil, nil)},
		{"names only", annotate(article, 1, names, nil, nil, nil)},
		{"marks at both ends", annotate("Reyle met Velden\n", 1, []string{"Reyle", "Velden\n"}, nil, nil, nil)},
		{"a mark over the whole text", annotate(`"<all> & 'sundry'"`, 1, nil, []string{`"<all> & 'sundry'"`}, nil, nil)},
		{"empty text", annotate("", 1, nil, nil, nil, nil)},
		{"one newline", annotate("\n", 12, nil, nil, nil, nil)},
		{"invalid UTF-8", annotate("Velden \xff said \"\xc3\" on \xe2\x82Monday\n", 2, []string{"Velden"}, []string{"\"\xc3\""}, []string{"Monday"}, nil)},
	}
	r := NewRenderer()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := r.HTML(c.a)
			if err != nil {
				t.Fatal(err)
			}
			it, err := NewLexer(c.a).Tokenise(nil, c.a.Source.Text)
			if err != nil {
				t.Fatal(err)
			}
			if want := chromaHTML(t, style(false), it.Tokens(), c.a.Source.FirstLine); got != want {
				t.Errorf("differs from chroma's: %s", diff(got, want))
			}
		})
	}
}

// fuzzAnnotated reads marks as 5-byte records (kind, start, length) over
// text, kinds in turn quote, date, name, outlet.
func fuzzAnnotated(text string, marks []byte, firstLine int) *doc.Annotated {
	a := &doc.Annotated{Source: &doc.Source{File: "sources/fuzz.txt", Text: text, FirstLine: firstLine}}
	for ; len(marks) >= 5; marks = marks[5:] {
		start := int(binary.LittleEndian.Uint16(marks[1:])) % (len(text) + 1)
		sp := doc.Span{Start: start, End: start + int(binary.LittleEndian.Uint16(marks[3:]))%(len(text)-start+1)}
		switch marks[0] % 4 {
		case 0:
			a.Quotes = append(a.Quotes, doc.Quote{Outer: sp, Speaker: -1})
		case 1:
			a.Dates = append(a.Dates, doc.Date{Span: sp})
		case 2:
			a.Mentions = append(a.Mentions, doc.Mention{Span: sp})
		case 3:
			a.Citations = append(a.Citations, doc.Citation{Span: sp})
		}
	}
	return a
}

// fuzzTokens cuts text at every start and end of the marks, empty pieces
// included, and gives the pieces types in an order the marks choose: a
// token stream the lexer cannot produce, for the formatter alone.
func fuzzTokens(text string, marks []byte) []chroma.Token {
	a := fuzzAnnotated(text, marks, 1)
	cuts := []int{0, len(text)}
	for _, q := range a.Quotes {
		cuts = append(cuts, q.Outer.Start, q.Outer.End)
	}
	for _, d := range a.Dates {
		cuts = append(cuts, d.Start, d.End)
	}
	for _, m := range a.Mentions {
		cuts = append(cuts, m.Start, m.End)
	}
	for _, c := range a.Citations {
		cuts = append(cuts, c.Start, c.End)
	}
	slices.Sort(cuts)
	types := []chroma.TokenType{chroma.Text, Name, Quote, Date, Outlet}
	var tokens []chroma.Token
	for i := 1; i < len(cuts); i++ {
		k := i
		if len(marks) > 0 {
			k += int(marks[i%len(marks)])
		}
		tokens = append(tokens, tok(types[k%len(types)], text[cuts[i-1]:cuts[i]]))
	}
	return tokens
}

func FuzzFormatMatchesChroma(f *testing.F) {
	f.Add("", []byte{}, uint32(0))
	f.Add("\n", []byte{0, 0, 0, 1, 0}, uint32(0))
	f.Add("a\nb", []byte{2, 0, 0, 1, 0, 1, 2, 0, 1, 0}, uint32(8))
	f.Add("one\ntwo\n\n", []byte{1, 4, 0, 4, 0}, uint32(98))
	f.Add(`<p class="x">'O'Brien' & co</p>`+"\r\n\tnext", []byte{3, 3, 0, 10, 0, 2, 14, 0, 9, 0}, uint32(41))
	f.Add("\xff\xfe\xc3(\x80\n\xe2\x82", []byte{0, 1, 0, 3, 0}, uint32(9))
	f.Add(strings.Repeat("long line & more ", 320)+"\n", []byte{0, 10, 0, 0, 4, 2, 200, 19, 30, 0}, uint32(999))
	f.Add(article, []byte{0, 100, 0, 60, 0, 1, 80, 0, 12, 0, 2, 20, 0, 10, 0, 3, 0, 2, 40, 1, 0, 44, 1, 200, 0}, uint32(3))
	r := NewRenderer()
	light := style(false)
	f.Fuzz(func(t *testing.T, text string, marks []byte, first uint32) {
		firstLine := int(first%1_000_000) + 1

		// As the site renders: the lexer's tokens through the Renderer.
		a := fuzzAnnotated(text, marks, firstLine)
		got, err := r.HTML(a)
		if err != nil {
			t.Fatal(err)
		}
		it, err := NewLexer(a).Tokenise(nil, text)
		if err != nil {
			t.Fatal(err)
		}
		if want := chromaHTML(t, light, it.Tokens(), firstLine); got != want {
			t.Fatalf("Renderer.HTML differs from chroma's: %s", diff(got, want))
		}

		// Any cut of the text into tokens, empty ones included.
		tokens := fuzzTokens(text, marks)
		if got, want := ourHTML(t, tokens, firstLine), chromaHTML(t, light, tokens, firstLine); got != want {
			t.Fatalf("Formatter differs from chroma's on %q: %s", tokens, diff(got, want))
		}
	})
}

// benchArticle is a realistic source of about 6 KB: paragraphs on one line
// each, curly and straight quotes, apostrophes, ampersands, and the marks
// the annotators would find in it.
func benchArticle() *doc.Annotated {
	paragraphs := []string{
		"‘Colleagues’ Mara Velden and Tomas Reyle ‘Discussed Plans’ in Reyle Tower",
		"at 10:40 am | By Staff",
		"During his visit to New York, Mara Velden paid a visit to Tomas Reyle's Reyle Tower on Tuesday (March 3, 2021), according to KNX.",
		`Velden was accompanied by his entourage, which included a cameraman and Lena Ostrow's boyfriend Paul Amsel, as he entered the elevator in the lobby, waving and smiling at the onlookers. "We're here to talk about Harlow & the schools," a spokesperson said.`,
		`Later, Velden and Reyle were caught on camera walking out of the elevator together. They addressed the press, shoulder-to-shoulder. "Old colleagues, old colleagues," said Reyle. "He's a good man. We have worked together for years."`,
		`Asked what they discussed, Reyle said: "Plans. We discussed plans." Velden did not speak to reporters, CNN reported, but he posted on Twitter on Wednesday that he had wanted to meet to discuss "the harbor plans."`,
		`"I wanted to meet with Reyle today to discuss the harbor plans. These issues included ferries, bridges, parking, and flooding in Harlow," Velden wrote. "I feel it is important to have a direct line of communication with our future in order to bring about real change."`,
	}
	var b strings.Builder
	for b.Len() < 6000 {
		for _, p := range paragraphs {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return annotate(b.String(), 4,
		[]string{"Mara Velden", "Tomas Reyle", "Lena Ostrow", "Paul Amsel", "Velden", "Reyle"},
		[]string{`"We're here to talk about Harlow & the schools,"`, `"Old colleagues, old colleagues,"`,
			`"He's a good man. We have worked together for years."`, `"Plans. We discussed plans."`, `"the harbor plans."`,
			`"I wanted to meet with Reyle today to discuss the harbor plans. These issues included ferries, bridges, parking, and flooding in Harlow,"`,
			`"I feel it is important to have a direct line of communication with our future in order to bring about real change."`},
		[]string{"10:40 am", "Tuesday", "March 3, 2021", "Wednesday", "today"},
		[]string{"KNX", "CNN", "Twitter"})
}

func BenchmarkHTML(b *testing.B) {
	a := benchArticle()
	r := NewRenderer()
	b.SetBytes(int64(len(a.Source.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.HTML(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTMLChroma renders as the package did before it formatted for
// itself, with chroma's html formatter, for comparison with BenchmarkHTML.
func BenchmarkHTMLChroma(b *testing.B) {
	a := benchArticle()
	f, s := formatter(html.BaseLineNumber(a.Source.FirstLine)), style(false)
	b.SetBytes(int64(len(a.Source.Text)))
	b.ReportAllocs()
	for b.Loop() {
		it, err := NewLexer(a).Tokenise(nil, a.Source.Text)
		if err != nil {
			b.Fatal(err)
		}
		var buf strings.Builder
		buf.Grow(len(a.Source.Text) * 2)
		if err := f.Format(&buf, s, it); err != nil {
			b.Fatal(err)
		}
		_ = buf.String()
	}
}

// BenchmarkFormat and BenchmarkFormatChroma time the formatters alone, on
// the lexer's tokens for the same article.
func BenchmarkFormat(b *testing.B) {
	a := benchArticle()
	benchFormat(b, a, &Formatter{firstLine: a.Source.FirstLine, m: newMarkup()})
}

func BenchmarkFormatChroma(b *testing.B) {
	a := benchArticle()
	benchFormat(b, a, formatter(html.BaseLineNumber(a.Source.FirstLine)))
}

func benchFormat(b *testing.B, a *doc.Annotated, f chroma.Formatter) {
	it, err := NewLexer(a).Tokenise(nil, a.Source.Text)
	if err != nil {
		b.Fatal(err)
	}
	tokens, s := it.Tokens(), style(false)
	var buf strings.Builder
	b.SetBytes(int64(len(a.Source.Text)))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := f.Format(&buf, s, chroma.Literator(tokens...)); err != nil {
			b.Fatal(err)
		}
	}
}
