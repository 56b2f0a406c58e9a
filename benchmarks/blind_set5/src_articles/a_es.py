"""Spanish articles k009-k016 (texts and gold written by hand for blind set 5)."""
from common import doc, ev, tl, prev, shift, rng

DOCS = []

P = "2023-05-10"
DOCS.append(doc("k009", "es", P, """
Combates entre el ELN y disidencias dejan al menos nueve muertos en Arauca

ARAUCA — Al menos nueve personas murieron el lunes en combates entre guerrilleros del Ejército de Liberación Nacional (ELN) y disidentes de las FARC en la vereda Puerto Jordán, en el municipio de Tame, según la Defensoría del Pueblo. Fuentes militares consultadas por este diario elevaron la cifra a 13.

Los enfrentamientos obligaron a unas 300 familias a refugiarse en la escuela del caserío, donde permanecían el miércoles sin agua potable.

En Fortul, hombres armados que se identificaron como miembros del ELN secuestraron el martes a dos funcionarios de la Registraduría que viajaban en una camioneta oficial, informó la Gobernación de Arauca.

En el departamento del Cauca, un dron cargado con explosivos cayó el domingo sobre la estación de policía de Suárez e hirió a cuatro uniformados, según la Policía Nacional, que atribuyó el ataque a la columna Jaime Martínez de las disidencias.

La Defensoría alertó además de que la Segunda Marquetalia instaló un campamento en zona rural de Puerto Guzmán, Putumayo, a comienzos de mayo, sin que se registraran combates.

Según el Instituto de Estudios para el Desarrollo y la Paz (Indepaz), 64 líderes sociales han sido asesinados en el país en lo que va del año.

El Gobierno insiste en que mantendrá los diálogos de paz con los grupos armados, aunque la oposición pide suspenderlos hasta que cesen los secuestros.
""", [
    ev("AC", prev(P, "mon"), "day", "CO", "Arauca", "Puerto Jordán", "ELN", "FARC dissidents",
       "combates entre guerrilleros del Ejército de Liberación Nacional", fat=9, lo=9, hi=13,
       attr=["Defensoría del Pueblo", "fuentes militares"]),
    ev("ABD", prev(P, "tue"), "day", "CO", "Arauca", "Fortul", "ELN", "Civilians",
       "secuestraron el martes a dos funcionarios"),
    ev("AIR", prev(P, "sun"), "day", "CO", "Cauca", "Suárez", "Jaime Martínez", "Police",
       "un dron cargado con explosivos cayó", inj=4, attr=["Policía Nacional"]),
    ev("HQ", "2023-05", "month", "CO", "Putumayo", "Puerto Guzmán", "Segunda Marquetalia", None,
       "instaló un campamento en zona rural"),
], [
    tl("deaths", 64, P, "social leaders killed in Colombia this year", "Indepaz"),
]))

