"""French articles k017-k024 (texts and gold written by hand for blind set 5)."""
from common import doc, ev, tl, prev, shift, rng

DOCS = []

P = "2023-09-13"
DOCS.append(doc("k017", "fr", P, """
Burkina Faso : une attaque contre le détachement de Koumbri fait au moins 17 morts

OUAGADOUGOU — Des hommes armés ont attaqué lundi le détachement militaire de Koumbri, dans la province du Yatenga (région du Nord), tuant 17 soldats et supplétifs civils, selon un communiqué de l'armée. Une source sécuritaire a fait état auprès de l'AFP d'une trentaine de morts.

L'attaque a été revendiquée mardi par le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda.

En riposte, l'armée a mené des frappes de drones mardi dans les environs de Koumbri, « neutralisant plusieurs dizaines de terroristes », selon la télévision nationale.

Le même jour, un engin explosif improvisé a touché un car de transport sur l'axe Kaya-Dori, près de Pissila, tuant quatre passagers, selon des sources locales.

Dans la région de l'Est, des jihadistes ont enlevé dimanche une vingtaine de femmes qui ramassaient du bois près de Fada N'Gourma, ont rapporté des habitants joints par téléphone.

Selon ces mêmes habitants, le JNIM a installé en juillet une base dans la forêt classée de la Kompienga, d'où ses combattants contrôlent plusieurs axes routiers.

Plus de 2 000 personnes, civils et militaires, ont été tuées au Burkina Faso depuis le début de l'année, selon le Conseil norvégien pour les réfugiés. Le pays, dirigé par une junte depuis 2022, compte plus de deux millions de déplacés internes.
""", [
    ev("AC", prev(P, "mon"), "day", "BF", "Nord", "Koumbri", "JNIM", "Military",
       "Des hommes armés ont attaqué lundi", fat=17, lo=17, hi=30,
       attr=["armée", "source sécuritaire", "AFP"]),
    ev("AIR", prev(P, "tue"), "day", "BF", "Nord", "Koumbri", "Military", "JNIM",
       "l'armée a mené des frappes de drones"),
    ev("IED", prev(P, "tue"), "day", "BF", "Centre-Nord", "Pissila", None, "Civilians",
       "un engin explosif improvisé a touché un car", fat=4, attr=["sources locales"]),
    ev("ABD", prev(P, "sun"), "day", "BF", "Est", "Fada N'Gourma", "Unidentified armed group", "Civilians",
       "ont enlevé dimanche une vingtaine de femmes"),
    ev("HQ", "2023-07", "month", "BF", "Est", "Kompienga", "JNIM", None,
       "a installé en juillet une base"),
], [
    tl("deaths", 2000, P, "civilians and soldiers killed in Burkina Faso since the start of the year",
       "Conseil norvégien pour les réfugiés"),
]))

