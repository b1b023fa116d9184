package dates

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	shared "github.com/dossier/dossier/generator/internal/lexicon"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon holds the word lists of lexicon/, built once and shared read-only.
type lexicon struct {
	months     map[string]int // "dec" → 12
	weekdays   map[string]int // "tuesday" → 2 (time.Weekday)
	seasons    map[string]int // "spring" → 3 (first month)
	numbers    map[string]int // "two" → 2
	future     map[string]bool
	past       map[string]bool
	edNotPast  map[string]bool
	notYear    map[string]bool // "season" 44
	counts     map[string]bool // 50,000 "jobs"
	nameBefore map[string]bool // "Super" Tuesday
	nameAfter  map[string]bool // Sunday "Times"
	abbrevs    map[string]bool // "Dec." does not end a sentence
	stopwords  map[string]bool
	generic    map[string]bool // content words that tell no happening apart ("back", "time")
	partsOfDay map[string]bool
	notContent map[string]bool // stop words, parts of the day and date words: never content words
	// triggers maps the words an expression can start with to the forms
	// that can start with them.
	triggers map[string]formSet
	// trigShape[len(w)][w[0]&31] has bit w[len(w)-1]&63 set for each
	// trigger w: most words are ruled out without a map lookup
	trigShape   [maxTrigger + 1][32]uint64
	monthNames  [13]string // full English names, for summaries and notes
	weekdayName [7]string
}

// lex returns the lexicon, parsing the embedded files on first use.
var lex = sync.OnceValue(func() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		// The files are embedded at build time; an error is a programming error.
		panic(err)
	}
	return l
})