P = "2025-10-16"
DOCS.append(doc("k010", "es", P, """
Perú: enfrentamientos en el aeropuerto de Juliaca dejan dos muertos; Gobierno declara emergencia

JULIACA — Dos manifestantes murieron y 18 resultaron heridos el miércoles cuando cientos de pobladores intentaron tomar el aeropuerto Inca Manco Cápac de Juliaca y se enfrentaron con la policía, informó la Defensoría del Pueblo. La Dirección Regional de Salud de Puno reportó tres fallecidos. Según la Policía, otros 12 agentes resultaron heridos por piedras lanzadas con hondas.

Corpac suspendió las operaciones del aeropuerto desde la tarde del miércoles y desvió los vuelos a Arequipa.

En la provincia de El Collao, comuneros aimaras bloquearon el martes y el miércoles la carretera Panamericana Sur a la altura de Ilave con piedras y troncos, sin presencia policial.

En Cusco, unas 3.000 personas marcharon pacíficamente hasta la plaza de Armas el miércoles en solidaridad con Puno.

Esta madrugada, el Ejecutivo declaró el estado de emergencia por 30 días en Puno, Cusco y Apurímac y suspendió la libertad de reunión, según un decreto supremo publicado en el diario oficial El Peruano.

La Defensoría contabiliza 14 muertos desde el inicio de las protestas contra la concesión minera, el 2 de octubre. Los dirigentes del Frente de Defensa de los Intereses de Puno anunciaron que no levantarán la medida hasta que se anule la concesión y renuncie el ministro de Energía y Minas.
""", [
    ev("VD", prev(P, "wed"), "day", "PE", "Puno", "Juliaca", "Protesters", "Police",
       "intentaron tomar el aeropuerto Inca Manco Cápac", fat=2, lo=2, hi=3, inj=30,
       attr=["Defensoría del Pueblo", "Dirección Regional de Salud de Puno", "Policía"], tags=["airport"]),
    ev("OTH", prev(P, "wed"), "day", "PE", "Puno", "Juliaca", "Corpac", None,
       "Corpac suspendió las operaciones del aeropuerto", tags=["airport"]),
    ev("PP", rng(prev(P, "tue"), prev(P, "wed")), "range", "PE", "Puno", "Ilave", "Indigenous communities", None,
       "comuneros aimaras bloquearon el martes y el miércoles", tags=["road_blockade"]),
    ev("PP", prev(P, "wed"), "day", "PE", "Cusco", "Cusco", "Protesters", None,
       "unas 3.000 personas marcharon pacíficamente", tags=["march"]),
    ev("OTH", P, "day", "PE", None, None, "Government of Peru", None,
       "declaró el estado de emergencia por 30 días", tags=["state_of_emergency"]),
], [
    tl("deaths", 14, P, "deaths since the protests against the mining concession began on 2 October", "Defensoría del Pueblo"),
]))

P = "2024-05-29"
DOCS.append(doc("k011", "es", P, """
Ataque armado contra una fiesta en Apatzingán deja seis muertos

MORELIA — Un grupo de hombres armados irrumpió la noche del domingo en una fiesta familiar en la comunidad de El Alcalde, municipio de Apatzingán, y disparó contra los asistentes, matando a seis personas, entre ellas un menor, informó la Fiscalía General del Estado de Michoacán. Medios locales reportaron ocho víctimas mortales.

En la madrugada del lunes, desconocidos lanzaron una granada contra la fachada de un bar en el centro de Uruapan; el artefacto no dejó víctimas, según la policía municipal, pero destruyó la entrada del local.

Decenas de familiares de las víctimas bloquearon el lunes la carretera Apatzingán-Cuatro Caminos durante seis horas para exigir la presencia del Ejército en la zona. La circulación se restableció por la tarde tras una reunión con funcionarios estatales.

El martes, elementos de la Guardia Nacional detuvieron a cuatro presuntos integrantes del Cártel Jalisco Nueva Generación en el municipio de Buenavista, donde aseguraron fusiles de asalto y un lanzagranadas, informó la Secretaría de Seguridad Pública.

La Fiscalía contabiliza 27 personas asesinadas en ataques armados en Apatzingán desde enero. La región de Tierra Caliente es escenario de una disputa entre cárteles por el control de las rutas de la droga y el cobro de cuotas a los productores de limón.

El gobernador anunció que esta semana llegarán 300 elementos más de la Guardia Nacional.
""", [
    ev("ATT", prev(P, "sun"), "day", "MX", "Michoacán", "El Alcalde", "Unidentified armed group", "Civilians",
       "disparó contra los asistentes", fat=6, lo=6, hi=8,
       attr=["Fiscalía General del Estado de Michoacán", "medios locales"]),
    ev("GRN", prev(P, "mon"), "day", "MX", "Michoacán", "Uruapan", "Unidentified armed group", "Civilians",
       "lanzaron una granada contra la fachada", fat=0, inj=0, attr=["policía municipal"]),
    ev("PP", prev(P, "mon"), "day", "MX", "Michoacán", "Apatzingán", "Protesters", None,
       "bloquearon el lunes la carretera Apatzingán-Cuatro Caminos", tags=["road_blockade"]),
    ev("ARR", prev(P, "tue"), "day", "MX", "Michoacán", "Buenavista", "Guardia Nacional",
       "Cártel Jalisco Nueva Generación", "detuvieron a cuatro presuntos integrantes", arr=4,
       attr=["Secretaría de Seguridad Pública"]),
], [
    tl("deaths", 27, P, "people killed in armed attacks in Apatzingán since January", "Fiscalía"),
]))

