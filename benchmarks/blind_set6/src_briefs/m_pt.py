"""Portuguese briefs m033-m048 (text beside gold)."""
from common import D, E, T, pub, same, prev, shift, rng

DOCS = []
add = DOCS.append

# m033 Union ends a strike (Change to group/activity) + the march before the vote
P = pub("2025-04-04", "fri")
add(D("m033", "pt", P,
      "Professores da rede estadual reunidos pelo Sind-UTE aprovaram nesta sexta-feira, em assembleia "
      "em Belo Horizonte, o fim da greve. Antes da votação, cerca de 5 mil docentes marcharam pela "
      "Avenida Afonso Pena até a Assembleia Legislativa de Minas Gerais.",
      [E("CHG", same(P, "fri"), "day", "BR", "Minas Gerais", "Belo Horizonte", "Sind-UTE", None,
         "o fim da greve", tags=["strike"]),
       E("PP", same(P, "fri"), "day", "BR", "Minas Gerais", "Belo Horizonte", "Protesters", None,
         "cerca de 5 mil docentes marcharam", tags=["march"])]))

# m034 Blockade removed by force, arrests; 'ontem'; passive
P = pub("2023-11-16", "thu")
add(D("m034", "pt", P,
      "Ativistas climáticos que bloqueavam a Segunda Circular, em Lisboa, foram retirados à força pela "
      "PSP na manhã de ontem. Doze pessoas foram detidas, segundo a polícia.",
      [E("PI", shift(P, -1), "day", "PT", "Lisboa", "Lisboa", "Protesters", "Police",
         "foram retirados à força pela PSP", tags=["road_blockade"], arr=12, attr=["polícia"])]))

# m035 Violent demonstration with rival tolls + post-election tally
P = pub("2018-10-18", "thu")
add(D("m035", "pt", P,
      "Apoiantes da Renamo atiraram pedras contra a polícia em Nampula na terça-feira, em protesto "
      "contra os resultados autárquicos, e os agentes responderam com gás lacrimogéneo e balas reais. "
      "O hospital central contou três mortos; a Renamo fala em cinco. Desde a votação, 11 pessoas "
      "morreram em confrontos pós-eleitorais, segundo a Plataforma Decide.",
      [E("VD", prev(P, "tue"), "day", "MZ", "Nampula", "Nampula", "Supporters of Renamo", "Police",
         "atiraram pedras contra a polícia em Nampula", tags=["tear_gas"], fat=3, low=3, high=5,
         attr=["hospital central", "Renamo"])],
      [T("deaths", 11, P, "deaths in post-election clashes in Mozambique since the municipal vote",
         "Plataforma Decide")]))

# m036 Armed clash between two armed groups
P = pub("2021-05-22", "sat")
add(D("m036", "pt", P,
      "Um tiroteio entre traficantes do Comando Vermelho e milicianos que disputam território na zona "
      "oeste do Rio de Janeiro deixou quatro mortos na noite de quinta-feira, informou a Polícia "
      "Militar.",
      [E("AC", prev(P, "thu"), "day", "BR", "Rio de Janeiro", "Rio de Janeiro", "Comando Vermelho",
         "Militia", "Um tiroteio entre traficantes do Comando Vermelho", fat=4,
         attr=["Polícia Militar"])]))

# m037 Non-state actor overtakes territory; no date; relay through Lusa
P = pub("2026-02-12", "thu")
add(D("m037", "pt", P,
      "Insurgentes ocuparam a vila-sede de Ancuabe, em Cabo Delgado, após várias horas de combates com "
      "as Forças de Defesa e Segurança, disse à Lusa uma fonte local. Não há números de vítimas.",
      [E("NSO", None, "unknown", "MZ", "Cabo Delgado", "Ancuabe", "Unidentified armed group",
         "Security forces", "Insurgentes ocuparam a vila-sede de Ancuabe")]))

# m038 Drone strike; relay through Lusa
P = pub("2025-03-19", "wed")
add(D("m038", "pt", P,
      "Um ataque de drone israelita contra uma viatura matou dois membros do Hezbollah perto de "
      "Nabatieh, no sul do Líbano, esta quarta-feira, disse à Lusa uma fonte de segurança libanesa.",
      [E("AIR", same(P, "wed"), "day", "LB", "Nabatieh", "Nabatieh", "Military of Israel", "Hezbollah",
         "Um ataque de drone israelita contra uma viatura", fat=2, attr=["fonte de segurança"])]))

# m039 Shelling; nominal headline
P = pub("2024-08-27", "tue")
add(D("m039", "pt", P,
      "Bombardeamento russo mata duas pessoas em Sumy\n"
      "A artilharia russa atingiu um bairro residencial da cidade de Sumy na noite de segunda-feira, "
      "matando duas pessoas e ferindo outras sete, segundo a administração militar regional.",
      [E("SHL", prev(P, "mon"), "day", "UA", "Sumy Oblast", "Sumy", "Military of Russia", "Civilians",
         "A artilharia russa atingiu um bairro residencial", fat=2, inj=7,
         attr=["administração militar regional"])]))

