"""Briefs g033-g048, Portuguese. Each text sits beside its gold."""
from common import doc, ev, tally, prev, shift, rng

DOCS = []
A = DOCS.append

# g033 - tractor blockade "ontem"
P = "2024-02-07"
A(doc("g033", "pt", P,
      "SANTARÉM — Centenas de tratores bloquearam ontem durante várias horas a Autoestrada do Norte "
      "(A1) junto a Santarém, numa ação convocada pela Confederação Nacional da Agricultura (CNA) "
      "contra o corte nos apoios ao gasóleo agrícola. Não se registaram incidentes.\n"
      "Partilhe este artigo",
      [ev("PP", shift(P, -1), "day", "PT", "Santarém", "Santarém",
          "Confederação Nacional da Agricultura", None, "Centenas de tratores bloquearam ontem",
          tags=["road_blockade"])]))

# g034 - protesters shot "anteontem", rival figures, inquiry "ontem", tally
P = "2024-12-05"
A(doc("g034", "pt", P,
      "NAMPULA — Dois manifestantes morreram anteontem baleados pela Polícia da República de "
      "Moçambique (PRM) durante uma marcha pacífica em Nampula, segundo o Centro para Democracia e "
      "Direitos Humanos (CDD); o Hospital Central de Nampula confirmou um óbito. A Procuradoria-Geral "
      "da República anunciou ontem a abertura de um inquérito. O CDD contabiliza mais de 70 mortos "
      "desde o início dos protestos pós-eleitorais.",
      [ev("EF", shift(P, -2), "day", "MZ", "Nampula", "Nampula", "Protesters",
          "Polícia da República de Moçambique", "Dois manifestantes morreram anteontem baleados",
          tags=["march"], fat=1, lo=1, hi=2,
          attr=["Centro para Democracia e Direitos Humanos", "Hospital Central de Nampula"]),
       ev("OTH", shift(P, -1), "day", "MZ", "Nampula", "Nampula", "Procuradoria-Geral da República",
          None, "anunciou ontem a abertura de um inquérito", tags=["investigation"])],
      [tally("deaths", 70, P, "deaths since the start of the post-election protests in Mozambique",
             "Centro para Democracia e Direitos Humanos")]))

# g035 - buses burned and stones thrown during a protest
P = "2021-08-25"
A(doc("g035", "pt", P,
      "MANAUS — Durante um protesto contra a morte de um jovem numa operação policial, moradores "
      "atearam fogo a três ônibus e atiraram pedras contra a Polícia Militar na zona norte de Manaus, "
      "na noite de segunda-feira. A Secretaria de Segurança Pública informou que 11 pessoas foram "
      "detidas e que dois policiais ficaram feridos.",
      [ev("VD", prev(P, "mon"), "day", "BR", "Amazonas", "Manaus", "Protesters", "Military Police",
          "atearam fogo a três ônibus", inj=2, arr=11, attr=["Secretaria de Segurança Pública"])]))

# g036 - lynching; nobody arrested
P = "2023-05-15"
A(doc("g036", "pt", P,
      "SÃO LUÍS — Um homem suspeito de assaltar uma farmácia foi espancado até a morte por moradores "
      "de um bairro da periferia de São Luís na madrugada deste domingo, informou a Polícia Civil do "
      "Maranhão. Ninguém foi preso.",
      [ev("MOB", prev(P, "sun"), "day", "BR", "Maranhão", "São Luís", "Rioters", "Civilians",
          "foi espancado até a morte por moradores", fat=1, arr=0,
          attr=["Polícia Civil do Maranhão"])]))

# g037 - village retaken; vague deaths keep the source
P = "2022-09-12"
A(doc("g037", "pt", P,
      "PEMBA — As Forças Armadas de Defesa de Moçambique (FADM) retomaram na sexta-feira o controlo "
      "da aldeia de Mucojo, no distrito de Macomia, após combates com insurgentes ligados ao Estado "
      "Islâmico, disse à Lusa uma fonte militar, que falou em \"vários mortos\" do lado inimigo.",
      [ev("GRT", prev(P, "fri"), "day", "MZ", "Cabo Delgado", "Mucojo",
          "Forças Armadas de Defesa de Moçambique", "Islamic State",
          "retomaram na sexta-feira o controlo da aldeia", attr=["fonte militar"])]))

# g038 - drone strike on a livestock market
P = "2025-03-12"
A(doc("g038", "pt", P,
      "CARTUM — As Forças de Apoio Rápido (RSF) atacaram com drones um mercado de gado em El Obeid, "
      "capital do estado do Cordofão do Norte, na noite de segunda-feira, matando pelo menos onze "
      "civis, segundo a Rede de Médicos do Sudão.",
      [ev("AIR", prev(P, "mon"), "day", "SD", "North Kordofan", "El Obeid", "Rapid Support Forces",
          "Civilians", "atacaram com drones um mercado de gado", fat=11,
          attr=["Rede de Médicos do Sudão"])]))

# g039 - IED against peacekeepers
P = "2022-06-02"
A(doc("g039", "pt", P,
      "BAMACO — Dois capacetes azuis morreram e outros três ficaram feridos quando o veículo em que "
      "seguiam acionou um engenho explosivo improvisado perto de Tessalit, na região de Kidal, na "
      "quarta-feira, indicou a Missão das Nações Unidas no Mali (MINUSMA).",
      [ev("IED", prev(P, "wed"), "day", "ML", "Kidal", "Tessalit", None, "MINUSMA",
          "acionou um engenho explosivo improvisado", fat=2, inj=3, attr=["MINUSMA"])]))

