package quotes

import "github.com/dossier/dossier/generator/internal/doc"

// The names of the rules recorded in doc.Quote.Why: one for the kind
// ("speech:…", "term:…", "title:…") and one for the speaker ("speaker:…"),
// with the speaker rule's confidence. The kind rules are tried in the order
// of kindRules; the speaker rules are set where pick and subjectOf decide.
const (
	// Kinds.
	ruleTitleNoun       = "title:work-noun-after"            // the "Famous" video
	ruleTitleCue        = "title:title-cue-before"           // a report titled 'X'
	ruleTitleNamed      = "title:work-noun-called"           // a report called 'X'
	ruleTitleBy         = "title:by-author"                  // 'Winter Hours' by Ana Lund
	ruleTitleAppos      = "title:work-noun-apposition"       // her keynote, 'Money at the Speed of Light', …
	ruleTitleApposAfter = "title:work-noun-apposition-after" // "Blue Hour," the group's best-known anthem
	ruleSpeechCaption   = "speech:caption-quote"             // 'Take my picture': Ada Lund …
	ruleVerbAdjacent    = "speech:reporting-verb-before"     // he said: "…"
	ruleVerbAfter       = "speech:reporting-verb-after"      // "…," said Lund
	ruleSpeechLabel     = "speech:speaker-label"             // Lund: "…"; a transcript turn's label
	ruleSign            = "speech:sign-or-graffiti"          // a sign that read '…'
	ruleGoverned        = "speech:reporting-verb-governs"    // Lund called the lease a 'giveaway'
	ruleLong            = "speech:five-words-or-more"        //
	ruleSentence        = "speech:whole-sentence"            // 'Go home.'
	ruleContinues       = "speech:continues-speech"          // "…," said Lund. "Never."
	ruleNested          = "speech:nested-long"               // a quotation read out inside a quotation
	ruleTerm            = "term:no-reporting-verb"           // scare quotes, nicknames, headline words
	ruleTermNested      = "term:nested-short"                //
	ruleTermHeadline    = "term:headline-without-speaker"    // ‘LOST HOURS’: …
	ruleTermName        = "term:quoted-name"                 // the farm's 'Red Barrow'; known as "Tin Castle."
	ruleTermAttributive = "term:attributive"                 // blames a 'wrong door' mix-up

	// Speakers.
	spkVerbBefore     = "speaker:reporting-verb-before"      // Lund said: "…"
	spkVerbAfter      = "speaker:said-after-quote"           // "…," said Lund / Lund said
	spkInSentence     = "speaker:reporting-verb-in-sentence" // Lund said the lease was a 'giveaway'
	spkCaption        = "speaker:caption-sentence"           // 'Go': Ada Lund told …
	spkCaptionName    = "speaker:caption-name-after-colon"   // 'Go home': Ada Lund on her new book
	spkIntroducer     = "speaker:verbless-introducer"        // He then followed up with: "…"
	spkContinuation   = "speaker:continuation"               // the next sentence or paragraph of the same speech
	spkSplit          = "speaker:split-quote"                // "The deal," she said, "is dead."
	spkContext        = "speaker:context-previous-sentence"  // a sentence about Lund, then a quotation alone
	spkAnswer         = "speaker:answer-after-question"      // '"…," Lund said.' / 'Why?' / '"…"': the previous answer's speaker (low)
	spkContextPronoun = "speaker:context-pronoun-subject"    // "She pauses. '…'": the one person the pronoun agrees with (low)
	spkLabel          = "speaker:label-colon"                // Lund: "…"
	spkSignature      = "speaker:signature-dash"             // "…" — Ada Lund, head of engineering
	spkTurn           = "speaker:transcript-label"           // LUND: … and I quote: "…"
	spkQuoteFirst     = "speaker:first-person-in-quote"      // '… I told him, "Run,"' Lund said → Lund
	spkReadOut        = "speaker:read-out-quote"             // X wrote, and I quote: "…" → X
	spkPossessive     = "speaker:possessive-statement"       // read Lund's statement: "…"
	spkName           = "speaker:name-next-to-verb"          // the mention right at the verb
	spkApposition     = "speaker:apposition"                 // Lund, a spokeswoman, said; his lawyer, Ada Lund, said
	spkAccording      = "speaker:according-to"               // "…," according to Lund
	spkJoint          = "speaker:joint-speakers"             // "…," Lund and Berg said → no one speaker
	spkNameOfOrg      = "speaker:name-of-organisation"       // Lund of Acme Capital said
	spkPronounAgree   = "speaker:pronoun-gender-agrees"      // he said → the one recent man
	spkPronounSal     = "speaker:pronoun-salience"           // he said → the current subject
	spkPronounAmb     = "speaker:pronoun-ambiguous"          // two people fit: left unknown
	spkUnnamed        = "speaker:pronoun-unnamed-in-quote"   // '… I asked him where. He said, "…"' → unknown
	spkPronounNamed   = "speaker:pronoun-named-in-paragraph" // inside a quotation: the one she the paragraph names (low)
	spkRole           = "speaker:role-named-earlier"         // the judge said → Judge Ada Lund
	spkRoleLatest     = "speaker:role-latest-subject"        // the rapper said → the latest subject (low)
	spkRoleOnly       = "speaker:role-only"                  // a company spokesperson said → unknown
	spkAge            = "speaker:age-named-earlier"          // the 34-year-old said → the one person the text gives 34
	spkAgeLatest      = "speaker:age-latest-subject"         // the 34-year-old said → the latest subject, no age known (low)
	spkClause         = "speaker:clause-subject"             // Lund rose and said: "…"
	spkNone           = "speaker:none-found"                 //
	spkHeadline       = "speaker:headline-echoes-body"       // 'Never again': … above "Never again," Lund said
	spkSign           = "speaker:sign-has-none"              // a sign that read '…'
	spkHypothetical   = "speaker:hypothetical"               // If the chair says '…'
)

// because is doc.Because with the kind rule first.
func because(kind string, at attribution) doc.Why {
	if at.rule == "" {
		return doc.Because(doc.High, kind)
	}
	c := at.conf
	if c == "" {
		c = doc.Low
	}
	if at.pos != "" {
		return doc.Because(c, kind, at.pos, at.rule)
	}
	return doc.Because(c, kind, at.rule)
}
