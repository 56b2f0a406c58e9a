"""Blind set 7, articles part: French texts q017-q024, each beside its gold."""
from common import D, E, T, pub, prev, shift, rng

DOCS = []

# q017 -- France: farmers block A7, clashes in Lyon, Brest blockade lifted after agreement
P = pub("2025-02-18", "tue")
DOCS.append(D("q017", "fr", P, "https://www.exemple-info.fr/societe/2025/02/18/colere-agricole-a7-lyon",
"""Colère agricole : l'A7 bloquée, heurts devant la préfecture à Lyon

LYON — Plusieurs centaines d'agriculteurs ont bloqué lundi l'autoroute A7 au sud de Valence avec des tracteurs et des bottes de paille, à l'appel de la FNSEA et des Jeunes agriculteurs (JA), pour dénoncer l'effondrement de leurs revenus et la concurrence des importations. La circulation a été déviée pendant toute la journée.

À Lyon, le rassemblement devant la préfecture du Rhône a dégénéré en fin d'après-midi : des manifestants ont déversé du fumier, lancé des pétards et des œufs sur les gendarmes mobiles, qui ont répliqué par des tirs de gaz lacrymogène. Selon la préfecture, sept gendarmes ont été légèrement blessés et quatre personnes interpellées. Les organisateurs revendiquent 3 000 participants, la police en a compté 1 200.

« On nous parle de souveraineté alimentaire, mais on crève », a lancé au micro un éleveur de la Loire.

En Bretagne, en revanche, la Coordination rurale a levé dans la nuit de lundi à mardi le blocage de la RN12 à l'entrée de Brest, entamé jeudi, après un accord conclu avec le préfet du Finistère sur le contrôle des importations de volaille.

Depuis le début du mouvement, le 10 février, le ministère de l'Intérieur a recensé 62 interpellations dans tout le pays.

La ministre de l'Agriculture doit recevoir les syndicats jeudi. Le Premier ministre a promis « des mesures d'urgence » mais exclu toute remise en cause des accords commerciaux déjà signés par l'Union européenne.

Le mouvement rappelle celui de l'hiver dernier, qui avait mobilisé des milliers d'agriculteurs dans tout le pays.

Cet article vous a été utile ? Abonnez-vous à notre lettre d'information.""",
[
    E("PP", prev(P, "mon"), "day", "FR", "Auvergne-Rhône-Alpes", "Valence", "Protesters", None,
      "ont bloqué lundi l'autoroute A7", tags=["road_blockade"]),
    E("VD", prev(P, "mon"), "day", "FR", "Auvergne-Rhône-Alpes", "Lyon", "Protesters",
      "Gendarmerie", "le rassemblement devant la préfecture du Rhône", tags=["tear_gas"],
      inj=7, arr=4, attr=["préfecture"]),
    E("AGR", rng(prev(P, "mon"), P), "range", "FR", "Bretagne", "Brest", "Coordination rurale",
      "Préfet du Finistère", "après un accord conclu avec le préfet"),
    E("PP", rng(prev(P, "thu"), P), "range", "FR", "Bretagne", "Brest", "Coordination rurale",
      None, "le blocage de la RN12", tags=["road_blockade"]),
],
[T("arrested", 62, P, "arrests nationwide since the farmers' movement began on 10 February",
   "ministère de l'Intérieur")]))

