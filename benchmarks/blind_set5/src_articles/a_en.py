"""English articles k001-k008 (texts and gold written by hand for blind set 5)."""
from common import doc, ev, tl, prev, shift, rng

DOCS = []

P = "2024-07-03"
DOCS.append(doc("k001", "en", P, """
Kenya: two killed in Nakuru as anti-tax protests return to the streets

NAIROBI — Police fired tear gas and water cannon in central Nairobi on Tuesday as thousands of young protesters returned to the streets to demand the withdrawal of new levies, the third week of demonstrations against the government's budget.

In the capital, groups of protesters hurled stones at officers along Moi Avenue and set fire to a kiosk outside a police post. A police spokesperson said 14 officers and protesters were treated for injuries in Nairobi.

In Nakuru, police opened fire on a crowd marching towards the county offices. The county hospital said two young men died of gunshot wounds, while the Kenya National Commission on Human Rights (KNCHR) put the toll at three.

In Kisumu, several thousand people marched peacefully through the town centre, singing and waving branches, and dispersed in the evening without incident.

Late on Tuesday night, plain-clothes officers detained four organisers of the movement at a flat in Nairobi's Kilimani area, their lawyer told Reuters.

The KNCHR said on Wednesday that 39 people had been killed since the protests began on June 18. The Interior Ministry said on Tuesday night that 271 people had been arrested across the country during the day.

President William Ruto has said he will not negotiate with "criminals", while religious leaders appealed for calm. Organisers have vowed to march again next week.
""", [
    ev("VD", prev(P, "tue"), "day", "KE", "Nairobi", "Nairobi", "Protesters", "Police",
       "groups of protesters hurled stones at officers", inj=14, attr=["police spokesperson"], tags=["tear_gas"]),
    ev("EF", prev(P, "tue"), "day", "KE", "Nakuru", "Nakuru", "Protesters", "Police",
       "police opened fire on a crowd marching", fat=2, lo=2, hi=3, attr=["county hospital", "KNCHR"], tags=["march"]),
    ev("PP", prev(P, "tue"), "day", "KE", "Kisumu", "Kisumu", "Protesters", None,
       "several thousand people marched peacefully", tags=["march"]),
    ev("ARR", prev(P, "tue"), "day", "KE", "Nairobi", "Kilimani", "Police", "Protesters",
       "plain-clothes officers detained four organisers", arr=4, attr=["lawyer", "Reuters"]),
], [
    tl("deaths", 39, P, "people killed in Kenya since the protests began on 18 June", "KNCHR"),
    tl("arrested", 271, prev(P, "tue"), "people arrested across Kenya on Tuesday", "Interior Ministry"),
]))

P = "2025-03-12"
DOCS.append(doc("k002", "en", P, """
Nigeria: suicide bomber kills at least nine at Konduga market

MAIDUGURI — A suicide bomber blew herself up at a crowded fish market in Konduga, Borno State, on Monday evening, killing at least nine people, a local militia leader said. State emergency officials later gave a toll of 12 dead and 23 wounded.

No group claimed the attack, but Konduga, about 35 km from Maiduguri, has been repeatedly targeted by jihadists in the past decade.

On Sunday, fighters of the Islamic State West Africa Province (ISWAP) stormed a military base in Marte, in the north of the state, in a gunfight that lasted several hours. Two military sources told AFP that five soldiers were killed and the base's armoury was looted before reinforcements arrived.

The Nigerian Air Force said on Tuesday that its jets had struck ISWAP fighters retreating towards the Lake Chad islands near Kirta Wulgo on Monday, killing "scores" of militants. The claim could not be independently verified.

In Bama, soldiers defused a roadside bomb planted on the road to Banki on Sunday, the army said in a statement.

Borno's governor said more than 80 people had been killed in insurgent attacks in the state since January, and urged the federal government to recruit more local vigilantes.

The conflict, now in its sixteenth year, has killed tens of thousands of people and displaced more than two million in the northeast.
""", [
    ev("SUI", prev(P, "mon"), "day", "NG", "Borno", "Konduga", "Unidentified armed group", "Civilians",
       "A suicide bomber blew herself up", fat=9, lo=9, hi=12, inj=23,
       attr=["local militia leader", "state emergency officials"]),
    ev("AC", prev(P, "sun"), "day", "NG", "Borno", "Marte", "ISWAP", "Military",
       "stormed a military base in Marte", fat=5, attr=["military sources", "AFP"]),
    ev("AIR", prev(P, "mon"), "day", "NG", "Borno", "Kirta Wulgo", "Military", "ISWAP",
       "its jets had struck ISWAP fighters retreating"),
    ev("DWU", prev(P, "sun"), "day", "NG", "Borno", "Bama", "Military", None,
       "soldiers defused a roadside bomb"),
], [
    tl("deaths", 80, P, "people killed in insurgent attacks in Borno since January", "governor"),
]))

