package emit

import (
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// Every paragraph's first line of the original leads back to its
// paragraph; a cited line inside a paragraph leads back to where that
// paragraph starts and is marked cited (a tab stop), once however often
// it is cited.
func TestBackLinks(t *testing.T) {
	src := &doc.Source{
		Text:      "First paragraph,\nits second line.\n\n- an item\n\nLast one\nwith a cited line.\n",
		FirstLine: 3,
	}
	got := backLinks(blocks(src, false), []int{4, 8, 4, 6})
	want := []backLink{
		{Line: 3, Para: 3},
		{Line: 4, Para: 3, Cited: true}, // inside the first paragraph, cited twice
		{Line: 6, Para: 6, Cited: true}, // a list item is a paragraph
		{Line: 8, Para: 8, Cited: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("backLinks =\n%+v\nwant\n%+v", got, want)
	}
	if got := backLinks(blocks(src, false), []int{1}); len(got) != 3 {
		t.Errorf("a cited line before the first paragraph: got %+v, want the three paragraph starts only", got)
	}
}

// What a source adds: its quotes no other source reports, and the events
// only it reports, each once; dates without an event are not on the
// timeline and are left out.
func TestAddsOf(t *testing.T) {
	said := []quoteRow{{ID: "q1", Others: 0}, {ID: "q2", Others: 2}, {ID: "q3", Others: 0}}
	events := []sourceEvent{{Event: "e-alone", Line: 3}, {Event: "e-shared", Line: 4}, {Event: "", Line: 5}, {Event: "e-alone", Line: 9}}
	got := addsOf(said, events, map[string]int{"e-alone": 1, "e-shared": 3})
	if len(got.Quotes) != 2 || got.Quotes[0].ID != "q1" || got.Quotes[1].ID != "q3" {
		t.Errorf("quotes = %+v, want q1 and q3", got.Quotes)
	}
	if len(got.Events) != 1 || got.Events[0].Event != "e-alone" || got.Events[0].Line != 3 {
		t.Errorf("events = %+v, want e-alone once, at its first line", got.Events)
	}
	if none := addsOf(nil, nil, nil); none.Quotes == nil || none.Events == nil {
		t.Errorf("addsOf with nothing = %+v; want empty lists (the front matter has [] not null)", none)
	}
}
