import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import DOCS
import a_en, a_es, a_pt, a_fr  # noqa
for m in ["b_en", "b_es", "b_pt", "b_fr"]:
    if os.path.exists(os.path.join(os.path.dirname(__file__), m + ".py")):
        __import__(m)
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as c, \
     open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as g:
    for d in DOCS:
        c.write(json.dumps({"id": d["id"], "lang": d["lang"], "published": d["published"],
                            "url": None, "text": d["text"]}, ensure_ascii=False) + "\n")
        g.write(json.dumps({"id": d["id"], "events": d["events"], "tallies": d["tallies"]},
                           ensure_ascii=False) + "\n")
print(len(DOCS), "documents written")
