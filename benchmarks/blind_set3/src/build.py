"""Write ../corpus.jsonl and ../gold.jsonl from the authoring scripts."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["a_en", "a_es", "a_pt", "a_fr", "b_en", "b_es", "b_pt", "b_fr"]


def main():
    docs = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            print("missing", m)
            continue
        docs.extend(mod.D)
    out = os.path.dirname(HERE)
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as c, \
         open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as g:
        for d in docs:
            c.write(json.dumps({"id": d["id"], "lang": d["lang"], "published": d["published"],
                                "url": None, "text": d["text"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": d["id"], "events": d["events"], "tallies": d["tallies"]},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents")


if __name__ == "__main__":
    main()
