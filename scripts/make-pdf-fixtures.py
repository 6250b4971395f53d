#!/usr/bin/env python3
"""Make the PDF fixtures for Tests/PDFTests in Samples/fixtures/pdf/.

    python3 scripts/make-pdf-fixtures.py

Needs reportlab (pip install reportlab) and qpdf (apt) for the encrypted file.

1. Letters in a layout of our own, unlike both producers of scripts/lettergen, so the PDF
   path is tested on a third one: Times body text, justified, paragraphs with a first-line
   indent, page breaks wherever a page is full (also before a capital), a running header on
   later pages and "Page N of M" footers, a letterhead in two columns, statistics panels with
   the big number vertically centred beside several lines of text, tables whose header cells
   are centred (across and down) and painted twice (fake bold), the received table with its
   header repeated on each page, the decisions table WITHOUT a repeated header, and tall rows
   split across a page break.  Each NAME.pdf has NAME.json beside it: the letter's model
   (taken from an expected JSON already in Samples/) with `source` filled in.
2. The same letters printed by Chromium from the HTML page of lettergen/pdf_html.py (when
   chromium is installed): justified paragraphs, panels side by side, table headers repeated
   by <thead>, and in one of them table cells centred down (vertical-align: middle).
3. Bad PDFs: encrypted, truncated, flipped bytes, zero pages, image only, not a letter.

Deterministic (reportlab invariant mode) except the encrypted file (random salt).
"""
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zlib

from reportlab import rl_config

rl_config.invariant = 1
rl_config.pageCompression = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "Samples", "fixtures", "pdf")
sys.path.insert(0, HERE)

from lettergen import common as C  # noqa: E402  (wording of panels and table cells)
from lettergen import layout as LY  # noqa: E402  (rows split over page breaks)

W, H = A4
ML, MR, MT, MB = 72, 72, 70, 72
TEXT_W = W - ML - MR
BODY, BODY_B, HEAD = ("Times-Roman", 11), ("Times-Bold", 11), ("Times-Bold", 12)


def width(text, font):
    return stringWidth(text, font[0], font[1])


