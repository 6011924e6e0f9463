"""Consent forms: template content, answers checked against a version, and a signed consent's status (pure)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

STATUSES = ("valid", "expired", "withdrawn")


def template_problems(data: dict) -> dict[str, list[str]]:
    """Field errors of a template's content: field and checkbox keys unique, non-empty labels."""
    errors: dict[str, list[str]] = {}
    for group in ("fields", "checkboxes"):
        keys = [item.get("key") for item in data.get(group) or []]
        if len(keys) != len(set(keys)):
            errors[group] = ["Keys must be unique."]
    shared = {f.get("key") for f in data.get("fields") or []} & {c.get("key") for c in data.get("checkboxes") or []}
    if shared:
        errors["checkboxes"] = [f"Keys also used by fields: {', '.join(sorted(shared))}."]
    return errors


def same_content(template, data: dict) -> bool:
    """Whether `data` says what this version already says (then no new version is made)."""
    return (
        template.title == data["title"]
        and template.body == data["body"]
        and template.fields == data["fields"]
        and template.checkboxes == data["checkboxes"]
        and list(template.services) == list(data["services"])
        and template.validity_months == data.get("validity_months")
    )


def answer_problems(fields: list[dict], checkboxes: list[dict], answers: dict) -> dict[str, list[str]]:
    """Errors of the answers to one version: required fields filled, required boxes ticked, nothing unknown."""
    errors: dict[str, list[str]] = {}
    known = {f["key"] for f in fields} | {c["key"] for c in checkboxes}
    for key in sorted(set(answers) - known):
        errors[f"answers.{key}"] = ["Not a field of this form."]
    for field in fields:
        value = answers.get(field["key"])
        if field.get("required") and (value is None or str(value).strip() == ""):
            errors[f"answers.{field['key']}"] = ["Required."]
        elif value is not None and not isinstance(value, str | int | float):
            errors[f"answers.{field['key']}"] = ["Must be text."]
    for box in checkboxes:
        value = answers.get(box["key"], False)
        if not isinstance(value, bool):
            errors[f"answers.{box['key']}"] = ["Must be true or false."]
        elif box.get("required") and value is not True:
            errors[f"answers.{box['key']}"] = ["Must be ticked."]
    return errors


def add_months(moment: datetime, months: int) -> datetime:
    """The same day `months` later, or the month's last day when it has no such day."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def status(consent, now: datetime) -> str:
    if consent.withdrawn_at is not None:
        return "withdrawn"
    if consent.expires_at is not None and consent.expires_at <= now:
        return "expired"
    return "valid"


def service_key(service: str | None) -> str:
    """A service's name as consents compare it: without case or surrounding spaces (the card's gaps are keyed by it)."""
    return (service or "").strip().casefold()


def covers(template_services: Iterable[str], service: str | None) -> bool:
    """A template covers a service named in its list, compared without case or surrounding spaces."""
    wanted = service_key(service)
    return bool(wanted) and any(service_key(s) == wanted for s in template_services)


@dataclass(frozen=True)
class Gap:
    template_id: str
    title: str
    service: str
    expired_at: datetime | None = None


def gaps(services: Iterable[str], templates, consents, now: datetime) -> tuple[list[Gap], list[Gap]]:
    """(missing, expired) consents for these services: a template covering a service without a valid
    signature of any of its versions is missing, or expired when its latest signature has expired."""
    missing: list[Gap] = []
    expired: list[Gap] = []
    for service in dict.fromkeys(s for s in services if s):
        for template in templates:
            if not covers(template.services, service):
                continue
            signed = [c for c in consents if c.template_id == template.id and c.withdrawn_at is None]
            if any(status(c, now) == "valid" for c in signed):
                continue
            if signed:
                latest = max(signed, key=lambda c: c.signed_at)
                expired.append(Gap(str(template.id), template.title, service, latest.expires_at))
            else:
                missing.append(Gap(str(template.id), template.title, service))
    return missing, expired
