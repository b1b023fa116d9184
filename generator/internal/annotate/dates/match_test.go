package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

// allForms is match as it was before it tried only the forms a word can
// start: every form in order, for a word that can start any. It is the
// reference TestMatchForms and FuzzMatchForms hold match to.
func (s *scanner) allForms(i int) int {
	t := s.toks[i]
	if t.kind == tWord {
		if b := s.low(i); b == nil || s.lex.forms(b) == 0 {
			return i
		}
		if n := s.try(i, formRelativeWord, s.matchRelative); n > i {
			return n
		}
		if n := s.try(i, formWeekdayName, s.matchWeekday); n > i {
			return n
		}
		if n := s.try(i, formMonthFirst, s.matchMonthFirst); n > i {
			return n
		}
		if n := s.try(i, formTimeOfDay, s.matchTime); n > i {
			return n
		}
		if n := s.try(i, formSeasonName, s.matchSeason); n > i {
			return n
		}
		return s.try(i, formYearNumber, s.matchYear)
	}
	if n := s.try(i, formDayFirst, s.matchDayFirst); n > i {
		return n
	}
	if n := s.try(i, formISODate, s.matchISO); n > i {
		return n
	}
	if n := s.try(i, formNumericDate, s.matchSlashes); n > i {
		return n
	}
	if n := s.try(i, formTimeOfDay, s.matchTime); n > i {
		return n
	}
	return s.try(i, formYearNumber, s.matchYear)
}

// scanWith runs a scan of text as scanner.run does, matching with match.
func scanWith(text, published string, match func(*scanner, int) int) ([]found, []string) {
	s := newScanner(&doc.Source{Text: text, FirstLine: 1}, nil, published)
	defer s.release()
	for i := 0; i < len(s.toks); {
		if s.toks[i].url {
			i++
			continue
		}
		if n := match(s, i); n > i {
			i = n
			continue
		}
		i++
	}
	s.attachTimes()
	return slices.Clone(s.out), s.warnings
}

// sameScan reports a difference between scanning text with match and with
// allForms, with and without an anchor.
func sameScan(t *testing.T, text string) {
	t.Helper()
	for _, published := range []string{"", "2016-12-13"} {
		f1, w1 := scanWith(text, published, (*scanner).match)
		f2, w2 := scanWith(text, published, (*scanner).allForms)
		if !reflect.DeepEqual(f1, f2) || !slices.Equal(w1, w2) {
			t.Fatalf("published %q, text %q:\nmatch    %+v %q\nallForms %+v %q", published, text, f1, w1, f2, w2)
		}
	}
}

func TestMatchForms(t *testing.T) {
	texts := slices.Clone(tokenizeCases)
	paths, _ := filepath.Glob("testdata/*.txt")
	seeds, _ := filepath.Glob("../../../../sources/*.txt")
	for _, p := range append(paths, seeds...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, f := range synth.Corpus(synth.Options{N: 200, Seed: 3}) {
		src, _, err := load.Bytes(f.Data, f.Name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, src.Text)
	}
	for _, text := range texts {
		sameScan(t, text)
	}
}

// FuzzMatchForms holds match to allForms on any text.
//
//	go test ./generator/internal/annotate/dates -run '^$' -fuzz FuzzMatchForms -fuzztime 30s
func FuzzMatchForms(f *testing.F) {
	for _, s := range []string{
		"Tuesday", "on Tuesday (Dec. 13, 2016) at 10:40 am", "last week, next month, in the 1990s, 2020",
		"the same day; the day before; two weeks ago; a year ago", "early June, mid-2000s, late '90s, the ’90s",
		"this summer, last spring, summer 2015, at noon, by midnight", "May may May. June 1st, 2nd, 3rd",
		"12/13/2016 2016-12-13 9am 9 a.m. 10:40", "Super Tuesday, Mail on Sunday, Sunday Times, USA Today",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sameScan(t, text)
	})
}
