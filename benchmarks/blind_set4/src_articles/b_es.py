"""Spanish articles h009-h016: texts with their gold."""
from common import doc, ev, ta, prev, shift, rng

DOCS = []

# h009 Peru
P = "2025-06-19"
MON = prev(P, "mon")
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h009", "es", P, (
    "Paro agrario: muertos en Juliaca y estado de emergencia en tres regiones\n\n"
    "LIMA — Dos manifestantes murieron el martes en enfrentamientos con la policía en las inmediaciones del "
    "aeropuerto de Juliaca, en la región Puno, informó la Defensoría del Pueblo. El Ministerio de Salud "
    "(Minsa) elevó la cifra a tres fallecidos y reportó 27 heridos, entre ellos nueve agentes.\n\n"
    "Según testigos, cientos de manifestantes intentaron ingresar a la pista de aterrizaje y lanzaron piedras "
    "con hondas contra los agentes, que respondieron con bombas lacrimógenas. La Corporación Peruana de "
    "Aeropuertos y Aviación Comercial (Corpac) suspendió las operaciones del terminal desde la tarde del "
    "martes.\n\n"
    "En Cusco, agricultores mantienen bloqueada desde el lunes la carretera que une Sicuani con Juliaca, sin "
    "que se hayan registrado incidentes. La policía detuvo el miércoles en Ayaviri a un dirigente de la "
    "Federación Departamental de Campesinos de Puno, acusado de disturbios.\n\n"
    "El Ejecutivo declaró anoche el estado de emergencia por 30 días en Puno, Cusco y Apurímac, y autorizó "
    "a las Fuerzas Armadas a apoyar a la policía en el control del orden interno.\n\n"
    "Con las muertes del martes, suman cinco los fallecidos desde el inicio del paro, el 2 de junio, según "
    "la Defensoría. Los gremios agrarios exigen precios de garantía para la papa y el arroz y anunciaron que "
    "marcharán a Lima la próxima semana.\n\n"
    "Lea también: ¿Qué piden los agricultores del sur?"),
    [
        ev("VD", TUE, "PE", "Puno", "Juliaca", "Protesters", "Police",
           "Dos manifestantes murieron el martes", fat=2, lo=2, hi=3, inj=27,
           attr=["Defensoría del Pueblo", "Ministerio de Salud"], tags=["airport", "tear_gas"]),
        ev("OTH", TUE, "PE", "Puno", "Juliaca",
           "Corporación Peruana de Aeropuertos y Aviación Comercial", None,
           "suspendió las operaciones del terminal", tags=["airport"]),
        ev("PP", rng(MON, P), "PE", "Cusco", "Sicuani", "Protesters", None,
           "mantienen bloqueada desde el lunes la carretera", tags=["road_blockade", "strike"]),
        ev("ARR", WED, "PE", "Puno", "Ayaviri", "Police", "Federación Departamental de Campesinos de Puno",
           "La policía detuvo el miércoles en Ayaviri", arr=1),
        ev("OTH", WED, "PE", None, None, "Government of Peru", None,
           "declaró anoche el estado de emergencia", tags=["state_of_emergency"]),
    ],
    [
        ta("deaths", 5, P, "deaths since the agrarian strike began on 2 June", "Defensoría del Pueblo"),
    ]))

