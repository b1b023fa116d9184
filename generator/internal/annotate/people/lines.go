package people

import (
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/text"
)

// The text layer's line roles decide three things here: a name in a byline
// or credit line is a credit; a transcript speaker label ("ADA LUND, HOST:",
// "LUND:") names a person although it is written in capitals; and the
// prefix of a dateline ("LISBON, May 3 (Agency) —") names a place and an
// outlet, never a person.

// lineOf returns the reading's line at index ln (a token's line), or nil.
func (f *finder) lineOf(ln int) *text.Line {
	if f.read == nil || ln < 0 || ln >= len(f.read.Lines) {
		return nil
	}
	return &f.read.Lines[ln]
}

// inLabel reports whether token k lies in the label of its line when the
// line is a speaker turn or a dateline: the labels are read by labels, not
// by the run scanner.
func (f *finder) inLabel(k int) bool {
	t := &f.toks[k]
	l := f.lineOf(t.line)
	if l == nil || l.Label.Empty() || l.Role != text.SpeakerTurn && l.Role != text.Dateline {
		return false
	}
	return t.start >= l.Label.Start && t.end <= l.Label.End
}

// creditAt reports whether byte offset off lies in a byline, a credit, a
// header line or a credit at the end of a line ("… Picture: Ada Lund").
func (f *finder) creditAt(off int) bool {
	if f.read == nil {
		return false
	}
	l := f.lineOf(f.read.LineAt(off))
	if l == nil {
		return false
	}
	switch l.Role {
	case text.Byline, text.Credit, text.Header:
		return true
	}
	return !l.Credit.Empty() && off >= l.Credit.Start && off < l.Credit.End
}

// labelRoles are the speaker labels that name a role, not a person.
var labelRoles = map[string]bool{"q": true, "a": true, "host": true, "presenter": true, "anchor": true,
	"caller": true, "interviewer": true, "moderator": true, "reporter": true, "audience": true,
	"announcer": true, "narrator": true, "voice": true, "unidentified": true, "male": true, "female": true,
	"speaker": true, "guest": true, "panelist": true, "correspondent": true}

// labels adds a candidate for every transcript speaker label (rule
// transcript-label): the words before the label's comma, as written in
// capitals ("ADA LUND" of "ADA LUND, HOST"; "LUND"). A label of one word
// joins the full name it is the surname of, as any surname does.
func (f *finder) labels() {
	if f.read == nil {
		return
	}
	toks := f.toks
	for k := 0; k < len(toks); k++ {
		l := f.lineOf(toks[k].line)
		if l == nil || l.Role != text.SpeakerTurn || l.Label.Empty() || toks[k].start != l.Label.Start {
			continue
		}
		// The name ends at the label's comma or end.
		j := k
		for j < len(toks) && toks[j].end <= l.Label.End && toks[j].text != "," {
			j++
		}
		words := f.wordIdx(k, j)
		if len(words) == 0 || len(words) > 5 {
			continue
		}
		role := true
		for _, w := range words {
			if !labelRoles[toks[w].lower] && !toks[w].lis(inRoles|inTitles) {
				role = false
			}
		}
		if role {
			continue
		}
		c := cand{i: k, j: j, oi: k, words: words, key: f.keyOf(words), kind: singleName}
		if len(words) > 1 {
			c.kind = multiName
		}
		c.pos(rLabel)
		c.label = true
		f.cands = append(f.cands, c)
		k = j
	}
}

// markCredits sets Kind to Credit for every person all of whose mentions
// lie in bylines and credits.
func (f *finder) markCredits(people []doc.Person, mentions []doc.Mention) {
	if f.read == nil {
		return
	}
	credit := make([]bool, len(people))
	for i := range credit {
		credit[i] = true
	}
	for _, m := range mentions {
		if !f.creditAt(m.Start) {
			credit[m.Person] = false
		}
	}
	for i := range people {
		if credit[i] {
			people[i].Kind = doc.Credit
		} else {
			people[i].Kind = doc.Subject
		}
	}
}

