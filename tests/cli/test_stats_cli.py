"""`zhenjian stats`: the period's indicators as a JSON, Excel or PDF file."""
import json
import subprocess
from datetime import date

from desktop.cli import main
from desktop.services.arrest_register import register_request
from tests.conftest import make_registration


def test_stats_writes_the_period_as_json(office, tmp_path, capsys):
    register_request(office, make_registration(office), today=date(2026, 9, 28))
    db, out = str(office.db.path), tmp_path / "stats.json"
    assert main(["stats", "--db", db, "--from", "2026-09-01", "--to", "2026-09-30",
                 "--format", "json", "--out", str(out), "--today", "2026-11-23"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["period"]["from"] == "2026-09-01" and doc["period"]["to"] == "2026-09-30"
    rows = {r["key"]: r for r in doc["indicators"]}
    assert (rows["arrest.received_cases"]["value"], rows["arrest.received_cases"]["name"],
            rows["arrest.received_cases"]["unit"]) == (1, "受理审查逮捕（件）", "件")
    assert rows["arrest.non_arrest_rate"]["denominator_keys"] == ["arrest.concluded_persons"]
    # another unit, and the other denominator
    assert main(["stats", "--db", db, "--from", "2026-09-01", "--to", "2026-09-30",
                 "--out", str(out), "--unit-code", "999999", "--denominator", "decided"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["unit_code"] == "999999" and doc["non_arrest_denominator"] == "decided"
    assert {r["key"]: r for r in doc["indicators"]}["arrest.received_cases"]["value"] == 0


def test_stats_writes_xlsx_and_pdf(office, tmp_path, capsys):
    from openpyxl import load_workbook

    register_request(office, make_registration(office), today=date(2026, 9, 28))
    db = str(office.db.path)
    for fmt in ("xlsx", "pdf"):
        out = tmp_path / f"stats.{fmt}"
        assert main(["stats", "--db", db, "--from", "2026-09-01", "--to", "2026-09-30",
                     "--format", fmt, "--out", str(out), "--today", "2026-11-23"]) == 0
        assert capsys.readouterr().out.strip() == str(out)
        assert not out.with_name(out.name + ".part").exists()
    ws = load_workbook(tmp_path / "stats.xlsx")["指标"]
    assert ws["A1"].value.endswith("统计报表（2026年09月01日至2026年09月30日）")
    found = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert found["受理审查逮捕（件）"] == 1
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "stats.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    assert "受理审查逮捕（件）" in text


def test_stats_refuses_bad_periods_and_missing_files(office, tmp_path, capsys):
    db, out = str(office.db.path), tmp_path / "stats.json"
    assert main(["stats", "--db", db, "--from", "2026-12-31", "--to", "2026-01-01",
                 "--out", str(out)]) == 2
    assert "before it starts" in capsys.readouterr().err
    assert main(["stats", "--db", db, "--from", "2026-13-01", "--to", "2026-12-31",
                 "--out", str(out)]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["stats", "--db", str(tmp_path / "none.sqlite3"), "--from", "2026-01-01",
                 "--to", "2026-12-31", "--out", str(out)]) == 1
    assert "no database" in capsys.readouterr().err
    not_db = tmp_path / "not.sqlite3"
    not_db.write_bytes(b"hello" * 100)
    assert main(["stats", "--db", str(not_db), "--from", "2026-01-01", "--to", "2026-12-31",
                 "--out", str(out)]) == 1
    assert "not a Zhenjian database" in capsys.readouterr().err
    assert main(["stats", "--db", db, "--from", "2026-01-01", "--to", "2026-12-31",
                 "--out", str(tmp_path / "missing" / "s.json")]) == 1
    assert "cannot write" in capsys.readouterr().err
