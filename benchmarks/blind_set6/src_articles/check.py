"""Mechanical checks on parts/articles.*.jsonl (blind set 6). Exit 0 when all pass."""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import SUBTYPES  # noqa: E402

PARTS = os.path.join(os.path.dirname(HERE), "parts")
EV_KEYS = ["event_type", "sub_event_type", "tags", "date", "date_precision", "country", "admin1",
           "location", "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high",
           "injured", "arrested", "attribution", "trigger"]
TA_KEYS = ["kind", "value", "as_of", "scope", "source"]
CORPUS_KEYS = ["id", "url", "lang", "published", "text"]
TAGS = {"road_blockade", "strike", "march", "occupation", "hunger_strike", "funeral", "vigil",
        "airport", "tear_gas", "curfew", "state_of_emergency", "investigation"}
PAIRS = set(SUBTYPES.values())
LANG_OF = {**{f"n{i:03d}": "en" for i in range(1, 9)}, **{f"n{i:03d}": "es" for i in range(9, 17)},
           **{f"n{i:03d}": "fr" for i in range(17, 25)}, **{f"n{i:03d}": "pt" for i in range(25, 33)}}
CROWD = {"Protests", "Riots"}
errors = []


def err(msg):
    errors.append(msg)


def parse_date(s, prec):
    """Return (first_day, last_day) or raise."""
    if prec == "day":
        a = dt.date.fromisoformat(s)
        assert len(s) == 10
        return a, a
    if prec == "range":
        x, y = s.split("/")
        a, b = dt.date.fromisoformat(x), dt.date.fromisoformat(y)
        assert len(x) == len(y) == 10 and a < b, "range must increase"
        return a, b
    if prec == "month":
        assert re.fullmatch(r"\d{4}-\d{2}", s)
        a = dt.date.fromisoformat(s + "-01")
        return a, a
    if prec == "year":
        assert re.fullmatch(r"\d{4}", s)
        a = dt.date(int(s), 1, 1)
        return a, a
    if prec == "approx":
        a = dt.date.fromisoformat(s)
        return a, a
    raise AssertionError("bad precision " + prec)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool) and x >= 0


