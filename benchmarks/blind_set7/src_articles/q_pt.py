"""Blind set 7, articles part: Portuguese texts q025-q032, each beside its gold."""
from common import D, E, T, pub, prev, shift, rng

DOCS = []

# q025 -- Mozambique, Cabo Delgado: beheadings in Macomia, village retaken in Muidumbe, ambush
P = pub("2023-05-09", "tue")
DOCS.append(D("q025", "pt", P, "https://www.exemplo-noticias.co.mz/cabo-delgado/2023/05/09/macomia-ataque",
"""Insurgentes decapitam quatro civis em Macomia; forças retomam aldeia em Muidumbe

PEMBA — Insurgentes do Estado Islâmico de Moçambique decapitaram quatro civis, entre eles duas mulheres, numa aldeia do distrito de Macomia, na província de Cabo Delgado, na madrugada de domingo, disseram fontes locais à Lusa. Uma rádio comunitária da região falou em seis mortos.

"Entraram de casa em casa à procura dos homens. Quem conseguiu fugiu para o mato", contou um residente que se refugiou na vila-sede do distrito.

Na segunda-feira, as Forças Armadas de Defesa de Moçambique (FADM), com o apoio de tropas ruandesas, retomaram o controlo de uma aldeia do distrito de Muidumbe que estava nas mãos dos rebeldes desde março, após combates que fizeram "vários mortos" entre os insurgentes, segundo um comunicado do comando conjunto.

No sábado, uma patrulha das FADM foi emboscada perto de Mocímboa da Praia e dois militares morreram, segundo uma fonte militar citada pela imprensa local.

As autoridades moçambicanas não comentaram os ataques. O Presidente da República tem afirmado que a situação em Cabo Delgado está "largamente sob controlo", mas organizações humanitárias relatam um aumento das incursões desde o início do ano.

A província, rica em gás natural, é aterrorizada desde 2017 por rebeldes armados, alguns deles ligados ao grupo extremista Estado Islâmico. O conflito já matou mais de 4.000 pessoas desde então, segundo organizações não-governamentais, e provocou mais de um milhão de deslocados.

O projeto de gás natural liquefeito liderado pela TotalEnergies, perto de Palma, continua suspenso desde 2021.

Leia também: Deslocados regressam a Mocímboa da Praia""",
[
    E("ATK", prev(P, "sun"), "day", "MZ", "Cabo Delgado", "Macomia", "Islamic State Mozambique",
      "Civilians", "decapitaram quatro civis, entre eles duas mulheres", fat=4, low=4, high=6,
      attr=["fontes locais", "rádio comunitária"]),
    E("GRT", prev(P, "mon"), "day", "MZ", "Cabo Delgado", "Muidumbe", "Military",
      "Islamic State Mozambique", "retomaram o controlo de uma aldeia"),
    E("AC", prev(P, "sat"), "day", "MZ", "Cabo Delgado", "Mocímboa da Praia", None, "Military",
      "uma patrulha das FADM foi emboscada", fat=2, attr=["fonte militar"]),
],
[T("deaths", 4000, P, "deaths in the Cabo Delgado conflict since 2017",
   "organizações não-governamentais")]))

