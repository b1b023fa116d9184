package lexicon

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestFiles checks the invariants of every vocabulary file: a header that
// says what it is, its source and its licence, and no entry twice.
func TestFiles(t *testing.T) {
	names, err := fs.Glob(files, "data/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no vocabulary files: %v", err)
	}
	for _, p := range names {
		f, err := parse(files, p)
		if err != nil {
			t.Fatal(err)
		}
		header := strings.Join(f.header, "\n")
		base := strings.TrimSuffix(strings.TrimPrefix(p, "data/"), ".txt")
		if len(f.header) == 0 || !strings.HasPrefix(f.header[0], base+":") {
			t.Errorf("%s: the header's first line must start %q and say what the file is", p, base+":")
		}
		for _, key := range []string{"source:", "licence:"} {
			if !strings.Contains(header, "\n"+key) {
				t.Errorf("%s: the header has no %q line", p, key)
			}
		}
		if len(f.dups) > 0 {
			t.Errorf("%s: entries listed twice: %q", p, f.dups)
		}
		if len(f.entries) == 0 {
			t.Errorf("%s: no entries", p)
		}
	}
}

func TestLoadAndGender(t *testing.T) {
	fsys := fstest.MapFS{
		"data/given_female.txt": {Data: []byte("# given_female: test.\n# source: invented.\n# licence: CC0-1.0.\nAda\nRobin\n")},
		"data/given_male.txt":   {Data: []byte("# given_male: test.\n# source: invented.\n# licence: CC0-1.0.\nBen\nrobin\n")},
		"data/titles.txt":       {Data: []byte("# titles: test.\n# source: invented.\n# licence: CC0-1.0.\nprime   minister\nDr\n")},
	}
	l, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word string
		want Gender
	}{{"Ada", Female}, {"BEN", Male}, {"Robin", Unknown}, {"Zed", Unknown}} {
		if got := l.Gender(c.word); got != c.want {
			t.Errorf("Gender(%q) = %d; want %d", c.word, got, c.want)
		}
	}
	titles := l.Set("titles")
	if !titles.Has("Prime Minister") || !titles.Has("dr") || titles.Has("minister") {
		t.Errorf("titles: Has gives the wrong answer for multiword or case: %q", titles.Entries())
	}
	if titles.MaxWords() != 2 {
		t.Errorf("titles.MaxWords() = %d; want 2", titles.MaxWords())
	}
	defer func() {
		if recover() == nil {
			t.Error("Set of a missing vocabulary did not panic")
		}
	}()
	l.Set("nonesuch")
}

func TestDefaultVocabularies(t *testing.T) {
	l := Default()
	for _, c := range []struct{ set, word string }{
		{"abbreviations", "sept"}, {"abbreviations", "Dr"}, {"titles", "senator"},
		{"reporting_verbs", "told"}, {"roles", "spokeswoman"}, {"kin", "niece"}, {"given", "Ada"},
	} {
		if !l.Set(c.set).Has(c.word) {
			t.Errorf("%s does not have %q", c.set, c.word)
		}
	}
	if l.Gender("mrs") != Female || l.Gender("Mr") != Male {
		t.Errorf("honorific genders: mrs %d, mr %d", l.Gender("mrs"), l.Gender("Mr"))
	}
}

func TestStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"hearings", "hearing"}, {"signed", "sign"}, {"stopped", "stop"}, {"voters", "voter"}, {"reporters", "report"},
		{"passes", "passe"}, {"homes", "hom"}, {"says", "say"}, {"gas", "gas"}, {"running", "run"},
	} {
		if got := Stem(c.in); got != c.want {
			t.Errorf("Stem(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}
