package text

import (
	"strings"
	"testing"
)

// TestLineRoles checks each line rule on invented lines.
func TestLineRoles(t *testing.T) {
	for _, c := range []struct {
		text  string // the line under test is the last one
		role  Role
		label string
	}{
		{"Headline\n\n4:52 p.m.", Timestamp, ""},
		{"Headline\n\n13:40", Timestamp, ""},
		{"Headline\n\n9.05am", Timestamp, ""},
		{"Headline\n\n4:52 p.m. The mayor spoke.", Body, ""},
		{"Headline\n\n— Ada Lund (@adalund) May 3, 2021", PostSignature, "Ada Lund"},
		{"Headline\n\n• 140 homes destroyed", Bullet, ""},
		{"Headline\n\n- a point", Bullet, ""},
		{"Headline\n\n  • an indented point", Bullet, ""},
		{"Headline\n\n(Reporting by Ada Lund; Editing by Ben Okafor)", Credit, ""},
		{"Headline\n\nPicture: Ada Lund/Harbor Wire", Credit, ""},
		{"Headline\n\nPhotographs by Ada Lund", Credit, ""},
		{"Headline\n\nBy Ada Lund", Byline, ""},
		{"Headline\n\nBy Ada van der Berg, Chief Reporter | The Harbor Gazette | May 3, 2021", Byline, ""},
		{"Headline\n\nBy Wednesday evening it had burned about 400 acres.", Body, ""},
		{"Headline\n\nBy noon, the fire was out.", Body, ""},
		{"Headline\n\nSign up for the Harbor Gazette newsletter", Boilerplate, ""},
		{"Headline\n\nCopyright 2021 The Harbor Gazette. All rights reserved.", Boilerplate, ""},
		{"Headline\n\nComments from the mayor came late in the day, after the vote.", Body, ""},
		{"Headline\n\nHarbor Gazette | Tuesday, May 3, 2021 | Live", Header, ""},
		{"Headline\n\nPublished 3:45 p.m. EDT June 3, 2023", Header, ""},
		{"Headline\n\nLast updated on: March 02, 2021", Header, ""},
		{"Headline\n\n17 March 2023", Header, ""},
		{"Headline\n\nTuesday, May 3, 2021", Header, ""},
		{"Headline\n\nWed., Jun. 12, 2019 4:05 PM", Header, ""},
		{"Headline\n\nAt 4:05 PM on June 12, 2019 it rained.", Body, ""},
		{"Headline\n\nJune 3, 2023 at 4:05 p.m. EDT", Header, ""},
		{"Headline\n\n06/03/2023", Header, ""},
		{"Headline\n\nJune 4, 2024 at 2:15 PM GMT+1", Header, ""},
		{"Headline\n\nJune 4, 2024 / 2:15 PM / Updated 2 hours ago", Header, ""},
		{"Headline\n\n4 June 2024 • 3 min read", Header, ""},
		{"Headline\n\nJune 4, 2024 / The council met and voted to close the ferry after a long debate that ran late", Body, ""},
		{"Headline\n\n2023-06-03", Header, ""},
		{"Headline\n\n2023", Body, ""},
		{"Fire at the pier: what we know", Headline, ""},
		{"PORT HALDEN, Aug. 9 (Harbor Wire) — A fire raced down the ridge on Monday.", Dateline, "PORT HALDEN, Aug. 9 (Harbor Wire) — "},
		{"LISBON — Port reopens after strike", Headline, ""},
		{"Headline\n\nGRIEF: Ada Lund outside her home.", Caption, "GRIEF"},
		{"Headline\n\nCARTOON CROOK? A bird mascot still beams from the site.", Caption, "CARTOON CROOK"},
		{"Headline\n\nKEY POINTS", Heading, ""},
		{"Headline\n\nPORT HALDEN, Maine, Aug. 9 (Harbor Wire) — A fire raced down the ridge.", Dateline, "PORT HALDEN, Maine, Aug. 9 (Harbor Wire) — "},
		{"Headline\n\nLISBON — The minister resigned.", Dateline, "LISBON — "},
		{"Headline\n\nGDANSK, 3 May 2021 (Baltic Wire) – Dockers walked out.", Dateline, "GDANSK, 3 May 2021 (Baltic Wire) – "},
		{"Headline\n\nTHE blaze that turned the valley black started with a spark — residents say — and a gust.", Body, ""},
	} {
		r := Read(c.text)
		ln := r.Lines[len(r.Lines)-1]
		if ln.Role != c.role || r.Slice(ln.Label) != c.label {
			t.Errorf("%q: role %v (%s), label %q; want %v, %q", c.text, ln.Role, ln.Rule, r.Slice(ln.Label), c.role, c.label)
		}
	}
}

