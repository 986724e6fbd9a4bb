"""The sync page's words for codes the services use: refusals of a package, key-store
problems, registration errors, the history's directions and results."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "SyncLabels"

REFUSALS = {
    "not_a_package": QT_TRANSLATE_NOOP("SyncLabels", "This is not a Zhenjian sync package."),
    "damaged": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package file is damaged or incomplete (perhaps a copy did not "
        "finish). Export it again."),
    "format_newer": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package was made by a newer program. Update this one."),
    "unknown_suite": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package uses a cipher suite this program does not know."),
    "unknown_sender": QT_TRANSLATE_NOOP(
        "SyncLabels", "The sender, or its key, is not registered here. Register its public "
        "key file first."),
    "wrong_recipient": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package is addressed to another office."),
    "forged": QT_TRANSLATE_NOOP(
        "SyncLabels", "The signature does not verify: the package was altered or forged. "
        "It was refused."),
    "undecryptable": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package cannot be decrypted: it was not encrypted for this "
        "office's key."),
    "too_large": QT_TRANSLATE_NOOP("SyncLabels", "The package is larger than allowed."),
    "schema_newer": QT_TRANSLATE_NOOP(
        "SyncLabels", "The sender's program is newer. Update this program, then import the "
        "package again."),
    "sequence_reused": QT_TRANSLATE_NOOP(
        "SyncLabels", "A sequence number came again with other contents (an altered "
        "package, or the unit restored an old backup). The package was refused and an alarm "
        "raised."),
    "wrong_direction": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package goes the wrong way (e.g. an acknowledgement imported at "
        "the upper office)."),
    "not_owner": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package carries records its sender does not own. It was "
        "refused."),
    "foreign_table": QT_TRANSLATE_NOOP(
        "SyncLabels", "The package carries data that is never synced. It was refused."),
    "offline": QT_TRANSLATE_NOOP(
        "SyncLabels", "No answer from the upper office: the link is down or the address is "
        "wrong. The changes stay pending and go with the next attempt."),
    "server": QT_TRANSLATE_NOOP(
        "SyncLabels", "The upper office's service answered with an error. The changes stay "
        "pending."),
    "disk": QT_TRANSLATE_NOOP(
        "SyncLabels", "The file could not be written or read: %1. Nothing was marked as "
        "sent."),
}

KEY_ERRORS = {
    "no_keyring": QT_TRANSLATE_NOOP(
        "SyncLabels", "This computer has no keyring: the keys are in a file protected by a "
        "passphrase."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("SyncLabels", "Wrong passphrase."),
    "missing": QT_TRANSLATE_NOOP(
        "SyncLabels", "This office has no keys yet. Create them in Settings."),
    "damaged": QT_TRANSLATE_NOOP(
        "SyncLabels", "The office's keys are damaged or do not match the recorded public "
        "keys."),
}

FIELD_ERRORS = {
    "sync.own_key": QT_TRANSLATE_NOOP("SyncLabels", "This is this office's own key file."),
    "sync.not_upper": QT_TRANSLATE_NOOP("SyncLabels", "The key file is not an upper "
                                                      "office's."),
    "sync.not_grassroots": QT_TRANSLATE_NOOP("SyncLabels", "The key file is not a grassroots "
                                                           "unit's."),
    "sync.other_upper": QT_TRANSLATE_NOOP("SyncLabels", "Another upper office is already "
                                                        "registered."),
    "sync.no_upper": QT_TRANSLATE_NOOP("SyncLabels", "Register the upper office's key file "
                                                     "first."),
    "sync.url": QT_TRANSLATE_NOOP("SyncLabels", "An address starts with http:// or "
                                                "https://."),
}

DIRECTIONS = {
    ("sent", "changes"): QT_TRANSLATE_NOOP("SyncLabels", "Changes sent"),
    ("received", "changes"): QT_TRANSLATE_NOOP("SyncLabels", "Changes received"),
    ("sent", "ack"): QT_TRANSLATE_NOOP("SyncLabels", "Acknowledgement sent"),
    ("received", "ack"): QT_TRANSLATE_NOOP("SyncLabels", "Acknowledgement received"),
}

RESULTS = {
    "applied": QT_TRANSLATE_NOOP("SyncLabels", "applied"),
    "held": QT_TRANSLATE_NOOP("SyncLabels", "held (gap)"),
    "already": QT_TRANSLATE_NOOP("SyncLabels", "already applied"),
    "refused": QT_TRANSLATE_NOOP("SyncLabels", "refused"),
    "": "",
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def refusal(exc) -> str:
    code = getattr(exc, "code", "")
    if code in REFUSALS:
        return _t(REFUSALS[code])
    if isinstance(exc, OSError):
        return _t(REFUSALS["disk"]).replace("%1", str(exc.strerror or exc))
    if code in KEY_ERRORS:
        return _t(KEY_ERRORS[code])
    return str(exc)


def key_error(exc) -> str:
    return _t(KEY_ERRORS.get(getattr(exc, "code", ""), "")) or str(exc)


def field_error(error) -> str:
    return _t(FIELD_ERRORS.get(error.code, "")) or error.message


def direction(direction_: str, kind: str) -> str:
    return _t(DIRECTIONS.get((direction_, kind), "")) or f"{direction_} {kind}"


def result(code: str) -> str:
    return _t(RESULTS.get(code, "")) or code


def received_text(r) -> str:
    """What an import did, in a sentence."""
    span = f"{r.first_seq}–{r.last_seq}" if r.first_seq is not None else "—"
    if r.kind == "ack":
        text = QCoreApplication.translate(
            "SyncLabels", "Acknowledgement from %1: this office's changes are acknowledged up to "
            "%2.").replace("%1", r.sender).replace("%2", str(r.acked))
        if r.rows:
            text += " " + QCoreApplication.translate(
                "SyncLabels", "%n record(s) of the upper office applied.", "", r.rows)
        return text
    return QCoreApplication.translate("SyncLabels",
                                      "Changes %1 from %2: %3; applied up to %4.") \
        .replace("%1", span).replace("%2", r.sender).replace("%3", result(r.result)) \
        .replace("%4", str(r.watermark))
