from common import ev, ta, doc, prev, shift, rng

D = []

P = "2026-10-02"  # vendredi
D.append(doc("f025", "fr", P, """Assurance chômage: heurts à Paris et Nantes, défilés calmes ailleurs

Des heurts ont éclaté jeudi en fin de cortège à Paris, où des manifestants vêtus de noir ont lancé des projectiles et incendié du mobilier urbain place de la Nation; les forces de l'ordre ont répliqué par des tirs de gaz lacrymogène. La préfecture de police a fait état de 54 interpellations dans la capitale et de neuf policiers blessés.

À Nantes, le cortège a été émaillé d'incidents près de la préfecture: des vitrines ont été brisées et douze personnes ont été interpellées, selon la préfecture de Loire-Atlantique.

À Lyon, Marseille et Toulouse, les défilés se sont déroulés dans le calme.

Au niveau national, le ministère de l'Intérieur a recensé 320 000 manifestants (1,1 million selon la CGT), 117 interpellations et 24 membres des forces de l'ordre blessés.

À Rennes, des étudiants bloquent depuis mardi l'accès au campus de Villejean de l'université Rennes 2, où les cours ont été suspendus.

L'intersyndicale, qui dénonce une réforme «injuste», a appelé à une nouvelle journée de mobilisation le 14 octobre. Le gouvernement exclut tout retrait du texte.

Abonnez-vous à notre newsletter""",
    [ev("VD", prev(P, "thu"), "day", "FR", "Île-de-France", "Paris", "Protesters", "Police",
        "des manifestants vêtus de noir ont lancé", tags=["march", "tear_gas"], inj=9, arr=54,
        attr=["préfecture de police"]),
     ev("VD", prev(P, "thu"), "day", "FR", "Pays de la Loire", "Nantes", "Protesters", None,
        "des vitrines ont été brisées", tags=["march"], arr=12,
        attr=["préfecture de Loire-Atlantique"]),
     ev("PP", prev(P, "thu"), "day", "FR", "Auvergne-Rhône-Alpes", "Lyon", "Protesters", None,
        "les défilés se sont déroulés dans le calme", tags=["march"]),
     ev("PP", prev(P, "thu"), "day", "FR", "Provence-Alpes-Côte d'Azur", "Marseille", "Protesters",
        None, "les défilés se sont déroulés dans le calme", tags=["march"]),
     ev("PP", prev(P, "thu"), "day", "FR", "Occitanie", "Toulouse", "Protesters", None,
        "les défilés se sont déroulés dans le calme", tags=["march"]),
     ev("PP", rng(prev(P, "tue"), P), "range", "FR", "Bretagne", "Rennes", "Protesters", None,
        "des étudiants bloquent depuis mardi l'accès")],
    [ta("arrested", 117, prev(P, "thu"), "arrests across France on the 1 October day of protest", "ministère de l'Intérieur"),
     ta("injured", 24, prev(P, "thu"), "police and gendarmes injured across France on 1 October", "ministère de l'Intérieur")]))

P = "2023-06-13"  # mardi
D.append(doc("f026", "fr", P, """Burkina: attaque meurtrière contre le détachement de Titao

OUAGADOUGOU — Des hommes armés ont attaqué dimanche matin le détachement militaire de Titao, dans la région du Nord, tuant huit soldats et six Volontaires pour la défense de la patrie (VDP), a indiqué l'état-major général des armées, selon lequel «plusieurs dizaines de terroristes ont été neutralisés». Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué l'attaque.

En représailles, des frappes aériennes de l'armée ont visé lundi des positions du JNIM dans la forêt proche de Titao, selon la même source, qui n'a pas donné de bilan.

Le même jour, un engin explosif a frappé un car de transport près de Pissila, dans la région du Centre-Nord, faisant cinq morts parmi les passagers selon une source sécuritaire; un élu local parle de neuf morts.

Samedi, plusieurs centaines de femmes avaient manifesté à Titao pour réclamer la réouverture de la route de ravitaillement, coupée depuis des mois.

Selon un décompte de l'AFP, plus de 150 soldats et VDP ont été tués depuis le début de l'année.

Le Burkina Faso est confronté depuis 2015 aux violences jihadistes, qui ont fait des milliers de morts et plus de deux millions de déplacés.""",
    [ev("AC", prev(P, "sun"), "day", "BF", "Nord", "Titao", "Groupe de soutien à l'islam et aux musulmans",
        "Military", "Des hommes armés ont attaqué dimanche matin", fat=14,
        attr=["état-major général des armées"]),
     ev("AIR", prev(P, "mon"), "day", "BF", "Nord", "Titao", "Military",
        "Groupe de soutien à l'islam et aux musulmans", "des frappes aériennes de l'armée ont visé"),
     ev("IED", prev(P, "mon"), "day", "BF", "Centre-Nord", "Pissila", None, "Civilians",
        "un engin explosif a frappé un car", fat=5, lo=5, hi=9,
        attr=["source sécuritaire", "élu local"]),
     ev("PP", prev(P, "sat"), "day", "BF", "Nord", "Titao", "Protesters", None,
        "plusieurs centaines de femmes avaient manifesté")],
    [ta("deaths", 150, P, "soldiers and VDP killed in Burkina Faso since the start of the year", "AFP")]))

