package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// devset is the shared development set beside the repository, or "" when
// it is not there.
func devset() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "shared", "devset"))
	if err != nil {
		return ""
	}
	if _, err := os.Stat(filepath.Join(dir, "gold")); err != nil {
		return ""
	}
	return dir
}

// fromGold is the dossier a perfect system would build: every gold subject
// as one person under its canonical name, every gold quote with its kind,
// speaker and cross group, every gold event date, and one event for each
// gold event group.
func fromGold(g *GoldSet, c *Cross) *Dossier {
	d := &Dossier{}
	ids := map[string]string{}
	person := func(name string) string {
		if id, ok := ids[name]; ok {
			return id
		}
		id := fmt.Sprintf("p%d", len(ids))
		ids[name] = id
		d.People = append(d.People, Person{ID: id, Name: name})
		return id
	}
	index := map[string]int{}
	src := func(file string) *string { s := "src-" + file; return &s }
	group := map[goldKey]string{}
	if c != nil {
		for i, grp := range c.QuoteGroups {
			for _, m := range grp {
				if _, ok := group[goldKey{m.Source, m.Text}]; !ok {
					group[goldKey{m.Source, m.Text}] = fmt.Sprintf("g%d", i)
				}
			}
		}
	}
	for _, f := range g.Files {
		a := g.By[f]
		d.Sources = append(d.Sources, Source{ID: *src(f), File: "sources/" + f, Published: a.Published})
		for _, gp := range a.People {
			if !gp.Kind.is("subject", "subject") {
				continue
			}
			id := person(gp.Name)
			if _, ok := index[id]; !ok {
				index[id] = len(index)
			}
			for i := range d.People {
				if d.People[i].ID == id {
					d.People[i].Mentions = append(d.People[i].Mentions, Mention{Source: src(f)})
				}
			}
		}
		for _, q := range a.Quotes {
			sq := Quote{Source: src(f), Text: q.Text, Kind: Str(q.Kind)}
			if q.Speaker != nil {
				id := person(*q.Speaker)
				sq.Speaker = &id
			}
			if gid, ok := group[goldKey{f, q.Text}]; ok {
				sq.Group = &gid
			}
			d.Quotes = append(d.Quotes, sq)
		}
		for _, e := range a.Events {
			d.Events = append(d.Events, Event{Date: e.Date, Reports: []Report{{Source: src(f), Date: e.Date}}})
		}
	}
	if c != nil {
		for _, grp := range c.EventGroups {
			e := Event{Date: grp.Date}
			for _, r := range grp.Reports {
				e.Reports = append(e.Reports, Report{Source: src(r.Source), Date: r.Date})
			}
			d.Events = append(d.Events, e)
		}
	}
	return d
}

