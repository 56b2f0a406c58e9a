"""Blind set 7, articles part: English texts q001-q008, each beside its gold."""
from common import D, E, T, pub, prev, shift, rng

DOCS = []

# q001 -- Nigeria, Borno: base assault, air strike, background landmine (month), army tally
P = pub("2024-09-17", "tue")
DOCS.append(D("q001", "en", P, "https://news.example.com/africa/2024/09/17/borno-base-attack",
"""Soldiers killed as ISWAP fighters storm base in Borno

MAIDUGURI, Nigeria, Sept 17 — Fighters from Islamic State West Africa Province (ISWAP) stormed a military base in Malam Fatori in Nigeria's northeastern Borno State late on Sunday, killing at least eight soldiers before troops pushed them back after a gun battle that lasted until dawn, two military sources said.

A member of the Civilian Joint Task Force (CJTF), a militia that fights alongside the army, put the toll at 11 soldiers and said several others were still missing. "They came in gun trucks from the lake side, more than a hundred of them," he told reporters by phone, asking not to be named because he was not authorised to speak.

An army spokesman confirmed "an attempted infiltration" in a statement on Monday but gave no casualty figures, saying only that "scores of terrorists were neutralised".

Air Force jets on Monday morning struck fighters retreating towards Arege, close to the shores of Lake Chad, according to a security report seen by this newspaper. The report did not say how many were killed.

Malam Fatori, near the border with Niger, has been attacked repeatedly. In June, a landmine planted on the Maiduguri–Damboa road killed four members of the CJTF, and the army says more than 30 soldiers have been killed in the state since January.

ISWAP split from Boko Haram in 2016 and now controls swathes of territory around Lake Chad. The conflict has killed tens of thousands of people and displaced more than two million since 2009, according to the United Nations.

Reporting by our Maiduguri correspondent; editing by the Africa desk.
© 2024 Example News. All rights reserved.""",
[
    E("AC", prev(P, "sun"), "day", "NG", "Borno", "Malam Fatori", "ISWAP", "Military",
      "stormed a military base in Malam Fatori", fat=8, low=8, high=11,
      attr=["military sources", "Civilian Joint Task Force"]),
    E("AIR", prev(P, "mon"), "day", "NG", "Borno", "Arege", "Military", "ISWAP",
      "Air Force jets on Monday morning struck fighters"),
    E("IED", "2024-06", "month", "NG", "Borno", "Maiduguri–Damboa road", None, "CJTF",
      "a landmine planted on the Maiduguri–Damboa road", fat=4),
],
[T("deaths", 30, P, "soldiers killed in Borno State since January", "army")]))

