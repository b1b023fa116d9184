package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role is what a line is in the layout of an article.
type Role uint8

// The line roles.
const (
	Body          Role = iota // running text
	Blank                     // an empty line
	Headline                  // the first line of the text
	Byline                    // "By Ada Lund", "By Ada Lund | The Harbor Gazette | May 3, 2021"
	Credit                    // "Picture: Ada Lund", "(Reporting by Ada Lund; Editing by Ben Okafor)"
	Header                    // a metadata line near the top: "Outlet | Tuesday, May 3, 2021", "Published May 3, 2021", a date alone
	Dateline                  // a paragraph opening "LISBON, May 3 (Agency) —"; Label is the prefix
	Caption                   // "LABEL: sentence" or "LABEL? sentence" (a photo caption); Label is LABEL
	SpeakerTurn               // a transcript turn "HOST: …", "ADA LUND, MAYOR: …", "Q: …"; Label is the speaker
	Bullet                    // "• point", "- point"
	Heading                   // a short all-capitals line: "KEY POINTS"
	Timestamp                 // a live-blog time alone on a line: "4:52 p.m.", "13:40"
	Post                      // the text of an embedded social post
	PostSignature             // "— Ada Lund (@adalund) May 3, 2021"; Label is the name
	Boilerplate               // newsletter, share and comment prompts, copyright, "Last updated"
)

var roleNames = [...]string{
	Body: "body", Blank: "blank", Headline: "headline", Byline: "byline", Credit: "credit",
	Header: "header", Dateline: "dateline", Caption: "caption", SpeakerTurn: "speaker-turn",
	Bullet: "bullet", Heading: "heading", Timestamp: "timestamp", Post: "post",
	PostSignature: "post-signature", Boilerplate: "boilerplate",
}

// String returns the role's name ("speaker-turn").
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "role?"
}

// Meta reports whether the role is about the article rather than part of
// its story: bylines, credits, header lines, boilerplate and timestamps.
func (r Role) Meta() bool {
	switch r {
	case Byline, Credit, Header, Boilerplate, Timestamp:
		return true
	}
	return false
}

// A lineRule gives a role to a line it matches. match gets the line (no
// newline) and whether it is the first non-blank line; it returns the
// label and body offsets relative to the line.
type lineRule struct {
	name  string
	role  Role
	match func(line string, first bool) (label, body Span, ok bool)
}

// lineRules are tried in order; the first that matches gives the role.
// Speaker turns and captions share a shape and are told apart afterwards
// (settleLabels), as are the lines of embedded posts (markPosts).
var lineRules = []lineRule{
	{"blank-line", Blank, func(l string, _ bool) (Span, Span, bool) { return Span{}, Span{}, strings.TrimSpace(l) == "" }},
	{"time-alone", Timestamp, matchTimestamp},
	{"post-signature", PostSignature, matchSignature},
	{"bullet-mark", Bullet, matchBullet},
	{"credit-line", Credit, matchCredit},
	{"by-line", Byline, matchByline},
	{"boilerplate-prompt", Boilerplate, matchBoilerplate},
	{"header-fields", Header, matchHeader},
	{"first-line-dateline", Dateline, matchFirstDateline},
	{"first-line", Headline, func(l string, first bool) (Span, Span, bool) { return Span{}, whole(l), first }},
	{"capitals-label", Caption, matchLabel},
	{"capitals-heading", Heading, matchHeading},
	{"dateline-prefix", Dateline, matchDateline},
}

func whole(l string) Span { return Span{0, len(l)} }

// matchTimestamp matches a time alone on a line: "4:52 p.m.", "13:40",
// "9.05am", "10:40 a.m. ET".
func matchTimestamp(l string, _ bool) (Span, Span, bool) {
	s := strings.TrimSpace(l)
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || i > 2 || i+3 > len(s) || (s[i] != ':' && s[i] != '.') || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return Span{}, Span{}, false
	}
	rest := strings.ToLower(strings.TrimSpace(s[i+3:]))
	rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, " et"), " gmt"))
	switch rest {
	case "", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "bst", "cet", "edt", "est", "pdt", "pst", "utc", "et", "gmt":
		return Span{}, whole(l), true
	}
	return Span{}, Span{}, false
}

