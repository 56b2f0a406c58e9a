"""French briefs p033-p048 (blind set 7)."""
from common import D, E, T, pub, prev, rng, last_week

U = "https://depeches.example.com/fr/"
DOCS = []

# p033 Peaceful protest: strike-day march, rival crowd figures (not attributed: no casualties)
P = pub("2020-01-16", "thu")
DOCS.append(D("p033", "fr", P, U + "2020/01/16/rennes-manifestation-retraites",
    "Retraites : nouvelle mobilisation à Rennes\n"
    "Entre 4 200 manifestants, selon la préfecture, et 10 000, selon l'intersyndicale, ont défilé "
    "ce jeudi dans le centre de Rennes, lors d'une nouvelle journée de grève interprofessionnelle. "
    "Le cortège s'est dispersé dans le calme.",
    [E("PP", P, "day", "FR", "Bretagne", "Rennes", "Protesters", None,
       "ont défilé ce jeudi dans le centre", tags=["march", "strike"])]))

# p034 Violent demonstration (march turned violent) + curfew next day
P = pub("2021-04-17", "sat")
DOCS.append(D("p034", "fr", P, U + "2021/04/17/besancon-marche-blanche",
    "La marche blanche organisée jeudi à Besançon en mémoire d'un adolescent mort lors d'un "
    "contrôle de police a dégénéré : des manifestants ont lancé des projectiles sur les policiers, "
    "qui ont riposté par des gaz lacrymogènes. Douze personnes ont été interpellées. Vendredi, le "
    "maire a instauré un couvre-feu pour les mineurs.",
    [E("VD", prev(P, "thu"), "day", "FR", "Bourgogne-Franche-Comté", "Besançon", "Protesters",
       "Police", "des manifestants ont lancé des projectiles", tags=["march", "tear_gas"],
       arr=12),
     E("OTH", prev(P, "fri"), "day", "FR", "Bourgogne-Franche-Comté", "Besançon",
       "Mayor of Besançon", None, "a instauré un couvre-feu pour les mineurs", tags=["curfew"])]))

# p035 Protest with intervention: occupation cleared, arrests by rectorat figure
P = pub("2022-02-08", "tue")
DOCS.append(D("p035", "fr", P, U + "2022/02/08/lyon2-amphi-evacue",
    "Les forces de l'ordre ont évacué mardi à l'aube une centaine d'étudiants qui occupaient un "
    "amphithéâtre de l'université Lumière Lyon 2. Sept personnes ont été interpellées, a indiqué "
    "le rectorat.",
    [E("PI", P, "day", "FR", "Auvergne-Rhône-Alpes", "Lyon", "Protesters", "Police",
       "ont évacué mardi à l'aube une centaine d'étudiants", tags=["occupation"], arr=7,
       attr=["rectorat"])]))

# p036 Armed clash: attack on troops repelled, deaths on both sides summed
P = pub("2022-06-14", "tue")
DOCS.append(D("p036", "fr", P, U + "2022/06/14/niger-tera-combats",
    "Au moins 16 morts dans des combats près de Téra\n"
    "L'armée nigérienne dit avoir repoussé dimanche près de Téra, dans la région de Tillabéri, "
    "une attaque de combattants de l'État islamique au Sahel (EIGS), tuant 14 assaillants. Deux "
    "soldats ont péri.",
    [E("AC", prev(P, "sun"), "day", "NE", "Tillabéri", "Téra", "EIGS", "Military",
       "une attaque de combattants de l'État islamique", fat=16, attr=["armée"])]))

# p037 Non-state actor overtakes territory
P = pub("2026-03-07", "sat")
DOCS.append(D("p037", "fr", P, U + "2026/03/07/m23-pinga",
    "Les rebelles du M23 ont pris vendredi le contrôle de Pinga, dans le territoire de Walikale "
    "(Nord-Kivu), après de violents combats contre l'armée congolaise et des miliciens "
    "wazalendo, selon des sources locales.",
    [E("NSO", prev(P, "fri"), "day", "CD", "Nord-Kivu", "Pinga", "M23", "Military",
       "ont pris vendredi le contrôle de Pinga")]))

# p038 Air/drone strike: passive, army implied by its own claim
P = pub("2024-02-14", "wed")
DOCS.append(D("p038", "fr", P, U + "2024/02/14/mali-anefis-frappe",
    "Huit civils, dont trois enfants, ont été tués lundi par une frappe de drone sur un marché à "
    "Anéfis, dans la région de Kidal, selon des sources locales. L'armée malienne affirme avoir "
    "visé « un rassemblement de terroristes ».",
    [E("AIR", prev(P, "mon"), "day", "ML", "Kidal", "Anéfis", "Military of Mali", "Civilians",
       "une frappe de drone sur un marché", fat=8, attr=["sources locales"])]))

# p039 IED: "a-t-on appris de source sécuritaire"
P = pub("2023-10-13", "fri")
DOCS.append(D("p039", "fr", P, U + "2023/10/13/benin-tanguieta-mine",
    "Deux militaires béninois ont été tués et trois autres blessés jeudi lorsque leur véhicule a "
    "sauté sur une mine artisanale près de Tanguiéta, dans le département de l'Atacora, a-t-on "
    "appris de source sécuritaire.",
    [E("IED", prev(P, "thu"), "day", "BJ", "Atacora", "Tanguiéta", None, "Military",
       "leur véhicule a sauté sur une mine artisanale", fat=2, inj=3,
       attr=["source sécuritaire"])]))