// TestSpeakerTurnsPooled tells a transcript's speaker turns from captions
// by the labels of the whole text.
func TestSpeakerTurnsPooled(t *testing.T) {
	transcript := "Show: the mayor\n\nADA LUND, HOST: Good morning.\n\nBEN OKAFOR, MAYOR: Thanks, Ada.\n\nLUND: What happened?\n\nOKAFOR: We voted."
	r := Read(transcript)
	for i, want := range []string{"ADA LUND, HOST", "BEN OKAFOR, MAYOR", "LUND", "OKAFOR"} {
		ln := r.Lines[2+2*i]
		if ln.Role != SpeakerTurn || r.Slice(ln.Label) != want {
			t.Errorf("line %q: %v %q; want a speaker turn of %q", r.Slice(ln.Span), ln.Role, r.Slice(ln.Label), want)
		}
	}
	captions := "Headline\n\nGRIEF: Ada Lund outside her home. Picture: Ben Okafor\n\nText.\n\nJOY: Children at the pier."
	r = Read(captions)
	if r.Lines[2].Role != Caption || r.Lines[6].Role != Caption {
		t.Errorf("captions read as %v and %v", r.Lines[2].Role, r.Lines[6].Role)
	}
	if got := r.Slice(r.Lines[2].Credit); got != "Picture: Ben Okafor" {
		t.Errorf("caption credit = %q; want %q", got, "Picture: Ben Okafor")
	}
	// A caller who speaks once, between two turns.
	call := Read("Show: the flood\n\nLUND: We have a caller.\n\nMIRA OBERHAUS: Hi. When will the pumps run?\n\nLUND: Tonight, I am told.")
	if ln := call.Lines[4]; ln.Role != SpeakerTurn || call.Slice(ln.Label) != "MIRA OBERHAUS" {
		t.Errorf("caller line read as %v %q; want a speaker turn", ln.Role, call.Slice(ln.Label))
	}
	// A caption between captions stays one.
	if r := Read("Headline\n\nGRIEF: Ada Lund outside.\n\nPIER VIEW: Gulls.\n\nJOY: Children."); r.Lines[4].Role != Caption {
		t.Errorf("caption between captions read as %v", r.Lines[4].Role)
	}
	q := Read("Interview\n\nQ: Why now?\n\nA: Because the vote is today.")
	if q.Lines[2].Role != SpeakerTurn || q.Lines[4].Role != SpeakerTurn {
		t.Errorf("Q/A lines read as %v and %v", q.Lines[2].Role, q.Lines[4].Role)
	}
}

func TestEmbeddedPost(t *testing.T) {
	r := Read("Headline\n\nThe senator posted during the break:\n\nThe board has to explain those hours.\nThe town is watching.\n— Ada Lund (@adalund) September 19, 2023\n\nThen the hearing resumed.")
	roles := []Role{Headline, Blank, Body, Blank, Post, Post, PostSignature, Blank, Body}
	for i, want := range roles {
		if r.Lines[i].Role != want {
			t.Errorf("line %d %q: %v; want %v", i+1, r.Slice(r.Lines[i].Span), r.Lines[i].Role, want)
		}
	}
}

