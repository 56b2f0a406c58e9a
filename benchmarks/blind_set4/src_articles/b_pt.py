"""Portuguese articles h017-h024: texts with their gold."""
from common import doc, ev, ta, prev, shift, rng

DOCS = []

# h017 Brazil truckers
P = "2025-04-03"
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h017", "pt", P, (
    "Caminhoneiros bloqueiam rodovias em três estados; PRF libera BR-277 com bombas\n\n"
    "BRASÍLIA — Caminhoneiros autônomos bloquearam trechos de rodovias federais em Mato Grosso, no Paraná e "
    "na Bahia na terça-feira, em protesto contra o novo reajuste do diesel anunciado pela Petrobras.\n\n"
    "Em Sinop, no norte de Mato Grosso, cerca de 200 caminhões ocuparam os acostamentos e uma das faixas da "
    "BR-163 durante todo o dia, sem incidentes. No Paraná, a Polícia Rodoviária Federal (PRF) usou bombas de "
    "efeito moral para liberar a BR-277 em Guarapuava e deteve três motoristas que se recusaram a deixar a "
    "pista.\n\n"
    "Segundo balanço divulgado pela PRF na quarta-feira, 14 pessoas foram detidas nos três estados.\n\n"
    "Na quarta-feira à tarde, depois de uma reunião de cinco horas em Brasília com o ministro dos "
    "Transportes, a Frente Nacional dos Caminhoneiros (FNC) aceitou suspender o movimento em troca de uma "
    "revisão da tabela do frete. Uma ala dissidente, porém, ameaça voltar às estradas na próxima "
    "segunda-feira.\n\n"
    "Postos de combustível de Cuiabá e de Curitiba registraram filas e falta de diesel ao longo da "
    "terça-feira, segundo sindicatos do setor.\n\n"
    "O Governo disse que não vai tolerar bloqueios e que acionará a Advocacia-Geral da União para cobrar "
    "multas das entidades que convocarem novas paralisações.\n\n"
    "Leia também: Entenda como é formado o preço do diesel"),
    [
        ev("PP", TUE, "BR", "Mato Grosso", "Sinop", "Protesters", None,
           "cerca de 200 caminhões ocuparam os acostamentos", tags=["road_blockade"]),
        ev("PI", TUE, "BR", "Paraná", "Guarapuava", "Protesters", "Polícia Rodoviária Federal",
           "usou bombas de efeito moral para liberar", arr=3, tags=["road_blockade"]),
        ev("PP", TUE, "BR", "Bahia", None, "Protesters", None,
           "bloquearam trechos de rodovias federais", tags=["road_blockade"]),
        ev("AGR", WED, "BR", "Distrito Federal", "Brasília", "Frente Nacional dos Caminhoneiros",
           "Government of Brazil", "aceitou suspender o movimento"),
    ],
    [
        ta("arrested", 14, WED, "people detained in the truckers' blockades in three states",
           "Polícia Rodoviária Federal"),
    ]))

