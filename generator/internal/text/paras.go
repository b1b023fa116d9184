package text

import (
	"strings"
	"unicode"
)

// readParas groups the lines into paragraphs. A run of non-blank lines is
// hard-wrapped when fewer than half of its lines (the last left out) end a
// sentence: its line breaks are then soft wherever the next line is
// running text. In any run, a line break before a line that starts in
// lower case is soft.
func (t *Text) readParas() {
	for i := 0; i < len(t.Lines); {
		if t.Lines[i].Role == Blank {
			i++
			continue
		}
		end := i // the run of non-blank lines is [i, end]
		for end+1 < len(t.Lines) && t.Lines[end+1].Role != Blank {
			end++
		}
		wrapped := t.wrappedRun(i, end)
		for a := i; a <= end; {
			b := a
			for b+1 <= end && t.softBreak(b, wrapped) {
				b++
			}
			t.addPara(a, b)
			a = b + 1
		}
		i = end + 1
	}
}

func (t *Text) addPara(a, b int) {
	p := Para{Span: Span{t.Lines[a].Start, t.Lines[b].End}, FirstLine: a, LastLine: b, Role: t.Lines[a].Role}
	for k := a; k <= b; k++ {
		t.Lines[k].Para = len(t.Paras)
	}
	if b > a {
		t.Wrapped = true
	}
	t.Paras = append(t.Paras, p)
}

// wrappedRun reports whether the lines [a, b] look hard-wrapped.
func (t *Text) wrappedRun(a, b int) bool {
	if b == a {
		return false
	}
	ends, long := 0, 0
	for k := a; k < b; k++ {
		l := strings.TrimRight(t.Src[t.Lines[k].Start:t.Lines[k].End], " \t")
		if endsSentence(l) {
			ends++
		}
		if len(l) >= 40 {
			long++
		}
	}
	n := b - a
	return 2*ends < n && 2*long >= n
}

// softBreak reports whether the break after line k joins it to the next.
func (t *Text) softBreak(k int, wrapped bool) bool {
	cur, next := &t.Lines[k], &t.Lines[k+1]
	if next.Role != Body || !joinable(cur.Role) {
		return false
	}
	if wrapped {
		return true
	}
	return startsLower(t.Src[next.Start:next.End])
}

// joinable reports whether a line of role r can run on into the next line.
func joinable(r Role) bool {
	switch r {
	case Body, Dateline, Caption, SpeakerTurn, Bullet, Post:
		return true
	}
	return false
}

// endsSentence reports whether a line ends a sentence: ".", "!", "?", ":"
// or "…", possibly followed by closing quote marks or brackets.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"”’')] ")
	if l == "" {
		return false
	}
	switch l[len(l)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return strings.HasSuffix(l, "…")
}

// startsLower reports whether the line's first letter is lower case.
func startsLower(l string) bool {
	for _, r := range l {
		switch {
		case r == ' ' || r == '\t':
			continue
		case unicode.IsLower(r):
			return true
		}
		return false
	}
	return false
}
