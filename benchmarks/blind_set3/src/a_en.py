from common import ev, ta, doc, prev, shift, rng

P = "2025-06-11"  # Wednesday
D = []
D.append(doc("e001", "en", P, """Ghana nurses march over unpaid allowances
ACCRA — Several hundred nurses marched through central Accra on Tuesday to the Ministry of Health, demanding allowances they say have gone unpaid for eight months, the Ghana Registered Nurses and Midwives Association (GRNMA) said. The march ended peacefully at the ministry gates, where GRNMA leaders handed over a petition.""",
    [ev("PP", prev(P, "tue"), "day", "GH", "Greater Accra", "Accra",
        "Ghana Registered Nurses and Midwives Association", None,
        "Several hundred nurses marched through central Accra", tags=["march"])]))

P = "2023-11-05"  # Sunday
D.append(doc("e002", "en", P, """One garment worker was killed and at least 14 others were wounded when police opened fire on workers demonstrating over wages in Gazipur, on the outskirts of Dhaka, on Saturday, a doctor at the district hospital said. Workers' leaders said the demonstration had been peaceful until officers fired.""",
    [ev("EF", prev(P, "sat"), "day", "BD", "Dhaka", "Gazipur", "Protesters", "Police",
        "police opened fire on workers demonstrating", fat=1, inj=14,
        attr=["doctor at the district hospital"])]))

P = "2024-12-06"  # Friday
D.append(doc("e003", "en", P, """TBILISI, Dec 6 — Demonstrators hurled fireworks and stones at riot police outside the parliament building in Tbilisi late on Thursday, the eighth night of rallies against the government's decision to freeze EU accession talks. The Interior Ministry said 21 officers had been hurt and 43 people detained. It says 402 people have been detained since the rallies began.""",
    [ev("VD", prev(P, "thu"), "day", "GE", "Tbilisi", "Tbilisi", "Protesters", "Police",
        "Demonstrators hurled fireworks and stones at riot police",
        inj=21, arr=43, attr=["Interior Ministry"])],
    [ta("arrested", 402, P, "people detained in Tbilisi since the rallies began", "Interior Ministry")]))

P = "2019-03-14"  # Thursday
D.append(doc("e004", "en", P, """Soldiers and New People's Army guerrillas exchanged fire for nearly two hours in the hills of Las Navas, Northern Samar, on Wednesday, leaving three rebels and a soldier dead, the army's 8th Infantry Division said. Troops recovered four rifles at the site.""",
    [ev("AC", prev(P, "wed"), "day", "PH", "Eastern Visayas", "Las Navas", "Military",
        "New People's Army", "Soldiers and New People's Army guerrillas exchanged fire",
        fat=4, attr=["8th Infantry Division"])]))

P = "2020-08-17"  # Monday
D.append(doc("e005", "en", P, """US drone strike kills two militants near Jilib
A U.S. airstrike on Sunday destroyed a vehicle carrying suspected al-Shabaab fighters near Jilib in Somalia's Middle Juba region, killing two of them, U.S. Africa Command (AFRICOM) said in a statement. AFRICOM said no civilians were hurt.""",
    [ev("AIR", prev(P, "sun"), "day", "SO", "Middle Juba", "Jilib", "US Africa Command",
        "Al-Shabaab", "A U.S. airstrike on Sunday destroyed a vehicle", fat=2,
        attr=["US Africa Command"])]))

P = "2024-09-04"  # Wednesday
D.append(doc("e006", "en", P, """Two people were killed and five wounded when Russian artillery shells hit residential streets of Nikopol on Tuesday morning, the governor of Ukraine's Dnipropetrovsk region, Oleh Marchenko, wrote on Telegram. A kindergarten and a gas pipeline were also damaged.""",
    [ev("SHL", prev(P, "tue"), "day", "UA", "Dnipropetrovsk Oblast", "Nikopol",
        "Military of Russia", "Civilians", "Russian artillery shells hit residential streets of Nikopol",
        fat=2, inj=5, attr=["Oleh Marchenko"])]))

P = "2023-07-11"  # Tuesday
D.append(doc("e007", "en", P, """PESHAWAR — A suicide bomber blew himself up at the gate of a police station in Bannu district on Monday, killing four policemen and wounding six, officials in Khyber Pakhtunkhwa province said. No group has claimed the attack.""",
    [ev("SUI", prev(P, "mon"), "day", "PK", "Khyber Pakhtunkhwa", "Bannu",
        "Unidentified armed group", "Police", "A suicide bomber blew himself up",
        fat=4, inj=6, attr=["officials"])]))

