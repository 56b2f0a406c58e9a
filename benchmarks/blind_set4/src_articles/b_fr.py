"""French articles h025-h032: texts with their gold."""
from common import doc, ev, ta, prev, shift, rng

DOCS = []

# h025 Burkina Faso
P = "2025-05-21"
SUN = prev(P, "sun")
DOCS.append(doc("h025", "fr", P, (
    "Burkina : une attaque contre le détachement militaire de Djibo fait des dizaines de morts\n\n"
    "OUAGADOUGOU — Des centaines d'hommes armés ont attaqué dimanche le détachement militaire de Djibo, dans "
    "la province du Soum, a appris l'AFP de sources sécuritaires. L'attaque, revendiquée lundi par le Groupe "
    "de soutien à l'islam et aux musulmans (JNIM), a fait au moins 30 morts parmi les soldats et les "
    "Volontaires pour la défense de la patrie (VDP), selon ces sources. Un élu local évoque une cinquantaine "
    "de morts.\n\n"
    "L'armée a affirmé lundi avoir « neutralisé plusieurs dizaines de terroristes » lors de frappes "
    "aériennes menées dans la foulée autour de la ville.\n\n"
    "Samedi, un car de transport a sauté sur un engin explosif improvisé sur l'axe Kaya-Dori, près de "
    "Pissila, tuant six civils, selon une source hospitalière à Kaya.\n\n"
    "Dans l'Est, une quinzaine de femmes ont été enlevées jeudi dernier par des hommes armés alors qu'elles "
    "ramassaient du bois près de Fada N'Gourma, ont rapporté des habitants.\n\n"
    "Selon un décompte de l'AFP, plus de 26 000 personnes, civils et militaires, ont été tuées au Burkina "
    "depuis 2015. Les autorités de transition communiquent rarement sur les pertes.\n\n"
    "Le gouvernement a de nouveau appelé la population à « ne pas relayer la propagande terroriste » sur les "
    "réseaux sociaux.\n\n"
    "Abonnez-vous à notre lettre d'information Afrique."),
    [
        ev("AC", SUN, "BF", "Sahel", "Djibo", "Groupe de soutien à l'islam et aux musulmans", "Military",
           "ont attaqué dimanche le détachement militaire de Djibo", fat=30, lo=30, hi=50,
           attr=["sources sécuritaires", "élu local"]),
        ev("AIR", rng(SUN, prev(P, "mon")), "BF", "Sahel", "Djibo", "Military", "Unidentified armed group",
           "lors de frappes aériennes menées dans la foulée", attr=["armée"]),
        ev("IED", prev(P, "sat"), "BF", "Centre-Nord", "Pissila", None, "Civilians",
           "a sauté sur un engin explosif improvisé", fat=6, attr=["source hospitalière"]),
        ev("ABD", prev(P, "thu"), "BF", "Est", "Fada N'Gourma", "Unidentified armed group", "Civilians",
           "une quinzaine de femmes ont été enlevées"),
    ],
    [
        ta("deaths", 26000, P, "people killed in Burkina Faso since 2015", "AFP"),
    ]))

