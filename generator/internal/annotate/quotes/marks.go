package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/text"
)

// A paragraph is a byte range of the text that bounds quotations, with
// what the text layer says of its first line.
type paragraph struct {
	start, end int
	role       text.Role
	label      doc.Span // a speaker turn's label ("ADA LUND, MAYOR"); empty otherwise
}

// paragraphs returns the paragraphs of the text layer's reading t (hard-
// wrapped lines joined, one paragraph a line otherwise).
func paragraphs(t *text.Text) []paragraph {
	out := make([]paragraph, 0, len(t.Paras))
	for _, p := range t.Paras {
		ln := t.Lines[p.FirstLine]
		q := paragraph{start: p.Start, end: p.End, role: p.Role}
		if ln.Role == text.SpeakerTurn {
			q.label = doc.Span{Start: ln.Label.Start, End: ln.Label.End}
		}
		out = append(out, q)
	}
	return out
}

// markRole says how a quotation mark may be used.
type markRole int

const (
	roleOpen markRole = iota
	roleClose
	roleEither
)

// A mark is one quotation mark candidate in a paragraph.
type mark struct {
	pos, size int
	double    bool
	role      markRole
	weak      bool // a closing single mark after "s" that may be a possessive
}

// rawQuote is one paired quotation before classification.
type rawQuote struct {
	outer     doc.Span
	parts     []doc.Span
	double    bool
	depth     int
	para      int  // the paragraph where it closes
	startPara int  // the paragraph where it opens
	strong    bool // opened after a colon or at the start of its paragraph
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isOpenContext reports whether r, the rune before a mark, lets it open a quotation.
func isOpenContext(r rune) bool {
	if r == utf8.RuneError || unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '"', '“', '‘', '\'', '«', '„', ':', '•', '*', '·':
		return true
	}
	return false
}

// isCloseContext reports whether r, the rune after a mark, lets it close a quotation.
func isCloseContext(r rune) bool {
	if r == utf8.RuneError || unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '"', '”', '’', '\'', '»', '…':
		return true
	}
	return false
}

