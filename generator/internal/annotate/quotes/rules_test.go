package quotes

import (
	"reflect"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// find runs Find over text with the given people marked.
func find(text string, people ...person) *doc.Annotated {
	a := annotate("t", text, "2024-01-01", people)
	a.Quotes, a.Citations = Find(a)
	return a
}

func quoteTexts(a *doc.Annotated) []string {
	var out []string
	for _, q := range a.Quotes {
		out = append(out, Text(a.Source, q))
	}
	return out
}

func TestExtraction(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"straight double", `He said "we will win" today.`, []string{"we will win"}},
		{"curly double", "“We will win,” he said.", []string{"We will win,"}},
		{"british single", "'We're just friends,' he said.", []string{"We're just friends,"}},
		{"curly single headline", "‘Friends’ Jane Doe and John Roe ‘Discussed Life’ at dinner", []string{"Friends", "Discussed Life"}},
		{"apostrophes are not quotes", "He didn't like rock 'n' roll in the ’90s or the '80s, y’all, at Smith‘s house or Jones' farm.", nil},
		{"plural possessive inside single quotes", "'The players' union is strong,' she said.", []string{"The players' union is strong,"}},
		// A quotation split by its attribution is two entries (the
		// devset's convention), both the speaker's.
		{"split by attribution", `"Just friends," said Roe, "he's a good man."`, []string{"Just friends,", "he's a good man."}},
		{"nested", `'They say to me, "Oh you're not that bad".' he said.`, []string{`They say to me, "Oh you're not that bad".`, "Oh you're not that bad"}},
		{"multi-paragraph", "\"The first part goes on.\n\n\"And the second ends it,\" she said.", []string{"The first part goes on.", "And the second ends it,"}}, // one entry a paragraph
		{"unbalanced is bounded by its paragraph", "He said \"hello and never closed it.\n\nThen a \"real quote\" here.", []string{"real quote"}},
		{"unclosed after a colon runs to the paragraph end", "She added: 'It is over.;\n\nNext paragraph.", []string{"It is over."}},
		{"bullet", "  • Mayor said it was a 'great day for everyone'\n", []string{"great day for everyone"}},
		{"tweet", "Finally he tweeted: '#2030.'", []string{"#2030."}},
		{"caption label", "'Good man': Roe praised Doe after the meeting", []string{"Good man"}},
		{"hairdo elision is not a quote", "She showed off a new blonde 'do at the gala.", nil},
		{"mixed straight and curly", `Trump "is going to be president for all," Miller added, "and more,” he said.`, []string{"is going to be president for all,", "and more,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteTexts(find(tt.text))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSpans(t *testing.T) {
	a := find(`He said "we will win" today.`)
	if len(a.Quotes) != 1 {
		t.Fatalf("got %d quotes", len(a.Quotes))
	}
	q := a.Quotes[0]
	if got := a.Source.Slice(q.Span); got != "we will win" {
		t.Errorf("Span = %q", got)
	}
	if got := a.Source.Slice(q.Outer); got != `"we will win"` {
		t.Errorf("Outer = %q", got)
	}
	a = find(`"Just friends," said Roe, "he's a good man."`, person{forms: []string{"John Roe", "Roe"}})
	if len(a.Quotes) != 2 {
		t.Fatalf("split quote: %d quotes, want 2", len(a.Quotes))
	}
	if q := a.Quotes[1]; a.Source.Slice(q.Outer) != `"he's a good man."` || q.Speaker != 0 || q.Speaker != a.Quotes[0].Speaker || q.Why.Rules[len(q.Why.Rules)-1] != spkSplit {
		t.Errorf("split quote: second half %q speaker %d why %v", a.Source.Slice(q.Outer), q.Speaker, q.Why)
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		text string
		want doc.QuoteKind
	}{
		// Partial quotes governed by a reporting or naming verb are the
		// subject's words (the devset's convention: "he called the arrest
		// 'theatre'"); without such a verb short quotations are terms.
		{"She said it was about 'multi-cultural issues'.", doc.Speech},
		{"Instead, Roe said, they talked about 'life' and more.", doc.Speech},
		{"Doe called Roe a 'genius' at a concert.", doc.Speech},
		{"Roe blasted the lease as a \"giveaway.\"", doc.Speech},
		{"Doe said the port was \"deeply concerned\" by the delays.", doc.Speech},
		{"Locals are not buying the \"within minutes\" line.", doc.Term},
		{"There is no such thing as a \"full request\" in our rules.", doc.Term},
		{"Pat \"Dusty\" Roe runs the mill.", doc.Term},
		{"He showed up offering a \"hey\" to reporters.", doc.Speech},
		{"He appeared in the controversial \"Famous\" video last year.", doc.Title},
		{"It was in her \"Famous\" music video.", doc.Title},
		{"Her single \"Paper Moon\" topped the charts.", doc.Title},
		{"A book titled \"the long way home\" came out.", doc.Title},
		{"\"We will win,\" Roe said.", doc.Speech},
		{"The plan is a \"fresh start.\"", doc.Term},
		{"Sources said the talks involved \"a long list of demands from both sides.\"", doc.Speech},
		{"When asked about the \"Roe 2030\" movement, he smiled.", doc.Term},
		{"Finally he tweeted: '#2030.'", doc.Speech},
		{"'Going well.' That was all.", doc.Speech},
	}
	for _, tt := range tests {
		a := find(tt.text, person{forms: []string{"John Roe", "Roe"}}, person{forms: []string{"Jane Doe", "Doe"}})
		if len(a.Quotes) != 1 {
			t.Errorf("%q: %d quotes", tt.text, len(a.Quotes))
			continue
		}
		if a.Quotes[0].Kind != tt.want {
			t.Errorf("%q: kind %s, want %s", tt.text, a.Quotes[0].Kind, tt.want)
		}
	}
}

var testPeople = []person{
	{forms: []string{"John Roe", "Roe", "John"}},
	{forms: []string{"Jane Doe", "Doe"}},
	{forms: []string{"Sam Lee", "Lee"}},
}

func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote, want string // want: a name or "-"
	}{
		{"X said", `"We will win," Roe said.`, "We will win", "John Roe"},
		{"said X", `"We will win," said Roe.`, "We will win", "John Roe"},
		{"X told reporters with age", `"We will win," Roe, 70, told reporters.`, "We will win", "John Roe"},
		{"X replied before", `Asked about it, Doe replied, "Life. We discussed life."`, "Life", "Jane Doe"},
		{"colon form", `As Doe left, Roe said: 'Take care of yourself.'`, "Take care", "John Roe"},
		{"X said, quote ends a sentence, next sentence adds that", `Roe, 48, said the firm had notified regulators "as soon as the scope was clear." He added that it would hire an auditor.`, "as soon as", "John Roe"},
		{"offered X", `"We've been friends for a long time," offered Roe.`, "We've been", "John Roe"},
		{"according to X", `According to Doe, "the deal is done and signed by all sides."`, "the deal", "Jane Doe"},
		{"following sentence inherits", `"Just friends," said Roe. "He's a good man."`, "He's a good", "John Roe"},
		{"next paragraph inherits", "'When I talk, I mean it,' Doe said.\n\n'I don't have views on that at all, to be honest.'", "I don't have", "Jane Doe"},
		{"he after named subject", "Doe met Roe on Monday. Roe smiled at the cameras.\n\n\"I just want a picture right now,\" he said.", "I just want", "John Roe"},
		{"she skips a male subject", "Doe met Roe on Monday. Roe smiled.\n\n\"I was glad to see him at last,\" she said.", "I was glad", "Jane Doe"},
		{"he not the person named in the quote", "Doe arrived first. Roe waved.\n\n\"I would have voted for Roe, of course,\" he said.", "I would have", "-"},
		{"the role noun via a description", "Rapper John Roe met Doe.\n\n\"It was a good talk with a good friend,\" the rapper said.", "It was a good", "John Roe"},
		{"the role noun via focus", "Roe met Doe. Roe has spoken about it often.\n\n\"In this world there are two forces, love and fear,\" the singer said.", "In this world", "John Roe"},
		{"spokesperson named", `"Roe is coming to lunch on Friday with the team," press secretary Jane Doe announced.`, "Roe is coming", "Jane Doe"},
		{"spokesperson for X is not X", `"Nobody needs to worry about anything here," a spokesman for Roe said.`, "Nobody needs", "-"},
		{"X's spokesperson is not X", `"Nobody needs to worry about anything here," Roe's spokesperson said.`, "Nobody needs", "-"},
		{"a source told the magazine", `"He is supposed to rest and focus on his health," a source told the magazine.`, "He is supposed", "-"},
		{"an official told the site", `"Personal problems do not make him a threat to anyone," a security official told the site.`, "Personal problems", "-"},
		{"they say", `'I often think back to that day, and they say to me, "You are not that bad after all".' Roe said.`, "You are not", "-"},
		{"participle saying", `Roe invited Doe in, shook hands and embraced her, saying: 'We are just friends, just friends.'`, "We are just", "John Roe"},
		{"and said with parenthetical", `Doe - who was in hospital until last week - did not respond and said: 'I just want you to take my picture now.'`, "I just want", "Jane Doe"},
		{"verb earlier in sentence", `Lee said the pair met because Roe "is going to be president for all Americans," and more.`, "is going to be", "Sam Lee"},
		{"introducer without verb", "Doe spoke next. She then followed up with, \"my husband called and wanted me to make this clear to everyone.\"", "my husband", "Jane Doe"},
		{"unknown stays unknown", `The report included "manufacturing, prison reform and what can be done about crime."`, "manufacturing", "-"},
		{"no guess from a later mention", `"This is the best day of our lives," the crowd chanted as Roe arrived.`, "This is the best", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := find(tt.text, testPeople...)
			for _, q := range a.Quotes {
				if !hasPrefixWords(Text(a.Source, q), tt.quote) {
					continue
				}
				got := "-"
				if q.Speaker >= 0 {
					got = a.People[q.Speaker].Name
				}
				if got != tt.want {
					t.Errorf("speaker %s (attribution %q), want %s", got, q.Attribution, tt.want)
				}
				return
			}
			t.Errorf("quote %q not found in %q", tt.quote, quoteTexts(a))
		})
	}
}