P = "2025-02-12"
DOCS.append(doc("k012", "es", P, """
El Congreso debate la reforma de la "ley mordaza" entre críticas de los sindicatos policiales

MADRID — El pleno del Congreso de los Diputados debatió este martes la proposición de ley para reformar la Ley de Seguridad Ciudadana, conocida como "ley mordaza", que regula las multas por manifestarse sin comunicación previa y el uso de pelotas de goma por los antidisturbios.

Los grupos que apoyan al Gobierno defendieron que la reforma "devuelve la calle a la ciudadanía" y limita las devoluciones en caliente en Ceuta y Melilla. El PP y Vox acusaron al Ejecutivo de "dejar indefensos" a los agentes y anunciaron enmiendas a la totalidad.

Los sindicatos policiales Jupol y SUP han convocado una concentración frente al Congreso para el próximo sábado y amenazan con nuevas movilizaciones si se prohíben las pelotas de goma.

Desde su aprobación en 2015, la norma ha servido para imponer miles de multas a manifestantes, periodistas y activistas, según plataformas de defensa de los derechos civiles, que reclaman su derogación completa y no una reforma parcial.

El ministro del Interior aseguró en los pasillos que el texto "garantiza la seguridad y los derechos al mismo tiempo" y pidió a los sindicatos "serenidad".

La votación en comisión está prevista para marzo. Si prospera, el texto pasará al Senado, donde la oposición tiene mayoría absoluta y puede retrasar su aprobación durante dos meses.
""", [], []))

P = "2024-06-13"
DOCS.append(doc("k013", "es", P, """
Carabineros desalojan el Instituto Nacional; saqueo en Puente Alto

SANTIAGO — Carabineros desalojaron la madrugada del miércoles el Instituto Nacional, en el centro de Santiago, que permanecía tomado por estudiantes desde el lunes en rechazo a los recortes en educación pública, y detuvieron a 23 jóvenes, informó la institución. Los estudiantes denunciaron el uso de gases lacrimógenos dentro del edificio.

La víspera, miles de estudiantes marcharon el martes por la Alameda, desde Plaza Italia hasta el Ministerio de Educación, sin incidentes.

En Puente Alto, durante la noche del martes, un grupo de unas 50 personas saqueó un supermercado y prendió fuego a su bodega. Carabineros detuvo a nueve personas en el lugar.

Por otra parte, el Colegio de Profesores suspendió el martes el paro indefinido que mantenía desde hacía dos semanas, después de que el Ministerio de Hacienda se comprometiera a revisar el presupuesto del próximo año. El gremio advirtió que retomará la movilización si no hay respuestas antes de julio.

El Ministerio del Interior informó que 112 personas han sido detenidas en el marco de las movilizaciones estudiantiles desde mayo, y que 31 carabineros resultaron lesionados en el mismo periodo.

La ministra de Educación convocó a los centros de alumnos a una mesa de diálogo para el lunes, pero la Asamblea Coordinadora de Estudiantes Secundarios anunció que no asistirá mientras sigan los desalojos.
""", [
    ev("PI", rng("2024-06-10", P[:8] + "12"), "range", "CL", "Región Metropolitana de Santiago", "Instituto Nacional",
       "Protesters", "Carabineros", "Carabineros desalojaron la madrugada del miércoles", arr=23,
       attr=["Carabineros"], tags=["occupation", "tear_gas"]),
    ev("PP", prev(P, "tue"), "day", "CL", "Región Metropolitana de Santiago", "Santiago", "Protesters", None,
       "miles de estudiantes marcharon el martes", tags=["march"]),
    ev("MV", prev(P, "tue"), "day", "CL", "Región Metropolitana de Santiago", "Puente Alto", "Rioters", "Carabineros",
       "saqueó un supermercado y prendió fuego", arr=9),
    ev("CHG", prev(P, "tue"), "day", "CL", None, None, "Colegio de Profesores", None,
       "suspendió el martes el paro indefinido"),
], [
    tl("arrested", 112, P, "people detained during the student mobilisations in Chile since May", "Ministerio del Interior"),
    tl("injured", 31, P, "Carabineros injured during the student mobilisations since May", "Ministerio del Interior"),
]))

