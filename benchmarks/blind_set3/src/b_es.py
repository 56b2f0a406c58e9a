from common import ev, ta, doc, prev, shift, rng

D = []

P = "2026-03-31"  # martes
D.append(doc("f009", "es", P, """Paro indígena: un muerto en Cotacachi y decenas de detenidos

QUITO (Agencias) — Un comunero murió el domingo en Cotacachi, provincia de Imbabura, durante un enfrentamiento entre manifestantes y militares que intentaban despejar la vía Panamericana, informó la Confederación de Nacionalidades Indígenas del Ecuador (CONAIE), que acusó a los soldados de haberle disparado. El Ministerio de Defensa aseguró que los manifestantes atacaron a la patrulla con piedras y palos y reportó 17 militares heridos.

El mismo día, en Otavalo, también en Imbabura, la Policía dispersó con gases lacrimógenos a cientos de manifestantes que bloqueaban el acceso a la ciudad y detuvo a 12 personas, según la Fiscalía.

En Cuenca, unos 2.000 estudiantes y trabajadores marcharon el lunes en apoyo a las comunidades indígenas, sin incidentes.

El presidente decretó el lunes el estado de excepción en siete provincias, entre ellas Imbabura, Pichincha y Cotopaxi, y un toque de queda nocturno en Imbabura. La CONAIE calificó la medida de "declaración de guerra" y anunció que las protestas continuarán "hasta que se derogue el decreto".

La Alianza por los Derechos Humanos contabiliza dos fallecidos, 150 heridos y 96 detenidos desde el inicio de las protestas, el 16 de marzo.

El Gobierno sostiene que el alza del diésel es "irreversible".

Suscríbase a nuestro boletín""",
    [ev("VD", prev(P, "sun"), "day", "EC", "Imbabura", "Cotacachi", "Protesters", "Military",
        "durante un enfrentamiento entre manifestantes y militares", tags=["road_blockade"],
        fat=1, inj=17,
        attr=["Confederación de Nacionalidades Indígenas del Ecuador", "Ministerio de Defensa"]),
     ev("PI", prev(P, "sun"), "day", "EC", "Imbabura", "Otavalo", "Protesters", "Police",
        "la Policía dispersó con gases lacrimógenos", tags=["road_blockade", "tear_gas"],
        arr=12, attr=["Fiscalía"]),
     ev("PP", prev(P, "mon"), "day", "EC", "Azuay", "Cuenca", "Protesters", None,
        "unos 2.000 estudiantes y trabajadores marcharon", tags=["march"]),
     ev("OTH", prev(P, "mon"), "day", "EC", None, None, "Government of Ecuador", None,
        "decretó el lunes el estado de excepción", tags=["state_of_emergency"]),
     ev("OTH", prev(P, "mon"), "day", "EC", "Imbabura", None, "Government of Ecuador", None,
        "un toque de queda nocturno en Imbabura", tags=["curfew"])],
    [ta("deaths", 2, P, "deaths in Ecuador since the protests began on 16 March", "Alianza por los Derechos Humanos"),
     ta("injured", 150, P, "injured in Ecuador since the protests began on 16 March", "Alianza por los Derechos Humanos"),
     ta("arrested", 96, P, "arrested in Ecuador since the protests began on 16 March", "Alianza por los Derechos Humanos")]))

