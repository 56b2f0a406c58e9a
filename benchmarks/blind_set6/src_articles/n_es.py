"""Spanish articles n009-n016 (blind set 6). Texts written for this set; gold beside each."""
from common import doc, ev, tally, prev, rng

DOCS = []

# ---------------------------------------------------------------- n009 Perú (Apurímac)
P = "2026-05-13"  # miércoles
TUE = prev(P, "tue")
DOCS.append(doc("n009", "es", P, """
Comuneros levantan el bloqueo del corredor minero tras firmar acta con el Ejecutivo

CHALLHUAHUACHO, Apurímac. — Las comunidades campesinas de Cotabambas levantaron este martes el bloqueo del corredor minero sur, que mantenían desde el 29 de abril, luego de firmar un acta de entendimiento con una comisión de alto nivel del Ejecutivo.

El documento, suscrito en Challhuahuacho por tres viceministros y los dirigentes del Frente de Defensa de los Intereses de Cotabambas, contempla una mesa de diálogo sobre el uso del agua y la revisión del estudio ambiental de la ampliación minera. Los camiones que transportan concentrado de cobre volvieron a circular por la tarde.

La medida de fuerza dejó un saldo trágico. El 6 de mayo, un operativo policial para despejar la vía en el mismo distrito derivó en un enfrentamiento: los comuneros lanzaron piedras con hondas y los agentes respondieron con perdigones. Murió un comunero de 34 años y resultaron heridas 17 personas, entre ellas cinco policías, según la Defensoría del Pueblo. El Ministerio del Interior reportó 22 heridos.

Al día siguiente, el Gobierno declaró el estado de emergencia por 30 días en el corredor, que atraviesa provincias de Apurímac y Cusco, y dispuso que las Fuerzas Armadas apoyen a la Policía.

De acuerdo con la Defensoría, en lo que va del año cuatro personas han muerto en conflictos sociales en el país.

"Hemos levantado la medida, pero no la lucha", advirtió el presidente del frente, quien anunció que evaluarán el cumplimiento del acta dentro de 60 días.

La empresa minera saludó el acuerdo en un comunicado y estimó sus pérdidas en más de 40 millones de dólares.
""", [
    ev("PEACE", rng("2026-04-29", TUE), "PE", "Apurímac", "Challhuahuacho", "Protesters", None,
       "que mantenían desde el 29 de abril", tags=["road_blockade"]),
    ev("AGREE", TUE, "PE", "Apurímac", "Challhuahuacho", "Government of Peru",
       "Frente de Defensa de los Intereses de Cotabambas",
       "luego de firmar un acta de entendimiento"),
    ev("VIOLDEM", "2026-05-06", "PE", "Apurímac", "Challhuahuacho", "Protesters", "Police",
       "los comuneros lanzaron piedras con hondas", tags=["road_blockade"], fat=1, inj=17,
       attr=["Defensoría del Pueblo", "Ministerio del Interior"]),
    ev("OTHER", "2026-05-07", "PE", None, None, "Government of Peru", None,
       "el Gobierno declaró el estado de emergencia", tags=["state_of_emergency"]),
], [
    tally("deaths", 4, P, "people killed in social conflicts in Peru since January 2026",
          "Defensoría del Pueblo"),
]))

