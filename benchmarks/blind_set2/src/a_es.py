from common import D, E, T

D("c018", "es", "2019-04-25", """Unos dos mil campesinos marcharon el miércoles por el centro de Concepción hasta la sede de la Gobernación para exigir la titulación de las tierras que ocupan desde hace una década. La movilización transcurrió sin incidentes.""",
  [E("PP", "2019-04-24", "day", "PY", "Concepción", "Concepción", "Protesters", None,
     "Unos dos mil campesinos marcharon el miércoles", tags=["march"])])

D("c019", "es", "2021-06-09", """La Policía Nacional desalojó con gases lacrimógenos a docentes que bloqueaban la carretera Panamericana a la altura de Choluteca este martes y detuvo a seis de ellos, informó el Colegio de Profesores.""",
  [E("PI", "2021-06-08", "day", "HN", "Choluteca", "Choluteca", "Protesters", "Police",
     "desalojó con gases lacrimógenos a docentes que bloqueaban", tags=["road_blockade", "tear_gas"],
     arr=6, attr=["Colegio de Profesores"])])

D("c020", "es", "2020-11-18", """Nueve policías resultaron heridos ayer en Yapacaní, en Santa Cruz, cuando simpatizantes de un dirigente cocalero detenido lanzaron piedras y petardos contra el cuartel policial, según el Ministerio de Gobierno.""",
  [E("VD", "2020-11-17", "day", "BO", "Santa Cruz", "Yapacaní", "Protesters", "Police",
     "lanzaron piedras y petardos contra el cuartel policial", inj=9, attr=["Ministerio de Gobierno"])])

D("c021", "es", None, """Pobladores de Santa Cruz del Quiché golpearon y prendieron fuego a dos hombres acusados de robar una motocicleta el pasado domingo; uno murió y el otro fue rescatado con quemaduras por agentes de la PNC, informaron los Bomberos Voluntarios.""",
  [E("MV", None, "unknown", "GT", "Quiché", "Santa Cruz del Quiché", "Rioters", "Civilians",
     "golpearon y prendieron fuego a dos hombres", fat=1, inj=1, attr=["Bomberos Voluntarios"])])

D("c022", "es", "2022-01-04", """Al menos siete personas murieron en combates entre el Ejército de Liberación Nacional (ELN) y disidencias de las FARC en zona rural de Tibú, Norte de Santander, durante el fin de semana, según el Ejército. La Defensoría del Pueblo habla de once muertos.""",
  [E("AC", "2022-01-01/2022-01-02", "range", "CO", "Norte de Santander", "Tibú", "ELN", "FARC dissidents",
     "murieron en combates entre el Ejército de Liberación", fat=7, lo=7, hi=11,
     attr=["Ejército", "Defensoría del Pueblo"])])

D("c023", "es", "2023-07-12", """Un jornalero murió y otros dos resultaron heridos cuando una mina terrestre estalló al paso de su camioneta en un camino de terracería de Aguililla, Michoacán, el lunes por la tarde, informó la Fiscalía estatal.""",
  [E("IED", "2023-07-10", "day", "MX", "Michoacán", "Aguililla", None, "Civilians",
     "una mina terrestre estalló al paso", fat=1, inj=2, attr=["Fiscalía"])])

D("c024", "es", "2018-02-20", """Granada contra un autobús en San Pedro Sula
Desconocidos lanzaron una granada contra un autobús del transporte urbano en San Pedro Sula la noche del lunes. Cuatro pasajeros resultaron heridos, según la Policía.""",
  [E("GRN", "2018-02-19", "day", "HN", "Cortés", "San Pedro Sula", "Unidentified armed group", "Civilians",
     "Desconocidos lanzaron una granada contra un autobús", inj=4, attr=["Policía"])])

D("c025", "es", "2019-05-08", """Dos jóvenes murieron durante un operativo de las Fuerzas de Acciones Especiales (FAES) en un barrio del oeste de Maracaibo el martes. Sus familiares denunciaron que fueron ejecutados dentro de su casa; las FAES aseguraron que se resistieron a la autoridad.""",
  [E("ATT", "2019-05-07", "day", "VE", "Zulia", "Maracaibo", "FAES", "Civilians",
     "Dos jóvenes murieron durante un operativo", fat=2)])