P = "2026-02-06"
DOCS.append(doc("k018", "fr", P, """
Assurance chômage : heurts à Paris, 143 interpellations en France

PARIS — Plusieurs centaines de milliers de personnes ont manifesté jeudi en France à l'appel de l'intersyndicale contre la réforme de l'assurance chômage, lors d'une quatrième journée de mobilisation.

À Paris, des heurts ont éclaté en fin de cortège place de la Nation, où des groupes vêtus de noir ont lancé des projectiles sur les forces de l'ordre et incendié du mobilier urbain. La préfecture de police a fait état de 48 interpellations et de 12 policiers blessés dans la capitale.

À Nantes, la police a dispersé à coups de gaz lacrymogène un rassemblement non déclaré devant la préfecture en début de soirée et interpellé neuf personnes.

À Rennes, le cortège, qui a réuni 8 000 personnes selon la préfecture, s'est déroulé dans le calme.

En Loire-Atlantique, des grévistes de la CGT bloquaient mercredi et jeudi le dépôt pétrolier de Donges, provoquant des files d'attente dans plusieurs stations-service de la région.

Le ministère de l'Intérieur a fait état jeudi soir de 143 interpellations dans toute la France et de 31 policiers et gendarmes blessés.

L'intersyndicale a annoncé une nouvelle journée de grève et de manifestations le 12 février. La Première ministre, qui doit recevoir les syndicats lundi, a exclu tout retrait du texte mais s'est dite ouverte à « des ajustements » sur la durée d'indemnisation des seniors.
""", [
    ev("VD", prev(P, "thu"), "day", "FR", "Île-de-France", "Paris", "Protesters", "Police",
       "des heurts ont éclaté en fin de cortège", inj=12, arr=48, attr=["préfecture de police"], tags=["march"]),
    ev("PI", prev(P, "thu"), "day", "FR", "Pays de la Loire", "Nantes", "Protesters", "Police",
       "la police a dispersé à coups de gaz", arr=9, tags=["tear_gas"]),
    ev("PP", prev(P, "thu"), "day", "FR", "Bretagne", "Rennes", "Protesters", None,
       "le cortège, qui a réuni 8 000 personnes", tags=["march"]),
    ev("PP", rng(prev(P, "wed"), prev(P, "thu")), "range", "FR", "Pays de la Loire", "Donges", "CGT", None,
       "bloquaient mercredi et jeudi le dépôt pétrolier", tags=["strike"]),
], [
    tl("arrested", 143, prev(P, "thu"), "arrests across France during Thursday's day of protest", "ministère de l'Intérieur"),
    tl("injured", 31, prev(P, "thu"), "police officers and gendarmes injured across France on Thursday", "ministère de l'Intérieur"),
]))

P = "2026-04-15"
DOCS.append(doc("k019", "fr", P, """
RDC : le M23 s'empare de Walikale, l'armée affirme avoir repris Nyabiondo

GOMA — Les rebelles du M23 ont pris le contrôle dimanche de la cité de Walikale, dans le Nord-Kivu, après deux jours de combats avec l'armée congolaise (FARDC) et des miliciens wazalendo, selon des sources locales et la société civile.

Les FARDC ont de leur côté repris lundi la localité de Nyabiondo, dans le territoire de Masisi, « après de violents combats », a déclaré leur porte-parole, sans donner de bilan.

Des obus sont tombés mardi sur le camp de déplacés de Bulengo, à l'ouest de Goma, tuant cinq personnes dont trois enfants, selon le HCR. L'armée et les rebelles s'accusent mutuellement.

Médecins sans frontières a indiqué avoir pris en charge 46 femmes victimes de viols commis par des hommes armés lors de l'attaque du village de Kashebere la semaine dernière.

Dans l'Ituri voisin, des miliciens CODECO ont tué 12 civils à coups de machette dans le village de Djaiba dans la nuit de samedi à dimanche, selon la société civile locale. L'armée parle de neuf morts.

Plus de 7 000 personnes ont été tuées dans l'est du pays depuis janvier, selon le gouvernement congolais, qui accuse le Rwanda de soutenir le M23. Kigali dément. Une nouvelle session de pourparlers est prévue à Doha à la fin du mois, sous l'égide du Qatar et des États-Unis.
""", [
    ev("NO", prev(P, "sun"), "day", "CD", "North Kivu", "Walikale", "M23", "Military",
       "ont pris le contrôle dimanche de la cité"),
    ev("GR", prev(P, "mon"), "day", "CD", "North Kivu", "Nyabiondo", "Military", "M23",
       "ont de leur côté repris lundi la localité"),
    ev("SHL", prev(P, "tue"), "day", "CD", "North Kivu", "Bulengo", None, "Civilians",
       "Des obus sont tombés mardi sur le camp", fat=5, attr=["HCR"]),
    ev("SEX", rng(shift(P, -9), shift(P, -3)), "range", "CD", "North Kivu", "Kashebere", "Unidentified armed group",
       "Civilians", "victimes de viols commis par des hommes armés"),
    ev("ATT", rng(prev(P, "sat"), prev(P, "sun")), "range", "CD", "Ituri", "Djaiba", "CODECO", "Civilians",
       "des miliciens CODECO ont tué 12 civils", fat=9, lo=9, hi=12, attr=["société civile locale", "armée"]),
], [
    tl("deaths", 7000, P, "people killed in eastern DR Congo since January", "gouvernement"),
]))

