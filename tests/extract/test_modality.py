"""Tests of the modality finder: hedges, plans and negations with their scopes."""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.extract.modality import ModalityFinder, modality_at, negated_at
from willay.model import Document, Mention, Sentence, Span

FINDER = ModalityFinder()


def run(text: str, lang: str = "en") -> Document:
    doc = Document(id="m", text=text, language=lang)
    FINDER(doc)
    for m in doc.mentions:
        m.span.verify(text)
        start, end = m.attrs["scope"]
        assert 0 <= start <= end <= len(text)
    return doc


def cues(doc: Document) -> dict[str, Mention]:
    return {m.span.quote: m for m in doc.mentions}


def scope_text(doc: Document, m: Mention) -> str:
    start, end = m.attrs["scope"]
    return doc.text[start:end]


def at(doc: Document, word: str) -> str:
    start = doc.text.index(word)
    return modality_at(doc, start, start + len(word))


@pytest.mark.parametrize(
    ("lang", "text", "cue", "value"),
    [
        ("en", "It was reported that police fired.", "It was reported that", "reported"),
        ("en", "There were reports that police fired.", "There were reports that", "reported"),
        ("en", "Police reportedly fired on the crowd.", "reportedly", "reported"),
        ("en", "Soldiers allegedly beat a student.", "allegedly", "alleged"),
        ("en", "The army denied that troops fired.", "denied that", "denied"),
        ("es", "Según reportes, la policía disparó.", "Según reportes", "reported"),
        ("es", "Se informó que hubo tres muertos.", "Se informó que", "reported"),
        ("es", "Un agente presuntamente disparó.", "presuntamente", "alleged"),
        ("es", "La policía habría disparado.", "habría", "alleged"),
        ("es", "El ministro negó que hubiera muertos.", "negó que", "denied"),
        ("pt", "Um manifestante teria morrido.", "teria", "alleged"),
        ("pt", "Supostamente a polícia atirou.", "Supostamente", "alleged"),
        ("pt", "O governo negou que houvesse mortos.", "negou que", "denied"),
        ("fr", "Il a été rapporté que la police a tiré.", "Il a été rapporté que", "reported"),
        ("fr", "Un manifestant aurait été tué.", "aurait", "alleged"),
        ("fr", "Le ministre a démenti toute bavure.", "a démenti", "denied"),
    ],
)
def test_hedges(lang: str, text: str, cue: str, value: str) -> None:
    m = cues(run(text, lang))[cue]
    assert m.kind == "hedge" and m.value == value


@pytest.mark.parametrize(
    ("lang", "text", "cue", "value"),
    [
        ("en", "Unions called for a strike on Monday.", "called for", "call"),
        ("en", "Farmers will march on the capital.", "will march", "future"),
        ("en", "Students plan to block the bridge.", "plan to", "plan"),
        ("en", "Truckers threatened to cut the highway.", "threatened to", "threat"),
        ("es", "La CGTP convocó a un paro nacional.", "convocó a", "call"),
        ("es", "Anunciaron que marcharán el lunes.", "Anunciaron que marcharán", "plan"),
        ("es", "Los gremios marcharán el lunes.", "marcharán", "future"),
        ("pt", "Os caminhoneiros vão protestar amanhã.", "vão protestar", "plan"),
        ("pt", "Sindicatos convocaram para uma greve.", "convocaram para", "call"),
        ("fr", "Les syndicats appellent à la grève.", "appellent à", "call"),
        ("fr", "Une marche est prévue jeudi.", "prévue", "plan"),
    ],
)
def test_plans_and_calls(lang: str, text: str, cue: str, value: str) -> None:
    m = cues(run(text, lang))[cue]
    assert m.kind == "plan" and m.value == value


@pytest.mark.parametrize(
    ("lang", "text", "cue", "value"),
    [
        ("en", "No one was injured in the march.", "No one was injured", "none"),
        ("en", "Police did not intervene.", "did not", "not"),
        ("es", "Marcha pacífica sin heridos.", "sin heridos", "none"),
        ("es", "No hubo detenidos.", "No hubo", "none"),
        ("pt", "Não houve feridos.", "Não houve", "none"),
        ("fr", "Aucun blessé n'a été signalé.", "Aucun blessé", "none"),
        ("fr", "La police n'a pas tiré.", "n'a pas", "not"),
    ],
)
def test_negations(lang: str, text: str, cue: str, value: str) -> None:
    m = cues(run(text, lang))[cue]
    assert m.kind == "negation" and m.value == value