# q002 -- Kenya: Nairobi riot, Kisumu blockade dispersed, Mombasa march, DCI arrest in Nakuru
P = pub("2025-03-13", "thu")
DOCS.append(D("q002", "en", P, "https://www.example-daily.co.ke/news/2025/03/13/fuel-levy-protests",
"""One dead, dozens hurt as fuel levy protests turn violent in Nairobi

NAIROBI — Police fired tear gas and water cannon at stone-throwing protesters in Nairobi's central business district on Wednesday as thousands took to the streets against a proposed increase in the fuel levy, the latest in a string of demonstrations since late February.

The Kenya Red Cross said it had treated 47 injured protesters and bystanders in the capital, while police said 19 officers were hurt. A doctor at Kenyatta National Hospital said a man brought in with a head wound died overnight. Police said 62 people were arrested in Nairobi alone.

"We are not criminals, we just cannot afford to live," said a 24-year-old motorbike taxi rider who had joined the crowd on Moi Avenue.

In the western city of Kisumu, hundreds of demonstrators who blocked the Kisumu–Busia highway with rocks and tree branches were dispersed with tear gas by mid-morning, witnesses said. In the coastal city of Mombasa, a march by traders and boda-boda riders to the county offices passed off peacefully.

Separately, detectives from the Directorate of Criminal Investigations (DCI) arrested an activist accused of mobilising protesters online at his home in Nakuru in the early hours of Wednesday, his lawyer said. The DCI declined to comment.

The Kenya National Commission on Human Rights (KNCHR) says four people have died since the protests began. The Treasury says the levy is needed to repair roads and reduce borrowing.

Opposition leaders have called for another day of protests next Tuesday.

Related: What is in Kenya's new finance proposals?""",
[
    E("VD", prev(P, "wed"), "day", "KE", "Nairobi", "Nairobi", "Protesters", "Police",
      "stone-throwing protesters in Nairobi's central business district",
      tags=["tear_gas"], fat=1, inj=66, arr=62,
      attr=["Kenya Red Cross", "police", "doctor"]),
    E("PI", prev(P, "wed"), "day", "KE", "Kisumu", "Kisumu", "Protesters", "Police",
      "blocked the Kisumu–Busia highway", tags=["road_blockade", "tear_gas"]),
    E("PP", prev(P, "wed"), "day", "KE", "Mombasa", "Mombasa", "Protesters", None,
      "a march by traders and boda-boda riders", tags=["march"]),
    E("ARR", prev(P, "wed"), "day", "KE", "Nakuru", "Nakuru", "DCI", "Activists",
      "arrested an activist accused of mobilising protesters", arr=1, attr=["lawyer"]),
],
[T("deaths", 4, P, "deaths since the fuel levy protests began in late February",
   "Kenya National Commission on Human Rights")]))

# q003 -- Ukraine: missile strike Kharkiv (rival tolls), glide bomb Kupiansk, drones downed, chemical
P = pub("2025-10-14", "tue")
DOCS.append(D("q003", "en", P, "https://wire.example.org/europe/ukraine-kharkiv-strike-20251014",
"""Russian missiles hit Kharkiv as Kyiv accuses Moscow of chemical attack

KYIV, Oct 14 — A Russian missile strike on a residential district of Kharkiv killed three people on Monday evening, the regional governor said, while the city's mayor put the death toll at four and said 17 people had been wounded, among them two children.

The missiles struck a five-storey apartment block and a nearby pharmacy shortly after 8 p.m., leaving a crater several metres wide in the courtyard. "The windows just came in on us," a resident told a local television channel.

In the same region, a guided aerial bomb dropped by a Russian warplane damaged the central market in Kupiansk on Sunday, injuring two women, local officials said.

Ukraine's air force said its units shot down 37 of the 45 drones launched overnight into Tuesday, most of them over the Poltava region, where falling debris damaged a warehouse.

Separately, the General Staff accused Russian troops of dropping munitions filled with chloropicrin, a choking agent banned under the Chemical Weapons Convention, on Ukrainian positions near Huliaipole in the Zaporizhzhia region on Saturday. Two soldiers were treated for poisoning, it said. Moscow has repeatedly denied using chemical weapons in the war.

Regional prosecutors say 41 civilians have been killed in the Kharkiv region since the start of September.

Russia, which calls the war a "special military operation", says it does not target civilians.

(Reporting by the Kyiv bureau; additional reporting by the Moscow newsroom)""",
[
    E("SHL", prev(P, "mon"), "day", "UA", "Kharkiv", "Kharkiv", "Military of Russia", "Civilians",
      "A Russian missile strike on a residential district", fat=3, low=3, high=4, inj=17,
      attr=["regional governor", "mayor"]),
    E("AIR", prev(P, "sun"), "day", "UA", "Kharkiv", "Kupiansk", "Military of Russia", "Civilians",
      "a guided aerial bomb dropped by a Russian", inj=2, attr=["local officials"]),
    E("DWU", rng(prev(P, "mon"), P), "range", "UA", "Poltava", None, "Military of Ukraine",
      "Military of Russia", "shot down 37 of the 45 drones"),
    E("CHEM", prev(P, "sat"), "day", "UA", "Zaporizhzhia", "Huliaipole", "Military of Russia",
      "Military of Ukraine", "dropping munitions filled with chloropicrin", inj=2,
      attr=["General Staff"]),
],
[T("deaths", 41, P, "civilians killed in the Kharkiv region since the start of September",
   "regional prosecutors")]))