// matchSignature matches an embedded post's signature: a dash, a name,
// and an @handle or a date: "— Ada Lund (@adalund) May 3, 2021".
func matchSignature(l string, _ bool) (Span, Span, bool) {
	dash := dashPrefix(l)
	if dash == 0 {
		return Span{}, Span{}, false
	}
	rest := l[dash:]
	at := strings.Index(rest, "(@")
	if at < 0 {
		return Span{}, Span{}, false
	}
	name := strings.TrimSpace(rest[:at])
	start := dash + strings.Index(rest, name)
	return Span{start, start + len(name)}, Span{dash, len(l)}, name != ""
}

// dashPrefix returns the length of a leading dash and the spaces after it
// ("— ", "– ", "-- "), or 0.
func dashPrefix(l string) int {
	for _, d := range []string{"—", "–", "--", "-"} {
		if strings.HasPrefix(l, d) && len(l) > len(d) && l[len(d)] == ' ' {
			return len(d) + 1
		}
	}
	return 0
}

// matchBullet matches a line opening with a bullet mark and a space, after
// any indent ("  • point").
func matchBullet(l string, _ bool) (Span, Span, bool) {
	indent := len(l) - len(strings.TrimLeft(l, " \t"))
	for _, b := range []string{"•", "·", "▪", "◦", "●", "*", "-", "–"} {
		if strings.HasPrefix(l[indent:], b+" ") {
			return Span{}, Span{indent + len(b) + 1, len(l)}, true
		}
	}
	return Span{}, Span{}, false
}

// creditOpeners open a credit line or a credit at the end of a caption.
var creditOpeners = []string{
	"picture:", "pictures:", "photo:", "photos:", "photograph:", "photographs:", "photograph by", "photographs by",
	"photo by", "photos by", "image:", "images:", "illustration:", "illustration by", "credit:", "credits:",
	"video:", "graphic:", "reporting by", "additional reporting by", "writing by", "editing by", "edited by",
	"produced by", "compiled by",
}

// matchCredit matches a line that is a credit: "Picture: Ada Lund",
// "(Reporting by Ada Lund; Editing by Ben Okafor)", "Photographs by Ada Lund".
func matchCredit(l string, _ bool) (Span, Span, bool) {
	s := strings.TrimLeft(l, "( ")
	off := len(l) - len(s)
	if creditAt(s) > 0 {
		return Span{}, Span{off, len(strings.TrimRight(l, ") "))}, true
	}
	return Span{}, Span{}, false
}

// creditInitial holds the first bytes of the credit openers, in both cases.
var creditInitial = func() (m [256]bool) {
	for _, o := range creditOpeners {
		m[o[0]], m[o[0]-'a'+'A'] = true, true
	}
	return m
}()

// creditAt returns the length of the credit opener s starts with, or 0.
func creditAt(s string) int {
	if len(s) < 5 || !creditInitial[s[0]] {
		return 0
	}
	for _, o := range creditOpeners {
		if len(s) > len(o) && strings.EqualFold(s[:len(o)], o) && (s[len(o)] == ' ' || o[len(o)-1] == ':') {
			return len(o)
		}
	}
	return 0
}

// trailingCredit finds a credit at the end of a line: the last ". Picture: X"
// or "Photo: X" after a sentence. It returns the credit's span, or an empty one.
func trailingCredit(l string) Span {
	// Every opener is followed by ':' or is "… by": lines with neither
	// have no credit (most lines).
	if strings.IndexByte(l, ':') < 0 && !strings.Contains(l, " by ") {
		return Span{}
	}
	for i := strings.LastIndexByte(l, ' '); i > 0; i = strings.LastIndexByte(l[:i], ' ') {
		if strings.ContainsRune(".|)\"”’", runeBefore(l, i)) && creditAt(l[i+1:]) > 0 {
			return Span{i + 1, len(l)}
		}
	}
	return Span{}
}

