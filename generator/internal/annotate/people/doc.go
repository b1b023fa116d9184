// Package people finds the people named in a source, merges the forms each
// is called by, and links them across sources into one id per person.
//
// # Detection (Find)
//
// The text is tokenized once (words keep inner hyphens and apostrophes; a
// possessive 's, ’s or ‘s is split off and never part of a mention). Runs of
// capitalised words are collected, with initials ("F.", "JB"), suffixes
// ("Jr", "Jnr", "III") and lowercase particles ("de la", "van") inside them.
// Each run is cleaned and classified:
//
//   - sentence-initial stop words ("Instead", "According"), titles and
//     honorifics ("President", "Mr.", "press secretary" before it, "German
//     Chancellor" inside it) and capitalised role words ("Rapper") are
//     stripped; a title is person evidence, and the mention Form excludes it;
//   - hard negatives make it a non-person: a known place, organisation,
//     outlet, brand, work or fictional figure (lexicon/places.txt, orgs.txt,
//     fictional.txt, or the registry's exclude list) as the whole run or a
//     part of it; an organisation/place head word after the first word
//     ("Tower", "House", "Awards", "Park", "Live"); a preceding "the"/"a"; a
//     following modifier noun ("tour", "magazine", "administration"); a
//     preceding work noun ("the show X"); a preceding possessive name
//     ("Okafor's Okafor Tower"); an @handle, or an account "X (@x)" unless X
//     starts with a given name; a last word that is a role ("Staff Reporter");
//   - person evidence: a given name from lexicon/given.txt (8,400 names, the
//     public-domain Moby lists, plus given_extra.txt), a title, a role or kin
//     noun before it ("rapper X", "his daughter X", "his mother, X"), a
//     reporting verb before or after ("said X", "X told"), an age ("X, 35,"),
//     an appositive ("X, her husband,", "X, who"), or a registry name;
//   - a run of two or more words with no hard negative is a person unless a
//     place preposition ("in", "at") precedes it and nothing says person;
//   - lines in title case without a final period (headlines, credits) only
//     contribute known names, plus "Given Surname" pairs.
//
// Single words are then resolved: a surname or given name of a full name in
// the same source attaches to it (several candidates: the one named in full
// most often, then first introduced, so a bare "Okafor" goes to Ben Okafor,
// not Nia Okafor); an all-capitals word attaches to the name whose
// initials it spells ("JFK Jr" → John F Kennedy Jr); otherwise a single word
// is a person of its own only with evidence (title, role, kin, age,
// reporting verb, appositive, a given name before an auxiliary verb) or when
// it sits in a comma list next to people ("Bill Cosby, Rihanna, Chris
// Brown"). Two known names written together ("Ada Okafor?") are split.
// Within a source, a shorter full name joins the one longer name it is a
// part of ("Sarah Sanders" → "Sarah Huckabee Sanders"); Name is the fullest
// form, Aliases the other forms seen.
//
// Descriptions: a role noun phrase before the name ("Okafor's communications
// director", "Softbank CEO"), a capitalized title written out before it
// ("President-elect", "Vice President", "Mayor"; not honorifics such as
// "Mr." or abbreviations such as "Sen."), and an appositive after it ("Gary Cohn, the
// Goldman Sachs chief operating officer who" → up to "who"). Ages: "X, 35,",
// "30-year-old X", "the rapper, 39," (the one person described with that
// role; when none is, the person named first, the article's subject),
// "her 35-year-old boyfriend" (by role only), and "the 39-year-old" (the one
// person already given that age).
//
// # Linking (Link)
//
// Persons are clustered by registry entry (curated name or alias), else by
// normalized full name; a shorter full name joins the one longer name that
// contains it. A source that names someone by one word only is attached to
// the one dossier person with that surname (or, failing that, given name);
// when several have it, it stays apart and a warning is emitted
// (people: "Okafor" in source X could be ben-okafor or nia-okafor; add it
// to data/people.yaml). Ids are slugs of the canonical name (curated ids
// kept), made unique with -2, -3 in a stable order. Warnings are sorted.
// Everything goes through maps: no pairwise comparison of sources.
//
// # Registry (data/people.yaml)
//
//	people:
//	  - id: ben-okafor            # optional: defaults to the slug of name
//	    name: Ben Okafor          # canonical name; wins over the text's
//	    aliases: [Okafor, Ben A. Okafor]   # forms merged into this person
//	    description: Businessman and 45th US president   # becomes the summary
//	    links: [https://en.wikipedia.org/wiki/Ben_Okafor]
//	    split: [Nia Okafor]       # names never merged into this person
//	  - id: nia-okafor            # a distinct entry is always a distinct person
//	    name: Nia Okafor
//	exclude:                        # strings that are never people
//	  - Okafor Tower
//
// A missing file is an empty registry; unknown fields and malformed YAML are
// errors naming the file and line.
//
// # Measured figures
//
// On the package's own corpus (testdata/eval: five short news articles, 39
// people, other names, outlets and places than the seeds; TestEvaluation):
// detection precision 1.000, recall 0.974 (38 of 39; the miss is a bare
// "Macron has courted" with no cue); alias merging recall 1.000 (15/15);
// wrong merges 0 (within and across sources); cross-article identities 2/2.
// On the five seed sources every person the brief lists is found and none of
// the listed non-persons is (TestSeeds). Speed, per CPU second on one
// core of the (slow, shared) build machine: about 11 MB/s on the
// name-dense evaluation corpus (BenchmarkFind, 7.5 before, measured
// alongside) and about 38 MB/s on synthetic 6 KB articles
// (BenchmarkFindSynth, median of ten runs on a busy machine, 35 measured
// alongside before the last changes below, 20 before the one-pass split);
// Link handles 1,000 sources in about 25 ms and grows linearly
// (BenchmarkLink). Find costs 1.0–1.25 s of CPU for 10,000 synthetic
// sources (64 MB; BenchmarkStage in internal/annotate, fastest and median
// of twelve runs; 1.1–1.5 s measured alongside before the last changes
// below, 2.9 s before the one-pass split): the text is split in one pass
// that notes case and ASCII on the way (runs of ASCII by a loop that calls
// nothing and classifies each byte by one table lookup), each token's
// lexicon lists come from one open-addressing table behind a filter (the
// abbreviations whose period ends no sentence are one of them), the lines
// in title case are marked while the tokens are annotated, not in a pass
// of their own, and tokens, candidates, mentions and marks are pooled.
// TestGolden guards that speed-ups leave every result byte-identical.
//
// # Where it fails
//
//   - Single-word names without a cue are dropped ("Macron has courted",
//     "Adele" when only followed by a verb that is not auxiliary); a single
//     word in a list next to a place may be taken for a person.
//   - Organisations missing from the lexicons and not ending in a head word
//     ("Marvell Technology" is caught by "Technology"; "Acme Widgets" is not)
//     are reported as people when two capitalised words stand alone.
//   - Fictional characters are only known from the lexicon; "head slave
//     Stephen" is skipped only because "slave" is not a role.
//   - Names only in title-case lines are found only as known names or
//     "Given Surname" pairs.
//   - A bare surname shared by two people resolves to the more prominent
//     one, which can be wrong when the text means the other.
//   - "the rapper, 39," falls back to the first person named when no one is
//     described with that role.
package people
