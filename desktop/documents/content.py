"""What a document says, once filled: the text that is rendered, stored in the register as
issued (JSON) and re-rendered from. Pure data."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class ReceiptContent:
    title: str
    recipient: str
    paragraphs: tuple[str, ...]
    signature: str


@dataclass(frozen=True)
class DocumentContent:
    doc_type: str
    title: str  # the document's name, second title line
    unit_name: str  # the procuratorate's full name, first title line
    number: str  # 青检刑批捕〔2026〕12号
    recipient: str  # "青山县公安局："
    paragraphs: tuple[str, ...]
    attachments: str  # "附：…" or ""
    issued_on: date
    date_text: str  # 二〇二六年十一月二十三日
    parts: tuple[str, ...] = ("正本",)
    stub: tuple[tuple[str, str], ...] = ()  # (label, value) rows of the 存根
    receipt: ReceiptContent | None = None
    meta: dict = field(default_factory=dict)  # case number, suspect, officer: for the register

    def to_json(self) -> str:
        data = asdict(self)
        data["issued_on"] = self.issued_on.isoformat()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DocumentContent:
        d = json.loads(text)
        receipt = d.get("receipt")
        return cls(
            doc_type=d["doc_type"], title=d["title"], unit_name=d["unit_name"],
            number=d["number"], recipient=d["recipient"], paragraphs=tuple(d["paragraphs"]),
            attachments=d["attachments"], issued_on=date.fromisoformat(d["issued_on"]),
            date_text=d["date_text"], parts=tuple(d["parts"]),
            stub=tuple(tuple(r) for r in d["stub"]),
            receipt=ReceiptContent(receipt["title"], receipt["recipient"],
                                   tuple(receipt["paragraphs"]), receipt["signature"])
            if receipt else None,
            meta=d.get("meta", {}))
