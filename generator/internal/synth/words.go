package synth

// The word lists of the invented world. They are generic on purpose: no
// real person, event or article.

var femaleNames = []string{
	"Amara", "Beatrix", "Celia", "Daria", "Elena", "Farah", "Greta", "Hana",
	"Ines", "Johanna", "Keiko", "Leona", "Marisol", "Nadia", "Odette", "Priya",
	"Rosalind", "Saskia", "Tamsin", "Ulla", "Vera", "Wilhelmina", "Yara", "Zofia",
	"Alice", "Bridget", "Catherine", "Deborah", "Eleanor", "Francesca", "Gloria", "Harriet",
}

var maleNames = []string{
	"Anselm", "Bruno", "Caspian", "Dmitri", "Emil", "Felix", "Gideon", "Hector",
	"Ignatius", "Jonas", "Kwame", "Lorenzo", "Matthias", "Nikolai", "Osric", "Pavel",
	"Quentin", "Rafael", "Stellan", "Tobias", "Ulrich", "Viktor", "Wendell", "Xavier",
	"Arthur", "Benjamin", "Charles", "Daniel", "Edward", "Francis", "George", "Henry",
}

var onsets = []string{"b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z", "ash", "el", "or"}
var middles = []string{"a", "e", "i", "o", "u", "ar", "el", "an", "or", "in", "ov", "al", "er"}
var codas = []string{"den", "ton", "ley", "son", "berg", "ski", "ford", "wick", "mann", "ell", "ard", "ine", "ez", "holm", "stead"}

var outletWords = []string{"Courier", "Gazette", "Herald", "Tribune", "Ledger", "Post", "Observer", "Chronicle", "Dispatch", "Sentinel", "Journal", "Review"}

var orgWords = []string{"Harbor Authority", "Institute", "Foundation", "City Council", "Transit Board", "Medical Center", "University", "Chamber of Commerce", "Water Commission", "Arts Council"}

var roles = []string{
	"the mayor", "the senator", "the chief executive", "the chairwoman", "the spokesman",
	"the director", "the treasurer", "the commissioner", "the architect", "the novelist",
	"the coach", "the economist", "the council member", "the judge", "the founder",
}

var places = []string{
	"city hall", "the convention center", "the harbor offices", "a downtown hotel",
	"the state capitol", "the university library", "the riverside stadium", "the central station",
	"a community center", "the foundation's headquarters",
}

// happenings are the kinds of story, each with a verb phrase in the past
// and in the future.
var happenings = []struct{ past, future, noun string }{
	{"met with", "will meet with", "meeting"},
	{"held talks with", "will hold talks with", "talks"},
	{"appeared alongside", "will appear alongside", "appearance"},
	{"signed an agreement with", "will sign an agreement with", "agreement"},
	{"testified before a panel that included", "will testify before a panel that includes", "hearing"},
	{"announced a partnership with", "will announce a partnership with", "announcement"},
	{"debated", "will debate", "debate"},
	{"toured the site with", "will tour the site with", "tour"},
}

var openers = []string{
	"We are not going to wait any longer", "This is a good day for the city",
	"Nobody expected the numbers to look like this", "I have known this for a long time",
	"We talked about everything", "The plan is simple", "It was a frank conversation",
	"There is still a lot of work to do", "I think people will be surprised",
	"We agreed on more than we disagreed on", "Nothing has been decided yet",
	"This was never about money", "I came here to listen",
}

var middlesSaid = []string{
	"and we will keep going until it is done", "and I am proud of what we built",
	"but the details matter more than the headline", "and the public deserves to know",
	"even if it takes another year", "because the families asked us to",
	"and that is the honest answer", "and I would do it again",
}

var closers = []string{
	"That is all I can say today", "We will see", "Ask me again next week",
	"It is as simple as that", "I mean it", "Time will tell",
}

var fillers = []string{
	"The discussion covered budgets, staffing and the timeline for the next phase.",
	"Officials did not release a full transcript of the session.",
	"Several reporters waited outside for more than two hours before anyone came out.",
	"The proposal has drawn criticism from neighborhood groups and praise from business owners.",
	"A spokesperson declined to comment on the specifics of the arrangement.",
	"Critics said the process had been rushed and lacked public input.",
	"Supporters pointed to similar programs in other cities that had succeeded.",
	"The figures were first published in an annual report that few people read.",
	"Attendance was limited to invited guests and a small pool of journalists.",
	"It was not immediately clear who would pay for the changes.",
	"The session ended without a formal vote, according to people in the room.",
	"Documents reviewed by reporters show the idea had been discussed for months.",
	"Local residents gathered outside with signs, some supportive and some not.",
	"The building was closed to the public for the afternoon.",
	"Questions about the cost were left for a later meeting.",
}

var captionAgencies = []string{"Staff Photographer", "Pool Photo", "Wire Images", "File Photo"}

// claims take a number and a plural noun.
var claims = []string{
	"We counted %d %s last year alone", "There are %d %s waiting for an answer",
	"Nobody mentions the %d %s we already lost", "I was promised %d %s and got none",
	"Give us %d %s and we will finish it", "The report lists %d %s that need repairs",
	"We will add %d %s before the winter", "Only %d %s signed the letter",
}

var claimNouns = []string{
	"families", "buses", "teachers", "apartments", "bridges", "nurses", "classrooms",
	"permits", "volunteers", "contracts", "parks", "shelters", "jobs", "clinics", "trees",
}
