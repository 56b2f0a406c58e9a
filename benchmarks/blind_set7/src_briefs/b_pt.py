"""Portuguese briefs p049-p064 (blind set 7)."""
from common import D, E, T, pub, prev, rng

U = "https://noticias.example.com/pt/"
DOCS = []

# p049 Peaceful protest by striking teachers
P = pub("2023-08-23", "wed")
DOCS.append(D("p049", "pt", P, U + "2023/08/23/porto-alegre-professores",
    "Professores da rede estadual em greve fizeram um ato nesta terça-feira em frente à "
    "Assembleia Legislativa, em Porto Alegre, para cobrar reajuste salarial. O protesto "
    "terminou sem incidentes, segundo a Brigada Militar.",
    [E("PP", prev(P, "tue"), "day", "BR", "Rio Grande do Sul", "Porto Alegre", "Protesters",
       None, "fizeram um ato nesta terça-feira em frente", tags=["strike"])]))

# p050 Protest with intervention: Military Police, tear gas, 3 detained
P = pub("2025-01-17", "fri")
DOCS.append(D("p050", "pt", P, U + "2025/01/17/bh-protesto-tarifa",
    "PM dispersa protesto contra aumento da passagem em BH\n"
    "A Polícia Militar usou bombas de gás lacrimogêneo na noite de quinta-feira para dispersar "
    "manifestantes que protestavam contra o aumento da tarifa de ônibus na Praça Sete, no centro "
    "de Belo Horizonte. Três pessoas foram detidas, segundo a Secretaria de Segurança Pública.",
    [E("PI", prev(P, "thu"), "day", "BR", "Minas Gerais", "Belo Horizonte", "Protesters",
       "Military Police", "usou bombas de gás lacrimogêneo na noite", tags=["tear_gas"], arr=3,
       attr=["Secretaria de Segurança Pública"])]))

# p051 Excessive force: rival figures + cumulative tally
P = pub("2026-06-16", "tue")
DOCS.append(D("p051", "pt", P, U + "2026/06/16/nampula-policia-dispara",
    "Polícia abre fogo contra manifestantes em Nampula\n"
    "Pelo menos dois manifestantes morreram baleados na segunda-feira em Nampula, quando a "
    "polícia disparou contra uma marcha contra o custo de vida, segundo o comando provincial da "
    "PRM. O Centro para Democracia e Direitos Humanos (CDD) fala em quatro mortos e contabiliza "
    "19 desde o início dos protestos.",
    [E("EF", prev(P, "mon"), "day", "MZ", "Nampula", "Nampula", "Protesters", "Police",
       "a polícia disparou contra uma marcha", tags=["march"], fat=2, low=2, high=4,
       attr=["comando provincial da PRM", "CDD"])],
    [T("deaths", 19, P, "deaths since the protests began", "CDD")]))

# p052 Attack on a village: relay (local sources cited by Lusa)
P = pub("2021-11-15", "mon")
DOCS.append(D("p052", "pt", P, U + "2021/11/15/macomia-chai-ataque",
    "Insurgentes ligados ao Estado Islâmico mataram quatro civis e incendiaram dezenas de casas "
    "na aldeia de Chai, distrito de Macomia, em Cabo Delgado, no sábado, segundo fontes locais "
    "citadas pela Lusa.",
    [E("ATK", prev(P, "sat"), "day", "MZ", "Cabo Delgado", "Chai", "Islamic State", "Civilians",
       "mataram quatro civis e incendiaram dezenas de casas", fat=4,
       attr=["fontes locais", "Lusa"])]))

# p053 Non-state actor overtakes territory
P = pub("2022-07-08", "fri")
DOCS.append(D("p053", "pt", P, U + "2022/07/08/mucojo-insurgentes",
    "Os insurgentes tomaram na quarta-feira o controlo da vila de Mucojo, no distrito de Macomia, "
    "após confrontos com as Forças de Defesa e Segurança (FDS), que recuaram para sul, disseram "
    "moradores à agência Lusa.",
    [E("NSO", prev(P, "wed"), "day", "MZ", "Cabo Delgado", "Mucojo", "Unidentified armed group",
       "Security forces", "tomaram na quarta-feira o controlo da vila")]))

