"""Portuguese articles k025-k032 (texts and gold written by hand for blind set 5)."""
from common import doc, ev, tl, prev, shift, rng

DOCS = []

P = "2025-04-17"
DOCS.append(doc("k025", "pt", P, """
MST ocupa fazenda no Pará; líder guarani-kaiowá é morto em Mato Grosso do Sul

BELÉM — Cerca de 600 famílias ligadas ao Movimento dos Trabalhadores Rurais Sem Terra (MST) ocuparam na madrugada de domingo a fazenda Santa Luzia, em Marabá, no sudeste do Pará, dentro da jornada de lutas conhecida como "Abril Vermelho". O movimento afirma que a área é improdutiva.

Na terça-feira, a Polícia Militar cumpriu uma ordem de reintegração de posse em outra área ocupada pelo movimento, em Eldorado do Carajás, e deteve 14 pessoas. O MST acusa os policiais de terem lançado bombas de gás contra famílias com crianças.

Em Mato Grosso do Sul, o líder indígena guarani-kaiowá Valdemir Benites foi morto a tiros na segunda-feira por homens encapuzados na retomada Kurupi, em Naviraí, segundo o Conselho Indigenista Missionário (Cimi).

A Polícia Federal em Dourados instaurou inquérito na quarta-feira para investigar o assassinato e ouviu testemunhas na aldeia.

Segundo a Comissão Pastoral da Terra (CPT), 31 pessoas foram assassinadas em conflitos no campo no Brasil desde janeiro.

O Ministério do Desenvolvimento Agrário disse que abrirá uma mesa de negociação com o MST na próxima semana, enquanto entidades ruralistas pedem ao governo federal que "garanta o direito de propriedade". A bancada ruralista no Congresso também prepara um projeto de lei que endurece as penas para invasões de terras.
""", [
    ev("PP", prev(P, "sun"), "day", "BR", "Pará", "Marabá", "MST", None,
       "ocuparam na madrugada de domingo a fazenda", tags=["occupation"]),
    ev("PI", prev(P, "tue"), "day", "BR", "Pará", "Eldorado do Carajás", "MST", "Military Police",
       "cumpriu uma ordem de reintegração de posse", arr=14, tags=["occupation", "tear_gas"]),
    ev("ATT", prev(P, "mon"), "day", "BR", "Mato Grosso do Sul", "Naviraí", "Unidentified armed group", "Civilians",
       "foi morto a tiros na segunda-feira", fat=1, attr=["Conselho Indigenista Missionário"]),
    ev("OTH", prev(P, "wed"), "day", "BR", "Mato Grosso do Sul", "Dourados", "Polícia Federal", None,
       "instaurou inquérito na quarta-feira", tags=["investigation"]),
], [
    tl("deaths", 31, P, "people killed in rural land conflicts in Brazil since January", "Comissão Pastoral da Terra"),
]))

