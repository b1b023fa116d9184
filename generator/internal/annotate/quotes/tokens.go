package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
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

// tokenize splits a paragraph into tokens. mentions and quotes are sorted by
// start; mi and qi are the first ones that may fall in the paragraph.
func tokenize(text string, p paragraph, mentions []doc.Mention, quotes []rawQuote, top []int, toks []token, lc *lowerer) []token {
	first := len(toks)
	mi := firstMention(mentions, p.start)
	qi := 0
	for qi < len(top) && quotes[top[qi]].outer.End <= p.start {
		qi++
	}
	// Before stop no quotation or mention starts: the bytes there need
	// no look at either list.
	stop := p.start
	for i := p.start; i < p.end; {
		if i >= stop {
			if qi < len(top) && quotes[top[qi]].outer.Start <= i {
				q := quotes[top[qi]]
				end := min(q.outer.End, p.end)
				toks = append(toks, token{kind: tQuote, start: max(q.outer.Start, p.start), end: end, quote: top[qi]})
				i = end
				qi++
				continue
			}
			for mi < len(mentions) && mentions[mi].Start < i {
				mi++
			}
			if mi < len(mentions) && mentions[mi].Start == i && mentions[mi].End <= p.end {
				m := mentions[mi]
				t := token{kind: tMention, start: m.Start, end: m.End, person: m.Person}
				r, _ := utf8.DecodeRuneInString(text[m.Start:])
				t.cap = unicode.IsUpper(r)
				rest := text[m.End:p.end]
				t.possessive = strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "‘s") ||
					strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
				toks = append(toks, t)
				i = m.End
				// Skip the possessive ending.
				for _, suf := range []string{"'s", "’s", "‘s"} {
					if strings.HasPrefix(text[i:p.end], suf) {
						i += len(suf)
						break
					}
				}
				mi++
				continue
			}
			stop = p.end
			if qi < len(top) {
				stop = min(stop, quotes[top[qi]].outer.Start)
			}
			if mi < len(mentions) {
				stop = min(stop, mentions[mi].Start)
			}
		}
		if text[i] < utf8.RuneSelf && len(toks) < cap(toks) {
			// Most text is ASCII: scanASCII takes it, and this loop the
			// rest, one rune or token at a time.
			if i, toks = scanASCII(text, i, stop, p.end, toks); i >= p.end || i >= stop {
				continue
			}
		}
		var r rune
		var n int
		if c := text[i]; c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				i++
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[i:p.end])
		}
		switch {
		case r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRune(r) || r == '#' || r == '@' || r == '$': // (never a space)
			// Note on the way whether the word has a capital A to Z or a
			// rune beyond ASCII: only those words need lowering.
			upper, ascii := 'A' <= r && r <= 'Z', r < utf8.RuneSelf
			j := i + n
			for j < p.end {
				if c := text[j]; c < utf8.RuneSelf {
					if asciiWord[c] {
						if 'A' <= c && c <= 'Z' {
							upper = true
						}
						j++
						continue
					}
					if c != '-' && c != '\'' && c != '.' {
						break // (the common end of a word: no rune to decode)
					}
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:p.end])
				if isWordRune(r2) {
					ascii = ascii && r2 < utf8.RuneSelf
					j += n2
					continue
				}
				// Inner hyphens and apostrophes: president-elect, don't.
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‑' || r2 == '.' && j+1 < p.end && isUpperASCII(text[j+1]) && j-i == 1 {
					r3 := runeAfter(text, j+n2, p.end)
					if isWordRune(r3) {
						ascii = ascii && r2 < utf8.RuneSelf
						j += n2
						continue
					}
				}
				break
			}
			w := lc.word(text[i:j], upper, ascii)
			var t *token
			toks, t = push(toks)
			t.set(tWord, i, j, w.lower)
			t.class, t.gender, t.cap, t.innerUpper = w.class, w.gender, unicode.IsUpper(r), w.inner
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			var t *token
			toks, t = push(toks)
			t.set(tPunct, i, i+n, text[i:i+n])
			i += n
		}
	}
	// The words scanASCII left: lower-case forms and lists.
	for k := first; k < len(toks); k++ {
		if t := &toks[k]; t.kind == tWord && t.lower == "" {
			w := lc.word(text[t.start:t.end], t.upper, true)
			t.lower, t.class, t.gender, t.innerUpper = w.lower, w.class, w.gender, w.inner
		}
	}
	return toks
}

// scanASCII tokenizes text from byte i as tokenize does, for as long as it
// meets only ASCII, starts no token at or after stop (where a quotation or
// mention may start) and toks has room. It returns where it stopped: at
// stop or end (the paragraph's), at a byte beyond ASCII, or at the start
// of a word that may go on beyond ASCII. Its words are left for tokenize
// to lower and look up (lower is ""). It calls nothing, so that its loop
// keeps its variables in registers, and classifies each byte by one
// lookup in byteClass.
func scanASCII(text string, i, stop, end int, toks []token) (int, []token) {
	for i < stop && i < end && len(toks) < cap(toks) {
		c := text[i]
		class := byteClass[c]
		switch {
		case class&bBeyond != 0:
			return i, toks
		case class&bSpace != 0:
			i++
			continue
		case class&(bWord|bStart) == 0:
			toks = toks[:len(toks)+1]
			toks[len(toks)-1].set(tPunct, i, i+1, text[i:i+1])
			i++
			continue
		}
		j := i + 1
		for j < end {
			next := byteClass[text[j]]
			if next&bWord != 0 {
				class |= next // for bCap
				j++
				continue
			}
			// Inner hyphens and apostrophes (president-elect, don't), and
			// the period of an initial ("U.S").
			if c2 := text[j]; c2 == '-' || c2 == '\'' || c2 == '.' && j+1 < end && isUpperASCII(text[j+1]) && j-i == 1 {
				if j+1 < end && text[j+1] >= utf8.RuneSelf {
					return i, toks // the word may go on beyond ASCII
				}
				if j+1 < end && byteClass[text[j+1]]&bWord != 0 {
					j++
					continue
				}
				break
			}
			if next&bBeyond != 0 {
				return i, toks // the word may go on beyond ASCII
			}
			break
		}
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.set(tWord, i, j, "")
		t.cap, t.upper = 'A' <= c && c <= 'Z', class&bCap != 0
		i = j
	}
	return i, toks
}

// The classes of bytes for scanASCII, as bits.
const (
	bWord   = 1 << iota // a byte of a word: isWordRune accepts it
	bCap                // A to Z (and bWord)
	bStart              // '#', '@' or '$': starts a word but does not go on in one
	bSpace              // ASCII white space
	bBeyond             // 0x80 and up: part of a rune beyond ASCII
)

// byteClass classifies bytes for scanASCII.
var byteClass = func() (k [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = bBeyond
		case 'A' <= c && c <= 'Z':
			k[c] = bWord | bCap
		case isWordRune(rune(c)):
			k[c] = bWord
		case c == '#' || c == '@' || c == '$':
			k[c] = bStart
		case unicode.IsSpace(rune(c)):
			k[c] = bSpace
		}
	}
	return k
}()

// asciiSpace holds the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = func() (s [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		s[c] = unicode.IsSpace(rune(c))
	}
	return s
}()

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

// asciiWord says which ASCII bytes isWordRune accepts.
var asciiWord = func() (w [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		w[c] = isWordRune(rune(c))
	}
	return w
}()

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

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
