"""English briefs m001-m016 (text beside gold)."""
from common import D, E, T, pub, same, prev, shift, rng

DOCS = []
add = DOCS.append

# m001 Protest with intervention; rival arrest figures (lowest kept)
P = pub("2023-03-10", "fri")
add(D("m001", "en", P,
      "Police in Colombo fired tear gas and water cannon on Thursday to break up a march by "
      "university students heading toward parliament. Police said 23 students were taken into "
      "custody; the Inter-University Students' Federation put the number at 31.",
      [E("PI", prev(P, "thu"), "day", "LK", "Western", "Colombo", "Protesters", "Police",
         "break up a march by university students", tags=["march", "tear_gas"],
         arr=23, attr=["police", "Inter-University Students' Federation"])]))

# m002 Excessive force; rival death figures; cumulative tally
P = pub("2026-03-11", "wed")
add(D("m002", "en", P,
      "Two people taking part in a protest against higher fuel prices were shot dead by police in "
      "Nakuru on Tuesday, the Kenya National Commission on Human Rights said. A police spokesperson "
      "confirmed one death. The commission says 17 people have been killed since the demonstrations "
      "began last month.",
      [E("EF", prev(P, "tue"), "day", "KE", "Nakuru", "Nakuru", "Protesters", "Police",
         "were shot dead by police in Nakuru", fat=1, low=1, high=2,
         attr=["Kenya National Commission on Human Rights", "police spokesperson"])],
      [T("deaths", 17, P, "people killed in the fuel-price demonstrations since they began in February 2026",
         "Kenya National Commission on Human Rights")]))

# m003 Violent demonstration; parts inside a total; injured tally
P = pub("2021-08-19", "thu")
add(D("m003", "en", P,
      "Garment workers demanding unpaid wages hurled bricks at police and set a factory gate on fire "
      "in Gazipur on Wednesday. Around 40 people, including 11 policemen, were injured, a police "
      "official said. More than 200 people have been hurt in a week of wage unrest in the industrial "
      "belt, according to the industrial police.",
      [E("VD", prev(P, "wed"), "day", "BD", "Dhaka", "Gazipur", "Protesters", "Police",
         "hurled bricks at police", inj=40, attr=["police official"])],
      [T("injured", 200, P, "people hurt in a week of wage unrest in the Gazipur industrial belt",
         "industrial police")]))

# m004 Mob violence; 'overnight'; report date; zero arrests
P = pub("2025-03-10", "mon")
add(D("m004", "en", P,
      "Dozens of men armed with sticks looted and burned foreign-owned spaza shops in Alexandra "
      "township overnight, leaving two shopkeepers injured, Gauteng police said on Monday. No "
      "arrests had been made.",
      [E("MV", rng(shift(P, -1), P), "range", "ZA", "Gauteng", "Alexandra", "Rioters", "Civilians",
         "looted and burned foreign-owned spaza shops", inj=2, arr=0, attr=["Gauteng police"])]))

# m005 Air/drone strike by a foreign military
P = pub("2020-02-24", "mon")
add(D("m005", "en", P,
      "The U.S. military said it carried out an airstrike on Saturday against al-Shabaab fighters "
      "near Jilib, in Somalia's Middle Juba region, killing three militants. It said no civilians "
      "were hurt.",
      [E("AIR", prev(P, "sat"), "day", "SO", "Middle Juba", "Jilib", "Military of United States",
         "Al-Shabaab", "it carried out an airstrike on Saturday", fat=3, attr=["U.S. military"])]))

# m006 Chemical weapon delivered as drone-dropped grenades
P = pub("2025-05-08", "thu")
add(D("m006", "en", P,
      "Russian drones dropped grenades filled with chloropicrin on Ukrainian positions near Kupiansk "
      "on Tuesday, and four soldiers were treated for poisoning, Ukraine's General Staff said.",
      [E("CHEM", prev(P, "tue"), "day", "UA", "Kharkiv Oblast", "Kupiansk", "Military of Russia",
         "Military of Ukraine", "dropped grenades filled with chloropicrin", inj=4,
         attr=["General Staff"])]))

# m007 IED; relay through Reuters; police tally for the year
P = pub("2022-09-17", "sat")
add(D("m007", "en", P,
      "A roadside bomb tore through a police van in Bannu district on Friday morning, killing four "
      "officers and wounding two, a senior police official told Reuters. No group claimed the attack, "
      "which brings to 73 the number of police killed in Khyber Pakhtunkhwa this year, according to "
      "provincial police records.",
      [E("IED", prev(P, "fri"), "day", "PK", "Khyber Pakhtunkhwa", "Bannu", None, "Police",
         "A roadside bomb tore through a police van", fat=4, inj=2, attr=["senior police official"])],
      [T("deaths", 73, P, "police killed in Khyber Pakhtunkhwa in 2022", "provincial police")]))