P = "2018-02-05"  # Monday
D.append(doc("e008", "en", P, """Eleven people, among them four children, were treated for breathing difficulties after a canister filled with chlorine was dropped on a residential area of Saraqib in Idlib province on Sunday night, the Syrian American Medical Society (SAMS) said.""",
    [ev("CHEM", prev(P, "sun"), "day", "SY", "Idlib", "Saraqib", None, "Civilians",
        "a canister filled with chlorine was dropped", inj=11,
        attr=["Syrian American Medical Society"])]))

P = "2022-04-23"  # Saturday
D.append(doc("e009", "en", P, """Gunmen killed seven villagers in an overnight raid on a farming settlement in Kauru local government area of Kaduna State on Friday, a community leader, Danjuma Audu, told reporters. Police confirmed the attack but gave no figures.""",
    [ev("ATT", prev(P, "fri"), "day", "NG", "Kaduna", "Kauru", "Unidentified armed group",
        "Civilians", "Gunmen killed seven villagers", fat=7, attr=["Danjuma Audu"])]))

P = "2021-10-19"  # Tuesday
D.append(doc("e010", "en", P, """Fighters from a Raia Mutomboki faction raped at least 17 women in villages around Shabunda, in the Democratic Republic of Congo's South Kivu province, over the weekend, a doctor at the local referral hospital said on Tuesday.""",
    [ev("SEX", rng(prev(P, "sat"), prev(P, "sun")), "range", "CD", "Sud-Kivu", "Shabunda",
        "Raia Mutomboki", "Civilians", "raped at least 17 women")]))

P = "2024-02-16"  # Friday
D.append(doc("e011", "en", P, """Senegalese police arrested four members of the opposition party Pastef at a house in Pikine, a suburb of Dakar, on Thursday, accusing them of preparing acts of sabotage, the party said. Pastef said the four were youth organisers and called the charges political.""",
    [ev("ARR", prev(P, "thu"), "day", "SN", "Dakar", "Pikine", "Police", "Pastef",
        "police arrested four members of the opposition", arr=4, attr=["Pastef"])]))

P = "2023-04-30"  # Sunday
D.append(doc("e012", "en", P, """Security forces defused an improvised explosive device weighing around 5 kg that had been planted under a culvert on the road between Dantewada and Sukma in Chhattisgarh on Saturday, police said. The road was closed for three hours during the operation.""",
    [ev("DWU", prev(P, "sat"), "day", "IN", "Chhattisgarh", "Dantewada", "Security forces",
        None, "Security forces defused an improvised explosive device")]))

P = "2022-09-27"
D.append(doc("e013", "en", P, """Insurgents loyal to Islamic State have set up a camp in the bush near Mucojo, in Macomia district of Mozambique's Cabo Delgado province, earlier this month, local sources and a security analyst said. No fighting was reported around the camp.""",
    [ev("HQ", "2022-09", "month", "MZ", "Cabo Delgado", "Mucojo", "Islamic State", None,
        "have set up a camp in the bush")]))

P = "2022-12-24"  # Saturday
D.append(doc("e014", "en", P, """M23 rebels pulled out of the town of Kibumba, north of Goma, on Friday and handed control to troops of the East African Community Regional Force (EACRF), the regional force said. No shots were fired during the handover, it said.""",
    [ev("NVT", prev(P, "fri"), "day", "CD", "Nord-Kivu", "Kibumba",
        "East African Community Regional Force", "M23", "M23 rebels pulled out of the town")]))

D.append(doc("e015", "en", "2025-03-02", """City lay siege to Villa's goal
Manchester City's forwards laid siege to the Aston Villa goal for 90 minutes on Saturday, and Villa's defence, battered and bruised, finally cracked in stoppage time. "It was an assault from the first whistle," said Villa's captain."""))

D.append(doc("e016", "en", "2026-01-20", """Police in Lagos on Tuesday denied reports circulating on social media that officers had opened fire on traders protesting in the Balogun market area. "No shot was fired, no one was hurt and no protest took place," a police spokesman said, adding that the videos were several years old."""))
