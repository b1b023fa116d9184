package quotes

import (
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// speakerPeople are the invented people of TestSpeakerRules.
var speakerPeople = []person{
	{forms: []string{"Dana Reyes", "Reyes"}},
	{forms: []string{"Omar Haddad", "Haddad"}},
	{forms: []string{"Ana Ruiz", "Ruiz"}},
	{forms: []string{"Amin Yusof", "Yusof"}},
	{forms: []string{"Ada Lund", "Lund"}},
	{forms: []string{"Tomas Berg", "Berg", "BERG"}},
	{forms: []string{"Nadia Holm", "Holm", "HOLM"}},
	{forms: []string{"Erik Moen Sr", "Moen"}},
}

// TestSpeakerRules checks each speaker rule of pickRules and subjectOf on
// invented sentences: the speaker, and the rule recorded in Why.
func TestSpeakerRules(t *testing.T) {
	tests := []struct {
		name, text, quote, want, rule string // want: a name or "-"
	}{
		{"title before the name, inverted", `"We will ship in May," said Acme CEO Dana Reyes.`, "We will ship", "Dana Reyes", spkName},
		{"apposition after the name", `"The data are clear," Dr. Omar Haddad, director of the Kettle Institute, said.`, "The data are", "Omar Haddad", spkApposition},
		{"title and parenthetical", `"We need the bridge now," said U.S. Rep. Ana Ruiz (D-Ill.).`, "We need the", "Ana Ruiz", spkName},
		{"apposition with a possessive", `Amin Yusof, a member of the party's council, told reporters: "The vote stands."`, "The vote stands", "Amin Yusof", spkApposition},
		{"chain of appositions", `Amin Yusof, head of Blue Fund, a firm that put money into the port, said the fund was 'deeply worried'.`, "deeply worried", "Amin Yusof", spkApposition},
		{"his lawyer, name, said", `Berg 'has done nothing wrong', his lawyer, Ada Lund, said in a statement.`, "has done nothing", "Ada Lund", spkApposition},
		{"pronoun agrees by given name", "Nadia Holm met Tomas Berg at the port. Berg left early.\n\n\"I was glad we talked at last,\" she said.", "I was glad", "Nadia Holm", spkPronounAgree},
		{"two who fit leave it unknown", "Nadia Holm and Ana Ruiz met at the port.\n\n\"We will see what comes of it,\" she said.", "We will see", "-", spkPronounAmb},
		{"previous sentence's subject", "Tomas Berg spoke first. Omar Haddad, meanwhile, stayed silent. \"I want to see the papers first,\" he said.", "I want to see", "Omar Haddad", ""},
		{"role only", `"The plant will close in June," a company spokesperson said.`, "The plant will", "-", spkRoleOnly},
		{"a person close to someone", `A person close to Lund told the site that she was "doing much better" now.`, "doing much", "-", spkRoleOnly},
		{"the role named earlier", "Judge Ada Lund opened the hearing.\n\n\"Sit down, please, all of you,\" the judge told her.", "Sit down", "Ada Lund", spkRole},
		{"name and colon", `Lund: "There is no such form. I have looked."`, "There is no", "Ada Lund", spkLabel},
		{"possessive statement read out", `Berg read Lund's statement into the record: "I signed it the minute it came."`, "I signed it", "Ada Lund", spkPossessive},
		{"I quote reads out someone else", `Reyes wrote to customers on Monday, and I quote: "We will not guess at the cause."`, "We will not", "Dana Reyes", ""},
		{"hypothetical speech", `If the chair says "I trusted the numbers I was given," the case is over.`, "I trusted", "-", spkHypothetical},
		{"a sign's text", `A protester held a sign that read "Where is my money, Lund?" outside.`, "Where is my", "-", spkSign},
		{"a petition's text", "Nadia Holm ran the shop for years. In 1980 she started a petition that read: \"Every street needs a lamp.\"", "Every street needs", "-", spkSign},
		{"a notice's text", `Tomas Berg locked up. A notice reading "Closed until the spring thaw" hung on the door.`, "Closed until the", "-", spkSign},
		{"signature quote after a dash", "Ada Lund said the pumps were ready.\n\n\"We tested the pumps on every farm last season.\" — Nadia Holm, head of engineering", "We tested the", "Nadia Holm", spkSignature},
		{"signature quote after a dash, name alone", "\"The pumps paid for themselves in one harvest.\" — Omar Haddad", "The pumps paid", "Omar Haddad", spkSignature},
		{"a dash and a possessive is no signature", "Ada Lund spoke first.\n\n\"We tested the pumps on every farm last season\" — Berg's words, not hers.", "We tested the", "-", ""},
		{"context after a pronoun sentence", "Nadia Holm runs the lab.\n\nTomas Berg, her deputy, admires her. \"She never stops,\" Berg says.\n\nShe pauses. \"Nobody outside this room cares.\"", "Nobody outside", "Nadia Holm", spkContextPronoun},
		{"context after a pronoun two people fit", "Nadia Holm and Ana Ruiz met at the lab.\n\nShe pauses. \"Nobody outside this room cares.\"", "Nobody outside", "-", ""},
		{"context after a sentence about her", `Ada Lund, 38, watched the county page all night. "It never once said go."`, "It never once", "Ada Lund", spkContext},
		{"partial quote under a naming verb", `Lund called the lease a "giveaway" on Monday.`, "giveaway", "Ada Lund", spkInSentence},
		{"a headline quote echoes the body", "'Not in this town': port shuts for a week\n\nThe port closed on Monday. \"Never again, not in this town,\" Lund said.", "Not in this town", "Ada Lund", spkHeadline},
		{"a pronoun inside a quotation", "Nadia Holm's brother, Tomas Berg, spoke last.\n\n'The last time, she said, \"Tomas, you worry too much.\" After that I stopped asking,' he said.", "Tomas, you worry", "Nadia Holm", spkPronounAgree},
		{"name of an organisation", `Economist Dana Reyes of Harbour Lane Capital said the tariff would hit "every family that still drives."`, "every family that", "Dana Reyes", spkNameOfOrg},
		{"name of an organisation in apposition", `A rival economist, Omar Haddad of Pebble Row Partners, called the tariff "late and clumsy."`, "late and clumsy", "Omar Haddad", spkApposition},
		{"role words before the name in apposition", `The study's lead author, graduate student Ana Ruiz, said the samples were "clean in every batch" that spring.`, "clean in every", "Ana Ruiz", spkApposition},
		{"relative clause with commas of its own", `Amin Yusof, 61, whose bakery, Crumb & Kettle, lost its ovens, said the insurers were "slow as winter."`, "slow as winter", "Amin Yusof", spkApposition},
		{"lower-case role before a title, inverted", `"We doubted it for a whole year," said co-author Dr. Omar Haddad, a fellow at the lab.`, "We doubted it", "Omar Haddad", spkName},
		{"participle after a comma takes the clause subject", `At the hearing, Tomas Berg backed the plan, arguing that the board "has confused a budget with a verdict".`, "has confused a", "Tomas Berg", spkClause},
		{"a prepositional phrase is not an apposition", `After the talks with Berg, the delegates, tired and hungry, said it was "a long night for everyone".`, "a long night", "-", ""},
		{"a quotation running over paragraphs keeps its introducer", "Nadia Holm rose.\n\nIn her closing words, Judge Ada Lund told the room: \"This was a long winter for all of us. We kept the lights on.\n\n\"We will keep them on next winter too.\"", "This was a long", "Ada Lund", ""},
		{"I inside a quotation is its speaker", `"The river rose too fast. I phoned my brother and told him, 'Move the cattle up the hill,'" Lund said.`, "Move the cattle", "Ada Lund", spkQuoteFirst},
		{"an adverb between the pronoun and the verb", "Nadia Holm taught piano for forty years. Her son, Tomas Berg, runs the school now.\n\n\"She always told us, 'Count before you play,'\" Berg said.", "Count before you", "Nadia Holm", spkPronounAgree},
		{"used to say", "Nadia Holm raised her nephew, Tomas Berg, by the docks. When he was small she used to say, \"The tide forgives nobody.\"", "The tide forgives", "Nadia Holm", ""},
		{"headline quote, colon, name", "\"Every map lies a little\": Nadia Holm on her atlas\n\nNadia Holm drew the maps in a year.", "Every map lies", "Nadia Holm", spkCaptionName},
		{"headline quote, colon, possessive is no speaker", "\"Open the gates and let us in\": Holm's last campaign\n\nThe campaign ended in May.", "Open the gates", "-", ""},
		{"someone else's role is not the subject", "Ada Lund opened the gallery in 1988. Its first show, which the magazine's reviewer called \"bold but unfinished,\" drew a small crowd.", "bold but unfinished", "-", ""},
		{"a single mark closes with the double one before it", `'I told them, "Sing from the back row,"' Berg said. 'They did.'`, "I told them", "Tomas Berg", spkName},
		{"a pronoun for someone unnamed in the quotation", "Tomas Berg questioned Ada Lund first.\n\n\"I asked him where the invoices went. He said, 'Ada, stop digging around,'\" Lund testified.", "Ada, stop digging", "-", spkUnnamed},
		{"a name's abbreviation before an apposition", `Erik Moen Sr., 77, who has farmed the valley since 1975, told the board the dam had "leaked for twenty years".`, "leaked for twenty", "Erik Moen Sr", spkApposition},
		{"a naming verb of characterizing", `Berg's spokeswoman, Nadia Holm, dismissed the report as "a tired old rumour" and left.`, "a tired old", "Nadia Holm", spkApposition},
		{"according to after the quotation", `"We lost the whole harvest in a night," according to Tomas Berg, who farms the valley.`, "We lost the whole", "Tomas Berg", spkAccording},
		{"according to someone unnamed", `"We lost the whole harvest in a night," according to a neighbour of the farm.`, "We lost the whole", "-", spkAccording},
		{"a possessive answer read out", `Lund's answer was short: "We will not pay."`, "We will not pay", "Ada Lund", spkPossessive},
		{"two speakers together are no one speaker", `"We are out of money," Lund and Berg said in a joint letter.`, "We are out of", "-", spkJoint},
		{"one word goes on after the attribution", `"I have not seen a winter like it," said Lund. "Never."`, "Never", "Ada Lund", spkContinuation},
		{"a pronoun inside a quotation for the one woman the paragraph names", "Tomas Berg said his supervisor, Nadia Holm, phoned him at ten. 'She said, \"Switch the panel off, it keeps ringing,\"' Berg told the court.", "Switch the panel", "Nadia Holm", spkPronounNamed},
		{"two women named leave a pronoun inside a quotation unknown", "Tomas Berg said Nadia Holm and Ana Ruiz phoned him at ten. 'She said, \"Switch the panel off, it keeps ringing,\"' Berg told the court.", "Switch the panel", "-", ""},
		{"an answer after the interviewer's question", "\"I was tired of the meetings,\" Lund said.\n\nWill you conduct again?\n\n\"Perhaps. But I want to teach first.\"", "Perhaps", "Ada Lund", spkAnswer},
		{"no answer after a question with a name", "\"I was tired of the meetings,\" Lund said.\n\nWhat did Berg say?\n\n\"Perhaps. But I want to teach first.\"", "Perhaps", "-", ""},
		{"no answer after a statement", "\"I was tired of the meetings,\" Lund said.\n\nThe board met in May.\n\n\"Perhaps. But I want to teach first.\"", "Perhaps", "-", ""},
		{"next paragraph continues", "\"We asked at nine,\" Lund said.\n\n\"The order came at two.\"", "The order came", "Ada Lund", spkContinuation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := find(tt.text, speakerPeople...)
			for _, q := range a.Quotes {
				if !hasPrefixWords(Text(a.Source, q), tt.quote) {
					continue
				}
				got := "-"
				if q.Speaker >= 0 {
					got = a.People[q.Speaker].Name
				}
				if got != tt.want {
					t.Errorf("speaker %s (attribution %q, why %v), want %s", got, q.Attribution, q.Why.Rules, tt.want)
				}
				if q.Kind != doc.Speech {
					t.Errorf("kind %s, want speech", q.Kind)
				}
				if tt.rule != "" && !hasRule(q.Why, tt.rule) {
					t.Errorf("why %v, want rule %s", q.Why.Rules, tt.rule)
				}
				return
			}
			t.Errorf("quote %q not found in %q", tt.quote, quoteTexts(a))
		})
	}
}