// invented is a small gold of two invented articles, with the cases the
// rules treat specially: credits, a fictional character, suffixes, accents,
// curly apostrophes, null speakers, terms and titles, dates at three
// precisions, a quote group and an event group.
func invented() (*GoldSet, *Cross) {
	sp := func(s string) *string { return &s }
	g := &GoldSet{}
	g.Add(&Gold{Source: "a1.txt", Published: "2031-04-05",
		People: []GoldPerson{
			{Name: "Ada Vosk", Forms: []string{"Ada Vosk", "Vosk"}},
			{Name: "Teodor Quill Jr.", Forms: []string{"Teodor Quill Jr.", "Quill"}, Kind: Str("subject")},
			{Name: "Teodor Quill Sr.", Forms: []string{"Teodor Quill Sr."}, Kind: Str("subject")},
			{Name: "Renée Dufrêne", Forms: []string{"Renée Dufrêne", "Dufrêne"}, Kind: Str("subject")},
			{Name: "Wes Harrow", Forms: []string{"Wes Harrow"}, Kind: Str("credit")},
			{Name: "Pip the Otter", Forms: []string{"Pip"}, Kind: Str("fictional")},
		},
		Quotes: []GoldQuote{
			{Text: "We will open the lock gates at noon and not a minute later,", Speaker: sp("Ada Vosk"), Kind: "speech"},
			{Text: "The river doesn’t wait for anyone.", Speaker: sp("Teodor Quill Jr."), Kind: "speech"},
			{Text: "high water", Kind: "term"},
			{Text: "Tides of Ash", Kind: "title"},
			{Text: "Stay off the towpath tonight.", Kind: "speech"},
			{Text: "My father built the first of those gates in the spring,", Speaker: sp("Teodor Quill Jr."), Kind: "speech"},
		},
		Events: []GoldEvent{{Date: "2031-04-04"}, {Date: "2031-04"}, {Date: "2029"}, {Date: "2031-04-04"}},
	})
	g.Add(&Gold{Source: "a2.txt", Published: "",
		People: []GoldPerson{
			{Name: "Ada Vosk", Forms: []string{"Vosk", "Addy Vosk"}},
			{Name: "Renée Dufrêne", Forms: []string{"Renee Dufrene"}},
			{Name: "Marit Selby", Forms: []string{"Marit Selby", "Selby"}},
		},
		Quotes: []GoldQuote{
			{Text: "we will open the lock gates at noon,", Speaker: sp("Ada Vosk"), Kind: "speech"},
			{Text: "not a minute later", Speaker: sp("Ada Vosk"), Kind: "speech"},
			{Text: "The gates are a scandal and everyone on the quay knows it.", Speaker: sp("Marit Selby"), Kind: "speech"},
		},
		Events: []GoldEvent{{Date: "2031-04-04"}, {Date: "2031-05-01"}},
	})
	c := &Cross{
		QuoteGroups: [][]CrossQuote{{
			{Source: "a1.txt", Text: "We will open the lock gates at noon and not a minute later,"},
			{Source: "a2.txt", Text: "we will open the lock gates at noon,"},
			{Source: "a2.txt", Text: "not a minute later"},
		}},
		EventGroups: []CrossEvent{{Date: "2031-04-04", Reports: []CrossReport{
			{Source: "a1.txt", Date: "2031-04-04"}, {Source: "a2.txt", Date: "2031-04-04"}}}},
		People: []CrossPerson{
			{Name: "Ada Vosk", Sources: []string{"a1.txt", "a2.txt"}},
			{Name: "Renée Dufrêne", Sources: []string{"a1.txt", "a2.txt"}},
			{Name: "Marit Selby", Sources: []string{"a2.txt"}},
		},
	}
	return g, c
}

