from common import D, E, T

D("d001", "en", "2022-11-24", """Malawi teachers' strike turns violent in Blantyre as police fire tear gas in Lilongwe

LILONGWE — Police fired tear gas on Wednesday to break up a march by striking teachers in Malawi's capital, Lilongwe, as a pay dispute that has kept hundreds of public schools shut dragged into its second week.

The marchers, several hundred by police estimates and about 3,000 according to the Teachers Union of Malawi (TUM), were trying to reach Capital Hill to hand over a petition when officers blocked the road near the stadium. Police spokesperson Mary Chitsulo said 11 people were detained for "unlawful assembly". The union said 19 of its members had been picked up.

In Blantyre, the commercial hub, a march by teachers and secondary-school pupils on the same day descended into chaos when youths broke away and looted shops along the main road. Regional police commissioner Amos Kachale told reporters that four officers had been hurt by stones and that "several" shops were emptied.

On Tuesday, teachers in Mzuzu held a sit-in outside the northern region's education office without incident, a local radio station reported.

The TUM says at least 40 of its members have been arrested across the country since the strike began. Education Minister Agnes Phiri said on Thursday the government would not negotiate "under pressure" and urged teachers to return to their classrooms by Monday.

Sign up for our Africa Briefing newsletter, delivered every Friday.
© 2022 All rights reserved.""",
  [E("PI", "2022-11-23", "day", "MW", "Central Region", "Lilongwe", "Protesters", "Police",
     "Police fired tear gas on Wednesday", tags=["march", "tear_gas"], arr=11,
     attr=["Mary Chitsulo", "Teachers Union of Malawi"]),
   E("VD", "2022-11-23", "day", "MW", "Southern Region", "Blantyre", "Protesters", "Police",
     "youths broke away and looted shops", tags=["march"], inj=4, attr=["Amos Kachale"]),
   E("PP", "2022-11-22", "day", "MW", "Northern Region", "Mzuzu", "Protesters", None,
     "teachers in Mzuzu held a sit-in")],
  [T("arrested", 40, "2022-11-24", "teachers' union members arrested nationwide since the strike began",
     "Teachers Union of Malawi")])

D("d002", "en", "2023-04-13", """Bomb kills three in Quetta hours after militants storm Kech checkpoint
By our correspondent

QUETTA, Pakistan — A bomb fixed to a parked motorcycle exploded next to a police van on Quetta's Sariab Road on Wednesday evening, killing three people, two of them policemen, and wounding at least eleven, officials said.

Senior police officer Imran Qaiser said the device had been set off by remote control. A doctor at the city's Civil Hospital later put the death toll at five, saying two of the wounded had died during the night. No group has claimed the bombing.

Hours earlier, gunmen stormed a Frontier Corps (FC) checkpoint in the Buleda area of Kech district, setting off a gunfight that lasted until dusk. The army's media wing, Inter-Services Public Relations (ISPR), said four soldiers and six attackers were killed.

Separately, relatives of student activist Baseer Jan said he had been taken from his home in Turbat by men in plain clothes on Monday night and had not been heard from since. Families of missing people have been holding a sit-in outside the Quetta Press Club since 1 April.

Balochistan's home minister, Zafar Baloch, told the provincial assembly that 27 security personnel had been killed in the province since January, and promised more checkpoints on highways leading out of the provincial capital.

Read more: Why Balochistan's insurgency is growing again""",
  [E("IED", "2023-04-12", "day", "PK", "Balochistan", "Quetta", None, "Police",
     "A bomb fixed to a parked motorcycle exploded", fat=3, lo=3, hi=5, inj=11,
     attr=["officials", "doctor"]),
   E("AC", "2023-04-12", "day", "PK", "Balochistan", "Buleda", "Unidentified armed group", "Frontier Corps",
     "gunmen stormed a Frontier Corps (FC) checkpoint", fat=10,
     attr=["Inter-Services Public Relations"]),
   E("ABD", "2023-04-10", "day", "PK", "Balochistan", "Turbat", "Unidentified armed group", "Civilians",
     "taken from his home in Turbat"),
   E("PP", "2023-04-01/2023-04-13", "range", "PK", "Balochistan", "Quetta", "Protesters", None,
     "holding a sit-in outside the Quetta Press Club")],
  [T("deaths", 27, "2023-04-13", "security personnel killed in Balochistan since January", "Zafar Baloch")])

