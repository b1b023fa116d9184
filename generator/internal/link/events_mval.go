package link

import (
	"github.com/dossier/dossier/generator/internal/annotate/dates"
	"github.com/dossier/dossier/generator/internal/doc"
)

// mval is a date value as placing reports compares it: dates.Value with the
// precision as its rank (see dates.PrecisionRank), so that comparing two values
// compares no strings and reads one word. dates.ParseValue values fit: four-digit
// years, months and days of two digits.
type mval struct {
	y    int32
	m, d int8
	rank int8 // 0 day, 1 month, 2 year, 3 decade
}

// dayRank is the rank of doc.Day.
const dayRank = 0

func mvalOf(v dates.Value) mval {
	return mval{int32(v.Year), int8(v.Month), int8(v.Day), int8(dates.PrecisionRank(v.Precision))}
}

// contains is dates.Value.contains.
func (a mval) contains(b mval) bool {
	switch a.rank {
	case 0:
		return b.rank == 0 && a.y == b.y && a.m == b.m && a.d == b.d
	case 1:
		return b.rank <= 1 && a.y == b.y && a.m == b.m
	case 2:
		return b.rank != 3 && a.y == b.y
	default:
		if b.rank == 3 {
			return a.y == b.y
		}
		return b.y >= a.y && b.y < a.y+10
	}
}

// relationOf is relation for mvals.
func relationOf(a, b mval) int {
	switch {
	case a == b:
		return relSame
	case a.contains(b) || b.contains(a):
		return relContains
	case a.rank == dayRank && b.rank == dayRank:
		d := dates.DayNumber(dates.Value{Year: int(a.y), Month: int(a.m), Day: int(a.d), Precision: doc.Day}) - dates.DayNumber(dates.Value{Year: int(b.y), Month: int(b.m), Day: int(b.d), Precision: doc.Day})
		if d < 0 {
			d = -d
		}
		if d <= nearDays {
			return relNear
		}
	}
	return relNone
}
