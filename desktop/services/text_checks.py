"""The one check of typed text every registering service runs (domain/text_input): each
problem becomes a FieldError at its field with code "text.invalid", "text.control" or
"text.too_long", which the UI's field messages translate."""
from __future__ import annotations

from desktop.domain.text_input import MULTILINE_MAX, text_problem
from desktop.services.errors import FieldError

MULTILINE = None  # as max_length: a multi-line field of up to MULTILINE_MAX characters


def check_texts(errors: list[FieldError], fields: list[tuple[str, str, int | None]]) -> None:
    """`fields`: (field name, value, max length — MULTILINE for a multi-line text)."""
    for name, value, max_length in fields:
        if not isinstance(value, str):
            continue
        multiline = max_length is MULTILINE
        problem = text_problem(value, max_length=MULTILINE_MAX if multiline else max_length,
                               multiline=multiline)
        if problem is None:
            continue
        if problem.code == "too_long":
            message = f"{problem.length} characters; at most {problem.maximum}"
        else:
            message = f"character {problem.position} ({problem.character}) cannot be stored"
        errors.append(FieldError(name, f"text.{problem.code}", message,
                                 {"position": problem.position, "character": problem.character,
                                  "length": problem.length, "maximum": problem.maximum}))
