"""English articles n001-n008 (blind set 6). Texts written for this set; gold beside each."""
from common import doc, ev, tally, prev, rng

DOCS = []

# ---------------------------------------------------------------- n001 Kenya
P = "2026-03-19"  # Thursday
WED = prev(P, "wed")
DOCS.append(doc("n001", "en", P, """
Kenya: two shot dead in Kisumu as fuel levy protests spread

NAIROBI — Police fired tear gas at thousands of demonstrators in central Nairobi on Wednesday as protests against a new fuel levy spread to at least four towns, and a rights body said two protesters had been shot dead in the western city of Kisumu.

In the capital, marchers trying to reach Parliament Road were pushed back with tear gas and water cannon along Kenyatta Avenue. Thirty-seven people were detained, according to a police statement.

In Kisumu, officers opened fire on a crowd gathered outside the county offices. The Kenya National Commission on Human Rights (KNCHR) said two men were killed and nine wounded, while a hospital official told AFP that three bodies had been brought to the city's main referral hospital.

Youths in Nakuru hurled stones at police and set tyres alight on the highway to Nairobi for most of the afternoon. Police said 14 officers were hurt there.

The day passed off calmly in Mombasa, where a few hundred traders marched to the county headquarters and handed over a petition against the levy.

In a statement issued on Wednesday evening, the KNCHR said at least 11 people had died and 212 had been arrested since the protests began on 3 March. The commission urged the police to stop using live ammunition.

The levy, approved by parliament last month, adds about 8 shillings to a litre of petrol. Treasury officials say it is needed to service the country's debt, and President William Ruto has said he will not withdraw it.

Opposition leaders have called for further marches next Tuesday.
""", [
    ev("INTERV", WED, "KE", "Nairobi", "Nairobi", "Protesters", "Police",
       "Police fired tear gas at thousands of demonstrators", tags=["tear_gas", "march"],
       arr=37, attr=["police"]),
    ev("EXCESS", WED, "KE", "Kisumu", "Kisumu", "Protesters", "Police",
       "officers opened fire on a crowd gathered", fat=2, lo=2, hi=3, inj=9,
       attr=["Kenya National Commission on Human Rights", "hospital official", "AFP"]),
    ev("VIOLDEM", WED, "KE", "Nakuru", "Nakuru", "Protesters", "Police",
       "Youths in Nakuru hurled stones at police", inj=14, attr=["police"]),
    ev("PEACE", WED, "KE", "Mombasa", "Mombasa", "Protesters", None,
       "a few hundred traders marched to the", tags=["march"]),
], [
    tally("deaths", 11, WED, "people killed in the fuel levy protests in Kenya since 3 March",
          "Kenya National Commission on Human Rights"),
    tally("arrested", 212, WED, "people arrested in the fuel levy protests in Kenya since 3 March",
          "Kenya National Commission on Human Rights"),
]))

# ---------------------------------------------------------------- n002 Nigeria
P = "2024-06-18"  # Tuesday
SUN = prev(P, "sun")
SAT = prev(P, "sat")
DOCS.append(doc("n002", "en", P, """
Suicide bomber kills 19 at Borno cattle market; air force strikes ISWAP camp

MAIDUGURI, Nigeria — A suicide bomber blew herself up among traders at the cattle market in Konduga, Borno State, on Sunday evening, killing 12 people, local officials said.

The toll rose to 19 dead on Monday after several of the wounded died at the State Specialist Hospital in Maiduguri, the Borno State Emergency Management Agency (SEMA) said. SEMA put the number of injured at 23.

No group has claimed responsibility for the blast. Witnesses said the bomber, a young woman, had walked in from the direction of the livestock pens shortly after 6pm.

Separately, the Nigerian Air Force (NAF) said its jets struck a camp of the Islamic State West Africa Province (ISWAP) near Marte on Saturday, killing "scores" of fighters and destroying logistics stores. The NAF did not link the operation to the Konduga attack, and its account could not be independently verified.

Konduga, about 35 km from the state capital, has been targeted before. In June 2019, three suicide bombers struck a viewing centre where residents had gathered to watch football, killing 30 people.

According to SEMA, at least 41 people have been killed in suicide attacks in the state since January.

Governor Babagana Zulum, who visited the wounded on Monday, called for more troops to be posted along the Maiduguri–Konduga road and promised compensation to the families of the victims.

The insurgency in the northeast, which began in 2009, has killed tens of thousands of people and displaced more than two million.
""", [
    ev("SUICIDE", SUN, "NG", "Borno", "Konduga", "Unidentified armed group", "Civilians",
       "A suicide bomber blew herself up among", fat=12, lo=12, hi=19, inj=23,
       attr=["local officials", "Borno State Emergency Management Agency"]),
    ev("AIR", SAT, "NG", "Borno", "Marte", "Military", "ISWAP",
       "its jets struck a camp of the"),
    ev("SUICIDE", "2019-06", "NG", "Borno", "Konduga", "Unidentified armed group", "Civilians",
       "three suicide bombers struck a viewing centre", fat=30),
], [
    tally("deaths", 41, P, "people killed in suicide attacks in Borno State since January 2024",
          "Borno State Emergency Management Agency"),
]))

