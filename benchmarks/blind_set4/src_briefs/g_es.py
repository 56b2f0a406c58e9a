"""Briefs g017-g032, Spanish. Each text sits beside its gold."""
from common import doc, ev, tally, prev, shift, rng

DOCS = []
A = DOCS.append

# g017 - student march; boilerplate
P = "2019-04-12"
A(doc("g017", "es", P,
      "SANTIAGO, 12 abr. — Decenas de miles de estudiantes marcharon el jueves por la Alameda, en el "
      "centro de Santiago, convocados por la Confederación de Estudiantes de Chile (Confech), para "
      "exigir la condonación de las deudas universitarias. La jornada terminó sin incidentes, según "
      "Carabineros.\n"
      "Lea también: El Gobierno presentará su reforma al crédito estudiantil",
      [ev("PP", prev(P, "thu"), "day", "CL", "Región Metropolitana de Santiago", "Santiago",
          "Confederación de Estudiantes de Chile", None, "marcharon el jueves por la Alameda",
          tags=["march"])]))

# g018 - pensioners dispersed with tear gas; arrests from a ministry
P = "2025-04-10"
A(doc("g018", "es", P,
      "BUENOS AIRES — Efectivos de la Policía Federal Argentina dispersaron con gases lacrimógenos y "
      "carros hidrantes a los jubilados que se concentraban el miércoles frente al Congreso, en la "
      "habitual protesta semanal por las pensiones. El Ministerio de Seguridad informó de doce "
      "detenidos.",
      [ev("PWI", prev(P, "wed"), "day", "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires",
          "Protesters", "Policía Federal Argentina", "dispersaron con gases lacrimógenos y carros hidrantes",
          tags=["tear_gas"], arr=12, attr=["Ministerio de Seguridad"])]))

# g019 - blockade cleared by soldiers, one dead
P = "2021-10-25"
A(doc("g019", "es", P,
      "QUITO — Un comunero murió y otros tres resultaron heridos por impactos de perdigones cuando "
      "militares despejaban el bloqueo de la vía Panamericana a la altura de Cayambe, en Pichincha, "
      "en la madrugada del domingo, denunció la Confederación de Nacionalidades Indígenas del Ecuador "
      "(Conaie). Las Fuerzas Armadas no se pronunciaron.",
      [ev("EF", prev(P, "sun"), "day", "EC", "Pichincha", "Cayambe", "Protesters", "Military",
          "Un comunero murió y otros tres resultaron heridos", tags=["road_blockade"], fat=1, inj=3,
          attr=["Confederación de Nacionalidades Indígenas del Ecuador"])]))

# g020 - stones and burning tyres "anoche"
P = "2022-07-14"
A(doc("g020", "es", P,
      "COLÓN, Panamá — Manifestantes quemaron llantas y lanzaron piedras contra unidades "
      "antidisturbios anoche en la avenida Bolívar de la ciudad de Colón, durante una protesta contra "
      "el alza del combustible. Ocho personas fueron aprehendidas, informó la Policía Nacional.",
      [ev("VD", shift(P, -1), "day", "PA", "Colón", "Colón", "Protesters", "Policía Nacional",
          "Manifestantes quemaron llantas y lanzaron piedras", arr=8, attr=["Policía Nacional"])]))

# g021 - lynching
P = "2018-09-03"
A(doc("g021", "es", P,
      "Linchan a presunto ladrón en Quiché\n"
      "Una turba golpeó y prendió fuego a un hombre señalado de robar una motocicleta en Santa Cruz "
      "del Quiché el sábado por la tarde. El hombre murió en el lugar antes de que agentes de la "
      "Policía Nacional Civil (PNC) pudieran rescatarlo, según un comunicado de la institución.",
      [ev("MOB", prev(P, "sat"), "day", "GT", "Quiché", "Santa Cruz del Quiché", "Rioters",
          "Civilians", "Una turba golpeó y prendió fuego", fat=1,
          attr=["Policía Nacional Civil"])]))

