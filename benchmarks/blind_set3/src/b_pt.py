from common import ev, ta, doc, prev, shift, rng

D = []

P = "2024-04-16"  # terça
D.append(doc("f017", "pt", P, """Líder do MST é morto no sul do Pará; famílias ocupam fazenda

MARABÁ (PA) — Um líder do Movimento dos Trabalhadores Rurais Sem Terra (MST) foi morto a tiros por pistoleiros na noite de sexta-feira num acampamento em Eldorado do Carajás, no sudeste do Pará. Segundo testemunhas, dois homens encapuzados chegaram de moto e dispararam pelo menos cinco vezes.

No sábado, cerca de 600 famílias do MST ocuparam a sede de uma fazenda em Curionópolis, a 40 quilómetros dali, em protesto contra o assassinato.

Na segunda-feira, a Polícia Militar cumpriu uma ordem judicial de reintegração de posse e retirou as famílias da fazenda com bombas de efeito moral. Oito pessoas foram detidas, segundo a PM; o MST denunciou 12 feridos, nenhum em estado grave.

A Polícia Civil abriu no domingo um inquérito para apurar o homicídio e disse que ainda não há suspeitos identificados.

A Comissão Pastoral da Terra (CPT) registrou 31 assassinatos em conflitos no campo no país em 2023, o número mais alto desde 2017.

O governo do estado afirmou, em nota, que "não tolera a violência no campo" e que vai reforçar o policiamento na região. O MST anunciou uma marcha até Belém para a próxima semana.

Leia também: O que é a reintegração de posse""",
    [ev("ATT", prev(P, "fri"), "day", "BR", "Pará", "Eldorado do Carajás",
        "Unidentified armed group", "Civilians", "foi morto a tiros por pistoleiros", fat=1),
     ev("PP", prev(P, "sat"), "day", "BR", "Pará", "Curionópolis",
        "Movimento dos Trabalhadores Rurais Sem Terra", None,
        "cerca de 600 famílias do MST ocuparam", tags=["occupation"]),
     ev("PI", prev(P, "mon"), "day", "BR", "Pará", "Curionópolis",
        "Movimento dos Trabalhadores Rurais Sem Terra", "Military Police",
        "retirou as famílias da fazenda com bombas", tags=["occupation"], inj=12, arr=8,
        attr=["PM", "MST"]),
     ev("OTH", prev(P, "sun"), "day", "BR", "Pará", "Eldorado do Carajás", "Polícia Civil", None,
        "abriu no domingo um inquérito", tags=["investigation"])],
    [ta("deaths", 31, "2023-12", "killings in rural land conflicts in Brazil in 2023", "Comissão Pastoral da Terra")]))

P = "2024-12-26"  # quinta
D.append(doc("f018", "pt", P, """Moçambique: mortos e saques depois da validação dos resultados

MAPUTO — Manifestantes saquearam lojas e incendiaram uma esquadra da polícia na Matola na terça-feira, horas depois de o Conselho Constitucional ter validado os resultados das eleições gerais; a polícia respondeu com balas reais. A plataforma eleitoral Decide contou cinco mortos na cidade, enquanto o comandante-geral da Polícia da República de Moçambique (PRM) falou em três.

Na capital, no mesmo dia, grupos de jovens bloquearam a Avenida de Moçambique com pedras e contentores durante horas. Não houve registo de feridos.

Em Nampula, no norte, uma multidão invadiu e pilhou um armazém de alimentos na quarta-feira, segundo a rádio comunitária local.

A PRM deteve 78 pessoas em todo o país na terça-feira, disse o porta-voz da corporação.

Em conferência de imprensa na quarta-feira, o ministro do Interior afirmou que desde segunda-feira houve 236 atos de violência no país, com 21 mortos, incluindo dois polícias. A Decide fala em 56 mortos no mesmo período.

O candidato da oposição convocou "cinco dias de paralisação" a partir de sexta-feira.

Partilhe este artigo""",
    [ev("VD", shift(P, -2), "day", "MZ", "Maputo", "Matola", "Protesters", "Police",
        "saquearam lojas e incendiaram uma esquadra", fat=3, lo=3, hi=5,
        attr=["Decide", "comandante-geral da Polícia da República de Moçambique"]),
     ev("PP", shift(P, -2), "day", "MZ", "Cidade de Maputo", "Maputo", "Protesters", None,
        "bloquearam a Avenida de Moçambique", tags=["road_blockade"], fat=0, inj=0),
     ev("MV", shift(P, -1), "day", "MZ", "Nampula", "Nampula", "Rioters", None,
        "uma multidão invadiu e pilhou um armazém")],
    [ta("arrested", 78, shift(P, -2), "people detained across Mozambique on 24 December", "porta-voz da corporação"),
     ta("deaths", 21, shift(P, -1), "deaths in post-election violence in Mozambique since Monday 23 December", "ministro do Interior"),
     ta("deaths", 56, shift(P, -1), "deaths in post-election violence in Mozambique since Monday 23 December", "Decide")]))