P = "2024-05-21"  # martes
D.append(doc("f010", "es", P, """Ola de ataques en el Cauca deja tres policías muertos

POPAYÁN — Disidencias de las FARC atacaron con drones cargados de explosivos la estación de Policía de Suárez, en el norte del Cauca, en la madrugada del lunes. Dos policías murieron y cuatro resultaron heridos, según el comandante de la Policía del Cauca, coronel Julián Mosquera.

El mismo lunes por la tarde, en el casco urbano de Morales (Cauca), un patrullero murió al ser alcanzado por disparos de francotiradores, informó la Gobernación.

En Jamundí, en el vecino Valle del Cauca, el Ejército desactivó dos cilindros bomba instalados en la vía que conduce al corregimiento de Potrerito, según la Tercera Brigada.

El domingo, tropas del Ejército combatieron durante cuatro horas con la columna móvil Carlos Patiño en zona rural de El Plateado, en el municipio de Argelia. No se reportaron bajas.

Mientras tanto, unos 400 indígenas del Consejo Regional Indígena del Cauca (CRIC) bloquearon este martes la vía Panamericana a la altura de Piendamó para rechazar la violencia en sus territorios.

La Defensoría del Pueblo reportó que en lo que va del año 14 uniformados han muerto en ataques en el departamento.

Lea también: ¿Qué pasa con la paz total en el Cauca?""",
    [ev("AIR", prev(P, "mon"), "day", "CO", "Cauca", "Suárez", "FARC dissidents", "Police",
        "atacaron con drones cargados de explosivos", fat=2, inj=4,
        attr=["Julián Mosquera"]),
     ev("AC", prev(P, "mon"), "day", "CO", "Cauca", "Morales", "Unidentified armed group",
        "Police", "un patrullero murió al ser alcanzado", fat=1, attr=["Gobernación"]),
     ev("DWU", None, "unknown", "CO", "Valle del Cauca", "Jamundí", "Military", None,
        "el Ejército desactivó dos cilindros bomba"),
     ev("AC", prev(P, "sun"), "day", "CO", "Cauca", "El Plateado", "Military",
        "Columna Móvil Carlos Patiño", "tropas del Ejército combatieron durante cuatro horas",
        fat=0, inj=0),
     ev("PP", P, "day", "CO", "Cauca", "Piendamó", "Consejo Regional Indígena del Cauca", None,
        "bloquearon este martes la vía Panamericana", tags=["road_blockade"])],
    [ta("deaths", 14, P, "members of the security forces killed in attacks in Cauca this year", "Defensoría del Pueblo")]))

P = "2025-09-26"  # viernes
D.append(doc("f011", "es", P, """Normalistas de Ayotzinapa derriban puerta del Palacio de Gobierno

CHILPANCINGO — Estudiantes de la Escuela Normal Rural de Ayotzinapa lanzaron petardos y derribaron con una camioneta una puerta del Palacio de Gobierno de Guerrero, en Chilpancingo, este miércoles, en protesta por la falta de avances en la búsqueda de sus 43 compañeros desaparecidos hace más de una década. La Secretaría de Seguridad Pública estatal informó que nueve policías resultaron heridos.

Al día siguiente, unos 300 normalistas y padres de familia bloquearon durante cinco horas la Autopista del Sol a la altura de Tierra Colorada. Se retiraron por la tarde sin enfrentamientos.

El jueves por la noche, elementos de la Guardia Nacional detuvieron en Acapulco a tres normalistas que viajaban en un autobús que, según la corporación, había sido robado.

La Fiscalía General del Estado abrió este viernes una carpeta de investigación por los daños al Palacio de Gobierno.

Según el comité de padres, suman 21 los normalistas detenidos en lo que va del año.

La gobernadora dijo que "el diálogo sigue abierto" y que recibirá a los padres la próxima semana. Los estudiantes anunciaron nuevas movilizaciones para el próximo martes.""",
    [ev("VD", prev(P, "wed"), "day", "MX", "Guerrero", "Chilpancingo",
        "Escuela Normal Rural de Ayotzinapa", "Police",
        "lanzaron petardos y derribaron con una camioneta", inj=9,
        attr=["Secretaría de Seguridad Pública"]),
     ev("PP", prev(P, "thu"), "day", "MX", "Guerrero", "Tierra Colorada",
        "Escuela Normal Rural de Ayotzinapa", None, "bloquearon durante cinco horas la Autopista",
        tags=["road_blockade"]),
     ev("ARR", prev(P, "thu"), "day", "MX", "Guerrero", "Acapulco", "Guardia Nacional",
        "Escuela Normal Rural de Ayotzinapa", "detuvieron en Acapulco a tres normalistas", arr=3),
     ev("OTH", P, "day", "MX", "Guerrero", "Chilpancingo", "Fiscalía General del Estado", None,
        "abrió este viernes una carpeta de investigación", tags=["investigation"])],
    [ta("arrested", 21, P, "Ayotzinapa students arrested this year", "comité de padres")]))

