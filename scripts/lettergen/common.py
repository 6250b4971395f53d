"""Shared helpers: dates, rounding, canonical JSON, the wording of the statistics
panels and the table cells, and the choice of the paragraph a page break splits.

Everything here is derived from the letter MODEL (SPEC.md's JSON), so what a
renderer prints can always be read back into exactly that model."""
import datetime as _dt
import hashlib
import json
import random
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]

LOGO = "Local Government & Social Care OMBUDSMAN"
SIGN_OFF = "Yours sincerely,"

# link texts the seeds mark up (markdown [..](#), html <u>..</u>)
LINK_TEXTS = ["Your council's performance", "website", "www.lgo.org.uk/training"]
TRAINING_URL = "http://www.lgo.org.uk/training"
# key-area lead-ins the markdown seed sets in bold
KEY_AREAS = ["Complaints upheld", "Compliance with recommendations",
             "Satisfactory remedies provided by the authority"]

PANEL_TITLES = {
    "complaintsUpheld": "Complaints upheld",
    "compliance": "Compliance with Ombudsman recommendations",
    "satisfactoryRemedies": "Satisfactory remedies provided by the authority",
}
PANEL_NONE = {
    "complaintsUpheld": "The Ombudsman carried out no detailed investigations during this period",
    "compliance": "No recommendations were due for compliance in this period",
    "satisfactoryRemedies": "The Ombudsman did not uphold any detailed investigations during this period",
}
COMPLIANCE_NOTE = ("Failure to comply with our recommendations is rare. An authority with a "
                   "compliance rate below 100% should scrutinise those complaints where it "
                   "failed to comply and identify any learning.")

RECEIVED_HEADER = ["Reference", "Authority", "Category", "Received"]
DECISIONS_HEADER = ["Reference", "Authority", "Category", "Decided", "Decision",
                    "Decision Reason", "Remedy", "Service improvement recommendations"]


# ---------------------------------------------------------------- dates
def iso(s):
    return _dt.date.fromisoformat(s)


def long_date(s):
    """2020-07-22 -> '22 July 2020' (the letter's date line, the period)."""
    d = iso(s)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def received_date(s):
    """2019-05-02 -> '02 May 2019' (Received column)."""
    d = iso(s)
    return f"{d.day:02d} {MON3[d.month - 1]} {d.year}"


def decided_date(s):
    """2019-04-01 -> '01/04/19' (Decided column)."""
    d = iso(s)
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def period_text(model):
    p = model["period"]
    return f"between {long_date(p['start'])} to {long_date(p['end'])}"


# ---------------------------------------------------------------- numbers
def round_half_up(x):
    """The rounding SPEC.md means by round(); generators avoid exact .5 ties anyway."""
    import math
    return int(math.floor(x + 0.5))