P = "2026-04-08"
DOCS.append(doc("k020", "fr", P, """
Rwanda : le pays entame sa semaine de commémoration

KIGALI — Le Rwanda a entamé mardi sa traditionnelle semaine de deuil national, à l'occasion de la 32e commémoration du génocide perpétré contre les Tutsi en 1994, qui a coûté la vie à des centaines de milliers de personnes en une centaine de jours.

Le président Paul Kagame a allumé la flamme du souvenir au mémorial de Gisozi, à Kigali, en présence de plusieurs chefs d'État et de diplomates, avant de déposer une gerbe sur les fosses communes du mémorial, où reposent des victimes venues de toute la capitale.

Dans son discours, il a appelé les jeunes générations à « combattre le négationnisme partout où il se manifeste » et a salué le travail des juridictions communautaires gacaca.

Dans la soirée, des milliers de personnes, bougies à la main, ont assisté à une veillée du souvenir au stade Amahoro, ponctuée de témoignages de rescapés et de chants.

Les drapeaux sont en berne dans tout le pays jusqu'à lundi, et les rassemblements festifs, les concerts et les matchs de football sont suspendus pendant la semaine.

À Paris, une cérémonie d'hommage doit se tenir vendredi en présence du ministre des Affaires étrangères. La France a reconnu en 2021 ses « responsabilités accablantes » dans le génocide, sans présenter d'excuses formelles.

Plusieurs organisations de rescapés rappellent que des centaines de suspects vivent encore en liberté à l'étranger et espèrent de nouvelles extraditions dans les prochains mois.
""", [], []))

P = "2026-05-21"
DOCS.append(doc("k021", "fr", P, """
Tchad : au moins cinq manifestants tués à N'Djamena, couvre-feu décrété

N'DJAMENA — Au moins cinq manifestants ont été tués mardi dans le quartier de Chagoua, à N'Djamena, où les forces de l'ordre ont tiré à balles réelles sur des jeunes qui tentaient de rejoindre le centre-ville pour protester contre le report des élections locales, a indiqué le ministre de la Communication. La Ligue tchadienne des droits de l'homme (LTDH) a recensé neuf morts.

À Moundou, des manifestants ont incendié le siège du parti au pouvoir et affronté la police ; sept policiers ont été blessés, selon le gouvernorat du Logone occidental.

À Abéché, la police a dispersé un rassemblement de quelques centaines de personnes devant le marché central et interpellé quatorze manifestants.

Dans la nuit de mardi à mercredi, le secrétaire général du parti Les Transformateurs, Ahmat Brahim, a été arrêté à son domicile par des agents de l'Agence nationale de sécurité (ANS), selon son avocat.

Le gouvernement a décrété mercredi un couvre-feu de 18 heures à 6 heures à N'Djamena et Moundou, jusqu'à nouvel ordre.

Selon la LTDH, 62 personnes ont été arrêtées dans le pays depuis vendredi, début de l'appel à manifester lancé par une coalition de partis d'opposition.

L'Union africaine a appelé « toutes les parties à la retenue » et proposé une médiation. L'opposition a annoncé une journée « ville morte » pour lundi prochain.
""", [
    ev("EF", prev(P, "tue"), "day", "TD", "N'Djamena", "Chagoua", "Protesters", "Security forces",
       "ont tiré à balles réelles sur des jeunes", fat=5, lo=5, hi=9,
       attr=["ministre de la Communication", "LTDH"]),
    ev("VD", prev(P, "tue"), "day", "TD", "Logone Occidental", "Moundou", "Protesters", "Police",
       "ont incendié le siège du parti au pouvoir", inj=7, attr=["gouvernorat du Logone occidental"]),
    ev("PI", prev(P, "tue"), "day", "TD", "Ouaddaï", "Abéché", "Protesters", "Police",
       "la police a dispersé un rassemblement", arr=14),
    ev("ARR", rng(prev(P, "tue"), prev(P, "wed")), "range", "TD", "N'Djamena", "N'Djamena",
       "Agence nationale de sécurité", "Les Transformateurs", "a été arrêté à son domicile", arr=1,
       attr=["avocat"]),
    ev("OTH", prev(P, "wed"), "day", "TD", None, None, "Government of Chad", None,
       "a décrété mercredi un couvre-feu", tags=["curfew"]),
], [
    tl("arrested", 62, P, "people arrested in Chad since Friday's call to protest", "LTDH"),
]))

