"""Make the golden package of a released container format (tests/fixtures/package-format-N.zjpkg)
and its keys (package-format-N-keys.json, hex). Run once per released format, then never again
for that format: every later version must open the committed bytes as they are.

    PYTHONPATH=. python tests/sync/make_golden_package.py [--force]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.security.suites import DEFAULT
from desktop.sync.container import FORMAT, read_header, seal, write_atomic

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PACKAGE = FIXTURES / f"package-format-{FORMAT}.zjpkg"
KEYS = FIXTURES / f"package-format-{FORMAT}-keys.json"

# Opaque to the container; shaped like a change feed so the file is realistic to look at.
PAYLOAD = json.dumps({
    "first_seq": 1, "last_seq": 2, "changes": [
        {"seq": 1, "table": "persons", "id": "01937a2c-0000-7000-8000-000000000001",
         "version": 1, "op": "insert", "row": {"name": "刘思远", "unit_code": "320101"}},
        {"seq": 2, "table": "arrest_requests", "id": "01937a2c-0000-7000-8000-000000000002",
         "version": 1, "op": "insert", "row": {"case_name": "刘思远盗窃案", "unit_code": "320101"}},
    ]}, ensure_ascii=False, sort_keys=True).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="replace an existing golden file")
    args = parser.parse_args(argv)
    if (PACKAGE.exists() or KEYS.exists()) and not args.force:
        print(f"{PACKAGE.name} exists: a released format's golden file is never remade",
              file=sys.stderr)
        return 1
    signing = DEFAULT.new_signing_key()
    encryption = DEFAULT.new_encryption_key()
    data = seal(kind="changes", sender_unit="320101", recipient_unit="320100", payload=PAYLOAD,
                signing_private=signing, recipient_public=DEFAULT.encryption_public(encryption),
                created_at="2026-11-23T08:15:00Z")
    header = read_header(data)
    keys = {
        "suite": DEFAULT.name,
        "sender_unit": header.sender_unit,
        "sender_signing_private": signing.hex(),
        "sender_signing_public": DEFAULT.signing_public(signing).hex(),
        "recipient_unit": header.recipient_unit,
        "recipient_encryption_private": encryption.hex(),
        "recipient_encryption_public": DEFAULT.encryption_public(encryption).hex(),
        "expected_header": {k: v for k, v in vars(header).items()},
        "expected_payload": PAYLOAD.decode("utf-8"),
    }
    write_atomic(PACKAGE, data)
    write_atomic(KEYS, (json.dumps(keys, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    print(f"wrote {PACKAGE} ({len(data)} bytes) and {KEYS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
