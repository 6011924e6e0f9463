"""Templates rendered by a sandboxed Jinja2: no attribute tricks, no file access, HTML escaped for email.

`{{ first_name }}` fills a variable; a variable the template uses but the message lacks is an error,
so a half-filled message never goes out. `check` runs at save time so a broken template is a 422 then.
"""

from __future__ import annotations

from jinja2 import StrictUndefined, TemplateError, UndefinedError, meta
from jinja2.sandbox import ImmutableSandboxedEnvironment

_TEXT = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
_HTML = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


class MissingVariables(ValueError):
    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


class TemplateBroken(ValueError):
    """The template does not parse, or fails to render with its own variables."""


def _env(html: bool):
    return _HTML if html else _TEXT


def placeholders(text: str | None, *, html: bool = False) -> set[str]:
    if not text:
        return set()
    return meta.find_undeclared_variables(_env(html).parse(text))


def check(text: str | None, *, html: bool = False) -> None:
    """Raise TemplateBroken when the text does not parse as a template."""
    if text is None:
        return
    try:
        _env(html).parse(text)
    except TemplateError as error:
        raise TemplateBroken(f"line {getattr(error, 'lineno', '?')}: {error.message}") from error


def render(text: str | None, variables: dict, *, html: bool = False) -> str | None:
    """Fill every variable; MissingVariables names those without a value, TemplateBroken anything else."""
    if text is None:
        return None
    missing = sorted(placeholders(text, html=html) - set(variables))
    if missing:
        raise MissingVariables(missing)
    try:
        return _env(html).from_string(text).render(**variables)
    except UndefinedError as error:  # e.g. an attribute of a variable that has none
        raise MissingVariables([str(error.message)]) from error
    except TemplateError as error:
        raise TemplateBroken(str(error)) from error
