package people

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/annotate/wordtable"
	shlex "github.com/dossier/dossier/generator/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon holds the word lists the detector uses. It is built once and
// never mutated afterwards.
type lexicon struct {
	given      set              // common given names, as written ("Maria")
	givenWords set              // given names that are also common words ("Hope")
	titles     set              // honorifics and titles, lowercase, multiword joined by one space
	roles      set              // role nouns, lowercase
	kin        set              // kinship nouns, lowercase
	modifiers  set              // words that modify a role noun, lowercase
	reporting  set              // reporting verbs, lowercase
	afterNouns set              // nouns that make a preceding name a modifier, lowercase
	workNouns  set              // nouns that introduce the title of a work, lowercase
	stop       set              // capitalised non-name words, as written
	function   set              // capitalised function words that break a name, as written
	suffixes   set              // name suffixes, as written
	particles  set              // lowercase name particles
	orgHeads   set              // capitalised head words of organisations and places
	institutes set              // org heads that are never a surname ("University")
	nonPerson  set              // known places, organisations, works, fictional names (normalized key)
	common     set              // English words written in lower case (not in members: see commonWord)
	placePre   set              // capitalised first words of place names
	party      set              // party labels, as written
	orgNouns   set              // nouns that introduce an organisation, lowercase
	fiction    set              // words that mark a fictional character, lowercase
	orgPoss    set              // nouns an organisation has after a possessive ("X's shares"), lowercase
	machines   set              // words that make a role noun a machine's ("voice assistant"), lowercase
	personN    set              // nouns whose first sense is a person (WordNet), lowercase: read in appositives only
	proxies    set              // roles of someone who speaks for another ("spokesman", "lawyer"), lowercase
	artHeads   set              // plurals that end a company's or product line's name ("Instruments"), lowercase
	families   map[string][]int // lowercase given name → the diminutive families that hold it
	shared     *shlex.Lexicon   // the project's shared vocabularies (genders of given names)

	// memberByte and members map every entry of the word lists above to
	// the lists that hold it, so a token needs one lookup for all of them
	// (see bitsOf).
	memberByte [256]lexBits
	members    *wordtable.Table[lexBits] // the entries of two bytes or more
	// suffixKeys holds every word w for which suffixes holds w with its
	// first byte upper-cased (so "jr" for "Jr"): see isSuffixWord.
	suffixKeys set
	// titles2 holds the two-word titles ("press secretary") as word pairs,
	// so a pair of tokens is looked up without joining them.
	titles2 map[[2]string]struct{}
}

// lexBits is a set of the lexicon's word lists, one bit each.
type lexBits uint32

// The word lists of the lexicon, as lexBits.
const (
	inGiven lexBits = 1 << iota
	inGivenWords
	inTitles
	inRoles
	inKin
	inModifiers
	inReporting
	inAfterNouns
	inWorkNouns
	inStop
	inFunction
	inSuffixes
	inParticles
	inOrgHeads
	inInstitutes
	inAbbrevs  // abbrevs: words whose period does not end a sentence
	inPlacePre // place_prefixes.txt: a first word that makes a place ("Lake", "Fort")
	inParty    // party_labels.txt: a party or political label before a name ("Democrat")
	inOrgNouns // org_nouns.txt: a lowercase noun that introduces an organisation's name
	inFiction  // fiction_nouns.txt: a word that marks a fictional character or a role played ("mascot")
	inOrgPoss  // org_possessions.txt: a noun an organisation has, after a possessive name ("X's shares")
	inMachine  // machine_words.txt: a word that makes the role noun after it a machine's ("voice assistant")
	inPersonN  // person_nouns.txt: a noun whose first sense names a person ("successor"), read in appositives
	inProxy    // the shared role_proxies: someone who speaks for another ("a spokeswoman for X said")
	inArtHead  // artifact_heads.txt: a plural that ends a company's name ("X Y Instruments"), lowercase
)

type set map[string]struct{}

func (s set) has(w string) bool { _, ok := s[w]; return ok }

// functionWords are the capitalised words that end a name run even inside a
// title-case phrase ("Okafor Holds Meetings At Okafor Tower").
const functionWords = "The A An And But Or Nor For So Of In On At To By From With Into Onto Upon As Than That This Is Are Was Were Be Its It"