# g022 - armed clash over two days, rival figures
P = "2024-05-13"
A(doc("g022", "es", P,
      "POPAYÁN — Al menos nueve personas murieron en combates entre el Ejército de Liberación "
      "Nacional (ELN) y disidencias de las FARC en zona rural de Argelia, en el sur del Cauca, entre "
      "el viernes y el sábado, según la Defensoría del Pueblo. Fuentes militares citadas por la prensa "
      "local elevaron la cifra a catorce.",
      [ev("AC", rng(prev(P, "fri"), prev(P, "sat")), "range", "CO", "Cauca", "Argelia",
          "Ejército de Liberación Nacional", "FARC dissidents", "murieron en combates entre el Ejército",
          fat=9, lo=9, hi=14, attr=["Defensoría del Pueblo", "fuentes militares"])]))

# g023 - jihadists take a town after fighting the army
P = "2024-03-21"
A(doc("g023", "es", P,
      "BAMAKO — Combatientes del Estado Islámico en el Sahel se hicieron con el control de la "
      "localidad de Tessit, en la región de Gao, el martes, tras varias horas de combates con el "
      "Ejército maliense, que se replegó hacia Ansongo, informaron fuentes locales.",
      [ev("NSA", prev(P, "tue"), "day", "ML", "Gao", "Tessit", "Islamic State Sahel Province",
          "Military", "se hicieron con el control de la localidad")]))

# g024 - drone attack on a police station
P = "2025-06-03"
A(doc("g024", "es", P,
      "CALI — Disidentes de las FARC lanzaron explosivos desde un dron contra la estación de policía "
      "de Jamundí, en el Valle del Cauca, la noche del domingo. Dos patrulleros resultaron heridos, "
      "informó la Policía Nacional.",
      [ev("AIR", prev(P, "sun"), "day", "CO", "Valle del Cauca", "Jamundí", "FARC dissidents",
          "Police", "lanzaron explosivos desde un dron contra", inj=2,
          attr=["Policía Nacional"])]))

# g025 - grenade in a bar, and a second grenade destroyed the next morning
P = "2023-02-20"
A(doc("g025", "es", P,
      "CÚCUTA — Desconocidos arrojaron una granada contra un establecimiento nocturno de Cúcuta la "
      "noche del sábado y dejaron cinco heridos, según el comandante de la Policía Metropolitana. Una "
      "segunda granada, hallada sin detonar junto a la puerta, fue destruida el domingo por la mañana "
      "por técnicos antiexplosivos de la Policía.",
      [ev("GREN", prev(P, "sat"), "day", "CO", "Norte de Santander", "Cúcuta",
          "Unidentified armed group", "Civilians", "Desconocidos arrojaron una granada", inj=5,
          attr=["comandante de la Policía Metropolitana"]),
       ev("DWU", prev(P, "sun"), "day", "CO", "Norte de Santander", "Cúcuta", "Police", None,
          "fue destruida el domingo por la mañana")]))

# g026 - suicide bombing "este viernes" (same day), claimed, rival figures
P = "2023-03-24"
A(doc("g026", "es", P,
      "MOGADISCIO — Un atacante suicida hizo estallar el chaleco de explosivos que llevaba a la "
      "entrada de un restaurante del distrito de Hodan este viernes y causó al menos doce muertos, "
      "según la Policía. El servicio de ambulancias Aamin elevó la cifra a diecisiete. El grupo "
      "yihadista Al Shabab reivindicó el atentado.",
      [ev("SUIC", P, "day", "SO", "Banaadir", "Mogadishu", "Al-Shabaab", "Civilians",
          "Un atacante suicida hizo estallar el chaleco", fat=12, lo=12, hi=17,
          attr=["Policía", "servicio de ambulancias Aamin"])]))

