"""French briefs j049-j064: text beside gold."""
from common import D, E, T, prev, same, shift, rng

P49 = "2026-10-16"
P50 = "2025-09-10"
P51 = "2018-04-30"
P52 = "2019-11-13"
P53 = "2021-07-13"
P54 = "2020-02-21"
P55 = "2023-05-19"
P56 = "2024-12-02"
P57 = "2017-09-18"
P58 = "2018-07-13"
P59 = "2024-04-16"
P60 = "2025-03-20"
P61 = "2020-06-07"
P62 = "2021-05-24"
P63 = "2025-08-12"

_T49 = "défilé jeudi à Paris, Marseille, Lyon et Nantes"

DOCS = [
    D("j049", P49,
      "Des dizaines de milliers de personnes ont défilé jeudi à Paris, Marseille, Lyon et Nantes contre le projet de réforme de l'assurance chômage, "
      "à l'appel d'une intersyndicale. Le ministère de l'Intérieur a fait état de 34 interpellations dans tout le pays.",
      [E("PP", prev(P49, "thu"), "day", "FR", "Île-de-France", "Paris", "Protesters", None, _T49, tags=["march"]),
       E("PP", prev(P49, "thu"), "day", "FR", "Provence-Alpes-Côte d'Azur", "Marseille", "Protesters", None, _T49, tags=["march"]),
       E("PP", prev(P49, "thu"), "day", "FR", "Auvergne-Rhône-Alpes", "Lyon", "Protesters", None, _T49, tags=["march"]),
       E("PP", prev(P49, "thu"), "day", "FR", "Pays de la Loire", "Nantes", "Protesters", None, _T49, tags=["march"])],
      [T("arrested", 34, P49, "arrests across France during Thursday's marches", "ministère de l'Intérieur")]),
    D("j050", P50,
      "Les forces de l'ordre ont dispersé mardi à coups de grenades lacrymogènes un rassemblement de partisans de l'opposition place de l'Obélisque, à Dakar. "
      "Une trentaine de personnes ont été interpellées, selon Amnesty International Sénégal.",
      [E("PWI", prev(P50, "tue"), "day", "SN", "Dakar", "Dakar", "Protesters", "Police",
         "ont dispersé mardi à coups de grenades lacrymogènes", tags=["tear_gas"], arr=30,
         attr=["Amnesty International Sénégal"])]),
    D("j051", P51,
      "Au moins cinq manifestants ont été tués par balle samedi à Moundou lors d'une marche de l'opposition dispersée par les forces de sécurité, "
      "selon la Ligue tchadienne des droits de l'homme (LTDH). Le gouvernement parle de deux morts. "
      "La LTDH dénombre désormais 14 morts depuis le début de la contestation, en février.",
      [E("EF", prev(P51, "sat"), "day", "TD", "Logone Occidental", "Moundou", "Protesters", "Security forces",
         "Au moins cinq manifestants ont été tués par", tags=["march"], fat=2, lo=2, hi=5,
         attr=["Ligue tchadienne des droits de l'homme", "gouvernement"])],
      [T("deaths", 14, P51, "deaths since the protests began in February", "Ligue tchadienne des droits de l'homme")]),
    D("j052", P52,
      "Des manifestants qui protestaient contre les coupures d'eau ont incendié la mairie annexe et affronté les gendarmes à coups de pierres à Koungou, "
      "à Mayotte, dans la nuit de lundi à mardi ; quatre gendarmes ont été blessés, selon la préfecture. Celle-ci a instauré mardi un couvre-feu dans la commune.",
      [E("VD", rng(prev(P52, "mon"), prev(P52, "tue")), "range", "FR", "Mayotte", "Koungou", "Protesters", "Gendarmerie",
         "incendié la mairie annexe et affronté les gendarmes", inj=4, attr=["préfecture"]),
       E("OTH", prev(P52, "tue"), "day", "FR", "Mayotte", "Koungou", "Préfecture de Mayotte", None,
         "a instauré mardi un couvre-feu", tags=["curfew"])]),
    D("j053", P53,
      "Un policier a été lynché dimanche par une foule en colère à Kisangani, après la mort d'un conducteur de moto-taxi renversé par un véhicule de police, "
      "a indiqué le maire de la ville.",
      [E("MV", prev(P53, "sun"), "day", "CD", "Tshopo", "Kisangani", "Rioters", "Police",
         "Un policier a été lynché dimanche", fat=1, attr=["maire"])]),
    D("j054", P54,
      "Six combattants des Ambazonia Defence Forces (ADF) et un soldat ont été tués jeudi lors d'affrontements avec l'armée à Bambui, "
      "près de Bamenda, dans la région du Nord-Ouest, a-t-on appris de source sécuritaire.",
      [E("AC", prev(P54, "thu"), "day", "CM", "Nord-Ouest", "Bambui", "Military", "Ambazonia Defence Forces",
         "lors d'affrontements avec l'armée à Bambui", fat=7, attr=["source sécuritaire"])]),
    D("j055", P55,
      "Des miliciens de la CODECO se sont emparés mercredi de la localité de Djugu, en Ituri, après plusieurs heures de combats avec les FARDC, "
      "selon la société civile locale. Le bilan reste inconnu.",
      [E("NSO", prev(P55, "wed"), "day", "CD", "Ituri", "Djugu", "CODECO", "Military",
         "se sont emparés mercredi de la localité")]),
    D("j056", P56,
      "Deux civils ont été tués et cinq blessés dimanche par des tirs d'artillerie russes sur le quartier de Korabel, à Kherson, "
      "a annoncé l'administration militaire régionale.",
      [E("SHL", prev(P56, "sun"), "day", "UA", "Kherson Oblast", "Kherson", "Military of Russia", "Civilians",
         "par des tirs d'artillerie russes", fat=2, inj=5, attr=["administration militaire régionale"])]),
    D("j057", P57,
      "Une grenade lancée par des inconnus contre un bar du centre de Gitega a fait trois morts et une vingtaine de blessés samedi soir, selon la police.",
      [E("GRN", prev(P57, "sat"), "day", "BI", "Gitega", "Gitega", "Unidentified armed group", "Civilians",
         "Une grenade lancée par des inconnus", fat=3, inj=20, attr=["police"])]),
    D("j058", P58,
      "Une femme kamikaze s'est fait exploser jeudi matin dans le marché de Kolofata, dans l'Extrême-Nord du Cameroun, tuant au moins huit personnes selon le sous-préfet ; "
      "un élu local avance le chiffre de onze morts. L'attaque est attribuée à Boko Haram.",
      [E("SUI", prev(P58, "thu"), "day", "CM", "Extrême-Nord", "Kolofata", "Boko Haram", "Civilians",
         "Une femme kamikaze s'est fait exploser jeudi", fat=8, lo=8, hi=11, attr=["sous-préfet", "élu local"])]),
    D("j059", P59,
      "Huit passagers d'un autobus ont été enlevés lundi sur la route nationale 1, près de Saint-Marc, par des membres du gang Gran Grif, selon la police locale.",
      [E("ABD", prev(P59, "mon"), "day", "HT", "Artibonite", "Saint-Marc", "Gran Grif", "Civilians",
         "ont été enlevés lundi sur la route")]),
    D("j060", P60,
      "Les éboueurs de Marseille, en grève depuis le 6 mars à l'appel de Force ouvrière (FO), ont repris le travail jeudi "
      "après la signature, la veille, d'un protocole d'accord avec la métropole Aix-Marseille-Provence.",
      [E("PP", rng("2025-03-06", prev(P60, "wed")), "range", "FR", "Provence-Alpes-Côte d'Azur", "Marseille", "Force ouvrière", None,
         "en grève depuis le 6 mars", tags=["strike"]),
       E("AGR", prev(P60, "wed"), "day", "FR", "Provence-Alpes-Côte d'Azur", "Marseille", "Force ouvrière", "Métropole Aix-Marseille-Provence",
         "la signature, la veille, d'un protocole d'accord")]),
    D("j061", P61,
      "Au moins sept membres du collectif Togo Debout ont été arrêtés à leur domicile, à Lomé, dans la nuit de vendredi à samedi, ont indiqué leurs avocats.",
      [E("ARR", rng(prev(P61, "fri"), prev(P61, "sat")), "range", "TG", "Maritime", "Lomé", None, "Togo Debout",
         "ont été arrêtés à leur domicile", arr=7, attr=["avocats"])]),
    D("j062", P62,
      "Une charge explosive a été découverte puis désamorcée par les démineurs devant une résidence secondaire de Porto-Vecchio (Corse-du-Sud), "
      "dans la nuit de samedi à dimanche, selon le parquet.",
      [E("DWU", rng(prev(P62, "sat"), prev(P62, "sun")), "range", "FR", "Corse", "Porto-Vecchio", None, None,
         "découverte puis désamorcée par les démineurs")]),
    D("j063", P63,
      "Après le retrait sans combat de l'armée nigérienne de son poste de Tamou, dans la région de Tillabéri, vendredi, "
      "des combattants du JNIM ont pris possession des lieux et y ont installé une base, selon des élus locaux.",
      [E("NVT", prev(P63, "fri"), "day", "NE", "Tillabéri", "Tamou", "JNIM", "Military",
         "ont pris possession des lieux"),
       E("HQ", prev(P63, "fri"), "day", "NE", "Tillabéri", "Tamou", "JNIM", None,
         "y ont installé une base")]),
    # negative
    D("j064", "2026-11-25",
      "L'Assemblée nationale a commencé mardi l'examen d'une proposition de loi visant à interdire de manifester les personnes déjà condamnées "
      "pour des violences commises lors de rassemblements. Le texte prévoit une amende de 7 500 euros en cas d'infraction."),
]
