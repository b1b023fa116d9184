# Hand-written gold annotations for the blind set, serialised to gold/*.gold.json.
# Written from the articles alone, without reading the annotator code (see ../README.md).
import json, os
H = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the blind folder
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
MA, RK, PS, EB = "Marisol Achebe-Farr", "Radek Krell", "Priyanka Sethuraman", "Evaristo Barreto"
RESCUE_CONFLICT = ("The wire story (b01) has Barreto's crew lifting the family off the roof 'before dawn on Monday' (2026-02-16); "
                   "the Courant (b07) says the crew reached the roof 'shortly before midnight that Sunday' (2026-02-15).")

G['b01'] = dict(published="2026-02-17",
 published_basis="Dateline 'PELLINGFORD, Feb. 17 (Coastline News Service)' gives the day; the year comes from the body ('the third named storm to reach the province in 2026').",
 people=[
  P(MA, ["Marisol Achebe-Farr", "Achebe-Farr"], ["Mayor", "The mayor"]),
  P(RK, ["Radek Krell"], ["the city's director of emergency management"]),
  P(PS, ["Priyanka Sethuraman", "Sethuraman"], ["Dr.", "the chief hydrologist of the Ashbrin Basin Authority"]),
  P(EB, ["Evaristo Barreto", "Barreto"], ["Fire Captain"]),
  P("Wendell Pask", ["Wendell Pask"], ["owner of the hardware shop Finch & Garrow"], ages=[58]),
  P("Halima Strand", ["Halima Strand"], ["Reporting by"], "credit"),
  P("Jorge Vantongeren", ["Jorge Vantongeren"], ["editing by"], "credit"),
 ],
 quotes=[
  Q("hours ahead", None),
  Q("We planned for a river that would rise overnight,", MA),
  Q("We got one that rose before supper.", MA),
  Q("People keep asking me why the sirens were late,", RK),
  Q("They were late because the river was early. I'm not going to pretend otherwise.", RK),
  Q("The rain fell on ground that was already full from the January storms,", PS),
  Q("When I saw the Colvarry numbers I told my deputy, 'Call the city. Call them now.'", PS),
  Q("Call the city. Call them now.", PS),
  Q("The kids were calmer than I was,", EB),
  Q("after the river had already reached me.", "Wendell Pask"),
  Q("as a matter of urgency.", None),
  Q("a soup of diesel, sewage and everything in your neighbour's garage.", MA),
  Q("Please,", MA),
  Q("let the pumps do their work.", MA),
 ],
 events=[
  E("2026-02-15", "Storm Vesper sweeps through the valley and the Ashbrin floods", "on Sunday night"),
  E("2026", "Vesper, the province's third named storm of the year", "in 2026"),
  E("2026-02-17", "Officials give a news conference on the flood", "on Tuesday", [MA, RK, PS, EB]),
  E("2026-02-15", "Westerby High School opens as a shelter", "since Sunday"),
  E("2026-02", "The city asks the provincial government for disaster funds", "by the end of the week", [MA]),
  E("2026-02-19", "A claims desk opens at the Marwood Library", "on Thursday", [MA]),
  E("2026-02-15", "Sirens sound along the lower Ashbrin", "at 7:40 p.m. on Sunday", [RK]),
  E("2026-02-15", "First calls from Dunholt Road", "about ninety minutes after"),
  E("2026-02-15", "The Colvarry Lock gauge records the crest", "at 9:15 p.m.", [PS]),
  E("2026-02-16", "The time for which the model had forecast the crest", "about 1 a.m. on Monday"),
  E("2026-04", "The Ashbrin Basin Authority publishes its review of the forecast", "in April", [PS]),
  E("2026-02-16", "Barreto's crew lifts a family of four from a roof on Dunholt Road", "before dawn on Monday", [EB], conflict=RESCUE_CONFLICT),
  E("2026-02-17", "The news service fails to reach the national weather agency", "on Tuesday evening"),
 ])