# h010 Colombia
P = "2024-09-25"
DOCS.append(doc("h010", "es", P, (
    "Combates entre el ELN y disidencias dejan al menos ocho muertos en el Catatumbo\n\n"
    "CÚCUTA — Al menos ocho personas murieron en combates entre el Ejército de Liberación Nacional (ELN) y "
    "disidencias de las FARC en zona rural de Tibú, Norte de Santander, entre el domingo y el lunes, según "
    "la Gobernación. La Defensoría del Pueblo habló de once muertos, entre ellos dos civiles.\n\n"
    "Decenas de familias abandonaron sus veredas y llegaron al casco urbano de Tibú, donde fueron alojadas "
    "en un coliseo.\n\n"
    "En el Cauca, dos soldados murieron el pasado martes cuando un artefacto explosivo instalado por la "
    "columna Jaime Martínez de las disidencias estalló al paso de una patrulla en la vía entre Suárez y "
    "Morales, informó el Ejército.\n\n"
    "En Arauca, hombres armados secuestraron el sábado a un líder comunal en zona rural de Saravena, "
    "denunció su familia. Ningún grupo se ha atribuido el plagio.\n\n"
    "La Policía incautó el domingo en Cúcuta unos 300 kilos de explosivos ocultos en un camión que se "
    "dirigía al Catatumbo.\n\n"
    "Según el Instituto de Estudios para el Desarrollo y la Paz (Indepaz), 128 líderes sociales han sido "
    "asesinados en el país en lo que va del año. El Gobierno insiste en que mantiene abiertos los canales de "
    "diálogo con los grupos armados.\n\n"
    "Suscríbase a nuestro boletín de noticias."),
    [
        ev("AC", rng(prev(P, "sun"), prev(P, "mon")), "CO", "Norte de Santander", "Tibú", "ELN",
           "FARC dissidents", "Al menos ocho personas murieron en combates", fat=8, lo=8, hi=11,
           attr=["Gobernación", "Defensoría del Pueblo"]),
        ev("IED", prev(P, "tue"), "CO", "Cauca", "Suárez", "Columna Jaime Martínez", "Military",
           "un artefacto explosivo instalado por la columna", fat=2, attr=["Ejército"]),
        ev("ABD", prev(P, "sat"), "CO", "Arauca", "Saravena", "Unidentified armed group", "Civilians",
           "hombres armados secuestraron el sábado"),
        ev("DWU", prev(P, "sun"), "CO", "Norte de Santander", "Cúcuta", "Police", None,
           "La Policía incautó el domingo en Cúcuta"),
    ],
    [
        ta("deaths", 128, P, "social leaders killed in Colombia so far this year",
           "Instituto de Estudios para el Desarrollo y la Paz"),
    ]))

# h011 Ecuador
P = "2025-05-21"
MON = prev(P, "mon")
TUE = prev(P, "tue")
DOCS.append(doc("h011", "es", P, (
    "Paro indígena: bloqueos en la Sierra y choques frente a la Asamblea\n\n"
    "QUITO — Miles de indígenas convocados por la Confederación de Nacionalidades Indígenas del Ecuador "
    "(Conaie) mantuvieron este martes cierres de vías en Imbabura y Cotopaxi, en la segunda jornada del "
    "paro nacional contra la eliminación del subsidio al diésel.\n\n"
    "En Imbabura, comuneros de la Conaie cerraron con tierra y troncos la Panamericana Norte a la altura de "
    "Otavalo. En Cotopaxi, militares y policías despejaron con gases lacrimógenos la vía en Salcedo y "
    "detuvieron a seis personas, según la Fiscalía.\n\n"
    "Por la noche, en Quito, un grupo de manifestantes lanzó piedras y petardos contra la policía en los "
    "exteriores de la Asamblea Nacional. El Ministerio del Interior reportó 14 policías heridos.\n\n"
    "El presidente decretó el lunes el estado de excepción en siete provincias, lo que suspende la libertad "
    "de reunión durante 60 días. La Alianza de Organizaciones por los Derechos Humanos contabiliza 57 "
    "detenidos desde el inicio del paro.\n\n"
    "La Conaie anunció que sus bases marcharán hacia Quito el jueves y descartó por ahora cualquier diálogo "
    "con el Gobierno mientras no se derogue el decreto.\n\n"
    "Según la Cámara de Comercio, las pérdidas superan ya los 50 millones de dólares.\n\n"
    "Lea también: Las claves del decreto sobre el diésel"),
    [
        ev("PP", TUE, "EC", "Imbabura", "Otavalo", "Confederación de Nacionalidades Indígenas del Ecuador", None,
           "cerraron con tierra y troncos la Panamericana", tags=["road_blockade", "strike"]),
        ev("PI", TUE, "EC", "Cotopaxi", "Salcedo", "Confederación de Nacionalidades Indígenas del Ecuador",
           "Security forces", "despejaron con gases lacrimógenos la vía", arr=6, attr=["Fiscalía"],
           tags=["road_blockade", "strike", "tear_gas"]),
        ev("VD", TUE, "EC", "Pichincha", "Quito", "Protesters", "Police",
           "lanzó piedras y petardos contra la policía", inj=14, attr=["Ministerio del Interior"]),
        ev("OTH", MON, "EC", None, None, "Government of Ecuador", None,
           "decretó el lunes el estado de excepción", tags=["state_of_emergency"]),
    ],
    [
        ta("arrested", 57, P, "people detained since the national strike began",
           "Alianza de Organizaciones por los Derechos Humanos"),
    ]))

