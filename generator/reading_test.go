package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

var screenshots = flag.String("screenshots", "", "write TestBrowserReading's screenshots to this folder (default: a temporary one)")

// findChromium returns the path of Chromium, or skips the test (fails it
// when CI is set) if there is none.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium on this machine; .ci/run installs Debian's chromium package")
	}
	t.Skip("no Chromium on this machine")
	return ""
}

// seedSite builds the shipped sources into a temporary site root, with
// the hand-written search page, and returns its public/ folder. When the
// npm tools are installed (npm ci), Pagefind indexes it, as on Netlify.
func seedSite(t *testing.T) (public string, search bool) {
	t.Helper()
	root := newSite(t, fixtures(t, filepath.Join(repoRoot, "sources"))...)
	copyTree(t, filepath.Join(repoRoot, "assets/js"), filepath.Join(root, "assets/js"))
	copyTree(t, filepath.Join(repoRoot, "content/search"), filepath.Join(root, "content/search"))
	generateSite(t, root)
	public = filepath.Join(root, "public")
	pagefind, err := filepath.Abs(filepath.Join(repoRoot, "node_modules/.bin/pagefind"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(pagefind); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no Pagefind (.ci/run runs npm ci): %v", err)
		}
		t.Logf("no Pagefind (run npm ci): the search page is not tested")
		return public, false
	}
	if out, err := exec.Command(pagefind, "--site", public).CombinedOutput(); err != nil {
		t.Fatalf("pagefind: %v\n%s", err, out)
	}
	return public, true
}

// netlifyCSP returns the Content-Security-Policy netlify.toml sets, so the
// test server sends the header the published site has.
func netlifyCSP(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "netlify.toml"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Content-Security-Policy = "([^"]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatal("netlify.toml sets no Content-Security-Policy")
	}
	return string(m[1])
}