P = "2017-11-22"
DOCS.append(doc("k003", "en", P, """
Syria: rescuers report chlorine attack on rebel-held town in Hama

BEIRUT — Two children died and at least 11 people suffered breathing difficulties after helicopters dropped barrels releasing a chlorine-like gas on the rebel-held town of Latamneh, in northern Hama province, on Tuesday, local rescuers said.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said four people died in the attack, including the two children. The government has always denied using chemical weapons.

On the same day, government artillery shelled the town of Khan Sheikhoun in neighbouring Idlib province, killing three civilians, according to the Observatory.

Government troops backed by allied militias recaptured the village of Abu Dali, in eastern Hama, on Monday after two days of fighting with Hayat Tahrir al-Sham, the state news agency SANA reported. The Observatory said 17 fighters from both sides were killed.

In Idlib city, dozens of residents demonstrated after Friday prayers against the bombardment, holding banners that called on Turkey to protect the province.

Since the escalation began in September, the Observatory has documented 230 civilian deaths in the two provinces, most of them in air strikes.

Diplomats at the UN Security Council are due to discuss a new inspection mechanism next week. Russia, the main ally of Damascus, has vetoed previous proposals, arguing that the investigators relied on opposition sources.
""", [
    ev("CHM", prev(P, "tue"), "day", "SY", "Hama", "Latamneh", "Military", "Civilians",
       "helicopters dropped barrels releasing a chlorine-like gas", fat=2, lo=2, hi=4, inj=11,
       attr=["local rescuers", "Syrian Observatory for Human Rights"]),
    ev("SHL", prev(P, "tue"), "day", "SY", "Idlib", "Khan Sheikhoun", "Military", "Civilians",
       "government artillery shelled the town of Khan Sheikhoun", fat=3,
       attr=["Syrian Observatory for Human Rights"]),
    ev("GR", prev(P, "mon"), "day", "SY", "Hama", "Abu Dali", "Military", "Hayat Tahrir al-Sham",
       "recaptured the village of Abu Dali", fat=17, attr=["Syrian Observatory for Human Rights"]),
    ev("PP", prev(P, "fri"), "day", "SY", "Idlib", "Idlib", "Protesters", None,
       "dozens of residents demonstrated after Friday prayers"),
], [
    tl("deaths", 230, P, "civilians killed in Hama and Idlib since the escalation began in September",
       "Syrian Observatory for Human Rights"),
]))

P = "2025-09-04"
DOCS.append(doc("k004", "en", P, """
Canada: rail union sets strike deadline as contract talks stall

MONTREAL — The union representing about 9,000 locomotive engineers and conductors at Canada's two largest railways said on Wednesday that its members would walk off the job at 12:01 a.m. next Friday unless the companies return to the table with a better offer.

The Teamsters Canada Rail Conference said 97 per cent of members had voted in favour of strike action in a ballot that closed last month. Both railways said they had prepared contingency plans and would begin winding down shipments of hazardous goods from Monday.

The federal labour minister urged both sides to keep negotiating and said the government was "not ruling anything out", including binding arbitration.

Shippers' groups warned that a stoppage would freeze grain exports from the Prairies and strand commuters in Toronto, Montreal and Vancouver who depend on the freight lines. Ports on both coasts could run out of storage space within days, they said.

A union spokesperson said picket lines were being organised at rail yards in Winnipeg and Calgary. "We don't want a strike, but our members are exhausted by unsafe schedules," he said.

The two railways were briefly shut down during a lockout last year, which ended when Ottawa referred the dispute to arbitration. That intervention is still being challenged in court by the union.

Economists estimate that a week-long shutdown would cost the economy more than C$1 billion.
""", [], []))

