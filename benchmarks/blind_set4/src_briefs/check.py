"""Mechanical checks for the blind set 4 briefs (g001-g064). Exit 0 when every check passes.

Adapted from benchmarks/blind_set3/check.py: reads ../parts/briefs.corpus.jsonl and
../parts/briefs.gold.jsonl; briefs only (at most 90 words, 16 per language).
"""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = os.path.join(os.path.dirname(HERE), "parts")
EVENT_KEYS = ["event_type", "sub_event_type", "tags", "date", "date_precision", "country",
              "admin1", "location", "actor1", "actor2", "fatalities", "fatalities_low",
              "fatalities_high", "injured", "arrested", "attribution", "trigger"]
TALLY_KEYS = ["kind", "value", "as_of", "scope", "source"]
CORPUS_KEYS = ["id", "lang", "published", "url", "text"]
TYPES = {
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                                   "Chemical weapon"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"],
}
SUBTYPES = [s for v in TYPES.values() for s in v]
TAGS = {"road_blockade", "strike", "march", "occupation", "hunger_strike", "funeral", "vigil",
        "airport", "tear_gas", "curfew", "state_of_emergency", "investigation"}
PRECISIONS = {"day", "month", "year", "range", "approx", "unknown"}
KINDS = {"deaths", "injured", "arrested"}
LANGS = ["en", "es", "pt", "fr"]
CROWD = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
         "Violent demonstration", "Mob violence"}

errors = []


def err(doc_id, msg):
    errors.append(f"{doc_id}: {msg}")


def parse_day(s):
    return datetime.date.fromisoformat(s)


def check_date(doc_id, date, prec, published, what="date"):
    """Return (first_day, last_day) or None."""
    if prec not in PRECISIONS:
        err(doc_id, f"bad precision {prec!r}")
        return None
    if date is None:
        if prec != "unknown":
            err(doc_id, f"{what} null but precision {prec}")
        return None
    try:
        if prec in ("day", "approx"):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                raise ValueError
            a = b = parse_day(date)
        elif prec == "month":
            if not re.fullmatch(r"\d{4}-\d{2}", date):
                raise ValueError
            a = parse_day(date + "-01")
            b = a
        elif prec == "year":
            if not re.fullmatch(r"\d{4}", date):
                raise ValueError
            a = b = datetime.date(int(date), 1, 1)
        elif prec == "range":
            x, y = date.split("/")
            a, b = parse_day(x), parse_day(y)
            if not a < b:
                err(doc_id, f"range not increasing {date}")
        else:
            err(doc_id, f"{what} {date} with precision unknown")
            return None
    except ValueError:
        err(doc_id, f"{what} {date!r} does not fit precision {prec}")
        return None
    if not (2017 <= a.year <= 2026 and 2017 <= b.year <= 2026):
        err(doc_id, f"{what} {date} outside 2017-2026")
    if published and b > parse_day(published):
        err(doc_id, f"{what} {date} after published {published}")
    return a, b


