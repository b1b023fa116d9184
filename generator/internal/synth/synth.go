// Package synth synthesizes a realistic corpus of news sources for
// benchmarks, scale tests and the -serve demo. It is deterministic: the
// same Options always give the same bytes.
//
// The corpus is built from a small invented world: people with generated
// names (first names from a list, surnames from syllables), roles, ages
// and affiliations; stories (meetings, hearings, announcements) with a
// date, a place, participants and quotations. Each source reports one or
// two stories from one outlet a few days after they happened, so the same
// people, quotes (with wording variants: curly or straight marks, a word
// dropped, a split attribution) and events recur across sources, and dates
// are written both absolutely ("March 3, 2021") and relative to the
// publication date ("on Tuesday", "last week", "yesterday"). Sources also
// carry the noise of scraped articles: captions, bylines, "Related:"
// lines, citations of other outlets.
//
// Nothing here is read by the annotators: synth only writes test input.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options says what corpus to make.
type Options struct {
	N    int    // number of sources
	Seed uint64 // the same seed gives the same corpus
	// Stories is the number of distinct stories; 0 means N/8+3, so each
	// story is reported by about eight sources.
	Stories int
	// Paragraphs is the number of body paragraphs per source; 0 means a
	// size near 6 KB per source.
	Paragraphs int
	// Family, when above 0, gives the corpus the shape of many distinct
	// people: sources come in families of Family sources that report one
	// story, and every story has a cast of its own (4×Family people
	// nobody else in the corpus is, of whom each source names the two
	// protagonists and a few others), so the number of people grows with
	// the number of sources (about four a
	// source). Stories is then N/Family. With Family 0 a few thousand
	// people recur through every story, as in a dossier about one subject.
	Family int
}

// File is one synthesized source file.
type File struct {
	Name string // file name: "00042_daily-courier.txt"
	Data []byte
}

// Corpus returns the corpus's files in name order.
func Corpus(opt Options) []File {
	w := newWorld(opt)
	files := make([]File, opt.N)
	for i := range files {
		files[i] = w.source(i)
	}
	return files
}

// WriteDir writes the corpus into dir (created if needed) and returns the
// total number of bytes written.
func WriteDir(dir string, opt Options) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("synth: %w", err)
	}
	var total int64
	w := newWorld(opt)
	for i := range opt.N {
		f := w.source(i)
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return total, fmt.Errorf("synth: %w", err)
		}
		total += int64(len(f.Data))
	}
	return total, nil
}

// person is one inhabitant of the invented world.
type person struct {
	first, last string
	honorific   string // "Mr.", "Ms.", "Dr."
	role        string // "the senator"
	org         string // "the Harbor Authority"
	age         int
}

func (p person) full() string { return p.first + " " + p.last }

// story is one happening that several sources report.
type story struct {
	date   time.Time
	kind   int // index into happenings
	place  string
	people []int // indexes into world.people; the first is the protagonist
	quotes []quote
	next   time.Time // a planned follow-up
}

// quote is one thing a participant said.
type quote struct {
	speaker int // index into story.people
	text    string
}

type world struct {
	opt     Options
	people  []person
	stories []story
	outlets []string
}

func newWorld(opt Options) *world {
	if opt.Stories <= 0 {
		opt.Stories = opt.N/8 + 3
		if opt.Family > 0 {
			opt.Stories = max(1, opt.N/opt.Family)
		}
	}
	if opt.Paragraphs <= 0 {
		opt.Paragraphs = 9
	}
	r := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	w := &world{opt: opt}
	nPeople := opt.Stories*2 + 20
	if opt.Family > 0 {
		nPeople = 0 // each story makes its cast below
	}
	seen := map[string]bool{}
	newUnique := func() int {
		for {
			p := newPerson(r)
			if !seen[p.full()] {
				seen[p.full()] = true
				w.people = append(w.people, p)
				return len(w.people) - 1
			}
		}
	}
	for len(w.people) < nPeople {
		newUnique()
	}
	for range 40 {
		w.outlets = append(w.outlets, outletName(r))
	}
	base := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	for range opt.Stories {
		s := story{
			date:  base.AddDate(0, 0, r.IntN(20*365)),
			kind:  r.IntN(len(happenings)),
			place: pick(r, places),
		}
		n := 2 + r.IntN(3)
		speakers := n
		if opt.Family > 0 {
			// A cast of about four people a source: each source names the
			// two protagonists and a few others of it (world.castOf).
			for range 4 * opt.Family {
				s.people = append(s.people, newUnique())
			}
		}
		for len(s.people) < n {
			p := r.IntN(len(w.people))
			if !contains(s.people, p) {
				s.people = append(s.people, p)
			}
		}
		for range 2 + r.IntN(3) {
			s.quotes = append(s.quotes, quote{speaker: r.IntN(min(speakers, len(s.people))), text: sayings(r)})
		}
		s.next = s.date.AddDate(0, 0, 7+r.IntN(60))
		w.stories = append(w.stories, s)
	}
	return w
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

func newPerson(r *rand.Rand) person {
	p := person{age: 24 + r.IntN(55), role: pick(r, roles), org: orgName(r)}
	if r.IntN(2) == 0 {
		p.first, p.honorific = pick(r, femaleNames), "Ms."
	} else {
		p.first, p.honorific = pick(r, maleNames), "Mr."
	}
	if r.IntN(8) == 0 {
		p.honorific = "Dr."
	}
	p.last = surname(r)
	return p
}

// surname builds a name from two or three syllables: "Varden", "Oskaline".
func surname(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(pick(r, onsets))
	for range 1 + r.IntN(2) {
		b.WriteString(pick(r, middles))
	}
	b.WriteString(pick(r, codas))
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func outletName(r *rand.Rand) string {
	switch r.IntN(3) {
	case 0:
		return "The " + surname(r) + " " + pick(r, outletWords)
	case 1:
		return surname(r) + " " + pick(r, outletWords)
	}
	return strings.ToUpper(pick(r, onsets)[:1]) + strings.ToUpper(pick(r, onsets)[:1]) + strings.ToUpper(pick(r, onsets)[:1]) + " News"
}

func orgName(r *rand.Rand) string {
	return "the " + surname(r) + " " + pick(r, orgWords)
}

// sayings makes a quotation: a stock opening, a specific claim with a
// number (so that quotes of different stories rarely look alike) and
// sometimes a closing remark.
func sayings(r *rand.Rand) string {
	s := pick(r, openers) + " " + pick(r, middlesSaid) + ". "
	s += fmt.Sprintf(pick(r, claims), 2+r.IntN(400), pick(r, claimNouns)) + "."
	if r.IntN(2) == 0 {
		s += " " + pick(r, closers) + "."
	}
	return s
}