// hasRule reports whether why names the rule, alone or as the first of a
// combined "speaker:a+b" name.
func hasRule(why doc.Why, rule string) bool {
	for _, r := range why.Rules {
		if r == rule || strings.HasPrefix(r, rule+"+") {
			return true
		}
	}
	return false
}

// TestTranscriptTurns checks that "I" in a transcript turn is the turn's
// speaker, that the label lines are not quotes, and that a quote read out
// by the host is the quoted person's.
func TestTranscriptTurns(t *testing.T) {
	text := "Evening Desk: the port vote\n\n" +
		"NADIA HOLM, HOST: Good evening. Tomas Berg joins us.\n\n" +
		"BERG: Thank you. As I wrote to the board last week, 'we will not sign a lease we have not read.'\n\n" +
		"HOLM: Ada Lund said this morning, and I quote, \"the port will be ready by spring.\" Is it?\n\n" +
		"BERG: No.\n"
	a := find(text, speakerPeople...)
	want := map[string]string{"we will not sign": "Tomas Berg", "the port will be": "Ada Lund"}
	if len(a.Quotes) != len(want) {
		t.Fatalf("quotes %q, want %d", quoteTexts(a), len(want))
	}
	for _, q := range a.Quotes {
		for prefix, name := range want {
			if !hasPrefixWords(Text(a.Source, q), prefix) {
				continue
			}
			got := "-"
			if q.Speaker >= 0 {
				got = a.People[q.Speaker].Name
			}
			if got != name {
				t.Errorf("%q: speaker %s (why %v), want %s", prefix, got, q.Why.Rules, name)
			}
		}
	}
}

