"""English articles h001-h008: texts with their gold."""
from common import doc, ev, ta, prev, shift, rng

DOCS = []

# h001 Kenya
P = "2025-07-09"
MON = prev(P, "mon")
DOCS.append(doc("h001", "en", P, (
    "Kenya: at least eleven killed as anti-government protests hit several towns\n\n"
    "NAIROBI — At least eleven people were killed on Monday when police fired on protesters in several "
    "Kenyan towns, the Kenya National Commission on Human Rights (KNCHR) said. The Interior Ministry put "
    "the national toll at seven.\n\n"
    "In Nairobi, thousands of demonstrators marched towards the city centre before officers fired tear gas "
    "and live rounds near Kenyatta Avenue. Four of the dead were in the capital, according to the KNCHR, and "
    "about 30 people were treated for gunshot and baton wounds, a doctor at Kenyatta National Hospital told "
    "reporters.\n\n"
    "In Kisumu, young men blocked the Kisumu–Busia road with burning tyres and hurled stones at police; two "
    "protesters were shot dead there, the county police commander said. Monday's demonstrations in Nyeri and "
    "Nakuru passed off peacefully.\n\n"
    "Overnight, shops were looted in Kitengela, in Kajiado county, and police said 19 suspects had been held.\n\n"
    "On Tuesday the KNCHR said 485 people had been arrested across the country and that 38 people had died "
    "since the protests began in late June. The unrest has revived memories of the storming of parliament in "
    "Nairobi on 25 June 2024, when crowds forced their way into the building.\n\n"
    "Government spokesman Peter Owino said the police had acted \"with restraint\".\n\n"
    "Sign up for our Africa briefing newsletter."),
    [
        ev("EF", MON, "KE", "Nairobi", "Nairobi", "Protesters", "Police",
           "officers fired tear gas and live rounds", fat=4, inj=30,
           attr=["Kenya National Commission on Human Rights", "doctor"], tags=["march", "tear_gas"]),
        ev("VD", MON, "KE", "Kisumu", "Kisumu", "Protesters", "Police",
           "hurled stones at police", fat=2, attr=["county police commander"], tags=["road_blockade"]),
        ev("PP", MON, "KE", "Nyeri", "Nyeri", "Protesters", None,
           "Monday's demonstrations in Nyeri and Nakuru"),
        ev("PP", MON, "KE", "Nakuru", "Nakuru", "Protesters", None,
           "Monday's demonstrations in Nyeri and Nakuru"),
        ev("MV", rng(MON, shift(MON, 1)), "KE", "Kajiado", "Kitengela", "Rioters", None,
           "shops were looted in Kitengela", arr=19, attr=["police"]),
        ev("VD", "2024-06-25", "KE", "Nairobi", "Nairobi", "Protesters", None,
           "the storming of parliament in Nairobi"),
    ],
    [
        ta("deaths", 11, MON, "people killed in protests in several Kenyan towns on Monday",
           "Kenya National Commission on Human Rights"),
        ta("deaths", 7, MON, "national toll of Monday's protests", "Interior Ministry"),
        ta("arrested", 485, shift(MON, 1), "people arrested across Kenya in the protests",
           "Kenya National Commission on Human Rights"),
        ta("deaths", 38, shift(MON, 1), "deaths since the protests began in late June",
           "Kenya National Commission on Human Rights"),
    ]))

