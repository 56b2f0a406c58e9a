"""Blind set 7, articles part: Spanish texts q009-q016, each beside its gold."""
from common import D, E, T, pub, prev, shift, rng

DOCS = []

# q009 -- Colombia: drone attack on police station in Suárez, combat in Argelia, ELN kidnapping
P = pub("2025-07-24", "thu")
DOCS.append(D("q009", "es", P, "https://www.ejemplo-noticias.co/judicial/2025/07/24/ataque-drones-suarez",
"""Disidencias atacan con drones la estación de Policía de Suárez; ELN secuestra a dos contratistas en Arauca

POPAYÁN.- Integrantes de la disidencia de las FARC conocida como Estado Mayor Central (EMC) atacaron con drones cargados de explosivos la estación de Policía de Suárez, en el norte del Cauca, en la madrugada de este miércoles, dejando dos uniformados heridos, informó la Gobernación del Cauca.

"Fueron por lo menos seis artefactos lanzados desde el aire en menos de una hora", dijo el comandante de la Policía departamental, quien aseguró que los heridos están fuera de peligro.

Horas después, tropas del Ejército sostuvieron combates con ese mismo grupo en zona rural del municipio de Argelia, en el sur del departamento. El Ejército reportó la muerte de tres disidentes, mientras que líderes de la comunidad hablaron de cinco muertos, entre ellos un menor de edad reclutado.

En el otro extremo del país, el Ejército de Liberación Nacional (ELN) secuestró el martes a dos contratistas de una empresa petrolera en el municipio de Saravena, en Arauca, según denunció la Defensoría del Pueblo, que pidió su liberación inmediata.

El Cauca es uno de los departamentos más golpeados por la violencia armada. Las disidencias se disputan con otras estructuras el control de los cultivos de coca y de las rutas del narcotráfico hacia el Pacífico.

En lo que va del año, 52 miembros de la fuerza pública han sido asesinados en el país, según el Ministerio de Defensa, que anunció el envío de 300 soldados adicionales al norte del Cauca.

Los diálogos del Gobierno con el EMC siguen suspendidos.

Suscríbase a nuestro boletín para recibir las noticias más importantes del día.""",
[
    E("AIR", prev(P, "wed"), "day", "CO", "Cauca", "Suárez", "Estado Mayor Central", "Police",
      "atacaron con drones cargados de explosivos", inj=2, attr=["Gobernación del Cauca"]),
    E("AC", prev(P, "wed"), "day", "CO", "Cauca", "Argelia", "Military", "Estado Mayor Central",
      "sostuvieron combates con ese mismo grupo", fat=3, low=3, high=5,
      attr=["Ejército", "líderes de la comunidad"]),
    E("ABD", prev(P, "tue"), "day", "CO", "Arauca", "Saravena", "ELN", "Civilians",
      "secuestró el martes a dos contratistas"),
],
[T("deaths", 52, P, "members of the security forces killed in Colombia this year",
   "Ministerio de Defensa")]))

# q010 -- Mexico, Michoacán: landmine kills soldiers, weapons seized, family killed
P = pub("2024-01-30", "tue")
DOCS.append(D("q010", "es", P, "https://ejemplo-diario.mx/estados/michoacan/2024/01/30/mina-tepalcatepec",
"""Mina terrestre mata a dos soldados en Tierra Caliente

MORELIA, Mich.- Dos elementos del Ejército mexicano murieron y otros tres resultaron heridos el domingo cuando el vehículo en el que patrullaban activó una mina terrestre en un camino de terracería del municipio de Tepalcatepec, informó la Secretaría de la Defensa Nacional (Sedena). Medios locales reportaron un tercer militar fallecido en el hospital.

Fuentes de seguridad atribuyen la colocación de los explosivos al Cártel Jalisco Nueva Generación (CJNG), que desde hace meses se disputa la región con grupos locales.

Un día después, militares aseguraron en una bodega de Apatzingán 14 artefactos explosivos improvisados, cuatro fusiles de alto calibre y miles de cartuchos, tras una denuncia anónima. No hubo detenidos.

En tanto, hombres armados irrumpieron la noche del sábado en una vivienda del municipio de Aguililla y asesinaron a una pareja y a su hijo adolescente, según la Fiscalía General del Estado, que no descartó que el ataque esté relacionado con el cobro de cuotas.

Habitantes de la zona, que pidieron no ser identificados, dijeron a este diario que el uso de drones con explosivos y de minas se ha vuelto "cosa de todos los días". "Ya no podemos ir a la huerta", contó un productor de limón.

En lo que va de enero, 23 personas han sido asesinadas en los municipios de Tierra Caliente, según la misma Fiscalía.

El gobierno federal envió en diciembre un nuevo contingente de la Guardia Nacional a la región, sin que hasta ahora haya disminuido la violencia.

Notas relacionadas: Productores de limón denuncian extorsiones""",
[
    E("IED", prev(P, "sun"), "day", "MX", "Michoacán", "Tepalcatepec", "CJNG", "Military",
      "activó una mina terrestre", fat=2, low=2, high=3, inj=3,
      attr=["Sedena", "medios locales"]),
    E("DWU", prev(P, "mon"), "day", "MX", "Michoacán", "Apatzingán", "Military", None,
      "militares aseguraron en una bodega de Apatzingán", arr=0),
    E("ATK", prev(P, "sat"), "day", "MX", "Michoacán", "Aguililla", "Unidentified armed group",
      "Civilians", "asesinaron a una pareja y a su hijo", fat=3,
      attr=["Fiscalía General del Estado"]),
],
[T("deaths", 23, P, "people killed in the Tierra Caliente municipalities since the start of January",
   "Fiscalía General del Estado")]))

