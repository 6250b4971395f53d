"""PDF rendering with Typst (PyPI 'typst': the Typst compiler run in-process; the PDF says
Creator 'Typst 0.15.1' for typst 0.15.2), the way someone who writes letters in Typst
markup would set one: a template, the letter's text poured in, and Typst deciding every
line and page break.

What it does that the other producers do not, on purpose:
* the whole letter is set in Typst's own default face, Libertinus Serif (bundled with
  Typst, embedded as CID-keyed CFF subsets): a SERIF letter, with f-ligatures (fi, ff,
  ffi, fl) in the body text and the tables; a tagged PDF (structure tree, PDF outline
  from the headings);
* body paragraphs are justified by Typst's optimising (Knuth-Plass) line breaker, without
  hyphenation but free to break after a hard hyphen ('well-' + 'established'), and broken
  over pages where Typst chooses (widow/orphan control on); a web address is kept in one
  piece (Typst would otherwise break 'www.lgo.' + 'org.uk/training.');
  the title and the section headings are real Typst headings;
* the statistics panels are stacked framed blocks, each with a shaded title bar, its big
  number in an outlined box and the compliance note as a Typst bullet-list item;
* the tables are Typst `#table`s, each from a new page, with inset cells, thin rules, a
  bold shaded `table.header` repeated on every page, the Reference and Decided (Received)
  columns sized to their content and the others shared out in fractions; cell text
  ragged, broken by Typst's own rules (also after a '/' or a hyphen inside a word:
  'Incomplete/' + 'Invalid'); Typst moves most rows that do not fit to the next page
  whole but splits some, the tail continuing under the repeated header with the row's
  other cells (the Reference among them) carried on empty -- `splitRows` counts them;
* a footer 'Page N of M' centred at the bottom of every page.

Every string of the model reaches Typst as data (`sys.inputs`, decoded with `json`), never
as markup, so no character of it is interpreted.

Byte-reproducible: the document date is the letter's date, and only the fonts bundled
with Typst are used (system fonts ignored), so the same model and the same `typst`
version give the same bytes on any machine.
"""
import json
import os
import shutil
import tempfile

from . import common as C

try:
    import typst
except ImportError:        # reported when the style is used, not on import of lettergen
    typst = None

TEMPLATE = r"""
#let L = json(bytes(sys.inputs.letter))

#set document(
  title: L.title,
  author: "Local Government and Social Care Ombudsman",
  date: datetime(year: L.date.at(0), month: L.date.at(1), day: L.date.at(2)),
)
#set page(
  paper: "a4",
  margin: (left: 24mm, right: 24mm, top: 20mm, bottom: 26mm),
  footer: context align(center, text(8.5pt, fill: luma(80))[
    Page #counter(page).display() of #counter(page).final().first()
  ]),
)
#set text(font: "Libertinus Serif", size: 11pt, lang: "en", region: "gb", hyphenate: false)
#set par(justify: true, leading: 0.62em, spacing: 1.05em)
#set list(indent: 0.4em, body-indent: 0.5em)

#show heading: set text(weight: "bold")
#show heading.where(level: 1): set text(14pt)
#show heading.where(level: 1): set block(above: 1.6em, below: 1.1em)
#show heading.where(level: 2): set text(12pt)
#show heading.where(level: 2): set block(above: 1.5em, below: 0.8em)

#let navy = rgb("#1a3370")
#let shade = rgb("#dbe5f1")
#let head-shade = rgb("#d1dbeb")

// ---- letterhead (first page only), date, addresses, salutation
#align(right, block(spacing: 0pt)[
  #set par(justify: false)
  #text(9.5pt, fill: navy, L.logo.at(0)) \
  #text(19pt, weight: "bold", fill: navy, tracking: 0.04em, L.logo.at(1))
])
#v(10mm)
#align(right, L.dateline)
#v(4mm)
#block(L.delivery)
#block(L.recipient.join(linebreak()))
#block(above: 1.6em, L.salutation)

#heading(level: 1, outlined: true, L.title)

// ---- body; a web address is set in one piece (Typst would break it after a '.')
#{
  show regex("\\S*\\w[./]\\w\\S*"): box
  for sec in L.sections {
    if sec.heading != none { heading(level: 2, sec.heading) }
    for p in sec.paragraphs {
      if p.lead != none { par[#strong(p.lead)#p.rest] } else { par(p.rest) }
    }
  }
}

// ---- signature, kept in one piece
#block(above: 1.8em, breakable: false)[
  #set par(justify: false)
  #L.signoff
  #v(2.2em)
  #strong(L.signatory) \
  #L.roles.join(linebreak())
]

// ---- statistics panels, stacked, from a new page
#if L.panels.len() > 0 {
  pagebreak()
  set text(10pt)
  for p in L.panels {
    block(width: 100%, breakable: false, stroke: 0.6pt + luma(140), spacing: 1.6em, {
      block(width: 100%, fill: shade, inset: (x: 8pt, y: 7pt), spacing: 0pt,
            text(11.5pt, weight: "bold", p.title))
      block(width: 100%, inset: (x: 8pt, top: 9pt, bottom: 9pt), spacing: 0pt, {
        set par(justify: false, spacing: 0.8em)
        if p.status != "reported" {
          par(p.none_text)
        } else {
          box(stroke: 0.8pt, inset: (x: 10pt, y: 7pt), {
            if p.lead != "" { text(11pt, p.lead + " ") }
            text(22pt, weight: "bold", p.big)
          })
          par(p.text)
          par[This compares to an average of #strong(str(p.average) + "%") in similar authorities.]
          if p.count != none {
            par[#box(stroke: 0.8pt, inset: (x: 7pt, y: 5pt),
                     text(16pt, weight: "bold", p.count)) #h(0.5em) #p.count_label]
          }
          set text(8pt)
          par(p.basis)
          if p.note != none { list(p.note) }
        }
      })
    })
  }
}

// ---- the tables, each from a new page, header row repeated
#let row-start(v) = [#metadata(v)<lg-row-start>]
#let cell-end(v) = [#metadata(v)<lg-cell-end>]
#for t in L.tables {
  pagebreak()
  set text(7.5pt)
  set par(justify: false, leading: 0.45em)
  let columns = t.columns.map(c => if c == "auto" { auto } else { c * 1fr })
  table(
    columns: columns,
    stroke: 0.4pt + black,
    inset: (x: 3pt, y: 3.5pt),
    align: left + top,
    fill: (x, y) => if y == 0 { head-shade },
    table.header(..t.header.map(h => strong(h))),
    ..t.rows.enumerate().map(((i, r)) => r.enumerate().map(((k, c)) => {
      // invisible marks: where each row starts and where each of its cells ends
      if k == 0 { row-start((t.id, i)) }
      c
      cell-end((t.id, i))
    })).flatten(),
  )
}

#context {
  let start = (:)
  for m in query(<lg-row-start>) { start.insert(repr(m.value), m.location().page()) }
  let split = (:)
  for m in query(<lg-cell-end>) {
    if m.location().page() > start.at(repr(m.value)) { split.insert(repr(m.value), true) }
  }
  [#metadata((pages: counter(page).final().first(), splitRows: split.len()))<lg-info>]
}
"""