# p040 Chemical weapon dropped from helicopters
P = pub("2019-07-14", "sun")
DOCS.append(D("p040", "fr", P, U + "2019/07/14/syrie-chlore-maarat",
    "Syrie : 21 personnes soignées pour des difficultés respiratoires\n"
    "Des hélicoptères du régime ont largué samedi des barils contenant du chlore sur un quartier "
    "de Maarat al-Nouman, dans la province d'Idleb, selon les Casques blancs, qui ont soigné 21 "
    "personnes.",
    [E("CHEM", prev(P, "sat"), "day", "SY", "Idlib", "Maarat al-Numan", "Military of Syria",
       "Civilians", "ont largué samedi des barils contenant du chlore", inj=21,
       attr=["Casques blancs"])]))

# p041 Sexual violence: "le week-end dernier" -> range
P = pub("2021-05-11", "tue")
DOCS.append(D("p041", "fr", P, U + "2021/05/11/shabunda-violences-sexuelles",
    "Au moins douze femmes ont été violées par des hommes armés lors d'une incursion nocturne dans "
    "un village du territoire de Shabunda, au Sud-Kivu, le week-end dernier, a dénoncé une ONG "
    "locale de défense des droits des femmes.",
    [E("SEX", rng(prev(P, "sat"), prev(P, "sun")), "range", "CD", "Sud-Kivu", "Shabunda",
       "Unidentified armed group", "Civilians", "Au moins douze femmes ont été violées")]))

# p042 Headquarters or base established: "la semaine dernière"
P = pub("2025-09-17", "wed")
DOCS.append(D("p042", "fr", P, U + "2025/09/17/adf-camp-eringeti",
    "Selon des habitants, des combattants des Forces démocratiques alliées (ADF) ont installé la "
    "semaine dernière un nouveau camp dans la forêt près d'Eringeti, dans le territoire de Beni "
    "(Nord-Kivu), sans rencontrer de résistance.",
    [E("HQ", last_week(P), "range", "CD", "Nord-Kivu", "Eringeti", "ADF", None,
       "ont installé la semaine dernière un nouveau camp")]))

# p043 Non-violent transfer of territory
P = pub("2026-01-15", "thu")
DOCS.append(D("p043", "fr", P, U + "2026/01/15/mali-goundam-retrait",
    "Mali : l'armée quitte Goundam sans combat\n"
    "Les Forces armées maliennes (FAMa) ont évacué mercredi leur camp de Goundam, dans la région "
    "de Tombouctou, et des combattants du JNIM y sont entrés quelques heures plus tard sans tirer "
    "un coup de feu, selon des élus locaux.",
    [E("NVT", prev(P, "wed"), "day", "ML", "Tombouctou", "Goundam", "JNIM", "Military of Mali",
       "ont évacué mercredi leur camp de Goundam")]))

# p044 Change to group/activity: militia lays down arms
P = pub("2024-08-23", "fri")
DOCS.append(D("p044", "fr", P, U + "2024/08/23/uvira-mai-mai-desarmement",
    "Une centaine de miliciens maï-maï ont déposé les armes jeudi à Uvira, au Sud-Kivu, lors "
    "d'une cérémonie présidée par le gouverneur, avant d'être conduits vers un centre de "
    "regroupement.",
    [E("CHG", prev(P, "thu"), "day", "CD", "Sud-Kivu", "Uvira", "Mai-Mai militia", None,
       "ont déposé les armes jeudi à Uvira")]))

# p045 Grenade: nominal headline-like sentence
P = pub("2019-03-16", "sat")
DOCS.append(D("p045", "fr", P, U + "2019/03/16/bujumbura-grenade",
    "Deux morts et 15 blessés dans l'explosion d'une grenade lancée vendredi soir par des inconnus "
    "dans un bar du quartier Kamenge, à Bujumbura, selon un porte-parole de la police.",
    [E("GRN", prev(P, "fri"), "day", "BI", "Bujumbura Mairie", "Kamenge",
       "Unidentified armed group", "Civilians", "l'explosion d'une grenade lancée vendredi soir",
       fat=2, inj=15, attr=["porte-parole de la police"])]))

# p046 Mob violence: crowd looting; "aucune arrestation" -> 0
P = pub("2022-11-15", "tue")
DOCS.append(D("p046", "fr", P, U + "2022/11/15/cap-haitien-pillage",
    "Scènes de pillage au port de Cap-Haïtien : des centaines de personnes ont forcé lundi les "
    "portes d'entrepôts et emporté des sacs de riz et de farine, selon la police, qui n'a procédé "
    "à aucune arrestation.",
    [E("MV", prev(P, "mon"), "day", "HT", "Nord", "Cap-Haïtien", "Rioters", None,
       "des centaines de personnes ont forcé lundi les", arr=0, attr=["police"])]))

# p047 negative: strike notice for a future date
P = pub("2020-02-17", "mon")
DOCS.append(D("p047", "fr", P, U + "2020/02/17/ratp-preavis-greve",
    "Les syndicats de la RATP appellent à la grève le 12 mars\n"
    "Les organisations syndicales de la RATP ont déposé lundi un préavis de grève pour le 12 mars, "
    "contre la réorganisation des dépôts de bus en Île-de-France. De fortes perturbations sont "
    "attendues sur le réseau."))

# p048 negative: denial of a rumour about future protests
P = pub("2023-05-18", "thu")
DOCS.append(D("p048", "fr", P, U + "2023/05/18/togo-dementi-internet",
    "Togo : le gouvernement dément une coupure d'internet\n"
    "Le ministère de l'Économie numérique a démenti jeudi les rumeurs selon lesquelles l'accès à "
    "internet serait restreint à l'approche des manifestations annoncées par l'opposition pour "
    "la fin du mois."))
