"""French articles n017-n024 (blind set 6). Texts written for this set; gold beside each."""
from common import doc, ev, tally, prev, rng

DOCS = []

# ---------------------------------------------------------------- n017 France
P = "2026-10-02"  # vendredi
THU = prev(P, "thu")
DOCS.append(doc("n017", "fr", P, """
Budget : journée de grève et de manifestations, heurts à Nantes

PARIS — Des centaines de milliers de personnes ont défilé jeudi dans toute la France à l'appel de l'intersyndicale contre le projet de budget, lors d'une journée de grève marquée par des heurts à Nantes et des dispersions à Lyon.

À Paris, le cortège est parti de la place d'Italie en début d'après-midi et a rejoint les Invalides sans incident notable. La préfecture de police a compté 48 000 manifestants, la CGT 160 000.

À Nantes, des heurts ont éclaté en fin de cortège : des groupes vêtus de noir ont lancé des projectiles sur les forces de l'ordre et brisé des vitrines de banques cours des 50-Otages. Quatorze personnes ont été interpellées, a indiqué la préfecture à l'AFP.

À Lyon, les policiers ont fait usage de gaz lacrymogène pour disperser un rassemblement non déclaré de plusieurs centaines de jeunes place Bellecour, en fin de journée. Six personnes ont été interpellées, selon une source policière.

Dès l'aube, des lycéens et des étudiants avaient bloqué la rocade de Rennes pendant près de deux heures, sans intervention des forces de l'ordre.

Jeudi soir, le ministère de l'Intérieur a fait état de 212 interpellations dans tout le pays et de 37 policiers et gendarmes blessés.

Les syndicats, qui revendiquent plus d'un million de manifestants, doivent se réunir lundi pour décider des suites du mouvement. Le gouvernement, de son côté, exclut de retirer le texte, dont l'examen commence à l'Assemblée nationale le 13 octobre.

Dans les transports, le trafic était très perturbé : seul un TGV sur deux circulait, selon la SNCF.
""", [
    ev("PEACE", THU, "FR", "Île-de-France", "Paris", "Protesters", None,
       "le cortège est parti de la place", tags=["march", "strike"]),
    ev("VIOLDEM", THU, "FR", "Pays de la Loire", "Nantes", "Protesters", "Police",
       "des heurts ont éclaté en fin de", tags=["march"], arr=14, attr=["préfecture", "AFP"]),
    ev("INTERV", THU, "FR", "Auvergne-Rhône-Alpes", "Lyon", "Protesters", "Police",
       "les policiers ont fait usage de gaz", tags=["tear_gas"], arr=6, attr=["source policière"]),
    ev("PEACE", THU, "FR", "Bretagne", "Rennes", "Protesters", None,
       "avaient bloqué la rocade de Rennes", tags=["road_blockade"]),
], [
    tally("arrested", 212, THU, "arrests across France during the strike day against the budget",
          "ministère de l'Intérieur"),
    tally("injured", 37, THU, "police officers and gendarmes injured across France during the strike day",
          "ministère de l'Intérieur"),
]))

# ---------------------------------------------------------------- n018 Tchad
P = "2025-01-13"  # lundi
SAT = prev(P, "sat")
FRI = prev(P, "fri")
NIGHT = rng(prev(P, "wed"), prev(P, "thu"))
DOCS.append(doc("n018", "fr", P, """
Tchad : l'armée française quitte Abéché, Boko Haram frappe dans le Lac

N'DJAMENA — Les forces françaises ont remis samedi la base d'Abéché, dans l'est du pays, à l'armée tchadienne, au terme d'un retrait décidé par N'Djamena qui a mis fin en novembre aux accords de coopération de défense avec Paris.

Lors d'une cérémonie sobre, le drapeau français a été descendu et les clés des installations remises au commandant de la zone militaire. Il ne reste plus qu'une emprise française, à N'Djamena, dont le départ est prévu d'ici la fin du mois.

Dans la province du Lac, des combattants de Boko Haram ont attaqué une position de l'armée à Ngouboua dans la nuit de mercredi à jeudi. Six soldats et 18 assaillants ont été tués, selon l'état-major, qui affirme avoir repoussé l'attaque.

En représailles, l'aviation tchadienne a bombardé vendredi des positions du groupe sur des îles proches de Kaïga Kindjiria. Aucun bilan n'a été communiqué.

Depuis le lancement fin octobre de l'opération Haskanite, 240 combattants jihadistes ont été tués, selon l'armée, qui ne donne pas le nombre de ses propres pertes.

Les analystes estiment que le départ des Français prive l'armée tchadienne de renseignement aérien dans une région où les groupes armés se déplacent facilement entre le Tchad, le Nigeria, le Niger et le Cameroun.

Le président Mahamat Idriss Déby a affirmé lors de ses vœux que le pays était « capable d'assurer seul sa sécurité ».
""", [
    ev("TRANSFER", SAT, "TD", "Ouaddaï", "Abéché", "Military of France", "Military of Chad",
       "ont remis samedi la base d'Abéché"),
    ev("CLASH", NIGHT, "TD", "Lac", "Ngouboua", "Boko Haram", "Military of Chad",
       "ont attaqué une position de l'armée", fat=24, attr=["état-major"]),
    ev("AIR", FRI, "TD", "Lac", "Kaïga Kindjiria", "Military of Chad", "Boko Haram",
       "l'aviation tchadienne a bombardé vendredi des positions"),
], [
    tally("deaths", 240, P, "jihadist fighters killed since the start of Operation Haskanite in late October 2024",
          "armée"),
]))

