"""PDF rendering through an HTML page: the letter as a styled HTML document (flowing
paragraphs, the three statistics panels side by side in a CSS grid, the two tables as real
<table> elements with a repeated header), printed by a browser engine or an office suite.

Producers:
  * 'pdf-chromium' -- headless Chromium's print to PDF (Skia: subset TrueType fonts,
    glyphs placed one run at a time, no space characters between words);
  * 'pdf-writer'   -- LibreOffice Writer's HTML import and PDF export (the office route
    the real letters take, with its own line breaking and table layout);
  * 'pdf-weasyprint' -- WeasyPrint (PyPI 'weasyprint'; pango line breaking, pydyf output,
    CSS paged media: the header repeated, fonts subset as CFF);
  * 'pdf-wkhtmltopdf' -- wkhtmltopdf (Debian 'wkhtmltopdf'; Qt WebKit, which ignores
    `page-break-inside: avoid` on rows and cuts a row at the page edge wherever it falls).

Neither producer is deterministic byte for byte (dates, IDs), and page breaks are chosen by
the engine, not by us: expected JSON is still exact, because nothing in the model depends on
where the pages fall except `source.pageCount`, which is read back from the PDF.
"""
import html
import os
import shutil
import subprocess
import tempfile

from . import common as C

CSS = """
@page { size: A4; margin: 22mm 22mm 24mm 22mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.35; color: #000; text-align: ALIGN; }
.logo { color: #1a3370; font-size: 9.5pt; }
.logo b { font-size: 15pt; }
.date { text-align: right; margin: 18pt 0 14pt; }
.block p { margin: 0; }
.block { margin-bottom: 10pt; }
h1 { font-size: 13pt; margin: 14pt 0 8pt; }
h2 { font-size: 12pt; margin: 14pt 0 6pt; }
p { margin: 0 0 8pt; }
.sign { margin-top: 14pt; page-break-inside: avoid; }
.sign .name { margin-top: 28pt; font-weight: bold; }
.panels { page-break-before: always; display: grid; grid-template-columns: 1fr 1fr 1fr;
          column-gap: 16pt; font-size: 9pt; }
.panel h3 { font-size: 10.5pt; background: #dbe5f1; padding: 4pt; margin: 0 0 10pt;
            min-height: 30pt; }
.big { font-size: 24pt; font-weight: bold; border: 0.7pt solid #000; text-align: center;
       padding: 6pt; margin-bottom: 8pt; }
.big small { font-size: 10pt; font-weight: normal; }
.count { font-size: 20pt; font-weight: bold; border: 0.7pt solid #000; width: 40pt;
         text-align: center; margin: 10pt 0 4pt; }
.basis, .note { font-size: 7.5pt; }
table { page-break-before: always; border-collapse: collapse; font-family: 'Liberation Sans',
        Arial, sans-serif; font-size: 7pt; width: 100%; }
thead { display: table-header-group; }
th { background: #d1dbeb; text-align: left; }
th, td { border: 0.4pt solid #000; padding: 2pt 3pt; vertical-align: VALIGN; }
tr { page-break-inside: avoid; }
"""


def _e(s):
    return html.escape(s, quote=False)


