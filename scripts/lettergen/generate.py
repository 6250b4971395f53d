"""Random, internally consistent letter models.

Consistency rules (so that a correct parser reports no warnings):
* every table row names the letter's authority;
* a decision on a reference in the received table is dated on or after its receipt;
* upheldCount = decisions 'Upheld', investigationCount = 'Upheld' + 'Not Upheld';
  remedyCount = upheld decisions with the 'remedied by authority' reason;
* percentages: upheld = round(100*upheld/investigations), remedies =
  round(100*remedyCount/upheldCount), compliance = round(100*complied/outcomes), and
  no exact .5 ties, so half-up and half-even rounding agree;
* remedies panel is 'noUpheldInvestigations' whenever nothing was upheld.
"""
import datetime as _dt

from . import common as C
from . import content as K


def _date(d):
    return d.isoformat()


def _ref(fy_start_year, seq):
    return f"{fy_start_year % 100:02d}{seq:06d}"


def _seq_for(day_index, rng):
    # references run roughly with the date of receipt: ~60 a day nationally
    return max(1, min(999999, day_index * 58 + rng.randint(0, 57)))


def make_tables(rng, authority, year, n_received, n_decisions, decision_mix=None):
    """(complaintsReceived, decisions) rows, sorted by reference like the real letters."""
    start = _dt.date(year - 1, 4, 1)
    end = _dt.date(year, 3, 31)
    ndays = (end - start).days + 1
    cats = K.CATEGORIES

    def category(decision=None):
        if decision == "Incomplete/Invalid" and rng.random() < 0.3:
            return None
        if rng.random() < 0.02:
            return None
        return rng.choices(cats, K.CATEGORY_WEIGHTS)[0]

    received = {}
    while len(received) < n_received:
        di = rng.randrange(ndays)
        ref = _ref(year - 1, _seq_for(di, rng))
        if ref in received:
            continue
        received[ref] = {"reference": ref, "authority": authority, "category": category(),
                         "received": _date(start + _dt.timedelta(days=di))}
    rec_list = sorted(received.values(), key=lambda r: r["reference"])

    decisions = {}
    # decisions on this year's complaints (decided after receipt, within the period) and
    # on last year's (received before the period)
    pool = [r for r in rec_list if iso(r["received"]) < end]
    mix = decision_mix or {}
    kinds = list(K.DECISION_WEIGHTS)
    weights = [mix.get(k, K.DECISION_WEIGHTS[k]) for k in kinds]
    tries = 0
    while len(decisions) < n_decisions and tries < n_decisions * 50:
        tries += 1
        decision = rng.choices(kinds, weights)[0]
        if pool and rng.random() < 0.7:
            r = rng.choice(pool)
            ref, cat = r["reference"], r["category"]
            rdate = iso(r["received"])
            lag = rng.randint(0, 20) if decision in ("Incomplete/Invalid",
                                                     "Referred back for local resolution") \
                else rng.randint(5, 200)
            ddate = min(end, rdate + _dt.timedelta(days=lag))
        else:
            ref = _ref(year - 2, rng.randint(8000, 22000))
            cat = category(decision)
            ddate = start + _dt.timedelta(days=rng.randrange(ndays))
        if ref in decisions:
            continue
        reason = rng.choice(K.REASONS[decision])
        remedy = improvements = None
        if decision == "Upheld":
            if rng.random() < 0.18:
                reason = K.REMEDIED_REASON
                remedy = rng.choice(["Apology", None, "Apology, Financial redress: Avoidable distress/time and trouble"])
            elif reason.startswith("Maladministration and injustice"):
                remedy = rng.choice(K.REMEDIES)
            if rng.random() < 0.35:
                improvements = rng.choice(K.SERVICE_IMPROVEMENTS)
        decisions[ref] = {"reference": ref, "authority": authority, "category": cat,
                          "decided": _date(ddate), "decision": decision, "reason": reason,
                          "remedy": remedy, "serviceImprovements": improvements}
    dec_list = sorted(decisions.values(), key=lambda r: r["reference"])
    return rec_list, dec_list


def iso(s):
    return _dt.date.fromisoformat(s)


def _pct(num, den):
    return C.round_half_up(100 * num / den)