// imperfect is a hand-made system output on the invented gold that gets
// many things wrong on purpose.
func imperfect() *Dossier {
	sp := func(s string) *string { return &s }
	return &Dossier{
		Sources: []Source{
			{ID: "s1", File: "sources/a1.txt", Published: "2031-04-05T00:00"},
			{ID: "s2", File: "x/a2.txt", Published: "2031-04-06"},
			{ID: "s3", File: "sources/unknown.txt", Published: "2031-01-01"},
		},
		People: []Person{
			{ID: "ada", Name: "Ada Vosk", Mentions: []Mention{{Source: sp("s1")}}},
			{ID: "vosk", Name: "Vosk", Mentions: []Mention{{Source: sp("s1")}, {Source: sp("s2")}}},
			{ID: "tq-sr", Name: "Teodor Quill Sr.", Mentions: []Mention{{Source: sp("s1")}}},
			{ID: "quill", Name: "Quill", Aliases: []string{"Teodor Quill Jr."}, Mentions: []Mention{{Source: sp("s1")}}},
			{ID: "wes", Name: "Wes Harrow", Mentions: []Mention{{Source: sp("s1")}}},
			{ID: "pip", Name: "Pip", Mentions: []Mention{{Source: sp("s1")}}},
			{ID: "renee", Name: "Renee Dufrene", Mentions: []Mention{{Source: sp("s2")}, {Source: sp("nowhere")}}},
			{ID: "selby", Name: "Marit Selby", Mentions: []Mention{{Source: nil}}},
			{ID: "ada", Name: "Ada Vosk", Mentions: []Mention{{Source: sp("s1")}, {Source: sp("s2")}}},
			{ID: "quay", Name: "Quay Street", Mentions: []Mention{{Source: sp("s2")}}},
		},
		Quotes: []Quote{
			{Source: sp("s1"), Text: "We will open the lock gates at noon", Speaker: sp("ada"), Kind: Str("speech"), Group: sp("g1")},
			{Source: sp("s1"), Text: "The river doesn't wait for anyone.", Speaker: sp("tq-sr"), Group: sp("")},
			{Source: sp("s1"), Text: "high water", Kind: Str("speech")},
			{Source: sp("s1"), Text: "Tides of Ash", Kind: Str("title"), Group: sp("")},
			{Source: sp("s1"), Text: "Stay off the towpath tonight.", Speaker: sp("ada"), Kind: OptString{Set: true, Null: true}},
			{Source: sp("s1"), Text: "My father built the first of those gates", Speaker: sp("quill"), Kind: Str("speech"), Group: sp("g2")},
			{Source: sp("s2"), Text: "we will open the lock gates at noon,", Speaker: sp("vosk"), Kind: Str("speech"), Group: sp("g1")},
			{Source: sp("s2"), Text: "not a minute later", Speaker: sp("nobody"), Kind: Str("speech"), Group: sp("g2")},
			{Source: sp("s2"), Text: "The gates are a scandal", Speaker: nil, Kind: Str("speech"), Group: sp("g2")},
			{Source: sp("s9"), Text: "The gates are a scandal and everyone on the quay knows it.", Kind: Str("speech")},
		},
		Events: []Event{
			{Date: "2031-04-04", Reports: []Report{{Source: sp("s1")}, {Source: sp("s2"), Date: "2031-04-03"}}},
			{Date: "2031-04", Reports: []Report{{Source: sp("s1"), Date: "2031-04-20"}, {Source: sp("s2"), Date: "2031-05-01"}}},
			{Date: "2030", Reports: []Report{{Source: sp("s1")}}},
			{Date: "", Reports: []Report{{Source: sp("s1")}, {Source: nil, Date: "2029"}}},
			{Date: "2031-04-04", Reports: []Report{{Source: sp("s2")}, {Source: sp("s3")}}},
		},
	}
}

// perturb returns a copy of d with random mistakes: mentions dropped,
// names cut to a surname, speakers wrong, quote texts cut, kinds changed,
// groups changed, report dates moved, publication dates changed.
func perturb(d *Dossier, seed uint64) *Dossier {
	r := rand.New(rand.NewPCG(seed, seed*7+1))
	b, _ := json.Marshal(d)
	var out Dossier
	_ = json.Unmarshal(b, &out)
	chance := func(p float64) bool { return r.Float64() < p }
	for i := range out.Sources {
		if chance(0.2) {
			out.Sources[i].Published = "2001-01-01"
		}
	}
	for i := range out.People {
		p := &out.People[i]
		if chance(0.15) {
			if f := strings.Fields(p.Name); len(f) > 1 {
				p.Name = f[len(f)-1]
			}
		}
		if chance(0.1) {
			p.Aliases = append(p.Aliases, "Someone Else", p.Name)
		}
		var kept []Mention
		for _, m := range p.Mentions {
			if !chance(0.15) {
				kept = append(kept, m)
			}
		}
		p.Mentions = kept
	}
	if len(out.People) > 2 && chance(0.8) {
		extra := out.People[r.IntN(len(out.People))]
		extra.ID = "split-" + extra.ID
		out.People = append(out.People, extra)
	}
	for i := range out.Quotes {
		q := &out.Quotes[i]
		switch {
		case chance(0.1):
			f := strings.Fields(q.Text)
			q.Text = strings.Join(f[:len(f)/2], " ")
		case chance(0.1):
			q.Text += " and then some more words were added here"
		}
		switch {
		case chance(0.1):
			q.Kind = OptString{}
		case chance(0.05):
			q.Kind = OptString{Set: true, Null: true}
		case chance(0.1):
			q.Kind = Str("term")
		case chance(0.1):
			q.Kind = Str("speech")
		}
		if chance(0.15) && len(out.People) > 0 {
			id := out.People[r.IntN(len(out.People))].ID
			q.Speaker = &id
		} else if chance(0.05) {
			q.Speaker = nil
		}
		switch {
		case chance(0.15):
			q.Group = nil
		case chance(0.1):
			g := fmt.Sprintf("g%d", r.IntN(4))
			q.Group = &g
		case chance(0.05):
			g := ""
			q.Group = &g
		}
	}
	for i := range out.Events {
		e := &out.Events[i]
		for j := range e.Reports {
			rep := &e.Reports[j]
			switch {
			case chance(0.1):
				rep.Date = ""
			case chance(0.1) && len(rep.Date) >= 7:
				rep.Date = rep.Date[:7]
			case chance(0.1) && len(rep.Date) == 10:
				rep.Date = rep.Date[:8] + "28"
			}
		}
		if chance(0.2) && i > 0 {
			prev := &out.Events[r.IntN(i)]
			prev.Reports = append(prev.Reports, e.Reports...)
		}
	}
	return &out
}