# h002 Nigeria
P = "2023-11-16"
DOCS.append(doc("h002", "en", P, (
    "Gunmen seize villagers in Kaduna as air force claims strikes on bandit hideouts\n\n"
    "KADUNA — Armed men abducted at least 23 people, most of them women, from a village near Birnin Gwari "
    "in north-western Kaduna State on Tuesday, residents and a local councillor said.\n\n"
    "The attackers arrived on motorcycles shortly after dusk, shot dead a farmer who tried to flee and "
    "marched the captives into the bush, the councillor, Ibrahim Sule, told reporters by phone. No ransom "
    "demand had been received by Wednesday evening.\n\n"
    "In a statement on Wednesday, the Nigerian Air Force said its jets had struck a bandit hideout in the "
    "Kamuku forest, in the same area, \"neutralising scores of terrorists\". The claim could not be "
    "independently verified.\n\n"
    "In neighbouring Zamfara State, troops repelled an attack on a military base in Tsafe overnight, a "
    "security source told AFP, adding that two soldiers and an unknown number of attackers were killed.\n\n"
    "Police in Katsina State said they had arrested five suspected informants of the gang in Funtua on "
    "Monday and recovered three AK-47 rifles.\n\n"
    "Kidnapping for ransom has become a lucrative business in the north-west, where more than a thousand "
    "people have been seized this year. Amnesty International says at least 600 people have been killed by "
    "gunmen in Kaduna State alone since January.\n\n"
    "Read more: Why Nigeria's north-west keeps bleeding\n\n"
    "© 2023 All rights reserved."),
    [
        ev("ABD", prev(P, "tue"), "NG", "Kaduna", "Birnin Gwari", "Unidentified armed group", "Civilians",
           "Armed men abducted at least 23 people", fat=1, attr=["Ibrahim Sule"]),
        ev("AIR", None, "NG", "Kaduna", "Kamuku forest", "Nigerian Air Force", "Unidentified armed group",
           "its jets had struck a bandit hideout", attr=["Nigerian Air Force"]),
        ev("AC", rng(prev(P, "wed"), P), "NG", "Zamfara", "Tsafe", "Unidentified armed group", "Military",
           "troops repelled an attack on a military base", fat=2, attr=["security source"]),
        ev("ARR", prev(P, "mon"), "NG", "Katsina", "Funtua", "Police", None,
           "arrested five suspected informants of the gang", arr=5, attr=["police"]),
    ],
    [
        ta("deaths", 600, P, "people killed by gunmen in Kaduna State since January", "Amnesty International"),
    ]))

# h003 Bangladesh
P = "2024-10-31"
TUE = prev(P, "tue")
WED = prev(P, "wed")
DOCS.append(doc("h003", "en", P, (
    "Garment worker killed in Ashulia as wage protests spread to Gazipur\n\n"
    "DHAKA — One garment worker was killed and at least 40 injured on Tuesday when police and army "
    "personnel opened fire on striking workers in Ashulia, an industrial belt on the outskirts of Dhaka, "
    "police and hospital officials said. Workers' leaders put the death toll at three.\n\n"
    "Witnesses said the workers, who are demanding three months of unpaid wages, had been marching "
    "peacefully towards a factory gate when the joint forces began shooting.\n\n"
    "In Gazipur, thousands of workers from some 30 factories blocked the Dhaka–Mymensingh highway for nearly "
    "six hours on Wednesday, halting traffic in both directions. There were no reports of violence.\n\n"
    "Industrial police detained twelve workers in Savar overnight, accusing them of vandalising a knitwear "
    "plant, an officer said.\n\n"
    "Late on Wednesday, the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) and the "
    "National Garment Workers Federation signed an agreement at the labour ministry in Dhaka under which "
    "arrears will be paid by 10 November and the strike ends. Union leaders said they would call workers "
    "back to the lines on Thursday.\n\n"
    "At least 50 workers have been arrested since the unrest began in September, according to the "
    "Bangladesh Legal Aid and Services Trust.\n\n"
    "The $40 billion garment sector, which accounts for more than 80% of the country's exports, has been "
    "rocked by recurring unrest over pay."),
    [
        ev("EF", TUE, "BD", "Dhaka", "Ashulia", "Protesters", "Security forces",
           "opened fire on striking workers in Ashulia", fat=1, lo=1, hi=3, inj=40,
           attr=["police", "hospital officials", "workers' leaders"], tags=["march", "strike"]),
        ev("PP", WED, "BD", "Dhaka", "Gazipur", "Protesters", None,
           "blocked the Dhaka–Mymensingh highway", tags=["road_blockade"]),
        ev("ARR", rng(WED, P), "BD", "Dhaka", "Savar", "Industrial Police", "Protesters",
           "Industrial police detained twelve workers in Savar", arr=12, attr=["officer"]),
        ev("AGR", WED, "BD", "Dhaka", "Dhaka", "National Garment Workers Federation",
           "Bangladesh Garment Manufacturers and Exporters Association",
           "signed an agreement at the labour ministry"),
    ],
    [
        ta("arrested", 50, P, "garment workers arrested since the unrest began in September",
           "Bangladesh Legal Aid and Services Trust"),
    ]))

