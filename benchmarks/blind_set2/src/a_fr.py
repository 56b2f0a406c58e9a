from common import D, E, T

D("c052", "fr", "2019-06-26", """Plusieurs centaines de dockers du port de Toamasina ont observé mardi une grève de 24 heures pour réclamer le paiement de primes en retard, paralysant le déchargement des navires.""",
  [E("PP", "2019-06-25", "day", "MG", "Atsinanana", "Toamasina", "Protesters", None,
     "ont observé mardi une grève de 24 heures", tags=["strike"])])

D("c053", "fr", "2018-03-07", """Togo : heurts à Sokodé
Des manifestants ont érigé des barricades et jeté des pierres sur la police lundi à Sokodé, au lendemain de l'arrestation d'un imam de la ville. Selon la police, quatre agents ont été blessés ; l'opposition parle de « dizaines » de manifestants blessés.""",
  [E("VD", "2018-03-05", "day", "TG", "Centrale", "Sokodé", "Protesters", "Police",
     "Des manifestants ont érigé des barricades et jeté", inj=4, attr=["police", "opposition"]),
   E("ARR", "2018-03-04", "day", "TG", "Centrale", "Sokodé", None, None,
     "au lendemain de l'arrestation d'un imam", arr=1)])

D("c054", "fr", "2023-05-10", """Deux hommes présentés comme des membres d'un gang ont été lapidés puis brûlés par une foule dans un quartier des Gonaïves, dans la nuit de dimanche à lundi. Ils ont été tués sur le coup, a rapporté une radio locale.""",
  [E("MV", "2023-05-07/2023-05-08", "range", "HT", "Artibonite", "Gonaïves", "Rioters", "Civilians",
     "ont été lapidés puis brûlés par une foule", fat=2, attr=["radio locale"])])

D("c055", "fr", "2019-01-16", """L'armée camerounaise a attaqué mardi un camp des Ambazonia Defence Forces (ADF) près de Ndop, dans la région du Nord-Ouest. Une source militaire fait état de six séparatistes tués ; les ADF affirment n'avoir perdu que deux hommes.""",
  [E("AC", "2019-01-15", "day", "CM", "Nord-Ouest", "Ndop", "Military", "Ambazonia Defence Forces",
     "L'armée camerounaise a attaqué mardi un camp", fat=2, lo=2, hi=6,
     attr=["source militaire", "ADF"])])

D("c056", "fr", "2021-09-22", """L'armée tchadienne a repris dimanche le contrôle de la localité de Ngouboua, dans la province du Lac, tenue par Boko Haram depuis plusieurs semaines, au terme de violents combats. Au moins vingt combattants jihadistes ont été tués, selon l'état-major.""",
  [E("GR", "2021-09-19", "day", "TD", "Lac", "Ngouboua", "Military", "Boko Haram",
     "a repris dimanche le contrôle de la localité", fat=20, attr=["état-major"])])

D("c057", "fr", "2024-11-06", """Les rebelles du M23 se sont emparés mardi de la cité de Kirumba, dans le territoire de Lubero (Nord-Kivu), après plusieurs heures d'affrontements avec les Forces armées de la RDC (FARDC), selon la société civile locale.""",
  [E("NS", "2024-11-05", "day", "CD", "Nord-Kivu", "Kirumba", "M23", "Military",
     "se sont emparés mardi de la cité")])

D("c058", "fr", "2022-02-16", """Une frappe aérienne de l'armée nigérienne a « neutralisé » une quarantaine de combattants de l'État islamique au Sahel (EIS) près de Banibangou, dans la région de Tillabéri, lundi, selon le ministère de la Défense.""",
  [E("AIR", "2022-02-14", "day", "NE", "Tillabéri", "Banibangou", "Military", "Islamic State Sahel",
     "Une frappe aérienne de l'armée nigérienne", fat=40, attr=["ministère de la Défense"])])

D("c059", "fr", None, """Trois soldats ont été tués et deux autres blessés lorsque leur véhicule a sauté sur un engin explosif improvisé à une quinzaine de kilomètres de Diffa, mardi matin, a indiqué une source sécuritaire.""",
  [E("IED", None, "unknown", "NE", "Diffa", "Diffa", None, "Military",
     "leur véhicule a sauté sur un engin explosif", fat=3, inj=2, attr=["source sécuritaire"])])

