"""Mechanical checks for the articles part of blind set 5 (standard library only).

Exits 0 when every check passes; prints each failure otherwise.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

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
TL_KEYS = ["kind", "value", "as_of", "scope", "source"]
CORPUS_KEYS = ["id", "lang", "published", "url", "text"]
LANG_BLOCKS = [("en", 1, 8), ("es", 9, 16), ("fr", 17, 24), ("pt", 25, 32)]
PRECISIONS = {"day", "month", "year", "range", "approx", "unknown"}

errors = []


def err(doc_id, msg):
    errors.append("%s: %s" % (doc_id, msg))


def load(name):
    rows = []
    with open(os.path.join(PARTS, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("%s line %d: invalid JSON (%s)" % (name, n, e))
    return rows


def iso_day(s):
    try:
        return dt.date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None


def month_ok(s):
    m = re.fullmatch(r"(\d{4})-(\d{2})", s)
    return bool(m) and 1 <= int(m.group(2)) <= 12


def check_date(doc_id, date, prec, pub):
    """Return the last day the value can denote, or None."""
    if prec not in PRECISIONS:
        err(doc_id, "bad date_precision %r" % prec)
        return None
    if date is None:
        if prec != "unknown":
            err(doc_id, "null date needs precision unknown")
        return None
    if prec in ("day", "approx"):
        d = iso_day(date)
        if not d:
            err(doc_id, "bad day date %r" % date)
        return d
    if prec == "month":
        if not month_ok(date):
            err(doc_id, "bad month date %r" % date)
            return None
        y, m = map(int, date.split("-"))
        return dt.date(y, m, 1)
    if prec == "year":
        if not re.fullmatch(r"\d{4}", date):
            err(doc_id, "bad year date %r" % date)
            return None
        return dt.date(int(date), 1, 1)
    if prec == "range":
        parts = date.split("/")
        if len(parts) != 2 or not all(iso_day(p) for p in parts):
            err(doc_id, "bad range %r" % date)
            return None
        a, b = iso_day(parts[0]), iso_day(parts[1])
        if a >= b:
            err(doc_id, "range not increasing %r" % date)
        return a
    err(doc_id, "date %r with precision %r" % (date, prec))
    return None


def nonneg_int_or_none(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def main():
    corpus = load("articles.corpus.jsonl")
    gold = load("articles.gold.jsonl")
    expected = ["k%03d" % i for i in range(1, 33)]
    if [c.get("id") for c in corpus] != expected:
        errors.append("corpus ids are not k001..k032 in order")
    if [g.get("id") for g in gold] != expected:
        errors.append("gold ids are not k001..k032 in order")
    if len(set(c.get("id") for c in corpus)) != len(corpus):
        errors.append("duplicate corpus ids")
    texts, pubs = {}, {}
    for c in corpus:
        i = c.get("id")
        if list(c.keys()) != CORPUS_KEYS:
            err(i, "corpus keys %r" % list(c.keys()))
        n = int(i[1:])
        lang = [l for l, a, b in LANG_BLOCKS if a <= n <= b][0]
        if c.get("lang") != lang:
            err(i, "lang %r, expected %r" % (c.get("lang"), lang))
        p = iso_day(c.get("published") or "")
        if not p or not (2017 <= p.year <= 2026):
            err(i, "bad published %r" % c.get("published"))
        if c.get("url") is not None:
            err(i, "url should be null")
        words = len(c.get("text", "").split())
        if not 170 <= words <= 260:
            err(i, "%d words" % words)
        texts[i], pubs[i] = c.get("text", ""), p
    subs = Counter()
    sub_langs = defaultdict(set)
    neg = Counter()
    n_ev = n_tl = 0
    for g in gold:
        i = g.get("id")
        if list(g.keys()) != ["id", "events", "tallies"]:
            err(i, "gold keys %r" % list(g.keys()))
        text, pub = texts.get(i, ""), pubs.get(i)
        lang = [l for l, a, b in LANG_BLOCKS if a <= int(i[1:]) <= b][0]
        if not g["events"] and not g["tallies"]:
            neg[lang] += 1
        for e in g["events"]:
            n_ev += 1
            if list(e.keys()) != EV_KEYS:
                err(i, "event keys %r" % list(e.keys()))
                continue
            et, st = e["event_type"], e["sub_event_type"]
            if st not in PAIRS.get(et, ()):
                err(i, "bad pair %r / %r" % (et, st))
            subs[st] += 1
            sub_langs[st].add(lang)
            if not isinstance(e["tags"], list) or not set(e["tags"]) <= TAGS:
                err(i, "bad tags %r" % e["tags"])
            last = check_date(i, e["date"], e["date_precision"], pub)
            if last and pub and last > pub:
                err(i, "date %r after published" % e["date"])
            if e["date"] and e["date_precision"] == "range" and pub:
                end = iso_day(e["date"].split("/")[1])
                if end and end > pub:
                    err(i, "range end after published")
            if not (isinstance(e["country"], str) and re.fullmatch(r"[A-Z]{2}", e["country"])):
                err(i, "bad country %r" % e["country"])
            for k in ("fatalities", "fatalities_low", "fatalities_high", "injured", "arrested"):
                if not nonneg_int_or_none(e[k]):
                    err(i, "bad %s %r" % (k, e[k]))
            lo, hi, f = e["fatalities_low"], e["fatalities_high"], e["fatalities"]
            if (lo is None) != (hi is None):
                err(i, "fatalities_low/high must both be set or both null")
            if lo is not None and hi is not None:
                if not (f == lo < hi):
                    err(i, "fatalities %r low %r high %r inconsistent" % (f, lo, hi))
            if st == "Arrests" and e["arrested"] is None:
                err(i, "Arrests event without arrested")
            if et in ("Protests", "Riots") and not e["actor1"]:
                err(i, "crowd event without actor1")
            if not isinstance(e["attribution"], list) or not all(isinstance(a, str) for a in e["attribution"]):
                err(i, "bad attribution")
            t = e["trigger"]
            if not t or t not in text:
                err(i, "trigger not in text: %r" % t)
            if len(t.split()) > 8:
                err(i, "trigger longer than 8 words: %r" % t)
        for t in g["tallies"]:
            n_tl += 1
            if list(t.keys()) != TL_KEYS:
                err(i, "tally keys %r" % list(t.keys()))
                continue
            if t["kind"] not in ("deaths", "injured", "arrested"):
                err(i, "bad tally kind %r" % t["kind"])
            if not (isinstance(t["value"], int) and t["value"] > 0):
                err(i, "bad tally value %r" % t["value"])
            a = t["as_of"]
            ok = iso_day(a) or month_ok(a or "")
            if not ok:
                err(i, "bad as_of %r" % a)
            elif iso_day(a) and pub and iso_day(a) > pub:
                err(i, "as_of after published")
            if not t["scope"]:
                err(i, "empty scope")
    for lang, _, _ in LANG_BLOCKS:
        if neg[lang] != 1:
            errors.append("%s: %d negatives, expected 1" % (lang, neg[lang]))
    all_subs = set().union(*PAIRS.values())
    print("documents %d, events %d, tallies %d, negatives %d" % (len(gold), n_ev, n_tl, sum(neg.values())))
    print("sub-types covered %d of %d" % (len(subs), len(all_subs)))
    for s in sorted(all_subs):
        print("  %-36s %2d  %s" % (s, subs[s], ", ".join(l for l, _, _ in LANG_BLOCKS if l in sub_langs[s])))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
