"""Spanish briefs m017-m032 (text beside gold)."""
from common import D, E, T, pub, same, prev, shift, rng

DOCS = []
add = DOCS.append

# m017 Peaceful protest (strike with a march); nominal headline; zero arrests
P = pub("2026-05-20", "wed")
add(D("m017", "es", P,
      "Paro general y movilización en Buenos Aires\n"
      "La CGT realizó este miércoles un paro general de 24 horas contra el ajuste, con una marcha de "
      "decenas de miles de trabajadores hasta el Congreso. No hubo detenidos, según la Policía de la "
      "Ciudad.",
      [E("PP", same(P, "wed"), "day", "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires", "CGT",
         None, "La CGT realizó este miércoles un paro general", tags=["strike", "march"], arr=0,
         attr=["Policía de la Ciudad"])]))

# m018 Protest with intervention + state of exception over three provinces
P = pub("2026-06-17", "wed")
TUE = prev(P, "tue")
add(D("m018", "es", P,
      "La Policía dispersó con gases lacrimógenos a un grupo de indígenas que intentaba llegar a la "
      "Asamblea Nacional, en Quito, la tarde del martes. Nueve personas fueron detenidas, informó la "
      "Alianza por los Derechos Humanos. Esa misma noche, el presidente decretó el estado de excepción "
      "en Pichincha, Chimborazo y Tungurahua.",
      [E("PI", TUE, "day", "EC", "Pichincha", "Quito", "Indigenous communities", "Police",
         "La Policía dispersó con gases lacrimógenos", tags=["tear_gas"], arr=9,
         attr=["Alianza por los Derechos Humanos"]),
       E("OTH", TUE, "day", "EC", None, None, "Government of Ecuador", None,
         "el presidente decretó el estado de excepción", tags=["state_of_emergency"])]))

# m019 Death at a blockade with no cause given -> Excessive force (default rule), no force named
P = pub("2017-11-09", "thu")
add(D("m019", "es", P,
      "Un campesino murió y otros tres resultaron heridos este jueves durante un bloqueo de la "
      "carretera Interamericana a la altura de Chiantla, Huehuetenango, informaron los Bomberos "
      "Voluntarios. Los manifestantes exigían la cancelación de una licencia minera.",
      [E("EF", same(P, "thu"), "day", "GT", "Huehuetenango", "Chiantla", "Protesters", None,
         "Un campesino murió y otros tres resultaron heridos", tags=["road_blockade"], fat=1, inj=3,
         attr=["Bomberos Voluntarios"])]))

# m020 Violent demonstration; no date in the text
P = pub("2024-10-03", "thu")
add(D("m020", "es", P,
      "Estudiantes normalistas lanzaron petardos y piedras contra la sede de la Fiscalía estatal en "
      "Chilpancingo y quemaron una patrulla. Ocho policías resultaron lesionados, según la Secretaría "
      "de Seguridad Pública estatal.",
      [E("VD", None, "unknown", "MX", "Guerrero", "Chilpancingo", "Protesters", "Police",
         "lanzaron petardos y piedras contra la sede", inj=8,
         attr=["Secretaría de Seguridad Pública"])]))

# m021 Mob violence: lynching of civilians
P = pub("2021-03-22", "mon")
add(D("m021", "es", P,
      "Una turba golpeó y prendió fuego a dos hombres acusados de asaltar a un transportista en San "
      "Martín Texmelucan, Puebla, la noche del domingo. Ambos murieron antes de que llegara la policía "
      "municipal.",
      [E("MV", prev(P, "sun"), "day", "MX", "Puebla", "San Martín Texmelucan", "Rioters", "Civilians",
         "Una turba golpeó y prendió fuego", fat=2)]))

# m022 Suicide bomb; headline; rival death figures; claimed by a named group
P = pub("2018-09-04", "tue")
add(D("m022", "es", P,
      "Atentado suicida en Kabul\n"
      "Un suicida hizo estallar su chaleco de explosivos a la entrada de un centro educativo chií del "
      "oeste de Kabul este martes. El Ministerio de Salud Pública cifró los muertos en 12, mientras que "
      "la policía habló de 9. El Estado Islámico reivindicó el ataque.",
      [E("SUI", same(P, "tue"), "day", "AF", "Kabul", "Kabul", "Islamic State", "Civilians",
         "Un suicida hizo estallar su chaleco", fat=9, low=9, high=12,
         attr=["Ministerio de Salud Pública", "policía"])]))

# m023 Grenade against a police station; unnamed attackers
P = pub("2019-02-18", "mon")
add(D("m023", "es", P,
      "Dos policías resultaron heridos la noche del sábado cuando desconocidos lanzaron una granada "
      "contra la estación de Policía de Saravena, en Arauca, informó el comandante departamental.",
      [E("GRN", prev(P, "sat"), "day", "CO", "Arauca", "Saravena", "Unidentified armed group", "Police",
         "lanzaron una granada contra la estación", inj=2, attr=["comandante departamental"])]))

