# Hand-written gold annotations for the blind2 set, serialised to gold/*.gold.json.
# Written from the articles alone, without reading the annotator code (see ../README.md).
import json, os
H = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the blind2 folder
def P(name, forms, desc=None, kind='subject', ages=None):
    d = {"name": name, "forms": forms}
    if desc: d["descriptions"] = desc
    if ages: d["ages"] = ages
    d["kind"] = kind
    return d
def Q(text, speaker, kind='speech'): return {"text": text, "speaker": speaker, "kind": kind}
def E(date, what, ev, people=(), conflict=None):
    d = {"date": date, "what": what, "evidence": ev, "people": list(people)}
    if conflict: d["conflict"] = conflict
    return d
G = {}
ZM = "Zdenka Marovec"
BOARD_CONFLICT = ("The wire story (c01, Tuesday March 10) and the newsletter (c08) say the boards met 'on Monday', March 9; "
                  "the Brask feature (c02, Thursday March 12) says 'last Sunday', March 8.")
UNION_CONFLICT = ("The wire story (c01) says the nurses would meet 'on Thursday', March 12; the newsletter (c08) says they voted "
                  "'on Wednesday night', March 11.")

G['c01'] = dict(published="2026-03-10",
 published_basis="Dateline 'TOLLMERE, March 10 (Meridian Wire)' gives the day; the year comes from the body ('their steepest one-day drop of 2026').",
 people=[
  P(ZM, ["Zdenka Marovec", "Marovec"], ["Halvard chief executive"], ages=[57]),
  P("Tobiah Quarrington", ["Tobiah Quarrington"], ["Corrin's chief executive", "vice chairman of the combined company"]),
  P("Evander Verhoeff", ["Evander Verhoeff"], ["covers hospital stocks at Corvane Securities"]),
  P("Miriama Ngata-Pryce", ["Miriama Ngata-Pryce"], ["of Ferrow Capital"]),
  P("Maud Estergaard", ["Maud Estergaard"], ["Union president"]),
  P("Arvid Halvard", ["Arvid Halvard"], ["the surgeon", "founder of Halvard"]),
  P("Ylva Dahlqvist", ["Ylva Dahlqvist"], ["Reporting by"], "credit"),
  P("Petra Okafor-Lind", ["Petra Okafor-Lind"], ["Editing by"], "credit"),
 ],
 quotes=[
  Q("Two good hospitals in one town is a luxury,", ZM),
  Q("Two struggling ones is a tragedy, and that is what Brask has today.", ZM),
  Q("We looked hard at staying on our own,", "Tobiah Quarrington"),
  Q("The numbers never worked.", "Tobiah Quarrington"),
  Q("full but defensible,", "Evander Verhoeff"),
  Q("Regulators in Selvane have blocked two hospital mergers since 2019,", "Miriama Ngata-Pryce"),
  Q("I would not bet the house on a September close.", "Miriama Ngata-Pryce"),
  Q("a merger of balance sheets, not of care.", None),
 ],
 events=[
  E("2026-03-10", "Halvard announces it will buy Corrin Medical Partners", "on Tuesday", [ZM]),
  E("2026-03-09", "The boards of both companies approve the merger", "on Monday", conflict=BOARD_CONFLICT),
  E("2026-06", "Halvard shareholders vote on the deal", "in June"),
  E("2026-09", "The deal is expected to close", "by the end of September"),
  E("2023", "Corrin's doctors start asking for a new imaging centre", "since 2023"),
  E("2026-03-12", "Corrin's Brask nurses meet to discuss a response", "on Thursday", ["Maud Estergaard"], conflict=UNION_CONFLICT),
  E("2026-04", "Halvard holds public meetings in Brask", "in April", [ZM]),
  E("1961", "Arvid Halvard founds Halvard as a single clinic", "in 1961", ["Arvid Halvard"]),
 ])

