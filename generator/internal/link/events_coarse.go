package link

import (
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	shared "github.com/dossier/dossier/generator/internal/lexicon"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
)

// ctxReach is how far the context of a report reaches on each side of its
// clause, in bytes, within its paragraph.
const ctxReach = 240

// context returns the content-word stems around report r: its clause and
// the text up to ctxReach bytes either side within the paragraph, names and
// the temporal expression left out. A clause often leaves out what it is
// about ("Ada said at a concert back in November 2016" after the quote
// he said): the sentences around it tell. Computed on first use.
func (m *merger) context(r *mrep) []int32 {
	if r.ctxDone {
		return r.ctxIDs
	}
	r.ctxDone = true
	a := m.docs[r.docIdx]
	text := a.Source.Text
	st, en := r.rep.Start, r.rep.End
	if st < 0 || en > len(text) || st > en {
		return nil
	}
	lo, hi := max(st-ctxReach, 0), min(en+ctxReach, len(text))
	if i := strings.LastIndex(text[lo:st], "\n\n"); i >= 0 {
		lo += i + 2
	} else if lo > 0 {
		if i := strings.IndexAny(text[lo:st], " \n"); i >= 0 {
			lo += i + 1 // not from the middle of a word
		} else {
			lo = st
		}
	}
	if i := strings.Index(text[en:hi], "\n\n"); i >= 0 {
		hi = en + i
	} else if hi < len(text) {
		if i := strings.LastIndexAny(text[en:hi], " \n"); i >= 0 {
			hi = en + i
		} else {
			hi = en
		}
	}
	// The words of the pieces between the names are those of the text
	// unnamed makes of them, without making it.
	stems := r.ctxIDs[:0]
	unnamedPieces(a, doc.Span{Start: lo, End: hi}, r.date.Span, func(piece string) { stems = m.stemIDsOf(piece, stems) })
	r.ctxIDs = stems
	people := append([]int32(nil), r.peopleIDs...)
	var ids []string
	if r.docIdx < len(m.ids) {
		ids = m.ids[r.docIdx]
	}
	ms := a.Mentions
	first := sort.Search(len(ms), func(i int) bool { return ms[i].End > lo })
	if len(r.people) == 0 && first > 0 {
		first-- // "She will run": the last person named before it
	}
	for i := first; i < len(ms) && ms[i].Start < hi; i++ {
		if p := ms[i].Person; p >= 0 && p < len(ids) && ids[p] != "" {
			if id := m.intern(ids[p]); !slices.Contains(people, id) {
				people = append(people, id)
			}
		}
	}
	r.ctxPeopleIDs = people
	return r.ctxIDs
}

// salientShared reports whether two reports of different sources have a
// telling word in common: a stem of one's clause found in the other's
// clause or context, not counting the words of dates' lexicon/generic.txt ("back",
// "time"). It tells reports of one happening at different precisions ("last
// month at a concert", "during his rant on November 17") from different
// happenings of one person in the same month. The contexts are computed
// only when the clauses share nothing.
func (m *merger) salientShared(r, o *mrep) bool {
	some := func(stems, in []int32) bool {
		for _, s := range stems {
			if slices.Contains(in, s) && !m.generic[s] {
				return true
			}
		}
		return false
	}
	return some(r.stemIDs, o.stemIDs) || some(r.stemIDs, m.context(o)) || some(o.stemIDs, m.context(r))
}

// coarseFits reports whether reports r and o, of different sources, with
// compatible dates (the same period, or one containing the other) and not
// both to the day, tell one happening: both planned or both not, a person
// in common, and a telling word in common.
//
// A clause that names no one it shares ("asked about her run in 2022,
// the party leader said") may share a person through the people named
// around it (or, for a clause that names no one, the last person named
// before it), but then the telling word must be in both clauses.
func (m *merger) coarseFits(r, o *mrep, shared int) bool {
	if r.src == o.src || r.planned != o.planned || r.mv.rank == dayRank && o.mv.rank == dayRank {
		return false
	}
	// A year and a day: one person and one telling word say too little
	// to tie a happening of the year to the day ("the driest summer of
	// 2019" is not the well that ran dry on the 9th).
	if rankGap(r.mv, o.mv) >= 2 {
		return false
	}
	if shared >= 1 {
		return m.salientShared(r, o)
	}
	if !m.clauseShared(r, o) {
		return false
	}
	m.context(r)
	m.context(o)
	for _, p := range r.ctxPeopleIDs {
		if slices.Contains(o.ctxPeopleIDs, p) {
			return true
		}
	}
	return false
}

// clauseShared reports whether the clauses of two reports have a telling
// word in common.
func (m *merger) clauseShared(r, o *mrep) bool {
	for _, s := range r.stemIDs {
		if slices.Contains(o.stemIDs, s) && !m.generic[s] {
			return true
		}
	}
	return false
}

// stemIDsOf appends to out the interned distinct content-word stems of
// text, as shingles finds them, without their surface forms. A stem seen
// before needs no string of its own.
func (m *merger) stemIDsOf(text string, out []int32) []int32 {
	ws := wordScanner{notContent: dates.NotContentWords(), text: text}
	for w, ok := ws.next(); ok; w, ok = ws.next() {
		st := w[:shared.StemLen(w)]
		id, seen := m.strs[string(st)]
		if !seen {
			id = m.intern(string(st))
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// weekOf returns the Monday of the week a relative week expression ("last
// week", "this week", "next week", "two weeks ago") names, counted from the
// publication date; ok is false for any other expression. Such a date has
// the precision of its month (or year), but a day outside the week is not
// the happening it dates: "hospitalized until last week" is not the
// meeting of this Tuesday.
func weekOf(expr, published string) (mon time.Time, ok bool) {
	anchor, err := time.Parse("2006-01-02", published)
	if err != nil || !strings.Contains(strings.ToLower(expr), "week") {
		return time.Time{}, false
	}
	words := strings.Fields(strings.ToLower(expr))
	off, found := 0, false
	for i, w := range words {
		switch w {
		case "last", "past", "previous":
			off, found = -1, true
		case "this", "current":
			off, found = 0, true
		case "next", "coming":
			off, found = 1, true
		case "ago":
			if i >= 2 {
				n, isNum := dates.NumberWord(words[i-2])
				if words[i-2] == "a" || words[i-2] == "one" {
					n, isNum = 1, true
				}
				if !isNum {
					if k, err := strconv.Atoi(words[i-2]); err == nil {
						n, isNum = k, true
					}
				}
				if isNum && strings.HasPrefix(words[i-1], "week") {
					off, found = -n, true
				}
			}
		}
	}
	if !found || strings.Contains(strings.ToLower(expr), "weekend") {
		return time.Time{}, false
	}
	t := anchor.AddDate(0, 0, 7*off)
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)), true
}

// outsideWeek reports whether one report is dated by a week and the other
// to a day outside that week.
func outsideWeek(r, o *mrep) bool { return outOfWeek(r, o.v) || outOfWeek(o, r.v) }

// outOfWeek reports whether report w is dated by a week and d is a day
// outside that week.
func outOfWeek(w *mrep, d dates.Value) bool {
	if !w.inWeek || d.Precision != doc.Day {
		return false
	}
	t := d.First()
	return t.Before(w.week) || !t.Before(w.week.AddDate(0, 0, 7))
}
