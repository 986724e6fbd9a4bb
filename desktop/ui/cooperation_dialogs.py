"""The dialogs of the cooperation log, each a keyboard-first form (desktop.ui.custody_form)
saved through one service call: an entry (new or edited; its kind decides which fields show),
completing a tracked item, and the office record. Service errors are translated here and shown
at their field. Texts: context "CooperationDialogs"."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from desktop.domain import cooperation as rules
from desktop.services import arrest_queries
from desktop.services import cooperation_log as svc
from desktop.services.errors import ValidationFailed
from desktop.ui import cooperation_labels as col
from desktop.ui.custody_form import CustodyForm, Field
from desktop.ui.date_field import DateField

CONTEXT = "CooperationDialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


T = {
    "new_title": QT_TRANSLATE_NOOP("CooperationDialogs", "New cooperation log entry"),
    "edit_title": QT_TRANSLATE_NOOP("CooperationDialogs", "Edit cooperation log entry"),
    "kind": QT_TRANSLATE_NOOP("CooperationDialogs", "&Kind:"),
    "subtype": QT_TRANSLATE_NOOP("CooperationDialogs", "T&ype:"),
    "measure": QT_TRANSLATE_NOOP("CooperationDialogs", "&Measure:"),
    "occurred_on": QT_TRANSLATE_NOOP("CooperationDialogs", "&Date:"),
    "agreed_on": QT_TRANSLATE_NOOP("CooperationDialogs", "Agreed on (&date):"),
    "police_agency": QT_TRANSLATE_NOOP("CooperationDialogs", "Police &agency:"),
    "case_ref": QT_TRANSLATE_NOOP("CooperationDialogs", "&Case:"),
    "request_case_no": QT_TRANSLATE_NOOP("CooperationDialogs", "Arrest &request (case no.):"),
    "person_name": QT_TRANSLATE_NOOP("CooperationDialogs", "&Suspect:"),
    "participants": QT_TRANSLATE_NOOP("CooperationDialogs", "&Participants:"),
    "summary": QT_TRANSLATE_NOOP("CooperationDialogs", "S&ummary:"),
    "outcome": QT_TRANSLATE_NOOP("CooperationDialogs", "&Outcome:"),
    "due_on": QT_TRANSLATE_NOOP("CooperationDialogs", "Due &by:"),
    "done_on": QT_TRANSLATE_NOOP("CooperationDialogs", "Do&ne on:"),
    "officer": QT_TRANSLATE_NOOP("CooperationDialogs", "O&fficer:"),
    "complete_title": QT_TRANSLATE_NOOP("CooperationDialogs", "Mark the item done"),
    "result": QT_TRANSLATE_NOOP("CooperationDialogs", "&What came of it:"),
    "office_title": QT_TRANSLATE_NOOP("CooperationDialogs",
                                      "Investigation-supervision and cooperation office"),
    "office_name": QT_TRANSLATE_NOOP("CooperationDialogs", "&Name:"),
    "site": QT_TRANSLATE_NOOP("CooperationDialogs", "&Site:"),
    "resident_prosecutor": QT_TRANSLATE_NOOP("CooperationDialogs", "&Resident prosecutor:"),
    "police_liaison": QT_TRANSLATE_NOOP("CooperationDialogs", "Police &liaison:"),
    "established_on": QT_TRANSLATE_NOOP("CooperationDialogs", "&Established on:"),
    "duty_roster": QT_TRANSLATE_NOOP("CooperationDialogs", "&Duty roster:"),
}
HINTS = {
    "consultation": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "会商: consultation with the police on a case, before an arrest "
        "request, on a major or difficult case, or on whether to file."),
    "early_involvement": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "提前介入: taking part early in a major case; note the opinions "
        "given on evidence and the direction of the investigation."),
    "police_filing": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "Information the police sent: a case they filed (立案)."),
    "police_withdrawal": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "Information the police sent: a case they withdrew (撤案)."),
    "coercive_measure": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "Information the police sent: a coercive measure taken, changed "
        "or lifted (强制措施)."),
    "joint_supervision": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "联合督办: tracked until done; the dashboard shows it when the due "
        "date is near."),
    "joint_meeting": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "联席会议: who took part, what was discussed and agreed."),
    "rectification": QT_TRANSLATE_NOOP(
        "CooperationDialogs", "整改跟踪: a rectification the police promised, tracked until done."),
}
# Fields every kind shows; the others follow domain.cooperation.FIELDS.
_ALWAYS = ("kind", "occurred_on", "police_agency", "summary", "officer")


def _field_name(domain_field: str) -> str:
    return "request_case_no" if domain_field == "request_id" else domain_field


def _save_translated(call):
    try:
        return call()
    except ValidationFailed as exc:
        raise ValidationFailed(col.translated(exc.errors)) from None


class EntryDialog(CustodyForm):
    """One entry of the log. `detail` (cooperation_queries.EntryDetail) edits that entry."""

    def __init__(self, office, *, today: date, detail=None, kind: str = "consultation",
                 parent: QWidget | None = None):
        self._ready = False
        self._office = office
        self._entry_id = detail.row.entry_id if detail is not None else ""
        conn = office.reader
        agencies = arrest_queries.police_agencies(conn, office.unit_code)
        officers = arrest_queries.officers(conn, office.unit_code)
        r = detail.row if detail is not None else None
        default_agency = (detail.police_agency_id if detail else
                          arrest_queries.last_used_agency(conn, office.unit_code) or
                          (agencies[0][0] if agencies else ""))
        fields = [
            Field("kind", "combo", T["kind"], col.kind_choices, r.kind if r else kind),
            Field("subtype", "combo", T["subtype"], None, r.subtype if r else ""),  # follow_kind
            Field("occurred_on", "date", T["occurred_on"], value=r.occurred_on if r else today),
            Field("due_on", "date", T["due_on"], value=r.due_on if r else None),
            Field("done_on", "date", T["done_on"], value=r.done_on if r else None),
            Field("police_agency", "combo", T["police_agency"], lambda: agencies,
                  default_agency),
            Field("case_ref", "line", T["case_ref"], value=r.case_ref if r else ""),
            Field("request_case_no", "line", T["request_case_no"],
                  value=detail.request_case_no if detail else ""),
            Field("person_name", "line", T["person_name"], value=r.person_name if r else ""),
            Field("participants", "line", T["participants"],
                  value=detail.participants if detail else ""),
            Field("summary", "text", T["summary"], value=r.summary if r else ""),
            Field("outcome", "text", T["outcome"], value=detail.outcome if detail else ""),
            Field("officer", "combo", T["officer"], lambda: officers,
                  detail.officer_id if detail else office.user_id),
        ]
        super().__init__(fields, title=T["edit_title" if detail else "new_title"], today=today,
                         save=self._save, parent=parent, object_name="cooperationEntryDialog",
                         context=CONTEXT)
        self._today = today
        self._form_layout = self.findChild(QFormLayout)
        self._subtype_value = r.subtype if r else ""
        self.widgets["kind"].currentIndexChanged.connect(lambda _i: self.follow_kind())
        self._ready = True
        self.follow_kind()

    def kind(self) -> str:
        return self.value("kind")

    def shown_fields(self) -> list[str]:
        return [name for name, box in self.boxes.items() if self._form_layout.isRowVisible(box)]

    def follow_kind(self) -> None:
        """Show the fields of the chosen kind, fill the type list, name the fields as the
        kind calls them."""
        kind = self.kind()
        if kind not in col.KINDS:  # the kind list is being refilled (language change)
            return
        used = {_field_name(f) for f in rules.fields_of(kind)} | set(_ALWAYS)
        for name, box in self.boxes.items():
            visible = name in used
            widget = self.widgets[name]
            if not visible and isinstance(widget, DateField) and widget.problem() is not None:
                widget.set_date(None)  # a hidden field must not block saving
            self._form_layout.setRowVisible(box, visible)
        combo = self.widgets["subtype"]
        current = combo.currentData() if combo.count() else self._subtype_value
        combo.blockSignals(True)
        combo.clear()
        for value, text in col.subtype_choices(kind):
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._labels["subtype"].setText(_tr(T["measure" if kind == "coercive_measure"
                                              else "subtype"]))
        self._labels["occurred_on"].setText(_tr(T["agreed_on" if rules.is_tracked(kind)
                                                  else "occurred_on"]))
        self.set_hint(_tr(HINTS[kind]) if kind in HINTS else "")
        self.adjustSize()

    def retranslateUi(self) -> None:
        super().retranslateUi()
        if getattr(self, "_ready", False):
            self.follow_kind()

    def _save(self, v: dict):
        shown = set(self.shown_fields())

        def get(name, empty=""):
            return v[name] if name in shown else empty

        data = svc.EntryInput(
            kind=v["kind"], occurred_on=v["occurred_on"], police_agency_id=v["police_agency"]
            or "", summary=v["summary"], subtype=get("subtype") or "",
            case_ref=get("case_ref"), request_case_no=get("request_case_no"),
            person_name=get("person_name"), participants=get("participants"),
            outcome=get("outcome"), due_on=get("due_on", None), done_on=get("done_on", None),
            officer_id=v["officer"] or "")
        if self._entry_id:
            return _save_translated(lambda: svc.edit_entry(self._office, self._entry_id, data,
                                                           today=self._today)) \
                or self._entry_id
        return _save_translated(lambda: svc.add_entry(self._office, data, today=self._today))


def complete_dialog(office, detail, *, today: date, parent: QWidget | None = None
                    ) -> CustodyForm:
    fields = [Field("done_on", "date", T["done_on"], value=today),
              Field("outcome", "text", T["result"])]

    def save(v):
        return _save_translated(lambda: svc.complete_item(
            office, detail.row.entry_id, v["done_on"], v["outcome"], today=today))

    form = CustodyForm(fields, title=T["complete_title"], today=today, save=save,
                       parent=parent, object_name="cooperationCompleteDialog", context=CONTEXT)
    form.set_hint(" — ".join(x for x in (col.kind_label(detail.row.kind), detail.row.case_ref,
                                         detail.row.summary[:60]) if x))
    return form


def office_dialog(office, record, *, today: date, parent: QWidget | None = None
                  ) -> CustodyForm:
    """The office record (`record`: cooperation_queries.OfficeRecord or None)."""
    def initial(name, default=""):
        return getattr(record, name) if record is not None else default

    fields = [
        Field("name", "line", T["office_name"],
              value=initial("name", office.unit_name.replace("人民检察院", "")
                            + "侦查监督与协作配合办公室")),
        Field("site", "line", T["site"], value=initial("site")),
        Field("resident_prosecutor", "line", T["resident_prosecutor"],
              value=initial("resident_prosecutor")),
        Field("police_liaison", "line", T["police_liaison"], value=initial("police_liaison")),
        Field("established_on", "date", T["established_on"],
              value=initial("established_on", None)),
        Field("duty_roster", "text", T["duty_roster"], value=initial("duty_roster")),
    ]

    def save(v):
        return _save_translated(lambda: svc.save_office_record(office, svc.OfficeRecordInput(
            name=v["name"], site=v["site"], resident_prosecutor=v["resident_prosecutor"],
            police_liaison=v["police_liaison"], established_on=v["established_on"],
            duty_roster=v["duty_roster"]), today=today))

    return CustodyForm(fields, title=T["office_title"], today=today, save=save, parent=parent,
                       object_name="cooperationOfficeDialog", context=CONTEXT)