G['c02'] = dict(published="2026-03-12",
 published_basis="Byline line 'By Annika Feldstrom | March 12, 2026'.",
 people=[
  P("Lorne Vasquez-Hale", ["Lorne Vasquez-Hale", "Lorne"], ["His son"]),
  P("Emil Vasquez-Hale", ["Emil Vasquez-Hale"], ["His father"], ages=[81]),
  P("Rita Vasquez-Hale", ["Rita Vasquez-Hale"], ["His mother"]),
  P("Farah Idrissi-Moen", ["Farah Idrissi-Moen", "Idrissi-Moen"], ["Dr."]),
  P("Matyas Szarvas", ["Matyas Szarvas", "Szarvas"], ["Dr.", "a cardiologist"]),
  P(ZM, ["Zdenka Marovec"], ["Halvard's chief executive"]),
  P("Annika Feldstrom", ["Annika Feldstrom"], ["By"], "credit"),
  P("Radomir Wendt", ["Radomir Wendt"], ["Photo"], "credit"),
 ],
 quotes=[
  Q("They were wonderful once they saw him,", "Lorne Vasquez-Hale"),
  Q("But four hours is a long time to watch your dad lose the words for things.", "Lorne Vasquez-Hale"),
  Q("If they close one of the two, where do we go? Tollmere is forty minutes on a good day.", "Rita Vasquez-Hale"),
  Q("Nobody asked us,", "Farah Idrissi-Moen"),
  Q("Nobody asked the paramedics either. We handle about 38,000 visits a year. The Halvard hospital across the river handles 30,000. Put those together in one building and tell me where the beds come from.", "Farah Idrissi-Moen"),
  Q("A merger could bring us the money we have been begging for,", "Matyas Szarvas"),
  Q("Or it could bring us a parking lot. I honestly don't know yet.", "Matyas Szarvas"),
  Q("Two good hospitals in one town are a luxury; two struggling ones are a tragedy,", ZM),
  Q("will listen before it decides,", None),
  Q("examine the effect on patients in Brask with particular care.", None),
  Q("Dad can't make a speech,", "Lorne Vasquez-Hale"),
  Q("So I will.", "Lorne Vasquez-Hale"),
 ],
 events=[
  E("2026-01", "Lorne Vasquez-Hale drives his father, who has had a stroke, to the St. Odile's emergency department", "in January", ["Lorne Vasquez-Hale", "Emil Vasquez-Hale"]),
  E("2026-03", "Lorne Vasquez-Hale talks to the paper", "this week", ["Lorne Vasquez-Hale"]),
  E("2026-03-10", "Halvard announces it will buy Corrin Medical Partners", "On Tuesday"),
  E("2026-03-08", "The boards approve the deal", "last Sunday", conflict=BOARD_CONFLICT),
  E("2024", "St. Odile's asks Corrin for a new stroke unit", "in 2024", ["Farah Idrissi-Moen"]),
  E("2026-03-10", "Marovec tells investors the town cannot support two weak hospitals", "on Tuesday", [ZM]),
  E("2026-04", "Halvard's public meetings in Brask", "planned for April"),
 ])

G['c03'] = dict(published="2026-11-18",
 published_basis="Line 'Updated Nov. 18, 2026, 11:40 p.m.' under the byline.",
 people=[
  P("Odalys Kastner-Brun", ["Odalys Kastner-Brun", "Kastner-Brun"], ["Board President"]),
  P("Reuben Takahara", ["Reuben Takahara", "Takahara"], ["Superintendent", "Dr."]),
  P("Hana Oyelaran", ["Hana Oyelaran"], ["whose twins are in second grade at Linden Row"]),
  P("Ciaran Feeney", ["Ciaran Feeney"]),
  P("Gwen Sorensby", ["Gwen Sorensby"], ["a retired Harrow Gate teacher"]),
  P("Alistair Mbatha-Crane", ["Alistair Mbatha-Crane", "Mbatha-Crane"], ["Trustee"]),
  P("Colm Ashdown-Reyes", ["Colm Ashdown-Reyes"], ["By"], "credit"),
 ],
 quotes=[
  Q("We are heating, cleaning and staffing a building designed for 500 children,", "Reuben Takahara"),
  Q("We have 310. That money comes out of classrooms somewhere.", "Reuben Takahara"),
  Q("If you move them to Harrow Gate, they cross Route 9,", "Hana Oyelaran"),
  Q("Has anyone on this board tried to cross Route 9 at 8 a.m.?", "Hana Oyelaran"),
  Q("for that school and nothing else.", "Ciaran Feeney"),
  Q("rushed, thin on data and deaf to the families it affects.", None),
  Q("My granddaughter would love a real art room,", "Gwen Sorensby"),
  Q("So would every kid in this town.", "Gwen Sorensby"),
  Q("by Thanksgiving.", "Reuben Takahara"),
  Q("Then why are we hearing this tonight?", "Alistair Mbatha-Crane"),
  Q("Linden Row Is Not a Line Item.", None),
  Q("These are people's kids and people's mornings,", "Reuben Takahara"),
  Q("I'd be angry too.", "Reuben Takahara"),
 ],
 events=[
  E("2026-11-17", "The Wickerby Unified school board hears public comment on the plan to close Linden Row Elementary", "on Tuesday night", ["Odalys Kastner-Brun", "Reuben Takahara"]),
  E("2027", "Linden Row's pupils would move to Harrow Gate Elementary", "next fall"),
  E("2026-12-09", "The board is due to decide on the plan", "Dec. 9", ["Odalys Kastner-Brun"]),
  E("2018", "Enrollment at Linden Row starts falling (by a third since)", "since 2018"),
  E("2026-11-17", "Kastner-Brun ends public comment with 14 people still on the list", "shortly after 10 p.m.", ["Odalys Kastner-Brun"]),
  E("2026-11-21", "Listening session at the Wickerby Public Library", "on Saturday"),
  E("2026-12", "Parents plan to return to the board", "in December"),
  E("2027", "The district faces a projected $3.8 million shortfall", "next year"),
 ])

