"""Write parts/briefs.corpus.jsonl and parts/briefs.gold.jsonl from the g_*.py scripts."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import g_en, g_es, g_pt, g_fr  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "parts")


def main():
    docs = g_en.DOCS + g_es.DOCS + g_pt.DOCS + g_fr.DOCS
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "briefs.corpus.jsonl"), "w", encoding="utf-8") as c, \
         open(os.path.join(OUT, "briefs.gold.jsonl"), "w", encoding="utf-8") as g:
        for d in docs:
            c.write(json.dumps({"id": d["id"], "lang": d["lang"], "published": d["published"],
                                "url": None, "text": d["text"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": d["id"], "events": d["events"], "tallies": d["tallies"]},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {OUT}")


if __name__ == "__main__":
    main()
