"""Applying a package pauses Python's cycle collector (services.collector.paused_collector) and always
gives it back as it was: on, after a package applied or refused; off, if the caller had
turned it off."""
import gc

import pytest

from desktop.services.collector import paused_collector
from desktop.services.sync_apply import apply_changes
from desktop.services.sync_payload import PayloadError
from tests.sync.test_apply import apply, outbox, unit, upper  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def collector_on():
    """Each test starts with the collector on, whatever earlier tests left: a test that made
    the Qt application leaves it off (the GUI thread collects on a timer)."""
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_the_collector_is_paused_during_an_import_and_back_after(unit, upper):  # noqa: F811
    from desktop.services.arrest_register import register_request
    from tests.conftest import TODAY, make_registration

    register_request(unit, make_registration(unit), today=TODAY)
    changes = outbox(unit)
    seen = []

    class Spy(list):  # the changes, noting whether the collector ran as they were read
        def __iter__(self):
            seen.append(gc.isenabled())
            return super().__iter__()

    assert gc.isenabled()
    with upper.transaction("register_request") as session:
        assert apply_changes(session, Spy(changes), owner="320101", files={}) > 0
    assert seen == [False] and gc.isenabled()
    with pytest.raises(PayloadError):
        apply(upper, changes, owner="320102")  # not the owner: refused
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):
        with paused_collector():
            raise RuntimeError("an import that failed")
    assert gc.isenabled()
