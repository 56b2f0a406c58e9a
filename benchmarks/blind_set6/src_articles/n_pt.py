"""Portuguese articles n025-n032 (blind set 6). Texts written for this set; gold beside each."""
from common import doc, ev, tally, prev, rng

DOCS = []

# ---------------------------------------------------------------- n025 Brasil (Abril Vermelho)
P = "2025-04-16"  # quarta-feira
MON = prev(P, "mon")
SAT = prev(P, "sat")
TUE = prev(P, "tue")
SUN = prev(P, "sun")
DOCS.append(doc("n025", "pt", P, """
Abril Vermelho: MST ocupa fazenda na Bahia; PM despeja sem-terra no Paraná

SALVADOR — Cerca de 600 famílias ligadas ao Movimento dos Trabalhadores Rurais Sem Terra (MST) ocuparam na madrugada de segunda-feira uma fazenda de eucalipto em Eunápolis, no extremo sul da Bahia. O movimento afirma que a área é improdutiva e cobra sua destinação para a reforma agrária. Até a noite de ontem, não havia pedido de reintegração de posse.

No Paraná, a situação foi diferente. A Polícia Militar cumpriu na terça-feira uma ordem de reintegração de posse numa fazenda de Querência do Norte ocupada pelo MST desde sábado. Os agentes usaram bombas de gás lacrimogêneo para retirar as famílias, e sete pessoas foram presas, segundo a Secretaria de Segurança Pública.

A jornada anual de lutas do movimento ocorre num momento de tensão no campo. Na noite de domingo, um indígena guarani-kaiowá de 23 anos foi morto a tiros e outros dois ficaram feridos quando pistoleiros atacaram uma retomada em Douradina, no Mato Grosso do Sul, de acordo com o Conselho Indigenista Missionário (Cimi).

O Cimi afirma que os atiradores chegaram em duas caminhonetes e dispararam contra os barracos. A Polícia Federal abriu inquérito, mas ninguém foi preso.

Segundo a Comissão Pastoral da Terra (CPT), 31 pessoas foram assassinadas em conflitos no campo no Brasil em 2024.

O governo federal anunciou nesta semana um pacote de assentamentos, mas dirigentes do MST dizem que as metas ficaram aquém do prometido. "Vamos continuar ocupando enquanto a terra não for distribuída", disse uma coordenadora estadual.
""", [
    ev("PEACE", MON, "BR", "Bahia", "Eunápolis", "MST", None,
       "ocuparam na madrugada de segunda-feira uma fazenda", tags=["occupation"]),
    ev("INTERV", rng(SAT, TUE), "BR", "Paraná", "Querência do Norte", "MST", "Military Police",
       "A Polícia Militar cumpriu na terça-feira uma", tags=["occupation", "tear_gas"], arr=7,
       attr=["Secretaria de Segurança Pública"]),
    ev("ATTACK", SUN, "BR", "Mato Grosso do Sul", "Douradina", "Unidentified armed group", "Civilians",
       "pistoleiros atacaram uma retomada em Douradina", fat=1, inj=2,
       attr=["Conselho Indigenista Missionário"]),
    ev("OTHER", None, "BR", "Mato Grosso do Sul", "Douradina", "Police", None,
       "A Polícia Federal abriu inquérito", tags=["investigation"]),
], [
    tally("deaths", 31, "2024-12", "people murdered in rural land conflicts in Brazil in 2024",
          "Comissão Pastoral da Terra"),
]))