G['b02'] = dict(published="2025-11-22",
 published_basis="Header line 'Courtside Weekly | Saturday, November 22, 2025 | Interview by …'.",
 people=[
  P("Philippa Arrowsmith", ["Philippa Arrowsmith"], ["Interview by"], "credit"),
  P("Kasimir Drozdov", ["Kasimir Drozdov", "Drozdov", "Kasimir"], ["the son"], ages=[29]),
  P("Yevhen Drozdov", ["Yevhen Drozdov", "Drozdov", "Yevhen"], ["His father and coach", "The older Drozdov", "a junior champion"], ages=[61]),
  P("Teodor Lindgaard-Mbeki", ["Teodor Lindgaard-Mbeki"], ["the world No. 3"]),
  P("Amara Quennell", ["Amara Quennell", "Quennell"], ["Dr.", "His physio"]),
  P("Benedek Sorrell", ["Benedek Sorrell"], ["Photo:"], "credit"),
 ],
 quotes=[
  Q("Sorry, sorry,", "Kasimir Drozdov"),
  Q("My father says if I talk with my mouth full he will make me run the hill again. He's not joking. He has never once joked.", "Kasimir Drozdov"),
  Q("People ask me what changed,", "Kasimir Drozdov"),
  Q("Honestly? I stopped saying sorry on the court. I used to miss a ball and apologise to the ball.", "Kasimir Drozdov"),
  Q("He taught me everything, and then he taught me to ignore half of it,", "Kasimir Drozdov"),
  Q("That's the hard part of being coached by your dad. You have to fire him a little bit every day.", "Kasimir Drozdov"),
  Q("I heard that,", "Yevhen Drozdov"),
  Q("She said, 'Kasimir, you are playing like a man who owes money to the net,'", "Kasimir Drozdov"),
  Q("Kasimir, you are playing like a man who owes money to the net,", "Amara Quennell"),
  Q("I laughed so hard I cried. Then I went and practised.", "Kasimir Drozdov"),
  Q("I think I said the net owned him,", "Amara Quennell"),
  Q("Something like that.", "Amara Quennell"),
  Q("I'm not going there to be the nice story,", "Kasimir Drozdov"),
  Q("I'm going there to be the annoying one.", "Kasimir Drozdov"),
  Q("He should finish the porridge,", "Yevhen Drozdov"),
  Q("Then we talk about Kaimara.", "Yevhen Drozdov"),
 ],
 events=[
  E("2025-11", "Drozdov wins the Lisvarne Indoor title, beating Lindgaard-Mbeki", "two weeks ago", ["Kasimir Drozdov", "Teodor Lindgaard-Mbeki"]),
  E("1984", "A knee injury ends Yevhen Drozdov's playing career", "in 1984", ["Yevhen Drozdov"]),
  E("2025-09", "Drozdov loses in the first round in Marisco and Quennell finds him in the locker room", "in September", ["Kasimir Drozdov", "Amara Quennell"]),
  E("2025-10", "Halbrook & Vey renews Drozdov's racquet contract", "last month", ["Kasimir Drozdov"]),
  E("2026-01-12", "The Kaimara Open starts", "on January 12", ["Kasimir Drozdov"]),
 ])