// TestHardWrapped: a hard-wrapped paragraph is one paragraph, and its
// sentences cross the line breaks, as they would unwrapped.
func TestHardWrapped(t *testing.T) {
	wrapped := "Ada Lund, the mayor, said on\nTuesday that the council would vote on the\nbridge plan next month. Ben Okafor, a member of\nthe council, said he would vote against it.\n\nThe vote is open to the public."
	r := Read(wrapped)
	if !r.Wrapped || len(r.Paras) != 2 {
		t.Fatalf("wrapped text: %d paragraphs, Wrapped %v; want 2, true", len(r.Paras), r.Wrapped)
	}
	unwrapped := Read(strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(wrapped, "\n\n", "\x00"), "\n", " "), "\x00", "\n\n"))
	if len(r.Sents) != len(unwrapped.Sents) {
		t.Fatalf("wrapped: %d sentences; unwrapped: %d", len(r.Sents), len(unwrapped.Sents))
	}
	for i, s := range r.Sents {
		if s.Start != unwrapped.Sents[i].Start || s.End != unwrapped.Sents[i].End {
			t.Errorf("sentence %d: wrapped %q, unwrapped %q", i, r.Slice(s.Span), unwrapped.Slice(unwrapped.Sents[i].Span))
		}
	}
	// One paragraph a line, no blank lines: every line its own paragraph.
	lines := Read("The mayor spoke first.\nThe council voted next, late in the evening and in a hurry.\nNobody objected.")
	if lines.Wrapped || len(lines.Paras) != 3 {
		t.Errorf("one paragraph a line: %d paragraphs, Wrapped %v; want 3, false", len(lines.Paras), lines.Wrapped)
	}
	// A line break before a lowercase word is soft even in such a text.
	soft := Read("The mayor said the council\nwould vote in May.\nNobody objected.")
	if len(soft.Paras) != 2 {
		t.Errorf("lowercase continuation: %d paragraphs; want 2", len(soft.Paras))
	}
}

func TestTokens(t *testing.T) {
	r := Read(`Mr. Lund's aide, O’Brannagh, didn't say "no" to Mara J. Olsen at 9:04 p.m. in the U.S. on Aug. 8th; @adalund #vote €4m al-Qarni MacTavert LUND`)
	type want struct {
		text  string
		kind  Kind
		flags Flags
	}
	check := []want{
		{"Mr", Word, Abbrev}, {".", Punct, 0}, {"Lund", Word, BeforePoss}, {"'s", Poss, 0}, {"aide", Word, 0},
		{",", Punct, 0}, {"O’Brannagh", Word, InnerCap}, {",", Punct, 0}, {"didn't", Word, 0}, {"say", Word, 0},
		{`"`, Mark, OpenMark}, {"no", Word, 0}, {`"`, Mark, CloseMark}, {"to", Word, 0}, {"Mara", Word, 0},
		{"J", Word, Initial}, {".", Punct, 0}, {"Olsen", Word, 0}, {"at", Word, 0}, {"9:04", Number, 0},
		{"p.m.", Word, Dotted | Abbrev}, {"in", Word, 0}, {"the", Word, 0}, {"U.S.", Word, Dotted}, {"on", Word, 0},
		{"Aug", Word, Abbrev}, {".", Punct, 0}, {"8th", Number, 0}, {";", Punct, 0}, {"@adalund", Handle, 0},
		{"#vote", Hashtag, 0}, {"€", Symbol, 0}, {"4m", Number, 0}, {"al-Qarni", Word, Hyphenated},
		{"MacTavert", Word, InnerCap}, {"LUND", Word, 0},
	}
	if len(r.Tokens) != len(check) {
		var got []string
		for i := range r.Tokens {
			got = append(got, r.Word(i))
		}
		t.Fatalf("%d tokens %q; want %d", len(r.Tokens), got, len(check))
	}
	for i, w := range check {
		tok := r.Tokens[i]
		if r.Word(i) != w.text || tok.Kind != w.kind || tok.Flags&w.flags != w.flags {
			t.Errorf("token %d: %q kind %d flags %b; want %q kind %d with flags %b", i, r.Word(i), tok.Kind, tok.Flags, w.text, w.kind, w.flags)
		}
	}
	if c := r.Tokens[len(r.Tokens)-1].Case; c != Upper {
		t.Errorf("LUND: case %d; want Upper", c)
	}
	if c := r.Tokens[len(r.Tokens)-2].Case; c != Title {
		t.Errorf("MacTavert: case %d; want Title", c)
	}
}

