"""Constructors for gold records and a weekday calculator (standard library only)."""
import datetime

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
    "SH": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRN": ("Explosions/Remote violence", "Grenade"),
    "SB": ("Explosions/Remote violence", "Suicide bomb"),
    "CW": ("Explosions/Remote violence", "Chemical weapon"),
    "ATK": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "SV": ("Violence against civilians", "Sexual violence"),
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


def prev(published, wd):
    """Most recent given weekday strictly before the publication date, ISO string."""
    d = datetime.date.fromisoformat(published)
    for k in range(1, 8):
        x = d - datetime.timedelta(days=k)
        if x.weekday() == WD[wd]:
            return x.isoformat()
    raise ValueError


def shift(day, n):
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=n)).isoformat()


def rng(a, b):
    return f"{a}/{b}"


def prec_of(date):
    if date is None:
        return "unknown"
    if "/" in date:
        return "range"
    return {10: "day", 7: "month", 4: "year"}[len(date)]


def ev(code, date, country, admin1, location, a1, a2, trig, fat=None, lo=None, hi=None,
       inj=None, arr=None, attr=(), tags=(), prec=None):
    et, st = SUB[code]
    return {
        "event_type": et, "sub_event_type": st, "tags": list(tags),
        "date": date, "date_precision": prec or prec_of(date),
        "country": country, "admin1": admin1, "location": location,
        "actor1": a1, "actor2": a2,
        "fatalities": fat, "fatalities_low": lo, "fatalities_high": hi,
        "injured": inj, "arrested": arr, "attribution": list(attr), "trigger": trig,
    }


def ta(kind, value, as_of, scope, source=None):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope, "source": source}


def doc(i, lang, published, text, events=(), tallies=()):
    return {"id": i, "lang": lang, "published": published, "text": text,
            "events": list(events), "tallies": list(tallies)}