# q026 -- Brazil, Rio: police operation in Maré, buses burned, residents' blockade dispersed
P = pub("2024-10-03", "thu")
DOCS.append(D("q026", "pt", P, "https://exemplo.com.br/rio/2024/10/03/operacao-mare-mortos",
"""Operação na Maré deixa três mortos; criminosos incendeiam ônibus na Zona Norte

RIO DE JANEIRO — Uma operação da Polícia Militar no Complexo da Maré, na Zona Norte do Rio, terminou com três suspeitos mortos, um policial ferido e oito pessoas presas nesta quarta-feira, após intensa troca de tiros com traficantes do Comando Vermelho, informou a Polícia Militar. Moradores e a ONG Redes da Maré contabilizaram cinco mortos.

Escolas e postos de saúde da região não abriram, e cerca de 15 mil alunos ficaram sem aulas, segundo a Secretaria Municipal de Educação.

Em represália, criminosos atearam fogo a pelo menos seis ônibus em ruas de Bonsucesso no fim da tarde, segundo o sindicato das empresas, Rio Ônibus. Ninguém ficou ferido.

Na manhã desta quinta-feira, dezenas de moradores fecharam a Linha Amarela em protesto contra as mortes, com cartazes e faixas. A PM dispersou o grupo com bombas de gás lacrimogêneo, e a via foi liberada por volta das 9h.

"Meu sobrinho estava indo trabalhar. Não era bandido", disse uma manifestante.

A Polícia Militar afirmou que os agentes foram recebidos a tiros e que foram apreendidos três fuzis e uma granada. O caso será investigado pela Delegacia de Homicídios.

Segundo o Instituto de Segurança Pública (ISP), mais de 400 pessoas morreram em ações policiais no estado desde janeiro.

As operações em favelas são alvo de restrições judiciais que exigem, entre outras coisas, justificativa prévia e comunicação ao Ministério Público.

Receba as notícias do Rio no seu celular.""",
[
    E("AC", prev(P, "wed"), "day", "BR", "Rio de Janeiro", "Complexo da Maré", "Military Police",
      "Comando Vermelho", "intensa troca de tiros com traficantes", fat=3, low=3, high=5,
      inj=1, arr=8, attr=["Polícia Militar", "Redes da Maré"]),
    E("LPD", prev(P, "wed"), "day", "BR", "Rio de Janeiro", "Bonsucesso",
      "Unidentified armed group", None, "criminosos atearam fogo a pelo menos seis ônibus",
      fat=0, inj=0, attr=["Rio Ônibus"]),
    E("PI", P, "day", "BR", "Rio de Janeiro", "Linha Amarela", "Protesters", "Military Police",
      "moradores fecharam a Linha Amarela em protesto", tags=["road_blockade", "tear_gas"]),
],
[T("deaths", 400, P, "people killed in police actions in Rio de Janeiro state since January",
   "Instituto de Segurança Pública")]))

# q027 -- Brazil: MST occupation in Petrolina, eviction in Marabá, teachers' strike in São Paulo
P = pub("2025-04-15", "tue")
DOCS.append(D("q027", "pt", P, "https://www.exemplo-brasil.com.br/politica/2025/04/15/abril-vermelho-mst",
"""MST ocupa fazenda em Pernambuco no "Abril Vermelho"; PM desocupa área no Pará

RECIFE — Cerca de 600 famílias ligadas ao Movimento dos Trabalhadores Rurais Sem Terra (MST) ocuparam na madrugada de segunda-feira uma fazenda considerada improdutiva no município de Petrolina, no sertão de Pernambuco, como parte da jornada nacional de lutas conhecida como Abril Vermelho, informou o movimento.

O proprietário disse que vai pedir à Justiça a reintegração de posse "o mais rápido possível".

No Pará, a Polícia Militar cumpriu no domingo uma ordem de reintegração de posse numa fazenda ocupada desde março em Marabá. Os sem-terra foram retirados com bombas de efeito moral e 14 pessoas foram detidas, segundo a Comissão Pastoral da Terra (CPT). A PM informou nove detenções e disse que a ação foi "pacífica".

Em São Paulo, professores da rede estadual realizaram nesta terça-feira um ato em frente à Assembleia Legislativa (Alesp), no oitavo dia de greve por reajuste salarial. Segundo o sindicato da categoria, a Apeoesp, a adesão passa de 40%; a Secretaria da Educação fala em 8%.

O Abril Vermelho é realizado todos os anos em memória de trabalhadores sem-terra mortos pela polícia.

A CPT contabiliza nove assassinatos em conflitos agrários no país desde janeiro.

O Ministério do Desenvolvimento Agrário afirmou que pretende assentar 30 mil famílias até o fim do ano e pediu que os movimentos "privilegiem o diálogo".

Compartilhe esta reportagem.""",
[
    E("PP", prev(P, "mon"), "day", "BR", "Pernambuco", "Petrolina", "MST", None,
      "ocuparam na madrugada de segunda-feira uma fazenda", tags=["occupation"]),
    E("PI", prev(P, "sun"), "day", "BR", "Pará", "Marabá", "MST", "Military Police",
      "cumpriu no domingo uma ordem de reintegração", tags=["occupation"], arr=9,
      attr=["Comissão Pastoral da Terra", "PM"]),
    E("PP", rng(shift(P, -7), P), "range", "BR", "São Paulo", "São Paulo", "Apeoesp", None,
      "no oitavo dia de greve por reajuste", tags=["strike"]),
],
[T("deaths", 9, P, "killings in agrarian conflicts in Brazil since January",
   "Comissão Pastoral da Terra")]))

