"""Reading a register file into rows (读取导入文件): .xlsx through openpyxl, .csv in UTF-8
(with or without BOM) or GB18030.

The header row is the first row in which at least two cells name a known field (registers
often start with a title row such as "2025年审查逮捕案件登记表"). A header cell merged across
columns gives its text to each of them, and a second header row under a merged cell
(受理情况 / 日期) is joined to it, so "受理情况日期" still contains 受理日期-like words.
Blank rows are skipped; `row_numbers` keeps the sheet's own numbers for messages."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.import_fields import KINDS
from desktop.domain.import_values import cell_text, guess_field, normalize_header
from desktop.services.collector import paused_collector

_HEADER_SEARCH_ROWS = 20


class ImportFileError(Exception):
    """The file cannot be read as a register: `code` says why (unreadable, no_header,
    unknown_sheet, unknown_format)."""

    def __init__(self, code: str, message: str, **params):
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass
class ImportTable:
    path: str
    sheet: str | None  # the sheet read (None for .csv)
    sheet_names: list[str]
    headers: list[str]
    rows: list[tuple] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)  # the sheet's own, 1-based
    encoding: str | None = None  # .csv: the encoding found


def _known(cells, kind: str | None = None) -> int:
    kinds = (kind,) if kind else KINDS
    return max(sum(1 for c in cells if guess_field(c, k)) for k in kinds)


def _blank(row) -> bool:
    return all(cell_text(c) == "" for c in row)


def _find_header(rows: list[tuple]) -> int:
    for i, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if _known(row) >= 2:
            return i
    raise ImportFileError("no_header", "no row with at least two known column headers")


def _build(path, sheet, sheet_names, raw: list[tuple], numbers: list[int], merged=(),
           encoding=None) -> ImportTable:
    width = max((len(r) for r in raw), default=0)
    raw = [tuple(r) + (None,) * (width - len(r)) for r in raw]
    # a merged header cell spans columns: its text stands for each column it covers
    for (r0, c0, r1, c1) in merged:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if r < len(raw) and c < width and (r, c) != (r0, c0):
                    raw[r] = raw[r][:c] + (raw[r0][c0],) + raw[r][c + 1:]
    h = _find_header(raw)
    headers = [normalize_header(c) for c in raw[h]]
    start = h + 1
    # a second header row: under a header merged across columns (受理情况 over 日期 | 文号);
    # the other columns of that row repeat the header above (merged down) or are empty
    if start < len(raw):
        spans = {c for (r0, c0, r1, c1) in merged if r0 == h and c1 > c0
                 for c in range(c0, c1 + 1)}
        below = raw[start]
        above = raw[h]
        own = [c for c in range(width) if c not in spans]
        if spans and all(isinstance(below[c], str) for c in spans) and all(
                below[c] is None or below[c] == above[c] for c in own):
            for c in spans:
                headers[c] = headers[c] + normalize_header(below[c])
            start += 1
    rows, row_numbers = [], []
    for r in range(start, len(raw)):
        if not _blank(raw[r]):
            rows.append(raw[r])
            row_numbers.append(numbers[r])
    return ImportTable(str(path), sheet, sheet_names, headers, rows, row_numbers, encoding)


def _read_xlsx(path: Path, sheet: str | None) -> ImportTable:
    import openpyxl

    try:
        # read_only cannot see merged cells; a register's header is in the first rows, so
        # they are read from a normal load of those rows only when the sheet has merges
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zip, XML or openpyxl's own errors: not a workbook
        raise ImportFileError("unreadable", f"not an Excel workbook: {exc}") from exc
    try:
        names = list(book.sheetnames)
        name = sheet if sheet is not None else names[0]
        if name not in names:
            raise ImportFileError("unknown_sheet", f"no sheet {name!r}", sheet=name)
        ws = book[name]
        raw, numbers = [], []
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            raw.append(tuple(row))
            numbers.append(number)
    finally:
        book.close()
    merged = _merged_ranges(path, name)
    return _build(path, name, names, raw, numbers, merged)


def _merged_ranges(path: Path, name: str) -> list[tuple[int, int, int, int]]:
    """The merged ranges (0-based, inclusive) of one sheet, from the sheet's XML: the
    read-only reader does not report them and a full load of 20,000 rows costs seconds."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
        rid = None
        for m in re.finditer(r"<(?:\w+:)?sheet\b[^>]*>", book):
            tag = m.group(0)
            nm = re.search(r'name="([^"]*)"', tag)
            if nm and _unescape(nm.group(1)) == name:
                rid = re.search(r'r:id="([^"]*)"|(?:\w+:)?id="(rId[^"]*)"', tag)
                rid = rid.group(1) or rid.group(2)
        target = None
        for m in re.finditer(r"<Relationship\b[^>]*>", rels):
            tag = m.group(0)
            if f'Id="{rid}"' in tag:
                target = re.search(r'Target="([^"]*)"', tag).group(1)
        if target is None:
            return []
        target = target.lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        xml = z.read(target)
    tail = xml[-200_000:].decode("utf-8", "replace")  # mergeCells come after sheetData
    out = []
    from openpyxl.utils.cell import range_boundaries

    for m in re.finditer(r'<(?:\w+:)?mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"', tail):
        c0, r0, c1, r1 = range_boundaries(m.group(1))
        out.append((r0 - 1, c0 - 1, r1 - 1, c1 - 1))
    return out


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _read_csv(path: Path, encoding: str | None) -> ImportTable:
    data = path.read_bytes()
    if encoding is None:
        if data.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
        else:
            try:
                data.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError:
                encoding = "gb18030"  # what Excel on a Chinese Windows writes ("CSV")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError("unreadable", f"not {encoding} text: {exc}",
                              encoding=encoding) from exc
    raw = [tuple(c if c != "" else None for c in r) for r in csv.reader(io.StringIO(text))]
    return _build(path, None, [], raw, list(range(1, len(raw) + 1)), encoding=encoding)


def read_table(path, *, sheet: str | None = None, encoding: str | None = None) -> ImportTable:
    """The register in `path` (.xlsx or .csv): its sheets, headers and non-blank data rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        with paused_collector():  # every cell of the sheet alive at once
            return _read_xlsx(path, sheet)
    if suffix in (".csv", ".txt"):
        with paused_collector():
            return _read_csv(path, encoding)
    raise ImportFileError("unknown_format", f"not .xlsx or .csv: {path.name}",
                          suffix=suffix)