// TestBrowserReading opens the shipped dossier's main pages in headless
// Chromium (through chromedp), served with the site's CSP, and checks
// what a reader meets: no console error or failed request, a visible
// focus ring on what Tab reaches, a citation that lands on its highlighted
// line, the original's line numbers kept out of the tab order, reports
// that print, and readable contrast in the dark scheme. It saves
// screenshots at 1280 and 360 px wide into -screenshots.
func TestBrowserReading(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo and runs a browser")
	}
	browser := findChromium(t)
	public, search := seedSite(t)
	csp := netlifyCSP(t)
	files := http.FileServer(http.Dir(public))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()

	shots := *screenshots
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.Flag("disable-quic", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	b, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(b, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	shoot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(b, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	media := func(m emulation.SetEmulatedMediaParams) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, m)
			return err
		})
	}
	enable := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, cdplog.Enable, cdp.Empty{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, runtime.Enable, cdp.Empty{})
		return err
	})
	do("starting Chromium", enable)

	// Every error or warning the pages print (a CSP violation, a missing
	// file, a script error) is a failure.
	var mu sync.Mutex
	var problems []string
	cctx, stopConsole := context.WithCancel(b)
	defer stopConsole()
	messages := chromedp.Console(cctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			switch m.Type {
			case chromedp.ConsoleError, chromedp.ConsoleWarning, chromedp.ConsoleException:
				mu.Lock()
				problems = append(problems, m.String())
				mu.Unlock()
			}
		}
	}()
	checkConsole := func(page string) {
		t.Helper()
		time.Sleep(100 * time.Millisecond) // let the last messages arrive
		mu.Lock()
		defer mu.Unlock()
		for _, pr := range problems {
			t.Errorf("%s: console: %s", page, pr)
		}
		problems = nil
	}

	// The pages: home, the latest source, the person named in most
	// sources (the first on the home page), the timeline, the quotes.
	do("home", chromedp.Navigate(srv.URL+"/"))
	source := eval[string](t, b, `document.querySelector('ol.sources a').getAttribute('href')`)
	person := eval[string](t, b, `document.querySelector('ol.chips a').getAttribute('href')`)
	pages := []struct{ name, path string }{
		{"home", "/"}, {"source", source}, {"person", person}, {"timeline", "/timeline/"}, {"quotes", "/quotes/"}, {"outlets", "/outlets/"},
	}
	for _, p := range pages {
		for _, w := range []struct {
			width, height int64
			mobile        bool
		}{{1280, 900, false}, {360, 780, true}} {
			do(p.name, chromedp.EmulateViewport(w.width, w.height, func(s *emulation.SetDeviceMetricsOverrideParams, _ *emulation.SetTouchEmulationEnabledParams) {
				s.Mobile = w.mobile
			}), chromedp.Navigate(srv.URL+p.path))
			shoot(fmt.Sprintf("%s-%d", p.name, w.width))
			if eval[bool](t, b, `document.documentElement.scrollWidth > innerWidth + 1`) {
				t.Errorf("%s at %d px: the page scrolls sideways", p.name, w.width)
			}
		}
		// Tab through the first stops: each must show a focus ring.
		do(p.name, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(srv.URL+p.path))
		for i := range 5 {
			do(p.name, chromedp.KeyEvent(kb.Tab))
			f := eval[struct {
				Tag, Text, Style string
				Width            float64
			}](t, b, `(() => { const e = document.activeElement, s = getComputedStyle(e);
				return {Tag: e.tagName, Text: e.textContent.trim().slice(0, 40), Style: s.outlineStyle, Width: parseFloat(s.outlineWidth)} })()`)
			if f.Tag == "BODY" {
				break
			}
			if f.Style == "none" || f.Width < 1 {
				t.Errorf("%s: tab stop %d (<%s> %q) shows no focus ring (outline %s %gpx)", p.name, i+1, f.Tag, f.Text, f.Style, f.Width)
			}
		}
		checkConsole(p.name)
	}

	// axe-core, injected, finds no serious or critical violation on the
	// pages in the light and the dark scheme (search is checked below,
	// with its results showing).
	axe := axeCore(t)
	light := media(emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}}})
	dark := media(emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
	schemes := []struct {
		name string
		set  chromedp.Action[chromedp.Void]
	}{{"light", light}, {"dark", dark}}
	if axe != "" {
		for _, p := range pages {
			for _, sc := range schemes {
				do(p.name, chromedp.EmulateViewport(1280, 900), sc.set, chromedp.Navigate(srv.URL+p.path))
				checkAxe(t, b, axe, p.name+" ("+sc.name+")")
			}
		}
		checkConsole("axe")
	}

	// The original's line numbers are link targets, not tab stops, but
	// for the lines the page cites (quotes, dates, cited outlets): one
	// named stop each. A line link focused anyway shows the ring.
	do("source", chromedp.Navigate(srv.URL+source))
	stops := eval[struct {
		Stops, Cited int
		Wrong        []string
	}](t, b, `(() => {
		const cited = new Set([...document.querySelectorAll('#quotes a[href^="#L"], #dates a[href^="#L"], .meta a[href^="#L"]')].map(a => a.getAttribute('href')));
		const stops = [...document.querySelectorAll('.original a, .original [tabindex]')].filter(e => e.tabIndex >= 0);
		return {Stops: stops.length, Cited: cited.size,
			Wrong: stops.filter(e => !cited.has('#' + e.closest('.ln').id) || !/^Line \d+, cited: back to the annotated text$/.test(e.getAttribute('aria-label') || '')).map(e => e.outerHTML.slice(0, 80))} })()`)
	if stops.Stops != stops.Cited || len(stops.Wrong) > 0 {
		t.Errorf("source: the original has %d tab stops for %d cited lines; want one named stop per cited line (wrong: %q)", stops.Stops, stops.Cited, stops.Wrong)
	}
	// Two-way navigation: every paragraph of the annotated text links to
	// its first line in the original, and that line (with every cited
	// line) links back to the paragraph; following a cited line's link
	// lands on the paragraph, highlighted and in view.
	two := eval[struct {
		Paras, Back, Cited int
		Bad                []string
	}](t, b, `(() => {
		const paras = [...document.querySelectorAll('#annotated a.ln')];
		const back = [...document.querySelectorAll('.original a.lnlinks.back')];
		const bad = [];
		for (const a of paras) { const l = document.getElementById(a.getAttribute('href').slice(1));
			if (!a.id || !l || !l.closest('.original') || !l.querySelector('a.back[href="#' + a.id + '"]')) bad.push('paragraph ' + a.outerHTML.slice(0, 60)) }
		for (const a of back) { const p = document.getElementById(a.getAttribute('href').slice(1));
			if (!p || !p.matches('#annotated a.ln')) bad.push('original ' + a.outerHTML.slice(0, 80)) }
		return {Paras: paras.length, Back: new Set(back.map(a => a.getAttribute('href'))).size, Cited: back.filter(a => a.tabIndex >= 0).length, Bad: bad} })()`)
	if two.Paras == 0 || two.Back != two.Paras || two.Cited == 0 || len(two.Bad) > 0 {
		t.Errorf("source: two-way navigation: %d paragraphs, %d paragraphs linked back, %d cited back links; want every paragraph both ways (bad: %q)", two.Paras, two.Back, two.Cited, two.Bad)
	}
	eval[bool](t, b, `(() => { document.querySelector('.original a.lnlinks.back.cited').scrollIntoView({block: 'center'}); return true })()`)
	shoot("original-1280")
	do("source back link", chromedp.Click(`.original a.lnlinks.back.cited`))
	back := eval[struct {
		Target bool
		Bg     string
		Top, H float64
	}](t, b, `(() => { const e = document.getElementById(location.hash.slice(1));
		if (!e) return {}; const r = e.getBoundingClientRect();
		return {Target: e.matches('#annotated a.ln:target'), Bg: getComputedStyle(e.parentElement).backgroundColor, Top: r.top, H: innerHeight} })()`)
	if !back.Target || back.Bg == "rgba(0, 0, 0, 0)" || back.Top < -1 || back.Top >= back.H {
		t.Errorf("source: a cited line's back link landed %+v; want its paragraph targeted, highlighted and in view", back)
	}
	shoot("back-1280")
	do("source", chromedp.Navigate(srv.URL+source))

	// "What this source adds": linked from the table of contents, its
	// quotes and events cite lines of this page's original, and its events
	// link to the timeline.
	adds := eval[struct {
		TOC, Section bool
		Items        int
		Bad          []string
	}](t, b, `(() => { const s = document.getElementById('adds'); const bad = [];
		if (s) for (const a of s.querySelectorAll('a[href^="#L"]')) if (!document.getElementById(a.getAttribute('href').slice(1))) bad.push(a.outerHTML);
		if (s) for (const a of s.querySelectorAll('time')) if (!a.closest('a[href*="timeline/"]')) bad.push(a.outerHTML);
		return {TOC: !!document.querySelector('nav.toc a[href="#adds"]'), Section: !!(s && s.querySelector('h2')), Items: s ? s.querySelectorAll('li').length : 0, Bad: bad} })()`)
	if !adds.TOC || !adds.Section || adds.Items == 0 || len(adds.Bad) > 0 {
		t.Errorf("source %s: what this source adds: %+v; want a section linked from the contents, with items citing its lines and the timeline", source, adds)
	}
	eval[bool](t, b, `(() => { document.getElementById('adds').scrollIntoView(); return true })()`)
	shoot("adds-1280")

	// Notes beside paragraphs the dossier knows more about: an <aside>
	// right after its paragraph, named, whose links lead to the quotes and
	// the timeline; at 1280 px in the margin beside the paragraph, at
	// 360 px and in print under it. Its links are ordinary tab stops.
	type noteLayout struct {
		N, Named, Links, Beside, Under, Bad int
		Tab                                 bool
	}
	notes := `(() => { const ns = [...document.querySelectorAll('.annotated > aside.para-note')]; const r = {N: ns.length, Named: 0, Links: 0, Beside: 0, Under: 0, Bad: 0, Tab: false};
		for (const n of ns) { const p = n.previousElementSibling; if (!p || !p.matches('p, ul, ol, h3, h4, h5, h6') || !p.querySelector('a.ln')) { r.Bad++; continue; }
			if (n.getAttribute('aria-label')) r.Named++;
			for (const a of n.querySelectorAll('a')) { r.Links++; if (!/\/(quotes|timeline)\/(\d+\/)?#/.test(a.getAttribute('href'))) r.Bad++; }
			const a = n.getBoundingClientRect(), b = p.getBoundingClientRect();
			if (a.left >= b.right && a.top < b.bottom) r.Beside++; if (a.top >= b.bottom - 1) r.Under++; }
		const l = ns.length && ns[0].querySelector('a'); if (l) { l.focus(); r.Tab = document.activeElement === l && l.tabIndex >= 0; }
		return r })()`
	wide := eval[noteLayout](t, b, notes)
	if wide.N == 0 || wide.Named != wide.N || wide.Links < wide.N || wide.Bad > 0 || wide.Beside != wide.N || !wide.Tab {
		t.Errorf("source %s at 1280 px: paragraph notes %+v; want named asides after their paragraphs, beside them, linking to quotes or the timeline, reachable by Tab", source, wide)
	}
	eval[bool](t, b, `(() => { document.querySelector('.annotated > aside.para-note').scrollIntoView(); return true })()`)
	shoot("notes-1280")
	// Person cards: a person link of the annotated text shows its card
	// (description, number of sources) on keyboard focus, above it and
	// without moving the text; screen readers get the card once, as the
	// link's description, and not in its name.
	do("source", chromedp.KeyEvent(kb.Escape))
	card := eval[struct {
		Before, Shown, Desc, Name string
		Moved                     bool
	}](t, b, `(() => { const a = document.querySelector('#annotated a.person[aria-describedby]'); if (!a) return {};
		a.scrollIntoView({block: 'center'}); const p = a.closest('p, li'), r0 = p.getBoundingClientRect(), before = getComputedStyle(a, '::before').display;
		a.focus({preventScroll: true}); const shown = getComputedStyle(a, '::before').display, r1 = p.getBoundingClientRect();
		const d = document.getElementById(a.getAttribute('aria-describedby'));
		return {Before: before, Shown: shown, Desc: d ? d.textContent : '', Name: a.textContent, Moved: r0.top !== r1.top || r0.height !== r1.height} })()`)
	if card.Before != "none" || card.Shown != "block" || !strings.Contains(card.Desc, "named in ") || strings.Contains(card.Name, "named in") || card.Moved {
		t.Errorf("source %s: person card %+v; want hidden until focus, then shown without moving the text, described once by an element naming the sources", source, card)
	}
	shoot("card-1280")
	// The accessible name of the link is its text only (the card is its description).
	tree, err := chromedp.Call(b, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatalf("source: accessibility tree: %v", err)
	}
	nodes := tree.Nodes
	described := 0
	for _, n := range nodes {
		if n.Role == nil || n.Name == nil || n.Description == nil || string(n.Role.Value) != `"link"` || !strings.Contains(string(n.Description.Value), "named in ") {
			continue
		}
		described++
		if strings.Contains(string(n.Name.Value), "named in ") {
			t.Errorf("source %s: a person link's name %s repeats its card %s", source, n.Name.Value, n.Description.Value)
			break
		}
	}
	if described == 0 {
		t.Errorf("source %s: no link is described by a person card in the accessibility tree", source)
	}
	do("source at 360 px", chromedp.EmulateViewport(360, 780, func(s *emulation.SetDeviceMetricsOverrideParams, _ *emulation.SetTouchEmulationEnabledParams) {
		s.Mobile = true
	}), chromedp.Navigate(srv.URL+source))
	if narrow := eval[noteLayout](t, b, notes); narrow.Under != narrow.N || narrow.N != wide.N {
		t.Errorf("source %s at 360 px: paragraph notes %+v; want each under its paragraph", source, narrow)
	}
	do("source in print", chromedp.EmulateViewport(1280, 900), media(emulation.SetEmulatedMediaParams{Media: "print"}), chromedp.Navigate(srv.URL+source))
	if printed := eval[noteLayout](t, b, notes); printed.Under != printed.N || printed.N != wide.N {
		t.Errorf("source %s in print: paragraph notes %+v; want each under its paragraph", source, printed)
	}
	do("source", media(emulation.SetEmulatedMediaParams{}), chromedp.Navigate(srv.URL+source))

	// Put one line number first in the tab order and Tab to it.
	eval[bool](t, b, `(() => { document.querySelector('.chroma a.lnlinks').tabIndex = 1; document.activeElement.blur(); return true })()`)
	do("source", chromedp.KeyEvent(kb.Tab))
	if ring := eval[string](t, b, `(() => { const a = document.activeElement; return a.matches('.chroma a.lnlinks') ? getComputedStyle(a).outlineStyle : 'not reached' })()`); ring == "none" || ring == "not reached" {
		t.Errorf("source: a line number of the original reached by Tab shows no focus ring (%s)", ring)
	}

	// A citation on the person page lands on its line, highlighted and in view.
	do("person", chromedp.Navigate(srv.URL+person))
	// The person page opens with its brief: the first section, with the
	// first mention and the quotes that travelled furthest, each citing a
	// source's line.
	brief := eval[struct {
		First        bool
		Terms        []string
		Quotes       int
		Cites, Lines int
	}](t, b, `(() => { const s = document.querySelector('article.person > section');
		if (!s || s.id !== 'brief') return {};
		const links = [...s.querySelectorAll('a[href*="/sources/"]')];
		return {First: true, Terms: [...s.querySelectorAll('dt')].map(e => e.textContent), Quotes: s.querySelectorAll('ol.quotes > li').length,
			Cites: links.length, Lines: links.filter(a => /#L\d+$/.test(a.getAttribute('href'))).length} })()`)
	if !brief.First || !strings.Contains(strings.Join(brief.Terms, ","), "entioned") || brief.Quotes == 0 || brief.Lines < brief.Quotes+1 {
		t.Errorf("person %s: brief %+v; want it first, with the mentions and the quotes that travelled furthest", person, brief)
	}
	shoot("brief-1280")
	// Long sections (over 20 items) are folded, open, under a summary that
	// gives the count; the summary is a tab stop and closes its list.
	fold := eval[struct {
		N       int
		Summary string
		Open    bool
		Focus   bool
		Closed  bool
	}](t, b, `(() => { const d = [...document.querySelectorAll('article.person section > details.fold')];
		if (!d.length) return {};
		const s = d[0].querySelector(':scope > summary'); s.focus(); const focus = document.activeElement === s;
		const open = d.every(e => e.open); s.click(); const closed = !d[0].open; s.click();
		return {N: d.length, Summary: s.textContent, Open: open, Focus: focus, Closed: closed} })()`)
	if fold.N == 0 || !fold.Open || !fold.Focus || !fold.Closed || !regexp.MustCompile(`^\d+ `).MatchString(fold.Summary) {
		t.Errorf("person %s: folded sections %+v; want long sections in open details, a focusable summary with the count that closes them", person, fold)
	}
	cite := eval[string](t, b, `document.querySelector('#said a[href*="#L"]').getAttribute('href')`)
	do("citation "+cite, chromedp.Navigate(srv.URL+cite))
	landed := eval[struct {
		Target bool
		Bg     string
		Top, H float64
	}](t, b, `(() => { const e = document.getElementById(location.hash.slice(1));
		if (!e) return {}; const r = e.getBoundingClientRect();
		return {Target: e.matches(':target'), Bg: getComputedStyle(e.closest('.line')).backgroundColor, Top: r.top, H: innerHeight} })()`)
	if !landed.Target || landed.Bg == "rgba(0, 0, 0, 0)" || landed.Top < -1 || landed.Top >= landed.H {
		t.Errorf("citation %s: landed %+v; want its line targeted, highlighted and in view", cite, landed)
	}
	shoot("citation-1280")

	// Dark scheme: the targeted line number, the marked words of the
	// quotes page and the annotations keep a contrast of at least 4.5:1.
	const contrast = `(sel) => { const e = document.querySelector(sel); if (!e) return 0;
		const rgb = s => s.match(/[\d.]+/g).map(Number);
		const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 }); return 0.2126 * r + 0.7152 * g + 0.0722 * b };
		let b = e, bg; while (b) { bg = rgb(getComputedStyle(b).backgroundColor); if (bg.length < 4 || bg[3] > 0) break; b = b.parentElement }
		const a = lum(rgb(getComputedStyle(e).color)), c = lum(bg || [255, 255, 255]);
		return (Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05) }`
	for _, c := range []struct{ path, sel string }{
		{cite, `.chroma .ln:target a`}, {"/quotes/", `ins.own`}, {"/quotes/", `.cite a`}, {source, `a.person`}, {source, `q.speech`}, {source, `.chroma .ld`},
	} {
		do("dark "+c.path, dark, chromedp.Navigate(srv.URL+c.path))
		if ratio := eval[float64](t, b, `(`+contrast+`)(`+fmt.Sprintf("%q", c.sel)+`)`); ratio < 4.5 {
			t.Errorf("dark scheme, %s %s: contrast %.2f:1; want at least 4.5:1", c.path, c.sel, ratio)
		}
	}
	do("dark", chromedp.Navigate(srv.URL+cite))
	shoot("citation-dark-1280")

	// The time axis marks every event, each a link to its entry.
	do("timeline", chromedp.Navigate(srv.URL+"/timeline/"))
	if marks := eval[[]int](t, b, `[document.querySelectorAll('svg.axis a').length, document.querySelectorAll('li.event').length,
		[...document.querySelectorAll('svg.axis a')].filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length]`); len(marks) != 3 || marks[0] != marks[1] || marks[2] != 0 {
		t.Errorf("timeline: the axis has %v marks, events, unlinked marks; want one linked mark per event", marks)
	}

	// Tab from the last year link reaches the first mark, which shows a ring.
	eval[bool](t, b, `(document.querySelector('nav.years li:last-child a').focus(), true)`)
	do("timeline", chromedp.KeyEvent(kb.Tab))
	if got := eval[string](t, b, `(() => { const a = document.activeElement; if (!a.closest('svg.axis')) return 'focus on ' + a.tagName + ' ' + a.textContent.slice(0, 30);
		return getComputedStyle(a.firstElementChild.nextElementSibling).strokeWidth })()`); got != "3px" {
		t.Errorf("timeline: Tab after the years gives %q; want the first mark of the axis with a 3px ring", got)
	}

	// Search finds a person named on the home page, with the site's CSP
	// (scripts and WebAssembly of its own only).
	if search {
		do("home", media(emulation.SetEmulatedMediaParams{}), chromedp.Navigate(srv.URL+"/"))
		name := eval[string](t, b, `document.querySelector('ol.chips a').textContent`)
		do("search", chromedp.Navigate(srv.URL+"/search/"), chromedp.WaitVisible(`.pagefind-ui__search-input`))
		do("search", chromedp.Click(`.pagefind-ui__search-input`), chromedp.KeyEvent(name))
		var results int
		for range 50 {
			if results = eval[int](t, b, `document.querySelectorAll('.pagefind-ui__result').length`); results > 0 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if results == 0 {
			t.Errorf("search for %q: no results", name)
		}
		if eval[bool](t, b, `!document.getElementById('search-fallback').hidden`) {
			t.Errorf("search: the no-script text still shows")
		}
		shoot("search-1280")
		if axe != "" {
			checkAxe(t, b, axe, "search with results (light)")
		}
		do("search", dark)
		if axe != "" {
			checkAxe(t, b, axe, "search with results (dark)")
		}
		for _, sel := range []string{`#search mark`, `.pagefind-ui__result-link`, `.pagefind-ui__result-excerpt`} {
			if ratio := eval[float64](t, b, `(`+contrast+`)(`+fmt.Sprintf("%q", sel)+`)`); ratio < 4.5 {
				t.Errorf("dark scheme, search %s: contrast %.2f:1; want at least 4.5:1", sel, ratio)
			}
		}
		shoot("search-dark-1280")

		// Facets: the templates' Pagefind filters show as the UI's
		// filters (kind, outlet, person, year), and keeping to one kind
		// keeps to its pages.
		do("search", light)
		names := eval[[]string](t, b, `[...document.querySelectorAll('.pagefind-ui__filter-name')].map(e => e.textContent.trim().toLowerCase()).sort()`)
		if strings.Join(names, ",") != "kind,outlet,person,year" {
			t.Errorf("search: filters %q; want kind, outlet, person and year", names)
		}
		eval[bool](t, b, `(() => { document.querySelector('.pagefind-ui__filter-checkbox[name="kind"][value="person"]').click(); return true })()`)
		var kept struct{ N, Other int }
		for range 50 {
			kept = eval[struct{ N, Other int }](t, b, `(() => { const r = [...document.querySelectorAll('.pagefind-ui__result-link')];
				return {N: r.length, Other: r.filter(a => !a.getAttribute('href').includes('/people/')).length} })()`)
			if kept.N > 0 && kept.Other == 0 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if kept.N == 0 || kept.Other > 0 {
			t.Errorf("search for %q kept to kind person: %d results, %d not a person page", name, kept.N, kept.Other)
		}
		if axe != "" {
			checkAxe(t, b, axe, "search with a filter (light)")
		}
		eval[bool](t, b, `(() => { document.querySelector('.pagefind-ui__filter-checkbox[name="kind"]').closest('details').open = true; return true })()`)
		shoot("search-filter-1280")
		checkConsole("search")
	}

	// Print: the timeline's reports are on paper, though closed on screen.
	do("timeline in print", media(emulation.SetEmulatedMediaParams{Media: "print"}), chromedp.Navigate(srv.URL+"/timeline/"))
	if h := eval[float64](t, b, `document.querySelector('details .reports').getBoundingClientRect().height`); h == 0 {
		t.Errorf("timeline in print: the reports of an event are hidden")
	}
	shoot("timeline-print-1280")
	checkConsole("the checks")
	t.Logf("screenshots in %s", shots)
}

// axeCore returns the source of axe-core (installed by npm ci), or ""
// when it is not installed; under CI its absence fails the test.
func axeCore(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "node_modules/axe-core/axe.min.js"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no axe-core (.ci/run runs npm ci): %v", err)
		}
		t.Logf("no axe-core (run npm ci): the pages are not checked with it")
		return ""
	}
	return string(b)
}