# q028 -- Mozambique, Maputo: protesters shot in Magoanine, looting in Matola, chapa strike ended by deal
P = pub("2026-06-16", "tue")
DOCS.append(D("q028", "pt", P, "https://www.exemplo-mz.com/sociedade/2026/06/16/maputo-protestos-combustivel",
"""Maputo: dois mortos em protestos contra subida dos combustíveis; Governo e transportadores chegam a acordo

MAPUTO — Pelo menos duas pessoas morreram baleadas na segunda-feira no bairro de Magoanine, na cidade de Maputo, quando a polícia disparou contra manifestantes que bloqueavam uma avenida em protesto contra o aumento dos preços dos combustíveis, segundo o Centro para Democracia e Direitos Humanos (CDD). A polícia confirmou apenas uma morte e disse ter usado balas de borracha.

Na vizinha cidade da Matola, grupos de jovens saquearam lojas e um armazém de uma cadeia de supermercados durante a noite, segundo testemunhas. A polícia anunciou a detenção de 23 pessoas.

Nesta terça-feira, a Federação Moçambicana das Associações dos Transportadores Rodoviários (Fematro) e o Governo assinaram um acordo que põe fim à paralisação dos "chapas" na capital, iniciada na sexta-feira, com a redução temporária de uma taxa sobre o gasóleo.

"O povo não aguenta mais. Um chapa que custava 15 meticais agora custa 25", queixou-se um vendedor do mercado Xipamanine.

Desde sexta-feira, a Plataforma Eleitoral Decide contabiliza quatro mortos e 37 feridos em todo o país.

O Governo justificou o aumento com a subida do preço internacional do petróleo e a depreciação do metical. O porta-voz do Conselho de Ministros apelou à "calma e serenidade" e garantiu que "os excessos serão investigados".

Os protestos relembram as manifestações violentas que abalaram o país após as eleições gerais de 2024.

© 2026 Exemplo Media, Lda.""",
[
    E("EF", prev(P, "mon"), "day", "MZ", "Cidade de Maputo", "Magoanine", "Protesters", "Police",
      "a polícia disparou contra manifestantes que bloqueavam", tags=["road_blockade"],
      fat=1, low=1, high=2, attr=["CDD", "polícia"]),
    E("MV", prev(P, "mon"), "day", "MZ", "Maputo", "Matola", "Rioters", None,
      "grupos de jovens saquearam lojas e um armazém", arr=23, attr=["polícia"]),
    E("AGR", P, "day", "MZ", "Cidade de Maputo", "Maputo", "Fematro", "Government of Mozambique",
      "assinaram um acordo que põe fim"),
    E("PP", rng(prev(P, "fri"), P), "range", "MZ", "Cidade de Maputo", "Maputo", "Fematro", None,
      "paralisação dos \"chapas\" na capital", tags=["strike"]),
],
[
    T("deaths", 4, P, "deaths in the fuel price protests across Mozambique since Friday",
      "Plataforma Eleitoral Decide"),
    T("injured", 37, P, "people injured in the fuel price protests across Mozambique since Friday",
      "Plataforma Eleitoral Decide"),
]))

# q029 -- NEGATIVE: Portugal, CGTP calls a national demonstration; doctors' strike scheduled
P = pub("2026-09-22", "tue")
DOCS.append(D("q029", "pt", P, "https://www.exemplo.pt/economia/2026/09/22/cgtp-manifestacao-nacional",
"""CGTP convoca manifestação nacional para 17 de outubro; Governo diz que "a porta do diálogo está aberta"

LISBOA — A Confederação Geral dos Trabalhadores Portugueses (CGTP) convocou nesta terça-feira uma manifestação nacional para 17 de outubro, em Lisboa, contra o pacote de alterações à legislação laboral aprovado em Conselho de Ministros e pelo aumento geral dos salários.

O desfile deverá partir do Cais do Sodré e terminar em frente à Assembleia da República, onde a central sindical pretende entregar um abaixo-assinado com mais de 100 mil assinaturas.

"Os trabalhadores não vão aceitar que lhes tirem direitos conquistados ao longo de décadas", afirmou o secretário-geral da CGTP numa conferência de imprensa na sede da intersindical.

Também os médicos do Serviço Nacional de Saúde (SNS) têm greve marcada para os dias 14 e 15 de outubro, anunciou a Federação Nacional dos Médicos (FNAM), que exige a revisão das grelhas salariais e o fim das horas extraordinárias obrigatórias.

A ministra do Trabalho respondeu que "a porta do diálogo está aberta" e que o Governo vai retomar as reuniões da Concertação Social na próxima semana. A UGT, a outra grande central sindical, não se juntou à convocatória, mas admitiu avançar para formas de luta "se não houver abertura negocial".

As confederações patronais consideram as alterações "equilibradas" e lembram que várias medidas resultam de recomendações europeias.

A última greve geral convocada em conjunto pelas duas centrais realizou-se há mais de uma década.

Siga-nos nas redes sociais.""",
[]))