# h012 Mexico
P = "2023-03-30"
WED = prev(P, "wed")
DOCS.append(doc("h012", "es", P, (
    "Emboscan a policías en Guerrero; normalistas queman vehículos en Chilpancingo\n\n"
    "CHILPANCINGO — Cuatro policías estatales murieron y otros dos resultaron heridos la madrugada del "
    "miércoles cuando hombres armados emboscaron su patrulla en la carretera entre Tixtla y Chilpancingo, "
    "informó la Fiscalía General del Estado. Los agentes repelieron la agresión durante varios minutos.\n\n"
    "Horas después, estudiantes de la Normal Rural de Ayotzinapa incendiaron dos vehículos frente al "
    "Palacio de Gobierno, en Chilpancingo, y se enfrentaron con policías antimotines; tres agentes "
    "resultaron lesionados. Los normalistas exigen la liberación de un compañero detenido la semana "
    "pasada.\n\n"
    "En Celaya, Guanajuato, desconocidos lanzaron una granada contra un bar la noche del lunes. Un hombre "
    "murió y cinco personas resultaron heridas, de acuerdo con la Fiscalía de Guanajuato.\n\n"
    "Mientras tanto, en Michoacán, colectivos de búsqueda denunciaron la desaparición de tres jornaleros que "
    "fueron sacados de sus viviendas por un grupo armado en Apatzingán el 20 de marzo.\n\n"
    "En lo que va del año, 27 policías han sido asesinados en Guerrero, según la organización Causa en Común. "
    "El gobierno estatal anunció el envío de 500 elementos de la Guardia Nacional a la región Centro.\n\n"
    "Suscríbete a nuestro boletín y recibe las noticias más importantes del día."),
    [
        ev("AC", WED, "MX", "Guerrero", "Tixtla", "Unidentified armed group", "Police",
           "hombres armados emboscaron su patrulla", fat=4, inj=2, attr=["Fiscalía General del Estado"]),
        ev("VD", WED, "MX", "Guerrero", "Chilpancingo", "Normal Rural de Ayotzinapa", "Police",
           "incendiaron dos vehículos frente al Palacio", inj=3),
        ev("GRN", prev(P, "mon"), "MX", "Guanajuato", "Celaya", "Unidentified armed group", "Civilians",
           "desconocidos lanzaron una granada contra un bar", fat=1, inj=5, attr=["Fiscalía de Guanajuato"]),
        ev("ABD", "2023-03-20", "MX", "Michoacán", "Apatzingán", "Unidentified armed group", "Civilians",
           "denunciaron la desaparición de tres jornaleros"),
    ],
    [
        ta("deaths", 27, P, "police officers killed in Guerrero so far this year", "Causa en Común"),
    ]))

# h013 NEGATIVE (Chile)
P = "2025-04-03"
DOCS.append(doc("h013", "es", P, (
    "Senado posterga votación de la ley antibarricadas; camioneros amenazan con paro\n\n"
    "SANTIAGO — La comisión de Seguridad del Senado postergó para la próxima semana la votación del "
    "proyecto que endurece las penas por instalar barricadas y cortar calles durante manifestaciones, tras "
    "una tensa sesión en la que parlamentarios oficialistas y de oposición se acusaron mutuamente de "
    "\"criminalizar la protesta\" y de \"proteger a los violentistas\".\n\n"
    "El texto, aprobado en general por la Cámara de Diputados en enero, castiga con hasta cinco años de "
    "cárcel a quienes bloqueen rutas o usen artefactos incendiarios. Organizaciones de derechos humanos "
    "advirtieron que la norma podría usarse contra dirigentes sindicales y estudiantiles.\n\n"
    "En paralelo, la Confederación Nacional de Dueños de Camiones amenazó con un paro nacional y cortes de "
    "ruta a partir del 15 de abril si el Gobierno no congela el precio del diésel. Carabineros aseguraron "
    "que no permitirán bloqueos en las carreteras.\n\n"
    "El debate sobre el orden público se ha instalado en la agenda desde el estallido social, cuando miles "
    "de personas salieron a las calles durante semanas y el país vivió una ola de saqueos e incendios. "
    "Desde entonces, el Congreso ha aprobado varias leyes de seguridad.\n\n"
    "La Federación de Estudiantes convocó una marcha \"por el derecho a la protesta\" para el próximo "
    "jueves en la capital.\n\n"
    "© Todos los derechos reservados."),
    [], []))

