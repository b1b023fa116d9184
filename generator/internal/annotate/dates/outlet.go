package dates

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/text"
)

// An outletRule finds the outlet a text names itself by, one way. The rules
// are tried in the order of outletRules; the first that finds one wins,
// and its name opens the basis ("copyright-line: Copyright 2024 The Harbor
// Gazette").
type outletRule struct {
	name  string
	roles []text.Role // the line roles the rule reads
	find  func(line string) (outlet, evidence string)
}

// outletRules is the table of outlet rules, surest first.
var outletRules = []outletRule{
	{"copyright-line", []text.Role{text.Boilerplate}, copyrightOutlet},
	{"header-line-outlet", []text.Role{text.Header, text.Byline}, headerOutlet},
	{"dateline-agency", []text.Role{text.Dateline}, datelineAgency},
	{"newsletter-prompt", []text.Role{text.Boilerplate}, newsletterOutlet},
}

// inferOutlet returns the outlet the text names itself by, with the basis,
// or "" when it names none: the first rule that finds one in a line of its
// roles (the text layer's) wins; a press release's issuer comes last.
func (s *scanner) inferOutlet() (outlet, basis string) {
	defer func() {
		if outlet == "" {
			outlet, basis = s.releaseIssuer()
		}
	}()
	for _, r := range outletRules {
		for _, ln := range s.reading.Lines {
			if !slices.Contains(r.roles, ln.Role) {
				continue
			}
			if o, ev := r.find(s.text[ln.Start:ln.End]); o != "" {
				return o, r.name + ": " + ev
			}
		}
	}
	return "", ""
}

// copyrightOutlet reads "Copyright 2024 The Harbor Gazette. All rights
// reserved." and "© 2024 The Harbor Gazette".
func copyrightOutlet(l string) (string, string) {
	t := strings.TrimSpace(l)
	low := strings.ToLower(t)
	if len(t) > 120 || !hasAnyPrefix(low, "copyright", "©", "(c) ") {
		return "", ""
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
	return "", ""
}

// headerOutlet reads the outlet field of a header line near the top:
// "Harbor Gazette | Tuesday, May 4, 2021 | ...", or the field
// after the byline's: "By Ada Lund, Chief Reporter | The Harbor Gazette | ...".
func headerOutlet(l string) (string, string) {
	if !strings.Contains(l, "|") {
		return "", ""
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
	return "", ""
}

// datelineAgency reads the agency of a dateline: "GDANSK, May 3 (Baltic Wire) —".
func datelineAgency(l string) (string, string) {
	open := strings.IndexByte(l, '(')
	if open < 0 || open > 60 || !strings.Contains(l[:open], ",") {
		return "", ""
	}
	c := strings.IndexByte(l[open:], ')')
	if c < 0 || !datelineTail(strings.TrimSpace(l[open:])) {
		return "", ""
	}
	if o := outletName(l[open+1 : open+c]); o != "" {
		return o, strings.TrimSpace(l[:open+c+1])
	}
	return "", ""
}

// newsletterOutlet reads "Sign up for the Harbor Gazette newsletter".
func newsletterOutlet(l string) (string, string) {
	low := strings.ToLower(l)
	i := strings.Index(low, "sign up for ")
	if i < 0 {
		return "", ""
	}
	rest := l[i+len("sign up for "):]
	j := strings.Index(strings.ToLower(rest), " newsletter")
	if j < 0 {
		return "", ""
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
	return "", ""
}

// releaseIssuer reads the issuer of a press release: the line under a
// "PRESS RELEASE" heading near the top ("Office of the Mayor of Port
// Halden"), unless it is a date.
func (s *scanner) releaseIssuer() (string, string) {
	lines := s.reading.Lines
	for i := 0; i < len(lines) && i < 8; i++ {
		head := strings.ToLower(strings.TrimSpace(s.text[lines[i].Start:lines[i].End]))
		if head != "press release" && head != "news release" && head != "media release" {
			continue
		}
		for j := i + 1; j < len(lines) && j < i+3; j++ {
			ln := lines[j]
			if ln.Role == text.Blank {
				continue
			}
			l := strings.TrimSpace(s.text[ln.Start:ln.End])
			if ln.Role == text.Header || strings.ContainsAny(l, "0123456789") || len(strings.Fields(l)) > 10 {
				return "", ""
			}
			if r, _ := utf8.DecodeRuneInString(l); !unicode.IsUpper(r) || strings.ContainsAny(l, ".!?\"“”:") {
				return "", ""
			}
			return l, "press-release-issuer: " + l
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
