// Package lexicon is the one store of the vocabularies the annotators share:
// abbreviations, honorifics and titles, reporting verbs, role and kin nouns,
// given names with gender, outlets. Each vocabulary is a file in data/,
// embedded in the binary; adding a vocabulary is adding a file.
//
// # Files
//
// A file is a header of comment lines followed by one entry a line:
//
//	# abbreviations: words whose trailing period ends no sentence ("Dr.", "Sept.").
//	# source: written for this project.
//	# licence: CC0-1.0.
//	dr
//	sept
//
// The header must say what the file is, where its entries come from
// ("source:") and under what licence they may be used ("licence:");
// TestFiles checks it, and that no entry repeats. Entries are compared
// without regard to case and may hold spaces ("prime minister"). Blank
// lines and later "#" lines are ignored.
//
// A file named NAME_female.txt or NAME_male.txt also gives its entries a
// gender (Gender).
//
// # Stemming
//
// Stem is the one light stemmer of the project (plural and verb endings),
// used wherever two wordings are compared.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.txt
var files embed.FS

// A Set is one vocabulary.
type Set struct {
	name     string
	entries  map[string]struct{}
	maxWords int // the most words an entry has
}

// Has reports whether word (any case) is in the set.
func (s *Set) Has(word string) bool {
	if s == nil {
		return false
	}
	_, ok := s.entries[lower(word)]
	return ok
}

// MaxWords is the number of words of the set's longest entry, so that a
// caller matching multiword entries knows how far to look.
func (s *Set) MaxWords() int {
	if s == nil {
		return 0
	}
	return s.maxWords
}

// Len is the number of entries.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.entries)
}

// Entries returns the entries, lowercased and sorted.
func (s *Set) Entries() []string {
	if s == nil {
		return nil
	}
	out := make([]string, 0, len(s.entries))
	for e := range s.entries {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// Gender is the gender a given name or honorific implies.
type Gender uint8

// The genders. Unknown covers names given to both and names not listed.
const (
	Unknown Gender = iota
	Female
	Male
)

// Lexicon holds every vocabulary of data/.
type Lexicon struct {
	sets   map[string]*Set
	gender map[string]Gender // lowercased entry → gender, Unknown when listed as both
}

// Set returns the vocabulary of data/NAME.txt. It panics on a name with no
// file: that is a programming error, caught by any test that runs the caller.
func (l *Lexicon) Set(name string) *Set {
	s, ok := l.sets[name]
	if !ok {
		panic(fmt.Sprintf("lexicon: no vocabulary %q (data/%s.txt)", name, name))
	}
	return s
}

// Gender returns the gender that the gendered vocabularies give word
// (a given name or an honorific), or Unknown.
func (l *Lexicon) Gender(word string) Gender { return l.gender[lower(word)] }

// Default returns the lexicon of the embedded files, read once.
var Default = sync.OnceValue(func() *Lexicon {
	l, err := Load(files)
	if err != nil {
		panic(err) // the embedded files are checked by TestFiles
	}
	return l
})

// Load reads every data/*.txt file of fsys.
func Load(fsys fs.FS) (*Lexicon, error) {
	names, err := fs.Glob(fsys, "data/*.txt")
	if err != nil {
		return nil, err
	}
	l := &Lexicon{sets: map[string]*Set{}, gender: map[string]Gender{}}
	for _, p := range names {
		f, err := parse(fsys, p)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(path.Base(p), ".txt")
		s := &Set{name: name, entries: make(map[string]struct{}, len(f.entries))}
		for _, e := range f.entries {
			s.entries[e] = struct{}{}
			s.maxWords = max(s.maxWords, strings.Count(e, " ")+1)
		}
		l.sets[name] = s
		var g Gender
		switch {
		case strings.HasSuffix(name, "_female"):
			g = Female
		case strings.HasSuffix(name, "_male"):
			g = Male
		default:
			continue
		}
		for _, e := range f.entries {
			if old, ok := l.gender[e]; ok && old != g {
				l.gender[e] = Unknown // given to both
				continue
			}
			l.gender[e] = g
		}
	}
	return l, nil
}

// file is one parsed vocabulary file.
type file struct {
	header  []string // the leading comment lines, without "#"
	entries []string // lowercased, in file order
	dups    []string // entries seen twice
}

func parse(fsys fs.FS, p string) (*file, error) {
	r, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	f := &file{}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	inHeader := true
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "#") {
			if inHeader {
				f.header = append(f.header, strings.TrimSpace(strings.TrimPrefix(line, "#")))
			}
			continue
		}
		inHeader = false
		if line == "" {
			continue
		}
		e := lower(strings.Join(strings.Fields(line), " "))
		if seen[e] {
			f.dups = append(f.dups, e)
			continue
		}
		seen[e] = true
		f.entries = append(f.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %s: %w", p, err)
	}
	return f, nil
}

// lower lowercases s, without allocating when it is lowercase ASCII already.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// Stem returns the light stem of a lowercase word: a common plural or
// verb ending removed ("signed" → "sign", "stopped" →
// "stop", "reporters" → "report"), so that two wordings of one statement compare
// equal. The stem is always a prefix of the word.
func Stem(w string) string { return w[:StemLen(w)] }

// StemLen returns the length of the stem of w (see Stem); it takes bytes
// too, so that a word needs no string to be stemmed.
func StemLen[S ~string | ~[]byte](w S) int {
	n := len(w)
	switch {
	case n > 5 && hasSuffix(w, "ing"):
		return undoubled(w[:n-3])
	case n > 7 && hasSuffix(w, "ers"):
		return n - 3
	case n > 6 && hasSuffix(w, "er"):
		return n - 2
	case n > 4 && hasSuffix(w, "ed"):
		return undoubled(w[:n-2])
	case n > 4 && hasSuffix(w, "es") && !hasSuffix(w, "ses"):
		return n - 2
	case n > 3 && hasSuffix(w, "s") && !hasSuffix(w, "ss"):
		return n - 1
	}
	return n
}

// undoubled returns the length of w without a doubled final consonant
// ("stopp" → "stop"), which "-ing" and "-ed" leave behind.
func undoubled[S ~string | ~[]byte](w S) int {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return n - 1
	}
	return n
}

func hasSuffix[S ~string | ~[]byte](w S, suffix string) bool {
	if len(w) < len(suffix) {
		return false
	}
	for k := range len(suffix) {
		if w[len(w)-len(suffix)+k] != suffix[k] {
			return false
		}
	}
	return true
}