def test_reported_that_governs_the_clause_after_it() -> None:
    doc = run("On January 9, it was reported that 17 civilians were massacred in Juliaca.")
    m = cues(doc)["it was reported that"]
    assert scope_text(doc, m) == "17 civilians were massacred in Juliaca"
    assert at(doc, "massacred") == "reported"
    assert at(doc, "January") == "asserted"


def test_adverb_governs_its_whole_clause_up_to_a_boundary() -> None:
    doc = run("Police allegedly beat a student, but the march ended calmly.")
    m = cues(doc)["allegedly"]
    assert scope_text(doc, m) == "Police allegedly beat a student"
    assert at(doc, "beat") == "alleged"
    assert at(doc, "march") == "asserted"


def test_call_scope_stops_at_the_next_clause() -> None:
    doc = run("Unions called for a strike, and thousands marched in Lima.")
    assert at(doc, "strike") == "planned"
    assert at(doc, "marched") == "asserted"


def test_scope_stays_in_its_sentence() -> None:
    text = "Unions called for a strike\nThousands marched in Lima."
    doc = Document(id="m", text=text, language="en", sentences=[
        Sentence(Span.of(text, 0, 26), 0), Sentence(Span.of(text, 27, len(text)), 1)])
    FINDER(doc)
    assert at(doc, "strike") == "planned"
    assert at(doc, "marched") == "asserted"


def test_denied_beats_reported() -> None:
    doc = run("It was reported that the army denied that troops fired.")
    assert at(doc, "fired") == "denied"


def test_zero_figure_negation_governs_only_what_it_names() -> None:
    doc = run("No one was injured in the march; police did not intervene at all.")
    start = doc.text.index("march")
    assert negated_at(doc, start, start + 5) is None
    neg = negated_at(doc, doc.text.index("injured"))
    assert neg is not None and neg.value == "none"
    assert negated_at(doc, doc.text.index("intervene")) is not None


def test_spanish_bare_no_reaches_only_its_verb_group() -> None:
    doc = run("La policía no pudo contener a los manifestantes que bloquearon la vía.", "es")
    assert negated_at(doc, doc.text.index("contener")) is not None
    assert negated_at(doc, doc.text.index("bloquearon")) is None


def test_the_will_of_the_people_is_not_a_plan() -> None:
    doc = run("They marched against the will of the people.")
    assert not [m for m in doc.mentions if m.kind == "plan"]


def test_plain_statement_is_asserted() -> None:
    doc = run("Thousands marched in Lima on Tuesday.")
    assert doc.mentions == []
    assert at(doc, "marched") == "asserted"


def test_unknown_language_uses_english_cues() -> None:
    doc = run("Police reportedly fired.", "xx")
    assert [m.value for m in doc.mentions] == ["reported"]


def test_noun_call_for_does_not_reach_back_to_the_main_verb() -> None:
    doc = run("Police repressed protesters who answered the call for a national march.")
    assert at(doc, "repressed") == "asserted"
    assert at(doc, "national march") == "planned"


def test_predicative_plan_reaches_back_to_its_subject() -> None:
    doc = run("Une marche est prévue jeudi à Dakar.", "fr")
    assert at(doc, "marche") == "planned"
    doc = run("A rally is scheduled for Monday.")
    assert at(doc, "rally") == "planned"


