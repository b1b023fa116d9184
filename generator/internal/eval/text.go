package eval

import (
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
)

var (
	// nameJunk is every character a normalized name may not hold.
	nameJunk = regexp.MustCompile(`[^a-z0-9' -]`)
	// nameTitle is the titles and suffixes a normalized name drops.
	nameTitle = regexp.MustCompile(`\b(mr|mrs|ms|dr|jr|sr|president|mayor)\b`)
	// tokenRun is one token of a quote: letters, digits and apostrophes.
	tokenRun = regexp.MustCompile(`[a-z0-9']+`)
	// letterRun is one run of ASCII letters, for the generational suffix.
	letterRun = regexp.MustCompile(`[a-z]+`)
	// curly turns curly single quotes into straight apostrophes.
	curly = strings.NewReplacer("\u2019", "'", "\u2018", "'")
)

// lower lowercases s as Python's str.lower does. Go's strings.ToLower uses
// the simple case mapping; the only full mapping that differs on text that
// can reach an ASCII comparison is U+0130 (İ), which Python lowers to
// "i" followed by U+0307.
func lower(s string) string {
	if strings.ContainsRune(s, '\u0130') {
		s = strings.ReplaceAll(s, "\u0130", "i\u0307")
	}
	return strings.ToLower(s)
}

// normName is a name as the rules compare it: NFKD with the combining
// marks (canonical combining class not 0) removed, lowercased, curly
// apostrophes straight, every character other than a-z, 0-9, apostrophe,
// hyphen and space turned into a space, the words mr, mrs, ms, dr, jr, sr,
// president and mayor dropped, and runs of spaces collapsed.
func normName(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		b.WriteRune(r)
	}
	s = curly.Replace(lower(b.String()))
	s = nameJunk.ReplaceAllString(s, " ")
	s = nameTitle.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// tokens is the tokens of a quote's text: lowercased runs of a-z, 0-9 and
// apostrophes (curly apostrophes made straight first).
func tokens(s string) []string {
	return tokenRun.FindAllString(curly.Replace(lower(s)), -1)
}

// suffix is the generational suffix a name ends in ("jr", "jnr", "sr",
// "snr", "ii", "iii", "iv"), or "".
func suffix(s string) string {
	t := letterRun.FindAllString(lower(s), -1)
	if len(t) == 0 {
		return ""
	}
	switch last := t[len(t)-1]; last {
	case "jr", "jnr", "sr", "snr", "ii", "iii", "iv":
		return last
	}
	return ""
}

// first2 is the first two bytes of an ASCII string (all of it if shorter).
func first2(s string) string {
	if len(s) > 2 {
		return s[:2]
	}
	return s
}

// suffixesClash reports whether two names both end in a generational
// suffix and the suffixes differ in their first two letters after trailing
// n's are trimmed (the rule of name matching).
func suffixesClash(a, b string) bool {
	sa, sb := suffix(a), suffix(b)
	return sa != "" && sb != "" && first2(strings.TrimRight(sa, "n")) != first2(strings.TrimRight(sb, "n"))
}

// suffixesClashPlain is suffixesClash without the trimming, as the rule
// for a system name that equals a gold form has it.
func suffixesClashPlain(a, b string) bool {
	sa, sb := suffix(a), suffix(b)
	return sa != "" && sb != "" && first2(sa) != first2(sb)
}

// multiWord adds to set the normalized strings of list that have two or
// more words.
func multiWord(set map[string]bool, list []string) {
	for _, s := range list {
		if n := normName(s); len(strings.Fields(n)) > 1 {
			set[n] = true
		}
	}
}

// nameMatch reports whether a system person (name and aliases) matches a
// gold person (name and forms): unless their suffixes clash, when the
// normalized name or a multi-word alias equals the normalized gold name or
// a multi-word form, or when both names have two or more words and agree in
// the first and the last.
func nameMatch(sysName string, sysAliases []string, goldName string, goldForms []string) bool {
	if suffixesClash(sysName, goldName) {
		return false
	}
	cands := map[string]bool{normName(sysName): true}
	multiWord(cands, sysAliases)
	golds := map[string]bool{normName(goldName): true}
	multiWord(golds, goldForms)
	for c := range cands {
		if golds[c] {
			return true
		}
	}
	a, b := strings.Fields(normName(sysName)), strings.Fields(normName(goldName))
	return len(a) >= 2 && len(b) >= 2 && a[0] == b[0] && a[len(a)-1] == b[len(b)-1]
}

// normForms is the set of the normalized forms.
func normForms(forms []string) map[string]bool {
	set := make(map[string]bool, len(forms))
	for _, f := range forms {
		set[normName(f)] = true
	}
	return set
}

// overlap is the match score of two quote texts: the Jaccard index of
// their token sets when it is at least 0.5; otherwise 0.99 times the
// containment (shared tokens over the smaller set) when that is at least
// 0.8 and the smaller set has three tokens or more; otherwise 0.
func overlap(a, b string) float64 {
	ta, tb := tokenSet(a), tokenSet(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	inter := 0
	for t := range ta {
		if tb[t] {
			inter++
		}
	}
	union := len(ta) + len(tb) - inter
	jac := float64(inter) / float64(union)
	if jac >= 0.5 {
		return jac
	}
	small := min(len(ta), len(tb))
	cont := float64(inter) / float64(small)
	if cont >= 0.8 && small >= 3 {
		return cont * 0.99
	}
	return 0
}

// tokenSet is the set of tokens of s.
func tokenSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, t := range tokens(s) {
		set[t] = true
	}
	return set
}

// prefixRunes is the first n characters (code points) of s, as a Python
// slice s[:n] gives them.
func prefixRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// baseName is what follows the last slash of p (Python's os.path.basename
// on POSIX: "" when p ends in a slash).
func baseName(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}

// prf is precision, recall and F1 from counts (0 when undefined).
func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