// matchByline matches "By Ada Lund", "By Ada Lund, Chief Reporter | Outlet | date".
func matchByline(l string, _ bool) (Span, Span, bool) {
	if !strings.HasPrefix(l, "By ") && !strings.HasPrefix(l, "BY ") && !strings.HasPrefix(l, "by ") {
		return Span{}, Span{}, false
	}
	// The name: one to six words before any "|", ",", ";" or " and ",
	// each capitalised or a lowercase name particle ("van", "de", "al-").
	head := l[3:]
	if i := strings.IndexAny(head, "|•,;("); i >= 0 {
		head = head[:i]
	}
	head, _, _ = strings.Cut(head, " and ")
	words := strings.Fields(head)
	if len(words) < 1 || len(words) > 6 {
		return Span{}, Span{}, false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (k == 0 || !nameParticle(w)) {
			return Span{}, Span{}, false
		}
	}
	return Span{}, Span{3, len(l)}, true
}

// nameParticle reports whether w is a lowercase particle inside names
// ("van", "de", "al-Qarni", "bin").
func nameParticle(w string) bool {
	switch w {
	case "van", "von", "der", "den", "de", "del", "della", "da", "das", "do", "dos", "du", "la", "le", "di",
		"bin", "ibn", "bint", "ben", "al", "el", "ter", "ten", "y", "e":
		return true
	}
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "d’") || strings.HasPrefix(w, "d'")
}

// boilerplateOpeners open outlet boilerplate lines (lowercased).
var boilerplateOpeners = []string{
	"sign up", "subscribe", "follow us", "follow the", "share this", "share on", "share:", "read more", "read next",
	"related:", "advertisement", "copyright", "©", "(c) ", "all rights reserved", "join the conversation",
	"leave a comment", "click here", "download the", "this article was", "this story was", "get the latest",
	"don't miss", "don’t miss", "email us", "contact us", "for immediate release",
}

// shortBoilerplate open boilerplate only on a short line (under 60 bytes):
// as the start of a longer line they are running text.
var shortBoilerplate = []string{"comments", "more from", "watch:", "listen:", "newsletter", "related", "most read", "trending"}

// matchBoilerplate matches an outlet's prompts and legal lines.
func matchBoilerplate(l string, _ bool) (Span, Span, bool) {
	s := strings.TrimSpace(l)
	if len(s) > 200 {
		return Span{}, Span{}, false
	}
	hasPrefix := func(o string) bool { return len(s) >= len(o) && strings.EqualFold(s[:len(o)], o) }
	for _, o := range boilerplateOpeners {
		if hasPrefix(o) {
			return Span{}, whole(l), true
		}
	}
	for _, o := range shortBoilerplate {
		if len(s) < 60 && hasPrefix(o) {
			return Span{}, whole(l), true
		}
	}
	if strings.Contains(s, "ewsletter") {
		low := strings.ToLower(s)
		if strings.Contains(low, "sign up") || strings.Contains(low, "subscribe") {
			return Span{}, whole(l), true
		}
	}
	return Span{}, Span{}, false
}

// matchHeader matches metadata lines: fields separated by " | " (not a
// sentence), "Published …"/"Posted …"/"Updated …" with a date or a year,
// and a date alone on a line.
func matchHeader(l string, _ bool) (Span, Span, bool) {
	s := strings.TrimSpace(l)
	if strings.Count(s, " | ") >= 1 && len(s) < 300 {
		return Span{}, whole(l), true
	}
	for _, o := range []string{"published", "posted", "updated", "last updated", "first published", "last modified"} {
		if len(s) < 160 && len(s) > len(o) && strings.EqualFold(s[:len(o)], o) && hasDigit(s) {
			return Span{}, whole(l), true
		}
	}
	if len(s) <= 40 && looksLikeDateAlone(s) || len(s) <= 80 && datedMeta(s) {
		return Span{}, whole(l), true
	}
	return Span{}, Span{}, false
}