# q004 -- Somalia: suicide bombing Mogadishu, NISA arrests, army withdrawal and Al-Shabaab takeover
P = pub("2026-02-04", "wed")
DOCS.append(D("q004", "en", P, "https://www.example-horn.net/2026/02/04/mogadishu-camp-bombing",
"""Suicide bomber kills recruits at Mogadishu training camp

MOGADISHU — A suicide bomber blew himself up at the gate of a military training camp in Mogadishu on Tuesday morning as recruits queued to enter, killing at least 13 people, a military officer told this website. Staff at Medina Hospital said they had received 21 bodies and more than 30 wounded.

Al-Shabaab, the al Qaeda-linked group that has fought Somalia's federal government for more than 15 years, claimed responsibility in a statement on its Andalus radio station.

"I saw young men lying on the road, some of them still holding their papers," said a tea seller whose stall is opposite the camp.

Later on Tuesday, officers of the National Intelligence and Security Agency detained five men suspected of helping to plan the attack in raids in the Hodan district, NISA said in a statement.

The bombing came two days after government troops pulled out of the town of Mahas in the Hiraan region. Al-Shabaab fighters moved in hours later on Sunday without a shot being fired, residents said. The defence ministry described the withdrawal as a "tactical repositioning".

The army, backed by clan militias and African Union troops, recaptured large areas of central Somalia in 2022 and 2023, but the insurgents have since regained ground. The group still carries out frequent bombings in the capital.

Somalia's president has vowed "total war" against Al-Shabaab and urged residents to report suspicious movements.

Copyright 2026 Example Horn Media. Sign up for our daily newsletter.""",
[
    E("SUI", prev(P, "tue"), "day", "SO", "Banaadir", "Mogadishu", "Al-Shabaab", "Military",
      "A suicide bomber blew himself up", fat=13, low=13, high=21, inj=30,
      attr=["military officer", "Medina Hospital"]),
    E("ARR", prev(P, "tue"), "day", "SO", "Banaadir", "Hodan", "NISA", None,
      "detained five men suspected of helping to plan", arr=5, attr=["NISA"]),
    E("NVT", prev(P, "sun"), "day", "SO", "Hiraan", "Mahas", "Al-Shabaab", "Military",
      "troops pulled out of the town of Mahas"),
]))

# q005 -- Myanmar, Sagaing: air strike on village, resistance seizes Indaw, soldiers burn homes
P = pub("2024-04-16", "tue")
DOCS.append(D("q005", "en", P, "https://asia.example.com/myanmar/2024/04/16/sagaing-air-strike",
"""Myanmar junta jets bomb Sagaing village; resistance says it seized Indaw

BANGKOK — Myanmar military aircraft bombed a village in Depayin township in the central Sagaing region on Saturday, killing at least 11 civilians including four children, a local resistance official and residents said. The independent outlet Myanmar Now put the toll at 14.

"Two jets came and dropped bombs on the monastery where people were sheltering," a villager told Reuters by phone. "We buried them the same afternoon."

The junta did not respond to requests for comment. It usually says its air operations target "terrorists", its term for armed opponents of the 2021 coup.

In the north of the region, fighters of the People's Defence Force (PDF) and the allied Kachin Independence Army said they had taken control of the town of Indaw after two weeks of fighting, overrunning the last army position on Sunday. Photographs posted on social media showed fighters raising a flag over the township administration office. The claim could not be independently verified.

On Friday, soldiers raided a village in Shwebo township and set fire to about 200 homes, according to a local aid group that helps displaced families. Residents had fled into nearby forests before the troops arrived.

The military seized power in February 2021, ousting an elected government. More than 5,100 civilians have been killed by security forces since then, according to the Assistance Association for Political Prisoners, a rights group that tracks killings and arrests.

Sagaing, a largely Bamar region, has become one of the strongholds of armed resistance to military rule.""",
[
    E("AIR", prev(P, "sat"), "day", "MM", "Sagaing", "Depayin", "Military of Myanmar", "Civilians",
      "Myanmar military aircraft bombed a village", fat=11, low=11, high=14,
      attr=["local resistance official", "residents", "Myanmar Now"]),
    E("NSO", prev(P, "sun"), "day", "MM", "Sagaing", "Indaw", "People's Defence Force",
      "Military of Myanmar", "taken control of the town of Indaw"),
    E("ATK", prev(P, "fri"), "day", "MM", "Sagaing", "Shwebo", "Military of Myanmar", "Civilians",
      "set fire to about 200 homes"),
],
[T("deaths", 5100, P, "civilians killed by security forces since the February 2021 coup",
   "Assistance Association for Political Prisoners")]))

