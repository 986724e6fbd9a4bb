"""Register files as offices keep them, written by openpyxl / csv for the import tests."""
from __future__ import annotations

import csv
from datetime import datetime

import openpyxl

from desktop.domain.idnumber import id_check_char


def id_number(first17: str) -> str:
    return first17 + id_check_char(first17)


GOOD_ID = id_number("32010119900101001")  # born 1990-01-01
OTHER_ID = id_number("32010119851231002")
THIRD_ID = id_number("32010120000615003")
WRONG_ID = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")  # check digit wrong

# a title row, a two-row header under a merged "受理情况" cell, merged columns
HEADER_TOP = ["序号", "案件编号", "犯罪嫌疑人", "身份证号", "受理情况", None, "罪名", "公安机关",
              "刑事拘留日期", "承办人"]
HEADER_SUB = [None, None, None, None, "受理日期", "文号", None, None, None, None]


def messy_rows():
    """(rows, what each data row is) — row numbers are the sheet's: data start at row 4."""
    return [
        [1, "A2026001", "王小明", GOOD_ID, "2026年9月28日", "青公提捕字〔2026〕1号", "盗窃",
         "青山县公安局", "2026.9.25", "张明"],
        [2, "A2026002", "李 四", OTHER_ID, datetime(2026, 10, 8), "青公提捕字〔2026〕2号",
         "涉嫌诈骗罪", "青山县公安局", 46302, ""],  # 46302 = 2026-10-07 (an Excel serial)
        None,  # a blank row
        [3, "A2026003", "赵五", WRONG_ID, "2026/10/09", "", "盗窃罪", "青山县公安局",
         "20261008", ""],
        [4, "A2026004", "钱六", "", "2026-10-12", "", "电信诈骗", "青山县公安局", "2026-10-10", ""],
        [5, "A2026005", "", THIRD_ID, "2026-10-12", "", "盗窃罪", "青山县公安局", "2026-10-10", ""],
        [6, "A2026006", "孙七", THIRD_ID, "20261015", "", "故意伤害罪", "临江市公安局江北分局",
         "2026.10.13", "张明"],
        [7, "A2026001", "周八", "", "2026年9月28日", "青公提捕字〔2026〕1号", "盗窃", "青山县公安局",
         "2026.9.26", "张明"],  # a co-suspect of row 4's case
    ]


def write_messy_register(path, rows=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2026年登记"
    ws.append(["青山县人民检察院2026年审查逮捕案件登记表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=10)
    ws.append(HEADER_TOP)
    ws.append(HEADER_SUB)
    ws.merge_cells("E2:F2")
    for col in "ABCDGHIJ":
        ws.merge_cells(f"{col}2:{col}3")
    for row in rows if rows is not None else messy_rows():
        ws.append(row or [])
    wb.create_sheet("说明").append(["本表按月更新"])
    wb.save(path)
    return path


def write_csv(path, header, rows, encoding):
    with open(path, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path