# m024 Abduction; relayed through EFE (no gold figure, so no attribution)
P = pub("2023-01-15", "sun")
add(D("m024", "es", P,
      "Hombres armados se llevaron por la fuerza a seis jóvenes de una fiesta en Fresnillo, Zacatecas, "
      "en la madrugada del viernes, dijo a EFE un familiar. Hasta este domingo se desconocía su "
      "paradero.",
      [E("ABD", prev(P, "fri"), "day", "MX", "Zacatecas", "Fresnillo", "Unidentified armed group",
         "Civilians", "se llevaron por la fuerza a seis jóvenes")]))

# m025 Sexual violence over a weekend (range) + UN death tally
P = pub("2026-06-09", "tue")
add(D("m025", "es", P,
      "Miembros de la coalición de pandillas G-Pèp violaron a al menos nueve mujeres durante una "
      "incursión en Cité Soleil el fin de semana, denunció una organización local de derechos humanos. "
      "Según la ONU, la violencia de las pandillas dejó más de 700 muertos en Haití en abril y mayo.",
      [E("SEX", rng(prev(P, "sat"), prev(P, "sun")), "range", "HT", "Ouest", "Cité Soleil", "G-Pèp",
         "Civilians", "violaron a al menos nueve mujeres")],
      [T("deaths", 700, P, "people killed in gang violence in Haiti in April and May 2026", "ONU")]))

# m026 Base established; month precision ('a comienzos de este mes')
P = pub("2025-09-23", "tue")
add(D("m026", "es", P,
      "El Clan del Golfo instaló a comienzos de este mes un campamento con unos 40 hombres armados en "
      "zona rural de Ituango, Antioquia, según denunciaron líderes comunales ante la Defensoría del "
      "Pueblo.",
      [E("HQ", "2025-09", "month", "CO", "Antioquia", "Ituango", "Clan del Golfo", None,
         "instaló a comienzos de este mes un campamento")]))

# m027 Agreement ending a teachers' strike (the strike itself has no date: not coded)
P = pub("2023-07-24", "mon")
add(D("m027", "es", P,
      "El Ministerio de Educación y los gremios docentes firmaron el sábado en Ciudad de Panamá un "
      "acuerdo que pone fin a la huelga que mantenía cerradas las escuelas públicas. Las clases se "
      "reanudarán el miércoles.",
      [E("AGR", prev(P, "sat"), "day", "PA", "Panamá", "Ciudad de Panamá", "Protesters",
         "Ministry of Education", "un acuerdo que pone fin a la huelga", tags=["strike"])]))

# m028 Property destruction with no crowd confrontation; zero injured
P = pub("2020-08-31", "mon")
add(D("m028", "es", P,
      "Un grupo de encapuchados armados quemó tres camiones forestales y una retroexcavadora en un "
      "predio de Contulmo, en la Región del Biobío, durante la madrugada de este lunes. No hubo "
      "heridos, informó Carabineros.",
      [E("LPD", same(P, "mon"), "day", "CL", "Región del Biobío", "Contulmo", "Unidentified armed group",
         None, "quemó tres camiones forestales y una retroexcavadora", inj=0, attr=["Carabineros"])]))

# m029 Investigation opened + the background killing (time and place given) + tally
P = pub("2026-06-29", "mon")
add(D("m029", "es", P,
      "La Fiscalía abrió este lunes una investigación contra dos policías por la muerte de un comunero, "
      "alcanzado por un disparo policial durante una protesta en Otavalo el 22 de junio. La Defensoría "
      "del Pueblo contabiliza tres fallecidos desde el inicio del paro nacional.",
      [E("OTH", same(P, "mon"), "day", "EC", "Imbabura", "Otavalo", "Prosecutor's Office", "Police",
         "La Fiscalía abrió este lunes una investigación", tags=["investigation"]),
       E("EF", "2026-06-22", "day", "EC", "Imbabura", "Otavalo", "Protesters", "Police",
         "alcanzado por un disparo policial durante una protesta", fat=1)],
      [T("deaths", 3, P, "deaths since the national strike began", "Defensoría del Pueblo")]))

# m030 Non-state actor overtakes territory
P = pub("2025-02-11", "tue")
add(D("m030", "es", P,
      "El Ejército de Arakan se hizo el domingo con el control de la ciudad de Thandwe, en el estado "
      "de Rakhine, tras tres semanas de combates con las tropas de la junta militar, según medios "
      "locales.",
      [E("NSO", prev(P, "sun"), "day", "MM", "Rakhine State", "Thandwe", "Arakan Army", "Military",
         "se hizo el domingo con el control")]))

# m031 Negative: a general strike called for a future date
P = pub("2024-10-29", "tue")
add(D("m031", "es", P,
      "UGT y CCOO convocaron este martes una huelga general en Cataluña para el próximo 14 de noviembre "
      "contra la subida de los alquileres, y no descartan nuevas movilizaciones en diciembre."))

# m032 Negative: court ruling on a 1976 disappearance with no place
P = pub("2019-04-25", "thu")
add(D("m032", "es", P,
      "La Corte Suprema de Chile confirmó este jueves las condenas de cuatro exmilitares por la "
      "desaparición de un estudiante en 1976. La sentencia no admite más recursos."))