# h014 Bolivia
P = "2024-11-12"
FRI = prev(P, "fri")
MON = prev(P, "mon")
DOCS.append(doc("h014", "es", P, (
    "Choferes levantan bloqueos tras firmar un acuerdo con el Gobierno\n\n"
    "LA PAZ — La Confederación de Choferes de Bolivia levantó en la madrugada de este martes los bloqueos "
    "que mantenía en el país, tras firmar un acuerdo con el Gobierno en la sede del Ministerio de Obras "
    "Públicas, en La Paz. El pacto garantiza el abastecimiento de diésel y congela las tarifas por un año.\n\n"
    "El paro paralizó El Alto, donde los choferes de la Confederación bloquearon con minibuses las "
    "principales avenidas desde el viernes.\n\n"
    "El lunes, en el centro de La Paz, choferes y vecinos que intentaban abrir paso se enfrentaron a "
    "pedradas y palazos. La Policía dispersó a ambos grupos con gases y arrestó a 11 personas; el Hospital "
    "de Clínicas atendió a 16 heridos. Ese mismo día, afiliados de la Confederación marcharon en Cochabamba "
    "y Santa Cruz hasta las oficinas de la Agencia Nacional de Hidrocarburos, sin incidentes.\n\n"
    "Por su parte, la Federación Nacional de Cooperativas Mineras anunció el lunes en Potosí que suspende "
    "el paro de 48 horas que tenía previsto para esta semana.\n\n"
    "El Ministerio de Gobierno informó que 43 personas fueron aprehendidas durante los cuatro días de "
    "conflicto en todo el país.\n\n"
    "La escasez de combustible golpea a Bolivia desde hace meses por la falta de dólares para importarlo."),
    [
        ev("AGR", P, "BO", "La Paz", "La Paz", "Confederación de Choferes de Bolivia", "Government of Bolivia",
           "tras firmar un acuerdo con el Gobierno"),
        ev("PP", rng(FRI, P), "BO", "La Paz", "El Alto", "Confederación de Choferes de Bolivia", None,
           "bloquearon con minibuses las principales avenidas", tags=["road_blockade", "strike"]),
        ev("VD", MON, "BO", "La Paz", "La Paz", "Protesters", "Residents",
           "se enfrentaron a pedradas y palazos", inj=16, arr=11, attr=["Hospital de Clínicas"],
           tags=["tear_gas"]),
        ev("PP", MON, "BO", "Cochabamba", "Cochabamba", "Confederación de Choferes de Bolivia", None,
           "marcharon en Cochabamba y Santa Cruz", tags=["march"]),
        ev("PP", MON, "BO", "Santa Cruz", "Santa Cruz", "Confederación de Choferes de Bolivia", None,
           "marcharon en Cochabamba y Santa Cruz", tags=["march"]),
        ev("CHG", MON, "BO", "Potosí", "Potosí", "Federación Nacional de Cooperativas Mineras", None,
           "suspende el paro de 48 horas"),
    ],
    [
        ta("arrested", 43, P, "people detained across Bolivia during the four days of the drivers' strike",
           "Ministerio de Gobierno"),
    ]))

