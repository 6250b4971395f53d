"""lettergen: render an Annual Review letter MODEL (SPEC.md's JSON) into realistic
renderings -- text in the seeds' styles, and PDFs from two producers -- so that
test letters come with their correct output known by construction.

    render(model, style) -> bytes
    render_info(model, style) -> (bytes, info)   # info: pageCount, splitRows, ...
"""
from . import common
from .common import canonical_json, with_source

TEXT_STYLES = ["plain", "markdown", "html", "wrapped", "crlf"]
PDF_STYLES = ["pdf-reportlab", "pdf-cairo", "pdf-fpdf"]
# Through an HTML page (or a .docx) and a browser engine or office suite: not
# byte-reproducible.
HTML_ENGINES = ["pdf-chromium", "pdf-writer", "pdf-weasyprint", "pdf-wkhtmltopdf"]
ENGINE_STYLES = HTML_ENGINES + ["pdf-docx"]
STYLES = TEXT_STYLES + PDF_STYLES + ENGINE_STYLES
# Producers kept out of the developers' tuning, made only for a held-out measurement
# (make-holdout-letters --producers typst,mupdf): not in STYLES, so that make-corpus and
# make-samples never draw them. pdf-mupdf: the letter's HTML page laid out by MuPDF's own
# HTML engine (pymupdf's Story), added in session 20 and measured once, never tuned on.
HELDOUT_STYLES = ["pdf-typst", "pdf-mupdf"]
EXTENSIONS = {"plain": "txt", "markdown": "md", "html": "html", "wrapped": "txt",
              "crlf": "txt", "pdf-reportlab": "pdf", "pdf-cairo": "pdf",
              "pdf-fpdf": "pdf", "pdf-typst": "pdf", "pdf-mupdf": "pdf", **{style: "pdf" for style in ENGINE_STYLES}}


def render_info(model, style):
    if style in TEXT_STYLES:
        from .textstyles import render_text
        return render_text(model, style), {"pageCount": None, "format": "text"}
    if style == "pdf-reportlab":
        from .pdf_reportlab import render_pdf
    elif style == "pdf-cairo":
        from .pdf_cairo import render_pdf
    elif style == "pdf-fpdf":
        from .pdf_fpdf import render_pdf
    elif style == "pdf-typst":
        from .pdf_typst import render_pdf
    elif style == "pdf-docx":
        from .pdf_docx import render_pdf as render_docx_pdf
        data, info = render_docx_pdf(model)
        info["format"] = "pdf"
        return data, info
    elif style in HTML_ENGINES or style == "pdf-mupdf":
        from .pdf_html import render_pdf as render_html_pdf
        data, info = render_html_pdf(model, style[len("pdf-"):])
        info["format"] = "pdf"
        return data, info
    else:
        raise ValueError(f"unknown style {style!r}; one of {STYLES}")
    data, info = render_pdf(model)
    info["format"] = "pdf"
    return data, info


def render(model, style):
    return render_info(model, style)[0]


def expected(model, name, data, info):
    """The expected JSON value for a rendering written under `name`."""
    return with_source(model, name, info["format"], data, info.get("pageCount"))


def write_pair(model, style, directory, stem):
    """Render, write DIR/STEM.<style>.<ext> and DIR/STEM.<style>.json; return (path, info)."""
    import os
    data, info = render_info(model, style)
    name = f"{stem}.{style}.{EXTENSIONS[style]}"
    path = os.path.join(directory, name)
    _atomic_write(path, data)
    _atomic_write(os.path.join(directory, f"{stem}.{style}.json"),
                  canonical_json(expected(model, name, data, info)))
    return path, info


def _atomic_write(path, data):
    import os
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
