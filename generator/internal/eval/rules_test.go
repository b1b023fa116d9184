package eval

import (
	"strings"
	"testing"
)

func TestNormName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ada Vosk", "ada vosk"},
		{"Mr. Ada Vosk", "ada vosk"},
		{"Dr Bram Okonkwo-Pell", "bram okonkwo-pell"},
		{"Renée Dufrêne", "renee dufrene"},
		{"Noor O’Vance", "noor o'vance"},
		{"Mayor Teodor Quill Jr.", "teodor quill"},
		{"İpek Sarı", "ipek sar"},
		{"Mrs.Wren", "wren"},
		{"MRS smith-mrs", "smith-"},
		{"  Ada\tVosk  ", "ada vosk"},
		{"", ""},
	} {
		if got := normName(tc.in); got != tc.want {
			t.Errorf("normName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokens(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"We’ll see, Ada.", "we'll see ada"},
		{"A-1 plan; 2,000 boats", "a 1 plan 2 000 boats"},
		{"İris", "i ris"}, // Python lowers U+0130 to i + U+0307
		{"", ""},
	} {
		if got := strings.Join(tokens(tc.in), " "); got != tc.want {
			t.Errorf("tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNameMatch(t *testing.T) {
	for _, tc := range []struct {
		name     string
		sys      string
		aliases  []string
		gold     string
		forms    []string
		want     bool
		describe string
	}{
		{"equal", "Ada Vosk", nil, "Ada Vosk", nil, true, "same name"},
		{"title dropped", "Dr. Ada Vosk", nil, "Ada Vosk", nil, true, "titles are dropped"},
		{"accents", "Renee Dufrene", nil, "Renée Dufrêne", nil, true, "accents stripped"},
		{"first and last", "Ada M. Vosk", nil, "Ada Vosk", nil, true, "first and last tokens agree"},
		{"surname only", "Vosk", nil, "Ada Vosk", []string{"Vosk"}, false, "a one-word form is not a match here"},
		{"multi-word form", "Addy Vosk", nil, "Ada Vosk", []string{"Addy Vosk", "Vosk"}, true, "a gold form of two words"},
		{"multi-word alias", "Vosk", []string{"Ada Vosk"}, "Ada Vosk", nil, true, "a system alias of two words"},
		{"one-word alias", "Ada", []string{"Vosk"}, "Ada Vosk", []string{"Ada", "Vosk"}, false, "one-word aliases do not count"},
		{"different person", "Eli Vosk", nil, "Ada Vosk", nil, false, "another first name"},
		{"suffix clash", "Teodor Quill Sr.", nil, "Teodor Quill Jr.", nil, false, "Sr. is not Jr."},
		{"suffix jnr", "Teodor Quill Jnr", nil, "Teodor Quill Jr", nil, false, "jn and jr differ in their first two letters"},
		{"one suffix", "Teodor Quill", nil, "Teodor Quill Jr.", nil, true, "jr is dropped by normalization"},
		{"roman", "Teodor Quill II", nil, "Teodor Quill III", nil, false, "no suffix clash (ii, ii), but the last tokens differ"},
		{"roman same", "Teodor Quill II", nil, "Teodor Quill II", nil, true, "same suffix"},
		{"roman clash", "Teodor Quill IV", nil, "Teodor Quill II", nil, false, "iv and ii differ"},
		{"curly", "Noor O’Vance", nil, "Noor O'Vance", nil, true, "curly apostrophes are straight"},
	} {
		if got := nameMatch(tc.sys, tc.aliases, tc.gold, tc.forms); got != tc.want {
			t.Errorf("%s: nameMatch(%q, %q, %q, %q) = %v, want %v (%s)", tc.name, tc.sys, tc.aliases, tc.gold, tc.forms, got, tc.want, tc.describe)
		}
	}
}

func TestOverlap(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"the boats will sail at noon", "the boats will sail at noon", 1},
		{"the boats will sail", "the boats sail", 0.75},
		{"a b c d e f g h", "a b c d e f", 0.75},
		// Jaccard 3/9 < 0.5, containment 3/3: 0.99.
		{"boats sail north", "boats sail north and then the fleet came home", 0.99},
		// Containment 2/2 but the smaller set has two tokens: 0.
		{"boats sail", "boats sail north and then the fleet came home", 0},
		// Containment 4/5 = 0.8 on five tokens: 0.792.
		{"one two three four five", "one two three four six seven eight nine ten", 0.99 * 0.8},
		{"", "anything", 0},
		{"Ada’s boat", "ada's BOAT", 1},
	} {
		if got := overlap(tc.a, tc.b); got != tc.want {
			t.Errorf("overlap(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestDateHit(t *testing.T) {
	for _, tc := range []struct {
		sys, gold string
		want      bool
	}{
		{"2031-04-05", "2031-04-05", true},
		{"2031-04-05", "2031-04", true},
		{"2031-04-05", "2031", true},
		{"2031-04", "2031-04-05", false},
		{"2031-05-05", "2031-04", false},
		{"", "2031", false},
	} {
		if got := dateHit(tc.sys, tc.gold); got != tc.want {
			t.Errorf("dateHit(%q, %q) = %v, want %v", tc.sys, tc.gold, got, tc.want)
		}
	}
}

func TestParseFloors(t *testing.T) {
	in := "# floors only rise\n\npeople_f1 >= 0.74\npeople_split <= 3\n"
	fl, err := ParseFloors(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(fl) != 2 || fl[0].Metric != "people_f1" || fl[0].Value != 0.74 || fl[0].AtMost || !fl[1].AtMost || fl[1].Line != 4 {
		t.Fatalf("ParseFloors = %+v", fl)
	}
	for _, bad := range []string{"people_f1 0.7", "people_f1 >= high", ">= 0.5"} {
		if _, err := ParseFloors(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseFloors(%q): no error", bad)
		}
	}
}

func TestImperfectFigures(t *testing.T) {
	g, c := invented()
	res := Score(imperfect(), g, c)
	want := map[string]string{
		"people_gold":     "7",
		"sources_matched": "2/2",
		"published_acc":   "1.000",
		"people_split":    "3", // Ada Vosk twice (a1, a2), Teodor Quill Jr. once
	}
	for name, w := range want {
		m, ok := res.Lookup(name)
		if !ok {
			t.Fatalf("no %s", name)
		}
		if got := valueText(m); got != w {
			t.Errorf("%s = %s, want %s", name, got, w)
		}
	}
}

func TestExclude(t *testing.T) {
	g, c := invented()
	Exclude(g, c, []string{"a2.txt"})
	if len(g.Files) != 1 || g.By["a2.txt"] != nil {
		t.Fatalf("gold files %v", g.Files)
	}
	if len(c.QuoteGroups[0]) != 1 || len(c.EventGroups[0].Reports) != 1 || len(c.People[0].Sources) != 1 {
		t.Fatalf("cross gold keeps a2.txt: %+v", c)
	}
	res := Score(fromGold(g, c), g, c)
	if m, _ := res.Lookup("people_f1"); m.Value != 1 {
		t.Errorf("people_f1 = %v after exclusion", m.Value)
	}
}

func TestCheck(t *testing.T) {
	g, c := invented()
	res := Score(imperfect(), g, c)
	floors, err := ParseFloors(strings.NewReader("published_acc >= 1\npeople_f1 >= 0.99\npeople_split <= 0\n"))
	if err != nil {
		t.Fatal(err)
	}
	broken, err := res.Check(floors)
	if err != nil {
		t.Fatal(err)
	}
	if len(broken) != 2 || !strings.HasPrefix(broken[0], "people_f1 ") || !strings.HasPrefix(broken[1], "people_split 3 > ") {
		t.Errorf("Check = %q", broken)
	}
	if _, err := res.Check([]Floor{{Metric: "no_such", Line: 1}}); err == nil {
		t.Error("Check of an unknown metric: no error")
	}
}
