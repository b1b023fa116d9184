package link

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier/dossier/generator/internal/annotate/dates"
)

// TestLowerKeepsLetters checks what wordScanner relies on to lower-case
// words one at a time: lower-casing never turns a letter into a non-letter
// or back, so the words of a lower-cased text are the lower-cased words of
// the text.
func TestLowerKeepsLetters(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLetter(r) != unicode.IsLetter(unicode.ToLower(r)) {
			t.Errorf("%U is a letter: %v; lower-cased %U: %v", r, unicode.IsLetter(r), unicode.ToLower(r), unicode.IsLetter(unicode.ToLower(r)))
		}
	}
}

// refShingles is shingles as first written: the text lower-cased whole,
// split at non-letters, one map lookup per word list.
func refShingles(summary string) (stems, surface []string) {
	notContent := dates.NotContentWords()
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(summary), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 2 || notContent[w] {
			continue
		}
		st := refStem(w)
		if seen[st] {
			continue
		}
		seen[st] = true
		stems, surface = append(stems, st), append(surface, w)
	}
	return stems, surface
}

// refStem is stem as first written, on strings.
func refStem(w string) string {
	undouble := func(w string) string {
		n := len(w)
		if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
			return w[:n-1]
		}
		return w
	}
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:len(w)-3])
	case len(w) > 7 && strings.HasSuffix(w, "ers"):
		return w[:len(w)-3]
	case len(w) > 6 && strings.HasSuffix(w, "er"):
		return w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:len(w)-2])
	case len(w) > 4 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// TestShinglesAsFirstWritten compares shingles and the merger's context
// stems with the straightforward versions they replace, line by line on
// the evaluation corpus and on text with non-ASCII letters, marks and
// invalid UTF-8.
func TestShinglesAsFirstWritten(t *testing.T) {
	texts := []string{
		"", "a", "Meeting MEETINGS met, visited tours stopped running",
		"Café “Résumé” naïve ÉCOLE straße İstanbul ΣΊΣΥΦΟΣ déjà-vu",
		"x\xffy \xc3 Ⅻ Ⓐbc ǅemal ﬁnance ‘quoted’ — dash… ellipsis",
		"The rally in March, last Tuesday morning, next weeks ago tonight",
	}
	files, _ := filepath.Glob(filepath.Join("..", "annotate", "dates", "testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	m := &merger{strs: map[string]int32{}}
	for _, text := range texts {
		wantStems, wantSurface := refShingles(text)
		stems, surface := shingles(text)
		if !slices.Equal(stems, wantStems) || !slices.Equal(surface, wantSurface) {
			t.Errorf("shingles(%q) = %q, %q; want %q, %q", text, stems, surface, wantStems, wantSurface)
		}
		var ids []int32
		for _, st := range wantStems {
			ids = append(ids, m.intern(st))
		}
		if got := m.stemIDsOf(text, nil); !slices.Equal(got, ids) {
			t.Errorf("stemIDsOf(%q) = %v, want %v", text, got, ids)
		}
	}
}
