"""Mechanical checks of parts/articles.*.jsonl (blind set 7, ids q001-q032).

Run: python3 benchmarks/blind_set7/src_articles/check.py   (exit 1 on any problem)
"""
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
CORPUS = os.path.join(PARTS, "articles.corpus.jsonl")
GOLD = os.path.join(PARTS, "articles.gold.jsonl")

N = 32
PER_LANG = 8
DOC_KEYS = ["id", "url", "lang", "published", "text"]
GOLD_KEYS = ["id", "events", "tallies"]
EV_KEYS = ["event_type", "sub_event_type", "tags", "date", "date_precision", "country", "admin1",
           "location", "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high",
           "injured", "arrested", "attribution", "trigger"]
TALLY_KEYS = ["kind", "value", "as_of", "scope", "source"]
TAGS = {"road_blockade", "strike", "march", "occupation", "hunger_strike", "funeral", "vigil",
        "airport", "tear_gas", "curfew", "state_of_emergency", "investigation"}
PRECS = {"day", "month", "year", "range", "approx", "unknown"}
PAIRS = set(SUBTYPES.values())
LANGS = ["en", "es", "fr", "pt"]
CROWD = {"Protests", "Riots"}
URL_RE = re.compile(r"https://[^\s/]*(example|ejemplo|exemple|exemplo)[^\s/]*\.[a-z.]+/\S+")

errors = []


def err(doc_id, msg):
    errors.append("%s: %s" % (doc_id, msg))


