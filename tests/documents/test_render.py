"""Every document type, issued through the services and checked with poppler: A4, the CJK
font embedded as a subset (and nothing else), and the text carries title, number, suspect and
legal basis. The same input gives the same bytes."""
import re
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from desktop.documents.content import DocumentContent
from desktop.documents.render import AREA_W, CHAR_PITCH, LINE_PITCH, render_pdf
from desktop.documents.templates import all_templates
from desktop.services import documents as D
from tests.conftest import TODAY
from tests.documents.samples import EXTRAS


def poppler(tool: str, path, *args) -> str:
    out = ["-"] if tool == "pdftotext" else []
    return subprocess.run([tool, *args, str(path), *out], capture_output=True, text=True,
                          check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("doc_type", sorted(EXTRAS))
def test_every_type_renders_to_a_checked_pdf(office, review, tmp_path, doc_type):
    draft = D.preview(office, doc_type, D.Subject("arrest_reviews", review), today=TODAY,
                      extra=EXTRAS[doc_type])
    assert draft.missing == ()
    info = D.issue(office, draft, today=TODAY)
    path = tmp_path / f"{doc_type}.pdf"
    path.write_bytes(D.pdf_bytes(office.reader, info.id))
    template = all_templates()[doc_type]

    info_text = poppler("pdfinfo", path)
    assert "595.276 x 841.89 pts (A4)" in info_text
    assert f"Pages:           {len(template.parts)}" in info_text  # one page per part here
    fonts = poppler("pdffonts", path).splitlines()[2:]
    assert fonts  # reportlab embeds subsets of up to 256 glyphs: AAAAAA+…, AAAAAB+…
    for line in fonts:  # the CJK font only, no Helvetica; each a subset, embedded
        name, *_ = line.split()
        assert re.match(r"^[A-Z]{6}\+UMing", name), line
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line  # emb sub uni

    text = squeeze(poppler("pdftotext", path, "-layout"))
    suspect = EXTRAS[doc_type].get("suspect_name", "王小明")
    assert template.title in text
    assert "青山县人民检察院" in text
    assert info.number in text and re.fullmatch(r"青检.+〔2026〕1号", info.number)
    assert suspect in text
    assert squeeze(template.legal_basis) in text
    assert "二〇二六年十一月二十三日" in text
    assert "—1—" in text  # the page number
    pages = poppler("pdftotext", path, "-layout").split("\f")
    for part, page in zip(template.parts, pages):
        assert info.number in squeeze(page)  # every part carries the one number
        if len(template.parts) > 1 and part != "回执":
            assert f"（{part[0]}{part[1]}）" in squeeze(page)


def _doc(**changes) -> DocumentContent:
    base = DocumentContent(
        doc_type="approve_arrest", title="批准逮捕决定书", unit_name="青山县人民检察院",
        number="青检刑批捕〔2026〕12号", recipient="青山县公安局：",
        paragraphs=("根据《中华人民共和国刑事诉讼法》第八十一条、第八十七条、第九十条之规定，"
                    "决定批准逮捕犯罪嫌疑人王小明。请依法立即执行，并将执行情况在三日以内送达本院。",),
        attachments="附：退回案卷材料2册", issued_on=date(2026, 11, 23),
        date_text="二〇二六年十一月二十三日")
    return replace(base, **changes)


def test_same_input_same_bytes_and_the_date_comes_from_the_issue_date(tmp_path):
    first, second = render_pdf(_doc()), render_pdf(_doc())
    assert first.data == second.data
    assert render_pdf(_doc(number="青检刑批捕〔2026〕13号")).data != first.data
    path = tmp_path / "a.pdf"
    path.write_bytes(first.data)
    assert "Mon Nov 23 00:00:00 2026 CST" in poppler("pdfinfo", path, "-isodates") or \
        "2026-11-23T00:00:00+08" in poppler("pdfinfo", path, "-isodates")


def test_grid_28_characters_and_22_lines_a_page(tmp_path):
    assert abs(CHAR_PITCH * 28 - AREA_W) < 0.01 and abs(AREA_W - 156 * 72 / 25.4) < 0.01
    assert abs(LINE_PITCH - 28.95) < 0.1
    long = "审" * (28 * 30 - 2)  # 30 lines of body after the indent: two pages
    path = tmp_path / "long.pdf"
    doc = _doc(paragraphs=(long,), attachments="")
    path.write_bytes(render_pdf(doc).data)
    text = poppler("pdftotext", path, "-layout")
    body_lines = [squeeze(line) for line in text.splitlines() if set(squeeze(line)) == {"审"}]
    assert {len(line) for line in body_lines[1:-1]} == {28}  # full lines of 28
    assert len(body_lines[0]) == 26  # the first line indented two characters
    pages = text.split("\f")
    assert "—1—" in squeeze(pages[0]) and "—2—" in squeeze(pages[1])
    first_page = [ln for ln in pages[0].splitlines() if set(squeeze(ln)) == {"审"}]
    # title (2 × 22 pt lines), number and recipient take ~4.3 lines of 22
    assert 17 <= len(first_page) <= 18
    second_page = [ln for ln in pages[1].splitlines() if set(squeeze(ln)) == {"审"}]
    assert len(second_page) == 30 - len(first_page)


def test_page_numbers_odd_right_even_left(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(_doc(paragraphs=("审" * 28 * 30,))).data)
    box = poppler("pdftotext", path, "-bbox")
    folios = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(\d)</word>', box)
    x = {page: float(xmin) for xmin, _, page in folios}
    assert x["1"] > 595.28 / 2 > x["2"]
    y = {page: float(ymin) for _, ymin, page in folios}
    bottom_of_area = 841.89 - 35 * 72 / 25.4
    assert all(bottom_of_area + 7 * 72 / 25.4 - 3 < v < bottom_of_area + 7 * 72 / 25.4 + 3
               for v in y.values())


def test_png_of_each_page_is_not_blank(office, review, tmp_path):
    draft = D.preview(office, "approve_arrest", D.Subject("arrest_reviews", review),
                      today=TODAY, extra=EXTRAS["approve_arrest"])
    info = D.issue(office, draft, today=TODAY)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(D.pdf_bytes(office.reader, info.id))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    assert png.stat().st_size > 5000
