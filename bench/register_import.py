"""Benchmark of the register import (issue 9): a 20,000-row arrest-review register, written
as .xlsx by openpyxl, imported into a new office through `register_import.import_rows`.

  (a) reading the workbook (`read_table`)
  (b) checking every row (`check_rows`: parsing, matching, the registration validation)
  (c) the whole import: reading + checking + writing in one transaction (target < 20 s)
  (d) a second import of the same file (every row unchanged)
  (e) next month's file: the same rows, every open one now with its decision ("updated")
  peak memory of the process (ru_maxrss) and rows per second

Rows: one suspect each, one in five a co-suspect of the row before (same case), dates in the
usual spellings and as Excel date cells, a valid ID number on most rows, 50 police agencies;
two rows in five concluded (审查结论, 决定日期, 不捕理由: approvals and refusals on the three
grounds), the others open.

Usage: python bench/register_import.py [--rows 20000]
Prints a Markdown table and writes it to bench/out/register_import.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402

TARGET_S = 20.0
TODAY = date(2026, 11, 23)
CHARGES = ["盗窃罪", "诈骗罪", "故意伤害罪", "抢劫罪", "危险驾驶罪", "开设赌场罪", "寻衅滋事罪",
           "帮助信息网络犯罪活动罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪", "走私、贩卖、运输、制造毒品罪"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


DECISIONS = [("批准逮捕", ""), ("批捕", ""), ("不批准逮捕", "证据不足"), ("不捕", "无社会危险性"),
             ("不批准逮捕", "不构成犯罪")]


def write_register(path: Path, rows: int, seed: int = 1, *, all_decided: bool = False) -> None:
    import openpyxl

    from desktop.domain.idnumber import id_check_char

    rnd = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("登记表")
    ws.append(["序号", "案件编号", "犯罪嫌疑人", "身份证号", "受理日期", "提请批捕文书号", "罪名",
               "公安机关", "刑事拘留日期", "承办人", "备注", "审查结论", "决定日期", "不捕理由"])
    case = 0
    for i in range(rows):
        if i == 0 or rnd.random() > 0.2:
            case += 1
            received = date(2024, 1, 1) + timedelta(days=rnd.randrange(1000))
            agency = f"第{rnd.randrange(50) + 1}公安分局"
            charge = rnd.choice(CHARGES)
        birth = date(1960, 1, 1) + timedelta(days=rnd.randrange(15000))
        first17 = f"320101{birth:%Y%m%d}{i % 1000:03d}"
        number = first17 + id_check_char(first17) if rnd.random() > 0.1 else ""
        since = received - timedelta(days=rnd.randrange(1, 25))
        spelled = rnd.randrange(4)
        received_cell = (datetime(received.year, received.month, received.day)
                         if spelled == 0 else f"{received.year}年{received.month}月{received.day}日"
                         if spelled == 1 else f"{received:%Y.%-m.%-d}" if spelled == 2
                         else f"{received:%Y%m%d}")
        decided = rnd.random() < 0.4 or all_decided
        decision, ground = rnd.choice(DECISIONS)
        decided_on = received + timedelta(days=rnd.randrange(2, 7))
        outcome = [decision, decided_on.isoformat(), ground] if decided else ["", "", ""]
        ws.append([i + 1, f"A3201{case:08d}", rnd.choice(SURNAMES) + rnd.choice(GIVEN) +
                   rnd.choice(GIVEN), number, received_cell, f"公提捕字〔{received.year}〕{case}号",
                   charge, agency, since.isoformat(), "", ""] + outcome)
    wb.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    args = parser.parse_args()
    from desktop.services import register_import as ri
    from desktop.services.setup import OfficeSetup, create_office

    folder = Path(tempfile.mkdtemp(prefix="zhenjian-import-bench-"))
    book = folder / "register.xlsx"
    t0 = time.perf_counter()
    write_register(book, args.rows)
    wrote = time.perf_counter() - t0
    office = create_office(folder / "office.sqlite3", OfficeSetup(
        unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
        upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
    t0 = time.perf_counter()
    table = ri.read_table(book)
    read_s = time.perf_counter() - t0
    mapping = ri.guess_mapping(table, "arrest")
    t0 = time.perf_counter()
    checks = ri.check_rows(office, table, mapping, "arrest", today=TODAY)
    check_s = time.perf_counter() - t0
    refused = sum(c.status == ri.REFUSED for c in checks)
    steps = []
    t0 = time.perf_counter()
    table = ri.read_table(book)
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY,
                            progress=lambda done, total: steps.append(time.perf_counter()))
    total_s = time.perf_counter() - t0
    first_decided = office.reader.execute("SELECT count(*) FROM review_decisions").fetchone()[0]
    gaps = [b - a for a, b in zip(steps, steps[1:])]
    t0 = time.perf_counter()
    again = ri.import_rows(office, ri.read_table(book), mapping, "arrest", today=TODAY)
    again_s = time.perf_counter() - t0
    month2 = folder / "register-month2.xlsx"
    write_register(month2, args.rows, all_decided=True)
    t0 = time.perf_counter()
    later = ri.import_rows(office, ri.read_table(month2), mapping, "arrest", today=TODAY)
    later_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    requests = office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0]
    decided = office.reader.execute("SELECT count(*) FROM review_decisions").fetchone()[0]
    office.close()
    lines = [
        f"Register import, {args.rows:,} rows ({book.stat().st_size / 1e6:.1f} MB .xlsx, written "
        f"in {wrote:.1f} s), {len(report.new):,} new rows as {requests:,} requests, "
        f"{len(report.refused)} refused; {first_decided:,} of them concluded (decision "
        f"recorded):",
        "",
        "| measure | result | target | met |",
        "|---|---|---|---|",
        f"| read the workbook | {read_s:.2f} s | | |",
        f"| check every row | {check_s:.2f} s | | |",
        f"| whole import (read + check + write, one transaction) | {total_s:.2f} s | "
        f"< {TARGET_S:.0f} s | {'yes' if total_s < TARGET_S else 'no'} |",
        f"| rows per second | {args.rows / total_s:,.0f} | | |",
        f"| longest gap between progress calls (200 rows) | "
        f"{max(gaps) * 1000 if gaps else 0:.0f} ms | | |",
        f"| second import, all {len(again.unchanged):,} unchanged | {again_s:.2f} s | | |",
        f"| next month's file: {len(later.updated):,} decisions recorded (updated), "
        f"{len(later.unchanged):,} unchanged | {later_s:.2f} s | < {TARGET_S:.0f} s | "
        f"{'yes' if later_s < TARGET_S else 'no'} |",
        f"| decision records after both files | {decided:,} | | |",
        f"| peak memory (max RSS) | {peak_mb:.0f} MB | | |",
    ]
    assert refused == len(report.refused) == 0, [c.reasons for c in checks if c.reasons][:3]
    assert not later.refused and not later.new, later.refused[:3]
    text = "\n".join(lines)
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "register_import.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
