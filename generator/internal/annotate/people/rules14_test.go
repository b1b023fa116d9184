package people

import (
	"reflect"
	"slices"
	"testing"
)

// The rules written after the blind set was measured (classes of error
// seen on text the rules were not written against), one invented sentence
// each: the names, places and bodies are made up.

// TestGeneralisationRules: labels, storms, affiliations, portfolios and
// indefinite pronouns are not people; a possessive after a preposition and
// a family name written first still are.
func TestGeneralisationRules(t *testing.T) {
	for _, tc := range []struct {
		rule string
		text string
		want []string
	}{
		// parenthetical-label
		{"parenthetical-label", "Odile Varnham MP (Con) said the bill would fail. Rupert Oberlin MP (Dem), who chairs the panel, disagreed.",
			[]string{"Odile Varnham", "Rupert Oberlin"}},
		{"parenthetical-label", "Senator Odile Varnham (Dem.) said the vote was close.", []string{"Odile Varnham"}},
		// named-storm
		{"named-storm", "Hurricane Odile flattened the pier. Odile weakened overnight.", nil},
		{"named-storm", "Storm Ilsabet closed the ferries, the coastguard said.", nil},
		{"named-storm", "Tropical Storm Wanda reached the coast on Monday.", nil},
		{"named-storm", "Storm Lindqvist, 24, said the film had wrapped.", []string{"Storm Lindqvist"}},
		{"named-storm", "Storm Lindqvist said the film had wrapped. Storm Lindqvist starred in it.", []string{"Storm Lindqvist"}},
		{"role-before-name", "The county's largest employer, Quarnex Mills, said it would hire.", nil},
		{"role-before-name", "The tablet's successor, Quarnex Slate, goes on sale in May.", nil},
		// of-after-name
		{"of-after-name", "Prof. Odile Varnham of the University of Quarnby, who led the work, said it held.", []string{"Odile Varnham"}},
		{"of-after-name", "A spokesman for the Ministry of Coastal Works said the road would reopen.", nil},
		{"of-after-name", "Rupert Oberlin of Quarnby said he would stay.", []string{"Rupert Oberlin"}},
		{"of-after-name", "Fans of Odile Varnham queued all night.", []string{"Odile Varnham"}},
		// portfolio-title
		{"portfolio-title", "Deputy Minister for Coastal Affairs Odile Varnham said the plan stood.", []string{"Odile Varnham"}},
		{"portfolio-title", "Minister for Rural Affairs Thaddeo Varnham told the chamber the plan stood.", []string{"Thaddeo Varnham"}},
		{"portfolio-title", "Mayor of Quarnby Rupert Oberlin said the bridge would reopen.", []string{"Rupert Oberlin"}},
		// org-possession
		{"org-possession", "Quarnex unveiled a tablet. Its price is high, Quarnex said. Quarnex's shares rose 4 percent.", nil},
		{"org-possession", "Rupert Oberlin's shares in the firm were sold, his lawyer said.", []string{"Rupert Oberlin"}},
		{"org-possession", "Odile's father, Rupert Oberlin, said she was fine.", []string{"Odile", "Rupert Oberlin"}},
		// fictional-character: a machine's role in an appositive
		{"fictional-character", "Users met Wilhelmina, the firm's new voice assistant, on Monday. Wilhelmina replied: \"Booked.\"", nil},
		{"fictional-character", "Odile Varnham, the mayor's assistant, said the office was shut.", []string{"Odile Varnham"}},
		// role-before-name / appositive-after-name with a person noun (WordNet)
		{"role-before-name", "His successor, Thaddeo Varnham, said he would keep the orchestra.", []string{"Thaddeo Varnham"}},
		{"appositive-after-name", "The court will hear Nwankwor Verrin, Quarnex's former estimator, on Monday.", []string{"Nwankwor Verrin"}},
		{"appositive-after-name", "Qiao Renshu, a retired surveyor from the coast, said the dunes had moved.", []string{"Qiao Renshu"}},
		{"role-before-name", `The choir started an appeal, "Candles Lit," last week.`, nil},
		// reporting-verb: not when a proxy speaks for the run
		{"reporting-verb", "A spokeswoman for Quarnex Haulage said the trucks were safe.", nil},
		{"reporting-verb", "A lawyer for Odile Varnham said she would appeal.", []string{"Odile Varnham"}},
		// place-preposition: "from" after a verb of motion
		{"place-preposition", "Varnham, who joined from Gloria Vista in May, said he was happy.", []string{"Varnham"}},
		{"place-preposition", "A letter from Odile Varnham arrived on Monday.", []string{"Odile Varnham"}},
		// org-head-word: a plural of a made thing last (artifact_heads.txt)
		{"org-head-word", "The launch followed a cut by rival Odile Varnham Instruments. Odile Varnham is a street, not a founder.", nil},
		{"org-head-word", "Quarnby Engines said sales rose.", nil},
		{"org-head-word", "Rupert Oberlin said the plan was sound.", []string{"Rupert Oberlin"}},
		{"org-head-word", "Senator Rupert Alban Engines said the plan was sound.", []string{"Rupert Alban Engines"}},
		{"portfolio-title", "A lawyer for Rupert Alban Oberlin said he would appeal.", []string{"Rupert Alban Oberlin"}},
		{"of-after-name", "None of Oberlin's claims held, said Odile Varnham.", []string{"Odile Varnham"}},
		// stop words: indefinite pronouns
		{"stop", `"Nobody knew," he said. Everyone agreed, said Odile Varnham.`, []string{"Odile Varnham"}},
		// place-preposition: not before a possessive
		{"place-preposition", "The match turned on Nwankwor Verrin's header. Verrin, who scored twice, was modest.", []string{"Nwankwor Verrin"}},
		// evidence-elsewhere: a family name written first
		{"evidence-elsewhere", "Qiao Renshu's first film opens today. Qiao, 41, spoke from her flat.", []string{"Qiao Renshu"}},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q: got %q, want %q", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestFamilyNameFirstNeedsPersonCue: the first word of a run pools a cue
// to it only when the cue is one no organisation has ("Verrin said" is no
// cue for "Verrin Haulage").
func TestFamilyNameFirstNeedsPersonCue(t *testing.T) {
	text := "Verrin Haulage's shares fell. Verrin said in a statement that it would appeal."
	if got := names(find(text)); slices.Contains(got, "Verrin Haulage") {
		t.Errorf("%q: got %q, want no Verrin Haulage", text, got)
	}
}

// TestGeneralisationProvenance: the new rules are named in the provenance.
func TestGeneralisationProvenance(t *testing.T) {
	for _, tc := range []struct{ text, name, rule string }{
		{"Deputy Minister for Coastal Affairs Odile Varnham said the plan stood.", "Odile Varnham", "portfolio-title"},
	} {
		var found bool
		for _, p := range find(tc.text) {
			if p.Name == tc.name {
				found = true
				if !slices.Contains(p.Why.Rules, tc.rule) {
					t.Errorf("%q: %s's why is %v, want %s in it", tc.text, tc.name, p.Why.Rules, tc.rule)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.name)
		}
	}
}