// TestQATurns checks that "I" in a Q&A's answer is the person the
// introduction presents.
func TestQATurns(t *testing.T) {
	text := "Q&A: Nadia Holm on the port\n\nNadia Holm has run the port for ten years. We spoke in May.\n\n" +
		"Q: Was it hard?\n\nA: Yes. As I wrote to the board, 'we will not sign a lease we have not read.'\n\n" +
		"Q: And now?\n\nA: Now we wait.\n"
	a := find(text, speakerPeople...)
	for _, q := range a.Quotes {
		if hasPrefixWords(Text(a.Source, q), "we will not sign") {
			if q.Speaker < 0 || a.People[q.Speaker].Name != "Nadia Holm" {
				t.Errorf("speaker %d (why %v), want Nadia Holm", q.Speaker, q.Why.Rules)
			}
			return
		}
	}
	t.Errorf("quote not found in %q", quoteTexts(a))
}

// TestKindRules checks the title and sign rules of kindRules.
func TestKindRules(t *testing.T) {
	tests := []struct {
		text string
		want doc.QuoteKind
		rule string
	}{
		{"Blue Fund published a report called 'The Empty Room' in May.", doc.Title, ruleTitleNamed},
		{"Her keynote at the fair, 'Money at the Speed of Light', was watched widely.", doc.Title, ruleTitleAppos},
		{"Vandals spray-painted \"TOO LATE\" across the sign.", doc.Speech, ruleSign},
		{"She is reading \"Winter Hours\" by Ana Ruiz now.", doc.Title, ruleTitleBy},
		{"'LOST HOURS': Chief and mayor at war as the town counts the cost", doc.Term, ruleTerm},
		{"The inspector said the prize went to the farm's 'Red Barrow' again this year.", doc.Term, ruleTermName},
		{"Fans have long known the old stadium as \"Tin Castle.\"", doc.Term, ruleTermName},
		{"Porter blames a 'wrong door' mix-up for the delay", doc.Term, ruleTermAttributive},
		{"The choir ended with \"Paper Harbour,\" the group's best-known anthem, and left the stage.", doc.Title, ruleTitleApposAfter},
		{"The team described it in the study \"Long Winters and Short Harvests on Three Northern Farms.\"", doc.Title, ruleTitleCue},
		{"Lund said only: \"Not Today.\"", doc.Speech, ruleSentence},
	}
	for _, tt := range tests {
		a := find(tt.text, speakerPeople...)
		if len(a.Quotes) != 1 {
			t.Errorf("%q: %d quotes", tt.text, len(a.Quotes))
			continue
		}
		q := a.Quotes[0]
		if q.Kind != tt.want || !hasRule(q.Why, tt.rule) {
			t.Errorf("%q: kind %s why %v, want %s by %s", tt.text, q.Kind, q.Why.Rules, tt.want, tt.rule)
		}
	}
}

