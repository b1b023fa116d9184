package quotes

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/doc"
)

// person is a test person: the full name first, then the other forms.
type person struct {
	forms []string
	descs []string
}

// annotate builds an Annotated for text with people marked by hand: every
// whole-word occurrence of a form (longest first) becomes a mention.
func annotate(id, text, published string, people []person) *doc.Annotated {
	src := &doc.Source{ID: id, Text: text, FirstLine: 1, Published: published}
	a := &doc.Annotated{Source: src}
	type form struct {
		s string
		p int
	}
	var forms []form
	for i, p := range people {
		a.People = append(a.People, doc.Person{Name: p.forms[0], Aliases: p.forms[1:]})
		for _, d := range p.descs {
			a.People[i].Descriptions = append(a.People[i].Descriptions, doc.Description{Text: d})
		}
		for _, f := range p.forms {
			forms = append(forms, form{f, i})
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	taken := make([]bool, len(text))
	for _, f := range forms {
		for off := 0; ; {
			k := strings.Index(text[off:], f.s)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(f.s)
			off = e
			if s > 0 {
				r, _ := utf8.DecodeLastRuneInString(text[:s])
				if unicode.IsLetter(r) {
					continue
				}
			}
			if e < len(text) {
				r, _ := utf8.DecodeRuneInString(text[e:])
				if unicode.IsLetter(r) {
					continue
				}
			}
			free := true
			for x := s; x < e; x++ {
				if taken[x] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for x := s; x < e; x++ {
				taken[x] = true
			}
			a.Mentions = append(a.Mentions, doc.Mention{Span: doc.Span{Start: s, End: e}, Person: f.p, Form: f.s})
		}
	}
	sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	return a
}

// stripFrontMatter returns the body of a source file with front matter.
func stripFrontMatter(t testing.TB, b []byte) (string, string) {
	t.Helper()
	s := string(b)
	published := ""
	if strings.HasPrefix(s, "---\n") {
		end := strings.Index(s[4:], "\n---\n")
		if end < 0 {
			t.Fatal("unterminated front matter")
		}
		for _, ln := range strings.Split(s[4:4+end], "\n") {
			if v, ok := strings.CutPrefix(ln, "published:"); ok {
				published = strings.TrimSpace(v)
			}
		}
		s = s[4+end+5:]
	}
	return s, published
}

// seedPeople is how a people pass would name the people of the seed texts;
// it is test data, not knowledge the package uses.
var seedPeople = []person{
	{forms: []string{"Kanye West", "West", "Kanye", "Mr. West"}},
	{forms: []string{"Donald Trump", "Trump", "President Trump", "President-elect Trump"}},
	{forms: []string{"Ivanka Trump", "Ivanka"}},
	{forms: []string{"Kim Kardashian", "Kardashian"}},
	{forms: []string{"Corey Gamble"}},
	{forms: []string{"Kris Jenner"}},
	{forms: []string{"Jason Miller", "Miller"}},
	{forms: []string{"Hope Hicks"}},
	{forms: []string{"Sarah Huckabee Sanders", "Sanders"}},
	{forms: []string{"Jared Kushner", "Kushner"}},
	{forms: []string{"Taylor Swift"}},
	{forms: []string{"Hillary Clinton", "Clinton"}},
	{forms: []string{"Mike Pence"}},
	{forms: []string{"Gary Cohn"}},
	{forms: []string{"Masayoshi Son"}},
	{forms: []string{"Garth Brooks"}},
	{forms: []string{"Alice Marie Johnson", "Johnson"}},
	{forms: []string{"Chris Young"}},
	{forms: []string{"Bill Cosby"}},
	{forms: []string{"Jimmy Kimmel"}},
}

// loadSeeds reads the five seed sources, people marked by hand.
func loadSeeds(t testing.TB) []*doc.Annotated {
	t.Helper()
	files, err := filepath.Glob("../../../../sources/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("seed sources not found")
	}
	sort.Strings(files)
	var out []*doc.Annotated
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, pub := stripFrontMatter(t, b)
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		out = append(out, annotate(id[:3], text, pub, seedPeople))
	}
	return out
}
