package quotes

import (
	shared "github.com/dossier/dossier/generator/internal/lexicon"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords are dropped before comparing wordings: they vary freely between
// reports of the same words.
var stopWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "so": true, "uh": true, "um": true, "oh": true}

// words splits a wording into lower-case words without punctuation or
// apostrophes (curly or straight): "We’ve" → "weve".
func words(s string) []string {
	// The lower-case words are written one after the other into one
	// buffer, and sliced out of it as one string: one allocation a wording.
	var buf []byte
	var ends []int
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			// apostrophes join: don't → dont
		default:
			if len(ends) == 0 && len(buf) > 0 || len(ends) > 0 && ends[len(ends)-1] < len(buf) {
				ends = append(ends, len(buf))
			}
		}
	}
	if len(ends) == 0 && len(buf) > 0 || len(ends) > 0 && ends[len(ends)-1] < len(buf) {
		ends = append(ends, len(buf))
	}
	if len(ends) == 0 {
		return nil
	}
	all := string(buf)
	out := make([]string, len(ends))
	start := 0
	for i, e := range ends {
		out[i] = all[start:e]
		start = e
	}
	return out
}

// stem strips common English inflections so that "discussed",
// "discussing" and "discuss" compare equal: the project's one stemmer.
func stem(w string) string { return shared.Stem(w) }

// normTokens returns the stemmed content words of a wording.
func normTokens(s string) []string {
	return normWords(words(s))
}

// normWords returns the stemmed words of ws without articles, in a new
// slice; a contraction with n't is read as its verb and "not" ("wont" →
// "will not", "didnt" → "did not"), one with 've as "have".
func normWords(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if stopWords[w] {
			continue
		}
		switch {
		case w == "wont":
			out = append(out, "will", "not")
			continue
		case w == "cant":
			out = append(out, "can", "not")
			continue
		case len(w) > 3 && strings.HasSuffix(w, "nt") && ntVerbs[w[:len(w)-2]]:
			out = append(out, w[:len(w)-2], "not")
			continue
		case len(w) > 3 && strings.HasSuffix(w, "ve") && veSubjects[w[:len(w)-2]]:
			out = append(out, w[:len(w)-2], "have")
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// ntVerbs are the verbs of the contractions with n't ("didnt").
var ntVerbs = map[string]bool{
	"did": true, "does": true, "do": true, "is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "could": true, "would": true, "should": true, "must": true, "need": true,
	"might": true, "ai": true,
}

// veSubjects are the pronouns of the contractions with 've ("weve").
var veSubjects = map[string]bool{"we": true, "i": true, "you": true, "they": true, "who": true}

// functionWords are not content words: pronouns, auxiliaries,
// prepositions, conjunctions and the like (after stemming and contraction
// expansion). Reworded reports of one saying share their content words.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`i me my we us our you your he him his she her it its they them their
		is are was were be been being am have has had do doe did will would can could shall should may might must
		of in on at to for with by from about into over after before than as up out off then there here
		and or but so if that this these those what which who whom when where why how not no nor
		just only very all any some one also too even still again more most much many such own
		s t ll re d ve m yes oh well like get got go going gone`) {
		m[w] = true
		m[stem(w)] = true
	}
	return m
}()
