package dates

import (
	"slices"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
)

// What the cross-source merging of reports into events (link's events)
// reads of this package's per-source work: date values as numbers, and
// the word lists that say which words of a summary tell happenings apart.

// Value is a date value (doc.Date.Value) read as numbers, at its
// precision: Month and Day are 0 when the precision does not reach them;
// for a decade Year is its first year.
type Value struct {
	Year, Month, Day int
	Precision        doc.Precision
}

func (v Value) val() val { return val{v.Year, v.Month, v.Day, v.Precision} }

func valueOf(v val) Value { return Value{v.y, v.m, v.d, v.p} }

// ParseValue parses a value as doc.Date.Value writes it at precision p
// ("2021-03-04", "2021-03", "2021"); ok is false for anything else. When
// ok, v.String() is s again.
func ParseValue(s string, p doc.Precision) (v Value, ok bool) {
	w, ok := parseVal(s, p)
	return valueOf(w), ok
}

// DayOf returns the day-precision value of t.
func DayOf(t time.Time) Value { return Value{t.Year(), int(t.Month()), t.Day(), doc.Day} }

// First returns the first day the value covers.
func (v Value) First() time.Time { return v.val().date() }

// String formats the value as doc.Date.Value does.
func (v Value) String() string { return v.val().String() }

// DayNumber counts the days from 1970-01-01 to the day of v (a proleptic
// Gregorian calendar), without calendar arithmetic.
func DayNumber(v Value) int { return dayNumber(v.val()) }

// PrecisionRank orders precisions, finest first: day 0, month 1, year 2,
// decade 3.
func PrecisionRank(p doc.Precision) int { return precRank(p) }

// NotContentWords returns the lower-case words that are never content
// words of a summary: stop words, parts of the day and date words. The
// map is shared: do not change it.
func NotContentWords() map[string]bool { return lex().notContent }

// GenericStem reports whether a stem (lexicon.Stem) is one of
// lexicon/generic.txt's content words that tell no happening apart
// ("back", "time").
func GenericStem(stem string) bool { return lex().generic[stem] }

// NumberWord returns the number a lower-case word spells ("two" → 2).
func NumberWord(w string) (n int, ok bool) {
	n, ok = lex().numbers[w]
	return n, ok
}

// WeekdayMismatch reports whether the text gave d a weekday its date does
// not fall on ("Tuesday, March 4" in a year March 4 is a Wednesday).
func WeekdayMismatch(d doc.Date) bool { return slices.Contains(d.Why.Rules, ruleWeekdayMismatch) }

// Contains reports whether the period of v contains the whole period of b.
func (v Value) Contains(b Value) bool { return v.val().contains(b.val()) }
