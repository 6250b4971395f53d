"""PDF rendering with pycairo's PDFSurface (producer 'cairo 1.16 ...'), with its own
page geometry and drawing order.

Differences from pdf-reportlab, on purpose: DejaVu Sans (embedded TrueType subsets)
instead of the base-14 Helvetica; the logo on one line top left; the date right
aligned; body text drawn word by word; a running footer (address + page number 'N')
drawn first on every page; the statistics panels as three COLUMNS side by side with
each big number in a box ABOVE its text; tables in DejaVu Sans Condensed with every
cell border drawn twice a little apart, text drawn column by column, the header
repeated on every page, and rows kept whole (moved to the next page, never split).
"""
import io

import cairo

from . import common as C
from . import layout as LY

W, H = 595.276, 841.89
ML, MR, MT, MB = 56, 56, 62, 78
FAMILY, TFAMILY = "DejaVu Sans", "DejaVu Sans Condensed"
FOOTER = "PO Box 4771, Coventry CV4 0EH"

_faces = {}
_widths = {}
_mctx = None


class F:
    __slots__ = ("family", "bold", "size")

    def __init__(self, family, bold, size):
        self.family, self.bold, self.size = family, bold, size

    def key(self):
        return (self.family, self.bold, self.size)

    def __eq__(self, o):
        return isinstance(o, F) and self.key() == o.key()

    def __hash__(self):
        return hash(self.key())


def _face(f):
    k = (f.family, f.bold)
    if k not in _faces:
        _faces[k] = cairo.ToyFontFace(f.family, cairo.FONT_SLANT_NORMAL,
                                      cairo.FONT_WEIGHT_BOLD if f.bold else cairo.FONT_WEIGHT_NORMAL)
    return _faces[k]


def _use(ctx, f):
    ctx.set_font_face(_face(f))
    ctx.set_font_size(f.size)


def _measure(text, f):
    global _mctx
    k = (text, f.key())
    w = _widths.get(k)
    if w is None:
        if _mctx is None:
            _mctx = cairo.Context(cairo.PDFSurface(None, W, H))
        _use(_mctx, f)
        w = _widths[k] = _mctx.text_extents(text).x_advance
    return w


def _space(f):
    return _measure(" ", f)


def _wrap(runs, width, slash=False):
    return LY.wrap(LY.atoms(runs, slash), width, _measure, _space)


class Doc:
    def __init__(self, model):
        self.buf = io.BytesIO()
        self.s = cairo.PDFSurface(self.buf, W, H)
        self.s.restrict_to_version(cairo.PDF_VERSION_1_5)
        d = model["date"] + "T10:00:00"
        self.s.set_metadata(cairo.PDFMetadata.CREATE_DATE, d)
        self.s.set_metadata(cairo.PDFMetadata.MOD_DATE, d)
        self.s.set_metadata(cairo.PDFMetadata.TITLE, model["title"])
        self.s.set_metadata(cairo.PDFMetadata.AUTHOR, "Local Government and Social Care Ombudsman")
        self.s.set_metadata(cairo.PDFMetadata.CREATOR, "lettergen pdf-cairo")
        self.ctx = cairo.Context(self.s)
        self.pages = 0
        self._footer()

    def _footer(self):
        f = F(FAMILY, False, 7.5)
        self.gray(0.35)
        self.text(ML, H - 40, FOOTER, f)
        n = str(self.pages + 1)
        self.text(W - MR - _measure(n, f), H - 40, n, f)
        self.gray(0)

    def gray(self, g):
        self.ctx.set_source_rgb(g, g, g)

    def text(self, x, y, s, f):
        _use(self.ctx, f)
        self.ctx.move_to(x, y)
        self.ctx.show_text(s)

    def words(self, line, x, y):
        for t, f, dx in line:
            self.text(x + dx, y, t, f)

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        c = self.ctx
        c.rectangle(x, y, w, h)
        if fill is not None:
            c.set_source_rgb(*fill)
            c.fill()
        else:
            c.set_line_width(lw)
            c.stroke()
        self.gray(0)

    def new_page(self):
        self.ctx.show_page()
        self.pages += 1
        self._footer()

    def finish(self):
        self.ctx.show_page()
        self.pages += 1
        self.s.finish()
        return self.buf.getvalue()


def render_pdf(model):
    d = Doc(model)
    body, bodyb = F(FAMILY, False, 10), F(FAMILY, True, 10)
    lead = 14
    width = W - ML - MR

    # ---- page 1: date right aligned, recipient, title (logo drawn last)
    y = 122
    date = C.long_date(model["date"])
    d.text(W - MR - _measure(date, body), y, date, body)
    y += 26
    rec = model["recipient"]
    for blk in ([model["delivery"]], [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x],
                [model["salutation"]]):
        for s in blk:
            d.text(ML, y, s, body)
            y += lead
        y += 9
    y += 6
    d.text(ML, y, model["title"], F(FAMILY, True, 13))
    y += 6

    items = []
    hf = F(FAMILY, True, 12)
    pid = 0
    for sec in model["sections"]:
        if sec["heading"]:
            items.append(LY.Item("heading", 15, 14, data=sec["heading"]))
        for p in sec["paragraphs"]:
            lines = _wrap(LY.runs_for_paragraph(p, body, bodyb), width)
            for k, ln in enumerate(lines):
                items.append(LY.Item("line", lead, 8 if k == 0 else 0, para=pid, index=k,
                                     first=ln[0][0], last=ln[-1][0], data=ln))
            pid += 1
    sig = model["signatory"]
    items.append(LY.Item("block", lead * (2 + len(sig["roles"])) + 30, 12, data=sig))
    pages = LY.paginate(items, first_top=y + 4, top=MT, bottom=H - MB)
    for pi, placed in enumerate(pages):
        for it, yy in placed:
            if it.kind == "heading":
                d.text(ML, yy + 12, it.data, hf)
            elif it.kind == "line":
                d.words(it.data, ML, yy + 10)
            else:
                d.text(ML, yy + 10, C.SIGN_OFF, body)
                yb = yy + 10 + lead + 30
                d.text(ML, yb, it.data["name"], bodyb)
                for r in it.data["roles"]:
                    yb += lead
                    d.text(ML, yb, r, body)
        if pi == 0:
            _logo(d)
        if pi < len(pages) - 1:
            d.new_page()

    ps = C.panels(model)
    if ps:
        d.new_page()
        _stats_columns(d, ps)
    rr = C.received_rows(model)
    if rr is not None:
        d.new_page()
        _table(d, C.RECEIVED_HEADER, rr, [58, 140, 104, 58])
    dr = C.decision_rows(model)
    if dr is not None:
        d.new_page()
        _table(d, C.DECISIONS_HEADER, dr, [46, 66, 70, 40, 56, 84, 80, 73], left=40)
    data = d.finish()
    return data, {"pageCount": d.pages, "splitRows": 0}