# q011 -- Chile: Santiago riot, Valparaíso sit-in removed, Puente Alto looting, earlier Concepción march
P = pub("2023-10-05", "thu")
DOCS.append(D("q011", "es", P, "https://www.ejemplo.cl/nacional/2023/10/05/protesta-estudiantil-pasaje",
"""Enfrentamientos, saqueos y 87 detenidos en jornada de protesta estudiantil

SANTIAGO.- Una marcha de estudiantes secundarios y universitarios contra el alza del pasaje del transporte público terminó este miércoles con enfrentamientos en las inmediaciones de Plaza Baquedano, donde grupos de encapuchados lanzaron piedras y bombas molotov contra Carabineros, que respondió con carros lanzaaguas y gases lacrimógenos.

Carabineros informó de 14 funcionarios lesionados y 41 detenidos en el sector, mientras que el Instituto Nacional de Derechos Humanos (INDH) contabilizó 23 civiles heridos, uno de ellos por perdigones.

En Valparaíso, unos 300 estudiantes que intentaban instalarse frente al acceso principal del Congreso fueron desalojados por Fuerzas Especiales, que detuvieron a 12 jóvenes, según la Delegación Presidencial.

Ya de noche, un grupo de individuos saqueó un supermercado en la comuna de Puente Alto y prendió fuego a su bodega, según la Fiscalía Metropolitana Sur. Los bomberos controlaron el fuego pasada la medianoche.

En todo el país, la jornada dejó 87 detenidos, según el balance entregado esta mañana por el Ministerio del Interior.

La protesta de ayer fue la más numerosa desde que el Gobierno anunció el alza, a comienzos de septiembre. El jueves pasado, unos 2.000 estudiantes ya habían marchado sin incidentes por el centro de Concepción.

"No vamos a parar hasta que se retroceda", dijo una vocera de la Confederación de Estudiantes de Chile (Confech), que convocó a una nueva movilización para el próximo martes.

El ministro de Transportes defendió la medida y aseguró que el alza "es la mínima posible" para mantener el sistema.

Lea también: ¿Cuánto cuesta el pasaje en otras capitales de la región?""",
[
    E("VD", prev(P, "wed"), "day", "CL", "Región Metropolitana de Santiago", "Plaza Baquedano",
      "Protesters", "Carabineros", "Una marcha de estudiantes secundarios y universitarios",
      tags=["march", "tear_gas"], inj=37, arr=41, attr=["Carabineros", "INDH"]),
    E("PI", prev(P, "wed"), "day", "CL", "Valparaíso", "Valparaíso", "Protesters", "Carabineros",
      "fueron desalojados por Fuerzas Especiales", arr=12, attr=["Delegación Presidencial"]),
    E("MV", prev(P, "wed"), "day", "CL", "Región Metropolitana de Santiago", "Puente Alto",
      "Rioters", None, "saqueó un supermercado en la comuna"),
    E("PP", shift(P, -7), "day", "CL", "Biobío", "Concepción", "Protesters", None,
      "unos 2.000 estudiantes ya habían marchado sin incidentes", tags=["march"]),
],
[T("arrested", 87, P, "people detained across Chile during Wednesday's student protests",
   "Ministerio del Interior")]))