# q018 -- Mali, Gao region: camp attack in Bourem, drone strike near Ansongo, abduction near Bamba
P = pub("2022-11-29", "tue")
DOCS.append(D("q018", "fr", P, "https://afrique.exemple.net/mali/2022/11/29/attaque-camp-bourem",
"""Mali : au moins neuf soldats tués dans l'attaque du camp de Bourem

BAMAKO (AFP) — Des jihadistes présumés du Groupe de soutien à l'islam et aux musulmans (GSIM, JNIM en arabe) ont attaqué dimanche à l'aube le camp militaire de Bourem, dans la région de Gao, déclenchant des combats de plusieurs heures, a-t-on appris de sources concordantes.

L'armée malienne a fait état dans un communiqué de neuf soldats tués et de « plusieurs dizaines de terroristes neutralisés ». Un élu local joint par téléphone a évoqué « au moins 20 morts » parmi les militaires, ainsi que l'incendie de plusieurs véhicules.

« Les tirs ont duré jusqu'à 10 heures du matin, personne n'a pu sortir », a raconté un habitant.

Lundi, un drone de l'armée a frappé un rassemblement de combattants du GSIM près d'Ansongo, a indiqué l'état-major sur les réseaux sociaux, sans donner de bilan. Des habitants affirment que des civils figurent parmi les victimes, ce que l'armée dément.

La veille de l'attaque, samedi, cinq passagers d'un car de transport avaient été enlevés par des hommes armés sur la route près de Bamba, selon un notable de la localité. On ignore tout de leur sort.

Selon un décompte de l'AFP, plus de 150 soldats ont été tués dans le pays depuis septembre.

Le Mali, dirigé par une junte depuis 2020, est confronté depuis 2012 à la propagation jihadiste et à des violences de toutes sortes perpétrées par des groupes affiliés à Al-Qaïda et à l'organisation État islamique, ainsi que par des milices d'autodéfense et des bandits. Les violences ont fait des milliers de morts civils et militaires.

© Exemple Afrique 2022""",
[
    E("AC", prev(P, "sun"), "day", "ML", "Gao", "Bourem", "JNIM", "Military",
      "ont attaqué dimanche à l'aube le camp militaire", fat=9, low=9, high=20,
      attr=["armée", "élu local"]),
    E("AIR", prev(P, "mon"), "day", "ML", "Gao", "Ansongo", "Military", "JNIM",
      "un drone de l'armée a frappé un rassemblement"),
    E("ABD", prev(P, "sat"), "day", "ML", "Gao", "Bamba", "Unidentified armed group", "Civilians",
      "avaient été enlevés par des hommes armés"),
],
[T("deaths", 150, P, "soldiers killed in Mali since September", "AFP")]))

# q019 -- Burkina Faso: civilians killed near Pissila, IED near Dori, attack repelled at Arbinda
P = pub("2021-10-12", "tue")
DOCS.append(D("q019", "fr", P, "https://www.exemple-burkina.bf/securite/2021/10/12/pissila-attaque",
"""Burkina : au moins 14 civils tués dans l'attaque d'un hameau du Centre-Nord

OUAGADOUGOU — Des hommes armés non identifiés ont attaqué samedi soir un hameau de la commune de Pissila, dans la région du Centre-Nord, tuant au moins 14 civils, ont indiqué des sources sécuritaires. Un élu local a fait état de 19 morts et de nombreux disparus.

« Ils sont arrivés à moto, ont rassemblé les hommes devant la mosquée et ont tiré », a raconté à l'AFP un rescapé réfugié à Kaya, le chef-lieu régional.

Le lendemain, un engin explosif improvisé a sauté au passage d'un véhicule militaire près de Dori, dans la région du Sahel, tuant trois soldats, selon l'armée.

Lundi, des militaires appuyés par des Volontaires pour la défense de la patrie (VDP), des supplétifs civils de l'armée, ont repoussé une attaque contre leur détachement d'Arbinda, a annoncé l'état-major, qui évoque « plusieurs assaillants neutralisés » et du matériel récupéré.

Aucune de ces attaques n'a été revendiquée dans l'immédiat, mais la zone est le théâtre d'opérations de groupes liés à Al-Qaïda et à l'État islamique.

Les violences jihadistes, qui ont débuté en 2015 au Burkina, ont fait plus de 2 000 morts et contraint 1,4 million de personnes à fuir leurs foyers.

Le gouvernement a annoncé en septembre une réorganisation du commandement militaire pour « mieux faire face » à la menace, une annonce accueillie avec scepticisme par une partie de l'opinion, qui multiplie les appels à manifester contre l'insécurité.""",
[
    E("ATK", prev(P, "sat"), "day", "BF", "Centre-Nord", "Pissila", "Unidentified armed group",
      "Civilians", "ont attaqué samedi soir un hameau", fat=14, low=14, high=19,
      attr=["sources sécuritaires", "élu local"]),
    E("IED", prev(P, "sun"), "day", "BF", "Sahel", "Dori", None, "Military",
      "un engin explosif improvisé a sauté", fat=3, attr=["armée"]),
    E("AC", prev(P, "mon"), "day", "BF", "Sahel", "Arbinda", "Unidentified armed group",
      "Military", "ont repoussé une attaque contre leur détachement"),
],
[T("deaths", 2000, P, "deaths from jihadist violence in Burkina Faso since 2015", None)]))