// TestURLTokens checks that links are one URL token each, without the
// punctuation after them, and that a word merely starting "www" or "http"
// is a word.
func TestURLTokens(t *testing.T) {
	r := Read("See https://harbor.example/a?b=1, (www.harbor.example) and http://x.example/2021/05/03. Wwwhat httpd")
	var urls, words []string
	for i, tok := range r.Tokens {
		switch tok.Kind {
		case URL:
			urls = append(urls, r.Word(i))
		case Word:
			words = append(words, r.Word(i))
		}
	}
	if want := "https://harbor.example/a?b=1 www.harbor.example http://x.example/2021/05/03"; strings.Join(urls, " ") != want {
		t.Errorf("urls %q; want %q", urls, want)
	}
	if want := "See and Wwwhat httpd"; strings.Join(words, " ") != want {
		t.Errorf("words %q; want %q", words, want)
	}
}

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{`Dr. Ada Lund spoke. She left at 9 p.m. Tuesday.`, []string{"Dr. Ada Lund spoke.", "She left at 9 p.m. Tuesday."}},
		{`"Stop!" he said. Then he left.`, []string{`"Stop!" he said.`, "Then he left."}},
		{`"We asked at nine." The order came later.`, []string{`"We asked at nine."`, "The order came later."}},
		{`The plan cost $3.5 million, Mara J. Olsen said. It passed.`, []string{"The plan cost $3.5 million, Mara J. Olsen said.", "It passed."}},
		{`It happened in the U.S. The vote followed.`, []string{"It happened in the U.S.", "The vote followed."}},
		{`Who knew? Nobody... at all.`, []string{"Who knew?", "Nobody... at all."}},
		{"One.\n\nTwo", []string{"One.", "Two"}},
	} {
		r := Read(c.text)
		var got []string
		for _, s := range r.Sents {
			got = append(got, r.Slice(s.Span))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: sentences %q; want %q", c.text, got, c.want)
		}
	}
}

func TestLookups(t *testing.T) {
	r := Read("Headline\n\nAda Lund spoke. Ben Okafor left.")
	off := strings.Index(r.Src, "Okafor")
	if s := r.SentAt(off); s != 2 || r.Slice(r.Sents[s].Span) != "Ben Okafor left." {
		t.Errorf("SentAt(Okafor) = %d", s)
	}
	if l := r.LineAt(off); l != 2 {
		t.Errorf("LineAt(Okafor) = %d; want 2", l)
	}
	if p := r.ParaAt(off); p != 1 {
		t.Errorf("ParaAt(Okafor) = %d; want 1", p)
	}
	if k := r.TokenAt(off); r.Word(k) != "Okafor" {
		t.Errorf("TokenAt(Okafor) = %q", r.Word(k))
	}
	if r.RoleAt(0) != Headline {
		t.Errorf("RoleAt(0) = %v", r.RoleAt(0))
	}
}

// FuzzRead checks the invariants of a reading on any text: tokens,
// sentences, paragraphs and lines in order, inside the text, and
// sentences inside their paragraphs.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"", "\n", "A. B.", "“‘x’”", "By Ada\n— Ada (@a) May 3, 2021", "LUND: x\n\nLUND: y", "'s", "U.S.", "9:04 p.m.\n\nx", "— (@", "a\n\nb\nc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !validUTF8NoCR(s) {
			return
		}
		r := Read(s)
		prev := 0
		for i, tok := range r.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %d [%d,%d) out of order or bounds (prev end %d)", i, tok.Start, tok.End, prev)
			}
			prev = tok.End
		}
		for i, sn := range r.Sents {
			if sn.TokStart >= sn.TokEnd || sn.TokEnd > len(r.Tokens) || sn.Para < 0 || sn.Para >= len(r.Paras) {
				t.Fatalf("sentence %d: bad token range or paragraph", i)
			}
			p := r.Paras[sn.Para]
			if sn.Start < p.Start || sn.End > p.End {
				t.Fatalf("sentence %d outside its paragraph", i)
			}
			if i > 0 && sn.Start < r.Sents[i-1].End {
				t.Fatalf("sentences %d and %d overlap", i-1, i)
			}
		}
		for i, ln := range r.Lines {
			if ln.Start > ln.End || ln.End > len(s) || (i > 0 && ln.Start <= r.Lines[i-1].End && len(s) > 0) {
				t.Fatalf("line %d [%d,%d) out of order or bounds", i, ln.Start, ln.End)
			}
			for _, sp := range []Span{ln.Label, ln.Body, ln.Credit} {
				if !sp.Empty() && (sp.Start < ln.Start || sp.End > ln.End) {
					t.Fatalf("line %d: a span [%d,%d) outside the line", i, sp.Start, sp.End)
				}
			}
		}
	})
}

func validUTF8NoCR(s string) bool {
	return strings.ToValidUTF8(s, "\uFFFD") == s && !strings.ContainsRune(s, '\r')
}