# h018 Mozambique post-election
P = "2024-11-08"
WED = prev(P, "wed")
THU = prev(P, "thu")
DOCS.append(doc("h018", "pt", P, (
    "Moçambique: mortos em Maputo no terceiro dia de manifestações pós-eleitorais\n\n"
    "MAPUTO — Pelo menos cinco pessoas morreram na quinta-feira em Maputo durante confrontos entre a polícia "
    "e manifestantes que ergueram barricadas com pneus em chamas e atiraram pedras contra os agentes, segundo "
    "a Plataforma Decide, organização da sociedade civil que acompanha os protestos. O Comando-Geral da "
    "Polícia da República de Moçambique (PRM) admitiu duas mortes.\n\n"
    "Na Matola, a polícia usou gás lacrimogéneo para dispersar centenas de pessoas que marchavam "
    "pacificamente na avenida principal e deteve 30, segundo a mesma organização.\n\n"
    "Em Nampula, no norte, armazéns e lojas foram saqueados na noite de quarta-feira por grupos de jovens, "
    "relataram comerciantes locais.\n\n"
    "O Governo encerrou na quinta-feira o posto fronteiriço de Ressano Garcia, principal passagem para a "
    "África do Sul, alegando falta de condições de segurança.\n\n"
    "A Plataforma Decide contabiliza 34 mortos e mais de 200 feridos desde 21 de outubro, quando começaram "
    "os protestos contra os resultados das eleições gerais. A polícia nega usar munições reais.\n\n"
    "O candidato presidencial que contesta os resultados convocou uma nova semana de paralisações a partir "
    "de segunda-feira.\n\n"
    "Partilhe este artigo nas redes sociais."),
    [
        ev("VD", THU, "MZ", "Cidade de Maputo", "Maputo", "Protesters", "Police",
           "atiraram pedras contra os agentes", fat=2, lo=2, hi=5,
           attr=["Plataforma Decide", "Comando-Geral da Polícia da República de Moçambique"]),
        ev("PI", THU, "MZ", "Maputo", "Matola", "Protesters", "Police",
           "usou gás lacrimogéneo para dispersar centenas", arr=30, attr=["Plataforma Decide"],
           tags=["march", "tear_gas"]),
        ev("MV", WED, "MZ", "Nampula", "Nampula", "Rioters", None,
           "armazéns e lojas foram saqueados"),
        ev("OTH", THU, "MZ", "Maputo", "Ressano Garcia", "Government of Mozambique", None,
           "encerrou na quinta-feira o posto fronteiriço"),
    ],
    [
        ta("deaths", 34, P, "deaths in post-election protests since 21 October", "Plataforma Decide"),
        ta("injured", 200, P, "people injured in post-election protests since 21 October", "Plataforma Decide"),
    ]))

# h019 Rio de Janeiro
P = "2023-06-01"
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h019", "pt", P, (
    "Operação na Maré deixa mortos; moradores queimam ônibus na Avenida Brasil\n\n"
    "RIO DE JANEIRO — Uma operação da Polícia Militar (PM) no Complexo da Maré, na zona norte do Rio, deixou "
    "seis mortos anteontem, segundo a corporação. A Defensoria Pública do estado contabilizou nove mortos, "
    "entre eles um adolescente de 15 anos.\n\n"
    "Houve intenso tiroteio entre policiais e traficantes do Comando Vermelho durante cerca de quatro horas, "
    "segundo moradores. A PM informou ter apreendido quatro fuzis.\n\n"
    "Ontem, moradores revoltados com as mortes atearam fogo a dois ônibus e bloquearam a Avenida Brasil por "
    "três horas, provocando um longo engarrafamento.\n\n"
    "A Secretaria Municipal de Educação fechou 35 escolas da região desde o início da operação, deixando "
    "cerca de 12 mil alunos sem aulas.\n\n"
    "O Ministério Público do Rio de Janeiro (MPRJ) abriu ontem uma investigação sobre as mortes e pediu "
    "acesso às imagens das câmeras corporais dos agentes.\n\n"
    "Segundo o Instituto Fogo Cruzado, 58 pessoas morreram em operações policiais na região metropolitana "
    "desde janeiro.\n\n"
    "O governador defendeu a ação e disse que a polícia \"não vai recuar\" diante do crime organizado.\n\n"
    "Leia também: Maré tem a terceira operação do mês"),
    [
        ev("AC", TUE, "BR", "Rio de Janeiro", "Rio de Janeiro", "Military Police", "Comando Vermelho",
           "Houve intenso tiroteio entre policiais e traficantes", fat=6, lo=6, hi=9,
           attr=["Polícia Militar", "Defensoria Pública"]),
        ev("VD", WED, "BR", "Rio de Janeiro", "Rio de Janeiro", "Protesters", None,
           "atearam fogo a dois ônibus", tags=["road_blockade"]),
        ev("OTH", TUE, "BR", "Rio de Janeiro", "Rio de Janeiro", "Secretaria Municipal de Educação", None,
           "fechou 35 escolas da região"),
        ev("OTH", WED, "BR", "Rio de Janeiro", "Rio de Janeiro", "Ministério Público do Rio de Janeiro",
           "Military Police", "abriu ontem uma investigação sobre as mortes", tags=["investigation"]),
    ],
    [
        ta("deaths", 58, P, "people killed in police operations in the Rio metropolitan area since January",
           "Instituto Fogo Cruzado"),
    ]))

