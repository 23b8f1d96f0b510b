#!/usr/bin/python3
"""Generate suites/tools: function-calling accuracy, from Debian's registries.

Usage: /usr/bin/python3 tools/gen/tools.py [--out DIR]

Every expected argument is checkable: codes come from iso-codes (ISO 3166-1
countries, ISO 4217 currencies, ISO 639-1 languages) and tzdata (IANA zones
of zone.tab), localised names for the French, German and Spanish requests
from CLDR (unicode-cldr-core), dates are computed with datetime and unit
conversions with exact factors. Each request states the facts its
arguments need. Kinds: simple, multiple, parallel, multi-turn, irrelevance
(see docs/suites.md, tools).
"""

import datetime
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402

VERSION = "1.0"
CLDR_MAIN = "/usr/share/unicode/cldr/common/main"
KEYS = ("id", "input", "messages", "tools", "tool_choice", "grader", "category",
        "difficulty", "meta")
N = {"simple": 480, "multiple": 400, "parallel": 240, "multi-turn": 240, "irrelevance": 240}

# ---------------------------------------------------------------- catalogue

S = lambda d, **kw: dict({"type": "string", "description": d}, **kw)  # noqa: E731
NUM = lambda d, **kw: dict({"type": "number", "description": d}, **kw)  # noqa: E731
INT = lambda d, **kw: dict({"type": "integer", "description": d}, **kw)  # noqa: E731

LENGTH = ["mm", "cm", "m", "km", "in", "ft", "yd", "mi"]
MASS = ["mg", "g", "kg", "t", "oz", "lb"]
TEMP = ["C", "F", "K"]

CATALOGUE = [
    ("get_weather", "Current weather for a city.", {
        "city": S("City name, e.g. \"Lisbon\"."),
        "country_code": S("ISO 3166-1 alpha-2 code of the city's country, e.g. \"PT\"."),
        "units": S("Units of the reply.", enum=["metric", "imperial"])}, ["city", "country_code"]),
    ("get_current_time", "Current local date and time in an IANA time zone.", {
        "timezone": S("IANA time zone name, e.g. \"Europe/Lisbon\".")}, ["timezone"]),
    ("get_time_difference", "Difference in hours between two IANA time zones right now.", {
        "timezone_a": S("IANA time zone name."), "timezone_b": S("IANA time zone name.")},
        ["timezone_a", "timezone_b"]),
    ("convert_timezone", "Convert a wall-clock time today from one IANA time zone to another.", {
        "time": S("Time as HH:MM (24-hour clock).", format="time"),
        "from_timezone": S("IANA time zone of the given time."),
        "to_timezone": S("IANA time zone to convert to.")}, ["time", "from_timezone", "to_timezone"]),
    ("convert_currency", "Convert an amount of money at today's rate.", {
        "amount": NUM("Amount in the source currency.", minimum=0),
        "from_currency": S("ISO 4217 code of the source currency, e.g. \"EUR\"."),
        "to_currency": S("ISO 4217 code of the target currency.")},
        ["amount", "from_currency", "to_currency"]),
    ("get_exchange_rate", "Today's exchange rate between two currencies.", {
        "base_currency": S("ISO 4217 code of the base currency."),
        "quote_currency": S("ISO 4217 code of the quote currency.")}, ["base_currency", "quote_currency"]),
    ("get_stock_quote", "Latest price of a listed stock.", {
        "symbol": S("Ticker symbol, upper case.")}, ["symbol"]),
    ("calculate_tip", "Tip amount for a restaurant bill.", {
        "bill_amount": NUM("Bill total.", minimum=0),
        "tip_percent": NUM("Tip as a percentage, e.g. 15.", minimum=0, maximum=100)},
        ["bill_amount", "tip_percent"]),
    ("convert_units", "Convert a quantity between units of length, mass or temperature.", {
        "value": NUM("The quantity to convert."),
        "from_unit": S("Unit of the value.", enum=LENGTH + MASS + TEMP),
        "to_unit": S("Unit to convert to.", enum=LENGTH + MASS + TEMP)}, ["value", "from_unit", "to_unit"]),
    ("set_thermostat", "Set the home thermostat's target temperature.", {
        "temperature_celsius": NUM("Target temperature in degrees Celsius.", minimum=5, maximum=35),
        "room": S("Room name; the whole home when absent.")}, ["temperature_celsius"]),
    ("log_workout", "Record a workout in the fitness log.", {
        "activity": S("Kind of workout.", enum=["running", "cycling", "swimming", "walking"]),
        "distance_km": NUM("Distance in kilometres.", minimum=0),
        "duration_minutes": INT("Duration in whole minutes.", minimum=1)},
        ["activity", "distance_km", "duration_minutes"]),
    ("calculate_bmi", "Body mass index from weight and height.", {
        "weight_kg": NUM("Weight in kilograms.", minimum=0),
        "height_cm": NUM("Height in centimetres.", minimum=0)}, ["weight_kg", "height_cm"]),
    ("lookup_country", "Facts about a country (name, codes, time zones).", {
        "country_code": S("ISO 3166-1 alpha-2 code, e.g. \"NO\".")}, ["country_code"]),
    ("get_public_holidays", "Public holidays of a country in a year.", {
        "country_code": S("ISO 3166-1 alpha-2 code."),
        "year": INT("Year, e.g. 2026.", minimum=1900, maximum=2100)}, ["country_code", "year"]),
    ("translate_text", "Translate text into another language.", {
        "text": S("The text to translate."),
        "target_language": S("ISO 639-1 code of the target language, e.g. \"de\"."),
        "source_language": S("ISO 639-1 code of the source language; detected when absent.")},
        ["text", "target_language"]),
    ("get_news", "Latest news headlines on a topic.", {
        "topic": S("Topic to search for."),
        "language": S("ISO 639-1 code of the language of the articles.")}, ["topic"]),
    ("add_days_to_date", "The date a number of days after (or, if negative, before) a date.", {
        "date": S("Start date, YYYY-MM-DD.", format="date"),
        "days": INT("Days to add; negative to go back.")}, ["date", "days"]),
    ("days_between", "Number of days from one date to another.", {
        "start_date": S("YYYY-MM-DD.", format="date"),
        "end_date": S("YYYY-MM-DD.", format="date")}, ["start_date", "end_date"]),
    ("create_calendar_event", "Add an event to the user's calendar.", {
        "title": S("Event title."),
        "date": S("YYYY-MM-DD.", format="date"),
        "start_time": S("Start time, HH:MM (24-hour clock).", format="time"),
        "duration_minutes": INT("Length in minutes.", minimum=1),
        "location": S("Where the event takes place.")},
        ["title", "date", "start_time", "duration_minutes"]),
    ("set_reminder", "Set a reminder at a date and time.", {
        "text": S("What to be reminded of."),
        "remind_at": S("Local date and time, YYYY-MM-DDTHH:MM.", format="date-time")},
        ["text", "remind_at"]),
    ("set_timer", "Start a countdown timer.", {
        "duration_seconds": INT("Length in seconds.", minimum=1),
        "label": S("Name shown when the timer rings.")}, ["duration_seconds"]),
    ("create_todo", "Add a task to the to-do list.", {
        "title": S("The task."),
        "due_date": S("YYYY-MM-DD.", format="date"),
        "priority": S("Priority.", enum=["low", "normal", "high"])}, ["title"]),
    ("send_email", "Send an email from the user's account.", {
        "to": S("Recipient address.", format="email"),
        "subject": S("Subject line."),
        "body": S("Message text."),
        "cc": {"type": "array", "items": {"type": "string", "format": "email"},
               "description": "Addresses to copy."}}, ["to", "subject", "body"]),
    ("search_products", "Search the online shop's catalogue.", {
        "query": S("Search words."),
        "max_price": NUM("Highest price in the shop's currency.", minimum=0),
        "in_stock_only": {"type": "boolean", "description": "Only items in stock."}}, ["query"]),
    ("play_music", "Play a song, album or artist on the speaker.", {
        "query": S("What to play."),
        "shuffle": {"type": "boolean", "description": "Shuffle the queue."}}, ["query"]),
    ("get_directions", "Route between two places.", {
        "origin": S("Start address or place."), "destination": S("End address or place."),
        "mode": S("Travel mode.", enum=["driving", "walking", "cycling", "transit"])},
        ["origin", "destination"]),
    ("order_food", "Order a meal for delivery from a restaurant.", {
        "restaurant": S("Restaurant name."),
        "items": {"type": "array", "items": {"type": "string"}, "description": "Dishes."}},
        ["restaurant", "items"]),
    ("book_table", "Reserve a table at a restaurant.", {
        "restaurant": S("Restaurant name."), "date": S("YYYY-MM-DD.", format="date"),
        "time": S("HH:MM.", format="time"), "party_size": INT("Number of guests.", minimum=1)},
        ["restaurant", "date", "time", "party_size"]),
    ("set_lights", "Switch the lights of a room on or off.", {
        "room": S("Room name."), "on": {"type": "boolean", "description": "true to switch on."},
        "brightness": INT("Brightness percent.", minimum=0, maximum=100)}, ["room", "on"]),
    ("get_package_status", "Tracking status of a parcel.", {
        "tracking_number": S("Carrier tracking number.")}, ["tracking_number"]),
]
TOOLS = {}
for _n, _d, _p, _r in CATALOGUE:
    TOOLS[_n] = {"name": _n, "description": _d, "parameters": {
        "type": "object", "properties": _p, "required": _r, "additionalProperties": False}}

