from common import D, E, T

D("d025", "fr", "2024-05-16", """Burkina : le détachement de Djibo attaqué, des frappes de drones dans l'Est

OUAGADOUGOU — Des centaines d'hommes armés ont attaqué dimanche le détachement militaire de Djibo, dans la région du Sahel, au cours de combats qui ont duré plusieurs heures, selon des sources sécuritaires. L'attaque a été revendiquée lundi par le Groupe de soutien à l'islam et aux musulmans (JNIM).

L'armée a fait état de « plusieurs dizaines de terroristes neutralisés » et de sept soldats et volontaires tués, tandis qu'un élu local, sous couvert d'anonymat, évoque plus de 40 morts parmi les militaires et les Volontaires pour la défense de la patrie (VDP).

Dans la région de l'Est, des drones de l'armée ont visé mardi des « positions terroristes » près de Pama. Selon plusieurs habitants joints par téléphone, une des frappes a touché un marché hebdomadaire, tuant une trentaine de civils. L'armée n'a pas réagi.

Jeudi dernier, des hommes armés ont enlevé une vingtaine de femmes qui ramassaient du bois près d'Arbinda, a appris l'AFP de sources locales.

Le gouverneur de la région du Sahel a instauré mercredi un couvre-feu de 19 heures à 6 heures à Djibo.

Selon un décompte de l'AFP, plus de 20 000 personnes ont été tuées au Burkina Faso depuis 2015.

Lire aussi : Au Sahel, la guerre des drones
Abonnez-vous pour lire la suite de nos articles.""",
  [E("AC", "2024-05-12", "day", "BF", "Sahel", "Djibo", "JNIM", "Military",
     "ont attaqué dimanche le détachement militaire de Djibo", fat=7, lo=7, hi=40,
     attr=["armée", "élu local"]),
   E("AIR", "2024-05-14", "day", "BF", "Est", "Pama", "Military", "Civilians",
     "des drones de l'armée ont visé mardi", fat=30, attr=["habitants"]),
   E("ABD", "2024-05-09", "day", "BF", "Sahel", "Arbinda", "Unidentified armed group", "Civilians",
     "des hommes armés ont enlevé une vingtaine"),
   E("OTH", "2024-05-15", "day", "BF", "Sahel", "Djibo", "Governor of Sahel", None,
     "a instauré mercredi un couvre-feu", tags=["curfew"])],
  [T("deaths", 20000, "2024-05-16", "people killed in Burkina Faso since 2015", "AFP")])

D("d026", "fr", "2023-03-18", """Guinée : un jeune tué lors d'une manifestation interdite à Conakry

CONAKRY — Un jeune homme de 19 ans a été tué par balle jeudi dans la commune de Ratoma, lors de heurts entre manifestants et forces de l'ordre, a annoncé le Front national pour la défense de la Constitution (FNDC), qui avait appelé à manifester contre la junte. Le ministère de la Sécurité a confirmé un décès et fait état de 23 agents blessés et de 41 interpellations dans l'ensemble de la capitale.

Dans la commune de Matoto, des jeunes ont dressé des barricades sur la route nationale avant d'être dispersés à coups de gaz lacrymogène, selon des témoins.

À Kindia, à 130 kilomètres de la capitale, une manifestation similaire s'est déroulée dans le calme le même jour.

Vendredi, le FNDC a annoncé la suspension de ses manifestations pendant une semaine « pour permettre l'inhumation de la victime ». Le mouvement affirme qu'au moins 30 personnes ont été tuées lors de manifestations depuis septembre 2021.

Le gouvernement accuse le FNDC, dissous par décret l'an dernier, de « troubler l'ordre public ».

Retrouvez toute l'actualité africaine dans notre newsletter quotidienne.""",
  [E("VD", "2023-03-16", "day", "GN", "Conakry", "Ratoma", "Protesters", "Police",
     "lors de heurts entre manifestants et forces", fat=1,
     attr=["Front national pour la défense de la Constitution", "ministère de la Sécurité"]),
   E("PI", "2023-03-16", "day", "GN", "Conakry", "Matoto", "Protesters", None,
     "des jeunes ont dressé des barricades", tags=["road_blockade", "tear_gas"]),
   E("PP", "2023-03-16", "day", "GN", "Kindia", "Kindia", "Protesters", None,
     "une manifestation similaire s'est déroulée dans le calme"),
   E("CHG", "2023-03-17", "day", "GN", "Conakry", "Conakry", "FNDC", None,
     "le FNDC a annoncé la suspension de ses")],
  [T("injured", 23, "2023-03-16", "security officers injured in Conakry on the protest day", "ministère de la Sécurité"),
   T("arrested", 41, "2023-03-16", "arrests across Conakry on the protest day", "ministère de la Sécurité"),
   T("deaths", 30, "2023-03-18", "people killed at protests in Guinea since September 2021", "FNDC")])

