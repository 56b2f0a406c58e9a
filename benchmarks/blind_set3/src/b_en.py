from common import ev, ta, doc, prev, shift, rng

D = []

P = "2025-07-08"  # Tuesday
D.append(doc("f001", "en", P, """Kenya: deadly day as Saba Saba rallies meet tear gas and bullets

NAIROBI, July 8 — Police fired tear gas and live rounds at demonstrators in several Kenyan towns on Monday as thousands marked the anniversary of the 1990 Saba Saba pro-democracy rallies, and the Kenya National Commission on Human Rights (KNCHR) said at least 11 people had been killed across the country.

In Nairobi, crowds trying to reach the city centre were held back on Thika Road. In the Kangemi area, protesters threw stones and set a police post alight, and officers answered with tear gas. Police said 52 people were arrested in the capital.

In Kisumu, two men were shot dead during a march along Oginga Odinga Street, a doctor at Jaramogi Oginga Odinga Teaching and Referral Hospital told reporters. Witnesses said the march had been peaceful when officers opened fire.

Several hundred people marched peacefully to the county offices in Mombasa.

The Interior Ministry put the national toll at six dead and said 63 officers had been injured. The KNCHR, which also counted 29 people with gunshot wounds, said 567 people had been arrested nationwide.

Last Wednesday, police broke up with tear gas a candlelight vigil in Nyeri for a blogger who died in custody.

Interior Cabinet Secretary Peter Njoroge said the government would "not allow anarchy".

Sign up for our Africa newsletter.""",
    [ev("VD", prev(P, "mon"), "day", "KE", "Nairobi", "Nairobi", "Protesters", "Police",
        "protesters threw stones and set a police post", tags=["tear_gas"], arr=52,
        attr=["Police"]),
     ev("EF", prev(P, "mon"), "day", "KE", "Kisumu", "Kisumu", "Protesters", "Police",
        "two men were shot dead during a march", tags=["march"], fat=2,
        attr=["doctor at Jaramogi Oginga Odinga Teaching and Referral Hospital"]),
     ev("PP", prev(P, "mon"), "day", "KE", "Mombasa", "Mombasa", "Protesters", None,
        "Several hundred people marched peacefully", tags=["march"]),
     ev("PI", prev(P, "wed"), "day", "KE", "Nyeri", "Nyeri", "Protesters", "Police",
        "police broke up with tear gas", tags=["vigil", "tear_gas"])],
    [ta("deaths", 11, P, "people killed across Kenya in the Saba Saba protests on 7 July", "Kenya National Commission on Human Rights"),
     ta("deaths", 6, P, "national death toll of the 7 July protests", "Interior Ministry"),
     ta("injured", 63, P, "police officers injured nationwide on 7 July", "Interior Ministry"),
     ta("injured", 29, P, "people with gunshot wounds nationwide on 7 July", "Kenya National Commission on Human Rights"),
     ta("arrested", 567, P, "people arrested nationwide on 7 July", "Kenya National Commission on Human Rights")]))

P = "2022-06-14"  # Tuesday
D.append(doc("f002", "en", P, """Gunmen seize dozens in Zamfara as air force pounds forest hideouts

GUSAU — Gunmen on motorcycles stormed the village of Damri in Bakura local government area of Zamfara State on Sunday night, killing three people and carting away about 40 others, mostly women and children, residents said. A state police spokesman, Sani Lawal Garba, confirmed the attack but said 26 people had been taken.

On Monday, Nigerian Air Force jets struck bandit hideouts in the Dansadau forest in Maru local government area, killing "scores" of gunmen, the Defence Headquarters said in a statement. The figure could not be independently verified.

In neighbouring Katsina State, troops repelled an attack by bandits on a military base in Faskari on Saturday. Twelve of the attackers and two soldiers died in the fighting, an army spokesman said.

Separately, police in Sokoto said they had arrested five men on Friday in Tangaza, accusing them of supplying fuel and motorcycles to armed groups.

At least 300 people have been kidnapped in Zamfara since January, and more than 200 killed, according to a tally kept by Zamfara Circle, a local civil society group.

Rural communities across the northwest have been hit by such raids for years, and thousands of farmers have abandoned their land.

Follow us on X for the latest updates.""",
    [ev("ABD", prev(P, "sun"), "day", "NG", "Zamfara", "Damri", "Unidentified armed group",
        "Civilians", "Gunmen on motorcycles stormed the village of Damri", fat=3,
        attr=["residents"]),
     ev("AIR", prev(P, "mon"), "day", "NG", "Zamfara", "Dansadau", "Nigerian Air Force",
        "Unidentified armed group", "Nigerian Air Force jets struck bandit hideouts",
        attr=["Defence Headquarters"]),
     ev("AC", prev(P, "sat"), "day", "NG", "Katsina", "Faskari", "Unidentified armed group",
        "Military", "troops repelled an attack by bandits", fat=14,
        attr=["army spokesman"]),
     ev("ARR", prev(P, "fri"), "day", "NG", "Sokoto", "Tangaza", "Police", None,
        "they had arrested five men on Friday", arr=5, attr=["police"])],
    [ta("deaths", 200, P, "people killed in Zamfara State since January", "Zamfara Circle")]))

