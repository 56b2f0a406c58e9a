ST = {
 "PP": ("Protests", "Peaceful protest"),
 "PI": ("Protests", "Protest with intervention"),
 "EF": ("Protests", "Excessive force against protesters"),
 "VD": ("Riots", "Violent demonstration"),
 "MV": ("Riots", "Mob violence"),
 "AC": ("Battles", "Armed clash"),
 "GR": ("Battles", "Government regains territory"),
 "NS": ("Battles", "Non-state actor overtakes territory"),
 "AIR": ("Explosions/Remote violence", "Air/drone strike"),
 "SH": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
 "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
 "GRN": ("Explosions/Remote violence", "Grenade"),
 "SB": ("Explosions/Remote violence", "Suicide bomb"),
 "CW": ("Explosions/Remote violence", "Chemical weapon"),
 "ATT": ("Violence against civilians", "Attack"),
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

DOCS = []

def E(code, date, prec, country, admin1, location, a1, a2, trig, tags=(), fat=None, lo=None, hi=None,
      inj=None, arr=None, attr=()):
    et, st = ST[code]
    return {"event_type": et, "sub_event_type": st, "tags": list(tags), "date": date,
            "date_precision": prec, "country": country, "admin1": admin1, "location": location,
            "actor1": a1, "actor2": a2, "fatalities": fat, "fatalities_low": lo,
            "fatalities_high": hi, "injured": inj, "arrested": arr, "attribution": list(attr),
            "trigger": trig}

def T(kind, value, as_of, scope, source=None):
    return {"kind": kind, "value": value, "as_of": as_of, "scope": scope, "source": source}

def D(id, lang, published, text, events=(), tallies=()):
    DOCS.append({"id": id, "lang": lang, "published": published, "text": text.strip("\n"),
                 "events": list(events), "tallies": list(tallies)})