func TestGoldScoresOne(t *testing.T) {
	check := func(t *testing.T, g *GoldSet, c *Cross) {
		res := Score(fromGold(g, c), g, c)
		for _, m := range append(res.Metrics(), res.Extra()...) {
			if m.Kind == Float && m.Value != 1 {
				t.Errorf("%s = %v, want 1", m.Name, m.Value)
			}
		}
		if res.Total.PeopleSplit != 0 || res.SourcesMatched != res.GoldArticles {
			t.Errorf("split %d, sources matched %d/%d", res.Total.PeopleSplit, res.SourcesMatched, res.GoldArticles)
		}
	}
	t.Run("invented", func(t *testing.T) {
		g, c := invented()
		check(t, g, c)
	})
	t.Run("devset", func(t *testing.T) {
		dir := devset()
		if dir == "" {
			t.Skip("no ../shared/devset beside the repository")
		}
		g, err := ReadGold(filepath.Join(dir, "gold"))
		if err != nil {
			t.Fatal(err)
		}
		c, err := ReadCross(filepath.Join(dir, "gold", "CROSS.json"))
		if err != nil {
			t.Fatal(err)
		}
		check(t, g, c)
	})
	// The held-out and blind sets (testdata/heldout, blind, blind2) are
	// checked like the devset: a dossier made from their gold scores
	// 1.000, so their gold and the scoring rules agree.
	for _, set := range []string{"heldout", "blind", "blind2"} {
		t.Run(set, func(t *testing.T) {
			g, err := ReadGold(filepath.Join("testdata", set, "gold"))
			if err != nil {
				t.Fatal(err)
			}
			c, err := ReadCross(filepath.Join("testdata", set, "gold", "CROSS.json"))
			if err != nil {
				t.Fatal(err)
			}
			check(t, g, c)
		})
	}
}

// noNulls is d with empty lists instead of nil ones, which score.py
// cannot iterate (the generator writes [] too).
func noNulls(d *Dossier) *Dossier {
	out := *d
	if out.Sources == nil {
		out.Sources = []Source{}
	}
	if out.People == nil {
		out.People = []Person{}
	}
	if out.Quotes == nil {
		out.Quotes = []Quote{}
	}
	if out.Events == nil {
		out.Events = []Event{}
	}
	out.People = append(make([]Person, 0, len(out.People)), out.People...)
	for i := range out.People {
		if out.People[i].Aliases == nil {
			out.People[i].Aliases = []string{}
		}
		if out.People[i].Mentions == nil {
			out.People[i].Mentions = []Mention{}
		}
	}
	out.Events = append(make([]Event, 0, len(out.Events)), out.Events...)
	for i := range out.Events {
		if out.Events[i].Reports == nil {
			out.Events[i].Reports = []Report{}
		}
	}
	return &out
}