def day(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def in_years(d):
    return 2017 <= d.year <= 2026


def check_date(doc_id, date, prec, published):
    pubd = dt.date.fromisoformat(published)
    if prec not in PRECS:
        err(doc_id, "bad precision %r" % prec)
        return
    if date is None:
        if prec != "unknown":
            err(doc_id, "null date needs precision unknown")
        return
    if prec == "unknown":
        err(doc_id, "precision unknown needs a null date")
    if prec in ("day", "approx"):
        d = day(date)
        if not d:
            err(doc_id, "bad day %r" % date)
            return
        ds = [d]
    elif prec == "month":
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", date):
            err(doc_id, "bad month %r" % date)
            return
        ds = [dt.date(int(date[:4]), int(date[5:7]), 1)]
    elif prec == "year":
        if not re.fullmatch(r"\d{4}", date):
            err(doc_id, "bad year %r" % date)
            return
        ds = [dt.date(int(date), 1, 1)]
    elif prec == "range":
        parts = date.split("/")
        if len(parts) != 2 or not all(day(p) for p in parts):
            err(doc_id, "bad range %r" % date)
            return
        ds = [day(p) for p in parts]
        if not ds[0] < ds[1]:
            err(doc_id, "range not increasing %r" % date)
    else:
        ds = []
    for d in ds:
        if not in_years(d):
            err(doc_id, "date outside 2017-2026: %r" % date)
        if d > pubd:
            err(doc_id, "date after publication: %r > %s" % (date, published))


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    with open(CORPUS, encoding="utf-8") as f:
        corpus = [json.loads(l) for l in f]
    with open(GOLD, encoding="utf-8") as f:
        gold = [json.loads(l) for l in f]
    if len(corpus) != N or len(gold) != N:
        err("-", "expected %d docs, got corpus %d gold %d" % (N, len(corpus), len(gold)))
    ids = ["q%03d" % i for i in range(1, N + 1)]
    sub_langs = collections.defaultdict(set)
    sub_count = collections.Counter()
    negatives = collections.Counter()
    n_events = collections.Counter()
    n_tallies = collections.Counter()
    lang_docs = collections.Counter()
    words = []
    urls = set()
    for i, (c, g) in enumerate(zip(corpus, gold)):
        did = c.get("id")
        if list(c) != DOC_KEYS:
            err(did, "corpus keys %r" % list(c))
        if list(g) != GOLD_KEYS:
            err(did, "gold keys %r" % list(g))
        if did != ids[i] or g.get("id") != ids[i]:
            err(did, "id out of order, expected %s" % ids[i])
        lang = LANGS[i // PER_LANG]
        lang_docs[c["lang"]] += 1
        if c["lang"] != lang:
            err(did, "lang %r, expected %r" % (c["lang"], lang))
        if not isinstance(c["url"], str) or not URL_RE.fullmatch(c["url"]):
            err(did, "url not an invented example address: %r" % c["url"])
        if c["url"] in urls:
            err(did, "duplicate url")
        urls.add(c["url"])
        pubd = day(c["published"])
        if not pubd or not in_years(pubd):
            err(did, "bad published %r" % c["published"])
            continue
        text = c["text"]
        nw = len(text.split())
        words.append(nw)
        if not 200 <= nw <= 300:
            err(did, "article length %d words" % nw)
        evs, tls = g["events"], g["tallies"]
        if not evs and not tls:
            negatives[lang] += 1
        n_events[lang] += len(evs)
        n_tallies[lang] += len(tls)
        for e in evs:
            if list(e) != EV_KEYS:
                err(did, "event keys %r" % list(e))
                continue
            pair = (e["event_type"], e["sub_event_type"])
            if pair not in PAIRS:
                err(did, "bad pair %r" % (pair,))
            sub_langs[e["sub_event_type"]].add(lang)
            sub_count[e["sub_event_type"]] += 1
            if not isinstance(e["tags"], list) or set(e["tags"]) - TAGS:
                err(did, "bad tags %r" % e["tags"])
            check_date(did, e["date"], e["date_precision"], c["published"])
            if not re.fullmatch(r"[A-Z]{2}", e["country"] or ""):
                err(did, "bad country %r" % e["country"])
            if e["location"] is not None and e["admin1"] is None:
                err(did, "location without admin1")
            for k in ("fatalities", "fatalities_low", "fatalities_high", "injured", "arrested"):
                v = e[k]
                if v is not None and (not is_int(v) or v < 0):
                    err(did, "%s not a non-negative int: %r" % (k, v))
            lo, hi = e["fatalities_low"], e["fatalities_high"]
            if (lo is None) != (hi is None):
                err(did, "low/high must be set together")
            if lo is not None:
                if e["fatalities"] != lo or not lo < hi:
                    err(did, "fatalities must equal low, and low < high")
            if e["sub_event_type"] == "Arrests" and e["arrested"] is None:
                err(did, "Arrests event without arrested")
            if e["event_type"] in CROWD and not e["actor1"]:
                err(did, "crowd event without actor1")
            if not isinstance(e["attribution"], list) or not all(
                    isinstance(a, str) and a for a in e["attribution"]):
                err(did, "attribution must be a list of strings")
            has_fig = any(e[k] is not None for k in ("fatalities", "injured", "arrested"))
            if e["attribution"] and not has_fig:
                err(did, "attribution without any figure")
            t = e["trigger"]
            if not t or t not in text:
                err(did, "trigger not in text: %r" % t)
            elif len(t.split()) > 8:
                err(did, "trigger over 8 words: %r" % t)
        for t in tls:
            if list(t) != TALLY_KEYS:
                err(did, "tally keys %r" % list(t))
                continue
            if t["kind"] not in ("deaths", "injured", "arrested"):
                err(did, "bad tally kind %r" % t["kind"])
            if not is_int(t["value"]) or t["value"] <= 0:
                err(did, "bad tally value %r" % t["value"])
            a = t["as_of"] or ""
            ad = day(a) or (dt.date(int(a[:4]), int(a[5:7]), 1)
                            if re.fullmatch(r"\d{4}-\d{2}", a) else None)
            if not ad or ad > pubd:
                err(did, "bad as_of %r" % a)
            if not t["scope"]:
                err(did, "empty tally scope")
    for l in LANGS:
        if lang_docs[l] != PER_LANG:
            err("-", "language %s has %d docs, expected %d" % (l, lang_docs[l], PER_LANG))
    missing = [st for _, st in SUBTYPES.values() if not sub_count[st]]
    if missing:
        err("-", "sub-types missing from the part: %s" % missing)
    if sum(negatives.values()) < 4:
        err("-", "only %d negatives" % sum(negatives.values()))
    print("docs %d | words min %d max %d mean %.0f" % (
        len(gold), min(words), max(words), sum(words) / max(1, len(words))))
    print("events %s total %d | tallies %s total %d | negatives %s total %d" % (
        dict(n_events), sum(n_events.values()), dict(n_tallies),
        sum(n_tallies.values()), dict(negatives), sum(negatives.values())))
    print("sub-types covered: %d of %d" % (sum(1 for s in sub_count if sub_count[s]), len(SUBTYPES)))
    for _, st in SUBTYPES.values():
        print("  %-38s %2d  %s" % (st, sub_count[st], ",".join(l for l in LANGS if l in sub_langs[st])))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