D("d027", "fr", "2021-11-18", """Madagascar : colère contre les délestages à Antsirabe, couvre-feu décrété

Des centaines d'habitants d'Antsirabe sont descendus dans la rue lundi soir pour protester contre les coupures d'électricité à répétition de la Jirama, la compagnie publique d'eau et d'électricité. Certains manifestants ont jeté des pierres sur l'agence locale de la société et mis le feu à un véhicule de service, selon la gendarmerie. Trois personnes ont été blessées, d'après l'hôpital de la ville.

Mardi, le préfet d'Antsirabe a décrété un couvre-feu de 21 heures à 4 heures du matin « jusqu'à nouvel ordre ».

À Antananarivo, une quinzaine d'étudiants qui tentaient de manifester devant le ministère de l'Énergie ont été interpellés mardi, a indiqué un responsable de la police sous couvert d'anonymat.

Le ministre de l'Énergie, Hery Rakotonirina, a promis mercredi un « plan d'urgence » et la location de groupes électrogènes pour les villes les plus touchées. Les syndicats de la Jirama menacent pour leur part d'une grève si des sanctions sont prises contre les agents locaux.

Les délestages, qui peuvent durer jusqu'à douze heures par jour dans certaines villes, sont devenus l'un des principaux motifs de mécontentement dans le pays.

Tous droits de reproduction réservés.""",
  [E("VD", "2021-11-15", "day", "MG", "Vakinankaratra", "Antsirabe", "Protesters", None,
     "ont jeté des pierres sur l'agence locale", inj=3, attr=["hôpital"]),
   E("OTH", "2021-11-16", "day", "MG", "Vakinankaratra", "Antsirabe", "Government of Madagascar", None,
     "a décrété un couvre-feu de 21 heures", tags=["curfew"]),
   E("PI", "2021-11-16", "day", "MG", "Analamanga", "Antananarivo", "Protesters", "Police",
     "une quinzaine d'étudiants qui tentaient de manifester", arr=15, attr=["responsable de la police"])])

D("d028", "fr", "2026-02-06", """Assurance chômage : heurts à Nantes et Rennes, la gare de Lyon Part-Dieu bloquée

Des dizaines de milliers de personnes ont manifesté jeudi dans toute la France à l'appel de l'intersyndicale contre la réforme de l'assurance chômage, lors d'une journée de grève interprofessionnelle. Le ministère de l'Intérieur a compté 312 000 manifestants dans le pays, la CGT 900 000.

À Nantes, des heurts ont éclaté en fin de cortège entre plusieurs centaines de manifestants vêtus de noir et les forces de l'ordre, qui ont fait usage de gaz lacrymogène et d'un canon à eau. Onze policiers ont été blessés selon la préfecture, qui a annoncé 14 interpellations.

À Rennes, des vitrines de banques ont été brisées et un abribus incendié en marge du défilé, a constaté un journaliste de l'AFP.

À Lyon, des cheminots grévistes ont bloqué les voies de la gare de la Part-Dieu pendant une heure, interrompant le trafic des TGV, selon la SNCF.

Au total, le ministère de l'Intérieur a fait état de 58 interpellations et de 37 policiers et gendarmes blessés dans le pays. Les syndicats doivent se retrouver lundi pour décider d'une nouvelle date de mobilisation.

(Avec AFP)
Lire aussi : Ce que change la réforme pour les demandeurs d'emploi""",
  [E("PP", "2026-02-05", "day", "FR", None, None, "Protesters", None,
     "ont manifesté jeudi dans toute la France", tags=["strike"]),
   E("VD", "2026-02-05", "day", "FR", "Pays de la Loire", "Nantes", "Protesters", "Police",
     "des heurts ont éclaté en fin de cortège", tags=["march", "tear_gas"], inj=11, arr=14,
     attr=["préfecture"]),
   E("VD", "2026-02-05", "day", "FR", "Bretagne", "Rennes", "Protesters", None,
     "des vitrines de banques ont été brisées", tags=["march"]),
   E("PP", "2026-02-05", "day", "FR", "Auvergne-Rhône-Alpes", "Lyon", "Protesters", None,
     "des cheminots grévistes ont bloqué les voies", tags=["strike", "road_blockade"])],
  [T("arrested", 58, "2026-02-05", "arrests across France on the strike day", "ministère de l'Intérieur"),
   T("injured", 37, "2026-02-05", "police officers and gendarmes injured across France on the strike day",
     "ministère de l'Intérieur")])