P = "2025-11-10"
DOCS.append(doc("k022", "fr", P, """
Cameroun : deux soldats tués par une bombe artisanale à Bamenda

YAOUNDÉ — Deux soldats ont été tués et trois autres blessés mercredi par l'explosion d'un engin explosif improvisé au passage de leur véhicule dans le quartier de Mile 4, à Bamenda, chef-lieu de la région du Nord-Ouest, a indiqué une source militaire. Des séparatistes anglophones ont revendiqué l'attaque sur les réseaux sociaux.

Jeudi, des hommes armés se réclamant des « Amba Boys » ont enlevé six enseignants dans une école de Kumba, dans la région voisine du Sud-Ouest, selon le syndicat des enseignants. Les ravisseurs réclament une rançon et la fermeture des écoles.

L'armée a affirmé avoir « neutralisé » huit séparatistes lors d'un accrochage vendredi à Batibo, et saisi des fusils de fabrication artisanale.

Dans un rapport publié dimanche, Human Rights Watch accuse des soldats d'avoir tué quatre civils et incendié une dizaine de maisons dans le village de Mbengwi le 2 novembre, lors d'une opération de représailles. Le ministère de la Défense n'a pas réagi.

Le conflit dans les régions anglophones, qui a débuté en 2017, a fait plus de 6 000 morts, selon International Crisis Group, et contraint des centaines de milliers de personnes à fuir.

Les séparatistes imposent régulièrement des « villes mortes » et des confinements, et les appels au dialogue lancés par les Églises sont restés sans suite.
""", [
    ev("IED", prev(P, "wed"), "day", "CM", "Nord-Ouest", "Bamenda", "Ambazonian separatists", "Military",
       "l'explosion d'un engin explosif improvisé", fat=2, inj=3, attr=["source militaire"]),
    ev("ABD", prev(P, "thu"), "day", "CM", "Sud-Ouest", "Kumba", "Ambazonian separatists", "Civilians",
       "ont enlevé six enseignants dans une école"),
    ev("AC", prev(P, "fri"), "day", "CM", "Nord-Ouest", "Batibo", "Military", "Ambazonian separatists",
       "lors d'un accrochage vendredi à Batibo", fat=8, attr=["armée"]),
    ev("ATT", "2025-11-02", "day", "CM", "Nord-Ouest", "Mbengwi", "Military", "Civilians",
       "d'avoir tué quatre civils et incendié", fat=4, attr=["Human Rights Watch"]),
], [
    tl("deaths", 6000, P, "deaths in the conflict in Cameroon's anglophone regions since 2017",
       "International Crisis Group"),
]))

