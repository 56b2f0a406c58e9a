from common import ev, ta, doc, prev, shift, rng

D = []
P = "2024-05-09"  # jueves
D.append(doc("e017", "es", P, """BUENOS AIRES — Miles de jubilados y trabajadores estatales marcharon el miércoles desde Plaza de Mayo hasta el Congreso para reclamar un aumento de las pensiones. La movilización, convocada por la Asociación Trabajadores del Estado (ATE), terminó sin incidentes.""",
    [ev("PP", prev(P, "wed"), "day", "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires",
        "Asociación Trabajadores del Estado", None,
        "Miles de jubilados y trabajadores estatales marcharon", tags=["march"])]))

P = "2019-06-14"  # viernes
D.append(doc("e018", "es", P, """Carabineros dispersó con carros lanzaaguas y gases lacrimógenos a unos 300 estudiantes secundarios que cortaban la Alameda, en el centro de Santiago, este jueves. Doce jóvenes fueron detenidos, informó la institución.""",
    [ev("PI", prev(P, "thu"), "day", "CL", "Región Metropolitana de Santiago", "Santiago",
        "Protesters", "Carabineros", "Carabineros dispersó con carros lanzaaguas",
        tags=["road_blockade", "tear_gas"], arr=12, attr=["Carabineros"])]))

P = "2017-05-23"  # martes
D.append(doc("e019", "es", P, """Un joven de 19 años murió tras recibir un disparo en el pecho durante una protesta opositora en Barquisimeto, estado Lara, el lunes. Testigos aseguraron que los manifestantes estaban sentados en la avenida cuando efectivos de la Guardia Nacional Bolivariana (GNB) dispararon; la GNB no se pronunció.""",
    [ev("EF", prev(P, "mon"), "day", "VE", "Lara", "Barquisimeto", "Protesters",
        "Guardia Nacional Bolivariana", "murió tras recibir un disparo en el pecho", fat=1)]))

P = "2021-08-16"  # lunes
D.append(doc("e020", "es", P, """Vecinos de una aldea de San Juan Sacatepéquez golpearon y quemaron el sábado a un hombre al que acusaban de extorsión; murió horas después en un hospital de la capital, informó la Policía Nacional Civil (PNC). Agentes llegaron cuando la víctima ya estaba inconsciente.""",
    [ev("MV", prev(P, "sat"), "day", "GT", "Guatemala", "San Juan Sacatepéquez", "Rioters",
        "Civilians", "golpearon y quemaron el sábado a un hombre", fat=1,
        attr=["Policía Nacional Civil"])]))

P = "2022-01-05"  # miércoles
D.append(doc("e021", "es", P, """Combates en Arauca dejan al menos seis muertos
Disidencias de las FARC y guerrilleros del ELN se enfrentaron durante la madrugada del martes en la zona rural de Tame, en el departamento de Arauca. La Defensoría del Pueblo reportó al menos seis muertos y alertó del desplazamiento de decenas de familias.""",
    [ev("AC", prev(P, "tue"), "day", "CO", "Arauca", "Tame", "FARC dissidents", "ELN",
        "guerrilleros del ELN se enfrentaron durante la madrugada", fat=6,
        attr=["Defensoría del Pueblo"])]))

P = "2025-02-21"  # viernes
D.append(doc("e022", "es", P, """Agentes de la Policía Nacional de Haití (PNH), apoyados por efectivos de la misión multinacional liderada por Kenia, retomaron el jueves el control del barrio de Solino, en Puerto Príncipe, tras varias horas de enfrentamientos con la coalición de pandillas Viv Ansanm, que lo ocupaba desde noviembre, informó la PNH.""",
    [ev("GRT", prev(P, "thu"), "day", "HT", "Ouest", "Port-au-Prince",
        "Policía Nacional de Haití", "Viv Ansanm", "retomaron el jueves el control del barrio")]))

P = "2023-03-13"  # lunes
D.append(doc("e023", "es", P, """Un artefacto explosivo instalado en una vía rural de Argelia, Cauca, estalló el domingo al paso de una patrulla del Ejército. Dos soldados murieron y otros tres resultaron heridos, informó la Tercera División en un comunicado.""",
    [ev("IED", prev(P, "sun"), "day", "CO", "Cauca", "Argelia", None, "Military",
        "Un artefacto explosivo instalado en una vía", fat=2, inj=3,
        attr=["Tercera División"])]))

P = "2024-01-27"  # sábado
D.append(doc("e024", "es", P, """GUAYAQUIL — Desconocidos lanzaron una granada contra la fachada de una Unidad de Policía Comunitaria (UPC) en el sur de Guayaquil la noche del viernes. El artefacto destrozó una ventana y un patrullero; no hubo heridos, según la Policía.""",
    [ev("GRN", prev(P, "fri"), "day", "EC", "Guayas", "Guayaquil", "Unidentified armed group",
        "Police", "Desconocidos lanzaron una granada contra la fachada",
        fat=0, inj=0, attr=["Policía"])]))