# ---------------------------------------------------------------- n003 Pakistan
P = "2025-09-04"  # Thursday
WED = prev(P, "wed")
TUE = prev(P, "tue")
DOCS.append(doc("n003", "en", P, """
Four policemen killed by roadside bomb in Bannu; second device defused

PESHAWAR — Four policemen were killed and two others wounded when a roadside bomb struck their patrol van on the outskirts of Bannu early on Wednesday, police in Khyber Pakhtunkhwa said.

A bomb disposal squad later found a second device, packed with around eight kilograms of explosives, about 200 metres further along the same road and defused it, officials said. No group immediately claimed the blast.

Hours earlier, a hand grenade was hurled at a police checkpoint in Peshawar on Tuesday night, injuring two constables. The attackers escaped on a motorcycle.

The province's Counter-Terrorism Department (CTD) said on Wednesday it had arrested nine suspected members of the banned Tehrik-i-Taliban Pakistan (TTP) in a raid on a compound in Dera Ismail Khan on Tuesday. The CTD said rifles, detonators and suicide vests were recovered, and that the suspects were planning attacks on security installations. The TTP denied that the men belonged to the group.

According to figures compiled by the provincial police, 97 police officers have been killed in Khyber Pakhtunkhwa since January, most of them in the southern districts bordering Afghanistan.

Funeral prayers for the four officers were offered at the police lines in Bannu on Wednesday afternoon, attended by the provincial police chief, who said the force would "not be deterred".

Islamabad accuses Kabul of allowing TTP fighters to operate from Afghan soil, a charge the Taliban government rejects.

(Reporting by our Peshawar correspondent; editing by the foreign desk.)
""", [
    ev("IED", WED, "PK", "Khyber Pakhtunkhwa", "Bannu", None, "Police",
       "a roadside bomb struck their patrol van", fat=4, inj=2, attr=["police"]),
    ev("DISRUPT", WED, "PK", "Khyber Pakhtunkhwa", "Bannu", "Police", None,
       "A bomb disposal squad later found a"),
    ev("GRENADE", TUE, "PK", "Khyber Pakhtunkhwa", "Peshawar", "Unidentified armed group", "Police",
       "a hand grenade was hurled at a", inj=2),
    ev("ARREST", TUE, "PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "Police", "TTP",
       "it had arrested nine suspected members", arr=9, attr=["Counter-Terrorism Department"]),
], [
    tally("deaths", 97, P, "police officers killed in Khyber Pakhtunkhwa since January 2025",
          "provincial police"),
]))

# ---------------------------------------------------------------- n004 Iraq
P = "2017-04-20"  # Thursday
TUE = prev(P, "tue")
MON = prev(P, "mon")
WED = prev(P, "wed")
DOCS.append(doc("n004", "en", P, """
Iraqi troops treated after chlorine attack in west Mosul

MOSUL, Iraq — Seven Iraqi soldiers were treated for breathing problems after Islamic State fighters fired mortar rounds filled with chlorine at their positions in western Mosul on Tuesday, an army officer told Reuters.

"None of them is in serious condition," said the officer, a major in the army's 9th Division, who asked not to be named because he was not authorised to speak to the media.

The Federal Police said its units retook the Zanjili district on Wednesday after two days of street fighting with the militants, losing three officers. Islamic State fighters still hold a shrinking pocket around the Old City, where tens of thousands of civilians remain trapped.

On Monday, mortar rounds struck a camp for displaced families at Hammam al-Alil, south of the city, killing a child and wounding four people, aid workers said. It was not clear who fired them.

Iraqi forces declared eastern Mosul fully recaptured in January, after a three-month campaign, before turning to the western half of the city.

The United Nations said on Wednesday that more than 300 civilians had been killed in western Mosul since the offensive began. It gave no breakdown.

Commanders have accused the militants of using civilians as human shields and of firing chemical-laced munitions several times since the start of the year. Islamic State does not comment on such reports.

The US-led coalition, which supports the offensive with air strikes and advisers, said it was looking into the latest report.
""", [
    ev("CHEM", TUE, "IQ", "Nineveh", "Mosul", "Islamic State", "Military",
       "fired mortar rounds filled with chlorine", inj=7, attr=["army officer", "Reuters"]),
    ev("GOVREG", WED, "IQ", "Nineveh", "Zanjili", "Police", "Islamic State",
       "its units retook the Zanjili district", fat=3, attr=["Federal Police"]),
    ev("SHELL", MON, "IQ", "Nineveh", "Hammam al-Alil", None, "Civilians",
       "mortar rounds struck a camp for displaced", fat=1, inj=4, attr=["aid workers"]),
    ev("GOVREG", "2017-01", "IQ", "Nineveh", "Mosul", "Military", "Islamic State",
       "declared eastern Mosul fully recaptured in January"),
], [
    tally("deaths", 300, WED, "civilians killed in western Mosul since the offensive on the western half of the city began",
          "United Nations"),
]))

