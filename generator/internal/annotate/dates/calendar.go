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

// String formats the value as doc.Date.Value does. It formats by hand:
// merging formats every report's periods.
func (v val) String() string {
	if v.y < 0 || v.y > 9999 || v.m < 0 || v.m > 99 || v.d < 0 || v.d > 99 {
		return v.slowString()
	}
	var b [10]byte
	put := func(at, n, width int) {
		for k := at + width - 1; k >= at; k-- {
			b[k] = byte('0' + n%10)
			n /= 10
		}
	}
	put(0, v.y, 4)
	switch v.p {
	case doc.Day:
		b[4], b[7] = '-', '-'
		put(5, v.m, 2)
		put(8, v.d, 2)
		return string(b[:10])
	case doc.Month:
		b[4] = '-'
		put(5, v.m, 2)
		return string(b[:7])
	default:
		return string(b[:4])
	}
}

// slowString is String for values out of the four-digit range.
func (v val) slowString() string {
	switch v.p {
	case doc.Day:
		return fmt.Sprintf("%04d-%02d-%02d", v.y, v.m, v.d)
	case doc.Month:
		return fmt.Sprintf("%04d-%02d", v.y, v.m)
	default:
		return fmt.Sprintf("%04d", v.y)
	}
}

// parseVal parses a value written by String; ok is false for anything
// else. When ok, v.String() is s again (TestParseValRoundTrip): merging
// uses the value as written instead of formatting it.
func parseVal(s string, p doc.Precision) (val, bool) {
	num := func(t string) (int, bool) {
		if t == "" {
			return 0, false
		}
		n := 0
		for k := 0; k < len(t); k++ {
			if t[k] < '0' || t[k] > '9' {
				return 0, false
			}
			n = n*10 + int(t[k]-'0')
		}
		return n, true
	}
	v := val{p: p}
	var ok1, ok2, ok3 bool
	switch p {
	case doc.Day:
		if len(s) != 10 || s[4] != '-' || s[7] != '-' {
			return v, false
		}
		v.y, ok1 = num(s[:4])
		v.m, ok2 = num(s[5:7])
		v.d, ok3 = num(s[8:])
		return v, ok1 && ok2 && ok3
	case doc.Month:
		if len(s) != 7 || s[4] != '-' {
			return v, false
		}
		v.y, ok1 = num(s[:4])
		v.m, ok2 = num(s[5:])
		return v, ok1 && ok2
	case doc.Year, doc.Decade:
		if len(s) != 4 {
			return v, false
		}
		v.y, ok1 = num(s)
		return v, ok1
	}
	return v, false
}

// dayNumber counts the days from 1970-01-01 to the day of v (a proleptic
// Gregorian calendar, as time uses), without calendar arithmetic.
func dayNumber(v val) int {
	y, m := v.y, v.m
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + v.d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
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

// weekendVal returns the value of the weekend whose Saturday is sat: its
// month, or the Saturday's year when Sunday is in another month.
func weekendVal(sat time.Time) val {
	if sun := sat.AddDate(0, 0, 1); sun.Month() != sat.Month() {
		return val{sat.Year(), 0, 0, doc.Year}
	}
	return val{sat.Year(), int(sat.Month()), 0, doc.Month}
}

// Period returns the first day of the period a normalized date names
// ("2021-03-04", "2021-04", "2020" at its precision) and the day after its
// last, for writers of calendars; ok is false for a value that is not one.
func Period(value string, p doc.Precision) (first, after time.Time, ok bool) {
	v, ok := parseVal(value, p)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	return v.date(), v.end(), true
}