P = "2024-11-07"
DOCS.append(doc("k014", "es", P, """
Bolivia: un acuerdo levanta el bloqueo de la carretera Santa Cruz-Cochabamba

SANTA CRUZ — Dirigentes de la Confederación de Choferes de Bolivia y el Gobierno firmaron la noche del miércoles en Santa Cruz de la Sierra un acuerdo que pone fin al bloqueo que mantenían desde el 29 de octubre en la carretera Santa Cruz-Cochabamba, a la altura de Yapacaní. El Ejecutivo se comprometió a garantizar el abastecimiento de diésel.

El martes, choferes que bloqueaban la vía y vecinos que intentaban despejarla se enfrentaron con palos y piedras en Yapacaní. El Ministerio de Salud reportó un muerto y 15 heridos; la Defensoría del Pueblo, dos fallecidos.

Ese mismo día, la Policía aprehendió en Cochabamba a un dirigente de la Confederación acusado de instigar a la violencia, lo que endureció las posiciones durante la negociación.

En La Paz, cinco dirigentes de la Federación de Maestros Urbanos cumplen desde el lunes una huelga de hambre en la sede de su organización para exigir un incremento salarial.

Según la Defensoría del Pueblo, 41 personas fueron aprehendidas durante los nueve días de bloqueo y las pérdidas para la economía cruceña superan los 200 millones de dólares.

Los transportistas advirtieron que volverán a las carreteras si en quince días no se normaliza la venta de combustible en las estaciones de servicio del oriente del país.
""", [
    ev("AGR", prev(P, "wed"), "day", "BO", "Santa Cruz", "Santa Cruz de la Sierra", "Confederación de Choferes de Bolivia",
       "Government of Bolivia", "firmaron la noche del miércoles"),
    ev("PP", rng("2024-10-29", prev(P, "wed")), "range", "BO", "Santa Cruz", "Yapacaní",
       "Confederación de Choferes de Bolivia", None, "bloqueo que mantenían desde el 29 de octubre",
       tags=["road_blockade"]),
    ev("VD", prev(P, "tue"), "day", "BO", "Santa Cruz", "Yapacaní", "Confederación de Choferes de Bolivia", "Residents",
       "se enfrentaron con palos y piedras", fat=1, lo=1, hi=2, inj=15,
       attr=["Ministerio de Salud", "Defensoría del Pueblo"], tags=["road_blockade"]),
    ev("ARR", prev(P, "tue"), "day", "BO", "Cochabamba", "Cochabamba", "Police", "Confederación de Choferes de Bolivia",
       "la Policía aprehendió en Cochabamba", arr=1),
    ev("PP", rng(prev(P, "mon"), P), "range", "BO", "La Paz", "La Paz", "Federación de Maestros Urbanos", None,
       "cumplen desde el lunes una huelga de hambre", tags=["hunger_strike"]),
], [
    tl("arrested", 41, P, "people arrested during the nine-day blockade", "Defensoría del Pueblo"),
]))