D("c026", "es", "2024-06-05", """Hombres armados secuestraron a ocho trabajadores de una empresa constructora en las afueras de Chilpancingo, Guerrero, este miércoles por la mañana, confirmó la Fiscalía General del Estado.""",
  [E("ABD", "2024-06-05", "day", "MX", "Guerrero", "Chilpancingo", "Unidentified armed group", "Civilians",
     "Hombres armados secuestraron a ocho trabajadores")])

D("c027", "es", "2018-05-17", """Los docentes de Chiriquí pusieron fin anoche a la huelga que mantenían desde el 2 de mayo, tras firmar en David un acuerdo con el Ministerio de Educación (Meduca) que incluye un aumento salarial.""",
  [E("AGR", "2018-05-16", "day", "PA", "Chiriquí", "David", "Protesters", "Ministerio de Educación",
     "tras firmar en David un acuerdo"),
   E("PP", "2018-05-02/2018-05-16", "range", "PA", "Chiriquí", None, "Protesters", None,
     "la huelga que mantenían desde el 2", tags=["strike"])])

D("c028", "es", "2019-03-13", """La Policía Nacional detuvo en la madrugada del martes a tres dirigentes estudiantiles en sus viviendas de León, denunció el Centro Nicaragüense de Derechos Humanos (Cenidh).""",
  [E("ARR", "2019-03-12", "day", "NI", "León", "León", "Police", "Students",
     "detuvo en la madrugada del martes a tres", arr=3,
     attr=["Centro Nicaragüense de Derechos Humanos"])])

D("c029", "es", "2016-09-01", """Quibdó: suspenden el paro
El comité del paro cívico de Quibdó anunció el miércoles que suspende el paro convocado para el próximo lunes, para dar una oportunidad al diálogo con el Gobierno nacional.""",
  [E("CHG", "2016-08-31", "day", "CO", "Chocó", "Quibdó", "Comité del Paro Cívico", None,
     "anunció el miércoles que suspende el paro")])

D("c030", "es", "2020-02-26", """Un grupo de encapuchados armados incendió tres camiones y una excavadora en un fundo forestal de Ercilla, en la Región de La Araucanía, durante la madrugada del martes. No hubo heridos, informó Carabineros.""",
  [E("LPD", "2020-02-25", "day", "CL", "Región de La Araucanía", "Ercilla", "Unidentified armed group", None,
     "incendió tres camiones y una excavadora", fat=0, inj=0, attr=["Carabineros"])])

D("c031", "es", "2023-03-22", """El Gobierno de Ecuador decretó este martes el estado de excepción por 60 días en las provincias de Cotopaxi, Tungurahua y Chimborazo, afectadas por los bloqueos de transportistas. Las protestas dejan dos muertos desde el inicio del paro, según la Alianza de Organizaciones por los Derechos Humanos.""",
  [E("OTH", "2023-03-21", "day", "EC", None, None, "Government of Ecuador", None,
     "decretó este martes el estado de excepción", tags=["state_of_emergency"])],
  [T("deaths", 2, "2023-03-22", "deaths in the transport strike protests since the strike began",
     "Alianza de Organizaciones por los Derechos Humanos")])

D("c032", "es", "2024-10-23", """Un comunero indígena murió tras recibir un disparo de la Policía durante el desalojo de un bloqueo en la vía Panamericana, a la altura de Mondomo (Cauca), el martes, informó el Consejo Regional Indígena del Cauca (CRIC). Otros tres manifestantes resultaron heridos.""",
  [E("EF", "2024-10-22", "day", "CO", "Cauca", "Mondomo", "Protesters", "Police",
     "murió tras recibir un disparo de la Policía", tags=["road_blockade"], fat=1, inj=3,
     attr=["Consejo Regional Indígena del Cauca"])])

D("c033", "es", "2025-03-10", """Los gremios del transporte de Rosario anunciaron que marcharán el próximo jueves hasta la Municipalidad para rechazar el aumento del boleto. "Si no nos escuchan, vamos a parar la ciudad", advirtió el delegado Ramiro Quiroga.""")

D("c034", "es", "2024-11-04", """El ataque del Deportivo Río Seco volvió a arrasar: tres goles en veinte minutos y una defensa rival que nunca encontró respuesta. El asalto al liderato se decidirá el domingo en un estadio que promete estar lleno.""")
