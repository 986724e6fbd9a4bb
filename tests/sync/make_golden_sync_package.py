"""Make the golden sync package of the released payload format (schema 0010): a real unit's
changes — an office set up and one arrest request registered — sealed for its upper office,
with the keys in hex. Run once per released format, never again: every later version must
import the committed bytes into a new upper office (tests/sync/test_golden_sync_package.py).

    PYTHONPATH=. python tests/sync/make_golden_sync_package.py [--force]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PACKAGE = FIXTURES / "sync-changes-0010.zjpkg"
KEYS = FIXTURES / "sync-changes-0010-keys.json"


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from desktop.security.keystore import PublicKeys, generate_keys
    from desktop.services.arrest_register import register_request
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.services.sync_export import export_changes
    from desktop.services.sync_registry import set_upper
    from desktop.sync.container import write_atomic
    from tests.conftest import TODAY, make_registration

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true")
    if (PACKAGE.exists() or KEYS.exists()) and not parser.parse_args(argv).force:
        print(f"{PACKAGE.name} exists: a released format's golden file is never remade",
              file=sys.stderr)
        return 1
    unit_keys, upper_keys = generate_keys(), generate_keys()
    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "unit.sqlite3", OfficeSetup(
            unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
            upper_name="临江市人民检察院", upper_code="320100", officer_name="张明",
            officer_username="zhangming", password="secret1"))
        set_upper(office, PublicKeys.of(upper_keys, unit_code="320100",
                                        unit_name="临江市人民检察院", role="upper"))
        register_request(office, make_registration(office), today=TODAY)
        package = export_changes(office, unit_keys)
        requests = office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0]
        office.close()
    write_atomic(PACKAGE, package.data)
    KEYS.write_text(json.dumps({
        "unit_code": "320101", "unit_name": "青山县人民检察院",
        "unit_signing_private": unit_keys.signing_private.hex(),
        "unit_encryption_private": unit_keys.encryption_private.hex(),
        "upper_code": "320100",
        "upper_signing_private": upper_keys.signing_private.hex(),
        "upper_encryption_private": upper_keys.encryption_private.hex(),
        "first_seq": package.first_seq, "last_seq": package.last_seq,
        "arrest_requests": requests}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(PACKAGE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
