// Package doc is the data model that flows through the generator's passes:
//
//	load     → a Source (normalized text plus metadata)
//	annotate → an Annotated source (people, quotes, dates, events, outlets, all local to it)
//	link     → the ids across sources, written onto the annotations (Person.ID,
//	           Quote.ID and Group, Report.Event), and a Dossier (the
//	           cross-source annotation graph written to data/dossier.json)
//	emit     → content/ and data/ files
//
// Like goldmark's AST, annotations point into the source text with byte
// Spans instead of copying it; a Source maps offsets to the line numbers of
// the file on disk, so every citation can link to the exact line.
package doc

import (
	"sort"
	"sync/atomic"

	"github.com/dossier/dossier/generator/internal/text"
)

// A Span is a half-open byte range [Start, End) of a Source's Text.
type Span struct {
	Start int `json:"-"`
	End   int `json:"-"`
}

// Len reports the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Source is one loaded source document.
type Source struct {
	ID     string // stable slug, unique in the dossier; never the file name's hash
	File   string // path relative to the site root, slash-separated: "sources/001_x.txt"
	Title  string
	Outlet string // publishing outlet, "" when unknown
	// OutletBasis says where Outlet came from: "front matter", or "".
	OutletBasis string
	URL         string
	Published   string // "YYYY-MM-DD", or "" when unknown
	// PublishedBasis says where Published came from: "front matter",
	// or the inference rule and the text it read ("dateline: Mar. 4, 2021").
	PublishedBasis string
	// Extra holds front-matter fields the generator does not know; they are kept, not dropped.
	Extra map[string]any

	Text      string // the body: valid UTF-8, LF line endings, no BOM, no front matter
	FirstLine int    // 1-based line number, in the file, of Text's first line
	// Hash is a hex digest of the file's bytes, used as a cache key.
	Hash string

	// lineStarts holds the byte offset of each line start in Text
	// ([]int), built on first use. Passes read line numbers from every
	// core at once: whichever builds it first publishes it, and a second
	// build (the same offsets) is harmless. (An atomic.Value, unlike an
	// atomic.Pointer, lets a Source be copied, as tests do before changing
	// a field other than Text.)
	lineStarts atomic.Value
}

// Line reports the 1-based line number in the source file of the byte at offset.
func (s *Source) Line(offset int) int {
	starts := s.index()
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > offset }) - 1
	if i < 0 {
		i = 0
	}
	return s.FirstLine + i
}

// LineText returns the text of the given 1-based file line, without its newline.
func (s *Source) LineText(line int) string {
	starts := s.index()
	i := line - s.FirstLine
	if i < 0 || i >= len(starts) {
		return ""
	}
	end := len(s.Text)
	if i+1 < len(starts) {
		end = starts[i+1] - 1
	}
	return s.Text[starts[i]:end]
}

// Slice returns the text of the span.
func (s *Source) Slice(sp Span) string { return s.Text[sp.Start:sp.End] }