D("d003", "en", "2025-10-16", """Garment workers clash with police outside Dhaka; one dead

GAZIPUR, Bangladesh — Thousands of garment workers demanding unpaid wages blocked the Dhaka-Mymensingh highway in Gazipur on Wednesday and hurled bricks at police, who answered with tear gas and rubber bullets, witnesses and police said.

One worker, 22-year-old Rupa Akter, died of her injuries in a local hospital, her brother told reporters. Police denied firing live rounds. The industrial police said about 30 people, 12 of them officers, were injured.

In nearby Ashulia, workers from at least 20 factories walked out on the same day and marched peacefully to the zone office of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA), a local labour federation said. The BGMEA later said dozens of factories in both industrial belts would stay closed "until the situation normalises".

Police on Thursday arrested two labour leaders at their homes in Tongi, accusing them of instigating the violence.

The unrest follows last month's protests over the minimum wage, during which a worker was shot dead in Kashimpur on 23 September. The Bangladesh Labour Rights Forum says at least 60 workers have been detained across the industrial belt since September.

Get our South Asia briefing in your inbox every morning. Sign up here.""",
  [E("VD", "2025-10-15", "day", "BD", "Dhaka", "Gazipur", "Protesters", "Police",
     "blocked the Dhaka-Mymensingh highway in Gazipur on Wednesday", tags=["road_blockade", "tear_gas"],
     fat=1, inj=30, attr=["brother", "industrial police"]),
   E("PP", "2025-10-15", "day", "BD", "Dhaka", "Ashulia", "Protesters", None,
     "walked out on the same day and marched", tags=["strike", "march"]),
   E("ARR", "2025-10-16", "day", "BD", "Dhaka", "Tongi", "Police", "Labour activists",
     "Police on Thursday arrested two labour leaders", arr=2),
   E("EF", "2025-09-23", "day", "BD", "Dhaka", "Kashimpur", "Protesters", None,
     "a worker was shot dead in Kashimpur", fat=1)],
  [T("arrested", 60, "2025-10-16", "garment workers detained in the industrial belt since September",
     "Bangladesh Labour Rights Forum")])

D("d004", "en", "2019-08-29", """ISWAP fighters overrun army base in Borno; suicide blast hits Konduga

MAIDUGURI, Nigeria — Islamist fighters overran a military base in Gajiram, in Nigeria's northeastern Borno state, on Tuesday night, killing at least eight soldiers, two security sources said.

The Islamic State West Africa Province (ISWAP) said in a statement that its fighters had killed 20 soldiers and carried away weapons and vehicles. The army did not comment.

Hours later, a female suicide bomber blew herself up near a fish market in Konduga, about 35 km southeast of Maiduguri, killing four civilians and wounding 17, according to Usman Kachalla, a leader of the Civilian Joint Task Force (CJTF), a militia that helps the army.

Air Force spokesman Ibikunle Daramola said jets had struck ISWAP positions near Baga on Wednesday, "neutralising scores of terrorists". The claim could not be independently verified.

Nearly 300 soldiers have been killed in the northeast this year, according to a count by security analysts cited by local newspapers. The conflict, now in its tenth year, has killed more than 30,000 people and driven about two million from their homes, according to the United Nations.

Copyright 2019. This material may not be published, broadcast, rewritten or redistributed.""",
  [E("AC", "2019-08-27", "day", "NG", "Borno", "Gajiram", "ISWAP", "Military",
     "Islamist fighters overran a military base in Gajiram", fat=8, lo=8, hi=20,
     attr=["security sources", "ISWAP"]),
   E("SB", "2019-08-27/2019-08-28", "range", "NG", "Borno", "Konduga", "Unidentified armed group", "Civilians",
     "a female suicide bomber blew herself up", fat=4, inj=17, attr=["Usman Kachalla"]),
   E("AIR", "2019-08-28", "day", "NG", "Borno", "Baga", "Military", "ISWAP",
     "jets had struck ISWAP positions near Baga", attr=["Ibikunle Daramola"])],
  [T("deaths", 300, "2019-08-29", "soldiers killed in northeast Nigeria this year", "security analysts"),
   T("deaths", 30000, "2019-08-29", "people killed in the northeast conflict over ten years", "United Nations")])

