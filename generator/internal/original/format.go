package original

import (
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
)

// Formatter is a chroma.Formatter that writes, byte for byte, what chroma's
// html.Formatter writes with the options of formatter() and
// html.BaseLineNumber(firstLine): a <pre class="chroma"><code> holding one
// <span class="line"> per line, each with a line number that is a link to
// itself (id="L12", href="#L12"), padded with spaces to the width of the
// largest number, then the line's tokens, HTML-escaped as html.EscapeString
// does, inside a <span class="cl">, every token whose type has a CSS class
// wrapped in a <span> of that class.
//
// It differs from chroma's formatter only in cost: it appends to one buffer
// instead of calling fmt for every line and token, and it looks the class
// names up once. In class mode chroma's output does not depend on the
// style, and neither does this formatter's. It writes its output with
// one Write and returns that Write's error, where chroma ignores write
// errors. TestFormatMatchesChroma and FuzzFormatMatchesChroma hold it to
// chroma's output. The zero Formatter is not usable; use NewFormatter.
type Formatter struct {
	firstLine int
	m         *markup
}

// NewFormatter returns a Formatter that numbers lines from firstLine.
func NewFormatter(firstLine int) *Formatter {
	return &Formatter{firstLine: firstLine, m: newMarkup()}
}

// markup is what a Formatter writes besides the text, worked out once: the
// wrapper, the pieces of a line's opening around its number, and the class
// of each token type the lexer emits. Buffers are pooled so that rendering
// thousands of sources does not allocate a buffer per source.
type markup struct {
	preStart, preEnd string // <pre class="chroma"><code>, </code></pre>
	// A line opens with lineStart N idEnd N hrefEnd padded-N numEnd, and
	// closes with lineEnd.
	lineStart, idEnd, hrefEnd, numEnd, lineEnd string
	types                                      []typeClass // the lexer's token types
	bufs                                       sync.Pool   // *[]byte
	tokens                                     sync.Pool   // *[]chroma.Token
}

type typeClass struct {
	typ chroma.TokenType
	cls string
}

// The prefix of line ids, as in html.WithLinkableLineNumbers(true, "L").
const lineIDPrefix = "L"

func newMarkup() *markup {
	m := &markup{
		preStart:  "<pre" + classAttr(chroma.PreWrapper) + "><code>",
		preEnd:    "</code></pre>",
		lineStart: "<span" + classAttr(chroma.Line) + "><span" + classAttr(chroma.LineNumbers) + ` id="` + lineIDPrefix,
		idEnd:     `"><a` + classAttr(chroma.LineLink) + ` href="#` + lineIDPrefix,
		hrefEnd:   `">`,
		numEnd:    "</a></span><span" + classAttr(chroma.CodeLine) + ">",
		lineEnd:   "</span></span>",
	}
	for _, t := range []chroma.TokenType{chroma.Text, Name, Quote, Date, Outlet} {
		m.types = append(m.types, typeClass{t, class(t)})
	}
	return m
}

// class is the CSS class chroma's html formatter gives a token type (with
// no class prefix): the type's own entry in chroma.StandardTypes, or its
// nearest ancestor's; "" means the token is written without a <span>.
func class(t chroma.TokenType) string {
	for t != 0 {
		if cls, ok := chroma.StandardTypes[t]; ok {
			return cls
		}
		t = t.Parent()
	}
	return chroma.StandardTypes[t]
}

// classAttr is ` class="cls"` for t's class, or "" when it has none.
func classAttr(t chroma.TokenType) string {
	if cls := class(t); cls != "" {
		return ` class="` + cls + `"`
	}
	return ""
}

func (m *markup) class(t chroma.TokenType) string {
	for _, tc := range m.types {
		if tc.typ == t {
			return tc.cls
		}
	}
	return class(t)
}

// Format writes the tokens of it as HTML to w. The style is not used: with
// CSS classes, chroma's markup does not depend on it.
func (f *Formatter) Format(w io.Writer, _ *chroma.Style, it chroma.Iterator) error {
	bp, _ := f.m.bufs.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	b := f.appendIterator((*bp)[:0], it)
	_, err := w.Write(b)
	*bp = b[:0]
	f.m.bufs.Put(bp)
	return err
}

