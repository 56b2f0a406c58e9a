from common import D, E, T

D("d009", "es", "2023-10-26", """Bloqueos en Cochabamba: enfrentamientos en Parotani dejan al menos un muerto

COCHABAMBA — Dos personas murieron y decenas resultaron heridas el miércoles en enfrentamientos entre bloqueadores y policías en el puente de Parotani, sobre la carretera que une Cochabamba con el occidente del país, según la Defensoría del Pueblo. El Ministerio de Gobierno, en cambio, reportó un solo fallecido y atribuyó la muerte a un disparo "de los propios manifestantes". El ministerio informó además que 38 personas fueron aprehendidas durante el desbloqueo.

En Quillacollo, a unos 15 kilómetros, cientos de comerciantes marcharon pacíficamente el mismo día para exigir que se levanten los bloqueos, que afectan el abastecimiento de alimentos en los mercados de la ciudad.

Los bloqueos, convocados por organizaciones campesinas afines al expresidente, cumplen hoy su octavo día. Según la Administradora Boliviana de Carreteras (ABC), había 23 puntos de bloqueo en todo el país hasta la noche del miércoles.

La Defensoría informó que desde el inicio del conflicto se registran tres fallecidos y 74 heridos en todo el país.

El jueves por la mañana, un grupo de desconocidos quemó la sede de la Federación de Campesinos en Sacaba, según sus dirigentes, que culparon a "grupos irregulares" afines al Gobierno. No hubo heridos.

Lea también: Las claves del conflicto por las candidaturas
Suscríbase a nuestro boletín diario.""",
  [E("VD", "2023-10-25", "day", "BO", "Cochabamba", "Parotani", "Protesters", "Police",
     "enfrentamientos entre bloqueadores y policías", tags=["road_blockade"], fat=1, lo=1, hi=2,
     arr=38, attr=["Defensoría del Pueblo", "Ministerio de Gobierno"]),
   E("PP", "2023-10-25", "day", "BO", "Cochabamba", "Quillacollo", "Protesters", None,
     "cientos de comerciantes marcharon pacíficamente", tags=["march"]),
   E("LPD", "2023-10-26", "day", "BO", "Cochabamba", "Sacaba", "Unidentified armed group", None,
     "quemó la sede de la Federación de Campesinos", fat=0, inj=0)],
  [T("deaths", 3, "2023-10-26", "deaths in Bolivia since the blockades began", "Defensoría del Pueblo"),
   T("injured", 74, "2023-10-26", "injured in Bolivia since the blockades began", "Defensoría del Pueblo")])

D("d010", "es", "2021-07-08", """Paro de transporte paraliza Tegucigalpa y San Pedro Sula

TEGUCIGALPA — Los transportistas mantuvieron este miércoles un paro en las dos principales ciudades del país para exigir un subsidio al combustible. En la capital, un grupo de individuos armados incendió dos autobuses que circulaban pese al paro cerca del mercado Zonal Belén, informó el Cuerpo de Bomberos, que no reportó víctimas.

En San Pedro Sula, agentes de la Policía Nacional desalojaron con gases lacrimógenos a conductores de mototaxis que bloqueaban el bulevar del Norte y detuvieron a 14, según el portavoz policial Jorge Mejía. El gremio asegura que fueron 20 los detenidos.

El Comisionado Nacional de los Derechos Humanos (Conadeh) registró 31 detenciones en todo el país durante la jornada.

Ya entrada la noche, la Asociación Hondureña de Transporte (AHT) anunció que levanta el paro tras alcanzar un acuerdo con el Gobierno para un bono de 5.000 lempiras por unidad.

Es el segundo paro en un mes. El anterior, el 10 de junio, terminó con enfrentamientos entre transportistas y policías en la colonia Kennedy de Tegucigalpa.

Más noticias: El precio de los combustibles sube por quinta semana consecutiva
© Todos los derechos reservados.""",
  [E("PP", "2021-07-07", "day", "HN", "Francisco Morazán", "Tegucigalpa", "Protesters", None,
     "mantuvieron este miércoles un paro", tags=["strike"]),
   E("LPD", "2021-07-07", "day", "HN", "Francisco Morazán", "Tegucigalpa", "Unidentified armed group", None,
     "incendió dos autobuses que circulaban pese al", fat=0, inj=0,
     attr=["Cuerpo de Bomberos"]),
   E("PI", "2021-07-07", "day", "HN", "Cortés", "San Pedro Sula", "Protesters", "Police",
     "desalojaron con gases lacrimógenos a conductores de mototaxis", tags=["strike", "road_blockade", "tear_gas"],
     arr=14, attr=["Jorge Mejía", "gremio"]),
   E("AGR", "2021-07-07", "day", "HN", "Francisco Morazán", "Tegucigalpa", "Asociación Hondureña de Transporte",
     "Government of Honduras", "tras alcanzar un acuerdo con el Gobierno"),
   E("VD", "2021-06-10", "day", "HN", "Francisco Morazán", "Tegucigalpa", "Protesters", "Police",
     "terminó con enfrentamientos entre transportistas y policías")],
  [T("arrested", 31, "2021-07-07", "detentions across Honduras during the transport strike day",
     "Comisionado Nacional de los Derechos Humanos")])