# q020 -- DR Congo, North Kivu: M23 takes Pinga, shells hit Kanyabayonga, Wazalendo retake Nyabiondo, rapes
P = pub("2026-04-07", "tue")
DOCS.append(D("q020", "fr", P, "https://www.exemple-grandslacs.cd/2026/04/07/m23-pinga",
"""RDC : le M23 s'empare de Pinga, MSF alerte sur des violences sexuelles

GOMA — Les rebelles de l'AFC/M23 ont pris dimanche le contrôle de la localité de Pinga, dans le territoire de Walikale (Nord-Kivu), après deux jours de combats contre les miliciens Wazalendo alliés à l'armée congolaise, ont indiqué à notre rédaction des sources de la société civile.

La veille, des obus tirés par les Forces armées de la RDC (FARDC) en direction de positions rebelles sont tombés sur le marché de Kanyabayonga, dans le territoire de Lubero, tuant deux civils et en blessant neuf, selon la société civile locale. L'armée n'a pas réagi.

Lundi, les Wazalendo ont affirmé avoir repris le village de Nyabiondo, dans le territoire de Masisi, après un assaut contre les positions du M23. Un porte-parole des rebelles a démenti, parlant d'un « repli stratégique ».

Par ailleurs, Médecins sans frontières (MSF) a indiqué mardi avoir pris en charge 37 femmes et jeunes filles violées la semaine dernière par des hommes armés autour des sites de déplacés de Masisi-centre. « Certaines ont été agressées en allant chercher du bois », a précisé une responsable de l'ONG.

Selon l'ONU, plus de 9 000 personnes ont été tuées dans l'est du pays depuis janvier 2025.

Le M23, soutenu par le Rwanda selon Kinshasa et des experts de l'ONU, contrôle les villes de Goma et de Bukavu. Kigali dément tout soutien militaire au groupe. Les pourparlers de paix menés à Doha n'ont jusqu'ici pas permis d'obtenir un cessez-le-feu durable.

Lire aussi : À Goma, la vie reprend sous administration rebelle""",
[
    E("NSO", prev(P, "sun"), "day", "CD", "Nord-Kivu", "Pinga", "M23", "Wazalendo",
      "ont pris dimanche le contrôle de la localité"),
    E("SHL", prev(P, "sat"), "day", "CD", "Nord-Kivu", "Kanyabayonga", "Military", "Civilians",
      "des obus tirés par les Forces armées", fat=2, inj=9, attr=["société civile"]),
    E("GRT", prev(P, "mon"), "day", "CD", "Nord-Kivu", "Nyabiondo", "Wazalendo", "M23",
      "avoir repris le village de Nyabiondo"),
    E("SEX", rng(shift(P, -8), shift(P, -2)), "range", "CD", "Nord-Kivu", "Masisi",
      "Unidentified armed group", "Civilians", "37 femmes et jeunes filles violées"),
],
[T("deaths", 9000, P, "people killed in eastern DR Congo since January 2025", "ONU")]))