# ---------------------------------------------------------------- n010 Colombia (Catatumbo)
P = "2026-08-06"  # jueves
SUN = prev(P, "sun")
TUE = prev(P, "tue")
WED = prev(P, "wed")
LASTWEEK = rng("2026-07-27", "2026-08-02")
DOCS.append(doc("n010", "es", P, """
Catatumbo: combates entre el ELN y disidencias dejan al menos nueve muertos

CÚCUTA. — Los enfrentamientos entre el Ejército de Liberación Nacional (ELN) y las disidencias del frente 33 de las antiguas FARC, que se libran desde el domingo en la zona rural de Tibú, han dejado al menos nueve muertos, según la Gobernación de Norte de Santander. La Defensoría del Pueblo habla de 13 víctimas mortales, entre ellas dos menores.

Cientos de familias han huido hacia el casco urbano de Tibú y hacia Cúcuta, donde la alcaldía habilitó dos coliseos como albergues.

El martes, hombres del ELN secuestraron a un líder comunal y a su hijo en una vereda de El Tarra, denunció la Asociación Campesina del Catatumbo. Sus familiares no han vuelto a tener noticias de ellos.

En Teorama, un soldado murió y otros dos resultaron heridos el miércoles al pisar una mina antipersonal mientras patrullaban cerca de la vía a Convención, informó la Segunda División del Ejército.

El mismo comunicado señala que, según información de inteligencia, el frente 33 instaló la semana pasada un campamento con capacidad para unos 80 hombres en zona rural de Sardinata, desde donde coordinaría sus operaciones en la región.

Según Indepaz, 61 personas han sido asesinadas en el Catatumbo en lo que va del año.

El Gobierno nacional anunció el envío de 1.500 uniformados adicionales y convocó un consejo de seguridad en Cúcuta para este viernes.

La crisis recuerda la de comienzos de 2025, cuando la ofensiva del ELN contra las disidencias provocó el mayor desplazamiento masivo registrado en el país en décadas.
""", [
    ev("CLASH", rng(SUN, P), "CO", "Norte de Santander", "Tibú", "ELN", "Frente 33",
       "enfrentamientos entre el Ejército de Liberación Nacional", fat=9, lo=9, hi=13,
       attr=["Gobernación de Norte de Santander", "Defensoría del Pueblo"]),
    ev("ABDUCT", TUE, "CO", "Norte de Santander", "El Tarra", "ELN", "Civilians",
       "hombres del ELN secuestraron a un líder"),
    ev("IED", WED, "CO", "Norte de Santander", "Teorama", None, "Military",
       "al pisar una mina antipersonal", fat=1, inj=2, attr=["Segunda División del Ejército"]),
    ev("HQ", LASTWEEK, "CO", "Norte de Santander", "Sardinata", "Frente 33", None,
       "el frente 33 instaló la semana pasada"),
], [
    tally("deaths", 61, P, "people killed in the Catatumbo region since January 2026", "Indepaz"),
]))

# ---------------------------------------------------------------- n011 Chile (negativo)
P = "2025-10-17"
DOCS.append(doc("n011", "es", P, """
A seis años del estallido, el Gobierno ingresa proyecto de reparación y organizaciones convocan marcha

SANTIAGO. — A días de cumplirse seis años del estallido social, el Gobierno ingresó este jueves al Senado un proyecto de ley que crea un programa permanente de reparación integral para las víctimas de violaciones a los derechos humanos ocurridas durante las protestas que comenzaron en octubre de 2019.

La iniciativa contempla pensiones, atención de salud mental y rehabilitación visual para quienes sufrieron lesiones oculares, una de las principales demandas de las agrupaciones de víctimas.

"Llega tarde, pero llega", dijo la vocera de una coordinadora de víctimas de trauma ocular, que anunció que acompañará la tramitación del proyecto en el Congreso.

La oposición, en cambio, criticó que el texto no incluya a los carabineros heridos en servicio durante aquellos meses y anunció que presentará indicaciones.

Organizaciones sociales y estudiantiles convocaron para el sábado una marcha conmemorativa que partirá desde la Plaza Baquedano. La Delegación Presidencial aún no ha autorizado el recorrido, y Carabineros informó que dispondrá un plan de contingencia en el centro de la capital.

En paralelo, el Ministerio Público mantiene abiertas varias causas por apremios ilegítimos, aunque la mayoría se encuentran en etapa de investigación desde hace años. Según abogados de las víctimas, solo una fracción ha llegado a juicio oral.

El debate sobre el legado del estallido sigue dividiendo al país: una encuesta publicada esta semana muestra que la mitad de los chilenos lo considera "algo negativo", frente a una mayoría que lo valoraba positivamente en 2019.

El proyecto comenzará a discutirse en la comisión de Derechos Humanos la próxima semana.
""", [], []))