P = "2026-03-19"
DOCS.append(doc("k015", "es", P, """
Paro general de la CGT: incidentes en el Puente Pueyrredón y un fotógrafo herido de gravedad

BUENOS AIRES — La Confederación General del Trabajo (CGT) realizó este miércoles su segundo paro general contra el plan de ajuste del Gobierno, con trenes y colectivos detenidos y miles de trabajadores concentrados frente al Congreso.

En Avellaneda, organizaciones sociales que intentaban cortar el Puente Pueyrredón fueron reprimidas por la Prefectura con balas de goma y gas pimienta. Un fotógrafo recibió un disparo en la cabeza y permanece internado en estado grave. El Centro de Estudios Legales y Sociales (CELS) contabilizó 15 detenidos, mientras que el Ministerio de Seguridad informó de 11.

En Córdoba, unas 20.000 personas marcharon por el centro de la ciudad sin incidentes, según los organizadores.

Un juzgado federal de Lomas de Zamora abrió este jueves una investigación por las heridas del fotógrafo y pidió a la Prefectura los registros de las cámaras de los agentes.

La Comisión Provincial por la Memoria afirma que 280 manifestantes resultaron heridos por las fuerzas federales en protestas desde diciembre.

La ministra de Seguridad defendió la actuación de los efectivos y aseguró que "el protocolo antipiquetes se va a seguir aplicando". Los gremios de prensa convocaron una concentración para el viernes frente al hospital donde se encuentra el fotógrafo.
""", [
    ev("PP", prev(P, "wed"), "day", "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires", "CGT", None,
       "realizó este miércoles su segundo paro general", tags=["strike"]),
    ev("EF", prev(P, "wed"), "day", "AR", "Buenos Aires", "Avellaneda", "Protesters", "Prefectura",
       "fueron reprimidas por la Prefectura", inj=1, arr=11, attr=["CELS", "Ministerio de Seguridad"],
       tags=["road_blockade"]),
    ev("PP", prev(P, "wed"), "day", "AR", "Córdoba", "Córdoba", "Protesters", None,
       "unas 20.000 personas marcharon por el centro", tags=["march"]),
    ev("OTH", P, "day", "AR", "Buenos Aires", "Lomas de Zamora", "Juzgado federal", "Prefectura",
       "abrió este jueves una investigación", tags=["investigation"]),
], [
    tl("injured", 280, P, "protesters injured by federal forces in Argentina since December",
       "Comisión Provincial por la Memoria"),
]))

P = "2025-08-14"
DOCS.append(doc("k016", "es", P, """
Ecuador: coche bomba frente a la Penitenciaría del Litoral; Noboa decreta estado de excepción

GUAYAQUIL — Un coche bomba estalló la noche del martes frente a la Penitenciaría del Litoral, en Guayaquil, sin causar víctimas, informó la Policía Nacional, que atribuyó el atentado a la banda Los Lobos. Horas antes, agentes desactivaron dos artefactos explosivos dejados bajo un puente en el cantón Daule.

El miércoles, el presidente Daniel Noboa decretó el estado de excepción por 60 días en las provincias de Guayas, Los Ríos y El Oro, con toque de queda nocturno en 20 cantones.

En Machala, militares y presuntos miembros de Los Lobos se enfrentaron a tiros el miércoles durante un operativo en el barrio Puerto Bolívar; murieron tres sospechosos, según las Fuerzas Armadas.

En la misma ciudad, hombres armados secuestraron el lunes a un comerciante y a su hijo a la salida de un mercado. La familia denunció que los captores exigen 50.000 dólares.

En lo que va del año, la Policía ha registrado 4.600 muertes violentas en el país, una cifra que supera la de todo 2024.

Organizaciones de derechos humanos advirtieron que los anteriores estados de excepción no redujeron la violencia y pidieron al Gobierno que publique los informes sobre el uso de la fuerza por parte de los militares en las calles.
""", [
    ev("IED", prev(P, "tue"), "day", "EC", "Guayas", "Guayaquil", "Los Lobos", None,
       "Un coche bomba estalló la noche del martes", fat=0, inj=0, attr=["Policía Nacional"]),
    ev("DWU", prev(P, "tue"), "day", "EC", "Guayas", "Daule", "Police", None,
       "agentes desactivaron dos artefactos explosivos"),
    ev("OTH", prev(P, "wed"), "day", "EC", None, None, "Government of Ecuador", None,
       "decretó el estado de excepción por 60 días", tags=["state_of_emergency", "curfew"]),
    ev("AC", prev(P, "wed"), "day", "EC", "El Oro", "Puerto Bolívar", "Military", "Los Lobos",
       "se enfrentaron a tiros el miércoles", fat=3, attr=["Fuerzas Armadas"]),
    ev("ABD", prev(P, "mon"), "day", "EC", "El Oro", "Machala", "Unidentified armed group", "Civilians",
       "secuestraron el lunes a un comerciante"),
], [
    tl("deaths", 4600, P, "violent deaths in Ecuador this year", "Policía"),
]))