# h020 NEGATIVE (Portugal)
P = "2025-09-17"
DOCS.append(doc("h020", "pt", P, (
    "Fenprof ameaça greve às avaliações; Parlamento discute serviços mínimos\n\n"
    "LISBOA — A Federação Nacional dos Professores (Fenprof) anunciou ontem que vai convocar uma greve às "
    "reuniões de avaliação a partir de 6 de outubro, caso o Governo não apresente até ao fim do mês uma "
    "proposta para a recuperação do tempo de serviço congelado.\n\n"
    "\"Não queremos prejudicar os alunos, mas a paciência dos professores esgotou-se\", disse aos "
    "jornalistas o secretário-geral da federação, Rui Almeida, à saída de uma reunião no Ministério da "
    "Educação que terminou sem acordo.\n\n"
    "Na Assembleia da República, os deputados debateram na mesma tarde um projeto de lei que alarga os "
    "serviços mínimos obrigatórios nas escolas em dias de greve. A oposição de esquerda acusou o Governo de "
    "querer \"limitar o direito à greve\"; o ministro respondeu que pretende apenas garantir refeições e "
    "exames. A votação foi adiada para outubro.\n\n"
    "O Sindicato de Todos os Profissionais da Educação (STOP) admite convocar uma manifestação nacional "
    "\"nas próximas semanas\" e não exclui uma paralisação por tempo indeterminado.\n\n"
    "As greves que marcaram os anos letivos anteriores deixaram milhares de alunos sem aulas durante "
    "semanas e levaram a uma quebra de confiança entre sindicatos e tutela que ainda não foi superada.\n\n"
    "Siga-nos nas redes sociais."),
    [], []))

# h021 Mozambique, Cabo Delgado
P = "2025-10-09"
FRI = prev(P, "fri")
SUN = prev(P, "sun")
MON = prev(P, "mon")
DOCS.append(doc("h021", "pt", P, (
    "Insurgentes ocupam Macomia; forças moçambicanas retomam vila três dias depois\n\n"
    "PEMBA — Insurgentes ligados ao grupo Estado Islâmico ocuparam na sexta-feira a vila-sede de Macomia, "
    "em Cabo Delgado, após combates com as Forças Armadas de Defesa de Moçambique (FADM), disseram fontes "
    "locais à agência Lusa.\n\n"
    "Na segunda-feira, as FADM, apoiadas por tropas ruandesas, retomaram o controlo da vila depois de "
    "várias horas de combates. Morreram onze insurgentes e três militares, segundo fontes militares citadas "
    "pela rádio comunitária.\n\n"
    "No distrito de Muidumbe, homens armados decapitaram quatro camponeses na aldeia de Xitaxi no domingo, "
    "relataram moradores. Outras aldeias vizinhas foram abandonadas.\n\n"
    "Em Ancuabe, pelo menos sete crianças foram raptadas por insurgentes na semana passada, segundo uma "
    "organização humanitária que pediu para não ser identificada.\n\n"
    "Milhares de pessoas fugiram para Pemba e para Montepuez nos últimos dias. Desde 2017, o conflito em "
    "Cabo Delgado já fez mais de 6.000 mortos, segundo o projeto ACLED, que monitoriza a violência "
    "política.\n\n"
    "O Presidente da República garantiu que a situação está \"sob controlo\" e pediu às populações que "
    "colaborem com as forças de defesa e segurança.\n\n"
    "© Lusa. Todos os direitos reservados."),
    [
        ev("NO", FRI, "MZ", "Cabo Delgado", "Macomia", "Islamic State",
           "Forças Armadas de Defesa de Moçambique", "ocuparam na sexta-feira a vila-sede de Macomia"),
        ev("GR", MON, "MZ", "Cabo Delgado", "Macomia", "Forças Armadas de Defesa de Moçambique",
           "Islamic State", "retomaram o controlo da vila", fat=14, attr=["fontes militares"]),
        ev("ATK", SUN, "MZ", "Cabo Delgado", "Xitaxi", "Unidentified armed group", "Civilians",
           "homens armados decapitaram quatro camponeses", fat=4, attr=["moradores"]),
        ev("ABD", rng(shift(prev(P, "mon"), -7), shift(prev(P, "mon"), -1)), "MZ", "Cabo Delgado", "Ancuabe",
           "Islamic State", "Civilians", "pelo menos sete crianças foram raptadas"),
    ],
    [
        ta("deaths", 6000, P, "deaths in the Cabo Delgado conflict since 2017", "ACLED"),
    ]))

