#!/usr/bin/env python3
"""Make the small test PDFs for Tests/PopplerTextTests in Samples/fixtures/poppler/.

Needs: reportlab (pip install reportlab, which brings Pillow) and qpdf (apt).
Run from anywhere:  python3 scripts/make-poppler-fixtures.py
Output is deterministic (reportlab invariant mode), so re-running gives the same
bytes except for the encrypted file, whose salt and /ID are random.
"""
import os
import random
import subprocess
import sys
import textwrap

from reportlab import rl_config

rl_config.invariant = 1  # fixed IDs and dates: reproducible bytes
rl_config.pageCompression = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Samples", "fixtures", "poppler")
W, H = A4


def path(name):
    return os.path.join(OUT, name)


def basic():
    """One page: a bold heading, body text, WinAnsi non-ASCII, a small table."""
    c = canvas.Canvas(path("basic.pdf"), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, H - 72, "Annual Review letter 2020")
    c.setFont("Helvetica", 11)
    c.drawString(72, H - 100, "Dear Mr Bowen")
    c.drawString(72, H - 116, "Caf\u00e9 costs \u00a35 \u2013 \u201cquoted\u201d text.")
    # a three-column table with ruling lines
    c.setFont("Helvetica-Bold", 10)
    y = H - 160
    cols = [72, 172, 372]
    for x, t in zip(cols, ["Reference", "Category", "Received"]):
        c.drawString(x, y, t)
    c.setFont("Helvetica", 10)
    rows = [["19000565", "Planning & Development", "10 Apr 2019"],
            ["19004515", "Benefits & Tax", "19 Jun 2019"]]
    for r in rows:
        y -= 16
        for x, t in zip(cols, r):
            c.drawString(x, y, t)
    c.setLineWidth(0.5)
    c.line(70, H - 164, 470, H - 164)
    c.showPage()
    c.save()


def unicode_page():
    """Embedded TrueType subset: ligature, combining accent, astral character."""
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(path("unicode.pdf"), pagesize=A4)
    c.setFont("DejaVu", 12)
    c.drawString(72, H - 72, "\ufb01ne cafe\u0301 na\u00efve")
    c.drawString(72, H - 92, "\u03a9 \u2192 \U0001d538 \u00bd")
    c.showPage()
    c.save()


def multipage():
    """A four-page letter-like document (body paragraphs, then a table)."""
    src = os.path.join(ROOT, "Samples", "000_530d96cbad46cbd9.txt")
    paras = []
    with open(src, encoding="utf-8") as f:
        for line in f.read().split("\n\n"):
            line = line.replace("*", "").replace("#", "").strip()
            if line and "\t" not in line:
                paras.append(" ".join(line.split()))
    c = canvas.Canvas(path("multipage.pdf"), pagesize=A4)
    y = H - 72
    page = 1

    def new_page():
        nonlocal y, page
        c.setFont("Helvetica", 8)
        c.drawString(W / 2, 40, str(page))
        c.showPage()
        page += 1
        y = H - 72

    for p in paras:
        for line in textwrap.wrap(p, 95):
            if y < 80:
                new_page()
            c.setFont("Helvetica", 10)
            c.drawString(72, y, line)
            y -= 13
        y -= 8
    new_page()
    for n in range(40):
        if y < 80:
            new_page()
        c.setFont("Helvetica", 9)
        c.drawString(60, y, "%08d" % (19000000 + n * 137))
        c.drawString(130, y, "Chesterfield Borough Council")
        c.drawString(290, y, "Planning & Development")
        c.drawString(430, y, "%02d/%02d/19" % (1 + n % 28, 1 + n % 12))
        y -= 14
    new_page()
    c.save()


def fake_bold():
    """Fake bold two ways: a whole line drawn twice 0.3 pt apart, and each
    character drawn twice in place (character by character)."""
    c = canvas.Canvas(path("fakebold.pdf"), pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, H - 72, "Plain line")
    c.drawString(72, H - 100, "Complaints upheld")
    c.drawString(72.3, H - 100, "Complaints upheld")
    x = 72.0
    for ch in "Remedy":
        c.drawString(x, H - 128, ch)
        c.drawString(x + 0.3, H - 128, ch)
        x += pdfmetrics.stringWidth(ch, "Helvetica", 12)
    c.drawString(72, H - 156, "Tall balloon")  # real doubled letters: ll, oo
    c.showPage()
    c.save()


def image_only():
    """One page holding only a small raster image, no text."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(7)
    img = Image.new("L", (16, 16))
    img.putdata([rnd.randrange(256) for _ in range(256)])
    c = canvas.Canvas(path("image-only.pdf"), pagesize=A4)
    c.drawImage(ImageReader(img), 72, H - 272, 200, 200)
    c.showPage()
    c.save()


def blank():
    """One empty page."""
    c = canvas.Canvas(path("blank.pdf"), pagesize=(300, 200))
    c.showPage()
    c.save()


def write_raw_pdf(name, objs):
    """Writes objects 1..n with a correct xref table; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(path(name), "wb") as f:
        f.write(out)


def zero_pages():
    """A well-formed PDF whose page tree has no pages (written by hand)."""
    write_raw_pdf("zero-pages.pdf", [b"<< /Type /Catalog /Pages 2 0 R >>",
                                     b"<< /Type /Pages /Kids [] /Count 0 >>"])


def bad_tounicode():
    """Helvetica with a ToUnicode map that sends 'A' to U+0000 and 'C' to a lone
    surrogate (U+D800), as broken producers do (written by hand)."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Broken def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"3 beginbfchar <41> <0000> <42> <0042> <43> <D800> endbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
    content = (b"BT /F1 24 Tf 72 700 Td (xAByACz) Tj ET\n"
               b"BT /F1 24 Tf 72 650 Td (second line) Tj ET\n")
    write_raw_pdf("bad-tounicode.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ])


def truncated():
    """The first half of basic.pdf's bytes."""
    with open(path("basic.pdf"), "rb") as f:
        data = f.read()
    with open(path("truncated.pdf"), "wb") as f:
        f.write(data[: len(data) // 2])


def encrypted():
    """basic.pdf with a user password ("user") and AES-256, made by qpdf."""
    subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--",
                    path("basic.pdf"), path("encrypted.pdf")], check=True)


def rotated():
    """basic.pdf with /Rotate 90 on its page, made by qpdf."""
    subprocess.run(["qpdf", "--deterministic-id", "--rotate=+90", "--", path("basic.pdf"), path("rotated.pdf")], check=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    basic()
    unicode_page()
    multipage()
    fake_bold()
    image_only()
    blank()
    zero_pages()
    bad_tounicode()
    truncated()
    encrypted()
    rotated()
    for name in sorted(os.listdir(OUT)):
        print("%7d  %s" % (os.path.getsize(path(name)), name), file=sys.stderr)


if __name__ == "__main__":
    main()