D("d011", "es", "2022-09-15", """Catatumbo: combates, secuestros y drones

CÚCUTA — Al menos seis personas murieron el fin de semana en enfrentamientos entre el Ejército de Liberación Nacional (ELN) y el Frente 33 de las disidencias de las FARC en zona rural de El Tarra, Norte de Santander, informó la Defensoría del Pueblo, que alertó sobre el desplazamiento de decenas de familias. Un oficial del Ejército citado por la emisora local La Voz del Catatumbo habló de "al menos diez cuerpos" en una vereda.

El martes, un dron cargado con explosivos cayó sobre la base militar de Tibú sin dejar víctimas, según la Segunda División del Ejército, que atribuyó el ataque al ELN.

Además, hombres armados secuestraron el lunes a dos funcionarios de la Registraduría que se desplazaban entre Tibú y La Gabarra, denunció el alcalde de Tibú, Ómar Castellanos.

En Ocaña, cerca de 2.000 personas marcharon el miércoles para exigir el fin de la violencia. El ministro de Defensa anunció el envío de 500 soldados adicionales a la región.

En lo que va del año, la Defensoría contabiliza 52 homicidios en el Catatumbo.

Síganos en nuestras redes sociales.""",
  [E("AC", "2022-09-10/2022-09-11", "range", "CO", "Norte de Santander", "El Tarra", "ELN", "FARC dissidents",
     "murieron el fin de semana en enfrentamientos", fat=6, lo=6, hi=10,
     attr=["Defensoría del Pueblo", "oficial del Ejército"]),
   E("AIR", "2022-09-13", "day", "CO", "Norte de Santander", "Tibú", "ELN", "Military",
     "un dron cargado con explosivos cayó sobre", fat=0, inj=0, attr=["Segunda División del Ejército"]),
   E("ABD", "2022-09-12", "day", "CO", "Norte de Santander", "Tibú", "Unidentified armed group", "Civilians",
     "hombres armados secuestraron el lunes a dos"),
   E("PP", "2022-09-14", "day", "CO", "Norte de Santander", "Ocaña", "Protesters", None,
     "cerca de 2.000 personas marcharon el miércoles", tags=["march"])],
  [T("deaths", 52, "2022-09-15", "homicides in the Catatumbo region since the start of the year",
     "Defensoría del Pueblo")])