func runeBefore(text string, i, lo int) rune {
	if i <= lo {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

func runeAfter(text string, i, hi int) rune {
	if i >= hi {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

// wordAfter returns the lower-cased run of letters starting at i.
func wordAfter(text string, i, hi int) string {
	j := i
	for j < hi {
		r, n := utf8.DecodeRuneInString(text[j:hi])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return strings.ToLower(text[i:j])
}

// isElision reports whether a single mark at i (size n) starts an elided
// word: 'em, 'til, 'n', '90s.
func isElision(text string, i, n, hi int, l *lexicon) bool {
	j := i + n
	// '90s, '16: two digits then a non-digit.
	if j+1 < hi && isDigit(text[j]) && isDigit(text[j+1]) && (j+2 >= hi || !isDigit(text[j+2])) {
		return true
	}
	w := wordAfter(text, j, hi)
	if w == "" || !l.elisions[w] {
		return false
	}
	// The elided word must end there: 'em, not 'embassy'.
	after := runeAfter(text, j+len(w), hi)
	return !unicode.IsLetter(after)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// scanMarks finds the quotation mark candidates of one paragraph.
func scanMarks(text string, p paragraph, l *lexicon) []mark {
	var marks []mark
	skipUntil := -1
	for i := p.start; i < p.end; {
		if i = nextMarkLead(text, i, p.end); i == p.end {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:p.end])
		if i < skipUntil {
			i += n
			continue
		}
		var m mark
		ok := true
		var before, after rune
		var openCtx, closeCtx bool
		switch r {
		case '"', '“', '”', '„', '«', '»', '\'', '‘', '’':
			before, after = runeBefore(text, i, p.start), runeAfter(text, i+n, p.end)
			openCtx, closeCtx = isOpenContext(before), isCloseContext(after)
		}
		switch r {
		case '"', '“', '”', '„', '«', '»':
			m = mark{pos: i, size: n, double: true}
			switch {
			case openCtx && !closeCtx:
				m.role = roleOpen
			case !openCtx && closeCtx:
				m.role = roleClose
			case r == '“' || r == '„' || r == '«':
				m.role = roleOpen
			case r == '”' || r == '»':
				m.role = roleClose
			default:
				m.role = roleEither
			}
		case '\'', '‘', '’':
			m = mark{pos: i, size: n}
			switch {
			case isWordRune(before) && isWordRune(after):
				ok = false // don't, Lund's, y'all, Okafor‘s
			case openCtx && !closeCtx:
				if isElision(text, i, n, p.end, l) {
					ok = false
					// 'n' (rock 'n' roll): skip the closing half too.
					if w := wordAfter(text, i+n, p.end); w == "n" {
						j := i + n + 1
						if _, m2 := utf8.DecodeRuneInString(text[j:p.end]); j < p.end && isSingleMark(text[j:p.end]) {
							skipUntil = j + m2
						}
					}
				} else {
					m.role = roleOpen
				}
			case !openCtx && closeCtx && before != utf8.RuneError:
				m.role = roleClose
				if before == 's' || before == 'S' {
					if unicode.IsLetter(runeAfter(text, i+n+1, p.end)) && after == ' ' {
						m.weak = true
					}
				}
			case openCtx && closeCtx && len(marks) > 0 && marks[len(marks)-1].double &&
				marks[len(marks)-1].pos+marks[len(marks)-1].size == i && marks[len(marks)-1].role != roleEither:
				// Right against a double mark, a single one does what that
				// one does: ,"' closes both ('I told him, "Run,"' she
				// said), '" opens both.
				m.role = marks[len(marks)-1].role
			default:
				ok = false
			}
		default:
			ok = false
		}
		if ok {
			marks = append(marks, m)
		}
		i += n
	}
	return marks
}

// markLead holds the bytes that can start a quotation mark: ", ' and the
// lead bytes of curly marks (E2) and guillemets (C2).
var markLead = [256]bool{'"': true, '\'': true, 0xE2: true, 0xC2: true}

// nextMarkLead returns the index of the first byte of text[i:end] in
// markLead, or end. Most bytes are not: it tests eight at a time.
func nextMarkLead(text string, i, end int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	hasByte := func(x, b uint64) uint64 { // nonzero when some byte of x is b
		y := x ^ (b * lo)
		return (y - lo) &^ y & hi
	}
	for ; i+8 <= end; i += 8 {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		if hasByte(x, '"')|hasByte(x, '\'')|hasByte(x, 0xE2)|hasByte(x, 0xC2) != 0 {
			break
		}
	}
	for ; i < end; i++ {
		if markLead[text[i]] {
			return i
		}
	}
	return end
}

func isSingleMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '\'' || r == '‘' || r == '’'
}

// openMark is a quotation still open while pairing.
type openMark struct {
	mark
	parts  []doc.Span // pieces from earlier paragraphs (multi-paragraph quotes)
	outer  int        // start of the outer span (first opening mark)
	strong bool
	para   int // paragraph of the first opening mark
}

// pairQuotes pairs the marks of every paragraph into quotations, following
// a quotation over several paragraphs when each opens with the same mark.
func pairQuotes(text string, paras []paragraph, l *lexicon) []rawQuote {
	var out []rawQuote
	var carry *openMark // a quotation continuing from the previous paragraph
	for pi, p := range paras {
		marks := scanMarks(text, p, l)
		var stack []openMark
		start := 0
		if carry != nil {
			if len(marks) > 0 && marks[0].role != roleClose && marks[0].double == carry.double && leadingMark(text, p, marks[0]) {
				c := *carry
				c.mark = marks[0]
				stack = append(stack, c)
				start = 1
			}
			carry = nil
		}
		for k := start; k < len(marks); k++ {
			m := marks[k]
			if m.role == roleClose && m.weak && laterClose(marks[k+1:], m.double) {
				continue // a possessive ("the players' union"): a later mark closes
			}
			idx := -1
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].double == m.double {
					idx = j
					break
				}
			}
			closeIt := m.role == roleClose || (m.role == roleEither && idx >= 0)
			if closeIt {
				if idx < 0 {
					continue // a stray closing mark or an apostrophe
				}
				o := stack[idx]
				stack = stack[:idx]
				parts := append(o.parts, trimSpan(text, doc.Span{Start: o.pos + o.size, End: m.pos}))
				out = append(out, rawQuote{
					outer:     doc.Span{Start: o.outer, End: m.pos + m.size},
					parts:     parts,
					double:    o.double,
					depth:     idx,
					para:      pi,
					startPara: o.para,
					strong:    o.strong,
				})
				continue
			}
			strong := isStrongOpen(text, p, m)
			stack = append(stack, openMark{mark: m, outer: m.pos, strong: strong, para: pi})
		}
		if len(stack) == 0 {
			continue
		}
		// An unclosed quotation: it continues if the next paragraph opens
		// with the same mark; otherwise a strong opening runs to the end of
		// its paragraph and anything else is dropped.
		o := stack[0]
		piece := trimSpan(text, doc.Span{Start: o.pos + o.size, End: p.end})
		if pi+1 < len(paras) && nextOpensWith(text, paras[pi+1], o.double, l) {
			o.parts = append(o.parts, piece)
			carry = &o
			continue
		}
		if o.strong && piece.Len() > 0 {
			piece = trimTrailingJunk(text, piece)
			out = append(out, rawQuote{
				outer:     doc.Span{Start: o.outer, End: p.end},
				parts:     append(o.parts, piece),
				double:    o.double,
				para:      pi,
				startPara: o.para,
				strong:    true,
			})
		}
	}
	sortRaw(out)
	return out
}

// laterClose reports whether a later mark of the same kind can close.
func laterClose(marks []mark, double bool) bool {
	for _, m := range marks {
		if m.double != double {
			continue
		}
		if m.role == roleOpen {
			return false
		}
		return true
	}
	return false
}

// leadingMark reports whether m is the first non-space, non-bullet rune of p.
func leadingMark(text string, p paragraph, m mark) bool {
	return strings.TrimLeft(text[p.start:m.pos], " \t•*·-–") == ""
}

func nextOpensWith(text string, p paragraph, double bool, l *lexicon) bool {
	ms := scanMarks(text, p, l)
	return len(ms) > 0 && ms[0].double == double && ms[0].role != roleClose && leadingMark(text, p, ms[0])
}

// isStrongOpen reports whether m opens after a colon or starts its paragraph.
func isStrongOpen(text string, p paragraph, m mark) bool {
	before := strings.TrimRight(text[p.start:m.pos], " \t")
	return strings.TrimLeft(before, " \t•*·-–") == "" || strings.HasSuffix(before, ":")
}

func trimSpan(text string, s doc.Span) doc.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// trimTrailingJunk drops stray punctuation left where a closing mark is missing.
func trimTrailingJunk(text string, s doc.Span) doc.Span {
	for s.End > s.Start && strings.ContainsRune(";:,", rune(text[s.End-1])) {
		s.End--
	}
	return trimSpan(text, s)
}

func sortRaw(qs []rawQuote) {
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].outer.Start < qs[j].outer.Start })
}