# column shares: "auto" = as wide as its widest entry, a number = that many fractions
RECEIVED_COLUMNS = ["auto", 3, 3, "auto"]
DECISIONS_COLUMNS = ["auto", 2.0, 1.7, "auto", 1.45, 2.2, 1.9, 2.15]


def letter_data(model):
    """The letter as the plain data the Typst template sets (what goes into sys.inputs)."""
    rec = model["recipient"]
    sections = []
    for sec in model["sections"]:
        paras = []
        for p in sec["paragraphs"]:
            lead = next((k for k in C.KEY_AREAS if p.startswith(k + " - ")), None)
            paras.append({"lead": lead, "rest": p[len(lead):] if lead else p})
        sections.append({"heading": sec["heading"], "paragraphs": paras})
    tables = []
    for tid, (header, rows, cols) in enumerate(
            ((C.RECEIVED_HEADER, C.received_rows(model), RECEIVED_COLUMNS),
             (C.DECISIONS_HEADER, C.decision_rows(model), DECISIONS_COLUMNS))):
        if rows is not None:
            tables.append({"id": tid, "header": header, "rows": rows, "columns": cols})
    d = C.iso(model["date"])
    logo = C.LOGO.rsplit(" ", 1)
    return {
        "title": model["title"],
        "date": [d.year, d.month, d.day],
        "logo": logo,
        "dateline": C.long_date(model["date"]),
        "delivery": model["delivery"],
        "recipient": [x for x in (rec["name"], rec["jobTitle"], rec["authority"]) if x],
        "salutation": model["salutation"],
        "sections": sections,
        "signoff": C.SIGN_OFF,
        "signatory": model["signatory"]["name"],
        "roles": model["signatory"]["roles"],
        "panels": C.panels(model),
        "tables": tables,
    }


def render_pdf(model):
    if typst is None:
        raise RuntimeError("pdf-typst needs typst (pip install typst)")
    inputs = {"letter": json.dumps(letter_data(model), ensure_ascii=False)}
    tmp = tempfile.mkdtemp(prefix="lettergen-typst-")
    try:
        src = os.path.join(tmp, "letter.typ")
        with open(src, "w", encoding="utf-8") as f:
            f.write(TEMPLATE)
        # one compiler for the PDF and the query after it (Typst reuses its layout)
        compiler = typst.Compiler(src, root=tmp, ignore_system_fonts=True, sys_inputs=inputs)
        data = compiler.compile(format="pdf")
        meta = json.loads(compiler.query("<lg-info>", field="value", one=True))
    except typst.TypstError as e:
        raise RuntimeError(f"pdf-typst: typst failed: {e}") from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return bytes(data), {"pageCount": meta["pages"], "splitRows": meta["splitRows"],
                         "typst": typst.__version__}