# g040 - suicide bomber at Friday prayers; rival figures; no claim
P = "2021-09-18"
A(doc("g040", "pt", P,
      "ISLAMABADE — Um bombista suicida fez-se explodir durante a oração de sexta-feira numa mesquita "
      "de Dera Ismail Khan, no noroeste do Paquistão, matando pelo menos 14 pessoas, segundo as "
      "autoridades provinciais. Fontes hospitalares citadas pela imprensa local falaram em 19 mortos. "
      "Nenhum grupo reivindicou o ataque.",
      [ev("SUIC", prev(P, "fri"), "day", "PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", None,
          "Civilians", "Um bombista suicida fez-se explodir", fat=14, lo=14, hi=19,
          attr=["autoridades provinciais", "fontes hospitalares"])]))

# g041 - gunmen kill an Indigenous man
P = "2023-08-19"
A(doc("g041", "pt", P,
      "CAMPO GRANDE — Um indígena guarani-kaiowá de 42 anos foi morto a tiros por pistoleiros que "
      "invadiram uma área de retomada em Dourados (MS) na noite de quinta-feira, segundo o Conselho "
      "Indigenista Missionário (Cimi). Outros dois indígenas ficaram feridos.",
      [ev("ATT", prev(P, "thu"), "day", "BR", "Mato Grosso do Sul", "Dourados",
          "Unidentified armed group", "Civilians", "foi morto a tiros por pistoleiros", fat=1,
          inj=2, attr=["Conselho Indigenista Missionário"])]))

# g042 - kidnapping "ontem de manhã"
P = "2021-04-14"
A(doc("g042", "pt", P,
      "MAPUTO — Um empresário foi raptado ontem de manhã por quatro homens armados à porta do seu "
      "estabelecimento, na Baixa da cidade de Maputo, segundo testemunhas citadas pela imprensa local. "
      "É o terceiro caso do género este ano na capital.",
      [ev("ABD", shift(P, -1), "day", "MZ", "Cidade de Maputo", "Maputo", "Unidentified armed group",
          "Civilians", "foi raptado ontem de manhã")]))

# g043 - activists arrested before a planned demonstration; rival arrest figures
P = "2023-03-13"
A(doc("g043", "pt", P,
      "BENGUELA — A Polícia Nacional deteve na manhã de sábado 17 ativistas do Movimento "
      "Revolucionário em casa de um dos coordenadores, onde preparavam cartazes para uma manifestação "
      "marcada para domingo, segundo advogados do grupo. A Polícia confirmou doze detenções.",
      [ev("ARR", prev(P, "sat"), "day", "AO", "Benguela", "Benguela", "Polícia Nacional",
          "Movimento Revolucionário", "deteve na manhã de sábado 17 ativistas", arr=12,
          attr=["advogados", "Polícia"])]))

# g044 - metro strike and its suspension the same evening
P = "2024-04-12"
A(doc("g044", "pt", P,
      "BELO HORIZONTE — O Sindicato dos Metroviários de Minas Gerais suspendeu, na noite de "
      "quarta-feira, a greve que paralisou o metrô da capital mineira durante todo o dia. A categoria "
      "volta a reunir-se em assembleia na próxima semana.",
      [ev("PP", prev(P, "wed"), "day", "BR", "Minas Gerais", "Belo Horizonte",
          "Sindicato dos Metroviários de Minas Gerais", None, "a greve que paralisou o metrô",
          tags=["strike"]),
       ev("CHG", prev(P, "wed"), "day", "BR", "Minas Gerais", "Belo Horizonte",
          "Sindicato dos Metroviários de Minas Gerais", None,
          "suspendeu, na noite de quarta-feira, a greve")]))

# g045 - insurgent base, no date
P = "2022-03-30"
A(doc("g045", "pt", P,
      "PEMBA — Insurgentes instalaram uma base na ilha de Matemo, no arquipélago das Quirimbas, em "
      "Cabo Delgado, e usam-na para se abastecerem de peixe e combustível, disseram à Lusa pescadores "
      "da zona.",
      [ev("HQ", None, "unknown", "MZ", "Cabo Delgado", "Matemo", "Unidentified armed group", None,
          "Insurgentes instalaram uma base na ilha")]))

# g046 - UN camp handed over to the army
P = "2023-10-02"
A(doc("g046", "pt", P,
      "BAMACO — A missão da ONU no Mali (MINUSMA) entregou no domingo às Forças Armadas do Mali "
      "(FAMa) o seu campo de Douentza, na região de Mopti, no âmbito da retirada dos capacetes azuis "
      "do país.",
      [ev("NVT", prev(P, "sun"), "day", "ML", "Mopti", "Douentza", "Forças Armadas do Mali",
          "MINUSMA", "entregou no domingo às Forças Armadas do Mali")]))

# g047 - NEGATIVE: announced strike and demonstration
P = "2023-01-18"
A(doc("g047", "pt", P,
      "LISBOA — A Federação Nacional dos Professores (Fenprof) anunciou hoje uma greve nacional de "
      "três dias para a próxima semana e uma manifestação em Lisboa no sábado seguinte, caso o "
      "Ministério da Educação não recue na proposta de concursos.",
      []))

# g048 - NEGATIVE: police deny a shoot-out (fireworks)
P = "2022-07-05"
A(doc("g048", "pt", P,
      "RIO DE JANEIRO — A Polícia Militar negou ontem que tenha havido tiroteio no Morro dos "
      "Prazeres, depois de vídeos nas redes sociais mostrarem estampidos durante a madrugada. Segundo "
      "a corporação, tratava-se de fogos de artifício lançados numa festa de aniversário.",
      []))