def letter_html(model, cells_valign="top", justify=False):
    """The letter as one HTML document (str); table cells set `cells_valign` (top, middle)
    down their rows, paragraphs justified or ragged."""
    css = CSS.replace("VALIGN", cells_valign).replace("ALIGN", "justify" if justify else "left")
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'>",
           f"<title>{_e(model['title'])}</title><style>{css}</style></head><body>"]
    out.append("<div class='logo'>Local Government &amp; Social Care <b>OMBUDSMAN</b></div>")
    out.append(f"<div class='date'>{_e(C.long_date(model['date']))}</div>")
    rec = model["recipient"]
    out.append(f"<div class='block'><p>{_e(model['delivery'])}</p></div>")
    lines = [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x]
    out.append("<div class='block'>" + "".join(f"<p>{_e(x)}</p>" for x in lines) + "</div>")
    out.append(f"<div class='block'><p>{_e(model['salutation'])}</p></div>")
    out.append(f"<h1>{_e(model['title'])}</h1>")
    for sec in model["sections"]:
        if sec["heading"]:
            out.append(f"<h2>{_e(sec['heading'])}</h2>")
        for p in sec["paragraphs"]:
            lead = next((k for k in C.KEY_AREAS if p.startswith(k + " - ")), None)
            if lead:
                out.append(f"<p><b>{_e(lead)}</b>{_e(p[len(lead):])}</p>")
            else:
                out.append(f"<p>{_e(p)}</p>")
    sig = model["signatory"]
    out.append(f"<div class='sign'><p>{C.SIGN_OFF}</p><p class='name'>{_e(sig['name'])}</p>"
               + "".join(f"<p>{_e(r)}</p>" for r in sig["roles"]) + "</div>")

    ps = C.panels(model)
    if ps:
        out.append("<div class='panels'>")
        for p in ps:
            out.append(f"<div class='panel'><h3>{_e(p['title'])}</h3>")
            if p["status"] != "reported":
                out.append(f"<p>{_e(p['none_text'])}</p></div>")
                continue
            lead = f"<small>{_e(p['lead'])} </small>" if p["lead"] else ""
            out.append(f"<div class='big'>{lead}{_e(p['big'])}</div>")
            out.append(f"<p>{_e(p['text'])}</p>")
            out.append(f"<p>This compares to an average of <b>{p['average']}%</b> in similar authorities.</p>")
            if p["count"] is not None:
                out.append(f"<div class='count'>{_e(p['count'])}</div><p>{_e(p['count_label'])}</p>")
            out.append(f"<p class='basis'>{_e(p['basis'])}</p>")
            if p["note"]:
                out.append(f"<p class='note'>&bull; {_e(p['note'])}</p>")
            out.append("</div>")
        out.append("</div>")
    for header, rows in ((C.RECEIVED_HEADER, C.received_rows(model)),
                         (C.DECISIONS_HEADER, C.decision_rows(model))):
        if rows is None:
            continue
        out.append("<table width='100%' border='1' cellspacing='0' cellpadding='2'><thead><tr>" + "".join(f"<th><font size='1'>{_e(h)}</font></th>" for h in header) + "</tr></thead><tbody>")
        for r in rows:
            out.append("<tr>" + "".join(f"<td><font size='1'>{_e(c)}</font></td>" for c in r) + "</tr>")
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


def _page_count(data):
    import re
    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    if not counts:
        counts = [int(m) for m in re.findall(rb"/Count\s+(\d+)", data)]
    return max(counts) if counts else None


def _pdfinfo_pages(path):
    try:
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def render_pdf(model, producer, cells_valign="top", justify=False):
    """(pdf bytes, info) from 'chromium' or 'writer'; see `letter_html` for the options."""
    tmp = tempfile.mkdtemp(prefix="lettergen-html-")
    try:
        src = os.path.join(tmp, "letter.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(letter_html(model, cells_valign, justify))
        pdf = os.path.join(tmp, "letter.pdf")
        if producer == "chromium":
            exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
            if not exe:
                raise RuntimeError("pdf-chromium needs chromium (apt-get install chromium)")
            subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--user-data-dir={os.path.join(tmp, 'profile')}",
                            f"--print-to-pdf={pdf}", "file://" + src],
                           check=True, capture_output=True, timeout=120)
        elif producer == "writer":
            exe = shutil.which("soffice") or shutil.which("libreoffice")
            if not exe:
                raise RuntimeError("pdf-writer needs LibreOffice (apt-get install libreoffice-writer-nogui)")
            subprocess.run([exe, f"-env:UserInstallation=file://{os.path.join(tmp, 'profile')}", "--headless",
                            "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                            "--outdir", tmp, src],
                           check=True, capture_output=True, timeout=180)
        elif producer == "weasyprint":
            try:
                import weasyprint
            except ImportError as e:
                raise RuntimeError("pdf-weasyprint needs weasyprint (pip install weasyprint)") from e
            weasyprint.HTML(filename=src).write_pdf(pdf)
        elif producer == "wkhtmltopdf":
            exe = shutil.which("wkhtmltopdf")
            if not exe:
                raise RuntimeError("pdf-wkhtmltopdf needs wkhtmltopdf (apt-get install wkhtmltopdf)")
            # WebKit knows no @page margins: the same ones as options
            subprocess.run([exe, "--quiet", "--enable-local-file-access", "--page-size", "A4",
                            "-T", "22mm", "-B", "24mm", "-L", "22mm", "-R", "22mm", src, pdf],
                           check=True, capture_output=True, timeout=120)
        elif producer == "mupdf":
            try:
                import pymupdf
            except ImportError as e:
                raise RuntimeError("pdf-mupdf needs pymupdf (pip install pymupdf)") from e
            # MuPDF's own HTML layout (Story), an A4 page with the @page margins as a rectangle
            with open(src, encoding="utf-8") as f:
                story = pymupdf.Story(html=f.read())
            page = pymupdf.paper_rect("a4")
            where = page + (62, 62, -62, -68)
            writer = pymupdf.DocumentWriter(pdf)
            more = True
            while more:
                device = writer.begin_page(page)
                more, _ = story.place(where)
                story.draw(device)
                writer.end_page()
            writer.close()
        else:
            raise ValueError(producer)
        with open(pdf, "rb") as f:
            data = f.read()
        pages = _pdfinfo_pages(pdf) or _page_count(data)
        return data, {"pageCount": pages, "splitRows": 0}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
