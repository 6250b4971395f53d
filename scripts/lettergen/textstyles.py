"""Text renderings of a letter model, mirroring the seeds' conventions:

plain     like seeds 001/002/004 (one item per line, '[..](#)' links and '**45%**'
          left over from the converter, as the seeds have them)
markdown  like seed 000 ('# ' logo, '*By email*', trailing double-space breaks,
          '## **Title**', bold key-area lead-ins, links, '- ' bullets)
html      like seed 003 ('<u>..</u>' links, recipient and signature collapsed onto
          one line each, optional '&amp;' entities, '<b>' for bold)
wrapped   plain, every paragraph hard-wrapped at 72 columns
crlf      plain with CRLF line ends and a UTF-8 BOM
"""
import re
import textwrap

from . import common as C

_LINK_RE = re.compile(r"Your council's performance|\bwebsite\b|www\.lgo\.org\.uk/training")


def _links(text, style):
    def rep(m):
        t = m.group(0)
        if style == "markdown":
            return f"[{t}]({C.TRAINING_URL})" if t.startswith("www.") else f"[{t}](#)"
        if style == "html":
            return f"<u>{t}</u>"
        # plain (seeds 001/002/004): the two links keep their markdown, the URL is bare
        return t if t.startswith("www.") else f"[{t}](#)"
    return _LINK_RE.sub(rep, text)


def _lead_in(text, style):
    if style != "markdown":
        return text
    for k in C.KEY_AREAS:
        if text.startswith(k + " - "):
            return f"**{k}**" + text[len(k):]
    return text


def _bold(t, style):
    if style == "markdown" or style == "plain":
        return f"**{t}**"
    if style == "html":
        return f"<b>{t}</b>"
    return t


class _Lines:
    def __init__(self):
        self.lines = []

    def add(self, *ls):
        self.lines.extend(ls)

    def blank(self, n=1):
        self.lines.extend([""] * n)


def _panel_lines(p, base, rng):
    """base: 'plain' | 'markdown' | 'html'"""
    out = []
    title = f"**{p['title']}**" if base == "markdown" else p["title"]
    out.append(title)
    if p["status"] != "reported":
        out += ["", p["none_text"]]
        return out
    out += ["", "", ""]
    if rng.random() < 0.5:
        out.append(" ")          # the seeds' lone-space line
    if p["lead"]:
        first = f"{p['lead']} {_bold(p['big'], base)} {p['text']}"
    else:
        big = _bold(p["big"], base) if base in ("markdown", "html") else p["big"]
        first = f"{big} {p['text']}"
    out += [first, "", f"This compares to an average of {_bold(str(p['average']) + '%', base)} "
                       f"in similar authorities.", ""]
    if p["count"] is not None:
        out += [p["count"], p["count_label"], ""]
    out.append(p["basis"])
    if p["note"]:
        out += ["", "- " + p["note"]]
    return out


def _esc(line, amp):
    return line.replace("&", "&amp;") if amp else line


def _table_lines(header, rows):
    return ["\t".join(header)] + ["\t".join(r) for r in rows]


def render_text(model, style, rng=None):
    if rng is None:
        rng = C.model_rng(model, style)
    base = {"plain": "plain", "wrapped": "plain", "crlf": "plain",
            "markdown": "markdown", "html": "html"}[style]
    L = _Lines()
    amp = base == "html" and rng.random() < 0.6

    # ---- header
    if base == "markdown":
        L.blank(2)
        L.add("# " + C.LOGO, "", C.long_date(model["date"]), "", f"*{model['delivery']}*", "")
    elif base == "html":
        L.add(C.LOGO, "", C.long_date(model["date"]), "", model["delivery"], "")
    else:
        L.blank(rng.choice([0, 2, 4]))
        L.add(C.LOGO, "", C.long_date(model["date"]), "", model["delivery"], "")
    rec = model["recipient"]
    rl = [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x]
    if base == "html":
        L.add(" ".join(rl))
    elif base == "markdown":
        L.add(*[x + "  " for x in rl[:-1]], rl[-1])
    else:
        L.add(*rl)
    L.add("", model["salutation"], "")
    L.add(f"## **{model['title']}**" if base == "markdown" else model["title"], "")

    # ---- body
    paras = [s["paragraphs"] for s in model["sections"]]
    split = C.split_point(paras, rng) if (base != "plain" or rng.random() < 0.9) else None
    if base == "plain" and split is None:
        split = C.split_point(paras, rng)
    nheading = 0
    for si, sec in enumerate(model["sections"]):
        if sec["heading"]:
            h = sec["heading"]
            if base == "markdown":
                lvl = "##" if nheading == 0 else rng.choice(["##", "###", "###"])
                h = f"{lvl} **{h}**"
            L.add(h, "")
            nheading += 1
        for pi, text in enumerate(sec["paragraphs"]):
            parts = [text]
            if split and split[:2] == (si, pi):
                w = text.split(" ")
                parts = [" ".join(w[:split[2]]), " ".join(w[split[2]:])]
            for k, part in enumerate(parts):
                if base == "plain" and k == 0 and rng.random() < 0.06:
                    L.add(" ")
                part = _lead_in(_links(part, base), base) if k == 0 else _links(part, base)
                L.add(part, "")

    # ---- sign-off
    sig = model["signatory"]
    L.add(C.SIGN_OFF)
    if base == "html":
        L.add("", " ".join([sig["name"]] + sig["roles"]))
    elif base == "markdown":
        names = [sig["name"]] + sig["roles"]
        L.blank(3)
        L.add(*[x + "  " for x in names[:-1]], names[-1])
    else:
        L.blank(3)
        L.add(sig["name"], *sig["roles"])

    # ---- statistics panels
    for p in C.panels(model):
        L.add("")
        L.add(*_panel_lines(p, base, rng))

    # ---- tables
    for header, rows in ((C.RECEIVED_HEADER, C.received_rows(model)),
                         (C.DECISIONS_HEADER, C.decision_rows(model))):
        if rows is None:
            continue
        L.add("")
        L.add(*_table_lines(header, rows))

    lines = [_esc(x, amp) for x in L.lines]
    if base == "html":
        lines += ["", ""] if not C.panels(model) and model.get("decisions") is None else [""]

    if style == "wrapped":
        lines = _wrap72(lines)
    text = "\n".join(lines)
    if style == "crlf":
        return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    return text.encode("utf-8")


def _wrap72(lines):
    """Hard-wrap at 72 columns, at spaces only; a lone ' - ' dash never starts a line
    (it would read as a bullet), so it is glued to the word before it."""
    out = []
    for ln in lines:
        if len(ln) <= 72 or "\t" in ln:
            out.append(ln)
            continue
        glued = ln[:2] + ln[2:].replace(" - ", "\x00- ")
        indent = "  " if ln.startswith("- ") else ""
        out.extend(x.replace("\x00", " ") for x in
                   textwrap.wrap(glued, 72, subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False))
    return out