# q006 -- NEGATIVE: UK university strike announced, rally planned, statements
P = pub("2026-01-27", "tue")
DOCS.append(D("q006", "en", P, "https://education.example.co.uk/2026/01/27/ucu-strike-dates",
"""University staff to strike in March after pay talks collapse

LONDON — Lecturers and support staff at 52 universities across the UK will walk out for ten days in March, the University and College Union (UCU) announced on Tuesday, after talks with employers over pay and pensions broke down.

The union said the first five days of action would begin on 9 March, followed by a second week later in the month if no improved offer was made. Members will also refuse to mark exams and coursework from next month.

"Our members have been pushed to breaking point by years of real-terms pay cuts and insecure contracts," the union's general secretary said in a statement. "Nobody wants to strike, but employers have left us with no choice."

A rally is planned outside the Department for Education in Westminster on the first day of the walkout, organisers said.

The Universities and Colleges Employers Association said the union's demands were "simply unaffordable" at a time when many institutions are running deficits, and urged staff to accept the 1.4% offer on the table. An education minister told MPs the government would not intervene in what she called "a dispute between independent employers and their staff".

Students' groups were split. Some said they supported the lecturers, while others demanded compensation for lost teaching hours.

The dispute is the latest in a series that has disrupted British campuses over the past decade, with walkouts in several years since 2018.

More on this story: How strikes affect your degree.""",
[]))

# q007 -- Pakistan, Khyber Pakhtunkhwa: grenade on police station, IED defused, clash, CTD arrests
P = pub("2023-06-13", "tue")
DOCS.append(D("q007", "en", P, "https://www.example-tribune.pk/story/2023/06/13/peshawar-grenade",
"""Six policemen hurt in grenade attack on Peshawar police station

PESHAWAR — Unidentified attackers on a motorcycle hurled a hand grenade into the compound of a police station in Peshawar late on Monday, wounding six policemen, two of them critically, police said. A spokesman for Lady Reading Hospital said seven people had been brought in, including a passer-by.

No group immediately claimed responsibility, but suspicion fell on the Tehreek-e-Taliban Pakistan (TTP), which has stepped up attacks on police in the province since talks with the government collapsed.

"The blast shook the whole street. Then we heard the bike speeding away," a shopkeeper told Dawn.

Earlier on Monday, a bomb disposal squad defused an improvised explosive device weighing about 5 kg that had been planted near a girls' school in Bannu district, police said.

Security forces also killed four militants in an exchange of fire in the Mir Ali area of North Waziristan on Sunday, the military's media wing, ISPR, said, adding that one soldier was killed.

In a separate statement, the provincial Counter Terrorism Department (CTD) said it had arrested 11 suspects, including two alleged commanders, in raids in Dera Ismail Khan over the past week, and recovered weapons and explosives.

Police say 97 officers have been killed in militant attacks in Khyber Pakhtunkhwa so far this year. The provincial police chief has asked for more armoured vehicles and night-vision equipment.

The TTP is a separate group from the Afghan Taliban but is closely allied with it.""",
[
    E("GRN", prev(P, "mon"), "day", "PK", "Khyber Pakhtunkhwa", "Peshawar",
      "Unidentified armed group", "Police", "hurled a hand grenade into the compound",
      inj=6, attr=["police", "Lady Reading Hospital"]),
    E("DWU", prev(P, "mon"), "day", "PK", "Khyber Pakhtunkhwa", "Bannu", "Police", None,
      "bomb disposal squad defused an improvised explosive device"),
    E("AC", prev(P, "sun"), "day", "PK", "Khyber Pakhtunkhwa", "Mir Ali", "Security forces",
      "Unidentified armed group", "killed four militants in an exchange of fire", fat=5,
      attr=["ISPR"]),
    E("ARR", rng(shift(P, -7), P), "range", "PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan",
      "Counter Terrorism Department", None, "it had arrested 11 suspects", arr=11,
      attr=["Counter Terrorism Department"]),
],
[T("deaths", 97, P, "police officers killed in militant attacks in Khyber Pakhtunkhwa this year",
   "police")]))