P = "2023-12-18"  # lunes
D.append(doc("e025", "es", P, """Un grupo armado irrumpió en una posada navideña en una comunidad de Salvatierra, Guanajuato, durante la madrugada del domingo y disparó contra los asistentes: once personas murieron y doce resultaron heridas, según la Fiscalía General del Estado.""",
    [ev("ATT", prev(P, "sun"), "day", "MX", "Guanajuato", "Salvatierra",
        "Unidentified armed group", "Civilians", "Un grupo armado irrumpió en una posada",
        fat=11, inj=12, attr=["Fiscalía General del Estado"])]))

D.append(doc("e026", "es", None, """Hombres armados se llevaron a siete jóvenes de un taller mecánico en Lagos de Moreno, Jalisco, el viernes por la tarde. Sus familias denunciaron la desaparición ante la Fiscalía estatal y organizaron una búsqueda por su cuenta.""",
    [ev("ABD", None, "unknown", "MX", "Jalisco", "Lagos de Moreno", "Unidentified armed group",
        "Civilians", "Hombres armados se llevaron a siete jóvenes")]))

P = "2024-07-03"  # miércoles
D.append(doc("e027", "es", P, """Transportistas levantan bloqueo en La Oroya
La Federación Departamental de Transportistas de Junín firmó el martes un acuerdo con el Ministerio de Transportes y Comunicaciones y levantó el bloqueo de la Carretera Central en La Oroya, que mantenía desde el sábado en protesta por el mal estado de la vía.""",
    [ev("AGR", prev(P, "tue"), "day", "PE", "Junín", "La Oroya",
        "Federación Departamental de Transportistas de Junín",
        "Ministerio de Transportes y Comunicaciones", "firmó el martes un acuerdo"),
     ev("PP", rng(prev(P, "sat"), prev(P, "tue")), "range", "PE", "Junín", "La Oroya",
        "Federación Departamental de Transportistas de Junín", None,
        "levantó el bloqueo de la Carretera Central", tags=["road_blockade"])]))

P = "2019-04-15"  # lunes
D.append(doc("e028", "es", P, """La Policía Nacional detuvo el sábado en Masaya a tres dirigentes del Movimiento Estudiantil 19 de Abril acusados de «terrorismo», denunció el Colectivo Nicaragua Nunca Más. La Policía no ha confirmado las capturas.""",
    [ev("ARR", prev(P, "sat"), "day", "NI", "Masaya", "Masaya", "Police",
        "Movimiento Estudiantil 19 de Abril", "La Policía Nacional detuvo el sábado",
        arr=3, attr=["Colectivo Nicaragua Nunca Más"])]))

P = "2020-09-12"  # sábado
D.append(doc("e029", "es", P, """LA PAZ — La Central Obrera Boliviana (COB) anunció el viernes en La Paz la suspensión de la huelga general indefinida que había iniciado el lunes en todo el país, tras la promulgación de la ley que fija la fecha de las elecciones.""",
    [ev("CHG", prev(P, "fri"), "day", "BO", "La Paz", "La Paz", "Central Obrera Boliviana", None,
        "anunció el viernes en La Paz la suspensión"),
     ev("PP", rng(prev(P, "mon"), prev(P, "fri")), "range", "BO", None, None,
        "Central Obrera Boliviana", None, "la huelga general indefinida que había iniciado",
        tags=["strike"])]))

P = "2022-06-20"  # lunes
D.append(doc("e030", "es", P, """Desconocidos incendiaron durante la madrugada del domingo tres camiones y una retroexcavadora de una empresa forestal en un predio de Ercilla, en la Región de La Araucanía. En el lugar se encontraron panfletos; no hubo personas lesionadas, informó la PDI.""",
    [ev("LOOT", prev(P, "sun"), "day", "CL", "Región de La Araucanía", "Ercilla",
        "Unidentified armed group", None, "Desconocidos incendiaron durante la madrugada del domingo",
        fat=0, inj=0, attr=["PDI"])]))

P = "2025-06-22"  # domingo
D.append(doc("e031", "es", P, """El Gobierno de Panamá declaró el sábado el estado de urgencia en la provincia de Bocas del Toro y suspendió algunas garantías constitucionales tras semanas de bloqueos de trabajadores bananeros en huelga.""",
    [ev("OTH", prev(P, "sat"), "day", "PA", "Bocas del Toro", None, "Government of Panama", None,
        "declaró el sábado el estado de urgencia", tags=["state_of_emergency"])]))

D.append(doc("e032", "es", "2026-03-02", """Camioneros anuncian paro nacional desde el lunes 9
La Confederación de Transportistas de Colombia anunció este lunes que sus afiliados iniciarán un paro nacional indefinido el próximo lunes 9 de marzo y bloquearán las principales vías si el Gobierno no congela el precio del diésel. El Ministerio de Transporte convocó a una mesa de diálogo para el miércoles."""))