# ---------------------------------------------------------------- n005 Myanmar
P = "2024-02-08"  # Thursday
TUE = prev(P, "tue")
WED = prev(P, "wed")
MON = prev(P, "mon")
DOCS.append(doc("n005", "en", P, """
Arakan Army takes Pauktaw; air strikes reported near Mrauk-U

YANGON — The Arakan Army (AA) said on Wednesday it had seized the town of Pauktaw in Myanmar's Rakhine State on Tuesday, after overrunning the last police and army positions there following weeks of fighting.

A spokesman for the group said soldiers who survived had fled by boat towards Sittwe. The junta did not respond to requests for comment.

On Wednesday morning, military jets bombed a village outside Mrauk-U, killing at least 11 civilians, residents and a local rescue group said. The military said it had targeted "terrorist positions" and did not mention casualties.

In Sittwe, the state capital, two artillery shells landed near the jetty on Monday, wounding six people, local media reported. It was not clear who had fired them.

The AA, one of the three groups behind an offensive launched in late October, has been fighting the military in Rakhine since November, ending a year-long informal truce.

At least 150 civilians have been killed in Rakhine since then, according to the UN. Fighting has cut most roads in the state and prices of rice and fuel have more than doubled.

"People are hiding in monasteries because they are afraid the planes will come back," a resident of Mrauk-U told this newspaper by telephone.

The junta has acknowledged a series of setbacks but insists it will retake lost ground.

This article was updated with comment from residents.
""", [
    ev("NSAOVER", TUE, "MM", "Rakhine", "Pauktaw", "Arakan Army", "Military",
       "it had seized the town of Pauktaw"),
    ev("AIR", WED, "MM", "Rakhine", "Mrauk-U", "Military", "Civilians",
       "military jets bombed a village outside Mrauk-U", fat=11,
       attr=["residents", "local rescue group"]),
    ev("SHELL", MON, "MM", "Rakhine", "Sittwe", None, "Civilians",
       "two artillery shells landed near the jetty", inj=6, attr=["local media"]),
], [
    tally("deaths", 150, P, "civilians killed in Rakhine State since fighting resumed in November 2023",
          "UN"),
]))

# ---------------------------------------------------------------- n006 NSW (negative)
P = "2025-11-12"
DOCS.append(doc("n006", "en", P, """
NSW lawmakers debate tighter protest permits as climate group vows flotilla

SYDNEY — New South Wales lawmakers on Tuesday began debating a bill that would give police more power to refuse permits for marches near places of worship and for protests that block major roads, a proposal critics describe as the toughest restriction on demonstrations in the state in decades.

Introducing the bill, the police minister said residents were "fed up" with weekly disruption to traffic in central Sydney and that the changes would protect "the right to peaceful protest, not the right to shut down a city".

The NSW Council for Civil Liberties said the measure was unnecessary and would be challenged in court. Its president said the state already had "some of the harshest anti-protest laws in the country".

Rising Tide, the climate group that has organised kayak blockades of the coal port at Newcastle before, said it would go ahead with a flotilla planned for the last weekend of November whatever the outcome of the vote. "We will be on the water," a spokeswoman said.

The police commissioner told a budget estimates hearing last month that officers had policed hundreds of demonstrations since the start of the year, most of them peaceful, and that overtime costs had risen sharply.

Unions have said they will hold a rally outside Parliament House next week, when the lower house is expected to vote. The opposition has not said how it will vote.

The government holds a majority in the lower house but needs crossbench support in the upper house, where several members have signalled they want amendments.
""", [], []))