# Tools that could serve a request of the same cluster: an irrelevance item
# offers none of its request's clusters' tools; a multiple item prefers them
# as distractors.
CLUSTERS = {
    "weather": ["get_weather"],
    "time": ["get_current_time", "get_time_difference", "convert_timezone"],
    "tzinfo": ["get_current_time", "lookup_country"],   # lookup_country lists a country's zones
    "money": ["convert_currency", "get_exchange_rate", "get_stock_quote", "calculate_tip"],
    "units": ["convert_units", "set_thermostat", "log_workout", "calculate_bmi"],
    "country": ["lookup_country", "get_public_holidays"],
    "language": ["translate_text", "get_news"],
    "dates": ["add_days_to_date", "days_between", "create_calendar_event", "set_reminder"],
    "schedule": ["create_calendar_event", "set_reminder", "create_todo", "set_timer", "book_table"],
    "comms": ["send_email"],
    "shop": ["search_products", "order_food", "get_package_status"],
    "media": ["play_music"],
    "nav": ["get_directions"],
    "home": ["set_lights", "set_thermostat"],
}


# Tools a model could fairly call first to work out another call's
# argument (a unit conversion before the thermostat, a date before the
# event): never offered beside that family, so the one expected call is
# the only right first turn.
HELPERS = {"set_thermostat": {"convert_units"}, "log_workout": {"convert_units"},
           "calculate_bmi": {"convert_units"},
           "create_calendar_event": {"add_days_to_date", "days_between"},
           "set_reminder": {"add_days_to_date", "days_between"}}


def helpers_of(fams):
    out = set()
    for f in fams:
        out |= HELPERS.get(f, set())
    return out


def related(name):
    out = set()
    for ts in CLUSTERS.values():
        if name in ts:
            out.update(ts)
    return out


# ---------------------------------------------------------------- registries

def cldr_names(lang):
    """CLDR display names of one locale: (territories, languages, currencies)."""
    root = ET.parse(os.path.join(CLDR_MAIN, lang + ".xml")).getroot()
    terr, lng, cur = {}, {}, {}
    for e in root.iter("territory"):
        if e.get("alt") is None and e.text:
            terr[e.get("type")] = e.text
    for e in root.iter("language"):
        if e.get("alt") is None and e.text:
            lng[e.get("type")] = e.text
    for e in root.iter("currency"):
        d = e.find("displayName")
        if d is not None and d.text and d.get("count") is None:
            cur[e.get("type")] = d.text
    return terr, lng, cur


def exemplar_cities(lang):
    """CLDR exemplar city names of zones in one locale: zone -> name."""
    root = ET.parse(os.path.join(CLDR_MAIN, lang + ".xml")).getroot()
    out = {}
    for z in root.iter("zone"):
        e = z.find("exemplarCity")
        if e is not None and e.get("alt") is None and e.text:
            out[z.get("type")] = e.text
    return out


def keep_accents(s):
    """The grader's {"string"} comparison: case, punctuation and spacing
    ignored, accents kept ("Bogotá" != "Bogota")."""
    s = unicodedata.normalize("NFC", s).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


class Data:
    def __init__(self):
        self.countries = {}
        for c in sorted(C.load_iso("3166-1"), key=lambda x: x["alpha_2"]):
            nm = C.clean_name(c.get("common_name", c["name"]))
            if "," in nm or "(" in nm:
                continue
            self.countries[c["alpha_2"]] = dict(c, show=nm)
        self.a2 = sorted(self.countries)
        # currencies: national ones whose registry name is unique
        cur = [c for c in C.load_iso("4217")]
        names = {}
        for c in cur:
            names.setdefault(C.norm(c["name"]), []).append(c["alpha_3"])
        self.currencies = {}
        for c in sorted(cur, key=lambda x: x["alpha_3"]):
            code, nm = c["alpha_3"], c["name"]
            national = code[:2] in self.countries or code in ("EUR", "XAF", "XOF", "XCD", "XPF")
            if not national or len(names[C.norm(nm)]) > 1 or "(" in nm:
                continue
            if any(w in nm for w in ("Unidad", "WIR", "Mvdol", "Convertible", "Unit")):
                continue
            if code in ("HRK", "ZWL"):   # withdrawn since the registry was made
                continue
            self.currencies[code] = nm
        self.cur_codes = sorted(self.currencies)
        # ISO 639-1 languages with a plain name
        self.languages = {}
        for l in sorted(C.load_iso("639-3"), key=lambda x: x["alpha_3"]):
            if "alpha_2" not in l:
                continue
            nm = l["name"].replace(" (macrolanguage)", "")
            if any(ch in nm for ch in "(),;"):
                continue
            self.languages[l["alpha_2"]] = nm
        self.lang_codes = sorted(self.languages)
        # time zones of zone.tab: two-part names, city unique, not an ocean island
        with open(os.path.join(C.ZONEINFO, "zone.tab"), encoding="utf-8") as f:
            rows = [ln.rstrip("\n").split("\t") for ln in f if not ln.startswith("#") and ln.strip()]
        link_to = {}
        with open(os.path.join(C.ZONEINFO, "tzdata.zi"), encoding="utf-8") as f:
            for ln in f:
                p = ln.split()
                if p and p[0] == "L":
                    link_to[p[2]] = p[1]
        aliases = sorted(link_to)

        def target(z):
            while z in link_to:
                z = link_to[z]
            return z
        city_count = {}
        for r in rows:
            city_count[r[2].split("/")[-1]] = city_count.get(r[2].split("/")[-1], 0) + 1
        ocean_ok = {"Auckland", "Honolulu", "Port_Moresby", "Noumea", "Reykjavik", "Tahiti", "Apia",
                    "Tarawa", "Majuro", "Stanley", "Mauritius", "Maldives"}
        self.zones = []
        per_cc = {}
        for r in rows:
            per_cc.setdefault(r[0], []).append(r[2])
        for r in sorted(rows, key=lambda x: x[2]):
            cc, zone = r[0], r[2]
            parts = zone.split("/")
            if cc not in self.countries or len(parts) != 2 or parts[0] in ("Antarctica", "Arctic"):
                continue
            if parts[0] in ("Atlantic", "Indian", "Pacific") and parts[1] not in ocean_ok:
                continue
            if city_count[parts[1]] > 1:
                continue
            city = parts[1].replace("_", " ")
            if C.norm(city) == C.norm(self.countries[cc]["show"]):
                continue
            # the zone, or another name of the same city linked to the same
            # zone: the same city in another area (Europe/Nicosia), or an old
            # spelling (RENAMED), both checked against tzdata.zi's links
            same = [zone]
            for l in sorted(aliases):
                if l != zone and target(l) == target(zone) and (
                        l.split("/")[-1] == parts[1] or l in RENAMED.get(zone, ())):
                    same.append(l)
            same.sort()
            self.zones.append({"zone": zone, "city": city, "cc": cc, "names": same})
        self.single_zone = {cc: z[0] for cc, z in per_cc.items() if len(z) == 1 and cc in self.countries}
        self.cldr = {lg: cldr_names(lg) for lg in ("fr", "de", "es")}
        self.exemplar = {lg: exemplar_cities(lg) for lg in ("root", "en", "fr", "de", "es")}

    def city_names(self, z, lang):
        """The city as shown in a request of this language (CLDR's exemplar
        city for fr/de/es, else the zone's), and the check of the city
        argument: the zone's spelling, CLDR's English one, the one shown,
        and any CLDR spelling that differs from the zone's only by accents
        ("Bogotá", "Asunción")."""
        shown = self.exemplar.get(lang, {}).get(z["zone"], z["city"]) if lang != "en" else z["city"]
        alts = [z["city"], shown]
        for lg in ("root", "en"):
            alts.append(self.exemplar[lg].get(z["zone"], z["city"]))
        for lg in ("fr", "de", "es"):
            e = self.exemplar[lg].get(z["zone"])
            if e and C.norm(e) == C.norm(z["city"]):    # equal but for accents
                alts.append(e)
        uniq = []
        for a in alts:
            if keep_accents(a) not in [keep_accents(u) for u in uniq]:
                uniq.append(a)
        if len(uniq) == 1:
            return shown, {"string": uniq[0]}
        return shown, {"one_of": [{"string": a} for a in uniq]}


