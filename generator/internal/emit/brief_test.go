package emit

import "testing"

// The brief of a person page: the description most sources give, the
// earliest and latest published sources naming them (not the dossier's
// order), and their quotes reported by the most sources, each group once.
func TestPersonBrief(t *testing.T) {
	g := graphOf(t, nil,
		"---\ntitle: Middle\npublished: 2021-03-05\n---\nMayor Ada Lund opened the bridge.\n\n“We will build it,” Lund said.\n",
		"---\ntitle: Earliest\npublished: 2021-03-01\n---\nThe mayor, Ada Lund, spoke on Monday.\n\n“We will build it,” Lund said.\n",
		"---\ntitle: Latest\npublished: 2021-03-09\n---\nMayor Ada Lund left the session early.\n\n“Nothing is decided,” Lund said.\n",
	)
	ix := newIndex(g)
	p, ok := ix.person["ada-lund"]
	if !ok {
		t.Fatalf("no ada-lund in %+v", g.Dossier.People)
	}
	front, _ := personPage(g, ix, p)
	b := front.Person.Brief
	if b.First == nil || b.First.Date != "2021-03-01" || b.First.Label != "Mar 1, 2021" || b.First.Line == 0 {
		t.Errorf("first mention = %+v; want the source of 2021-03-01, with its line", b.First)
	}
	if b.Last == nil || b.Last.Date != "2021-03-09" {
		t.Errorf("last mention = %+v; want the source of 2021-03-09", b.Last)
	}
	if len(b.Travelled) != 1 || b.Travelled[0].Others != 1 {
		t.Errorf("travelled = %+v; want the one quote two sources report, once", b.Travelled)
	}
	if len(front.Person.Descriptions) > 0 && (b.Description != front.Person.Descriptions[0].Text || b.DescribedBy < 1) {
		t.Errorf("description %q by %d; want the first of %+v", b.Description, b.DescribedBy, front.Person.Descriptions)
	}

	// One dated source: a first mention and no last.
	g = graphOf(t, nil, "---\ntitle: Only\npublished: 2021-03-05\n---\nMayor Ada Lund opened the bridge.\n")
	ix = newIndex(g)
	front, _ = personPage(g, ix, ix.person["ada-lund"])
	if b := front.Person.Brief; b.First == nil || b.Last != nil || b.Travelled == nil {
		t.Errorf("one source: brief = %+v; want a first mention, no last, an empty list of quotes", b)
	}
}
