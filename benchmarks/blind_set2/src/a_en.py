from common import D, E, T

D("c001", "en", "2024-09-10", """Nepal: teachers rally in Janakpur
Several thousand community-school teachers marched through Janakpur on Monday to demand permanent contracts, halting traffic around the district office for three hours. The rally ended peacefully, organisers said.""",
  [E("PP", "2024-09-09", "day", "NP", "Madhesh Province", "Janakpur", "Protesters", None,
     "community-school teachers marched through Janakpur on Monday", tags=["march"])])

D("c002", "en", "2022-03-15", """Police in western Kazakhstan broke up a sit-in by oil-service workers outside the municipal building in Zhanaozen late on Sunday, detaining 14 of them, according to a local rights monitor. The workers had been demanding back pay.""",
  [E("PI", "2022-03-13", "day", "KZ", "Mangystau Region", "Zhanaozen", "Protesters", "Police",
     "Police in western Kazakhstan broke up a sit-in", arr=14, attr=["local rights monitor"])])

D("c003", "en", "2019-07-02", """ZIMBABWE: One street vendor was shot dead and five others wounded when police opened fire on a crowd protesting against the demolition of market stalls in Mutare on Monday, a hospital official said. Police have not commented.""",
  [E("EF", "2019-07-01", "day", "ZW", "Manicaland", "Mutare", "Protesters", "Police",
     "police opened fire on a crowd protesting", fat=1, inj=5, attr=["hospital official"])])

D("c004", "en", "2023-11-21", """At least nine civilians, including three children, were killed when a military jet bombed a village near Falam in Myanmar's Chin State on Saturday, a local relief group said. The junta's information office said the strike had hit a resistance training camp and put the toll at two.""",
  [E("AIR", "2023-11-18", "day", "MM", "Chin", "Falam", "Military", "Civilians",
     "a military jet bombed a village near Falam", fat=2, lo=2, hi=9,
     attr=["local relief group", "information office"])])

D("c005", "en", "2018-06-12", """Shells fired by Houthi forces slammed into a residential street in the Yemeni city of Taiz on Sunday evening, killing three children and wounding four other people, medics said.""",
  [E("SH", "2018-06-10", "day", "YE", "Taiz", "Taiz", "Houthis", "Civilians",
     "Shells fired by Houthi forces slammed into", fat=3, inj=4, attr=["medics"])])

D("c006", "en", "2021-05-18", """Suicide car bomb kills five near Bannu
A suicide bomber drove an explosives-laden car into a security checkpoint on the outskirts of Bannu on Monday, killing four soldiers and a passer-by, according to the Inter-Services Public Relations (ISPR). No group immediately claimed the attack.""",
  [E("SB", "2021-05-17", "day", "PK", "Khyber Pakhtunkhwa", "Bannu", "Unidentified armed group", "Military",
     "A suicide bomber drove an explosives-laden car", fat=5, attr=["Inter-Services Public Relations"])])

D("c007", "en", "2017-04-05", """Syrian activists said government helicopters dropped barrels filled with chlorine on Kafr Zita in northern Hama province early on Tuesday, leaving at least 30 people with breathing problems. Damascus denies using chemical weapons.""",
  [E("CW", "2017-04-04", "day", "SY", "Hama", "Kafr Zita", "Military", "Civilians",
     "dropped barrels filled with chlorine on Kafr Zita", inj=30, attr=["activists"])])

D("c008", "en", "2025-02-11", """Gunmen on motorcycles stormed a farming village in the Maru area of Zamfara state late on Sunday, shooting dead eleven residents and torching granaries, a police spokesman said.""",
  [E("ATT", "2025-02-09", "day", "NG", "Zamfara", "Maru", "Unidentified armed group", "Civilians",
     "Gunmen on motorcycles stormed a farming village", fat=11, attr=["police spokesman"])])

D("c009", "en", "2020-10-06", """Armed men raped four women who were collecting firewood outside Bambari, in the Central African Republic, last Thursday, the medical charity that treated them said.""",
  [E("SV", "2020-10-01", "day", "CF", "Ouaka", "Bambari", "Unidentified armed group", "Civilians",
     "Armed men raped four women")])

D("c010", "en", "2016-08-23", """Georgian police arrested the leader of a dockworkers' union at his home in Batumi before dawn on Monday, a day after he led a strike at the port. He was charged with organising mass disorder, his lawyer said.""",
  [E("ARR", "2016-08-22", "day", "GE", "Adjara", "Batumi", "Police", "Protesters",
     "Georgian police arrested the leader", arr=1),
   E("PP", "2016-08-21", "day", "GE", "Adjara", "Batumi", "Protesters", None,
     "a day after he led a strike", tags=["strike"])])

D("c011", "en", "2024-03-14", """Thai bomb-disposal officers defused a device hidden in a motorcycle parked near a market in Sungai Kolok, Narathiwat province, on Wednesday morning. Nobody was hurt, police said.""",
  [E("DWU", "2024-03-13", "day", "TH", "Narathiwat", "Sungai Kolok", "Police", None,
     "Thai bomb-disposal officers defused a device", fat=0, inj=0, attr=["police"])])

D("c012", "en", "2024-01-16", """Myanmar's military pulled out of its last outpost in Paletwa township, in southern Chin State, over the weekend, and fighters of the Arakan Army (AA) moved in without a shot being fired, the group said on Monday.""",
  [E("NVT", "2024-01-13/2024-01-14", "range", "MM", "Chin", "Paletwa", "Arakan Army", "Military",
     "fighters of the Arakan Army (AA) moved in")])

D("c013", "en", "2022-12-07", """Somali troops backed by local clan militias recaptured the town of Adan Yabaal in Middle Shabelle from al-Shabaab on Tuesday after a day of heavy fighting. The army said about 30 militants were killed, while a local elder put the toll at 18.""",
  [E("GR", "2022-12-06", "day", "SO", "Middle Shabelle", "Adan Yabaal", "Military", "Al-Shabaab",
     "recaptured the town of Adan Yabaal", fat=18, lo=18, hi=30, attr=["army", "local elder"])])

D("c014", "en", "2018-09-04", """A man suspected of stealing a phone was beaten to death by a crowd in Khayelitsha, outside Cape Town, on Sunday night, Western Cape police said. No arrests have been made.""",
  [E("MV", "2018-09-02", "day", "ZA", "Western Cape", "Khayelitsha", "Rioters", "Civilians",
     "was beaten to death by a crowd", fat=1, arr=0, attr=["police"])])

D("c015", "en", "2019-10-15", """Authorities in India's Manipur state imposed an indefinite curfew in Churachandpur district on Monday, a day after a crowd protesting against an eviction drive torched a forest department office in the town.""",
  [E("OTH", "2019-10-14", "day", "IN", "Manipur", "Churachandpur", "Government of Manipur", None,
     "imposed an indefinite curfew in Churachandpur district", tags=["curfew"]),
   E("VD", "2019-10-13", "day", "IN", "Manipur", "Churachandpur", "Protesters", None,
     "torched a forest department office", )])

D("c016", "en", None, """Film review: 'Ashes of August'
The riot sequences in Lena Marsh's second feature are staged with unnerving precision, from the first bottle thrown to the police line breaking on a burning bridge. But the script never explains why its fictional port city explodes, and two hours is a long time to wait for an answer. Two stars.""")

D("c017", "en", "2022-08-12", """Police in Kisumu on Thursday dismissed as false social-media posts claiming that a bomb had gone off at the city's main bus terminal. "There was no explosion and nobody was hurt. People should ignore these rumours," county police commander Joseph Oketch told reporters.""")