IM = "Isolde Marchetti-Ruan"
G['c04'] = dict(published="",
 published_basis="No date line, byline date or dateline; the text has no absolute date from which the day could be inferred.",
 people=[
  P(IM, ["Isolde Marchetti-Ruan", "Marchetti-Ruan", "Izzy"], ["singer-songwriter"]),
  P("Teofil Palk", ["Teofil Palk", "Teo", "Palk"], ["The cellist"]),
  P("Lennart Voskuijlen", ["Lennart Voskuijlen", "Lennart"], ["her old producer"]),
  P("Annelise Ruan", ["Annelise Ruan"], ["her grandmother", "ran a fish stall"]),
  P("Damaris Okoye-Lund", ["Damaris Okoye-Lund", "Okoye-Lund"], ["film director"]),
  P("Faisal Halloway-Brent", ["Faisal Halloway-Brent"], ["By"], "credit"),
  P("Mirela Stancu", ["Mirela Stancu"], ["Photograph by"], "credit"),
 ],
 quotes=[
  Q("Salt Year", None, "title"),
  Q("Salt Year,", None, "title"),
  Q("Lantern Street,", None, "title"),
  Q("Whatever the Tide Keeps,", None, "title"),
  Q("I kept telling Teo to stop being polite,", IM),
  Q("He would play something beautiful and then apologise for it. I said, 'Don't you dare apologise on my record.'", IM),
  Q("Don't you dare apologise on my record.", IM),
  Q("She did say that. Many times.", "Teofil Palk"),
  Q("Izzy,", None, "term"),
  Q("Paper Aeroplanes", None, "title"),
  Q("Lennart made me sound like the radio,", IM),
  Q("I wanted to sound like a room.", IM),
  Q("Those songs paid my rent for six years,", IM),
  Q("They also taught me what I didn't want to be.", IM),
  Q("a salt year.", "Annelise Ruan"),
  Q("Annelise", None, "title"),
  Q("The Last Lighthouse Keeper,", None, "title"),
  Q("the film's memory of itself.", "Damaris Okoye-Lund"),
  Q("Blue Engine", None, "title"),
  Q("Inventory", None, "title"),
  Q("Salt Year", None, "title"),
 ],
 events=[])