# h004 NEGATIVE (UK)
P = "2025-05-06"
DOCS.append(doc("h004", "en", P, (
    "Rail union moves towards strike ballot as protest powers bill returns to Commons\n\n"
    "LONDON — Britain's biggest rail union said on Monday it would ask its members to vote on strike action "
    "over pay and working hours, raising the prospect of walkouts across the network in July if talks with "
    "train operators fail.\n\n"
    "The ballot will open next week and close in mid-June, the union's general secretary, Alan Morris, told "
    "reporters. \"Nobody wants a summer of disruption, but our members have run out of patience,\" he said.\n\n"
    "Meanwhile MPs spent Monday afternoon debating amendments to a bill that would give police new powers to "
    "restrict marches judged to cause \"serious disruption\" and to ban face coverings at demonstrations. "
    "Opposition members called the measures an attack on the right to protest; ministers said they would "
    "protect commuters and emergency services. A vote is expected before the summer recess.\n\n"
    "Civil liberties groups have announced a rally in Manchester for next Saturday, and police chiefs said "
    "they were preparing to deploy additional officers.\n\n"
    "The strikes that paralysed rail services in 2022 and 2023 cost the economy an estimated £1.7 billion, "
    "according to industry figures, and left lasting bitterness between unions and management. Ministers "
    "insist the current offer is fair.\n\n"
    "Get our politics newsletter every weekday morning."),
    [], []))

# h005 Pakistan
P = "2025-02-12"
MON = prev(P, "mon")
TUE = prev(P, "tue")
DOCS.append(doc("h005", "en", P, (
    "Roadside bomb kills soldiers in North Waziristan; militants attack police post\n\n"
    "PESHAWAR — Four soldiers were killed when a roadside bomb struck their vehicle near Mir Ali in North "
    "Waziristan on Monday, the military's media wing, Inter-Services Public Relations (ISPR), said. Local "
    "officials said six soldiers had died.\n\n"
    "No group claimed the blast. On Tuesday, the district administration imposed a curfew in Mir Ali and "
    "surrounding villages as troops searched for the attackers.\n\n"
    "Overnight, dozens of militants attacked a police checkpoint in Lakki Marwat district with rockets and "
    "automatic weapons. Two policemen and three attackers were killed in a gunfight that lasted nearly two "
    "hours, the district police officer said.\n\n"
    "In Bannu, hundreds of traders shut their shops and staged a sit-in outside the deputy commissioner's "
    "office on Tuesday to demand better security. The protest ended peacefully in the evening after talks "
    "with officials.\n\n"
    "A police bomb disposal squad defused an improvised device planted near a girls' school in Dera Ismail "
    "Khan on Sunday, police said.\n\n"
    "According to the ISPR, 62 security personnel have been killed in Khyber Pakhtunkhwa since 1 January. "
    "Attacks have risen sharply in the province since the Pakistani Taliban ended a ceasefire with the "
    "government, analysts say.\n\n"
    "Read more: Pakistan's security forces stretched on two fronts"),
    [
        ev("IED", MON, "PK", "Khyber Pakhtunkhwa", "Mir Ali", None, "Military",
           "a roadside bomb struck their vehicle", fat=4, lo=4, hi=6,
           attr=["Inter-Services Public Relations", "local officials"]),
        ev("OTH", TUE, "PK", "Khyber Pakhtunkhwa", "Mir Ali", "North Waziristan district administration", None,
           "imposed a curfew in Mir Ali", tags=["curfew"]),
        ev("AC", rng(TUE, P), "PK", "Khyber Pakhtunkhwa", "Lakki Marwat", "Unidentified armed group", "Police",
           "militants attacked a police checkpoint", fat=5, attr=["district police officer"]),
        ev("PP", TUE, "PK", "Khyber Pakhtunkhwa", "Bannu", "Protesters", None,
           "staged a sit-in outside the deputy commissioner's", tags=["strike"]),
        ev("DWU", prev(P, "sun"), "PK", "Khyber Pakhtunkhwa", "Dera Ismail Khan", "Police", None,
           "defused an improvised device"),
    ],
    [
        ta("deaths", 62, P, "security personnel killed in Khyber Pakhtunkhwa since 1 January",
           "Inter-Services Public Relations"),
    ]))