// writeGold writes a gold set and cross gold into dir.
func writeGold(t *testing.T, dir string, g *GoldSet, c *Cross) {
	t.Helper()
	for _, f := range g.Files {
		writeJSON(t, filepath.Join(dir, f+".gold.json"), g.By[f])
	}
	writeJSON(t, filepath.Join(dir, "CROSS.json"), c)
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// scorePy runs score.py --json and returns its figures.
func scorePy(t *testing.T, script, dossier, goldDir, cross string) map[string]any {
	t.Helper()
	cmd := exec.Command("python3", script, dossier, goldDir, "--cross", cross, "--json")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("score.py output: %v\n%s", err, out)
	}
	return m
}

// agree checks every figure of res against score.py's, to three decimals,
// and that the two have the same metrics.
func agree(t *testing.T, res Result, py map[string]any) {
	t.Helper()
	ms := res.Metrics()
	if len(ms) != len(py) {
		t.Errorf("Go has %d metrics, score.py %d", len(ms), len(py))
	}
	for _, m := range ms {
		want, ok := py[m.Name]
		if !ok {
			t.Errorf("%s: not in score.py's output", m.Name)
			continue
		}
		switch w := want.(type) {
		case string:
			if m.Text != w {
				t.Errorf("%s = %s, score.py %s", m.Name, m.Text, w)
			}
		case float64:
			if fmt.Sprintf("%.3f", m.Value) != fmt.Sprintf("%.3f", w) || math.Abs(m.Value-w) > 1e-9 {
				t.Errorf("%s = %v, score.py %v", m.Name, m.Value, w)
			}
		default:
			t.Errorf("%s: score.py gives %T", m.Name, want)
		}
	}
}

func TestAgreesWithScorePy(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	dir := devset()
	if dir == "" {
		t.Skip("no ../shared/devset (with score.py) beside the repository")
	}
	script := filepath.Join(dir, "score.py")
	type fixture struct {
		name        string
		d           *Dossier
		gold, cross string
		g           *GoldSet
		c           *Cross
	}
	var fixtures []fixture

	ig, ic := invented()
	igDir := t.TempDir()
	writeGold(t, igDir, ig, ic)
	add := func(name string, d *Dossier, goldDir string, g *GoldSet, c *Cross) {
		fixtures = append(fixtures, fixture{name, d, goldDir, filepath.Join(goldDir, "CROSS.json"), g, c})
	}
	add("invented/perfect", fromGold(ig, ic), igDir, ig, ic)
	add("invented/imperfect", imperfect(), igDir, ig, ic)
	add("invented/empty", &Dossier{}, igDir, ig, ic)
	// Exclusion: score.py on gold written with the article removed.
	xg, xc := invented()
	Exclude(xg, xc, []string{"a2.txt"})
	xDir := t.TempDir()
	writeGold(t, xDir, xg, xc)
	add("invented/imperfect-excluded", imperfect(), xDir, xg, xc)
	for seed := uint64(1); seed <= 4; seed++ {
		add(fmt.Sprintf("invented/perturbed-%d", seed), perturb(fromGold(ig, ic), seed), igDir, ig, ic)
	}
	dg, err := ReadGold(filepath.Join(dir, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	dc, err := ReadCross(filepath.Join(dir, "gold", "CROSS.json"))
	if err != nil {
		t.Fatal(err)
	}
	devGold := filepath.Join(dir, "gold")
	add("devset/perfect", fromGold(dg, dc), devGold, dg, dc)
	for seed := uint64(1); seed <= 6; seed++ {
		add(fmt.Sprintf("devset/perturbed-%d", seed), perturb(fromGold(dg, dc), seed), devGold, dg, dc)
	}
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "dossier.json")
			writeJSON(t, path, noNulls(f.d))
			d, err := ReadDossier(path)
			if err != nil {
				t.Fatal(err)
			}
			res := Score(d, f.g, f.c)
			agree(t, res, scorePy(t, script, path, f.gold, f.cross))
			if strings.Contains(f.name, "imperfect") || strings.Contains(f.name, "perturbed") {
				below := 0
				for _, m := range res.Metrics() {
					if m.Kind == Float && m.Value < 1 {
						below++
					}
				}
				if least := map[bool]int{true: 5, false: 1}[strings.Contains(f.name, "imperfect")]; below < least {
					t.Errorf("only %d figures below 1: the fixture tests little", below)
				}
			}
		})
	}
}
