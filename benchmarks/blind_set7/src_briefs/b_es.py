"""Spanish briefs p017-p032 (blind set 7)."""
from common import D, E, T, pub, prev, rng, shift

U = "https://noticias.example.com/es/"
DOCS = []

# p017 Peaceful protest, road blockade "desde el lunes" (ongoing -> range to publication)
P = pub("2025-06-11", "wed")
DOCS.append(D("p017", "es", P, U + "2025/06/11/espinar-bloqueo",
    "Comuneros de Espinar mantienen bloqueada la vía a Arequipa\n"
    "Cientos de comuneros bloquean desde el lunes la carretera que une Espinar con Arequipa, en "
    "Cusco, en rechazo a la ampliación de una mina de cobre. No se han reportado enfrentamientos.",
    [E("PP", rng(prev(P, "mon"), P), "range", "PE", "Cusco", "Espinar", "Protesters", None,
       "bloquean desde el lunes la carretera", tags=["road_blockade"])]))

# p018 Excessive force (bullet deaths, no protester violence) + cumulative tally
P = pub("2024-03-07", "thu")
DOCS.append(D("p018", "es", P, U + "2024/03/07/caracollo-desalojo",
    "Dos manifestantes murieron por impactos de bala el martes cuando la Policía desalojó un "
    "bloqueo en Caracollo, en el departamento de Oruro, informó la Defensoría del Pueblo. Con "
    "ellos ya son 11 los fallecidos desde el inicio del conflicto, según la misma institución.",
    [E("EF", prev(P, "tue"), "day", "BO", "Oruro", "Caracollo", "Protesters", "Police",
       "la Policía desalojó un bloqueo en Caracollo", tags=["road_blockade"], fat=2,
       attr=["Defensoría del Pueblo"])],
    [T("deaths", 11, P, "deaths since the start of the conflict", "Defensoría del Pueblo")]))

# p019 Mob violence: lynching
P = pub("2019-10-14", "mon")
DOCS.append(D("p019", "es", P, U + "2019/10/14/linchamiento-huauchinango",
    "Linchan a presunto ladrón en Puebla\n"
    "Una turba golpeó hasta la muerte a un hombre acusado de robar en una tienda de Huauchinango, "
    "Puebla, la noche del sábado. Los policías municipales llegaron cuando ya había fallecido, "
    "informó la Fiscalía General del Estado.",
    [E("MV", prev(P, "sat"), "day", "MX", "Puebla", "Huauchinango", "Rioters", "Civilians",
       "Una turba golpeó hasta la muerte", fat=1, attr=["Fiscalía General del Estado"])]))

# p020 Attack: rival figures, "este domingo" on a Sunday
P = pub("2023-04-23", "sun")
DOCS.append(D("p020", "es", P, U + "2023/04/23/valle-de-santiago-ataque",
    "Un comando armado irrumpió en una fiesta familiar en Valle de Santiago, Guanajuato, y abrió "
    "fuego contra los asistentes en la madrugada de este domingo. La Fiscalía estatal reportó "
    "siete muertos; medios locales hablan de ocho, además de cinco heridos.",
    [E("ATK", P, "day", "MX", "Guanajuato", "Valle de Santiago", "Unidentified armed group",
       "Civilians", "Un comando armado irrumpió en una fiesta familiar", fat=7, low=7, high=8,
       inj=5, attr=["Fiscalía estatal", "medios locales"])]))

# p021 Abduction: noun form ("el secuestro"), actor named by the army
P = pub("2022-09-09", "fri")
DOCS.append(D("p021", "es", P, U + "2022/09/09/saravena-secuestro",
    "El Ejército atribuyó al ELN el secuestro de dos ingenieros de una empresa petrolera, "
    "interceptados el miércoles en una vía rural de Saravena, Arauca, por hombres armados que "
    "se los llevaron en motocicletas.",
    [E("ABD", prev(P, "wed"), "day", "CO", "Arauca", "Saravena", "ELN", "Civilians",
       "el secuestro de dos ingenieros")]))

# p022 Government regains territory; earlier takeover "días atrás" not dated
P = pub("2026-01-26", "mon")
DOCS.append(D("p022", "es", P, U + "2026/01/26/nigeria-marte",
    "Tropas nigerianas recuperaron el domingo el control de Marte, en el estado de Borno, tras "
    "varias horas de combates con militantes del Estado Islámico en África Occidental (ISWAP), "
    "que habían tomado la localidad días atrás, según fuentes militares.",
    [E("GRT", prev(P, "sun"), "day", "NG", "Borno", "Marte", "Military", "ISWAP",
       "recuperaron el domingo el control de Marte")]))

# p023 Shelling/missile: "más de 20" -> 20
P = pub("2023-02-16", "thu")
DOCS.append(D("p023", "es", P, U + "2023/02/16/jarkov-misiles",
    "Un ataque con misiles rusos contra un barrio residencial de Járkov dejó tres muertos y más "
    "de 20 heridos en la noche del miércoles, según el gobernador de la región.",
    [E("SHL", prev(P, "wed"), "day", "UA", "Kharkiv", "Kharkiv", "Military of Russia",
       "Civilians", "Un ataque con misiles rusos contra un barrio", fat=3, inj=20,
       attr=["gobernador"])]))