# ---------------------------------------------------------------- helpers

AREAS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
# old spellings of a city that tzdata keeps as links (backward file)
RENAMED = {"Europe/Kyiv": ["Europe/Kiev"], "Asia/Kolkata": ["Asia/Calcutta"],
           "Asia/Ho_Chi_Minh": ["Asia/Saigon"], "Asia/Kathmandu": ["Asia/Katmandu"],
           "Asia/Yangon": ["Asia/Rangoon"], "Asia/Dhaka": ["Asia/Dacca"],
           "Asia/Thimphu": ["Asia/Thimbu"], "Asia/Ulaanbaatar": ["Asia/Ulan_Bator"],
           "Asia/Ashgabat": ["Asia/Ashkhabad"], "America/Nuuk": ["America/Godthab"],
           "Asia/Macau": ["Asia/Macao"], "Africa/Asmara": ["Africa/Asmera"]}
# zone names that are a region or an island, not a city: not asked for weather
NOT_CITY = {"Kamchatka", "Sakhalin", "Cayman", "Antigua", "St Kitts", "St Lucia", "St Vincent",
            "St Barthelemy", "Brunei", "Macau", "Lord Howe", "Lindeman", "Miquelon", "Noronha",
            "Tahiti", "Danmarkshavn", "Grand Turk", "Guam"}


def tz_check(z):
    return z["zone"] if len(z["names"]) == 1 else {"one_of": z["names"]}


def fill_optional(name, args):
    """Add {"optional": true} for every schema property not checked."""
    props = TOOLS[name]["parameters"]["properties"]
    out = {}
    for p in props:
        if p in args:
            out[p] = args[p]
        else:
            out[p] = {"optional": True}
    return out


def call(name, **args):
    return {"name": name, "arguments": fill_optional(name, args)}


def money(r, lo=5, hi=5000):
    v = r.choice([r.randint(lo, hi), r.randint(lo, hi), round(r.uniform(lo, hi), 2)])
    return v


def fmt(v):
    return ("%d" % v) if float(v) == int(v) else repr(float(v))


def nice_num(r, lo, hi, dec=1):
    if r.random() < 0.5:
        return r.randint(lo, hi)
    return round(r.uniform(lo, hi), dec)


DATE0 = datetime.date(2026, 1, 1)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def rdate(r):
    return DATE0 + datetime.timedelta(days=r.randint(0, 729))


def long_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def clock12(h, m):
    ap = "am" if h < 12 else "pm"
    hh = h % 12 or 12
    return ("%d %s" % (hh, ap)) if m == 0 else ("%d:%02d %s" % (hh, m, ap))


def time_check(h, m):
    return {"regex": "^%02d:%02d(:00)?$" % (h, m)}


class Req:
    """One request: text, expected calls, meta extras, language."""

    def __init__(self, text, calls, family, domain, source, lang="en", **extra):
        self.text, self.calls, self.family = text, calls, family
        self.domain, self.source, self.lang, self.extra = domain, source, lang, extra


# ---------------------------------------------------------------- request makers
# Each maker takes (r, D) and returns a Req with one call.

def m_weather(r, D):
    z = r.choice([z for z in D.zones if z["city"] not in NOT_CITY])
    cname = D.countries[z["cc"]]["show"]
    lang = r.choice(["en"] * 8 + ["fr", "de", "es"])
    units = None
    if lang == "en":
        t = r.choice([
            "What's the weather like in {c}, {k} right now?",
            "Can you check the current weather in {c} ({k})?",
            "Is it raining in {c}, {k}?",
            "weather in {c}, {k} please",
            "I'm flying to {c} ({k}) tonight. How's the weather there at the moment?",
            "Tell me the current conditions in {c}, {k}, in Fahrenheit.",
            "Give me the weather for {c}, {k} in metric units.",
        ])
        if "Fahrenheit" in t:
            units = "imperial"
        elif "metric" in t:
            units = "metric"
        shown, city_chk = D.city_names(z, lang)
        text = t.format(c=shown, k=cname)
    else:
        k = D.cldr[lang][0].get(z["cc"])
        if not k:
            lang, k = "en", cname
        t = {"en": "What's the weather in {c}, {k}?",
             "fr": "Quel temps fait-il à {c} ({k}) en ce moment ?",
             "de": "Wie ist das Wetter gerade in {c} ({k})?",
             "es": "¿Qué tiempo hace ahora en {c} ({k})?"}[lang]
        shown, city_chk = D.city_names(z, lang)
        text = t.format(c=shown, k=k)
    args = {"city": city_chk, "country_code": z["cc"]}
    if units:
        args["units"] = {"optional": True, "one_of": [units]}
    src = "tzdata" if lang == "en" else "unicode-cldr-core"
    return Req(text, [call("get_weather", **args)], "get_weather", "geography/zone-city",
               src, lang, zone=z["zone"])