AB, OF = "Aleksander Brodie-Mwangi", "Marguerite Oyelaran-Fisk"
G['b03'] = dict(published="2026-03-06",
 published_basis="Byline line 'By Anouk Brevoort | Calvenne Law Journal | March 6, 2026'; the ruling was 'on Thursday' (March 5).",
 people=[
  P("Anouk Brevoort", ["Anouk Brevoort"], ["byline"], "credit"),
  P(AB, ["Aleksander Brodie-Mwangi", "Brodie-Mwangi"], ["a taxi driver from Harl", "her client"], ages=[46]),
  P(OF, ["Marguerite Oyelaran-Fisk", "Oyelaran-Fisk"], ["Justice", "Writing for the majority"]),
  P("Ingmar Tollefsrud", ["Ingmar Tollefsrud"], ["Justice", "dissented"]),
  P("Benedikt Aarnio", ["Benedikt Aarnio"], ["Justice"]),
  P("Saoirse Venn", ["Saoirse Venn", "Venn"], ["Ms.", "who represented Brodie-Mwangi"]),
  P("Osric Delacroix-Hale", ["Osric Delacroix-Hale"], ["Solicitor General"]),
 ],
 quotes=[
  Q("a ledger of ordinary lives", OF),
  Q("a ledger of ordinary lives, kept for no one in particular and available to anyone who asks.", OF),
  Q("The State told this court that the database is 'a filing cabinet, nothing more,'", OF),
  Q("a filing cabinet, nothing more,", None),
  Q("A filing cabinet does not follow a man to his mother's house, to his doctor and to his church.", OF),
  Q("Parliament may decide that some of these records are worth keeping. It may not decide that all of them are, for everyone, for a decade, without saying why.", OF),
  Q("substituted its own anxieties for the judgment of the legislature,", "Ingmar Tollefsrud"),
  Q("held securely and consulted rarely.", "Ingmar Tollefsrud"),
  Q("never wanted to be a symbol.", "Saoirse Venn"),
  Q("He wanted to know why a computer in Port Ilvary knew what time he picks up his daughter,", "Saoirse Venn"),
  Q("Today three judges asked the same question, and two of them didn't like the answer.", "Saoirse Venn"),
  Q("I drive people home,", AB),
  Q("Now maybe I can go home too.", AB),
  Q("studying the judgment carefully", "Osric Delacroix-Hale"),
  Q("will comply with any lawful instruction", None),
  Q("the most important privacy ruling in a generation.", None),
  Q("within weeks, not years.", None),
 ],
 events=[
  E("2026-03-05", "The Court of Appeal strikes down the Digital Identity Act's retention clause", "on Thursday", [OF, "Ingmar Tollefsrud", "Benedikt Aarnio", AB]),
  E("2024", "Brodie-Mwangi discovers the ministry holds over 11,000 records on him", "in 2024", [AB]),
  E("2026-04-02", "Deadline for the government to seek leave to appeal to the Supreme Court", "on April 2", ["Osric Delacroix-Hale"]),
  E("2022", "The Digital Identity Act is passed", "in 2022"),
  E("2023-01", "The retention clause takes effect", "in January 2023"),
  E("2025-11", "The appeal is argued over two days", "in November"),
 ])

CS = ["Nadia Castellan", "Owen Castellan", "Mabel Castellan", "Jonah Castellan"]
G['b07'] = dict(published="2026-02-21",
 published_basis="Byline line 'The Westerby Courant | Published Feb. 21, 2026 | By Ottilie Sandqvist'.",
 people=[
  P("Ottilie Sandqvist", ["Ottilie Sandqvist"], ["byline"], "credit"),
  P("Nadia Castellan", ["Nadia Castellan", "Nadia"], [], ages=[37]),
  P("Owen Castellan", ["Owen", "Owen Castellan"], ["her husband"], ages=[39]),
  P("Mabel Castellan", ["Mabel"], ["their children"], ages=[9]),
  P("Jonah Castellan", ["Jonah"], ["their children"], ages=[6]),
  P("Frank Castellan", ["Frank Castellan"], ["Owen's father"], ages=[71]),
  P(EB, ["Evaristo Barreto"], ["Fire Captain"]),
  P("Imelda Okonjo-Ward", ["Imelda Okonjo-Ward"], ["The organiser", "a retired teacher"]),
  P("Ruairi Dunphy-Roe", ["Ruairi Dunphy-Roe"], ["Photographs by"], "credit"),
 ],
 quotes=[
  Q("The kids were calmer than I was", EB),
  Q("We don't need them here,", "Owen Castellan"),
  Q("I just can't stop carrying them.", "Owen Castellan"),
  Q("I put my feet down and the floor was gone,", "Nadia Castellan"),
  Q("There was just water, and it was warm, which I still don't understand.", "Nadia Castellan"),
  Q("Dad rang them every ten minutes,", "Owen Castellan"),
  Q("I think in the end they came just to make him stop.", "Owen Castellan"),
  Q("The kids were calmer than I was,", EB),
  Q("I was thinking about Biscuit.", "Mabel Castellan"),
  Q("Boats.", "Jonah Castellan"),
  Q("Roofs for Dunholt,", None, "term"),
  Q("embarrassed", "Imelda Okonjo-Ward"),
  Q("I asked for enough to buy a few dehumidifiers,", "Imelda Okonjo-Ward"),
  Q("People have sent enough to buy the shop.", "Imelda Okonjo-Ward"),
  Q("within ten working days.", None),
  Q("My wife and I bought that house with a loan from her brother,", "Frank Castellan"),
  Q("It's been under water twice now. It's still standing. So am I.", "Frank Castellan"),
 ],
 events=[
  E("2026-02-19", "Owen Castellan talks to the Courant", "on Thursday", ["Owen Castellan"]),
  E("2026-02-15", "The Castellans' house on Dunholt Road floods during Storm Vesper", "last Sunday night", CS),
  E("2026-02-15", "Barreto's crew reaches the Castellans on their roof by boat", "shortly before midnight that Sunday", [EB] + CS, conflict=RESCUE_CONFLICT),
  E("2026-02-17", "Biscuit the rabbit is found in a neighbour's shed", "two days later", ["Mabel Castellan"]),
  E("2026-02-20", "The 'Roofs for Dunholt' fund passes 14,000 dollars", "by Friday afternoon", ["Imelda Okonjo-Ward"]),
  E("1974", "Frank Castellan starts living on Dunholt Road", "since 1974", ["Frank Castellan"]),
  E("2026", "The family hopes to move back home", "by the summer", CS),
 ])

