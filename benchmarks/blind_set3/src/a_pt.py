from common import ev, ta, doc, prev, shift, rng

D = []
P = "2023-05-16"  # terça
D.append(doc("e033", "pt", P, """BELO HORIZONTE — Professores da rede estadual em greve há três semanas fizeram nesta terça-feira um ato em frente à Assembleia Legislativa de Minas Gerais, em Belo Horizonte, para cobrar o pagamento do piso salarial. O protesto, organizado pelo Sind-UTE, terminou no fim da tarde sem incidentes.""",
    [ev("PP", P, "day", "BR", "Minas Gerais", "Belo Horizonte", "Sind-UTE", None,
        "fizeram nesta terça-feira um ato", tags=["strike"])]))

P = "2023-07-31"  # segunda
D.append(doc("e034", "pt", P, """A Polícia Nacional dispersou com gás lacrimogéneo uma manifestação de taxistas em Luanda no sábado e deteve 17 pessoas, segundo o porta-voz do Comando Provincial de Luanda. Os taxistas protestavam contra o aumento do preço dos combustíveis.""",
    [ev("PI", prev(P, "sat"), "day", "AO", "Luanda", "Luanda", "Protesters", "Police",
        "dispersou com gás lacrimogéneo uma manifestação de taxistas",
        tags=["tear_gas"], arr=17, attr=["Comando Provincial de Luanda"])]))

P = "2024-11-07"  # quinta
D.append(doc("e035", "pt", P, """Manifestantes ergueram barricadas com pneus em chamas e atiraram pedras contra agentes da polícia em Nampula, no norte de Moçambique, na quarta-feira, em protesto contra os resultados eleitorais. Dois agentes ficaram feridos, disse o comandante provincial da PRM.""",
    [ev("VD", prev(P, "wed"), "day", "MZ", "Nampula", "Nampula", "Protesters", "Police",
        "atiraram pedras contra agentes da polícia", inj=2,
        attr=["comandante provincial da PRM"])]))

P = "2019-10-21"  # segunda
D.append(doc("e036", "pt", P, """Moradores de um bairro de Guarujá, no litoral de São Paulo, espancaram até a morte na noite de sábado um homem suspeito de ter assaltado uma padaria, segundo a Polícia Civil. Ninguém foi preso até agora.""",
    [ev("MV", prev(P, "sat"), "day", "BR", "São Paulo", "Guarujá", "Rioters", "Civilians",
        "espancaram até a morte na noite de sábado", fat=1, arr=0,
        attr=["Polícia Civil"])]))

P = "2020-11-02"  # segunda
D.append(doc("e037", "pt", P, """Insurgentes ligados ao Estado Islâmico tomaram a vila de Muidumbe, na província de Cabo Delgado, após combates com as Forças de Defesa e Segurança entre quarta e sexta-feira da semana passada, disseram à agência Lusa fontes locais.""",
    [ev("NSO", rng(shift(P, -5), shift(P, -3)), "range", "MZ", "Cabo Delgado", "Muidumbe",
        "Islamic State", "Security forces", "tomaram a vila de Muidumbe")]))

P = "2024-05-13"  # segunda
D.append(doc("e038", "pt", P, """As Forças de Apoio Rápido (RSF) dispararam obuses de artilharia contra o mercado central de El Fasher, no Darfur do Norte, no domingo, matando pelo menos 15 civis, segundo a Rede de Médicos do Sudão.""",
    [ev("SHL", prev(P, "sun"), "day", "SD", "North Darfur", "El Fasher",
        "Rapid Support Forces", "Civilians", "dispararam obuses de artilharia contra o mercado",
        fat=15, attr=["Rede de Médicos do Sudão"])]))

P = "2022-08-27"  # sábado
D.append(doc("e039", "pt", P, """Criminosos lançaram uma granada contra uma viatura da Polícia Militar em São Gonçalo, na Região Metropolitana do Rio, na noite de sexta-feira. Um policial ficou ferido por estilhaços e foi levado ao Hospital Estadual Alberto Torres.""",
    [ev("GRN", prev(P, "fri"), "day", "BR", "Rio de Janeiro", "São Gonçalo",
        "Unidentified armed group", "Military Police",
        "Criminosos lançaram uma granada contra uma viatura", inj=1)]))

P = "2024-06-06"  # quinta
D.append(doc("e040", "pt", P, """Três militares ucranianos foram hospitalizados com sintomas de intoxicação depois de drones russos terem lançado granadas com cloropicrina sobre as suas posições perto de Huliaipole, na região de Zaporíjia, na terça-feira, informou o Estado-Maior das Forças Armadas da Ucrânia.""",
    [ev("CHEM", prev(P, "tue"), "day", "UA", "Zaporizhzhia Oblast", "Huliaipole",
        "Military of Russia", "Military of Ukraine", "lançado granadas com cloropicrina",
        inj=3, attr=["Estado-Maior das Forças Armadas da Ucrânia"])]))