D.append(doc("f012", "es", "2025-11-12", """El Congreso aplaza otra vez la reforma de la 'ley mordaza'

MADRID — La Comisión de Interior del Congreso de los Diputados aplazó este miércoles, por tercera vez en el año, la votación de la reforma de la Ley de Seguridad Ciudadana, conocida por sus críticos como "ley mordaza", ante la falta de acuerdo entre los socios del Gobierno sobre el uso de pelotas de goma y las devoluciones en caliente.

Los sindicatos policiales Jupol y SUP anunciaron que convocarán una concentración frente al Congreso "en las próximas semanas" si la reforma prohíbe el uso de material antidisturbios. "No se puede pedir a los agentes que contengan una carga con las manos vacías", dijo un portavoz.

Asociaciones de derechos civiles recordaron que, desde su aprobación en 2015, la ley ha servido para imponer miles de multas a manifestantes y periodistas, y pidieron al Ejecutivo que no ceda "a la presión de los antidisturbios".

El ministro del Interior aseguró que el texto estará aprobado "antes del verano" y negó que vaya a restringir el derecho de manifestación. La oposición acusó al Gobierno de "rendirse ante los violentos" de las protestas de los últimos años.

La próxima reunión de la comisión está prevista para el 3 de diciembre.

© Todos los derechos reservados."""))

P = "2017-06-28"  # miércoles
D.append(doc("f013", "es", P, """Muere un adolescente en Maracay; saqueos en San Cristóbal

CARACAS — Un manifestante de 17 años murió el lunes en Maracay, estado Aragua, tras ser alcanzado en el tórax por un perdigón durante una protesta contra el Gobierno, informó el Ministerio Público. Según testigos, los manifestantes lanzaban piedras y cócteles molotov contra efectivos de la Guardia Nacional Bolivariana (GNB) cuando se produjeron los disparos.

En San Cristóbal, capital del estado Táchira, saqueadores asaltaron al menos 20 comercios durante la madrugada del martes. La policía estatal reportó 35 detenidos.

En Chacao, en el este de Caracas, decenas de vecinos realizaron el martes un "plantón" pacífico frente a la alcaldía.

Funcionarios del Servicio Bolivariano de Inteligencia Nacional (Sebin) detuvieron en la madrugada de este miércoles, en su casa de Barquisimeto, a un concejal del partido Voluntad Popular, denunció su esposa.

El Foro Penal contabiliza 3.400 detenidos y el Ministerio Público 76 fallecidos desde el 1 de abril. El Gobierno, por su parte, cifra los detenidos en unos 2.000.

La ministra de Interior anunció que abrirá una investigación sobre la actuación de los cuerpos de seguridad en Aragua.

Lea también: Cronología de tres meses de protestas""",
    [ev("VD", prev(P, "mon"), "day", "VE", "Aragua", "Maracay", "Protesters",
        "Guardia Nacional Bolivariana", "Un manifestante de 17 años murió", fat=1,
        attr=["Ministerio Público"]),
     ev("MV", prev(P, "tue"), "day", "VE", "Táchira", "San Cristóbal", "Rioters", None,
        "saqueadores asaltaron al menos 20 comercios", arr=35, attr=["policía estatal"]),
     ev("PP", prev(P, "tue"), "day", "VE", "Miranda", "Chacao", "Protesters", None,
        "realizaron el martes un \"plantón\" pacífico"),
     ev("ARR", P, "day", "VE", "Lara", "Barquisimeto", "Servicio Bolivariano de Inteligencia Nacional",
        "Voluntad Popular", "detuvieron en la madrugada de este miércoles", arr=1,
        attr=["esposa"])],
    [ta("arrested", 3400, P, "people detained in Venezuela's protests since 1 April", "Foro Penal"),
     ta("deaths", 76, P, "deaths in Venezuela's protests since 1 April", "Ministerio Público"),
     ta("arrested", 2000, P, "people detained in Venezuela's protests since 1 April", "Gobierno")]))