// capsName reports whether s is written in capitals only ("ADA LUND").
func capsName(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// titleCaseLine reports whether a line the tokenizer found in title case
// is one where capitals say nothing about names: a headline, a heading or
// running text; not a caption, credit, byline or other labelled line,
// whose capitals are the names'.
func (f *finder) titleCaseLine(ln int) bool {
	l := f.lineOf(ln)
	if l == nil {
		return true
	}
	switch l.Role {
	case text.Caption, text.Credit, text.Byline, text.Header, text.SpeakerTurn, text.PostSignature, text.Bullet, text.Dateline:
		return false
	}
	return true
}

// creditCue reports whether the run starting at token k is named as the
// author of a credit (rule credit-line): in a byline or credit line or a
// credit at the end of a line, or after "By" in a header line; never
// after a slash, where the agency stands ("Picture: Ada Lund/Agency").
func (f *finder) creditCue(k int) bool {
	if f.read == nil {
		return false
	}
	t := &f.toks[k]
	l := f.lineOf(t.line)
	if l == nil {
		return false
	}
	// The name follows "By", "Picture:", "Reporting by", or another name.
	p := prevTok(f.toks, k)
	if p >= 0 && f.toks[p].line == t.line {
		switch f.toks[p].lower {
		case "by", ":", "and", ",", "&", ";":
		default:
			return false
		}
	}
	// In a byline, what follows a comma or "and" is a role, a desk or an
	// outlet ("By Ada Lund, Health and Science Desk, The Harbor Gazette")
	// unless it opens with a given name (a second author).
	afterName := p >= 0 && f.toks[p].lower != "by" && f.toks[p].lower != ":"
	switch l.Role {
	case text.Byline:
		return !afterName || t.is(inGiven)
	case text.Credit:
		return true
	case text.Header:
		return p >= 0 && f.toks[p].lower == "by"
	}
	return !l.Credit.Empty() && t.start >= l.Credit.Start && t.start < l.Credit.End
}

// handles adds the @handle of an embedded post's signature as a form of
// the person the signature names ("— Ada Lund (@adalund) May 3, 2021").
func (f *finder) handles() {
	if f.read == nil {
		return
	}
	for mi := 0; mi < len(f.ments); mi++ {
		m := f.ments[mi]
		l := f.lineOf(f.toks[m.i].line)
		if l == nil || l.Role != text.PostSignature || f.toks[m.i].start < l.Label.Start || f.toks[m.j-1].end > l.Label.End {
			continue
		}
		for k := m.j; k+1 < len(f.toks) && f.toks[k].line == f.toks[m.i].line; k++ {
			if f.toks[k].text == "@" && f.toks[k+1].word && f.toks[k+1].start == f.toks[k].end {
				f.addMention(k, k+2, m.g, "", mHandle)
				break
			}
		}
	}
}

// bloodKin are the kin nouns whose bearer usually shares the family name of
// the person they are kin of.
var bloodKin = map[string]bool{"brother": true, "sister": true, "son": true, "daughter": true,
	"father": true, "twin": true}

// kinSurname returns the surname a single given name takes from the person
// it is kin of ("Lund's brother Ola", "Lund's brother, Ola,": Ola Lund),
// as written, when the possessive word is the surname of a full name of
// the source; else "".
func (f *finder) kinSurname(c *cand) string {
	toks := f.toks
	if !toks[c.i].is(inGiven) {
		return ""
	}
	p := prevTok(toks, c.oi)
	if p >= 0 && toks[p].text == "," {
		p--
	}
	if p < 1 || !toks[p].word || !bloodKin[toks[p].lower] {
		return ""
	}
	w := &toks[p-1]
	if !w.word || !w.poss || !w.upper || len(f.sur[w.lower]) == 0 {
		return ""
	}
	return w.text
}

// signatureLine reports whether line ln signs an embedded post.
func (f *finder) signatureLine(ln int) bool {
	l := f.lineOf(ln)
	return l != nil && l.Role == text.PostSignature
}