D("c060", "fr", "2020-01-15", """Un kamikaze s'est fait exploser à l'entrée d'un restaurant fréquenté par des fonctionnaires à Mogadiscio mardi soir, tuant au moins sept personnes, selon la police. L'attentat a été revendiqué par les shebab.""",
  [E("SB", "2020-01-14", "day", "SO", "Banadir", "Mogadishu", "Al-Shabaab", "Civilians",
     "Un kamikaze s'est fait exploser à l'entrée", fat=7, attr=["police"])])

D("c061", "fr", "2017-03-08", """Sept soldats irakiens ont été intoxiqués lundi dans l'ouest de Mossoul par des obus chargés de chlore tirés par le groupe État islamique (EI), a affirmé un commandant de la police fédérale.""",
  [E("CW", "2017-03-06", "day", "IQ", "Nineveh", "Mosul", "Islamic State", "Military",
     "par des obus chargés de chlore", inj=7, attr=["commandant"])])

D("c062", "fr", "2022-03-23", """Cinq employés d'une ONG ont été enlevés par des hommes armés lundi à Croix-des-Bouquets, au nord-est de Port-au-Prince, a annoncé leur organisation, qui dit avoir été contactée par les ravisseurs.""",
  [E("ABD", "2022-03-21", "day", "HT", "Ouest", "Croix-des-Bouquets", "Unidentified armed group", "Civilians",
     "Cinq employés d'une ONG ont été enlevés")])

D("c063", "fr", "2018-02-01", """Bénin : le SNES suspend son mot d'ordre
Le Syndicat national des enseignants du secondaire (SNES) a suspendu mercredi à Cotonou son mot d'ordre de grève, après la promesse du gouvernement de rouvrir les négociations salariales.""",
  [E("CHG", "2018-01-31", "day", "BJ", "Littoral", "Cotonou", "SNES", None,
     "a suspendu mercredi à Cotonou son mot")])

D("c064", "fr", "2021-12-08", """Des combattants du Groupe de soutien à l'islam et aux musulmans (JNIM) ont installé un camp dans le parc W, dans le nord du Bénin, au cours du mois de novembre, selon des sources sécuritaires béninoises.""",
  [E("HQ", "2021-11", "month", "BJ", "Alibori", "Parc W", "JNIM", None,
     "ont installé un camp dans le parc W")])

D("c065", "fr", "2021-03-03", """Les combattants de la Coalition des patriotes pour le changement (CPC) ont quitté la ville de Kaga-Bandoro dans la nuit de samedi à dimanche, et les Forces armées centrafricaines (FACA) y sont entrées dimanche sans rencontrer de résistance, a indiqué le porte-parole du gouvernement.""",
  [E("NVT", "2021-02-28", "day", "CF", "Nana-Grébizi", "Kaga-Bandoro", "Military", "CPC",
     "y sont entrées dimanche sans rencontrer de résistance")])

D("c066", "fr", "2024-08-14", """Le gouverneur de la région de l'Extrême-Nord a instauré mardi un couvre-feu de 20 heures à 6 heures à Kousséri, après des pillages de boutiques lundi soir dans le centre-ville.""",
  [E("OTH", "2024-08-13", "day", "CM", "Extrême-Nord", "Kousséri", "Government of Cameroon", None,
     "a instauré mardi un couvre-feu", tags=["curfew"]),
   E("MV", "2024-08-12", "day", "CM", "Extrême-Nord", "Kousséri", "Rioters", None,
     "après des pillages de boutiques lundi soir")])

D("c067", "fr", "2020-06-17", """Des soldats ont abattu trois civils, dont une femme âgée, lors d'une opération de ratissage à Kumbo, dans le Nord-Ouest, samedi, selon des sources locales. L'armée affirme que les victimes étaient des séparatistes armés.""",
  [E("ATT", "2020-06-13", "day", "CM", "Nord-Ouest", "Kumbo", "Military", "Civilians",
     "Des soldats ont abattu trois civils", fat=3, attr=["sources locales"])])

D("c068", "fr", "2023-09-20", """Un exercice simulant une attaque terroriste dans une gare a mobilisé près de 300 pompiers, policiers et secouristes mardi soir à Lausanne. « Le scénario prévoyait une vingtaine de blessés graves », a expliqué le commandant de l'exercice, Pascal Vuilleumier.""")
