import sys, datetime as d
# usage: wd.py PUB [PUB...] -> weekday and previous 7 days
for s in sys.argv[1:]:
    p = d.date.fromisoformat(s)
    print(s, p.strftime('%a'), ' '.join(f"{(p-d.timedelta(k)).strftime('%a')}={(p-d.timedelta(k)).isoformat()[5:]}" for k in range(1,8)))