P = "2025-06-05"
DOCS.append(doc("k026", "pt", P, """
Moçambique: insurgentes tomam Mucojo; forças governamentais recuperam a vila dois dias depois

PEMBA — Insurgentes ligados ao Estado Islâmico tomaram na segunda-feira a vila costeira de Mucojo, no distrito de Macomia, na província de Cabo Delgado, após várias horas de confrontos com militares moçambicanos, segundo fontes locais citadas pela Lusa.

As Forças Armadas de Defesa de Moçambique (FADM), apoiadas por tropas ruandesas, recuperaram na quarta-feira o controlo da vila, depois de combates que, segundo o comando conjunto, causaram a morte de 16 insurgentes.

Em Quissanga, os insurgentes decapitaram três pescadores no domingo, disse um líder comunitário à Lusa. Os corpos foram encontrados na praia de Mahate.

No distrito de Ancuabe, homens armados raptaram 12 crianças na sexta-feira, durante um ataque à aldeia de Nanjua, segundo a organização Save the Children, que pediu a sua libertação imediata.

Só em maio, 43 civis foram mortos na província, segundo o Alto Comissariado das Nações Unidas para os Refugiados (ACNUR). Desde o início da insurgência, em outubro de 2017, o conflito já fez mais de 6.000 mortos, de acordo com a Human Rights Watch.

A TotalEnergies anunciou no início do ano a retoma do projeto de gás natural liquefeito em Afungi, suspenso desde 2021. O governo garante que a situação está "sob controlo", mas milhares de deslocados continuam a viver em centros de acolhimento em Pemba e Metuge, sem perspetivas de regresso.
""", [
    ev("NO", prev(P, "mon"), "day", "MZ", "Cabo Delgado", "Mucojo", "Islamic State", "Military",
       "tomaram na segunda-feira a vila costeira"),
    ev("GR", prev(P, "wed"), "day", "MZ", "Cabo Delgado", "Mucojo", "Military", "Islamic State",
       "recuperaram na quarta-feira o controlo da vila", fat=16, attr=["comando conjunto"]),
    ev("ATT", prev(P, "sun"), "day", "MZ", "Cabo Delgado", "Quissanga", "Islamic State", "Civilians",
       "os insurgentes decapitaram três pescadores", fat=3, attr=["líder comunitário", "Lusa"]),
    ev("ABD", prev(P, "fri"), "day", "MZ", "Cabo Delgado", "Nanjua", "Unidentified armed group", "Civilians",
       "homens armados raptaram 12 crianças"),
], [
    tl("deaths", 43, "2025-05", "civilians killed in Cabo Delgado in May", "ACNUR"),
    tl("deaths", 6000, P, "deaths in the Cabo Delgado insurgency since October 2017", "Human Rights Watch"),
]))

P = "2026-03-13"
DOCS.append(doc("k027", "pt", P, """
Caminhoneiros bloqueiam rodovias em três estados; PRF prende oito no Paraná

BRASÍLIA — Caminhoneiros autônomos bloquearam na quinta-feira trechos de rodovias federais em Santa Catarina, no Paraná e em Mato Grosso, em protesto contra a alta do diesel, no quarto dia de mobilização da categoria.

No Paraná, agentes da Polícia Rodoviária Federal (PRF) liberaram a BR-277 na altura de Guarapuava com bombas de gás lacrimogêneo e prenderam oito manifestantes que se recusavam a deixar a pista.

Em Santa Catarina, motoristas estacionaram caminhões no acostamento da BR-101 em Itajaí e deixaram passar apenas carros de passeio e ambulâncias. Em Mato Grosso, o bloqueio na BR-163, em Sinop, durou cerca de dez horas, sem incidentes.

Segundo a PRF, 31 caminhoneiros foram detidos no país desde segunda-feira, quando começou a paralisação.

No Rio de Janeiro, uma operação da Polícia Militar no Complexo da Maré terminou em intenso tiroteio com traficantes do Comando Vermelho na manhã de quinta-feira. A PM informou quatro mortos, todos suspeitos; a ONG Redes da Maré contabilizou sete, entre eles um morador atingido dentro de casa.

O governo federal convocou representantes dos caminhoneiros para uma reunião na segunda-feira e estuda reduzir temporariamente os impostos sobre o diesel. Entidades do agronegócio alertam para o risco de desabastecimento nos portos se os bloqueios continuarem durante a colheita da soja.
""", [
    ev("PI", prev(P, "thu"), "day", "BR", "Paraná", "Guarapuava", "Protesters", "Polícia Rodoviária Federal",
       "liberaram a BR-277 na altura de Guarapuava", arr=8, tags=["road_blockade", "tear_gas"]),
    ev("PP", prev(P, "thu"), "day", "BR", "Santa Catarina", "Itajaí", "Protesters", None,
       "estacionaram caminhões no acostamento da BR-101", tags=["road_blockade"]),
    ev("PP", prev(P, "thu"), "day", "BR", "Mato Grosso", "Sinop", "Protesters", None,
       "o bloqueio na BR-163, em Sinop", tags=["road_blockade"]),
    ev("AC", prev(P, "thu"), "day", "BR", "Rio de Janeiro", "Complexo da Maré", "Military Police", "Comando Vermelho",
       "terminou em intenso tiroteio com traficantes", fat=4, lo=4, hi=7, attr=["PM", "Redes da Maré"]),
], [
    tl("arrested", 31, P, "truck drivers detained across Brazil since the stoppage began on Monday", "PRF"),
]))

