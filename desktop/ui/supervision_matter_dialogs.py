"""The dialogs of the supervision register that concern the matter rather than one notice:
open a matter (with its request and one of the request's suspects), close it, and the
office's settings (periods the law leaves open, the holiday extension, the office's tags).
Their texts are marked with the other supervision dialogs' (supervision_dialogs.T)."""
from __future__ import annotations

from datetime import date

from desktop.services import supervision_queries as queries
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.supervision_register import MatterInput, close_matter, open_matter
from desktop.services.supervision_settings import read_settings, save_settings
from desktop.ui import supervision_labels as sl
from desktop.ui.custody_form import CustodyForm, Field
from desktop.ui.supervision_dialogs import T, _form, _tr


def new_matter_dialog(office, *, today: date, parent=None, start: dict | None = None
                      ) -> CustodyForm:
    """`start`: values the matter begins with (supervision_queries.start_from_arrest_review
    for a matter found during an arrest review, start_from_petition for one raised by a
    petition); the officer may still change them."""
    reader = office.reader
    choices = queries.matter_choices(reader, office.unit_code)
    settings = read_settings(reader)
    start = start or {}
    if start.get("request_id") and all(r[0] != start["request_id"]
                                       for r in choices["requests"]):
        # an older request than the recent ones offered: offer it too
        choices["requests"] = [(start["request_id"], start.get("request_label", "")),
                               *choices["requests"]]

    def requests():
        return [("", _tr(T["no_request"]))] + list(choices["requests"])

    suspects: list = []  # of the linked request: the persons a matter may name

    def persons():
        return [("", _tr(T["no_request"]))] + suspects

    fields = [
        Field("source", "combo", T["source"], lambda: sl.choices(sl.SOURCES),
              start.get("source", "own_finding")),
        Field("area", "combo", T["area"], lambda: sl.choices(sl.AREAS),
              start.get("area", "case_filing")),
        Field("police_agency_id", "combo", T["agency"], lambda: list(choices["agencies"]),
              start.get("police_agency_id")),
        Field("opened_on", "date", T["opened_on"], value=today),
        Field("police_case_no", "line", T["case_no"], value=start.get("police_case_no", "")),
        Field("party_name", "line", T["party"], value=start.get("party_name", "")),
        Field("subject_name", "line", T["subject"], value=start.get("subject_name", "")),
        Field("request_id", "combo", T["request"], requests, start.get("request_id", "")),
        Field("person_id", "combo", T["person"], lambda: persons()),
        Field("tags", "checks", T["tags"], lambda: sl.tag_choices(settings)),
        Field("summary", "text", T["summary"], value=start.get("summary", "")),
    ]

    def save(v):
        return open_matter(office, MatterInput(
            source=v["source"], area=v["area"], police_agency_id=v["police_agency_id"] or "",
            opened_on=v["opened_on"], summary=v["summary"], police_case_no=v["police_case_no"],
            party_name=v["party_name"], subject_name=v["subject_name"], tags=v["tags"],
            request_id=v["request_id"] or "", person_id=v["person_id"] or ""), today=today)

    form = _form(fields, "matter_title", save, today=today, parent=parent,
                 name="supervisionMatterDialog")
    request, person = form.widgets["request_id"], form.widgets["person_id"]

    known: dict = {"": []}  # request id -> its suspects, read once (a language change
    #                         refills the combos and must not read the database again)

    def follow_request(*_):
        request_id = request.currentData() or ""
        if request_id not in known:
            known[request_id] = queries.request_persons(reader, request_id)
        suspects[:] = known[request_id]
        person.clear()
        for person_id, name in persons():
            person.addItem(name, person_id)
        person.setEnabled(person.count() > 1)

    request.currentIndexChanged.connect(follow_request)
    follow_request()
    if start.get("person_id"):
        person.setCurrentIndex(max(0, person.findData(start["person_id"])))
    if start:
        form.widgets["summary"].setFocus()  # what was found is all that is left to write
    return form


def close_matter_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("closed_on", "date", T["closed_on"], value=today),
              Field("result", "text", T["result"])]

    def save(v):
        return close_matter(office, detail.row.matter_id, closed_on=v["closed_on"],
                            result=v["result"], today=today)

    return _form(fields, "close_matter_title", save, today=today, parent=parent,
                 name="supervisionCloseMatterDialog")


def settings_dialog(office, *, today: date, parent=None) -> CustodyForm:
    current = read_settings(office.reader)
    fields = [
        Field("correction_days", "line", T["correction_days"],
              value=str(current.correction_days)),
        Field("suggestion_months", "line", T["suggestion_months"],
              value=str(current.suggestion_months)),
        Field("holiday_extension", "combo", T["holiday_extension"],
              lambda: [("1", _tr(T["extension_on"])), ("0", _tr(T["extension_off"]))],
              "1" if current.holiday_extension else "0"),
        Field("extra_tags", "text", T["extra_tags"], value="\n".join(current.extra_tags)),
    ]

    def number(v, name, code):
        text = v[name].strip()
        if not text.isdigit():
            raise ValidationFailed([FieldError(name, code, "")])
        return int(text)

    def save(v):
        return save_settings(office, correction_days=number(v, "correction_days",
                                                             "supervision.days_range"),
                             suggestion_months=number(v, "suggestion_months",
                                                      "supervision.months_range"),
                             holiday_extension=v["holiday_extension"] == "1",
                             extra_tags=v["extra_tags"])

    form = _form(fields, "settings_title", save, today=today, parent=parent,
                 name="supervisionSettingsDialog")
    form.set_hint(_tr(T["settings_hint"]))
    return form
