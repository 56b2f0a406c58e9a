from common import D, E, T

D("d017", "pt", "2018-04-12", """Conflito agrário: pistoleiros atacam acampamento sem-terra em Anapu

BELÉM — Homens armados atacaram na madrugada de segunda-feira um acampamento do Movimento dos Trabalhadores Rurais Sem Terra (MST) numa fazenda em Anapu, no sudoeste do Pará, matando dois agricultores e ferindo outros quatro, segundo a Comissão Pastoral da Terra (CPT). A Polícia Civil confirmou uma morte e disse que a segunda vítima ainda não foi identificada.

Cerca de 150 famílias ocupavam a área, que reivindicam para a reforma agrária.

Na terça-feira, cerca de 300 integrantes do MST bloquearam a rodovia Transamazônica (BR-230) em Anapu em protesto contra o ataque. O bloqueio foi desfeito pela Polícia Rodoviária Federal (PRF) no fim da tarde, sem confrontos.

Na quarta-feira, a Polícia Civil prendeu em Altamira um fazendeiro suspeito de ter contratado os pistoleiros. No mesmo dia, o Ministério Público Federal (MPF) em Altamira abriu um procedimento para investigar o ataque.

Segundo a CPT, 18 pessoas foram assassinadas em conflitos no campo no Pará no ano passado.

Receba as notícias do Pará no seu WhatsApp. Clique aqui.""",
  [E("ATT", "2018-04-09", "day", "BR", "Pará", "Anapu", "Unidentified armed group", "Civilians",
     "Homens armados atacaram na madrugada de segunda-feira", fat=1, lo=1, hi=2, inj=4,
     attr=["Comissão Pastoral da Terra", "Polícia Civil"]),
   E("PI", "2018-04-10", "day", "BR", "Pará", "Anapu", "MST", "Police",
     "bloquearam a rodovia Transamazônica (BR-230) em Anapu", tags=["road_blockade"]),
   E("ARR", "2018-04-11", "day", "BR", "Pará", "Altamira", "Police", None,
     "a Polícia Civil prendeu em Altamira um fazendeiro", arr=1),
   E("OTH", "2018-04-11", "day", "BR", "Pará", "Altamira", "Prosecutor's Office", None,
     "abriu um procedimento para investigar o ataque", tags=["investigation"])],
  [T("deaths", 18, "2017-12", "people killed in rural land conflicts in Pará in 2017",
     "Comissão Pastoral da Terra")])

D("d018", "pt", "2023-10-30", """Moçambique: mortos em protestos pós-eleitorais em Nampula

MAPUTO — Pelo menos duas pessoas morreram na quinta-feira em Nampula, no norte de Moçambique, quando a polícia disparou contra apoiantes da Renamo que contestavam os resultados das eleições autárquicas, disseram à agência Lusa fontes hospitalares. A Polícia da República de Moçambique (PRM) confirmou apenas uma morte.

Em Quelimane, na província da Zambézia, milhares de apoiantes do partido marcharam pacificamente na sexta-feira até à sede da comissão distrital de eleições, onde entregaram uma petição.

No sábado, a polícia deteve em Nampula 12 membros da liga juvenil da Renamo acusados de organizar os protestos, segundo o porta-voz provincial da PRM, Zacarias Nacute.

A plataforma de monitoria eleitoral Decide diz ter registado cinco mortos e 40 detidos em todo o país desde o anúncio dos resultados. Nas eleições de 2018, protestos semelhantes em Nampula terminaram com um morto.

O Conselho Constitucional tem até ao fim de novembro para validar os resultados.

Leia também: Renamo exige recontagem em seis autarquias
© Lusa""",
  [E("EF", "2023-10-26", "day", "MZ", "Nampula", "Nampula", "Renamo supporters", "Police",
     "a polícia disparou contra apoiantes da Renamo", fat=1, lo=1, hi=2,
     attr=["fontes hospitalares", "Polícia da República de Moçambique"]),
   E("PP", "2023-10-27", "day", "MZ", "Zambézia", "Quelimane", "Renamo supporters", None,
     "milhares de apoiantes do partido marcharam pacificamente", tags=["march"]),
   E("ARR", "2023-10-28", "day", "MZ", "Nampula", "Nampula", "Police", "Renamo supporters",
     "a polícia deteve em Nampula 12 membros", arr=12, attr=["Zacarias Nacute"]),
   E("EF", "2018", "year", "MZ", "Nampula", "Nampula", "Protesters", None,
     "protestos semelhantes em Nampula terminaram com um morto", fat=1)],
  [T("deaths", 5, "2023-10-30", "deaths in post-election protests across Mozambique since the results", "Decide"),
   T("arrested", 40, "2023-10-30", "detentions in post-election protests across Mozambique since the results", "Decide")])

