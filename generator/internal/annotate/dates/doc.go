// Package dates finds temporal expressions, normalizes them against the
// publication date, turns dated statements into event reports, and merges
// reports of the same happening across sources into events.
//
// # How it works
//
// Find tokenizes the text once (words, numbers, punctuation, with URLs,
// @handles and #hashtags marked off) and splits it into sentences, then
// tries the expression forms at each token, left to right: relative words
// ("today", "last week", "next month", "earlier that month", "two weeks
// ago"), weekdays (with last/next/this, a part of the day, and an explicit
// date in parentheses or after a comma, which wins; a weekday that disagrees
// with its date becomes a warning in Annotated.Warnings), calendar dates in
// every order ("Dec. 13, 2016", "13 December 2016", "2016-12-13",
// "12/13/2016"), months with a year or after a preposition ("In June"),
// times of day ("10:40 am", "shortly after 9am"), seasons, decades ("the
// 1990s") and years, which must pass context rules (no "#2024", "$50", "50,000
// jobs", "season 44", "Kanye 2020" names, ages). Word lists are in lexicon/.
//
// Expressions without a full date are resolved against the anchor
// (Source.Published) and the tense of their clause (the tense marker nearest
// to the expression: will/'ll/going to/is -ing for the future, past forms
// for the past): a weekday is the next one in a future clause, otherwise the
// most recent one (the anchor day itself included), or the day after the
// anchor, since a story dated one day is often updated the next; a month or
// a day without a year is the past one, the coming one, or the nearest.
// Weeks have no precision of their own: "last week" is the month of that
// week, or its year when the week spans two months. A time of day alone
// takes the day of its sentence, else one from its paragraph or the one
// before (not after the anchor), else the anchor. Without an anchor,
// relative expressions are skipped.
//
// Each expression in a statement gives a Report: the clause that holds it
// (joined with neighbouring clauses when it says too little, never taking in
// a clause with a date of its own when it has a verb; at most 160 bytes, cut
// at words), the people named in the sentence (or the last one named before
// it, for a pronoun), and Planned when the expression points ahead or its
// period starts after the anchor. Questions, bylines and embedded-post
// signatures give no report of their own (a post's date dates the post).
//
// Merge takes reports finest date first and puts each into the best event
// it finds through an index keyed by (period, person id), (period, shingle)
// and (period, source); lists longer than 64 events are skipped, so the
// work stays linear. A report joins an event when one of the event's
// reports has the same date or a period containing it and similar wording
// (overlap of content-word stems, names left out since people are compared
// by id) or two people in common on the same day; coarser dates need more
// wording in common. Later passes re-place lone reports, move month and year
// events into a finer event that most of their reports fit, and join events
// one day apart when the sources of the smaller one all report the larger
// one and their wording or people agree: the event keeps the majority date
// (by number of sources) and records the disagreement in Conflicts.
// ICS writes the events as an RFC 5545 calendar.
//
// # Measured figures
//
// On the evaluation corpus (testdata/: five articles, two stories, 38
// expressions, 23 events; TestEvaluation), with people given by hand:
//
//	temporal expressions   precision 1.000 (38/38)   recall 1.000 (38/38)
//	normalization          accuracy 1.000 (38/38)
//	event merge (pairwise) precision 1.000   recall 0.950   F1 0.974
//
// The thresholds were tuned on this corpus, so these figures are optimistic;
// the table-driven tests (expressions_test.go) and the seeds (seeds_test.go)
// are further checks. Speed, one core of a loaded shared machine: on the
// 10,000-source synthetic corpus (internal/synth, 62 MB, 117,000
// expressions, 115,000 reports) Find took 3.0–4.1 s in all and Merge
// 2.6–6.4 s (load average 11 on 2 cores; less when idle).
//
// # Where it fails
//
//   - Reports with coarse dates (a month, a year) that share little wording
//     stay apart even when they tell the same thing ("whether he would run in
//     2020" and "I have decided in 2020 to run"); with the people of
//     people.Find they join more often.
//   - Two reports of one story several days apart are never joined as a
//     conflict: only one-day disagreements are (to keep multi-day stories
//     apart), and only when they share wording or people.
//   - Tense is a nearest-marker heuristic: "to come to the late January
//     affair" has no tense and falls back to the nearest January.
//   - A time of day with no day near it takes the anchor day.
//   - Weekday names inside titles ("Sunday Times") are recognized only from
//     the word lists in lexicon/names.txt.
//   - Numeric dates with the day first and both parts ≤ 12 are read month
//     first (US order).
package dates
