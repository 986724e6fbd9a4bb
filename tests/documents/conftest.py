from __future__ import annotations

import pytest

from tests.conftest import TODAY, make_registration


@pytest.fixture
def review(office):
    """An office with one registered request; returns the suspect's review id."""
    from desktop.services.arrest_register import register_request

    register_request(office, make_registration(office), today=TODAY)
    return office.reader.execute("SELECT id FROM arrest_reviews").fetchone()[0]
