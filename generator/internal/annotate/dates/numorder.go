package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The orders of a numeric date whose two first parts could both be the
// month ("06/05/2024").
const (
	orderUnknown = iota
	orderDayFirst
	orderMonthFirst
)

// zoneOrders are the time zones that tell a page's numeric date order
// (rule numeric-order-from-zone): the British and continental European
// zones write the day first, the North American ones the month first. A
// zone on the date's own line decides; failing one, any zone of the text.
var zoneOrders = map[string]int{
	"gmt": orderDayFirst, "bst": orderDayFirst, "cet": orderDayFirst, "cest": orderDayFirst,
	"wet": orderDayFirst, "west": orderDayFirst, "eet": orderDayFirst, "eest": orderDayFirst,
	"aest": orderDayFirst, "aedt": orderDayFirst, "nzst": orderDayFirst, "nzdt": orderDayFirst,
	"est": orderMonthFirst, "edt": orderMonthFirst, "cst": orderMonthFirst, "cdt": orderMonthFirst,
	"mst": orderMonthFirst, "mdt": orderMonthFirst, "pst": orderMonthFirst, "pdt": orderMonthFirst,
	"et": orderMonthFirst, "pt": orderMonthFirst,
}

var (
	zoneWord    = regexp.MustCompile(`\b(GMT|BST|CET|CEST|WET|WEST|EET|EEST|AEST|AEDT|NZST|NZDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b`)
	numericDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/\d{4}\b`)
)

// numericOrder tells the order of the ambiguous numeric date at token i
// from the page: a zone on its line, else another numeric date of the
// text that can be read one way only (rule numeric-order-from-page:
// "14/03/2024" elsewhere makes the page day-first), else a zone anywhere
// in the text. Zones or dates that disagree leave it unknown.
func (s *scanner) numericOrder(i int) (int, string) {
	start := s.toks[i].start
	ls := strings.LastIndexByte(s.text[:start], '\n') + 1
	le := strings.IndexByte(s.text[start:], '\n')
	if le < 0 {
		le = len(s.text)
	} else {
		le += start
	}
	if o := zonesOrder(s.text[ls:le]); o != orderUnknown {
		return o, resOrderFromZone
	}
	order := orderUnknown
	for _, m := range numericDate.FindAllStringSubmatch(s.text, -1) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		o := orderUnknown
		switch {
		case a > 12 && b <= 12:
			o = orderDayFirst
		case b > 12 && a <= 12:
			o = orderMonthFirst
		}
		if o == orderUnknown {
			continue
		}
		if order != orderUnknown && order != o {
			return orderUnknown, ""
		}
		order = o
	}
	if order != orderUnknown {
		return order, resOrderFromPage
	}
	return zonesOrder(s.text), resOrderFromZone
}

// The resolutions of an ambiguous numeric date's order.
const (
	resOrderFromZone = "numeric-order-from-zone" // "06/05/2024 14:03 BST": day first
	resOrderFromPage = "numeric-order-from-page" // another date of the page, "14/03/2024"
)

// zonesOrder is the order the zones of t tell, or orderUnknown when they
// tell none or disagree.
func zonesOrder(t string) int {
	order := orderUnknown
	for _, z := range zoneWord.FindAllString(t, -1) {
		o := zoneOrders[strings.ToLower(z)]
		if order != orderUnknown && order != o {
			return orderUnknown
		}
		order = o
	}
	return order
}

// weekdayOrder tells the order of the ambiguous numeric date a/b/y at
// token i from a weekday written just before it (rule
// numeric-order-from-weekday: "Thursday, 02/05/2024" is 2 May, a Thursday,
// not 5 February, a Monday): the one order whose day is that weekday.
func (s *scanner) weekdayOrder(i, y, a, b int) (int, string) {
	j := i - 1
	for j >= 0 && j >= i-3 && s.toks[j].kind == tPunct {
		j--
	}
	if j < 0 || s.toks[j].kind != tWord {
		return orderUnknown, ""
	}
	wd, ok := s.lex.weekdays[string(s.low(j))]
	if !ok {
		return orderUnknown, ""
	}
	on := func(m, d int) bool {
		return validDay(y, m, d) && int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()) == wd
	}
	switch dayFirst, monthFirst := on(b, a), on(a, b); {
	case dayFirst && !monthFirst:
		return orderDayFirst, resOrderFromWeekday
	case monthFirst && !dayFirst:
		return orderMonthFirst, resOrderFromWeekday
	}
	return orderUnknown, ""
}

// resOrderFromWeekday names the order an ambiguous numeric date takes
// from the weekday before it.
const resOrderFromWeekday = "numeric-order-from-weekday"