def main():
    corpus = [json.loads(l) for l in open(os.path.join(PARTS, "articles.corpus.jsonl"), encoding="utf-8")]
    gold = [json.loads(l) for l in open(os.path.join(PARTS, "articles.gold.jsonl"), encoding="utf-8")]
    ids = [c["id"] for c in corpus]
    if ids != [f"n{i:03d}" for i in range(1, 33)]:
        err(f"ids not n001-n032 in order: {ids}")
    if [g["id"] for g in gold] != ids:
        err("gold ids differ from corpus ids")
    cov = collections.defaultdict(set)
    counts = collections.defaultdict(lambda: collections.Counter())
    precs = collections.Counter()
    kinds = collections.Counter()
    countries = set()
    words = []
    for c, g in zip(corpus, gold):
        i = c["id"]
        if list(c) != CORPUS_KEYS:
            err(f"{i}: corpus keys {list(c)}")
        if list(g) != ["id", "events", "tallies"]:
            err(f"{i}: gold keys {list(g)}")
        if c["lang"] != LANG_OF.get(i):
            err(f"{i}: lang {c['lang']}")
        if c["url"] is not None:
            err(f"{i}: url should be null")
        try:
            pub = dt.date.fromisoformat(c["published"])
            assert len(c["published"]) == 10 and 2017 <= pub.year <= 2026
        except Exception:
            err(f"{i}: bad published {c['published']}")
            continue
        text = c["text"]
        n = len(text.split())
        words.append(n)
        if not 180 <= n <= 300:
            err(f"{i}: {n} words")
        lang = c["lang"]
        counts[lang]["docs"] += 1
        counts[lang]["events"] += len(g["events"])
        counts[lang]["tallies"] += len(g["tallies"])
        if not g["events"] and not g["tallies"]:
            counts[lang]["negatives"] += 1
        for k, e in enumerate(g["events"]):
            w = f"{i} event {k}"
            if list(e) != EV_KEYS:
                err(f"{w}: keys {list(e)}")
                continue
            if (e["event_type"], e["sub_event_type"]) not in PAIRS:
                err(f"{w}: bad pair {e['event_type']}/{e['sub_event_type']}")
            cov[e["sub_event_type"]].add(lang)
            if not isinstance(e["tags"], list) or not set(e["tags"]) <= TAGS:
                err(f"{w}: tags {e['tags']}")
            precs[e["date_precision"]] += 1
            if e["date"] is None:
                if e["date_precision"] != "unknown":
                    err(f"{w}: null date needs unknown")
            else:
                try:
                    a, b = parse_date(e["date"], e["date_precision"])
                    if b > pub:
                        err(f"{w}: date {e['date']} after published {pub}")
                except Exception as ex:
                    err(f"{w}: date {e['date']} / {e['date_precision']}: {ex}")
            if not re.fullmatch(r"[A-Z]{2}", e["country"] or ""):
                err(f"{w}: country {e['country']}")
            countries.add(e["country"])
            for f in ("fatalities", "fatalities_low", "fatalities_high", "injured", "arrested"):
                if e[f] is not None and not is_int(e[f]):
                    err(f"{w}: {f} {e[f]}")
            lo, hi = e["fatalities_low"], e["fatalities_high"]
            if (lo is None) != (hi is None):
                err(f"{w}: low/high must be set together")
            if lo is not None and not (e["fatalities"] == lo < hi):
                err(f"{w}: fatalities {e['fatalities']} low {lo} high {hi}")
            if e["sub_event_type"] == "Arrests" and e["arrested"] is None:
                err(f"{w}: Arrests without arrested")
            if e["event_type"] in CROWD and not e["actor1"]:
                err(f"{w}: crowd event without actor1")
            if not isinstance(e["attribution"], list) or not all(isinstance(x, str) and x for x in e["attribution"]):
                err(f"{w}: attribution {e['attribution']}")
            figs = [e[f] for f in ("fatalities", "injured", "arrested")]
            if e["attribution"] and all(x is None for x in figs):
                err(f"{w}: attribution without any figure")
            t = e["trigger"]
            if not t or t not in text:
                err(f"{w}: trigger not in text: {t!r}")
            elif len(t.split()) > 8:
                err(f"{w}: trigger over 8 words: {t!r}")
        for k, t in enumerate(g["tallies"]):
            w = f"{i} tally {k}"
            if list(t) != TA_KEYS:
                err(f"{w}: keys {list(t)}")
                continue
            kinds[t["kind"]] += 1
            if t["kind"] not in ("deaths", "injured", "arrested"):
                err(f"{w}: kind {t['kind']}")
            if not is_int(t["value"]) or t["value"] == 0:
                err(f"{w}: value {t['value']}")
            try:
                s = t["as_of"]
                a, _ = parse_date(s, "day" if len(s) == 10 else "month")
                if a > pub:
                    err(f"{w}: as_of after published")
            except Exception:
                err(f"{w}: as_of {t['as_of']}")
            if not t["scope"]:
                err(f"{w}: empty scope")
            if t["source"] is not None and not isinstance(t["source"], str):
                err(f"{w}: source {t['source']}")
    for lang in ("en", "es", "fr", "pt"):
        if counts[lang]["negatives"] != 1:
            err(f"{lang}: {counts[lang]['negatives']} negatives (want 1)")
    missing = sorted(p[1] for p in PAIRS if p[1] not in cov)
    if missing:
        err(f"sub-types not covered: {missing}")
    # report
    print("lang  docs events tallies negatives")
    tot = collections.Counter()
    for lang in ("en", "es", "fr", "pt"):
        c = counts[lang]
        tot.update(c)
        print(f"{lang:5} {c['docs']:4} {c['events']:6} {c['tallies']:7} {c['negatives']:9}")
    print(f"{'all':5} {tot['docs']:4} {tot['events']:6} {tot['tallies']:7} {tot['negatives']:9}")
    if words:
        print(f"words per text: {min(words)}-{max(words)}, mean {sum(words)/len(words):.0f}")
    print("date precision:", dict(precs))
    print("tally kinds:", dict(kinds))
    print("event countries:", " ".join(sorted(countries)))
    print("\nsub_event_type                            languages")
    allc = collections.Counter()
    for g in gold:
        for e in g["events"]:
            allc[e["sub_event_type"]] += 1
    for et, st in SUBTYPES.values():
        print(f"{st:40} {allc[st]:3}  {', '.join(sorted(cov.get(st, [])))}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