def canonical(value):
    return (json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


class Pages:
    """Collects drawing operations per page, then draws them with 'Page N of M' footers."""

    def __init__(self, title, running_head):
        self.pages = [[]]
        self.title = title
        self.running_head = running_head

    def op(self, *args):
        self.pages[-1].append(args)

    def text(self, x, y, s, font, gray=0.0):
        self.op("text", x, y, s, font, gray)

    def rect(self, x, y, w, h, fill=None, lw=0.5):
        self.op("rect", x, y, w, h, fill, lw)

    def new_page(self):
        self.pages.append([])

    def render(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
        c.setTitle(self.title)
        c.setCreator("make-pdf-fixtures")
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            if i > 0:  # running header with a rule under it
                f = ("Times-Italic", 8)
                c.setFillGray(0.35)
                c.setFont(*f)
                c.drawString(ML, H - 40, self.running_head)
                c.setLineWidth(0.3)
                c.line(ML, H - 44, W - MR, H - 44)
            f = ("Times-Roman", 8)
            s = f"Page {i + 1} of {n}"
            c.setFillGray(0.35)
            c.setFont(*f)
            c.drawString(W - MR - width(s, f), 40, s)
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, font, gray = op
                    c.setFillGray(gray)
                    c.setFont(*font)
                    c.drawString(x, H - y, s)
                else:
                    _, x, y, w, h, fill, lw = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                        c.rect(x, H - y - h, w, h, stroke=0, fill=1)
                    else:
                        c.setStrokeGray(0.3)
                        c.rect(x, H - y - h, w, h, stroke=1, fill=0)
            c.showPage()
        c.save()
        return buf.getvalue()


def words_of(runs):
    out = []
    for text, font in runs:
        for w in text.split():
            out.append((w, font))
    return out


def wrap(words, max_w, first_indent=0.0):
    lines, cur, x = [], [], 0.0
    limit = max_w - first_indent
    for w, f in words:
        ww = width(w, f)
        gap = width(" ", f) if cur else 0.0
        if cur and x + gap + ww > limit:
            lines.append(cur)
            cur, x, limit = [], 0.0, max_w
            gap = 0.0
        cur.append((w, f))
        x += gap + ww
    if cur:
        lines.append(cur)
    return lines


def draw_justified(p, line, x, y, max_w, last):
    natural = sum(width(w, f) for w, f in line) + sum(width(" ", f) for _, f in line[1:])
    extra = 0.0 if last or len(line) < 2 else (max_w - natural) / (len(line) - 1)
    cx = x
    for w, f in line:
        p.text(cx, y, w, f)
        cx += width(w, f) + width(" ", f) + extra


def runs_for(paragraph):
    for k in C.KEY_AREAS:
        if paragraph.startswith(k + " - "):
            return [(k, BODY_B), (paragraph[len(k):], BODY)]
    return [(paragraph, BODY)]


def letter_pages(model, shift=0):
    """The pages of a letter; `shift` moves the body down, to choose where pages break.
    Also returns the first words of lines that open a page in the middle of a paragraph."""
    rec = model["recipient"]
    p = Pages(model["title"], f"{model['authority']} \u2013 {model['title']}")
    p.splits = []
    # letterhead: logo on the left, the Ombudsman's address on the right, side by side
    for k, (s, f) in enumerate([("Local Government &", ("Helvetica-Bold", 12)),
                                ("Social Care", ("Helvetica-Bold", 12)),
                                ("OMBUDSMAN", ("Helvetica-Bold", 16))]):
        p.text(ML, 50 + 15 * k, s, f, 0.15)
    for k, s in enumerate(["PO Box 4771", "Coventry", "CV4 0EH"]):
        f = ("Times-Roman", 9)
        p.text(W - MR - width(s, f), 48 + 11 * k, s, f, 0.3)
    date = C.long_date(model["date"])
    p.text(W - MR - width(date, BODY), 122, date, BODY)
    y = 150
    p.text(ML, y, model["delivery"], BODY)
    y += 22
    for s in [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x]:
        p.text(ML, y, s, BODY)
        y += 14
    y += 10
    p.text(ML, y, model["salutation"], BODY)
    y += 28
    p.text(ML, y, model["title"], ("Times-Bold", 14))
    y += 24 + shift

    bottom = H - MB
    top = MT + 10

    def room(h):
        nonlocal y
        if y + h > bottom:
            p.new_page()
            y = top

    for sec in model["sections"]:
        if sec["heading"]:
            room(14 + 20)
            y += 8
            p.text(ML, y, sec["heading"], HEAD)
            y += 18
        for para in sec["paragraphs"]:
            lines = wrap(words_of(runs_for(para)), TEXT_W, first_indent=18)
            for k, ln in enumerate(lines):
                before = len(p.pages)
                room(14)
                if k > 0 and len(p.pages) > before:
                    p.splits.append(ln[0][0])
                x = ML + (18 if k == 0 else 0)
                draw_justified(p, ln, x, y, TEXT_W - (18 if k == 0 else 0), k == len(lines) - 1)
                y += 14
            y += 6
    sig = model["signatory"]
    room(14 * (3 + len(sig["roles"])) + 30)
    y += 8
    p.text(ML, y, C.SIGN_OFF, BODY)
    y += 44
    p.text(ML, y, sig["name"], BODY_B)
    for r in sig["roles"]:
        y += 14
        p.text(ML, y, r, BODY)

    panels = C.panels(model)
    if panels:
        p.new_page()
        stats_page(p, panels)
    rr = C.received_rows(model)
    if rr is not None:
        p.new_page()
        table(p, C.RECEIVED_HEADER, rr, [64, 150, 150, 70], repeat_header=True)
    dr = C.decision_rows(model)
    if dr is not None:
        p.new_page()
        table(p, C.DECISIONS_HEADER, dr, [50, 66, 70, 42, 62, 76, 70, 70], left=40, repeat_header=False)
    return p


def stats_page(p, panels):
    y = MT + 10
    small = ("Times-Roman", 9)
    for pn in panels:
        p.rect(ML, y, TEXT_W, 20, fill=0.9)
        p.text(ML + 6, y + 14, pn["title"], ("Helvetica-Bold", 11))
        y += 32
        if pn["status"] != "reported":
            for ln in wrap(words_of([(pn["none_text"], BODY)]), TEXT_W - 12):
                p.text(ML + 6, y + 10, " ".join(w for w, _ in ln), BODY)
                y += 14
            y += 16
            continue
        # the big figure on the left, vertically centred on the text beside it
        text_x = ML + 130
        lines = wrap(words_of([(pn["text"], BODY)]), 200)
        block_h = 14 * len(lines)
        big = ("Helvetica-Bold", 28)
        mid = y + block_h / 2
        bx = ML + 10
        if pn["lead"]:
            p.text(bx, mid + 10, pn["lead"], BODY)
            bx += width(pn["lead"] + " ", BODY)
        p.text(bx, mid + 10, pn["big"], big)
        for k, ln in enumerate(lines):
            p.text(text_x, y + 10 + 14 * k, " ".join(w for w, _ in ln), BODY)
        y += max(block_h, 34) + 8
        avg = [("This compares to an average of", BODY), (f"{pn['average']}%", BODY_B),
               ("in similar authorities.", BODY)]
        for ln in wrap(words_of(avg), TEXT_W - 12):
            x = ML + 6
            for w, f in ln:
                p.text(x, y + 10, w, f)
                x += width(w + " ", f)
            y += 14
        y += 6
        if pn["count"] is not None:
            # the count in a box, its label beside it on a lower baseline
            p.rect(ML + 6, y, 40, 30)
            cf = ("Helvetica-Bold", 20)
            p.text(ML + 6 + (40 - width(pn["count"], cf)) / 2, y + 22, pn["count"], cf)
            p.text(ML + 58, y + 26, pn["count_label"], BODY)
            y += 40
        for ln in wrap(words_of([(pn["basis"], small)]), TEXT_W - 12):
            p.text(ML + 6, y + 9, " ".join(w for w, _ in ln), small)
            y += 11
        if pn["note"]:
            y += 4
            p.text(ML + 8, y + 9, "\u2022", small)
            for ln in wrap(words_of([(pn["note"], small)]), TEXT_W - 30):
                p.text(ML + 20, y + 9, " ".join(w for w, _ in ln), small)
                y += 11
        y += 18


def table(p, header, rows, widths, left=ML, repeat_header=True):
    fs, lead, pad = 8, 9.6, 3.5
    reg, bold = ("Helvetica", fs), ("Helvetica-Bold", fs)
    top, bottom = MT + 6, H - MB + 8

    def cell_lines(text, w, f):
        if not text:
            return []
        atoms = []
        for word in text.split():
            pieces = word.split("/")
            for k, piece in enumerate(pieces):
                s = piece + ("/" if k < len(pieces) - 1 else "")
                if s:
                    atoms.append((s, f, k == 0))
        lines, cur, x = [], [], 0.0
        for s, font, space_before in atoms:
            ww = width(s, font)
            gap = width(" ", font) if (cur and space_before) else 0.0
            if cur and x + gap + ww > w - 2 * pad:
                lines.append(cur)
                cur, x, gap = [], 0.0, 0.0
            cur.append((s, x + gap))
            x += gap + ww
        if cur:
            lines.append(cur)
        return lines

    hcells = [cell_lines(h, w, bold) for h, w in zip(header, widths)]
    hn = max(len(c) for c in hcells)

    def draw_header(y):
        h = hn * lead + 2 * pad
        p.rect(left, y, sum(widths), h, fill=0.85)
        x = left
        for w, lines in zip(widths, hcells):
            p.rect(x, y, w, h)
            off = (hn - len(lines)) * lead / 2  # centred down the cell
            for k, ln in enumerate(lines):
                lw = ln[-1][1] + width(ln[-1][0], bold)
                cx = x + (w - lw) / 2  # and across
                for s, dx in ln:
                    for shift in (0.0, 0.25):  # painted twice: fake bold
                        p.text(cx + dx + shift, y + pad + off + (k + 1) * lead - 2.2, s, bold)
            x += w
        return y + h

    def draw_row(cells, y, n):
        h = n * lead + 2 * pad
        x = left
        for w, lines in zip(widths, cells):
            p.rect(x, y, w, h)
            for k, ln in enumerate(lines[:n]):
                for s, dx in ln:
                    p.text(x + pad + dx, y + pad + (k + 1) * lead - 2.2, s, reg)
            x += w
        return y + h

    def next_page():
        p.new_page()
        return draw_header(top) if repeat_header else top

    LY.flow_rows(([cell_lines(t, w, reg) for t, w in zip(r, widths)] for r in rows), draw_header(top), bottom,
                 lead, pad, draw_row, next_page)


# ---------------------------------------------------------------- Chromium (Skia) producer
def chromium_fixture(model_path, name, cells_valign):
    """The letter as an HTML page (lettergen/pdf_html.py: flowing paragraphs, here justified;
    the panels side by side; tables with a <thead> that Chromium repeats on every page; cells
    set `cells_valign` down their rows), printed by Chromium."""
    from lettergen.pdf_html import render_pdf as render_html_pdf
    with open(os.path.join(ROOT, model_path), encoding="utf-8") as f:
        model = json.load(f)
    model.pop("source", None)
    try:
        data, _ = render_html_pdf(model, "chromium", cells_valign=cells_valign, justify=True)
    except RuntimeError as error:
        print(f"{name}: {error}; kept as it is")
        return
    write(name + ".pdf", data)
    pages = page_count(os.path.join(OUT, name + ".pdf"), data)
    expected = dict(model)
    expected["source"] = {"name": name + ".pdf", "format": "pdf", "pageCount": pages,
                          "sha256": hashlib.sha256(data).hexdigest()}
    write(name + ".json", canonical(expected))


def page_count(path, data):
    """pdfinfo's page count; without poppler-utils, the largest /Count (the page tree's root)."""
    try:
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    except (OSError, subprocess.CalledProcessError, AttributeError):
        return max(int(n) for n in re.findall(rb"/Count\s+(\d+)", data))


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def letter_fixture(model_path, name, split_before_capital=False):
    with open(os.path.join(ROOT, model_path), encoding="utf-8") as f:
        model = json.load(f)
    pages = letter_pages(model)
    if split_before_capital:  # move the body down until a page breaks a paragraph before a capital
        for shift in range(0, 300, 7):
            pages = letter_pages(model, shift)
            if any(w[:1].isupper() for w in pages.splits):
                break
        else:
            raise SystemExit(f"{name}: no page break before a capital")
    data = pages.render()
    write(name + ".pdf", data)
    expected = dict(model)
    expected["source"] = {"name": name + ".pdf", "format": "pdf", "pageCount": len(pages.pages),
                          "sha256": hashlib.sha256(data).hexdigest()}
    write(name + ".json", canonical(expected))
    return data


def simple_pdf(pages_text):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for lines in pages_text:
        c.setFont("Helvetica", 11)
        for k, s in enumerate(lines):
            c.drawString(72, H - 72 - 16 * k, s)
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf():
    """One page holding only an image (a flate-compressed grey square), no text at all."""
    pixels = bytes((x ^ y) & 0xFF for y in range(64) for x in range(64))
    stream = zlib.compress(pixels)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length "
        + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    content = b"q 400 0 0 400 97 221 cm /Im1 Do Q"
    objs.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
    return assemble(objs)


def zero_pages_pdf():
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def assemble(objs):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    seed = letter_fixture("Samples/000_530d96cbad46cbd9.json", "times-000-chesterfield")
    letter_fixture("Samples/generated/g02-cornwall-2022.plain.json", "times-g02-cornwall")
    letter_fixture("Samples/generated/g04-durham-2019.plain.json", "times-g04-durham")
    letter_fixture("Samples/generated/g01-hackney-2021.plain.json", "times-g01-hackney-capital-split",
                   split_before_capital=True)
    chromium_fixture("Samples/000_530d96cbad46cbd9.json", "chromium-000-chesterfield", "top")
    chromium_fixture("Samples/generated/g02-cornwall-2022.plain.json", "chromium-g02-cornwall-centred-cells", "middle")

    # bad inputs
    write("bad-truncated.pdf", seed[: len(seed) * 45 // 100])
    flipped = bytearray(seed)
    for i in range(16, len(flipped), 61):
        flipped[i] ^= 0xFF
    write("bad-flipped.pdf", bytes(flipped))
    write("bad-zero-pages.pdf", zero_pages_pdf())
    write("bad-image-only.pdf", image_only_pdf())
    write("bad-not-a-letter.pdf", simple_pdf([[
        "INVOICE 2291", "Acme Stationery Ltd", "12 reams of paper  GBP 54.00",
        "Payment due within 30 days.", "Thank you for your custom."]]))
    plain = write("bad-plain-for-encryption.pdf", seed)
    enc = os.path.join(OUT, "bad-encrypted.pdf")
    subprocess.run(["qpdf", "--encrypt", "u", "o", "256", "--", plain, enc], check=True)
    os.remove(plain)


if __name__ == "__main__":
    main()