# h022 Brazil, Brasília and Roraima
P = "2024-04-25"
DOCS.append(doc("h022", "pt", P, (
    "Indígenas marcham em Brasília; PF prende suspeitos de financiar garimpo na terra yanomami\n\n"
    "BRASÍLIA — Milhares de indígenas reunidos pela Articulação dos Povos Indígenas do Brasil (Apib) "
    "marcharam anteontem pela Esplanada dos Ministérios contra o marco temporal. A Polícia Militar do "
    "Distrito Federal usou gás lacrimogêneo e spray de pimenta quando um grupo tentou se aproximar do "
    "Congresso; duas pessoas ficaram feridas, segundo a Apib.\n\n"
    "Em Roraima, garimpeiros armados atacaram na madrugada de domingo uma comunidade da região de Surucucu, "
    "na Terra Indígena Yanomami, matando dois indígenas, segundo a Hutukara Associação Yanomami. A Polícia "
    "Federal (PF) confirmou uma morte.\n\n"
    "Na segunda-feira, a PF prendeu em Boa Vista quatro suspeitos de financiar o garimpo ilegal no "
    "território. A Hutukara também denunciou que duas adolescentes foram estupradas por garimpeiros na "
    "região de Surucucu em março.\n\n"
    "Ao menos 12 indígenas foram mortos em conflitos com garimpeiros desde janeiro, segundo o Conselho "
    "Indigenista Missionário (Cimi).\n\n"
    "O Ministério dos Povos Indígenas afirmou que vai reforçar a presença da Força Nacional na região e "
    "prometeu novas operações de retirada de invasores até o fim do ano.\n\n"
    "O acampamento, que reúne delegações de mais de 200 povos, segue até sexta-feira.\n\n"
    "Receba as principais notícias do dia no seu e-mail."),
    [
        ev("PI", prev(P, "tue"), "BR", "Distrito Federal", "Brasília",
           "Articulação dos Povos Indígenas do Brasil", "Military Police",
           "usou gás lacrimogêneo e spray de pimenta", inj=2,
           attr=["Articulação dos Povos Indígenas do Brasil"], tags=["march", "tear_gas"]),
        ev("ATK", prev(P, "sun"), "BR", "Roraima", "Surucucu", "Illegal miners", "Civilians",
           "garimpeiros armados atacaram na madrugada de domingo", fat=1, lo=1, hi=2,
           attr=["Hutukara Associação Yanomami", "Polícia Federal"]),
        ev("ARR", prev(P, "mon"), "BR", "Roraima", "Boa Vista", "Polícia Federal", None,
           "a PF prendeu em Boa Vista quatro", arr=4),
        ev("SV", "2024-03", "BR", "Roraima", "Surucucu", "Illegal miners", "Civilians",
           "duas adolescentes foram estupradas por garimpeiros"),
    ],
    [
        ta("deaths", 12, P, "indigenous people killed in conflicts with miners since January",
           "Conselho Indigenista Missionário"),
    ]))