# ---------------------------------------------------------------- n026 Moçambique (Cabo Delgado)
P = "2024-05-15"  # quarta-feira
FRI = prev(P, "fri")
SUN = prev(P, "sun")
SAT = prev(P, "sat")
MON = prev(P, "mon")
DOCS.append(doc("n026", "pt", P, """
Cabo Delgado: FDS retomam Macomia dois dias após ataque insurgente

PEMBA — Insurgentes ligados ao Estado Islâmico tomaram na sexta-feira a vila-sede do distrito de Macomia, na província de Cabo Delgado, após várias horas de combates com as Forças de Defesa e Segurança (FDS), que recuaram para as zonas periféricas.

Os rebeldes saquearam armazéns de ajuda alimentar e o centro de saúde antes de serem expulsos no domingo, quando as FDS, apoiadas por tropas ruandesas, retomaram o controlo da vila, segundo um comunicado do Ministério da Defesa Nacional.

No sábado, durante a ocupação, os insurgentes decapitaram três civis na localidade costeira de Mucojo, disse à Lusa um líder comunitário, sob anonimato.

Já na segunda-feira, um grupo armado raptou seis crianças na aldeia de Ocua, no distrito de Chiúre, segundo fontes locais. As famílias dizem que os menores foram levados para a mata.

Dados do projeto de monitorização Cabo Ligado indicam que mais de 140 civis foram mortos em Cabo Delgado desde janeiro.

A insurgência, que eclodiu em outubro de 2017, já provocou mais de um milhão de deslocados. Milhares de famílias que tinham regressado a Macomia voltaram a fugir para Pemba e para Mueda nos últimos dias.

A presença militar ruandesa, iniciada em 2021, deverá ser reforçada nas próximas semanas, segundo fontes diplomáticas em Maputo, à medida que a missão da África Austral se retira do país.
""", [
    ev("NSAOVER", FRI, "MZ", "Cabo Delgado", "Macomia", "Islamic State", "Security forces",
       "tomaram na sexta-feira a vila-sede do"),
    ev("GOVREG", SUN, "MZ", "Cabo Delgado", "Macomia", "Security forces", "Islamic State",
       "retomaram o controlo da vila"),
    ev("ATTACK", SAT, "MZ", "Cabo Delgado", "Mucojo", "Islamic State", "Civilians",
       "os insurgentes decapitaram três civis", fat=3, attr=["líder comunitário", "Lusa"]),
    ev("ABDUCT", MON, "MZ", "Cabo Delgado", "Ocua", "Unidentified armed group", "Civilians",
       "um grupo armado raptou seis crianças"),
], [
    tally("deaths", 140, P, "civilians killed in Cabo Delgado since January 2024", "Cabo Ligado"),
]))

# ---------------------------------------------------------------- n027 Rio de Janeiro
P = "2024-09-12"  # quinta-feira
WED = prev(P, "wed")
DOCS.append(doc("n027", "pt", P, """
Operação na Maré deixa mortos; ônibus são incendiados na Avenida Brasil

RIO DE JANEIRO — Uma operação da Polícia Militar no Complexo da Maré, na Zona Norte do Rio, terminou ontem com pelo menos cinco mortos após horas de intenso tiroteio com traficantes do Comando Vermelho (CV). A corporação informou que os cinco eram suspeitos e que dois fuzis foram apreendidos. A Defensoria Pública do estado contabilizou sete mortos, entre eles um morador que voltava do trabalho.

Em retaliação, criminosos ligados ao CV incendiaram quatro ônibus na Avenida Brasil no fim da tarde, provocando um grande engarrafamento. Os passageiros foram obrigados a descer antes do ataque e ninguém ficou ferido.

A Secretaria Municipal de Educação fechou 42 escolas da Maré durante todo o dia por causa dos confrontos, deixando cerca de 16 mil alunos sem aulas.

Também ontem, em São Gonçalo, na Região Metropolitana, uma granada foi lançada contra uma viatura da PM que patrulhava o bairro do Jardim Catarina. Dois policiais sofreram ferimentos leves.

Segundo o Instituto Fogo Cruzado, 212 pessoas foram mortas durante operações policiais na Região Metropolitana do Rio desde janeiro.

Moradores da Maré relataram que as aulas já tinham sido suspensas outras vezes neste ano. "A gente vive trancado em casa", disse uma comerciante, que pediu para não ser identificada.

A Polícia Militar afirmou que a operação tinha como objetivo cumprir mandados de prisão e retirar barricadas instaladas pelos traficantes nas principais vias da comunidade.
""", [
    ev("CLASH", WED, "BR", "Rio de Janeiro", "Complexo da Maré", "Military Police", "Comando Vermelho",
       "Uma operação da Polícia Militar no Complexo", fat=5, lo=5, hi=7,
       attr=["Polícia Militar", "Defensoria Pública"]),
    ev("LOOT", WED, "BR", "Rio de Janeiro", "Rio de Janeiro", "Comando Vermelho", None,
       "incendiaram quatro ônibus na Avenida Brasil", fat=0, inj=0),
    ev("OTHER", WED, "BR", "Rio de Janeiro", "Complexo da Maré", "Secretaria Municipal de Educação", None,
       "A Secretaria Municipal de Educação fechou 42"),
    ev("GRENADE", WED, "BR", "Rio de Janeiro", "Jardim Catarina", None, "Military Police",
       "uma granada foi lançada contra uma viatura", inj=2),
], [
    tally("deaths", 212, P, "people killed in police operations in the Rio de Janeiro metropolitan region since January 2024",
          "Instituto Fogo Cruzado"),
]))

