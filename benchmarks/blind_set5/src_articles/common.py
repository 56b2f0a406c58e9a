"""Constructors for the articles part of blind set 5 (written by hand, standard library only)."""
import datetime as _dt

SUB = {
    "PP": ("Protests", "Peaceful protest"),
    "PI": ("Protests", "Protest with intervention"),
    "EF": ("Protests", "Excessive force against protesters"),
    "VD": ("Riots", "Violent demonstration"),
    "MV": ("Riots", "Mob violence"),
    "AC": ("Battles", "Armed clash"),
    "GR": ("Battles", "Government regains territory"),
    "NO": ("Battles", "Non-state actor overtakes territory"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SHL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRN": ("Explosions/Remote violence", "Grenade"),
    "SUI": ("Explosions/Remote violence", "Suicide bomb"),
    "CHM": ("Explosions/Remote violence", "Chemical weapon"),
    "ATT": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEX": ("Violence against civilians", "Sexual violence"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory"),
    "AGR": ("Strategic developments", "Agreement"),
    "ARR": ("Strategic developments", "Arrests"),
    "CHG": ("Strategic developments", "Change to group/activity"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "OTH": ("Strategic developments", "Other"),
}

_WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def d(s):
    return _dt.date.fromisoformat(s)


def prev(published, wd):
    """Most recent weekday `wd` strictly before the publication date."""
    p = d(published)
    k = _WD.index(wd)
    for i in range(1, 8):
        x = p - _dt.timedelta(days=i)
        if x.weekday() == k:
            return x.isoformat()
    raise ValueError(wd)


def shift(day, n):
    return (d(day) + _dt.timedelta(days=n)).isoformat()


def rng(a, b):
    return a + "/" + b


def ev(code, date, prec, country, admin1, location, actor1, actor2, trigger,
       fat=None, lo=None, hi=None, inj=None, arr=None, attr=(), tags=()):
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


def tl(kind, value, as_of, scope, source=None):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope, "source": source}


def doc(id_, lang, published, text, events, tallies):
    return {"id": id_, "lang": lang, "published": published, "text": text.strip(),
            "events": events, "tallies": tallies}