P = "2024-11-20"
DOCS.append(doc("k005", "en", P, """
Myanmar: resistance fighters seize Kawlin as junta jet bombs nearby village

YANGON — Resistance forces said they captured the town of Kawlin in Sagaing region on Sunday after a ten-day siege, driving out the last army battalion stationed there.

A spokesman for the local People's Defence Force (PDF) told reporters that 23 soldiers had surrendered and that the fighting had killed 11 of its own fighters. The military did not comment.

On Monday, a military jet dropped two bombs on the village of Kyauk Taw, near Kawlin, killing 14 civilians, including six children, according to residents and the local administration set up by the opposition National Unity Government. The junta's information team said the strike had targeted "terrorist" positions and gave no casualty figures.

Soldiers retreating from Kawlin torched about 200 houses in nearby Nyaung Pin Thar village on Saturday, witnesses told the Irrawaddy news website.

In Mandalay region, a landmine exploded under a pickup truck near Singu on Tuesday, killing the driver and wounding three passengers, a local rescue group said. It was not clear who had planted the device.

More than three million people have been displaced across the country since the 2021 coup, according to the United Nations, and at least 5,000 civilians have been killed by the military, according to a local monitoring group.

The junta has promised to hold elections next year, a plan dismissed by the opposition as a sham.
""", [
    ev("NO", prev(P, "sun"), "day", "MM", "Sagaing", "Kawlin", "People's Defence Force", "Military",
       "they captured the town of Kawlin", fat=11, attr=["People's Defence Force"]),
    ev("AIR", prev(P, "mon"), "day", "MM", "Sagaing", "Kyauk Taw", "Military", "Civilians",
       "a military jet dropped two bombs", fat=14, attr=["residents", "local administration"]),
    ev("ATT", prev(P, "sat"), "day", "MM", "Sagaing", "Nyaung Pin Thar", "Military", "Civilians",
       "torched about 200 houses"),
    ev("IED", prev(P, "tue"), "day", "MM", "Mandalay", "Singu", None, "Civilians",
       "a landmine exploded under a pickup truck", fat=1, inj=3, attr=["local rescue group"]),
], [
    tl("deaths", 5000, P, "civilians killed by the military in Myanmar since the 2021 coup", "local monitoring group"),
]))

P = "2023-10-18"
DOCS.append(doc("k006", "en", P, """
Pakistan: seven policemen killed in roadside bombing in northwest

PESHAWAR — Seven policemen were killed on Tuesday when a bomb planted by the roadside struck their vehicle in Dera Ismail Khan district of Khyber Pakhtunkhwa province, police said, the deadliest of several attacks in the northwest this week.

The Pakistani Taliban (TTP) claimed responsibility in a message sent to journalists, saying the officers had been "legitimate targets".

In Bannu, assailants on a motorcycle hurled a hand grenade at a police checkpoint late on Monday, wounding two constables, a police spokesman said. The attackers escaped.

On Tuesday evening, the Counter-Terrorism Department said its officers had arrested six suspected militants in a raid on a compound in Lakki Marwat and seized 40 kilograms of explosives, two suicide vests and several automatic rifles.

Separately, troops exchanged fire with militants in North Waziristan's Mir Ali area on Tuesday night. The army said four militants and one soldier were killed.

According to a tally kept by an Islamabad-based think tank, 386 security personnel have been killed in militant attacks in Pakistan so far this year, the highest figure since 2014.

The government accuses neighbouring Afghanistan of sheltering TTP leaders, a charge the Taliban authorities in Kabul deny. Officials in Islamabad have also announced that undocumented Afghans must leave the country by the end of the month.
""", [
    ev("IED", prev(P, "tue"), "day", "PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "TTP", "Police",
       "a bomb planted by the roadside struck", fat=7, attr=["police"]),
    ev("GRN", prev(P, "mon"), "day", "PK", "Khyber Pakhtunkhwa", "Bannu", "Unidentified armed group", "Police",
       "hurled a hand grenade at a police checkpoint", inj=2, attr=["police spokesman"]),
    ev("ARR", prev(P, "tue"), "day", "PK", "Khyber Pakhtunkhwa", "Lakki Marwat", "Counter-Terrorism Department",
       "Militants", "arrested six suspected militants in a raid", arr=6, attr=["Counter-Terrorism Department"]),
    ev("AC", prev(P, "tue"), "day", "PK", "Khyber Pakhtunkhwa", "Mir Ali", "Military", "Militants",
       "troops exchanged fire with militants", fat=5, attr=["army"]),
], [
    tl("deaths", 386, P, "security personnel killed in militant attacks in Pakistan this year", "think tank"),
]))