P = "2025-02-04"  # Tuesday
D.append(doc("f003", "en", P, """Roadside bomb, gunfight and arrests in Balochistan

QUETTA — A roadside bomb struck a Frontier Corps vehicle near Turbat in Kech district on Monday, killing three soldiers and wounding two, the military's media wing, Inter-Services Public Relations (ISPR), said. Later on Monday, security forces raided a militant hideout in the Buleda area of the same district; the ISPR said seven militants and a soldier were killed in the exchange of fire.

Police in Quetta said they had detained 16 activists of the Baloch Yakjehti Committee (BYC) overnight, ahead of a sit-in the group had planned for Tuesday. The committee put the number at 31 and said its members had been "picked up from their homes".

On Sunday, hundreds of people blocked the coastal highway at Gwadar for six hours to protest against the disappearance of a local schoolteacher. They lifted the blockade in the evening after reaching an agreement with the district administration, which promised to trace him within a week.

The Balochistan government on Monday imposed Section 144 across the province, banning gatherings of more than four people for 15 days.

Officials say more than 90 security personnel have been killed in the province since January last year.

Read more: Pakistan's long war in Balochistan""",
    [ev("IED", prev(P, "mon"), "day", "PK", "Balochistan", "Turbat", None, "Frontier Corps",
        "A roadside bomb struck a Frontier Corps vehicle", fat=3, inj=2,
        attr=["Inter-Services Public Relations"]),
     ev("AC", prev(P, "mon"), "day", "PK", "Balochistan", "Buleda", "Security forces",
        "Unidentified armed group", "security forces raided a militant hideout", fat=8,
        attr=["Inter-Services Public Relations"]),
     ev("ARR", rng(prev(P, "mon"), P), "range", "PK", "Balochistan", "Quetta", "Police",
        "Baloch Yakjehti Committee", "they had detained 16 activists", arr=16,
        attr=["Police", "Baloch Yakjehti Committee"]),
     ev("PP", prev(P, "sun"), "day", "PK", "Balochistan", "Gwadar", "Protesters", None,
        "hundreds of people blocked the coastal highway", tags=["road_blockade"]),
     ev("AGR", prev(P, "sun"), "day", "PK", "Balochistan", "Gwadar", "Protesters",
        "district administration", "after reaching an agreement with the district"),
     ev("OTH", prev(P, "mon"), "day", "PK", "Balochistan", None, "Government of Balochistan",
        None, "imposed Section 144 across the province")],
    [ta("deaths", 90, P, "security personnel killed in Balochistan since January of the previous year", "officials")]))

P = "2023-07-25"  # Tuesday
D.append(doc("f004", "en", P, """Curfew in Basra after protesters storm council building

BASRA, Iraq — Hundreds of young men protesting against power cuts stormed the provincial council building in Basra on Sunday night, setting fire to its gate, and security forces fired tear gas and live ammunition to push them back. One protester was killed and 18 people, 11 of them members of the security forces, were wounded, a health directorate official said.

On Monday morning, protesters blocked the road to the port of Umm Qasr with parked cars and tents for several hours, halting hundreds of trucks, port officials said. In Nasiriyah, the capital of Dhi Qar province, about 300 people rallied peacefully outside the electricity directorate on Monday.

Basra's governor, Adnan al-Saadi, announced a curfew in the city from 10 p.m. on Monday "until further notice". Basra police command said on Tuesday it had opened an investigation into the protester's death.

The Ministry of Electricity blames the shortages on a drop in gas imports and temperatures that have passed 50 degrees Celsius.

Since the start of the month at least 40 people have been arrested in connection with the protests in the south, and three protesters have been killed, according to the Iraqi Observatory for Human Rights.

© 2023 All rights reserved.""",
    [ev("VD", prev(P, "sun"), "day", "IQ", "Basra", "Basra", "Protesters", "Security forces",
        "stormed the provincial council building in Basra", tags=["tear_gas"], fat=1,
        inj=18, attr=["health directorate official"]),
     ev("PP", prev(P, "mon"), "day", "IQ", "Basra", "Umm Qasr", "Protesters", None,
        "protesters blocked the road to the port", tags=["road_blockade"]),
     ev("PP", prev(P, "mon"), "day", "IQ", "Dhi Qar", "Nasiriyah", "Protesters", None,
        "about 300 people rallied peacefully"),
     ev("OTH", prev(P, "mon"), "day", "IQ", "Basra", "Basra", "Basra Governorate", None,
        "announced a curfew in the city", tags=["curfew"]),
     ev("OTH", P, "day", "IQ", "Basra", "Basra", "Police", None,
        "it had opened an investigation", tags=["investigation"])],
    [ta("arrested", 40, P, "people arrested over the protests in southern Iraq since the start of July", "Iraqi Observatory for Human Rights"),
     ta("deaths", 3, P, "protesters killed in southern Iraq since the start of July", "Iraqi Observatory for Human Rights")]))

