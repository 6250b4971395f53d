"""Small layout toolkit shared by the two PDF back ends: greedy line breaking of
styled words (optionally after a slash, as narrow table cells do), and the
pagination rule for body text (a page may end inside a paragraph; the first page
always does when it can, with the next page starting in lower case)."""
import re

from . import common as C

_TERMINAL = re.compile(r"[.!?:]$")


def atoms(runs, slash_breaks=False):
    """runs: [(text, font)] -> [(text, font, space_before)].  Words split at spaces (run
    boundaries fall on spaces in every use here); with slash_breaks a word may also break
    right after a '/' ('Incomplete/' + 'Invalid') or after a hyphen inside a word
    ('Newcastle-under-' + 'Lyme'), with no space between the pieces."""
    out = []
    for text, font in runs:
        for w in text.split():
            pieces = re.split(r"(?<=/)(?=.)|(?<=\w-)(?=\w)", w) if slash_breaks else [w]
            for k, p in enumerate(pieces):
                out.append((p, font, bool(out) and k == 0))
    return out


def wrap(atom_list, width, measure, space_width):
    """Greedy: -> list of lines, each a list of (text, font, x)."""
    lines, cur, x = [], [], 0.0
    for text, font, sp in atom_list:
        w = measure(text, font)
        gap = space_width(font) if (sp and cur) else 0.0
        if cur and x + gap + w > width:
            lines.append(cur)
            cur, x, gap = [], 0.0, 0.0
        cur.append((text, font, x + gap))
        x += gap + w
    if cur:
        lines.append(cur)
    return lines


def runs_for_paragraph(text, regular, bold):
    """Body paragraph -> styled runs: a key-area lead-in ('Complaints upheld - ...') bold."""
    for k in C.KEY_AREAS:
        if text.startswith(k + " - "):
            return [(k, bold), (text[len(k):], regular)]
    return [(text, regular)]


class Item:
    """One placed unit of body text: a heading line, a paragraph line or a fixed block."""
    __slots__ = ("kind", "height", "before", "para", "index", "last", "first", "data")

    def __init__(self, kind, height, before, para=None, index=0, first="", last="", data=None):
        self.kind, self.height, self.before = kind, height, before
        self.para, self.index, self.first, self.last, self.data = para, index, first, last, data


def paginate(items, first_top, top, bottom, force_mid_sentence_first=True, max_back=10):
    """Split items (top to bottom) into pages.  Returns [[(item, y_baseline_top)]] where
    y is measured downward from the page top (0 = top edge).  first_top/top: y where
    the first item of the first/other pages starts; bottom: lowest y allowed."""
    pages = []
    i, n, pageno = 0, len(items), 0
    while i < n:
        y = first_top if pageno == 0 else top
        j = i
        placed = []
        while j < n:
            it = items[j]
            before = it.before if j > i else 0
            if y + before + it.height > bottom and j > i:
                break
            y += before
            placed.append((it, y))
            y += it.height
            j += 1
        if j < n:
            k = _choose_break(items, i, j, mid_only=(pageno == 0 and force_mid_sentence_first),
                              max_back=max_back)
            placed = placed[:k - i]
            j = k
        pages.append(placed)
        i = j
        pageno += 1
    return pages


def _ok(items, k, mid_only):
    it, prev = items[k], items[k - 1]
    if it.kind == "line" and it.index > 0:
        return (prev.kind == "line" and prev.para == it.para and not _TERMINAL.search(prev.last)
                and it.first[:1].islower())
    if mid_only:
        return False
    if it.kind == "line" and it.index == 0:
        return prev.kind != "heading"
    return it.kind in ("heading", "block") and prev.kind != "heading"


def _choose_break(items, i, j, mid_only, max_back):
    lo = max(i + 1, j - max_back)
    for mode in ([True, False] if mid_only else [False]):
        for k in range(j, lo - 1, -1):
            if _ok(items, k, mode):
                return k
    return j


def flow_rows(rows, y, bottom, lead, pad, draw_row, next_page, on_split=None):
    """Table rows (each a list of cells, each a list of lines) drawn down the page from y by
    draw_row(cells, y, nlines) -> y below; a row taller than what is left of the page is split
    after as many lines as fit (on_split() is told), the rest going on the next page, where
    next_page() returns the y to go on at. Returns the y below the last row."""
    for cells in rows:
        n = max([len(c) for c in cells] + [1])
        while True:
            if y + n * lead + 2 * pad <= bottom:
                y = draw_row(cells, y, n)
                break
            fit = int((bottom - y - 2 * pad) // lead)
            if fit >= 1:
                draw_row(cells, y, fit)
                cells = [c[fit:] for c in cells]
                n -= fit
                if on_split:
                    on_split()
            y = next_page()
    return y
