package people

import "strings"

// contextNegatives are the negative cues of a run's context: one of them on
// any use of a string makes the string a non-person everywhere in the
// source, unless another use has a strong positive cue.
// (A determiner or a noun after the name is not among them: "the Ada Lund
// campaign" speaks of a person.)
const contextNegatives = rOrgHead | rPlacePrefix | rAmpersand | rOrgNoun | rWorkNoun | rOrgAppositive | rPlacePrep |
	rFiction | rNamedStorm | rOrgPossession

// hardNegatives are the negative cues that only a cue no organisation
// has outweighs (personOnly): an organisation says and tells too.
const hardNegatives = rOrgHead | rPlacePrefix | rAmpersand | rOrgNoun | rWorkNoun | rOrgAppositive | rFiction | rBrand | rNumbered |
	rOrgPossession

// personOnly are the positive cues that only a person has.
const personOnly = strongRules &^ rReporting

// poolEvidence shares the cues of every use of a name over the source
// (rule not-a-person-in-source): "in Port Halden" makes Port Halden a
// place in the sentence that says nothing about it, and "Lund said" makes "Ada Lund" a person where only her name
// is written. A run that is the start of a longer run ending in an
// organisation or place head word ("X Ridge" of "the X Ridge Fire") shares
// its negative cues. A multi-word run with no positive cue in any use, and
// whose first word is not a given name, is dropped: a capitalised phrase
// needs evidence to be a person. The first word of a multi-word
// non-person ("Acme" of "Acme Shipping") and a single word written after
// a determiner ("the Sentinel") are never a person of one word
// (f.notAlone, rule org-short-form); a person's surname still resolves.
func (f *finder) poolEvidence() {
	type pooled struct{ pos, neg ruleSet }
	by := make(map[string]*pooled, len(f.cands))
	get := func(k string) *pooled {
		p := by[k]
		if p == nil {
			p = &pooled{}
			by[k] = p
		}
		return p
	}
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.kind != multiName && c.kind != singleName {
			continue
		}
		p := get(c.key)
		p.pos |= c.rules & positiveRules
		p.neg |= c.rules & contextNegatives
		// "X Y Fire", "X Y Stadium": X Y is the place's name.
		if n := len(c.words); c.kind == multiName && n >= 3 && c.rules&rOrgHead != 0 &&
			(f.toks[c.words[n-1]].is(inOrgHeads) || f.toks[c.words[n-1]].lis(inArtHead)) {
			get(f.keyOf(c.words[:n-1])).neg |= rOrgHead
		}
		// "Lund said": evidence for the full names ending in Lund.
		if c.kind == singleName && c.rules&strongRules != 0 {
			get("\x00" + c.key).pos |= c.rules & strongRules
		}
	}
	f.notAlone = map[string]bool{}
	detWords := map[string]bool{}
	for ci := range f.cands {
		c := &f.cands[ci]
		if c.kind != multiName && c.kind != singleName {
			continue
		}
		p := by[c.key]
		// "Acme" of "Acme Shipping", "the Acme": an organisation's short
		// form, unless a person's name resolves it (resolveRest).
		if c.kind == multiName && c.rules&hardNegatives != 0 && c.rules&rRegistry == 0 {
			f.notAlone[f.toks[c.words[0]].lower] = true
		}
		if c.kind == singleName && (c.det || c.rules&rFiction != 0) {
			detWords[c.key] = true
		}
		if c.rules&rRegistry == 0 && (p.neg&hardNegatives != 0 && p.pos&personOnly == 0 || p.neg != 0 && p.pos&strongRules == 0) {
			c.neg(rPooledNeg)
			continue
		}
		if p.pos&^c.rules != 0 {
			c.pos(rPooled)
		}
		if c.kind == multiName && p.pos == 0 {
			last := c.key[strings.LastIndexByte(c.key, ' ')+1:]
			first, _, _ := strings.Cut(c.key, " ") // a key of initials run together ("J.Lund") has no space
			if s := by["\x00"+last]; s != nil {
				c.pos(rPooled)
			} else if s := by["\x00"+first]; s != nil && s.pos&personOnly != 0 && !f.toks[c.words[0]].is(inGiven) {
				// "Tran, 39," for "Tran Mai": a family name written first
				// (a cue only a person has: "Acme said" is no cue for "Acme Haulage").
				c.pos(rPooled)
			} else if !f.toks[c.words[0]].is(inGiven) {
				c.needsCue = true // a person only when listed with people (resolveRest)
			}
		}
	}
	// A person's own cue for the single word ("his son X") outweighs it.
	for ci := range f.cands {
		if c := &f.cands[ci]; c.kind == singleName && f.notAlone[c.key] && by[c.key].pos&personOnly != 0 {
			delete(f.notAlone, c.key)
		}
	}
	for k := range detWords {
		f.notAlone[k] = true
	}
}
