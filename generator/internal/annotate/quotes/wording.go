package quotes

import (
	"slices"

	"github.com/dossier/dossier/generator/internal/doc"
)

// What the cross-source quote grouping (link.GroupQuotes) reads of this
// package's per-source work: how a wording is normalized, and what the
// rules said of a quote.

// Words splits a wording into lower-case words without punctuation or
// apostrophes (curly or straight): "We’ve" → "weve".
func Words(s string) []string { return words(s) }

// NormWords returns the stemmed words of ws (from Words) without
// articles, in a new slice; a contraction with n't is read as its verb and
// "not" ("didnt" → "did not"), one with 've as "have".
func NormWords(ws []string) []string { return normWords(ws) }

// FunctionWord reports whether a normalized word (from NormWords) is a
// function word (a pronoun, auxiliary, preposition and the like) rather
// than a content word.
func FunctionWord(w string) bool { return functionWords[w] }

// Hypothetical reports whether q is speech the text only supposes ("If
// the chair says '…'").
func Hypothetical(q doc.Quote) bool { return slices.Contains(q.Why.Rules, spkHypothetical) }

// Caption reports whether q is the quote of a caption or headline
// ("'Take my picture': …").
func Caption(q doc.Quote) bool { return slices.Contains(q.Why.Rules, ruleSpeechCaption) }

// Continues reports whether q continues the quotation before it: split
// by its attribution ("The deal," she said, "is dead.") or the next
// sentence or paragraph of the same speech.
func Continues(q doc.Quote) bool {
	return slices.Contains(q.Why.Rules, spkContinuation) || slices.Contains(q.Why.Rules, spkSplit)
}
