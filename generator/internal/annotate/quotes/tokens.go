package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
	textlayer "github.com/dossier/dossier/generator/internal/text"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord    tokKind = iota // a run of letters, digits, hyphens and inner apostrophes
	tPunct                  // one punctuation rune
	tMention                // a person's name, as found by the people pass
	tQuote                  // a whole top-level quotation
)

// A token is one unit of a paragraph with quotations folded into one token each.
type token struct {
	start, end int
	person     int       // mentions: index into People
	quote      int       // quotes: index into the raw quote list
	lower      string    // words: lower-case text; punct: the rune
	class      wordClass // words: the word lists that hold lower
	kind       tokKind
	gender     byte // words: the pronoun's gender ('m', 'f', 'x'), or 0 for other words
	cap        bool // words and mentions: starts with an upper-case letter
	possessive bool // mentions: followed by 's
	innerUpper bool // words: an upper-case letter after the first ("TheWrap", "NPR")
	upper      bool // words: a letter A to Z somewhere (for lowering)
}

// is reports whether the token is a word in one of the lists c.
func (t *token) is(c wordClass) bool { return t.kind == tWord && t.class&c != 0 }

// tokenize returns the tokens of a paragraph as this package reads them:
// the text layer's tokens of [p.start, p.end) (rd), with each top-level
// quotation (top, indexes into quotes) folded into one tQuote token and
// each person mention into one tMention token; a possessive after a word
// stays part of it ("company's"), and a dotted abbreviation's last period
// is a token of its own ("U.S" "."), as the attribution rules expect.
// mentions and quotes are sorted by start.
func tokenize(rd *textlayer.Text, p paragraph, mentions []doc.Mention, quotes []rawQuote, top []int, toks []token, lc *lowerer) []token {
	src := rd.Src
	mi := firstMention(mentions, p.start)
	qi := 0
	for qi < len(top) && quotes[top[qi]].outer.End <= p.start {
		qi++
	}
	// skipTo moves k past the tokens that start before end.
	skipTo := func(k, end int) int {
		for k < len(rd.Tokens) && rd.Tokens[k].Start < end {
			k++
		}
		return k
	}
	for k := rd.TokenAt(p.start); k < len(rd.Tokens) && rd.Tokens[k].Start < p.end; {
		tk := rd.Tokens[k]
		i := tk.Start
		if i < p.start { // a token a transcript label cut
			k++
			continue
		}
		if qi < len(top) && quotes[top[qi]].outer.Start <= i {
			q := quotes[top[qi]]
			end := min(q.outer.End, p.end)
			toks = append(toks, token{kind: tQuote, start: max(q.outer.Start, p.start), end: end, quote: top[qi]})
			qi++
			k = skipTo(k, end)
			continue
		}
		for mi < len(mentions) && mentions[mi].Start < i {
			mi++
		}
		if mi < len(mentions) && mentions[mi].Start == i && mentions[mi].End <= p.end {
			m := mentions[mi]
			t := token{kind: tMention, start: m.Start, end: m.End, person: m.Person}
			r, _ := utf8.DecodeRuneInString(src[m.Start:])
			t.cap = unicode.IsUpper(r)
			rest := src[m.End:p.end]
			t.possessive = strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "‘s") ||
				strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
			toks = append(toks, t)
			end := m.End
			for _, suf := range []string{"'s", "’s", "‘s"} { // the possessive ending is the mention's
				if strings.HasPrefix(src[end:p.end], suf) {
					end += len(suf)
					break
				}
			}
			mi++
			k = skipTo(k, end)
			continue
		}
		end := min(tk.End, p.end)
		switch tk.Kind {
		case textlayer.Word, textlayer.Number, textlayer.Handle, textlayer.Hashtag, textlayer.URL, textlayer.Poss:
			if tk.Is(textlayer.Dotted) && src[end-1] == '.' {
				end-- // "U.S." is the word "U.S" and a period
			}
			if k+1 < len(rd.Tokens) {
				if n := rd.Tokens[k+1]; n.Kind == textlayer.Poss && n.Start == end && n.End <= p.end {
					end = n.End // "company's" is one word
					k++
				}
			}
			w := src[i:end]
			upper, ascii := hasUpperASCII(w)
			lw := lc.word(w, upper, ascii)
			var t *token
			toks, t = push(toks)
			t.set(tWord, i, end, lw.lower)
			r, _ := utf8.DecodeRuneInString(w)
			t.class, t.gender, t.cap, t.innerUpper = lw.class, lw.gender, unicode.IsUpper(r), lw.inner
			if end < min(tk.End, p.end) { // the period of "U.S."
				toks, t = push(toks)
				t.set(tPunct, end, end+1, src[end:end+1])
			}
		default:
			var t *token
			toks, t = push(toks)
			t.set(tPunct, i, end, src[i:end])
		}
		k++
	}
	return toks
}