# ---------------------------------------------------------------- n019 Sénégal (négatif)
P = "2025-03-14"
DOCS.append(doc("n019", "fr", P, """
Sénégal : l'Assemblée examine la loi interprétative de l'amnistie, l'opposition appelle à manifester

DAKAR — Les députés sénégalais ont entamé jeudi en commission l'examen d'une proposition de loi visant à « interpréter » l'amnistie votée l'an dernier, afin de permettre des poursuites contre les auteurs de crimes commis lors des violences politiques qui ont secoué le pays entre 2021 et 2024.

Le texte, porté par la majorité, exclut du champ de l'amnistie les actes de torture, les meurtres et les traitements inhumains. Ses partisans estiment qu'il rendra justice aux familles des victimes.

L'opposition dénonce au contraire une « loi de vengeance » destinée à viser des membres de l'ancien régime et des forces de sécurité. Un collectif de partis a appelé à un rassemblement samedi, place de la Nation, à Dakar. Le préfet n'a pas encore répondu à la demande d'autorisation.

Amnesty International et plusieurs organisations sénégalaises de défense des droits humains jugent le texte insuffisant et réclament l'abrogation pure et simple de l'amnistie. Elles rappellent que des dizaines de personnes sont mortes au cours de ces années de crise, sans qu'aucun procès n'ait eu lieu.

Le ministre de la Justice a assuré devant les journalistes que « personne ne sera poursuivi pour ses opinions » et que les enquêtes seront confiées à des juges d'instruction.

Le vote en séance plénière est prévu à la fin du mois. Avec 130 sièges sur 165, la majorité dispose des voix nécessaires pour faire adopter le texte.

Le Sénégal, longtemps présenté comme un modèle de stabilité en Afrique de l'Ouest, avait connu une crise politique sans précédent avant l'élection présidentielle de mars 2024.
""", [], []))