P = "2026-09-16"
DOCS.append(doc("k023", "fr", P, """
Nouvelle-Calédonie : nuit d'émeutes à Nouméa, couvre-feu et aéroport fermé

NOUMÉA — Des émeutiers ont pillé et incendié plusieurs commerces dans la nuit de lundi à mardi dans les quartiers de Magenta et de Ducos, à Nouméa, au troisième jour des troubles provoqués par le projet de réforme du corps électoral.

Lundi soir à Dumbéa, des manifestants indépendantistes qui tenaient un barrage sur la RT1 ont affronté les gendarmes mobiles à coups de pierres et de frondes. Un manifestant a été tué par balle et neuf gendarmes ont été blessés, selon le haut-commissariat. Le FLNKS dénonce pour sa part « deux morts ».

Le haut-commissaire a décrété mardi un couvre-feu de 18 heures à 6 heures sur l'agglomération de Nouméa et interdit tout rassemblement jusqu'à nouvel ordre.

L'aéroport international de La Tontouta est fermé aux vols commerciaux depuis mardi matin, a annoncé sa direction, laissant plusieurs centaines de touristes bloqués.

Selon le haut-commissariat, 86 personnes ont été interpellées depuis le début des troubles, samedi.

Le gouvernement a annoncé l'envoi de renforts de gendarmerie depuis la métropole. Les élus indépendantistes appellent au calme et demandent le retrait du texte, tandis que les loyalistes réclament le rétablissement de l'ordre « par tous les moyens ». Les écoles de l'agglomération restent ouvertes, mais de nombreux parents gardent leurs enfants à la maison.
""", [
    ev("MV", rng(prev(P, "mon"), prev(P, "tue")), "range", "NC", "Province Sud", "Nouméa", "Rioters", None,
       "Des émeutiers ont pillé et incendié plusieurs commerces"),
    ev("VD", prev(P, "mon"), "day", "NC", "Province Sud", "Dumbéa", "Protesters", "Gendarmerie",
       "ont affronté les gendarmes mobiles", fat=1, lo=1, hi=2, inj=9,
       attr=["haut-commissariat", "FLNKS"], tags=["road_blockade"]),
    ev("OTH", prev(P, "tue"), "day", "NC", "Province Sud", "Nouméa", "Haut-commissariat", None,
       "a décrété mardi un couvre-feu", tags=["curfew"]),
    ev("OTH", prev(P, "tue"), "day", "NC", "Province Sud", "La Tontouta", "Aéroport de La Tontouta", None,
       "est fermé aux vols commerciaux depuis mardi", tags=["airport"]),
], [
    tl("arrested", 86, P, "people arrested in New Caledonia since the unrest began on Saturday", "haut-commissariat"),
]))

P = "2026-06-17"
DOCS.append(doc("k024", "fr", P, """
Centrafrique : l'UPC quitte Bambari après un accord de cessez-le-feu

BANGUI — Les combattants de l'Unité pour la paix en Centrafrique (UPC) se sont retirés samedi de Bambari, chef-lieu de la préfecture de la Ouaka, que les Forces armées centrafricaines (FACA) et les casques bleus de la Minusca ont investi dimanche sans qu'un coup de feu soit tiré.

Ce retrait intervient après la signature, vendredi à Bangui, d'un accord de cessez-le-feu entre le gouvernement et trois groupes armés, dont l'UPC, sous l'égide de l'Union africaine. Le texte prévoit le cantonnement des combattants et leur intégration progressive dans l'armée.

Le même jour, le groupe 3R a annoncé à Bangui sa dissolution et la remise de ses armes à la Minusca, une décision saluée par le chef de l'État comme « un pas historique ».

Dans le nord-ouest du pays, des hommes armés non identifiés ont toutefois attaqué mardi un convoi de commerçants près de Bocaranga, dans l'Ouham-Pendé, tuant trois personnes, selon la Minusca.

Selon les Nations unies, au moins 70 civils ont été tués dans des violences armées depuis le début de l'année en Centrafrique, où un cinquième de la population vit déplacée.

Les précédents accords de paix, dont celui signé à Khartoum, n'avaient pas empêché la reprise des combats. Des diplomates à Bangui se disent « prudemment optimistes », tout en rappelant que plusieurs groupes armés restent en dehors du processus.
""", [
    ev("NVT", rng(prev(P, "sat"), prev(P, "sun")), "range", "CF", "Ouaka", "Bambari", "UPC", "Military",
       "se sont retirés samedi de Bambari"),
    ev("AGR", prev(P, "fri"), "day", "CF", "Bangui", "Bangui", "Government of Central African Republic", "UPC",
       "d'un accord de cessez-le-feu entre le gouvernement"),
    ev("CHG", prev(P, "fri"), "day", "CF", "Bangui", "Bangui", "3R", None,
       "a annoncé à Bangui sa dissolution"),
    ev("ATT", prev(P, "tue"), "day", "CF", "Ouham-Pendé", "Bocaranga", "Unidentified armed group", "Civilians",
       "ont toutefois attaqué mardi un convoi", fat=3, attr=["Minusca"]),
], [
    tl("deaths", 70, P, "civilians killed in armed violence in the Central African Republic since the start of the year",
       "Nations unies"),
]))