def statistics_from_counts(rng, year, investigations, upheld, remedied, compliance=None):
    """compliance: None (random), 'noneDue', or (complied, outcomes)."""
    au, ac, ar = K.AVERAGES[year]
    jitter = lambda v, s: max(0, min(100, v + rng.randint(-s, s)))
    if investigations == 0:
        cu = {"status": "noInvestigations", "percent": None, "averagePercent": None,
              "upheldCount": None, "investigationCount": None}
    else:
        cu = {"status": "reported", "percent": _pct(upheld, investigations),
              "averagePercent": jitter(au, 12), "upheldCount": upheld,
              "investigationCount": investigations}
    if investigations == 0 or upheld == 0:
        sr = {"status": "noUpheldInvestigations", "percent": None, "averagePercent": None,
              "remedyCount": None, "investigationCount": None}
    else:
        sr = {"status": "reported", "percent": _pct(remedied, upheld),
              "averagePercent": jitter(ar, 6), "remedyCount": remedied,
              "investigationCount": investigations}
    if compliance is None:
        if upheld == 0 or rng.random() < 0.2:
            compliance = "noneDue"
        else:
            outcomes = rng.randint(1, max(1, upheld))
            complied = outcomes if rng.random() < 0.85 else outcomes - 1
            while C.is_tie(complied, outcomes):
                outcomes += 1
            compliance = (complied, outcomes)
    if compliance == "noneDue":
        co = {"status": "noneDue", "percent": None, "averagePercent": None, "outcomeCount": None}
    else:
        complied, outcomes = compliance
        co = {"status": "reported", "percent": _pct(complied, outcomes),
              "averagePercent": min(100, jitter(ac, 1)), "outcomeCount": outcomes}
    return {"complaintsUpheld": cu, "compliance": co, "satisfactoryRemedies": sr}


def make_letter(rng, authority=None, year=None, honorific=None, surname=None, job_title=None,
                n_received=None, n_decisions=None, tables=True, statistics=True,
                decision_mix=None, compliance=None):
    year = year or rng.choice([2019, 2020, 2021, 2022, 2023])
    authority = authority or rng.choice(K.COUNCILS)
    honorific = honorific or rng.choice(K.HONORIFICS)
    surname = surname or rng.choice(K.SURNAMES)
    job_title = job_title or rng.choice(K.JOB_TITLES)
    name = f"{honorific} {surname}"
    date = _dt.date(year, 7, K.LETTER_DAY[year] + rng.choice([0, 0, 0, 1, -1]))

    for _attempt in range(200):
        rec = dec = None
        if tables:
            nd = n_decisions if n_decisions is not None else rng.choices(
                [0, rng.randint(1, 12), rng.randint(5, 40), rng.randint(20, 80)], [1, 4, 4, 3])[0]
            nr = n_received if n_received is not None else max(0, nd + rng.randint(-8, 8))
            rec, dec = make_tables(rng, authority, year, nr, nd, decision_mix)
            upheld = sum(1 for d in dec if d["decision"] == "Upheld")
            inv = upheld + sum(1 for d in dec if d["decision"] == "Not Upheld")
            remedied = sum(1 for d in dec if d["decision"] == "Upheld" and d["reason"] == K.REMEDIED_REASON)
        else:
            inv = rng.choice([0, rng.randint(1, 6), rng.randint(3, 40)])
            upheld = rng.randint(0, inv)
            remedied = rng.randint(0, upheld) if rng.random() < 0.4 else 0
        if C.is_tie(upheld, inv) or C.is_tie(remedied, upheld):
            continue  # draw again: no rounding ties
        break
    stats = statistics_from_counts(rng, year, inv, upheld, remedied, compliance) if statistics else None

    model = {
        "schemaVersion": 1,
        "source": None,
        "date": date.isoformat(),
        "delivery": "By email",
        "title": f"Annual Review letter {year}",
        "year": year,
        "period": {"start": f"{year - 1}-04-01", "end": f"{year}-03-31"},
        "recipient": {"name": name, "jobTitle": job_title, "authority": authority},
        "salutation": f"Dear {name}",
        "authority": authority,
        "sections": K.body(year, rng),
        "signatory": K.signatory(year),
        "statistics": stats,
        "complaintsReceived": rec,
        "decisions": dec,
        "warnings": [] if statistics else [
            {"code": "statistics-missing", "message": "the letter holds no statistics panels"}],
    }
    return model


def check_consistent(model):
    """Assert the rules above; returns the model."""
    a = model["authority"]
    rec = {r["reference"]: r for r in model["complaintsReceived"] or []}
    dec = model["decisions"] or []
    for t in (model["complaintsReceived"] or []) + dec:
        assert t["authority"] == a, t
    for d in dec:
        if d["reference"] in rec:
            assert d["decided"] >= rec[d["reference"]]["received"], d
    st = model["statistics"]
    if st and model["decisions"] is not None:
        up = sum(1 for d in dec if d["decision"] == "Upheld")
        inv = up + sum(1 for d in dec if d["decision"] == "Not Upheld")
        cu = st["complaintsUpheld"]
        if inv == 0:
            assert cu["status"] == "noInvestigations"
        else:
            assert (cu["upheldCount"], cu["investigationCount"]) == (up, inv), (cu, up, inv)
            assert cu["percent"] == _pct(up, inv)
    if st:
        cu, sr = st["complaintsUpheld"], st["satisfactoryRemedies"]
        if sr["status"] == "reported":
            assert sr["percent"] == _pct(sr["remedyCount"], cu["upheldCount"])
            assert sr["investigationCount"] == cu["investigationCount"]
    return model
