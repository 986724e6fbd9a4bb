"""Words of the review workspace (context "ReviewLabels"): check codes, interrogation kinds,
the CPL 81 circumstances, decision grounds, RPR 463 situations, timeline steps, document types
and the error codes of the review services. Legal bases stay in Chinese (the law's words)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.errors import FieldError
from desktop.ui import field_messages

CONTEXT = "ReviewLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


CHECKS = {
    "interrogation.done": QT_TRANSLATE_NOOP("ReviewLabels", "Suspect interrogated by two staff"),
    "interrogation.compulsory": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Interrogation is compulsory: interrogate or hear the suspect in person"),
    "interrogation.opinion_form": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Detained and not interrogated: opinion form served and returned"),
    "interrogation.optional": QT_TRANSLATE_NOOP("ReviewLabels", "Interrogation is optional"),
    "counsel.assessed": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Every counsel argument answered: adopted or not, with the reason"),
    "juvenile.adult_present": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Legal representative or appropriate adult present"),
    "juvenile.legal_aid": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Counsel retained or legal aid notified"),
    "juvenile.social_report": QT_TRANSLATE_NOOP("ReviewLabels", "Social investigation report"),
    "juvenile.female_prosecutor": QT_TRANSLATE_NOOP(
        "ReviewLabels", "A female prosecutor took part (female juvenile)"),
    "juvenile.age_unknown": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Age uncertain: establish it, or refuse arrest"),
    "interrogation.reason.doubt": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Why compulsory: doubt whether the conditions of arrest are met"),
    "interrogation.reason.suspect_asked": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Why compulsory: the suspect asked to be heard in person"),
    "interrogation.reason.illegality": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Why compulsory: possible serious illegality in the investigation"),
    "interrogation.reason.major_complex": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Why compulsory: major, difficult or complex case"),
    "interrogation.reason.confessed": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Why compulsory: pleads guilty and accepts punishment"),
    "interrogation.reason.juvenile": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Why compulsory: juvenile suspect"),
    "interrogation.reason.disability": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Why compulsory: blind, deaf, mute or mentally impaired suspect"),
}

KINDS = {
    "interrogation": QT_TRANSLATE_NOOP("ReviewLabels", "Interrogation"),
    "hearing": QT_TRANSLATE_NOOP("ReviewLabels", "Hearing the suspect in person"),
    "opinion_form": QT_TRANSLATE_NOOP("ReviewLabels", "Opinion form (听取意见书)"),
}
ADULTS = {
    "": QT_TRANSLATE_NOOP("ReviewLabels", "None"),
    "legal_representative": QT_TRANSLATE_NOOP("ReviewLabels", "Legal representative"),
    "appropriate_adult": QT_TRANSLATE_NOOP("ReviewLabels", "Appropriate adult"),
}
METHODS = {
    "in_person": QT_TRANSLATE_NOOP("ReviewLabels", "In person"),
    "phone": QT_TRANSLATE_NOOP("ReviewLabels", "By phone"),
    "video": QT_TRANSLATE_NOOP("ReviewLabels", "By video"),
    "written": QT_TRANSLATE_NOOP("ReviewLabels", "In writing"),
    "not_reached": QT_TRANSLATE_NOOP("ReviewLabels", "Could not be reached"),
}
ARGUMENTS = {
    "no_crime": QT_TRANSLATE_NOOP("ReviewLabels", "No crime"),
    "no_social_danger": QT_TRANSLATE_NOOP("ReviewLabels", "No social danger"),
    "unsuitable_for_custody": QT_TRANSLATE_NOOP("ReviewLabels", "Unsuitable for custody"),
    "illegal_investigation": QT_TRANSLATE_NOOP("ReviewLabels", "Illegal investigation"),
    "other": QT_TRANSLATE_NOOP("ReviewLabels", "Other"),
}
DANGERS = {
    "new_crime": QT_TRANSLATE_NOOP("ReviewLabels", "(1) May commit a new crime"),
    "serious_danger": QT_TRANSLATE_NOOP(
        "ReviewLabels", "(2) Real danger to state security, public safety or order"),
    "evidence_tampering": QT_TRANSLATE_NOOP(
        "ReviewLabels", "(3) May destroy or forge evidence, or interfere with witnesses"),
    "retaliation": QT_TRANSLATE_NOOP(
        "ReviewLabels", "(4) May retaliate against the victim or an informant"),
    "suicide_or_flight": QT_TRANSLATE_NOOP("ReviewLabels", "(5) May attempt suicide or flee"),
}
FLAGS = {
    "suspect_asked": QT_TRANSLATE_NOOP("ReviewLabels", "Suspect asked to be heard"),
    "doubt_about_conditions": QT_TRANSLATE_NOOP("ReviewLabels", "Doubt about the conditions"),
    "possible_illegality": QT_TRANSLATE_NOOP("ReviewLabels", "Possible illegal investigation"),
    "major_complex": QT_TRANSLATE_NOOP("ReviewLabels", "Major or complex"),
    "disability": QT_TRANSLATE_NOOP("ReviewLabels", "Disability"),
    "ten_years_possible": QT_TRANSLATE_NOOP("ReviewLabels", "Ten years or more possible"),
    "prior_intentional_crime": QT_TRANSLATE_NOOP("ReviewLabels", "Prior intentional crime"),
    "identity_unknown": QT_TRANSLATE_NOOP("ReviewLabels", "Identity unknown"),
    "bail_violation": QT_TRANSLATE_NOOP("ReviewLabels", "Serious bail violation"),
    "social_report": QT_TRANSLATE_NOOP("ReviewLabels", "Social investigation report received"),
    "age_uncertain": QT_TRANSLATE_NOOP("ReviewLabels", "Age uncertain"),
}
DECISIONS = {
    "approve": QT_TRANSLATE_NOOP("ReviewLabels", "Approve arrest"),
    "refuse": QT_TRANSLATE_NOOP("ReviewLabels", "Refuse arrest"),
}
GROUNDS = {
    "social_danger": QT_TRANSLATE_NOOP("ReviewLabels", "Social danger (CPL 81 ¶1)"),
    "mandatory_ten_years": QT_TRANSLATE_NOOP("ReviewLabels", "Ten years or more (CPL 81 ¶3)"),
    "mandatory_prior_crime": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Prior intentional crime (CPL 81 ¶3)"),
    "mandatory_identity_unknown": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Identity unknown (CPL 81 ¶3)"),
    "bail_violation": QT_TRANSLATE_NOOP("ReviewLabels", "Bail violation (CPL 81 ¶4)"),
    "no_crime": QT_TRANSLATE_NOOP("ReviewLabels", "No crime or statutory bar"),
    "insufficient_evidence": QT_TRANSLATE_NOOP("ReviewLabels", "Insufficient evidence"),
    "no_social_danger": QT_TRANSLATE_NOOP("ReviewLabels", "No social danger"),
}
SITUATIONS = {
    "": QT_TRANSLATE_NOOP("ReviewLabels", "None"),
    "first_offence": QT_TRANSLATE_NOOP("ReviewLabels", "First offence or negligence"),
    "preparation_or_attempt": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Preparation, abandonment or attempt"),
    "excessive_defence": QT_TRANSLATE_NOOP("ReviewLabels", "Excessive defence or necessity"),
    "surrender_or_merit": QT_TRANSLATE_NOOP("ReviewLabels", "Surrender or meritorious service"),
    "restitution": QT_TRANSLATE_NOOP("ReviewLabels", "Remorse, restitution, forgiveness"),
    "not_principal": QT_TRANSLATE_NOOP("ReviewLabels", "Accessory or coerced"),
    "aged_14_16_or_student": QT_TRANSLATE_NOOP("ReviewLabels", "Aged 14–16 or a student"),
    "other": QT_TRANSLATE_NOOP("ReviewLabels", "Other situation"),
    "minor_with_guardianship": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Minor offence with effective guardianship"),
}
STEPS = {
    "received": QT_TRANSLATE_NOOP("ReviewLabels", "Request received"),
    "review_due": QT_TRANSLATE_NOOP("ReviewLabels", "Review time limit"),
    "interrogation": QT_TRANSLATE_NOOP("ReviewLabels", "Interrogation"),
    "hearing": QT_TRANSLATE_NOOP("ReviewLabels", "Hearing the suspect in person"),
    "opinion_form": QT_TRANSLATE_NOOP("ReviewLabels", "Opinion form served"),
    "counsel_opinion": QT_TRANSLATE_NOOP("ReviewLabels", "Counsel heard"),
    "review_hearing": QT_TRANSLATE_NOOP("ReviewLabels", "Arrest-review hearing"),
    "proposed": QT_TRANSLATE_NOOP("ReviewLabels", "Proposal"),
    "sent_back": QT_TRANSLATE_NOOP("ReviewLabels", "Sent back"),
    "decided": QT_TRANSLATE_NOOP("ReviewLabels", "Decision"),
    "receipt": QT_TRANSLATE_NOOP("ReviewLabels", "Execution receipt due"),
    "release_receipt": QT_TRANSLATE_NOOP("ReviewLabels", "Release receipt due"),
    "reconsideration_decision": QT_TRANSLATE_NOOP("ReviewLabels", "Reconsideration decision due"),
    "upper_review_decision": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Upper-office review decision due"),
    "omitted_follow_up": QT_TRANSLATE_NOOP("ReviewLabels", "RPR 288 demand: follow-up"),
    "withdrawal_follow_up": QT_TRANSLATE_NOOP("ReviewLabels", "Withdrawal follow-up"),
    "direct_decision": QT_TRANSLATE_NOOP("ReviewLabels", "Arrest decided directly"),
    "resubmitted_from": QT_TRANSLATE_NOOP("ReviewLabels", "Re-submission of an earlier request"),
    "resubmitted_as": QT_TRANSLATE_NOOP("ReviewLabels", "Re-submitted as a new request"),
}
DOCUMENTS = {
    "approve_arrest": QT_TRANSLATE_NOOP("ReviewLabels", "Decision to approve arrest"),
    "refuse_arrest": QT_TRANSLATE_NOOP("ReviewLabels", "Decision not to approve arrest"),
    "refusal_reasons": QT_TRANSLATE_NOOP("ReviewLabels", "Reasons for not approving arrest"),
    "supplementary_outline": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Outline for supplementary investigation"),
    "continued_outline": QT_TRANSLATE_NOOP("ReviewLabels", "Outline for continued investigation"),
    "suspect_opinion": QT_TRANSLATE_NOOP("ReviewLabels", "Form for the suspect's opinion"),
    "reconsideration_decision": QT_TRANSLATE_NOOP("ReviewLabels", "Reconsideration decision"),
    "require_arrest_request": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Notice requiring a request for arrest"),
    "arrest_decision": QT_TRANSLATE_NOOP("ReviewLabels", "Arrest decision"),
    "legal_aid_notice": QT_TRANSLATE_NOOP("ReviewLabels", "Notice to provide legal aid"),
}
WHY_NOT = {
    "approval.chief_required": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Needs the chief procurator's approval (RPR 285 ¶3)"),
    "approval.not_approver": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Only an approver can approve or send back"),
    "approval.own_proposal": QT_TRANSLATE_NOOP(
        "ReviewLabels", "You proposed this: another approver must approve it"),
    "ok.self_approved": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Single-officer office: your approval is recorded as self-approval"),
    "nothing_pending": QT_TRANSLATE_NOOP("ReviewLabels", "No proposal is waiting for approval"),
}
ERRORS = {
    "interrogation.two_staff": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Two staff must take part (RPR 260)"),
    "date.before_served": QT_TRANSLATE_NOOP("ReviewLabels", "Earlier than the day it was served"),
    "date.before_received": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Earlier than the day the decision was received"),
    "counsel.reason_required": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Say why the argument is not adopted"),
    "counsel.not_assessed": QT_TRANSLATE_NOOP("ReviewLabels", "Assess every counsel argument"),
    "danger.facts_required": QT_TRANSLATE_NOOP("ReviewLabels", "Give the facts"),
    "danger.evidence_required": QT_TRANSLATE_NOOP("ReviewLabels", "Give the evidence"),
    "decision.no_danger_ticked": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Tick at least one social-danger circumstance"),
    "decision.mandatory_test_not_met": QT_TRANSLATE_NOOP(
        "ReviewLabels", "The mandatory-arrest test for this ground is not ticked"),
    "decision.ground_invalid": QT_TRANSLATE_NOOP("ReviewLabels", "Choose a ground"),
    "decision.not_juvenile": QT_TRANSLATE_NOOP(
        "ReviewLabels", "RPR 463 situations apply to juveniles only"),
    "decision.refusal_only": QT_TRANSLATE_NOOP(
        "ReviewLabels", "RPR 463 situations belong to a refusal"),
    "decision.already_proposed": QT_TRANSLATE_NOOP(
        "ReviewLabels", "A proposal is already waiting for approval"),
    "review.closed": QT_TRANSLATE_NOOP("ReviewLabels", "The review is already decided"),
    "review.pending_approval": QT_TRANSLATE_NOOP("ReviewLabels", "Send the proposal back first"),
    "reconsideration.same_officer": QT_TRANSLATE_NOOP(
        "ReviewLabels", "The officer who handled the refusal may not decide its reconsideration"),
    "reconsideration.exists": QT_TRANSLATE_NOOP(
        "ReviewLabels", "This refusal is already being reconsidered"),
    "reconsideration.not_refused": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Only a refusal can be reconsidered"),
    "upper_review.no_upheld_reconsideration": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Upper-office review follows a reconsideration that upheld the refusal"),
    "upper_review.exists": QT_TRANSLATE_NOOP("ReviewLabels", "Already recorded"),
    "withdrawal.not_no_crime": QT_TRANSLATE_NOOP(
        "ReviewLabels", "Only a refusal for no crime asks the police to withdraw"),
    **{code: text for code, text in CHECKS.items()},
    **{code: text for code, text in WHY_NOT.items() if code.startswith("approval.")},
}


def label(table: dict, code: str) -> str:
    source = table.get(code)
    return _t(source) if source else code


def choices(table: dict) -> list[tuple[str, str]]:
    return [(code, _t(text)) for code, text in table.items()]


def error_text(error: FieldError) -> str:
    """A review service's error in the officer's language; unknown codes fall back on the
    shared field messages (and, last, the service's own text)."""
    source = ERRORS.get(error.code)
    return _t(source) if source else field_messages.error_message(error)


def translated(errors: list[FieldError]) -> list[FieldError]:
    """The same errors with their message translated and a code the shared message table
    does not know, so a form shows our text at the field."""
    return [FieldError(e.field, "review:" + e.code, error_text(e), {}) for e in errors]