func TestCitations(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"TMZ reported that the meeting happened.", []string{"TMZ"}},
		{"According to TMZ, the meeting happened.", []string{"TMZ"}},
		{"Roe told Rolling Stone about it.", []string{"Rolling Stone"}},
		{"A spokesman confirmed to Billboard that it happened.", []string{"Billboard"}},
		{"Per TMZ, nobody was worried.", []string{"TMZ"}},
		{"Two sources told TheWrap that cash was offered.", []string{"TheWrap"}},
		{"A source told TMZ that it would not happen.", []string{"TMZ"}},
		{"Speaking to The Daily Beast, Lee said the pair met.", []string{"The Daily Beast"}},
		{"According to The New York Times, the lunch is on.", []string{"The New York Times"}},
		{"People reports that Doe is not happy.", []string{"People"}},
		{"People were not happy about it.", nil},
		{"According to the Springfield Gazette, the vote is Monday.", []string{"Springfield Gazette"}},
		{"The Riverside Chronicle reported the figures first.", []string{"Riverside Chronicle"}},
		{"The White House confirmed the lunch on Tuesday.", nil},
		{"Roe said the lunch was on.", nil},
		{"E! News suggested Roe wanted a role.", []string{"E! News"}},
		{"She watched CNN at home and read Variety magazine.", nil},
	}
	for _, tt := range tests {
		a := find(tt.text, testPeople...)
		var got []string
		for _, c := range a.Citations {
			got = append(got, c.Outlet)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: cited %q, want %q", tt.text, got, tt.want)
		}
	}
}