# g027 - chloropicrin dropped from drones (chemical before air/drone)
P = "2024-11-22"
A(doc("g027", "es", P,
      "KIEV — El Estado Mayor de las Fuerzas Armadas de Ucrania acusó a las tropas rusas de haber "
      "lanzado desde drones granadas cargadas con cloropicrina sobre posiciones ucranianas cerca de "
      "Pokrovsk, en la región de Donetsk, el miércoles, e informó de tres soldados intoxicados. Moscú "
      "niega el uso de armas químicas.",
      [ev("CHEM", prev(P, "wed"), "day", "UA", "Donetsk Oblast", "Pokrovsk", "Military of Russia",
          "Military of Ukraine", "granadas cargadas con cloropicrina", inj=3,
          attr=["Estado Mayor de las Fuerzas Armadas de Ucrania"])]))

# g028 - sexual violence, month precision, region-level place, no casualty attribution
P = "2020-02-11"
A(doc("g028", "es", P,
      "QUIBDÓ — La Defensoría del Pueblo denunció que integrantes de un grupo armado ilegal abusaron "
      "sexualmente de dos mujeres indígenas emberá en una zona rural del Chocó a finales de enero, "
      "y pidió a la Fiscalía abrir una investigación.",
      [ev("SEX", "2020-01", "month", "CO", "Chocó", None, "Unidentified armed group",
          "Civilians", "abusaron sexualmente de dos mujeres indígenas")]))

# g029 - arrests of peasant leaders; political-prisoner count as tally
P = "2019-06-19"
A(doc("g029", "es", P,
      "MANAGUA — Agentes de la Policía Nacional detuvieron el lunes en Masaya a tres dirigentes del "
      "Movimiento Campesino de Nicaragua, denunció el Colectivo Nicaragua Nunca Más, que contabiliza "
      "más de un centenar de presos políticos en el país.",
      [ev("ARR", prev(P, "mon"), "day", "NI", "Masaya", "Masaya", "Policía Nacional",
          "Movimiento Campesino de Nicaragua", "detuvieron el lunes en Masaya a tres dirigentes",
          arr=3, attr=["Colectivo Nicaragua Nunca Más"])],
      [tally("arrested", 100, P, "political prisoners held in Nicaragua",
             "Colectivo Nicaragua Nunca Más")]))

# g030 - withdrawal and takeover without fighting
P = "2023-10-27"
A(doc("g030", "es", P,
      "GOMA — Las tropas burundesas de la fuerza regional de la Comunidad de África Oriental se "
      "retiraron el miércoles de Kitshanga, en Kivu del Norte, y los rebeldes del M23 ocuparon la "
      "localidad sin disparar un tiro, según residentes.",
      [ev("NVT", prev(P, "wed"), "day", "CD", "Nord-Kivu", "Kitshanga", "M23",
          "East African Community Regional Force", "ocuparon la localidad sin disparar un tiro")]))

# g031 - state of emergency decreed "la víspera"
P = "2024-09-08"
A(doc("g031", "es", P,
      "LIMA — El Gobierno declaró el estado de emergencia por 30 días en la provincia de Cotabambas, "
      "en Apurímac, tras el bloqueo del corredor minero, según un decreto supremo publicado la víspera "
      "en el diario oficial El Peruano.",
      [ev("OTH", shift(P, -1), "day", "PE", "Apurímac", "Cotabambas", "Government of Peru", None,
          "declaró el estado de emergencia por 30 días", tags=["state_of_emergency"])]))

# g032 - NEGATIVE: review of a fiction series
P = "2021-05-06"
A(doc("g032", "es", P,
      "Crítica: 'Tierra quemada'\n"
      "La nueva serie de la plataforma retrata un país imaginario sacudido por saqueos, barricadas en "
      "llamas y un toque de queda que el protagonista, un coronel sin escrúpulos, impone a sangre y "
      "fuego. La dirección de las escenas de disturbios es lo mejor de sus ocho capítulos.",
      []))