G['b10'] = dict(published="2026-02-23",
 published_basis="No date line; the host says Storm Vesper came 'eight days ago tonight, on Sunday, February 15th, 2026', which makes the broadcast Monday 2026-02-23.",
 people=[
  P("Bettina Roalsvik", ["BETTINA ROALSVIK", "ROALSVIK", "Bettina"], ["host"]),
  P(PS, ["Priyanka Sethuraman", "Sethuraman", "SETHURAMAN"], ["Dr.", "chief hydrologist at the Ashbrin Basin Authority"]),
  P(RK, ["Radek Krell"], ["the city's emergency director"]),
  P("Lorcan Hemmingway", ["LORCAN HEMMINGWAY", "Lorcan"], ["caller"]),
  P(MA, ["Marisol Achebe-Farr"], ["The mayor"]),
 ],
 quotes=[
  Q("The sirens were late because the river was early.", RK),
  Q("Ring the city, ring them this minute.", PS),
  Q("lessons will be learned", None, "term"),
  Q("Roofs for Dunholt", None, "term"),
 ],
 events=[
  E("2026-02-15", "Storm Vesper comes up the valley", "on Sunday, February 15th, 2026"),
  E("2026-02-15", "The Ashbrin crests", "at a quarter past nine", [PS]),
  E("2026-01", "Earlier storms saturate the soil", "the storms in January"),
  E("2026-02-14", "The authority issues an amber warning", "the day before", [PS]),
  E("2026-02-15", "The authority fails to upgrade the warning in time", "that Sunday evening", [PS]),
  E("2026-02", "Krell says the sirens were late because the river was early", "last week", [RK]),
  E("2026-04", "The authority publishes its review", "in April", [PS]),
  E("2026-03", "A stalled-band model starts running alongside the old one", "starting next month", [PS]),
  E("2023", "The authority asks for three more gauges", "in 2023", [PS]),
 ])

CM = "Carys Montrose"
G['b04'] = dict(published="",
 published_basis="No date line or byline date; the item speaks only of 'on Tuesday', 'the following morning', 'by Wednesday night', 'last spring' and 'next month', and no year fixes them, so the publication date cannot be inferred.",
 people=[
  P(CM, ["Carys Montrose", "Montrose", "Carys", "@carysmontrose"], ["Pop singer"], ages=[31]),
  P("Delphine Aubusson", ["Delphine Aubusson", "Aubusson"], ["Her publicist"]),
  P("Idris Falconbridge", ["Idris Falconbridge", "Falconbridge", "@idrisfalconbridge"], ["Montrose's husband", "the actor"], ages=[35]),
  P("Wren Castillo-Hart", ["Wren Castillo-Hart"], ["The song's director"]),
  P("Silas Okwuosa", ["Silas Okwuosa"], ["Photograph:"], "credit"),
 ],
 quotes=[
  Q("bruised, not broken", CM),
  Q("advised by her doctors to rest completely for at least four weeks", "Delphine Aubusson"),
  Q("Carys is in good spirits and is already, against medical advice, writing songs,", "Delphine Aubusson"),
  Q("We are asking everyone to give her the space to heal.", "Delphine Aubusson"),
  Q("Rust in the Engine,", None, "title"),
  Q("went completely silent, like someone had pulled the plug on the whole arena.", None),
  Q("working closely with the production team.", None),
  Q("Northbound,", None, "title"),
  Q("The day I realised she was going to be huge.", "Wren Castillo-Hart"),
  Q("absolutely", None),
  Q("honestly? tempting.", CM),
 ],
 events=[
  E("2019", "Montrose and Falconbridge marry", "in 2019", [CM, "Idris Falconbridge"]),
  E("2024", "Lanternfish goes to No. 1", "in 2024", [CM]),
 ])

