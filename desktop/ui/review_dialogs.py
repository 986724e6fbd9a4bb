"""The small dialogs of the review workspace, one per step, each a form declared by its fields
(desktop.ui.custody_form) and saved through one service call. Service errors are translated
here (review_labels) and shown at their field. Texts: context "ReviewDialogs"."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem

from desktop.domain import review_rules as rules
from desktop.services.errors import ValidationFailed
from desktop.ui import review_labels as rl
from desktop.ui.custody_form import CustodyForm, Field

CONTEXT = "ReviewDialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


T = {
    "interrogation_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Add an interrogation or hearing"),
    "form_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Serve the opinion form (听取意见书)"),
    "returned_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Opinion form returned"),
    "counsel_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Add defence counsel's opinion"),
    "assess_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Assess counsel's arguments"),
    "hearing_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Arrest-review hearing (听证)"),
    "propose_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Propose the decision"),
    "send_back_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Send the proposal back"),
    "receipt_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Record the police's receipt"),
    "served_title": QT_TRANSLATE_NOOP("ReviewDialogs",
                                      "Correct the day the decision reached the police"),
    "served_hint": QT_TRANSLATE_NOOP(
        "ReviewDialogs", "The receipt's deadline counts from this day (RPR 286), and so "
        "does the 15-day follow-up after a refusal for no crime (RPR 287)."),
    "decision_served_on": QT_TRANSLATE_NOOP("ReviewDialogs", "Police &received it on:"),
    "recon_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Police request reconsideration (复议)"),
    "recon_decide_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Decide the reconsideration"),
    "upper_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Police request upper-office review (复核)"),
    "upper_answer_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Upper office's answer (复核)"),
    "demand_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Require the police to request arrest"),
    "withdrawal_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Police withdrew the case"),
    "answer_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Police answer to the RPR 288 demand"),
    "direct_title": QT_TRANSLATE_NOOP("ReviewDialogs", "Decide arrest directly (逮捕决定)"),
    "answer": QT_TRANSLATE_NOOP("ReviewDialogs", "&Answer:"),
    "answered_on": QT_TRANSLATE_NOOP("ReviewDialogs", "Answered &on:"),
    "will_request": QT_TRANSLATE_NOOP("ReviewDialogs", "Will request arrest"),
    "declined": QT_TRANSLATE_NOOP("ReviewDialogs", "Declined"),
    "direct_hint": QT_TRANSLATE_NOOP(
        "ReviewDialogs", "Only when the police decline, or have not answered by the follow-up "
        "day (RPR 288)."),
    "kind": QT_TRANSLATE_NOOP("ReviewDialogs", "&Kind:"),
    "held_on": QT_TRANSLATE_NOOP("ReviewDialogs", "&Date:"),
    "served_on": QT_TRANSLATE_NOOP("ReviewDialogs", "&Served on:"),
    "returned_on": QT_TRANSLATE_NOOP("ReviewDialogs", "&Returned on:"),
    "staff": QT_TRANSLATE_NOOP("ReviewDialogs", "&First staff member:"),
    "staff_2": QT_TRANSLATE_NOOP("ReviewDialogs", "S&econd staff member:"),
    "place": QT_TRANSLATE_NOOP("ReviewDialogs", "&Place:"),
    "female": QT_TRANSLATE_NOOP("ReviewDialogs", "Female &prosecutor present:"),
    "adult": QT_TRANSLATE_NOOP("ReviewDialogs", "&Adult present:"),
    "adult_name": QT_TRANSLATE_NOOP("ReviewDialogs", "Adult's &name:"),
    "note": QT_TRANSLATE_NOOP("ReviewDialogs", "N&ote:"),
    "counsel_name": QT_TRANSLATE_NOOP("ReviewDialogs", "&Counsel:"),
    "method": QT_TRANSLATE_NOOP("ReviewDialogs", "&How heard:"),
    "argument": QT_TRANSLATE_NOOP("ReviewDialogs", "A&rgument:"),
    "argument_text": QT_TRANSLATE_NOOP("ReviewDialogs", "What counsel &says:"),
    "adopted": QT_TRANSLATE_NOOP("ReviewDialogs", "Ado&pted:"),
    "reason": QT_TRANSLATE_NOOP("ReviewDialogs", "Reason (if not adopted):"),
    "summary": QT_TRANSLATE_NOOP("ReviewDialogs", "Su&mmary:"),
    "chair": QT_TRANSLATE_NOOP("ReviewDialogs", "C&hair:"),
    "members": QT_TRANSLATE_NOOP("ReviewDialogs", "&Members:"),
    "participants": QT_TRANSLATE_NOOP("ReviewDialogs", "Pa&rticipants:"),
    "opinions": QT_TRANSLATE_NOOP("ReviewDialogs", "Opinions &heard:"),
    "outcome_text": QT_TRANSLATE_NOOP("ReviewDialogs", "O&utcome:"),
    "decision": QT_TRANSLATE_NOOP("ReviewDialogs", "&Decision:"),
    "ground": QT_TRANSLATE_NOOP("ReviewDialogs", "&Ground:"),
    "situation": QT_TRANSLATE_NOOP("ReviewDialogs", "&Juvenile situation (RPR 463):"),
    "reasoning": QT_TRANSLATE_NOOP("ReviewDialogs", "&Reasoning:"),
    "send_back_reason": QT_TRANSLATE_NOOP("ReviewDialogs", "&Why it goes back:"),
    "received_on": QT_TRANSLATE_NOOP("ReviewDialogs", "&Received on:"),
    "executed": QT_TRANSLATE_NOOP("ReviewDialogs", "&Executed:"),
    "executed_on": QT_TRANSLATE_NOOP("ReviewDialogs", "Executed &on:"),
    "not_executed_reason": QT_TRANSLATE_NOOP("ReviewDialogs", "&Why not executed:"),
    "decision_received_on": QT_TRANSLATE_NOOP("ReviewDialogs", "Police &received the decision:"),
    "requested_on": QT_TRANSLATE_NOOP("ReviewDialogs", "Request &arrived on:"),
    "grounds": QT_TRANSLATE_NOOP("ReviewDialogs", "&Grounds:"),
    "outcome": QT_TRANSLATE_NOOP("ReviewDialogs", "&Outcome:"),
    "reasons": QT_TRANSLATE_NOOP("ReviewDialogs", "&Reasons:"),
    "chief": QT_TRANSLATE_NOOP("ReviewDialogs", "Approved by the &chief:"),
    "decided_on": QT_TRANSLATE_NOOP("ReviewDialogs", "&Decided on:"),
    "decided_by": QT_TRANSLATE_NOOP("ReviewDialogs", "Decided &by:"),
    "suspect_name": QT_TRANSLATE_NOOP("ReviewDialogs", "Omitted &suspect:"),
    "id_number": QT_TRANSLATE_NOOP("ReviewDialogs", "&ID number:"),
    "demanded_on": QT_TRANSLATE_NOOP("ReviewDialogs", "&Demanded on:"),
    "withdrawn_on": QT_TRANSLATE_NOOP("ReviewDialogs", "&Withdrawn on:"),
    "yes": QT_TRANSLATE_NOOP("ReviewDialogs", "Yes"),
    "no": QT_TRANSLATE_NOOP("ReviewDialogs", "No"),
    "not_assessed": QT_TRANSLATE_NOOP("ReviewDialogs", "Not yet assessed"),
    "upheld": QT_TRANSLATE_NOOP("ReviewDialogs", "Refusal upheld"),
    "changed": QT_TRANSLATE_NOOP("ReviewDialogs", "Changed: arrest"),
    "no_chief": QT_TRANSLATE_NOOP("ReviewDialogs", "(no user has the chief's role)"),
    "staff_hint": QT_TRANSLATE_NOOP(
        "ReviewDialogs", "Two staff take part in every interrogation (RPR 260)."),
    "chief_hint": QT_TRANSLATE_NOOP(
        "ReviewDialogs", "Refusal for no crime or insufficient evidence needs the chief "
        "procurator's approval (RPR 285 ¶3)."),
}


def _yes_no():
    return [("1", _tr(T["yes"])), ("0", _tr(T["no"]))]


def _outcomes():
    return [("upheld", _tr(T["upheld"])), ("changed", _tr(T["changed"]))]


def _with_translated_errors(save):
    def wrapped(values):
        try:
            return save(values)
        except ValidationFailed as exc:
            raise ValidationFailed(rl.translated(exc.errors)) from exc
    return wrapped


def _form(fields, title, save, *, today, parent, name) -> CustodyForm:
    return CustodyForm(fields, title=T[title], today=today, save=_with_translated_errors(save),
                       parent=parent, object_name=name, context=CONTEXT)


def interrogation_dialog(office, review_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import arrest_review as svc

    kinds = lambda: [(k, rl.label(rl.KINDS, k)) for k in ("interrogation", "hearing")]  # noqa
    fields = [Field("kind", "combo", T["kind"], kinds, "interrogation"),
              Field("held_on", "date", T["held_on"], value=today),
              Field("staff", "line", T["staff"]), Field("staff_2", "line", T["staff_2"]),
              Field("place", "line", T["place"]),
              Field("female_prosecutor_present", "combo", T["female"], _yes_no, "0"),
              Field("adult_present", "combo", T["adult"], lambda: rl.choices(rl.ADULTS), ""),
              Field("adult_name", "line", T["adult_name"]), Field("note", "text", T["note"])]

    def save(v):
        return svc.add_interrogation(office, review_id, svc.InterrogationInput(
            kind=v["kind"], held_on=v["held_on"], staff=[v["staff"], v["staff_2"]],
            place=v["place"], female_prosecutor_present=v["female_prosecutor_present"] == "1",
            adult_present=v["adult_present"], adult_name=v["adult_name"], note=v["note"]),
            today=today)

    form = _form(fields, "interrogation_title", save, today=today, parent=parent,
                 name="interrogationDialog")
    form.set_hint(lambda: _tr(T["staff_hint"]))
    return form


def opinion_form_dialog(office, review_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import arrest_review as svc

    fields = [Field("held_on", "date", T["served_on"], value=today),
              Field("returned_on", "date", T["returned_on"]), Field("note", "text", T["note"])]

    def save(v):
        return svc.add_interrogation(office, review_id, svc.InterrogationInput(
            kind=rules.InterrogationKind.OPINION_FORM.value, held_on=v["held_on"],
            returned_on=v["returned_on"], note=v["note"]), today=today)

    form = _form(fields, "form_title", save, today=today, parent=parent,
                 name="opinionFormDialog")
    form.set_hint(rules.BASIS["rpr280_3"])
    return form


def form_returned_dialog(office, interrogation_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import arrest_review as svc

    def save(v):
        return svc.record_form_returned(office, interrogation_id, v["returned_on"], today=today)

    return _form([Field("returned_on", "date", T["returned_on"], value=today)], "returned_title",
                 save, today=today, parent=parent, name="formReturnedDialog")


def _adopted_choices():
    return [("", _tr(T["not_assessed"])), ("1", _tr(T["yes"])), ("0", _tr(T["no"]))]


def _adopted(value: str) -> bool | None:
    return None if value == "" else value == "1"


def counsel_dialog(office, review_id, counsel: str, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import arrest_review as svc

    fields = [Field("counsel_name", "line", T["counsel_name"], value=counsel),
              Field("heard_on", "date", T["held_on"], value=today),
              Field("method", "combo", T["method"], lambda: rl.choices(rl.METHODS), "in_person"),
              Field("arguments[0].kind", "combo", T["argument"], lambda: rl.choices(rl.ARGUMENTS)),
              Field("arguments[0].text", "text", T["argument_text"]),
              Field("arguments[0].adopted", "combo", T["adopted"], _adopted_choices, ""),
              Field("arguments[0].reason", "line", T["reason"]),
              Field("summary", "text", T["summary"])]

    def save(v):
        arguments = []
        if v["arguments[0].text"].strip():
            arguments.append(rules.CounselArgument(
                rules.ArgumentKind(v["arguments[0].kind"]), v["arguments[0].text"].strip(),
                _adopted(v["arguments[0].adopted"]), v["arguments[0].reason"]))
        return svc.add_counsel_opinion(office, review_id, svc.CounselInput(
            v["counsel_name"], v["heard_on"], v["method"], arguments, v["summary"]), today=today)

    return _form(fields, "counsel_title", save, today=today, parent=parent, name="counselDialog")


def assess_dialog(office, opinion: dict, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import arrest_review as svc

    arguments = opinion["arguments"]
    fields = []
    for i, a in enumerate(arguments):
        value = "" if a.adopted is None else ("1" if a.adopted else "0")
        fields.append(Field(f"arguments[{i}].adopted", "combo", T["adopted"], _adopted_choices,
                            value))
        fields.append(Field(f"arguments[{i}].reason", "line", T["reason"], value=a.reason))

    def save(v):
        return svc.assess_counsel_arguments(office, opinion["id"], [
            rules.CounselArgument(a.kind, a.text, _adopted(v[f"arguments[{i}].adopted"]),
                                  v[f"arguments[{i}].reason"]) for i, a in enumerate(arguments)])

    form = _form(fields, "assess_title", save, today=today, parent=parent, name="assessDialog")
    form.set_hint("\n".join(f"{i + 1}. {rl.label(rl.ARGUMENTS, a.kind.value)}: {a.text}"
                            for i, a in enumerate(arguments)))
    return form


def hearing_dialog(office, review_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import arrest_review as svc

    fields = [Field("held_on", "date", T["held_on"], value=today),
              Field("place", "line", T["place"]), Field("chair", "line", T["chair"]),
              Field("members", "line", T["members"]),
              Field("participants", "line", T["participants"]),
              Field("opinions", "text", T["opinions"]),
              Field("outcome", "text", T["outcome_text"])]

    def save(v):
        return svc.add_hearing(office, review_id, svc.HearingInput(**v), today=today)

    return _form(fields, "hearing_title", save, today=today, parent=parent, name="hearingDialog")


def _grounds(kind: str) -> list[tuple[str, str]]:
    from desktop.domain.review_decision import ArrestGround, NonArrestGround

    enum = ArrestGround if kind == "approve" else NonArrestGround
    return [(g.value, rl.label(rl.GROUNDS, g.value)) for g in enum]


def _situation_list(form: CustodyForm) -> QListWidget:
    """RPR 463 situations as a checkable list (several may apply), added to the form."""
    situations = QListWidget(form)
    situations.setObjectName("juvenileSituations")
    for code, text in rl.SITUATIONS.items():
        if code:
            item = QListWidgetItem(rl.label(rl.SITUATIONS, code), situations)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
    situations.setFixedHeight(situations.sizeHintForRow(0) * 5 + 6)
    label = QLabel(_tr(T["situation"]), form)
    label.setBuddy(situations)
    form.findChild(QFormLayout).insertRow(2, label, situations)

    def retranslate():
        label.setText(_tr(T["situation"]))
        for i in range(situations.count()):
            item = situations.item(i)
            item.setText(rl.label(rl.SITUATIONS, item.data(Qt.ItemDataRole.UserRole)))

    form.retranslated.connect(retranslate)
    return situations


def checked_situations(situations: QListWidget) -> list[str]:
    return [situations.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(situations.count())
            if situations.item(i).checkState() == Qt.CheckState.Checked]


def propose_dialog(office, review_id, *, juvenile: bool, today: date,
                   parent=None) -> CustodyForm:
    from desktop.services import review_decisions as svc

    holder: dict = {}

    def grounds():  # of the decision chosen, also when the texts are made again
        form = holder.get("form")
        return _grounds(form.widgets["kind"].currentData() if form else "approve")

    fields = [Field("kind", "combo", T["decision"], lambda: rl.choices(rl.DECISIONS), "approve"),
              Field("ground", "combo", T["ground"], grounds),
              Field("reasoning", "text", T["reasoning"])]

    def save(v):
        situations = holder.get("list")
        chosen = checked_situations(situations) if situations is not None \
            and situations.isEnabled() else []
        return svc.propose_decision(office, review_id, svc.ProposalInput(
            v["kind"], v["ground"] or "", v["reasoning"], chosen), today=today)

    form = _form(fields, "propose_title", save, today=today, parent=parent,
                 name="proposeDialog")
    holder["form"] = form
    if juvenile:
        holder["list"] = _situation_list(form)
    kind, ground = form.widgets["kind"], form.widgets["ground"]

    def follow_kind(*_):
        ground.clear()
        for value, text in _grounds(kind.currentData()):
            ground.addItem(text, value)
        if "list" in holder:
            holder["list"].setEnabled(kind.currentData() == "refuse")
        form.set_hint(lambda: _tr(T["chief_hint"]) if kind.currentData() == "refuse" else "")

    kind.currentIndexChanged.connect(follow_kind)
    follow_kind()
    return form


def send_back_dialog(office, review_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import review_decisions as svc

    def save(v):
        return svc.send_back(office, review_id, v["reason"], today=today)

    return _form([Field("reason", "text", T["send_back_reason"])], "send_back_title", save,
                 today=today, parent=parent, name="sendBackDialog")
