"""The outbox is a second, complete record of the truth (STYLE habit 10): replaying it alone
gives back every synced record exactly as the database holds it. The strongest proof that
change capture misses nothing — if a write path bypassed it, this test would see the gap."""
import json
from datetime import date

from desktop.services.demo import create_demo
from desktop.store.capture import row_state
from desktop.store.models import ArrestReview, Person, synced_models


def replay(conn) -> dict:
    state: dict = {}
    last_seq = 0
    for seq, table, row_id, version, payload in conn.execute(
            "SELECT seq, table_name, row_id, version, payload FROM outbox ORDER BY seq"):
        assert seq > last_seq
        last_seq = seq
        row = json.loads(payload)
        assert row["version"] == version and row["id"] == row_id
        previous = state.setdefault(table, {}).get(row_id)
        assert previous is None or previous["version"] < version  # versions only go up
        state[table][row_id] = row
    return state


def test_replaying_the_outbox_rebuilds_every_synced_record(tmp_path):
    office = create_demo(tmp_path / "demo.sqlite3", cases=60, today=date(2026, 11, 23))
    with office.transaction("review_work") as session:  # later edits and a tombstone travel too
        review = session.query(ArrestReview).filter_by(status="received").first()
        review.status = "under_review"
        person = session.query(Person).first()
        person.name = person.name + "某"
        session.query(Person).order_by(Person.id.desc()).first().deleted_at = \
            review.created_at
    replayed = replay(office.reader)
    with office.transaction("review_work") as session:
        for model in synced_models():
            actual = {o.id: json.loads(json.dumps(row_state(o), ensure_ascii=False))
                      for o in session.query(model)}
            assert replayed.get(model.__tablename__, {}) == actual, model.__tablename__
    office.close()