# p054 Government regains territory
P = pub("2024-03-26", "tue")
DOCS.append(D("p054", "pt", P, U + "2024/03/26/quiterajo-recuperada",
    "As forças moçambicanas, apoiadas por tropas do Ruanda, recuperaram no domingo das mãos dos "
    "insurgentes o controlo de Quiterajo, em Cabo Delgado, após combates que duraram toda a "
    "manhã, anunciou o Ministério da Defesa. Não há balanço de vítimas.",
    [E("GRT", prev(P, "sun"), "day", "MZ", "Cabo Delgado", "Quiterajo", "Military",
       "Unidentified armed group", "recuperaram no domingo das mãos dos insurgentes")]))

# p055 Missile attack, "desta terça-feira" on a Tuesday
P = pub("2024-10-22", "tue")
DOCS.append(D("p055", "pt", P, U + "2024/10/22/odessa-misseis",
    "Duas pessoas morreram e nove ficaram feridas num ataque com mísseis balísticos russos "
    "contra o porto de Odessa na madrugada desta terça-feira, informou a administração militar "
    "regional.",
    [E("SHL", P, "day", "UA", "Odesa", "Odesa", "Military of Russia", "Civilians",
       "num ataque com mísseis balísticos russos", fat=2, inj=9,
       attr=["administração militar regional"])]))

# p056 Suicide bomb: rival figures, claim
P = pub("2019-12-07", "sat")
DOCS.append(D("p056", "pt", P, U + "2019/12/07/mogadiscio-atentado",
    "Um bombista suicida fez-se explodir à entrada de um restaurante movimentado em Mogadíscio na "
    "noite de sexta-feira. A polícia contou seis mortos; o serviço de ambulâncias Aamin fala em "
    "nove. O Al-Shabaab reivindicou o atentado.",
    [E("SUI", prev(P, "fri"), "day", "SO", "Banaadir", "Mogadishu", "Al-Shabaab", "Civilians",
       "Um bombista suicida fez-se explodir", fat=6, low=6, high=9,
       attr=["polícia", "serviço de ambulâncias Aamin"])]))

# p057 Chemical weapon (chloropicrin dropped by drones): chem beats air in the decision order
P = pub("2025-04-18", "fri")
DOCS.append(D("p057", "pt", P, U + "2025/04/18/pokrovsk-cloropicrina",
    "As Forças Armadas da Ucrânia acusaram as tropas russas de lançar, a partir de drones, "
    "granadas com cloropicrina sobre posições perto de Pokrovsk, na região de Donetsk, na "
    "quarta-feira. Segundo o Estado-Maior, cinco soldados foram tratados por intoxicação.",
    [E("CHEM", prev(P, "wed"), "day", "UA", "Donetsk", "Pokrovsk", "Military of Russia",
       "Military of Ukraine", "granadas com cloropicrina sobre posições perto de Pokrovsk",
       inj=5, attr=["Estado-Maior"])]))

# p058 Disrupted weapons use
P = pub("2023-02-16", "thu")
DOCS.append(D("p058", "pt", P, U + "2023/02/16/ancuabe-engenho-desativado",
    "Militares ruandeses desativaram na terça-feira um engenho explosivo artesanal colocado na "
    "berma da estrada N380, perto de Ancuabe, em Cabo Delgado, informou uma fonte militar.",
    [E("DWU", prev(P, "tue"), "day", "MZ", "Cabo Delgado", "Ancuabe", "Military of Rwanda",
       None, "desativaram na terça-feira um engenho explosivo artesanal")]))