# q012 -- Peru, Puno: bridge blockade ended by agreement, strike in Juliaca, earlier shooting, probe
P = pub("2026-01-27", "tue")
DOCS.append(D("q012", "es", P, "https://ejemplo-sur.pe/puno/2026/01/27/levantan-bloqueo-desaguadero",
"""Comuneros levantan bloqueo del puente de Desaguadero tras acuerdo con el Ejecutivo

JULIACA.- Comuneros aimaras de la provincia de Chucuito levantaron este lunes el bloqueo del puente internacional de Desaguadero, en la frontera con Bolivia, tras firmar un acta con una comisión de alto nivel del Poder Ejecutivo que se comprometió a suspender por un año las concesiones mineras en la cuenca del río.

El bloqueo había comenzado el sábado 17 de enero y dejó varados a cientos de camiones de carga en ambos lados de la frontera, según la Superintendencia de Transporte Terrestre (Sutran).

Ese mismo lunes, gremios de transportistas y comerciantes de Juliaca acataron un paro de 24 horas en respaldo a los comuneros; los mercados y las agencias bancarias permanecieron cerrados.

Por otra parte, la Fiscalía Provincial de El Collao abrió el viernes una investigación preliminar por la muerte de un comunero de 34 años, herido de bala el 20 de enero cuando la Policía intentó desbloquear el puente de Ilave. El hombre murió dos días después en un hospital de Puno. Sus familiares afirman que los manifestantes estaban sentados en la vía cuando los agentes dispararon.

"Hemos ganado una batalla, pero vamos a vigilar que cumplan", dijo a Radio Onda Azul un dirigente de la comunidad de Chijichaya.

Según la Defensoría del Pueblo, los conflictos sociales en la región han dejado tres muertos desde diciembre.

El Ministerio de Energía y Minas sostuvo en un comunicado que las concesiones "no autorizan por sí mismas la explotación" y que ningún proyecto cuenta con licencia ambiental.

Este artículo fue actualizado a las 10:40.""",
[
    E("AGR", prev(P, "mon"), "day", "PE", "Puno", "Desaguadero", "Protesters",
      "Government of Peru", "tras firmar un acta con una comisión"),
    E("PP", rng("2026-01-17", prev(P, "mon")), "range", "PE", "Puno", "Desaguadero",
      "Protesters", None, "El bloqueo había comenzado el sábado 17", tags=["road_blockade"]),
    E("PP", prev(P, "mon"), "day", "PE", "Puno", "Juliaca", "Protesters", None,
      "acataron un paro de 24 horas", tags=["strike"]),
    E("OTH", prev(P, "fri"), "day", "PE", "Puno", "Ilave", "Prosecutor's Office", None,
      "abrió el viernes una investigación preliminar", tags=["investigation"]),
    E("EF", "2026-01-20", "day", "PE", "Puno", "Ilave", "Protesters", "Police",
      "la Policía intentó desbloquear el puente de Ilave", tags=["road_blockade"], fat=1),
],
[T("deaths", 3, P, "deaths in social conflicts in the Puno region since December",
   "Defensoría del Pueblo")]))

