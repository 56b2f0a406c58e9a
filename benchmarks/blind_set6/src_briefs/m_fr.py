"""French briefs m049-m064 (text beside gold)."""
from common import D, E, T, pub, same, prev, shift, rng, last_week

DOCS = []
add = DOCS.append

# m049 List of three cities: one Peaceful protest per place, shared trigger
P = pub("2026-10-16", "fri")
THU = prev(P, "thu")
TRIG = "ont défilé jeudi à Toulouse, Rennes et Nantes"
add(D("m049", "fr", P,
      "Plusieurs milliers de personnes ont défilé jeudi à Toulouse, Rennes et Nantes contre la "
      "fermeture de maternités de proximité. Les cortèges se sont dispersés dans le calme, selon les "
      "préfectures.",
      [E("PP", THU, "day", "FR", "Occitanie", "Toulouse", "Protesters", None, TRIG, tags=["march"]),
       E("PP", THU, "day", "FR", "Bretagne", "Rennes", "Protesters", None, TRIG, tags=["march"]),
       E("PP", THU, "day", "FR", "Pays de la Loire", "Nantes", "Protesters", None, TRIG, tags=["march"])]))

# m050 Protest with intervention; vague arrest figure -> null
P = pub("2023-05-22", "mon")
add(D("m050", "fr", P,
      "La police a dispersé samedi à coups de gaz lacrymogène un rassemblement de diplômés chômeurs "
      "devant le siège du gouvernement, à la Kasbah de Tunis, et interpellé plusieurs dizaines de "
      "manifestants, selon le Forum tunisien des droits économiques et sociaux.",
      [E("PI", prev(P, "sat"), "day", "TN", "Tunis", "Tunis", "Protesters", "Police",
         "La police a dispersé samedi", tags=["tear_gas"])]))

# m051 Excessive force, shooter not named; rival tolls; tally from the same NGO
P = pub("2026-02-02", "mon")
add(D("m051", "fr", P,
      "Au moins trois manifestants ont été tués par balles dimanche à Kinshasa lors d'une marche de "
      "l'opposition, a affirmé l'ONG Asadho. Le gouvernement, lui, reconnaît un mort. Depuis janvier, "
      "27 personnes ont perdu la vie dans la répression des manifestations, selon la même source.",
      [E("EF", prev(P, "sun"), "day", "CD", "Kinshasa", "Kinshasa", "Protesters", None,
         "ont été tués par balles dimanche à Kinshasa", tags=["march"], fat=1, low=1, high=3,
         attr=["Asadho", "gouvernement"])],
      [T("deaths", 27, P, "people killed in the repression of demonstrations in DR Congo since January 2026",
         "Asadho")]))

# m052 Violent demonstration with arrests inside it + national one-day arrest tally
P = pub("2026-09-25", "fri")
add(D("m052", "fr", P,
      "À Bordeaux, des heurts ont éclaté jeudi en fin de cortège entre des manifestants cagoulés et les "
      "forces de l'ordre : vitrines brisées, poubelles incendiées. Quatorze policiers ont été blessés et "
      "neuf personnes interpellées, a indiqué la préfecture. Dans toute la France, 142 interpellations "
      "ont eu lieu, selon le ministère de l'Intérieur.",
      [E("VD", prev(P, "thu"), "day", "FR", "Nouvelle-Aquitaine", "Bordeaux", "Protesters", "Police",
         "des heurts ont éclaté jeudi", tags=["march"], inj=14, arr=9,
         attr=["préfecture"])],
      [T("arrested", 142, P, "arrests across France on the day of the demonstrations",
         "ministère de l'Intérieur")]))

# m053 Mob violence (lynching); passive
P = pub("2025-08-13", "wed")
add(D("m053", "fr", P,
      "Un homme accusé d'avoir volé une moto a été lynché à mort par une foule mardi à Pétion-Ville, a "
      "rapporté la police.",
      [E("MV", prev(P, "tue"), "day", "HT", "Ouest", "Pétion-Ville", "Rioters", "Civilians",
         "a été lynché à mort par une foule", fat=1, attr=["police"])]))

# m054 Armed clash; 'dans la nuit de mardi à mercredi'; parts of one toll summed
P = pub("2022-03-24", "thu")
add(D("m054", "fr", P,
      "Des éléments de Boko Haram ont attaqué dans la nuit de mardi à mercredi une position de l'armée "
      "tchadienne près de Ngouboua, dans la province du Lac. Quatre soldats et onze assaillants ont été "
      "tués, selon l'état-major.",
      [E("AC", rng(prev(P, "tue"), prev(P, "wed")), "range", "TD", "Lac", "Ngouboua", "Boko Haram",
         "Military", "une position de l'armée tchadienne près de Ngouboua", fat=15,
         attr=["état-major"])]))

# m055 Government regains territory
P = pub("2024-11-03", "sun")
add(D("m055", "fr", P,
      "L'armée somalienne, appuyée par des milices claniques, a repris vendredi aux shebab la localité "
      "d'El Dher, dans la région de Galguduud, après de violents combats, a annoncé le ministère de "
      "l'Information.",
      [E("GRT", prev(P, "fri"), "day", "SO", "Galguduud", "El Dher", "Military", "Al-Shabaab",
         "a repris vendredi aux shebab la localité")]))