MV = "Mireille Vashti"
G['b05'] = dict(published="2026-09-09",
 published_basis="Header line 'Techbeat | Wednesday, 9 September 2026 | By …'; the launch was 'on Wednesday'.",
 people=[
  P("Soren Amundsen-Pike", ["Soren Amundsen-Pike"], ["byline"], "credit"),
  P(MV, ["Mireille Vashti", "Vashti"], ["its chief executive", "founded the company"]),
  P("Harriet", ["Harriet"], ["the company's new voice assistant"], "fictional"),
  P("Marcus Elwood-Vashti", ["Marcus", "Marcus Elwood-Vashti"], ["Vashti's husband", "Orvane's chief design officer"]),
  P("Lakshmi Ferreira-Okoro", ["Lakshmi Ferreira-Okoro"], ["Analyst", "of Stonecrop Securities"]),
  P("Gideon Tallis", ["Gideon Tallis"], ["Another analyst", "covers the company for Bellweather Research"]),
  P("Aurelie Brandt", ["Aurelie Brandt"], ["Photo:"], "credit"),
 ],
 quotes=[
  Q("the last phone you'll need to pocket and the first you'll want to unfold,", MV),
  Q("For ten years this industry has sold you the same rectangle with a better camera,", MV),
  Q("We decided to sell you a different shape.", MV),
  Q("Done. I've told Marcus you'll be late, and I didn't mention the dentist.", None),
  Q("a very committed, very well-paid few.", "Lakshmi Ferreira-Okoro"),
  Q("It's a beautiful object,", "Lakshmi Ferreira-Okoro"),
  Q("Beautiful objects don't pay for factories.", "Lakshmi Ferreira-Okoro"),
  Q("half a million of these without breaking a sweat", "Gideon Tallis"),
  Q("That was a prototype,", MV),
  Q("Prototypes are supposed to fail. That's why we make them.", MV),
  Q("some time in 2027.", None),
  Q("See?", MV),
  Q("It fits.", MV),
 ],
 events=[
  E("2026-09-09", "Orvane unveils the Trine at a launch event", "on Wednesday", [MV]),
  E("2017", "Vashti founds Orvane", "in 2017", [MV]),
  E("2026-10-01", "The Trine goes on sale", "on October 1"),
  E("2026-09-11", "Pre-orders open", "on Friday"),
  E("2025", "Orvane ships 4.1 million phones", "last year"),
  E("2026-03", "An earlier prototype fails a durability test", "in March"),
  E("2026-09-09", "Orvane's shares rise 6 percent", "in afternoon trading"),
  E("2027", "Orvane opens its first shop outside its home market, in Lisgarra", "next spring"),
  E("2026-09-07", "Tobin Fenwick Devices cuts the price of its folding phone", "two days after"),
 ])

