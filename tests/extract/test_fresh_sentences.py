"""Sentences written without reading the rules, one or two per sub-type and language.

``data/fresh_sentences.toml`` holds short reports written for issues 11, 12 and 17 by
an engineer who had not read the extraction rules, in wordings those rules were not
written for (passive voice, reported speech, implied actors, nouns for verbs, no date or
no place), with their coding by ANNOTATION.md. Each case runs through the whole pipeline:

- group ``subtype``: the expected event types are found, and no more events than
  expected; a case with no expected event gives none;
- group ``figures``: every expected claim is found with its value (or low/high), its
  reporter and relay, and a quote that contains its figure; ``must_be_null`` fields stay
  empty;
- group ``boundaries``: exactly the expected events, typed as expected, with their counts.

A case the extractor does not yet get right is listed in ``KNOWN_GAPS`` with the reason;
it runs as a strict expected failure, so that fixing it fails the test until the list is
updated.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from willay.evaluate.compare import same_reporter
from willay.extract.pipeline import extract
from willay.model import Claim, Document, EventReport

DATA = Path(__file__).with_name("data") / "fresh_sentences.toml"
CASES: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["case"]
SUB_TYPES = 25
#: case id -> why the extractor still gets it wrong (a strict xfail each).
KNOWN_GAPS: dict[str, str] = {
    "agreement-es-2":
        "'San Antonio' is ambiguous with no country named and the sentence names no actor: no place, so no event",
    "agreement-fr-1":
        "'Koro' is ambiguous with no country named and 'les communautés dogon et peule' is no actor class: no place, so no event",
    "change-es-2":
        "'a la Iglesia' resolves to the Argentine district Iglesia (San Juan): an institution read as a place gives a second event",
    "change-fr-1":
        "'Gonfreville-l'Orcher' is not found as a place and 'L'intersyndicale' is no actor class: no event",
    "disrupted-en-1":
        "'Asadabad' is ambiguous with no country named and 'bomb disposal experts' is no actor class: no event",
    "looting-pt-1":
        "'sede distrital' is read as a district seat (a town word), not the party's office, so the burning has no property target",
    "other-pt-2":
        "'Santa Catarina' is a state of Brazil and an island of Cape Verde, both Portuguese-speaking: no place, and the investigation names no actor that acted",
    "reporter-es-1":
        "'murieron baleados en un ataque armado' with no named perpetrator is typed as a violent demonstration, not an attack on civilians",
    "relay-en-2":
        "the pluperfect 'had been pulled from the rubble' is read as background, so the missile strike opens no event and 'bodies' is no fatality noun",
    "relay-pt-2":
        "'Maputo' inside 'Hospital Central de Maputo' hides the town the march was in: no place, so no event",
    "scope-en-2":
        "the deaths 'in the clashes in Ilave that sparked the protest' are read as an event of their own (a relative 'that sparked' is not read as background)",
    "scope-pt-2":
        "the grievance 'protestam contra a morte de dois jovens ... baleados' still types the blockade as excessive force through the harm word 'baleados'",
    "scope-pt-3":
        "the toll two sentences after the attack is not joined to it, and 'incendiaram o veículo' opens a second, property event",
    "scope-pt-4":
        'the arrests stated two sentences later open a second event instead of joining the protest at the Palácio do Planalto',
    "scope-fr-2":
        "the earlier massacre in a relative clause ('où 23 personnes avaient été tuées') is coded as an event and its deaths type the Bamako march",
    "scope-fr-3":
        "'Le bilan provisoire ... est de douze morts' two sentences later opens its own event instead of joining the attack",
    "acronym-en-3":
        "the arrests 'as crowds ransacked shops' do not type the looting as mob violence nor join it as its arrests",
    "acronym-es-1":
        "'una masacre' with no crowd is blocked (no_crowd) and the victims' sentence has no place of its own: no event",
    "count-pt-1":
        "'jovens que tentavam manifestar-se' is no demonstration (the verb is an infinitive after the police's action), so the detentions are typed as arrests",
    "headline-pt-2":
        "a state-level headline opens a second event instead of yielding to the lede's event at Novo Progresso",
    "accident-en-2":
        "'killing one' after 'beat and shot at' is not read as a fatality figure of the event",
    "detained-es-2":
        "the undated looting the arrests are for ('por el saqueo') is typed instead of the arrests ('mantiene detenidas a doce personas')",
    "detained-pt-2":
        "the undated looting the arrests are for ('acusadas de participar nos saques') is typed instead of the arrests",
}


def _run(case: dict[str, Any]) -> Document:
    published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
    doc = Document(id=case["id"], text=case["text"], published=published,
                   language=case["lang"])
    return extract(doc)


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = []
        if case["id"] in KNOWN_GAPS:
            marks.append(pytest.mark.xfail(reason=KNOWN_GAPS[case["id"]], strict=True))
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def _types(reports: list[EventReport]) -> list[tuple[str, str]]:
    return [(r.event_type, r.sub_event_type) for r in reports]


def _figure(report: EventReport, kind: str) -> int | None:
    fig = getattr(report, kind)
    return None if fig is None else fig.best


def _matching(report: EventReport, expected: dict[str, Any]) -> bool:
    return (report.event_type, report.sub_event_type) == (
        expected["event_type"], expected["sub_event_type"])


def _claim_found(claims: list[Claim], want: dict[str, Any], text: str) -> bool:
    for c in claims:
        if c.kind != want["kind"]:
            continue
        if "value" in want and c.value != want["value"]:
            continue
        if "value" not in want and (c.low, c.high) != (want.get("low"), want.get("high")):
            continue
        if want.get("reporter") and not same_reporter(want["reporter"], c.reporter or ""):
            continue
        if want.get("via") and not same_reporter(want["via"], c.via or ""):
            continue
        quote = text[c.evidence.start:c.evidence.end]
        if want.get("quote_contains") and want["quote_contains"] not in quote:
            continue
        return True
    return False


@pytest.mark.parametrize("case", _params())
def test_fresh_sentence(case: dict[str, Any]) -> None:
    doc = _run(case)
    expected = case.get("event", [])
    got = _types(doc.reports)
    assert len(got) <= max(1, len(expected)) if expected else not got, got
    for want in expected:
        found = [r for r in doc.reports if _matching(r, want)]
        assert found, f"{(want['event_type'], want['sub_event_type'])} not in {got}"
        if case["group"] == "subtype":
            continue
        report = found[0]
        for kind in ("fatalities", "injured", "arrested"):
            if kind in want:
                assert _figure(report, kind) == want[kind], (kind, report.claims)
        for kind in want.get("must_be_null", []):
            assert _figure(report, kind) is None, (kind, report.claims)
        for claim in want.get("claim", []):
            assert _claim_found(report.claims, claim, doc.text), (claim, report.claims)


def test_every_sub_type_has_a_passing_sentence_in_every_language() -> None:
    covered: dict[tuple[str, str], int] = {}
    for case in CASES:
        if case["group"] != "subtype" or case["id"] in KNOWN_GAPS:
            continue
        for event in case.get("event", []):
            key = (event["sub_event_type"], case["lang"])
            covered[key] = covered.get(key, 0) + 1
    sub_types = {k[0] for k in covered}
    assert len(sub_types) == SUB_TYPES, sorted(sub_types)
    missing = [(s, lang) for s in sub_types for lang in ("en", "es", "fr", "pt")
               if (s, lang) not in covered]
    assert not missing, missing
