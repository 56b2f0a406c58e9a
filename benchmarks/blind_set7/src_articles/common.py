"""Constructors and date helpers for blind set 7, articles part (ids q001-q032).

Standard library only. Each language file (q_en.py, q_es.py, q_fr.py, q_pt.py)
defines DOCS, a list of D(...) records holding a text beside its gold.
"""
import datetime as _dt

# short code -> (event_type, sub_event_type); ANNOTATION.md sections 3 and 3.1
SUBTYPES = {
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
    "ATK": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEX": ("Violence against civilians", "Sexual violence"),
    "AGR": ("Strategic developments", "Agreement"),
    "ARR": ("Strategic developments", "Arrests"),
    "CHG": ("Strategic developments", "Change to group/activity"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LPD": ("Strategic developments", "Looting/property destruction"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory"),
    "OTH": ("Strategic developments", "Other"),
}

_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _d(s):
    return _dt.date.fromisoformat(s)


def pub(s, wd):
    """A publication day, asserting its weekday."""
    assert _d(s).weekday() == _WD[wd], (s, wd, _d(s).strftime("%a"))
    return s


def prev(published, wd):
    """The last such weekday strictly before publication."""
    d = _d(published) - _dt.timedelta(days=1)
    while d.weekday() != _WD[wd]:
        d -= _dt.timedelta(days=1)
    return d.isoformat()


def shift(day, n):
    return (_d(day) + _dt.timedelta(days=n)).isoformat()


def rng(a, b):
    assert _d(a) < _d(b), (a, b)
    return a + "/" + b


def E(code, date, prec, country, admin1, location, actor1, actor2, trigger,
      tags=(), fat=None, low=None, high=None, inj=None, arr=None, attr=()):
    et, st = SUBTYPES[code]
    return {
        "event_type": et, "sub_event_type": st, "tags": list(tags),
        "date": date, "date_precision": prec,
        "country": country, "admin1": admin1, "location": location,
        "actor1": actor1, "actor2": actor2,
        "fatalities": fat, "fatalities_low": low, "fatalities_high": high,
        "injured": inj, "arrested": arr,
        "attribution": list(attr), "trigger": trigger,
    }


def T(kind, value, as_of, scope, source):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope, "source": source}


def D(id, lang, published, url, text, events=(), tallies=()):
    return {"id": id, "lang": lang, "published": published, "url": url, "text": text,
            "events": list(events), "tallies": list(tallies)}
