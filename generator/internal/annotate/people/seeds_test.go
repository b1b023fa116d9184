package people

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// loadSeeds reads the seed sources, front matter removed.
func loadSeeds(t *testing.T) []*doc.Annotated {
	files, _ := filepath.Glob("../../../../sources/*.txt")
	if len(files) == 0 {
		t.Skip("no seed sources")
	}
	var docs []*doc.Annotated
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, first := string(b), 1
		if strings.HasPrefix(text, "---\n") {
			if end := strings.Index(text[4:], "\n---\n"); end >= 0 {
				head := text[:4+end+5]
				first += strings.Count(head, "\n")
				text = text[len(head):]
			}
		}
		src := &doc.Source{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: text, FirstLine: first}
		a := &doc.Annotated{Source: src}
		a.People, a.Mentions, a.Warnings = Find(src, nil)
		docs = append(docs, a)
	}
	return docs
}

func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	ids, entries, warnings := linkAll(docs, nil)
	_ = ids
	byID := map[string]doc.PersonEntry{}
	names := map[string]bool{}
	for _, e := range entries {
		byID[e.ID] = e
		names[e.Name] = true
	}
	for _, want := range []string{
		"Kanye West", "Donald Trump", "Ivanka Trump", "Kris Jenner", "Corey Gamble", "Kim Kardashian",
		"Hope Hicks", "Jason Miller", "Bill Cosby", "Rihanna", "Chris Brown", "Ray J", "Caitlyn Jenner",
		"John F Kennedy Jr", "Ronald Reagan", "Brandi Brant", "Masayoshi Son", "Mike Pence", "Gary Cohn",
		"Hillary Clinton", "Kid Rock", "Ted Nugent", "Lee Greenwood", "Garth Brooks", "Justin Timberlake",
		"Bruno Mars", "Taylor Swift", "Obama", "Leonardo DiCaprio", "Jay-Z", "Alice Marie Johnson",
		"Chris Young", "Jared Kushner", "Sarah Huckabee Sanders", "Drew Angerer", "Donda", "Saint",
	} {
		if !names[want] {
			t.Errorf("missing person %q", want)
		}
	}
	for _, bad := range []string{
		"Trump Tower", "White House", "Secret Service", "Rolling Stone", "Saint Pablo", "Darth Vader", "Sith",
		"Uncle Tom", "Getty Images", "Mar-a-Lago", "Palm Beach", "Central Park", "Goldman Sachs", "Video Music Awards",
		"The Apprentice", "Playboy", "Variety", "TMZ", "CNN", "CSPAN", "Us Weekly", "Billboard", "Daily Beast",
		"New York Times", "Softbank", "Netflix", "Instagram", "Photoshop", "Yeezus", "Yeezy", "MTV", "BBC", "SNL",
		"MAGA", "Django Unchained", "Stephen", "North", "Jimmy Kimmel", "Jimmy Kimmel Live", "New York", "Los Angeles",
		"Orange", "People", "Us", "Tweets", "Rapper",
	} {
		if names[bad] {
			t.Errorf("%q reported as a person", bad)
		}
	}
	kw := byID["kanye-west"]
	if len(kw.Mentions) < 100 {
		t.Errorf("kanye-west: %d mentions, want every source", len(kw.Mentions))
	}
	for _, f := range []string{"Kanye", "West"} {
		if !contains(kw.Aliases, f) {
			t.Errorf("kanye-west aliases %v lack %q", kw.Aliases, f)
		}
	}
	if !hasAge(byID["kanye-west"], 39) || !hasAge(byID["corey-gamble"], 35) || !hasAge(byID["donald-trump"], 70) ||
		!hasAge(byID["chris-young"], 30) {
		t.Errorf("ages: kanye %v corey %v trump %v young %v", byID["kanye-west"].Ages, byID["corey-gamble"].Ages,
			byID["donald-trump"].Ages, byID["chris-young"].Ages)
	}
	for _, a := range byID["donald-trump"].Ages {
		if a.Age != 70 {
			t.Errorf("donald-trump has age %d", a.Age)
		}
	}
	if !contains(byID["john-f-kennedy-jr"].Aliases, "JFK Jr") || !contains(byID["john-f-kennedy-jr"].Aliases, "JFK Jnr") {
		t.Errorf("JFK aliases: %v", byID["john-f-kennedy-jr"].Aliases)
	}
	for id, want := range map[string]string{
		"hope-hicks":             "spokesperson",
		"jason-miller":           "communications director",
		"corey-gamble":           "Kris Jenner",
		"gary-cohn":              "the Goldman Sachs chief operating officer",
		"sarah-huckabee-sanders": "press secretary",
		"masayoshi-son":          "Softbank CEO",
		"kanye-west":             "rapper",
	} {
		if !hasDesc(byID[id], want) {
			t.Errorf("%s: descriptions %v lack %q", id, byID[id].Descriptions, want)
		}
	}
	// "Trump" alone goes to Donald Trump, never to Ivanka.
	for _, m := range byID["ivanka-trump"].Mentions {
		if m.Form == "Trump" {
			t.Errorf("bare Trump linked to Ivanka at %s:%d", m.Source, m.Line)
		}
	}
	if len(warnings) > 0 {
		t.Logf("warnings: %v", warnings)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func hasAge(e doc.PersonEntry, age int) bool {
	for _, a := range e.Ages {
		if a.Age == age {
			return true
		}
	}
	return false
}

func hasDesc(e doc.PersonEntry, s string) bool {
	for _, d := range e.Descriptions {
		if strings.Contains(d.Text, s) {
			return true
		}
	}
	return false
}
