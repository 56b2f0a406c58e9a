"""English briefs j001-j016: text beside gold."""
from common import D, E, T, prev, same, shift, rng

P1 = "2024-03-14"
P2 = "2025-05-06"
P3 = "2023-08-17"
P5 = "2022-07-15"
P6 = "2020-09-14"
P7 = "2026-02-10"
P8 = "2025-06-02"
P9 = "2024-10-10"
P10 = "2019-08-23"
P11 = "2021-04-20"
P12 = "2022-11-25"
P13 = "2023-10-03"
P14 = "2017-10-24"

DOCS = [
    D("j001", P1,
      "Nairobi nurses march, then pause strike\n"
      "Thousands of nurses belonging to the Kenya National Union of Nurses marched through central Nairobi on Tuesday to press for unpaid allowances. "
      "On Wednesday the union said it was suspending its nationwide strike to give talks with county governors a chance.",
      [E("PP", prev(P1, "tue"), "day", "KE", "Nairobi", "Nairobi", "Kenya National Union of Nurses", None,
         "marched through central Nairobi on Tuesday", tags=["march"]),
       E("CHG", prev(P1, "wed"), "day", "KE", None, None, "Kenya National Union of Nurses", None,
         "suspending its nationwide strike", tags=["strike"])]),
    D("j002", P2,
      "Riot police used water cannon and pepper spray to clear dozens of opposition supporters who had blocked Rustaveli Avenue in Tbilisi overnight. "
      "The Interior Ministry told Reuters that 27 people were detained; the Georgian Young Lawyers' Association put the figure at 41.",
      [E("PWI", rng(shift(P2, -1), P2), "range", "GE", "Tbilisi", "Tbilisi", "Protesters", "Police",
         "Riot police used water cannon and pepper spray", tags=["road_blockade"], arr=27,
         attr=["Interior Ministry", "Georgian Young Lawyers' Association"])]),
    D("j003", P3,
      "Soldiers shot dead two people and wounded at least 15 when they fired on a crowd demanding political reforms outside the regional administration offices in Manzini on Wednesday, according to Lawyers for Human Rights Swaziland. "
      "The group says 31 people have now been killed in protest-related violence since June.",
      [E("EF", prev(P3, "wed"), "day", "SZ", "Manzini", "Manzini", "Protesters", "Military",
         "Soldiers shot dead two people and wounded", fat=2, inj=15,
         attr=["Lawyers for Human Rights Swaziland"])],
      [T("deaths", 31, P3, "people killed in protest-related violence in Eswatini since June",
         "Lawyers for Human Rights Swaziland")]),
    D("j004", "2018-02-09",
      "Stones and tear gas outside Bogura court\n"
      "Supporters of a jailed opposition leader hurled stones at police outside the district court in Bogura, and officers answered with tear gas and rubber bullets. "
      "At least 30 people were injured, local hospital officials said; police said 12 of them were officers.",
      [E("VD", None, "unknown", "BD", "Rajshahi", "Bogura", "Protesters", "Police",
         "hurled stones at police outside the district court", tags=["tear_gas"], inj=30,
         attr=["local hospital officials", "police"])]),
    D("j005", P5,
      "Crowds angry at delays in the vote count looted shops and set fire to a supermarket in Lae on Thursday night. "
      "Police in Morobe Province said 19 people had been arrested by Friday morning.",
      [E("MV", prev(P5, "thu"), "day", "PG", "Morobe", "Lae", "Rioters", None,
         "looted shops and set fire to a supermarket", arr=19, attr=["Police"])]),
    D("j006", P6,
      "Troops and fighters of Islamic State West Africa Province exchanged fire for several hours near Malam Fatori in Borno State on Saturday. "
      "An army spokesman said 17 insurgents and two soldiers died in the fighting.",
      [E("AC", prev(P6, "sat"), "day", "NG", "Borno", "Malam Fatori", "Military", "Islamic State West Africa Province",
         "exchanged fire for several hours near Malam Fatori", fat=19, attr=["army spokesman"])]),
    D("j007", P7,
      "The Kachin Independence Army (KIA) said on Monday it had captured the town of Mansi, in Myanmar's Kachin State, on Sunday after a week of fighting with junta troops. "
      "The claim could not be independently verified.",
      [E("NSO", prev(P7, "sun"), "day", "MM", "Kachin State", "Mansi", "Kachin Independence Army", "Military",
         "it had captured the town of Mansi")]),
    D("j008", P8,
      "A drone struck the central market of En Nahud in West Kordofan on Sunday, killing at least 11 people, the state health ministry said. "
      "Emergency Lawyers, a rights group, said 18 civilians had died.",
      [E("AIR", prev(P8, "sun"), "day", "SD", "West Kordofan", "En Nahud", None, "Civilians",
         "A drone struck the central market", fat=11, lo=11, hi=18,
         attr=["state health ministry", "Emergency Lawyers"])]),
    D("j009", P9,
      "Five soldiers were killed when their vehicle was hit by a roadside bomb near Turbat on Wednesday, the military's Inter-Services Public Relations (ISPR) said. "
      "No group claimed the blast.",
      [E("IED", prev(P9, "wed"), "day", "PK", "Balochistan", "Turbat", None, "Military",
         "hit by a roadside bomb near Turbat", fat=5, attr=["Inter-Services Public Relations"])]),
    D("j010", P10,
      "MOGADISHU - A suicide bomber blew himself up at a busy restaurant near Lido beach on Thursday evening, killing at least nine people, a police officer told Reuters. "
      "Al-Shabaab said it carried out the attack.",
      [E("SUI", prev(P10, "thu"), "day", "SO", "Banaadir", "Mogadishu", "Al-Shabaab", "Civilians",
         "A suicide bomber blew himself up", fat=9, attr=["police officer"])]),
    D("j011", P11,
      "Gunmen stormed the village of Kwall in Bassa, Plateau State, late on Sunday and shot dead seven people, a community leader said. "
      "The state police command confirmed the attack but gave a toll of four.",
      [E("ATK", prev(P11, "sun"), "day", "NG", "Plateau", "Kwall", "Unidentified armed group", "Civilians",
         "Gunmen stormed the village of Kwall", fat=4, lo=4, hi=7,
         attr=["community leader", "state police command"])]),
    D("j012", P12,
      "At least 12 women were raped by soldiers during a search operation in Minembwe, South Kivu, earlier this month, the UN Joint Human Rights Office said on Friday.",
      [E("SEX", P12[:7], "month", "CD", "South Kivu", "Minembwe", "Military", "Civilians",
         "At least 12 women were raped by soldiers")]),
    D("j013", P13,
      "Police arrested eleven leaders of the Forces Vives de Guinée coalition at their homes in Conakry before dawn on Monday, their lawyer said. "
      "Hours later the government imposed a night-time curfew on the capital's Ratoma district, citing fears of unrest.",
      [E("ARR", prev(P13, "mon"), "day", "GN", "Conakry", "Conakry", "Police", "Forces Vives de Guinée",
         "Police arrested eleven leaders", arr=11, attr=["lawyer"]),
       E("OTH", prev(P13, "mon"), "day", "GN", "Conakry", "Ratoma", "Government of Guinea", None,
         "imposed a night-time curfew", tags=["curfew"])]),
    D("j014", P14,
      "The Jubilee Party's campaign office in Kisumu was set on fire overnight by people who have not been identified, police said, adding that the building was empty at the time.",
      [E("LPD", rng(shift(P14, -1), P14), "range", "KE", "Kisumu", "Kisumu", None, "Jubilee Party",
         "was set on fire overnight")]),
    # negatives
    D("j015", "2024-05-20",
      "Accra's Clean Air Coalition marked its fifth anniversary on Saturday with a concert and a photo exhibition on the campaigns it has run since 2019. "
      "Organisers said the evening raised money for air-quality monitors in schools."),
    D("j016", "2026-09-08",
      "The government of Bolivia's Santa Cruz department declared a departmental disaster on Monday as forest fires burned through the Chiquitania. "
      "Firefighters evacuated two villages near San Ignacio de Velasco, officials said."),
]