# m008 Abduction; headline; route takes the town named first
P = pub("2019-06-11", "tue")
add(D("m008", "en", P,
      "Bandits seize 19 travellers on Kaduna highway\n"
      "Armed bandits stopped two buses on the Birnin Gwari-Kaduna road on Sunday evening and marched "
      "19 passengers into the forest, a community leader said. Police confirmed the abduction but gave "
      "no figure.",
      [E("ABD", prev(P, "sun"), "day", "NG", "Kaduna", "Birnin Gwari", "Bandits", "Civilians",
         "Armed bandits stopped two buses")]))

# m009 Arrests before a planned protest (the protest is not an event)
P = pub("2024-02-10", "sat")
add(D("m009", "en", P,
      "Zimbabwean police raided a house in Harare late on Thursday and detained seven activists "
      "accused of organising an anti-government protest planned for next week, their lawyers said.",
      [E("ARR", prev(P, "thu"), "day", "ZW", "Harare", "Harare", "Police", "Activists",
         "detained seven activists", arr=7, attr=["lawyers"])]))

# m010 Blockade (range) and the agreement that ends it
P = pub("2023-08-28", "mon")
SAT = prev(P, "sat")
add(D("m010", "en", P,
      "Truck drivers ended a nine-day blockade of the Pan-American Highway at Ipiales on Saturday after "
      "signing an agreement with the Transport Ministry on diesel prices, local officials said.",
      [E("PP", rng(shift(SAT, -8), SAT), "range", "CO", "Nariño", "Ipiales", "Protesters", None,
         "ended a nine-day blockade of the Pan-American Highway", tags=["road_blockade"]),
       E("AGR", SAT, "day", "CO", "Nariño", "Ipiales", "Protesters", "Transport Ministry",
         "after signing an agreement with the Transport Ministry", tags=["road_blockade"])]))

# m011 Disrupted weapons use; group blamed by detectives
P = pub("2021-10-14", "thu")
add(D("m011", "en", P,
      "Army technical officers made safe a viable pipe bomb left near the gates of a police station in "
      "Derry on Wednesday night, the Police Service of Northern Ireland said. Detectives blamed "
      "dissident republicans.",
      [E("DWU", prev(P, "wed"), "day", "GB", "Northern Ireland", "Derry", "Military",
         "Dissident republicans", "made safe a viable pipe bomb")]))

# m012 Government regains territory; rival tolls, one relayed
P = pub("2024-04-15", "mon")
add(D("m012", "en", P,
      "Ethiopian federal troops retook the town of Debre Markos from Fano militiamen on Sunday after "
      "heavy fighting, the army said on Monday. Residents told AFP at least 12 people were killed, "
      "while a hospital official put the toll at 15.",
      [E("GRT", prev(P, "sun"), "day", "ET", "Amhara", "Debre Markos", "Military", "Fano",
         "retook the town of Debre Markos", fat=12, low=12, high=15,
         attr=["residents", "hospital official"])]))

# m013 Curfew after a violent protest the same day (two events)
P = pub("2024-06-10", "mon")
SUN = prev(P, "sun")
add(D("m013", "en", P,
      "The district administration imposed an indefinite curfew in Birgunj on Sunday afternoon, hours "
      "after protesters demanding the release of a local leader stoned police and torched two "
      "motorcycles. At least nine people were injured, the district administration office said.",
      [E("OTH", SUN, "day", "NP", "Madhesh", "Birgunj", "District administration", None,
         "imposed an indefinite curfew in Birgunj", tags=["curfew"]),
       E("VD", SUN, "day", "NP", "Madhesh", "Birgunj", "Protesters", "Police",
         "stoned police and torched two motorcycles", inj=9,
         attr=["district administration office"])]))

# m014 Headquarters or base established; no date
P = pub("2018-07-19", "thu")
add(D("m014", "en", P,
      "Al-Shabaab has set up a training camp in the bush west of Moqokori, in Somalia's Hiiraan region, "
      "two clan elders told a local radio station. They did not say when the fighters arrived.",
      [E("HQ", None, "unknown", "SO", "Hiiraan", "Moqokori", "Al-Shabaab", None,
         "has set up a training camp")]))

# m015 Negative: parliament vote; unrest only as a generic wave
P = pub("2023-05-09", "tue")
add(D("m015", "en", P,
      "Ghana's parliament on Tuesday approved a bill capping electricity tariffs for low-income "
      "households, a measure the government described as a response to months of protests over the "
      "cost of living. Opposition lawmakers abstained."))

# m016 Negative: 'protest' in the sporting sense
P = pub("2019-09-16", "mon")
add(D("m016", "en", P,
      "Fiji have lodged a formal protest with World Rugby over the red card shown to their captain "
      "during Saturday's defeat to Wales in Cardiff, team management said on Monday."))