// groupOf returns the groups of single-source test documents, one quote each.
func groupOf(t *testing.T, texts ...string) []string {
	t.Helper()
	var docs []*doc.Annotated
	for i, tx := range texts {
		a := annotate(string(rune('a'+i)), tx, "2024-01-01", testPeople)
		a.Quotes, a.Citations = Find(a)
		docs = append(docs, a)
	}
	var out []string
	for i, g := range Group(docs) {
		if len(g) == 0 {
			t.Fatalf("no quote in %q", texts[i])
		}
		out = append(out, g[0])
	}
	return out
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		same  bool
	}{
		{"apostrophe styles", []string{`"We've been friends for a long time," Roe said.`, `"We’ve been friends for a long time," Roe said.`}, true},
		{"containment", []string{`"We've been friends for a long time," Roe said.`, `'Long time – We’ve been friends for a long time,' Roe said.`}, true},
		{"punctuation and inflection", []string{`"Life. We discussed life," Roe said.`, `"Life, we discuss life," Roe said.`}, true},
		{"repeated words", []string{`"Just friends, just friends," Roe said.`, `"We’re just friends, just friends," Roe said.`}, true},
		{"reworded", []string{`"We were discussing life," Roe said.`, `"Life, we discussed life," Roe said.`}, true},
		{"fragment by the same speaker", []string{`'Born here': Roe said the club stays`, `"Never. This club was born here and will stay," Roe said.`}, true},
		{"different quotes", []string{`"We will build a stadium for everyone," Roe said.`, `"The council has not seen the final terms yet," Doe said.`}, false},
		{"alike words, different speakers", []string{`"I want to thank everyone who came out tonight for us," Roe said.`, `"I want to thank everyone who voted for me this year," Doe said.`}, false},
		// Terms and titles are not utterances: they keep groups of their
		// own (the devset's cross-source gold groups none).
		{"terms do not group", []string{`They spoke of the 'frenzy' then.`, `It was a "frenzy" again.`}, false},
		{"a caption's fragment joins its speaker's quote", []string{`'Born here': Roe said the club stays`, `"Never. This club was born here and will stay," Roe said.`}, true},
		{"one or two words elsewhere do not", []string{`Roe called it the 'shadow book' once.`, `"We called it the shadow book," Roe said.`}, false},
		{"hypothetical speech does not group", []string{`If Roe says "I trusted the numbers I was given," the case ends.`, `"I trusted the numbers I was given," Roe said.`}, false},
		{"reordered and reworded by one speaker", []string{`"We asked at nine. The order was signed at two. That is five hours people did not have," Roe said.`, `"We asked at 9:04. It was signed at 2:40. That is five hours nobody had," Roe said.`}, true},
		{"a nested quotation does not join its container", []string{`"When the clerk told me, 'Chief, the bridge is out,' I knew we had hours," Roe said.`, `"My clerk said, 'Chief, the bridge is out,' and I called the office," Roe said.`}, false},
		{"a term never joins speech", []string{`They talked about 'life' then.`, `"Life, we discussed life," Roe said.`}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := groupOf(t, tt.texts...)
			if (g[0] == g[1]) != tt.same {
				t.Errorf("groups %q, want same=%v", g, tt.same)
			}
		})
	}
}