// checkAxe injects axe-core into the page of ctx, runs every rule it has
// on the whole document, and fails the test for each serious or critical
// violation, naming the elements (at most five per rule).
func checkAxe(t *testing.T, ctx context.Context, axe, page string) {
	t.Helper()
	if !eval[bool](t, ctx, `typeof axe === 'object' || (()=>{`+axe+`
;return true})()`) {
		t.Fatalf("%s: axe-core did not load", page)
	}
	type violation struct {
		ID, Impact, Help string
		Nodes            []string
		Count            int
	}
	type result struct {
		Passes, Minor int
		Violations    []violation
	}
	r, err := chromedp.Run(ctx, chromedp.Evaluate[result](`axe.run(document, {resultTypes: ['violations']}).then(r => ({
		Passes: r.passes.length, Minor: r.violations.filter(v => v.impact !== 'serious' && v.impact !== 'critical').length,
		Violations: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({
			ID: v.id, Impact: v.impact, Help: v.help, Count: v.nodes.length,
			Nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 120) + ': ' + n.failureSummary.replace(/\s+/g, ' '))}))}))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe-core: %v", page, err)
	}
	t.Logf("%s: axe-core: %d rules pass, %d serious or critical and %d minor or moderate violations", page, r.Passes, len(r.Violations), r.Minor)
	for _, v := range r.Violations {
		t.Errorf("%s: axe-core, %s %s (%d elements): %s\n\t%s", page, v.Impact, v.ID, v.Count, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

// eval evaluates a JavaScript expression in the page of ctx and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %.60q: %v", expr, err)
	}
	return v
}

// MaxPageWeight is the most a page's HTML and CSS may weigh, gzipped.
const MaxPageWeight = 100 << 10

// TestPageWeight checks that every page of the shipped dossier, HTML and
// the stylesheets it links, is at most MaxPageWeight gzipped, and reports
// the heaviest.
func TestPageWeight(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	public, _ := seedSite(t)
	s := readSite(t, public)
	gz := func(b []byte) int {
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
		w.Write(b)
		w.Close()
		return buf.Len()
	}
	css := regexp.MustCompile(`<link rel="?stylesheet"? href="?/([^" >]+)`)
	type weight struct {
		page string
		n    int
	}
	var ws []weight
	for p, b := range s.files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		n := gz(b)
		for _, m := range css.FindAllSubmatch(b, -1) {
			n += gz(s.files[string(m[1])])
		}
		ws = append(ws, weight{p, n})
		if n > MaxPageWeight {
			t.Errorf("%s weighs %d KB gzipped with its CSS; want at most %d KB", p, n>>10, MaxPageWeight>>10)
		}
	}
	sort.Slice(ws, func(a, b int) bool { return ws[a].n > ws[b].n })
	if len(ws) == 0 {
		t.Fatal("no pages")
	}
	t.Logf("heaviest page: %s, %.1f KB gzipped with its CSS (of %d pages)", ws[0].page, float64(ws[0].n)/1024, len(ws))
}