P = "2023-10-19"  # quinta
D.append(doc("f019", "pt", P, """Operação na Penha deixa sete mortos; moradores incendeiam ônibus

RIO DE JANEIRO — Uma operação da Polícia Militar no Complexo da Penha, na Zona Norte do Rio, deixou ao menos sete mortos na madrugada de terça-feira, segundo a corporação. Houve intenso tiroteio entre policiais e traficantes do Comando Vermelho durante cerca de quatro horas, e dois policiais ficaram feridos. A Defensoria Pública fala em nove mortos e diz que pelo menos dois eram trabalhadores sem ligação com o crime.

À tarde, moradores atearam fogo a dois ônibus e bloquearam a Avenida Brasil em protesto contra as mortes. A PM dispersou o grupo com bombas de gás lacrimogêneo.

Na quarta-feira, cerca de 200 familiares e vizinhos das vítimas fizeram um ato pacífico em frente ao Palácio Guanabara, sede do governo estadual, com cartazes e fotos dos mortos.

Segundo o Instituto Fogo Cruzado, 112 pessoas foram mortas em operações policiais na região metropolitana desde janeiro. O sindicato das empresas de ônibus informou que 35 veículos foram incendiados no mesmo período.

O governador defendeu a ação e disse que a polícia "foi recebida a tiros".

Receba as notícias do Rio no seu e-mail""",
    [ev("AC", prev(P, "tue"), "day", "BR", "Rio de Janeiro", "Rio de Janeiro", "Military Police",
        "Comando Vermelho", "Houve intenso tiroteio entre policiais e traficantes",
        fat=7, lo=7, hi=9, inj=2, attr=["Polícia Militar", "Defensoria Pública"]),
     ev("VD", prev(P, "tue"), "day", "BR", "Rio de Janeiro", "Rio de Janeiro", "Protesters",
        "Military Police", "moradores atearam fogo a dois ônibus",
        tags=["road_blockade", "tear_gas"]),
     ev("PP", prev(P, "wed"), "day", "BR", "Rio de Janeiro", "Rio de Janeiro", "Protesters", None,
        "fizeram um ato pacífico em frente ao Palácio")],
    [ta("deaths", 112, P, "people killed in police operations in metropolitan Rio de Janeiro since January", "Instituto Fogo Cruzado")]))

D.append(doc("f020", "pt", "2024-09-20", """Professores ameaçam greve nacional no arranque do ano letivo

LISBOA — A Federação Nacional dos Professores (Fenprof) anunciou nesta sexta-feira que vai entregar um pré-aviso de greve nacional para os dias 15 e 16 de outubro caso o Governo não apresente, até ao fim do mês, uma proposta para a recuperação do tempo de serviço congelado.

«Não queremos voltar às ruas, mas não nos deixam alternativa», afirmou o secretário-geral da federação, Rui Andrade, numa conferência de imprensa em Lisboa. A Fenprof admite ainda convocar uma manifestação nacional para o início de novembro.

O ministro da Educação respondeu que «as portas do ministério estão abertas» e marcou uma reunião com os sindicatos para a próxima quarta-feira. Fonte do gabinete lembrou que as greves e protestos do ano passado deixaram milhares de alunos sem aulas durante semanas.

Também o Sindicato de Todos os Profissionais da Educação (Stop) ameaça avançar com uma greve por tempo indeterminado a partir de novembro, enquanto os diretores escolares pedem «estabilidade».

Os partidos da oposição acusaram o Governo de «empurrar os professores para o conflito». O Presidente da República apelou ao diálogo e disse esperar que «o bom senso prevaleça».

A PSP informou que não há, para já, qualquer manifestação comunicada para as próximas semanas."""))