P = "2025-02-27"  # jeudi
D.append(doc("f027", "fr", P, """RDC: le M23 prend Kamanyola, des obus tombent sur un camp de déplacés

GOMA — Les rebelles du M23 se sont emparés mardi de Kamanyola, dans la province du Sud-Kivu, après deux jours de combats avec les Forces armées de la RDC (FARDC) et les miliciens wazalendo, selon des sources locales.

Mercredi, des obus tirés depuis des positions du M23 sont tombés sur le camp de déplacés de Bulengo, à l'ouest de Goma, tuant six personnes, selon le Haut-Commissariat des Nations unies pour les réfugiés (HCR). Le M23 a rejeté toute responsabilité.

À Uvira, des jeunes ont manifesté jeudi contre «l'inaction» des autorités; la police a tiré en l'air et dispersé la foule à coups de gaz lacrymogènes, interpellant quinze personnes, a appris l'AFP de sources policières.

En Ituri, des miliciens de la Coopérative pour le développement du Congo (CODECO) ont enlevé lundi une dizaine de civils près de Djugu, selon la société civile locale.

Le gouverneur militaire du Nord-Kivu a décrété mercredi un couvre-feu de 20h à 5h à Butembo.

Plus de 3 000 personnes ont été tuées dans l'est du pays depuis janvier, selon l'ONU.

Kinshasa et l'ONU accusent le Rwanda de soutenir le M23, ce que Kigali dément.

Lire aussi: Qui sont les wazalendo?""",
    [ev("NSO", prev(P, "tue"), "day", "CD", "Sud-Kivu", "Kamanyola", "M23", "FARDC",
        "se sont emparés mardi de Kamanyola"),
     ev("SHL", prev(P, "wed"), "day", "CD", "Nord-Kivu", "Bulengo", "M23", "Civilians",
        "des obus tirés depuis des positions", fat=6,
        attr=["Haut-Commissariat des Nations unies pour les réfugiés"]),
     ev("PI", P, "day", "CD", "Sud-Kivu", "Uvira", "Protesters", "Police",
        "des jeunes ont manifesté jeudi contre", tags=["tear_gas"], arr=15,
        attr=["sources policières"]),
     ev("ABD", prev(P, "mon"), "day", "CD", "Ituri", "Djugu",
        "Coopérative pour le développement du Congo", "Civilians",
        "ont enlevé lundi une dizaine de civils"),
     ev("OTH", prev(P, "wed"), "day", "CD", "Nord-Kivu", "Butembo", "Gouverneur militaire du Nord-Kivu",
        None, "a décrété mercredi un couvre-feu", tags=["curfew"])],
    [ta("deaths", 3000, P, "people killed in eastern DR Congo since January", "ONU")]))

D.append(doc("f028", "fr", "2026-11-10", """Retraites: les syndicats menacent d'une grève reconductible

PARIS — Les huit principaux syndicats ont averti mardi qu'ils appelleraient à une grève reconductible dans les transports et l'énergie «dès la fin novembre» si le gouvernement maintenait le recul de l'âge de départ à la retraite dans son projet de budget.

«Nous sommes prêts à bloquer le pays», a lancé la secrétaire générale de la CGT, Sophie Lemarchand, à l'issue d'une réunion de l'intersyndicale à Montreuil. Une première journée de manifestations pourrait être organisée le 27 novembre, a-t-elle précisé, sans confirmer la date.

Le ministre du Travail a jugé ces menaces «irresponsables» et proposé une nouvelle réunion la semaine prochaine. Le ministre de l'Intérieur a, lui, mis en garde contre «tout débordement», rappelant les violences qui avaient émaillé plusieurs cortèges lors du précédent mouvement social.

Les syndicats de la SNCF et de la RATP consulteront leurs adhérents d'ici à vendredi. Les organisations patronales ont dénoncé une «prise d'otages» des usagers et demandé un service minimum garanti.

Selon un sondage publié dimanche, 61 % des Français soutiennent le mouvement.

Le projet de budget doit être examiné en séance à l'Assemblée nationale à partir du 24 novembre.

Réagissez à cet article"""))

