package people

import (
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// TestMakerAppositive (rule org-appositive): a noun that names a firm as
// well as a person ("maker", "retailer") in an appositive makes a bare
// word a firm, and no one's surname; beside a given name or a surname
// already read it is no cue either way. Invented sentences.
func TestMakerAppositive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{`Quarnex, the appliance maker, is recalling kettles. "Safety first," Quarnex said in a statement. Its founder's granddaughter, Ingrid Quarnex, runs it now.`,
			[]string{"Ingrid Quarnex"}},
		{"Quarnex, a discount retailer, said sales fell. Quarnex closed ten stores.", nil},
		{"Odile Varnham, a cabinet maker, said the wood was wet. Varnham said it twice.", []string{"Odile Varnham"}},
		{"Odile Varnham runs a shop. Varnham, a cabinet maker, said the wood was wet.", []string{"Odile Varnham"}},
		{"Varnham, a retired surveyor, said the dunes had moved.", []string{"Varnham"}},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPartyDistrictLabel (rule party-district-label): "R-Carrow" after a
// name is a party and seat, not a person. Invented sentences.
func TestPartyDistrictLabel(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Sen. Odile Varnham, R-Quarnby, said the bill would pass.", []string{"Odile Varnham"}},
		{"State Rep. Rupert Oberlin, D-Lake Quarn, opposed it, and so did Odile Varnham.", []string{"Rupert Oberlin", "Odile Varnham"}},
		{"Rep. Rupert Oberlin (I-Quarnby) abstained.", []string{"Rupert Oberlin"}},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestOwnOutletNotAPerson (rule known-non-person): the source's own outlet,
// named in its text, is no person; an outlet that opens with a given name
// (a person's own newsletter) is left to the other rules.
func TestOwnOutletNotAPerson(t *testing.T) {
	for _, tc := range []struct {
		outlet, text string
		want         []string
	}{
		{"Harbour Notes", `"He never missed a note," Rupert Oberlin told Harbour Notes.`, []string{"Rupert Oberlin"}},
		{"Odile Varnham", `"I write it every week," Odile Varnham said.`, []string{"Odile Varnham"}},
	} {
		ps, _, _ := Find(&doc.Source{ID: "t", Text: tc.text, FirstLine: 1, Outlet: tc.outlet}, nil)
		if got := names(ps); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q (outlet %q): got %q, want %q", tc.text, tc.outlet, got, tc.want)
		}
	}
}

// TestPluralRoleBeforeName (rule role-before-name): a plural role noun
// before a single name is no cue for a person ("the boat's owners, X");
// before a list of names it is.
func TestPluralRoleBeforeName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The widow is suing the boat's owners, Quarnby Trawling, for damages.", nil},
		{"Her sons, Rupert and Anselm, said she was fine.", []string{"Rupert", "Anselm"}},
		{"His mother, Odile, said he was fine.", []string{"Odile"}},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSentenceInitialPersonNoun (rule role-before-name): a person noun
// opening the sentence before a given name and a surname is the role.
func TestSentenceInitialPersonNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Saxophonist Odile Varnham, who toured with the trio, called him a teacher.", []string{"Odile Varnham"}},
		{"Harpsichordist Rupert Oberlin said the hall was cold.", []string{"Rupert Oberlin"}},
		{"Odile Varnham said the hall was cold.", []string{"Odile Varnham"}},
	} {
		if got := names(find(tc.text)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