# h026 France
P = "2025-10-02"
MON = prev(P, "mon")
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h026", "fr", P, (
    "Budget : heurts à Paris et à Nantes, la rocade de Rennes bloquée\n\n"
    "PARIS — Quelque 180 000 personnes ont manifesté mardi en France contre le projet de budget, selon le "
    "ministère de l'Intérieur, la CGT en revendiquant 600 000.\n\n"
    "À Paris, des heurts ont éclaté en tête du cortège entre des groupes cagoulés et les forces de l'ordre, "
    "qui ont fait usage de gaz lacrymogène. Quarante-trois personnes ont été interpellées et douze policiers "
    "blessés, selon la préfecture de police.\n\n"
    "À Nantes, des vitrines ont été brisées et une agence bancaire incendiée en marge du défilé. À Rennes, "
    "quelques centaines de manifestants ont bloqué la rocade dès 6 heures avant d'être délogés sans incident "
    "par les gendarmes.\n\n"
    "La raffinerie de Donges (Loire-Atlantique) est à l'arrêt depuis lundi à l'appel de la CGT, qui réclame "
    "l'abandon du gel des salaires dans la fonction publique.\n\n"
    "Au total, 97 personnes ont été interpellées en France, a indiqué mercredi le ministre de l'Intérieur, "
    "qui a dénoncé « une violence inacceptable ».\n\n"
    "L'intersyndicale doit se réunir jeudi soir pour décider des suites du mouvement ; une nouvelle journée "
    "de mobilisation pourrait avoir lieu le 14 octobre.\n\n"
    "Le Premier ministre a de son côté exclu tout retrait du texte, tout en se disant « ouvert » à des "
    "amendements.\n\n"
    "Abonnez-vous à notre newsletter politique."),
    [
        ev("VD", TUE, "FR", "Île-de-France", "Paris", "Protesters", "Police",
           "des heurts ont éclaté en tête du cortège", inj=12, arr=43, attr=["préfecture de police"],
           tags=["march", "tear_gas"]),
        ev("VD", TUE, "FR", "Pays de la Loire", "Nantes", "Protesters", None,
           "une agence bancaire incendiée en marge du défilé", tags=["march"]),
        ev("PI", TUE, "FR", "Bretagne", "Rennes", "Protesters", "Gendarmerie",
           "ont bloqué la rocade dès 6 heures", tags=["road_blockade"]),
        ev("PP", rng(MON, P), "FR", "Pays de la Loire", "Donges", "CGT", None,
           "est à l'arrêt depuis lundi", tags=["strike"]),
    ],
    [
        ta("arrested", 97, WED, "people arrested across France during Tuesday's protests",
           "ministre de l'Intérieur"),
    ]))

# h027 NEGATIVE (Côte d'Ivoire)
P = "2025-09-17"
DOCS.append(doc("h027", "fr", P, (
    "Côte d'Ivoire : l'opposition appelle à marcher, l'Assemblée durcit la loi sur les rassemblements\n\n"
    "ABIDJAN — La coalition de l'opposition a appelé ses partisans à une « grande marche pacifique » le "
    "samedi 27 septembre à Abidjan pour exiger la révision de la liste électorale, a annoncé mardi son "
    "porte-parole, Koffi Amani, lors d'une conférence de presse.\n\n"
    "La préfecture n'a pas encore répondu à la demande d'autorisation. Le ministre de la Sécurité a averti "
    "que « toute manifestation non déclarée sera dispersée » et que les forces de l'ordre seraient "
    "déployées en nombre aux carrefours de la capitale.\n\n"
    "Le même jour, l'Assemblée nationale a examiné en commission un projet de loi qui alourdit les peines "
    "pour « trouble à l'ordre public » et encadre plus strictement les rassemblements sur la voie publique. "
    "Les députés de l'opposition ont dénoncé un texte « liberticide ».\n\n"
    "Plusieurs organisations de défense des droits humains redoutent un retour des violences qui ont "
    "émaillé les précédents scrutins, lorsque des affrontements entre partisans de camps rivaux avaient fait "
    "de nombreuses victimes. Le syndicat des enseignants menace par ailleurs d'une grève à la rentrée "
    "d'octobre si les primes promises ne sont pas versées.\n\n"
    "Le gouvernement assure que le vote se tiendra « dans la paix ».\n\n"
    "Lire aussi : Présidentielle, ce qu'il faut savoir\n\n"
    "© Tous droits réservés."),
    [], []))