P = "2026-07-04"  # samedi
D.append(doc("f029", "fr", P, """Togo: au moins un mort à Lomé, marche dispersée à Sokodé

LOMÉ — Une personne au moins a été tuée jeudi à Lomé lors de manifestations contre la réforme constitutionnelle, selon le gouvernement. La coalition d'opposition Dynamique pour la majorité du peuple (DMP) fait état de trois morts. Dans le quartier de Bè, des jeunes ont érigé des barricades et lancé des pierres sur les forces de l'ordre, qui ont tiré des gaz lacrymogènes.

À Sokodé, une marche pacifique de plusieurs centaines de personnes a été dispersée par les gendarmes le même jour.

Amnesty International fait état de douze arrestations de militants de la société civile à leur domicile dans la nuit de mercredi à jeudi à Lomé.

Le procureur de la République a annoncé vendredi l'ouverture d'une enquête sur les violences de jeudi à Lomé.

Depuis le début du mois de juin, la DMP recense sept morts lors des manifestations.

Le gouvernement accuse l'opposition de «vouloir mettre le pays à feu et à sang» et a promis de nouvelles consultations. Les évêques du Togo ont appelé au dialogue.

Partager sur Facebook""",
    [ev("VD", prev(P, "thu"), "day", "TG", "Maritime", "Lomé", "Protesters", "Police",
        "des jeunes ont érigé des barricades", tags=["tear_gas"], fat=1, lo=1, hi=3,
        attr=["gouvernement", "Dynamique pour la majorité du peuple"]),
     ev("PI", prev(P, "thu"), "day", "TG", "Centrale", "Sokodé", "Protesters", "Gendarmerie",
        "une marche pacifique de plusieurs centaines", tags=["march"]),
     ev("ARR", rng(prev(P, "wed"), prev(P, "thu")), "range", "TG", "Maritime", "Lomé", None, None,
        "douze arrestations de militants de la société", arr=12,
        attr=["Amnesty International"]),
     ev("OTH", prev(P, "fri"), "day", "TG", "Maritime", "Lomé", "Procureur de la République", None,
        "l'ouverture d'une enquête sur les violences", tags=["investigation"])],
    [ta("deaths", 7, P, "deaths at protests in Togo since the start of June", "Dynamique pour la majorité du peuple")]))

P = "2025-04-05"  # samedi
D.append(doc("f030", "fr", P, """Haïti: Kenscoff attaqué, religieuses enlevées à Mirebalais

PORT-AU-PRINCE — Des membres de la coalition de gangs Viv Ansanm ont attaqué dans la nuit de mercredi à jeudi la commune de Kenscoff, sur les hauteurs de Port-au-Prince, incendiant des maisons et tuant au moins huit habitants, selon la mairie.

Jeudi matin, la Police nationale d'Haïti (PNH), appuyée par les Forces armées d'Haïti (FAd'H), a affronté les assaillants pendant plusieurs heures à l'entrée de la commune. Deux policiers ont été blessés.

Vendredi, une frappe de drone menée par la police a visé un repaire de gang à Croix-des-Bouquets, tuant six membres du gang, selon la primature.

Jeudi également, plusieurs centaines d'habitants ont manifesté devant la primature, à Port-au-Prince, pour exiger la sécurité; la police a dispersé le rassemblement à coups de gaz lacrymogènes.

Samedi dernier, des bandits armés ont enlevé cinq religieuses et leur chauffeur à Mirebalais, dans le département du Centre.

Selon l'ONU, 1 617 personnes ont été tuées en Haïti au premier trimestre.

Plus d'un million d'Haïtiens ont été déplacés par la violence des gangs.""",
    [ev("ATT", rng(prev(P, "wed"), prev(P, "thu")), "range", "HT", "Ouest", "Kenscoff",
        "Viv Ansanm", "Civilians", "tuant au moins huit habitants", fat=8, attr=["mairie"]),
     ev("AC", prev(P, "thu"), "day", "HT", "Ouest", "Kenscoff", "Security forces", "Viv Ansanm",
        "a affronté les assaillants pendant plusieurs heures", inj=2),
     ev("AIR", prev(P, "fri"), "day", "HT", "Ouest", "Croix-des-Bouquets", "Police",
        "Unidentified armed group", "une frappe de drone menée par la police", fat=6,
        attr=["primature"]),
     ev("PI", prev(P, "thu"), "day", "HT", "Ouest", "Port-au-Prince", "Protesters", "Police",
        "plusieurs centaines d'habitants ont manifesté devant", tags=["tear_gas"]),
     ev("ABD", prev(P, "sat"), "day", "HT", "Centre", "Mirebalais", "Unidentified armed group",
        "Civilians", "des bandits armés ont enlevé cinq religieuses")],
    [ta("deaths", 1617, "2025-03", "people killed in Haiti in the first quarter of the year", "ONU")]))