# ---------------------------------------------------------------- n020 Haïti
P = "2026-02-18"  # mercredi
SUN = prev(P, "sun")
MON = prev(P, "mon")
TUE = prev(P, "tue")
DOCS.append(doc("n020", "fr", P, """
Haïti : les gangs s'emparent de Lascahobas, massacre à Pont-Sondé

PORT-AU-PRINCE — La coalition de gangs Viv Ansanm a pris dimanche le contrôle de Lascahobas, dans le département du Centre, après plusieurs heures de combats avec des agents de la Police nationale d'Haïti (PNH), qui se sont repliés vers Hinche.

La ville de quelque 40 000 habitants se trouve à une vingtaine de kilomètres de Mirebalais, chef-lieu voisin tombé aux mains de la coalition en mars 2025.

Lundi, des membres du gang Gran Grif ont tué au moins douze habitants à Pont-Sondé, dans l'Artibonite, selon la PNH. Le Réseau national de défense des droits humains (RNDDH) avance pour sa part le chiffre de 20 morts, dont plusieurs enfants, et accuse les autorités d'avoir ignoré les alertes.

Le même jour, la PNH a mené une frappe de drone explosif contre un bastion du gang 400 Mawozo à Croix-des-Bouquets. L'opération aurait tué cinq membres du gang, selon des sources policières.

Mardi matin, deux religieuses ont été enlevées par des hommes armés à Delmas, dans la zone métropolitaine de Port-au-Prince. Leur congrégation a confirmé l'enlèvement sans donner de détails sur une éventuelle demande de rançon.

Selon le Bureau intégré des Nations unies en Haïti (BINUH), au moins 850 personnes ont été tuées en janvier dans les violences liées aux gangs.

Le Conseil présidentiel de transition a promis des renforts pour le Plateau central, mais la force internationale de répression des gangs reste en sous-effectif, faute de financement.
""", [
    ev("NSAOVER", SUN, "HT", "Centre", "Lascahobas", "Viv Ansanm", "Police",
       "a pris dimanche le contrôle de Lascahobas"),
    ev("NSAOVER", "2025-03", "HT", "Centre", "Mirebalais", "Viv Ansanm", None,
       "tombé aux mains de la coalition en"),
    ev("ATTACK", MON, "HT", "Artibonite", "Pont-Sondé", "Gran Grif", "Civilians",
       "ont tué au moins douze habitants à", fat=12, lo=12, hi=20,
       attr=["Police nationale d'Haïti", "Réseau national de défense des droits humains"]),
    ev("AIR", MON, "HT", "Ouest", "Croix-des-Bouquets", "Police", "400 Mawozo",
       "une frappe de drone explosif contre un", fat=5, attr=["sources policières"]),
    ev("ABDUCT", TUE, "HT", "Ouest", "Delmas", "Unidentified armed group", "Civilians",
       "deux religieuses ont été enlevées par des"),
], [
    tally("deaths", 850, "2026-01", "people killed in gang-related violence in Haiti in January 2026",
          "Bureau intégré des Nations unies en Haïti"),
]))

# ---------------------------------------------------------------- n021 RD Congo
P = "2026-06-10"  # mercredi
MON = prev(P, "mon")
SUN = prev(P, "sun")
TUE = prev(P, "tue")
LASTWEEK = rng("2026-06-01", "2026-06-07")
DOCS.append(doc("n021", "fr", P, """
Est de la RDC : grenade sur un marché d'Uvira, combats dans le Masisi

UVIRA — Trois personnes ont été tuées et quinze autres blessées lundi lorsqu'un inconnu a lancé une grenade au milieu des étals du marché central d'Uvira, dans le Sud-Kivu, a-t-on appris auprès de l'administration du territoire.

L'assaillant a pris la fuite. Les autorités locales n'ont pas désigné de responsable, mais la ville est sous tension depuis l'arrivée de milliers de déplacés fuyant l'avancée des rebelles.

Dans le Nord-Kivu, les rebelles du M23 et des miliciens wazalendo s'affrontent depuis dimanche autour de Nyabiondo, dans le territoire de Masisi. Des sources locales font état de nombreux morts, sans qu'aucun bilan ne puisse être établi.

Selon des notables de la zone, le M23 a par ailleurs installé la semaine dernière une base à Kanyabayonga, dans le territoire de Lubero, où ses combattants ont pris possession d'une ancienne école sans rencontrer de résistance.

À Kinshasa, la police a arrêté mardi trois militants du mouvement citoyen Lutte pour le changement (Lucha) qui distribuaient des tracts appelant à une marche pour la paix. La Lucha a dénoncé des « arrestations arbitraires » et exigé leur libération.

Au moins 300 civils ont été tués dans le territoire de Masisi depuis avril, selon la société civile locale.

Les pourparlers entre Kinshasa et le M23 sous médiation qatarie, suspendus le mois dernier, doivent reprendre à Doha à une date encore non fixée.

Le gouverneur du Sud-Kivu a décrété un deuil provincial de trois jours en mémoire des victimes d'Uvira.
""", [
    ev("GRENADE", MON, "CD", "South Kivu", "Uvira", "Unidentified armed group", "Civilians",
       "un inconnu a lancé une grenade au", fat=3, inj=15, attr=["administration du territoire"]),
    ev("CLASH", rng(SUN, P), "CD", "North Kivu", "Nyabiondo", "M23", "Wazalendo",
       "les rebelles du M23 et des miliciens"),
    ev("HQ", LASTWEEK, "CD", "North Kivu", "Kanyabayonga", "M23", None,
       "le M23 a par ailleurs installé la"),
    ev("ARREST", TUE, "CD", "Kinshasa", "Kinshasa", "Police", "Lucha",
       "la police a arrêté mardi trois militants", arr=3),
], [
    tally("deaths", 300, P, "civilians killed in Masisi territory (North Kivu) since April 2026",
          "société civile locale"),
]))

