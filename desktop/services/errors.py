"""Errors the services raise for the UI and the command line to show. Each carries a stable
`code` (and parameters) so the UI can say it in the user's language; `str()` is English."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldError:
    field: str  # e.g. "police_case_no", "suspects[0].id_number"
    code: str  # e.g. "required", "id_number.check_digit"
    message: str  # English, for logs and the command line
    params: dict = field(default_factory=dict)


class ValidationFailed(Exception):
    """Input that cannot be saved; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


class NotFound(Exception):
    pass


class PermissionDenied(Exception):
    """The user at the keyboard holds no role that may take this action (domain/permissions);
    checked before the transaction opens, so nothing was written."""

    def __init__(self, action: str, username: str = ""):
        super().__init__(f"user {username!r} may not take the action {action!r}")
        self.action = action
        self.username = username