P = "2023-08-17"  # jueves
D.append(doc("f014", "es", P, """Campesinos levantan el bloqueo en Caranavi tras acuerdo con el Gobierno

LA PAZ — La Federación Sindical Única de Trabajadores Campesinos de Caranavi firmó el miércoles un acuerdo con el Viceministerio de Régimen Interior y levantó el bloqueo de la carretera Caranavi–La Paz, que mantenía desde el lunes 7 en demanda de la reparación de la vía.

El martes, cuando unos 200 policías intentaron despejar la carretera en Yolosa, los bloqueadores respondieron con piedras y cachorros de dinamita. Once policías y cuatro comunarios resultaron heridos, según el Ministerio de Gobierno; la federación denunció nueve heridos entre sus afiliados.

En Santa Cruz de la Sierra, el Comité Pro Santa Cruz cumplió el martes un paro cívico de 24 horas contra la escasez de combustible, con escasa adhesión en el centro de la ciudad.

La Defensoría del Pueblo informó que 23 personas fueron aprehendidas durante los diez días de conflicto en los Yungas y pidió su liberación.

El acuerdo prevé el inicio de las obras en septiembre y la liberación de los detenidos. "Si no cumplen, volvemos a la carretera", advirtió un dirigente.

Más de 2.000 vehículos quedaron varados durante el bloqueo, según la Administradora Boliviana de Carreteras.""",
    [ev("AGR", prev(P, "wed"), "day", "BO", "La Paz", "Caranavi",
        "Federación Sindical Única de Trabajadores Campesinos de Caranavi",
        "Viceministerio de Régimen Interior", "firmó el miércoles un acuerdo"),
     ev("PP", rng("2023-08-07", prev(P, "wed")), "range", "BO", "La Paz", "Caranavi",
        "Federación Sindical Única de Trabajadores Campesinos de Caranavi", None,
        "levantó el bloqueo de la carretera Caranavi–La Paz", tags=["road_blockade"]),
     ev("VD", prev(P, "tue"), "day", "BO", "La Paz", "Yolosa", "Protesters", "Police",
        "los bloqueadores respondieron con piedras", tags=["road_blockade"], inj=15,
        attr=["Ministerio de Gobierno", "federación"]),
     ev("PP", prev(P, "tue"), "day", "BO", "Santa Cruz", "Santa Cruz de la Sierra",
        "Comité Pro Santa Cruz", None, "cumplió el martes un paro cívico", tags=["strike"])],
    [ta("arrested", 23, P, "people arrested during the ten-day conflict in the Yungas", "Defensoría del Pueblo")]))