# ---------------------------------------------------------------- n028 Portugal
P = "2026-11-24"  # terça-feira
SAT = prev(P, "sat")
MON = prev(P, "mon")
FRI = prev(P, "fri")
DOCS.append(doc("n028", "pt", P, """
Professores marcham em Lisboa; STOP suspende greve por tempo indeterminado

LISBOA — Dezenas de milhares de professores desfilaram no sábado do Marquês de Pombal até à Assembleia da República, em Lisboa, numa manifestação convocada pela Fenprof e pela FNE contra o novo estatuto da carreira docente. A PSP não avançou números; os sindicatos falam em 60 mil participantes.

No Porto, centenas de docentes concentraram-se no mesmo dia em frente às instalações da Direção de Serviços Regional do Norte, com cartazes a exigir a recuperação do tempo de serviço.

Em Braga, a situação foi mais tensa. Na sexta-feira, agentes da PSP afastaram à força um grupo de professores que tentava entrar no edifício da câmara municipal durante uma reunião do executivo. Dois manifestantes foram detidos e libertados horas depois, confirmou fonte policial.

Na segunda-feira, o Sindicato de Todos os Profissionais da Educação (STOP) anunciou, numa conferência de imprensa em Lisboa, a suspensão da greve por tempo indeterminado que mantinha nas escolas desde outubro. O STOP justificou a decisão com "o desgaste financeiro dos professores" e prometeu novas formas de luta.

O Ministério da Educação, Ciência e Inovação reafirmou que a proposta de estatuto será aprovada em Conselho de Ministros até ao fim do ano e convidou os sindicatos para uma nova ronda negocial na próxima semana.

A Fenprof já admitiu convocar uma greve nacional para janeiro, caso o Governo não recue.

Com agências.
""", [
    ev("PEACE", SAT, "PT", "Lisboa", "Lisboa", "Protesters", None,
       "professores desfilaram no sábado do Marquês de", tags=["march"]),
    ev("PEACE", SAT, "PT", "Porto", "Porto", "Protesters", None,
       "centenas de docentes concentraram-se no mesmo dia"),
    ev("INTERV", FRI, "PT", "Braga", "Braga", "Protesters", "Police",
       "agentes da PSP afastaram à força um", arr=2, attr=["fonte policial"]),
    ev("CHANGE", MON, "PT", "Lisboa", "Lisboa", "STOP", None,
       "a suspensão da greve por tempo indeterminado"),
], []))

