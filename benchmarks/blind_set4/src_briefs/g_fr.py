"""Briefs g049-g064, French. Each text sits beside its gold."""
from common import doc, ev, tally, prev, shift, rng

DOCS = []
A = DOCS.append

# g049 - union march; rival crowd sizes (not coded); boilerplate
P = "2025-11-16"
A(doc("g049", "fr", P,
      "RENNES — Entre 4 000 personnes, selon la préfecture, et 9 000, selon les organisateurs, ont "
      "défilé samedi dans les rues de Rennes à l'appel de l'intersyndicale pour la défense des "
      "services publics. Le cortège s'est dispersé dans le calme en milieu d'après-midi.\n"
      "Lire aussi : Hôpitaux bretons, la grande saignée",
      [ev("PP", prev(P, "sat"), "day", "FR", "Bretagne", "Rennes", "Protesters", None,
          "ont défilé samedi dans les rues de Rennes", tags=["march"])]))

# g050 - tear gas at an opposition gathering; "une vingtaine" arrests
P = "2026-01-15"
A(doc("g050", "fr", P,
      "COTONOU — La police a dispersé mardi à coups de gaz lacrymogènes un rassemblement de partisans "
      "de l'opposition devant le siège de la Commission électorale nationale autonome (CENA), à "
      "Cotonou. Une vingtaine de personnes ont été interpellées, selon Amnesty International.",
      [ev("PWI", prev(P, "tue"), "day", "BJ", "Littoral", "Cotonou", "Protesters", "Police",
          "La police a dispersé mardi à coups", tags=["tear_gas"], arr=20,
          attr=["Amnesty International"])]))

# g051 - marchers shot ("jeudi dernier"), rival figures; curfew the same evening
P = "2025-05-21"
A(doc("g051", "fr", P,
      "N'DJAMENA — Deux manifestants ont été tués par balle jeudi dernier à N'Djamena lors d'une "
      "marche contre la vie chère, selon le parti Les Transformateurs, qui accuse les forces de l'ordre "
      "d'avoir tiré sur le cortège. Une source hospitalière fait état de trois morts. Le gouvernement a "
      "décrété le soir même un couvre-feu de 20 heures à 6 heures dans la capitale.",
      [ev("EF", prev(P, "thu"), "day", "TD", "N'Djamena", "N'Djamena", "Protesters", "Police",
          "Deux manifestants ont été tués par balle", tags=["march"], fat=2, lo=2, hi=3,
          attr=["Les Transformateurs", "source hospitalière"]),
       ev("OTH", prev(P, "thu"), "day", "TD", "N'Djamena", "N'Djamena", "Government of Chad", None,
          "a décrété le soir même un couvre-feu", tags=["curfew"])]))

# g052 - May Day clashes with figures from two sources; office ransacked overnight elsewhere
P = "2024-05-02"
A(doc("g052", "fr", P,
      "LYON — Des heurts ont éclaté mercredi à Lyon en marge du défilé du 1er-Mai : des casseurs ont "
      "brisé des vitrines et lancé des projectiles sur les forces de l'ordre, qui ont répliqué par des "
      "gaz lacrymogènes. La préfecture a fait état de 32 interpellations, le ministre de l'Intérieur "
      "de neuf policiers blessés. Dans la nuit, la permanence d'une députée à Villeurbanne a été "
      "saccagée.",
      [ev("VD", prev(P, "wed"), "day", "FR", "Auvergne-Rhône-Alpes", "Lyon", "Protesters", "Police",
          "Des heurts ont éclaté mercredi à Lyon", tags=["march", "tear_gas"], inj=9, arr=32,
          attr=["préfecture", "ministre de l'Intérieur"]),
       ev("LOOT", rng(prev(P, "wed"), P), "range", "FR", "Auvergne-Rhône-Alpes", "Villeurbanne",
          None, None, "la permanence d'une députée à Villeurbanne")]))

# g053 - mob killing "la veille"
P = "2020-08-12"
A(doc("g053", "fr", P,
      "TOAMASINA — Deux présumés cambrioleurs ont été battus à mort par une foule la veille au soir "
      "dans un quartier populaire de Toamasina, a indiqué la gendarmerie.",
      [ev("MOB", shift(P, -1), "day", "MG", "Atsinanana", "Toamasina", "Rioters", "Civilians",
          "ont été battus à mort par une foule", fat=2, attr=["gendarmerie"])]))

# g054 - army against rebel coalition
P = "2021-03-13"
A(doc("g054", "fr", P,
      "BANGUI — De violents combats ont opposé jeudi les Forces armées centrafricaines (FACA) aux "
      "rebelles de la Coalition des patriotes pour le changement (CPC) près de Bossangoa, dans le "
      "nord-ouest du pays, faisant sept morts selon une source militaire.",
      [ev("AC", prev(P, "thu"), "day", "CF", "Ouham", "Bossangoa", "Forces armées centrafricaines",
          "Coalition des patriotes pour le changement", "De violents combats ont opposé jeudi les",
          fat=7, attr=["source militaire"])]))

# g055 - rebels seize a locality after fighting a militia
P = "2024-06-20"
A(doc("g055", "fr", P,
      "GOMA — Les rebelles du M23 se sont emparés mardi de la localité de Kalembe, dans la province "
      "du Nord-Kivu, après plusieurs heures d'affrontements avec des miliciens wazalendo, ont rapporté "
      "des sources de la société civile.",
      [ev("NSA", prev(P, "tue"), "day", "CD", "Nord-Kivu", "Kalembe", "M23", "Wazalendo",
          "se sont emparés mardi de la localité")]))