# q030 -- Guinea-Bissau: march dispersed in Bissau, peaceful rally in Bafatá, organiser held, inquiry
P = pub("2024-05-14", "tue")
DOCS.append(D("q030", "pt", P, "https://www.exemplo-gb.com/politica/2024/05/14/bissau-marcha-dispersada",
"""Bissau: polícia dispersa marcha contra o custo de vida com gás lacrimogéneo

BISSAU — A Polícia de Intervenção Rápida (PIR) dispersou no sábado com gás lacrimogéneo uma marcha convocada pela Frente Popular contra o aumento do custo de vida, no centro de Bissau, e deteve 12 manifestantes, segundo a Liga Guineense dos Direitos Humanos (LGDH). O Ministério do Interior falou em oito detidos, "todos já libertados".

No mesmo dia, em Bafatá, no leste do país, cerca de 200 pessoas manifestaram-se pacificamente em frente ao edifício do governo regional, sem intervenção policial.

No domingo à noite, agentes da Polícia Judiciária detiveram em casa um dos coordenadores da marcha, acusado de "incitamento à desordem", confirmou o seu advogado. A Frente Popular exige a sua libertação imediata.

O Ministério Público anunciou na segunda-feira a abertura de um inquérito às denúncias de maus-tratos a manifestantes detidos numa esquadra da capital.

"Queremos apenas que o arroz volte a ter um preço justo. Não somos inimigos de ninguém", disse à Lusa uma vendedora que participou na marcha.

O preço do saco de arroz de 50 quilos, alimento básico no país, subiu mais de 30% desde janeiro, segundo associações de consumidores.

O Governo acusa a oposição de usar o descontentamento social com fins políticos. A Guiné-Bissau, um dos países mais pobres do mundo, tem um longo historial de instabilidade política, com vários golpes de Estado e tentativas de golpe desde a independência, em 1974.

Notícia atualizada às 18h05.""",
[
    E("PI", prev(P, "sat"), "day", "GW", "Bissau", "Bissau", "Frente Popular", "Police",
      "dispersou no sábado com gás lacrimogéneo uma marcha", tags=["march", "tear_gas"], arr=8,
      attr=["LGDH", "Ministério do Interior"]),
    E("PP", prev(P, "sat"), "day", "GW", "Bafatá", "Bafatá", "Protesters", None,
      "cerca de 200 pessoas manifestaram-se pacificamente"),
    E("ARR", prev(P, "sun"), "day", "GW", "Bissau", "Bissau", "Polícia Judiciária",
      "Frente Popular", "detiveram em casa um dos coordenadores", arr=1, attr=["advogado"]),
    E("OTH", prev(P, "mon"), "day", "GW", "Bissau", "Bissau", "Prosecutor's Office", None,
      "a abertura de um inquérito às denúncias", tags=["investigation"]),
]))