# ---------------------------------------------------------------- n022 Niger
P = "2023-03-23"  # jeudi
TUE = prev(P, "tue")
SUN = prev(P, "sun")
MON = prev(P, "mon")
DOCS.append(doc("n022", "fr", P, """
Niger : douze soldats tués à Banibangou, un car piégé sur la route de Téra

NIAMEY — Douze militaires nigériens ont été tués mardi lors d'une attaque contre leur poste de Banibangou, dans la région de Tillabéri, près de la frontière malienne, a annoncé le ministère de la Défense dans un communiqué lu à la télévision publique.

Selon le communiqué, plusieurs dizaines d'assaillants « lourdement armés », arrivés à moto, ont été « neutralisés » par la riposte de l'armée et des renforts aériens. L'attaque n'a pas été revendiquée, mais la zone est un bastion de l'État islamique au Sahel (EIS).

La veille, six passagers d'un car de transport en commun ont péri lorsque leur véhicule a sauté sur un engin explosif improvisé à une quinzaine de kilomètres de Téra, toujours dans la région de Tillabéri. Onze autres ont été blessés, d'après des sources hospitalières.

Dans la région de Tahoua, des hommes armés ont exécuté neuf villageois dimanche à Tillia, selon un élu local. Des habitants joints par téléphone évoquent plutôt onze morts, tous des hommes, abattus devant la mosquée.

Les autorités n'ont pas attribué ces attaques à un groupe en particulier.

D'après un décompte de l'AFP fondé sur les communiqués officiels, au moins 58 soldats ont été tués dans des attaques jihadistes au Niger depuis le début de l'année.

La région dite des « trois frontières », entre le Niger, le Mali et le Burkina Faso, est confrontée depuis plus de dix ans aux violences de groupes liés à Al-Qaïda et à l'EI, qui ont fait des milliers de morts et des centaines de milliers de déplacés.
""", [
    ev("CLASH", TUE, "NE", "Tillabéri", "Banibangou", "Unidentified armed group", "Military",
       "lors d'une attaque contre leur poste de", fat=12, attr=["ministère de la Défense"]),
    ev("IED", MON, "NE", "Tillabéri", "Téra", None, "Civilians",
       "leur véhicule a sauté sur un engin", fat=6, inj=11, attr=["sources hospitalières"]),
    ev("ATTACK", SUN, "NE", "Tahoua", "Tillia", "Unidentified armed group", "Civilians",
       "des hommes armés ont exécuté neuf villageois", fat=9, lo=9, hi=11,
       attr=["élu local", "habitants"]),
], [
    tally("deaths", 58, P, "soldiers killed in jihadist attacks in Niger since January 2023", "AFP"),
]))