# p024 Grenade: "anoche"
P = pub("2025-08-23", "sat")
DOCS.append(D("p024", "es", P, U + "2025/08/23/jamundi-granada",
    "Cuatro policías resultaron heridos anoche en Jamundí (Valle del Cauca) cuando desconocidos "
    "lanzaron una granada contra la estación, informó la Policía. Las autoridades atribuyen el "
    "ataque a disidencias de las FARC.",
    [E("GRN", prev(P, "fri"), "day", "CO", "Valle del Cauca", "Jamundí", "FARC dissidents",
       "Police", "lanzaron una granada contra la estación", inj=4, attr=["Policía"])]))

# p025 Agreement + the blockade it ends (explicit start date)
P = pub("2024-05-17", "fri")
DOCS.append(D("p025", "es", P, U + "2024/05/17/velille-acta",
    "Comuneros levantan bloqueo del corredor minero\n"
    "Tras firmar un acta con representantes del Ejecutivo, los comuneros de Velille "
    "(Chumbivilcas, Cusco) levantaron este viernes el bloqueo que mantenían desde el 3 de mayo "
    "en el corredor minero del sur.",
    [E("AGR", P, "day", "PE", "Cusco", "Velille", "Protesters", "Government of Peru",
       "Tras firmar un acta con representantes del Ejecutivo"),
     E("PP", rng("2024-05-03", P), "range", "PE", "Cusco", "Velille", "Protesters", None,
       "el bloqueo que mantenían desde el 3", tags=["road_blockade"])]))

# p026 Arrests: raid on a school, "este jueves" on a Thursday
P = pub("2019-05-23", "thu")
DOCS.append(D("p026", "es", P, U + "2019/05/23/instituto-nacional-detenidos",
    "Carabineros detuvo este jueves a cuatro estudiantes durante un allanamiento al Instituto "
    "Nacional, en el centro de Santiago, acusados de lanzar bombas molotov contra funcionarios "
    "policiales.",
    [E("ARR", P, "day", "CL", "Región Metropolitana de Santiago", "Santiago", "Carabineros",
       "Students", "detuvo este jueves a cuatro estudiantes", arr=4)]))

# p027 Looting/property destruction: arson of machinery, nobody hurt
P = pub("2022-10-11", "tue")
DOCS.append(D("p027", "es", P, U + "2022/10/11/ercilla-camiones-quemados",
    "Desconocidos quemaron tres camiones y una retroexcavadora en un fundo forestal de Ercilla, "
    "en La Araucanía, durante la madrugada de este martes. No hubo heridos, según Carabineros.",
    [E("LPD", P, "day", "CL", "Región de la Araucanía", "Ercilla", "Unidentified armed group",
       None, "Desconocidos quemaron tres camiones y una retroexcavadora", inj=0,
       attr=["Carabineros"])]))

# p028 Sexual violence
P = pub("2020-11-02", "mon")
DOCS.append(D("p028", "es", P, U + "2020/11/02/ituri-violaciones",
    "Milicianos de CODECO violaron a al menos ocho mujeres en una aldea cercana a Bunia, en la "
    "provincia congoleña de Ituri, durante un ataque nocturno el viernes, denunció la misión de "
    "la ONU en el país (MONUSCO).",
    [E("SEX", prev(P, "fri"), "day", "CD", "Ituri", "Bunia", "CODECO", "Civilians",
       "violaron a al menos ocho mujeres")]))

# p029 Other: state of emergency in three provinces -> admin1 null
P = pub("2026-04-07", "tue")
DOCS.append(D("p029", "es", P, U + "2026/04/07/ecuador-estado-de-excepcion",
    "Estado de excepción en tres provincias\n"
    "El Gobierno de Ecuador decretó el lunes el estado de excepción por 60 días en Guayas, Los "
    "Ríos y Manabí, tras una semana de bloqueos de carreteras por el paro de transportistas.",
    [E("OTH", prev(P, "mon"), "day", "EC", None, None, "Government of Ecuador", None,
       "decretó el lunes el estado de excepción", tags=["state_of_emergency"])]))

# p030 two events: intervention in Buenos Aires, peaceful march in Rosario
P = pub("2025-10-08", "wed")
DOCS.append(D("p030", "es", P, U + "2025/10/08/jubilados-marchas",
    "Este miércoles, la Policía Federal dispersó con gas pimienta a los jubilados que marchaban "
    "frente al Congreso, en Buenos Aires, y detuvo a tres manifestantes. En Rosario, la marcha "
    "de los jubilados transcurrió sin incidentes.",
    [E("PI", P, "day", "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires", "Protesters",
       "Police", "dispersó con gas pimienta a los jubilados", tags=["march"], arr=3),
     E("PP", P, "day", "AR", "Santa Fe", "Rosario", "Protesters", None,
       "la marcha de los jubilados transcurrió sin incidentes", tags=["march"])]))

# p031 negative: bill on reparations; 2019 unrest only as background
P = pub("2024-09-03", "tue")
DOCS.append(D("p031", "es", P, U + "2024/09/03/chile-reparacion-trauma-ocular",
    "El Gobierno chileno presentó el martes un proyecto de ley para ampliar las reparaciones a "
    "las víctimas de trauma ocular durante el estallido social de 2019. La iniciativa deberá ser "
    "votada por el Congreso antes de fin de año."))

# p032 negative: emergency over floods
P = pub("2023-03-11", "sat")
DOCS.append(D("p032", "es", P, U + "2023/03/11/piura-emergencia-lluvias",
    "El Gobierno declaró el estado de emergencia por 60 días en 14 distritos de Piura y Tumbes "
    "debido a las intensas lluvias y al desborde de ríos, según un decreto supremo publicado el "
    "sábado en el diario oficial."))