// datedMeta reports whether s is a date followed by short metadata after a
// separator: "June 4, 2024 / 2:15 PM / Updated 2 hours ago", "4 June 2024 •
// 3 min read".
func datedMeta(s string) bool {
	for _, sep := range []string{" / ", " • ", " · ", " | "} {
		if i := strings.Index(s, sep); i > 0 && looksLikeDateAlone(s[:i]) {
			return len(strings.Fields(s[i:])) <= 9
		}
	}
	return false
}

// looksLikeDateAlone reports whether s is a short line of a day, a month
// name and a year and little else: "17 March 2023", "Tuesday, May 3, 2021".
func looksLikeDateAlone(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	if len(words) < 1 || len(words) > 8 || len(words) == 1 && !numericDate(words[0]) {
		return false
	}
	month, year := false, false
	for _, w := range words {
		lw := strings.ToLower(w)
		switch {
		case numericDate(w):
			month, year = true, true
		case monthWord(lw):
			month = true
		case len(w) == 4 && allDigits(w):
			year = true
		case allDigits(strings.TrimRight(lw, "stndrh")) || weekdayWord(lw) || clockWord(lw):
		default:
			return false
		}
	}
	return month && year
}

// clockWord reports whether w is part of a time of day written with a
// date ("4:05", "pm", "p.m", "edt"): "Wed., Jun. 12, 2019 4:05 PM".
func clockWord(w string) bool {
	if i := strings.IndexAny(w, "+-"); i > 0 {
		w = w[:i] // "gmt+1", "utc-5"
	}
	if c := strings.IndexByte(w, ':'); c > 0 && allDigits(w[:c]) && allDigits(w[c+1:]) {
		return true
	}
	switch w {
	case "at", "am", "pm", "a", "p", "m", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "et", "edt", "est", "pdt", "pst", "cdt", "cst":
		return true
	}
	return false
}

// numericDate reports whether w is a date in digits: "06/03/2023",
// "3/6/2023", "2023-06-03".
func numericDate(w string) bool {
	for _, sep := range []string{"/", "-"} {
		parts := strings.Split(w, sep)
		if len(parts) != 3 {
			continue
		}
		ok := true
		for _, p := range parts {
			ok = ok && p != "" && len(p) <= 4 && allDigits(p)
		}
		if ok && (len(parts[0]) == 4 || len(parts[2]) == 4) {
			return true
		}
	}
	return false
}

// matchLabel matches "LABEL: text" and "LABEL? text" where LABEL is in
// capitals (with any comma-separated role): a caption or a speaker turn,
// told apart later by settleLabels. "Q:" and "A:" are labels too.
func matchLabel(l string, _ bool) (Span, Span, bool) {
	end := labelEnd(l)
	if end <= 0 {
		return Span{}, Span{}, false
	}
	body := end + 1
	for body < len(l) && l[body] == ' ' {
		body++
	}
	return Span{0, end}, Span{body, len(l)}, body < len(l)
}

// labelEnd returns the offset of the ':' '?' or '!' that closes a capitals
// label at the start of l, or -1.
func labelEnd(l string) int {
	letters := 0
	for i, r := range l {
		switch {
		case r == ':' || r == '?' || r == '!':
			if letters == 0 || i+1 >= len(l) || l[i+1] != ' ' {
				return -1
			}
			if letters == 1 && r != ':' {
				return -1
			}
			return i
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == ',' || r == '.' || r == '\'' || r == '’' || r == '-' || r == '&' || unicode.IsDigit(r):
		default:
			return -1
		}
		if i > 80 {
			return -1
		}
	}
	return -1
}

