"""PDF rendering with reportlab's canvas (producer 'ReportLab PDF Library').

Layout: logo stacked top right, Helvetica 11pt body drawn a line at a time, bold
headings at 13pt, 'Page N' centred in the footer; a statistics page with the three
panels stacked, each big number in its own box BESIDE its text; the two tables on
their own pages with thin borders, a bold shaded header row repeated on every page,
narrow columns that wrap (also after a '/' or a hyphen inside a word), and rows that may split across a page
break (the tail continues under the repeated header with an empty Reference cell).
"""
import io

from reportlab import rl_config

rl_config.invariant = 1          # fixed document ID and dates: reproducible bytes
rl_config.pageCompression = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from . import common as C  # noqa: E402
from . import layout as LY  # noqa: E402

W, H = A4
REG, BOLD = "Helvetica", "Helvetica-Bold"
ML, MR, MT, MB = 68, 68, 60, 72


class _Font:
    def __init__(self, name, size):
        self.name, self.size = name, size

    def __hash__(self):
        return hash((self.name, self.size))

    def __eq__(self, o):
        return isinstance(o, _Font) and (self.name, self.size) == (o.name, o.size)


def _measure(text, f):
    return stringWidth(text, f.name, f.size)


def _space(f):
    return stringWidth(" ", f.name, f.size)


def _wrap(runs, width, slash=False):
    return LY.wrap(LY.atoms(runs, slash), width, _measure, _space)


class Doc:
    def __init__(self, model, rng):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setAuthor("Local Government and Social Care Ombudsman")
        self.c.setTitle(model["title"])
        self.c.setCreator("lettergen pdf-reportlab")
        self.pages = 0
        self.rng = rng
        self.split_rows = 0

    def text(self, x, y, s, f, color=0):
        self.c.setFillGray(color)
        self.c.setFont(f.name, f.size)
        self.c.drawString(x, H - y, s)

    def draw_line(self, line, x, y):
        # one string per run of words in the same font (a word processor's habit)
        run, rf, rx = [], None, 0
        for t, f, dx in line + [(None, None, 0)]:
            if f != rf and run:
                self.text(x + rx, y, " ".join(run), rf)
                run = []
            if t is None:
                break
            if not run:
                rf, rx = f, dx
            run.append(t)

    def end_page(self):
        self.pages += 1
        f = _Font(REG, 9)
        s = f"Page {self.pages}"
        self.text((W - _measure(s, f)) / 2, H - 36, s, f, 0.3)
        self.c.showPage()

    def save(self):
        self.c.save()
        return self.buf.getvalue()


def render_pdf(model):
    rng = C.model_rng(model, "pdf-reportlab")
    d = Doc(model, rng)
    body = _Font(REG, 11)
    bodyb = _Font(BOLD, 11)
    lead = 14.5
    width = W - ML - MR

    # ---- page 1 header (logo top right, stacked)
    f1, f2 = _Font(REG, 10), _Font(BOLD, 21)
    d.text(W - MR - _measure("Local Government & Social Care", f1), 48,
           "Local Government & Social Care", f1, 0.25)
    d.text(W - MR - _measure("OMBUDSMAN", f2), 70, "OMBUDSMAN", f2, 0.1)
    y = 128
    rec = model["recipient"]
    blocks = [[C.long_date(model["date"])], [model["delivery"]],
              [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x],
              [model["salutation"]]]
    for blk in blocks:
        for s in blk:
            d.text(ML, y, s, body)
            y += lead
        y += lead * 0.6
    y += 4
    d.text(ML, y, model["title"], _Font(BOLD, 14))
    y += 14

    # ---- body as items
    items = []
    hf = _Font(BOLD, 13)
    pid = 0
    for sec in model["sections"]:
        if sec["heading"]:
            items.append(LY.Item("heading", 16, 12, data=sec["heading"]))
        for p in sec["paragraphs"]:
            lines = _wrap(LY.runs_for_paragraph(p, body, bodyb), width)
            for k, ln in enumerate(lines):
                items.append(LY.Item("line", lead, 9 if k == 0 else 0, para=pid, index=k,
                                     first=ln[0][0], last=ln[-1][0], data=ln))
            pid += 1
    sig = model["signatory"]
    items.append(LY.Item("block", lead * 2 + 34 + lead * len(sig["roles"]), 14,
                         data=("sign", sig)))
    pages = LY.paginate(items, first_top=y + 6, top=MT + 20, bottom=H - MB)
    for pi, placed in enumerate(pages):
        for it, yy in placed:
            if it.kind == "heading":
                d.text(ML, yy + 13, it.data, hf)
            elif it.kind == "line":
                d.draw_line(it.data, ML, yy + 11)
            else:
                _, s = it.data
                d.text(ML, yy + 11, C.SIGN_OFF, body)
                yb = yy + 11 + lead + 34
                d.text(ML, yb, s["name"], bodyb)
                for r in s["roles"]:
                    yb += lead
                    d.text(ML, yb, r, body)
        d.end_page()

    # ---- statistics page
    ps = C.panels(model)
    if ps:
        _stats_page(d, ps)
    # ---- tables
    rr = C.received_rows(model)
    if rr is not None:
        _table(d, C.RECEIVED_HEADER, rr, [62, 150, 118, 62])
    dr = C.decision_rows(model)
    if dr is not None:
        _table(d, C.DECISIONS_HEADER, dr, [50, 74, 72, 42, 58, 76, 71, 72], left=40)
    data = d.save()
    return data, {"pageCount": d.pages, "splitRows": d.split_rows}