D("d012", "es", "2024-03-07", """Chiapas: pobladores bloquean carretera tras ataque armado en Frontera Comalapa

Habitantes de varias comunidades de Frontera Comalapa bloquean desde el lunes la carretera fronteriza para exigir la salida de los grupos armados, luego de un ataque que dejó muertos el domingo, informaron medios locales.

Según la Fiscalía General del Estado (FGE), un comando armado irrumpió el domingo por la noche en una fiesta familiar en la cabecera municipal y disparó contra los asistentes. La fiscalía reportó cinco muertos y tres heridos, aunque vecinos hablan de siete muertos.

El martes, soldados del Ejército y elementos de la Guardia Nacional intentaron retirar el bloqueo, pero los pobladores los repelieron con palos y piedras; cuatro militares resultaron heridos, según la Secretaría de la Defensa Nacional (Sedena).

La fiscalía confirmó además la desaparición de un profesor que fue "levantado" por hombres armados el miércoles por la mañana en el centro del municipio.

La región fronteriza vive desde hace meses una disputa entre el Cártel de Sinaloa y el Cártel Jalisco Nueva Generación (CJNG). De acuerdo con el Centro de Derechos Humanos Fray Bartolomé de las Casas (Frayba), al menos 3.000 personas han sido desplazadas y 40 asesinadas en el municipio desde enero.

Lee también: Chiapas, el nuevo frente de la guerra entre cárteles
Aviso de privacidad | Términos y condiciones""",
  [E("PP", "2024-03-04/2024-03-07", "range", "MX", "Chiapas", "Frontera Comalapa", "Protesters", None,
     "bloquean desde el lunes la carretera fronteriza", tags=["road_blockade"]),
   E("ATT", "2024-03-03", "day", "MX", "Chiapas", "Frontera Comalapa", "Unidentified armed group", "Civilians",
     "un comando armado irrumpió el domingo por la", fat=5, lo=5, hi=7, inj=3,
     attr=["Fiscalía General del Estado", "vecinos"]),
   E("VD", "2024-03-05", "day", "MX", "Chiapas", "Frontera Comalapa", "Protesters", "Security forces",
     "los pobladores los repelieron con palos y piedras", tags=["road_blockade"], inj=4,
     attr=["Secretaría de la Defensa Nacional"]),
   E("ABD", "2024-03-06", "day", "MX", "Chiapas", "Frontera Comalapa", "Unidentified armed group", "Civilians",
     'fue "levantado" por hombres armados')],
  [T("deaths", 40, "2024-03-07", "people killed in Frontera Comalapa municipality since January",
     "Centro de Derechos Humanos Fray Bartolomé de las Casas")])

D("d013", "es", "2017-07-27", """Araucanía: atacan a Carabineros en Collipulli y queman maquinaria en Victoria

TEMUCO — Dos carabineros resultaron heridos la madrugada de este miércoles cuando desconocidos dispararon contra una patrulla que custodiaba un predio forestal en Collipulli, informó la institución.

Horas después, un grupo de individuos armados quemó tres camiones y una grúa en un fundo de Victoria, sin que se registraran lesionados.

La Coordinadora Arauco-Malleco (CAM) se adjudicó ambos hechos en un comunicado difundido en redes sociales. El Gobierno anunció que presentará una querella por ley antiterrorista.

En tanto, efectivos de la Policía de Investigaciones (PDI) detuvieron el miércoles por la noche en Ercilla a tres comuneros sospechosos de participar en el ataque a la patrulla.

En Temuco, unas 500 personas marcharon el martes para exigir la libertad de los presos mapuche en huelga de hambre. La marcha fue dispersada con carros lanzaaguas frente a la Intendencia y cinco personas fueron detenidas, según Carabineros.

Según la Multigremial de La Araucanía, en lo que va del año se han registrado 120 ataques incendiarios en la región.

Comenta esta noticia | Recibe nuestro boletín""",
  [E("AC", "2017-07-26", "day", "CL", "Región de La Araucanía", "Collipulli", "Coordinadora Arauco-Malleco",
     "Carabineros", "desconocidos dispararon contra una patrulla", inj=2, attr=["Carabineros"]),
   E("LPD", "2017-07-26", "day", "CL", "Región de La Araucanía", "Victoria", "Coordinadora Arauco-Malleco", None,
     "quemó tres camiones y una grúa", fat=0, inj=0),
   E("ARR", "2017-07-26", "day", "CL", "Región de La Araucanía", "Ercilla", "Police", None,
     "detuvieron el miércoles por la noche en Ercilla", arr=3),
   E("PI", "2017-07-25", "day", "CL", "Región de La Araucanía", "Temuco", "Protesters", "Carabineros",
     "La marcha fue dispersada con carros lanzaaguas", tags=["march"], arr=5, attr=["Carabineros"])])

D("d014", "es", "2020-10-22", """El Congreso debate la reforma de la 'ley mordaza' entre críticas de los sindicatos policiales

MADRID — El Pleno del Congreso debatió este miércoles la toma en consideración de la reforma de la Ley de Protección de la Seguridad Ciudadana, conocida por sus detractores como 'ley mordaza', que el Gobierno quiere aprobar antes de fin de año.

La propuesta limita el uso de pelotas de goma en las manifestaciones, reduce las multas por protestar sin comunicación previa y obliga a grabar las identificaciones en la calle. Los sindicatos policiales Jupol y SUP la consideraron "un ataque a la seguridad de los agentes" y anunciaron una concentración frente a la Cámara para el próximo 27 de noviembre.

La portavoz de la oposición acusó al Gobierno de "desarmar a la policía frente a los violentos", mientras que varias organizaciones de derechos humanos reclamaron una reforma más ambiciosa. Amnistía Internacional recordó que la norma ha servido para imponer miles de multas a activistas y periodistas desde su entrada en vigor.

La votación final no se celebrará hasta que las comisiones terminen de estudiar las enmiendas, lo que podría retrasarse a la próxima primavera, según fuentes parlamentarias.

Recibe cada mañana las noticias más importantes. Suscríbete aquí.""")

