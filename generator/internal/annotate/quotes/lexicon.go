package quotes

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/dossier/dossier/generator/internal/annotate/wordtable"
	sharedlex "github.com/dossier/dossier/generator/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// outlet is one known news outlet: its canonical name and whether the name
// is also a common word (then it is cited only in a strong pattern).
type outlet struct {
	name      string
	ambiguous bool
}

// lexicon holds the word lists the rules use. It is built once and never
// changed afterwards.
type lexicon struct {
	speechVerbs  map[string]bool
	namingVerbs  map[string]bool
	participles  map[string]bool
	skipWords    map[string]bool
	pronouns     map[string]byte // 'm', 'f' or 'x'
	indefinite   map[string]bool
	determiners  map[string]bool
	roles        map[string]bool // role nouns that may name the main subject
	proxyRoles   map[string]bool // role nouns for someone speaking for another
	titleNouns   map[string]bool
	titleCues    map[string]bool
	elisions     map[string]bool
	abbrevs      map[string]bool
	outletWords  map[string]bool
	orgWords     map[string]bool
	shared       *sharedlex.Lexicon // the project's shared vocabularies (given names, honorifics)
	given        *sharedlex.Set
	titles       *sharedlex.Set // titles and honorifics written before a name
	honFemale    *sharedlex.Set
	honMale      *sharedlex.Set
	kin          *sharedlex.Set
	titleMods    map[string]bool   // lexicon/title_modifiers.txt
	outlets      map[string]outlet // written form → outlet
	outletsFirst map[string][]string

	// classes holds, for every word of the lists that tokens are checked
	// against, the lists that hold it, so that a word is looked up once,
	// when it is tokenized, not once per rule (see wordClass).
	classes *wordtable.Table[classInfo]
}

// wordClass is a set of word lists, one bit each.
type wordClass uint32

// The word lists a token's lower-case form may be in.
const (
	cSpeechVerb   wordClass = 1 << iota // lexicon.speechVerbs
	cNamingVerb                         // lexicon.namingVerbs
	cParticiple                         // lexicon.participles
	cSkip                               // lexicon.skipWords
	cIndefinite                         // lexicon.indefinite
	cDeterminer                         // lexicon.determiners
	cRole                               // lexicon.roles
	cProxyRole                          // lexicon.proxyRoles
	cTitleNoun                          // lexicon.titleNouns
	cTitleCue                           // lexicon.titleCues
	cAbbrev                             // lexicon.abbrevs
	cClause                             // clauseWords
	cPreposition                        // prepositions
	cSubordinator                       // subordinators
	cPassiveAux                         // passiveAux
	cOutletFirst                        // the first word of an outlet's name (lexicon.outletsFirst), lower-cased
	cCiteBefore                         // citeBefore
	cStrongBefore                       // strongBefore
	cCiteAfter                          // citeAfter
	cCiteAdverb                         // citeAdverbs
)

// classInfo is what the lexicon says about one lower-case word.
type classInfo struct {
	class  wordClass
	gender byte // lexicon.pronouns, 0 when the word is not a pronoun
}

// classOf returns the lists that hold the lower-case word w.
func (l *lexicon) classOf(w string) classInfo {
	in, _ := l.classes.Get(w)
	return in
}

var lex = sync.OnceValue(func() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		panic(err) // the lexicon is embedded: an error is a build defect
	}
	return l
})

// lines returns the non-empty, non-comment lines of an embedded lexicon file.
func lines(name string) ([]string, error) {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("quotes: reading lexicon %s: %w", name, err)
	}
	var out []string
	for _, ln := range strings.Split(string(b), "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		out = append(out, ln)
	}
	return out, nil
}

func wordSet(name string) (map[string]bool, error) {
	ls, err := lines(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(ls))
	for _, ln := range ls {
		for _, w := range strings.Fields(ln) {
			m[w] = true
		}
	}
	return m, nil
}

// setOf returns the one-word entries of a shared vocabulary as a set.
func setOf(s *sharedlex.Set) map[string]bool {
	m := map[string]bool{}
	for _, e := range s.Entries() {
		if !strings.Contains(e, " ") {
			m[e] = true
		}
	}
	return m
}

// gender returns the gender a given name or honorific implies, 'm', 'f'
// or 'x', from the shared lexicon; a period after an honorific and the
// accents of a name are ignored ("Mr.", "Ciarán").
func (l *lexicon) gender(w string) byte {
	w = strings.TrimSuffix(w, ".")
	g := l.shared.Gender(w)
	if g == sharedlex.Unknown {
		if f := foldAccents(w); f != w {
			g = l.shared.Gender(f)
		}
	}
	switch g {
	case sharedlex.Male:
		return 'm'
	case sharedlex.Female:
		return 'f'
	}
	return 'x'
}

// preName reports whether a lower-case word can stand in a title, job or
// kinship phrase written before a name ("chief", "former", "U.S.", "son":
// "said former U.S. envoy Ada Lund", "said Lund's son, Erik"): a shared
// title, role or kin word, or one of the package's title modifiers.
func (l *lexicon) preName(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return l.titleMods[w] || l.titles.Has(w) || l.kin.Has(w) || l.roles[w] || l.proxyRoles[w]
}

// isGivenName reports whether w is a known given name.
func (l *lexicon) isGivenName(w string) bool {
	return l.given.Has(w) || l.gender(w) != 'x'
}