# ---------------------------------------------------------------- n012 México
P = "2025-03-27"  # jueves
TUE = prev(P, "tue")
SUN = prev(P, "sun")
MON = prev(P, "mon")
DOCS.append(doc("n012", "es", P, """
Drones con explosivos y una granada en un bar: jornada violenta en Michoacán y Guanajuato

MORELIA. — Presuntos integrantes del Cártel Jalisco Nueva Generación (CJNG) atacaron el martes con drones cargados de explosivos la localidad de El Aguaje, en el municipio de Aguililla, Michoacán. Tres habitantes, entre ellos una mujer de 70 años, resultaron heridos, informaron autoridades municipales.

Vecinos relataron que los artefactos cayeron sobre los techos de lámina de varias viviendas durante casi una hora. Decenas de familias abandonaron la comunidad por la tarde.

Un día antes, elementos del Ejército aseguraron 40 artefactos explosivos improvisados y 12 minas terrestres en un campamento atribuido al CJNG en las afueras de Tepalcatepec. No hubo detenidos, precisó la Secretaría de la Defensa Nacional.

En Celaya, Guanajuato, un hombre lanzó una granada al interior de un bar de la colonia Centro durante la madrugada del domingo. La Fiscalía General del Estado confirmó cuatro muertos y nueve heridos; medios locales reportaron un quinto fallecido en el hospital.

De acuerdo con la Fiscalía de Michoacán, desde enero 14 personas han resultado heridas por explosivos lanzados desde drones en la región de Tierra Caliente.

El gobernador de Michoacán pidió a la Federación reforzar la vigilancia en los límites con Jalisco, desde donde, afirmó, operan las células responsables de los ataques.

Guanajuato se mantiene como el estado con más homicidios dolosos del país, de acuerdo con las cifras del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública.

Con información de corresponsales.
""", [
    ev("AIR", TUE, "MX", "Michoacán", "El Aguaje", "CJNG", "Civilians",
       "atacaron el martes con drones cargados de", inj=3, attr=["autoridades municipales"]),
    ev("DISRUPT", MON, "MX", "Michoacán", "Tepalcatepec", "Military", "CJNG",
       "elementos del Ejército aseguraron 40 artefactos explosivos", arr=0,
       attr=["Secretaría de la Defensa Nacional"]),
    ev("GRENADE", SUN, "MX", "Guanajuato", "Celaya", "Unidentified armed group", "Civilians",
       "un hombre lanzó una granada al interior", fat=4, lo=4, hi=5, inj=9,
       attr=["Fiscalía General del Estado", "medios locales"]),
], [
    tally("injured", 14, P, "people injured by explosives dropped from drones in Tierra Caliente (Michoacán) since January 2025",
          "Fiscalía de Michoacán"),
]))

# ---------------------------------------------------------------- n013 Bolivia
P = "2024-11-08"  # viernes
THU = prev(P, "thu")
WED = prev(P, "wed")
DOCS.append(doc("n013", "es", P, """
Desbloquean Parotani con gases; evistas anuncian cuarto intermedio

COCHABAMBA. — Un contingente conjunto de policías y militares desbloqueó ayer el puente de Parotani, en la carretera que une el oriente con el occidente del país, donde seguidores del expresidente Evo Morales mantenían un bloqueo desde el 14 de octubre.

Los uniformados avanzaron al amanecer y dispersaron con gases lacrimógenos a los cerca de 300 bloqueadores que permanecían en el lugar. El Ministerio de Gobierno informó que 31 personas fueron aprehendidas. No hubo heridos.

El miércoles, en Caracollo (Oruro), bloqueadores y vecinos que intentaban abrir la vía se enfrentaron a pedradas y palos. Siete personas resultaron heridas, según el hospital del municipio.

Horas después del operativo en Parotani, la dirigencia de las Seis Federaciones del Trópico anunció desde Lauca Ñ un "cuarto intermedio humanitario" de los bloqueos, alegando que se buscaba evitar muertes. Morales respaldó la decisión en sus redes sociales.

En la madrugada de este viernes, efectivos policiales aprehendieron en Shinahota a un dirigente cocalero de las Seis Federaciones, acusado de instigación pública a delinquir, informó la Fiscalía Departamental.

Con los de ayer, suman 66 los aprehendidos desde el inicio de los bloqueos, según el Ministerio de Gobierno, que calcula pérdidas económicas superiores a los 1.700 millones de dólares.

Los seguidores de Morales rechazan el proceso judicial que se le sigue al exmandatario y exigen que se le permita ser candidato en las elecciones del próximo año.

El tránsito en la ruta Cochabamba–Oruro quedó restablecido por la tarde, aunque la Administradora Boliviana de Carreteras pidió precaución por los escombros en la vía.
""", [
    ev("INTERV", rng("2024-10-14", THU), "BO", "Cochabamba", "Parotani", "Supporters of Evo Morales",
       "Security forces", "desbloqueó ayer el puente de Parotani", tags=["road_blockade", "tear_gas"],
       inj=0, arr=31, attr=["Ministerio de Gobierno"]),
    ev("VIOLDEM", WED, "BO", "Oruro", "Caracollo", "Protesters", "Residents",
       "bloqueadores y vecinos que intentaban abrir la", tags=["road_blockade"], inj=7,
       attr=["hospital del municipio"]),
    ev("CHANGE", THU, "BO", "Cochabamba", "Lauca Ñ", "Seis Federaciones del Trópico", None,
       "anunció desde Lauca Ñ un \"cuarto intermedio"),
    ev("ARREST", P, "BO", "Cochabamba", "Shinahota", "Police", "Seis Federaciones del Trópico",
       "efectivos policiales aprehendieron en Shinahota a", arr=1),
], [
    tally("arrested", 66, P, "people arrested since the start of the blockades by supporters of Evo Morales",
          "Ministerio de Gobierno"),
]))