P = "2024-01-24"
DOCS.append(doc("k028", "pt", P, """
Chuvas: Pernambuco decreta situação de calamidade em 12 municípios

RECIFE — O governo de Pernambuco decretou na terça-feira situação de calamidade pública em 12 municípios da Região Metropolitana do Recife e da Zona da Mata, depois de três dias de chuvas intensas que provocaram deslizamentos de terra e inundações.

Segundo a Defesa Civil estadual, 14 pessoas morreram e mais de 3.000 ficaram desalojadas. A maioria das vítimas vivia em encostas nos bairros de Jardim Monte Verde e Ibura, na zona sul do Recife.

A BR-232 foi interditada nos dois sentidos na altura de Jaboatão dos Guararapes por causa de um deslizamento, e o aeroporto internacional do Recife suspendeu pousos durante quatro horas na segunda-feira devido à falta de visibilidade.

O Exército enviou 300 militares para ajudar nas buscas e na distribuição de água potável. O governo federal reconheceu a situação de emergência, o que permite a liberação de recursos para reconstrução.

Moradores ouvidos pela reportagem criticaram a demora no atendimento. "A água entrou em casa às duas da manhã e ninguém apareceu", disse uma comerciante de Camaragibe. A Prefeitura do Recife afirmou que as equipes trabalharam sem interrupção.

A Agência Pernambucana de Águas e Clima prevê mais chuva até sexta-feira e recomenda que os moradores de áreas de risco procurem abrigos. As aulas da rede estadual foram suspensas em oito municípios até segunda-feira, e o metrô do Recife opera com horário reduzido.
""", [], []))

P = "2026-02-18"
DOCS.append(doc("k029", "pt", P, """
Angola: greve de taxistas em Luanda termina em saques e pelo menos oito mortos

LUANDA — Pelo menos oito pessoas morreram na segunda-feira no município do Cazenga, em Luanda, onde grupos de jovens saquearam lojas e armazéns e enfrentaram a polícia no primeiro dia da greve dos taxistas contra o aumento do preço do gasóleo, segundo a Polícia Nacional. A associação cívica OMUNGA fala em 15 mortos.

Também na segunda-feira, em Viana, agentes dispararam contra taxistas que bloqueavam a Estrada de Catete com as suas viaturas. Dois motoristas ficaram gravemente feridos, disse à Lusa o presidente da Associação Nova Aliança dos Taxistas de Angola (ANATA).

Em Benguela, a greve decorreu sem incidentes, com a maioria dos táxis parados e muitos trabalhadores a caminhar até aos locais de trabalho.

O ministro do Interior disse na terça-feira que 1.214 pessoas tinham sido detidas em todo o país desde o início dos distúrbios e que 23 agentes estavam entre os feridos.

Na noite de terça-feira, a ANATA suspendeu a greve depois de chegar a um acordo com o Governo Provincial de Luanda, que se comprometeu a rever o preço das corridas e a libertar os taxistas detidos.

Os partidos da oposição exigem um inquérito independente às mortes. O Presidente João Lourenço lamentou a "perda de vidas" e acusou "oportunistas" de aproveitarem a greve para saquear. O comércio reabriu parcialmente na quarta-feira.
""", [
    ev("MV", prev(P, "mon"), "day", "AO", "Luanda", "Cazenga", "Rioters", "Police",
       "grupos de jovens saquearam lojas e armazéns", fat=8, lo=8, hi=15, attr=["Polícia Nacional", "OMUNGA"]),
    ev("EF", prev(P, "mon"), "day", "AO", "Luanda", "Viana", "Protesters", "Police",
       "agentes dispararam contra taxistas que bloqueavam", inj=2, attr=["presidente da ANATA", "Lusa"],
       tags=["road_blockade"]),
    ev("PP", rng(prev(P, "mon"), prev(P, "tue")), "range", "AO", "Benguela", "Benguela", "Protesters", None,
       "a greve decorreu sem incidentes", tags=["strike"]),
    ev("AGR", prev(P, "tue"), "day", "AO", "Luanda", "Luanda", "ANATA", "Governo Provincial de Luanda",
       "a ANATA suspendeu a greve"),
], [
    tl("arrested", 1214, prev(P, "tue"), "people detained across Angola since the unrest began", "ministro do Interior"),
    tl("injured", 23, prev(P, "tue"), "police officers injured in Angola since the unrest began", "ministro do Interior"),
]))