NB = "Naomi Brisco-Tull"; GF = "Gordon Ferrick"
G['c05'] = dict(published="2026-10-02",
 published_basis="Header line 'Ostmere Evening Post | Friday, October 2, 2026 | Crime'.",
 people=[
  P(NB, ["Naomi Brisco-Tull", "Brisco-Tull"], ["Sgt.", "a spokeswoman for the Ostmere Police Department"]),
  P("Ruben Castellanos-Igwe", ["Ruben Castellanos-Igwe"], ["charged with burglary"], ages=[24]),
  P("Dmitri Halloran-Pyke", ["Dmitri Halloran-Pyke"], ["charged with burglary"], ages=[31]),
  P(GF, ["Gordon Ferrick", "Ferrick"], ["The neighbour"], ages=[67]),
  P("Priti Wolanski", ["Priti Wolanski"], ["The pharmacy's owner"]),
  P("Kwame Adeyemi-Strand", ["Kwame Adeyemi-Strand"], ["Reporting by"], "credit"),
 ],
 quotes=[
  Q("Officers recovered a quantity of prescription medication and cash from a vehicle,", NB),
  Q("We believe this was a targeted break-in, and we are not looking for anyone else at this time.", NB),
  Q("I thought it was the bins,", GF),
  Q("Then I heard it again and I thought, no, that's a window.", GF),
  Q("One of them told me to mind my own business,", GF),
  Q("I said, 'This is my business, I live here.'", GF),
  Q("This is my business, I live here.", GF),
  Q("Mr. Ferrick gave us exactly what we needed,", NB),
  Q("But the safest thing anyone can do is call us and stay put.", NB),
  Q("We have been on this street for twenty-two years,", "Priti Wolanski"),
  Q("One bad night doesn't change that.", "Priti Wolanski"),
 ],
 events=[
  E("2026-10-01", "Break-in at Wrenfield Pharmacy on Penwick Lane", "early on Thursday", ["Ruben Castellanos-Igwe", "Dmitri Halloran-Pyke"]),
  E("2026-10-01", "Officers are called to the pharmacy after a neighbour hears glass breaking", "at about 3:15 a.m.", [GF]),
  E("2026-10-05", "The two men are due in Ostmere Magistrates' Court", "on Monday", ["Ruben Castellanos-Igwe", "Dmitri Halloran-Pyke"]),
  E("2026-10-01", "Officers stop the car on Fernleigh Road", "about six minutes later"),
  E("2026-10-03", "The pharmacy reopens", "on Saturday", ["Priti Wolanski"]),
  E("2026-07", "Start of the run of pharmacy break-ins in the district", "since July"),
  E("2026-08", "A 19-year-old man is charged over a break-in on Tanner Street", "in August"),
 ])

BS = "Benedetta Szalai-Morrow"
G['c06'] = dict(published="2026-09-27",
 published_basis="Byline line 'Harbourlight Weekend Magazine | By Oriane Castelnau | Sept. 27, 2026'.",
 people=[
  P(BS, ["Benedetta \"Bette\" Szalai-Morrow", "Benedetta Szalai-Morrow", "Szalai-Morrow", "Bette"], ["chef", "the Metronome"], ages=[44]),
  P("Laszlo Szalai", ["Laszlo Szalai"], ["her father", "a Veldish-born baker"]),
  P("Fiona Morrow", ["Fiona Morrow"], ["a schoolteacher"]),
  P("Andras Szalai", ["Andras Szalai"], ["Her brother"]),
  P("Kenji Albrecht-Sato", ["Kenji Albrecht-Sato", "Kenji"], ["Her head chef"]),
  P("Sabeth Varga-Penn", ["Sabeth Varga-Penn"], ["The guild's chair"]),
  P("Oriane Castelnau", ["Oriane Castelnau"], ["By"], "credit"),
 ],
 quotes=[
  Q("Bette", None, "term"),
  Q("Bette,", None, "term"),
  Q("the Metronome.", None, "term"),
  Q("One, two, plate,", BS),
  Q("I cried in front of a man eating a sandwich,", BS),
  Q("He offered me half.", BS),
  Q("My father got up at three every morning of my childhood. I used to think that was what adults did - that you woke in the dark and made bread for people who would never know your name.", BS),
  Q("When I left to cook in restaurants, he did not speak to me for a year. He thought a restaurant was a vanity. Then he came to my first dinner service, sat at the counter, ate everything and said, 'Fine. It is bread with extra steps.' That was the nicest thing he ever said about my cooking.", BS),
  Q("Fine. It is bread with extra steps.", "Laszlo Szalai"),
  Q("That's exactly what Dad said,", "Andras Szalai"),
  Q("He also went back for seconds, which she doesn't mention.", "Andras Szalai"),
  Q("the Tuesday eel,", None, "term"),
  Q("Bette tastes everything, every night,", "Kenji Albrecht-Sato"),
  Q("People think that's control. It isn't. It's worry, but organised.", "Kenji Albrecht-Sato"),
  Q("Kenji is right,", BS),
  Q("Don't print that he's right.", BS),
  Q("a kitchen that respects its own limits.", "Sabeth Varga-Penn"),
 ],
 events=[
  E("2019", "Szalai-Morrow opens Quill & Cinder on Pellory Quay", "in 2019", [BS]),
  E("2026-09-22", "Quill & Cinder is named restaurant of the year by the Harbourlight Food Guild", "Last Tuesday", [BS]),
  E("2027-01", "The restaurant closes for two weeks for a refit", "in January"),
  E("2027", "Szalai-Morrow plans to open a bakery next door", "next spring", [BS]),
 ])

