package dates

import (
	"fmt"
	"time"

	"github.com/dossier/dossier/generator/internal/doc"
)

// A val is a calendar value at some precision: m and d are 0 when the
// precision does not reach them; for a decade y is its first year.
type val struct {
	y, m, d int
	p       doc.Precision
}

// dayOf returns the day-precision value of t.
func dayOf(t time.Time) val { return val{t.Year(), int(t.Month()), t.Day(), doc.Day} }

// date returns the first day the value covers.
func (v val) date() time.Time {
	m, d := v.m, v.d
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(v.y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// end returns the day after the last day the value covers.
func (v val) end() time.Time {
	t := v.date()
	switch v.p {
	case doc.Day:
		return t.AddDate(0, 0, 1)
	case doc.Month:
		return t.AddDate(0, 1, 0)
	case doc.Year:
		return t.AddDate(1, 0, 0)
	default:
		return t.AddDate(10, 0, 0)
	}
}

// String formats the value as doc.Date.Value does.
func (v val) String() string {
	switch v.p {
	case doc.Day:
		return fmt.Sprintf("%04d-%02d-%02d", v.y, v.m, v.d)
	case doc.Month:
		return fmt.Sprintf("%04d-%02d", v.y, v.m)
	default:
		return fmt.Sprintf("%04d", v.y)
	}
}

// parseVal parses a value written by String; ok is false for anything else.
func parseVal(s string, p doc.Precision) (val, bool) {
	var v val
	var err error
	switch p {
	case doc.Day:
		_, err = fmt.Sscanf(s, "%4d-%2d-%2d", &v.y, &v.m, &v.d)
	case doc.Month:
		_, err = fmt.Sscanf(s, "%4d-%2d", &v.y, &v.m)
	case doc.Year, doc.Decade:
		_, err = fmt.Sscanf(s, "%4d", &v.y)
	default:
		return v, false
	}
	v.p = p
	return v, err == nil
}

// precRank orders precisions, finest first.
func precRank(p doc.Precision) int {
	switch p {
	case doc.Day:
		return 0
	case doc.Month:
		return 1
	case doc.Year:
		return 2
	default:
		return 3
	}
}

// contains reports whether the period of a contains the whole period of b.
// It compares the fields, without calendar arithmetic: merging asks it
// for every pair of reports it compares.
func (a val) contains(b val) bool {
	switch a.p {
	case doc.Day:
		return b.p == doc.Day && a.y == b.y && a.m == b.m && a.d == b.d
	case doc.Month:
		return (b.p == doc.Month || b.p == doc.Day) && a.y == b.y && a.m == b.m
	case doc.Year:
		return b.p != doc.Decade && a.y == b.y
	default:
		if b.p == doc.Decade {
			return a.y == b.y
		}
		return b.y >= a.y && b.y < a.y+10
	}
}

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// monthVal returns the month of t shifted by n months.
func monthVal(t time.Time, n int) val {
	t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	return val{t.Year(), int(t.Month()), 0, doc.Month}
}

// weekVal returns the honest value of the Monday-to-Sunday week that
// contains t: its month when the week lies in one month, else its year
// (the model has no week precision).
func weekVal(t time.Time) val {
	off := (int(t.Weekday()) + 6) % 7
	mon := t.AddDate(0, 0, -off)
	sun := mon.AddDate(0, 0, 6)
	if mon.Month() == sun.Month() {
		return val{mon.Year(), int(mon.Month()), 0, doc.Month}
	}
	// Thursday decides the week's year, as in ISO 8601.
	thu := mon.AddDate(0, 0, 3)
	return val{thu.Year(), 0, 0, doc.Year}
}