# h006 Myanmar
P = "2024-08-22"
DOCS.append(doc("h006", "en", P, (
    "Resistance fighters seize Pinlebu; junta jets hit monastery sheltering displaced\n\n"
    "Anti-junta fighters have taken full control of Pinlebu, a town in northern Sagaing Region, after three "
    "days of fighting, local resistance groups said on Wednesday.\n\n"
    "Fighters from local People's Defence Force (PDF) units overran the last army outpost in the town on "
    "Tuesday, after an offensive that began on Sunday. Twelve soldiers were killed and about 30 captured, "
    "according to the PDF. The junta has not commented.\n\n"
    "Hours after the announcement, on Wednesday, military jets bombed a monastery in Pinlebu where displaced "
    "families were sheltering, killing at least nine civilians, including four children, a local rescue "
    "worker said. State media said the strike had targeted \"terrorists\" and made no mention of civilian "
    "deaths.\n\n"
    "In neighbouring Magway Region, soldiers raided villages near Gangaw on Monday and took away around 20 "
    "men, residents said. Their whereabouts remain unknown.\n\n"
    "The military has increasingly relied on air power since losing swathes of territory in the north late "
    "last year. The Assistance Association for Political Prisoners (AAPP) says more than 5,600 civilians have "
    "been killed by junta forces since the February 2021 coup.\n\n"
    "Reporting by our Myanmar correspondent; editing by staff.\n\n"
    "This story has been updated with comment from residents."),
    [
        ev("NO", rng(prev(P, "sun"), prev(P, "tue")), "MM", "Sagaing Region", "Pinlebu",
           "People's Defence Force", "Military", "overran the last army outpost in the town",
           fat=12, attr=["People's Defence Force"]),
        ev("AIR", prev(P, "wed"), "MM", "Sagaing Region", "Pinlebu", "Military", "Civilians",
           "military jets bombed a monastery in Pinlebu", fat=9, attr=["rescue worker"]),
        ev("ABD", prev(P, "mon"), "MM", "Magway Region", "Gangaw", "Military", "Civilians",
           "soldiers raided villages near Gangaw on Monday"),
    ],
    [
        ta("deaths", 5600, P, "civilians killed by junta forces since the February 2021 coup",
           "Assistance Association for Political Prisoners"),
    ]))

