"""Rendering `{name}` placeholders from variables (pure; no attribute access, no code)."""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\{(\w+)\}")


class MissingVariables(ValueError):
    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


def placeholders(text: str | None) -> set[str]:
    return set(PLACEHOLDER.findall(text or ""))


def render(text: str | None, variables: dict) -> str | None:
    """Fill every placeholder; MissingVariables names those without a value."""
    if text is None:
        return None
    missing = sorted(placeholders(text) - set(variables))
    if missing:
        raise MissingVariables(missing)
    return PLACEHOLDER.sub(lambda match: str(variables[match.group(1)]), text)