# ---------------------------------------------------------------- n014 Ecuador
P = "2026-01-21"  # miércoles
MON = prev(P, "mon")
SUN = prev(P, "sun")
TUE = prev(P, "tue")
DOCS.append(doc("n014", "es", P, """
Nuevo estado de excepción tras masacre en Guayaquil y ataques a buses

GUAYAQUIL. — El presidente Daniel Noboa decretó el lunes un estado de excepción por 60 días en las provincias de Guayas, Los Ríos y El Oro, tras un fin de semana marcado por una masacre y ataques contra el transporte público.

La medida fue firmada un día después de que hombres armados irrumpieran en una vivienda del sector Socio Vivienda, en el noroeste de Guayaquil, y asesinaran a siete personas que celebraban un cumpleaños la noche del domingo. Entre las víctimas hay dos adolescentes.

En Babahoyo, capital de Los Ríos, un grupo de encapuchados incendió tres buses urbanos estacionados en una cooperativa durante la madrugada del martes. No hubo víctimas, pero los transportistas suspendieron el servicio por la tarde.

Ese mismo martes, militares retomaron el control de la Penitenciaría del Litoral tras varias horas de enfrentamientos con reos de la banda Los Lobos que se habían amotinado en dos pabellones. Dos internos murieron, informó el SNAI, el organismo que administra las cárceles.

El SNAI precisó que los pabellones quedaron bajo custodia militar y que se trasladará a los cabecillas del motín a otras cárceles.

Según datos de la Policía, en lo que va del año se han registrado 212 muertes violentas en Guayas.

El Gobierno atribuye la escalada a la disputa entre Los Lobos y Los Choneros por las rutas del narcotráfico hacia los puertos del Pacífico. Los militares patrullan las calles de Guayaquil desde hace meses.

Las clases presenciales se mantienen en Guayaquil, anunció el Ministerio de Educación.
""", [
    ev("OTHER", MON, "EC", None, None, "Government of Ecuador", None,
       "decretó el lunes un estado de excepción", tags=["state_of_emergency"]),
    ev("ATTACK", SUN, "EC", "Guayas", "Guayaquil", "Unidentified armed group", "Civilians",
       "hombres armados irrumpieran en una vivienda del", fat=7),
    ev("LOOT", TUE, "EC", "Los Ríos", "Babahoyo", "Unidentified armed group", None,
       "un grupo de encapuchados incendió tres buses", fat=0, inj=0),
    ev("GOVREG", TUE, "EC", "Guayas", "Penitenciaría del Litoral", "Military", "Los Lobos",
       "militares retomaron el control de la Penitenciaría", fat=2, attr=["SNAI"]),
], [
    tally("deaths", 212, P, "violent deaths in Guayas province since January 2026", "Policía"),
]))

