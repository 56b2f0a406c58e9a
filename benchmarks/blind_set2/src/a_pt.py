from common import D, E, T

D("c035", "pt", "2024-02-15", """Centenas de estivadores do porto de Setúbal cumpriram ontem o primeiro dia de greve e concentraram-se em frente à administração portuária, exigindo a integração dos trabalhadores precários. Não houve incidentes.""",
  [E("PP", "2024-02-14", "day", "PT", "Setúbal", "Setúbal", "Protesters", None,
     "cumpriram ontem o primeiro dia de greve", tags=["strike"])])

D("c036", "pt", "2022-05-19", """A Polícia Militar dispersou com bombas de gás lacrimogêneo um protesto de moradores que fechavam a Avenida Augusto Montenegro, em Belém, na noite de quarta-feira (18). Segundo a corporação, duas pessoas foram detidas.""",
  [E("PI", "2022-05-18", "day", "BR", "Pará", "Belém", "Protesters", "Military Police",
     "dispersou com bombas de gás lacrimogêneo um protesto", tags=["road_blockade", "tear_gas"],
     arr=2, attr=["Polícia Militar"])])

D("c037", "pt", "2019-09-11", """Uma vendedora ambulante morreu e outras três ficaram feridas quando agentes da Polícia Nacional dispararam contra um grupo de zungueiras que protestava contra a apreensão das suas mercadorias no Huambo, na segunda-feira, segundo testemunhas ouvidas pela Lusa.""",
  [E("EF", "2019-09-09", "day", "AO", "Huambo", "Huambo", "Protesters", "Police",
     "dispararam contra um grupo de zungueiras que protestava", fat=1, inj=3, attr=["testemunhas"])])

D("c038", "pt", "2021-02-03", """Manifestantes queimaram pneus e atiraram pedras contra a polícia na cidade da Beira, ontem, em protesto contra o aumento das tarifas do chapa. A polícia respondeu com balas de borracha e deteve 23 pessoas, disse o porta-voz do Comando Provincial de Sofala.""",
  [E("VD", "2021-02-02", "day", "MZ", "Sofala", "Beira", "Protesters", "Police",
     "Manifestantes queimaram pneus e atiraram pedras contra", arr=23,
     attr=["Comando Provincial de Sofala"])])

D("c039", "pt", "2022-08-24", """Insurgentes armados tomaram o controlo da aldeia de Mucojo, no distrito de Macomia, depois de várias horas de confrontos com as Forças de Defesa e Segurança (FDS), na madrugada de domingo, relataram fontes locais. Não há números oficiais de vítimas.""",
  [E("NS", "2022-08-21", "day", "MZ", "Cabo Delgado", "Mucojo", "Unidentified armed group", "Security forces",
     "tomaram o controlo da aldeia de Mucojo")])

D("c040", "pt", "2025-09-02", """Um ataque com mísseis russos atingiu um prédio residencial e uma estação ferroviária em Dnipro na madrugada desta terça-feira, matando pelo menos oito pessoas e ferindo 25, segundo o governador regional.""",
  [E("SH", "2025-09-02", "day", "UA", "Dnipropetrovsk", "Dnipro", "Military of Russia", "Civilians",
     "Um ataque com mísseis russos atingiu um prédio", fat=8, inj=25, attr=["governador regional"])])

D("c041", "pt", "2017-08-16", """Criminosos lançaram uma granada contra uma base da Polícia Militar em Salvador na noite de terça-feira (15). Dois policiais ficaram feridos sem gravidade, informou a Secretaria da Segurança Pública (SSP).""",
  [E("GRN", "2017-08-15", "day", "BR", "Bahia", "Salvador", "Unidentified armed group", "Military Police",
     "Criminosos lançaram uma granada contra uma base", inj=2,
     attr=["Secretaria da Segurança Pública"])])

D("c042", "pt", "2020-07-08", """Pelo menos seis mulheres foram violadas por homens armados numa aldeia do território de Djugu, na província congolesa de Ituri, no fim de semana, segundo a organização Médicos Sem Fronteiras (MSF), que as atendeu.""",
  [E("SV", "2020-07-04/2020-07-05", "range", "CD", "Ituri", "Djugu", "Unidentified armed group", "Civilians",
     "seis mulheres foram violadas por homens armados")])