P = "2026-04-16"  # jueves
D.append(doc("f015", "es", P, """Incidentes en la marcha de jubilados: 30 heridos y 45 detenidos

BUENOS AIRES — Un grupo de manifestantes lanzó piedras y botellas contra la policía en la marcha semanal de jubilados frente al Congreso el miércoles por la tarde, y las fuerzas federales respondieron con balas de goma, gas pimienta y camiones hidrantes. El SAME atendió a 24 manifestantes heridos, entre ellos un fotógrafo en estado grave, y el Ministerio de Seguridad informó de 45 detenidos y seis agentes lesionados.

La jueza federal María Laura Quiroga abrió este jueves una investigación por las lesiones del fotógrafo, a pedido de su familia.

En Córdoba y Rosario hubo marchas de solidaridad el miércoles por la noche, sin incidentes.

La Comisión Provincial por la Memoria contabiliza 1.155 personas heridas en protestas en la ciudad desde diciembre de 2023.

La Confederación General del Trabajo (CGT) anunció un paro general para el 30 de abril, el cuarto desde que asumió el Gobierno. La ministra de Seguridad defendió la actuación de las fuerzas y culpó a "barras bravas infiltradas".

Los jubilados marchan todos los miércoles desde hace más de dos años para reclamar por el valor de las pensiones, que según los sindicatos perdieron un tercio de su poder adquisitivo.

Compartir en redes""",
    [ev("VD", prev(P, "wed"), "day", "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires",
        "Protesters", "Police", "lanzó piedras y botellas contra la policía", tags=["march"],
        inj=30, arr=45, attr=["SAME", "Ministerio de Seguridad"]),
     ev("OTH", P, "day", "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires",
        "María Laura Quiroga", None, "abrió este jueves una investigación",
        tags=["investigation"]),
     ev("PP", prev(P, "wed"), "day", "AR", "Córdoba", "Córdoba", "Protesters", None,
        "En Córdoba y Rosario hubo marchas", tags=["march"]),
     ev("PP", prev(P, "wed"), "day", "AR", "Santa Fe", "Rosario", "Protesters", None,
        "En Córdoba y Rosario hubo marchas", tags=["march"])],
    [ta("injured", 1155, P, "people injured at protests in Buenos Aires since December 2023", "Comisión Provincial por la Memoria")]))

P = "2026-06-10"  # miércoles
D.append(doc("f016", "es", P, """Muere carabinero en emboscada en Cañete; Gobierno extiende estado de excepción

TEMUCO — Un carabinero murió y otro resultó herido en la madrugada del lunes cuando desconocidos dispararon contra su patrulla en un camino rural de Cañete, en la provincia de Arauco, región del Biobío, informó la Fiscalía.

Ese mismo día, unas 1.500 personas marcharon por el centro de Temuco para exigir la liberación de comuneros mapuche presos. Al término de la marcha, un grupo lanzó piedras contra un cuartel de Carabineros, que respondió con carros lanzaaguas; hubo 14 detenidos.

En Collipulli, encapuchados quemaron tres camiones en la Ruta 5 durante la noche del martes. No hubo lesionados.

El Gobierno anunció el martes la extensión por 15 días del estado de excepción constitucional en la Macrozona Sur, que abarca La Araucanía y las provincias de Arauco y Biobío.

También el martes, la Policía de Investigaciones (PDI) detuvo en Tirúa a dos integrantes de la Coordinadora Arauco-Malleco (CAM), acusados de participar en ataques incendiarios.

Según la Fiscalía, nueve carabineros han muerto en la zona desde 2022.

El ministro del Interior viajará el jueves a Temuco para reunirse con los gremios de camioneros, que amenazan con un paro si no se refuerza la seguridad en las rutas.""",
    [ev("AC", prev(P, "mon"), "day", "CL", "Región del Biobío", "Cañete", "Unidentified armed group",
        "Carabineros", "desconocidos dispararon contra su patrulla", fat=1, inj=1,
        attr=["Fiscalía"]),
     ev("VD", prev(P, "mon"), "day", "CL", "Región de La Araucanía", "Temuco", "Protesters",
        "Carabineros", "un grupo lanzó piedras contra un cuartel", tags=["march"], arr=14),
     ev("LOOT", prev(P, "tue"), "day", "CL", "Región de La Araucanía", "Collipulli",
        "Unidentified armed group", None, "encapuchados quemaron tres camiones en la Ruta",
        fat=0, inj=0),
     ev("OTH", prev(P, "tue"), "day", "CL", None, None, "Government of Chile", None,
        "la extensión por 15 días del estado", tags=["state_of_emergency"]),
     ev("ARR", prev(P, "tue"), "day", "CL", "Región del Biobío", "Tirúa",
        "Policía de Investigaciones", "Coordinadora Arauco-Malleco",
        "detuvo en Tirúa a dos integrantes", arr=2)],
    [ta("deaths", 9, P, "Carabineros officers killed in the southern macro-zone since 2022", "Fiscalía")]))