// foldAccents returns w with the common Latin accents removed ("é" → "e").
func foldAccents(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if i := strings.IndexRune(accented, r); i >= 0 {
			r = []rune(unaccented)[len([]rune(accented[:i]))]
		}
		b.WriteRune(r)
	}
	return b.String()
}

const (
	accented   = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ"
	unaccented = "aaaaaaceeeeiiiinoooooouuuuyy"
)

func taggedSet(name string) (map[string]byte, error) {
	ls, err := lines(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]byte, len(ls))
	for _, ln := range ls {
		f := strings.Fields(ln)
		if len(f) != 2 || len(f[1]) != 1 {
			return nil, fmt.Errorf("quotes: lexicon %s: bad line %q", name, ln)
		}
		m[f[0]] = f[1][0]
	}
	return m, nil
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{}
	sets := []struct {
		dst  *map[string]bool
		file string
	}{
		{&l.namingVerbs, "naming_verbs.txt"},
		{&l.participles, "participles.txt"},
		{&l.skipWords, "skip_words.txt"},
		{&l.indefinite, "indefinite.txt"},
		{&l.determiners, "determiners.txt"},
		{&l.titleNouns, "title_nouns.txt"},
		{&l.titleCues, "title_cues.txt"},
		{&l.elisions, "elisions.txt"},
		{&l.titleMods, "title_modifiers.txt"},
		{&l.outletWords, "outlet_words.txt"},
		{&l.orgWords, "org_words.txt"},
	}
	for _, s := range sets {
		m, err := wordSet(s.file)
		if err != nil {
			return nil, err
		}
		*s.dst = m
	}
	var err error
	if l.pronouns, err = taggedSet("pronouns.txt"); err != nil {
		return nil, err
	}
	// The shared vocabularies: reporting verbs, roles, proxies, given
	// names and honorifics with gender, abbreviations.
	sh := sharedlex.Default()
	l.shared, l.given = sh, sh.Set("given")
	l.titles, l.honFemale, l.honMale = sh.Set("titles"), sh.Set("honorifics_female"), sh.Set("honorifics_male")
	l.kin = sh.Set("kin")
	l.speechVerbs = setOf(sh.Set("reporting_verbs"))
	for w := range l.namingVerbs {
		// A naming verb reports the speaker's words too ("branded the
		// plan a 'stunt'"); the shared list is also the people pass's,
		// so they are added here.
		l.speechVerbs[w] = true
	}
	l.abbrevs = setOf(sh.Set("abbreviations"))
	l.proxyRoles = setOf(sh.Set("role_proxies"))
	l.roles = setOf(sh.Set("roles"))
	for w := range l.proxyRoles {
		delete(l.roles, w)
	}
	outs, err := lines("outlets.txt")
	if err != nil {
		return nil, err
	}
	l.outlets, l.outletsFirst = map[string]outlet{}, map[string][]string{}
	for _, ln := range outs {
		amb := strings.HasPrefix(ln, "?")
		forms := strings.Split(strings.TrimPrefix(ln, "?"), "|")
		o := outlet{name: strings.TrimSpace(forms[0]), ambiguous: amb}
		for _, f := range forms {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			if _, dup := l.outlets[f]; dup {
				continue
			}
			l.outlets[f] = o
			first := firstWord(f)
			l.outletsFirst[first] = append(l.outletsFirst[first], f)
		}
	}
	classes := map[string]classInfo{}
	for _, c := range []struct {
		words map[string]bool
		class wordClass
	}{
		{l.speechVerbs, cSpeechVerb}, {l.namingVerbs, cNamingVerb}, {l.participles, cParticiple},
		{l.skipWords, cSkip}, {l.indefinite, cIndefinite}, {l.determiners, cDeterminer}, {l.roles, cRole},
		{l.proxyRoles, cProxyRole}, {l.titleNouns, cTitleNoun}, {l.titleCues, cTitleCue}, {l.abbrevs, cAbbrev},
		{clauseWords, cClause}, {prepositions, cPreposition}, {subordinators, cSubordinator}, {passiveAux, cPassiveAux},
		{citeBefore, cCiteBefore}, {strongBefore, cStrongBefore}, {citeAfter, cCiteAfter}, {citeAdverbs, cCiteAdverb},
	} {
		for w, in := range c.words {
			if in { // prepositions lists "and" as false
				x := classes[w]
				x.class |= c.class
				classes[w] = x
			}
		}
	}
	for first := range l.outletsFirst {
		w := strings.ToLower(first)
		x := classes[w]
		x.class |= cOutletFirst
		classes[w] = x
	}
	for w, g := range l.pronouns {
		x := classes[w]
		x.gender = g
		classes[w] = x
	}
	l.classes = wordtable.New(classes)
	for k, v := range l.outletsFirst {
		// Longest form first so "Fox News" wins over "Fox".
		sort.Slice(v, func(i, j int) bool {
			if len(v[i]) != len(v[j]) {
				return len(v[i]) > len(v[j])
			}
			return v[i] < v[j]
		})
		l.outletsFirst[k] = v
	}
	return l, nil
}

// firstWord returns the first token of a name as the tokenizer cuts it:
// letters, digits and inner hyphens or periods ("E! News" → "E", "C-SPAN").
func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isWordByte(c) && c != '-' && c != '.' && c < 0x80 {
			return s[:i]
		}
	}
	return s
}