func loadLexicon() (*lexicon, error) {
	l := &lexicon{}
	var err error
	numbered := func(file string) (map[string]int, error) {
		m := map[string]int{}
		err := eachLine(file, func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want a number and names, got %q", strings.Join(f, " "))
			}
			n, err := strconv.Atoi(f[0])
			if err != nil {
				// "spring 3": the name comes first.
				n, err = strconv.Atoi(f[len(f)-1])
				if err != nil {
					return fmt.Errorf("no number in %q", strings.Join(f, " "))
				}
				for _, w := range f[:len(f)-1] {
					m[w] = n
				}
				return nil
			}
			for _, w := range f[1:] {
				m[w] = n
			}
			return nil
		})
		return m, err
	}
	if l.months, err = numbered("months.txt"); err != nil {
		return nil, err
	}
	if l.weekdays, err = numbered("weekdays.txt"); err != nil {
		return nil, err
	}
	if l.seasons, err = numbered("seasons.txt"); err != nil {
		return nil, err
	}
	if l.numbers, err = numbered("numbers.txt"); err != nil {
		return nil, err
	}
	sets := []struct {
		file string
		dst  *map[string]bool
	}{
		{"future.txt", &l.future},
		{"past.txt", &l.past},
		{"edexceptions.txt", &l.edNotPast},
		{"notyear.txt", &l.notYear},
		{"counts.txt", &l.counts},
		{"abbreviations.txt", &l.abbrevs},
		{"stopwords.txt", &l.stopwords},
		{"generic.txt", &l.generic},
		{"timewords.txt", &l.partsOfDay},
	}
	for _, s := range sets {
		m := map[string]bool{}
		if err := eachLine(s.file, func(f []string) error {
			m[strings.Join(f, " ")] = true
			return nil
		}); err != nil {
			return nil, err
		}
		*s.dst = m
	}
	l.notContent = map[string]bool{}
	for _, set := range []map[string]bool{l.stopwords, l.partsOfDay} {
		for w := range set {
			l.notContent[w] = true
		}
	}
	for _, set := range []map[string]int{l.months, l.weekdays} {
		for w := range set {
			if dateWord(l, w) {
				l.notContent[w] = true
			}
		}
	}
	for w := range unitOf {
		l.notContent[w] = true
	}
	for _, w := range strings.Fields("last next ago earlier later today yesterday tomorrow tonight") {
		l.notContent[w] = true
	}
	// generic words are compared as the stems shingles makes
	for w := range l.generic {
		l.generic[stem(w)] = true
	}
	l.nameBefore, l.nameAfter = map[string]bool{}, map[string]bool{}
	if err := eachLine("names.txt", func(f []string) error {
		if len(f) != 2 || (f[0] != "before" && f[0] != "after") {
			return fmt.Errorf("want \"before|after word\", got %q", strings.Join(f, " "))
		}
		if f[0] == "before" {
			l.nameBefore[f[1]] = true
		} else {
			l.nameAfter[f[1]] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// The words each matcher reads first: for any other word it returns
	// without a match.
	l.triggers = map[string]formSet{}
	for _, fw := range []struct {
		form  formSet
		words string
	}{
		{formRelative, "today tonight yesterday tomorrow this last next earlier later that the"},
		{formWeekday | formSeason, "this last next"},
		{formMonth | formYear, "early mid late"},
		{formTime, "noon midnight"},
		{formYear, "the"},
		{formHoliday, holidayTriggers},
	} {
		for _, w := range strings.Fields(fw.words) {
			l.triggers[w] |= fw.form
		}
	}
	for _, m := range []struct {
		form  formSet
		words map[string]int
	}{
		{formRelative, l.numbers}, {formWeekday, l.weekdays}, {formMonth, l.months}, {formSeason, l.seasons},
	} {
		for w := range m.words {
			l.triggers[w] |= m.form
		}
	}
	for w := range l.triggers {
		if len(w) == 0 || len(w) > maxTrigger {
			return nil, fmt.Errorf("dates lexicon: trigger %q: want 1 to %d bytes", w, maxTrigger)
		}
		l.trigShape[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 63)
	}
	for w, n := range l.months {
		if len(w) > len(l.monthNames[n]) {
			l.monthNames[n] = w
		}
	}
	for w, n := range l.weekdays {
		if len(w) > len(l.weekdayName[n]) {
			l.weekdayName[n] = w
		}
	}
	return l, nil
}

// maxTrigger is the length of the longest word an expression can start with.
const maxTrigger = 16

// A formSet is a set of the expression forms that start with a word, one
// bit for each of scanner.match's matchers: a word is tried only against
// the forms that can start with it.
type formSet uint8

const (
	formRelative formSet = 1 << iota // matchRelative: "today", "last week", "the next day", "two weeks ago"
	formWeekday                      // matchWeekday: "Tuesday", "next Friday"
	formMonth                        // matchMonthFirst: "December 13", "early June"
	formTime                         // matchTime: "noon", "midnight"
	formSeason                       // matchSeason: "last spring", "summer 2015"
	formYear                         // matchYear: "the 1990s", "mid-2000s"
	formHoliday                      // matchHoliday: "New Year's Day", "Christmas Eve"
)

// forms returns the forms that can start with the lower-cased word w; none
// for most words.
func (l *lexicon) forms(w []byte) formSet {
	n := len(w)
	if n == 0 || n > maxTrigger || l.trigShape[n][w[0]&31]&(1<<(w[n-1]&63)) == 0 {
		return 0
	}
	return l.triggers[string(w)]
}

// eachLine calls fn with the whitespace-separated fields of every
// non-empty, non-comment line of lexicon/file.
func eachLine(file string, fn func(fields []string) error) error {
	f, err := lexiconFS.Open("lexicon/" + file)
	if err != nil {
		return fmt.Errorf("dates lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Fields(strings.ToLower(line))); err != nil {
			return fmt.Errorf("dates lexicon %s:%d: %w", file, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("dates lexicon %s: %w", file, err)
	}
	return nil
}

// dateWord reports whether w names a month, weekday or calendar unit.
func dateWord(l *lexicon, w string) bool {
	if _, ok := l.months[w]; ok && len(w) > 3 {
		return true
	}
	if _, ok := l.weekdays[w]; ok {
		return true
	}
	if _, ok := unitOf[w]; ok {
		return true
	}
	switch w {
	case "last", "next", "ago", "earlier", "later", "today", "yesterday", "tomorrow", "tonight":
		return true
	}
	return false
}

// stem strips a few inflections (meeting → meet, visited → visit, tours
// → tour) with the project's one stemmer.
func stem(w string) string { return shared.Stem(w) }