DP = "Darren Pluckrose"
G['b06'] = dict(published="2026-06-18",
 published_basis="Byline line 'By Kieran Mottram, Crime Reporter | The Northgate Star | Thursday 18 June 2026'; the sentencing was 'yesterday' (June 17).",
 people=[
  P("Kieran Mottram", ["Kieran Mottram"], ["Crime Reporter"], "credit"),
  P(DP, ["Darren Pluckrose", "Pluckrose"], ["A SERIAL thief", "of Wyckham Road, Ambersley"], ages=[34]),
  P("Evangeline Stroud", ["Evangeline Stroud"], ["Judge"]),
  P("Tyler Ashdown", ["Tyler Ashdown", "Ashdown"], ["His accomplice"], ages=[27]),
  P("Fergus Oyelowo-Banks", ["Fergus Oyelowo-Banks"], ["Prosecutor"]),
  P("Edwina Kettlewick", ["Edwina Kettlewick"], ["Farmer", "has run the dairy since 1991"], ages=[62]),
  P("Alfie Kettlewick", ["Alfie Kettlewick"], ["her son"], ages=[29]),
  P("Lavinia Sharpe", ["Lavinia Sharpe"], ["Defending"]),
  P("Callum Obuya", ["Callum Obuya"], ["Detective Constable", "of Northgate Police"]),
  P("Bex Trelawney", ["Bex Trelawney"], ["Picture:"], "credit"),
 ],
 quotes=[
  Q("CHEESE FIEND", None, "term"),
  Q("Fancy cheddar, no questions.", DP),
  Q("a brazenness that would be almost admirable if it were not so stupid", "Evangeline Stroud"),
  Q("You did not steal from a supermarket. You stole from families who had spent years making that cheese.", "Evangeline Stroud"),
  Q("collecting cheese for a mate", "Tyler Ashdown"),
  Q("Old Gallowmoor", None, "term"),
  Q("That cheese was two years of my life. He ate some of it, I'm told, in the van.", "Edwina Kettlewick"),
  Q("Mum cried when we won and she cried when it went. I'd rather she'd only cried the once.", "Alfie Kettlewick"),
  Q("in a very dark place", "Lavinia Sharpe"),
  Q("no real plan for what to do with that much cheese", "Lavinia Sharpe"),
  Q("mostly by common sense and partly by smell", "Callum Obuya"),
  Q("We had reports of a strong odour from a van in a car park,", "Callum Obuya"),
  Q("It wasn't hard.", "Callum Obuya"),
  Q("tightened security considerably", None),
 ],
 events=[
  E("2026-06-17", "Pluckrose is jailed for three years and Ashdown given a suspended sentence", "yesterday", [DP, "Evangeline Stroud", "Tyler Ashdown"]),
  E("2025-08", "Pluckrose steals 212 wheels of cheddar from the Brackenfold County Show", "last August", [DP, "Tyler Ashdown"]),
  E("2025-08", "'Old Gallowmoor' wins best in show", "the day before it vanished", ["Edwina Kettlewick"]),
  E("1991", "Edwina Kettlewick starts running the dairy", "since 1991", ["Edwina Kettlewick"]),
  E("2026-08-14", "This year's Brackenfold County Show opens", "on August 14"),
  E("2026", "This year's show, with a guarded cheese tent", "this year's show"),
 ])