# q013 -- Ecuador: car bomb at police post, shooting in Durán, state of exception, arrests in Machala
P = pub("2025-11-06", "thu")
DOCS.append(D("q013", "es", P, "https://www.ejemplo-ec.com/seguridad/2025/11/06/coche-bomba-guayaquil",
"""Coche bomba frente a UPC en Guayaquil; Gobierno decreta estado de excepción en tres provincias

GUAYAQUIL.- Un coche bomba estalló la noche del martes frente a una Unidad de Policía Comunitaria (UPC) del sur de Guayaquil, dejando dos policías y un transeúnte heridos, según la Policía Nacional. No hubo fallecidos. La explosión destrozó ventanales en un radio de dos cuadras.

En el vecino cantón de Durán, hombres armados dispararon el miércoles por la mañana contra un grupo de personas que esperaba un bus y mataron a cuatro, entre ellos una adolescente. La Fiscalía dijo que investiga un ajuste de cuentas entre bandas; un concejal del cantón habló de seis muertos.

Horas más tarde, el presidente firmó un decreto que declara el estado de excepción por 60 días en Guayas, Los Ríos y El Oro, con toque de queda nocturno en doce cantones. La medida permite a las Fuerzas Armadas apoyar a la Policía en el control del orden interno.

El mismo miércoles, militares y policías detuvieron a 17 presuntos miembros de la banda Los Lobos en allanamientos en Machala, capital de El Oro, informó el Bloque de Seguridad, que decomisó además armas y dinero en efectivo.

"Vivimos encerrados desde las seis de la tarde", dijo una vendedora del mercado de Durán a este medio.

Guayas registra 1.420 muertes violentas en lo que va del año, según cifras de la Policía Nacional, lo que la convierte en la provincia más violenta del país.

El Gobierno atribuye el aumento de la violencia a la pugna entre organizaciones criminales por el control de los puertos, utilizados para el envío de cocaína a Europa.

© 2025 Ejemplo Medios. Prohibida su reproducción total o parcial.""",
[
    E("IED", prev(P, "tue"), "day", "EC", "Guayas", "Guayaquil", None, "Police",
      "Un coche bomba estalló la noche del martes", fat=0, inj=3, attr=["Policía Nacional"]),
    E("ATK", prev(P, "wed"), "day", "EC", "Guayas", "Durán", "Unidentified armed group",
      "Civilians", "hombres armados dispararon el miércoles por la mañana", fat=4, low=4, high=6,
      attr=["Fiscalía", "concejal"]),
    E("OTH", prev(P, "wed"), "day", "EC", None, None, "Government of Ecuador", None,
      "declara el estado de excepción por 60 días", tags=["state_of_emergency", "curfew"]),
    E("ARR", prev(P, "wed"), "day", "EC", "El Oro", "Machala", "Security forces", "Los Lobos",
      "detuvieron a 17 presuntos miembros de la banda", arr=17, attr=["Bloque de Seguridad"]),
],
[T("deaths", 1420, P, "violent deaths in Guayas province so far this year", "Policía Nacional")]))

# q014 -- NEGATIVE: Argentina, CGT announces general strike; statements only
P = pub("2025-09-23", "tue")
DOCS.append(D("q014", "es", P, "https://ejemplo.com.ar/politica/2025/09/23/cgt-paro-general",
"""La CGT anuncia un paro general de 24 horas para el 9 de octubre

BUENOS AIRES.- La Confederación General del Trabajo (CGT) anunció este martes un paro general de 24 horas para el jueves 9 de octubre, en rechazo a la reforma laboral que el Gobierno envió al Congreso y al veto de la ley de financiamiento universitario.

La decisión fue tomada por unanimidad en una reunión del consejo directivo en la sede de la calle Azopardo. La central obrera convocó además a una movilización que partirá ese día desde el Obelisco hacia la Plaza de Mayo.

"Este Gobierno no escucha. Si no nos reciben, vamos a hacernos oír en la calle", afirmó uno de los tres secretarios generales en conferencia de prensa.

Los gremios del transporte evaluarán mañana si se adhieren a la medida; sin colectivos ni trenes, el impacto del paro sería mucho mayor.

Desde la Casa Rosada, el vocero presidencial calificó la convocatoria de "política" y sostuvo que "los argentinos que quieren trabajar podrán hacerlo". El ministro de Economía agregó que cada jornada de paro "le cuesta al país cientos de millones de dólares".

Sería el cuarto paro general contra la actual administración. Los anteriores tuvieron un acatamiento dispar según la región y el sector.

Por su parte, las dos CTA y los movimientos sociales anticiparon que se sumarán a la marcha, mientras que la Federación Universitaria Argentina (FUA) evalúa convocar a clases públicas en las facultades la semana próxima.

Analistas consultados por este diario consideran que la medida busca presionar a los senadores antes del debate de la reforma, previsto para fines de octubre.

Seguí leyendo: Qué cambia con la reforma laboral""",
[]))