# h028 DR Congo
P = "2025-09-17"
MON = prev(P, "mon")
DOCS.append(doc("h028", "fr", P, (
    "Sud-Kivu : le M23 s'empare de Kamanyola, des obus tombent sur Uvira\n\n"
    "BUKAVU — Les rebelles du M23 se sont emparés lundi de Kamanyola, à la frontière avec le Rwanda et le "
    "Burundi, après de violents combats avec l'armée congolaise (FARDC) et des miliciens wazalendo, ont "
    "indiqué des sources locales.\n\n"
    "Mardi, des obus sont tombés sur un quartier d'Uvira, tuant quatre civils, selon la société civile "
    "locale. Aucune des parties n'a revendiqué les tirs.\n\n"
    "Les Nations unies ont par ailleurs dénoncé le viol d'une vingtaine de femmes par des hommes armés dans "
    "le village de Luvungi la semaine dernière.\n\n"
    "Plus au nord, en Ituri, des miliciens de la Coopérative pour le développement du Congo (CODECO) ont "
    "attaqué dans la nuit de samedi à dimanche un site de déplacés dans le territoire de Djugu, tuant douze "
    "personnes selon un responsable humanitaire. L'armée parle de huit morts.\n\n"
    "Le bureau conjoint des Nations unies aux droits de l'homme fait état d'au moins 300 civils tués en "
    "Ituri depuis janvier. Des dizaines de milliers d'habitants ont fui vers Bunia ces derniers mois.\n\n"
    "Kinshasa accuse Kigali de soutenir le M23, ce que le Rwanda dément. Des pourparlers de paix doivent "
    "reprendre à Doha la semaine prochaine.\n\n"
    "Lire aussi : Dans l'est de la RDC, les civils pris en étau"),
    [
        ev("NO", MON, "CD", "Sud-Kivu", "Kamanyola", "M23", "Military",
           "se sont emparés lundi de Kamanyola"),
        ev("SH", prev(P, "tue"), "CD", "Sud-Kivu", "Uvira", None, "Civilians",
           "des obus sont tombés sur un quartier", fat=4, attr=["société civile"]),
        ev("SV", rng(shift(MON, -7), shift(MON, -1)), "CD", "Sud-Kivu", "Luvungi",
           "Unidentified armed group", "Civilians", "le viol d'une vingtaine de femmes"),
        ev("ATK", rng(prev(P, "sat"), prev(P, "sun")), "CD", "Ituri", "Djugu",
           "Coopérative pour le développement du Congo", "Civilians",
           "ont attaqué dans la nuit de samedi", fat=8, lo=8, hi=12,
           attr=["responsable humanitaire", "armée"]),
    ],
    [
        ta("deaths", 300, P, "civilians killed in Ituri since January",
           "bureau conjoint des Nations unies aux droits de l'homme"),
    ]))

# h029 Haiti
P = "2024-10-31"
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h029", "fr", P, (
    "Haïti : le gang Gran Grif sème la terreur à Verrettes\n\n"
    "PORT-AU-PRINCE — Des membres du gang Gran Grif ont attaqué dans la nuit de mardi à mercredi la commune "
    "de Verrettes, dans le département de l'Artibonite, tuant au moins quinze personnes, selon la Protection "
    "civile. Le maire de la ville évoque 22 morts.\n\n"
    "Les assaillants ont d'abord pris possession du commissariat, abandonné par les policiers mardi soir "
    "avant leur arrivée, puis ont incendié des dizaines de maisons. La Police nationale d'Haïti (PNH) a "
    "repris mercredi le contrôle du bâtiment après plusieurs heures d'échanges de tirs.\n\n"
    "À Port-au-Prince, une frappe de drone menée lundi par la PNH contre un repaire du gang 5 Segonn, à "
    "Village-de-Dieu, a fait au moins trois morts, selon des sources policières.\n\n"
    "Deux religieuses ont par ailleurs été enlevées samedi à Croix-des-Bouquets. Aucune demande de rançon "
    "n'a été rendue publique.\n\n"
    "Selon l'ONU, plus de 4 500 personnes ont été tuées dans des violences liées aux gangs depuis janvier. "
    "Plus de 700 000 Haïtiens ont dû quitter leur domicile.\n\n"
    "Le Conseil présidentiel de transition a promis « une riposte ferme » et réclamé l'envoi rapide de "
    "nouveaux renforts de la mission multinationale.\n\n"
    "Lire aussi : Haïti, comment les gangs ont gagné l'Artibonite"),
    [
        ev("ATK", rng(TUE, WED), "HT", "Artibonite", "Verrettes", "Gran Grif", "Civilians",
           "ont attaqué dans la nuit de mardi", fat=15, lo=15, hi=22,
           attr=["Protection civile", "maire"]),
        ev("NVT", TUE, "HT", "Artibonite", "Verrettes", "Gran Grif", "Police nationale d'Haïti",
           "abandonné par les policiers mardi soir"),
        ev("GR", WED, "HT", "Artibonite", "Verrettes", "Police nationale d'Haïti", "Gran Grif",
           "a repris mercredi le contrôle du bâtiment"),
        ev("AIR", prev(P, "mon"), "HT", "Ouest", "Port-au-Prince", "Police nationale d'Haïti", "5 Segonn",
           "une frappe de drone menée lundi", fat=3, attr=["sources policières"]),
        ev("ABD", prev(P, "sat"), "HT", "Ouest", "Croix-des-Bouquets", None, "Civilians",
           "Deux religieuses ont par ailleurs été enlevées"),
    ],
    [
        ta("deaths", 4500, P, "people killed in gang violence in Haiti since January", "ONU"),
    ]))