def m_time(r, D):
    z = r.choice(D.zones)
    cname = D.countries[z["cc"]]["show"]
    lang = r.choice(["en"] * 8 + ["fr", "de", "es"])
    k = cname if lang == "en" else D.cldr[lang][0].get(z["cc"], cname)
    t = r.choice({
        "en": ["What time is it in {c}, {k} right now?", "Current local time in {c} ({k})?",
               "Could you tell me the time in {c}, {k}?",
               "My sister lives in {c}, {k}. Is it late there now? Check the local time."],
        "fr": ["Quelle heure est-il à {c} ({k}) ?"],
        "de": ["Wie spät ist es gerade in {c} ({k})?"],
        "es": ["¿Qué hora es ahora en {c} ({k})?"]}[lang])
    shown, _ = D.city_names(z, lang)
    if C.norm(shown) == C.norm(k):      # "Kaimaninseln (Kaimaninseln)"
        shown = z["city"]
    return Req(t.format(c=shown, k=k), [call("get_current_time", timezone=tz_check(z))],
               "get_current_time", "time/iana-zone", "tzdata", lang, zone=z["zone"])


def m_time_diff(r, D):
    a, b = r.sample(D.zones, 2)
    t = r.choice(["How many hours apart are {a} ({ka}) and {b} ({kb}) right now?",
                  "What's the time difference between {a}, {ka} and {b}, {kb}?"])
    text = t.format(a=a["city"], ka=D.countries[a["cc"]]["show"], b=b["city"],
                    kb=D.countries[b["cc"]]["show"])
    # either order names the same pair
    c1 = call("get_time_difference", timezone_a=tz_check(a), timezone_b=tz_check(b))
    return Req(text, [c1], "get_time_difference", "time/iana-zone", "tzdata",
               zones=[a["zone"], b["zone"]])


def m_convert_tz(r, D):
    a, b = r.sample(D.zones, 2)
    h, m = r.randint(6, 21), r.choice([0, 0, 15, 30, 45])
    t = r.choice(["It's {t} in {a} ({ka}). What time is that in {b} ({kb})?",
                  "Convert {t} {a} time ({ka}) to {b}, {kb} time."])
    text = t.format(t=clock12(h, m), a=a["city"], ka=D.countries[a["cc"]]["show"],
                    b=b["city"], kb=D.countries[b["cc"]]["show"])
    return Req(text, [call("convert_timezone", time=time_check(h, m), from_timezone=tz_check(a),
                           to_timezone=tz_check(b))],
               "convert_timezone", "time/iana-zone", "tzdata", zones=[a["zone"], b["zone"]])


def cur_name(D, code, lang):
    if lang == "en":
        return D.currencies[code]
    return D.cldr[lang][2].get(code)


def m_currency(r, D):
    a, b = r.sample(D.cur_codes, 2)
    amt = money(r)
    lang = r.choice(["en"] * 8 + ["fr", "de", "es"])
    na, nb = cur_name(D, a, lang), cur_name(D, b, lang)
    if not na or not nb:
        lang, na, nb = "en", D.currencies[a], D.currencies[b]
    t = r.choice({
        "en": ["Convert {x} {a} to {b}.", "How much is {x} {a} in {b}?",
               "I have {x} {a}. What's that in {b}?",
               "Please convert an amount of {x} (currency: {a}) into {b}."],
        "fr": ["Convertis {x} {a} en {b}, s'il te plaît."],
        "de": ["Rechne bitte {x} {a} in {b} um."],
        "es": ["¿Cuánto son {x} {a} en {b}?"]}[lang])
    text = t.format(x=fmt(amt), a=na, b=nb)
    return Req(text, [call("convert_currency", amount={"number": amt, "abs": 0.001},
                           from_currency=a, to_currency=b)],
               "convert_currency", "finance/iso4217", "iso-codes" if lang == "en" else "unicode-cldr-core",
               lang, inputs={"amount": amt})


def m_rate(r, D):
    a, b = r.sample(D.cur_codes, 2)
    t = r.choice(["What's today's exchange rate from {a} to {b}?",
                  "Get me the {a} to {b} rate.",
                  "How many {b} does one {a} buy today? Just the rate."])
    text = t.format(a=D.currencies[a], b=D.currencies[b])
    return Req(text, [call("get_exchange_rate", base_currency=a, quote_currency=b)],
               "get_exchange_rate", "finance/iso4217", "iso-codes")


def m_stock(r, D):
    sym = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(r.randint(2, 4)))
    t = r.choice(["What's the latest price of ticker {s}?", "Get me a stock quote for {s}.",
                  "How is {s} trading right now? (that's the ticker symbol)"])
    return Req(t.format(s=sym), [call("get_stock_quote", symbol=sym)], "get_stock_quote",
               "finance/ticker", "stated")


def m_tip(r, D):
    bill = round(r.uniform(12, 400), 2)
    pct = r.choice([10, 12, 15, 18, 20, 22, 25, 12.5])
    t = r.choice(["What's a {p}% tip on a bill of {b}?", "Calculate the tip: bill {b}, tip {p} percent.",
                  "We spent {b} at dinner; how much is a {p}% tip?"])
    return Req(t.format(p=fmt(pct), b="%.2f" % bill),
               [call("calculate_tip", bill_amount={"number": bill, "abs": 0.001},
                     tip_percent={"number": pct, "abs": 0.001})],
               "calculate_tip", "arithmetic", "stated", inputs={"bill": bill, "percent": pct})


UNIT_WORDS = {"mm": "millimetres", "cm": "centimetres", "m": "metres", "km": "kilometres",
              "in": "inches", "ft": "feet", "yd": "yards", "mi": "miles", "mg": "milligrams",
              "g": "grams", "kg": "kilograms", "t": "tonnes", "oz": "ounces", "lb": "pounds",
              "C": "degrees Celsius", "F": "degrees Fahrenheit", "K": "kelvin"}


def m_units(r, D):
    dim = r.choice([LENGTH, LENGTH, MASS, MASS, TEMP])
    a, b = r.sample(dim, 2)
    v = nice_num(r, 2, 500) if dim is not TEMP else r.randint(-30, 120)
    t = r.choice(["Convert {v} {a} to {b}.", "How many {b} is {v} {a}?",
                  "What's {v} {a} in {b}?", "{v} {a} in {b}, please."])
    return Req(t.format(v=fmt(v), a=UNIT_WORDS[a], b=UNIT_WORDS[b]),
               [call("convert_units", value={"number": v, "abs": 1e-6}, from_unit=a, to_unit=b)],
               "convert_units", "units", "stated", inputs={"value": v})


def f_to_c(f):
    return (f - 32) * 5 / 9


def m_thermostat(r, D):
    f = r.randint(60, 80)
    t = r.choice(["Set the thermostat to {f}°F.", "Make it {f} degrees Fahrenheit in here.",
                  "Please put the heating at {f} °F."])
    room = None
    if r.random() < 0.3:
        room = r.choice(["bedroom", "living room", "office", "kitchen"])
        t = t.rstrip(".") + " in the %s." % room
    args = {"temperature_celsius": {"number": round(f_to_c(f), 4), "abs": 0.1}}
    if room:
        args["room"] = {"optional": True, "string": room}
    return Req(t.format(f=f), [call("set_thermostat", **args)], "set_thermostat", "units/temperature",
               "computed", inputs={"fahrenheit": f}, compute="f_to_c")


MI = 1.609344


