package people

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon holds the word lists the detector uses. It is built once and
// never mutated afterwards.
type lexicon struct {
	given      set // common given names, as written ("Donald")
	givenWords set // given names that are also common words ("Hope")
	titles     set // honorifics and titles, lowercase, multiword joined by one space
	roles      set // role nouns, lowercase
	kin        set // kinship nouns, lowercase
	modifiers  set // words that modify a role noun, lowercase
	reporting  set // reporting verbs, lowercase
	afterNouns set // nouns that make a preceding name a modifier, lowercase
	workNouns  set // nouns that introduce the title of a work, lowercase
	stop       set // capitalised non-name words, as written
	function   set // capitalised function words that break a name, as written
	suffixes   set // name suffixes, as written
	particles  set // lowercase name particles
	orgHeads   set // capitalised head words of organisations and places
	nonPerson  set // known places, organisations, works, fictional names (normalized key)
}

type set map[string]struct{}

func (s set) has(w string) bool { _, ok := s[w]; return ok }

// functionWords are the capitalised words that end a name run even inside a
// title-case phrase ("Trump Holds Meetings At Trump Tower").
const functionWords = "The A An And But Or Nor For So Of In On At To By From With Into Onto Upon As Than That This Is Are Was Were Be Its It"

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{
		given:      words("given.txt", "given_extra.txt"),
		givenWords: words("given_words.txt"),
		titles:     lines("titles.txt"),
		roles:      lower(words("roles.txt")),
		kin:        lower(words("kin.txt")),
		modifiers:  lower(words("modifiers.txt")),
		reporting:  lower(words("reporting.txt")),
		afterNouns: lower(words("after_nouns.txt")),
		workNouns:  lower(words("work_nouns.txt")),
		stop:       words("stop.txt"),
		suffixes:   words("suffixes.txt"),
		particles:  words("particles.txt"),
		orgHeads:   words("org_heads.txt"),
		function:   set{},
		nonPerson:  set{},
	}
	for _, w := range strings.Fields(functionWords) {
		l.function[w] = struct{}{}
	}
	for _, f := range []string{"places.txt", "orgs.txt", "fictional.txt"} {
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
	var b strings.Builder
	b.Grow(len(s))
	space := false
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
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
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

// firstUpper reports whether w starts with an upper-case letter.
func firstUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