func TestGroupIDs(t *testing.T) {
	texts := []string{`"We will win this," Roe said.`, `"We will win this one," Doe said. "We will win this," she added.`}
	g1 := groupOf(t, texts...)
	g2 := groupOf(t, texts...)
	if !reflect.DeepEqual(g1, g2) {
		t.Errorf("ids differ between runs: %q %q", g1, g2)
	}
	if g1[0] != "g-we-will-win-this" {
		t.Errorf("id %q, want g-we-will-win-this", g1[0])
	}
	// Two groups starting with the same words get distinct ids.
	g := groupOf(t, `"Thank you all so much, this is great and we love you," Roe said.`, `"Thank you all so much, the plan failed but we tried our best," Doe said.`)
	if g[0] == g[1] || g[1] != g[0]+"-2" {
		t.Errorf("ids %q, want distinct with -2 suffix", g)
	}
}

// TestNoPanicOnBareAttribution keeps the shape the fuzzer found: a
// paragraph that opens with commas and one word, where the attribution's
// noun phrase would start before the paragraph's first token.
func TestNoPanicOnBareAttribution(t *testing.T) {
	for _, text := range []string{", ,quote", ",quote", ", , said", "\"x,\" , said"} {
		Find(&doc.Annotated{Source: &doc.Source{ID: "t", Text: text, FirstLine: 1}}) // must not panic
	}
}

func TestNoPanicOnCommaWord(t *testing.T) {
	Find(&doc.Annotated{Source: &doc.Source{ID: "t", Text: ",0,sAid", FirstLine: 1}}) // must not panic
}