D("d029", "fr", "2023-06-14", """Ituri : au moins 20 civils tués dans l'attaque d'un site de déplacés

BUNIA — Des miliciens de la Coopérative pour le développement du Congo (CODECO) ont attaqué dans la nuit de samedi à dimanche un site de déplacés près de Fataki, dans le territoire de Djugu, tuant au moins 20 civils à l'arme blanche et par balles, selon la société civile locale. La Mission de l'ONU en RDC (Monusco) parle de 26 morts, dont neuf enfants.

Des Casques bleus déployés à proximité sont intervenus et ont échangé des tirs avec les assaillants, qui se sont retirés vers la forêt, a précisé la Monusco.

À Beni, dans la province voisine du Nord-Kivu, des habitants en colère ont manifesté lundi pour dénoncer l'insécurité ; la police a dispersé le rassemblement à coups de gaz lacrymogène et interpellé huit personnes, selon le maire de la ville.

Douze miliciens présumés de la CODECO ont été arrêtés mardi à Bunia, a annoncé le porte-parole du gouverneur militaire de l'Ituri.

Selon le Bureau de la coordination des affaires humanitaires de l'ONU (OCHA), plus de 1 200 civils ont été tués en Ituri depuis janvier.

Cet article vous a été utile ? Partagez-le.""",
  [E("ATT", "2023-06-10/2023-06-11", "range", "CD", "Ituri", "Fataki", "CODECO", "Civilians",
     "ont attaqué dans la nuit de samedi à", fat=20, lo=20, hi=26,
     attr=["société civile locale", "Monusco"]),
   E("AC", "2023-06-10/2023-06-11", "range", "CD", "Ituri", "Fataki", "Monusco", "CODECO",
     "ont échangé des tirs avec les assaillants"),
   E("PI", "2023-06-12", "day", "CD", "Nord-Kivu", "Beni", "Protesters", "Police",
     "des habitants en colère ont manifesté lundi", tags=["tear_gas"], arr=8, attr=["maire"]),
   E("ARR", "2023-06-13", "day", "CD", "Ituri", "Bunia", None, "CODECO",
     "miliciens présumés de la CODECO ont été arrêtés", arr=12,
     attr=["porte-parole du gouverneur militaire"])],
  [T("deaths", 1200, "2023-06-14", "civilians killed in Ituri since January",
     "Bureau de la coordination des affaires humanitaires")])

D("d030", "fr", "2023-06-01", """Sénégal : l'opposition appelle à une grande marche vendredi à Dakar

DAKAR — La principale coalition de l'opposition a appelé mercredi ses partisans à une « grande marche pacifique » vendredi prochain à Dakar pour exiger la libération de militants détenus et le respect du calendrier électoral.

« Nous marcherons, avec ou sans autorisation », a déclaré l'un de ses porte-parole, Abdoulaye Ndiaye, lors d'une conférence de presse. Le préfet de Dakar n'a pas encore répondu à la demande de la coalition.

Le porte-parole du gouvernement a appelé « toutes les parties à la retenue » et assuré que les forces de sécurité « garantiront l'ordre public ». Plusieurs syndicats d'enseignants ont par ailleurs annoncé une grève de 48 heures pour la semaine prochaine.

Des diplomates occidentaux ont exprimé leur inquiétude face aux tensions politiques qui traversent le pays depuis plusieurs années, rappelant que des violences avaient marqué les précédentes périodes préélectorales.

Le dialogue national, boycotté par une partie de l'opposition, doit reprendre la semaine prochaine au palais présidentiel.

Pour recevoir nos alertes, inscrivez-vous gratuitement.""")

