"""Write parts/articles.corpus.jsonl and parts/articles.gold.jsonl (blind set 7, ids q001-q032).

Run from anywhere: python3 benchmarks/blind_set7/src_articles/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import q_en, q_es, q_fr, q_pt  # noqa: E402

PARTS = os.path.join(os.path.dirname(HERE), "parts")


def all_docs():
    return q_en.DOCS + q_es.DOCS + q_fr.DOCS + q_pt.DOCS


def main():
    docs = all_docs()
    os.makedirs(PARTS, exist_ok=True)
    with open(os.path.join(PARTS, "articles.corpus.jsonl"), "w", encoding="utf-8") as c, \
         open(os.path.join(PARTS, "articles.gold.jsonl"), "w", encoding="utf-8") as g:
        for d in docs:
            c.write(json.dumps({"id": d["id"], "url": d["url"], "lang": d["lang"],
                                "published": d["published"], "text": d["text"]},
                               ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": d["id"], "events": d["events"], "tallies": d["tallies"]},
                               ensure_ascii=False) + "\n")
    print("wrote %d docs to %s" % (len(docs), PARTS))


if __name__ == "__main__":
    main()
