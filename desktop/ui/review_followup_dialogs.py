"""Dialogs of the steps after a decision (DOMAIN §1.7–1.9): the police's receipt, 复议 and its
decision, 复核 and the upper office's answer, the RPR 288 demand, the police's withdrawal after
a refusal for no crime. Each calls one function of services.review_followup."""
from __future__ import annotations

from datetime import date

from desktop.services import review_lookups
from desktop.ui.custody_form import CustodyForm, Field
from desktop.ui.review_dialogs import T, _form, _outcomes, _tr, _yes_no


def _chief_choices(office):
    def choices():
        chiefs = review_lookups.chiefs(office.reader, office.unit_code)
        return chiefs or [("", _tr(T["no_chief"]))]
    return choices


def receipt_dialog(office, receipt_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    fields = [Field("received_on", "date", T["received_on"], value=today),
              Field("executed", "combo", T["executed"], _yes_no, "1"),
              Field("executed_on", "date", T["executed_on"], value=today),
              Field("not_executed_reason", "text", T["not_executed_reason"])]

    def save(v):
        executed = v["executed"] == "1"
        return svc.record_receipt(office, receipt_id, received_on=v["received_on"],
                                  executed=executed,
                                  executed_on=v["executed_on"] if executed else None,
                                  not_executed_reason=v["not_executed_reason"], today=today)

    form = _form(fields, "receipt_title", save, today=today, parent=parent,
                 name="receiptDialog")
    executed = form.widgets["executed"]

    def follow(*_):
        yes = executed.currentData() == "1"
        form.widgets["executed_on"].setEnabled(yes)
        form.widgets["not_executed_reason"].setEnabled(not yes)

    executed.currentIndexChanged.connect(follow)
    follow()
    return form


def served_dialog(office, receipt, *, today: date, parent=None) -> CustodyForm:
    """Correct the service date of a decision (the receipt and, after a refusal for no
    crime, the 15-day withdrawal follow-up both count from it)."""
    from desktop.services import review_followup as svc

    served = date.fromisoformat(receipt["served_on"]) if receipt.get("served_on") else today
    fields = [Field("served_on", "date", T["decision_served_on"], value=served)]

    def save(v):
        return svc.record_served(office, receipt["id"], v["served_on"], today=today)

    form = _form(fields, "served_title", save, today=today, parent=parent,
                 name="servedDialog")
    form.set_hint(lambda: _tr(T["served_hint"]))
    return form


def _request_fields(today):
    return [Field("decision_received_on", "date", T["decision_received_on"], value=today),
            Field("requested_on", "date", T["requested_on"], value=today),
            Field("grounds", "text", T["grounds"])]


def reconsideration_dialog(office, review_id, *, upper: bool = False, today: date,
                           parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    def save(v):
        data = svc.ReconsiderationInput(v["decision_received_on"], v["requested_on"],
                                        v["grounds"])
        call = svc.request_upper_review if upper else svc.request_reconsideration
        return call(office, review_id, data, today=today)

    return _form(_request_fields(today), "upper_title" if upper else "recon_title", save,
                 today=today, parent=parent,
                 name="upperReviewDialog" if upper else "reconsiderationDialog")


def decide_reconsideration_dialog(office, reconsideration_id, *, today: date,
                                  parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    fields = [Field("outcome", "combo", T["outcome"], _outcomes, "upheld"),
              Field("reasons", "text", T["reasons"]),
              Field("chief_approved_by", "combo", T["chief"], _chief_choices(office))]

    def save(v):
        return svc.decide_reconsideration(office, reconsideration_id, outcome=v["outcome"],
                                          reasons=v["reasons"],
                                          chief_approved_by=v["chief_approved_by"] or "",
                                          today=today)

    return _form(fields, "recon_decide_title", save, today=today, parent=parent,
                 name="decideReconsiderationDialog")


def upper_answer_dialog(office, upper_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    fields = [Field("decided_on", "date", T["decided_on"], value=today),
              Field("decided_by", "line", T["decided_by"], value=office.meta("upper_name", "")),
              Field("outcome", "combo", T["outcome"], _outcomes, "upheld"),
              Field("reasons", "text", T["reasons"])]

    def save(v):
        return svc.record_upper_review_answer(office, upper_id, decided_on=v["decided_on"],
                                              decided_by=v["decided_by"], outcome=v["outcome"],
                                              reasons=v["reasons"], today=today)

    return _form(fields, "upper_answer_title", save, today=today, parent=parent,
                 name="upperAnswerDialog")


def demand_dialog(office, request_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    fields = [Field("suspect_name", "line", T["suspect_name"]),
              Field("id_number", "line", T["id_number"]),
              Field("reasons", "text", T["reasons"]),
              Field("chief_approved_by", "combo", T["chief"], _chief_choices(office)),
              Field("demanded_on", "date", T["demanded_on"], value=today)]

    def save(v):
        return svc.demand_arrest_request(office, request_id, svc.OmittedSuspectInput(
            v["suspect_name"], v["reasons"], v["chief_approved_by"] or "", v["demanded_on"],
            v["id_number"]), today=today)

    return _form(fields, "demand_title", save, today=today, parent=parent, name="demandDialog")


def withdrawal_dialog(office, review_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    def save(v):
        return svc.record_police_withdrawal(office, review_id, withdrawn_on=v["withdrawn_on"],
                                            today=today)

    return _form([Field("withdrawn_on", "date", T["withdrawn_on"], value=today)],
                 "withdrawal_title", save, today=today, parent=parent, name="withdrawalDialog")


def _answers():
    return [("will_request", _tr(T["will_request"])), ("declined", _tr(T["declined"]))]


def police_answer_dialog(office, demand_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    fields = [Field("answer", "combo", T["answer"], _answers, "will_request"),
              Field("answered_on", "date", T["answered_on"], value=today),
              Field("reasons", "text", T["reasons"])]

    def save(v):
        return svc.record_police_answer(office, demand_id, answer=v["answer"],
                                        answered_on=v["answered_on"], reasons=v["reasons"],
                                        today=today)

    return _form(fields, "answer_title", save, today=today, parent=parent,
                 name="policeAnswerDialog")


def direct_decision_dialog(office, demand_id, *, today: date, parent=None) -> CustodyForm:
    from desktop.services import review_followup as svc

    def save(v):
        return svc.record_direct_decision(office, demand_id, decided_on=v["decided_on"],
                                          today=today)

    form = _form([Field("decided_on", "date", T["decided_on"], value=today)], "direct_title",
                 save, today=today, parent=parent, name="directDecisionDialog")
    form.set_hint(lambda: _tr(T["direct_hint"]))
    return form