// index returns the line starts, building them on first use.
func (s *Source) index() []int {
	if starts, ok := s.lineStarts.Load().([]int); ok {
		return starts
	}
	starts := []int{0}
	for i := 0; i < len(s.Text); i++ {
		if s.Text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	s.lineStarts.CompareAndSwap(nil, starts)
	return s.lineStarts.Load().([]int)
}

// Why is the provenance of one annotation: the named rules that decided it,
// in the order they were applied, and how sure they make it. Rule names are
// short kebab-case identifiers ("title-before-name", "said-after-quote",
// "weekday-before-published") listed in each annotator's rule table; a
// reader sees them on the site and a curator reviews the low ones.
type Why struct {
	Rules      []string   `json:"why"`
	Confidence Confidence `json:"confidence"`
}

// Confidence is how sure the rules behind an annotation are.
type Confidence string

// The confidence levels, surest first. Low annotations are published but
// marked as such and listed for review.
const (
	High   Confidence = "high"
	Medium Confidence = "medium"
	Low    Confidence = "low"
)

// Because returns a Why with the given confidence and rules.
func Because(c Confidence, rules ...string) Why { return Why{Rules: rules, Confidence: c} }

// Normal returns w ready to publish: never a nil rule list, and Low when
// no confidence was set.
func (w Why) Normal() Why {
	if w.Rules == nil {
		w.Rules = []string{}
	}
	if w.Confidence == "" {
		w.Confidence = Low
	}
	return w
}

// Add appends rules to w and returns it.
func (w Why) Add(rules ...string) Why {
	w.Rules = append(w.Rules[:len(w.Rules):len(w.Rules)], rules...)
	return w
}

// Annotated is one source with everything the annotators found in it.
// Indexes (Mention.Person, Quote.Speaker, Report.People) point into the
// slices of the same Annotated value; identities across sources are made by
// the link pass, which writes them onto the annotations themselves
// (Person.ID, Quote.ID and Quote.Group, Report.Event). Those resolved ids
// are "" until link runs, and link sets every one of them on every run, so
// an annotation that comes from the cache reads the same as a fresh one.
type Annotated struct {
	Source *Source
	// Reading is the one reading of Source.Text (lines and their roles,
	// paragraphs, sentences, tokens) that every annotator works from; it is
	// made by annotate.Source for its annotators and released when they are
	// done (nil afterwards, and in the cache: a later pass that needs it
	// reads the text again).
	Reading   *text.Text
	People    []Person   // the distinct people named in this source
	Mentions  []Mention  // every occurrence of a person's name, in text order
	Quotes    []Quote    // in text order
	Dates     []Date     // temporal expressions, in text order
	Reports   []Report   // dated statements (event reports), in text order
	Citations []Citation // outlets the text cites ("the Herald reported"), in text order
	// Unresolved lists the relative date expressions ("on Tuesday", "last
	// week") the dates pass left undated for want of a publication date,
	// in text order; nil when the source has one.
	Unresolved []Span
	// Warnings are notes for a curator (ambiguities settled conservatively).
	Warnings []string

	// Published is the publication date the annotators worked with: the
	// source's own (front matter), or one inferred from its text; "" when
	// unknown. PublishedBasis says where it came from ("front matter",
	// "dateline-year-from-body: ..."). The loaded Source is left as it was.
	Published, PublishedBasis string
	// Outlet is the publishing outlet: the source's own, or one the text
	// names itself by ("Copyright 2024 The Harbor Gazette"); "" when
	// unknown. OutletBasis says where it came from.
	Outlet, OutletBasis string
}

// PublishedDate returns the publication date to work with: a.Published, or
// the source's own when the annotation has none yet.
func (a *Annotated) PublishedDate() string {
	if a.Published != "" {
		return a.Published
	}
	return a.Source.Published
}

// Person is one person as named in one source: all the forms the source uses
// for them ("Ada Lund", "Lund", "Ada", "Mr. Lund") are merged into it.
type Person struct {
	// ID is the person's dossier-wide id, set by link ("" before linking):
	// the same for every source that names the same person. (Like the
	// other resolved ids it is left out of a per-source JSON dump until
	// it is set.)
	ID           string        `json:",omitempty"`
	Name         string        // the fullest name the source uses: "Ada Lund"
	Aliases      []string      // the other forms seen, sorted
	Descriptions []Description // roles and descriptions the text attaches
	Ages         []Age         // stated ages
	// Key is the registry id when a curated registry entry matched, else "".
	Key string
	// Kind is Subject, or Credit for a person named only in a byline or
	// credit line.
	Kind PersonKind
	Why  Why // why this name is a person
}

// PersonKind says what part a person plays in a source.
type PersonKind string

// The kinds of person.
const (
	Subject PersonKind = "subject" // acts in, or is discussed by, the source
	Credit  PersonKind = "credit"  // only in a byline, a credit or "Reporting by" line
)

// Mention is one occurrence of a person's name in the text.
type Mention struct {
	Span
	Person int    // index into Annotated.People
	Form   string // the text as written, without honorific or possessive: "Lund"
	Why    Why    // why this form is this person ("surname-of-full-name")
}

// Description is a role or description the text attaches to a person
// ("Okafor's spokesperson", "the rapper"), with where it was said.
type Description struct {
	Span
	Text string
	Why  Why
}

// Age is an age the text states for a person ("Ada Lund, 35").
type Age struct {
	Span
	Age int
	Why Why
}

// QuoteKind classifies a quoted span.
type QuoteKind string

// The kinds of quoted span.
const (
	Speech QuoteKind = "speech" // someone said, wrote or tweeted it
	Term   QuoteKind = "term"   // scare quotes around a word or short phrase
	Title  QuoteKind = "title"  // the title of a work
)

// Quote is one quoted span.
type Quote struct {
	Span            // the quoted words, without the quote marks
	Outer Span      // the span including the quote marks
	Kind  QuoteKind //
	// Speaker is an index into Annotated.People, or -1 when the text does not say.
	Speaker int
	// Attribution is the phrase that names the speaker ("said Okafor", "he replied"), or "".
	Attribution string
	// Parts holds the spans of the pieces when one quotation is split by an
	// attribution or runs over several paragraphs; nil for a single piece.
	Parts []Span
	// Why gives the rules that decided the kind and the speaker; its
	// confidence is the speaker's (high when there is none to doubt).
	Why Why

	// ID is the quote's dossier-wide id (its permalink) and Group the id
	// of its quote group, shared by the same quote across sources; both
	// are set by link ("" before linking).
	ID    string `json:",omitempty"`
	Group string `json:",omitempty"`
}

// Precision is how much of a date the text gives.
type Precision string

// The precisions of a normalized date, finest first.
const (
	Day    Precision = "day"
	Month  Precision = "month"
	Year   Precision = "year"
	Decade Precision = "decade"
)

// Date is one temporal expression, normalized against the publication date.
type Date struct {
	Span
	// Value is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (for a decade, its first year).
	Value     string
	Precision Precision
	// Time is a time of day the expression gives ("10:40", "morning"), or "".
	Time string
	// Relative is true when the value was computed from the anchor date
	// ("Tuesday", "last month") rather than read in full from the text.
	Relative bool
	Why      Why // the expression's form and how it was resolved
}

// Report is a dated statement in one source: something happened (or is planned) at a date.
type Report struct {
	Span           // the clause that states it
	Date    int    // index into Annotated.Dates
	Summary string // a short summary: the clause, not the whole paragraph
	People  []int  // indexes into Annotated.People
	Planned bool   // in the future at the time of the source
	Why     Why    // why this clause is a dated statement
	// Event is the id of the dossier event this report was merged into,
	// set by link; "" when it was merged into none (and before linking).
	Event string `json:",omitempty"`
}

// Citation is an outlet the text cites as its source of information.
type Citation struct {
	Span
	Outlet string // "the Herald"
	Why    Why    // the citing frame ("told-outlet", "according-to")
}
