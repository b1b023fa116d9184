// Package quotes extracts quotations, attributes their speakers, finds the
// outlets a source cites, and groups the same quote across sources.
//
// # API
//
//   - Find(a) returns a's quotations in text order (doc.Quote: Span without
//     the marks, Outer with them, Kind, Speaker, Attribution, Parts) and the
//     outlets it cites (doc.Citation). It needs a.People and a.Mentions.
//   - Text(src, q) returns a quotation's words; for a quotation split by an
//     attribution or running over several paragraphs, q.Span covers the
//     whole stretch (attribution included) and Text joins q.Parts instead.
//     Use Text, not src.Slice(q.Span), for QuoteEntry.Text.
//   - Group(docs) gives every quote a group id shared by the same words in
//     other sources; Diff(a, b) is a word-level diff of two wordings.
//
// # How it works
//
// Extraction (marks.go) reads each paragraph once (a line; a block of lines
// when the text is hard-wrapped). Every ", “, ”, ', ‘, ’ is judged by the
// runes on either side: a mark between two letters is an apostrophe (don't,
// y’all, Okafor‘s), elisions come from lexicon/elisions.txt ('em, 'n', ’90s),
// a closing single mark after "s" with a later closer is a possessive
// (players' union). Marks are paired with a stack, so nested quotations of
// the other kind come out as their own quotes. A quotation left open at the
// end of a paragraph continues only when the next paragraph opens with the
// same mark (the multi-paragraph convention); otherwise it is dropped, or
// kept to the end of its paragraph when it opened after a colon or at the
// start of the paragraph ("he continued: 'I still don't … a loser.;").
// Nothing crosses a paragraph otherwise.
//
// Each paragraph is then tokenized with each top-level quotation folded
// into one token and each person mention into one token (tokens.go), and
// split into sentences. Classification (classify.go): a title when a work
// noun follows (the "Famous" video) or a title cue precedes it (the single
// "Paper Moon"); speech when a reporting verb governs it directly (offering
// a "hey", he tweeted: '#2024.'), when an attribution follows a quotation
// ending in , ? or !, when it has five words or more, or when it is a whole
// sentence; otherwise a term (scare quotes). Naming verbs ("called him a
// 'genius'") never make a short quotation speech. Headline fragments
// without a verb (‘Friends’ … ‘Discussed Life’) are terms: the text gives
// them no speaker. A quotation opening a caption ("'Take my picture': …")
// is speech, attributed from the caption's sentence.
//
// Attribution (attribute.go, find.go), most specific first: a reporting
// verb right before the quotation ("Okafor replied, …", "he said: …"); a
// phrase right after it ("…," said Okafor / Okafor, 70, told reporters / the
// rapper said / a source told the magazine); the last reporting verb earlier
// in the sentence ("Diallo said the pair met because Okafor "…""); a verbless
// introducer ("He then followed up with, "…""); then the previous speech
// quote when nothing but its own attribution lies between (the next
// sentence or paragraph of the same speech). The subject of a verb is the
// mention right before it (skipping "also", "later", appositions), the
// clause's subject when it is elided ("and said:", "saying:"), a pronoun
// resolved to the current sentence's subject or the latest subject or
// speaker of matching gender (first names and honorifics, from the
// lexicon) who is not named inside the quotation, or a noun phrase:
// indefinite ("a source", "two sources", "one meme") → unknown; someone
// else's ("Roe's spokesman", "a spokesman for Roe") → unknown; definite
// ("the rapper", "the then-presidential candidate") → the person the text
// describes with that role noun, else, for roles that can name the main
// subject (not proxies such as spokesman or source), the latest subject.
// Unknown stays -1. Citations (cite.go) are outlet names (lexicon/outlets.txt,
// or capitalized runs with an outlet word, an acronym or an inner capital
// and no organisation word) in a citing frame: according to X, told X,
// confirmed to X, Speaking to X, Per X, X reported/reports/said, X can
// confirm, an interview with X, obtained by X.
//
// Group (group.go) normalizes wordings (case, apostrophes, punctuation,
// dashes, articles; a light stemmer), indexes speech by word bigram and
// verifies candidate pairs by Jaccard ≥ 0.5 or containment of the shorter
// (≥ 0.7 with five bigrams or more, whole with four words or more); a
// fragment of the same named speaker joins when wholly contained or when
// two excerpts overlap by three bigrams. Alike wordings by two different
// named speakers do not group. Bigrams shared by more than 64 quotes are
// not used to find candidates (they would make the work quadratic), so
// identical wordings are also joined by an exact-text key. Candidates are
// verified without allocating (merge walks of sorted bigram and word-id
// sets) and only when they can still match: not when already in one group,
// and not when upper bounds of their overlap (bigrams shared through the
// short postings plus the number of long ones; 64-bit signatures of the
// sets) rule every test out. Terms and titles
// group only with each other and only on equal normalized words ('genius'
// with 'genius'), never by containment into speech. Union-find makes the
// groups; an id is "g-" and the first five words of the group's earliest
// quote (publication date, source id, offset), "-2", "-3" on collisions.
//
// # Measured (go test -run 'Evaluation|Seeds' -v)
//
// On the evaluation corpus (testdata/corpus: five articles written for the
// purpose, 55 quotations, two stories told by several outlets):
// extraction precision 1.000, recall 1.000, F1 1.000; kind accuracy 1.000;
// speaker accuracy 1.000 (44 speech quotes); grouping pairwise precision
// 1.000, recall 1.000, F1 1.000; citations precision 1.000, recall 1.000.
// The corpus was written alongside the rules, so these are an upper bound;
// the targets enforced by the test are F1 ≥ 0.95, speaker accuracy ≥ 0.90,
// grouping F1 ≥ 0.95. On the five seed texts all 48 checked quotations are
// extracted with the expected kind and speaker, with people marked by hand
// and end to end through people.Find, and the cited outlets are found.
// Find runs at about 25 MB/s on one core of the test machine on the
// evaluation corpus (BenchmarkFind; 18 before, measured alongside) and at
// about 65 MB/s per CPU second on synthetic sources (BenchmarkFindSynth,
// median of ten runs; 60 measured alongside before the last changes below,
// 28 before the word lists), and costs 0.8–1.1 s of CPU for 10,000 synthetic
// sources (64 MB; BenchmarkStage in internal/annotate, fastest and median of
// twelve runs; 0.9–1.3 s measured alongside before runs of ASCII were read
// by one table lookup a byte and the citation cues became word lists, about
// 2.5 s before the word lists): a word's lists (citation cues included) and
// pronoun gender are looked up once, when it is tokenized, in an
// open-addressing table behind a filter, and runs of ASCII are tokenized by
// a loop that calls nothing. Group takes about 0.7 s of CPU for 10,000 synthetic
// sources (BenchmarkGroupSynth: the scale test's corpus; 6 s before the
// candidate filters) and about 0.9 s for 10,000 copies of the evaluation
// corpus and seeds (BenchmarkGroup, every quote with a thousand copies).
//
// # Where it fails
//
//   - Quotation marks typed the wrong way round inside words are read as
//     apostrophes; a straight ' opening a word that is not an elision
//     ('do for hairdo) is an opener and can pair with a later closer in the
//     same paragraph.
//   - A plural possessive (players') inside a single-quoted speech is taken
//     as the closer when no later closing mark exists in the paragraph.
//   - Speaker resolution has no syntax parser: long subjects with relative
//     clauses, passive reporting ("it was said by"), speakers named only in
//     a later sentence, and "they"/"we" are left unknown; role nouns are
//     matched by head word only, and the fallback to the latest subject for
//     "the rapper"-style roles can be wrong when two people share a role.
//   - Gender comes from a first-name list; unlisted names agree with both
//     he and she.
//   - Term versus speech for short quotations is a heuristic (five words,
//     a governing verb); a quoted short sentence in a headline is a term.
//   - Generic outlet names need an outlet word, acronym or inner capital;
//     "told Smith" for a person the people pass missed is not cited, but an
//     unknown acronym organisation after "told" can be.
//   - Grouping by bigrams misses heavy paraphrase, and two short quotes by
//     the same speaker can join when one contains the other by chance.
package quotes