# q015 -- Bolivia: drivers suspend blockades, police clear Parotani bridge, clash in Santa Cruz
P = pub("2026-03-10", "tue")
DOCS.append(D("q015", "es", P, "https://ejemplo.bo/nacional/2026/03/10/choferes-suspenden-bloqueos",
"""Choferes suspenden por una semana los bloqueos; 11 heridos en choques en Santa Cruz

LA PAZ.- La Confederación de Choferes de Bolivia anunció este lunes la suspensión por una semana de los bloqueos de carreteras que mantenía desde el miércoles pasado en protesta por la escasez de diésel, tras una reunión con el Gobierno en la que, según sus dirigentes, no se alcanzó ningún acuerdo.

"Damos una tregua para que la gente pueda abastecerse, pero si no llega el combustible volveremos a las carreteras", dijo el secretario ejecutivo de la organización.

El domingo, efectivos antimotines despejaron con gases lacrimógenos el bloqueo instalado en el puente de Parotani, en Cochabamba, y arrestaron a nueve choferes, según un reporte policial. Los transportistas denunciaron que entre los aprehendidos hay dos menores de edad.

En Santa Cruz de la Sierra, vecinos que intentaban abrir el paso en el cuarto anillo se enfrentaron el sábado a golpes y pedradas con transportistas que bloqueaban la avenida, con un saldo de 11 heridos, informó el Servicio Departamental de Salud (Sedes).

La Defensoría del Pueblo contabiliza 46 personas aprehendidas desde el inicio de los bloqueos.

La escasez de diésel, que el Gobierno atribuye a la falta de divisas para importar combustible, ha provocado largas filas en las estaciones de servicio de todo el país y amenaza con afectar la cosecha de soya en el oriente.

El ministro de Hidrocarburos aseguró que esta semana llegarán 40 cisternas desde Chile y Paraguay y pidió "no caer en el pánico".

Comentarios cerrados en esta nota.""",
[
    E("CHG", prev(P, "mon"), "day", "BO", None, None, "Confederación de Choferes de Bolivia", None,
      "anunció este lunes la suspensión por una semana"),
    E("PI", prev(P, "sun"), "day", "BO", "Cochabamba", "Parotani", "Protesters", "Police",
      "despejaron con gases lacrimógenos el bloqueo", tags=["road_blockade", "tear_gas"],
      arr=9, attr=["reporte policial"]),
    E("VD", prev(P, "sat"), "day", "BO", "Santa Cruz", "Santa Cruz de la Sierra", "Protesters",
      "Residents", "se enfrentaron el sábado a golpes y pedradas", tags=["road_blockade"],
      inj=11, attr=["Sedes"]),
],
[T("arrested", 46, P, "people detained since the drivers' blockades began", "Defensoría del Pueblo")]))

# q016 -- Haiti: gangs take Ganthier, police retake Solino, lynching in Pétion-Ville, UN tally
P = pub("2025-05-20", "tue")
DOCS.append(D("q016", "es", P, "https://ejemplo-caribe.com/haiti/2025/05/20/pandillas-ganthier",
"""Haití: las pandillas toman Ganthier y la Policía recupera Solino

PUERTO PRÍNCIPE.- Miembros de la coalición de pandillas Viv Ansanm tomaron el control de la comuna de Ganthier, al este de la capital, tras varias horas de enfrentamientos con agentes de la Policía Nacional de Haití (PNH) el domingo, informaron residentes. Al menos cinco policías murieron, según el sindicato policial Synapoha; la Red Nacional de Defensa de los Derechos Humanos (RNDDH) elevó la cifra a ocho muertos, entre ellos tres civiles.

Cientos de familias huyeron a pie hacia la frontera con la República Dominicana, relató a EFE una monja que dirige un dispensario en la zona.

En cambio, la PNH, apoyada por la misión multinacional liderada por Kenia, recuperó el lunes el control del barrio de Solino, en Puerto Príncipe, tras un tiroteo de cuatro horas con hombres de la misma coalición. La Policía no informó de bajas.

El sábado, en Pétion-Ville, una multitud lapidó y quemó a dos presuntos pandilleros que, según testigos, habían sido sorprendidos con armas en un autobús. Este tipo de linchamientos se ha multiplicado desde el surgimiento del movimiento de autodefensa conocido como "Bwa Kale".

Más de 2.600 personas murieron por la violencia de las pandillas en el primer trimestre, según la Oficina de Derechos Humanos de la ONU.

Las pandillas controlan alrededor del 85 % de Puerto Príncipe, según estimaciones de Naciones Unidas, y se han expandido en los últimos meses hacia los departamentos del Centro y del Artibonito.

El Consejo Presidencial de Transición prometió nuevos refuerzos, pero la misión sigue lejos de los 2.500 efectivos previstos.""",
[
    E("NSO", prev(P, "sun"), "day", "HT", "Ouest", "Ganthier", "Viv Ansanm", "Police",
      "tomaron el control de la comuna de Ganthier", fat=5, low=5, high=8,
      attr=["Synapoha", "RNDDH"]),
    E("GRT", prev(P, "mon"), "day", "HT", "Ouest", "Solino", "Police", "Viv Ansanm",
      "recuperó el lunes el control del barrio"),
    E("MV", prev(P, "sat"), "day", "HT", "Ouest", "Pétion-Ville", "Rioters", "Civilians",
      "una multitud lapidó y quemó a dos", fat=2),
],
[T("deaths", 2600, "2025-03", "people killed by gang violence in Haiti in the first quarter",
   "Oficina de Derechos Humanos de la ONU")]))