D("d015", "es", "2016-06-16", """Protestas por comida dejan un muerto en Cumaná y saqueos en Barquisimeto

Un joven de 17 años murió de un disparo durante un saqueo a un supermercado en Cumaná, estado Sucre, en la madrugada del martes, confirmó el gobernador regional. Testigos dijeron que efectivos de la Guardia Nacional Bolivariana (GNB) dispararon contra la multitud; la GNB no se pronunció.

En Barquisimeto, estado Lara, decenas de personas saquearon camiones de alimentos el miércoles, y la policía estatal detuvo a 27 personas, según el secretario de Seguridad Ciudadana del estado.

También el miércoles, en Caracas, vecinos de Catia cerraron la avenida Sucre con basura y ramas para protestar por la falta de comida, hasta que fueron dispersados por la Policía Nacional Bolivariana (PNB) con bombas lacrimógenas.

El Observatorio Venezolano de Conflictividad Social (OVCS) contabilizó 172 protestas y 50 saqueos o intentos de saqueo en la primera mitad de junio, con cinco fallecidos.

Compartir: Twitter | Facebook | WhatsApp""",
  [E("MV", "2016-06-14", "day", "VE", "Sucre", "Cumaná", "Rioters", "Guardia Nacional Bolivariana",
     "murió de un disparo durante un saqueo", fat=1, attr=["gobernador regional"]),
   E("MV", "2016-06-15", "day", "VE", "Lara", "Barquisimeto", "Rioters", "Police",
     "decenas de personas saquearon camiones de alimentos", arr=27,
     attr=["secretario de Seguridad Ciudadana"]),
   E("PI", "2016-06-15", "day", "VE", "Distrito Capital", "Caracas", "Protesters", "Policía Nacional Bolivariana",
     "vecinos de Catia cerraron la avenida Sucre", tags=["road_blockade", "tear_gas"])],
  [T("deaths", 5, "2016-06", "deaths in protests and looting in Venezuela in the first half of June",
     "Observatorio Venezolano de Conflictividad Social")])

D("d016", "es", None, """Huelga del metal en Bizkaia: cargas de la Ertzaintza en Bilbao y cortes en la A-8

BILBAO — Miles de trabajadores del metal de Bizkaia secundaron este jueves la tercera jornada de huelga convocada por ELA, LAB, CCOO y UGT para reclamar un convenio con subidas salariales ligadas al IPC.

Por la mañana, piquetes cortaron durante dos horas la autopista A-8 a la altura de Barakaldo y la carretera BI-625 en Basauri, lo que provocó largas retenciones.

Por la tarde, una manifestación de unas 8.000 personas, según la Ertzaintza, y 20.000, según los sindicatos, recorrió el centro de Bilbao. Al término de la marcha, un grupo de huelguistas lanzó objetos contra los agentes frente a la sede de la patronal, que respondieron con cargas y pelotas de foam. Seis ertzainas y cuatro manifestantes resultaron heridos, según el Departamento de Seguridad del Gobierno Vasco, que informó de dos detenidos.

La patronal Confebask calificó los incidentes de "inaceptables" y pidió a los sindicatos que se desmarquen de la violencia. Los sindicatos anunciaron dos nuevas jornadas de paro la próxima semana.

Apúntate a nuestra newsletter y recibe lo último de Euskadi.""",
  [E("PP", None, "unknown", "ES", "País Vasco", None, "Protesters", None,
     "secundaron este jueves la tercera jornada de huelga", tags=["strike"]),
   E("PP", None, "unknown", "ES", "País Vasco", "Barakaldo", "Protesters", None,
     "piquetes cortaron durante dos horas la autopista", tags=["road_blockade"]),
   E("PP", None, "unknown", "ES", "País Vasco", "Basauri", "Protesters", None,
     "la carretera BI-625 en Basauri", tags=["road_blockade"]),
   E("VD", None, "unknown", "ES", "País Vasco", "Bilbao", "Protesters", "Ertzaintza",
     "un grupo de huelguistas lanzó objetos contra", tags=["march"], inj=10, arr=2,
     attr=["Departamento de Seguridad"])])
