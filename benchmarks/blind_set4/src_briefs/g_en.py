"""Briefs g001-g016, English. Each text sits beside its gold."""
from common import doc, ev, tally, prev, shift, rng

DOCS = []
A = DOCS.append

# g001 - strike day with a sit-in; boilerplate line
P = "2024-03-14"
A(doc("g001", "en", P,
      "Mombasa dockers down tools over overtime pay\n"
      "MOMBASA, Kenya — Several hundred members of the Dock Workers Union (DWU) stayed away from "
      "their posts on Tuesday and held a sit-in at the gates of the Kenya Ports Authority, demanding "
      "the return of a scrapped overtime allowance. The union's secretary-general said a longer "
      "stoppage could follow if talks failed.\n"
      "Sign up for our East Africa newsletter.",
      [ev("PP", prev(P, "tue"), "day", "KE", "Mombasa", "Mombasa", "Dock Workers Union", None,
          "held a sit-in at the gates", tags=["strike"])]))

# g002 - dispersal with rival arrest figures
P = "2024-05-28"
A(doc("g002", "en", P,
      "Armenian police detain dozens at parliament sit-in\n"
      "YEREVAN — Riot police removed demonstrators who had blocked Baghramyan Avenue outside the "
      "National Assembly on Monday, carrying some of them to waiting buses. The Interior Ministry put "
      "the number of people detained at 41; the Helsinki Citizens' Assembly-Vanadzor, a rights group, "
      "said more than 60 had been taken to police stations.",
      [ev("PWI", prev(P, "mon"), "day", "AM", "Yerevan", "Yerevan", "Protesters", "Police",
          "Riot police removed demonstrators", tags=["road_blockade"], arr=41,
          attr=["Interior Ministry", "Helsinki Citizens' Assembly-Vanadzor"])]))

# g003 - students throw bricks; injured summed from two sources
P = "2025-02-15"
A(doc("g003", "en", P,
      "KATHMANDU, Feb 15 — Members of the Nepal Students' Union (NSU) hurled bricks at riot police "
      "outside the Tribhuvan University gates in Kirtipur on Friday, and officers answered with tear "
      "gas and water cannon. Police said eleven officers were hurt; the NSU said 19 students needed "
      "hospital treatment.",
      [ev("VD", prev(P, "fri"), "day", "NP", "Bagmati Province", "Kirtipur",
          "Nepal Students' Union", "Police", "hurled bricks at riot police", tags=["tear_gas"],
          inj=30, attr=["police", "Nepal Students' Union"])]))

# g004 - looting crowd overnight; passive voice; zero injuries
P = "2022-08-16"
A(doc("g004", "en", P,
      "JOHANNESBURG — Shops owned by foreign nationals were looted and set alight in Alexandra "
      "overnight as crowds moved from street to street. Gauteng police spokesperson Thandiwe Mokoena "
      "said sixteen people had been arrested and that no injuries had been reported.",
      [ev("MOB", rng(shift(P, -1), P), "range", "ZA", "Gauteng", "Johannesburg", "Rioters",
          "Civilians", "were looted and set alight in Alexandra", fat=0, inj=0, arr=16,
          attr=["Thandiwe Mokoena"])]))

# g005 - town retaken; deaths from two sources added (parts, not rivals)
P = "2023-10-09"
A(doc("g005", "en", P,
      "MAIDUGURI, Nigeria — Nigerian troops have recaptured Malam Fatori, a Borno State town near the "
      "border with Niger, from fighters of Islamic State West Africa Province (ISWAP) after fighting "
      "on Thursday and Friday, the army said on Sunday. An army spokesman said 22 insurgents were "
      "killed; a member of the Civilian Joint Task Force told reporters that four soldiers also died.",
      [ev("GRT", rng(prev(P, "thu"), prev(P, "fri")), "range", "NG", "Borno", "Malam Fatori",
          "Military", "Islamic State West Africa Province", "have recaptured Malam Fatori",
          fat=26, attr=["army spokesman", "Civilian Joint Task Force"])]))

# g006 - overnight shelling plus a cumulative tally
P = "2024-07-16"
A(doc("g006", "en", P,
      "Two killed as Nikopol shelled overnight\n"
      "Russian artillery pounded the riverside town of Nikopol in Ukraine's Dnipropetrovsk region "
      "overnight, killing two men and wounding five other people, the regional military "
      "administration said. It said 47 residents of the town had been killed by shelling since the "
      "start of the year.",
      [ev("SHELL", rng(shift(P, -1), P), "range", "UA", "Dnipropetrovsk Oblast", "Nikopol",
          "Military of Russia", "Civilians", "Russian artillery pounded the riverside town",
          fat=2, inj=5, attr=["regional military administration"])],
      [tally("deaths", 47, P, "Nikopol residents killed by shelling since the start of 2024",
             "regional military administration")]))

# g007 - roadside bomb, passive, rival figures
P = "2023-04-13"
A(doc("g007", "en", P,
      "MOGADISHU — At least seven passengers died on Wednesday when a minibus hit a roadside bomb on "
      "the road linking Afgoye to the capital, a district official said. A witness who helped carry "
      "the wounded said he had counted ten bodies.",
      [ev("IED", prev(P, "wed"), "day", "SO", "Lower Shabelle", "Afgoye", None, "Civilians",
          "a minibus hit a roadside bomb", fat=7, lo=7, hi=10,
          attr=["district official", "witness"])]))