P = "2024-01-18"  # Thursday
D.append(doc("f005", "en", P, """Myanmar junta jets strike Kachin village as rebels take Shan town

Military jets bombed a village in Kachin State's Waingmaw township on Tuesday, killing at least eight civilians, three of them children, a spokesman for the Kachin Independence Army (KIA) said. A local rescue group put the toll at 11.

In northern Shan State, the Ta'ang National Liberation Army (TNLA) captured the town of Namhsan on Wednesday after ten days of fighting with junta troops, the group said in a statement. The military did not respond to requests for comment.

Artillery fire from a junta base struck a monastery in Mindat, in Chin State, on Monday, wounding five novice monks, according to the Chinland Defence Force, a local resistance militia.

In Yangon, police detained 12 young people who had staged a "flash mob" protest against the new conscription law near Sule Pagoda on Sunday; the group unfurled a banner for less than a minute before officers moved in.

The Assistance Association for Political Prisoners (AAPP) says more than 4,400 civilians have been killed by the security forces since the February 2021 coup.

The junta has stepped up air strikes since a rebel alliance launched a coordinated offensive in late October.

This story has been updated with the rescue group's figure.""",
    [ev("AIR", prev(P, "tue"), "day", "MM", "Kachin State", "Waingmaw", "Military", "Civilians",
        "Military jets bombed a village", fat=8, lo=8, hi=11,
        attr=["Kachin Independence Army", "local rescue group"]),
     ev("NSO", prev(P, "wed"), "day", "MM", "Shan State", "Namhsan",
        "Ta'ang National Liberation Army", "Military", "captured the town of Namhsan on Wednesday"),
     ev("SHL", prev(P, "mon"), "day", "MM", "Chin State", "Mindat", "Military", "Civilians",
        "Artillery fire from a junta base struck", inj=5, attr=["Chinland Defence Force"]),
     ev("PI", prev(P, "sun"), "day", "MM", "Yangon Region", "Yangon", "Protesters", "Police",
        "police detained 12 young people", arr=12)],
    [ta("deaths", 4400, P, "civilians killed by security forces in Myanmar since the February 2021 coup", "Assistance Association for Political Prisoners")]))

D.append(doc("f006", "en", "2025-05-20", """Doctors vote for strike as ministers warn of disruption

LONDON — Resident doctors in England have voted overwhelmingly to strike, the British Medical Association (BMA) announced on Tuesday, opening the way for walkouts that could begin as early as next month.

Nine in ten of those who voted backed industrial action, on a turnout of 55%. The union said no dates had been set but that a first stoppage of five days was "likely" in June unless the government improved its pay offer.

Health Secretary Daniel Marsh said a strike would "put patients at risk" and urged the union to return to talks. NHS England said it was preparing contingency plans to protect emergency care.

The BMA's chair, Dr Aisha Rahman, told the BBC that members felt they had been "left with no choice". "Nobody becomes a doctor to stand on a picket line," she said.

The vote follows a year of tense negotiations and comes as nurses and physiotherapists consult their own members. Police chiefs have warned that a summer of strikes and protests could stretch forces already dealing with large demonstrations over the war in Gaza.

Opposition MPs accused the government of "sleepwalking into another winter of discontent", a reference to the wave of strikes that hit public services in 2022 and 2023.

Share this article"""))

