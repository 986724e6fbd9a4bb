"""The golden sync package of payload format 1 (schema 0010), made once by
make_golden_sync_package.py: every later version must import it into a new upper office as it
is — signature, decryption, payload, and the rows applied — and answer with an ack."""
import hashlib
import json
from pathlib import Path

from desktop.security.keystore import OfficeKeys, PublicKeys
from desktop.security.suites import DEFAULT
from desktop.services.setup import OfficeSetup, create_office
from desktop.services.sync_receive import receive_package
from desktop.services.sync_registry import register_unit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SHA256 = "75a5e98f1ba3a614baa6b003b5c95778cdb91c2360d38c3e2789acf0d7317ec4"


def test_the_golden_package_imports_into_a_new_upper_office(tmp_path):
    data = (FIXTURES / "sync-changes-0010.zjpkg").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256  # never remade
    k = json.loads((FIXTURES / "sync-changes-0010-keys.json").read_text(encoding="utf-8"))
    unit = OfficeKeys(DEFAULT.name, bytes.fromhex(k["unit_signing_private"]),
                      bytes.fromhex(k["unit_encryption_private"]))
    upper_keys = OfficeKeys(DEFAULT.name, bytes.fromhex(k["upper_signing_private"]),
                            bytes.fromhex(k["upper_encryption_private"]))
    upper = create_office(tmp_path / "upper.sqlite3", OfficeSetup(
        unit_code=k["upper_code"], unit_name="临江市人民检察院", unit_abbr="临检",
        upper_name="江东省人民检察院", officer_name="李华", officer_username="lihua",
        password="secret1", level="upper"))
    try:
        register_unit(upper, PublicKeys.of(unit, unit_code=k["unit_code"],
                                           unit_name=k["unit_name"], role="grassroots"))
        result = receive_package(upper, upper_keys, data)
        assert (result.result, result.first_seq, result.last_seq) == (
            "applied", k["first_seq"], k["last_seq"])
        assert result.ack is not None and result.ack.recipient == k["unit_code"]
        assert upper.reader.execute("SELECT count(*) FROM arrest_requests WHERE unit_code = ?",
                                    (k["unit_code"],)).fetchone()[0] == k["arrest_requests"]
    finally:
        upper.close()