# ---------------------------------------------------------------- n023 Guinée
P = "2023-05-13"  # samedi
THU = prev(P, "thu")
FRI = prev(P, "fri")
NIGHT = rng(THU, FRI)
DOCS.append(doc("n023", "fr", P, """
Guinée : deux à trois morts lors des manifestations des Forces vives à Conakry

CONAKRY — Des manifestants ont été tués par balle jeudi à Wanindara, dans la commune de Ratoma, lors de la journée de mobilisation à l'appel des Forces vives de Guinée contre la junte. Le Front national pour la défense de la Constitution (FNDC) a recensé trois morts, tous des jeunes, et accuse les forces de défense et de sécurité d'avoir « tiré à balles réelles » sur des cortèges pacifiques. Le gouvernement parle de deux morts.

À Cosa, un autre quartier de la haute banlieue, des jeunes ont érigé des barricades de pneus enflammés et jeté des pierres sur les policiers tout l'après-midi. Neuf agents ont été blessés, selon la direction générale de la police.

Au marché de Madina, des pillards ont profité de la désorganisation pour vider plusieurs magasins, ont rapporté des commerçants.

Dans la nuit de jeudi à vendredi, des gendarmes ont interpellé à son domicile de Kipé un coordinateur du FNDC, selon sa famille. La gendarmerie n'a pas confirmé.

Vendredi, le procureur général près la cour d'appel de Conakry a annoncé l'ouverture d'une enquête sur la mort des manifestants.

Selon le FNDC, 30 personnes ont été tuées lors de manifestations depuis l'arrivée de la junte au pouvoir. Le mouvement, dissous par les autorités, continue d'appeler à descendre dans la rue.

Les Forces vives réclament un calendrier de transition et la libération des détenus politiques. Elles ont annoncé une nouvelle journée de mobilisation pour mercredi.
""", [
    ev("EXCESS", THU, "GN", "Conakry", "Wanindara", "Protesters", "Security forces",
       "Des manifestants ont été tués par balle", fat=2, lo=2, hi=3, attr=["FNDC", "gouvernement"]),
    ev("VIOLDEM", THU, "GN", "Conakry", "Cosa", "Protesters", "Police",
       "jeté des pierres sur les policiers", inj=9, attr=["direction générale de la police"]),
    ev("MOB", THU, "GN", "Conakry", "Madina", "Rioters", None,
       "des pillards ont profité de la désorganisation"),
    ev("ARREST", NIGHT, "GN", "Conakry", "Kipé", "Gendarmerie", "FNDC",
       "des gendarmes ont interpellé à son domicile", arr=1, attr=["famille"]),
    ev("OTHER", FRI, "GN", "Conakry", "Conakry", "Prosecutor's Office", None,
       "a annoncé l'ouverture d'une enquête sur", tags=["investigation"]),
], [
    tally("deaths", 30, P, "people killed in protests in Guinea since the junta took power", "FNDC"),
]))

# ---------------------------------------------------------------- n024 Liban
P = "2025-04-09"  # mercredi
TUE = prev(P, "tue")
MON = prev(P, "mon")
DOCS.append(doc("n024", "fr", P, """
Liban-Sud : une frappe de drone israélienne tue deux personnes près de Nabatieh

BEYROUTH — Une frappe de drone israélienne a visé mardi une voiture sur la route reliant Nabatieh à Kfar Roummane, tuant deux personnes, a annoncé le ministère libanais de la Santé. L'armée israélienne a affirmé avoir ciblé un commandant de l'unité de la force Radwan du Hezbollah.

Lundi, des obus d'artillerie israéliens sont tombés aux abords de Kfar Kila, sans faire de victimes, selon l'Agence nationale d'information (ANI).

L'armée libanaise a pour sa part annoncé mardi avoir découvert et démantelé trois lance-roquettes artisanaux dissimulés dans un verger près d'Arnoun, prêts à être utilisés. L'ANI précise que les soldats ont également saisi une dizaine de roquettes.

Ces incidents interviennent malgré le cessez-le-feu conclu entre Israël et le Hezbollah, entré en vigueur le 27 novembre au Liban après plus d'un an d'hostilités. Israël maintient des troupes sur cinq positions dans le sud du pays et poursuit des frappes qu'il présente comme visant à empêcher le mouvement chiite de se réarmer.

Depuis l'entrée en vigueur de la trêve, plus de 100 personnes ont été tuées par des frappes israéliennes au Liban, selon le ministère de la Santé.

Le président Joseph Aoun a de nouveau appelé les parrains de l'accord, Washington et Paris, à faire pression sur Israël. Le comité chargé de surveiller le cessez-le-feu doit se réunir la semaine prochaine à Naqoura.
""", [
    ev("AIR", TUE, "LB", "Nabatieh", "Nabatieh", "Military of Israel", "Hezbollah",
       "Une frappe de drone israélienne a visé", fat=2, attr=["ministère de la Santé"]),
    ev("SHELL", MON, "LB", "Nabatieh", "Kfar Kila", "Military of Israel", None,
       "des obus d'artillerie israéliens sont tombés aux", fat=0, inj=0, attr=["Agence nationale d'information"]),
    ev("DISRUPT", TUE, "LB", "Nabatieh", "Arnoun", "Military of Lebanon", None,
       "avoir découvert et démantelé trois lance-roquettes"),
    ev("AGREE", "2024-11-27", "LB", None, None, "Government of Israel", "Hezbollah",
       "cessez-le-feu conclu entre Israël et le"),
], [
    tally("deaths", 100, P, "people killed by Israeli strikes in Lebanon since the ceasefire of 27 November 2024",
          "ministère de la Santé"),
]))