P = "2026-10-23"
DOCS.append(doc("k030", "pt", P, """
Professores enchem Lisboa; PSP retira ativistas da Faculdade de Letras

LISBOA — Dezenas de milhares de professores desfilaram no sábado entre o Marquês de Pombal e a Assembleia da República, em Lisboa, numa manifestação convocada pela Fenprof e por outros sete sindicatos para exigir a recuperação do tempo de serviço congelado. No Porto, cerca de 3.000 docentes concentraram-se no mesmo dia na Avenida dos Aliados.

Na terça-feira, a PSP retirou cerca de 40 estudantes que ocupavam desde segunda-feira o átrio da Faculdade de Letras da Universidade de Lisboa para exigir o fim do uso de combustíveis fósseis até 2030. Vinte foram detidos, segundo a polícia, e libertados horas depois.

Na quinta-feira, em Lisboa, o Ministério da Educação e a Fenprof assinaram um acordo que prevê a recuperação faseada do tempo de serviço até 2029. O entendimento pôs fim à greve ao sobretrabalho que decorria nas escolas desde setembro.

Segundo a PSP, 37 ativistas foram detidos em ações pelo clima em Lisboa desde setembro. O movimento Greve Climática Estudantil promete novas ocupações "até ao fim do gás", e várias faculdades reforçaram a segurança nas entradas.

O ministro da Educação considerou o acordo "um virar de página" e disse esperar que o próximo ano letivo decorra sem paralisações. O sindicato independente STOP, que não assinou o documento, mantém o pré-aviso de greve para novembro.
""", [
    ev("PP", prev(P, "sat"), "day", "PT", "Lisboa", "Lisboa", "Fenprof", None,
       "Dezenas de milhares de professores desfilaram no sábado", tags=["march"]),
    ev("PP", prev(P, "sat"), "day", "PT", "Porto", "Porto", "Protesters", None,
       "cerca de 3.000 docentes concentraram-se"),
    ev("PI", rng(prev(P, "mon"), prev(P, "tue")), "range", "PT", "Lisboa", "Faculdade de Letras", "Protesters", "PSP",
       "a PSP retirou cerca de 40 estudantes", arr=20, attr=["polícia"], tags=["occupation"]),
    ev("AGR", prev(P, "thu"), "day", "PT", "Lisboa", "Lisboa", "Fenprof", "Ministério da Educação",
       "assinaram um acordo que prevê a recuperação"),
], [
    tl("arrested", 37, P, "climate activists detained in Lisbon actions since September", "PSP"),
]))