# q031 -- Brazil, Mato Grosso do Sul: gunmen attack Guarani Kaiowá village, road blocked, PF inquiry
P = pub("2023-08-22", "tue")
DOCS.append(D("q031", "pt", P, "https://www.exemplo-ms.com.br/cidades/2023/08/22/dourados-ataque-aldeia",
"""Homens armados atacam aldeia Guarani Kaiowá em Dourados; PF abre inquérito

CAMPO GRANDE — Homens armados em caminhonetes atacaram na noite de sábado uma aldeia Guarani Kaiowá na zona rural de Dourados, em Mato Grosso do Sul, e feriram três indígenas a tiros, segundo o Conselho Indigenista Missionário (Cimi). Lideranças da comunidade falam em cinco feridos, entre eles um adolescente de 15 anos.

"Chegaram atirando e queimaram dois barracos. As crianças correram para o mato", relatou uma liderança em vídeo divulgado nas redes sociais.

No domingo, cerca de 150 indígenas bloquearam por quatro horas a rodovia MS-156 para exigir proteção e a demarcação das terras. Não houve confronto.

A delegacia da Polícia Federal (PF) em Dourados instaurou na segunda-feira um inquérito para apurar o ataque. Nenhum suspeito foi identificado até agora.

O Ministério dos Povos Indígenas disse acompanhar o caso "com preocupação" e pediu ao Ministério da Justiça o envio da Força Nacional de Segurança Pública à região.

A área, reivindicada pelos indígenas como território tradicional, está em processo de demarcação há mais de uma década. Os produtores rurais da região alegam ter títulos de propriedade legítimos e acusam os indígenas de invasão.

Segundo o Cimi, 11 indígenas foram mortos em conflitos fundiários no estado desde janeiro.

Mato Grosso do Sul concentra a segunda maior população indígena do país e é palco frequente de disputas por terra entre comunidades e fazendeiros.""",
[
    E("ATK", prev(P, "sat"), "day", "BR", "Mato Grosso do Sul", "Dourados",
      "Unidentified armed group", "Civilians", "Homens armados em caminhonetes atacaram",
      inj=3, attr=["Cimi", "lideranças da comunidade"]),
    E("PP", prev(P, "sun"), "day", "BR", "Mato Grosso do Sul", "MS-156", "Protesters", None,
      "bloquearam por quatro horas a rodovia MS-156", tags=["road_blockade"]),
    E("OTH", prev(P, "mon"), "day", "BR", "Mato Grosso do Sul", "Dourados", "Polícia Federal", None,
      "instaurou na segunda-feira um inquérito", tags=["investigation"]),
],
[T("deaths", 11, P, "Indigenous people killed in land conflicts in Mato Grosso do Sul since January",
   "Cimi")]))

# q032 -- Mozambique, Cabo Delgado: children abducted at Mbau, helicopter strike, base on Matemo
P = pub("2025-12-02", "tue")
DOCS.append(D("q032", "pt", P, "https://www.exemplo-noticias.co.mz/cabo-delgado/2025/12/02/mbau-raptos",
"""Cabo Delgado: insurgentes raptam crianças em Mbau; helicópteros ruandeses bombardeiam posições

PEMBA — Insurgentes do Estado Islâmico de Moçambique raptaram pelo menos sete crianças na aldeia de Mbau, no distrito de Mocímboa da Praia, na tarde de quinta-feira, segundo o administrador distrital. Familiares citados pela rádio local falam em dez menores levados.

"Levaram os rapazes mais velhos para carregar o que roubaram das machambas", disse à agência Lusa uma mãe que conseguiu fugir com os filhos mais novos.

No dia seguinte, helicópteros das forças ruandesas bombardearam posições insurgentes nas matas a norte de Mbau, indicou uma fonte das Forças de Defesa e Segurança (FDS), sem avançar o número de baixas.

Fontes de segurança dizem que o grupo montou em novembro uma base na ilha de Matemo, no arquipélago das Quirimbas, de onde lança ataques contra embarcações de pescadores.

Cerca de 30 civis foram mortos em Cabo Delgado em novembro, segundo contagem de organizações locais.

A organização Save the Children tem alertado para o recrutamento de menores pelos insurgentes, que usam as crianças como combatentes, carregadores ou "esposas".

O Ruanda mantém desde 2021 cerca de 4.000 militares e polícias em Cabo Delgado, ao abrigo de um acordo bilateral com Maputo. A missão da Comunidade de Desenvolvimento da África Austral (SADC) retirou-se em 2024.

Subscreva a nossa newsletter e receba as principais notícias de Moçambique.""",
[
    E("ABD", prev(P, "thu"), "day", "MZ", "Cabo Delgado", "Mbau", "Islamic State Mozambique",
      "Civilians", "raptaram pelo menos sete crianças"),
    E("AIR", prev(P, "fri"), "day", "MZ", "Cabo Delgado", "Mbau", "Military of Rwanda",
      "Islamic State Mozambique", "helicópteros das forças ruandesas bombardearam posições"),
    E("HQ", "2025-11", "month", "MZ", "Cabo Delgado", "Matemo", "Islamic State Mozambique", None,
      "o grupo montou em novembro uma base"),
],
[T("deaths", 30, "2025-11", "civilians killed in Cabo Delgado in November", "organizações locais")]))
