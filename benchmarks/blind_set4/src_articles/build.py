"""Write parts/articles.corpus.jsonl and parts/articles.gold.jsonl from the authoring scripts."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b_en, b_es, b_pt, b_fr  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "parts")


def main():
    docs = b_en.DOCS + b_es.DOCS + b_pt.DOCS + b_fr.DOCS
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "articles.corpus.jsonl"), "w", encoding="utf-8") as fc, \
            open(os.path.join(OUT, "articles.gold.jsonl"), "w", encoding="utf-8") as fg:
        for d in docs:
            fc.write(json.dumps({"id": d["id"], "lang": d["lang"], "published": d["published"],
                                 "url": None, "text": d["text"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": d["id"], "events": d["events"], "tallies": d["tallies"]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {OUT}")


if __name__ == "__main__":
    main()