# h015 Venezuela
P = "2024-08-05"
FRI = prev(P, "fri")
SAT = prev(P, "sat")
SUN = prev(P, "sun")
DOCS.append(doc("h015", "es", P, (
    "Protestas poselectorales: un muerto en Barquisimeto y decenas de detenidos\n\n"
    "CARACAS — La Guardia Nacional Bolivariana (GNB) dispersó con gases lacrimógenos el sábado una "
    "concentración de estudiantes frente a la Universidad Central de Venezuela y detuvo a 18 personas, según "
    "la ONG Foro Penal. El fiscal general habló de 12 detenidos, a quienes acusó de \"terrorismo\".\n\n"
    "En Maracay, estado Aragua, manifestantes incendiaron el domingo la sede regional del partido de gobierno "
    "y saquearon dos comercios cercanos.\n\n"
    "En Barquisimeto, capital de Lara, un joven de 19 años murió de un disparo durante una protesta en la "
    "noche del viernes, sin que se conozca el origen del disparo, informó el Observatorio Venezolano de "
    "Conflictividad Social (OVCS).\n\n"
    "Agentes del Servicio Bolivariano de Inteligencia Nacional (Sebin) detuvieron en la madrugada del "
    "domingo, en su casa de Valencia, a un dirigente regional de Vente Venezuela, denunció el partido.\n\n"
    "Foro Penal contabiliza 1.010 detenidos desde el 29 de julio, mientras que el OVCS registra 22 muertos "
    "en las protestas. El Gobierno sostiene que los disturbios fueron organizados desde el exterior.\n\n"
    "La oposición convocó nuevas concentraciones para el fin de semana en todas las capitales de estado.\n\n"
    "Lea también: Qué dicen las actas electorales"),
    [
        ev("PI", SAT, "VE", "Distrito Capital", "Caracas", "Protesters", "Guardia Nacional Bolivariana",
           "dispersó con gases lacrimógenos el sábado", arr=12, attr=["Foro Penal", "fiscal general"],
           tags=["tear_gas"]),
        ev("VD", SUN, "VE", "Aragua", "Maracay", "Protesters", None,
           "manifestantes incendiaron el domingo la sede"),
        ev("EF", FRI, "VE", "Lara", "Barquisimeto", "Protesters", None,
           "murió de un disparo durante una protesta", fat=1,
           attr=["Observatorio Venezolano de Conflictividad Social"]),
        ev("ARR", SUN, "VE", "Carabobo", "Valencia", "Servicio Bolivariano de Inteligencia Nacional",
           "Vente Venezuela", "detuvieron en la madrugada del domingo", arr=1, attr=["Vente Venezuela"]),
    ],
    [
        ta("arrested", 1010, P, "people detained in post-election protests since 29 July", "Foro Penal"),
        ta("deaths", 22, P, "deaths in the post-election protests",
           "Observatorio Venezolano de Conflictividad Social"),
    ]))

# h016 Argentina
P = "2025-03-14"
WED = prev(P, "wed")
THU = prev(P, "thu")
DOCS.append(doc("h016", "es", P, (
    "Marcha de jubilados: un fotógrafo herido de gravedad y más de cien detenidos\n\n"
    "BUENOS AIRES — Un fotógrafo permanece internado en estado grave después de que un cartucho de gas "
    "lacrimógeno lo golpeara en la cabeza el pasado miércoles, cuando efectivos de Gendarmería y de la "
    "Policía Federal reprimieron la marcha semanal de jubilados frente al Congreso.\n\n"
    "El Gobierno porteño informó de 20 heridos, mientras que el Centro de Estudios Legales y Sociales (CELS) "
    "contabilizó 45. Otras 114 personas fueron detenidas, según el Ministerio de Seguridad, y liberadas al "
    "día siguiente por orden judicial.\n\n"
    "El jueves, la jueza federal María Fernanda Quiroga ordenó investigar a los gendarmes que dispararon "
    "los proyectiles y pidió los videos de las cámaras de seguridad de la zona.\n\n"
    "Ese mismo día, en Rosario, unas 2.000 personas, entre jubilados y trabajadores, marcharon en "
    "solidaridad hasta el Monumento a la Bandera, sin incidentes.\n\n"
    "La ministra de Seguridad defendió el operativo y aseguró que entre los manifestantes había "
    "\"barras bravas\" infiltradas. La CGT anunció un paro general para el 10 de abril.\n\n"
    "Los jubilados se concentran cada miércoles frente al Parlamento para reclamar un aumento de sus "
    "haberes, congelados en términos reales desde hace más de un año.\n\n"
    "Seguí leyendo: Cuánto cobra hoy un jubilado"),
    [
        ev("EF", WED, "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires", "Protesters", "Security forces",
           "reprimieron la marcha semanal de jubilados", inj=20, arr=114,
           attr=["Gobierno porteño", "Centro de Estudios Legales y Sociales", "Ministerio de Seguridad"],
           tags=["march", "tear_gas"]),
        ev("OTH", THU, "AR", "Ciudad Autónoma de Buenos Aires", "Buenos Aires", "María Fernanda Quiroga",
           "Gendarmería", "ordenó investigar a los gendarmes", tags=["investigation"]),
        ev("PP", THU, "AR", "Santa Fe", "Rosario", "Protesters", None,
           "marcharon en solidaridad hasta el Monumento", tags=["march"]),
    ],
    []))