P = "2026-02-12"  # quinta
D.append(doc("f021", "pt", P, """Greve de taxistas paralisa Luanda; saques em Cazenga e Viana

LUANDA — A greve de três dias convocada pela Associação Nacional dos Taxistas de Angola (ANATA) contra o aumento dos combustíveis paralisou Luanda na quarta-feira, com o comércio fechado e as ruas quase vazias.

Durante a tarde, grupos de jovens saquearam armazéns e lojas nos municípios de Cazenga e Viana. Pelo menos quatro pessoas morreram, segundo fontes hospitalares citadas pela Lusa. A Polícia Nacional disse ter detido 312 pessoas em Luanda no mesmo dia.

Nesta quinta-feira, o Governo Provincial de Luanda ordenou o encerramento das escolas da província até segunda-feira. Em Benguela, também nesta quinta-feira, dezenas de mototaxistas marcharam pacificamente até ao governo provincial para entregar um caderno reivindicativo.

Ao fim da tarde, a ANATA anunciou a suspensão da greve, alegando «razões de segurança».

O Observatório para a Coesão Social e Justiça fala em 11 mortos desde o início da semana e pede um inquérito independente.

O ministro de Estado para a Coordenação Económica disse que o preço do gasóleo «não vai baixar», mas prometeu subsídios aos taxistas licenciados.

© Todos os direitos reservados""",
    [ev("PP", prev(P, "wed"), "day", "AO", "Luanda", "Luanda",
        "Associação Nacional dos Taxistas de Angola", None, "paralisou Luanda na quarta-feira",
        tags=["strike"]),
     ev("MV", prev(P, "wed"), "day", "AO", "Luanda", "Cazenga", "Rioters", None,
        "grupos de jovens saquearam armazéns e lojas"),
     ev("MV", prev(P, "wed"), "day", "AO", "Luanda", "Viana", "Rioters", None,
        "grupos de jovens saquearam armazéns e lojas"),
     ev("OTH", P, "day", "AO", "Luanda", None, "Governo Provincial de Luanda", None,
        "ordenou o encerramento das escolas da província"),
     ev("PP", P, "day", "AO", "Benguela", "Benguela", "Protesters", None,
        "dezenas de mototaxistas marcharam pacificamente", tags=["march"]),
     ev("CHG", P, "day", "AO", "Luanda", "Luanda", "Associação Nacional dos Taxistas de Angola",
        None, "a ANATA anunciou a suspensão da greve")],
    [ta("deaths", 4, prev(P, "wed"), "deaths during the looting in Cazenga and Viana on 11 February", "fontes hospitalares"),
     ta("arrested", 312, prev(P, "wed"), "people detained in Luanda on 11 February", "Polícia Nacional"),
     ta("deaths", 11, P, "deaths in the unrest in Angola since the start of the week", "Observatório para a Coesão Social e Justiça")]))

P = "2022-07-30"  # sábado
D.append(doc("f022", "pt", P, """Cabo Delgado: insurgentes decapitam três civis; forças ruandesas retomam Mucojo

PEMBA — Insurgentes ligados ao Estado Islâmico atacaram na madrugada de segunda-feira a aldeia de Mbau, no distrito de Mocímboa da Praia, decapitando três civis e incendiando dezenas de casas, disseram à Lusa fontes locais.

No mesmo dia, os insurgentes raptaram nove crianças numa machamba perto da vila de Chiúre, segundo um líder comunitário.

As Forças de Defesa do Ruanda (RDF), em conjunto com as Forças Armadas de Defesa de Moçambique (FADM), retomaram na quarta-feira o controlo de Mucojo, no distrito de Macomia, após dois dias de combates com os insurgentes, que ocupavam a localidade desde maio, anunciou o porta-voz das RDF.

Na quinta-feira, um engenho explosivo deixado na estrada perto de Macomia explodiu à passagem de uma viatura civil, matando os dois ocupantes.

Desde 2017, o conflito já fez mais de 4.000 mortos, segundo organizações de monitorização, e quase um milhão de deslocados.

As autoridades provinciais pediram às populações que não regressem ainda às aldeias do litoral.

Siga-nos nas redes sociais""",
    [ev("ATT", prev(P, "mon"), "day", "MZ", "Cabo Delgado", "Mbau", "Islamic State", "Civilians",
        "decapitando três civis", fat=3, attr=["fontes locais"]),
     ev("ABD", prev(P, "mon"), "day", "MZ", "Cabo Delgado", "Chiúre", "Islamic State", "Civilians",
        "os insurgentes raptaram nove crianças"),
     ev("GRT", prev(P, "wed"), "day", "MZ", "Cabo Delgado", "Mucojo", "Rwanda Defence Force",
        "Islamic State", "retomaram na quarta-feira o controlo de Mucojo"),
     ev("IED", prev(P, "thu"), "day", "MZ", "Cabo Delgado", "Macomia", None, "Civilians",
        "um engenho explosivo deixado na estrada", fat=2)],
    [ta("deaths", 4000, P, "deaths in the Cabo Delgado conflict since 2017", "organizações de monitorização")]))