var lex = sync.OnceValue(func() *lexicon {
	shared := shlex.Default()
	l := &lexicon{
		given:      capitalized(shared, "given", "given_ssa", "given_ssa_female", "given_ssa_male"),
		givenWords: words("given_words.txt"),
		titles:     entries(shared, "titles"),
		roles:      entries(shared, "roles"),
		kin:        entries(shared, "kin"),
		modifiers:  lower(words("modifiers.txt")),
		reporting:  entries(shared, "reporting_verbs"),
		afterNouns: lower(words("after_nouns.txt")),
		workNouns:  lower(words("work_nouns.txt")),
		stop:       words("stop.txt"),
		suffixes:   words("suffixes.txt"),
		particles:  words("particles.txt"),
		orgHeads:   words("org_heads.txt"),
		institutes: words("institutions.txt"),
		function:   set{},
		nonPerson:  set{},
		common:     words("common_words.txt"),
		placePre:   words("place_prefixes.txt"),
		party:      words("party_labels.txt"),
		orgNouns:   lower(words("org_nouns.txt")),
		fiction:    lower(words("fiction_nouns.txt")),
		orgPoss:    lower(words("org_possessions.txt")),
		machines:   lower(words("machine_words.txt")),
		personN:    words("person_nouns.txt"),
		proxies:    entries(shared, "role_proxies"),
		artHeads:   words("artifact_heads.txt"),
	}
	l.families, l.shared = map[string][]int{}, shared
	for i, ln := range readLex("diminutives.txt") {
		for _, w := range strings.Fields(ln) {
			l.families[strings.ToLower(w)] = append(l.families[strings.ToLower(w)], i)
		}
	}
	for _, w := range strings.Fields(functionWords) {
		l.function[w] = struct{}{}
	}
	members := map[string]lexBits{}
	for _, m := range []struct {
		s set
		b lexBits
	}{
		{l.given, inGiven}, {l.givenWords, inGivenWords}, {l.titles, inTitles}, {l.roles, inRoles},
		{l.kin, inKin}, {l.modifiers, inModifiers}, {l.reporting, inReporting}, {l.afterNouns, inAfterNouns},
		{l.workNouns, inWorkNouns}, {l.stop, inStop}, {l.function, inFunction}, {l.suffixes, inSuffixes},
		{l.particles, inParticles}, {l.orgHeads, inOrgHeads}, {l.institutes, inInstitutes},
		{l.placePre, inPlacePre}, {l.party, inParty}, {l.orgNouns, inOrgNouns}, {l.fiction, inFiction},
		{l.orgPoss, inOrgPoss}, {l.machines, inMachine}, {l.personN, inPersonN},
		{l.proxies, inProxy}, {l.artHeads, inArtHead},
	} {
		for w := range m.s {
			if len(w) == 1 {
				l.memberByte[w[0]] |= m.b
			} else {
				members[w] |= m.b
			}
		}
	}
	for w := range abbrevs {
		members[w] |= inAbbrevs // (none of one byte)
	}
	l.members = wordtable.New(members)
	l.suffixKeys = set{}
	for s := range l.suffixes {
		if c := s[0]; c < 0x80 && !('a' <= c && c <= 'z') {
			l.suffixKeys[s] = struct{}{} // upper-casing keeps the first byte
			if 'A' <= c && c <= 'Z' {
				l.suffixKeys[string(c+'a'-'A')+s[1:]] = struct{}{}
			}
		}
	}
	l.titles2 = map[[2]string]struct{}{}
	for t := range l.titles {
		if a, b, ok := strings.Cut(t, " "); ok && !strings.Contains(b, " ") {
			l.titles2[[2]string{a, b}] = struct{}{}
		}
	}
	for _, f := range []string{"places.txt", "orgs.txt"} {
		for k := range lines(f) {
			l.nonPerson[normKey(k)] = struct{}{}
		}
	}
	return l
})

// readLex returns the non-comment lines of an embedded lexicon file.
func readLex(name string) []string {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("people: missing embedded lexicon " + name) // a build error, not a runtime condition
	}
	var out []string
	for _, ln := range strings.Split(string(b), "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		out = append(out, ln)
	}
	return out
}