# g008 - soldiers burn homes; month precision; residents as source
P = "2023-06-20"
A(doc("g008", "en", P,
      "Villagers say troops torched homes in Yinmabin\n"
      "Soldiers set fire to more than a hundred houses in Yinmabin township, Sagaing Region, earlier "
      "this month, and an elderly woman who could not flee died in the blaze, residents told an "
      "exile-run news outlet. The military did not respond to requests for comment.",
      [ev("ATT", P[:7], "month", "MM", "Sagaing Region", "Yinmabin", "Military", "Civilians",
          "Soldiers set fire to more than a hundred", fat=1, attr=["residents"])]))

# g009 - abduction, passive, unnamed gang
P = "2022-03-08"
A(doc("g009", "en", P,
      "PORT-AU-PRINCE — Six members of a Catholic religious order and two of their relatives were "
      "seized by armed men on Saturday on the road to Kenscoff, in the hills above the capital, the "
      "order said in a statement. Police blamed a gang that controls the area but gave no details.",
      [ev("ABD", prev(P, "sat"), "day", "HT", "Ouest", "Kenscoff", "Unidentified armed group",
          "Civilians", "were seized by armed men on Saturday")]))

# g010 - strike and the agreement that ended it
P = "2024-08-29"
A(doc("g010", "en", P,
      "GILGIT, Pakistan — The Awami Action Committee called off an eleven-day shutter-down strike in "
      "Gilgit late on Wednesday after the regional government agreed to restore a wheat subsidy, the "
      "committee's spokesman said. Markets reopened on Thursday morning.",
      [ev("PP", rng(shift(prev(P, "wed"), -10), prev(P, "wed")), "range", "PK", "Gilgit-Baltistan",
          "Gilgit", "Awami Action Committee", None, "an eleven-day shutter-down strike",
          tags=["strike"]),
       ev("AGR", prev(P, "wed"), "day", "PK", "Gilgit-Baltistan", "Gilgit",
          "Awami Action Committee", "Government of Gilgit-Baltistan",
          "called off an eleven-day shutter-down strike")]))

# g011 - night arrest of a student leader; background arrest with no place; tally
P = "2022-11-16"
A(doc("g011", "en", P,
      "COLOMBO — Plain-clothes police took the convener of the Inter University Students' Federation "
      "(IUSF) from his boarding house in Colombo on Monday night, his lawyer said. It is the second "
      "time he has been held this year. A lawyers' collective says 140 students have been detained "
      "since the protests began in March.",
      [ev("ARR", prev(P, "mon"), "day", "LK", "Western", "Colombo", "Police",
          "Inter University Students' Federation", "Plain-clothes police took the convener",
          arr=1, attr=["lawyer"])],
      [tally("arrested", 140, P, "students detained since the protests began in March 2022",
             "lawyers' collective")]))

# g012 - nationwide strike and its suspension (country-level events)
P = "2025-09-17"
A(doc("g012", "en", P,
      "ABUJA — The Nigeria Labour Congress (NLC) suspended its indefinite general strike on Tuesday "
      "evening, a day after the stoppage shut banks, schools and federal offices across the country. "
      "NLC leaders said they wanted to give negotiators room to work.",
      [ev("PP", rng(prev(P, "mon"), prev(P, "tue")), "range", "NG", None, None,
          "Nigeria Labour Congress", None, "the stoppage shut banks, schools and federal offices",
          tags=["strike"]),
       ev("CHG", prev(P, "tue"), "day", "NG", None, None, "Nigeria Labour Congress", None,
          "suspended its indefinite general strike")]))

# g013 - base set up, no date knowable
P = "2024-02-21"
A(doc("g013", "en", P,
      "SITTWE, Myanmar — Fighters of the Arakan Army have set up a camp in the grounds of a disused "
      "high school in Kyauktaw township, in Rakhine State, residents said on Tuesday. No fighting was "
      "reported in the area.",
      [ev("HQ", None, "unknown", "MM", "Rakhine State", "Kyauktaw", "Arakan Army", None,
          "have set up a camp")]))

# g014 - arson on an office, no crowd; zeros
P = "2017-11-06"
A(doc("g014", "en", P,
      "KISUMU — The constituency office of a Kisumu Central legislator was broken into and set on "
      "fire in the early hours of Sunday, police said, adding that nobody was hurt and that no arrests "
      "had been made.",
      [ev("LOOT", prev(P, "sun"), "day", "KE", "Kisumu", "Kisumu", None, None,
          "was broken into and set on fire", fat=0, inj=0, arr=0, attr=["police"])]))

# g015 - NEGATIVE: museum exhibition about past protest
P = "2019-04-03"
A(doc("g015", "en", P,
      "Banners of dissent go on show\n"
      "An exhibition of more than two hundred banners, placards and leaflets from a century of "
      "marches, strikes and sit-ins opens at a Manchester museum on Friday. Curators said the "
      "collection traced how slogans travelled from one picket line to the next.",
      []))

# g016 - NEGATIVE: market metaphors
P = "2020-03-10"
A(doc("g016", "en", P,
      "Bloodbath on the bourses\n"
      "Stocks were hammered across Asia on Monday as an oil price war sent investors fleeing, with "
      "one Hong Kong dealer describing a \"massacre\" on the trading floor. Energy shares took the "
      "heaviest fire, and analysts warned the assault on valuations was far from over.",
      []))
