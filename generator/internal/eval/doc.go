// Package eval scores a built dossier (data/dossier.json) against
// hand-made gold annotations in the format of the development set
// (../shared/devset/README.md: one gold/NAME.gold.json an article, and
// gold/CROSS.json for what links articles). It implements the rules of that
// folder's reference scorer, score.py, and differs from it in nothing: the
// two print the same figure for every metric to the third decimal (the
// tests run score.py on invented, perturbed and gold-built dossiers and
// compare every figure; they also agree on the generator's real output).
// The only inputs on which they part are those score.py cannot read: it
// stops on a null list or a missing id, where this package reads null as
// empty and a missing string as "". Where the devset's README and score.py
// disagree, this package follows score.py (see cross_people_acc).
//
// # What is compared
//
// A dossier source belongs to the gold article whose file name is the base
// name of the source's "file". Quotes, mentions and event reports belong to
// an article through their "source" id. Every figure is counted per article
// and then pooled (summed) before dividing; a ratio with nothing to count
// is 0. P, R and F1 are TP/(TP+FP), TP/(TP+FN) and 2PR/(P+R).
//
// # Names
//
// A name is normalized by NFKD with the combining marks removed, lowercase,
// curly single quotes made straight, every character other than a-z, 0-9,
// apostrophe, hyphen and space turned into a space, the words mr, mrs, ms,
// dr, jr, sr, president and mayor dropped, and spaces collapsed. A system
// person (name, aliases) matches a gold person (name, forms) unless both
// names end in generational suffixes (jr, jnr, sr, snr, ii, iii, iv) whose
// first two letters differ, when: the normalized name or one of the
// system's aliases of two or more words equals the gold name or one of its
// forms of two or more words; or both names have two or more words and
// agree in the first and the last. For people (below) a system name that
// equals any gold form, one word included, also matches.
//
// # The metrics score.py prints
//
//   - published_acc: over dossier sources whose gold "published" is not
//     empty, the share whose first ten characters equal it.
//   - sources_matched: dossier sources that are gold articles, over gold
//     articles ("11/12").
//   - people_p, people_r, people_f1, people_gold: per article, the system
//     side is every person with a mention there, the gold side the people of
//     kind "subject" (a missing kind is subject). A gold subject matched by
//     one or more system people is a TP, otherwise an FN. A system person
//     matching no subject is an FP unless it matches a "credit" person
//     (credits cost and earn nothing); so a "fictional" one costs an FP.
//     people_gold is the number of gold subjects.
//   - people_split: gold subjects matched by two or more system people in
//     one article.
//   - quotes_p, quotes_r, quotes_f1: gold quotes of kind "speech" against
//     system quotes whose kind is "speech" or missing (null is not speech)
//     in the same article. Texts are compared by their sets of tokens
//     (lowercased runs of a-z, 0-9 and apostrophes): the score is the
//     Jaccard index when it is at least 0.5, else 0.99 times the containment
//     (shared over the smaller set) when that is at least 0.8 and the
//     smaller set has three tokens or more, else 0. Each gold quote in order
//     takes the unused system quote with the highest positive score (the
//     first on a tie) or is an FN; unused system speech quotes are FPs.
//   - speaker_acc, speaker_n: over matched pairs whose gold speaker is not
//     null (speaker_n of them), the share whose system speaker is a person
//     whose name matches the gold speaker (gold forms not used).
//   - events_p, events_r, events_f1: per article, the distinct gold event
//     dates against the distinct dates the system reports there (a report's
//     date, else its event's). A system date hits a gold date when it is not
//     empty and begins with it (2031-04-05 hits 2031-04). Gold dates hit are
//     TPs, the others FNs; system dates that hit none are FPs.
//   - cross_quote_pair_r (with CROSS.json): every pair of members of a gold
//     quote group; each member maps to the system quote of its article, of
//     any kind, with the highest score (the first on a tie). The pair is
//     found when both map to quotes with the same non-null "group" (an empty
//     string is a group, as in score.py).
//   - cross_event_pair_r: every pair of reports of a gold event group is
//     found when one system event has reports from both articles; dates are
//     not checked.
//   - cross_people_acc: each gold cross person with two or more articles
//     takes the first system person (in dossier order) whose name matches
//     the canonical name with no gold forms; it is right when that person's
//     mentions cover all of the person's articles. score.py passes the
//     system person's aliases to the match, though the devset README says
//     aliases are ignored; we do as score.py does.
//
// # Our metrics: pair precision
//
// score.py measures only the recall of cross-article links. These two are
// ours (issue 13), printed apart from score.py's and absent from its output:
//
//   - cross_quote_pair_p, cross_quote_pair_p_n: every system quote with a
//     non-null group maps to the gold quote of its article, of any kind,
//     with the highest score (the first on a tie; none when every score is
//     0). A gold quote's gold group is the CROSS.json group that lists it
//     (by article and exact text), or else a group of its own. Among the
//     pairs of system quotes that share a group and both map to a gold
//     quote (cross_quote_pair_p_n of them), cross_quote_pair_p is the
//     share whose two gold quotes are in one gold group.
//   - cross_event_pair_p, cross_event_pair_p_n: each report of a system
//     event maps to the distinct gold event dates of its article that its
//     date hits (as for events); a gold date's gold groups are the
//     CROSS.json event groups with a report of that article at that date,
//     or else a group of its own. Among the pairs of reports of one system
//     event from two different articles that both map to some gold date
//     (cross_event_pair_p_n of them), cross_event_pair_p is the share that
//     some one gold group holds.
//
// So merging a quote or an event with one the gold keeps apart costs
// precision, while a system quote or report the gold has nothing for is
// left out rather than counted either way.
//
// # Excluding articles
//
// Exclude drops articles from the gold and the cross gold (their gold
// files, group members, reports and sources of cross people), so that an
// article the generator cannot build yet is left out of both sides; score.py
// has no such option, so its figures agree with ours on gold with those
// articles removed.
package eval