D("d019", "pt", "2024-09-18", """Greve dos taxistas degenera em tumultos no Lobito

LUANDA — Uma greve de taxistas contra o aumento do preço do gasóleo degenerou ontem em tumultos no Lobito, província de Benguela, onde manifestantes pilharam armazéns e incendiaram uma esquadra policial. A polícia fala em três mortos; a associação de direitos humanos Omunga contabiliza seis.

Na vizinha cidade de Benguela, a adesão à greve foi quase total e não houve incidentes, segundo a Associação Nova Aliança dos Taxistas de Angola (ANATA).

O comandante provincial da Polícia Nacional, comissário António Bernardo, disse hoje que 85 pessoas foram detidas no Lobito e que "a ordem foi reposta". O Governo Provincial de Benguela mandou hoje encerrar as escolas do Lobito até sexta-feira.

Em conferência de imprensa em Luanda, a ANATA anunciou hoje a suspensão da greve por uma semana, "em sinal de luto", e pediu ao Executivo que recue no aumento dos combustíveis.

Partilhe este artigo: Facebook | X | WhatsApp""",
  [E("VD", "2024-09-17", "day", "AO", "Benguela", "Lobito", "Protesters", "Police",
     "manifestantes pilharam armazéns e incendiaram uma esquadra", tags=["strike"], fat=3, lo=3, hi=6,
     arr=85, attr=["polícia", "Omunga", "António Bernardo"]),
   E("PP", "2024-09-17", "day", "AO", "Benguela", "Benguela", "Protesters", None,
     "a adesão à greve foi quase total", tags=["strike"]),
   E("OTH", "2024-09-18", "day", "AO", "Benguela", "Lobito", "Governo Provincial de Benguela", None,
     "mandou hoje encerrar as escolas do Lobito"),
   E("CHG", "2024-09-18", "day", "AO", "Luanda", "Luanda", "Associação Nova Aliança dos Taxistas de Angola", None,
     "anunciou hoje a suspensão da greve")])

D("d020", "pt", "2025-01-27", """Milhares desfilam em Lisboa e no Porto pelo direito à habitação

Milhares de pessoas desfilaram no sábado em Lisboa, entre o Martim Moniz e a Assembleia da República, e no Porto, até à Câmara Municipal, para exigir medidas contra a subida das rendas. A organização, a plataforma Casa para Viver, estimou 50 mil participantes em Lisboa; a PSP não divulgou números.

Em Lisboa, um grupo de manifestantes ocupou durante algumas horas um prédio devoluto na Rua dos Anjos e foi retirado pela Polícia de Segurança Pública (PSP) ao fim da tarde; seis pessoas foram identificadas e duas detidas.

Também no sábado, em Coimbra, cerca de 300 estudantes concentraram-se em frente à reitoria da universidade contra o preço dos quartos.

Na última grande manifestação pela habitação, a 1 de abril de 2023, a PSP deteve dois manifestantes em Lisboa.

Para quinta-feira está marcada uma greve nacional de professores, convocada pela Fenprof.

Subscreva a nossa newsletter e receba as principais notícias do dia.
Ler mais: Rendas sobem 9% no último trimestre""",
  [E("PI", "2025-01-25", "day", "PT", "Lisboa", "Lisboa", "Protesters", "Police",
     "Milhares de pessoas desfilaram no sábado em Lisboa", tags=["march", "occupation"], arr=2),
   E("PP", "2025-01-25", "day", "PT", "Porto", "Porto", "Protesters", None,
     "e no Porto, até à Câmara Municipal", tags=["march"]),
   E("PP", "2025-01-25", "day", "PT", "Coimbra", "Coimbra", "Protesters", None,
     "cerca de 300 estudantes concentraram-se em frente")
   ,
   E("PI", "2023-04-01", "day", "PT", "Lisboa", "Lisboa", "Protesters", "Police",
     "a PSP deteve dois manifestantes em Lisboa", arr=2)])

