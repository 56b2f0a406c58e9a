"""Helpers for the authoring scripts: event/tally constructors and a weekday calculator."""
import datetime as _dt

SUB = {
    "PP": ("Protests", "Peaceful protest"),
    "PI": ("Protests", "Protest with intervention"),
    "EF": ("Protests", "Excessive force against protesters"),
    "VD": ("Riots", "Violent demonstration"),
    "MV": ("Riots", "Mob violence"),
    "AC": ("Battles", "Armed clash"),
    "GRT": ("Battles", "Government regains territory"),
    "NSO": ("Battles", "Non-state actor overtakes territory"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SHL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRN": ("Explosions/Remote violence", "Grenade"),
    "SUI": ("Explosions/Remote violence", "Suicide bomb"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon"),
    "ATT": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEX": ("Violence against civilians", "Sexual violence"),
    "AGR": ("Strategic developments", "Agreement"),
    "ARR": ("Strategic developments", "Arrests"),
    "CHG": ("Strategic developments", "Change to group/activity"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory"),
    "OTH": ("Strategic developments", "Other"),
}

_WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _d(s):
    return _dt.date.fromisoformat(s)


def prev(pub, wd, same_day=False):
    """Most recent `wd` before `pub` (on `pub` itself only if same_day)."""
    d = _d(pub)
    target = _WD.index(wd)
    for k in range(0 if same_day else 1, 8):
        x = d - _dt.timedelta(days=k)
        if x.weekday() == target:
            return x.isoformat()
    raise ValueError


def shift(pub, days):
    return (_d(pub) + _dt.timedelta(days=days)).isoformat()


def rng(a, b):
    return f"{a}/{b}"


def weekday(s):
    return _WD[_d(s).weekday()]


def ev(code, date, prec, country, admin1, location, actor1, actor2, trigger,
       tags=(), fat=None, lo=None, hi=None, inj=None, arr=None, attr=()):
    et, st = SUB[code]
    return {
        "event_type": et, "sub_event_type": st, "tags": list(tags),
        "date": date, "date_precision": prec,
        "country": country, "admin1": admin1, "location": location,
        "actor1": actor1, "actor2": actor2,
        "fatalities": fat, "fatalities_low": lo, "fatalities_high": hi,
        "injured": inj, "arrested": arr,
        "attribution": list(attr), "trigger": trigger,
    }


def ta(kind, value, as_of, scope, source=None):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope, "source": source}


def doc(id, lang, published, text, events=(), tallies=()):
    return {"id": id, "lang": lang, "published": published, "text": text.strip("\n"),
            "events": list(events), "tallies": list(tallies)}