// hasUpperASCII reports whether w has a letter A to Z, and whether it is
// all ASCII (only such words need lowering, and ASCII lowers byte by byte).
func hasUpperASCII(w string) (upper, ascii bool) {
	ascii = true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper, ascii
}

// push returns toks with one more token, and that token to fill in (see
// set): a token appended as a composite literal is built aside and copied.
func push(toks []token) ([]token, *token) {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	return toks, &toks[len(toks)-1]
}

// set makes t a token of kind k over [start, end) with the given lower
// form, all its other fields zero. It stores field by field: a composite
// literal is built on the stack and copied in 16-byte moves that stall
// on the 8-byte stores just made.
func (t *token) set(k tokKind, start, end int, lower string) {
	t.start, t.end, t.person, t.quote = start, end, 0, 0
	t.lower, t.class, t.kind, t.gender = lower, 0, k, 0
	t.cap, t.possessive, t.innerUpper, t.upper = false, false, false, false
}

// firstMention returns the index of the first mention starting at or after pos.
func firstMention(ms []doc.Mention, pos int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		m := (lo + hi) / 2
		if ms[m].Start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// A lowerer lower-cases words and looks up the word lists that hold them.
// The lower-case forms of ASCII words share one growing buffer; the words
// beyond ASCII are remembered, so that each is converted once per source.
type lowerer struct {
	l    *lexicon
	buf  strings.Builder
	seen map[string]lowered // words with a rune beyond ASCII
}

// lowered is what a lowerer knows of a word.
type lowered struct {
	lower  string
	inner  bool // a capital after the first letter ("NPR", "TheWrap")
	class  wordClass
	gender byte
}

// word returns w in lower case, whether it has a capital after its first
// letter, and the word lists that hold its lower-case form. upper says
// whether w holds a letter A to Z, ascii whether all of it is ASCII.
func (c *lowerer) word(w string, upper, ascii bool) lowered {
	switch {
	case ascii && !upper:
		in := c.l.classOf(w)
		return lowered{lower: w, class: in.class, gender: in.gender}
	case ascii:
		inner := false
		from := c.buf.Len()
		for k := 0; k < len(w); k++ {
			b := w[k]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
				inner = inner || k > 0
			}
			c.buf.WriteByte(b)
		}
		// String does not copy, and later writes leave these bytes as they are.
		lw := c.buf.String()[from:]
		in := c.l.classOf(lw)
		return lowered{lower: lw, inner: inner, class: in.class, gender: in.gender}
	}
	if x, ok := c.seen[w]; ok {
		return x
	}
	lw := strings.ToLower(w)
	in := c.l.classOf(lw)
	x := lowered{lower: lw, inner: strings.ContainsFunc(w[1:], unicode.IsUpper), class: in.class, gender: in.gender}
	if c.seen == nil {
		c.seen = map[string]lowered{}
	}
	c.seen[w] = x
	return x
}
