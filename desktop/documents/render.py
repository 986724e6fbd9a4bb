"""PDF rendering with reportlab on the GB/T 9704 grid (DOMAIN §6.5).

A4; margins top 37 mm, left 28 mm, right 26 mm, bottom 35 mm (type area 156 × 225 mm); body
16 pt (3号) on 22 lines of 28 characters (line pitch 225 mm / 22 ≈ 28.99 pt, tracking so 28
full-width characters fill 156 mm); title 22 pt (2号) centred on two lines; the number right
under it; recipient flush left; paragraphs indented two characters; the date in Chinese at the
bottom right with room for the seal above it; the attachments note at the left; page numbers
"— 1 —" 14 pt (4号) 7 mm below the type area, odd pages right and even pages left, one
character in. Each part of a multi-part form (存根/副本/正本/回执) starts its own page, marked
with its name, all under one number.

Output is deterministic: `invariant=1`, the creation date fixed to the issue date, no clock."""
from __future__ import annotations

import io
from dataclasses import dataclass

from desktop.documents.content import DocumentContent
from desktop.documents.fonts import FontChoice, ensure_registered
from desktop.documents.layout import break_lines

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT, RIGHT, TOP, BOTTOM = 28 * MM, 26 * MM, 37 * MM, 35 * MM
AREA_W, AREA_H = PAGE_W - LEFT - RIGHT, PAGE_H - TOP - BOTTOM  # 156 × 225 mm
AREA_TOP, AREA_BOTTOM = PAGE_H - TOP, BOTTOM
BODY_PT, TITLE_PT, FOLIO_PT = 16, 22, 14
LINES, CHARS = 22, 28
LINE_PITCH = AREA_H / LINES  # ≈ 28.99 pt
CHAR_PITCH = AREA_W / CHARS  # ≈ 15.79 pt
TRACKING = CHAR_PITCH - BODY_PT  # ≈ −0.21 pt between characters
ASCENT = 0.88  # baseline below the top of a line, in ems
TITLE_PITCH = 1.4 * TITLE_PT
SEAL_LINES = 3  # blank lines above the date, where the seal goes
PART_MARKS = {"存根": "（存　根）", "副本": "（副　本）", "正本": "（正　本）", "回执": "（回　执）"}


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


class _Pages:
    """Draws one part after another; keeps the baseline, breaks pages, numbers them."""

    def __init__(self, canvas, font: str):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.c, self.font, self._string_width = canvas, font, stringWidth
        self.page_in_part = 0
        self.y = AREA_TOP
        self.total = 0

    def width(self, text: str, size: float = BODY_PT) -> float:
        return self._string_width(text, self.font, size) + TRACKING * len(text) * size / BODY_PT

    def start_part(self) -> None:
        if self.page_in_part or self.total:
            self._finish_page()
            self.c.showPage()
        self.page_in_part = 1
        self.total += 1
        self.y = AREA_TOP

    def _finish_page(self) -> None:
        folio = f"— {self.page_in_part} —"
        size = FOLIO_PT
        y = AREA_BOTTOM - 7 * MM - ASCENT * size
        self.c.setFont(self.font, size)
        if self.page_in_part % 2:
            self.c.drawRightString(LEFT + AREA_W - size, y, folio)
        else:
            self.c.drawString(LEFT + size, y, folio)

    def finish(self) -> None:
        self._finish_page()
        self.c.showPage()

    def _room(self, pitch: float) -> None:
        if self.y - pitch < AREA_BOTTOM - 0.5:
            self._finish_page()
            self.c.showPage()
            self.page_in_part += 1
            self.total += 1
            self.y = AREA_TOP

    def row(self, text: str, *, align: str = "left", size: float = BODY_PT,
            pitch: float = LINE_PITCH, indent: float = 0.0, right_indent: float = 0.0,
            space: float | None = None) -> None:
        self._room(pitch)
        baseline = self.y - ASCENT * size
        track = TRACKING * size / BODY_PT if space is None else space
        self.c.setFont(self.font, size)
        if align == "center":
            self.c.drawCentredString(LEFT + AREA_W / 2, baseline, text, charSpace=track)
        elif align == "right":
            self.c.drawRightString(LEFT + AREA_W - right_indent, baseline, text,
                                   charSpace=track)
        else:
            self.c.drawString(LEFT + indent, baseline, text, charSpace=track)
        self.y -= pitch

    def blank(self, lines: float = 1.0) -> None:
        self.y -= LINE_PITCH * lines
        if self.y < AREA_BOTTOM:
            self.y = AREA_BOTTOM

    def paragraph(self, text: str, *, first_indent: int = 2, rest_indent: int = 0,
                  x_offset: float = 0.0, width: float = AREA_W) -> None:
        first = width - first_indent * CHAR_PITCH
        rest = width - rest_indent * CHAR_PITCH
        for n, line in enumerate(break_lines(text, self.width, first, rest)):
            indent = (first_indent if n == 0 else rest_indent) * CHAR_PITCH + x_offset
            avail = first if n == 0 else rest
            space = None
            gap = avail - line.width
            if not line.last and len(line.text) > 1 and 0 < gap < 2.5 * CHAR_PITCH:
                space = TRACKING + gap / (len(line.text) - 1)  # spread a short line
            self.row(line.text, indent=indent, space=space)

    def title(self, lines: list[str]) -> None:
        for line in lines:
            for piece in break_lines(line, lambda t: self.width(t, TITLE_PT), AREA_W, AREA_W):
                self.row(piece.text, align="center", size=TITLE_PT, pitch=TITLE_PITCH)


