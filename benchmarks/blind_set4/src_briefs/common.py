"""Constructors and date helpers for the blind set 4 briefs (standard library only)."""
import datetime

SUB = {
    "PP": ("Protests", "Peaceful protest"),
    "PWI": ("Protests", "Protest with intervention"),
    "EF": ("Protests", "Excessive force against protesters"),
    "VD": ("Riots", "Violent demonstration"),
    "MOB": ("Riots", "Mob violence"),
    "AC": ("Battles", "Armed clash"),
    "GRT": ("Battles", "Government regains territory"),
    "NSA": ("Battles", "Non-state actor overtakes territory"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GREN": ("Explosions/Remote violence", "Grenade"),
    "SUIC": ("Explosions/Remote violence", "Suicide bomb"),
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

WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _d(s):
    return datetime.date.fromisoformat(s)


def prev(published, wd):
    """Most recent given weekday strictly before the publication date."""
    p = _d(published)
    n = (p.weekday() - WD[wd]) % 7 or 7
    return (p - datetime.timedelta(days=n)).isoformat()


def shift(day, n):
    """day + n days (n negative for earlier days)."""
    return (_d(day) + datetime.timedelta(days=n)).isoformat()


def rng(a, b):
    return f"{a}/{b}"


def weekday(day):
    return _d(day).strftime("%A")


def ev(code, date, prec, country, admin1, location, actor1, actor2, trigger, tags=(),
       fat=None, lo=None, hi=None, inj=None, arr=None, attr=()):
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


def tally(kind, value, as_of, scope, source):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope, "source": source}


def doc(id_, lang, published, text, events, tallies=()):
    return {"id": id_, "lang": lang, "published": published, "text": text,
            "events": list(events), "tallies": list(tallies)}