# q021 -- Cameroon: suicide bombing in Kolofata, grenade in Bamenda bar, arrests in Mora
P = pub("2023-03-28", "tue")
DOCS.append(D("q021", "fr", P, "https://www.exemple-cameroun.cm/actualite/2023/03/28/kolofata-kamikaze",
"""Une kamikaze tue six personnes sur le marché de Kolofata

MAROUA — Une kamikaze s'est fait exploser dimanche matin sur le marché hebdomadaire de Kolofata, dans la région de l'Extrême-Nord, tuant six civils et en blessant 12 autres, selon une source sécuritaire. Le maire de la commune a pour sa part parlé de huit morts.

L'attentat n'a pas été revendiqué, mais les autorités l'attribuent à Boko Haram, dont les combattants, basés de l'autre côté de la frontière nigériane, multiplient les incursions dans la zone.

« Elle portait un grand pagne et s'est approchée des vendeuses de poisson », a témoigné un commerçant.

Lundi, les forces de défense ont interpellé à Mora sept personnes soupçonnées d'avoir fourni un appui logistique à l'assaillante, a déclaré le gouverneur de la région.

Dans le Nord-Ouest anglophone, des séparatistes présumés ont lancé une grenade dans un bar de Bamenda samedi soir, blessant quatre clients, a indiqué la police. Les groupes armés séparatistes, qui réclament l'indépendance d'un État qu'ils appellent « Ambazonie », ont imposé des journées « villes mortes » et s'en prennent régulièrement aux lieux fréquentés le week-end.

Depuis 2014, les violences de Boko Haram ont fait plus de 3 000 morts au Cameroun, selon l'International Crisis Group (ICG).

Le conflit dans les régions anglophones, entamé fin 2016, a de son côté fait plus de 6 000 morts, d'après la même source.

Réagissez à cet article sur nos réseaux sociaux.""",
[
    E("SUI", prev(P, "sun"), "day", "CM", "Extrême-Nord", "Kolofata", "Boko Haram", "Civilians",
      "Une kamikaze s'est fait exploser dimanche matin", fat=6, low=6, high=8, inj=12,
      attr=["source sécuritaire", "maire"]),
    E("ARR", prev(P, "mon"), "day", "CM", "Extrême-Nord", "Mora", "Security forces", None,
      "les forces de défense ont interpellé à Mora", arr=7, attr=["gouverneur"]),
    E("GRN", prev(P, "sat"), "day", "CM", "Nord-Ouest", "Bamenda", "Ambazonian separatists",
      "Civilians", "ont lancé une grenade dans un bar", inj=4, attr=["police"]),
],
[
    T("deaths", 3000, P, "deaths from Boko Haram violence in Cameroon since 2014",
      "International Crisis Group"),
    T("deaths", 6000, P, "deaths in the conflict in Cameroon's anglophone regions since late 2016",
      "International Crisis Group"),
]))

# q022 -- NEGATIVE: Belgium, unions announce a national demonstration; official commemoration
P = pub("2024-07-09", "tue")
DOCS.append(D("q022", "fr", P, "https://www.exemple-belgique.be/economie/2024/07/09/front-commun-manifestation",
"""Pensions : le front commun syndical annonce une manifestation nationale le 15 octobre

BRUXELLES — Les trois grands syndicats belges, la FGTB, la CSC et la CGSLB, ont annoncé mardi l'organisation d'une manifestation nationale le 15 octobre à Bruxelles contre le projet de réforme des pensions présenté la semaine dernière par le gouvernement fédéral.

Le cortège doit partir de la gare du Nord en fin de matinée. Les syndicats n'excluent pas d'y ajouter une journée de grève générale si le texte n'est pas amendé d'ici la fin de l'année.

« Travailler plus longtemps pour toucher moins, c'est non », a résumé la présidente de la FGTB lors d'une conférence de presse commune. Le président de la CSC a dénoncé « un passage en force » et réclamé l'ouverture d'une véritable concertation.

Le ministre des Pensions a répondu que la réforme était « indispensable pour garantir le paiement des pensions de nos enfants » et s'est dit prêt à « discuter des modalités, pas du principe ».

Selon le projet, la durée de carrière nécessaire pour une pension complète serait allongée progressivement, et un malus serait appliqué en cas de départ anticipé.

Par ailleurs, une cérémonie officielle s'est tenue dimanche à Charleroi en hommage aux mineurs morts dans les charbonnages de la région, en présence du bourgmestre et d'anciens mineurs. Elle s'est déroulée dans le recueillement.

Les patrons, par la voix de la Fédération des entreprises de Belgique (FEB), ont appelé les syndicats à « ne pas prendre le pays en otage » et plaidé pour un service minimum dans les transports publics.

Dernière mise à jour : 9 juillet 2024, 17 h 12.""",
[]))

