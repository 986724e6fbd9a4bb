from datetime import date

from desktop.domain.ages import offence_reference_date
from desktop.domain.text import normalize_search_text


def test_zhang_variants_and_case_fold():
    assert normalize_search_text(" 会计帐簿 ") == "会计账簿"
    assert normalize_search_text("A3201") == normalize_search_text("a3201")


def test_offence_reference_falls_back_to_detention_then_request():
    req = date(2026, 11, 20)
    assert offence_reference_date(offence_date=date(2026, 1, 2), detained_since=date(2026, 11, 18),
                                  request_date=req) == date(2026, 1, 2)
    assert offence_reference_date(offence_date=None, detained_since=date(2026, 11, 18),
                                  request_date=req) == date(2026, 11, 18)
    assert offence_reference_date(offence_date=None, detained_since=None, request_date=req) == req
