package dates

import (
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
)

// TestTenseAtExpressionPastSentence keeps the shapes that made tenseAt
// slice past the end of a sentence: an embedded post's signature line whose
// date runs beyond the sentence the splitter gave it.
func TestTenseAtExpressionPastSentence(t *testing.T) {
	for _, text := range []string{
		"Ola Berg, who sat in the gallery, posted during the break:\n\nThe board has to explain those hours. The town is watching.\n— Ola Berg (@OlaBerg) September 19, 2023\n\n2:40 p.m.\nA council member spoke.",
		"We will be there.\n— Ada Lund (@adalund) March 3, 2021",
		"— Ada Lund (@adalund) March 3,\n2021",
	} {
		a := &doc.Annotated{Source: &doc.Source{ID: "t", Text: text, FirstLine: 1, Published: "2023-09-19"}}
		Find(a) // must not panic
		a.Source.Published = ""
		FindInferring(a)
	}
}

// TestTenseRules keeps the tense rules that date a partial date ahead of or
// behind the anchor, each with invented sentences: a passive after a modal
// points ahead ("will be held"), "is/are due" is a schedule, and a modal
// after a subordinator or coordinator that follows the date belongs to
// another clause (the verb before the date decides).
func TestTenseRules(t *testing.T) {
	tests := []struct {
		rule, anchor, text, expr, want string
	}{
		{"passive-after-will", "2024-08-21", "The harvest fair will be staged on Saturday at noon in Port Halden.", "Saturday at noon", "2024-08-24"},
		{"passive-after-will", "2024-04-24", "The new ferry timetable will be printed on May 11, the harbour office said.", "May 11", "2024-05-11"},
		{"passive-after-contraction", "2024-02-23", "The mural? It'll be finished in April, weather permitting.", "April", "2024-04"},
		{"passive-after-would", "2024-03-10", "The club said the new kit would be delivered to the ground on 2 April.", "2 April", "2024-04-02"},
		{"passive-after-would", "2024-03-10", "He said the bridge would be reopened in February.", "February", "2025-02"},
		{"passive-after-had-is-past", "2024-03-10", "The road had been closed in February for repairs.", "February", "2024-02"},
		{"due-is-a-schedule", "2024-04-24", "The harbour fees are due on Tuesday, the clerk reminded skippers.", "Tuesday", "2024-04-30"},
		{"plans-as-a-noun", "2024-04-24", "The mayor announced plans for new bike lanes on Monday, aides said.", "Monday", "2024-04-22"},
		{"plans-to-points-ahead", "2024-04-24", "The mayor plans to open the lanes on Monday.", "Monday", "2024-04-29"},
		{"planned-for-is-a-schedule", "2024-04-24", "A second hearing is planned for Monday, the clerk reminded members.", "Monday", "2024-04-29"},
		{"set-for-is-a-schedule", "2024-04-24", "The final vote is set for Friday, aides confirmed.", "Friday", "2024-04-26"},
		{"set-to-is-a-schedule", "2024-04-24", "Talks are set to resume on Monday, aides confirmed.", "Monday", "2024-04-29"},
		{"was-planned-stays-past", "2024-04-24", "A rally was planned for Monday but organisers cancelled it.", "Monday", "2024-04-22"},
		{"modal-after-that-is-another-clause", "2024-04-27", "The baker wrote to her customers on Wednesday that she would close the shop.", "Wednesday", "2024-04-24"},
		{"modal-after-and-is-another-clause", "2024-04-24", "The choir sold its old organ in February and would look for a smaller one.", "February", "2024-02"},
		{"modal-before-the-date-still-counts", "2024-04-24", "The board will meet on Thursday and vote on the merger.", "Thursday", "2024-04-25"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a, ds, _ := findIn(tt.text, tt.anchor)
			for _, d := range ds {
				if a.Source.Slice(d.Span) == tt.expr {
					if d.Value != tt.want {
						t.Errorf("%q in %q = %s, want %s", tt.expr, tt.text, d.Value, tt.want)
					}
					return
				}
			}
			t.Errorf("%q not found in %q: %+v", tt.expr, tt.text, ds)
		})
	}
}
