"""`zhenjian documents export`: the PDFs named by number, register.csv with a BOM, atomic."""
import csv
import hashlib

from desktop.cli import main
from desktop.services import documents as D
from tests.conftest import TODAY


def _issue_two(office, review):
    subject = D.Subject("arrest_reviews", review)
    a = D.issue(office, D.preview(office, "approve_arrest", subject, today=TODAY), today=TODAY)
    b = D.issue(office, D.preview(office, "refuse_arrest", subject, today=TODAY), today=TODAY)
    D.void(office, b.id, "决定有误")
    return a, b


def test_export_writes_every_pdf_and_the_register(office, review, tmp_path, capsys):
    a, b = _issue_two(office, review)
    out = tmp_path / "out"
    assert main(["documents", "export", "--db", str(office.db.path), "--out", str(out)]) == 0
    assert "wrote 2 documents" in capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["register.csv", f"{a.number}.pdf", f"{b.number}（已作废）.pdf"])
    assert hashlib.sha256((out / f"{a.number}.pdf").read_bytes()).hexdigest() == a.sha256
    raw = (out / "register.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    by_number = {r["文号"]: r for r in rows}
    assert by_number[a.number]["状态"] == "有效" and by_number[a.number]["SHA-256"] == a.sha256
    assert by_number[b.number]["状态"] == "作废" and by_number[b.number]["作废原因"] == "决定有误"
    assert by_number[a.number]["犯罪嫌疑人"] == "王小明"
    assert not [p for p in out.iterdir() if p.name.startswith(".part-")]
    # again into the same folder: replaced in place, nothing left over
    assert main(["documents", "export", "--db", str(office.db.path), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == names


def test_export_usage_and_failures(office, review, tmp_path, capsys):
    assert main(["documents", "export", "--db", str(office.db.path)]) == 2
    assert main(["documents"]) == 2
    assert main(["documents", "export", "--db", str(tmp_path / "none.sqlite3"),
                 "--out", str(tmp_path / "o")]) == 1
    assert "does not exist" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["documents", "export", "--db", str(office.db.path), "--out", str(blocker)]) == 1
    a, _ = _issue_two(office, review)
    with office.transaction("issue_documents") as s:  # a damaged stored PDF is reported, the rest exported
        s.connection().exec_driver_sql(
            "UPDATE document_files SET content = X'00' WHERE sha256 = ?", (a.sha256,))
    out = tmp_path / "out"
    assert main(["documents", "export", "--db", str(office.db.path), "--out", str(out)]) == 1
    assert "SHA-256" in capsys.readouterr().err
    assert (out / "register.csv").exists()
