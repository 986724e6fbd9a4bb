"""Renders the 正本 page of each supervision document to docs/documents/<type>.png for the look
review, filled from the demo supervision register:
`PYTHONPATH=. python tests/documents/make_supervision_pictures.py`."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# in chain order, so a later notice cites the number of the one it follows
ORDER = ("explain_non_filing", "explain_filing", "notice_to_file", "notice_to_withdraw",
         "non_filing_opinion", "filing_opinion", "progress_urge", "correction", "suggestion")


def main() -> None:
    from desktop.domain.supervision_notices import spec
    from desktop.services import documents as D
    from desktop.services.demo_supervision import fill_register
    from desktop.services.setup import OfficeSetup, create_office

    out = ROOT / "docs" / "documents"
    today = date(2026, 11, 23)
    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "p.sqlite3", OfficeSetup(
            unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
            upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
        fill_register(office, today=today)
        issued: set[str] = set()
        for kind in ORDER:
            rows = office.reader.execute(
                "SELECT id, parent_id FROM supervision_notices WHERE kind = ? "
                "ORDER BY drafted_on", (kind,)).fetchall()
            # the one following a notice already issued, else the first
            notice = next((r[0] for r in rows if r[1] in issued), rows[0][0])
            doc_type = spec(kind).doc_type
            draft = D.preview(office, doc_type, D.Subject("supervision_notices", notice),
                              today=today)
            info = D.issue(office, draft, today=today)
            issued.add(notice)
            pdf = Path(tmp) / f"{doc_type}.pdf"
            pdf.write_bytes(D.pdf_bytes(office.reader, info.id))
            page = draft.parts.index("正本") + 1
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page),
                            "-l", str(page), str(pdf), str(out / doc_type)], check=True)
            print(out / f"{doc_type}.png")
        office.close()


if __name__ == "__main__":
    main()
