"""English briefs p001-p016 (blind set 7)."""
from common import D, E, T, pub, prev, rng

U = "https://wire.example.com/en/"
DOCS = []

# p001 Peaceful protest: strike march, weekday anchored, headline
P = pub("2024-09-13", "fri")
DOCS.append(D("p001", "en", P, U + "2024/09/13/kenya-teachers-march",
    "Kenyan teachers take strike to the streets\n"
    "Hundreds of striking teachers marched through Kisumu on Thursday, blowing whistles and "
    "waving placards outside the county education office to demand the pay rise they say was "
    "promised two years ago.",
    [E("PP", prev(P, "thu"), "day", "KE", "Kisumu", "Kisumu", "Protesters", None,
       "striking teachers marched through Kisumu on Thursday", tags=["strike", "march"])]))

# p002 Protest with intervention: tear gas + detentions, police spokesman figure
P = pub("2023-06-14", "wed")
DOCS.append(D("p002", "en", P, U + "2023/06/14/sri-lanka-students-tear-gas",
    "Police in Sri Lanka fired tear gas and water cannon on Tuesday to break up a march by "
    "university students heading towards parliament in Battaramulla, on the outskirts of "
    "Colombo. Fourteen students were taken into custody, a police spokesman said.",
    [E("PI", prev(P, "tue"), "day", "LK", "Western", "Battaramulla", "Protesters", "Police",
       "to break up a march by university students", tags=["march", "tear_gas"], arr=14,
       attr=["police spokesman"])]))

# p003 two Violent demonstrations, two towns, same day ("the same day")
P = pub("2022-08-09", "tue")
DOCS.append(D("p003", "en", P, U + "2022/08/09/bangladesh-fuel-protests",
    "Fuel price anger turns violent in Bangladesh\n"
    "Demonstrators fought running battles with police in Narayanganj on Monday, leaving at "
    "least 30 people injured, according to local hospital officials. In Gazipur the same day, "
    "protesters set fire to two buses on the Dhaka-Mymensingh highway.",
    [E("VD", prev(P, "mon"), "day", "BD", "Dhaka", "Narayanganj", "Protesters", "Police",
       "fought running battles with police in Narayanganj", inj=30,
       attr=["local hospital officials"]),
     E("VD", prev(P, "mon"), "day", "BD", "Dhaka", "Gazipur", "Protesters", None,
       "protesters set fire to two buses")]))

# p004 Armed clash: assault on a base repelled; report date differs from event date
P = pub("2025-10-13", "mon")
DOCS.append(D("p004", "en", P, U + "2025/10/13/nigeria-damboa-attack",
    "Nigerian troops repelled an attack by Islamic State West Africa Province (ISWAP) fighters "
    "on their base in Damboa, Borno State, late on Saturday, killing 17 insurgents, the army said "
    "in a statement on Sunday. Two soldiers were wounded in the exchange of fire.",
    [E("AC", prev(P, "sat"), "day", "NG", "Borno", "Damboa", "ISWAP", "Military",
       "repelled an attack by Islamic State West Africa", fat=17, inj=2, attr=["army"])]))

# p005 Air/drone strike: acronym after expansion
P = pub("2024-11-17", "sun")
DOCS.append(D("p005", "en", P, U + "2024/11/17/somalia-drone-strike-jilib",
    "US Africa Command (AFRICOM) said a drone strike killed three al-Shabaab fighters near Jilib, "
    "in Somalia's Middle Juba region, on Friday. AFRICOM said its initial assessment was that no "
    "civilians had been hurt.",
    [E("AIR", prev(P, "fri"), "day", "SO", "Middle Juba", "Jilib", "US Africa Command",
       "Al-Shabaab", "a drone strike killed three al-Shabaab fighters", fat=3,
       attr=["US Africa Command"])]))

# p006 IED: passive sentence, implied attacker
P = pub("2024-05-20", "mon")
DOCS.append(D("p006", "en", P, U + "2024/05/20/pakistan-mir-ali-bomb",
    "Four policemen were killed when a roadside bomb struck their van near Mir Ali in North "
    "Waziristan on Sunday, officials said. No group has claimed responsibility for the attack.",
    [E("IED", prev(P, "sun"), "day", "PK", "Khyber Pakhtunkhwa", "Mir Ali", None, "Police",
       "a roadside bomb struck their van near Mir", fat=4, attr=["officials"])]))

# p007 Suicide bomb: rival figures
P = pub("2023-08-19", "sat")
DOCS.append(D("p007", "en", P, U + "2023/08/19/quetta-court-blast",
    "Suicide blast at Quetta court\n"
    "A suicide bomber blew himself up at the gate of a district court complex in Quetta on "
    "Thursday, killing at least nine people, provincial health officials said. A police official "
    "later put the toll at 11, with more than 20 wounded.",
    [E("SUI", prev(P, "thu"), "day", "PK", "Balochistan", "Quetta", "Unidentified armed group",
       "Civilians", "A suicide bomber blew himself up", fat=9, low=9, high=11, inj=20,
       attr=["provincial health officials", "police official"])]))