P = "2022-07-30"  # samedi
D.append(doc("f031", "fr", P, """Guinée: deux morts à Conakry, un responsable des Forces vives arrêté

CONAKRY — Deux jeunes ont été tués par balles jeudi à Conakry lors de manifestations à l'appel des Forces vives de Guinée (FVG), selon la coalition; le gouvernement reconnaît un mort. Sur l'axe Hamdallaye–Bambeto, dans la commune de Ratoma, des jeunes ont érigé des barricades et affronté les forces de l'ordre à coups de pierres.

À Labé, dans le nord du pays, les commerçants ont observé une journée «ville morte» à l'appel de la coalition.

Le ministère de la Sécurité a annoncé l'interpellation de 31 personnes à Conakry jeudi.

Vendredi, le procureur général près la cour d'appel de Conakry a ordonné des poursuites contre trois responsables des FVG pour «participation à un attroupement illégal». L'un d'eux a été arrêté vendredi soir par des gendarmes à son domicile de Kipé, dans la commune de Ratoma, selon sa famille.

Depuis 2021, au moins 47 personnes ont été tuées lors de manifestations dans le pays, selon Amnesty International.

La junte a interdit toute manifestation sur la voie publique depuis mai. Les FVG ont annoncé une nouvelle journée de mobilisation pour le 4 août.

Recevez nos alertes par e-mail""",
    [ev("VD", prev(P, "thu"), "day", "GN", "Conakry", "Ratoma", "Protesters", "Police",
        "des jeunes ont érigé des barricades et affronté", fat=1, lo=1, hi=2,
        attr=["Forces vives de Guinée", "gouvernement"]),
     ev("PP", prev(P, "thu"), "day", "GN", "Labé", "Labé", "Protesters", None,
        "observé une journée «ville morte»", tags=["strike"]),
     ev("OTH", prev(P, "fri"), "day", "GN", "Conakry", "Conakry", "Procureur général", "Forces vives de Guinée",
        "a ordonné des poursuites contre trois responsables", tags=["investigation"]),
     ev("ARR", prev(P, "fri"), "day", "GN", "Conakry", "Ratoma", "Gendarmerie", "Forces vives de Guinée",
        "L'un d'eux a été arrêté vendredi soir", arr=1, attr=["famille"])],
    [ta("arrested", 31, prev(P, "thu"), "people arrested in Conakry on 28 July", "ministère de la Sécurité"),
     ta("deaths", 47, P, "people killed at protests in Guinea since 2021", "Amnesty International")]))

P = "2021-09-22"  # mercredi
D.append(doc("f032", "fr", P, """Cameroun anglophone: deux gendarmes tués à Bali, quatre civils abattus à Muyuka

BAMENDA — Des combattants des Ambazonia Defence Forces (ADF), un groupe séparatiste, ont attaqué samedi un poste de contrôle de la gendarmerie à Bali, dans la région du Nord-Ouest, tuant deux gendarmes, a indiqué une source sécuritaire.

Le lendemain, un engin explosif improvisé a explosé au passage d'un convoi militaire sur la route entre Bamenda et Bafut, blessant trois soldats.

Dimanche également, des militaires ont abattu quatre civils, dont une femme âgée, dans un quartier de Muyuka, dans la région du Sud-Ouest, selon des témoins cités par l'organisation Centre for Human Rights and Democracy in Africa. L'armée affirme avoir «neutralisé quatre terroristes».

Mardi, des hommes armés ont enlevé le maire de Batibo et son adjoint à la sortie de la mairie.

Le conflit dans les deux régions anglophones a fait plus de 6 000 morts depuis 2017, selon l'International Crisis Group.

Les écoles de la région restent largement fermées, malgré les appels du gouvernement à la reprise des cours.

Suivez-nous sur Twitter""",
    [ev("AC", prev(P, "sat"), "day", "CM", "Nord-Ouest", "Bali", "Ambazonia Defence Forces",
        "Gendarmerie", "ont attaqué samedi un poste de contrôle", fat=2,
        attr=["source sécuritaire"]),
     ev("IED", prev(P, "sun"), "day", "CM", "Nord-Ouest", "Bamenda", None, "Military",
        "un engin explosif improvisé a explosé", inj=3),
     ev("ATT", prev(P, "sun"), "day", "CM", "Sud-Ouest", "Muyuka", "Military", "Civilians",
        "des militaires ont abattu quatre civils", fat=4,
        attr=["témoins"]),
     ev("ABD", prev(P, "tue"), "day", "CM", "Nord-Ouest", "Batibo", "Unidentified armed group",
        "Civilians", "des hommes armés ont enlevé le maire")],
    [ta("deaths", 6000, P, "deaths in the conflict in Cameroon's anglophone regions since 2017", "International Crisis Group")]))