# ---------------------------------------------------------------- n007 India (Manipur)
P = "2024-09-11"  # Wednesday
TUE = prev(P, "tue")
MON = prev(P, "mon")
SUN = prev(P, "sun")
SAT = prev(P, "sat")
DOCS.append(doc("n007", "en", P, """
Curfew in Imphal after student clashes, drone bombing and Jiribam gunfight

IMPHAL — The Manipur government imposed an indefinite curfew in the Imphal West and Imphal East districts on Tuesday after students clashed with security forces near the governor's residence for a second straight day.

Hundreds of students who had marched on Raj Bhavan on Monday and Tuesday to demand the removal of the state's security adviser threw stones and marbles at police and paramilitary personnel, who responded with tear gas and smoke bombs. More than 40 people, most of them students, were injured over the two days, hospital sources said.

The unrest followed a weekend of violence. On Sunday, suspected militants used drones to drop explosives on Koutruk village in Imphal West district, killing a woman and injuring nine people, police said.

In Jiribam district, near the border with Assam, gunmen and armed village volunteers exchanged fire for several hours on Saturday. Five people were killed, according to police, while a local civil society group put the toll at six.

More than 220 people have been killed in the ethnic violence between the Meitei and Kuki-Zo communities since May last year, and tens of thousands remain in relief camps.

Chief Minister N. Biren Singh, who met the governor on Tuesday evening, appealed for calm and said the drone attacks were "an act of terror" that would be investigated by the National Investigation Agency.

(With inputs from agencies)
""", [
    ev("OTHER", TUE, "IN", "Manipur", None, "Government of Manipur", None,
       "imposed an indefinite curfew in the Imphal", tags=["curfew"]),
    ev("VIOLDEM", rng(MON, TUE), "IN", "Manipur", "Imphal", "Protesters", "Security forces",
       "threw stones and marbles at police", tags=["tear_gas", "march"], inj=40,
       attr=["hospital sources"]),
    ev("AIR", SUN, "IN", "Manipur", "Koutruk", "Unidentified armed group", "Civilians",
       "used drones to drop explosives on Koutruk", fat=1, inj=9, attr=["police"]),
    ev("CLASH", SAT, "IN", "Manipur", "Jiribam", "Unidentified armed group", "Village volunteers",
       "gunmen and armed village volunteers exchanged fire", fat=5, lo=5, hi=6,
       attr=["police", "local civil society group"]),
], [
    tally("deaths", 220, P, "people killed in Manipur's ethnic violence since May 2023"),
]))

# ---------------------------------------------------------------- n008 Sudan
P = "2025-06-19"  # Thursday
WED = prev(P, "wed")
TUE = prev(P, "tue")
MON = prev(P, "mon")
LASTWEEK = rng("2025-06-09", "2025-06-15")
DOCS.append(doc("n008", "en", P, """
RSF shelling kills civilians in El Fasher camp; army says Port Sudan drones downed

PORT SUDAN — Shells fired by the paramilitary Rapid Support Forces (RSF) struck the Abu Shouk displacement camp on the edge of El Fasher on Wednesday, killing 14 civilians, a local emergency response room said. The North Darfur health ministry gave a toll of nine.

The RSF, which has besieged El Fasher for more than a year, did not comment. It has previously denied targeting civilians.

Sudan's army said its air defences intercepted eight drones over Port Sudan on Tuesday night, the latest in a series of attacks on the Red Sea city that has served as the seat of the army-backed government since 2023. No damage was reported.

In a statement on Monday, the UN human rights office said RSF fighters had raped women at a checkpoint outside Tawila last week, and that several of the victims were girls. The office said it had spoken to survivors and medical staff.

The RSF overran the nearby Zamzam camp in April, forcing hundreds of thousands of people to flee, many of them to Tawila.

According to the UN, at least 540 civilians have been killed in El Fasher since the start of the year.

The war between the army and the RSF began in April 2023 and has created what aid agencies describe as the world's largest displacement crisis.

Talks brokered by the United States and Saudi Arabia have been stalled for months.
""", [
    ev("SHELL", WED, "SD", "North Darfur", "Abu Shouk", "RSF", "Civilians",
       "Shells fired by the paramilitary Rapid Support", fat=9, lo=9, hi=14,
       attr=["local emergency response room", "North Darfur health ministry"]),
    ev("DISRUPT", TUE, "SD", "Red Sea", "Port Sudan", "Military", None,
       "its air defences intercepted eight drones over"),
    ev("SEXVIOL", LASTWEEK, "SD", "North Darfur", "Tawila", "RSF", "Civilians",
       "RSF fighters had raped women at a"),
    ev("NSAOVER", "2025-04", "SD", "North Darfur", "Zamzam", "RSF", None,
       "The RSF overran the nearby Zamzam camp"),
], [
    tally("deaths", 540, P, "civilians killed in El Fasher since January 2025", "UN"),
]))
