package people

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

func find(text string) []doc.Person {
	ps, _, _ := Find(&doc.Source{ID: "t", Text: text, FirstLine: 1}, nil)
	return ps
}

func names(ps []doc.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestDetectionRules(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Police said John F Kennedy Jr arrived late.", []string{"John F Kennedy Jr"}},
		{"The court heard from Alice Marie Johnson on Monday.", []string{"Alice Marie Johnson"}},
		{"Judge Ana de la Cruz spoke first.", []string{"Ana de la Cruz"}},
		{"The chef Marie-Claire Dubois opened a bistro.", []string{"Marie-Claire Dubois"}},
		{"Lawyer Patrick O'Donnell objected.", []string{"Patrick O'Donnell"}},
		{"Reporters met President Obama.", []string{"Obama"}},
		{"We met press secretary Sarah Huckabee Sanders.", []string{"Sarah Huckabee Sanders"}},
		{"She visited Trump Tower and the White House.", nil},
		{"Dr. Priya Raman, a researcher at Stanford University who first reported it, spoke.", []string{"Priya Raman"}},
		{"Grace Hall said she would stay.", []string{"Grace Hall"}},
		{"Instead, they went to Central Park in New York.", nil},
		{"The deal was led by Goldman Sachs and Softbank.", nil},
		{"It aired on the Netflix show Orange is the New Black.", nil},
		{"The meme compared him to Darth Vader.", nil},
		{"CREDIT: Drew Angerer/Getty Images", []string{"Drew Angerer"}},
		{"— CSPAN (@cspan) December 13, 2016", nil},
		{"He posed with Bill Cosby, Rihanna, Chris Brown and Kid Rock.", []string{"Bill Cosby", "Rihanna", "Chris Brown", "Kid Rock"}},
		{"Kanye West arrived. Kanye did not speak. Mr. West left.", []string{"Kanye West"}},
		{"Happy mood: Trump laughed as he posed.", []string{"Trump"}},
		{"By Staff Reporter\n\nThe storm hit.", nil},
		{"Kanye West spoke. In August West took to Twitter.", []string{"Kanye West"}},
		{"It was the Saint Pablo tour.", nil},
		{"German Chancellor Olaf Scholz met reporters.", []string{"Olaf Scholz"}},
		{"The death of his mother, Donda, hurt him.", []string{"Donda"}},
	} {
		got := names(find(tc.text))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestAliases(t *testing.T) {
	ps := find("Donald Trump met Kanye West. Ivanka Trump watched. Trump said hello. Later Ivanka left, and West smiled. JFK Jr was on the wall next to John F Kennedy Jr.")
	got := map[string][]string{}
	for _, p := range ps {
		got[p.Name] = p.Aliases
	}
	want := map[string][]string{
		"Donald Trump":      {"Trump"},
		"Kanye West":        {"West"},
		"Ivanka Trump":      {"Ivanka"},
		"John F Kennedy Jr": {"JFK Jr"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestPossessiveForms(t *testing.T) {
	_, ms, _ := Find(&doc.Source{Text: "Kris Jenner‘s boyfriend Corey Gamble and Trump’s aide came.", FirstLine: 1}, nil)
	var forms []string
	for _, m := range ms {
		forms = append(forms, m.Form)
	}
	if strings.Join(forms, "|") != "Kris Jenner|Corey Gamble|Trump" {
		t.Errorf("forms %q", forms)
	}
}

func TestTitleDescriptions(t *testing.T) {
	ps := find("President-elect Donald Trump met Vice President Mike Pence. Mr. Jack Lowe and Dr. Ann Ruiz waited; Mayor Elena Cruz spoke.")
	desc := map[string][]string{}
	for _, p := range ps {
		for _, d := range p.Descriptions {
			desc[p.Name] = append(desc[p.Name], d.Text)
		}
	}
	want := map[string][]string{"Donald Trump": {"President-elect"}, "Mike Pence": {"Vice President"}, "Elena Cruz": {"Mayor"}}
	if !reflect.DeepEqual(desc, want) {
		t.Errorf("descriptions from titles = %v; want %v (honorifics are not descriptions)", desc, want)
	}
}

func TestDescriptionsAndAges(t *testing.T) {
	ps := find("Gary Cohn, the Goldman Sachs chief operating officer who will advise him, arrived. " +
		"Trump's spokesperson Hope Hicks confirmed it. Corey Gamble, 35, was there. Trump, 70, told reporters. " +
		"In a video the rapper, 39, is seen smiling. Rapper Kanye West left. He met 30-year-old Chris Young.")
	desc := map[string][]string{}
	ages := map[string][]int{}
	for _, p := range ps {
		for _, d := range p.Descriptions {
			desc[p.Name] = append(desc[p.Name], d.Text)
		}
		for _, a := range p.Ages {
			ages[p.Name] = append(ages[p.Name], a.Age)
		}
	}
	if !reflect.DeepEqual(desc["Gary Cohn"], []string{"the Goldman Sachs chief operating officer"}) ||
		!reflect.DeepEqual(desc["Hope Hicks"], []string{"Trump's spokesperson"}) {
		t.Errorf("descriptions %v", desc)
	}
	want := map[string][]int{"Corey Gamble": {35}, "Trump": {70}, "Kanye West": {39}, "Chris Young": {30}}
	if !reflect.DeepEqual(ages, want) {
		t.Errorf("ages %v, want %v", ages, want)
	}
}

func TestLink(t *testing.T) {
	mk := func(id, text string) *doc.Annotated {
		src := &doc.Source{ID: id, Text: text, FirstLine: 1}
		a := &doc.Annotated{Source: src}
		a.People, a.Mentions, a.Warnings = Find(src, nil)
		return a
	}
	docs := []*doc.Annotated{
		mk("a", "Donald Trump met Ivanka Trump and Kanye West."),
		mk("b", "Rapper Kanye West said hello. West smiled."),
		mk("c", "Reporters asked Trump, 70, about it."),
		mk("d", "Singer Rihanna, 28, arrived."),
		mk("e", "Rihanna said nothing."),
	}
	ids, entries, warnings := linkAll(docs, nil)
	if ids[0][2] != "kanye-west" || ids[1][0] != "kanye-west" {
		t.Errorf("ids %v", ids)
	}
	if ids[2][0] == "donald-trump" || ids[2][0] == "ivanka-trump" {
		t.Errorf("ambiguous bare Trump merged: %v", ids[2])
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "could be donald-trump or ivanka-trump") {
		t.Errorf("warnings %v", warnings)
	}
	if len(docs[4].People) == 1 && ids[3][0] != ids[4][0] {
		t.Errorf("Rihanna split: %v %v", ids[3], ids[4])
	}
	for i := 1; i < len(entries); i++ {
		if entries[i-1].ID >= entries[i].ID {
			t.Errorf("entries not sorted by unique id: %s %s", entries[i-1].ID, entries[i].ID)
		}
	}
	// A registry settles the bare surname.
	reg := &Registry{People: []Entry{{ID: "donald-trump", Name: "Donald Trump", Aliases: []string{"Trump"}, Description: "businessman"}}}
	ids, entries, warnings = linkAll(docs, reg)
	if ids[2][0] != "donald-trump" || len(warnings) != 0 {
		t.Errorf("with registry: ids %v warnings %v", ids, warnings)
	}
	for _, e := range entries {
		if e.ID == "donald-trump" && e.Summary != "businessman" {
			t.Errorf("summary %q", e.Summary)
		}
	}
}

func TestLoadRegistry(t *testing.T) {
	dir := t.TempDir()
	r, err := LoadRegistry(filepath.Join(dir, "missing.yaml"))
	if err != nil || len(r.People) != 0 {
		t.Fatalf("missing file: %v %v", r, err)
	}
	good := filepath.Join(dir, "people.yaml")
	os.WriteFile(good, []byte("people:\n  - id: kanye-west\n    name: Kanye West\n    aliases: [Ye]\n    links: [https://example.org]\nexclude:\n  - Trump Tower\n"), 0o644)
	r, err = LoadRegistry(good)
	if err != nil || len(r.People) != 1 || r.People[0].Aliases[0] != "Ye" || r.Exclude[0] != "Trump Tower" {
		t.Fatalf("good file: %+v %v", r, err)
	}
	ps, _, _ := Find(&doc.Source{Text: "Ye arrived at Trump Tower with Kanye West.", FirstLine: 1}, r)
	if len(ps) != 1 || ps[0].Key != "kanye-west" {
		t.Errorf("registry alias not merged: %+v", ps)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("people:\n  - id: x\n    name: [unclosed\n"), 0o644)
	if _, err := LoadRegistry(bad); err == nil || !strings.Contains(err.Error(), "bad.yaml:") {
		t.Errorf("malformed file: %v", err)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Kanye West": "kanye-west", "Beyoncé": "beyonce", "Patrick O'Donnell": "patrick-odonnell", "Jay-Z": "jay-z", "John F. Kennedy Jr.": "john-f-kennedy-jr"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// linkAll links docs and returns the ids, the entries and the warnings.
func linkAll(docs []*doc.Annotated, reg *Registry) ([][]string, []doc.PersonEntry, []string) {
	l := LinkIDs(docs, reg)
	return l.IDs, l.Entries(), l.Warnings
}
