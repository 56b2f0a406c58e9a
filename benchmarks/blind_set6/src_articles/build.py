"""Write parts/articles.corpus.jsonl and parts/articles.gold.jsonl (blind set 6, n001-n032).

Usage: python3 src_articles/build.py   (from benchmarks/blind_set6, or from anywhere)
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PARTS = os.path.join(os.path.dirname(HERE), "parts")
LANGS = ["en", "es", "fr", "pt"]


def all_docs():
    docs = []
    for lang in LANGS:
        name = f"n_{lang}"
        if os.path.exists(os.path.join(HERE, name + ".py")):
            docs.extend(importlib.import_module(name).DOCS)
    return docs


def main():
    os.makedirs(PARTS, exist_ok=True)
    docs = all_docs()
    with open(os.path.join(PARTS, "articles.corpus.jsonl"), "w", encoding="utf-8") as fc, \
         open(os.path.join(PARTS, "articles.gold.jsonl"), "w", encoding="utf-8") as fg:
        for d in docs:
            # key order as in shared/dev2/corpus.jsonl: id, url, lang, published, text
            fc.write(json.dumps({"id": d["id"], "url": None, "lang": d["lang"],
                                 "published": d["published"], "text": d["text"]},
                                ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": d["id"], "events": d["events"], "tallies": d["tallies"]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {PARTS}")


if __name__ == "__main__":
    main()