# q023 -- Niger, Tillabéri: army leaves Makalondi post, IS Sahel moves in; camp near Ayorou; IEDs found
P = pub("2024-08-13", "tue")
DOCS.append(D("q023", "fr", P, "https://sahel.exemple.org/niger/2024/08/13/makalondi-retrait-armee",
"""Niger : l'armée quitte son poste de Makalondi, l'État islamique s'y installe sans combat

NIAMEY — Les Forces armées nigériennes (FAN) ont évacué jeudi leur poste de Makalondi, dans la région de Tillabéri, près de la frontière avec le Burkina Faso, et des combattants de l'État islamique au Sahel (EIS) en ont pris possession le lendemain sans rencontrer de résistance, ont rapporté des habitants et une source sécuritaire.

« Ils sont entrés en colonne, ont hissé leur drapeau noir sur le poste et ont réuni les notables pour leur annoncer de nouvelles règles », a confié par téléphone un commerçant de la localité, qui a requis l'anonymat.

Le ministère de la Défense n'a pas commenté. Une source militaire a évoqué « un redéploiement » des unités vers Torodi.

Selon des éleveurs, le groupe a par ailleurs établi début août un camp dans une zone boisée proche d'Ayorou, sur le fleuve Niger, d'où ses hommes prélèvent la zakat sur le bétail.

Dimanche, une patrouille a découvert et neutralisé deux engins explosifs improvisés enfouis sur la route reliant Téra à Dargol, a annoncé l'armée dans son bulletin hebdomadaire.

Selon une ONG locale de défense des droits humains, plus de 500 civils ont été tués dans la région de Tillabéri depuis janvier.

Arrivé au pouvoir par un coup d'État en juillet 2023, le régime militaire a rompu avec la France et s'est rapproché de la Russie, promettant de rétablir la sécurité. Les attaques jihadistes se sont pourtant poursuivies dans la zone dite des « trois frontières ».

Tous droits réservés.""",
[
    E("NVT", prev(P, "fri"), "day", "NE", "Tillabéri", "Makalondi", "Islamic State Sahel",
      "Military", "en ont pris possession le lendemain"),
    E("HQ", "2024-08", "month", "NE", "Tillabéri", "Ayorou", "Islamic State Sahel", None,
      "le groupe a par ailleurs établi début août"),
    E("DWU", prev(P, "sun"), "day", "NE", "Tillabéri", "Téra", "Military", None,
      "découvert et neutralisé deux engins explosifs improvisés"),
],
[T("deaths", 500, P, "civilians killed in the Tillabéri region since January", "ONG locale")]))

# q024 -- Guinea: protester shot in Conakry, ville morte in Labé, FNDC official arrested, probe opened
P = pub("2025-06-10", "tue")
DOCS.append(D("q024", "fr", P, "https://www.exemple-guinee.gn/politique/2025/06/10/bambeto-manifestant-tue",
"""Guinée : un manifestant tué par balle à Conakry, le parquet ouvre une enquête

CONAKRY — Un jeune homme de 22 ans a été tué par balle lundi dans le quartier de Bambeto, dans la commune de Ratoma, lors d'une manifestation des Forces vives de Guinée contre la prolongation de la transition, selon le Front national pour la défense de la Constitution (FNDC), qui fait état de deux morts. Une source hospitalière a confirmé un décès.

Selon des témoins, les manifestants, qui scandaient des slogans hostiles à la junte sur l'axe Hamdallaye-Bambeto, ont été dispersés à balles réelles par les forces de l'ordre. Le gouvernement a démenti tout usage d'armes létales.

La journée « ville morte » a également été observée à Labé, dans le nord du pays, où boutiques et marchés sont restés fermés, sans incident signalé.

Dans la nuit de lundi à mardi, des gendarmes ont arrêté à son domicile de Kaloum un responsable du FNDC, selon ses proches, qui ignorent où il est détenu.

Le procureur de la République près le tribunal de première instance de Dixinn a annoncé ce mardi l'ouverture d'une enquête sur la mort du manifestant.

« Nous voulons la vérité et la justice, pas des promesses », a déclaré le père de la victime devant la morgue de l'hôpital Donka.

Le FNDC dit avoir recensé 53 manifestants tués depuis le coup d'État de septembre 2021.

Les Forces vives appellent à une nouvelle journée de mobilisation jeudi.""",
[
    E("EF", prev(P, "mon"), "day", "GN", "Conakry", "Bambeto", "Forces vives de Guinée",
      "Security forces", "a été tué par balle lundi", fat=1, low=1, high=2,
      attr=["FNDC", "source hospitalière"]),
    E("PP", prev(P, "mon"), "day", "GN", "Labé", "Labé", "Forces vives de Guinée", None,
      "également été observée à Labé", tags=["strike"]),
    E("ARR", rng(prev(P, "mon"), P), "range", "GN", "Conakry", "Kaloum", "Gendarmerie", "FNDC",
      "des gendarmes ont arrêté à son domicile", arr=1, attr=["proches"]),
    E("OTH", P, "day", "GN", "Conakry", "Dixinn", "Prosecutor's Office", None,
      "l'ouverture d'une enquête sur la mort", tags=["investigation"]),
],
[T("deaths", 53, P, "protesters killed since the September 2021 coup", "FNDC")]))