OM = "Ottoline Marchbank"
G['b08'] = dict(published="2026-03-10",
 published_basis="Header line 'Updated 10 March 2026, 18:42'; the minister spoke 'on Tuesday' (March 10).",
 people=[
  P(OM, ["Ottoline Marchbank", "Marchbank"], ["Deputy Minister for Digital Affairs", "Ms", "the minister"]),
  P("Yusuf Adeyemi-Clarke", ["Yusuf Adeyemi-Clarke", "Adeyemi-Clarke"], ["The opposition's digital spokesman", "MP (Lab)", "Mr"]),
  P("Grete Sundqvist", ["Grete Sundqvist", "Sundqvist"], ["MP (Grn)", "sits on the justice committee", "Ms"]),
  P("Rufus Penberthy-Lowe", ["Rufus Penberthy-Lowe"], ["MP (Nat)", "the act's sponsor"]),
  P(AB, ["Aleksander Brodie-Mwangi"], ["the taxi driver whose challenge led to the ruling"]),
  P("Tamsin Oakhurst-Quinlan", ["Tamsin Oakhurst-Quinlan"], ["Senator (Ind.)", "chairs the upper house's rights committee"]),
  P("Lucan Dervish", ["Lucan Dervish"], ["Prime Minister"]),
  P("Nkechi Halloway", ["Nkechi Halloway"], ["Reporting by"], "credit"),
 ],
 quotes=[
  Q("in hundreds of serious investigations", OM),
  Q("without the highest court having its say", OM),
  Q("We respect the court. We also have a duty to the victims of crime,", OM),
  Q("Those two things are not in conflict, and the Supreme Court is the right place to show it.", OM),
  Q("four years defending a clause she has never once explained", "Yusuf Adeyemi-Clarke"),
  Q("The court said it plainly,", "Yusuf Adeyemi-Clarke"),
  Q("It called this database a ledger of ordinary lives. The minister calls it a filing cabinet. I know which one I\u2019d rather be kept in.", "Yusuf Adeyemi-Clarke"),
  Q("Then every day of this appeal adds another day to the ledger,", "Grete Sundqvist"),
  Q("has made a policy decision dressed as a legal one", "Rufus Penberthy-Lowe"),
  Q("They talked about me for an hour. Nobody asked me anything.", AB),
  Q("at capacity", None),
  Q("If the government wants to keep this data, it can come and tell us why,", "Tamsin Oakhurst-Quinlan"),
  Q("a matter for the minister", "Lucan Dervish"),
 ],
 events=[
  E("2026-03-10", "Marchbank tells the National Assembly the government will appeal", "on Tuesday", [OM, "Yusuf Adeyemi-Clarke", "Grete Sundqvist", "Rufus Penberthy-Lowe"]),
  E("2026-03", "The Court of Appeal ruling on the Digital Identity Act", "last week's"),
  E("2026-03-04", "The Court of Appeal hands down its judgment", "last Wednesday",
    conflict="This article says the judgment was handed down 'last Wednesday' (2026-03-04); the Calvenne Law Journal (b03) says the court ruled 'on Thursday', March 5."),
  E("2026-04-02", "Deadline for the government's application to the Supreme Court", "on 2 April", [OM]),
  E("2022", "The Digital Identity Act is passed", "in 2022", ["Rufus Penberthy-Lowe"]),
  E("2025-10", "The budget debate, when the gallery was last full", "in October"),
  E("2026-03-19", "The upper house's rights committee holds a hearing on the ruling", "on Thursday of next week", ["Tamsin Oakhurst-Quinlan"]),
  E("2026-03-09", "Dervish tells reporters the appeal is a matter for the minister", "on Monday", ["Lucan Dervish"]),
 ])

HO, VA = "Henrike Oyama", "Verity Ashgrove"
G['b09'] = dict(published="2026-05-14",
 published_basis="Date line 'May 14, 2026' under the headline; the paper was published 'on Wednesday' (May 13).",
 people=[
  P(VA, ["Verity Ashgrove"], ["the astronomer", "who died in 2011"]),
  P(HO, ["Henrike Oyama", "Oyama", "Henrike"], ["Prof.", "of the University of Dunvarrow", "led the study"], ages=[52]),
  P("Sydney Marchetti", ["Sydney Marchetti", "Marchetti"], ["Dr.", "co-author", "a postdoctoral researcher at the Larkspur Institute of Technology"]),
  P("Yaw Ansori", ["Yaw Ansori"], ["Dr.", "an astrophysicist at the Selwyn-Agard Observatory"]),
  P("Clementine Ashgrove-Pryor", ["Clementine Ashgrove-Pryor", "Ashgrove-Pryor"], ["Her daughter"]),
  P("Matthias Erdély", ["Matthias Erdély"], ["The paper's first author", "doctoral student"]),
  P("Anselm Whitcombe-Adu", ["Anselm Whitcombe-Adu"], ["byline"], "credit"),
 ],
 quotes=[
  Q("cold Neptune", None, "term"),
  Q("Our models say a star this small simply doesn't have enough material that far out to build something this big,", HO),
  Q("So either the models are wrong, or the planet moved there. Both answers are interesting.", HO),
  Q("We were very, very suspicious of it,", "Sydney Marchetti"),
  Q("At one point Henrike sent a message to the whole group that just said, 'Prove me wrong by Friday.' Nobody could.", "Sydney Marchetti"),
  Q("Prove me wrong by Friday.", HO),
  Q("solid", "Yaw Ansori"),
  Q("a bit convenient.", "Yaw Ansori"),
  Q("Whenever a planet is somewhere awkward, we say a star walked past and pushed it,", "Yaw Ansori"),
  Q("Sometimes that's true. I'd like to see the star.", "Yaw Ansori"),
  Q("a reminder that the galaxy has not read our textbooks.", None),
  Q("unbearable about this, in the nicest way.", "Clementine Ashgrove-Pryor"),
  Q("She always said, 'Patience is an instrument too,'", "Clementine Ashgrove-Pryor"),
  Q("Patience is an instrument too,", VA),
  Q("I think she'd want that on the plaque.", "Clementine Ashgrove-Pryor"),
  Q("about four hundred times", "Matthias Erdély"),
  Q("The first time I saw it I thought I'd broken something,", "Matthias Erdély"),
  Q("The second time I thought somebody else had.", "Matthias Erdély"),
 ],
 events=[
  E("2026-05-13", "The findings are published in Planetary Letters", "on Wednesday", [HO, "Sydney Marchetti", "Matthias Erdély"]),
  E("2023", "The team first notices the signal", "in 2023", [HO]),
  E("2026-10", "Planned observations on the Kovanen Space Telescope", "in October", [HO]),
  E("2011", "Verity Ashgrove dies", "in 2011", [VA]),
 ])