P = "2026-05-14"  # quinta
D.append(doc("f023", "pt", P, """Noites de distúrbios em Loures e na Amadora após morte de jovem baleado pela PSP

LISBOA — Um homem de 31 anos morreu na madrugada de segunda-feira no bairro da Quinta do Mocho, em Loures, depois de ser baleado por um agente da PSP durante uma perseguição, informou a Direção Nacional da PSP. Segundo a polícia, o homem tinha fugido a uma operação stop; a família diz que estava desarmado.

Nas noites de segunda e terça-feira, grupos de jovens incendiaram autocarros, caixotes do lixo e viaturas e apedrejaram agentes em Loures e na Amadora. A PSP deteve 11 pessoas e registou seis agentes feridos nos dois concelhos.

Na quarta-feira à tarde, cerca de 2.000 pessoas marcharam pacificamente da Quinta do Mocho até à Câmara Municipal de Loures, exigindo «justiça».

A ministra da Administração Interna disse que a Inspeção-Geral da Administração Interna (IGAI) vai abrir um inquérito à atuação do agente, que foi suspenso de funções.

O primeiro-ministro apelou à calma e garantiu que «a lei será cumprida».

Associações de moradores pediram calma e anunciaram uma vigília para sábado.

Leia mais: Os bairros da Grande Lisboa e a polícia""",
    [ev("ATT", prev(P, "mon"), "day", "PT", "Lisboa", "Loures", "Police", "Civilians",
        "depois de ser baleado por um agente", fat=1, attr=["Direção Nacional da PSP"]),
     ev("MV", rng(prev(P, "mon"), prev(P, "wed")), "range", "PT", "Lisboa", "Loures", "Rioters",
        "Police", "grupos de jovens incendiaram autocarros"),
     ev("MV", rng(prev(P, "mon"), prev(P, "wed")), "range", "PT", "Lisboa", "Amadora", "Rioters",
        "Police", "grupos de jovens incendiaram autocarros"),
     ev("PP", prev(P, "wed"), "day", "PT", "Lisboa", "Loures", "Protesters", None,
        "cerca de 2.000 pessoas marcharam pacificamente", tags=["march"])],
    [ta("arrested", 11, P, "people detained during the night unrest in Loures and Amadora", "PSP"),
     ta("injured", 6, P, "police officers injured during the night unrest in Loures and Amadora", "PSP")]))

P = "2026-09-15"  # terça
D.append(doc("f024", "pt", P, """Caminhoneiros bloqueiam rodovias em cinco estados contra alta do diesel

Caminhoneiros autônomos bloquearam na segunda-feira trechos de rodovias federais em pelo menos cinco estados, segundo a Polícia Rodoviária Federal (PRF).

Em Santa Catarina, a BR-101 ficou interditada por seis horas em Palhoça, na Grande Florianópolis. Em Mato Grosso, os manifestantes fecharam a BR-163 em Sorriso e em Lucas do Rio Verde, formando filas de mais de 20 quilômetros.

No Paraná, agentes da PRF usaram bombas de gás lacrimogêneo para desobstruir a BR-277 em Guarapuava e detiveram quatro caminhoneiros, segundo a corporação. Em Goiás e Minas Gerais houve bloqueios parciais, com passagem liberada para ambulâncias.

Em todo o país, 38 pessoas foram detidas ao longo do dia, informou a PRF.

Nesta terça-feira, em Brasília, a Associação Brasileira dos Condutores de Veículos Automotores (Abrava) anunciou a suspensão dos bloqueios depois de uma reunião com o Ministério dos Transportes, mas outras lideranças disseram que não se sentem representadas pela entidade.

A Petrobras anunciou na semana passada um reajuste de 9% no preço do diesel nas refinarias. O governo diz que vai estudar uma redução de impostos.

Acompanhe nossa cobertura ao vivo""",
    [ev("PP", prev(P, "mon"), "day", "BR", "Santa Catarina", "Palhoça", "Protesters", None,
        "a BR-101 ficou interditada por seis horas", tags=["road_blockade"]),
     ev("PP", prev(P, "mon"), "day", "BR", "Mato Grosso", "BR-163", "Protesters", None,
        "os manifestantes fecharam a BR-163", tags=["road_blockade"]),
     ev("PI", prev(P, "mon"), "day", "BR", "Paraná", "Guarapuava", "Protesters",
        "Polícia Rodoviária Federal", "usaram bombas de gás lacrimogêneo para desobstruir",
        tags=["road_blockade", "tear_gas"], arr=4, attr=["PRF"]),
     ev("PP", prev(P, "mon"), "day", "BR", "Goiás", None, "Protesters", None,
        "Em Goiás e Minas Gerais houve bloqueios", tags=["road_blockade"]),
     ev("PP", prev(P, "mon"), "day", "BR", "Minas Gerais", None, "Protesters", None,
        "Em Goiás e Minas Gerais houve bloqueios", tags=["road_blockade"]),
     ev("CHG", P, "day", "BR", "Distrito Federal", "Brasília",
        "Associação Brasileira dos Condutores de Veículos Automotores", None,
        "anunciou a suspensão dos bloqueios")],
    [ta("arrested", 38, prev(P, "mon"), "people detained nationwide during the truckers' blockades on 14 September", "PRF")]))