D("d021", "pt", "2019-07-18", """Caminhoneiros bloqueiam rodovias em Santa Catarina e no Paraná

Caminhoneiros autônomos bloquearam na quarta-feira trechos da BR-101 em Joinville e em Itajaí, em Santa Catarina, e da BR-277 em Guarapuava, no Paraná, em protesto contra o preço do diesel, segundo a Polícia Rodoviária Federal (PRF).

No km 350 da BR-277, a PRF usou spray de pimenta e bombas de efeito moral para liberar a pista e deteve quatro motoristas. Em Santa Catarina, os bloqueios foram retirados pacificamente no fim da tarde, após negociação. Em Joinville, o trânsito ficou parado por cerca de oito quilômetros durante a manhã, segundo a concessionária da rodovia.

Na manhã desta quinta-feira, representantes da categoria reuniram-se em Brasília com o Ministério da Infraestrutura e aceitaram suspender os protestos em troca de uma tabela mínima de frete. O presidente de uma das associações de caminhoneiros, Valdir Kowalski, disse que a categoria voltará às estradas se o acordo não for cumprido.

A PRF contabilizou 46 pontos de bloqueio em sete estados no auge do movimento e 11 pessoas detidas.

Assine o jornal e tenha acesso ilimitado ao nosso conteúdo.""",
  [E("PP", "2019-07-17", "day", "BR", "Santa Catarina", "BR-101", "Protesters", None,
     "trechos da BR-101 em Joinville e em Itajaí", tags=["road_blockade"]),
   E("PI", "2019-07-17", "day", "BR", "Paraná", "BR-277", "Protesters", "Police",
     "a PRF usou spray de pimenta e bombas", tags=["road_blockade"], arr=4),
   E("AGR", "2019-07-18", "day", "BR", "Distrito Federal", "Brasília", "Protesters", "Ministério da Infraestrutura",
     "aceitaram suspender os protestos em troca")],
  [T("arrested", 11, "2019-07-18", "truck drivers detained during the diesel-price blockades in seven states",
     "Polícia Rodoviária Federal")])

D("d022", "pt", "2021-03-10", """Sindicatos ameaçam greve geral na função pública em Cabo Verde

PRAIA — As duas centrais sindicais cabo-verdianas anunciaram esta terça-feira que poderão convocar uma greve geral na administração pública no próximo mês, caso o Governo não reponha os cortes salariais aplicados durante a pandemia.

"Os trabalhadores já fizeram a sua parte. Agora é a vez do Executivo", afirmou em conferência de imprensa o secretário-geral de uma das centrais, Joaquim Tavares, que admitiu também a realização de marchas nas principais ilhas.

No Parlamento, a ministra das Finanças disse que o Governo "não vai ceder a ameaças" e que a reposição só será possível quando a economia recuperar. A oposição acusou o Executivo de "empurrar os trabalhadores para a rua".

A Polícia Nacional garantiu que o direito à greve e à manifestação será respeitado, mas avisou que não tolerará bloqueios de estradas.

Economistas ouvidos pelo jornal lembram que o turismo, principal fonte de receitas do arquipélago, ainda não recuperou e que uma paralisação prolongada poderia atrasar a retoma.

Siga-nos nas redes sociais. Todos os direitos reservados.""")