# h023 Angola
P = "2023-06-08"
SAT = prev(P, "sat")
MON = prev(P, "mon")
TUE = prev(P, "tue")
DOCS.append(doc("h023", "pt", P, (
    "Protestos contra subida da gasolina: mortos no Huambo, detidos em Luanda\n\n"
    "LUANDA — Pelo menos três pessoas morreram na segunda-feira na cidade do Huambo quando a polícia "
    "disparou para dispersar uma manifestação de mototaxistas contra a subida do preço da gasolina, "
    "disseram testemunhas à agência Lusa. O porta-voz do comando provincial da Polícia Nacional confirmou "
    "duas mortes.\n\n"
    "Em Luanda, a polícia deteve 26 jovens que tentavam concentrar-se no Largo da Independência no sábado, "
    "segundo o Movimento de Estudantes Angolanos (MEA), que convocou o protesto.\n\n"
    "No Lobito, província de Benguela, os taxistas paralisaram os serviços na terça-feira, deixando milhares "
    "de passageiros a pé.\n\n"
    "Na noite de terça para quarta-feira, armazéns de bens alimentares foram saqueados no município de "
    "Viana, nos arredores da capital, por grupos que a polícia descreveu como \"marginais\".\n\n"
    "Organizações da sociedade civil contam cinco mortos em todo o país desde sexta-feira, dia em que entrou "
    "em vigor o novo preço. O Governo defende que a retirada gradual dos subsídios é necessária para "
    "equilibrar as contas públicas.\n\n"
    "Os partidos da oposição pediram a suspensão da medida e convocaram uma marcha para o próximo "
    "sábado.\n\n"
    "Partilhe este artigo.\n\n"
    "© Lusa"),
    [
        ev("EF", MON, "AO", "Huambo", "Huambo", "Protesters", "Police",
           "a polícia disparou para dispersar uma manifestação", fat=2, lo=2, hi=3,
           attr=["testemunhas", "porta-voz do comando provincial"]),
        ev("PI", SAT, "AO", "Luanda", "Luanda", "Movimento de Estudantes Angolanos", "Police",
           "a polícia deteve 26 jovens", arr=26, attr=["Movimento de Estudantes Angolanos"]),
        ev("PP", TUE, "AO", "Benguela", "Lobito", "Protesters", None,
           "os taxistas paralisaram os serviços", tags=["strike"]),
        ev("MV", rng(TUE, shift(TUE, 1)), "AO", "Luanda", "Viana", "Rioters", None,
           "armazéns de bens alimentares foram saqueados"),
    ],
    [
        ta("deaths", 5, P, "deaths in the fuel-price protests across Angola since Friday",
           "organizações da sociedade civil"),
    ]))

# h024 Brazil, Pará
P = "2025-10-02"
SAT = prev(P, "sat")
SUN = prev(P, "sun")
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h024", "pt", P, (
    "Sem-terra ocupam fazenda em Eldorado do Carajás após assassinato em Anapu\n\n"
    "BELÉM — Cerca de 600 integrantes do Movimento dos Trabalhadores Rurais Sem Terra (MST) ocuparam na "
    "manhã de terça-feira a fazenda Santa Tereza, em Eldorado do Carajás, no sudeste do Pará, para cobrar "
    "a desapropriação da área e protestar contra a morte de um líder sem-terra.\n\n"
    "O agricultor foi morto a tiros por pistoleiros no sábado em Anapu, quando voltava para casa de moto. "
    "No dia seguinte, moradores bloquearam por cinco horas a rodovia Transamazônica (BR-230) em Anapu, em "
    "protesto contra o crime.\n\n"
    "A Polícia Civil prendeu na quarta-feira, em Altamira, dois suspeitos de participar do assassinato. Um "
    "terceiro homem é procurado.\n\n"
    "Na noite de quarta-feira, após negociação mediada pela Defensoria Pública, o MST aceitou deixar a "
    "fazenda em troca de uma vistoria do Instituto Nacional de Colonização e Reforma Agrária (Incra) no "
    "prazo de 60 dias.\n\n"
    "A Comissão Pastoral da Terra (CPT) registrou 17 assassinatos em conflitos no campo no Pará neste ano, "
    "o maior número desde 2019. A entidade lembra que a região é palco de disputas por terra há décadas.\n\n"
    "O dono da fazenda disse que vai pedir a reintegração de posse caso a área volte a ser ocupada.\n\n"
    "Leia também: Conflitos no campo crescem no Norte"),
    [
        ev("PP", TUE, "BR", "Pará", "Eldorado do Carajás", "Movimento dos Trabalhadores Rurais Sem Terra", None,
           "ocuparam na manhã de terça-feira", tags=["occupation"]),
        ev("ATK", SAT, "BR", "Pará", "Anapu", "Unidentified armed group", "Civilians",
           "morto a tiros por pistoleiros", fat=1),
        ev("PP", SUN, "BR", "Pará", "Anapu", "Protesters", None,
           "moradores bloquearam por cinco horas", tags=["road_blockade"]),
        ev("ARR", WED, "BR", "Pará", "Altamira", "Polícia Civil", None,
           "A Polícia Civil prendeu na quarta-feira", arr=2),
        ev("AGR", WED, "BR", "Pará", "Eldorado do Carajás", "Movimento dos Trabalhadores Rurais Sem Terra",
           "Instituto Nacional de Colonização e Reforma Agrária", "o MST aceitou deixar a fazenda"),
    ],
    [
        ta("deaths", 17, P, "killings in land conflicts in Pará this year", "Comissão Pastoral da Terra"),
    ]))