# h030 Cameroon
P = "2024-11-12"
SAT = prev(P, "sat")
SUN = prev(P, "sun")
MON = prev(P, "mon")
DOCS.append(doc("h030", "fr", P, (
    "Cameroun : attentat-suicide à Mora, couvre-feu à Bamenda\n\n"
    "YAOUNDÉ — Une kamikaze s'est fait exploser dimanche soir dans le marché de Mora, dans la région de "
    "l'Extrême-Nord, tuant cinq civils et faisant plusieurs blessés, selon des sources sécuritaires. "
    "L'attentat n'a pas été revendiqué, mais les autorités l'attribuent à Boko Haram.\n\n"
    "Lundi, une dizaine d'habitants ont été enlevés par des hommes armés à Koza, dans le département du "
    "Mayo-Tsanaga, a indiqué un chef traditionnel.\n\n"
    "Dans le Nord-Ouest anglophone, un engin explosif improvisé a visé samedi un véhicule de la gendarmerie "
    "à Bamenda, blessant trois gendarmes. Les séparatistes ambazoniens ont revendiqué l'attaque sur les "
    "réseaux sociaux. Le préfet de la Mezam a instauré dimanche un couvre-feu de 20 heures à 6 heures "
    "dans la ville.\n\n"
    "Selon l'armée, quatre séparatistes ont été tués lors d'un accrochage dimanche à Batibo, où les "
    "soldats ont saisi des fusils artisanaux.\n\n"
    "Depuis 2017, le conflit dans les régions anglophones a fait plus de 6 000 morts, selon l'International "
    "Crisis Group. Dans l'Extrême-Nord, les attaques jihadistes ont repris de l'intensité depuis le début de "
    "la saison sèche.\n\n"
    "Le gouverneur de l'Extrême-Nord a appelé les commerçants à « signaler tout comportement suspect ».\n\n"
    "Cet article vous a été utile ? Partagez-le."),
    [
        ev("SB", SUN, "CM", "Extrême-Nord", "Mora", "Boko Haram", "Civilians",
           "Une kamikaze s'est fait exploser dimanche soir", fat=5, attr=["sources sécuritaires"]),
        ev("ABD", MON, "CM", "Extrême-Nord", "Koza", "Unidentified armed group", "Civilians",
           "une dizaine d'habitants ont été enlevés"),
        ev("IED", SAT, "CM", "Nord-Ouest", "Bamenda", "Ambazonian separatists", "Gendarmerie",
           "un engin explosif improvisé a visé samedi", inj=3),
        ev("OTH", SUN, "CM", "Nord-Ouest", "Bamenda", "Préfet de la Mezam", None,
           "a instauré dimanche un couvre-feu", tags=["curfew"]),
        ev("AC", SUN, "CM", "Nord-Ouest", "Batibo", "Military", "Ambazonian separatists",
           "lors d'un accrochage dimanche à Batibo", fat=4, attr=["armée"]),
    ],
    [
        ta("deaths", 6000, P, "deaths in the conflict in Cameroon's anglophone regions since 2017",
           "International Crisis Group"),
    ]))