# m040 Grenade; passive, attacker never mentioned
P = pub("2023-09-10", "sun")
add(D("m040", "pt", P,
      "Uma granada foi arremessada contra uma base comunitária da Polícia Militar em Salvador na "
      "madrugada deste domingo. Dois policiais ficaram feridos sem gravidade.",
      [E("GRN", same(P, "sun"), "day", "BR", "Bahia", "Salvador", None, "Military Police",
         "Uma granada foi arremessada contra uma base", inj=2)]))

# m041 Suicide bomb; rival tolls, one relayed through AFP
P = pub("2019-06-18", "tue")
add(D("m041", "pt", P,
      "Uma bombista suicida fez-se explodir num mercado de Konduga, no estado nigeriano de Borno, ontem "
      "à tarde. Um dirigente da milícia civil contou seis mortos, enquanto uma fonte hospitalar citada "
      "pela AFP apontou nove. O ataque não foi reivindicado.",
      [E("SUI", shift(P, -1), "day", "NG", "Borno", "Konduga", "Unidentified armed group", "Civilians",
         "Uma bombista suicida fez-se explodir num mercado", fat=6, low=6, high=9,
         attr=["dirigente da milícia civil", "fonte hospitalar"])]))

# m042 Attack on civilians by gunmen
P = pub("2020-10-12", "mon")
add(D("m042", "pt", P,
      "Pistoleiros encapuzados atacaram a tiros um acampamento guarani-kaiowá em Dourados (MS) na noite "
      "de sábado, matando um jovem e ferindo outros dois, segundo o Conselho Indigenista Missionário "
      "(Cimi).",
      [E("ATK", prev(P, "sat"), "day", "BR", "Mato Grosso do Sul", "Dourados", "Unidentified armed group",
         "Civilians", "Pistoleiros encapuzados atacaram a tiros um acampamento", fat=1, inj=2,
         attr=["Conselho Indigenista Missionário"])]))

# m043 Arrests on the eve of a planned demonstration (the demonstration is not an event)
P = pub("2022-07-16", "sat")
add(D("m043", "pt", P,
      "A Polícia Nacional deteve na noite de sexta-feira, em Luanda, 14 jovens ativistas reunidos numa "
      "casa, na véspera de uma manifestação contra o custo de vida prevista para hoje, denunciou o "
      "advogado do grupo.",
      [E("ARR", prev(P, "fri"), "day", "AO", "Luanda", "Luanda", "Police", "Activists",
         "A Polícia Nacional deteve na noite de sexta-feira", arr=14, attr=["advogado"])]))

# m044 Disrupted weapons use; passive
P = pub("2024-03-06", "wed")
add(D("m044", "pt", P,
      "Um engenho explosivo artesanal foi desativado ontem à noite pela PSP junto à sede distrital de "
      "um partido no Porto. A zona esteve isolada durante três horas e a Polícia Judiciária investiga "
      "a autoria.",
      [E("DWU", shift(P, -1), "day", "PT", "Porto", "Porto", "Police", None,
         "Um engenho explosivo artesanal foi desativado")]))

# m045 Property destruction by criminals over a night (range); zero injured
P = pub("2025-11-12", "wed")
add(D("m045", "pt", P,
      "Criminosos incendiaram pelo menos seis ônibus e uma agência bancária em Fortaleza entre a noite "
      "de terça e a madrugada desta quarta-feira, em retaliação à transferência de líderes de facção "
      "para presídios federais. Ninguém ficou ferido, segundo a Secretaria da Segurança Pública.",
      [E("LPD", rng(prev(P, "tue"), same(P, "wed")), "range", "BR", "Ceará", "Fortaleza",
         "Unidentified armed group", None, "Criminosos incendiaram pelo menos seis ônibus", inj=0,
         attr=["Secretaria da Segurança Pública"])]))

# m046 Non-violent transfer of territory
P = pub("2026-01-20", "tue")
add(D("m046", "pt", P,
      "As Forças Armadas congolesas retiraram-se de Pinga, no Kivu do Norte, sem oferecer resistência, "
      "e os rebeldes do M23 entraram na localidade no domingo, segundo fontes da sociedade civil.",
      [E("NVT", prev(P, "sun"), "day", "CD", "North Kivu", "Pinga", "M23", "Military",
         "os rebeldes do M23 entraram na localidade")]))

# m047 Negative: Senate vote; past strikes only as a generic wave
P = pub("2025-06-04", "wed")
add(D("m047", "pt", P,
      "O Senado aprovou na terça-feira o projeto que reajusta o piso salarial nacional dos professores, "
      "uma reivindicação antiga da categoria, que fez várias greves nos últimos anos."))

# m048 Negative: strike voted for a future date
P = pub("2023-11-23", "thu")
add(D("m048", "pt", P,
      "Os metroviários de São Paulo aprovaram em assembleia, na noite de ontem, uma greve de 24 horas a "
      "partir da próxima terça-feira contra a privatização de linhas do Metrô."))
