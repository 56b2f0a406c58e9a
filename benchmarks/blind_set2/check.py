#!/usr/bin/env python3
"""Mechanical checks of the blind2 corpus and gold. Exit status 0 = all checks pass."""
import json, os, re, sys, datetime as dt
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EVENT_KEYS = ["event_type", "sub_event_type", "tags", "date", "date_precision", "country", "admin1",
              "location", "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high",
              "injured", "arrested", "attribution", "trigger"]
TALLY_KEYS = ["kind", "value", "as_of", "scope", "source"]
CORPUS_KEYS = {"id", "lang", "published", "url", "text"}
TYPES = {
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                                   "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
ALL_SUB = set().union(*TYPES.values())
TAGS = {"road_blockade", "strike", "march", "occupation", "hunger_strike", "funeral", "vigil",
        "airport", "tear_gas", "curfew", "state_of_emergency", "investigation"}
PRECISIONS = {"day", "month", "year", "range", "approx", "unknown"}
LANGS = ["en", "es", "pt", "fr"]
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def parse_day(s):
    return dt.date.fromisoformat(s)


def date_end(date, prec, doc):
    """Check date against precision; return the latest day it can mean (or None)."""
    try:
        if prec == "unknown":
            if date is not None:
                err(doc, f"precision unknown but date {date}")
            return None
        if date is None:
            err(doc, f"date null with precision {prec}")
            return None
        if prec in ("day", "approx"):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                err(doc, f"bad {prec} date {date}")
                return None
            return parse_day(date)
        if prec == "month":
            if not re.fullmatch(r"\d{4}-\d{2}", date):
                err(doc, f"bad month date {date}")
                return None
            y, m = map(int, date.split("-"))
            return parse_day(f"{y}-{m:02d}-01")  # earliest day: a month may still be running
        if prec == "year":
            if not re.fullmatch(r"\d{4}", date):
                err(doc, f"bad year date {date}")
                return None
            return dt.date(int(date), 1, 1)
        if prec == "range":
            m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", date)
            if not m:
                err(doc, f"bad range {date}")
                return None
            a, b = parse_day(m.group(1)), parse_day(m.group(2))
            if not a < b:
                err(doc, f"range not increasing {date}")
            return b
        err(doc, f"unknown precision {prec}")
    except ValueError as e:
        err(doc, f"invalid date {date}: {e}")
    return None


def is_int_or_none(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def main():
    corpus = [json.loads(l) for l in open(os.path.join(HERE, "corpus.jsonl"), encoding="utf-8")]
    gold = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]
    if [c["id"] for c in corpus] != [g["id"] for g in gold]:
        err("files", "ids differ or are in a different order")
    ids = [c["id"] for c in corpus]
    if len(set(ids)) != len(ids):
        err("files", "duplicate ids")
    sub_langs = defaultdict(set)
    table = defaultdict(lambda: Counter())
    subcount = defaultdict(Counter)
    for c, g in zip(corpus, gold):
        doc = c["id"]
        if set(c) != CORPUS_KEYS:
            err(doc, f"corpus keys {sorted(c)}")
        if set(g) != {"id", "events", "tallies"}:
            err(doc, f"gold keys {sorted(g)}")
        if c.get("url") is not None:
            err(doc, "url must be null")
        if c["lang"] not in LANGS:
            err(doc, f"lang {c['lang']}")
        part = {"c": "A", "d": "B"}.get(doc[0])
        if part is None or not re.fullmatch(r"[cd]\d{3}", doc):
            err(doc, "id must be c### or d###")
            continue
        pub = c["published"]
        pubd = None
        if pub is not None:
            try:
                pubd = parse_day(pub)
            except ValueError:
                err(doc, f"bad published {pub}")
        text = c["text"]
        nwords = len(text.split())
        if part == "B" and not 150 <= nwords <= 450:
            err(doc, f"article has {nwords} words (150-450)")
        if part == "A" and nwords > 90:
            err(doc, f"brief has {nwords} words")
        for i, e in enumerate(g["events"]):
            where = f"{doc} event {i}"
            if list(e) != EVENT_KEYS:
                err(where, f"keys {list(e)}")
                continue
            if e["sub_event_type"] not in TYPES.get(e["event_type"], ()):
                err(where, f"{e['sub_event_type']} not in {e['event_type']}")
            if not isinstance(e["tags"], list) or not set(e["tags"]) <= TAGS:
                err(where, f"tags {e['tags']}")
            if e["date_precision"] not in PRECISIONS:
                err(where, f"precision {e['date_precision']}")
            end = date_end(e["date"], e["date_precision"], where)
            if end and pubd and end > pubd:
                err(where, f"date {e['date']} after published {pub}")
            if end and not dt.date(2016, 1, 1) <= end <= dt.date(2026, 12, 31):
                err(where, f"date {e['date']} outside 2016-2026")
            if not (isinstance(e["country"], str) and re.fullmatch(r"[A-Z]{2}", e["country"])):
                err(where, f"country {e['country']}")
            for k in ("admin1", "location", "actor1", "actor2"):
                if e[k] is not None and not (isinstance(e[k], str) and e[k].strip()):
                    err(where, f"{k} {e[k]!r}")
            if e["location"] is not None and e["admin1"] is None:
                err(where, "location without admin1")
            if e["actor1"] is None and e["event_type"] in ("Protests", "Riots"):
                err(where, "crowd event without actor1")
            for k in ("fatalities", "fatalities_low", "fatalities_high", "injured", "arrested"):
                if not is_int_or_none(e[k]):
                    err(where, f"{k} {e[k]!r}")
            lo, best, hi = e["fatalities_low"], e["fatalities"], e["fatalities_high"]
            if (lo is None) != (hi is None):
                err(where, "fatalities_low/high must be both set or both null")
            if lo is not None:
                if best is None or not lo <= best <= hi or lo == hi:
                    err(where, f"fatalities low/best/high {lo}/{best}/{hi}")
                if best != lo:
                    err(where, "fatalities must be the lowest stated figure")
            if e["sub_event_type"] == "Arrests" and e["arrested"] is None:
                err(where, "Arrests without arrested")
            if not isinstance(e["attribution"], list) or not all(isinstance(a, str) and a for a in e["attribution"]):
                err(where, f"attribution {e['attribution']!r}")
            t = e["trigger"]
            if not isinstance(t, str) or not t:
                err(where, "empty trigger")
            else:
                if t not in text:
                    err(where, f"trigger not in text: {t!r}")
                if len(t.split()) > 8:
                    err(where, f"trigger has {len(t.split())} words: {t!r}")
            if part == "A":
                sub_langs[e["sub_event_type"]].add(c["lang"])
            subcount[e["sub_event_type"]][part] += 1
        for i, t in enumerate(g["tallies"]):
            where = f"{doc} tally {i}"
            if list(t) != TALLY_KEYS:
                err(where, f"keys {list(t)}")
                continue
            if t["kind"] not in ("deaths", "injured", "arrested"):
                err(where, f"kind {t['kind']}")
            if not (isinstance(t["value"], int) and t["value"] >= 0):
                err(where, f"value {t['value']!r}")
            a = t["as_of"]
            if not (isinstance(a, str) and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", a)):
                err(where, f"as_of {a!r}")
            else:
                ad = parse_day(a if len(a) == 10 else a + "-01")
                if pubd and ad > pubd:
                    err(where, f"as_of {a} after published {pub}")
            if not (isinstance(t["scope"], str) and t["scope"]):
                err(where, "empty scope")
            if t["source"] is not None and not isinstance(t["source"], str):
                err(where, "source must be a string or null")
        row = table[(part, c["lang"])]
        row["docs"] += 1
        row["events"] += len(g["events"])
        row["tallies"] += len(g["tallies"])
        row["negatives"] += int(not g["events"] and not g["tallies"])
    # coverage of the briefs
    for s in sorted(ALL_SUB):
        if len(sub_langs[s]) < 2:
            err("briefs", f"{s} occurs in {sorted(sub_langs[s])} (needs 2 languages)")
    # minimum sizes
    for lang in LANGS:
        if table[("A", lang)]["docs"] < 17:
            err("briefs", f"{lang} has {table[('A', lang)]['docs']} briefs (needs 17)")
        if table[("B", lang)]["docs"] < 8:
            err("articles", f"{lang} has {table[('B', lang)]['docs']} articles (needs 8)")
    # report
    print("part lang docs events tallies negatives")
    for part in "AB":
        tot = Counter()
        for lang in LANGS:
            r = table[(part, lang)]
            tot.update(r)
            print(f"{part}    {lang}   {r['docs']:4d} {r['events']:6d} {r['tallies']:7d} {r['negatives']:9d}")
        print(f"{part}    all  {tot['docs']:4d} {tot['events']:6d} {tot['tallies']:7d} {tot['negatives']:9d}")
    print("\nsub_event_type: briefs / articles ; brief languages")
    for s in sorted(ALL_SUB):
        print(f"  {s:38s} {subcount[s]['A']:3d} {subcount[s]['B']:3d}  {','.join(sorted(sub_langs[s]))}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
