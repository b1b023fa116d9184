package people

import (
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// The rules written after probing with invented articles in shapes real
// news has (wire, broadsheet, council and business stories), one invented
// sentence each: the names, places and bodies are made up.

// TestProbeRules: role words of local government and of ordinary people
// are stripped as titles; a body written "X for Y" is not a person.
func TestProbeRules(t *testing.T) {
	for _, tc := range []struct {
		rule string
		text string
		want []string
	}{
		// title-before-name: British and local-government titles
		{"title-before-name", "Councillor Odile Varnham said the bins would be collected.", []string{"Odile Varnham"}},
		{"title-before-name", "Alderman Rupert Oberlin voted against the plan.", []string{"Rupert Oberlin"}},
		// role-words-before-name: role nouns before a given name
		{"role-words-before-name", "State Auditor Odile Varnham said the accounts were short.", []string{"Odile Varnham"}},
		{"role-before-name", "Resident Rupert Oberlin, 67, said the birds would go.", []string{"Rupert Oberlin"}},
		{"role-before-name", "Midfielder Rupert Oberlin set up the winner.", []string{"Rupert Oberlin"}},
		// of-after-name: "for" after an institution's head word
		{"of-after-name", "The Department for Coastal Works said in a statement that the road was safe.", nil},
		{"of-after-name", "The Institute for Quarnby Studies said the figures were wrong.", nil},
		{"of-after-name", "A statement for Odile Varnham said she would appeal.", []string{"Odile Varnham"}},
		{"of-after-name", "The Department for Transport said the line was open.", nil},
		// org-head-word: a house builder's name
		{"org-head-word", "Developer Quarnby Homes said construction would begin next year.", nil},
		{"org-head-word", "Orbisett Builders said the site was ready.", nil},
		{"org-head-word", "Ada Homes said construction would begin next year.", []string{"Ada Homes"}},
		// appositive-after-name: "member" is a role noun
		{"appositive-after-name", "Ada Varnham, a longtime board member, said the firm would survive.", []string{"Ada Varnham"}},
		{"appositive-after-name", "Dravik Orbisett, a council member, voted no.", []string{"Dravik Orbisett"}},
		// stop words: "A." opening a sentence is an initial, not the article
		{"stop", "A. J. Dravik said the firm would survive.", []string{"A. J. Dravik"}},
		{"stop", "Her cousin J. A. Dravik said the firm would survive.", []string{"J. A. Dravik"}},
		{"stop", "A. Dravik said so. A man agreed.", []string{"A. Dravik"}},
		// given-name: accents folded before the ASCII given-name lists
		{"given-name", "Relatives gathered, led by Mária Ybarrola Alvarenga.", []string{"Mária Ybarrola Alvarenga"}},
		{"given-name", "The march was joined by Søren Hvidtfeldt on Monday.", []string{"Søren Hvidtfeldt"}},
		{"given-name", "The march was joined by José Arrieta Quiroga.", []string{"José Arrieta Quiroga"}},
		{"given-name", "The march was joined by Ñandú Corvalán.", nil},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q: got %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestBareDiminutiveNotLinked: a person named by a given name alone in one
// source is not linked to another source's person whose given name is only
// a variant of it ("two sons, Piet and ..." is not "Pieter Dravik"); the
// same given name still links (rule given-name of the link pass).
func TestBareDiminutiveNotLinked(t *testing.T) {
	for _, tc := range []struct {
		other string
		same  bool
	}{
		{"She is survived by two sons, Pete, 40, and Wendel Orbisett.", false},
		{"She is survived by two sons, Pieter, 40, and Wendel Orbisett.", true},
	} {
		docs := []*doc.Annotated{
			{Source: &doc.Source{ID: "a", Text: "Campaigner Pieter Dravik said the ruling was fair. Dravik, 51, left.", FirstLine: 1}},
			{Source: &doc.Source{ID: "b", Text: tc.other, FirstLine: 1}},
		}
		for _, a := range docs {
			a.People, a.Mentions, a.Warnings = Find(a.Source, nil)
		}
		ids := LinkIDs(docs, nil).IDs
		var bare string
		for j, p := range docs[1].People {
			if p.Name == "Pete" || p.Name == "Pieter" {
				bare = ids[1][j]
			}
		}
		if bare == "" {
			t.Fatalf("%q: the bare given name was not found: %v", tc.other, names(docs[1].People))
		}
		if got := bare == ids[0][0]; got != tc.same {
			t.Errorf("%q: linked to %s = %v, want %v", tc.other, ids[0][0], got, tc.same)
		}
	}
}

// TestHonorificSex: a bare surname after an honorific of one sex goes to
// the full name of that sex, not to the more prominent spouse.
func TestHonorificSex(t *testing.T) {
	text := "Linda Dravik and her husband, Gareth Dravik, run the bakery. Linda Dravik said it was hard. " +
		"Mrs. Dravik handles the accounts. Mr. Dravik handles the ovens."
	a := &doc.Annotated{Source: &doc.Source{ID: "a", Text: text, FirstLine: 1}}
	var ms []doc.Mention
	a.People, ms, _ = Find(a.Source, nil)
	forms := map[string][]string{}
	for _, m := range ms {
		forms[a.People[m.Person].Name] = append(forms[a.People[m.Person].Name], m.Form)
	}
	if !reflect.DeepEqual(forms["Gareth Dravik"], []string{"Gareth Dravik", "Dravik"}) ||
		!reflect.DeepEqual(forms["Linda Dravik"], []string{"Linda Dravik", "Linda Dravik", "Dravik"}) {
		t.Errorf("%q: mentions %q", text, forms)
	}
}