// appendIterator appends the HTML of the tokens of it to b.
func (f *Formatter) appendIterator(b []byte, it chroma.Iterator) []byte {
	tp, _ := f.m.tokens.Get().(*[]chroma.Token)
	if tp == nil {
		tp = new([]chroma.Token)
	}
	tokens := (*tp)[:0]
	for t := it(); t != chroma.EOF; t = it() { // as Iterator.Tokens does
		tokens = append(tokens, t)
	}
	b = f.appendHTML(b, tokens)
	clear(tokens) // do not keep the text alive in the pool
	*tp = tokens[:0]
	f.m.tokens.Put(tp)
	return b
}

// appendHTML appends the HTML of tokens to b. It splits the tokens into
// lines as chroma.SplitTokensIntoLines does, without building the lines:
// a token is cut after each newline, the newline staying on its line; an
// empty piece after a final newline is dropped; and a last line made of
// a single empty token is not a line.
func (f *Formatter) appendHTML(b []byte, tokens []chroma.Token) []byte {
	m := f.m
	if n := len(tokens); n > 0 && tokens[n-1].Value == "" && (n == 1 || strings.HasSuffix(tokens[n-2].Value, "\n")) {
		tokens = tokens[:n-1]
	}
	lines, size := 0, 0
	for _, t := range tokens {
		lines += strings.Count(t.Value, "\n")
		size += len(t.Value)
	}
	if n := len(tokens); n > 0 && !strings.HasSuffix(tokens[n-1].Value, "\n") {
		lines++
	}
	var num [24]byte
	digits := len(strconv.AppendInt(num[:0], int64(f.firstLine+lines-1), 10))
	perLine := len(m.lineStart) + len(m.idEnd) + len(m.hrefEnd) + len(m.numEnd) + len(m.lineEnd) + 3*digits
	size += size/8 + lines*perLine + len(tokens)*len(`<span class="xx"></span>`) + len(m.preStart) + len(m.preEnd)
	if cap(b)-len(b) < size {
		b = append(make([]byte, 0, len(b)+size), b...)
	}

	b = append(b, m.preStart...)
	line, open := f.firstLine, false
tokens:
	for _, t := range tokens {
		cls := m.class(t.Type)
		v := t.Value
		for i := strings.IndexByte(v, '\n'); i >= 0; i = strings.IndexByte(v, '\n') {
			if !open {
				b = m.appendLineStart(b, line, digits)
			}
			b = appendToken(b, cls, v[:i+1])
			b = append(b, m.lineEnd...)
			line, open = line+1, false
			if v = v[i+1:]; v == "" {
				continue tokens // the token ended with a newline
			}
		}
		if !open {
			b = m.appendLineStart(b, line, digits)
			open = true
		}
		b = appendToken(b, cls, v)
	}
	if open {
		b = append(b, m.lineEnd...)
	}
	return append(b, m.preEnd...)
}

// appendLineStart appends the opening of a line: its number, a link to
// itself, right-aligned to digits as fmt's %*d does.
func (m *markup) appendLineStart(b []byte, line, digits int) []byte {
	var buf [24]byte
	n := strconv.AppendInt(buf[:0], int64(line), 10)
	b = append(b, m.lineStart...)
	b = append(b, n...)
	b = append(b, m.idEnd...)
	b = append(b, n...)
	b = append(b, m.hrefEnd...)
	for pad := digits - len(n); pad > 0; pad-- {
		b = append(b, ' ')
	}
	b = append(b, n...)
	return append(b, m.numEnd...)
}

// appendToken appends a token's text, escaped, in a <span> of its class
// if it has one.
func appendToken(b []byte, cls, v string) []byte {
	if cls == "" {
		return appendEscaped(b, v)
	}
	b = append(b, `<span class="`...)
	b = append(b, cls...)
	b = append(b, `">`...)
	b = appendEscaped(b, v)
	return append(b, "</span>"...)
}

// escaped has a bit set for each byte html.EscapeString replaces; all are
// below 64.
const escaped = 1<<'&' | 1<<'\'' | 1<<'<' | 1<<'>' | 1<<'"'

// appendEscaped appends s escaped exactly as html.EscapeString escapes it:
// the five bytes & ' < > " become entities, every other byte (invalid
// UTF-8 included) is copied as it is.
func appendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 64 || escaped&(uint64(1)<<c) == 0 {
			continue
		}
		b = append(b, s[last:i]...)
		switch c {
		case '&':
			b = append(b, "&amp;"...)
		case '\'':
			b = append(b, "&#39;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '"':
			b = append(b, "&#34;"...)
		}
		last = i + 1
	}
	return append(b, s[last:]...)
}