P = "2024-03-14"
DOCS.append(doc("k007", "en", P, """
Haiti: gang seizes Gressier as protesters demand government's exit

PORT-AU-PRINCE — Heavily armed members of the Gran Grif gang took control of the coastal suburb of Gressier, south of the capital, on Tuesday after a day-long gunfight with police, residents said. At least six officers were killed, according to the police union SYNAPOHA; the national police gave a toll of four.

In Croix-des-Bouquets, gunmen abducted six nuns and their driver from a minibus on Monday, the Haitian bishops' conference said, calling for their immediate release.

Hundreds of people marched in Pétion-Ville on Wednesday to demand the resignation of the transitional government. Police fired tear gas to break up the march near the prime minister's office and detained 11 demonstrators, a local rights group said.

In downtown Port-au-Prince, crowds looted a food warehouse belonging to the World Food Programme on Wednesday night after its guards fled, the UN agency said. It said the stolen food had been meant for 20,000 displaced people.

The United Nations says more than 1,500 people were killed in gang violence in Haiti between January and March, a record for a single quarter.

A Kenyan-led security mission authorised by the Security Council has yet to deploy. Most of the capital's main roads are now controlled by rival gang coalitions, and many families have sent their children to relatives in the provinces.
""", [
    ev("NO", prev(P, "tue"), "day", "HT", "Ouest", "Gressier", "Gran Grif", "Police",
       "took control of the coastal suburb of Gressier", fat=4, lo=4, hi=6, attr=["SYNAPOHA", "national police"]),
    ev("ABD", prev(P, "mon"), "day", "HT", "Ouest", "Croix-des-Bouquets", "Unidentified armed group", "Civilians",
       "gunmen abducted six nuns and their driver"),
    ev("PI", prev(P, "wed"), "day", "HT", "Ouest", "Pétion-Ville", "Protesters", "Police",
       "Hundreds of people marched in Pétion-Ville", arr=11, attr=["local rights group"], tags=["march", "tear_gas"]),
    ev("MV", prev(P, "wed"), "day", "HT", "Ouest", "Port-au-Prince", "Rioters", None,
       "crowds looted a food warehouse"),
], [
    tl("deaths", 1500, "2024-03", "people killed in gang violence in Haiti between January and March", "United Nations"),
]))

P = "2025-06-26"
DOCS.append(doc("k008", "en", P, """
South Africa: 14 trucks torched on N3 as Cape Town taxi strike ends

JOHANNESBURG — Unknown arsonists set fire to 14 trucks parked at a truck stop near Mooi River, KwaZulu-Natal, early on Wednesday, police said. No one was hurt and no group has claimed the attack, which police linked to a dispute over the hiring of foreign drivers.

The N3 Toll Concession closed the route between Mooi River and Estcourt until midday on Wednesday, leaving hundreds of vehicles stranded.

In Cape Town, the South African National Taxi Council (Santaco) called off a nine-day strike on Tuesday night after reaching an agreement with the Western Cape government over the impounding of minibuses. During the strike, which began on June 16, commuters walked long distances to work and many schools reported empty classrooms.

Earlier on Tuesday, about 2,000 members of the metalworkers' union Numsa marched peacefully to the Union Buildings in Pretoria to hand over a memorandum on wages and plant closures.

The police minister told parliament that 37 people had been arrested in connection with attacks on trucks since January, and that a task team had been set up in KwaZulu-Natal.

Road freight associations say more than 1,000 trucks have been destroyed in such attacks since 2018, costing the industry billions of rand and pushing up the price of goods moving between the country's largest port and Gauteng.
""", [
    ev("LOOT", prev(P, "wed"), "day", "ZA", "KwaZulu-Natal", "Mooi River", "Unidentified armed group", None,
       "Unknown arsonists set fire to 14 trucks", fat=0, inj=0),
    ev("OTH", prev(P, "wed"), "day", "ZA", "KwaZulu-Natal", "N3", "N3 Toll Concession", None,
       "closed the route between Mooi River and Estcourt"),
    ev("PP", rng("2025-06-16", prev(P, "tue")), "range", "ZA", "Western Cape", "Cape Town", "Santaco", None,
       "the strike, which began on June 16", tags=["strike"]),
    ev("AGR", prev(P, "tue"), "day", "ZA", "Western Cape", "Cape Town", "Santaco", "Western Cape government",
       "called off a nine-day strike on Tuesday night"),
    ev("PP", prev(P, "tue"), "day", "ZA", "Gauteng", "Pretoria", "Numsa", None,
       "marched peacefully to the Union Buildings", tags=["march"]),
], [
    tl("arrested", 37, P, "people arrested over attacks on trucks in South Africa since January", "police minister"),
]))