for k, g in G.items():
    out = {"source": f"{k}.txt"}; out.update(g)
    json.dump(out, open(f"{H}/gold/{k}.txt.gold.json", "w"), ensure_ascii=False, indent=2)

CROSS = {
 "quote_groups": [
  [{"source": "b01.txt", "text": "The kids were calmer than I was,"},
   {"source": "b07.txt", "text": "The kids were calmer than I was"},
   {"source": "b07.txt", "text": "The kids were calmer than I was,"}],
  [{"source": "b01.txt", "text": "They were late because the river was early. I'm not going to pretend otherwise."},
   {"source": "b10.txt", "text": "The sirens were late because the river was early."}],
  [{"source": "b01.txt", "text": "Call the city. Call them now."},
   {"source": "b10.txt", "text": "Ring the city, ring them this minute."}],
  [{"source": "b03.txt", "text": "a ledger of ordinary lives"},
   {"source": "b03.txt", "text": "a ledger of ordinary lives, kept for no one in particular and available to anyone who asks."},
   {"source": "b08.txt", "text": "It called this database a ledger of ordinary lives. The minister calls it a filing cabinet. I know which one I\u2019d rather be kept in."}],
 ],
 "event_groups": [
  {"date": "2026-02-15", "what": "Storm Vesper floods the Ashbrin valley",
   "reports": [{"source": "b01.txt", "date": "2026-02-15"}, {"source": "b07.txt", "date": "2026-02-15"}, {"source": "b10.txt", "date": "2026-02-15"}]},
  {"date": "2026-02-16", "what": "Barreto's crew rescues the Castellan family from their roof on Dunholt Road",
   "reports": [{"source": "b01.txt", "date": "2026-02-16"},
               {"source": "b07.txt", "date": "2026-02-15", "conflict": RESCUE_CONFLICT + " The gold keeps what each text says."}]},
  {"date": "2026-02-17", "what": "Pellingford officials' news conference, where Krell says the sirens were late because the river was early",
   "reports": [{"source": "b01.txt", "date": "2026-02-17"}, {"source": "b10.txt", "date": "2026-02"}]},
  {"date": "2026-04", "what": "The Ashbrin Basin Authority publishes its review of the forecast",
   "reports": [{"source": "b01.txt", "date": "2026-04"}, {"source": "b10.txt", "date": "2026-04"}]},
  {"date": "2026-03-05", "what": "The Court of Appeal strikes down the Digital Identity Act's retention clause",
   "reports": [{"source": "b03.txt", "date": "2026-03-05"},
               {"source": "b08.txt", "date": "2026-03-04", "conflict": "The Law Journal (b03, published Friday March 6) says the court ruled 'on Thursday', March 5; the CBC (b08) says 'last Wednesday', March 4. The gold keeps what each text says."}]},
  {"date": "2026-04-02", "what": "Deadline for the government to seek leave to appeal to the Supreme Court",
   "reports": [{"source": "b03.txt", "date": "2026-04-02"}, {"source": "b08.txt", "date": "2026-04-02"}]},
  {"date": "2022", "what": "The Digital Identity Act is passed",
   "reports": [{"source": "b03.txt", "date": "2022"}, {"source": "b08.txt", "date": "2022"}]},
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
