"""Session-credit packs: adjustments and what rolls over into the next pack."""

from __future__ import annotations

import re

ROLLOVER_RULE = re.compile(r"^(none|all|max:[1-9][0-9]{0,4})$")


class CreditsInvalid(Exception):
    pass


def valid_rule(rule: str) -> bool:
    """`none` (unused credits lapse), `all`, or `max:N` (at most N credits carry over)."""
    return bool(ROLLOVER_RULE.match(rule))


def rolled_over(remaining: int, rule: str) -> int:
    """Credits an old pack hands to the next pack of the same service."""
    if not valid_rule(rule):
        raise CreditsInvalid(f"unknown roll-over rule {rule!r}")
    if rule == "none" or remaining <= 0:
        return 0
    if rule == "all":
        return remaining
    return min(remaining, int(rule.split(":", 1)[1]))


def adjusted(remaining: int, change: int) -> int:
    """Credits left after a signed change; never below zero."""
    if change == 0:
        raise CreditsInvalid("a change of zero credits changes nothing")
    if remaining + change < 0:
        raise CreditsInvalid(f"only {remaining} credits remain")
    return remaining + change
