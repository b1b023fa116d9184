package people

import (
	"math/bits"

	"github.com/dossier/dossier/generator/internal/doc"
)

// rule is one named cue of the detector: a reason to take a capitalised
// run for a person (a positive rule) or for something else (a negative
// rule). The names are the provenance published with every person
// (doc.Person.Why); the table below documents each one.
type rule uint64

// ruleSet is a set of rules, one bit each.
type ruleSet = rule

// The rules. Positive rules first; strong ones (a cue of the context, not
// of the word alone) outweigh negative evidence pooled over the source.
const (
	rGivenName     rule = 1 << iota // given-name: the run opens with a known given name
	rTitle                          // title-before-name: "Commissioner X", "Dr. X", "DI X"
	rRoleLike                       // role-words-before-name: capitalised role words before a given name ("Fire Chief X")
	rParty                          // party-label-before-name: "Democrat X"
	rTitleInitials                  // title-initials: "DI X" where the text writes out "Detective Inspector"
	rRoleBefore                     // role-before-name: "rapper X", "his mother, X"
	rReporting                      // reporting-verb: "X said", "said X"
	rAge                            // age-after-name: "X, 35,"
	rAppositive                     // appositive-after-name: "X, the company's founder," / "X, who"
	rKinAfter                       // kin-after-possessive: "X's daughter"
	rAuxVerb                        // given-name-before-verb: "Ada will return"
	rRegistry                       // registry: a curated name
	rListed                         // listed-with-people: "Ada Lund, X and Ben Okafor"
	rNickname                       // quoted-nickname: `Ada "Dee" Lund`
	rLabel                          // transcript-label: "ADA LUND, HOST:" / "LUND:"
	rPooled                         // evidence-elsewhere: another use of the name in the source has a cue
	rCreditLine                     // credit-line: a name of two words or more in a byline or credit ("By X", "Picture: X")
	rKinSurname                     // surname-from-kin: "Lund's brother Ola" is Ola Lund (a blood relative of a person the text names)

	// Negative rules.
	rKnownNonPerson // known-non-person: a place, organisation or work of the lexicons or registry
	rOrgHead        // org-head-word: "X Shipping", "X Ridge", "X Stadium"
	rPlacePrefix    // place-prefix: "Lake X", "Fort X", "St. X"
	rAmpersand      // ampersand: "X & Y", an organisation
	rDeterminer     // determiner-before: "the X", a modifier or a thing
	rOrgNoun        // org-noun-before: "the research firm X"
	rWorkNoun       // work-noun-before: "the show X"
	rAfterNoun      // modifier-noun-after: "the X administration"
	rOrgAppositive  // org-appositive: "X, a short-selling firm"
	rPossBefore     // possessive-before: "Okafor's Okafor Tower"
	rHandle         // handle: "@X", "#X"
	rRoleLast       // role-last: "Staff Reporter"
	rPlacePrep      // place-preposition: "in X", "near X"
	rPooledNeg      // not-a-person-in-source: another use of the string in the source is a place, organisation or thing
	rOrgShort       // org-short-form: "Acme" alone where the text writes "Acme Shipping", or "the Acme"
	rFiction        // fictional-character: "X the Walrus", "the team's mascot, X", "playing X", "a real-life X"
	rBrand          // camel-case-brand: a word of two English words run together ("MailBox", "NewsWire")
	rNumbered       // number-in-name: "Metro 7 News", a capitalised name with a number inside
	rParenLabel     // parenthetical-label: "Ada Lund MP (Con)", "Senator X (Dem.)": a party or seat label in parentheses after a name or title
	rNamedStorm     // named-storm: "Hurricane X", "Storm X", "Typhoon X" (unless a strong cue says otherwise: storms say nothing)
	rOrgPossession  // org-possession: "X's shares", "X's headquarters": something only an organisation has
	rOfAffiliation  // of-after-name: "Ada Lund of X", "the University of X", "Ministry of X": a place or body the name before "of" belongs to

	// Positive rules added after the negative ones (bit order is only the
	// order of the names).
	rPortfolio // portfolio-title: "Minister for Rural Affairs X", "Secretary of State X": the portfolio after a title is not part of the name

	rPartyDistrict // party-district-label: "Sen. X, R-Carrow,": a party's letter joined to a seat by a hyphen, after a comma or parenthesis
)

