"""Write parts/briefs.corpus.jsonl and parts/briefs.gold.jsonl (blind set 5, briefs j001-j064).

Run: python3 src_briefs/build.py   (standard library only)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import j_en, j_es, j_pt, j_fr  # noqa: E402

PARTS = os.path.join(os.path.dirname(HERE), "parts")
LANGS = [("en", j_en), ("es", j_es), ("pt", j_pt), ("fr", j_fr)]


def main():
    os.makedirs(PARTS, exist_ok=True)
    corpus, gold = [], []
    for lang, mod in LANGS:
        for d in mod.DOCS:
            corpus.append({"id": d["id"], "url": None, "lang": lang, "published": d["published"], "text": d["text"]})
            gold.append({"id": d["id"], "events": d["events"], "tallies": d["tallies"]})
    with open(os.path.join(PARTS, "briefs.corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in corpus:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(PARTS, "briefs.gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(corpus)} docs, {sum(len(g['events']) for g in gold)} events, "
          f"{sum(len(g['tallies']) for g in gold)} tallies")


if __name__ == "__main__":
    main()