VH = "Signe Voss-Halden"; TR = "Takeda Renji"
G['c07'] = dict(published="2026-06-15",
 published_basis="Dateline 'SARVIK, Talveria, June 15 (Northline Press)' gives the day; the year comes from the body ('until June 2028, two years from this month').",
 people=[
  P(VH, ["Signe Voss-Halden", "Voss-Halden"], ["Talverian Prime Minister"]),
  P(TR, ["Takeda Renji", "Takeda"], ["Foreign Minister"]),
  P("Phan Ngoc Hoa", ["Phan Ngoc Hoa", "Hoa"], ["Ostrelia's Prime Minister", "Premier"]),
  P("Caoimhe Dunleavy-Obi", ["Caoimhe Dunleavy-Obi"], ["Marren's First Minister"]),
  P("Piet Oranje-Lasko", ["Piet Oranje-Lasko", "Oranje-Lasko"], ["Talverian Foreign Minister"]),
  P("Halvor Brink-Adair", ["Halvor Brink-Adair"], ["Reporting by"], "credit"),
  P("Sun Meiqi", ["Sun Meiqi"], ["additional reporting by"], "credit"),
 ],
 quotes=[
  Q("This is not peace,", VH),
  Q("It is a ceasefire with paperwork. But ceasefires with paperwork are how peace usually starts.", VH),
  Q("with open hands and a long memory.", TR),
  Q("Our claim is in our constitution. It will stay there. Our boats, however, will stay home.", TR),
  Q("They told us, 'Fix it before someone drowns,'", "Phan Ngoc Hoa"),
  Q("Fix it before someone drowns,", None),
  Q("So we fixed part of it.", "Phan Ngoc Hoa"),
  Q("a good first page of a long book", "Caoimhe Dunleavy-Obi"),
  Q("buys time the cod do not have.", None),
  Q("Strong tea, stronger coffee tomorrow.", "Piet Oranje-Lasko"),
 ],
 events=[
  E("2026-06-15", "Four coastal states agree a two-year truce on deep-water fishing in the Grey Shelf", "on Monday", [VH, TR, "Phan Ngoc Hoa", "Caoimhe Dunleavy-Obi"]),
  E("2025", "Talverian and Kohmaran coast guard vessels collide twice", "last year"),
  E("2028-06", "The ban on new trawling licences ends", "until June 2028"),
  E("2026-09", "Negotiations on dividing the catch begin", "from September"),
  E("2025", "Failed fishing talks in Ormund", "last year's failed talks", [TR]),
  E("2027", "Marren pushes for a binding quota treaty", "by 2027", ["Caoimhe Dunleavy-Obi"]),
  E("2025-11", "The second collision, which injures a Kohmaran coast guard officer", "in November"),
  E("2026-06-14", "Takeda and Oranje-Lasko meet alone and reach the breakthrough", "late on Sunday", [TR, "Piet Oranje-Lasko"]),
  E("2026-07-01", "The first joint patrol sails", "on July 1"),
  E("2027", "The leaders meet again in Kohmara", "next spring"),
 ])