def _draw_part(p: _Pages, doc: DocumentContent, part: str, marked: bool) -> None:
    p.start_part()
    if part == "回执" and doc.receipt is not None:
        r = doc.receipt
        p.title([r.title])  # the title names the part: no separate mark
        p.row(doc.number, align="right")
        p.row(r.recipient)
        for text in r.paragraphs:
            p.paragraph(text)
        p.blank(2)
        p.row(r.signature, align="right", right_indent=2 * CHAR_PITCH)
        p.row("＿＿＿＿年＿＿月＿＿日", align="right", right_indent=2 * CHAR_PITCH)
        return
    p.title([doc.unit_name, doc.title])
    if marked:
        p.row(PART_MARKS[part], align="center")
    p.row(doc.number, align="right")
    if part == "存根":
        label_w = 6 * CHAR_PITCH
        for label, value in doc.stub:
            p.row(label + "：", indent=0)
            p.y += LINE_PITCH  # the value goes on the same line, after the label column
            p.paragraph(value or "＿＿＿＿", first_indent=0, rest_indent=0,
                        x_offset=label_w, width=AREA_W - label_w)
        return
    p.row(doc.recipient)
    for text in doc.paragraphs:
        p.paragraph(text)
    p.blank(SEAL_LINES)
    p.row(doc.date_text, align="right", right_indent=4 * CHAR_PITCH)
    if doc.attachments:
        p.blank(1)
        p.paragraph(doc.attachments, first_indent=2, rest_indent=4)


def render_pdf(doc: DocumentContent, font: FontChoice | None = None) -> RenderedPdf:
    """The document as PDF bytes: the same content and font give the same bytes."""
    from reportlab.pdfgen.canvas import Canvas

    name = ensure_registered(font)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, initialFontName=name,
               initialFontSize=BODY_PT, pageCompression=1)
    stamp = doc.issued_on
    c.setDateFormatter(lambda *_: f"D:{stamp:%Y%m%d}000000+08'00'")
    c.setTitle(f"{doc.title} {doc.number}")
    c.setAuthor(doc.unit_name)
    c.setSubject(doc.title)
    c.setCreator("Zhenjian Desk")
    pages = _Pages(c, name)
    marked = len(doc.parts) > 1
    for part in doc.parts:
        _draw_part(pages, doc, part, marked)
    pages.finish()
    c.save()
    return RenderedPdf(buf.getvalue(), pages.total)
