"""The cooperation log's kinds and rules: which kinds are tracked, which fields each shows and
needs, and the date rules (events not in the future, due after the entry, done in between)."""
from datetime import date

import pytest

from desktop.domain import cooperation as co
from desktop.domain.cooperation import EntryFacts, EntryKind as K, Problem

TODAY = date(2026, 11, 23)


def facts(kind, **kw) -> EntryFacts:
    base = dict(kind=kind.value if isinstance(kind, K) else kind,
                occurred_on=date(2026, 11, 20), police_agency_id="agency", summary="会商案情")
    base.update(kw)
    return EntryFacts(**base)


def codes(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in problems}


def test_only_joint_supervision_and_rectification_are_tracked_with_a_due_date():
    assert co.TRACKED_KINDS == {K.JOINT_SUPERVISION, K.RECTIFICATION}
    for kind in K:
        shows_due = "due_on" in co.fields_of(kind)
        assert shows_due == co.is_tracked(kind) == ("done_on" in co.fields_of(kind)), kind
    assert co.is_tracked("joint_supervision") and not co.is_tracked("consultation")


def test_every_kind_declares_its_fields_and_requirements():
    assert set(co.FIELDS) == set(K) == set(co.REQUIRED)
    for kind in K:
        assert set(co.REQUIRED[kind]) <= set(co.FIELDS[kind]), kind
    # the measure type goes with coercive-measure information, the consultation type with 会商
    assert "subtype" in co.fields_of(K.COERCIVE_MEASURE)
    assert "subtype" in co.fields_of(K.CONSULTATION)
    assert "subtype" not in co.fields_of(K.POLICE_FILING)
    # a joint meeting is about no single case
    assert "case_ref" not in co.fields_of(K.JOINT_MEETING)
    assert {m.value for m in co.ConsultationType} == {"pre_arrest", "major_difficult", "filing"}
    assert "detention" in {m.value for m in co.CoerciveMeasure}


@pytest.mark.parametrize("kind,extra", [
    (K.CONSULTATION, dict(subtype="pre_arrest")),
    (K.EARLY_INVOLVEMENT, dict(case_ref="青公刑案〔2026〕88号 故意杀人案")),
    (K.POLICE_FILING, dict(case_ref="A320101202611")),
    (K.POLICE_WITHDRAWAL, dict(case_ref="A320101202611")),
    (K.COERCIVE_MEASURE, dict(subtype="bail", case_ref="A320101202611", person_name="王某")),
    (K.JOINT_SUPERVISION, dict(case_ref="A320101202611", due_on=date(2026, 12, 20))),
    (K.JOINT_MEETING, dict(participants="检察院第一检察部、公安局法制大队")),
    (K.RECTIFICATION, dict(due_on=date(2026, 12, 1))),
])
def test_a_complete_entry_of_each_kind_passes_and_each_required_field_is_asked_for(kind, extra):
    assert co.validate_entry(facts(kind, **extra), today=TODAY) == []
    for name in co.REQUIRED[kind]:
        emptied = {**extra, name: None if name == "due_on" else ""}
        assert (name, "required") in codes(co.validate_entry(facts(kind, **emptied),
                                                             today=TODAY)), name


def test_the_basic_fields_are_required_for_every_kind():
    got = codes(co.validate_entry(EntryFacts(kind="joint_meeting", occurred_on=None,
                                             participants="x"), today=TODAY))
    assert got == {("occurred_on", "required"), ("police_agency", "required"),
                   ("summary", "required")}
    assert codes(co.validate_entry(facts("nonsense"), today=TODAY)) == {("kind", "required")}


def test_the_subtype_must_be_one_of_the_kind():
    # a consultation type is not a measure
    got = co.validate_entry(facts(K.COERCIVE_MEASURE, subtype="pre_arrest", case_ref="A1",
                                  person_name="王某"), today=TODAY)
    assert codes(got) == {("subtype", "required")}
    # a field the kind does not use is not judged
    assert co.validate_entry(facts(K.EARLY_INVOLVEMENT, case_ref="A1", subtype="junk",
                                   due_on=date(2000, 1, 1)), today=TODAY) == []


def test_an_event_cannot_lie_in_the_future():
    tomorrow = date(2026, 11, 24)
    assert codes(co.validate_entry(facts(K.JOINT_MEETING, occurred_on=tomorrow,
                                         participants="x"), today=TODAY)) \
        == {("occurred_on", "date.future")}
    assert co.validate_entry(facts(K.JOINT_MEETING, occurred_on=TODAY, participants="x"),
                             today=TODAY) == []


def test_the_due_date_comes_after_the_entry_date():
    base = dict(case_ref="A1", occurred_on=date(2026, 11, 20))
    same_day = co.validate_entry(facts(K.JOINT_SUPERVISION, due_on=date(2026, 11, 20), **base),
                                 today=TODAY)
    assert same_day == [Problem("due_on", "cooperation.due_not_after",
                                {"date": date(2026, 11, 20)})]
    assert co.validate_entry(facts(K.JOINT_SUPERVISION, due_on=date(2026, 11, 21), **base),
                             today=TODAY) == []
    # a due date may well lie in the future, and in the past (an overdue item entered late)
    assert co.validate_entry(facts(K.RECTIFICATION, due_on=date(2027, 3, 1)), today=TODAY) == []


def test_the_done_date_lies_between_the_entry_and_today():
    base = dict(case_ref="A1", due_on=date(2026, 12, 1))
    assert codes(co.validate_entry(facts(K.JOINT_SUPERVISION, done_on=date(2026, 11, 19),
                                         **base), today=TODAY)) \
        == {("done_on", "cooperation.done_before")}
    assert codes(co.validate_entry(facts(K.JOINT_SUPERVISION, done_on=date(2026, 11, 24),
                                         **base), today=TODAY)) == {("done_on", "date.future")}
    assert co.validate_entry(facts(K.JOINT_SUPERVISION, done_on=date(2026, 11, 20), **base),
                             today=TODAY) == []


def test_texts_have_a_length_limit():
    long = "案" * 2001
    got = co.validate_entry(facts(K.JOINT_MEETING, participants="x", summary=long), today=TODAY)
    assert got == [Problem("summary", "cooperation.too_long", {"limit": 2000})]


def test_completion_only_of_an_open_tracked_item_on_a_real_day():
    entered = date(2026, 11, 1)
    assert co.validate_completion("joint_supervision", entered, date(2026, 11, 23), None,
                                  today=TODAY) == []
    assert codes(co.validate_completion("consultation", entered, TODAY, None, today=TODAY)) \
        == {("done_on", "cooperation.not_tracked")}
    assert codes(co.validate_completion("rectification", entered, TODAY, date(2026, 11, 5),
                                        today=TODAY)) == {("done_on", "cooperation.already_done")}
    assert codes(co.validate_completion("rectification", entered, None, None, today=TODAY)) \
        == {("done_on", "required")}
    assert codes(co.validate_completion("rectification", entered, date(2026, 10, 31), None,
                                        today=TODAY)) == {("done_on", "cooperation.done_before")}
    assert codes(co.validate_completion("rectification", entered, date(2026, 11, 24), None,
                                        today=TODAY)) == {("done_on", "date.future")}


def test_overdue_means_tracked_open_and_past_its_day():
    due = date(2026, 11, 22)
    assert co.is_overdue("joint_supervision", due, None, TODAY)
    assert not co.is_overdue("joint_supervision", TODAY, None, TODAY)  # due today: not yet
    assert not co.is_overdue("joint_supervision", due, date(2026, 11, 21), TODAY)
    assert not co.is_overdue("consultation", due, None, TODAY)