# h007 Ukraine
P = "2024-12-03"
MON = prev(P, "mon")
DOCS.append(doc("h007", "en", P, (
    "Russian shelling kills three in Kherson as drones target Kharkiv\n\n"
    "KYIV — Three people were killed and eight wounded when Russian forces shelled residential areas of "
    "Kherson on Monday, the regional governor said on Telegram.\n\n"
    "Overnight, a Russian drone hit a five-storey building in Kharkiv, injuring eleven people, including two "
    "children, the city's mayor said. Firefighters worked until dawn to put out the blaze.\n\n"
    "Ukraine's air force said it had shot down 41 of the 73 drones launched overnight over twelve regions, "
    "while others were lost to electronic jamming.\n\n"
    "In Dnipro, air defences downed a cruise missile on Sunday; falling debris damaged parked cars but no one "
    "was hurt, the regional administration said. On Saturday, Russian aircraft dropped guided bombs on the "
    "outskirts of Zaporizhzhia, damaging an industrial site.\n\n"
    "Since the start of November, 47 civilians have been killed in the Kherson region, according to the "
    "regional prosecutor's office. The UN human rights monitoring mission says more than 12,000 civilians "
    "have been killed across Ukraine since February 2022.\n\n"
    "Moscow denies targeting civilians. Its defence ministry said on Monday that its forces had struck "
    "\"military-industrial facilities\" across Ukraine in the past week.\n\n"
    "Kyiv has repeatedly urged Western allies to send more air-defence systems before winter.\n\n"
    "Follow our live coverage of the war in Ukraine."),
    [
        ev("SH", MON, "UA", "Kherson Oblast", "Kherson", "Military of Russia", "Civilians",
           "Russian forces shelled residential areas of Kherson", fat=3, inj=8, attr=["regional governor"]),
        ev("AIR", rng(MON, P), "UA", "Kharkiv Oblast", "Kharkiv", "Military of Russia", "Civilians",
           "a Russian drone hit a five-storey building", inj=11, attr=["mayor"]),
        ev("DWU", prev(P, "sun"), "UA", "Dnipropetrovsk Oblast", "Dnipro", "Military of Ukraine", None,
           "air defences downed a cruise missile", fat=0, inj=0, attr=["regional administration"]),
        ev("AIR", prev(P, "sat"), "UA", "Zaporizhzhia Oblast", "Zaporizhzhia", "Military of Russia", None,
           "Russian aircraft dropped guided bombs"),
    ],
    [
        ta("deaths", 47, P, "civilians killed in the Kherson region since the start of November",
           "regional prosecutor's office"),
        ta("deaths", 12000, P, "civilians killed across Ukraine since February 2022",
           "UN human rights monitoring mission"),
    ]))

# h008 Georgia
P = "2025-03-14"
WED = prev(P, "wed")
THU = prev(P, "thu")
DOCS.append(doc("h008", "en", P, (
    "Georgian police break up Tbilisi rally, detain dozens\n\n"
    "TBILISI — Police used water cannon and pepper spray to break up a rally outside the parliament building "
    "on Rustaveli Avenue late on Wednesday, detaining 27 people, the Interior Ministry said. Opposition "
    "parties said more than 40 had been held.\n\n"
    "Hours before the rally, masked officers arrested a student activist, Nika Beridze, at his home in "
    "Tbilisi, his lawyer said. He is accused of organising the blocking of a highway in January.\n\n"
    "The Special Investigation Service said on Thursday it had opened an inquiry into injuries suffered by "
    "four journalists during Wednesday's dispersal. Footage shared online showed a cameraman being kicked "
    "by officers as he lay on the ground.\n\n"
    "In the Black Sea city of Batumi, several hundred people marched peacefully on Thursday evening, waving "
    "Georgian and EU flags.\n\n"
    "According to the Public Defender, more than 400 people have been detained since the protests began in "
    "late November, many of them fined for blocking roads.\n\n"
    "The ruling Georgian Dream party says the demonstrations are financed from abroad. The opposition has "
    "called for new elections and the release of all detained protesters.\n\n"
    "Read more: Georgia's EU bid explained\n\n"
    "Reporting by our Caucasus desk."),
    [
        ev("PI", WED, "GE", "Tbilisi", "Tbilisi", "Protesters", "Police",
           "Police used water cannon and pepper spray", inj=4, arr=27,
           attr=["Interior Ministry", "opposition parties", "Special Investigation Service"]),
        ev("ARR", WED, "GE", "Tbilisi", "Tbilisi", "Police", "Student activists",
           "masked officers arrested a student activist", arr=1, attr=["lawyer"]),
        ev("OTH", THU, "GE", "Tbilisi", "Tbilisi", "Special Investigation Service", "Police",
           "it had opened an inquiry into injuries", tags=["investigation"]),
        ev("PP", THU, "GE", "Adjara", "Batumi", "Protesters", None,
           "several hundred people marched peacefully", tags=["march"]),
    ],
    [
        ta("arrested", 400, P, "people detained since the protests began in late November", "Public Defender"),
    ]))
