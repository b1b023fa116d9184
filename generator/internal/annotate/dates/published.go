package dates

import (
	"strings"

	"github.com/dossier/dossier/generator/internal/doc"
)

// topBytes is how far into the text a date still counts as "near the top".
const topBytes = 1200

// InferPublished infers a publication date from the text when the front
// matter gives none, and says on what basis; "" when nothing supports one.
//
// In order of trust: a "Published"/"Updated"/"Posted" line; a dateline (a
// full date at the start of the first lines, "WASHINGTON, Dec. 13, 2016 —");
// the latest embedded post ("— CSPAN (@cspan) December 13, 2016"); a full
// date in the first paragraphs that is not in a photo credit. Only full
// dates (day, month and year as written) count.
func InferPublished(src *doc.Source) (date, basis string) {
	if src == nil {
		return "", ""
	}
	// The scan's notes are dropped, and src is left as it is.
	s := newScanner(&doc.Source{Text: src.Text, FirstLine: src.FirstLine}, "")
	defer s.release()
	return s.inferPublished(src)
}

// inferPublished is InferPublished with a scanner of src's text that has no
// anchor and has not run yet.
func (s *scanner) inferPublished(src *doc.Source) (date, basis string) {
	fs := s.run()
	var post, top *found
	for k := range fs {
		f := &fs[k]
		if !f.explicit || f.Precision != doc.Day {
			continue
		}
		ls := strings.LastIndexByte(src.Text[:f.Start], '\n') + 1
		le := strings.IndexByte(src.Text[f.End:], '\n')
		if le < 0 {
			le = len(src.Text)
		} else {
			le += f.End
		}
		line := src.Text[ls:le]
		before := strings.ToLower(strings.TrimSpace(src.Text[ls:f.Start]))
		switch {
		case hasAnyPrefix(before, "published", "updated", "posted", "last updated", "first published"):
			return f.Value, "text: published line: " + strings.TrimSpace(line)
		case f.Start < topBytes && isDateline(before):
			return f.Value, "dateline: " + src.Slice(f.Span)
		case f.signature:
			if post == nil || f.Value > post.Value {
				post = f
			}
		case f.Start < topBytes && top == nil && !isCredit(line):
			top = f
		}
	}
	if post != nil {
		return post.Value, "text: embedded post dated " + src.Slice(post.Span)
	}
	if top != nil {
		return top.Value, "text: full date near the top: " + src.Slice(top.Span)
	}
	return "", ""
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isDateline reports whether the text before a date on its line is a
// dateline's place: nothing, or a short capitalized place name and a comma.
func isDateline(before string) bool {
	if before == "" {
		return true
	}
	if !strings.HasSuffix(before, ",") {
		return false
	}
	return len(strings.Fields(before)) <= 3 && !strings.ContainsAny(before, ".!?\"“”")
}

// isCredit reports whether a line is a photo caption or credit, whose dates
// are the photo's, not the story's.
func isCredit(line string) bool {
	l := strings.ToLower(line)
	for _, w := range []string{"photo", "getty", "image", "credit", "pictured", "file"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
