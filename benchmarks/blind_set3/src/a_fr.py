from common import ev, ta, doc, prev, shift, rng

D = []
P = "2018-04-14"  # samedi
D.append(doc("e049", "fr", P, """Les forces de l'ordre ont évacué jeudi matin une centaine d'étudiants qui occupaient depuis trois semaines un amphithéâtre de l'université Rennes 2 pour protester contre la réforme de l'accès à l'université. Huit personnes ont été interpellées, selon la préfecture d'Ille-et-Vilaine.""",
    [ev("PI", prev(P, "thu"), "day", "FR", "Bretagne", "Rennes", "Protesters", "Police",
        "Les forces de l'ordre ont évacué jeudi matin", tags=["occupation"], arr=8,
        attr=["préfecture d'Ille-et-Vilaine"])]))

P = "2022-10-21"  # vendredi
D.append(doc("e050", "fr", P, """N'DJAMENA — Au moins cinq manifestants ont été tués par balles jeudi à N'Djamena lors d'une marche de l'opposition contre la prolongation de la transition, selon la Ligue tchadienne des droits de l'homme (LTDH). Le gouvernement évoque pour sa part deux morts. Depuis avril, la LTDH recense quatorze manifestants tués dans le pays.""",
    [ev("EF", prev(P, "thu"), "day", "TD", "N'Djamena", "N'Djamena", "Protesters", None,
        "Au moins cinq manifestants ont été tués", tags=["march"], fat=2, lo=2, hi=5,
        attr=["Ligue tchadienne des droits de l'homme", "gouvernement"])],
    [ta("deaths", 14, P, "protesters killed in Chad since April", "Ligue tchadienne des droits de l'homme")]))

P = "2025-09-26"  # vendredi
D.append(doc("e051", "fr", P, """Des manifestants ont incendié des pneus et jeté des pierres sur les forces de l'ordre mercredi à Antananarivo pour dénoncer les délestages d'eau et d'électricité. La gendarmerie a fait état de douze blessés dans ses rangs.""",
    [ev("VD", prev(P, "wed"), "day", "MG", "Analamanga", "Antananarivo", "Protesters", "Police",
        "jeté des pierres sur les forces de l'ordre", inj=12, attr=["gendarmerie"])]))

P = "2023-06-12"  # lundi
D.append(doc("e052", "fr", P, """Un homme accusé de sorcellerie a été lynché par une foule en colère dimanche dans un quartier de Butembo, au Nord-Kivu, a indiqué la police locale, qui dit n'être arrivée sur les lieux qu'après sa mort.""",
    [ev("MV", prev(P, "sun"), "day", "CD", "Nord-Kivu", "Butembo", "Rioters", "Civilians",
        "a été lynché par une foule en colère", fat=1, attr=["police locale"])]))

P = "2024-03-04"  # lundi
D.append(doc("e053", "fr", P, """Les Forces armées de la République démocratique du Congo (FARDC), appuyées par des miliciens wazalendo, ont repris samedi la localité de Nyabiondo, dans le territoire de Masisi, après deux jours de combats contre les rebelles du M23, a annoncé le porte-parole de l'armée au Nord-Kivu.""",
    [ev("GRT", prev(P, "sat"), "day", "CD", "Nord-Kivu", "Nyabiondo", "FARDC", "M23",
        "ont repris samedi la localité de Nyabiondo")]))

P = "2024-08-22"  # jeudi
D.append(doc("e054", "fr", P, """Les rebelles du Front de libération de l'Azawad (FLA) se sont emparés mardi du camp militaire de Léré, dans la région de Tombouctou, après plusieurs heures de combats avec l'armée malienne, selon des sources locales et sécuritaires. Le bilan n'était pas connu.""",
    [ev("NSO", prev(P, "tue"), "day", "ML", "Tombouctou", "Léré", "Front de libération de l'Azawad",
        "Military", "se sont emparés mardi du camp militaire")]))

P = "2023-03-22"  # mercredi
D.append(doc("e055", "fr", P, """Une frappe aérienne de l'armée nigérienne a tué une vingtaine de civils lundi dans un village proche de Banibangou, dans la région de Tillabéri, selon des sources locales. L'armée affirme avoir visé un rassemblement de jihadistes.""",
    [ev("AIR", prev(P, "mon"), "day", "NE", "Tillabéri", "Banibangou", "Military", "Civilians",
        "Une frappe aérienne de l'armée nigérienne", fat=20, attr=["sources locales"])]))

P = "2019-11-09"  # samedi
D.append(doc("e056", "fr", P, """Quatre soldats maliens ont été tués et deux autres blessés jeudi lorsque leur véhicule a sauté sur un engin explosif improvisé entre Boni et Hombori, a indiqué une source sécuritaire.""",
    [ev("IED", prev(P, "thu"), "day", "ML", "Mopti", "Boni", None, "Military",
        "a sauté sur un engin explosif improvisé", fat=4, inj=2,
        attr=["source sécuritaire"])]))