// words reads whitespace-separated entries.
func words(names ...string) set {
	s := set{}
	for _, n := range names {
		for _, ln := range readLex(n) {
			for _, w := range strings.Fields(ln) {
				s[w] = struct{}{}
			}
		}
	}
	return s
}

// entries returns the entries of the shared vocabularies, lowercase.
func entries(shared *shlex.Lexicon, names ...string) set {
	s := set{}
	for _, n := range names {
		for _, e := range shared.Set(n).Entries() {
			s[e] = struct{}{}
		}
	}
	return s
}

// capitalized returns the entries of the shared vocabularies as names are
// written: first letter upper case ("ada" gives "Ada").
func capitalized(shared *shlex.Lexicon, names ...string) set {
	s := set{}
	for w := range entries(shared, names...) {
		r, n := utf8.DecodeRuneInString(w)
		s[string(unicode.ToUpper(r))+w[n:]] = struct{}{}
	}
	return s
}

// lines reads one entry a line.
func lines(name string) set {
	s := set{}
	for _, ln := range readLex(name) {
		s[strings.Join(strings.Fields(ln), " ")] = struct{}{}
	}
	return s
}

func lower(s set) set {
	out := make(set, len(s))
	for w := range s {
		out[strings.ToLower(w)] = struct{}{}
	}
	return out
}

// normKey normalizes a name for comparison: periods dropped, curly
// apostrophes straightened, runs of space collapsed, lowercased.
func normKey(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '.' || c == ' ' && (i+1 == len(s) || s[i+1] == ' ') || c != ' ' && c <= ' ' {
			simple = false
			break
		}
	}
	if simple && len(s) > 0 && s[0] != ' ' {
		return lowerASCII(s)
	}
	return string(appendNormKey(make([]byte, 0, len(s)), s))
}

// appendNormKey appends normKey(s) to dst, so a key can be looked up in a
// map (m[string(b)]) without allocating.
func appendNormKey(dst []byte, s string) []byte {
	start := len(dst)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	space := false
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '.':
				continue
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
		}
		return dst
	}
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘':
			r = '\''
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// isSuffixWord reports whether w, a word of a normalized key, is a name
// suffix ("jr", "iii"): whether w with its first byte upper-cased is in
// the suffixes list.
func (l *lexicon) isSuffixWord(w string) bool {
	_, ok := l.suffixKeys[w]
	return ok
}

// lowerASCII lowercases w without allocating when it is already lowercase.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// bitsOf returns the word lists that hold w.
func (l *lexicon) bitsOf(w string) lexBits {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return l.memberByte[w[0]]
	}
	b, _ := l.members.Get(w)
	return b
}

// foldedGiven reports whether the lowercase word w, its accents folded
// ("maría" → "maria", "søren" → "soren"), capitalised, is a known given
// name: the given-name lists (Moby, SSA) are written in ASCII.
func (l *lexicon) foldedGiven(w string) bool {
	var b strings.Builder
	b.Grow(len(w))
	folded := false
	for _, r := range w {
		if f, ok := fold[r]; ok {
			r, folded = f, true
		}
		if b.Len() == 0 {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
	return folded && l.given.has(b.String())
}

// title2 reports whether the lowercase words a and b form a two-word title.
func (l *lexicon) title2(a, b string) bool {
	_, ok := l.titles2[[2]string{a, b}]
	return ok
}

// variants reports whether the lowercase given names a and b may be one
// person's (rule diminutive): one is a prefix of the other of three letters
// or more ("theo", "theodora"), or a line of diminutives.txt holds both
// ("sandy", "alexander"); and their usual sexes do not differ.
func (l *lexicon) variants(a, b string) bool {
	if a == b {
		return true
	}
	if ga, gb := l.shared.Gender(a), l.shared.Gender(b); ga != shlex.Unknown && gb != shlex.Unknown && ga != gb {
		return false
	}
	if len(a) >= 3 && strings.HasPrefix(b, a) || len(b) >= 3 && strings.HasPrefix(a, b) {
		return true
	}
	for _, x := range l.families[a] {
		for _, y := range l.families[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}
