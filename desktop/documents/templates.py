"""Document templates are data: one TOML file per type under resources/templates.

A template names its type code, title, department code for the number, the parts printed, the
recipient line, body paragraphs with {placeholders}, the legal basis, an attachments note, the
decision the stub records, defaults for optional fields, choices (a field whose text depends on
another field's value, e.g. the refusal ground) and, for four-part forms, the police receipt."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.paths import resources_dir

PART_NAMES = ("存根", "副本", "正本", "回执")
BLANK = "＿＿＿＿"  # printed where a field has no value: filled in by hand
_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class TemplateError(Exception):
    """A template file that cannot be used (a programming or packaging error)."""


@dataclass(frozen=True)
class Receipt:
    title: str
    recipient: str
    paragraphs: tuple[str, ...]
    signature: str


@dataclass(frozen=True)
class Template:
    code: str
    title: str
    dept: str
    parts: tuple[str, ...]
    recipient: str
    legal_basis: str
    paragraphs: tuple[str, ...]
    attachments: str
    stub_decision: str
    defaults: dict = field(default_factory=dict)
    choices: dict = field(default_factory=dict)  # name -> {"from": key, value: text, ...}
    receipt: Receipt | None = None


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _parse(path: Path) -> Template:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        parts = tuple(data["parts"])
        if not parts or any(p not in PART_NAMES for p in parts):
            raise TemplateError(f"{path.name}: parts must be some of {PART_NAMES}")
        receipt = None
        if "receipt" in data:
            r = data["receipt"]
            receipt = Receipt(r["title"], r["recipient"], tuple(r["paragraphs"]), r["signature"])
        if ("回执" in parts) != (receipt is not None):
            raise TemplateError(f"{path.name}: a 回执 part needs a [receipt] table and back")
        template = Template(
            code=data["code"], title=data["title"], dept=data["dept"], parts=parts,
            recipient=data["recipient"], legal_basis=data["legal_basis"],
            paragraphs=tuple(data["paragraphs"]), attachments=data.get("attachments", ""),
            stub_decision=data["stub_decision"], defaults=dict(data.get("defaults", {})),
            choices={k: dict(v) for k, v in data.get("choices", {}).items()}, receipt=receipt)
    except (KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"{path.name}: {exc!r}") from exc
    if template.code != path.stem:
        raise TemplateError(f"{path.name}: code {template.code!r} differs from the file name")
    return template


@lru_cache(maxsize=None)
def all_templates() -> dict[str, Template]:
    """Every template, by type code, in file-name order."""
    return {p.stem: _parse(p) for p in sorted(templates_dir().glob("*.toml"))}


def template_codes() -> list[str]:
    return list(all_templates())


def get_template(code: str) -> Template | None:
    return all_templates().get(code)


def fill_text(text: str, context: dict, missing: set[str] | None = None, *, rounds: int = 3
              ) -> str:
    """Replace {field} from `context`; a field without a value prints as a blank line to fill
    by hand and is noted in `missing`. Values may hold fields themselves (choices do)."""
    def one(m: re.Match) -> str:
        value = context.get(m.group(1))
        if value is None or value == BLANK:
            if missing is not None:
                missing.add(m.group(1))
            return BLANK
        return str(value)

    for _ in range(rounds):
        if not _FIELD.search(text):
            break
        text = _FIELD.sub(one, text)
    return text


def resolve_context(template: Template, context: dict) -> dict:
    """The template's defaults under the given context, then its choices: a choice takes the
    text keyed by the value of its `from` field (absent or unknown value: no entry)."""
    merged = {**template.defaults, **{k: v for k, v in context.items() if v is not None}}
    for name, choice in template.choices.items():
        if name in context and context[name] is not None:
            continue  # a text given outright wins over the choice
        key = merged.get(choice.get("from", ""))
        if isinstance(key, bool):
            key = "yes" if key else "no"
        if key is not None and str(key) in choice and str(key) != "from":
            merged[name] = choice[str(key)]
    return merged