P = "2023-03-18"  # Saturday
D.append(doc("f007", "en", P, """Suicide car bomb kills at least nine in Mogadishu

MOGADISHU — A suicide bomber drove a car packed with explosives into a restaurant popular with government officials in Mogadishu's Hodan district on Friday evening, killing at least nine people, police said. The Aamin Ambulance service said it had collected 15 bodies. Al-Shabaab claimed responsibility in a statement on its Andalus radio.

Security forces arrested 20 suspects in house-to-house searches in Hodan overnight, a police spokesman, Abdullahi Farah, said.

Earlier on Friday, government troops backed by local clan militias recaptured the town of Adan Yabaal in Middle Shabelle from al-Shabaab after heavy fighting, the state news agency SONNA reported.

An air strike near Bariire in Lower Shabelle on Thursday killed 13 al-Shabaab fighters, the Somali National Army said. It did not say who carried out the strike.

The bombing came two weeks after a roadside bomb killed five civilians travelling in a minibus near Beledweyne, in Hiran region.

At least 120 people have been killed in attacks in the capital since January, according to the Elman Peace Centre, a Mogadishu-based rights group.

Somalia's president has vowed "total war" against the militants, who still control large parts of the countryside.""",
    [ev("SUI", prev(P, "fri"), "day", "SO", "Banaadir", "Mogadishu", "Al-Shabaab", "Civilians",
        "A suicide bomber drove a car packed", fat=9, lo=9, hi=15,
        attr=["police", "Aamin Ambulance"]),
     ev("ARR", rng(prev(P, "fri"), P), "range", "SO", "Banaadir", "Mogadishu",
        "Security forces", None, "Security forces arrested 20 suspects", arr=20,
        attr=["Abdullahi Farah"]),
     ev("GRT", prev(P, "fri"), "day", "SO", "Middle Shabelle", "Adan Yabaal", "Military",
        "Al-Shabaab", "recaptured the town of Adan Yabaal"),
     ev("AIR", prev(P, "thu"), "day", "SO", "Lower Shabelle", "Bariire", None, "Al-Shabaab",
        "An air strike near Bariire", fat=13, attr=["Somali National Army"]),
     ev("IED", shift(prev(P, "fri"), -14), "approx", "SO", "Hiran", "Beledweyne", None,
        "Civilians", "a roadside bomb killed five civilians", fat=5)],
    [ta("deaths", 120, P, "people killed in attacks in Mogadishu since January", "Elman Peace Centre")]))

P = "2025-08-30"  # Saturday
D.append(doc("f008", "en", P, """Papua: students detained, bus terminal torched in Jayapura

JAYAPURA, Indonesia — Hundreds of students marched towards the Papua provincial legislature in Jayapura on Thursday to demand the release of activists arrested last month. Police blocked the road with barbed wire and dispersed the crowd with water cannon, detaining 23 people, a police spokesman said. Lawyers for the students said 41 had been held.

Later that night, youths angered by the arrests set fire to a bus terminal and looted several shops in Abepura, a district of the city. No injuries were reported.

In Sorong, in Southwest Papua province, about 500 people held a peaceful rally on Friday in solidarity with the students.

Separately, the West Papua National Liberation Army (TPNPB) said on Friday that its fighters had shot dead two construction workers in Intan Jaya on Wednesday, accusing them of spying for the military.

The National Commission on Human Rights (Komnas HAM) said it had opened an investigation on Friday into the police handling of Thursday's march.

Police say 180 people have been arrested in connection with protests across Papua since mid-July.

Papua has seen decades of low-level conflict between Indonesian forces and independence fighters.

Copyright 2025. All rights reserved.""",
    [ev("PI", prev(P, "thu"), "day", "ID", "Papua", "Jayapura", "Protesters", "Police",
        "Hundreds of students marched towards the Papua", tags=["march"], arr=23,
        attr=["police spokesman", "Lawyers"]),
     ev("MV", rng(prev(P, "thu"), prev(P, "fri")), "range", "ID", "Papua", "Jayapura", "Rioters",
        None, "set fire to a bus terminal", fat=0, inj=0),
     ev("PP", prev(P, "fri"), "day", "ID", "Southwest Papua", "Sorong", "Protesters", None,
        "about 500 people held a peaceful rally"),
     ev("ATT", prev(P, "wed"), "day", "ID", "Central Papua", "Intan Jaya",
        "West Papua National Liberation Army", "Civilians",
        "its fighters had shot dead two construction", fat=2,
        attr=["West Papua National Liberation Army"]),
     ev("OTH", prev(P, "fri"), "day", "ID", "Papua", "Jayapura",
        "National Commission on Human Rights", None, "it had opened an investigation",
        tags=["investigation"])],
    [ta("arrested", 180, P, "people arrested over protests across Papua since mid-July", "Police")]))
