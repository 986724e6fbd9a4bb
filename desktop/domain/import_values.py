"""Reading the values of an imported register cell (导入值的解析), pure: dates in the
spellings Chinese registers use, yes/no words, charge lists, the words registers use for the
enumerated fields, and which field a column header names.

A value that cannot be read is returned with a reason code (`ValueProblem`), never guessed:
the officer fixes the cell in the wizard or the row is refused with that reason."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.domain.import_fields import fields

# Excel's day 0 is 1899-12-30 (its serial numbers count a 1900-02-29 that never was).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (20000, 80000)  # 1954 … 2119: a serial number, not a year or a case count


@dataclass(frozen=True)
class ValueProblem:
    code: str  # e.g. "import.date_unreadable"
    message: str  # English, for logs and the command line
    params: dict


def _problem(code: str, message: str, **params) -> ValueProblem:
    return ValueProblem(code, message, params)


def half_width(text: str) -> str:
    """Full-width letters, digits and punctuation (２０２６．３．５) as ASCII; the ideographic
    space as a space."""
    return unicodedata.normalize("NFKC", text)


def normalize_header(text) -> str:
    """A header as compared: half-width, without spaces, line breaks and the "*" or "※" that
    mark required columns, without a trailing colon or a unit in brackets (日期（年月日）)."""
    if text is None:
        return ""
    s = half_width(str(text))
    s = re.sub(r"\s+", "", s).replace("*", "").replace("※", "")
    s = re.sub(r"\((?:年月日|yyyy-mm-dd|YYYY-MM-DD|必填|选填)\)$", "", s)
    return s.rstrip(":")


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


def parse_date(value) -> date | ValueProblem | None:
    """A date from a cell: a datetime/date (Excel date cells), an Excel serial number, or the
    text 2026年3月5日, 2026.3.5, 2026/03/05, 2026-3-5, 20260305 (full-width digits too; a time
    after the date is ignored). None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return _problem("import.date_unreadable", f"not a date: {value!r}", text=str(value))
    if isinstance(value, (int, float)):
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        if float(value).is_integer() and 19000101 <= value <= 21991231:
            value = str(int(value))
        else:
            return _problem("import.date_unreadable", f"not a date: {value!r}", text=str(value))
    text = re.sub(r"\s+", "", half_width(str(value)))
    if not text:
        return None
    text = re.split(r"(?<=\d)(?:T|\d{1,2}:\d{2})", text, maxsplit=1)[0] if ":" in text or \
        "T" in text else text
    text = text.rstrip("号")
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return _problem("import.date_impossible", f"no such day: {value}",
                                text=str(value))
    return _problem("import.date_unreadable", f"not a date: {value}", text=str(value))


_YES = {"是", "有", "在押", "羁押", "已羁押", "刑事拘留", "刑拘", "拘留", "y", "yes", "true", "1",
        "√", "✓"}
_NO = {"否", "无", "未羁押", "非羁押", "取保候审", "取保", "监视居住", "不羁押", "n", "no", "false",
       "0", "×", ""}


def parse_bool(value) -> bool | ValueProblem | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = re.sub(r"\s+", "", half_width(str(value))).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False if text else None
    return _problem("import.bool_unreadable", f"not yes or no: {value}", text=str(value))


