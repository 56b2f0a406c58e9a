"""Constructors and date helpers for the briefs part of blind set 5 (j001-j064).

Standard library only. Written from ANNOTATION.md alone.
"""
import datetime as dt

ET = {
    "PP": ("Protests", "Peaceful protest"),
    "PWI": ("Protests", "Protest with intervention"),
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
    "CHM": ("Explosions/Remote violence", "Chemical weapon"),
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

WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _d(s):
    return dt.date.fromisoformat(s)


def prev(published, wd):
    """Most recent given weekday strictly before the publication day."""
    p = _d(published)
    for k in range(1, 8):
        x = p - dt.timedelta(days=k)
        if x.weekday() == WD[wd]:
            return x.isoformat()
    raise ValueError


def same(published, wd):
    """The publication day itself, asserting that it is the named weekday ("este viernes")."""
    assert _d(published).weekday() == WD[wd], (published, wd)
    return published


def shift(day, n):
    return (_d(day) + dt.timedelta(days=n)).isoformat()


def rng(a, b):
    assert a < b, (a, b)
    return f"{a}/{b}"


def E(code, date, prec, cc, adm1, loc, a1, a2, trig, tags=(), fat=None, lo=None, hi=None,
      inj=None, arr=None, attr=()):
    et, st = ET[code]
    return {"event_type": et, "sub_event_type": st, "tags": list(tags),
            "date": date, "date_precision": prec,
            "country": cc, "admin1": adm1, "location": loc,
            "actor1": a1, "actor2": a2,
            "fatalities": fat, "fatalities_low": lo, "fatalities_high": hi,
            "injured": inj, "arrested": arr,
            "attribution": list(attr), "trigger": trig}


def T(kind, value, as_of, scope, source=None):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope, "source": source}


def D(id, pub, text, events=(), tallies=()):
    return {"id": id, "published": pub, "text": text, "events": list(events), "tallies": list(tallies)}