D.append(doc("e057", "fr", None, """Une femme kamikaze s'est fait exploser vendredi matin dans le marché de Mora, dans la région de l'Extrême-Nord du Cameroun, tuant six civils, selon le maire de la ville. L'attentat n'a pas été revendiqué.""",
    [ev("SUI", None, "unknown", "CM", "Extrême-Nord", "Mora", "Unidentified armed group",
        "Civilians", "Une femme kamikaze s'est fait exploser", fat=6, attr=["maire"])]))

P = "2023-08-14"  # lundi
D.append(doc("e058", "fr", P, """Des membres du gang Gran Grif ont tué au moins onze habitants samedi à Petite-Rivière-de-l'Artibonite, selon la police. La Commission épiscopale Justice et Paix parle de dix-huit morts et de plusieurs maisons incendiées.""",
    [ev("ATT", prev(P, "sat"), "day", "HT", "Artibonite", "Petite-Rivière-de-l'Artibonite",
        "Gran Grif", "Civilians", "ont tué au moins onze habitants samedi", fat=11, lo=11,
        hi=18, attr=["police", "Commission épiscopale Justice et Paix"])]))

P = "2022-05-25"  # mercredi
D.append(doc("e059", "fr", P, """Des hommes armés présentés comme des séparatistes ont enlevé un prêtre et deux catéchistes dans une paroisse de Bamenda, dans la région du Nord-Ouest, dans la nuit de lundi à mardi, a indiqué le diocèse.""",
    [ev("ABD", rng(prev(P, "mon"), prev(P, "tue")), "range", "CM", "Nord-Ouest", "Bamenda",
        "Unidentified armed group", "Civilians", "ont enlevé un prêtre et deux catéchistes")]))

P = "2023-02-13"  # lundi
D.append(doc("e060", "fr", P, """Les forces de sécurité ont arrêté samedi soir à Tunis Karim Ferjani, un cadre de l'Union générale tunisienne du travail (UGTT) qui avait mené les grèves des agents des autoroutes, a indiqué son avocat. Deux autres syndicalistes ont été interpellés dimanche à Sfax, selon la même source.""",
    [ev("ARR", prev(P, "sat"), "day", "TN", "Tunis", "Tunis", "Security forces",
        "Union générale tunisienne du travail", "ont arrêté samedi soir à Tunis", arr=1,
        attr=["avocat"]),
     ev("ARR", prev(P, "sun"), "day", "TN", "Sfax", "Sfax", None,
        "Union générale tunisienne du travail", "Deux autres syndicalistes ont été interpellés",
        arr=2, attr=["avocat"])]))

P = "2021-04-19"
D.append(doc("e061", "fr", P, """Des combattants du Groupe de soutien à l'islam et aux musulmans (JNIM) ont établi un camp au début du mois près de Diafarabé, dans le cercle de Ténenkou, région de Mopti, selon des habitants qui disent avoir vu arriver une cinquantaine de motos.""",
    [ev("HQ", "2021-04", "month", "ML", "Mopti", "Diafarabé",
        "Groupe de soutien à l'islam et aux musulmans", None, "ont établi un camp au début du mois")]))

P = "2023-10-10"  # mardi
D.append(doc("e062", "fr", P, """Les Casques bleus de la Mission des Nations unies au Mali (MINUSMA) ont remis lundi leur camp d'Ansongo, dans la région de Gao, aux Forces armées maliennes (FAMa), sans incident, a indiqué la mission dans un communiqué.""",
    [ev("NVT", prev(P, "mon"), "day", "ML", "Gao", "Ansongo", "FAMa", "MINUSMA",
        "ont remis lundi leur camp d'Ansongo")]))

P = "2024-05-19"  # dimanche
D.append(doc("e063", "fr", P, """Le haut-commissaire de la République en Nouvelle-Calédonie a instauré samedi un couvre-feu de 18 heures à 6 heures sur l'agglomération de Nouméa et prolongé l'interdiction des rassemblements, en raison des violences qui secouent l'archipel depuis lundi.""",
    [ev("OTH", prev(P, "sat"), "day", "NC", "Province Sud", "Nouméa",
        "Haut-commissaire de la République", None, "a instauré samedi un couvre-feu",
        tags=["curfew"])]))

D.append(doc("e064", "fr", "2025-01-08", """«La Nuit des barricades», le nouveau roman d'Hélène Vasseur, raconte une insurrection imaginaire à Lyon en 2031: des émeutiers incendient la préfecture, l'armée tire sur la foule et un couvre-feu est décrété. L'autrice dit s'être inspirée de ses cauchemars plus que de l'actualité."""))
