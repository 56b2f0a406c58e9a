"""Constructors and date helpers for blind set 6, articles part (n001-n032).

Standard library only.  `ev(code, ...)` takes a short sub-type code, so that the
event_type / sub_event_type pair cannot be mistyped.
"""
import datetime as _dt

SUBTYPES = {
    # code: (event_type, sub_event_type)
    "PEACE": ("Protests", "Peaceful protest"),
    "INTERV": ("Protests", "Protest with intervention"),
    "EXCESS": ("Protests", "Excessive force against protesters"),
    "VIOLDEM": ("Riots", "Violent demonstration"),
    "MOB": ("Riots", "Mob violence"),
    "CLASH": ("Battles", "Armed clash"),
    "GOVREG": ("Battles", "Government regains territory"),
    "NSAOVER": ("Battles", "Non-state actor overtakes territory"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SUICIDE": ("Explosions/Remote violence", "Suicide bomb"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEXVIOL": ("Violence against civilians", "Sexual violence"),
    "AGREE": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE": ("Strategic developments", "Change to group/activity"),
    "DISRUPT": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}

_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def d(s):
    return _dt.date.fromisoformat(s)


def prev(published, wd):
    """Most recent weekday `wd` strictly before the publication day."""
    p = d(published)
    k = (p.weekday() - _WD[wd]) % 7 or 7
    return (p - _dt.timedelta(days=k)).isoformat()


def shift(day, n):
    return (d(day) + _dt.timedelta(days=n)).isoformat()


def rng(a, b):
    return f"{a}/{b}"


def prec_of(date):
    if date is None:
        return "unknown"
    if "/" in date:
        return "range"
    return {10: "day", 7: "month", 4: "year"}[len(date)]


def ev(code, date, country, admin1, location, actor1, actor2, trigger, *,
       tags=(), fat=None, lo=None, hi=None, inj=None, arr=None, attr=(),
       precision=None):
    et, st = SUBTYPES[code]
    return {
        "event_type": et,
        "sub_event_type": st,
        "tags": list(tags),
        "date": date,
        "date_precision": precision or prec_of(date),
        "country": country,
        "admin1": admin1,
        "location": location,
        "actor1": actor1,
        "actor2": actor2,
        "fatalities": fat,
        "fatalities_low": lo,
        "fatalities_high": hi,
        "injured": inj,
        "arrested": arr,
        "attribution": list(attr),
        "trigger": trigger,
    }


def tally(kind, value, as_of, scope, source=None):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope,
            "source": source}


def doc(id_, lang, published, text, events, tallies):
    return {"id": id_, "lang": lang, "published": published,
            "text": text.strip("\n"), "events": events, "tallies": tallies}
