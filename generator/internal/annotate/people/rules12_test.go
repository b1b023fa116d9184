package people

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// The rules of issue 12, one invented sentence (or short text) each: the
// names, places and outlets are made up.

// TestTitlesAndLabels: titles, job titles, party labels and title
// abbreviations before a name are not part of it.
func TestTitlesAndLabels(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Councilwoman Ada Reyes said the vote was close.", []string{"Ada Reyes"}},
		{"The finance department was cut. Finance Director Ada Reyes said the director would stay.", []string{"Ada Reyes"}},
		{"Democrat Ada Reyes said she would run.", []string{"Ada Reyes"}},
		{"The fire spread. Fire Chief Nora Quist said the chief had asked for help.", []string{"Nora Quist"}},
		{"Commissioners Nora Quist and Lyle Brandt voted in favour.", []string{"Nora Quist", "Lyle Brandt"}},
		{"Acme CEO Dana Morrow said the deal was done.", []string{"Dana Morrow"}},
		{"Detective Inspector Ruth Ahlgren said the unit acted. DI Ahlgren's team made the arrest.", []string{"Ruth Ahlgren"}},
		{"Mara J. Olsen told the court she was innocent.", []string{"Mara J. Olsen"}},
		{"Ald. Ada Reyes (33rd) said the ward would vote no.", []string{"Ada Reyes"}},
		{"U.S. Rep. Ada Reyes (D-Ill.) said the bill was dead.", []string{"Ada Reyes"}},
		{"Mayor Pro Tempore Ada Reyes said the council would meet.", []string{"Ada Reyes"}},
		{"Deputy Chief Constable Ada Reyes said officers were ready.", []string{"Ada Reyes"}},
		{"The harbour reopened. Harbourmaster Ines Calloway said crews were ready.", []string{"Ines Calloway"}},
		{"Judge Helena Marsh sentenced him. Grace J. Hall, 40, wept.", []string{"Helena Marsh", "Grace J. Hall"}},
		{"He is survived by his sons, Robert and Paul.", []string{"Robert", "Paul"}},
		{"Ben Okafor Sr. and Ben Okafor Jr. both spoke.", []string{"Ben Okafor Sr", "Ben Okafor Jr"}},
		// No known given name after the title: a family name first, or a
		// given name the lexicons lack.
		{"Councilwoman Sohn Ji-woo said the budget was short. Councilwoman Sohn voted no.", []string{"Sohn Ji-woo"}},
		{"Finance Director Tadeusz K. Wrobel said the fund was empty.", []string{"Tadeusz K. Wrobel"}},
		{"Deputy Chief Constable Aoife Dunleavy said officers were ready.", []string{"Aoife Dunleavy"}},
		{"Councilwoman Sohn Ji-woo spoke. \"You wrote that, Councilwoman,\" he said.", []string{"Sohn Ji-woo"}},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNonPersons: places, organisations, outlets and events shaped like
// names are not people, by their own cues or by those pooled over the text.
func TestNonPersons(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Boats left Port Halden at dawn.", nil},
		{"Corbin Shipping said profits fell.", nil},
		{"The utility Harrow Power & Light said it was not at fault. Harrow Power & Light declined to comment.", nil},
		{"Residents of Glen Morrow fled. Crews in Glen Morrow held the line.", nil},
		{"Tilda Marsh, a short-selling firm, published a report. Tilda Marsh said the numbers were false.", nil},
		{"The payments start-up Finch Ledger said it would appeal. Finch Ledger AG was founded in 2019.", nil},
		{"He told Metro Sports the team would win.", nil},
		{"She spoke to the Beacon. The Beacon said it would publish.", nil},
		{"Brokers at Kettle Holdings warned of losses. Ada Lund, an analyst, agreed.", []string{"Ada Lund"}},
		{"The Wexford Ridge Fire burned for days. Crews held Wexford Ridge overnight.", nil},
		{"A source told NewsWire the deal was off.", nil},
		{"She told Metro 7 News the road was closed.", nil},
		{"The chairman told Radio Wrenfield the club would spend.", nil},
		{"The minister told MPs the deficit would halve.", nil},
		{"The tour is sponsored by Marla Beverages.", nil},
		{"Residents of Ellis Heights packed the hall.", nil},
		{"LISBON, May 3 (Coast Wire) — Ada Lund, 50, said the port was shut.", []string{"Ada Lund"}},
		{"Prayers were said at St. Oswin's on Sunday.", nil},
		{"Ships sheltered behind the Western Mole.", nil},
		{"Advertisers flocked to the network's spring Upfront.", nil},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNameShapes: initials, particles, hyphens, quoted nicknames and
// surnames of several words stay one name.
func TestNameShapes(t *testing.T) {
	for _, tc := range []struct {
		text    string
		want    []string
		aliases map[string][]string
	}{
		{"Spokeswoman Nour al-Rahim said the line was safe. Later al-Rahim added more.",
			[]string{"Nour al-Rahim"}, map[string][]string{"Nour al-Rahim": {"al-Rahim"}}},
		{"Her lawyer, Anton von Brell, objected. Von Brell said the arrest was theatre.",
			[]string{"Anton von Brell"}, map[string][]string{"Anton von Brell": {"Von Brell"}}},
		{`Volunteer Thomas R. "Skip" Hale III, 61, was on the line. "We had no warning," said Skip.`,
			[]string{"Thomas R. Hale III"}, map[string][]string{"Thomas R. Hale III": {"Skip"}}},
		{"Joan Walker Pruitt, 44, spoke first. Walker Pruitt said she would stay.",
			[]string{"Joan Walker Pruitt"}, map[string][]string{"Joan Walker Pruitt": {"Walker Pruitt"}}},
		{"Ada Varga, 40, was charged. Varga's brother, Ola, testified. Ola said little.",
			[]string{"Ada Varga", "Ola Varga"}, map[string][]string{"Ola Varga": {"Ola"}}},
		{"Ada Varga, 40, was charged. Varga's friend, Ola, testified.",
			[]string{"Ada Varga", "Ola"}, nil},
		{"Professor Tran Thi Mai, a scientist, said the wind turned. Tran said more.",
			[]string{"Tran Thi Mai"}, map[string][]string{"Tran Thi Mai": {"Tran"}}},
	} {
		ps := find(tc.text)
		if got := names(ps); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			continue
		}
		for _, p := range ps {
			if want, ok := tc.aliases[p.Name]; ok && !reflect.DeepEqual(p.Aliases, want) {
				t.Errorf("%q: %s aliases %q, want %q", tc.text, p.Name, p.Aliases, want)
			}
		}
	}
}

// TestFictional: characters and mascots are recognised from context.
func TestFictional(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Wally the Walrus, the team's mascot, waved. Fans cheered Wally.", nil},
		{"Fans loved Pip, its cartoon mascot.", nil},
		{"The actor Ivo Sand, 50, is playing Captain Nemo.", []string{"Ivo Sand"}},
		{"The diver Ivo Sand, 50, is a real-life Captain Nemo.", []string{"Ivo Sand"}},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCreditsAndLabels: bylines and credits make credit people; transcript
// labels and signature handles are forms of the person.
func TestCreditsAndLabels(t *testing.T) {
	text := "Harbour board votes for inquiry\n\nBy Kira Solvang | The Harbour Gazette | May 3, 2023\n\n" +
		"Harbour master Ole Brandvik said the board acted late.\n\n" +
		"STORM DAMAGE: The pier on Tuesday. Picture: Ines Kaur/Coast Agency\n\n" +
		"— Ole Brandvik (@OleBrandvik) May 3, 2023\n"
	ps, ms, _ := Find(&doc.Source{ID: "t", Text: text, FirstLine: 1}, nil)
	kinds := map[string]doc.PersonKind{}
	for _, p := range ps {
		kinds[p.Name] = p.Kind
	}
	want := map[string]doc.PersonKind{"Kira Solvang": doc.Credit, "Ole Brandvik": doc.Subject, "Ines Kaur": doc.Credit}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}
	var forms []string
	for _, m := range ms {
		forms = append(forms, m.Form)
	}
	if !slices.Contains(forms, "@OleBrandvik") {
		t.Errorf("forms %q: no signature handle", forms)
	}

	// After a comma or "and" in a byline stands a role, a desk or an
	// outlet, unless a given name opens it (a second author).
	ps, _, _ = Find(&doc.Source{ID: "t", Text: "Storm study\n\nBy Kira Solvang, Health and Science Desk, The Harbour Gazette | May 3, 2023\n\nThe storm came early.\n", FirstLine: 1}, nil)
	if len(ps) != 1 || ps[0].Name != "Kira Solvang" {
		t.Errorf("byline with a desk: people %v; want only Kira Solvang", ps)
	}
	ps, _, _ = Find(&doc.Source{ID: "t", Text: "Storm study\n\nBy Kira Solvang and Ole Brandvik\n\nThe storm came early.\n", FirstLine: 1}, nil)
	if len(ps) != 2 {
		t.Errorf("byline with two authors: people %v; want two", ps)
	}

	tr := "Evening Report\n\nRadio North | Evening Report | Transcript\n\n" +
		"LIV ANDERSEN, HOST: Good evening. My guest is the harbour master.\n\n" +
		"OLE BRANDVIK, HARBOUR MASTER: Thank you, Liv.\n\nANDERSEN: What happened?\n\nBRANDVIK: The storm came early.\n"
	ps, ms, _ = Find(&doc.Source{ID: "t", Text: tr, FirstLine: 1}, nil)
	got := map[string]int{}
	for _, m := range ms {
		got[ps[m.Person].Name+"/"+m.Form]++
	}
	for _, w := range []string{"LIV ANDERSEN/LIV ANDERSEN", "LIV ANDERSEN/ANDERSEN", "OLE BRANDVIK/BRANDVIK"} {
		if got[w] == 0 {
			t.Errorf("transcript: no mention %s in %v", w, got)
		}
	}
}

// TestProvenance: every person and mention says which rules decided it.
func TestProvenance(t *testing.T) {
	ps, ms, _ := Find(&doc.Source{ID: "t", Text: "Councilwoman Ada Reyes, 52, spoke. Reyes said the vote was close.", FirstLine: 1}, nil)
	if len(ps) != 1 {
		t.Fatalf("people %v", names(ps))
	}
	if w := ps[0].Why; w.Confidence != doc.High || !slices.Contains(w.Rules, "title-before-name") || !slices.Contains(w.Rules, "age-after-name") {
		t.Errorf("person why %+v", w)
	}
	var rules []string
	for _, m := range ms {
		rules = append(rules, strings.Join(m.Why.Rules, "+"))
	}
	if !reflect.DeepEqual(rules, []string{"full-name", "surname-of-full-name"}) {
		t.Errorf("mention rules %q", rules)
	}
}

// TestLinkVariants: diminutives, nicknames and family-name-first forms link
// across sources with evidence; two people sharing a surname stay two.
func TestLinkVariants(t *testing.T) {
	src := func(id, text string) *doc.Annotated {
		s := &doc.Source{ID: id, Text: text, FirstLine: 1}
		ps, ms, _ := Find(s, nil)
		return &doc.Annotated{Source: s, People: ps, Mentions: ms}
	}
	docs := []*doc.Annotated{
		src("a", "Commissioner Theodora Vance, 61, signed the order. Her niece, Ilka Vance, 30, watched."),
		src("b", "Dora Vance, the commissioner, said she signed it at once."),
		src("c", "Michael Dorsey, 40, a pilot, flew the plane. Co-founder Tran Van Binh, 35, left."),
		src("d", "Mick Dorsey said he flew it. Binh Tran said he would testify."),
		src("e", "Ilka Vance said her aunt was right."),
	}
	entries := LinkIDs(docs, nil).Entries()
	by := map[string][]string{}
	for _, e := range entries {
		var srcs []string
		for _, m := range e.Mentions {
			if !slices.Contains(srcs, m.Source) {
				srcs = append(srcs, m.Source)
			}
		}
		by[e.Name] = srcs
	}
	want := map[string][]string{
		"Theodora Vance": {"a", "b"},
		"Ilka Vance":     {"a", "e"},
		"Michael Dorsey": {"c", "d"},
		"Tran Van Binh":  {"c", "d"},
	}
	if !reflect.DeepEqual(by, want) {
		t.Errorf("got %v, want %v", by, want)
	}
}

// TestLinkVariantWarning: a diminutive that fits two people links to
// neither and warns.
func TestLinkVariantWarning(t *testing.T) {
	src := func(id, text string) *doc.Annotated {
		s := &doc.Source{ID: id, Text: text, FirstLine: 1}
		ps, ms, _ := Find(s, nil)
		return &doc.Annotated{Source: s, People: ps, Mentions: ms}
	}
	docs := []*doc.Annotated{
		src("a", "Christopher Brecht, 50, a pilot, flew the plane."),
		src("b", "Christina Brecht, 48, a surgeon, operated."),
		src("c", "Chris Brecht, 30, a driver, said nothing."),
	}
	l := LinkIDs(docs, nil)
	ids, warnings := l.IDs, l.Warnings
	if ids[2][0] == ids[0][0] || ids[2][0] == ids[1][0] {
		t.Errorf("ambiguous diminutive linked: %v", ids)
	}
	found := false
	for _, w := range warnings {
		found = found || strings.Contains(w, `"chris brecht" may be a form of`)
	}
	if !found {
		t.Errorf("no warning: %q", warnings)
	}
}