D("d005", "en", "2023-02-14", """Resistance fighters seize Sagaing town; junta answers with shells and jets

Anti-junta fighters captured the town of Kawlin in Myanmar's Sagaing Region on Saturday after three days of fighting with government troops, a spokesman for the local People's Defence Force (PDF) said, adding that five of its fighters had died. State-run media said on Sunday that troops had "repelled an attack" in the area and killed 17 "terrorists".

Residents said the army responded on Sunday by firing artillery shells into villages around Kawlin, killing at least three people, including a child. A fighter jet bombed a monastery in Pinlebu township on Monday morning, killing four monks and a novice, according to a local rescue team. A junta spokesman denied that any religious building had been hit.

Last Tuesday, soldiers rounded up about 40 villagers in Kawlin township and forced them to carry ammunition, the PDF said. Their families say they have not returned.

According to the Assistance Association for Political Prisoners (AAPP), a rights group, more than 2,900 people have been killed by the security forces since the February 2021 coup.

This story has been updated with the junta's response.""",
  [E("NS", "2023-02-11", "day", "MM", "Sagaing", "Kawlin", "People's Defence Force", "Military",
     "Anti-junta fighters captured the town of Kawlin", fat=5, lo=5, hi=17,
     attr=["People's Defence Force", "state-run media"]),
   E("SH", "2023-02-12", "day", "MM", "Sagaing", "Kawlin", "Military", "Civilians",
     "firing artillery shells into villages around Kawlin", fat=3, attr=["residents"]),
   E("AIR", "2023-02-13", "day", "MM", "Sagaing", "Pinlebu", "Military", "Civilians",
     "A fighter jet bombed a monastery in Pinlebu", fat=5, attr=["local rescue team"]),
   E("ABD", "2023-02-07", "day", "MM", "Sagaing", "Kawlin", "Military", "Civilians",
     "soldiers rounded up about 40 villagers")],
  [T("deaths", 2900, "2023-02-14", "people killed by Myanmar's security forces since the February 2021 coup",
     "Assistance Association for Political Prisoners")])

D("d006", "en", "2024-02-20", """Zambian unions threaten nationwide strike over power cuts

LUSAKA — Zambia's largest labour federation said on Monday it would call a nationwide strike from 1 March unless the government cut electricity tariffs and shortened the daily power cuts that have hobbled mines and small businesses.

"Workers cannot pay more for a service they do not receive," said the federation's secretary general, Ruth Mwanza, at a news conference. She said branches in all ten provinces had been told to prepare for "peaceful mass action".

Energy Minister Peter Sakala told parliament the tariff review would be completed within weeks and appealed to unions to "give dialogue a chance". Home Affairs officials said police would be deployed at key installations if the strike went ahead, and warned that any unauthorised march would be stopped.

Economists said a prolonged stoppage could cut copper output at a time when prices are recovering. The kwacha weakened slightly against the dollar after the announcement.

Opposition leaders backed the unions' demands but stopped short of calling their own supporters onto the streets. Analysts recalled that years of tension over living costs had regularly spilled over into strikes in the past.

Subscribe to our Southern Africa newsletter for weekly analysis.""")