# ---------------------------------------------------------------- n015 Venezuela
P = "2024-07-31"  # miércoles
MON = prev(P, "mon")
TUE = prev(P, "tue")
DOCS.append(doc("n015", "es", P, """
Protestas poselectorales: muertos en Petare, estatua derribada en Valencia y más de mil detenidos

CARACAS. — Al menos dos jóvenes murieron el lunes en Petare, en el estado Miranda, cuando efectivos de la Guardia Nacional Bolivariana (GNB) dispararon contra una manifestación que avanzaba por la avenida Francisco de Miranda para rechazar los resultados de las presidenciales, según el Foro Penal. La ONG Provea contabilizó tres fallecidos en ese mismo hecho.

Testigos aseguraron que la marcha era pacífica y que los disparos se produjeron sin previo aviso.

En Valencia, estado Carabobo, un grupo de manifestantes derribó ese mismo día una estatua de Hugo Chávez y prendió fuego a la entrada de una sede del partido de gobierno.

La noche del martes, hombres armados que se desplazaban en motocicletas, identificados por los vecinos como integrantes de colectivos afines al Gobierno, dispararon contra residentes que se encontraban frente a sus casas en Catia, al oeste de Caracas. Un hombre de 52 años murió.

Funcionarios policiales detuvieron también el martes en su vivienda de Caracas al dirigente opositor Ramón Urdaneta, coordinador regional de campaña, informó su partido.

El fiscal general declaró el martes que 1.062 personas han sido detenidas desde el inicio de las protestas, a quienes acusó de "terrorismo". Foro Penal, por su parte, cuenta 11 muertos desde el domingo.

La oposición asegura tener copia de la mayoría de las actas de votación y reclama la victoria de su candidato. El Consejo Nacional Electoral no ha publicado los resultados desglosados por mesa.

Varios gobiernos de la región pidieron una verificación independiente del escrutinio.
""", [
    ev("EXCESS", MON, "VE", "Miranda", "Petare", "Protesters", "Guardia Nacional Bolivariana",
       "dispararon contra una manifestación que avanzaba por", tags=["march"], fat=2, lo=2, hi=3,
       attr=["Foro Penal", "Provea"]),
    ev("VIOLDEM", MON, "VE", "Carabobo", "Valencia", "Protesters", None,
       "un grupo de manifestantes derribó ese mismo"),
    ev("ATTACK", TUE, "VE", "Distrito Capital", "Catia", "Colectivos", "Civilians",
       "dispararon contra residentes que se encontraban frente", fat=1),
    ev("ARREST", TUE, "VE", "Distrito Capital", "Caracas", "Police", "Ramón Urdaneta",
       "Funcionarios policiales detuvieron también el martes", arr=1, attr=["partido"]),
], [
    tally("arrested", 1062, TUE, "people detained since the start of the post-election protests in Venezuela",
          "fiscal general"),
    tally("deaths", 11, P, "people killed in the post-election protests in Venezuela since Sunday", "Foro Penal"),
]))

# ---------------------------------------------------------------- n016 Guatemala
P = "2022-06-24"  # viernes
WED = prev(P, "wed")
THU = prev(P, "thu")
DOCS.append(doc("n016", "es", P, """
Linchamiento en Quiché y bloqueos de los 48 Cantones marcan la semana

SANTA CRUZ DEL QUICHÉ. — Un hombre murió y otro quedó gravemente herido el miércoles, después de que una turba los golpeara y les prendiera fuego en el mercado de Santa Cruz del Quiché, acusados de intentar robar a un niño, informó la Policía Nacional Civil (PNC).

Agentes de la PNC lograron rescatar al segundo hombre, que fue trasladado al hospital departamental con quemaduras en el 40 % del cuerpo. La familia del niño negó posteriormente que hubiera existido un intento de secuestro.

Ayer, autoridades indígenas de los 48 Cantones de Totonicapán bloquearon durante ocho horas la ruta Interamericana en Cuatro Caminos, en rechazo al alza de los combustibles y a la reforma a la ley de aguas. La protesta transcurrió sin incidentes.

En la capital, agentes antimotines desalojaron con gas lacrimógeno a estudiantes de la Asociación de Estudiantes Universitarios (AEU) que bloqueaban la calzada Roosevelt, también el jueves. Cuatro universitarios fueron detenidos y liberados horas después.

Según la PNC, en lo que va del año se han registrado 17 linchamientos o intentos de linchamiento en el país, en los que han muerto nueve personas.

Organizaciones de derechos humanos atribuyen el fenómeno a la desconfianza en el sistema de justicia y a la ausencia del Estado en zonas rurales.

La AEU anunció que volverá a las calles la próxima semana si el Congreso no archiva la reforma.
""", [
    ev("MOB", WED, "GT", "Quiché", "Santa Cruz del Quiché", "Rioters", "Civilians",
       "una turba los golpeara y les prendiera", fat=1, inj=1, attr=["Policía Nacional Civil"]),
    ev("PEACE", THU, "GT", "Totonicapán", "Cuatro Caminos", "48 Cantones", None,
       "bloquearon durante ocho horas la ruta Interamericana", tags=["road_blockade"]),
    ev("INTERV", THU, "GT", "Guatemala", "Ciudad de Guatemala", "AEU", "Police",
       "agentes antimotines desalojaron con gas lacrimógeno", tags=["road_blockade", "tear_gas"], arr=4),
], [
    tally("deaths", 9, P, "people killed in lynchings in Guatemala since January 2022", "Policía Nacional Civil"),
]))