# p008 Abduction with one death
P = pub("2025-03-03", "mon")
DOCS.append(D("p008", "en", P, U + "2025/03/03/kogi-church-kidnapping",
    "Gunmen stormed a Pentecostal church in Okene, Kogi State, during Sunday service, abducting "
    "at least 12 worshippers. A man who tried to flee was shot dead, a police spokesman said.",
    [E("ABD", prev(P, "sun"), "day", "NG", "Kogi", "Okene", "Unidentified armed group",
       "Civilians", "Gunmen stormed a Pentecostal church in Okene", fat=1,
       attr=["police spokesman"])]))

# p009 Disrupted weapons use: IED defused
P = pub("2021-09-19", "sun")
DOCS.append(D("p009", "en", P, U + "2021/09/19/bijapur-ied-defused",
    "Personnel of the Central Reserve Police Force (CRPF) found and defused a 20-kg improvised "
    "explosive device buried under a road near Bijapur, Chhattisgarh, on Friday. Police blamed "
    "Maoist rebels for planting it.",
    [E("DWU", prev(P, "fri"), "day", "IN", "Chhattisgarh", "Bijapur",
       "Central Reserve Police Force", "Maoist rebels",
       "found and defused a 20-kg improvised explosive device")]))

# p010 Headquarters or base established: "over the weekend" -> range
P = pub("2020-02-10", "mon")
DOCS.append(D("p010", "en", P, U + "2020/02/10/shabaab-camp-hiraan",
    "Al-Shabaab fighters set up a training camp in the forest near Moqokori, in Somalia's "
    "Hiraan region, over the weekend, village elders told a local radio station. No clashes "
    "were reported.",
    [E("HQ", rng(prev(P, "sat"), prev(P, "sun")), "range", "SO", "Hiraan", "Moqokori",
       "Al-Shabaab", None, "set up a training camp in the forest")]))

# p011 Non-violent transfer of territory
P = pub("2026-02-07", "sat")
DOCS.append(D("p011", "en", P, U + "2026/02/07/sudan-geissan-withdrawal",
    "Sudanese army units pulled out of their garrison in Geissan, Blue Nile State, on Thursday, "
    "and fighters of the SPLM-North moved into the town hours later without a shot being fired, "
    "local sources said.",
    [E("NVT", prev(P, "thu"), "day", "SD", "Blue Nile", "Geissan", "SPLM-North", "Military",
       "pulled out of their garrison in Geissan")]))

# p012 Change to group/activity + the strike itself (range)
P = pub("2021-07-24", "sat")
DOCS.append(D("p012", "en", P, U + "2021/07/24/mombasa-dock-strike-ends",
    "Mombasa dock strike ends\n"
    "Kenya's Dock Workers Union on Friday called off a strike at the port of Mombasa that had "
    "halted container handling since Monday, telling its members to report for the night shift.",
    [E("CHG", prev(P, "fri"), "day", "KE", "Mombasa", "Mombasa", "Dock Workers Union", None,
       "called off a strike at the port"),
     E("PP", rng(prev(P, "mon"), prev(P, "fri")), "range", "KE", "Mombasa", "Mombasa",
       "Dock Workers Union", None, "halted container handling since Monday", tags=["strike"])]))

# p013 Other: curfew, passive voice
P = pub("2026-03-22", "sun")
DOCS.append(D("p013", "en", P, U + "2026/03/22/tripura-curfew",
    "An indefinite curfew was clamped on Dharmanagar in Tripura on Saturday evening amid "
    "communal tension, according to an order issued by the district magistrate, who said it "
    "would stay in force until further notice.",
    [E("OTH", prev(P, "sat"), "day", "IN", "Tripura", "Dharmanagar", "District magistrate",
       None, "An indefinite curfew was clamped on Dharmanagar", tags=["curfew"])]))

# p014 tallies only
P = pub("2025-02-14", "fri")
DOCS.append(D("p014", "en", P, U + "2025/02/14/zambia-rights-commission",
    "Zambia's Human Rights Commission said on Thursday that 46 people had been detained and "
    "three killed since protests over power cuts began last month, and urged the police to "
    "show restraint.",
    [],
    [T("arrested", 46, prev(P, "thu"), "people detained since the power-cut protests began",
       "Human Rights Commission"),
     T("deaths", 3, prev(P, "thu"), "people killed since the power-cut protests began",
       "Human Rights Commission")]))

# p015 negative: announced blockade
P = pub("2018-11-10", "sat")
DOCS.append(D("p015", "en", P, U + "2018/11/10/punjab-farmers-plan-blockade",
    "Farmers' unions in Punjab said on Saturday they would block national highways across the "
    "state for three hours on Monday to press for guaranteed crop prices, and warned of a longer "
    "'rail roko' next month if their demands were ignored."))

# p016 negative: anniversary commemoration without incident
P = pub("2025-07-12", "sat")
DOCS.append(D("p016", "en", P, U + "2025/07/12/srebrenica-anniversary",
    "Thousands of mourners gathered at the memorial centre in Potočari, near Srebrenica, on "
    "Friday to mark the anniversary of the 1995 genocide and to bury the remains of victims "
    "identified over the past year. The ceremony passed without incident."))
