"""Spanish briefs j017-j032: text beside gold."""
from common import D, E, T, prev, same, shift, rng

P17 = "2018-06-16"
P18 = "2019-05-23"
P19 = "2021-06-10"
P20 = "2022-03-01"
P21 = "2020-01-13"
P22 = "2021-11-14"
P23 = "2024-09-19"
P24 = "2023-07-07"
P25 = "2025-04-12"
P26 = "2022-09-05"
P27 = "2022-08-17"
P28 = "2024-03-18"
P29 = "2024-06-12"
P30 = "2021-08-03"

DOCS = [
    D("j017", P17,
      "Transportistas levantan el bloqueo en la carretera Cochabamba-Santa Cruz\n"
      "Los transportistas pesados levantaron el viernes el bloqueo de la carretera entre Cochabamba y Santa Cruz, que mantenían desde el lunes, "
      "tras firmar un acta de entendimiento con el Ministerio de Obras Públicas.",
      [E("PP", rng(prev(P17, "mon"), prev(P17, "fri")), "range", "BO", "Cochabamba", "Cochabamba", "Protesters", None,
         "el bloqueo de la carretera entre Cochabamba", tags=["road_blockade"]),
       E("AGR", prev(P17, "fri"), "day", "BO", "Cochabamba", "Cochabamba", "Protesters", "Ministerio de Obras Públicas",
         "tras firmar un acta de entendimiento")]),
    D("j018", P18,
      "Carabineros dispersaron este jueves con carros lanzaaguas y gases lacrimógenos una marcha de estudiantes secundarios por la Alameda, en el centro de Santiago. "
      "La institución informó de 23 detenidos.",
      [E("PWI", same(P18, "thu"), "day", "CL", "Región Metropolitana de Santiago", "Santiago", "Protesters", "Carabineros",
         "Carabineros dispersaron este jueves con carros lanzaaguas", tags=["march", "tear_gas"], arr=23,
         attr=["Carabineros"])]),
    D("j019", P19,
      "Al menos tres campesinos murieron y 14 resultaron heridos el martes en Cobán, Alta Verapaz, cuando agentes de la Policía Nacional Civil "
      "abrieron fuego contra una protesta por el desalojo de una finca, según la Procuraduría de los Derechos Humanos. "
      "El Comité de Desarrollo Campesino (Codeca) habla de cinco muertos. La Procuraduría contabiliza ya 41 heridos desde que comenzaron los desalojos en mayo.",
      [E("EF", prev(P19, "tue"), "day", "GT", "Alta Verapaz", "Cobán", "Protesters", "Policía Nacional Civil",
         "abrieron fuego contra una protesta", fat=3, lo=3, hi=5, inj=14,
         attr=["Procuraduría de los Derechos Humanos", "Comité de Desarrollo Campesino"])],
      [T("injured", 41, P19, "people injured since the evictions began in May", "Procuraduría de los Derechos Humanos")]),
    D("j020", P20,
      "Indígenas y policías antidisturbios se enfrentaron el lunes con piedras y gases lacrimógenos en el centro de Popayán; "
      "la alcaldía reportó nueve agentes y seis manifestantes heridos. Esa misma noche, el alcalde decretó toque de queda en la ciudad.",
      [E("VD", prev(P20, "mon"), "day", "CO", "Cauca", "Popayán", "Indigenous communities", "Police",
         "se enfrentaron el lunes con piedras", tags=["tear_gas"], inj=15, attr=["alcaldía"]),
       E("OTH", prev(P20, "mon"), "day", "CO", "Cauca", "Popayán", "Mayor of Popayán", None,
         "el alcalde decretó toque de queda", tags=["curfew"])]),
    D("j021", P21,
      "Un hombre acusado de robar una motocicleta murió linchado por vecinos en un barrio de El Alto en la madrugada del domingo, informó la Policía.",
      [E("MV", prev(P21, "sun"), "day", "BO", "La Paz", "El Alto", "Rioters", "Civilians",
         "murió linchado por vecinos", fat=1, attr=["Policía"])]),
    D("j022", P22,
      "El Ejército retomó el sábado el control de la localidad de El Aguaje, en el municipio michoacano de Aguililla, tras un enfrentamiento de varias horas "
      "con integrantes del Cártel Jalisco Nueva Generación (CJNG). Seis presuntos sicarios murieron, según la Secretaría de la Defensa Nacional.",
      [E("GRT", prev(P22, "sat"), "day", "MX", "Michoacán", "El Aguaje", "Military", "Cártel Jalisco Nueva Generación",
         "El Ejército retomó el sábado el control", fat=6, attr=["Secretaría de la Defensa Nacional"])]),
    D("j023", P23,
      "Al menos 12 civiles murieron el miércoles en El Fasher por proyectiles de artillería que, según la Red de Médicos de Sudán, "
      "dispararon las Fuerzas de Apoyo Rápido contra el mercado de Naivasha.",
      [E("SHL", prev(P23, "wed"), "day", "SD", "North Darfur", "El Fasher", "Rapid Support Forces", "Civilians",
         "por proyectiles de artillería", fat=12, attr=["Red de Médicos de Sudán"])]),
    D("j024", P24,
      "Dos soldados muertos y tres heridos dejó una mina antipersonal en zona rural de Tibú, Norte de Santander, "
      "informó este viernes el Ejército, que atribuyó el artefacto al ELN.",
      [E("IED", None, "unknown", "CO", "Norte de Santander", "Tibú", "ELN", "Military",
         "dejó una mina antipersonal en zona rural", fat=2, inj=3, attr=["Ejército"])]),
    D("j025", P25,
      "El Estado Mayor ucraniano acusó a las tropas rusas de lanzar el jueves, desde drones, granadas cargadas con cloropicrina contra posiciones "
      "cerca de Kúpiansk, en la región de Járkov. Cinco soldados sufrieron intoxicación, según el parte.",
      [E("CHM", prev(P25, "thu"), "day", "UA", "Kharkiv Oblast", "Kupiansk", "Military of Russia", "Military of Ukraine",
         "granadas cargadas con cloropicrina", inj=5, attr=["Estado Mayor"])]),
    D("j026", P26,
      "Un líder comunal fue asesinado a tiros por hombres armados frente a su casa en Argelia (Cauca) la noche del viernes, denunció Indepaz. "
      "Con este crimen suman 123 líderes sociales asesinados en lo que va de año, según la organización.",
      [E("ATK", prev(P26, "fri"), "day", "CO", "Cauca", "Argelia", "Unidentified armed group", "Civilians",
         "fue asesinado a tiros por hombres armados", fat=1, attr=["Indepaz"])],
      [T("deaths", 123, P26, "social leaders killed in Colombia so far this year", "Indepaz")]),
    D("j027", P27,
      "Hombres armados interceptaron el martes un autobús cerca de Reynosa, Tamaulipas, y se llevaron a por lo menos 19 migrantes centroamericanos, "
      "según la Fiscalía estatal.",
      [E("ABD", prev(P27, "tue"), "day", "MX", "Tamaulipas", "Reynosa", "Unidentified armed group", "Civilians",
         "se llevaron a por lo menos 19")]),
    D("j028", P28,
      "Agentes de la Seguridad del Estado detuvieron el domingo en La Habana a seis integrantes del Movimiento San Isidro "
      "cuando se dirigían a una lectura de poesía, según la organización Cubalex.",
      [E("ARR", prev(P28, "sun"), "day", "CU", "La Habana", "La Habana", "Seguridad del Estado", "Movimiento San Isidro",
         "detuvieron el domingo en La Habana", arr=6, attr=["Cubalex"])]),
    D("j029", P29,
      "La Policía desactivó en la madrugada de este miércoles un carro bomba con unos 80 kilos de explosivos que había sido abandonado "
      "frente a la estación de Jamundí, en el Valle del Cauca.",
      [E("DWU", same(P29, "wed"), "day", "CO", "Valle del Cauca", "Jamundí", "Police", None,
         "desactivó en la madrugada de este miércoles")]),
    D("j030", P30,
      "Tres camiones y una bodega de una empresa forestal fueron quemados la noche del lunes en Ercilla, en La Araucanía. "
      "En el lugar se hallaron panfletos alusivos a la causa mapuche.",
      [E("LPD", prev(P30, "mon"), "day", "CL", "La Araucanía", "Ercilla", None, None,
         "fueron quemados la noche del lunes")]),
    # negatives
    D("j031", "2024-01-17",
      "La CGT amenaza con un paro general de 36 horas\n"
      "La Confederación General del Trabajo advirtió el martes que convocará a un paro general de 36 horas si el Congreso aprueba la reforma laboral, "
      "aunque no fijó fecha."),
    D("j032", "2019-04-09",
      "El Club Nacional presentó una protesta formal ante la Conmebol por la actuación del árbitro en el partido del domingo en Asunción, "
      "en el que dos jugadores fueron expulsados tras una pelea en el área."),
]