def is_tie(num, den):
    """True when 100*num/den is exactly k + 0.5 (a rounding tie)."""
    return den > 0 and (200 * num) % den == 0 and (200 * num // den) % 2 == 1


def plural(n, one, many):
    return one if n == 1 else many


# ---------------------------------------------------------------- JSON
def canonical_json(value):
    """Bytes identical to `jq --sort-keys --indent 2 .`"""
    return (json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def with_source(model, name, fmt, data, page_count):
    out = json.loads(json.dumps(model))
    out["source"] = {"name": name, "format": fmt,
                     "pageCount": page_count if fmt == "pdf" else None,
                     "sha256": hashlib.sha256(data).hexdigest()}
    return out


def model_rng(model, style, salt=""):
    """A deterministic RNG per (letter, style): the same model renders the same way."""
    m = dict(model)
    m.pop("source", None)
    key = json.dumps(m, sort_keys=True) + "|" + style + "|" + salt
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


# ---------------------------------------------------------------- statistics panels
def panels(model):
    """The three panels as structured wording, or [] when the letter has none.

    Each panel: {key, title, status, none_text} or, when reported,
    {key, title, lead ('' or 'In'), big ('25%'), text, average (45), count (str|None),
     count_label, basis, note (str|None)}"""
    st = model.get("statistics")
    if not st:
        return []
    per = period_text(model)
    out = []
    for key in ("complaintsUpheld", "compliance", "satisfactoryRemedies"):
        p = st[key]
        d = {"key": key, "title": PANEL_TITLES[key], "status": p["status"]}
        if p["status"] != "reported":
            d["none_text"] = PANEL_NONE[key]
            out.append(d)
            continue
        d["average"] = p["averagePercent"]
        d["big"] = f"{p['percent']}%"
        d["note"] = None
        if key == "complaintsUpheld":
            d["lead"] = ""
            d["text"] = "of complaints we investigated were upheld."
            n = p["upheldCount"]
            d["count"], d["count_label"] = str(n), plural(n, "upheld decision", "upheld decisions")
            m = p["investigationCount"]
            d["basis"] = (f"Statistics are based on a total of {m} detailed "
                          f"{plural(m, 'investigation', 'investigations')} for the period {per}")
        elif key == "compliance":
            d["lead"] = "In"
            d["text"] = ("of cases we were satisfied the authority had successfully "
                         "implemented our recommendations.")
            d["count"], d["count_label"] = None, None
            m = p["outcomeCount"]
            d["basis"] = (f"Statistics are based on a total of {m} compliance "
                          f"{plural(m, 'outcome', 'outcomes')} for the period {per}")
            d["note"] = COMPLIANCE_NOTE
        else:
            d["lead"] = "In"
            d["text"] = ("of upheld cases we found the authority had provided a satisfactory "
                         "remedy before the complaint reached the Ombudsman.")
            n = p["remedyCount"]
            d["count"] = str(n)
            d["count_label"] = plural(n, "satisfactory remedy decision", "satisfactory remedy decisions")
            m = p["investigationCount"]
            d["basis"] = (f"Statistics are based on a total of {m} detailed "
                          f"{plural(m, 'investigation', 'investigations')} for the period {per}")
        out.append(d)
    return out


# ---------------------------------------------------------------- tables
def received_rows(model):
    rows = model.get("complaintsReceived")
    if rows is None:
        return None
    return [[r["reference"], r["authority"], r["category"] or "Null", received_date(r["received"])]
            for r in rows]


def decision_rows(model):
    rows = model.get("decisions")
    if rows is None:
        return None
    return [[r["reference"], r["authority"], r["category"] or "Null", decided_date(r["decided"]),
             r["decision"], r["reason"] or "", r["remedy"] or "", r["serviceImprovements"] or ""]
            for r in rows]


# ---------------------------------------------------------------- page-break split
_TERMINAL = re.compile(r"[.!?:]$")
ANCHOR = "open approach to resolving"


def split_point(paragraphs_by_section, rng):
    """Where a text rendering shows the paragraph a page break split.

    Returns (section index, paragraph index, word index) -- the second part starts
    at that word, which begins in lower case, and the first part does not end in
    . ! ? or :  -- or None.  The seeds' place ('... open approach to' /
    'resolving complaints.') is used when the letter has it."""
    cands = []
    for si, paras in enumerate(paragraphs_by_section):
        for pi, text in enumerate(paras):
            words = text.split(" ")
            if ANCHOR in text:
                idx = text.index(ANCHOR) + len("open approach to")
                wi = len(text[:idx].split(" "))
                return (si, pi, wi)
            if len(words) < 40:
                continue
            protected = []  # spans a split must not cut (link texts, key-area lead-ins)
            for lt in LINK_TEXTS + KEY_AREAS:
                for m in re.finditer(re.escape(lt), text):
                    protected.append((m.start(), m.end()))
            for wi in range(len(words) // 3, len(words) - 8):
                prev, nxt = words[wi - 1], words[wi]
                off = len(" ".join(words[:wi]))
                if any(a < off < b for a, b in protected):
                    continue
                if nxt[:1].islower() and nxt[:1].isalpha() and not _TERMINAL.search(prev) \
                        and not prev.endswith(","):
                    cands.append((si, pi, wi))
    if not cands:
        return None
    return rng.choice(cands)