# ---------------------------------------------------------------- n029 Moçambique (pós-eleitoral)
P = "2024-11-14"  # quinta-feira
WED = prev(P, "wed")
DOCS.append(doc("n029", "pt", P, """
Moçambique: mortos em Magoanine, saques na Matola e fronteira encerrada

MAPUTO — Pelo menos três pessoas morreram ontem no bairro de Magoanine, na capital moçambicana, quando a polícia abriu fogo contra manifestantes que contestavam os resultados das eleições gerais, segundo a Plataforma Decide, organização da sociedade civil que acompanha os protestos. Um médico do Hospital Central de Maputo disse à Lusa que deram entrada quatro corpos com ferimentos de bala.

Testemunhas contaram que os jovens cantavam e batiam panelas quando os agentes começaram a disparar.

Em Nampula, no norte, manifestantes queimaram pneus e atiraram pedras contra a Unidade de Intervenção Rápida (UIR), que respondeu com gás lacrimogéneo. Não houve registo de vítimas.

Na Matola, nos arredores da capital, grupos de jovens saquearam um armazém de cimento e dois camiões parados na Estrada Nacional 4, sem que a polícia interviesse.

Também na quarta-feira, o Governo encerrou temporariamente o posto fronteiriço de Ressano Garcia, principal ligação com a África do Sul, alegando riscos de segurança causados pelas manifestações.

A Plataforma Decide contabiliza 34 mortos e mais de 300 detidos desde o início dos protestos, a 21 de outubro.

O candidato Venâncio Mondlane, que reivindica a vitória, convocou a partir do estrangeiro uma nova fase de paralisações. O partido no poder, a Frelimo, acusa-o de incitar à violência.

O Conselho Constitucional ainda não validou os resultados anunciados pela Comissão Nacional de Eleições.
""", [
    ev("EXCESS", WED, "MZ", "Cidade de Maputo", "Magoanine", "Protesters", "Police",
       "a polícia abriu fogo contra manifestantes", fat=3, lo=3, hi=4,
       attr=["Plataforma Decide", "médico", "Lusa"]),
    ev("VIOLDEM", WED, "MZ", "Nampula", "Nampula", "Protesters", "Police",
       "manifestantes queimaram pneus e atiraram pedras", tags=["tear_gas"], fat=0, inj=0),
    ev("MOB", WED, "MZ", "Maputo", "Matola", "Rioters", None,
       "grupos de jovens saquearam um armazém de"),
    ev("OTHER", WED, "MZ", "Maputo", "Ressano Garcia", "Government of Mozambique", None,
       "o Governo encerrou temporariamente o posto fronteiriço"),
], [
    tally("deaths", 34, P, "people killed in Mozambique's post-election protests since 21 October 2024",
          "Plataforma Decide"),
    tally("arrested", 300, P, "people detained in Mozambique's post-election protests since 21 October 2024",
          "Plataforma Decide"),
]))

# ---------------------------------------------------------------- n030 Brasil (negativo)
P = "2025-04-10"
DOCS.append(doc("n030", "pt", P, """
Câmara debate projeto que endurece penas para invasões de terra; MST promete reagir

BRASÍLIA — A Comissão de Constituição e Justiça da Câmara dos Deputados começou a discutir nesta quarta-feira um projeto de lei que aumenta as penas para quem ocupar propriedades rurais e proíbe que participantes de invasões recebam benefícios de programas sociais.

O relator, ligado à bancada ruralista, defendeu que o texto dará "segurança jurídica" aos produtores. "Quem invade terra não pode ser tratado como movimento social", afirmou durante a sessão, que durou mais de seis horas.

Deputados governistas apresentaram requerimentos para adiar a votação e acusaram a oposição de tentar criminalizar os movimentos populares. O Ministério do Desenvolvimento Agrário divulgou nota em que considera a proposta inconstitucional.

O Movimento dos Trabalhadores Rurais Sem Terra (MST) anunciou que a sua jornada nacional de lutas, prevista para a segunda quinzena de abril, terá como um dos eixos a resistência ao projeto. A direção nacional não informou quantas ocupações pretende realizar, mas prometeu atos em todas as capitais.

Especialistas ouvidos pela reportagem lembram que a legislação atual já prevê a reintegração de posse e que os conflitos no campo costumam aumentar em anos de discussão sobre o tema.

A votação na comissão foi adiada para a próxima semana, após um pedido de vista coletivo. Se aprovado, o projeto seguirá para o plenário, onde a bancada ruralista afirma ter votos suficientes.

No Senado, uma proposta semelhante aguarda parecer desde o ano passado.
""", [], []))