// TestGroupNoChaining checks issue 13's case: two sayings of one moment,
// one source quoting both in one long quote, others quoting the second
// alone, stay two groups; one saying quoted in two parts by one source and
// whole by others is one group.
func TestGroupNoChaining(t *testing.T) {
	texts := []string{
		`"Just pals, just pals," said Roe. "He is a good man. We have been pals for a long time."`,
		`"We have been pals for a long time," Roe said.`,
		`'We are just pals, just pals. He is a good man. Going well. Long time – we have been pals for a long time,' Roe said.`,
		`"We have been pals for a long time," offered Roe.`,
	}
	var docs []*doc.Annotated
	for i, tx := range texts {
		a := annotate(string(rune('a'+i)), tx, "2024-01-01", testPeople)
		a.Quotes, a.Citations = Find(a)
		docs = append(docs, a)
	}
	g := Group(docs)
	if g[0][0] == g[1][0] {
		t.Errorf("'Just pals' and 'We have been pals' chained into %s", g[0][0])
	}
	if g[1][0] != g[3][0] {
		t.Errorf("the same saying in two sources: %s and %s", g[1][0], g[3][0])
	}

	texts = []string{
		`"We had hoses, we had shovels, we had everybody," Roe said. "What we did not have was warning."`,
		`"We had hoses, we had shovels, we had no warning," Roe said.`,
		`"We had hoses and shovels. We did not have warning," Roe told the crowd.`,
	}
	docs = docs[:0]
	for i, tx := range texts {
		a := annotate(string(rune('a'+i)), tx, "2024-01-01", testPeople)
		a.Quotes, a.Citations = Find(a)
		docs = append(docs, a)
	}
	g = Group(docs)
	if len(g[0]) != 2 || g[0][0] != g[0][1] || g[0][0] != g[1][0] || g[1][0] != g[2][0] {
		t.Errorf("one saying in parts and whole: groups %q", g)
	}
}

