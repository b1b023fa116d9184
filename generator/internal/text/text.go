// Package text is the one reading of a source's text that every annotator
// consumes: lines with their roles, paragraphs (hard-wrapped lines joined),
// sentences and tokens, all as byte offsets into the text. No annotator
// splits or tokenizes text itself.
//
// # Method
//
// Read makes four passes, each linear in the length of the text:
//
//  1. Lines are split at "\n" and each gets a Role from the table of line
//     rules (roles.go, tried in order, first match wins): blank lines,
//     live-blog timestamps ("4:52 p.m.", "13:40"), embedded-post signatures
//     ("— Name (@handle) May 3, 2021"), bullets, credits ("Picture: X",
//     "(Reporting by X; Editing by Y)"), bylines ("By X"), header lines
//     (outlet | date | … near the top, "Published …", a date alone),
//     outlet boilerplate (newsletter, share and comment prompts, copyright,
//     "Last updated"), the headline (the first line, unless it is a
//     dateline paragraph ending as a sentence does: "PARIS, June 4
//     (Agency) — Ministers agreed on Tuesday ... ." is a dateline,
//     first-line-dateline; "LISBON — Port reopens" stays a headline),
//     transcript speaker
//     turns ("HOST:", "ADA LUND, MAYOR:", "Q:"), captions ("LABEL: …"),
//     all-capitals headings ("KEY POINTS") and datelines ("LISBON, May 3
//     (Agency) — …"). A second look marks the text of embedded posts (the
//     lines above a signature) and tells speaker turns from captions by
//     pooling the labels over the whole text: a label that recurs, carries
//     a role after a comma, is a known interview label or shares a word with
//     a speaker label is a speaker; a lone label is a caption.
//  2. Paragraphs are runs of lines between blank lines. Inside a run, a
//     line break is soft (the text is hard-wrapped, Text.Wrapped) when the
//     next line has no role of its own and either starts in lower case or
//     follows a line of 40 bytes or more that does not end a sentence;
//     otherwise each line is a paragraph of its own, as in texts that put
//     one paragraph on each line.
//  3. Tokens: words (inner hyphens and apostrophes kept: "didn't",
//     "O’Brannagh", "al-Qarni"; dotted abbreviations whole: "U.S.", "p.m."),
//     numbers ("2,300", "9:04", "3.5"), a possessive "'s" split off as a
//     token of its own, quote marks, @handles, #hashtags, URLs, symbols
//     and punctuation. Each token has its Case and Flags (sentence, line
//     and paragraph start, initial, abbreviation, inner capital, spacing).
//  4. Sentences end at ".", "!", "?" or "…" (with any closing marks and
//     brackets after them) when what follows starts a sentence, never
//     after an abbreviation or an initial; at the end of a paragraph; and
//     never at a soft line break.
//
// # Where it fails
//
//   - A sentence that ends in an abbreviation ("… in the U.S. Then …")
//     runs on into the next unless the next word is a common sentence
//     opener.
//   - A hard-wrapped text whose lines are short (under 40 bytes) and start
//     with capitals is read as one paragraph a line.
//   - Captions and speaker labels are told apart only by capitals and
//     pooling: a transcript with one turn per speaker and no roles reads as
//     captions.
package text

import "sort"

// Text is the reading of one source text.
type Text struct {
	Src     string
	Lines   []Line
	Paras   []Para
	Sents   []Sent
	Tokens  []Token
	Wrapped bool // some paragraph runs over several lines (hard-wrapped text)
}

// Span is a half-open byte range [Start, End) of the text.
type Span struct{ Start, End int }

// Empty reports whether the span holds no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Line is one line of the text, without its newline.
type Line struct {
	Span
	Role  Role
	Rule  string // the name of the line rule that gave the role
	Label Span   // a caption's or speaker's label, a dateline's prefix, a signature's name; empty otherwise
	Body  Span   // the line after its label or bullet (the whole line when there is none)
	// Credit is a credit at the end of the line ("… Picture: Ada Lund"), or empty.
	Credit Span
	Para   int // index of the paragraph holding the line, -1 for a blank line
}

// Para is a paragraph: one line, or several hard-wrapped lines.
type Para struct {
	Span
	FirstLine, LastLine int  // indexes into Text.Lines
	Role                Role // the role of its first line
}

// Sent is a sentence: a range of tokens inside one paragraph.
type Sent struct {
	Span
	TokStart, TokEnd int // Tokens[TokStart:TokEnd]
	Para             int
}

// Read reads src once. src must be valid UTF-8 with "\n" line ends (the
// loader guarantees both).
func Read(src string) *Text {
	t := &Text{Src: src}
	t.readLines()
	t.readParas()
	t.tokenize()
	t.splitSentences()
	return t
}

// SentAt returns the index of the sentence holding byte offset off, or -1.
func (t *Text) SentAt(off int) int {
	i := sort.Search(len(t.Sents), func(i int) bool { return t.Sents[i].End > off })
	if i < len(t.Sents) && t.Sents[i].Start <= off {
		return i
	}
	return -1
}

// LineAt returns the index of the line holding byte offset off (a newline
// belongs to the line it ends), or -1 when off is outside the text.
func (t *Text) LineAt(off int) int {
	if off < 0 || off > len(t.Src) {
		return -1
	}
	i := sort.Search(len(t.Lines), func(i int) bool { return t.Lines[i].End >= off })
	if i == len(t.Lines) {
		return len(t.Lines) - 1
	}
	return i
}

// ParaAt returns the index of the paragraph holding byte offset off, or -1.
func (t *Text) ParaAt(off int) int {
	i := sort.Search(len(t.Paras), func(i int) bool { return t.Paras[i].End > off })
	if i < len(t.Paras) && t.Paras[i].Start <= off {
		return i
	}
	return -1
}

// TokenAt returns the index of the first token that ends after byte
// offset off (the token holding off, or the next one); len(Tokens) when
// there is none.
func (t *Text) TokenAt(off int) int {
	return sort.Search(len(t.Tokens), func(i int) bool { return t.Tokens[i].End > off })
}

// Word returns the text of token i.
func (t *Text) Word(i int) string { return t.Src[t.Tokens[i].Start:t.Tokens[i].End] }

// Slice returns the text of a span.
func (t *Text) Slice(s Span) string { return t.Src[s.Start:s.End] }

// RoleAt returns the role of the line holding byte offset off (Body when
// off is outside the text).
func (t *Text) RoleAt(off int) Role {
	if i := t.LineAt(off); i >= 0 {
		return t.Lines[i].Role
	}
	return Body
}