# ---------------------------------------------------------------- n031 Brasil (Yanomami)
P = "2025-08-20"  # quarta-feira
SAT = prev(P, "sat")
TUE = prev(P, "tue")
DOCS.append(doc("n031", "pt", P, """
Garimpeiros atacam comunidade yanomami em Roraima; PF prende 12

BOA VISTA — Garimpeiros armados atacaram na madrugada de sábado uma comunidade yanomami na região do Palimiú, às margens do rio Uraricoera, em Roraima, matando um jovem e ferindo outros dois indígenas, informou a Hutukara Associação Yanomami (HAY).

Segundo a HAY, os invasores chegaram em barcos e dispararam contra as casas depois de uma discussão sobre a passagem de embarcações pelo rio. O Ministério dos Povos Indígenas confirmou a morte e disse que uma equipe de saúde foi enviada ao local.

A associação denunciou ainda que duas adolescentes foram estupradas por garimpeiros na mesma região em julho. Os casos foram comunicados ao Ministério Público Federal, que ainda não se pronunciou.

Na terça-feira, a Polícia Federal prendeu 12 pessoas numa operação contra o garimpo ilegal em Alto Alegre. Foram apreendidos ouro, armas e munições, além de motores e balsas que, segundo a PF, foram inutilizados no local.

Desde janeiro, nove yanomamis foram mortos em ataques de garimpeiros, de acordo com levantamento da HAY.

A Terra Indígena Yanomami, a maior do país, vive sob emergência de saúde pública desde 2023, quando imagens de crianças desnutridas chocaram o país. Apesar das operações federais, lideranças afirmam que os invasores voltaram a algumas áreas.

A Funai informou que reforçará a presença de servidores nas bases de proteção etnoambiental da região nas próximas semanas.
""", [
    ev("ATTACK", SAT, "BR", "Roraima", "Palimiú", "Garimpeiros", "Civilians",
       "Garimpeiros armados atacaram na madrugada de sábado", fat=1, inj=2,
       attr=["Hutukara Associação Yanomami", "Ministério dos Povos Indígenas"]),
    ev("SEXVIOL", "2025-07", "BR", "Roraima", "Palimiú", "Garimpeiros", "Civilians",
       "duas adolescentes foram estupradas por garimpeiros"),
    ev("ARREST", TUE, "BR", "Roraima", "Alto Alegre", "Police", None,
       "a Polícia Federal prendeu 12 pessoas", arr=12),
], [
    tally("deaths", 9, P, "Yanomami killed in attacks by gold miners since January 2025",
          "Hutukara Associação Yanomami"),
]))

# ---------------------------------------------------------------- n032 Angola
P = "2019-10-08"  # terça-feira
SAT = prev(P, "sat")
THU = prev(P, "thu")
SUN = prev(P, "sun")
DOCS.append(doc("n032", "pt", P, """
Estudantes detidos em Luanda; FLEC reivindica ataque em Cabinda

LUANDA — A Polícia Nacional dispersou no sábado, com gás lacrimogéneo e cães, uma manifestação de estudantes contra o aumento das propinas no Largo da Independência, em Luanda. Dezassete jovens foram detidos, segundo o Movimento dos Estudantes Angolanos (MEA), que tinha convocado o protesto. A polícia falou em 14 detenções e acusou os organizadores de não terem respeitado o percurso autorizado.

Na madrugada de domingo, agentes da Polícia Nacional detiveram no Cacuaco o presidente do MEA, que segundo a família foi levado de casa sem mandado. O MEA exige a sua libertação imediata.

Em Cabinda, a Frente de Libertação do Enclave de Cabinda (FLEC-FAC) reivindicou num comunicado a morte de cinco militares das Forças Armadas Angolanas (FAA) em combates travados na quinta-feira no município de Buco-Zau. As FAA não comentaram.

O enclave, separado do resto do país pela República Democrática do Congo, é palco de uma insurreição de baixa intensidade desde a independência, em 1975. Os separatistas acusam Luanda de explorar o petróleo da região sem benefícios para a população local.

De acordo com a Associação Justiça, Paz e Democracia (AJPD), mais de 80 ativistas foram detidos em Luanda desde o início do ano, a maioria durante manifestações.

A ministra do Ensino Superior disse que o aumento das propinas nas universidades públicas é "inevitável" e que haverá bolsas para os estudantes carenciados.
""", [
    ev("INTERV", SAT, "AO", "Luanda", "Luanda", "MEA", "Police",
       "A Polícia Nacional dispersou no sábado, com", tags=["tear_gas"], arr=14,
       attr=["Movimento dos Estudantes Angolanos", "polícia"]),
    ev("ARREST", SUN, "AO", "Luanda", "Cacuaco", "Police", "MEA",
       "agentes da Polícia Nacional detiveram no Cacuaco", arr=1),
    ev("CLASH", THU, "AO", "Cabinda", "Buco-Zau", "FLEC-FAC", "Military",
       "em combates travados na quinta-feira", fat=5, attr=["FLEC-FAC"]),
], [
    tally("arrested", 80, P, "activists detained in Luanda since January 2019",
          "Associação Justiça, Paz e Democracia"),
]))