def main():
    corpus = [json.loads(l) for l in open(os.path.join(PARTS, "briefs.corpus.jsonl"), encoding="utf-8")]
    gold = [json.loads(l) for l in open(os.path.join(PARTS, "briefs.gold.jsonl"), encoding="utf-8")]
    ids_c = [d["id"] for d in corpus]
    ids_g = [d["id"] for d in gold]
    if ids_c != ids_g:
        err("-", "corpus and gold ids differ or are out of order")
    if len(set(ids_c)) != len(ids_c):
        err("-", "duplicate ids")
    expected = [f"g{i:03d}" for i in range(1, 65)]
    if ids_c != expected:
        err("-", "ids are not g001-g064")

    stats = collections.defaultdict(lambda: collections.Counter())
    sub_brief = collections.Counter()
    sub_art = collections.Counter()
    sub_langs = collections.defaultdict(set)
    precs = collections.Counter()
    countries = set()
    negatives = {"g": []}
    words = []
    nulls = []

    for c, g in zip(corpus, gold):
        i = c["id"]
        part = i[0]
        if list(c.keys()) != CORPUS_KEYS:
            err(i, f"corpus keys {list(c.keys())}")
        if c["url"] is not None:
            err(i, "url not null")
        if c["published"] is not None:
            try:
                p = parse_day(c["published"])
                if not 2017 <= p.year <= 2026:
                    err(i, "published outside 2017-2026")
            except ValueError:
                err(i, f"bad published {c['published']!r}")
        else:
            nulls.append(i)
        lang = c["lang"]
        if lang not in LANGS:
            err(i, f"bad lang {lang}")
        block = (int(i[1:]) - 1) // 16
        if LANGS[block] != lang:
            err(i, f"lang {lang} outside its block ({LANGS[block]})")
        text = c["text"]
        nw = len(text.split())
        words.append(nw)
        if nw > 90:
            err(i, f"brief has {nw} words")
        if list(g.keys()) != ["id", "events", "tallies"]:
            err(i, f"gold keys {list(g.keys())}")
        st = stats[(part, lang)]
        st["docs"] += 1
        st["events"] += len(g["events"])
        st["tallies"] += len(g["tallies"])
        if not g["events"] and not g["tallies"]:
            st["negatives"] += 1
            negatives[part].append(i)
        for e in g["events"]:
            if list(e.keys()) != EVENT_KEYS:
                err(i, f"event keys {list(e.keys())}")
                continue
            et, s = e["event_type"], e["sub_event_type"]
            if et not in TYPES or s not in TYPES[et]:
                err(i, f"bad type pair {et} / {s}")
            if not isinstance(e["tags"], list) or any(t not in TAGS for t in e["tags"]):
                err(i, f"bad tags {e['tags']}")
            if not isinstance(e["attribution"], list) or not all(isinstance(a, str) for a in e["attribution"]):
                err(i, "attribution must be a list of strings")
            tr = e["trigger"]
            if not tr or tr not in text:
                err(i, f"trigger not in text: {tr!r}")
            elif len(tr.split()) > 8:
                err(i, f"trigger over 8 words: {tr!r}")
            check_date(i, e["date"], e["date_precision"], c["published"])
            precs[e["date_precision"]] += 1
            if not (isinstance(e["country"], str) and re.fullmatch(r"[A-Z]{2}", e["country"])):
                err(i, f"bad country {e['country']!r}")
            countries.add(e["country"])
            for k in ("fatalities", "fatalities_low", "fatalities_high", "injured", "arrested"):
                v = e[k]
                if v is not None and (not isinstance(v, int) or v < 0):
                    err(i, f"{k} = {v!r}")
            lo, hi, best = e["fatalities_low"], e["fatalities_high"], e["fatalities"]
            if (lo is None) != (hi is None):
                err(i, "fatalities_low and fatalities_high must be set together")
            if lo is not None:
                if not lo <= hi:
                    err(i, "fatalities_low > fatalities_high")
                if best != lo:
                    err(i, "fatalities must equal fatalities_low")
                if lo == hi:
                    err(i, "low == high: leave them null")
            if s == "Arrests" and e["arrested"] is None:
                err(i, "Arrests event without arrested")
            if s in CROWD and not e["actor1"]:
                err(i, "crowd event without actor1")
            if part == "g":
                sub_brief[s] += 1
                sub_langs[s].add(lang)
            else:
                sub_art[s] += 1
        for t in g["tallies"]:
            if list(t.keys()) != TALLY_KEYS:
                err(i, f"tally keys {list(t.keys())}")
                continue
            if t["kind"] not in KINDS:
                err(i, f"bad tally kind {t['kind']}")
            if not isinstance(t["value"], int) or t["value"] < 0:
                err(i, f"bad tally value {t['value']!r}")
            prec = "month" if t["as_of"] and len(t["as_of"]) == 7 else "day"
            check_date(i, t["as_of"], prec, c["published"], "as_of")
            if not t["scope"]:
                err(i, "tally without scope")

    # coverage
    for s in SUBTYPES:
        if sub_brief[s] == 0:
            err("-", f"sub-type missing from briefs: {s}")
        elif len(sub_langs[s]) < 2:
            err("-", f"sub-type in one brief language only: {s}")
    for part, n in (("g", 16),):
        for lang in LANGS:
            if stats[(part, lang)]["docs"] != n:
                err("-", f"{part} {lang}: {stats[(part, lang)]['docs']} docs, expected {n}")

    # report
    print("part  lang  docs events tallies negatives")
    tot = collections.Counter()
    for part in "g":
        ptot = collections.Counter()
        for lang in LANGS:
            st = stats[(part, lang)]
            print(f"{part:5} {lang:5} {st['docs']:4} {st['events']:6} {st['tallies']:7} {st['negatives']:9}")
            ptot.update(st)
        print(f"{part:5} {'all':5} {ptot['docs']:4} {ptot['events']:6} {ptot['tallies']:7} {ptot['negatives']:9}")
        tot.update(ptot)
    print(f"{'all':5} {'all':5} {tot['docs']:4} {tot['events']:6} {tot['tallies']:7} {tot['negatives']:9}")
    print()
    print(f"{'sub_event_type':38} briefs brief-languages")
    for s in SUBTYPES:
        print(f"{s:38} {sub_brief[s]:6} {', '.join(l for l in LANGS if l in sub_langs[s])}")
    print()
    print("date precision:", dict(precs))
    print("countries:", len(countries), " ".join(sorted(countries)))
    if words:
        print(f"brief words: min {min(words)} max {max(words)} mean {sum(words)/len(words):.0f}")
    print("negatives:", negatives)
    print("published null:", nulls)
    print()
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
