"""PDF rendering through a Word document: the letter written as a .docx with python-docx
(PyPI 'python-docx') and exported to PDF by LibreOffice Writer (apt-get install
libreoffice-writer-nogui) -- the route of a letter typed in a word processor.

What it does that the HTML route ('pdf-writer') does not, on purpose:
* the tables' rows are tall, their text at the top of the cell: a minimum height ('at least',
  as a template sets it) and empty paragraphs typed after each cell's text; rows MAY split
  over a page break (Word's default), so a row whose text fits at the bottom of a page but
  whose empty paragraphs do not is cut, and its part on the next page -- under the repeated
  header row -- holds no text at all, cell borders only;
* the header row is repeated on every page (Word's 'repeat as header row');
* body paragraphs are Writer's own line and page breaks, with space after each paragraph,
  Liberation Sans (Arial's metrics) as Word's templates have it;
* the statistics panels as a three-column borderless table, one panel a cell.

Not byte-reproducible (Writer stamps dates and IDs); the expected JSON's `source` changes
with every run, never the rest.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import common as C
from .pdf_html import _pdfinfo_pages, _page_count

ROW_MIN_HEIGHT = Cm(1.0)      # a 'tall' row: about three lines of 7.5 pt type
TRAILING_PARAGRAPHS = 2       # empty paragraphs under each data cell's text


def _para(doc_or_cell, text, size=10.5, bold=False, align=None, after=6, before=0, color=None):
    p = doc_or_cell.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(before)
    if align:
        p.alignment = align
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return p


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _cell_text(cell, text, bold=False, size=7.5, trailing=0):
    """The cell's text at its top; `trailing` empty paragraphs after it (the Enter typed after
    a cell's text: the row grows, and a page break may fall between the text and them)."""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    for _ in range(trailing):
        q = cell.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.add_run("").font.size = Pt(size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def letter_docx(model, path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.2)

    _para(doc, "Local Government & Social Care", size=9.5, after=0, color=(26, 51, 112))
    _para(doc, "OMBUDSMAN", size=16, bold=True, after=14, color=(26, 51, 112))
    _para(doc, C.long_date(model["date"]), align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
    _para(doc, model["delivery"], after=10)
    rec = model["recipient"]
    lines = [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x]
    for k, line in enumerate(lines):
        _para(doc, line, after=10 if k == len(lines) - 1 else 0)
    _para(doc, model["salutation"], after=10)
    _para(doc, model["title"], size=13, bold=True, after=8, before=6)
    for section in model["sections"]:
        if section["heading"]:
            _para(doc, section["heading"], size=12, bold=True, after=6, before=8)
        for text in section["paragraphs"]:
            lead = next((k for k in C.KEY_AREAS if text.startswith(k + " - ")), None)
            if lead:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(8)
                p.add_run(lead).font.bold = True
                p.add_run(text[len(lead):])
            else:
                _para(doc, text, after=8)
    sig = model["signatory"]
    _para(doc, C.SIGN_OFF, before=6, after=28)
    _para(doc, sig["name"], bold=True, after=0)
    for r in sig["roles"]:
        _para(doc, r, after=0)

    ps = C.panels(model)
    if ps:
        doc.add_page_break()
        table = doc.add_table(rows=1, cols=len(ps))
        for cell, p in zip(table.rows[0].cells, ps):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            first = cell.paragraphs[0]
            run = first.add_run(p["title"])
            run.font.bold = True
            run.font.size = Pt(10.5)
            first.paragraph_format.space_after = Pt(10)
            _shade(cell, "DBE5F1")
            if p["status"] != "reported":
                _para(cell, p["none_text"], size=9)
                continue
            big = (p["lead"] + " " if p["lead"] else "") + p["big"]
            _para(cell, big, size=22, bold=True, after=6)
            _para(cell, p["text"], size=9)
            q = cell.add_paragraph()
            q.paragraph_format.space_after = Pt(6)
            for text, bold in (("This compares to an average of ", False), (f"{p['average']}%", True),
                               (" in similar authorities.", False)):
                r = q.add_run(text)
                r.font.size = Pt(9)
                r.font.bold = bold
            if p["count"] is not None:
                _para(cell, p["count"], size=18, bold=True, after=2)
                _para(cell, p["count_label"], size=9)
            _para(cell, p["basis"], size=7.5)
            if p["note"]:
                _para(cell, "\u2022 " + p["note"], size=7.5)

    for header, rows, widths in ((C.RECEIVED_HEADER, C.received_rows(model), [2.4, 5.4, 5.0, 2.6]),
                                 (C.DECISIONS_HEADER, C.decision_rows(model),
                                  [1.7, 2.2, 2.2, 1.4, 1.9, 3.2, 1.9, 2.1])):
        if rows is None:
            continue
        doc.add_page_break()
        table = doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.autofit = False
        for column, w in zip(table.columns, widths):
            column.width = Cm(w)          # the grid Writer lays out by
        hrow = table.rows[0]
        _repeat_header(hrow)
        for cell, text, w in zip(hrow.cells, header, widths):
            cell.width = Cm(w)
            _cell_text(cell, text, bold=True)
            _shade(cell, "D1DBEB")
        for values in rows:
            row = table.add_row()
            row.height = ROW_MIN_HEIGHT
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for cell, text, w in zip(row.cells, values, widths):
                cell.width = Cm(w)
                _cell_text(cell, text, trailing=TRAILING_PARAGRAPHS)
    doc.save(path)


def render_pdf(model):
    """(pdf bytes, info) through a .docx and LibreOffice Writer."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise RuntimeError("pdf-docx needs LibreOffice (apt-get install libreoffice-writer-nogui)")
    tmp = tempfile.mkdtemp(prefix="lettergen-docx-")
    try:
        src = os.path.join(tmp, "letter.docx")
        letter_docx(model, src)
        subprocess.run([exe, f"-env:UserInstallation=file://{os.path.join(tmp, 'profile')}", "--headless",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
                       check=True, capture_output=True, timeout=180)
        pdf = os.path.join(tmp, "letter.pdf")
        with open(pdf, "rb") as f:
            data = f.read()
        return data, {"pageCount": _pdfinfo_pages(pdf) or _page_count(data), "splitRows": None}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