// matchHeading matches a short line all in capitals with no sentence end:
// "KEY POINTS", "WHAT WE KNOW".
func matchHeading(l string, _ bool) (Span, Span, bool) {
	s := strings.TrimSpace(l)
	if len(s) > 60 {
		return Span{}, Span{}, false
	}
	if n := len(strings.Fields(s)); n == 0 || n > 6 {
		return Span{}, Span{}, false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return Span{}, Span{}, false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 || strings.ContainsAny(s[len(s)-1:], ".") {
		return Span{}, Span{}, false
	}
	return Span{}, whole(l), true
}

// matchDateline matches a paragraph opening with a place in capitals, an
// optional region and date, an optional agency in brackets, and a dash:
// "LISBON —", "PORT HALDEN, Maine, Aug. 9 (Harbor Wire) —",
// "GDANSK, 3 May 2021 (Baltic Wire) – ". Label is the prefix, dash included.
func matchDateline(l string, _ bool) (Span, Span, bool) {
	// The place: words in capitals.
	i := 0
	caps := 0
	for i < len(l) {
		r, n := utf8.DecodeRuneInString(l[i:])
		if unicode.IsUpper(r) {
			caps++
		} else if r != ' ' && r != '.' && r != '\'' && r != '’' && r != '-' {
			break
		}
		i += n
	}
	if caps < 3 {
		return Span{}, Span{}, false
	}
	// The place ends at a comma, a bracket or the dash itself, never at a
	// word in lower case ("THE blaze … — …" is a sentence).
	if k := strings.TrimRight(l[:i], " "); len(k) < i {
		if rest := l[i:]; !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "(") {
			return Span{}, Span{}, false
		}
	} else if i < len(l) && !strings.ContainsAny(l[i:i+1], ",(") {
		return Span{}, Span{}, false
	}
	// Then anything short up to " — " (at most 60 bytes: region, date, agency).
	for _, d := range []string{" — ", " – ", " -- ", " - "} {
		j := strings.Index(l, d)
		if j >= i-1 && j-i <= 60 && j > 0 {
			mid := l[min(i, j):j]
			if strings.ContainsAny(mid, ".!?") && !strings.Contains(mid, "(") && strings.Count(mid, ".") > 2 {
				continue
			}
			end := j + len(d)
			return Span{0, end}, Span{end, len(l)}, end < len(l)
		}
	}
	return Span{}, Span{}, false
}

// matchFirstDateline matches a text's first line when it is a dateline
// paragraph rather than a headline: "PARIS, June 4 (Harbor Wire) — Ministers
// agreed on Tuesday ...": the dateline prefix, then a sentence that ends
// as sentences do. A headline with a dash ("LISBON — Port reopens") ends
// without a full stop and stays a headline.
func matchFirstDateline(l string, first bool) (Span, Span, bool) {
	if !first {
		return Span{}, Span{}, false
	}
	label, body, ok := matchDateline(l, first)
	if !ok {
		return Span{}, Span{}, false
	}
	t := strings.TrimRight(l[body.Start:body.End], " \t\r")
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ".\"") && !strings.HasSuffix(t, ".”") {
		return Span{}, Span{}, false
	}
	return label, body, true
}

// readLines splits the text into lines and gives each its role.
func (t *Text) readLines() {
	src := t.Src
	first := true
	for start := 0; start <= len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if start == len(src) && start > 0 {
			break
		}
		line := src[start:end]
		ln := Line{Span: Span{start, end}, Para: -1}
		for _, r := range lineRules {
			label, body, ok := r.match(line, first)
			if !ok {
				continue
			}
			ln.Role, ln.Rule = r.role, r.name
			ln.Label = shift(label, start)
			ln.Body = shift(body, start)
			break
		}
		if ln.Rule == "" {
			ln.Rule, ln.Body = "running-text", Span{start, end}
		}
		if ln.Role == Caption || ln.Role == Body || ln.Role == Headline {
			if c := trailingCredit(line); !c.Empty() {
				ln.Credit = shift(c, start)
			}
		}
		if ln.Role != Blank {
			first = false
		}
		t.Lines = append(t.Lines, ln)
		start = end + 1
	}
	t.demoteRunOnHeadline()
	t.markPosts()
	t.settleLabels()
}

// demoteRunOnHeadline reads the first line as running text when the next
// line carries on its paragraph (a text with no headline, or one whose
// title is in the front matter): a headline stands alone or above a line
// of another role.
func (t *Text) demoteRunOnHeadline() {
	for i, ln := range t.Lines {
		if ln.Role == Blank {
			continue
		}
		if ln.Role == Headline && i+1 < len(t.Lines) && t.Lines[i+1].Role == Body {
			t.Lines[i].Role, t.Lines[i].Rule = Body, "running-text"
		}
		return
	}
}