# h031 Tunisia
P = "2024-08-22"
SAT = prev(P, "sat")
MON = prev(P, "mon")
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h031", "fr", P, (
    "Tunisie : deuxième nuit d'affrontements à Sidi Bouzid après la mort d'un jeune vendeur\n\n"
    "TUNIS — Des affrontements ont opposé pour la deuxième nuit consécutive des jeunes aux forces de l'ordre "
    "à Sidi Bouzid, dans la nuit de mardi à mercredi. Les manifestants ont lancé des pierres et des "
    "cocktails Molotov, et la police a répliqué par des tirs de gaz lacrymogène. Le ministère de l'Intérieur "
    "a fait état de 17 agents blessés et de 35 interpellations.\n\n"
    "La colère a éclaté après la mort d'un vendeur ambulant de 24 ans, décédé dimanche à l'hôpital après "
    "avoir été frappé samedi par des policiers lors d'un contrôle, selon sa famille.\n\n"
    "Mardi, le parquet de Sidi Bouzid a ouvert une enquête sur les circonstances du décès. La veille, des "
    "manifestants avaient incendié un poste de la garde nationale dans le quartier où vivait le jeune "
    "homme.\n\n"
    "À Meknassy et à Regueb, des centaines de personnes ont manifesté mercredi en solidarité, sans "
    "incident.\n\n"
    "Le Forum tunisien pour les droits économiques et sociaux (FTDES) recense 60 personnes interpellées "
    "depuis lundi dans le gouvernorat. L'organisation dénonce des « arrestations arbitraires ».\n\n"
    "Le président a appelé au calme et promis que « la loi sera appliquée à tous ».\n\n"
    "Lire aussi : Sidi Bouzid, berceau d'une révolution inachevée"),
    [
        ev("VD", rng(TUE, WED), "TN", "Sidi Bouzid", "Sidi Bouzid", "Protesters", "Police",
           "Les manifestants ont lancé des pierres", inj=17, arr=35, attr=["ministère de l'Intérieur"],
           tags=["tear_gas"]),
        ev("ATK", SAT, "TN", "Sidi Bouzid", "Sidi Bouzid", "Police", "Civilians",
           "avoir été frappé samedi par des policiers", fat=1, attr=["famille"]),
        ev("OTH", TUE, "TN", "Sidi Bouzid", "Sidi Bouzid", "Parquet de Sidi Bouzid", "Police",
           "a ouvert une enquête sur les circonstances", tags=["investigation"]),
        ev("VD", MON, "TN", "Sidi Bouzid", "Sidi Bouzid", "Protesters", None,
           "manifestants avaient incendié un poste de la garde"),
        ev("PP", WED, "TN", "Sidi Bouzid", "Meknassy", "Protesters", None,
           "ont manifesté mercredi en solidarité"),
        ev("PP", WED, "TN", "Sidi Bouzid", "Regueb", "Protesters", None,
           "ont manifesté mercredi en solidarité"),
    ],
    [
        ta("arrested", 60, P, "people arrested in Sidi Bouzid governorate since Monday",
           "Forum tunisien pour les droits économiques et sociaux"),
    ]))

# h032 Guinea
P = "2025-02-12"
SUN = prev(P, "sun")
MON = prev(P, "mon")
TUE = prev(P, "tue")
DOCS.append(doc("h032", "fr", P, (
    "Guinée : deux morts à Conakry lors d'une journée « ville morte »\n\n"
    "CONAKRY — Deux jeunes ont été tués par balles lundi à Conakry lors de la journée « ville morte » "
    "décrétée par les Forces vives de Guinée, selon le Front national pour la défense de la Constitution "
    "(FNDC). Le gouvernement n'a reconnu qu'un décès.\n\n"
    "Des affrontements ont opposé des jeunes, qui avaient érigé des barricades et lançaient des pierres, "
    "aux forces de l'ordre le long de l'axe Le Prince, dans la commune de Ratoma, selon des témoins. "
    "Ailleurs dans la capitale, les commerces et les marchés sont restés fermés.\n\n"
    "À Labé, dans le nord, la journée s'est déroulée dans le calme, boutiques et stations-service ayant "
    "gardé portes closes.\n\n"
    "Dans la nuit de dimanche à lundi, le coordinateur du FNDC, Mamadou Barry, avait été arrêté à son "
    "domicile de Kaloum par des gendarmes, selon son avocat. On ignore où il est détenu.\n\n"
    "Mardi soir, les Forces vives ont annoncé la suspension de leurs manifestations « pour une semaine », "
    "afin de permettre une médiation des chefs religieux.\n\n"
    "Selon le FNDC, 58 personnes ont été tuées lors de manifestations depuis septembre 2021. Les "
    "manifestations sont interdites dans le pays depuis 2022.\n\n"
    "Lire aussi : Guinée, la transition sans fin"),
    [
        ev("VD", MON, "GN", "Conakry", "Ratoma", "Protesters", "Police",
           "Des affrontements ont opposé des jeunes", fat=1, lo=1, hi=2,
           attr=["Front national pour la défense de la Constitution", "gouvernement"],
           tags=["strike"]),
        ev("PP", MON, "GN", "Labé", "Labé", "Protesters", None,
           "la journée s'est déroulée dans le calme", tags=["strike"]),
        ev("ARR", rng(SUN, MON), "GN", "Conakry", "Kaloum", "Gendarmerie",
           "Front national pour la défense de la Constitution", "avait été arrêté à son domicile",
           arr=1, attr=["avocat"]),
        ev("CHG", TUE, "GN", "Conakry", "Conakry", "Forces vives de Guinée", None,
           "ont annoncé la suspension de leurs manifestations"),
    ],
    [
        ta("deaths", 58, P, "people killed in demonstrations in Guinea since September 2021",
           "Front national pour la défense de la Constitution"),
    ]))
