"""Mechanical checks for parts/briefs.*.jsonl (blind set 5, briefs j001-j064).

Run: python3 src_briefs/check.py   (standard library only). Exits 1 on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = os.path.join(os.path.dirname(HERE), "parts")

PAIRS = {
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
TAGS = {"road_blockade", "strike", "march", "occupation", "hunger_strike", "funeral", "vigil", "airport",
        "tear_gas", "curfew", "state_of_emergency", "investigation"}
EV_KEYS = ["event_type", "sub_event_type", "tags", "date", "date_precision", "country", "admin1", "location",
           "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high", "injured", "arrested",
           "attribution", "trigger"]
TA_KEYS = ["kind", "value", "as_of", "scope", "source"]
CO_KEYS = ["id", "url", "lang", "published", "text"]
PREC = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}",
        "range": r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", "approx": r"\d{4}-\d{2}-\d{2}"}
CROWD = {"Protests", "Riots"}

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(PARTS, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: invalid JSON ({e})")
    return rows


def valid_day(s):
    import datetime as dt
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_date(did, date, prec, pub):
    if date is None:
        if prec != "unknown":
            err(f"{did}: null date needs precision unknown")
        return
    pat = PREC.get(prec)
    if pat is None or not re.fullmatch(pat, date):
        err(f"{did}: date {date!r} does not fit precision {prec!r}")
        return
    parts = date.split("/")
    for p in parts:
        if len(p) == 10 and not valid_day(p):
            err(f"{did}: invalid day {p}")
        if not ("2017" <= p[:4] <= "2026"):
            err(f"{did}: date {p} outside 2017-2026")
        if p[:len(p)] > pub[:len(p)]:
            err(f"{did}: date {p} after published {pub}")
    if len(parts) == 2 and not parts[0] < parts[1]:
        err(f"{did}: range not increasing {date}")


def main():
    corpus = load("briefs.corpus.jsonl")
    gold = load("briefs.gold.jsonl")
    ids = [f"j{n:03d}" for n in range(1, 65)]
    if [c.get("id") for c in corpus] != ids:
        err("corpus ids are not j001..j064 in order")
    if [g.get("id") for g in gold] != ids:
        err("gold ids are not j001..j064 in order")
    if len(set(c.get("id") for c in corpus)) != len(corpus):
        err("duplicate corpus ids")
    langs = ["en"] * 16 + ["es"] * 16 + ["pt"] * 16 + ["fr"] * 16
    cover = collections.defaultdict(set)
    texts = {}
    for c, lang in zip(corpus, langs):
        did = c.get("id")
        if list(c.keys()) != CO_KEYS:
            err(f"{did}: corpus keys {list(c.keys())}")
        if c.get("lang") != lang:
            err(f"{did}: lang {c.get('lang')} expected {lang}")
        if c.get("url") is not None:
            err(f"{did}: url should be null")
        pub = c.get("published") or ""
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and valid_day(pub) and "2017" <= pub[:4] <= "2026"):
            err(f"{did}: bad published {pub!r}")
        words = len(c["text"].split())
        if words > 90:
            err(f"{did}: {words} words (max 90)")
        texts[did] = (c["text"], pub, lang)
    negatives = 0
    for g in gold:
        did = g.get("id")
        if list(g.keys()) != ["id", "events", "tallies"]:
            err(f"{did}: gold keys {list(g.keys())}")
        text, pub, lang = texts.get(did, ("", "", ""))
        if not g["events"] and not g["tallies"]:
            negatives += 1
        for k, ev in enumerate(g["events"]):
            eid = f"{did}#{k}"
            if list(ev.keys()) != EV_KEYS:
                err(f"{eid}: event keys {list(ev.keys())}")
                continue
            if ev["sub_event_type"] not in PAIRS.get(ev["event_type"], ()):
                err(f"{eid}: bad pair {ev['event_type']} / {ev['sub_event_type']}")
            cover[ev["sub_event_type"]].add(lang)
            if not isinstance(ev["tags"], list) or any(t not in TAGS for t in ev["tags"]):
                err(f"{eid}: bad tags {ev['tags']}")
            if not isinstance(ev["attribution"], list) or any(not isinstance(a, str) or not a for a in ev["attribution"]):
                err(f"{eid}: attribution must be a list of strings")
            tr = ev["trigger"]
            if not isinstance(tr, str) or tr not in text:
                err(f"{eid}: trigger not in text: {tr!r}")
            elif len(tr.split()) > 8:
                err(f"{eid}: trigger over 8 words: {tr!r}")
            check_date(eid, ev["date"], ev["date_precision"], pub)
            if not (isinstance(ev["country"], str) and re.fullmatch(r"[A-Z]{2}", ev["country"])):
                err(f"{eid}: bad country {ev['country']!r}")
            for key in ("fatalities", "fatalities_low", "fatalities_high", "injured", "arrested"):
                v = ev[key]
                if v is not None and (not isinstance(v, int) or v < 0):
                    err(f"{eid}: bad {key} {v!r}")
            lo, hi, best = ev["fatalities_low"], ev["fatalities_high"], ev["fatalities"]
            if (lo is None) != (hi is None):
                err(f"{eid}: low/high must both be set or both null")
            if lo is not None and not (best == lo and lo < hi):
                err(f"{eid}: fatalities {best} must equal low {lo} < high {hi}")
            if ev["sub_event_type"] == "Arrests" and ev["arrested"] is None:
                err(f"{eid}: Arrests event without arrested")
            if ev["event_type"] in CROWD and not ev["actor1"]:
                err(f"{eid}: crowd event without actor1")
            if ev["admin1"] is None and ev["location"] is not None:
                err(f"{eid}: location without admin1")
        for k, t in enumerate(g["tallies"]):
            tid = f"{did}/t{k}"
            if list(t.keys()) != TA_KEYS:
                err(f"{tid}: tally keys {list(t.keys())}")
                continue
            if t["kind"] not in ("deaths", "injured", "arrested"):
                err(f"{tid}: bad kind {t['kind']}")
            if not isinstance(t["value"], int) or t["value"] < 0:
                err(f"{tid}: bad value {t['value']!r}")
            if not (re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", t["as_of"] or "") and t["as_of"] <= pub):
                err(f"{tid}: bad as_of {t['as_of']!r}")
            if not t["scope"]:
                err(f"{tid}: empty scope")
    all_subs = set().union(*PAIRS.values())
    for s in sorted(all_subs):
        if len(cover[s]) < 2:
            err(f"sub-type {s!r} in fewer than two languages: {sorted(cover[s])}")
    if negatives < 6:
        err(f"only {negatives} negatives")
    n_ev = sum(len(g["events"]) for g in gold)
    n_ta = sum(len(g["tallies"]) for g in gold)
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(corpus)} docs, {n_ev} events, {n_ta} tallies, {negatives} negatives, "
          f"{len(all_subs)} sub-types each in >=2 languages")


if __name__ == "__main__":
    main()