# g056 - artillery on the outskirts of a town
P = "2024-03-04"
A(doc("g056", "fr", P,
      "BEYROUTH — Des obus d'artillerie israéliens se sont abattus dimanche sur les abords de Khiam, "
      "dans le sud du Liban, blessant deux agriculteurs, a rapporté l'Agence nationale d'information "
      "(ANI, officielle).\n"
      "Abonnez-vous à notre lettre d'information.",
      [ev("SHELL", prev(P, "sun"), "day", "LB", "Nabatieh", "Khiam", "Military of Israel",
          "Civilians", "Des obus d'artillerie israéliens se sont abattus", inj=2,
          attr=["Agence nationale d'information"])]))

# g057 - grenade in a bar, nominal phrasing, rival injured figures
P = "2018-03-05"
A(doc("g057", "fr", P,
      "BUJUMBURA — L'explosion d'une grenade lancée par des inconnus dans un bar du quartier de "
      "Kamenge, dans le nord de Bujumbura, a fait onze blessés samedi soir, selon la police. Des "
      "témoins parlent d'une quinzaine de blessés.",
      [ev("GREN", prev(P, "sat"), "day", "BI", "Bujumbura Mairie", "Bujumbura",
          "Unidentified armed group", "Civilians", "L'explosion d'une grenade lancée par des inconnus",
          inj=11, attr=["police", "témoins"])]))

# g058 - night attack on a village, rival figures; regional tally
P = "2022-07-09"
A(doc("g058", "fr", P,
      "BAMAKO — Au moins vingt civils ont été tués dans la nuit de mercredi à jeudi par des hommes "
      "armés lors de l'attaque d'un village du cercle de Bankass, selon un élu local. L'association "
      "peule Tabital Pulaaku avance le chiffre de 31 morts. Selon l'ONU, plus de 400 civils ont été "
      "tués dans la région de Mopti depuis janvier.",
      [ev("ATT", rng(prev(P, "wed"), prev(P, "thu")), "range", "ML", "Mopti", "Bankass",
          "Unidentified armed group", "Civilians", "Au moins vingt civils ont été tués",
          fat=20, lo=20, hi=31, attr=["élu local", "Tabital Pulaaku"])],
      [tally("deaths", 400, P, "civilians killed in the Mopti region since January 2022", "ONU")]))

# g059 - sexual violence, "au début du mois"
P = "2023-09-21"
A(doc("g059", "fr", P,
      "BUKAVU — Des hommes armés ont violé au moins quatorze femmes au début du mois dans plusieurs "
      "villages du territoire de Kalehe, au Sud-Kivu, a dénoncé une organisation locale de défense des "
      "droits des femmes.",
      [ev("SEX", P[:7], "month", "CD", "Sud-Kivu", "Kalehe", "Unidentified armed group",
          "Civilians", "ont violé au moins quatorze femmes")]))

# g060 - sit-in blocking a factory since a given date, ended by an agreement
P = "2021-06-10"
A(doc("g060", "fr", P,
      "GABÈS (Tunisie) — Les diplômés chômeurs qui bloquaient depuis le 17 mai l'accès à l'usine du "
      "Groupe chimique tunisien (GCT) à Gabès ont levé mardi leur sit-in, après la signature d'un "
      "accord avec le gouvernement prévoyant 500 recrutements.",
      [ev("PP", rng("2021-05-17", prev(P, "tue")), "range", "TN", "Gabès", "Gabès", "Protesters",
          None, "bloquaient depuis le 17 mai l'accès"),
       ev("AGR", prev(P, "tue"), "day", "TN", "Gabès", "Gabès", "Protesters", "Government of Tunisia",
          "ont levé mardi leur sit-in")]))

# g061 - activist arrested at home at night
P = "2021-04-14"
A(doc("g061", "fr", P,
      "ALGER — Un militant du Hirak a été interpellé lundi soir à son domicile à Béjaïa par des "
      "policiers en civil, a indiqué le Comité national pour la libération des détenus (CNLD).",
      [ev("ARR", prev(P, "mon"), "day", "DZ", "Béjaïa", "Béjaïa", "Police", "Hirak",
          "a été interpellé lundi soir à son domicile", arr=1,
          attr=["Comité national pour la libération des détenus"])]))

# g062 - IED found and destroyed
P = "2019-10-04"
A(doc("g062", "fr", P,
      "YAOUNDÉ — Un engin explosif improvisé a été découvert et détruit mercredi par les militaires "
      "sur l'axe Mora-Kolofata, dans l'Extrême-Nord, a-t-on appris de source sécuritaire.",
      [ev("DWU", prev(P, "wed"), "day", "CM", "Extrême-Nord", "Mora", "Military", None,
          "a été découvert et détruit mercredi")]))

# g063 - chlorine dropped by helicopter, passive; denial
P = "2018-05-16"
A(doc("g063", "fr", P,
      "IDLEB (Syrie) — Des barils contenant du chlore ont été largués lundi soir par hélicoptère sur "
      "Jisr al-Choughour, dans la province d'Idleb, provoquant des difficultés respiratoires chez onze "
      "personnes, selon la Défense civile syrienne. Damas dément tout recours aux armes chimiques.",
      [ev("CHEM", prev(P, "mon"), "day", "SY", "Idlib", "Jisr al-Shughur", None, "Civilians",
          "Des barils contenant du chlore ont été largués", inj=11,
          attr=["Défense civile syrienne"])]))

# g064 - NEGATIVE: rugby match
P = "2023-10-09"
A(doc("g064", "fr", P,
      "Rugby : les Bleus ont assiégé l'en-but adverse\n"
      "Pendant quatre-vingts minutes, le XV de France a pilonné la défense adverse, multipliant les "
      "offensives jusqu'à faire céder le verrou en fin de match. « On les a usés au corps-à-corps », "
      "a résumé le capitaine après la victoire.",
      []))
