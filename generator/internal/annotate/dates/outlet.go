package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An outletRule finds the outlet a text names itself by, one way. The rules
// are tried in the order of outletRules; the first that finds one wins,
// and its name opens the basis ("copyright-line: Copyright 2024 The Harbor
// Gazette").
type outletRule struct {
	name string
	find func(lines []string) (outlet, evidence string)
}

// outletRules is the table of outlet rules, surest first.
var outletRules = []outletRule{
	{"copyright-line", copyrightOutlet},
	{"header-line-outlet", headerOutlet},
	{"dateline-agency", datelineAgency},
	{"newsletter-prompt", newsletterOutlet},
}

// inferOutlet returns the outlet the text names itself by, with the basis,
// or "" when it names none.
func (s *scanner) inferOutlet() (outlet, basis string) {
	lines := strings.Split(s.text, "\n")
	for _, r := range outletRules {
		if o, ev := r.find(lines); o != "" {
			return o, r.name + ": " + ev
		}
	}
	return "", ""
}

// topLines is how many lines from the top a header or dateline is looked for in.
const topLines = 12

// copyrightOutlet reads "Copyright 2024 The Harbor Gazette. All rights
// reserved." and "© 2024 The Harbor Gazette".
func copyrightOutlet(lines []string) (string, string) {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		low := strings.ToLower(t)
		if len(t) > 120 || !hasAnyPrefix(low, "copyright", "©", "(c) ") {
			continue
		}
		rest := strings.TrimSpace(t[len(firstWord(t)):])
		for {
			w := firstWord(rest)
			if w == "" || !(w == "©" || w == "(c)" || strings.Trim(w, "0123456789-–,") == "") {
				break
			}
			rest = strings.TrimSpace(rest[len(w):])
		}
		if i := strings.Index(strings.ToLower(rest), "all rights"); i >= 0 {
			rest = rest[:i]
		}
		if o := outletName(rest); o != "" {
			return o, t
		}
	}
	return "", ""
}

// headerOutlet reads the outlet field of a header line near the top:
// "Larch Valley Courier | Tuesday, September 19, 2023 | ...", or the field
// after the byline's: "By Ada Lund, Chief Reporter | The Harbor Gazette | ...".
func headerOutlet(lines []string) (string, string) {
	for i, l := range lines {
		if i >= topLines {
			break
		}
		if !strings.Contains(l, "|") {
			continue
		}
		fields := strings.Split(l, "|")
		for _, f := range fields {
			f = strings.TrimSpace(f)
			low := strings.ToLower(f)
			if strings.HasPrefix(low, "by ") || strings.Contains(low, " by ") || strings.HasPrefix(low, "published") {
				continue
			}
			if o := outletName(f); o != "" && !strings.ContainsAny(f, "0123456789") {
				return o, strings.TrimSpace(l)
			}
			break
		}
	}
	return "", ""
}

// datelineAgency reads the agency of a dateline: "GDANSK, May 3 (Baltic Wire) —".
func datelineAgency(lines []string) (string, string) {
	for i, l := range lines {
		if i >= topLines {
			break
		}
		open := strings.IndexByte(l, '(')
		if open < 0 || open > 60 || !strings.Contains(l[:open], ",") {
			continue
		}
		c := strings.IndexByte(l[open:], ')')
		if c < 0 || !datelineTail(strings.TrimSpace(l[open:])) {
			continue
		}
		before := strings.TrimSpace(l[:open])
		if w := strings.Fields(before); len(w) == 0 || strings.ToUpper(w[0]) != w[0] {
			continue
		}
		if o := outletName(l[open+1 : open+c]); o != "" {
			return o, strings.TrimSpace(l[:open+c+1])
		}
	}
	return "", ""
}

// newsletterOutlet reads "Sign up for the Harbor Gazette newsletter".
func newsletterOutlet(lines []string) (string, string) {
	for _, l := range lines {
		low := strings.ToLower(l)
		i := strings.Index(low, "sign up for ")
		if i < 0 {
			continue
		}
		rest := l[i+len("sign up for "):]
		j := strings.Index(strings.ToLower(rest), " newsletter")
		if j < 0 {
			continue
		}
		name := strings.TrimSpace(rest[:j])
		name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "our ")
		for _, p := range []string{"free ", "daily ", "weekly "} {
			name = strings.TrimPrefix(name, p)
		}
		name = strings.TrimSuffix(name, "'s")
		if o := outletName(name); o != "" {
			return o, strings.TrimSpace(l)
		}
	}
	return "", ""
}

// outletName returns t as an outlet's name when it looks like one: one to
// six words, the first capitalized, no sentence punctuation.
func outletName(t string) string {
	t = strings.Trim(strings.TrimSpace(t), ".,;:")
	w := strings.Fields(t)
	if len(w) == 0 || len(w) > 6 || strings.ContainsAny(t, "!?\"“”:") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return ""
	}
	return strings.Join(w, " ")
}

func firstWord(t string) string {
	if i := strings.IndexFunc(t, unicode.IsSpace); i >= 0 {
		return t[:i]
	}
	return t
}