def _logo(d):
    f1, f2 = F(FAMILY, False, 9.5), F(FAMILY, True, 15)
    s1 = "Local Government & Social Care "
    d.ctx.set_source_rgb(0.1, 0.2, 0.45)
    d.text(ML, 52, s1, f1)
    d.text(ML + _measure(s1, f1), 52, "OMBUDSMAN", f2)
    d.gray(0)


def _stats_columns(d, ps):
    gap = 22
    cw = (W - ML - MR - 2 * gap) / 3
    tf = F(FAMILY, True, 10.5)
    tx = F(FAMILY, False, 9)
    txb = F(FAMILY, True, 9)
    small = F(FAMILY, False, 7.5)
    top = MT + 10
    for i, p in enumerate(ps):
        x = ML + i * (cw + gap)
        y = top
        d.rect(x - 4, y - 4, cw + 8, 40, fill=(0.86, 0.9, 0.95))
        for ln in _wrap([(p["title"], tf)], cw - 4):
            d.words(ln, x, y + 11)
            y += 13
        y = top + 48
        if p["status"] != "reported":
            for ln in _wrap([(p["none_text"], tx)], cw):
                d.words(ln, x, y + 9)
                y += 12
            continue
        # big number ABOVE its text, in its own box
        bigf = F(FAMILY, True, 26)
        d.rect(x, y, cw, 46, lw=0.7)
        s = p["big"]
        if p["lead"]:
            lf = F(FAMILY, False, 10)
            wl = _measure(p["lead"] + " ", lf)
            bx = x + (cw - wl - _measure(s, bigf)) / 2
            d.text(bx, y + 33, p["lead"], lf)
            d.text(bx + wl, y + 33, s, bigf)
        else:
            d.text(x + (cw - _measure(s, bigf)) / 2, y + 33, s, bigf)
        y += 58
        for ln in _wrap([(p["text"], tx)], cw):
            d.words(ln, x, y + 9)
            y += 12
        y += 10
        for ln in _wrap([("This compares to an average of", tx), (f"{p['average']}%", txb),
                         ("in similar authorities.", tx)], cw):
            d.words(ln, x, y + 9)
            y += 12
        y += 12
        if p["count"] is not None:
            cf = F(FAMILY, True, 22)
            d.rect(x, y, 54, 38, lw=0.7)
            d.text(x + (54 - _measure(p["count"], cf)) / 2, y + 28, p["count"], cf)
            y += 50
            d.text(x, y, p["count_label"], tx)
            y += 16
        for ln in _wrap([(p["basis"], small)], cw):
            d.words(ln, x, y + 8)
            y += 10
        if p["note"]:
            y += 8
            d.text(x, y + 8, "\u2022", small)
            for ln in _wrap([(p["note"], small)], cw - 9):
                d.words(ln, x + 9, y + 8)
                y += 10


def _table(d, header, rows, widths, left=None):
    fs, lead, pad = 7, 8.6, 2.8
    reg, bold = F(TFAMILY, False, fs), F(TFAMILY, True, fs)
    x0 = left if left is not None else ML
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    bottom = H - MB + 8

    def lines_of(text, w, f):
        return _wrap([(text, f)], w - 2 * pad, slash=True) if text else []

    hcells = [lines_of(h, w, bold) for h, w in zip(header, widths)]
    hh = max(len(c) for c in hcells) * lead + 2 * pad

    def flush(page_rows):
        # borders first, each cell drawn inset so shared borders come out doubled
        y = MT
        d.rect(x0, y, sum(widths), hh, fill=(0.82, 0.86, 0.92))
        geo = [(hcells, y, hh)]
        y += hh
        for cells, h in page_rows:
            geo.append((cells, y, h))
            y += h
        d.ctx.set_line_width(0.35)
        for cells, yy, h in geo:
            for i, w in enumerate(widths):
                d.ctx.rectangle(xs[i] + 1.1, yy + 1.1, w - 2.2, h - 2.2)
        d.ctx.stroke()
        # then the text, column by column
        for i in range(len(widths)):
            for cells, yy, h in geo:
                for k, ln in enumerate(cells[i]):
                    d.words(ln, xs[i] + pad, yy + pad + (k + 1) * lead - 2)

    y = MT + hh
    page_rows = []
    for r in rows:
        cells = [lines_of(t, w, reg) for t, w in zip(r, widths)]
        h = max([len(c) for c in cells] + [1]) * lead + 2 * pad
        if y + h > bottom and page_rows:
            flush(page_rows)
            d.new_page()
            page_rows, y = [], MT + hh
        page_rows.append((cells, h))
        y += h
    flush(page_rows)