P = "2021-03-09"  # terça
D.append(doc("e041", "pt", P, """Elementos do grupo armado UPC violaram pelo menos nove mulheres numa aldeia a norte de Bambari, na República Centro-Africana, no fim de semana, denunciou uma organização humanitária que presta apoio às vítimas.""",
    [ev("SEX", rng(prev(P, "sat"), prev(P, "sun")), "range", "CF", "Ouaka", "Bambari", "UPC",
        "Civilians", "violaram pelo menos nove mulheres")]))

P = "2018-05-31"  # quinta
D.append(doc("e042", "pt", P, """Caminhoneiros liberaram na noite de quarta-feira a BR-116 em Feira de Santana (BA), bloqueada desde segunda, depois de um acordo com o governo da Bahia sobre o preço do diesel. O trânsito foi normalizado nesta quinta.""",
    [ev("AGR", prev(P, "wed"), "day", "BR", "Bahia", "Feira de Santana", "Protesters",
        "Government of Bahia", "depois de um acordo com o governo"),
     ev("PP", rng(prev(P, "mon"), prev(P, "wed")), "range", "BR", "Bahia", "Feira de Santana",
        "Protesters", None, "bloqueada desde segunda", tags=["road_blockade"])]))

P = "2021-12-20"  # segunda
D.append(doc("e043", "pt", P, """A autoproclamada Junta Militar da Renamo anunciou no domingo, na serra da Gorongosa, que os seus últimos combatentes depõem as armas e aderem ao processo de desmobilização, informou a agência Lusa.""",
    [ev("CHG", prev(P, "sun"), "day", "MZ", "Sofala", "Gorongosa", "Junta Militar da Renamo",
        None, "depõem as armas")]))

P = "2023-02-06"  # segunda
D.append(doc("e044", "pt", P, """BRASÍLIA — O Esquadrão Antibombas da Polícia Militar do Distrito Federal detonou de forma controlada, nesta segunda-feira, um artefato explosivo encontrado sob um caminhão-tanque estacionado perto da Rodoviária de Brasília. Ninguém ficou ferido.""",
    [ev("DWU", P, "day", "BR", "Distrito Federal", "Brasília", "Military Police", None,
        "detonou de forma controlada", fat=0, inj=0)]))

P = "2023-09-18"  # segunda
D.append(doc("e045", "pt", P, """Homens encapuzados incendiaram na madrugada de sábado quatro máquinas agrícolas e um galpão de uma fazenda em São Félix do Xingu, no sul do Pará. Os funcionários foram rendidos mas não sofreram ferimentos, segundo a Polícia Civil.""",
    [ev("LOOT", prev(P, "sat"), "day", "BR", "Pará", "São Félix do Xingu",
        "Unidentified armed group", None, "Homens encapuzados incendiaram na madrugada de sábado",
        fat=0, inj=0, attr=["Polícia Civil"])]))

P = "2017-08-10"  # quinta
D.append(doc("e046", "pt", P, """O Ministério Público de São Paulo abriu nesta quinta-feira inquérito para apurar a morte de um estudante de 22 anos atingido na cabeça por uma bala de borracha disparada pela Polícia Militar durante um protesto na Avenida Paulista no dia 3.""",
    [ev("OTH", P, "day", "BR", "São Paulo", "São Paulo", "Ministério Público de São Paulo", None,
        "abriu nesta quinta-feira inquérito", tags=["investigation"]),
     ev("EF", "2017-08-03", "day", "BR", "São Paulo", "São Paulo", "Protesters", "Military Police",
        "durante um protesto na Avenida Paulista", fat=1)]))

D.append(doc("e047", "pt", "2025-10-15", """Aeroporto de Lisboa simula ataque terrorista
Cerca de 300 operacionais da PSP, do INEM e dos bombeiros participaram nesta quarta-feira num exercício que simulou um ataque com explosivos e a tomada de reféns no Terminal 1 do Aeroporto de Lisboa. O cenário incluiu 40 «feridos» e dois «mortos», interpretados por voluntários."""))

D.append(doc("e048", "pt", "2024-04-08", """Palmeiras massacra o Santos e fica com o título
O Palmeiras bombardeou a área santista do primeiro ao último minuto e goleou por 4 a 0 no domingo. «Foi um ataque sem tréguas», resumiu o técnico, depois de uma final em que a torcida invadiu o gramado apenas para festejar."""))