P = "2026-04-16"
DOCS.append(doc("k031", "pt", P, """
Polícia usa gás contra marcha indígena em Brasília; garimpeiros atacam comunidade yanomami

BRASÍLIA — A Polícia Militar do Distrito Federal usou bombas de gás lacrimogêneo e spray de pimenta na quarta-feira para impedir que cerca de 5.000 indígenas, reunidos pela Articulação dos Povos Indígenas do Brasil (Apib), chegassem à frente do Congresso Nacional durante uma marcha contra o marco temporal. Três manifestantes foram detidos, segundo a Apib.

Em Roraima, garimpeiros armados atacaram no domingo a comunidade de Palimiú, na Terra Indígena Yanomami, matando dois indígenas e ferindo cinco, segundo a Hutukara Associação Yanomami. A Funai confirmou uma morte e disse que apura as circunstâncias.

A Hutukara denunciou ainda que garimpeiros estupraram duas adolescentes na região de Homoxi em março e cobrou a presença permanente de forças federais no território.

Na terça-feira, a Polícia Federal prendeu seis garimpeiros em Boa Vista e apreendeu armas, munição e 12 quilos de ouro, em uma operação contra o financiamento da mineração ilegal.

Segundo o Conselho Indigenista Missionário (Cimi), 47 indígenas foram assassinados no país desde janeiro.

O presidente da Câmara disse que o projeto de lei sobre o marco temporal será votado "sem pressa". A Apib anunciou que vai acionar o Supremo Tribunal Federal contra a tramitação do texto.
""", [
    ev("PI", prev(P, "wed"), "day", "BR", "Distrito Federal", "Brasília", "Apib", "Military Police",
       "usou bombas de gás lacrimogêneo e spray", arr=3, attr=["Apib"], tags=["march", "tear_gas"]),
    ev("ATT", prev(P, "sun"), "day", "BR", "Roraima", "Palimiú", "Garimpeiros", "Civilians",
       "garimpeiros armados atacaram no domingo", fat=1, lo=1, hi=2, inj=5,
       attr=["Hutukara Associação Yanomami", "Funai"]),
    ev("SEX", "2026-03", "month", "BR", "Roraima", "Homoxi", "Garimpeiros", "Civilians",
       "garimpeiros estupraram duas adolescentes"),
    ev("ARR", prev(P, "tue"), "day", "BR", "Roraima", "Boa Vista", "Polícia Federal", "Garimpeiros",
       "a Polícia Federal prendeu seis garimpeiros", arr=6),
], [
    tl("deaths", 47, P, "Indigenous people killed in Brazil since January", "Cimi"),
]))

P = "2025-09-12"
DOCS.append(doc("k032", "pt", P, """
Ceará: ônibus incendiados e granada contra delegacia; polícia desativa explosivo em viaduto

FORTALEZA — Criminosos incendiaram 11 ônibus e dois prédios públicos em Fortaleza na noite de terça-feira, na segunda noite de ataques ordenados, segundo a polícia, por líderes do Comando Vermelho presos no sistema penitenciário. Ninguém ficou ferido, informou a Secretaria da Segurança Pública e Defesa Social (SSPDS).

Em Caucaia, na Região Metropolitana, uma granada foi lançada contra a fachada da delegacia municipal na madrugada de quarta-feira. Um policial de plantão sofreu ferimentos leves.

Ainda na quarta-feira, o esquadrão antibombas desativou um artefato explosivo instalado sob um viaduto da BR-116, em Maracanaú.

Na quinta-feira, policiais prenderam em Sobral um homem apontado como um dos mandantes dos ataques. Segundo a investigação, ele repassava as ordens da facção por aplicativos de mensagens.

A SSPDS informou que 47 suspeitos foram presos desde o início da onda de ataques, na segunda-feira.

O governador pediu ao Ministério da Justiça o envio da Força Nacional e transferiu dez detentos para presídios federais. A frota de ônibus da capital circulou reduzida pelo terceiro dia consecutivo, e comerciantes do centro fecharam mais cedo por medo de novos ataques. Especialistas em segurança lembram que ondas semelhantes ocorreram no estado em anos anteriores, sempre ligadas a mudanças nas regras dos presídios.
""", [
    ev("LOOT", prev(P, "tue"), "day", "BR", "Ceará", "Fortaleza", "Comando Vermelho", None,
       "Criminosos incendiaram 11 ônibus e dois prédios", fat=0, inj=0, attr=["SSPDS"]),
    ev("GRN", prev(P, "wed"), "day", "BR", "Ceará", "Caucaia", "Unidentified armed group", "Police",
       "uma granada foi lançada contra a fachada", inj=1),
    ev("DWU", prev(P, "wed"), "day", "BR", "Ceará", "Maracanaú", "Police", None,
       "o esquadrão antibombas desativou um artefato explosivo"),
    ev("ARR", prev(P, "thu"), "day", "BR", "Ceará", "Sobral", "Police", "Comando Vermelho",
       "policiais prenderam em Sobral um homem", arr=1),
], [
    tl("arrested", 47, P, "suspects arrested in Ceará since the wave of attacks began on Monday", "SSPDS"),
]))