# m056 Shelling; no date; relay through AFP
P = pub("2023-07-12", "wed")
add(D("m056", "fr", P,
      "Une femme a été tuée et trois personnes blessées dans des tirs d'artillerie russes sur Nikopol, "
      "a déclaré à l'AFP le gouverneur de la région de Dnipropetrovsk.",
      [E("SHL", None, "unknown", "UA", "Dnipropetrovsk Oblast", "Nikopol", "Military of Russia",
         "Civilians", "dans des tirs d'artillerie russes sur Nikopol", fat=1, inj=3,
         attr=["gouverneur"])]))

# m057 IED; passive, no attacker named; region only implied by the town
P = pub("2024-02-15", "thu")
add(D("m057", "fr", P,
      "Quatre militaires béninois ont été tués mercredi lorsque leur véhicule a sauté sur un engin "
      "explosif près de Karimama, dans le nord du pays, selon une source sécuritaire.",
      [E("IED", prev(P, "wed"), "day", "BJ", "Alibori", "Karimama", None, "Military",
         "leur véhicule a sauté sur un engin explosif", fat=4, attr=["source sécuritaire"])]))

# m058 Chemical weapon dropped by drones
P = pub("2025-10-22", "wed")
add(D("m058", "fr", P,
      "Six soldats ukrainiens ont été intoxiqués lundi près de Houliaïpole par des munitions chargées de "
      "chloropicrine larguées par des drones russes, selon l'état-major ukrainien.",
      [E("CHEM", prev(P, "mon"), "day", "UA", "Zaporizhzhia Oblast", "Huliaipole", "Military of Russia",
         "Military of Ukraine", "chargées de chloropicrine larguées par des drones",
         inj=6, attr=["état-major"])]))

# m059 Attack on civilians; rival tolls; UN tally
P = pub("2022-05-16", "mon")
add(D("m059", "fr", P,
      "Des rebelles des ADF ont tué à la machette au moins onze civils dans un village proche d'Oicha "
      "(territoire de Beni) dans la nuit de samedi à dimanche, selon l'armée. La société civile locale "
      "avance le chiffre de 14 morts. Plus de 300 civils ont été tués dans le territoire depuis janvier, "
      "d'après la Monusco.",
      [E("ATK", rng(prev(P, "sat"), prev(P, "sun")), "range", "CD", "North Kivu", "Oicha", "ADF",
         "Civilians", "tué à la machette au moins onze civils", fat=11, low=11, high=14,
         attr=["armée", "société civile"])],
      [T("deaths", 300, P, "civilians killed in Beni territory since January 2022", "Monusco")]))

# m060 Sexual violence; 'la semaine dernière' (range of the previous week); passive
P = pub("2021-03-17", "wed")
add(D("m060", "fr", P,
      "Cinq femmes ont été violées par des combattants du groupe armé 3R lors d'une incursion dans un "
      "village proche de Bocaranga, la semaine dernière, a dénoncé la Minusca.",
      [E("SEX", last_week(P), "range", "CF", "Ouham-Pendé", "Bocaranga", "3R", "Civilians",
         "Cinq femmes ont été violées par des combattants")]))

# m061 Arrest of a movement figure; nominal headline
P = pub("2021-09-29", "wed")
add(D("m061", "fr", P,
      "Arrestation d'une figure du Hirak\n"
      "Un militant du Hirak a été interpellé mardi à son domicile à Alger par des policiers en civil, a "
      "annoncé le Comité national pour la libération des détenus.",
      [E("ARR", prev(P, "tue"), "day", "DZ", "Alger", "Alger", "Police", "Hirak",
         "a été interpellé mardi à son domicile", arr=1,
         attr=["Comité national pour la libération des détenus"])]))

# m062 Multi-day blockade (range) + the union's suspension of the movement
P = pub("2026-02-06", "fri")
THU = prev(P, "thu")
add(D("m062", "fr", P,
      "Les agriculteurs qui bloquaient l'autoroute A7 à hauteur de Valence depuis lundi ont levé le "
      "barrage jeudi soir, après l'annonce par les Jeunes Agriculteurs de la suspension de leur "
      "mouvement. Leurs représentants avaient été reçus en préfecture.",
      [E("PP", rng(prev(P, "mon"), THU), "range", "FR", "Auvergne-Rhône-Alpes", "Valence", "Protesters",
         None, "bloquaient l'autoroute A7 à hauteur de Valence", tags=["road_blockade"]),
       E("CHG", THU, "day", "FR", "Auvergne-Rhône-Alpes", "Valence", "Jeunes Agriculteurs", None,
         "la suspension de leur mouvement", tags=["road_blockade"])]))

# m063 Non-violent transfer of territory
P = pub("2020-07-22", "wed")
add(D("m063", "fr", P,
      "Les rebelles de l'UPC se sont retirés sans combattre de Zémio, dans le Haut-Mbomou, et les Forces "
      "armées centrafricaines ont pris possession de la ville lundi, selon des sources humanitaires.",
      [E("NVT", prev(P, "mon"), "day", "CF", "Haut-Mbomou", "Zémio", "Military", "UPC",
         "ont pris possession de la ville lundi")]))

# m064 Negative: Senate vote on a bill, unrest only as background
P = pub("2024-03-13", "wed")
add(D("m064", "fr", P,
      "Le Sénat a adopté mardi en première lecture une proposition de loi qui durcit les sanctions contre "
      "les blocages de routes, après plusieurs mois de mobilisation agricole."))