# p059 Grenade against a police car
P = pub("2022-05-14", "sat")
DOCS.append(D("p059", "pt", P, U + "2022/05/14/mare-granada",
    "Dois policiais militares ficaram feridos quando criminosos lançaram uma granada contra a "
    "viatura em que estavam no Complexo da Maré, zona norte do Rio, na madrugada deste sábado, "
    "segundo a PM.",
    [E("GRN", P, "day", "BR", "Rio de Janeiro", "Complexo da Maré", "Unidentified armed group",
       "Military Police", "lançaram uma granada contra a viatura", inj=2, attr=["PM"])]))

# p060 Agreement + the blockade it ends
P = pub("2018-09-14", "fri")
DOCS.append(D("p060", "pt", P, U + "2018/09/14/sinop-br163-liberada",
    "BR-163 liberada em Sinop\n"
    "Caminhoneiros que bloqueavam a BR-163 em Sinop (MT) desde quarta-feira liberaram a rodovia "
    "nesta sexta após fechar acordo com a concessionária sobre o valor do pedágio.",
    [E("AGR", P, "day", "BR", "Mato Grosso", "Sinop", "Protesters", "Toll road operator",
       "liberaram a rodovia nesta sexta após fechar acordo"),
     E("PP", rng(prev(P, "wed"), P), "range", "BR", "Mato Grosso", "Sinop", "Protesters", None,
       "bloqueavam a BR-163 em Sinop (MT) desde", tags=["road_blockade"])]))

# p061 Arrests before a protest; rival figures -> lowest
P = pub("2024-06-10", "mon")
DOCS.append(D("p061", "pt", P, U + "2024/06/10/luanda-ativistas-detidos",
    "A Polícia Nacional deteve no sábado, em Luanda, ativistas que se preparavam para uma "
    "manifestação contra a falta de água nos bairros periféricos: 12, segundo a polícia, e 17, "
    "segundo o Movimento de Estudantes Angolanos.",
    [E("ARR", prev(P, "sat"), "day", "AO", "Luanda", "Luanda", "Police", "Activists",
       "A Polícia Nacional deteve no sábado, em Luanda", arr=12,
       attr=["polícia", "Movimento de Estudantes Angolanos"])]))

# p062 Looting/property destruction: vandalised party office, nobody arrested -> 0
P = pub("2020-10-19", "mon")
DOCS.append(D("p062", "pt", P, U + "2020/10/19/ribeirao-preto-sede-pt",
    "A sede do diretório municipal do PT em Ribeirão Preto (SP) foi depredada durante a "
    "madrugada de domingo, com vidros quebrados e pichações nas paredes. Ninguém foi preso até o "
    "momento.",
    [E("LPD", prev(P, "sun"), "day", "BR", "São Paulo", "Ribeirão Preto", None, "PT",
       "foi depredada durante a madrugada de domingo", arr=0)]))

# p063 negative: general strike called for a future date
P = pub("2021-09-20", "mon")
DOCS.append(D("p063", "pt", P, U + "2021/09/20/centrais-greve-geral",
    "Centrais sindicais convocam greve geral\n"
    "As principais centrais sindicais anunciaram nesta segunda-feira uma greve geral para 9 de "
    "outubro contra a reforma administrativa, com paralisação dos transportes prevista em São "
    "Paulo e no Rio de Janeiro."))

# p064 Violent demonstration + curfew the same evening
P = pub("2025-11-20", "thu")
DOCS.append(D("p064", "pt", P, U + "2025/11/20/bissau-recolher-obrigatorio",
    "Recolher obrigatório em Bissau após confrontos\n"
    "Manifestantes queimaram pneus e atiraram pedras contra a polícia no bairro de Bandim, em "
    "Bissau, nesta quinta-feira, em protesto contra os cortes de energia; a polícia respondeu com "
    "gás lacrimogéneo. À noite, o Governo decretou recolher obrigatório na capital.",
    [E("VD", P, "day", "GW", "Bissau", "Bandim", "Protesters", "Police",
       "atiraram pedras contra a polícia no bairro", tags=["tear_gas"]),
     E("OTH", P, "day", "GW", "Bissau", "Bissau", "Government of Guinea-Bissau", None,
       "o Governo decretou recolher obrigatório na capital", tags=["curfew"])]))
