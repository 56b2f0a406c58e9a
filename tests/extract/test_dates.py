"""Tests of the date finder: resolution against publication, anchors, speech and future."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from willay.extract.dates import DateFinder, find_dates
from willay.model import Document, EventDate, Mention, Sentence, Span

FINDER = DateFinder()
FRIDAY = "2023-01-13"


def run(text: str, published: str | None = FRIDAY, lang: str | None = "en",
        precision: str | None = None) -> dict[str, Mention]:
    """The date mentions of ``text``, by quote (checking every span on the way)."""
    pub = dt.date.fromisoformat(published) if published else None
    doc = Document(id="t", text=text, published=pub, language=lang,
                   published_precision=precision or ("day" if pub else None))
    FINDER(doc)
    out = {}
    for m in doc.mentions:
        assert m.kind == "date"
        m.span.verify(text)
        assert m.attrs["kind"] in ("absolute", "day_month", "weekday", "relative_day", "offset",
                                   "ago", "month", "year", "range", "night")
        assert m.attrs["anchor"] in ("publication", "previous", "explicit", "none")
        out[m.span.quote] = m
    return out


def iso(m: Mention) -> str | None:
    return m.value.iso() if m.value is not None else None


# ------------------------------------------------------------------------------- English


def test_weekday_is_the_most_recent_such_day() -> None:
    got = run("Protesters marched on Monday in the capital.")
    m = got["on Monday"]
    assert iso(m) == "2023-01-09"
    assert m.attrs["kind"] == "weekday" and m.attrs["anchor"] == "publication"
    assert m.attrs["speech"] is False and m.attrs["future"] is False


def test_sunday_in_a_text_published_monday_is_the_day_before() -> None:
    assert iso(run("They blocked roads on Sunday.", "2023-01-16")["on Sunday"]) == "2023-01-15"


def test_this_weekday_on_its_own_day_is_publication_day_and_last_is_strictly_before() -> None:
    got = run("This Friday a rally took place. Last Friday a vigil took place.")
    assert iso(got["This Friday"]) == "2023-01-13"
    assert iso(got["Last Friday"]) == "2023-01-06"


def test_offset_is_anchored_on_the_previous_date_not_publication() -> None:
    got = run("On January 9, police fired on a crowd. Just two days later, a march was held.")
    assert iso(got["On January 9"]) == "2023-01-09"
    later = got["Just two days later"]
    assert iso(later) == "2023-01-11"
    assert later.attrs["kind"] == "offset" and later.attrs["anchor"] == "previous"


def test_hedged_passive_is_not_a_report_date() -> None:
    got = run("On January 9, it was reported that 17 people were killed. Two days later, a march.")
    assert got["On January 9"].attrs["speech"] is False
    assert iso(got["Two days later"]) == "2023-01-11"


def test_report_date_after_a_speech_verb() -> None:
    got = run("The health office said on Saturday that three died in clashes.")
    m = got["on Saturday"]
    assert m.attrs["speech"] is True
    assert iso(m) == "2023-01-07"


def test_report_date_opening_the_clause_before_said_that() -> None:
    got = run("On Tuesday, the ministry said that three died. Protesters marched on Tuesday, "
              "police said.")
    assert got["On Tuesday"].attrs["speech"] is True
    assert got["on Tuesday"].attrs["speech"] is False


def test_announced_yesterday_that_is_a_report_date() -> None:
    m = run("The prosecutor announced yesterday that an inquiry was opened.")["yesterday"]
    assert m.attrs["speech"] is True and m.attrs["kind"] == "relative_day"
    assert iso(m) == "2023-01-12"


def test_speech_verb_in_the_previous_sentence_does_not_count() -> None:
    text = "The mayor said\nMonday saw clashes in the port."
    sentences = [Sentence(Span.of(text, 0, 14), 0), Sentence(Span.of(text, 15, len(text)), 1)]
    doc = Document(id="s", text=text, published=dt.date(2023, 1, 13), language="en",
                   sentences=sentences)
    (m,) = FINDER.find(doc)
    assert m.span.quote == "Monday" and m.attrs["speech"] is False


def test_future_markers_next_week_and_tomorrow() -> None:
    got = run("Unions will march on Monday. A strike starts next week. Tomorrow they meet.")
    assert got["on Monday"].attrs["future"] is True
    nxt = got["next week"]
    assert nxt.attrs["future"] is True
    assert nxt.value is not None and nxt.value.start > dt.date(2023, 1, 13)
    assert got["Tomorrow"].attrs["future"] is True and iso(got["Tomorrow"]) == "2023-01-14"


def test_ago_and_approximate_ago() -> None:
    got = run("Three days ago roads were blocked. About a week ago a march was held.")
    assert iso(got["Three days ago"]) == "2023-01-10"
    approx = got["About a week ago"]
    assert approx.value == EventDate.day(dt.date(2023, 1, 6), "approx")
    assert approx.attrs["kind"] == "ago"


def test_relative_days_and_time_of_night() -> None:
    got = run("Yesterday police fired. Last night there were riots. Today a vigil.")
    assert iso(got["Yesterday"]) == "2023-01-12"
    assert iso(got["Last night"]) == "2023-01-12" and got["Last night"].attrs["time"] == "night"
    assert iso(got["Today"]) == "2023-01-13"


def test_months_years_and_parts_of_months() -> None:
    got = run("In December, protests began. In 2019 there was a coup. Late August was calm. "
              "They marched in May 2022. At the end of September a strike.")
    assert iso(got["In December"]) == "2022-12" and got["In December"].attrs["kind"] == "month"
    assert iso(got["In 2019"]) == "2019" and got["In 2019"].attrs["kind"] == "year"
    assert iso(got["Late August"]) == "2022-08" and got["Late August"].attrs["part"] == "late"
    assert iso(got["in May 2022"]) == "2022-05" and got["in May 2022"].attrs["anchor"] == "explicit"
    assert iso(got["At the end of September"]) == "2022-09"


def test_modal_may_and_lowercase_march_are_not_dates() -> None:
    assert run("Police may march them out; the march went on.") == {}


def test_day_month_takes_publication_year_or_the_previous_one() -> None:
    got = run("January 4 saw a strike. On December 20 a road was cut.")
    assert iso(got["January 4"]) == "2023-01-04" and got["January 4"].attrs["kind"] == "day_month"
    assert iso(got["On December 20"]) == "2022-12-20"


def test_absolute_forms() -> None:
    got = run("On January 9, 2023, police fired. The decree of 14/11/2020 stands. "
              "Sun 29th September 2019 was tense.")
    assert got["On January 9, 2023"].attrs["kind"] == "absolute"
    assert got["On January 9, 2023"].attrs["anchor"] == "explicit"
    assert iso(got["14/11/2020"]) == "2020-11-14"
    assert iso(got["Sun 29th September 2019"]) == "2019-09-29"


def test_parenthesised_abbreviated_date() -> None:
    got = run("The first death was recorded hours ago (Jan. 9) in the city.")
    assert iso(got["(Jan. 9)"]) == "2023-01-09"


def test_ranges() -> None:
    got = run("Clashes went on between Saturday 14 and Monday 16. Marches on Thursday and Friday.",
              "2023-01-17")
    m = got["between Saturday 14 and Monday 16"]
    assert m.attrs["kind"] == "range" and iso(m) == "2023-01-14/2023-01-16"
    assert iso(got["on Thursday and Friday"]) == "2023-01-12/2023-01-13"


def test_two_dates_joined_by_and_stay_two_dates() -> None:
    got = run("Strikes on January 4 and January 9.")
    assert iso(got["on January 4"]) == "2023-01-04" and iso(got["January 9"]) == "2023-01-09"


def test_since_and_duration_are_ranges_to_publication() -> None:
    got = run("Since Saturday roads are blocked. A blockade for 24 days.")
    assert iso(got["Since Saturday"]) == "2023-01-07/2023-01-13"
    assert iso(got["for 24 days"]) == "2022-12-21/2023-01-13"


def test_night_without_a_date_is_the_two_day_range() -> None:
    m = run("Another night of clashes left the centre in ruins.")["Another night of clashes"]
    assert m.attrs["kind"] == "night" and iso(m) == "2023-01-12/2023-01-13"


def test_clock_time_is_attached() -> None:
    m = run("Soldiers arrived at about 6:45pm on Tuesday evening.")["on Tuesday evening"]
    assert iso(m) == "2023-01-10" and m.attrs["time"] == "18:45"


def test_offset_from_an_explicit_date() -> None:
    m = run("One month after January 9, a march was held.")["One month after January 9"]
    assert iso(m) == "2023-02-09" and m.attrs["anchor"] == "explicit"


def test_month_precision_publication() -> None:
    got = run("On Tuesday, soldiers fired. On Sunday, more came.", "2023-01-01",
              precision="month")
    assert got["On Tuesday"].value == EventDate.month(2023, 1)
    got = run("On Tuesday 10, more came.", "2023-01-01", precision="month")
    assert iso(got["On Tuesday 10"]) == "2023-01-10"


@pytest.mark.parametrize(("lang", "text", "numbered", "bare", "day"), [
    ("en", "Villagers marched on Sunday (12) in Arbola. The mayor was shot on Wednesday.",
     "on Sunday (12)", "on Wednesday", "2031-10-08"),
    ("es", "Los vecinos marcharon el domingo (12) en Arbola. El alcalde fue baleado el "
     "miércoles.", "el domingo (12)", "el miércoles", "2031-10-08"),
    ("fr", "Les habitants ont marché dimanche 12, à Arbola. Le maire a été blessé mercredi.",
     "dimanche 12", "mercredi", "2031-10-08"),
    ("pt", "Moradores marcharam neste domingo (12.out) em Arbola. O prefeito foi baleado "
     "na quarta-feira.", "neste domingo (12.out)", "na quarta-feira", "2031-10-08"),
])
def test_weekday_with_its_day_number_anchors_a_month_dated_text(
        lang: str, text: str, numbered: str, bare: str, day: str) -> None:
    """A weekday written with its day number ("domingo (12)", "sábado (29.mai)") is a day
    of the text: in a page dated only by its month, the other weekdays count back from it."""
    got = run(text, "2031-10-01", lang=lang, precision="month")
    assert iso(got[numbered]) == "2031-10-12"
    assert iso(got[bare]) == day


def test_no_publication_date_gives_none_for_relative_expressions() -> None:
    got = run("On Tuesday, soldiers fired. In December 2022 more came.", None)
    assert got["On Tuesday"].value is None and got["On Tuesday"].attrs["anchor"] == "none"
    assert iso(got["In December 2022"]) == "2022-12"


def test_unknown_language_falls_back_to_english() -> None:
    assert iso(run("On Monday they marched.", lang="xx")["On Monday"]) == "2023-01-09"


def test_find_dates_does_not_modify_the_document() -> None:
    doc = Document(id="t", text="Yesterday.", published=dt.date(2023, 1, 13))
    assert [m.span.quote for m in find_dates(doc)] == ["Yesterday"]
    assert doc.mentions == []


# ------------------------------------------------------------------------------- Spanish


def test_spanish_dates() -> None:
    got = run("El lunes 9 de enero murieron 17. Dos días después, una marcha. Ayer hubo paro. "
              "Anoche, disturbios. Hace dos días se bloqueó la vía. Hoy marchan.", lang="es")
    assert iso(got["El lunes 9 de enero"]) == "2023-01-09"
    assert got["El lunes 9 de enero"].attrs["kind"] == "day_month"
    assert iso(got["Dos días después"]) == "2023-01-11"
    assert got["Dos días después"].attrs["anchor"] == "previous"
    assert iso(got["Ayer"]) == "2023-01-12"
    assert iso(got["Anoche"]) == "2023-01-12" and got["Anoche"].attrs["time"] == "night"
    assert iso(got["Hace dos días"]) == "2023-01-11" and got["Hace dos días"].attrs["kind"] == "ago"
    assert iso(got["Hoy"]) == "2023-01-13"


def test_spanish_weekdays_this_last_next() -> None:
    got = run("Este viernes hubo una marcha. El pasado viernes hubo otra. El próximo lunes "
              "habrá paro.", lang="es")
    assert iso(got["Este viernes"]) == "2023-01-13"
    assert iso(got["El pasado viernes"]) == "2023-01-06"
    assert iso(got["El próximo lunes"]) == "2023-01-16"
    assert got["El próximo lunes"].attrs["future"] is True


def test_spanish_report_date() -> None:
    got = run("La Defensoría reportó este sábado que hubo detenciones.", lang="es")
    assert got["este sábado"].attrs["speech"] is True


def test_spanish_manana_is_tomorrow_but_la_manana_is_not_a_date() -> None:
    got = run("Por la mañana hubo calma. Mañana marcharán.", lang="es")
    assert list(got) == ["Mañana"]
    assert got["Mañana"].attrs["future"] is True


def test_spanish_future_marker() -> None:
    got = run("La marcha está prevista para el jueves.", lang="es")
    assert got["para el jueves"].attrs["future"] is True


def test_spanish_months_offsets_and_ranges() -> None:
    got = run("En diciembre de 2022 empezó. A finales de agosto hubo calma. El 14 de noviembre "
              "murió un joven. Al día siguiente hubo marchas. Bloqueos desde el lunes.", lang="es")
    assert iso(got["En diciembre de 2022"]) == "2022-12"
    assert iso(got["A finales de agosto"]) == "2022-08"
    assert iso(got["El 14 de noviembre"]) == "2022-11-14"
    assert iso(got["Al día siguiente"]) == "2022-11-15"
    assert iso(got["desde el lunes"]) == "2023-01-09/2023-01-13"


def test_spanish_full_date_with_weekday_and_time_of_day() -> None:
    got = run("Fue detenido la madrugada de este martes 14 de junio del 2022.", "2022-06-14",
              lang="es")
    m = got["la madrugada de este martes 14 de junio del 2022"]
    assert iso(m) == "2022-06-14" and m.attrs["kind"] == "absolute"
    assert m.attrs["time"] == "dawn"


def test_publication_day_read_from_a_caption_date() -> None:
    got = run("Manifestantes en Lima, 15 de octubre de 2025. La marcha tuvo lugar el miércoles.",
              "2025-10-01", lang="es", precision="month")
    m = got["el miércoles"]
    assert iso(m) == "2025-10-15" and m.attrs["reference"] == "2025-10-15"


# ---------------------------------------------------------------------------- Portuguese


def test_portuguese_dates() -> None:
    got = run("Pessoas se reuniram neste sábado (14) na praça. Na última sexta-feira houve "
              "marcha. Ontem, bloqueios. Há dois dias, greve. Neste domingo, vigília.",
              "2020-11-15", lang="pt")
    assert iso(got["neste sábado (14)"]) == "2020-11-14"
    assert got["neste sábado (14)"].attrs["kind"] == "day_month"
    assert iso(got["Na última sexta-feira"]) == "2020-11-13"
    assert iso(got["Ontem"]) == "2020-11-14"
    assert iso(got["Há dois dias"]) == "2020-11-13"
    assert iso(got["Neste domingo"]) == "2020-11-15"


def test_portuguese_speech_future_and_ordinals() -> None:
    got = run("A polícia informou nesta segunda-feira que dois morreram. Vão protestar amanhã. "
              "A segunda etapa começou em novembro de 2020. Dois dias depois, nova marcha.",
              "2020-11-15", lang="pt")
    assert got["nesta segunda-feira"].attrs["speech"] is True
    assert iso(got["nesta segunda-feira"]) == "2020-11-09"
    assert got["amanhã"].attrs["future"] is True
    assert "segunda" not in got
    assert iso(got["em novembro de 2020"]) == "2020-11"
    # Two days after a month is still only that month.
    assert got["Dois dias depois"].value == EventDate.month(2020, 11)


# -------------------------------------------------------------------------------- French


FR_PUB = "2019-06-14"


def test_french_calendar_dates() -> None:
    got = run("Le 3 juin 2019, l'armée a tiré. Le 25 mars, une marche. Mardi 3 décembre, "
              "des heurts.", FR_PUB, lang="fr")
    assert iso(got["Le 3 juin 2019"]) == "2019-06-03"
    assert iso(got["Le 25 mars"]) == "2019-03-25"
    assert iso(got["Mardi 3 décembre"]) == "2018-12-03"


def test_french_relative_expressions() -> None:
    got = run("Des manifestations ont éclaté ce lundi matin. Hier, des heurts. Ce soir, une "
              "veillée. Cette nuit, des pillages. Il y a deux jours, une grève. Depuis lundi, "
              "des barrages.", FR_PUB, lang="fr")
    assert iso(got["ce lundi matin"]) == "2019-06-10"
    assert got["ce lundi matin"].attrs["time"] == "morning"
    assert iso(got["Hier"]) == "2019-06-13"
    assert iso(got["Ce soir"]) == "2019-06-14" and got["Ce soir"].attrs["time"] == "evening"
    assert iso(got["Cette nuit"]) == "2019-06-13/2019-06-14"
    assert got["Cette nuit"].attrs["kind"] == "relative_day"
    assert iso(got["Il y a deux jours"]) == "2019-06-12"
    assert iso(got["Depuis lundi"]) == "2019-06-10/2019-06-14"


def test_french_offsets_speech_future_and_night() -> None:
    got = run("Le 3 juin, l'armée a tiré. Deux jours plus tard, une marche. Le lendemain, un "
              "sit-in. Le ministère a déclaré mardi que trois sont morts. Une nouvelle nuit "
              "d'affrontements. La marche prévue jeudi. Demain, grève.", FR_PUB, lang="fr")
    assert iso(got["Deux jours plus tard"]) == "2019-06-05"
    assert iso(got["Le lendemain"]) == "2019-06-06"
    assert got["mardi"].attrs["speech"] is True
    assert got["Une nouvelle nuit d'affrontements"].attrs["kind"] == "night"
    assert got["jeudi"].attrs["future"] is True
    assert got["Demain"].attrs["future"] is True


def test_french_relative_word_before_a_full_date_fixes_the_publication_day() -> None:
    got = run("Deux décès ont été enregistrés ce soir. Son procès aura lieu demain mardi 16 mai.",
              "2023-05-01", lang="fr", precision="month")
    assert iso(got["ce soir"]) == "2023-05-15"


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_every_language_resolves_a_plain_weekday(lang: str) -> None:
    word = {"en": "On Monday", "es": "el lunes", "pt": "na segunda-feira", "fr": "lundi"}[lang]
    got = run(f"X {word} Y.", lang=lang)
    assert iso(got[word]) == "2023-01-09"


# ------------------------------------------------------------------------- dev-set gate


def test_dev_set_trigger_sentence_dates(dev_dir: Path) -> None:
    """Proxy gate: a date value in the trigger sentence equals the gold date.

    Pinned just below the figure in docs/dates.md (26 of 30 on 2026-11-27).
    """
    from willay.model.serialize import parse_published
    from willay.text.segment import Segmenter

    gold = {}
    for line in (dev_dir / "gold.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        gold[rec["id"]] = rec["events"]
    seg = Segmenter()
    with_date = hits = 0
    for line in (dev_dir / "corpus.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        pub, prec = parse_published(rec["published"])
        doc = seg(Document(id=rec["id"], text=rec["text"], published=pub,
                           published_precision=prec, language=rec["lang"]))
        FINDER(doc)
        for event in gold[rec["id"]]:
            sent = doc.sentence_at(doc.text.index(event["trigger"]))
            assert sent is not None
            found = [m for m in doc.mentions if sent.start <= m.start < sent.end]
            if not found:
                continue
            with_date += 1
            values = {iso(m) for m in found if not m.attrs["speech"]}
            hits += event["date"] in values
    assert with_date >= 28
    assert hits >= 25


def test_capitalised_weekday_before_a_name_is_not_a_date() -> None:
    assert run("Domingo Pérez encabezó la marcha.", lang="es") == {}
    assert run("The Sunday Times said it.") == {}
    assert "Domingo" in run("Domingo, marcharon en Lima.", lang="es")


def test_portuguese_ha_is_ago() -> None:
    m = run("Há três semanas houve protestos.", "2020-11-15", lang="pt")["Há três semanas"]
    assert m.attrs["kind"] == "ago" and m.value is not None and m.value.precision == "approx"
    assert iso(m) == "2020-10-25"


def test_spanish_time_of_day_around_a_weekday() -> None:
    got = run("El martes por la noche hubo disturbios. La noche del sábado hubo saqueos.",
              lang="es")
    assert iso(got["El martes"]) == "2023-01-10" and got["El martes"].attrs["time"] == "night"
    assert iso(got["La noche del sábado"]) == "2023-01-07"
    assert got["La noche del sábado"].attrs["time"] == "night"


def test_overnight_is_a_night() -> None:
    m = run("Overnight, riots broke out.")["Overnight"]
    assert m.attrs["kind"] == "night" and m.attrs["time"] == "night"


def test_durations_in_years_are_not_dates() -> None:
    assert run("Fue condenado por 30 años de prisión.", lang="es") == {}
    assert iso(run("Bloquearon la vía durante dos semanas.", lang="es")["durante dos semanas"]) \
        == "2022-12-31/2023-01-13"


def test_typographic_apostrophe_and_impossible_days() -> None:
    got = run("Aujourd’hui, grève. Le 31 février, rien.", FR_PUB, lang="fr")
    assert iso(got["Aujourd’hui"]) == "2019-06-14"
    assert got["Le 31 février"].value is None and got["Le 31 février"].attrs["anchor"] == "none"


def test_a_bare_day_of_the_month_after_dia() -> None:
    got = run("No último dia 14, houve protestos. No dia 28, greve.", "2020-11-15", lang="pt")
    assert iso(got["No último dia 14"]) == "2020-11-14"
    assert iso(got["No dia 28"]) == "2020-10-28"  # over a week ahead: the month before
    got = run("El día 9 hubo marcha.", "2020-11-15", lang="es")
    assert iso(got["El día 9"]) == "2020-11-09"


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "Teachers marched on Monday.", "on Monday"),
    ("es", "Ayer marcharon los maestros.", "Ayer"),
    ("fr", "Hier, les enseignants ont défilé.", "Hier"),
    ("pt", "Ontem os professores marcharam.", "Ontem"),
])
def test_relative_dates_without_an_anchor_give_one_warning(lang: str, text: str,
                                                           quote: str) -> None:
    bare = DateFinder()(Document(id="w", text=text, language=lang))
    assert len(bare.warnings) == 1, bare.warnings
    assert "not anchored" in bare.warnings[0] and "--published" in bare.warnings[0]
    assert repr(quote) in bare.warnings[0]
    dated = DateFinder()(Document(id="w", text=text, language=lang,
                                  published=dt.date(2031, 3, 14)))
    assert dated.warnings == []


def test_an_offset_with_nothing_before_it_is_a_warning_even_when_published() -> None:
    doc = DateFinder()(Document(id="w", text="La veille, des manifestants ont bloqué la route.",
                                language="fr", published=dt.date(2031, 3, 14)))
    assert doc.warnings == ["relative dates not anchored: 'La veille'"]


# ------------------------------------------------------------- calendar facts (issue 11)


def test_a_day_number_after_a_weekday_takes_the_month_where_that_weekday_falls() -> None:
    # Published in June 2031 (month only): Wednesday the 28th is in May, not June.
    got = run("A greve começou na quarta-feira (28) em Belém.", "2031-06-01", lang="pt",
              precision="month")
    assert iso(got["na quarta-feira (28)"]) == "2031-05-28"
    got = run("El paro empezó el jueves (4) en Oruro.", "2031-09-10", lang="es")
    assert iso(got["el jueves (4)"]) == "2031-09-04"


def test_a_weekday_with_day_and_month_picks_the_year_it_fits() -> None:
    # Published 14 March 2031: "lundi 2 décembre" is 2030 (a Monday), as the default says;
    # "vendredi 3 décembre" is a Friday only in 2027, too far: the default year stays.
    got = run("Lundi 2 décembre, une marche. Vendredi 3 décembre, une grève.", "2031-03-14",
              lang="fr")
    assert iso(got["Lundi 2 décembre"]) == "2030-12-02"
    assert iso(got["Vendredi 3 décembre"]) == "2030-12-03"
    # Published 14 March 2031: 22 March 2031 is a Saturday, 22 March 2030 a Friday.
    got = run("On Friday 22 March the miners struck.", "2031-03-14")
    assert iso(got["On Friday 22 March"]) == "2030-03-22"
    got = run("Le vendredi 22 mars, les mineurs ont fait grève.", "2031-03-14", lang="fr")
    assert iso(got["Le vendredi 22 mars"]) == "2030-03-22"


@pytest.mark.parametrize(("lang", "text", "quote", "value"), [
    ("en", "Fighting raged in October and November around the town.", "in October and November",
     "2030-10-01/2030-11-30"),
    ("en", "They withdrew in December and January.", "in December and January",
     "2030-12-01/2031-01-31"),
    ("es", "Las marchas de enero a marzo de 2029 fueron masivas.", "de enero a marzo de 2029",
     "2029-01-01/2029-03-31"),
    ("fr", "Les grèves d'octobre à décembre 2028 ont paralysé le port.", "octobre à décembre 2028",
     "2028-10-01/2028-12-31"),
    ("pt", "Houve bloqueios entre março e maio de 2027.", "entre março e maio de 2027",
     "2027-03-01/2027-05-31"),
])
def test_two_months_joined_make_one_range(lang: str, text: str, quote: str, value: str) -> None:
    m = run(text, "2031-02-10", lang=lang)[quote]
    assert iso(m) == value and m.value.precision == "range"


@pytest.mark.parametrize(("lang", "text", "quote", "published", "value"), [
    # 2031-03-12 is a Wednesday: the weekend before is 8-9 March.
    ("en", "Crowds gathered over the weekend in the square.", "over the weekend", "2031-03-12",
     "2031-03-08/2031-03-09"),
    ("es", "La protesta empezó el fin de semana en el puerto.", "el fin de semana", "2031-03-12",
     "2031-03-08/2031-03-09"),
    # Published on Sunday 16 March: "last weekend" is the one before, "this" the current one.
    ("fr", "Des heurts ont eu lieu le weekend dernier.", "le weekend dernier", "2031-03-16",
     "2031-03-08/2031-03-09"),
    ("pt", "Os protestos continuaram neste fim de semana.", "neste fim de semana", "2031-03-16",
     "2031-03-15/2031-03-16"),
    # Published on a Saturday: this weekend has begun, it ends at publication.
    ("en", "Looting spread this weekend.", "this weekend", "2031-03-15", "2031-03-15"),
])
def test_weekends_are_saturday_and_sunday(lang: str, text: str, quote: str, published: str,
                                          value: str) -> None:
    assert iso(run(text, published, lang=lang)[quote]) == value


def test_a_year_used_as_an_adjective_but_not_a_round_count() -> None:
    got = run("He planned a 2013 attack on a mall. The 2000 protesters marched on.", FRIDAY)
    assert iso(got["a 2013"]) == "2013" and got["a 2013"].value.precision == "year"
    assert not any("2000" in q for q in got)


def test_bare_month_abbreviations_only_before_a_year_or_an_agency() -> None:
    got = run("Quito, 3 oct (EFE).- Un policía murió.", "2031-10-03", lang="es")
    assert iso(got["3 oct"]) == "2031-10-03" and got["3 oct"].attrs.get("dateline") is True
    got = run("Maputo, 27 set (Lusa) - Dois mortos.", "2031-09-28", lang="pt")
    assert iso(got["27 set"]) == "2031-09-27"
    got = run("Le bilan du 4 janv 2030 est lourd.", "2031-09-28", lang="fr")
    assert iso(got["du 4 janv 2030"]) == "2030-01-04"
    # without a year or an agency, "3 mar" is not March in Spanish
    assert "3 mar" not in run("Navegaron 3 mar adentro.", "2031-09-28", lang="es")


def test_weekdays_after_a_dateline_count_back_from_the_page_day() -> None:
    # Dispatch of Tuesday 4 March 2031, page of Wednesday 5 March: "el miércoles" is the
    # 5th (the page's day), not a week before; "ayer" is the day before the dispatch.
    got = run("Quito, 4 mar 2031 (AFP) - El gobierno decretó el miércoles el toque de queda. "
              "Ayer hubo saqueos.", "2031-03-05", lang="es")
    assert iso(got["el miércoles"]) == "2031-03-05"
    assert iso(got["Ayer"]) == "2031-03-03"


def test_the_reference_day_comes_from_the_end_of_a_range_or_an_embedded_post() -> None:
    got = run("Au moins 5 morts vendredi. L'attaque a eu lieu dans la nuit du jeudi 8 au "
              "vendredi 9 mai 2031.", "2031-05-01", lang="fr", precision="month")
    assert iso(got["vendredi"]) == "2031-05-09"
    assert got["vendredi"].attrs["reference"] == "2031-05-09"
    got = run("Miles marcharon este domingo en Cúcuta.\n— Ana (@ana) March 16, 2031",
              None, lang="es")
    assert iso(got["este domingo"]) == "2031-03-16"


@pytest.mark.parametrize(("lang", "text", "quote", "value"), [
    ("es", "Los saqueos ocurrieron la pasada noche en Guayaquil.", "la pasada noche",
     "2031-03-13/2031-03-14"),
    ("pt", "Os manifestantes bloqueiam a estrada desde a manhã de sábado.",
     "desde a manhã de sábado", "2031-03-08/2031-03-14"),
    ("es", "Los bloqueos empezaron hace apenas una semana.", "hace apenas una semana",
     "2031-03-07"),
    ("en", "The strike began just two days ago.", "just two days ago", "2031-03-12"),
])
def test_more_relative_wordings(lang: str, text: str, quote: str, value: str) -> None:
    assert iso(run(text, "2031-03-14", lang=lang)[quote]) == value


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "Twelve died in the raid, an official told reporters on Friday.", "on Friday"),
    ("en", "Nine were killed, a commander told Reuters on Thursday.", "on Thursday"),
    ("es", "El ministro dijo a la prensa este lunes que hubo heridos.", "este lunes"),
    ("fr", "Le préfet a déclaré à l'AFP mardi que deux sont morts.", "mardi"),
    ("pt", "O governador disse à imprensa nesta segunda-feira que houve mortos.",
     "nesta segunda-feira"),
])
def test_a_report_date_with_its_audience_between_verb_and_date(lang: str, text: str,
                                                               quote: str) -> None:
    assert run(text, "2031-03-14", lang=lang)[quote].attrs["speech"] is True


def test_an_event_verb_before_its_object_and_date_is_no_report() -> None:
    got = run("Police arrested Juan Pérez on Friday.", "2031-03-14")
    assert got["on Friday"].attrs["speech"] is False


def test_a_duration_right_after_a_date_ends_on_it() -> None:
    got = run("El paro que se extendió ayer por cuatro días afectó a Piura.", "2031-03-14",
              lang="es")
    m = got["ayer por cuatro días"]
    assert iso(m) == "2031-03-10/2031-03-13" and m.attrs["kind"] == "range"


def test_ranges_left_open_up_to_publication_are_marked() -> None:
    got = run("Depuis le 9 août, la ville est assiégée. Samedi, une marche.", "2031-09-20",
              lang="fr")
    assert got["Depuis le 9 août"].attrs.get("open") is True
    assert iso(got["Depuis le 9 août"]) == "2031-08-09/2031-09-20"
    assert "open" not in got["Samedi"].attrs
    got = run("Pendant trois jours, des heurts ont secoué la ville.", "2031-09-20", lang="fr")
    assert got["Pendant trois jours"].attrs.get("open") is True


def test_publication_day_from_metadata_or_text() -> None:
    from willay.extract.dates import publication_day

    doc = Document(id="p", text="Lima, 15 de octubre de 2031. Ayer hubo una marcha.",
                   language="es", published=dt.date(2031, 10, 1), published_precision="month")
    assert publication_day(DateFinder()(doc)) == dt.date(2031, 10, 15)
    doc = Document(id="p", text="Ayer hubo una marcha.", language="es",
                   published=dt.date(2031, 10, 16))
    assert publication_day(doc) == dt.date(2031, 10, 16)
    assert publication_day(Document(id="p", text="Sin fecha.", language="es")) is None


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "Clashes went on overnight from Tuesday to Wednesday.",
     "overnight from Tuesday to Wednesday"),
    ("es", "Los choques siguieron en la noche del martes al miércoles.",
     "la noche del martes al miércoles"),
    ("es", "Los choques siguieron del martes al miércoles.", "del martes al miércoles"),
    ("fr", "Les heurts ont continué dans la nuit de mardi à mercredi.",
     "dans la nuit de mardi à mercredi"),
    ("pt", "Os confrontos continuaram na noite de terça para quarta-feira.",
     "na noite de terça para quarta-feira"),
])
def test_a_night_from_one_weekday_to_the_next_is_a_two_day_range(
        lang: str, text: str, quote: str) -> None:
    # the join ("al", "para") may be read as the second weekday's article: still a range
    got = run(text, lang=lang)
    assert quote in got, list(got)
    assert iso(got[quote]) == "2023-01-10/2023-01-11"


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "The clashes began on Tuesday morning and went on on Wednesday in Arbola.",
     "on Tuesday morning and went on on Wednesday"),
    ("es", "Los choques comenzaron la mañana del martes y continuaron el miércoles en Arbola.",
     "la mañana del martes y continuaron el miércoles"),
    ("fr", "Les heurts ont commencé mardi matin et se sont poursuivis mercredi à Arbola.",
     "mardi matin et se sont poursuivis mercredi"),
    ("pt", "Os confrontos começaram na terça-feira de manhã e continuaram na quarta-feira "
     "em Arbola.", "na terça-feira de manhã e continuaram na quarta-feira"),
])
def test_two_days_joined_by_a_verb_of_continuing_are_one_period(
        lang: str, text: str, quote: str) -> None:
    """"began on Tuesday and went on on Wednesday": the event lasted from the first day
    to the second (ANNOTATION.md §14: multi-day activity at one place is one range)."""
    got = run(text, "2031-10-10", lang=lang)
    m = got[quote]
    assert iso(m) == "2031-10-07/2031-10-08" and m.attrs["continued"] is True


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police fired on Tuesday. On Wednesday, the crowd marched again."),
    ("es", "La policía disparó el martes. El miércoles, la multitud marchó de nuevo."),
    ("fr", "La police a tiré mardi. Mercredi, la foule a de nouveau défilé."),
    ("pt", "A polícia disparou na terça-feira. Na quarta-feira, a multidão marchou de novo."),
])
def test_two_days_of_two_sentences_stay_two_days(lang: str, text: str) -> None:
    got = run(text, "2031-10-10", lang=lang)
    assert sorted(iso(m) for m in got.values()) == ["2031-10-07", "2031-10-08"]


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "Rioters burned cars overnight Monday into Tuesday in the suburbs.",
     "overnight Monday into Tuesday"),
    ("es", "Hubo saqueos en la noche del lunes 13 al martes 14 de mayo en el centro.",
     "la noche del lunes 13 al martes 14 de mayo"),
    ("fr", "Des voitures ont brûlé dans la nuit du lundi 13 au mardi 14 mai en banlieue.",
     "dans la nuit du lundi 13 au mardi 14 mai"),
    ("pt", "Houve saques na noite do dia 13 para o dia 14 de maio no centro.",
     "do dia 13 para o dia 14 de maio"),
])
def test_a_night_spanning_two_days_is_one_date(lang: str, text: str, quote: str) -> None:
    doc = Document(id="n", language=lang, published=dt.date(2024, 5, 15), text=text)
    found = find_dates(doc)
    assert [m.span.quote for m in found] == [quote]
    assert found[0].value.iso() == "2024-05-13/2024-05-14"
    assert found[0].attrs.get("time") == "night"