func shift(s Span, by int) Span {
	if s.Empty() {
		return Span{}
	}
	return Span{s.Start + by, s.End + by}
}

// markPosts marks the lines above each post signature, up to the blank
// line before them, as the post's text.
func (t *Text) markPosts() {
	for i, ln := range t.Lines {
		if ln.Role != PostSignature {
			continue
		}
		for j := i - 1; j >= 0 && t.Lines[j].Role != Blank && t.Lines[j].Role != PostSignature; j-- {
			if t.Lines[j].Role == Timestamp || t.Lines[j].Role == Headline {
				break
			}
			t.Lines[j].Role, t.Lines[j].Rule = Post, "above-post-signature"
			t.Lines[j].Label, t.Lines[j].Body = Span{}, t.Lines[j].Span
		}
	}
}

// interviewLabels are labels that always name a speaker.
var interviewLabels = map[string]bool{
	"Q": true, "A": true, "HOST": true, "INTERVIEWER": true, "PRESENTER": true, "ANCHOR": true,
	"REPORTER": true, "MODERATOR": true, "CALLER": true, "GUEST": true, "NARRATOR": true,
}

// settleLabels tells speaker turns from captions by pooling the labels of
// the whole text: a label is a speaker's when it carries a role after a
// comma ("ADA LUND, MAYOR"), is an interview label ("Q", "HOST"), recurs,
// or shares a word with another speaker label ("LUND" after "ADA LUND,
// MAYOR"), provided the text has at least two such turns.
func (t *Text) settleLabels() {
	count := map[string]int{}
	words := map[string]int{}
	for _, ln := range t.Lines {
		if ln.Role != Caption {
			continue
		}
		who, _, _ := strings.Cut(t.Src[ln.Label.Start:ln.Label.End], ",")
		count[who]++
		for _, w := range strings.Fields(who) {
			words[w]++
		}
	}
	speaker := func(label string) bool {
		who, role, comma := strings.Cut(label, ",")
		if comma && strings.TrimSpace(role) != "" || interviewLabels[who] || count[who] > 1 {
			return true
		}
		for _, w := range strings.Fields(who) {
			if words[w] > 1 {
				return true
			}
		}
		return false
	}
	turns := 0
	for _, ln := range t.Lines {
		if ln.Role == Caption && speaker(t.Src[ln.Label.Start:ln.Label.End]) {
			turns++
		}
	}
	if turns < 2 {
		return
	}
	for i := range t.Lines {
		ln := &t.Lines[i]
		if ln.Role == Caption && speaker(t.Src[ln.Label.Start:ln.Label.End]) {
			ln.Role, ln.Rule = SpeakerTurn, "transcript-label"
		}
	}
	// A speaker who talks once (a caller, a second guest) has a label that
	// neither recurs nor shares a word: between two speaker turns, a label
	// that is a full name in capitals is a turn too.
	for i := range t.Lines {
		ln := &t.Lines[i]
		if ln.Role == Caption && nameLabel(t.Src[ln.Label.Start:ln.Label.End]) &&
			t.nextRole(i, -1) == SpeakerTurn && t.nextRole(i, 1) == SpeakerTurn {
			ln.Role, ln.Rule = SpeakerTurn, "transcript-label-between-turns"
		}
	}
}

// nextRole returns the role of the nearest line before (dir -1) or after
// (dir 1) line i that is not blank, or Blank.
func (t *Text) nextRole(i, dir int) Role {
	for j := i + dir; j >= 0 && j < len(t.Lines); j += dir {
		if t.Lines[j].Role != Blank {
			return t.Lines[j].Role
		}
	}
	return Blank
}

// nameLabel reports whether a label is two to four words in capitals and
// nothing else ("ADA LUND", "ADA VON LUND"), the shape of a full name.
func nameLabel(label string) bool {
	f := strings.Fields(label)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		for _, r := range w {
			if !(r >= 'A' && r <= 'Z' || r == '-' || r == '\'' || r == '’' || r >= 0xC0 && unicode.IsUpper(r)) {
				return false
			}
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func hasDigit(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func weekdayWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}