D("d031", "fr", "2024-11-29", """Haïti : le gang Gran Grif attaque Liancourt, au moins 12 morts

PORT-AU-PRINCE — Des membres du gang Gran Grif ont attaqué mardi matin la commune de Liancourt, dans le département de l'Artibonite, tuant au moins 12 personnes et incendiant une trentaine de maisons, selon le maire adjoint, Jean-Robert Célestin. Le Réseau national de défense des droits humains (RNDDH) évoque pour sa part 18 morts.

Des policiers appuyés par une brigade de vigilance locale ont affronté les assaillants pendant plusieurs heures, a indiqué la Police nationale d'Haïti (PNH), qui affirme avoir « neutralisé » quatre bandits.

Mercredi, une foule a lynché à Saint-Marc deux hommes soupçonnés d'être des informateurs du gang, a rapporté une radio locale.

Jeudi, des centaines d'habitants réfugiés à Saint-Marc ont manifesté devant le commissariat de la ville pour réclamer des renforts.

Selon l'ONU, plus de 4 000 personnes ont été tuées dans des violences liées aux gangs en Haïti depuis janvier.

© Tous droits réservés. Reproduction interdite sans autorisation.""",
  [E("ATT", "2024-11-26", "day", "HT", "Artibonite", "Liancourt", "Gran Grif", "Civilians",
     "Des membres du gang Gran Grif ont attaqué", fat=12, lo=12, hi=18,
     attr=["Jean-Robert Célestin", "Réseau national de défense des droits humains"]),
   E("AC", "2024-11-26", "day", "HT", "Artibonite", "Liancourt", "Police", "Gran Grif",
     "ont affronté les assaillants pendant plusieurs heures", fat=4, attr=["Police nationale d'Haïti"]),
   E("MV", "2024-11-27", "day", "HT", "Artibonite", "Saint-Marc", "Rioters", "Civilians",
     "une foule a lynché à Saint-Marc deux", fat=2, attr=["radio locale"]),
   E("PP", "2024-11-28", "day", "HT", "Artibonite", "Saint-Marc", "Protesters", None,
     "ont manifesté devant le commissariat de la ville")],
  [T("deaths", 4000, "2024-11-29", "people killed in gang violence in Haiti since January", "ONU")])

D("d032", "fr", "2024-01-18", """Tunisie : nuit d'affrontements à Kasserine, routes bloquées à Sidi Bouzid

Des affrontements ont opposé dans la nuit de lundi à mardi des dizaines de jeunes manifestants aux forces de l'ordre dans plusieurs quartiers de Kasserine, au lendemain de la mort d'un vendeur ambulant qui s'était immolé par le feu devant le siège du gouvernorat. Le ministère de l'Intérieur a annoncé l'interpellation de 47 personnes et fait état de neuf agents blessés.

À Sidi Bouzid, des manifestants ont bloqué la route nationale 13 avec des pierres et des branchages mardi soir ; la garde nationale les a dispersés au gaz lacrymogène.

Le gouverneur de Kasserine a décrété mercredi un couvre-feu nocturne dans la ville. L'Union générale tunisienne du travail (UGTT) a appelé à une grève régionale ce jeudi.

Le Forum tunisien pour les droits économiques et sociaux (FTDES) a recensé plus de 600 arrestations dans le pays lors de mouvements sociaux depuis le début de l'année dernière.

Abonnez-vous à notre lettre d'information.""",
  [E("VD", "2024-01-15/2024-01-16", "range", "TN", "Kasserine", "Kasserine", "Protesters", "Police",
     "Des affrontements ont opposé dans la nuit", inj=9, arr=47, attr=["ministère de l'Intérieur"]),
   E("PI", "2024-01-16", "day", "TN", "Sidi Bouzid", "Sidi Bouzid", "Protesters", "National Guard",
     "des manifestants ont bloqué la route nationale 13", tags=["road_blockade", "tear_gas"]),
   E("OTH", "2024-01-17", "day", "TN", "Kasserine", "Kasserine", "Government of Tunisia", None,
     "a décrété mercredi un couvre-feu nocturne", tags=["curfew"])],
  [T("arrested", 600, "2024-01-18", "arrests at social protests in Tunisia since the start of the previous year",
     "Forum tunisien pour les droits économiques et sociaux")])
