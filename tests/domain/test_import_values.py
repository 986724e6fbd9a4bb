"""Reading imported register cells: the date spellings of Chinese registers and Excel date
cells, header normalisation, which field a header names, charges matched to the catalogue."""
from datetime import date, datetime

import pytest

from desktop.domain.import_fields import ARREST, KINDS, PETITION, SUPERVISION, fields
from desktop.domain.import_values import (ValueProblem, guess_field, match_charges,
                                          normalize_header, parse_bool, parse_choice,
                                          parse_date, PETITION_CHANNELS)


@pytest.mark.parametrize("cell", ["2026年3月5日", "2026年03月05日", "2026.3.5", "2026/03/05",
                                  "2026-3-5", "20260305", 20260305, "２０２６．３．５", " 2026-03-05 ",
                                  "2026-03-05 10:30:00", "2026年3月5号", datetime(2026, 3, 5, 0, 0),
                                  date(2026, 3, 5), 46086, 46086.0])
def test_the_usual_spellings_and_excel_cells_read_as_one_day(cell):
    assert parse_date(cell) == date(2026, 3, 5)


@pytest.mark.parametrize("cell, code", [("2026-02-30", "import.date_impossible"),
                                        ("2026年13月1日", "import.date_impossible"),
                                        ("三月五日", "import.date_unreadable"),
                                        ("5/3/2026", "import.date_unreadable"),
                                        (12, "import.date_unreadable"),
                                        (True, "import.date_unreadable")])
def test_a_cell_that_is_no_date_gives_a_reason_never_a_guess(cell, code):
    got = parse_date(cell)
    assert isinstance(got, ValueProblem) and got.code == code


def test_an_empty_cell_is_no_date():
    assert parse_date(None) is None and parse_date("  ") is None


def test_headers_are_compared_without_spaces_marks_and_full_width_forms():
    assert normalize_header(" *犯罪嫌疑人\n姓名 ") == "犯罪嫌疑人姓名"
    assert normalize_header("受理日期（年月日）") == "受理日期"
    assert normalize_header("身份证号：") == "身份证号"


@pytest.mark.parametrize("header, key", [
    ("犯罪嫌疑人", "suspect_name"), ("嫌疑人姓名", "suspect_name"), ("姓名", "suspect_name"),
    ("身份证号", "id_number"), ("公民身份号码", "id_number"), ("证件号码", "id_number"),
    ("受理日期", "received_date"), ("收案日期", "received_date"), ("罪名", "charges"),
    ("涉嫌罪名", "charges"), ("案由", "charges"), ("承办人", "officer"),
    ("承办检察官", "officer"), ("公安机关", "police_agency"), ("移送单位", "police_agency"),
    ("提请单位", "police_agency"), ("案件编号", "police_case_no"), ("公安案号", "police_case_no"),
    ("提请批捕文书号", "request_no"), ("*受理日期\n（收案）", "received_date")])
def test_arrest_register_headers_name_their_fields(header, key):
    assert guess_field(header, ARREST) == key


def test_the_same_header_names_another_field_in_another_register():
    assert guess_field("案由", SUPERVISION) == "summary"
    assert guess_field("姓名", PETITION) == "petitioner_name"
    assert guess_field("备注说明", ARREST) == "note"
    assert guess_field("序号", ARREST) is None


def test_a_field_already_taken_is_not_guessed_twice():
    assert guess_field("姓名", ARREST, taken={"suspect_name"}) is None


def test_every_kind_has_required_fields_and_unique_keys():
    for kind in KINDS:
        keys = [f.key for f in fields(kind)]
        assert len(keys) == len(set(keys)) and any(f.required for f in fields(kind))


CATALOGUE = {"C0101": "盗窃罪", "C0102": "诈骗罪", "C0103": "集资诈骗罪",
             "C0104": "武装叛乱、暴乱罪", "C0105": "隐匿、故意销毁会计凭证、会计帐簿、财务会计报告罪"}


def test_charges_match_with_or_without_the_final_character_and_split_on_separators():
    assert match_charges("盗窃", CATALOGUE) == (["C0101"], [])
    assert match_charges("涉嫌盗窃罪、诈骗罪", CATALOGUE) == (["C0101", "C0102"], [])
    assert match_charges("武装叛乱、暴乱罪", CATALOGUE) == (["C0104"], [])
    assert match_charges("隐匿、故意销毁会计凭证、会计账簿、财务会计报告罪", CATALOGUE)[0] == ["C0105"]


def test_an_unknown_charge_comes_back_with_suggestions():
    codes, unknown = match_charges("电信诈骗", CATALOGUE)
    assert codes == [] and unknown == [("电信诈骗", ["C0102", "C0103"])]


def test_yes_no_words_and_enumerated_words():
    assert parse_bool("是") is True and parse_bool("取保候审") is False
    assert parse_bool("刑事拘留") is True and parse_bool(None) is None
    assert isinstance(parse_bool("也许"), ValueProblem)
    assert parse_choice("来访", PETITION_CHANNELS) == "visit"
    assert parse_choice("visit", PETITION_CHANNELS) == "visit"
    assert parse_choice("传真", PETITION_CHANNELS).code == "import.choice_unknown"


def test_several_charges_one_with_a_separator_inside_its_name():
    # the registration form hands a draft's charges back as names joined by ；
    assert match_charges("盗窃罪；武装叛乱、暴乱罪", CATALOGUE) == (["C0101", "C0104"], [])
    assert match_charges("武装叛乱、暴乱罪、诈骗", CATALOGUE) == (["C0104", "C0102"], [])