def _stats_page(d, ps):
    y = MT + 10
    width = W - ML - MR
    tf = _Font(BOLD, 13)
    body, bodyb = _Font(REG, 11), _Font(BOLD, 11)
    small = _Font(REG, 9)
    c = d.c
    for p in ps:
        # title bar
        c.setFillGray(0.88)
        c.rect(ML, H - (y + 22), width, 22, stroke=0, fill=1)
        d.text(ML + 8, y + 16, p["title"], tf)
        y += 34
        if p["status"] != "reported":
            for ln in _wrap([(p["none_text"], body)], width - 16):
                d.draw_line(ln, ML + 8, y + 11)
                y += 14.5
            y += 20
            continue
        # big number in its own box, text beside it
        bigf = _Font(BOLD, 30)
        boxw, boxh = 108, 54
        c.setStrokeGray(0.4)
        c.setLineWidth(0.8)
        c.rect(ML + 8, H - (y + boxh), boxw, boxh, stroke=1, fill=0)
        bx = ML + 8 + (boxw - _measure(p["big"], bigf)) / 2
        if p["lead"]:
            lf = _Font(REG, 11)
            bx = ML + 14
            d.text(bx, y + 38, p["lead"], lf)
            bx += _measure(p["lead"] + " ", lf)
        d.text(bx, y + 38, p["big"], bigf)
        tx = ML + 8 + boxw + 14
        lines = _wrap([(p["text"], body)], width - boxw - 30)
        ty = y + 38  # first line on the big number's baseline: 'In 100% of cases ...'
        for ln in lines:
            d.draw_line(ln, tx, ty)
            ty += 14.5
        y += boxh + 12
        runs = [("This compares to an average of", body), (f"{p['average']}%", bodyb),
                ("in similar authorities.", body)]
        for ln in _wrap(runs, width - 16):
            d.draw_line(ln, ML + 8, y + 11)
            y += 14.5
        y += 6
        if p["count"] is not None:
            cf = _Font(BOLD, 24)
            c.rect(ML + 8, H - (y + 40), 56, 40, stroke=1, fill=0)
            d.text(ML + 8 + (56 - _measure(p["count"], cf)) / 2, y + 29, p["count"], cf)
            d.text(ML + 8 + 56 + 12, y + 24, p["count_label"], body)
            y += 50
        for ln in _wrap([(p["basis"], small)], width - 16):
            d.draw_line(ln, ML + 8, y + 9)
            y += 11.5
        if p["note"]:
            y += 4
            lines = _wrap([(p["note"], small)], width - 30)
            d.text(ML + 10, y + 9, "\u2022", small)
            for ln in lines:
                d.draw_line(ln, ML + 22, y + 9)
                y += 11.5
        y += 22
    d.end_page()


def _table(d, header, rows, widths, left=None):
    """Draw a table from a new page on; rows may split across page breaks."""
    c = d.c
    fs, lead, pad = 8, 9.6, 3
    reg, bold = _Font(REG, fs), _Font(BOLD, fs)
    x0 = left if left is not None else ML
    top, bottom = MT, H - MB + 10

    def cell_lines(text, w, f):
        return _wrap([(text, f)], w - 2 * pad, slash=True) if text else []

    hcells = [cell_lines(h, w, bold) for h, w in zip(header, widths)]

    def draw_row(cells, y, nlines, shade=False):
        h = nlines * lead + 2 * pad
        x = x0
        if shade:
            c.setFillGray(0.85)
            c.rect(x0, H - (y + h), sum(widths), h, stroke=0, fill=1)
        c.setLineWidth(0.4)
        c.setStrokeGray(0.2)
        for w, lines in zip(widths, cells):
            c.rect(x, H - (y + h), w, h, stroke=1, fill=0)
            for k, ln in enumerate(lines[:nlines]):
                for t, f, dx in ln:
                    d.text(x + pad + dx, y + pad + (k + 1) * lead - 2.2, t, f)
            x += w
        return y + h

    def new_page():
        y = draw_row(hcells, top, max(len(x) for x in hcells), shade=True)
        return y

    def next_page():
        d.end_page()
        return new_page()

    def count_split():
        d.split_rows += 1

    LY.flow_rows(([cell_lines(t, w, reg) for t, w in zip(r, widths)] for r in rows), new_page(), bottom,
                 lead, pad, draw_row, next_page, on_split=count_split)
    d.end_page()