T = "2026-03-13"
G['c08'] = dict(published="2026-03-13",
 published_basis="Header line 'Friday, March 13, 2026 | The Selvane Morning Brief, edited by Witold Eberlein-Quist'.",
 people=[
  P("Witold Eberlein-Quist", ["Witold Eberlein-Quist"], ["edited by"], "credit"),
  P("Maud Estergaard", ["Maud Estergaard"], ["Union president"]),
  P(ZM, ["Zdenka Marovec"], ["Halvard's chief executive"]),
  P("Aurel Terhaar", ["Aurel Terhaar"], ["Crew spokesman"]),
  P("Edith Mbeki-Rowan", ["Edith Mbeki-Rowan"], ["Councillor"]),
  P("Radomir Wendt", ["Radomir Wendt", "Wendt"], ["The Brask Observer's photographer"]),
 ],
 quotes=[
  Q("We are not against Halvard,", "Maud Estergaard"),
  Q("We are against losing an emergency room.", "Maud Estergaard"),
  Q("two good hospitals in one town is a luxury.", ZM),
  Q("all sailings are cancelled until further notice.", None),
  Q("Nobody should steer a boat on four hours of sleep,", "Aurel Terhaar"),
  Q("a tax on people who live on the wrong side of the river.", "Edith Mbeki-Rowan"),
  Q("High Water, Low Light.", None, "title"),
  Q("They pulled half the street out of the water,", "Radomir Wendt"),
  Q("It's theirs, really.", "Radomir Wendt"),
 ],
 events=[
  E(T, "Entry: nurses push back on the hospital merger", "7:05 a.m."),
  E("2026-03-11", "St. Odile's nurses vote to ask the Competition Office to block the deal", "on Wednesday night", ["Maud Estergaard"], conflict=UNION_CONFLICT),
  E("2026-03-10", "Marovec's line about two good hospitals", "from Tuesday", [ZM]),
  E("2026", "The hospital deal is expected to close", "in the autumn"),
  E(T, "Entry: ferry crews walk out", "7:40 a.m."),
  E(T, "Tollmere-Haskel ferry crews begin a 48-hour strike", "at midnight", ["Aurel Terhaar"]),
  E(T, "Entry: new toll on the Quarry Bridge", "8:15 a.m."),
  E("2026-03-16", "The Quarry Bridge toll starts", "from Monday"),
  E(T, "Entry: weather", "9:00 a.m."),
  E(T, "Rain clears", "by noon"),
  E("2026-03-15", "Possible frost", "on Sunday night"),
  E(T, "Entry: one more thing", "9:20 a.m."),
  E("2026-03-12", "Wendt wins the regional press award", "yesterday", ["Radomir Wendt"]),
  E(T, "Entry: correction", "9:45 a.m."),
  E("2026-03-10", "Tuesday's Brief misdates the board meetings", "Tuesday's Brief"),
  E("2026-03-09", "The Halvard and Corrin boards meet", "on Monday", conflict=BOARD_CONFLICT),
  E("2026-03", "The Competition Office is expected to open a formal review", "next week"),
  E("2026-06", "Halvard shareholders vote", "in June"),
  E("2026-03-16", "The next Brief", "See you Monday"),
 ])

for k, g in G.items():
    out = {"source": f"{k}.txt", **g}
    json.dump(out, open(f"{H}/gold/{k}.txt.gold.json", "w"), ensure_ascii=False, indent=2)

CROSS = {
 "quote_groups": [
  [{"source": "c01.txt", "text": "Two good hospitals in one town is a luxury,"},
   {"source": "c01.txt", "text": "Two struggling ones is a tragedy, and that is what Brask has today."},
   {"source": "c02.txt", "text": "Two good hospitals in one town are a luxury; two struggling ones are a tragedy,"},
   {"source": "c08.txt", "text": "two good hospitals in one town is a luxury."}],
 ],
 "event_groups": [
  {"date": "2026-03-10", "what": "Halvard announces its purchase of Corrin Medical Partners and Marovec speaks to investors",
   "reports": [{"source": "c01.txt", "date": "2026-03-10"}, {"source": "c02.txt", "date": "2026-03-10"}, {"source": "c08.txt", "date": "2026-03-10"}]},
  {"date": "2026-03-09", "what": "The Halvard and Corrin boards approve the merger",
   "reports": [{"source": "c01.txt", "date": "2026-03-09"},
               {"source": "c02.txt", "date": "2026-03-08", "conflict": BOARD_CONFLICT + " The gold keeps what each text says."},
               {"source": "c08.txt", "date": "2026-03-09"}]},
  {"date": "2026-03-11", "what": "Corrin's Brask nurses meet and vote on a response to the merger",
   "reports": [{"source": "c01.txt", "date": "2026-03-12", "conflict": UNION_CONFLICT + " The gold keeps what each text says."},
               {"source": "c08.txt", "date": "2026-03-11"}]},
  {"date": "2026-06", "what": "Halvard shareholders vote on the deal",
   "reports": [{"source": "c01.txt", "date": "2026-06"}, {"source": "c08.txt", "date": "2026-06"}]},
  {"date": "2026-04", "what": "Halvard's public meetings in Brask",
   "reports": [{"source": "c01.txt", "date": "2026-04"}, {"source": "c02.txt", "date": "2026-04"}]},
  {"date": "2026-09", "what": "The hospital deal closes",
   "reports": [{"source": "c01.txt", "date": "2026-09"}, {"source": "c08.txt", "date": "2026"}]},
 ],
}
people = {}
for k, g in G.items():
    for p in g["people"]:
        if p["kind"] == "subject":
            people.setdefault(p["name"], []).append(f"{k}.txt")
CROSS["people"] = [{"name": n, "sources": sorted(s)} for n, s in sorted(people.items())]
json.dump(CROSS, open(f"{H}/gold/CROSS.json", "w"), ensure_ascii=False, indent=2)
print("ok", len(G))
