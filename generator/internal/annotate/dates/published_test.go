package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
	"github.com/dossier/dossier/generator/internal/synth"
)

// TestFindInferring checks that FindInferring gives what inferring the
// publication date and then Find give, on sources with their publication
// date and without, and that it leaves the source as loaded.
func TestFindInferring(t *testing.T) {
	var srcs []*doc.Source
	paths, _ := filepath.Glob("testdata/*.txt")
	seeds, _ := filepath.Glob("../../../../sources/*.txt")
	for _, p := range append(paths, seeds...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src, _, err := load.Bytes(data, filepath.Base(p))
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	for _, f := range synth.Corpus(synth.Options{N: 100, Seed: 5}) {
		src, _, err := load.Bytes(f.Data, f.Name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	inferred := 0
	for _, orig := range srcs {
		for _, published := range []string{orig.Published, ""} {
			s1, s2 := *orig, *orig
			s1.Published, s2.Published = published, published
			a1, a2 := &doc.Annotated{Source: &s1}, &doc.Annotated{Source: &s2, Published: published}
			d1, r1 := FindInferring(a1)
			if s1.Published != published {
				t.Errorf("%s: FindInferring wrote the source's publication date", orig.File)
			}
			if a2.Published == "" {
				a2.Published, a2.PublishedBasis = inferPublishedText(s2.Text)
			}
			d2, r2 := Find(a2)
			if published == "" && (a1.Published != a2.Published || a1.PublishedBasis != a2.PublishedBasis) ||
				!reflect.DeepEqual(d1, d2) || !reflect.DeepEqual(r1, r2) {
				t.Errorf("%s (published %q): FindInferring differs from inferring and Find", orig.File, published)
			}
			if published == "" && a1.Published != "" {
				inferred++
			}
		}
	}
	if inferred == 0 {
		t.Error("no publication date inferred: the test checks nothing of the inference")
	}
}

// TestPublishedRules checks each publication-date rule on invented texts.
func TestPublishedRules(t *testing.T) {
	tests := []struct{ name, text, date, rule string }{
		{"dateline with its year", "Headline\n\nOSLO, March 3, 2021 — The parliament voted on Tuesday.", "2021-03-03", "dateline"},
		{"dateline year from body", "Floods hit Port Halden\n\nPORT HALDEN, Norway, May 3 (Baltic Wire) — Floods closed the port, the worst since 1998 in a 2022 season of storms.", "2022-05-03", "dateline-year-from-body"},
		{"dateline weekday picks the year", "X\n\nGDANSK, Tuesday, May 3 (Baltic Wire) — Talks began. The 2022 deal and the 2023 review were cited.", "2022-05-03", "dateline-year-from-body"},
		{"dateline weekday fitting an early year and a later one is unread", "X\n\nKORVA, Friday, March 6 — Rescuers worked. The mine opened in 1987 and was last inspected in 2023. A collapse in 2015 killed two.", "", ""},
		{"dateline year from last year with a year", "X\n\nARNESS, Jan. 9 — The port posted a record profit, beating last year's record, set in 2024. It opened in 1931.", "2025-01-09", "dateline-year-from-body"},
		{"dateline year from this year with a year", "X\n\nARNESS, Oct. 9 — Profits fell. Earlier this year, in February 2026, the port cut fees. Its 2019 plan failed.", "2026-10-09", "dateline-year-from-body"},
		{"last year and this year disagreeing tell nothing", "X\n\nARNESS, Oct. 9 — Last year, in 2023, fees rose. This year, in 2025, they fell.", "2025-10-09", "dateline-year-from-body"},
		{"dateline year after the body's latest past month", "Cuts at Halden Lines\n\nPORT HALDEN, Jan. 8 (Baltic Wire) — Halden Lines said on Monday it would cut 200 jobs. Its last round of cuts, in August 2023, cut 50.", "2024-01-08", "dateline-year-from-body"},
		{"published line with time first", "Headline\nPublished 3:45 p.m. EDT June 3, 2023\nBody text on Monday.", "2023-06-03", "published-line"},
		{"published label over updated", "Headline\n\nUpdated June 14, 2026, 9:05 p.m. ET | Published June 13, 2026\n\nThe dam cracked on Friday.", "2026-06-13", "published-line"},
		{"published label first, then updated", "Headline\n\nPublished 13 June 2026 | Updated 14 June 2026\n\nThe dam cracked on Friday.", "2026-06-13", "published-line"},
		{"updated alone", "Headline\n\nUpdated June 14, 2026, 9:05 p.m. ET\n\nThe dam cracked on Friday.", "2026-06-14", "published-line"},
		{"updated line", "Headline\nUpdated: 14 March 2024 09:12 GMT\nBody.", "2024-03-14", "published-line"},
		{"last updated on", "Headline\nLast updated on: March 02, 2021\nBody.", "2021-03-02", "published-line"},
		{"published line with time", "Headline here\nPublished: 10:31 EST, 14 June 2019\nBody text.", "2019-06-14", "published-line"},
		{"header line", "Headline\n\nHarbor Gazette | Tuesday, September 19, 2023 | Live updates\n\nBody.", "2023-09-19", "header-line"},
		{"byline header", "Headline\n\nBy Ada Lund, Chief Reporter | Harbor Gazette | Tuesday 21 March 2023\n\nBody.", "2023-03-21", "header-line"},
		{"date line with weekday and time", "Headline\nWed., Jun. 12, 2019 4:05 PM\nThe council met.", "2019-06-12", "date-line"},
		{"date line with 'at' a time", "Headline\n\nJune 3, 2023 at 4:05 p.m. EDT\n\nThe port closed on Friday.", "2023-06-03", "date-line"},
		{"numeric date line", "Headline\n\n06/13/2023\n\nThe port closed on Friday.", "2023-06-13", "date-line"},
		{"ambiguous numeric date with a British zone", "Headline\n\nLast updated: 04/07/2023 09:30 BST\n\nThe port closed on Friday.", "2023-07-04", "published-line"},
		{"ambiguous numeric date with a US zone", "Headline\n\nLast updated: 04/07/2023 09:30 EDT\n\nThe port closed on Friday.", "2023-04-07", "published-line"},
		{"ambiguous numeric date, order from another date of the page", "Headline\n\n04/07/2023\n\nThe port closed on Friday. Its lease ran out on 21/06/2023.", "2023-07-04", "date-line"},
		{"ambiguous numeric date, order from its weekday (day first)", "Headline\n\nPosted: Thursday 02/05/2019 10:30\n\nThe port closed on Friday.", "2019-05-02", "published-line"},
		{"ambiguous numeric date, order from its weekday (month first)", "Headline\n\nPosted: Tuesday 02/05/2019 10:30\n\nThe port closed on Friday.", "2019-02-05", "published-line"},
		{"ambiguous numeric date the page does not order", "Headline\n\n04/07/2023\n\nThe port closed on Friday.", "", ""},
		{"posted on ... by", "Headline\n\nPosted on June 3, 2023 by Ada Lund\n\nThe port closed on Friday.", "2023-06-03", "published-line"},
		{"date line under a byline", "Headline\n\nBy Ada Lund\nJune 3, 2023\n\nThe port closed on Friday.", "2023-06-03", "date-line"},
		{"date line with metadata after it", "Headline\n\nJune 4, 2024 / 2:15 PM / Updated 2 hours ago\n\nThe port closed on Friday.", "2024-06-04", "date-line"},
		{"date line with a reading time", "Headline\n\n4 June 2024 • 3 min read\n\nThe port closed on Friday.", "2024-06-04", "date-line"},
		{"date line with a time zone offset", "Headline\n\nJune 4, 2024 at 2:15 PM GMT+1\n\nThe port closed on Friday.", "2024-06-04", "date-line"},
		{"last modified", "Headline\n\nLast Modified: June 4, 2024\n\nThe port closed on Friday.", "2024-06-04", "published-line"},
		{"date line alone", "PRESS RELEASE\nOffice of the Mayor of Port Halden\n17 March 2023\nFor immediate release", "2023-03-17", "date-line"},
		{"dateline year is not a planned year", "GDANSK, June 4 (Baltic Wire) — Ministers agreed on Tuesday to a new freight plan.\n\nThe plan, first proposed in 2025, says funds would be released from 2027 to 2029.", "2025-06-04", "dateline-year-from-body"},
		{"embedded post", "Body.\n\nWATCH: the mayor speaks\n\n— City Hall (@cityhall) May 2, 2019\n", "2019-05-02", "embedded-post-date"},
		{"weeks ago today", "Show: Port Halden\n\nHOST: It was four weeks ago today, on Tuesday, August 8th, that the storm hit, the worst of the 2023 season.", "2023-09-05", "ago-today-from-date-in-text"},
		{"days ago tonight", "Evening Show\n\nHOST: The old dam at Port Halden gave way nine days ago tonight, on Monday, March 4th, 2024, and repairs have begun.", "2024-03-13", "ago-today-from-date-in-text"},
		{"weeks ago tonight", "Evening Show\n\nHOST: It was two weeks ago tonight, on Friday, May 3rd, that the dam gave way, the worst night of 2024.", "2024-05-17", "ago-today-from-date-in-text"},
		{"weekday next to a full date", "The mayor resigned on Monday (May 6, 2019) after a vote.", "2019-05-06", "weekday-date-in-lead"},
		{"a date in the body is not the publication date", "Show: Port Halden\n\nHOST: Good evening. This afternoon the mayor resigned. The trial is set to open on 15 January 2024.", "", ""},
		{"photo credit is not a date of publication", "Lund at the hall, May 6, 2011. Photos: Getty Images\nShe will speak on Thursday.", "", ""},
		{"nothing", "She will speak on Thursday, her office said last month.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, b := inferPublishedText(tt.text)
			if d != tt.date || tt.rule != "" && !strings.HasPrefix(b, tt.rule+": ") || tt.rule == "" && b != "" {
				t.Errorf("got %q %q, want %q by %s", d, b, tt.date, tt.rule)
			}
		})
	}
}

// TestNoPublicationDateWarns checks that a text with no date leaves its
// relative dates unresolved and says so.
func TestNoPublicationDateWarns(t *testing.T) {
	a := &doc.Annotated{Source: &doc.Source{Text: "Show\n\nHOST: This afternoon Ada Lund resigned. She spoke to reporters last week.", FirstLine: 1}}
	ds, _ := FindInferring(a)
	if len(ds) != 0 || a.Published != "" {
		t.Errorf("dates %+v, published %q; want none", ds, a.Published)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "relative dates left unresolved") {
		t.Errorf("warnings = %q", a.Warnings)
	}
}

// TestOutletRules checks each outlet rule on invented texts.
func TestOutletRules(t *testing.T) {
	tests := []struct{ name, text, outlet, rule string }{
		{"copyright", "Body.\n\nCopyright © 2024 The Harbor Gazette. All rights reserved.", "The Harbor Gazette", "copyright-line"},
		{"header", "Headline\n\nHarbor Gazette | Tuesday, September 19, 2023 | Live", "Harbor Gazette", "header-line-outlet"},
		{"byline header", "Headline\n\nBy Ada Lund, Chief Reporter | The Harbor Gazette | Tuesday 21 March 2023", "The Harbor Gazette", "header-line-outlet"},
		{"published header names no outlet", "Headline\n\nPublished Aug. 23, 2023 | By Ada Lund, staff writer", "", ""},
		{"dateline agency", "Headline\n\nGDANSK, May 3 (Baltic Wire) — Talks began.", "Baltic Wire", "dateline-agency"},
		{"newsletter", "Body.\n\nSign up for the Harbor Gazette newsletter here.", "Harbor Gazette", "newsletter-prompt"},
		{"press release issuer", "Port Halden closes its ferry\n\nPRESS RELEASE\nOffice of the Mayor of Port Halden\n17 March 2023\nFor immediate release", "Office of the Mayor of Port Halden", "press-release-issuer"},
		{"none", "Ada Lund (the mayor) said, on Tuesday, that it would rain.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScanner(&doc.Source{Text: tt.text, FirstLine: 1}, nil, "")
			defer s.release()
			o, b := s.inferOutlet()
			if o != tt.outlet || tt.rule != "" && !strings.HasPrefix(b, tt.rule+": ") {
				t.Errorf("got %q %q, want %q by %s", o, b, tt.outlet, tt.rule)
			}
		})
	}
}
