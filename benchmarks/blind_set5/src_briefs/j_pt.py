"""Portuguese briefs j033-j048: text beside gold."""
from common import D, E, T, prev, same, shift, rng

P33 = "2026-03-04"
P34 = "2023-09-21"
P35 = "2019-11-25"
P36 = "2022-11-14"
P37 = "2025-01-10"
P38 = "2024-06-14"
P39 = "2024-08-24"
P40 = "2018-05-07"
P41 = "2025-02-20"
P42 = "2026-05-08"
P43 = "2025-06-17"
P44 = "2021-02-09"
P46 = "2026-01-19"

DOCS = [
    D("j033", P33,
      "Os estivadores do porto de Setúbal paralisaram o trabalho na segunda e na terça-feira, deixando navios por descarregar. "
      "Nesta quarta-feira, o Sindicato dos Estivadores e da Actividade Logística (SEAL) anunciou a suspensão da greve para retomar as negociações.",
      [E("PP", rng(prev(P33, "mon"), prev(P33, "tue")), "range", "PT", "Setúbal", "Setúbal", "Protesters", None,
         "paralisaram o trabalho na segunda e na terça-feira", tags=["strike"]),
       E("CHG", same(P33, "wed"), "day", "PT", "Setúbal", "Setúbal", "Sindicato dos Estivadores e da Actividade Logística", None,
         "anunciou a suspensão da greve")]),
    D("j034", P34,
      "Bombas de gás lacrimogêneo e balas de borracha foram usadas pela Polícia Militar, ontem de manhã, para desobstruir a BR-163 em Sinop (MT), "
      "bloqueada desde a madrugada por indígenas contrários ao marco temporal. Ninguém foi detido, segundo a corporação.",
      [E("PWI", shift(P34, -1), "day", "BR", "Mato Grosso", "Sinop", "Indigenous communities", "Military Police",
         "para desobstruir a BR-163 em Sinop", tags=["road_blockade", "tear_gas"], arr=0, attr=["Polícia Militar"])]),
    D("j035", P35,
      "Dois jovens morreram baleados pela polícia durante uma manifestação contra a subida do preço dos táxis no Lubango, na sexta-feira, "
      "segundo a associação Omunga. A Polícia Nacional admite apenas uma morte.",
      [E("EF", prev(P35, "fri"), "day", "AO", "Huíla", "Lubango", "Protesters", "Police",
         "Dois jovens morreram baleados pela polícia", fat=1, lo=1, hi=2, attr=["Omunga", "Polícia Nacional"])]),
    D("j036", P36,
      "Moradores de Paraisópolis atearam fogo a pneus e a dois ônibus e atiraram pedras contra policiais militares na noite de domingo, "
      "em protesto pela morte de um jovem durante uma abordagem. Três pessoas foram detidas, informou a Secretaria da Segurança Pública.",
      [E("VD", prev(P36, "sun"), "day", "BR", "São Paulo", "São Paulo", "Protesters", "Military Police",
         "atearam fogo a pneus e a dois ônibus", arr=3, attr=["Secretaria da Segurança Pública"])]),
    D("j037", P37,
      "Grupos de jovens saquearam armazéns e lojas no bairro do Infulene, na Matola, durante a noite de quinta-feira, segundo moradores. "
      "A polícia não avançou números de detidos.",
      [E("MV", prev(P37, "thu"), "day", "MZ", "Maputo", "Matola", "Rioters", None,
         "Grupos de jovens saquearam armazéns e lojas")]),
    D("j038", P38,
      "As Forças Armadas de Defesa de Moçambique (FADM) recuperaram ontem o controlo da sede do posto administrativo de Mucojo, no distrito de Macomia, "
      "após combates com insurgentes, disse à Lusa uma fonte militar, sem avançar número de vítimas.",
      [E("GRT", shift(P38, -1), "day", "MZ", "Cabo Delgado", "Mucojo", "Forças Armadas de Defesa de Moçambique", "Unidentified armed group",
         "recuperaram ontem o controlo da sede")]),
    D("j039", P39,
      "ODESSA - Um ataque de drones russos contra um prédio residencial fez três mortos e 12 feridos na madrugada deste sábado, "
      "segundo o governador regional.",
      [E("AIR", same(P39, "sat"), "day", "UA", "Odesa Oblast", "Odesa", "Military of Russia", "Civilians",
         "Um ataque de drones russos contra um prédio", fat=3, inj=12, attr=["governador regional"])]),
    D("j040", P40,
      "Dois policiais militares ficaram feridos depois que traficantes do Comando Vermelho lançaram uma granada contra a base da UPP "
      "no Complexo do Alemão, na Zona Norte do Rio, na noite de sábado.",
      [E("GRN", prev(P40, "sat"), "day", "BR", "Rio de Janeiro", "Rio de Janeiro", "Comando Vermelho", "Military Police",
         "lançaram uma granada contra a base da UPP", inj=2)]),
    D("j041", P41,
      "O Sindicato dos Médicos do Sudão acusou o exército de ter lançado, a partir de aviões, bombas com gás cloro sobre bairros de Mellit, "
      "no Darfur do Norte, na terça-feira. Três crianças morreram asfixiadas, segundo o sindicato.",
      [E("CHM", prev(P41, "tue"), "day", "SD", "North Darfur", "Mellit", "Military", "Civilians",
         "bombas com gás cloro sobre bairros de Mellit", fat=3, attr=["Sindicato dos Médicos do Sudão"])]),
    D("j042", P42,
      "Pistoleiros mataram dois trabalhadores rurais sem-terra num acampamento em Anapu, no Pará, na quarta-feira, denunciou a Comissão Pastoral da Terra (CPT). "
      "Com estas mortes, sobe para 11 o número de assassinatos em conflitos no campo no estado este ano, segundo a entidade.",
      [E("ATK", prev(P42, "wed"), "day", "BR", "Pará", "Anapu", "Unidentified armed group", "Civilians",
         "Pistoleiros mataram dois trabalhadores rurais sem-terra", fat=2, attr=["Comissão Pastoral da Terra"])],
      [T("deaths", 11, P42, "killings in rural land conflicts in Pará this year", "Comissão Pastoral da Terra")]),
    D("j043", P43,
      "A Amnistia Internacional acusa militares moçambicanos de terem violado pelo menos sete mulheres numa aldeia do distrito de Mecula, no Niassa, em março.",
      [E("SEX", "2025-03", "month", "MZ", "Niassa", "Mecula", "Military", "Civilians",
         "terem violado pelo menos sete mulheres")]),
    D("j044", P44,
      "Forças de segurança invadiram no domingo a sede do PAIGC em Bissau e detiveram pelo menos oito militantes, segundo o partido. "
      "Na segunda-feira, o Ministério Público anunciou a abertura de um inquérito contra os detidos por alegado atentado contra a segurança do Estado.",
      [E("ARR", prev(P44, "sun"), "day", "GW", "Bissau", "Bissau", "Security forces", "PAIGC",
         "detiveram pelo menos oito militantes", arr=8, attr=["PAIGC"]),
       E("OTH", prev(P44, "mon"), "day", "GW", "Bissau", "Bissau", "Ministério Público", "PAIGC",
         "anunciou a abertura de um inquérito", tags=["investigation"])]),
    D("j045", "2019-07-15",
      "A Frente para a Libertação do Enclave de Cabinda - Forças Armadas de Cabinda (FLEC-FAC) afirmou, num comunicado, "
      "ter instalado um novo quartel-general na floresta do Maiombe, em Cabinda.",
      [E("HQ", None, "unknown", "AO", "Cabinda", "Maiombe", "FLEC-FAC", None,
         "ter instalado um novo quartel-general")]),
    D("j046", P46,
      "As tropas ruandesas retiraram-se no sábado da vila de Palma, em Cabo Delgado, que passou sem incidentes para o controlo das FADM, "
      "segundo as autoridades distritais.",
      [E("NVT", prev(P46, "sat"), "day", "MZ", "Cabo Delgado", "Palma", "Forças Armadas de Defesa de Moçambique", "Military of Rwanda",
         "retiraram-se no sábado da vila de Palma")]),
    # negatives
    D("j047", "2025-04-02",
      "O MST convocou os seus militantes para uma jornada nacional de ocupações e marchas a partir de 15 de abril, "
      "para exigir o assentamento de 100 mil famílias acampadas."),
    D("j048", "2018-11-21",
      "Livro revisita as greves do ABC\n"
      "Um historiador da Unicamp lança nesta semana um livro sobre as greves metalúrgicas do ABC paulista no fim dos anos 1970, "
      "que projetaram uma geração de líderes sindicais."),
]
