package dates

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// TestParseValRoundTrip checks that a value parseVal accepts formats back
// to the same text.
func TestParseValRoundTrip(t *testing.T) {
	for _, c := range []struct {
		s string
		p doc.Precision
	}{
		{"2016-12-13", doc.Day}, {"0000-01-01", doc.Day}, {"9999-12-31", doc.Day}, {"2016-00-99", doc.Day},
		{"2016-12", doc.Month}, {"0007-01", doc.Month}, {"2016", doc.Year}, {"0099", doc.Year},
		{"1990", doc.Decade}, {"0000", doc.Decade},
	} {
		v, ok := parseVal(c.s, c.p)
		if !ok || v.String() != c.s {
			t.Errorf("parseVal(%q, %v) = %v, %v; String %q", c.s, c.p, v, ok, v.String())
		}
	}
	for _, c := range []struct {
		s string
		p doc.Precision
	}{{"2016-1-13", doc.Day}, {"20161213", doc.Day}, {"2016-12-1x", doc.Day}, {"2016-12", doc.Day}, {"216", doc.Year}, {"+016", doc.Year}} {
		if v, ok := parseVal(c.s, c.p); ok {
			t.Errorf("parseVal(%q, %v) = %v, want not ok", c.s, c.p, v)
		}
	}
}