D("d007", "en", "2022-06-21", """Three killed as Iraqi security forces fire on Nasiriyah protesters

NASIRIYAH, Iraq — Three protesters were killed and more than 50 wounded when security forces opened fire on demonstrators in Nasiriyah's Habboubi Square on Sunday, medical sources in Dhi Qar province said. The Iraqi High Commission for Human Rights (IHCHR) put the death toll at five. The Interior Ministry said its forces had fired only into the air.

The demonstrators, most of them unemployed graduates, had gathered to demand jobs in the oil sector, witnesses said. Later that night, protesters set fire to the local office of a ruling-coalition party a few streets away. No one was inside at the time, according to a civil defence official.

On Monday, provincial authorities imposed a 24-hour curfew on the city. On Tuesday, the Supreme Judicial Council said an investigative court in Dhi Qar had opened an inquiry into Sunday's deaths.

Nasiriyah has been a centre of protest since October 2019; rights groups say more than 100 people have been killed in the province since then.

This article was updated on Tuesday with the judiciary's announcement.""",
  [E("EF", "2022-06-19", "day", "IQ", "Dhi Qar", "Nasiriyah", "Protesters", "Security forces",
     "security forces opened fire on demonstrators", fat=3, lo=3, hi=5, inj=50,
     attr=["medical sources", "High Commission for Human Rights"]),
   E("VD", "2022-06-19", "day", "IQ", "Dhi Qar", "Nasiriyah", "Protesters", None,
     "protesters set fire to the local office"),
   E("OTH", "2022-06-20", "day", "IQ", "Dhi Qar", "Nasiriyah", "Provincial authorities", None,
     "provincial authorities imposed a 24-hour curfew", tags=["curfew"]),
   E("OTH", "2022-06-21", "day", "IQ", "Dhi Qar", "Nasiriyah", "Investigative court", None,
     "had opened an inquiry into Sunday's deaths", tags=["investigation"])],
  [T("deaths", 100, "2022-06-21", "people killed in Dhi Qar province since the October 2019 protests began",
     "rights groups")])

D("d008", "en", "2024-04-08", """Colombian police officer killed in dissident attack in Cauca

BOGOTÁ — Fighters from a dissident faction of the former Revolutionary Armed Forces of Colombia (FARC) attacked the police station in the town of Suárez, in the southwestern department of Cauca, before dawn on Friday, killing one officer and wounding three, the National Police said.

On Thursday, a drone carrying explosives hit a house in the rural area of Argelia, further south, injuring a woman and her two children, the municipal ombudsman said. Nobody claimed the attack.

In Popayán, the departmental capital, several hundred people marched on Saturday to demand protection for community leaders. The march ended in front of the governor's office with a minute of silence.

On Sunday, members of the Indigenous Guard detained four men suspected of belonging to the faction near Toribío and handed them over to prosecutors, the Regional Indigenous Council of Cauca (CRIC) said.

The Institute for Development and Peace Studies (Indepaz) says 38 social leaders have been killed in Colombia so far this year.

Read more: What is left of Colombia's "total peace" policy?""",
  [E("AC", "2024-04-05", "day", "CO", "Cauca", "Suárez", "FARC dissidents", "Police",
     "attacked the police station in the town", fat=1, inj=3, attr=["National Police"]),
   E("AIR", "2024-04-04", "day", "CO", "Cauca", "Argelia", None, "Civilians",
     "a drone carrying explosives hit a house", inj=3, attr=["municipal ombudsman"]),
   E("PP", "2024-04-06", "day", "CO", "Cauca", "Popayán", "Protesters", None,
     "several hundred people marched on Saturday", tags=["march"]),
   E("ARR", "2024-04-07", "day", "CO", "Cauca", "Toribío", "Indigenous Guard", "FARC dissidents",
     "detained four men suspected of belonging", arr=4, attr=["Regional Indigenous Council of Cauca"])],
  [T("deaths", 38, "2024-04-08", "social leaders killed in Colombia since the start of the year",
     "Institute for Development and Peace Studies")])