def cell_text(value) -> str:
    """A cell as text: numbers without ".0" (an ID number or a case number typed as a
    number), dates as ISO, surrounding spaces removed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def split_charges(text: str) -> list[str]:
    """涉嫌盗窃罪、诈骗罪 → ["盗窃罪", "诈骗罪"]: separated by 、，,;； or "/" and a leading
    涉嫌 dropped. A name with 、 inside it (武装叛乱、暴乱罪) is kept whole by the caller, which
    tries the whole text against the catalogue first."""
    s = half_width(text or "").strip()
    parts = re.split(r"[、,;/\n]+", s)
    return [p.strip().removeprefix("涉嫌").strip() for p in parts if p.strip()]


# The words registers use for the enumerated fields (the stored value is the enum's).
SUPERVISION_AREAS = {"立案监督": "case_filing", "侦查活动监督": "investigation",
                     "侦查监督": "investigation"}
SUPERVISION_SOURCES = {"本院发现": "own_finding", "依职权": "own_finding", "自行发现": "own_finding",
                       "被害人控告": "victim_complaint", "控告": "victim_complaint",
                       "申诉": "victim_complaint", "来信来访": "petition", "信访": "petition",
                       "审查逮捕中发现": "arrest_review", "审查逮捕": "arrest_review",
                       "行政执法机关移送": "agency_transfer", "两法衔接": "agency_transfer",
                       "移送": "agency_transfer"}
PETITION_CHANNELS = {"来信": "letter", "信": "letter", "来访": "visit", "访": "visit",
                     "网上信访": "online", "网信": "online", "网上": "online",
                     "12309": "12309", "12309检察服务中心": "12309", "电话": "12309"}
PETITION_TYPES = {"控告": "accusation", "举报": "report", "申诉": "appeal", "建议": "suggestion",
                  "意见": "suggestion", "建议意见": "suggestion", "咨询": "enquiry"}


# The arrest register's outcome words (审查结论, 不捕理由) → review_decision's enum values.
DECISIONS = {"批准逮捕": "approve", "批捕": "approve", "逮捕": "approve", "捕": "approve",
             "批准": "approve", "同意逮捕": "approve",
             "不批准逮捕": "refuse", "不批捕": "refuse", "不捕": "refuse", "不予批准逮捕": "refuse",
             "不批准": "refuse", "不同意逮捕": "refuse", "不逮捕": "refuse"}
NON_ARREST_GROUNDS = {
    "不构成犯罪": "no_crime", "法定不捕": "no_crime", "绝对不捕": "no_crime", "无罪不捕": "no_crime",
    "不构成犯罪不捕": "no_crime", "不应当追究刑事责任": "no_crime",
    "证据不足": "insufficient_evidence", "存疑不捕": "insufficient_evidence",
    "事实不清、证据不足": "insufficient_evidence", "事实不清证据不足": "insufficient_evidence",
    "证据不足不捕": "insufficient_evidence",
    "无社会危险性": "no_social_danger", "相对不捕": "no_social_danger",
    "无逮捕必要": "no_social_danger", "无逮捕必要性": "no_social_danger",
    "不需要逮捕": "no_social_danger", "无社会危险性不捕": "no_social_danger",
    "无社会危险性不批捕": "no_social_danger"}
# what a register writes in a cell that says nothing (an approval's 不捕理由 column)
EMPTY_WORDS = {"无", "/", "-", "—", "——", "－", "不适用"}
# the petition register's outcome words → domain/petitions' ReplyWay and Closure values. A
# 转送 closure is not among them: forwarding has its own record (petition_work.forward).
REPLY_WAYS = {"书面": "written", "书面答复": "written", "当面": "in_person",
              "当面答复": "in_person", "电话": "phone", "电话答复": "phone", "网上": "online",
              "网上答复": "online", "短信": "online"}
CLOSURES = {"息诉罢访": "settled", "息诉": "settled", "依法办结": "concluded", "办结": "concluded",
            "已办结": "concluded", "信访终结": "terminated", "依法终结": "terminated",
            "终结": "terminated", "撤回": "withdrawn", "信访人撤回": "withdrawn"}
# a 审查结论 cell of a case not decided yet: the row is an open case
PENDING_WORDS = {"审查中", "在审", "在办", "未审结", "未结", "待定", "待审批", "未决定"}


def parse_choice(value, words: dict[str, str]) -> str | ValueProblem | None:
    """One of `words` (or already an enum value) → the stored value."""
    text = re.sub(r"\s+", "", half_width(cell_text(value)))
    if not text:
        return None
    if text in words.values():
        return text
    if text in words:
        return words[text]
    return _problem("import.choice_unknown", f"not one of {', '.join(words)}: {text}",
                    text=text, choices="、".join(words))


def guess_field(header, kind: str, *, taken: set[str] = frozenset()) -> str | None:
    """The field a header names, for a register kind: an exact synonym first, then a synonym
    contained in the header (受理日期（收案） → received_date). Fields in `taken` are skipped,
    so two columns never map to one field."""
    h = normalize_header(header)
    if not h:
        return None
    for f in fields(kind):
        if f.key not in taken and (h in f.synonyms or h == f.zh or h.lower() == f.en.lower()
                                   or h == f.key):
            return f.key
    best = None
    for f in fields(kind):
        if f.key in taken:
            continue
        for syn in f.synonyms:
            if len(syn) >= 2 and syn in h and (best is None or len(syn) > best[0]):
                best = (len(syn), f.key)
    return best[1] if best else None


def _charge_rank(q: str, name: str) -> tuple:
    # as the charge picker ranks (ui/charge_picker.rank): exact, then starts with, then
    # contains, then the shortest name
    return (name not in (q, q + "罪"), not name.startswith(q), q not in name, len(name))


class ChargeMatcher:
    """Charge cells matched against one catalogue ({code: name}); the catalogue is indexed
    once and each distinct cell text matched once (a register repeats a few dozen charges
    over thousands of rows)."""

    def __init__(self, catalogue: dict[str, str]):
        from desktop.domain.text import normalize_search_text as norm

        self._norm = norm
        self.catalogue = catalogue
        self._names = {code: norm(name) for code, name in catalogue.items()}
        self._by_name: dict[str, str] = {}
        for code, n in self._names.items():
            self._by_name.setdefault(n, code)
            self._by_name.setdefault(n.removesuffix("罪"), code)
        self._seen: dict[str, tuple] = {}

    def match(self, text: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
        """The codes the cell names and the parts it could not match exactly, each with up
        to three suggested codes. A part matches exactly when it is a charge's name, with or
        without its final 罪 (帐/账 alike)."""
        if text not in self._seen:
            codes, unknown = self._match(text)
            self._seen[text] = (tuple(codes), tuple((p, tuple(s)) for p, s in unknown))
        codes, unknown = self._seen[text]
        return list(codes), [(p, list(s)) for p, s in unknown]

    def _match(self, text: str):
        norm, by_name = self._norm, self._by_name
        whole = norm(half_width(text or "").strip().removeprefix("涉嫌"))
        if whole in by_name:
            return [by_name[whole]], []
        codes, unknown = [], []
        parts = split_charges(text)
        i = 0
        while i < len(parts):
            # the longest run of parts that, joined by 、, is a catalogue name (one part
            # alone included): 盗窃罪；掩饰、隐瞒犯罪所得、犯罪所得收益罪 holds two charges, the
            # second with 、 inside
            run = next((j for j in range(len(parts), i, -1)
                        if norm("、".join(parts[i:j])) in by_name), None)
            if run is not None:
                code = by_name[norm("、".join(parts[i:run]))]
                if code not in codes:
                    codes.append(code)
                i = run
                continue
            part = parts[i]
            i += 1
            q = norm(part)
            stem = q.removesuffix("罪")
            # the suggestion: names holding the stem, else names sharing two characters
            found = [(_charge_rank(stem, n), c) for c, n in self._names.items()
                     if stem and stem in n]
            if not found:
                pairs = {stem[i:i + 2] for i in range(len(stem) - 1)}
                found = [((-sum(p in n for p in pairs), len(n)), c)
                         for c, n in self._names.items() if any(p in n for p in pairs)]
            unknown.append((part, [c for _, c in sorted(found)[:3]]))
        return codes, unknown


def match_charges(text: str, catalogue: dict[str, str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """One cell against a catalogue {code: name} (see ChargeMatcher)."""
    return ChargeMatcher(catalogue).match(text)