D("c043", "pt", "2019-11-27", """Indígenas guarani-kaiowá liberaram na tarde de ontem a rodovia MS-156, em Dourados (MS), que estava bloqueada desde sexta-feira, depois de fecharem um acordo com a Fundação Nacional do Índio (Funai) e o governo estadual.""",
  [E("AGR", "2019-11-26", "day", "BR", "Mato Grosso do Sul", "Dourados", "Indigenous communities",
     "Fundação Nacional do Índio", "depois de fecharem um acordo com a"),
   E("PP", "2019-11-22/2019-11-26", "range", "BR", "Mato Grosso do Sul", "Dourados", "Indigenous communities",
     None, "que estava bloqueada desde sexta-feira", tags=["road_blockade"])])

D("c044", "pt", "2023-01-19", """A Polícia Nacional deteve ontem à noite 17 jovens activistas numa casa do município do Cazenga, em Luanda, onde preparavam uma manifestação contra o custo de vida, disse à Lusa um advogado do grupo.""",
  [E("ARR", "2023-01-18", "day", "AO", "Luanda", "Cazenga", "Police", "Activists",
     "deteve ontem à noite 17 jovens activistas", arr=17, attr=["advogado"])])

D("c045", "pt", None, """A Polícia Civil apreendeu quatro fuzis, duas granadas e 12 quilos de explosivos num esconderijo de uma facção criminosa na zona leste de Manaus na terça-feira e prendeu três suspeitos.""",
  [E("DWU", None, "unknown", "BR", "Amazonas", "Manaus", "Police", "Unidentified armed group",
     "apreendeu quatro fuzis, duas granadas e 12 quilos", arr=3)])

D("c046", "pt", "2021-11-17", """Segundo fontes comunitárias, um grupo de insurgentes montou um acampamento na mata perto de Chai, no distrito de Macomia, no início de novembro, sem encontrar resistência, e tem sido visto a comprar mantimentos nas aldeias vizinhas.""",
  [E("HQ", "2021-11", "month", "MZ", "Cabo Delgado", "Chai", "Unidentified armed group", None,
     "montou um acampamento na mata perto de Chai")])

D("c047", "pt", "2022-04-13", """Uma escola e um posto de saúde foram incendiados durante a madrugada de terça-feira numa comunidade indígena de Alto Alegre (RR). Ninguém ficou ferido, segundo a Polícia Federal.""",
  [E("LPD", "2022-04-12", "day", "BR", "Roraima", "Alto Alegre", None, None,
     "posto de saúde foram incendiados", fat=0, inj=0, attr=["Polícia Federal"])])

D("c048", "pt", "2025-08-21", """O Ministério Público de Minas Gerais (MPMG) abriu ontem um inquérito para apurar a morte de um estudante atingido por uma bala de borracha durante um protesto contra o aumento da tarifa de ônibus em Belo Horizonte, no dia 12.""",
  [E("OTH", "2025-08-20", "day", "BR", "Minas Gerais", "Belo Horizonte", "Prosecutor's Office", None,
     "abriu ontem um inquérito para apurar a morte", tags=["investigation"]),
   E("EF", "2025-08-12", "day", "BR", "Minas Gerais", "Belo Horizonte", "Protesters", None,
     "durante um protesto contra o aumento da tarifa", fat=1)])

D("c049", "pt", "2025-03-12", """Um ataque de drone atribuído às Forças de Apoio Rápido (RSF) atingiu um mercado de El Obeid, capital do estado do Kordofan do Norte, no Sudão, na segunda-feira, matando 12 civis, segundo uma rede de médicos local. O grupo paramilitar negou a autoria.""",
  [E("AIR", "2025-03-10", "day", "SD", "North Kordofan", "El Obeid", "Rapid Support Forces", "Civilians",
     "Um ataque de drone atribuído às Forças", fat=12, attr=["rede de médicos"])])

D("c050", "pt", "2024-05-14", """O Sindicato dos Metroviários de São Paulo decidiu em assembleia, na noite de ontem, suspender a greve marcada para quinta-feira, depois de a companhia apresentar uma nova proposta salarial.""",
  [E("CHG", "2024-05-13", "day", "BR", "São Paulo", "São Paulo", "Sindicato dos Metroviários de São Paulo", None,
     "suspender a greve marcada para quinta-feira")])

D("c051", "pt", "2022-06-08", """A Câmara dos Deputados adiou para a próxima semana a votação do projeto de lei que amplia a definição de terrorismo. Movimentos sociais afirmam que o texto pode criminalizar protestos, greves e ocupações de terra.""")