# q008 -- Bangladesh: student shot at road blockade, curfew, university closures, lynching
P = pub("2026-05-21", "thu")
DOCS.append(D("q008", "en", P, "https://www.example-dhaka.com/national/2026/05/21/curfew-dhaka",
"""Curfew in Dhaka after student shot dead at road-safety protest

DHAKA — Authorities imposed a night-time curfew in Dhaka on Wednesday, a day after a college student was shot dead when police opened fire on a road-safety demonstration, and the education ministry ordered all universities in the capital closed until further notice.

Thousands of students had blocked the Dhaka–Mymensingh highway in Uttara on Tuesday afternoon to demand action after a bus killed two schoolgirls last week. Witnesses said the students were sitting on the road and chanting when police fired rubber bullets and then live rounds. A 19-year-old student died on the way to hospital, and doctors at Kuwait Bangladesh Friendship Government Hospital said at least 25 others were treated for pellet wounds.

"He was just sitting next to me," a classmate said. Police said officers had acted "with maximum restraint".

The Home Ministry said the curfew would run from 8 p.m. to 5 a.m. in the capital. Soldiers were deployed at major intersections.

In the port city of Chattogram, a crowd on Wednesday beat to death a man they accused of filming protesters for the police, local police said.

The rights group Ain o Salish Kendra (ASK) says three people have died in the road-safety protests since they began last week.

Road accidents kill thousands of people in Bangladesh every year, and unlicensed drivers and unfit vehicles are common. Student protests over road safety have erupted several times in the past.

Follow our live coverage for updates.""",
[
    E("EF", prev(P, "tue"), "day", "BD", "Dhaka", "Uttara", "Protesters", "Police",
      "blocked the Dhaka–Mymensingh highway in Uttara", tags=["road_blockade"], fat=1, inj=25,
      attr=["doctors"]),
    E("OTH", prev(P, "wed"), "day", "BD", "Dhaka", "Dhaka", "Home Ministry", None,
      "Authorities imposed a night-time curfew in Dhaka", tags=["curfew"]),
    E("OTH", prev(P, "wed"), "day", "BD", "Dhaka", "Dhaka", "Ministry of Education", None,
      "ordered all universities in the capital closed"),
    E("MV", prev(P, "wed"), "day", "BD", "Chattogram", "Chattogram", "Rioters", "Civilians",
      "a crowd on Wednesday beat to death", fat=1, attr=["local police"]),
],
[T("deaths", 3, P, "deaths in the road-safety protests since they began last week",
   "Ain o Salish Kendra")]))
