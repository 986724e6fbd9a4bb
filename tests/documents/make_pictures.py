"""Renders one page of every document type to docs/documents/<type>.png for the look review
(the 正本 page of multi-part forms): `PYTHONPATH=. python tests/documents/make_pictures.py`."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from desktop.services import documents as D
    from desktop.services.arrest_register import register_request
    from desktop.services.setup import OfficeSetup, create_office
    from tests.conftest import make_registration
    from tests.documents.samples import EXTRAS

    out = ROOT / "docs" / "documents"
    out.mkdir(parents=True, exist_ok=True)
    today = date(2026, 11, 23)
    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "p.sqlite3", OfficeSetup(
            unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
            upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
        register_request(office, make_registration(office), today=today)
        review = office.reader.execute("SELECT id FROM arrest_reviews").fetchone()[0]
        for doc_type, extra in EXTRAS.items():
            draft = D.preview(office, doc_type, D.Subject("arrest_reviews", review),
                              today=today, extra=extra)
            info = D.issue(office, draft, today=today)
            pdf = Path(tmp) / f"{doc_type}.pdf"
            pdf.write_bytes(D.pdf_bytes(office.reader, info.id))
            page = draft.parts.index("正本") + 1 if "正本" in draft.parts else 1
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page),
                            "-l", str(page), str(pdf), str(out / doc_type)], check=True)
            print(out / f"{doc_type}.png")
        office.close()


if __name__ == "__main__":
    main()