// TestAgeReference: "the 34-year-old said" is the one person the text
// gives that age, else the latest subject of no other age (low); two of
// that age leave it unknown. (Ages are the people pass's, set by hand.)
func TestAgeReference(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, want, rule string
		ages                          map[string]int
	}{
		{"the age given earlier", "Tomas Berg, 34, lost the final to Omar Haddad.\n\n\"He was better on the day,\" the 34-year-old said.", "He was better", "Tomas Berg", spkAge, map[string]int{"Tomas Berg": 34}},
		{"no age given: the latest subject", "Omar Haddad beat Tomas Berg on Sunday. Berg, the veteran, was gracious. \"He was better on the day,\" the 34-year-old said.", "He was better", "Tomas Berg", spkAgeLatest, nil},
		{"two of that age", "Tomas Berg, 34, met Omar Haddad, 34, in the final.\n\n\"It was close,\" the 34-year-old said.", "It was close", "-", spkPronounAmb, map[string]int{"Tomas Berg": 34, "Omar Haddad": 34}},
		{"the latest subject is of another age", "Tomas Berg, 51, watched from the stand.\n\n\"It was close,\" the 34-year-old said.", "It was close", "-", spkNone, map[string]int{"Tomas Berg": 51}},
	} {
		a := annotate("t", tc.text, "2024-01-01", speakerPeople)
		for i := range a.People {
			if n, ok := tc.ages[a.People[i].Name]; ok {
				a.People[i].Ages = []doc.Age{{Age: n}}
			}
		}
		a.Quotes, a.Citations = Find(a)
		found := false
		for _, q := range a.Quotes {
			if !hasPrefixWords(Text(a.Source, q), tc.quote) {
				continue
			}
			found = true
			got := "-"
			if q.Speaker >= 0 {
				got = a.People[q.Speaker].Name
			}
			if got != tc.want || !hasRule(q.Why, tc.rule) {
				t.Errorf("%s: speaker %s (why %v), want %s (%s)", tc.name, got, q.Why.Rules, tc.want, tc.rule)
			}
		}
		if !found {
			t.Errorf("%s: quote %q not found", tc.name, tc.quote)
		}
	}
}
