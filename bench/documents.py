"""Benchmark of the document engine (issue 3), each beside a bare reportlab page with the same
font and the same text, measured in the same run:

  (a) the first document in a fresh process: imports, font registration and rendering
      (target ≤ 0.5 s)
  (b) each later document (target ≤ 2× the bare page)
  (c) a batch of 100 documents (target < 2 s)
  (d) issuing through the services on a real SQLite file: number, render, register, outbox

Usage: python bench/documents.py [--repeat 21]
Prints a Markdown table and writes it to bench/out/documents.md.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

PARAGRAPHS = (
    "你局于2026年9月28日以青公提捕字〔2026〕1号提请批准逮捕书提请批准逮捕的犯罪嫌疑人王小明"
    "（男，1990年5月3日出生，公民身份号码11010519900503001X）涉嫌故意伤害罪一案，本院经审查认为，"
    "有证据证明有犯罪事实，可能判处徒刑以上刑罚，采取取保候审尚不足以防止发生社会危险性，符合逮捕条件。",
    "根据《中华人民共和国刑事诉讼法》第八十一条、第八十七条、第九十条之规定，决定批准逮捕犯罪嫌疑人"
    "王小明。请依法立即执行，并将执行情况在三日以内送达本院。",
)


def content(serial: int = 12, parts=("正本",)):
    from desktop.documents.content import DocumentContent

    return DocumentContent(
        doc_type="approve_arrest", title="批准逮捕决定书", unit_name="青山县人民检察院",
        number=f"青检刑批捕〔2026〕{serial}号", recipient="青山县公安局：", paragraphs=PARAGRAPHS,
        attachments="附：退回案卷材料2册", issued_on=date(2026, 11, 23),
        date_text="二〇二六年十一月二十三日", parts=parts)


def bare_page(font_name: str, serial: int = 12) -> bytes:
    """The same text on one A4 page with plain reportlab calls: no layout rules, no grid."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    doc = content(serial)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595.28, 841.89), initialFontName=font_name, invariant=1)
    c.setFont(font_name, 22)
    c.drawCentredString(297.6, 730, doc.unit_name)
    c.drawCentredString(297.6, 700, doc.title)
    c.setFont(font_name, 16)
    c.drawRightString(516, 670, doc.number)
    y = 640
    for text in (doc.recipient, *doc.paragraphs, doc.date_text, doc.attachments):
        for i in range(0, len(text), 28):
            c.drawString(79.4, y, text[i:i + 28])
            y -= 29
    c.showPage()
    c.save()
    return buf.getvalue()


def first_in_fresh_process(kind: str) -> float:
    code = f"""
import time, sys
t0 = time.perf_counter()
sys.path.insert(0, {str(ROOT)!r})
import bench.documents as b
if {kind!r} == "bare":
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from desktop.documents.fonts import shipped_font
    f = shipped_font()
    pdfmetrics.registerFont(TTFont("Bare", str(f.path), subfontIndex=0))
    b.bare_page("Bare")
else:
    from desktop.documents.render import render_pdf
    render_pdf(b.content())
print(time.perf_counter() - t0)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def median_time(fn, repeat: int) -> float:
    times = []
    for i in range(repeat):
        t = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=21)
    args = ap.parse_args()
    from desktop.documents.fonts import ensure_registered
    from desktop.documents.render import render_pdf

    first_bare = statistics.median(first_in_fresh_process("bare") for _ in range(3))
    first_doc = statistics.median(first_in_fresh_process("doc") for _ in range(3))
    name = ensure_registered()
    render_pdf(content()), bare_page(name)  # warm
    per_bare = median_time(lambda i: bare_page(name, i + 1), args.repeat)
    per_doc = median_time(lambda i: render_pdf(content(i + 1)), args.repeat)
    per_four = median_time(lambda i: render_pdf(
        content(i + 1, ("存根", "副本", "正本"))), args.repeat)
    t = time.perf_counter()
    for i in range(100):
        bare_page(name, i + 1)
    batch_bare = time.perf_counter() - t
    t = time.perf_counter()
    sizes = [len(render_pdf(content(i + 1)).data) for i in range(100)]
    batch_doc = time.perf_counter() - t

    from desktop.services import documents as D
    from desktop.services.arrest_register import register_request
    from desktop.services.setup import OfficeSetup, create_office
    from tests.conftest import make_registration

    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "b.sqlite3", OfficeSetup(
            unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
            upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
        today = date(2026, 11, 23)
        register_request(office, make_registration(office), today=today)
        review = office.reader.execute("SELECT id FROM arrest_reviews").fetchone()[0]
        draft = D.preview(office, "approve_arrest", D.Subject("arrest_reviews", review),
                          today=today)
        D.issue(office, draft, today=today)
        t = time.perf_counter()
        for _ in range(100):
            D.issue(office, draft, today=today)
        batch_issue = time.perf_counter() - t
        office.close()

    def ms(s):
        return f"{s * 1000:.1f} ms"

    rows = [
        ("(a) first bare page, fresh process (imports + font)", ms(first_bare), "", ""),
        ("(a) first document, fresh process (imports + font)", ms(first_doc), "≤ 500 ms",
         "yes" if first_doc <= 0.5 else "NO"),
        ("(b) bare page, each later one (median)", ms(per_bare), "", ""),
        ("(b) document (正本 only), each later one (median)",
         f"{ms(per_doc)} = {per_doc / per_bare:.2f}× bare", "≤ 2×",
         "yes" if per_doc <= 2 * per_bare else "NO"),
        ("(b') three-part form 存根/副本/正本 (median)", ms(per_four), "", ""),
        ("(c) 100 bare pages", ms(batch_bare), "", ""),
        ("(c) 100 documents", f"{ms(batch_doc)} ({statistics.mean(sizes) / 1024:.0f} KiB each)",
         "< 2 s", "yes" if batch_doc < 2 else "NO"),
        ("(d) 100 issued (4 parts, number + PDF + register + outbox, real SQLite)",
         ms(batch_issue), "", ""),
    ]
    lines = [f"Measured {date.today().isoformat()} on {os.cpu_count()} cores.", "",
             "| measure | result | target | met |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    OUT.mkdir(exist_ok=True)
    (OUT / "documents.md").write_text(text, encoding="utf-8")
    print(json.dumps({"first_doc": first_doc, "per_doc": per_doc, "per_bare": per_bare,
                      "batch_doc": batch_doc}), file=sys.stderr)
    return 0 if first_doc <= 0.5 and per_doc <= 2 * per_bare and batch_doc < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
