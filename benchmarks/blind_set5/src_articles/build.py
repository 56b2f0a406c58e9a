"""Write parts/articles.corpus.jsonl and parts/articles.gold.jsonl from the per-language sources."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import a_en, a_es, a_fr, a_pt  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "parts")


def all_docs():
    return a_en.DOCS + a_es.DOCS + a_fr.DOCS + a_pt.DOCS


def main():
    os.makedirs(OUT, exist_ok=True)
    docs = all_docs()
    with open(os.path.join(OUT, "articles.corpus.jsonl"), "w", encoding="utf-8") as c, \
         open(os.path.join(OUT, "articles.gold.jsonl"), "w", encoding="utf-8") as g:
        for d in docs:
            c.write(json.dumps({"id": d["id"], "lang": d["lang"], "published": d["published"],
                                "url": None, "text": d["text"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": d["id"], "events": d["events"], "tallies": d["tallies"]},
                               ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(docs), OUT))


if __name__ == "__main__":
    main()