D("d023", "pt", "2024-08-21", """Operação policial deixa mortos na Maré; moradores protestam na Avenida Brasil

RIO DE JANEIRO — Uma operação da Polícia Militar no Complexo da Maré, na zona norte do Rio, resultou na terça-feira num intenso tiroteio com traficantes do Comando Vermelho (CV) e terminou com seis mortos, segundo a corporação. A corporação afirmou que os agentes foram recebidos a tiros ao entrar na comunidade. A ONG Redes da Maré contabilizou oito mortos. Moradores relataram que as crianças passaram a manhã escondidas dentro de casa.

Na quarta-feira de manhã, moradores fecharam a Avenida Brasil com barricadas de pneus e atiraram pedras contra viaturas da PM, que respondeu com bombas de gás lacrimogêneo. Um ônibus foi incendiado. Não há registro de feridos.

A Secretaria Municipal de Educação informou que 46 escolas da região ficaram fechadas na terça e na quarta-feira por causa dos confrontos.

Segundo um levantamento do Observatório da Segurança Pública do Rio, 27 pessoas morreram em operações policiais na região metropolitana desde janeiro.

Leia mais: Quem paga a conta das operações nas favelas
Siga-nos no Instagram""",
  [E("AC", "2024-08-20", "day", "BR", "Rio de Janeiro", "Rio de Janeiro", "Military Police", "Comando Vermelho",
     "resultou na terça-feira num intenso tiroteio", fat=6, lo=6, hi=8,
     attr=["Polícia Militar", "Redes da Maré"]),
   E("VD", "2024-08-21", "day", "BR", "Rio de Janeiro", "Rio de Janeiro", "Protesters", "Military Police",
     "moradores fecharam a Avenida Brasil com barricadas", tags=["road_blockade", "tear_gas"], fat=0, inj=0),
   E("OTH", "2024-08-20/2024-08-21", "range", "BR", "Rio de Janeiro", "Rio de Janeiro",
     "Secretaria Municipal de Educação", None, "46 escolas da região ficaram fechadas")],
  [T("deaths", 27, "2024-08-21", "people killed in police operations in the Rio metropolitan area since January",
     "Observatório da Segurança Pública do Rio")])

D("d024", "pt", "2022-06-15", """Cabo Delgado: insurgentes matam civis em Ancuabe; FDS retomam Quiterajo

PEMBA — Insurgentes armados mataram pelo menos quatro civis, três dos quais decapitados, num ataque a uma aldeia do distrito de Ancuabe, na sexta-feira, segundo fontes locais citadas por uma rádio comunitária. O Ministério da Defesa Nacional confirmou dois mortos. Os ataques intensificaram-se desde o início do mês, com relatos de casas queimadas em vários distritos do sul da província.

No domingo, um grupo de insurgentes raptou sete mulheres e crianças que trabalhavam nas machambas nos arredores da vila de Chiúre, disse à Lusa um líder comunitário.

Na segunda-feira, as Forças de Defesa e Segurança (FDS), apoiadas por tropas ruandesas, retomaram o controlo da localidade de Quiterajo, no distrito de Macomia, após dois dias de combates, "neutralizando dezenas de terroristas", segundo o porta-voz militar, coronel Armindo Tembe.

Desde 2017, o conflito já fez mais de 4.000 mortos, segundo uma contagem de investigadores independentes, e obrigou cerca de 800 mil pessoas a abandonar as suas casas.

Partilhe esta notícia.""",
  [E("ATT", "2022-06-10", "day", "MZ", "Cabo Delgado", "Ancuabe", "Unidentified armed group", "Civilians",
     "Insurgentes armados mataram pelo menos quatro civis", fat=2, lo=2, hi=4,
     attr=["fontes locais", "Ministério da Defesa Nacional"]),
   E("ABD", "2022-06-12", "day", "MZ", "Cabo Delgado", "Chiúre", "Unidentified armed group", "Civilians",
     "um grupo de insurgentes raptou sete mulheres"),
   E("GR", "2022-06-13", "day", "MZ", "Cabo Delgado", "Quiterajo", "Security forces", "Unidentified armed group",
     "retomaram o controlo da localidade de Quiterajo", attr=["Armindo Tembe"])],
  [T("deaths", 4000, "2022-06-15", "people killed in the Cabo Delgado conflict since 2017",
     "investigadores independentes")])