def m_workout(r, D):
    act = r.choice(["running", "cycling", "walking", "swimming"])
    if act == "swimming":
        yd = r.choice([500, 800, 1000, 1500, 1650, 2000])
        dist_text, km, inputs = "%d yards" % yd, yd * 0.9144 / 1000, {"yards": yd}
    else:
        mi = round(r.uniform(1, 30 if act == "cycling" else 13), 1)
        dist_text, km, inputs = "%s miles" % fmt(mi), mi * MI, {"miles": mi}
    mins = r.randint(15, 150)
    dur = "%d minutes" % mins if mins < 60 or r.random() < 0.5 else (
        "%d hour%s %d minutes" % (mins // 60, "s" if mins >= 120 else "", mins % 60))
    verb = {"running": "run", "cycling": "bike ride", "walking": "walk", "swimming": "swim"}[act]
    t = r.choice(["Log my {v}: {d} in {t}.", "I just did a {d} {v} that took {t}. Record it.",
                  "Add a {v} to my fitness log — {d}, {t}."])
    inputs["minutes"] = mins
    return Req(t.format(v=verb, d=dist_text, t=dur),
               [call("log_workout", activity=act, distance_km={"number": round(km, 6), "rel": 0.002},
                     duration_minutes=mins)],
               "log_workout", "units/length", "computed", inputs=inputs, compute="to_km")


def m_bmi(r, D):
    ft, inch, lb = r.randint(4, 6), r.randint(0, 11), r.randint(100, 260)
    cm, kg = (ft * 12 + inch) * 2.54, lb * 0.45359237
    t = r.choice(["I'm {ft} ft {i} in and weigh {lb} lb. What's my BMI?",
                  "Compute the BMI for someone {ft}'{i}\" tall weighing {lb} pounds."])
    return Req(t.format(ft=ft, i=inch, lb=lb),
               [call("calculate_bmi", weight_kg={"number": round(kg, 4), "rel": 0.005},
                     height_cm={"number": round(cm, 4), "rel": 0.005})],
               "calculate_bmi", "units/length-mass", "computed",
               inputs={"feet": ft, "inches": inch, "pounds": lb}, compute="bmi")


def m_country(r, D):
    cc = r.choice(D.a2)
    c = D.countries[cc]
    lang = r.choice(["en"] * 9 + ["fr", "de", "es"])
    if lang != "en" and cc in D.cldr[lang][0]:
        k = D.cldr[lang][0][cc]
        t = {"fr": "Donne-moi la fiche du pays {k}.", "de": "Zeig mir die Länderdaten für {k}.",
             "es": "Busca la información del país {k}."}[lang]
        text, src = t.format(k=k), "unicode-cldr-core"
    elif r.random() < 0.25:
        lang = "en"
        text, src = "Look up the country whose ISO alpha-3 code is %s." % c["alpha_3"], "iso-codes"
    else:
        lang = "en"
        t = r.choice(["Look up country information for {k}.", "Pull up the country profile of {k}.",
                      "What time zones does {k} have? Use the country lookup."])
        text, src = t.format(k=c["show"]), "iso-codes"
    return Req(text, [call("lookup_country", country_code=cc)], "lookup_country",
               "geography/iso3166-1", src, lang)


def m_holidays(r, D):
    cc = r.choice(D.a2)
    y = r.randint(2025, 2028)
    t = r.choice(["Which public holidays does {k} have in {y}?", "List the public holidays of {k} for {y}.",
                  "I'm planning a trip to {k} in {y}; get me its public holidays."])
    return Req(t.format(k=D.countries[cc]["show"], y=y),
               [call("get_public_holidays", country_code=cc, year=y)],
               "get_public_holidays", "geography/iso3166-1", "iso-codes")


PHRASES = ["Good morning", "Where is the train station?", "Thank you very much",
           "How much does this cost?", "I would like a coffee, please", "The meeting is postponed",
           "Happy birthday", "Could you help me?", "I am allergic to peanuts",
           "See you tomorrow", "The museum opens at nine", "Where can I buy a ticket?",
           "My phone battery is dead", "Is this seat taken?", "Welcome to our home",
           "Please close the door", "The water is cold", "I lost my keys",
           "We are looking for a hotel", "What is your name?", "The bill, please",
           "It is raining again", "Do you speak English?", "I need a doctor"]


def m_translate(r, D):
    code = r.choice(D.lang_codes)
    phrase = r.choice(PHRASES)
    lang = r.choice(["en"] * 9 + ["fr", "de", "es"])
    # every phrase is English: a source language, when sent, is "en"
    args = {"text": {"string": phrase}, "target_language": code,
            "source_language": {"optional": True, "one_of": ["en"]}}
    k = D.cldr[lang][1].get(code) if lang != "en" else None
    if k:
        t = {"fr": "Traduis « {p} » en {k}.", "de": "Übersetze „{p}“ in die Sprache {k}.",
             "es": "Traduce «{p}» al {k}."}[lang]
        text, src = t.format(p=phrase, k=k), "unicode-cldr-core"
    else:
        lang = "en"
        t = r.choice(["Translate \"{p}\" into {k}.", "How do you say \"{p}\" in {k}?",
                      "Can you translate this English sentence to {k}: \"{p}\"",
                      "\"{p}\" — translate to {k} please."])
        text, src = t.format(p=phrase, k=D.languages[code]), "iso-codes"
    return Req(text, [call("translate_text", **args)], "translate_text", "language/iso639-1", src, lang)


TOPICS = ["electric cars", "the football world cup", "climate policy", "space exploration",
          "interest rates", "renewable energy", "the film festival", "public transport strikes"]


def m_news(r, D):
    code = r.choice(D.lang_codes)
    topic = r.choice(TOPICS)
    t = r.choice(["Find news about {t} in {k}.", "Show me the latest {k}-language articles on {t}."])
    return Req(t.format(t=topic, k=D.languages[code]),
               [call("get_news", topic={"string": topic}, language=code)],
               "get_news", "language/iso639-1", "iso-codes")


def m_add_days(r, D):
    d = rdate(r)
    n = r.randint(1, 400)
    back = r.random() < 0.25
    if r.random() < 0.3 and n % 7 == 0 or r.random() < 0.15:
        n = 7 * r.randint(1, 12)
        span = "%d weeks" % (n // 7)
    else:
        span = "%d days" % n
    days = -n if back else n
    ds = d.isoformat() if r.random() < 0.5 else long_date(d)
    t = r.choice(["What date is {s} {w} {d}?", "Use the date tool: {d}, go {s} {w2}.",
                  "I need the date {s} {w} {d}."])
    text = t.format(s=span, w="before" if back else "after", d=ds, w2="back" if back else "forward")
    return Req(text, [call("add_days_to_date", date=d.isoformat(), days=days)], "add_days_to_date",
               "dates", "computed", inputs={"date": d.isoformat(), "days": days})


def m_days_between(r, D):
    a = rdate(r)
    b = a + datetime.timedelta(days=r.randint(1, 500))
    t = r.choice(["How many days are there from {a} to {b}?", "Count the days between {a} and {b}."])
    fa, fb = (a.isoformat(), b.isoformat()) if r.random() < 0.5 else (long_date(a), long_date(b))
    return Req(t.format(a=fa, b=fb),
               [call("days_between", start_date=a.isoformat(), end_date=b.isoformat())],
               "days_between", "dates", "computed", inputs={"start": a.isoformat(), "end": b.isoformat()})


TITLES = ["Dentist appointment", "Team standup", "Lunch with Priya", "Quarterly review",
          "Yoga class", "Call with the bank", "Parent-teacher meeting", "Project kickoff",
          "Haircut", "Book club", "Car service", "Interview with Marco"]
DURS = [(15, "15 minutes"), (30, "half an hour"), (30, "30 minutes"), (45, "45 minutes"),
        (60, "an hour"), (60, "1 hour"), (90, "an hour and a half"), (90, "90 minutes"),
        (120, "2 hours"), (150, "two and a half hours")]


def rel_day(r, today):
    k = r.randint(0, 3)
    if k == 0:
        return today + datetime.timedelta(days=1), "tomorrow"
    if k == 1:
        return today + datetime.timedelta(days=2), "the day after tomorrow"
    if k == 2:
        n = r.randint(3, 30)
        return today + datetime.timedelta(days=n), "in %d days" % n
    d = today + datetime.timedelta(days=r.randint(1, 120))
    return d, "on " + long_date(d)


def m_event(r, D):
    today = rdate(r)
    d, when = rel_day(r, today)
    h, m = r.randint(7, 19), r.choice([0, 0, 30, 15, 45])
    dur, dtext = r.choice(DURS)
    title = r.choice(TITLES)
    args = {"title": {"string": title}, "date": d.isoformat(), "start_time": time_check(h, m),
            "duration_minutes": dur}
    loc = ""
    if r.random() < 0.25:
        place = r.choice(["Room 4B", "the main office", "Café Central", "the community centre"])
        loc = " at %s" % place
        args["location"] = {"optional": True, "string": place}
    t = r.choice(["Today is {wd}, {td}. Add \"{ti}\" to my calendar {w} at {tm} for {du}{lo}.",
                  "(Today: {td}, {wd}.) Schedule \"{ti}\" {w}, starting {tm}, lasting {du}{lo}.",
                  "It's {wd} {td} today. Please put \"{ti}\"{lo} in my calendar {w} from {tm}, {du} long."])
    text = t.format(wd=WEEKDAYS[today.weekday()], td=today.isoformat(), ti=title, w=when,
                    tm=clock12(h, m), du=dtext, lo=loc)
    return Req(text, [call("create_calendar_event", **args)], "create_calendar_event", "dates",
               "computed", inputs={"today": today.isoformat(), "date": d.isoformat(), "minutes": dur})


TASKS = ["call the plumber", "take my medication", "water the plants", "pick up the kids",
         "submit the expense report", "buy milk", "renew my passport", "move the car"]


def m_reminder(r, D):
    now = datetime.datetime.combine(rdate(r), datetime.time(r.randint(6, 20), r.choice([0, 10, 20, 30, 45])))
    task = r.choice(TASKS)
    k = r.randint(0, 2)
    if k == 0:
        hrs = r.randint(1, 5)
        at, when = now + datetime.timedelta(hours=hrs), "in %d hour%s" % (hrs, "s" if hrs > 1 else "")
    elif k == 1:
        mins = r.choice([15, 20, 30, 45, 90])
        at, when = now + datetime.timedelta(minutes=mins), "in %d minutes" % mins
    else:
        h = r.randint(7, 10)
        at = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(h, 0))
        when = "tomorrow at %s" % clock12(h, 0)
    t = r.choice(["It is now {n}. Remind me to {t} {w}.", "Current time {n}. Set a reminder {w}: {t}.",
                  "Hey, it's {n} — remind me {w} to {t}."])
    text = t.format(n=now.strftime("%Y-%m-%d %H:%M"), t=task, w=when)
    return Req(text, [call("set_reminder", text={"string": task},
                           remind_at={"regex": "^%s(:00)?$" % at.strftime("%Y-%m-%dT%H:%M")})],
               "set_reminder", "dates", "computed",
               inputs={"now": now.strftime("%Y-%m-%dT%H:%M"), "at": at.strftime("%Y-%m-%dT%H:%M")})


def m_timer(r, D):
    mi, se = r.randint(0, 90), r.choice([0, 0, 15, 30, 45])
    if mi == 0 and se == 0:
        mi = 5
    parts = []
    if mi >= 60:
        parts.append("%d hour%s" % (mi // 60, "s" if mi >= 120 else ""))
        if mi % 60:
            parts.append("%d minutes" % (mi % 60))
    elif mi:
        parts.append("%d minute%s" % (mi, "s" if mi > 1 else ""))
    if se:
        parts.append("%d seconds" % se)
    dur = " and ".join(parts)
    args = {"duration_seconds": mi * 60 + se}
    label = r.choice([None, None, "pasta", "tea", "laundry", "pizza"])
    t = r.choice(["Set a timer for {d}.", "Start a countdown of {d}.", "timer {d} please"])
    text = t.format(d=dur)
    if label:
        text = "Set a timer called \"%s\" for %s." % (label, dur)
        args["label"] = {"optional": True, "string": label}
    return Req(text, [call("set_timer", **args)], "set_timer", "units/time", "computed",
               inputs={"minutes": mi, "seconds": se})


def m_todo(r, D):
    task = r.choice(TASKS)
    args = {"title": {"string": task}}
    t = "Add \"%s\" to my to-do list" % task
    if r.random() < 0.5:
        p = r.choice(["high", "low"])
        t += " with %s priority" % p
        args["priority"] = {"optional": True, "one_of": [p]}
    if r.random() < 0.5:
        d = rdate(r)
        t += ", due %s" % d.isoformat()
        args["due_date"] = d.isoformat()
    return Req(t + ".", [call("create_todo", **args)], "create_todo", "tasks", "stated")


PEOPLE = ["alex.martin", "j.okafor", "mei.tanaka", "support", "lena.schulz", "r.gupta", "sam", "billing"]
DOMAINS_MAIL = ["example.com", "example.org", "example.net"]
MAILS = [("Lunch on Friday", "Are you free at noon?"),
         ("Invoice 1042", "Please find the invoice attached."),
         ("Running late", "I will be ten minutes late."),
         ("Thank you", "Thanks again for your help yesterday."),
         ("Meeting notes", "The notes from today's meeting are in the shared folder."),
         ("Holiday", "I am out of the office next week.")]


def m_email(r, D):
    to = "%s@%s" % (r.choice(PEOPLE), r.choice(DOMAINS_MAIL))
    sub, body = r.choice(MAILS)
    t = r.choice(["Email {to} with the subject \"{s}\" saying: \"{b}\"",
                  "Send an email to {to}. Subject: \"{s}\". Body: \"{b}\"",
                  "Please write to {to} — subject \"{s}\", message \"{b}\""])
    return Req(t.format(to=to, s=sub, b=body),
               [call("send_email", to=to, subject={"string": sub}, body={"string": body})],
               "send_email", "comms", "stated")


# (singular, plural): the request shows the plural, the query may be either
PRODUCTS = [("noise cancelling headphones", "noise cancelling headphones"),
            ("running shoe", "running shoes"), ("espresso machine", "espresso machines"),
            ("standing desk", "standing desks"), ("mechanical keyboard", "mechanical keyboards"),
            ("rain jacket", "rain jackets"), ("air fryer", "air fryers"),
            ("hiking backpack", "hiking backpacks"), ("e-reader", "e-readers")]


def m_products(r, D):
    one, many = r.choice(PRODUCTS)
    args = {"query": {"string": one} if one == many else {"one_of": [{"string": many}, {"string": one}]}}
    t = r.choice(["Search the shop for {q}.", "Find me some {q}.", "Do you sell {q}? Search the catalogue."])
    text = t.format(q=many)
    if r.random() < 0.5:
        p = r.choice([50, 80, 100, 150, 200, 300, 500])
        text = text.rstrip(".?") + " under %d." % p
        args["max_price"] = {"number": p, "abs": 0.001}
    return Req(text, [call("search_products", **args)], "search_products", "shop", "stated")


MAKERS = {
    "get_weather": (m_weather, 3), "get_current_time": (m_time, 3), "get_time_difference": (m_time_diff, 1),
    "convert_timezone": (m_convert_tz, 1), "convert_currency": (m_currency, 3), "get_exchange_rate": (m_rate, 1),
    "get_stock_quote": (m_stock, 1), "calculate_tip": (m_tip, 1), "convert_units": (m_units, 2),
    "set_thermostat": (m_thermostat, 1), "log_workout": (m_workout, 1), "calculate_bmi": (m_bmi, 1),
    "lookup_country": (m_country, 2), "get_public_holidays": (m_holidays, 1), "translate_text": (m_translate, 3),
    "get_news": (m_news, 1), "add_days_to_date": (m_add_days, 2), "days_between": (m_days_between, 1),
    "create_calendar_event": (m_event, 2), "set_reminder": (m_reminder, 2), "set_timer": (m_timer, 1),
    "create_todo": (m_todo, 1), "send_email": (m_email, 1), "search_products": (m_products, 1),
}
FAMILIES = [f for f in sorted(MAKERS) for _ in range(MAKERS[f][1])]
DISTRACTORS = ["play_music", "get_directions", "order_food", "book_table", "set_lights", "get_package_status"]


def make(r, D, fam=None):
    fam = fam or r.choice(FAMILIES)
    return MAKERS[fam][0](r, D)


# ---------------------------------------------------------------- items

def item(**kw):
    out = {}
    for k in KEYS:
        if kw.get(k) is not None:
            out[k] = kw[k]
    extra = sorted(set(kw) - set(KEYS))
    if extra:
        raise ValueError("unknown item keys: %s" % extra)
    if out.get("input") is not None and len(out["input"]) >= 600:
        raise ValueError("input too long: %s" % out["id"])
    return out


def _src_pkg(req):
    return {"iso-codes": "iso-codes", "tzdata": "tzdata", "unicode-cldr-core": "unicode-cldr-core"}.get(
        req.source, "python3")


def meta_for(req, kind, **more):
    """meta: family, domain, source (the Debian package read, or "stated"
    / "computed" when the values come from the request itself, with
    python3's version) and source_version."""
    pkg = _src_pkg(req)
    m = C.meta(pkg, req.domain, family=req.family, lang=req.lang, **dict(req.extra, **more))
    if req.source in ("stated", "computed"):
        m["source"] = req.source
    return m


def mixed_meta(reqs, domain, **extra):
    """meta of an item made of several requests: one source when they share
    it, else "mixed" with every package's version."""
    pkgs = sorted({_src_pkg(q) for q in reqs})
    srcs = sorted({q.source for q in reqs})
    m = C.meta(pkgs[0], domain, **extra)
    if len(srcs) == 1:
        m["source"] = srcs[0]
    else:
        m["source"] = "mixed"
        m["source_version"] = "; ".join("%s %s" % (p, C.pkg_version(p)) for p in pkgs)
    return m


def tool_list(names):
    """The tools an item offers, by name: tools.json holds their schemas."""
    for n in names:
        if n not in TOOLS:
            raise SystemExit("tools.py: no tool %s" % n)
    return list(names)


def grader(calls, order=None):
    g = {"type": "tool_call", "calls": calls}
    if order:
        g["order"] = order
    return g


def g_simple(D, n):
    r = C.rng("tools:simple")
    out = []
    for i in range(n):
        fam = FAMILIES[i % len(FAMILIES)]
        q = make(r, D, fam)
        out.append(item(id="tools/simple/%04d" % i, input=q.text, tools=tool_list([q.family]),
                        grader=grader(q.calls), category="tools/simple", meta=meta_for(q, "simple")))
    return out


def pick_distractors(r, fam, k, avoid=(), fams=()):
    avoid = set(avoid) | helpers_of([fam] + list(fams))
    near = sorted(related(fam) - {fam} - avoid)
    far = sorted(set(TOOLS) - related(fam) - avoid)
    r.shuffle(near)
    r.shuffle(far)
    take = near[: min(k, r.randint(0, min(2, len(near))))]
    take += far[: max(0, k - len(take))]
    return take


def g_multiple(D, n):
    r = C.rng("tools:multiple")
    out = []
    for i in range(n):
        q = make(r, D, FAMILIES[(i * 7) % len(FAMILIES)])
        names = [q.family] + pick_distractors(r, q.family, r.randint(2, 5))
        r.shuffle(names)
        out.append(item(id="tools/multiple/%04d" % i, input=q.text, tools=tool_list(names),
                        grader=grader(q.calls), category="tools/multiple",
                        meta=meta_for(q, "multiple", offered=len(names))))
    return out


def g_parallel(D, n):
    r = C.rng("tools:parallel")
    out = []
    par_fams = ["get_weather", "get_current_time", "convert_currency", "translate_text",
                "lookup_country", "convert_units", "get_stock_quote", "get_exchange_rate"]
    for i in range(n):
        k = r.randint(2, 4)
        mode = i % 3
        if mode < 2:
            fam = par_fams[(i // 3) % len(par_fams)]
            reqs = []
            while len(reqs) < k:
                q = make(r, D, fam)
                if all(q.calls != x.calls for x in reqs) and q.lang == "en":
                    reqs.append(q)
        else:
            fams = r.sample(sorted(MAKERS), k)
            while helpers_of(fams) & set(fams):
                fams = r.sample(sorted(MAKERS), k)
            reqs = []
            for f in fams:
                q = make(r, D, f)
                while q.lang != "en":
                    q = make(r, D, f)
                reqs.append(q)
        heads = ["I have %d requests:" % k, "Please do all of these:", "Several things at once:",
                 "Can you handle these for me?"]
        text = r.choice(heads) + " " + " ".join("(%d) %s" % (j + 1, q.text) for j, q in enumerate(reqs))
        if len(text) >= 600:
            reqs = reqs[:2]
            text = r.choice(heads[1:]) + " " + " ".join("(%d) %s" % (j + 1, q.text) for j, q in enumerate(reqs))
        names = sorted({q.family for q in reqs})
        names += pick_distractors(r, names[0], r.randint(0, 2), avoid=names, fams=names)
        r.shuffle(names)
        calls = [q.calls[0] for q in reqs]
        fams = sorted({q.family for q in reqs})
        dom = reqs[0].domain if len({q.domain for q in reqs}) == 1 else "mixed"
        m = mixed_meta(reqs, dom, family=fams[0] if len(fams) == 1 else "mixed", lang="en",
                       calls=len(calls), families=fams,
                       parts=[dict(q.extra, family=q.family, source=q.source) for q in reqs])
        out.append(item(id="tools/parallel/%04d" % i, input=text, tools=tool_list(names),
                        grader=grader(calls, "any"), category="tools/parallel", meta=m))
    return out


def j(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def tc(name, args, cid="call_1"):
    return {"role": "assistant", "content": "", "tool_calls": [{"id": cid, "name": name, "arguments": args}]}


def tres(name, content, cid="call_1"):
    return {"role": "tool", "tool_call_id": cid, "name": name, "content": j(content)}


def g_multiturn(D, n):
    r = C.rng("tools:multi-turn")
    out = []
    ccs = sorted(D.single_zone)
    for i in range(n):
        kind = i % 5
        if kind == 0:
            # country lookup -> time in its only zone (tool message last)
            cc = r.choice(ccs)
            c = D.countries[cc]
            z = D.single_zone[cc]
            msgs = [{"role": "user", "content": "Look up the country with code %s, then tell me the "
                     "current local time there." % cc},
                    tc("lookup_country", {"country_code": cc}),
                    tres("lookup_country", {"name": c["show"], "alpha_2": cc, "alpha_3": c["alpha_3"],
                                            "numeric": c["numeric"], "timezones": [z]})]
            calls = [call("get_current_time", timezone=z)]
            names, fam, m = ["lookup_country", "get_current_time"], "get_current_time", {"zone": z}
            dom, src = "time/iana-zone", "tzdata"
        elif kind == 1:
            # currency conversion, then convert the result again (user last)
            a, b, c3 = r.sample(D.cur_codes, 3)
            amt = money(r, 10, 2000)
            res = round(amt * r.uniform(0.01, 150), 2)
            msgs = [{"role": "user", "content": "How much is %s %s in %s?" % (
                        fmt(amt), D.currencies[a], D.currencies[b])},
                    tc("convert_currency", {"amount": amt, "from_currency": a, "to_currency": b}),
                    tres("convert_currency", {"amount": res, "currency": b}),
                    {"role": "assistant", "content": "%s %s is %s %s." % (fmt(amt), a, fmt(res), b)},
                    {"role": "user", "content": "And what would that amount be in %s?" % D.currencies[c3]}]
            calls = [call("convert_currency", amount={"number": res, "abs": 0.01}, from_currency=b,
                          to_currency=c3)]
            names, fam, m = ["convert_currency", "get_exchange_rate"], "convert_currency", {"inputs": {"amount": res}}
            dom, src = "finance/iso4217", "iso-codes"
        elif kind == 2:
            # weather, then convert its temperature (tool message last)
            z = r.choice([z for z in D.zones if z["city"] not in NOT_CITY])
            temp = round(r.uniform(-15, 38), 1)
            msgs = [{"role": "user", "content": "What's the weather in %s, %s? Then use the unit "
                     "converter to give me the temperature in Fahrenheit." % (z["city"], D.countries[z["cc"]]["show"])},
                    tc("get_weather", {"city": z["city"], "country_code": z["cc"]}),
                    tres("get_weather", {"city": z["city"], "temperature": temp, "unit": "C",
                                         "conditions": r.choice(["clear", "cloudy", "light rain", "windy"])})]
            calls = [call("convert_units", value={"number": temp, "abs": 0.001}, from_unit="C", to_unit="F")]
            names, fam, m = ["get_weather", "convert_units"], "convert_units", {"inputs": {"value": temp}}
            dom, src = "units", "tzdata"
        elif kind == 3:
            # date arithmetic, then a calendar event on that date (user last)
            d0 = rdate(r)
            nd = r.randint(5, 200)
            d1 = d0 + datetime.timedelta(days=nd)
            h, mnt = r.randint(8, 18), r.choice([0, 30])
            dur, dtext = r.choice(DURS)
            title = r.choice(TITLES)
            msgs = [{"role": "user", "content": "What date is %d days after %s?" % (nd, d0.isoformat())},
                    tc("add_days_to_date", {"date": d0.isoformat(), "days": nd}),
                    tres("add_days_to_date", {"date": d1.isoformat()}),
                    {"role": "assistant", "content": "%d days after %s is %s." % (nd, d0.isoformat(), d1.isoformat())},
                    {"role": "user", "content": "Great, put \"%s\" on my calendar that day at %s for %s." % (
                        title, clock12(h, mnt), dtext)}]
            calls = [call("create_calendar_event", title={"string": title}, date=d1.isoformat(),
                          start_time=time_check(h, mnt), duration_minutes=dur)]
            names, fam = ["add_days_to_date", "create_calendar_event", "set_reminder"], "create_calendar_event"
            m = {"inputs": {"date": d0.isoformat(), "days": nd, "result": d1.isoformat()}}
            dom, src = "dates", "computed"
        else:
            # date arithmetic, then a reminder that morning (tool message last)
            d0 = rdate(r)
            nd = r.randint(5, 300)
            d1 = d0 + datetime.timedelta(days=nd)
            h = r.randint(7, 11)
            task = r.choice(TASKS)
            msgs = [{"role": "user", "content": "Work out the date %d days after %s, then set a reminder "
                     "at %s on that date to %s." % (nd, d0.isoformat(), clock12(h, 0), task)},
                    tc("add_days_to_date", {"date": d0.isoformat(), "days": nd}),
                    tres("add_days_to_date", {"date": d1.isoformat()})]
            calls = [call("set_reminder", text={"string": task},
                          remind_at={"regex": "^%sT%02d:00(:00)?$" % (d1.isoformat(), h)})]
            names, fam = ["add_days_to_date", "set_reminder", "create_todo"], "set_reminder"
            m = {"inputs": {"date": d0.isoformat(), "days": nd, "result": d1.isoformat()}}
            dom, src = "dates", "computed"
        names = names + pick_distractors(r, fam, r.randint(0, 2), avoid=names)
        r.shuffle(names)
        pkg = {"computed": "python3"}.get(src, src)
        mm = C.meta(pkg, dom, family=fam, lang="en", pattern=["lookup-then-time", "convert-again",
                    "weather-then-units", "date-then-event", "date-then-reminder"][kind], **m)
        mm["source"] = src
        out.append(item(id="tools/multi-turn/%04d" % i, messages=msgs, tools=tool_list(names),
                        grader=grader(calls), category="tools/multi-turn", meta=mm))
    return out


CHAT = [
    "Write a haiku about autumn leaves.",
    "Explain in two sentences why the sky is blue.",
    "What's a good name for a golden retriever puppy?",
    "Summarise the plot of Romeo and Juliet in one paragraph.",
    "Give me three tips for a better night's sleep.",
    "Tell me a joke about programmers.",
    "What is the derivative of x squared?",
    "Rewrite this more politely: \"Send me the file now.\"",
    "Suggest a vegetarian dinner I can cook in 20 minutes.",
    "What rhymes with \"orange\"?",
    "Is a tomato a fruit or a vegetable?",
    "List the planets of the solar system in order from the Sun.",
]


def g_irrelevance(D, n):
    r = C.rng("tools:irrelevance")
    out = []
    for i in range(n):
        if i % 4 == 3:
            text = CHAT[(i // 4) % len(CHAT)]
            names = sorted(TOOLS)
            r.shuffle(names)
            names = names[: r.randint(1, 4)]
            fam, m = "chat", C.meta("python3", "chat", family="irrelevance", lang="en",
                                    request_family="chat")
            m["source"] = "stated"
        else:
            q = make(r, D)
            avoid = related(q.family)
            names = sorted(set(TOOLS) - avoid)
            r.shuffle(names)
            names = names[: r.randint(1, 4)]
            fam = q.family
            m = meta_for(q, "irrelevance")
            m["family"] = "irrelevance"
            m["request_family"] = fam
            text = q.text
        out.append(item(id="tools/irrelevance/%04d" % i, input=text, tools=tool_list(sorted(names)),
                        grader={"type": "no_tool"}, category="tools/irrelevance", meta=m))
    return out


def build():
    D = Data()
    items = (g_simple(D, N["simple"]) + g_multiple(D, N["multiple"]) + g_parallel(D, N["parallel"])
             + g_multiturn(D, N["multi-turn"]) + g_irrelevance(D, N["irrelevance"]))
    return items


# python3: its datetime computes the dates ("computed" and "stated" items
# record its version as their source_version)
SOURCES = ["iso-codes", "tzdata", "unicode-cldr-core", "python3"]


def main(argv):
    out = C.out_dir(argv)
    items = build()
    domains = sorted({it["meta"]["domain"] for it in items})
    C.write_suite(
        out, "tools", version=VERSION,
        description="Function calling: pick the right tool (or none) and fill its arguments; "
                    "every argument is checkable from the request and Debian's registries "
                    "(ISO 3166-1, ISO 4217, ISO 639-1, IANA time zones, CLDR names) or computed "
                    "exactly (dates, unit conversions).",
        axis="capability", grader={"type": "tool_call"}, template="{input}",
        output_tokens=64,
        abstain_token=None, domains=domains, sources=SOURCES, items=items,
        tools=[TOOLS[n] for n in sorted({n for it in items for n in it["tools"]})],
        suite_meta={"seed": C.SEED, "generator": "tools/gen/tools.py",
                    "kinds": {k: N[k] for k in sorted(N)}})


if __name__ == "__main__":
    main(sys.argv)