def test_dev_triggers_are_rarely_blocked(dev_dir: Path) -> None:
    """Gold events (things that happened) should almost never sit in a plan or negation."""
    import json

    from willay.text.segment import Segmenter

    gold = {}
    for line in (dev_dir / "gold.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        gold[rec["id"]] = rec["events"]
    seg, total, blocked = Segmenter(), 0, 0
    for line in (dev_dir / "corpus.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        doc = FINDER(seg(Document(id=rec["id"], text=rec["text"], language=rec["lang"])))
        for event in gold[rec["id"]]:
            start = doc.text.index(event["trigger"])
            end = start + len(event["trigger"])
            total += 1
            if modality_at(doc, start, end) == "planned" or negated_at(doc, start, end):
                blocked += 1
    assert total == 50
    assert blocked <= 1


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "A general strike was called for Monday.", "strike"),
        ("es", "Un paro nacional fue convocado para el lunes.", "paro"),
        ("pt", "Uma greve geral foi convocada para segunda-feira.", "greve"),
        ("fr", "Une grève générale est convoquée lundi.", "grève"),
    ],
)
def test_passive_call_reaches_back_to_its_subject(lang: str, text: str, word: str) -> None:
    assert at(run(text, lang), word) == "planned"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "The mayor announced a curfew in the city.", "curfew"),
        ("es", "El gobierno anunció el estado de emergencia.", "estado de emergencia"),
        ("pt", "O governo anunciou um toque de recolher.", "toque de recolher"),
        ("fr", "Le gouvernement a annoncé un couvre-feu.", "couvre-feu"),
    ],
)
def test_an_announced_measure_is_not_a_plan(lang: str, text: str, word: str) -> None:
    assert at(run(text, lang), word) == "asserted"


@pytest.mark.parametrize(
    ("lang", "text", "cue", "value"),
    [
        ("en", "Drivers threatened an indefinite stoppage.", "threatened an", "threat"),
        ("en", "Nurses are threatening with new pickets.", "threatening with", "threat"),
        ("en", "Officials warned of fresh unrest.", "warned of", "threat"),
        ("es", "Los choferes amenazaban con un paro.", "amenazaban con", "threat"),
        ("es", "Los cocaleros amenazaron bloquear la vía.", "amenazaron bloquear", "threat"),
        ("fr", "Les dockers menacent d'une grève.", "menacent d'une", "threat"),
        ("fr", "Les routiers menaçaient de bloquer la route.", "menaçaient de", "threat"),
        ("pt", "Os motoristas ameaçam entrar em greve.", "ameaçam entrar", "threat"),
        ("pt", "Os garimpeiros ameaçavam com bloqueios.", "ameaçavam com", "threat"),
        ("en", "The federation announced an indefinite stoppage.", "announced an", "announce"),
        ("es", "Los maestros anunciaron una huelga.", "anunciaron una", "announce"),
        ("fr", "Les enseignants ont annoncé une grève.", "annoncé une", "announce"),
        ("pt", "Os petroleiros anunciaram uma greve.", "anunciaram uma", "announce"),
    ],
)
def test_threats_and_announcements_in_every_form(lang: str, text: str, cue: str,
                                                 value: str) -> None:
    m = cues(run(text, lang))[cue]
    assert m.kind == "plan" and m.value == value


@pytest.mark.parametrize(
    ("lang", "text", "threatened", "held"),
    [
        ("en", "After threatening a strike for weeks, dockers walked out.", "strike",
         "walked out"),
        ("es", "Tras amenazar con un paro por semanas, los estibadores pararon.", "paro",
         "pararon"),
        ("fr", "Après avoir menacé d'une grève pendant des semaines, les dockers ont arrêté.",
         "grève", "ont arrêté"),
        ("pt", "Depois de ameaçar com uma greve por semanas, os portuários pararam.", "greve",
         "pararam"),
    ],
)
def test_a_threat_governs_only_its_object(lang: str, text: str, threatened: str,
                                          held: str) -> None:
    doc = run(text, lang)
    assert at(doc, threatened) == "planned"
    assert at(doc, held) == "asserted"


@pytest.mark.parametrize(
    ("lang", "text", "cue", "asked", "after"),
    [
        ("en", "The mayor asked shop owners to close as drivers began a strike.",
         "asked shop owners to", "close", "strike"),
        ("es", "El alcalde pidió a los comerciantes cerrar mientras los choferes marchaban.",
         "pidió a los comerciantes", "cerrar", "marchaban"),
        ("fr", "Le préfet a invité les commerçants à fermer alors que les dockers défilaient.",
         "invité les commerçants à", "fermer", "défilaient"),
        ("pt", "O prefeito chamou os lojistas a fechar enquanto os motoristas marchavam.",
         "chamou os lojistas a", "fechar", "marchavam"),
    ],
)
def test_a_request_governs_what_it_asks_up_to_the_next_clause(
        lang: str, text: str, cue: str, asked: str, after: str) -> None:
    doc = run(text, lang)
    m = cues(doc)[cue]
    assert m.kind == "plan" and m.value == "ask"
    assert at(doc, asked) == "planned"
    assert at(doc, after) == "asserted"