// strongRules are the positive cues of the context: they outweigh
// negative evidence pooled over the source.
const strongRules = rTitle | rRoleLike | rParty | rTitleInitials | rRoleBefore | rReporting | rAge |
	rAppositive | rKinAfter | rRegistry | rNickname | rLabel | rPortfolio

// positiveRules are all the positive cues.
const positiveRules = strongRules | rGivenName | rAuxVerb | rListed | rPooled | rCreditLine

// ruleNames are the published names of the rules, in bit order.
var ruleNames = [...]string{
	"given-name", "title-before-name", "role-words-before-name", "party-label-before-name", "title-initials",
	"role-before-name", "reporting-verb", "age-after-name", "appositive-after-name", "kin-after-possessive",
	"given-name-before-verb", "registry", "listed-with-people", "quoted-nickname", "transcript-label",
	"evidence-elsewhere", "credit-line", "surname-from-kin",
	"known-non-person", "org-head-word", "place-prefix", "ampersand", "determiner-before", "org-noun-before",
	"work-noun-before", "modifier-noun-after", "org-appositive", "possessive-before", "handle", "role-last",
	"place-preposition", "not-a-person-in-source", "org-short-form", "fictional-character",
	"camel-case-brand", "number-in-name", "parenthetical-label", "named-storm", "org-possession", "of-after-name",
	"portfolio-title", "party-district-label",
}

// names returns the names of the rules in s, in table order.
func (s ruleSet) names() []string {
	out := make([]string, 0, bits.OnesCount64(uint64(s)))
	for i := range ruleNames {
		if s&(1<<i) != 0 {
			out = append(out, ruleNames[i])
		}
	}
	return out
}

// why is the provenance of a person found by the positive rules s: high
// with a cue of the context, medium with a given name, low otherwise.
func (s ruleSet) why() doc.Why {
	s &= positiveRules
	switch {
	case s&strongRules != 0:
		return doc.Because(doc.High, s.names()...)
	case s&rKinSurname != 0:
		return doc.Because(doc.Medium, s.names()...) // the surname is inferred
	case s&(rGivenName|rAuxVerb|rListed|rPooled|rCreditLine) != 0:
		return doc.Because(doc.Medium, s.names()...)
	}
	return doc.Because(doc.Low, s.names()...)
}

// pos records a positive cue.
func (c *cand) pos(r rule) {
	c.rules |= r
	c.evidence = true
}

// neg records a negative cue that makes the run a non-person here.
func (c *cand) neg(r rule) {
	c.rules |= r
	c.hardNeg = true
}

// The merge rules of a mention (doc.Mention.Why): how a form was found to
// name its person.
const (
	mFullName     = "full-name"                // the fullest name of the person
	mShorterName  = "shorter-full-name"        // a shorter name of two words or more ("Ada Lund" of "Ada J. Lund")
	mSurname      = "surname-of-full-name"     // the last word of a full name
	mGiven        = "given-name-of-full-name"  // the first word of a full name
	mInitials     = "initials"                 // "AJL" for Ada J. Lund
	mRegistry     = "registry"                 // a curated alias
	mSingle       = "single-name"              // a person known by one word only
	mNickname     = "nickname"                 // a quoted nickname given with the full name
	mLabel        = "transcript-label"         // "LUND:" in a transcript
	mParticleName = "particle-surname"         // "von Lund" of "Ada von Lund"
	mReversed     = "family-name-first"        // "Lund Ada" written family name first elsewhere
	mHeadline     = "known-name-in-title-line" // a known name inside a title-case line
	mHandle       = "signature-handle"         // "@adalund" after the name in a post's signature
)

// mentionWhy is the provenance of a mention found by the merge rule why:
// a full name, a registry alias or a transcript label is sure; a bare
// surname or given name that could have gone to another person less so.
func mentionWhy(why string) doc.Why {
	switch why {
	case mFullName, mRegistry, mLabel, mNickname, mParticleName, mHandle:
		return doc.Because(doc.High, why)
	case mShorterName, mSurname, mInitials, mSingle, mReversed:
		return doc.Because(doc.Medium, why)
	}
	return doc.Because(doc.Low, why)
}
