"""PDF rendering with fpdf2 (PyPI 'fpdf2'; producer 'PyFPDF/fpdf2'), the way a report
generator draws a letter: everything placed by fpdf2's own cells.

What it does that the other producers do not, on purpose:
* body paragraphs are fpdf2 `multi_cell`s, justified, broken over pages by fpdf2's automatic
  page break wherever the page ends (also after a line that ends a sentence, so a paragraph
  split by the page break cannot be told from two by its text);
* the tables are drawn cell by cell with NO cell padding (`c_margin = 0`): a cell's text
  touches its left border, a full line touches its right one, so two cells' texts may be
  closer than two words of one cell; portrait A4 with eight narrow columns, long texts
  wrapping over many lines, also after a '/' or a hyphen inside a word;
* rows are laid out by the text's height alone (no padding above or below), a row taller
  than what is left of the page is split and its tail drawn under the repeated header
  (with an empty Reference cell);
* a footer 'Page N of M' at the bottom of every page, in DejaVu Sans (embedded subsets).

Byte-reproducible (fpdf2 takes its creation date from us).
"""
import datetime as _dt

from fpdf import FPDF

from . import common as C
from . import layout as LY

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
ML, MR, MT, MB = 20, 20, 18, 22        # millimetres
FIXED_DATE = _dt.datetime(2024, 1, 1, tzinfo=_dt.timezone.utc)


class _Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0)


def _new_doc(model):
    pdf = _Doc(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("lettergen pdf-fpdf")
    pdf.set_title(model["title"])
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVuC", "", f"{FONT_DIR}/DejaVuSansCondensed.ttf")
    pdf.add_font("DejaVuC", "B", f"{FONT_DIR}/DejaVuSansCondensed-Bold.ttf")
    pdf.set_margins(ML, MT, MR)
    pdf.set_auto_page_break(True, MB)
    pdf.alias_nb_pages()
    return pdf


def render_pdf(model):
    pdf = _new_doc(model)
    info = {"splitRows": 0}
    pdf.add_page()
    width = pdf.epw
    # ---- letterhead, date, addresses
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(30, 50, 110)
    pdf.cell(0, 5, "Local Government & Social Care", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "OMBUDSMAN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, C.long_date(model["date"]), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rec = model["recipient"]
    for block in ([model["delivery"]], [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x],
                  [model["salutation"]]):
        for line in block:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, model["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # ---- body: fpdf2 breaks lines and pages
    for sec in model["sections"]:
        if sec["heading"]:
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(width, 6, sec["heading"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        for p in sec["paragraphs"]:
            lead = next((k for k in C.KEY_AREAS if p.startswith(k + " - ")), None)
            pdf.set_font("DejaVu", "", 10)
            if lead:
                text = f"**{lead}**{p[len(lead):]}"
                pdf.multi_cell(width, 5, text, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(width, 5, p, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    sig = model["signatory"]
    if pdf.will_page_break(5 * (4 + len(sig["roles"]))):
        pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(2)
    pdf.cell(0, 5, C.SIGN_OFF, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5, sig["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for r in sig["roles"]:
        pdf.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
    # ---- statistics panels, stacked, one page
    ps = C.panels(model)
    if ps:
        _panels(pdf, ps)
    # ---- tables
    rr = C.received_rows(model)
    if rr is not None:
        _table(pdf, C.RECEIVED_HEADER, rr, [24, 60, 56, 30], info)
    dr = C.decision_rows(model)
    if dr is not None:
        _table(pdf, C.DECISIONS_HEADER, dr, [17, 24, 25, 15, 20, 29, 21, 19], info)
    data = bytes(pdf.output())
    info["pageCount"] = pdf.page_no()
    return data, info


def _panels(pdf, ps):
    pdf.add_page()
    width = pdf.epw
    for p in ps:
        pdf.set_fill_color(219, 229, 241)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(width, 8, p["title"], fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 10)
        if p["status"] != "reported":
            pdf.multi_cell(width, 5, p["none_text"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
            continue
        big = (p["lead"] + " " if p["lead"] else "") + p["big"]
        pdf.set_font("DejaVu", "B", 20)
        pdf.cell(40, 12, big, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(width, 5, p["text"], new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(width, 5, f"This compares to an average of **{p['average']}%** in similar authorities.",
                       markdown=True, new_x="LMARGIN", new_y="NEXT")
        if p["count"] is not None:
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 16)
            pdf.cell(16, 10, p["count"], border=1, align="C")
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(0, 10, "  " + p["count_label"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.multi_cell(width, 4, p["basis"], new_x="LMARGIN", new_y="NEXT")
        if p["note"]:
            pdf.multi_cell(width, 4, "\u2022 " + p["note"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)


def _table(pdf, header, rows, widths, info):
    """The table from a new page on, cell by cell, no padding; rows split over pages."""
    pdf.set_auto_page_break(False)
    pdf.c_margin = 0
    fs, lead = 7, 3.1                   # points, millimetres
    bottom = pdf.h - MB

    def lines(text, w, style):
        """The cell's text broken greedily into lines of width w (also after '/' or a hyphen
        inside a word, as narrow columns do), no padding."""
        if not text:
            return []
        pdf.set_font("DejaVuC", style, fs)
        out, cur, x = [], "", 0.0
        for atom, _f, space in LY.atoms([(text, style)], slash_breaks=True):
            aw = pdf.get_string_width(atom)
            gap = pdf.get_string_width(" ") if (space and cur) else 0.0
            if cur and x + gap + aw > w:
                out.append(cur)
                cur, x, gap = "", 0.0, 0.0
            cur += (" " if gap else "") + atom
            x += gap + aw
        if cur:
            out.append(cur)
        return out

    def draw_row(cells, y, n, style):
        x = pdf.l_margin
        h = n * lead
        pdf.set_font("DejaVuC", style, fs)
        for w, ls in zip(widths, cells):
            if style == "B":
                pdf.set_fill_color(209, 219, 235)
                pdf.rect(x, y, w, h, style="DF")
            else:
                pdf.rect(x, y, w, h)
            for k, text in enumerate(ls[:n]):
                pdf.set_xy(x, y + k * lead)
                pdf.cell(w, lead, text)
            x += w
        return y + h

    hcells = [lines(h, w, "B") for h, w in zip(header, widths)]
    hn = max(len(c) for c in hcells)

    def new_page():
        pdf.add_page()
        return draw_row(hcells, MT, hn, "B")

    y = new_page()
    for r in rows:
        cells = [lines(t, w, "") for t, w in zip(r, widths)]
        n = max([len(c) for c in cells] + [1])
        while True:
            if y + n * lead <= bottom:
                y = draw_row(cells, y, n, "")
                break
            fit = int((bottom - y) // lead)
            if fit >= 1:
                draw_row(cells, y, fit, "")
                cells = [c[fit:] for c in cells]
                n -= fit
                info["splitRows"] += 1
            y = new_page()
    pdf.set_auto_page_break(True, MB)
    pdf.c_margin = 1

