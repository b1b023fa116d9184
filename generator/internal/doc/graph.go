package doc

// Dossier is the whole annotation graph, written to data/dossier.json. The
// JSON field names are a published interface: fields may be added, never
// renamed. All slices are sorted so that the same input gives the same bytes.
type Dossier struct {
	Sources []SourceEntry `json:"sources"`
	People  []PersonEntry `json:"people"`
	Quotes  []QuoteEntry  `json:"quotes"`
	Events  []EventEntry  `json:"events"`
}

// SourceEntry describes one source in the graph.
type SourceEntry struct {
	ID             string      `json:"id"`
	File           string      `json:"file"`
	Title          string      `json:"title"`
	Outlet         string      `json:"outlet"`
	OutletBasis    string      `json:"outlet_basis"`
	Published      string      `json:"published"`
	PublishedBasis string      `json:"published_basis"`
	URL            string      `json:"url"`
	People         []string    `json:"people"`  // ids of the people it is about, most mentioned first
	Credits        []string    `json:"credits"` // ids of the people named only in its bylines and credits
	Cites          []CiteEntry `json:"cites"`   // outlets it cites
	Related        []Related   `json:"related"` // other sources that share people, quotes or events
}

// Related is a link from one source to another with the reason for it.
type Related struct {
	Source string  `json:"source"`
	Score  float64 `json:"score"`
	Shared string  `json:"shared"` // "3 people, 2 quotes, 1 event"
}

// CiteEntry is an outlet cited by a source, at a line.
type CiteEntry struct {
	Outlet string `json:"outlet"`
	Line   int    `json:"line"`
	Why
}

// PersonEntry is one person across the dossier.
type PersonEntry struct {
	ID           string           `json:"id"`
	Name         string           `json:"name"`
	Aliases      []string         `json:"aliases"`
	Summary      string           `json:"summary"` // one line: the curated description, or the most reported one
	Links        []string         `json:"links"`   // curated links
	Mentions     []MentionEntry   `json:"mentions"`
	Descriptions []DescribedEntry `json:"descriptions"`
	Ages         []AgeEntry       `json:"ages"`
	Why
}

// MentionEntry is one mention of a person, cited to source and line.
type MentionEntry struct {
	Source string     `json:"source"`
	Line   int        `json:"line"`
	Form   string     `json:"form"`
	Kind   PersonKind `json:"kind"` // "subject", or "credit" in a byline or credit line
	Why
}

// DescribedEntry is one description of a person, cited to source and line.
type DescribedEntry struct {
	Text   string `json:"text"`
	Source string `json:"source"`
	Line   int    `json:"line"`
	Why
}

// AgeEntry is one stated age, cited to source and line.
type AgeEntry struct {
	Age    int    `json:"age"`
	Source string `json:"source"`
	Line   int    `json:"line"`
	Why
}

// QuoteEntry is one quote in one source.
type QuoteEntry struct {
	ID          string    `json:"id"`
	Source      string    `json:"source"`
	Line        int       `json:"line"`
	Text        string    `json:"text"`    // without the quote marks
	Speaker     *string   `json:"speaker"` // person id, or null when the text does not say
	Kind        QuoteKind `json:"kind"`
	Attribution string    `json:"attribution"`
	Group       string    `json:"group"` // shared by the same quote across sources
	Why
}

// EventEntry is one happening, merged from the reports of every source.
type EventEntry struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"` // "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
	Precision Precision     `json:"precision"`
	Summary   string        `json:"summary"`
	People    []string      `json:"people"`
	Planned   bool          `json:"planned"`
	Reports   []ReportEntry `json:"reports"`
	Conflicts []Conflict    `json:"conflicts"`
	Why
}

// ReportEntry is one source's report of an event.
type ReportEntry struct {
	Source  string `json:"source"`
	Line    int    `json:"line"`
	Text    string `json:"text"` // the temporal expression as written
	Date    string `json:"date"` // what this report says
	Summary string `json:"summary"`
	Planned bool   `json:"planned"`
	Why
}

// Conflict records reports of one event that disagree.
type Conflict struct {
	Field   string   `json:"field"`   // "date"
	Values  []string `json:"values"`  // the differing values, sorted
	Sources []string `json:"sources"` // the sources behind them
	Note    string   `json:"note"`    // "4 sources say 2021-03-04; 1 says 2021-03-05"
}
