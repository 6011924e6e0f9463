"""Log lines carry the request id of the call that caused them, and never personal data.

Every handler gets `RequestIdFilter` and `log_masking.MaskingFilter`: nameko's LOGGING in each
config.yaml, the gateway's gunicorn config (`logging_config`), and `configure()` for the rest.
"""

from __future__ import annotations

import contextvars
import logging

from clientcard_kit.log_masking import MaskingFilter

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

FORMAT = "%(asctime)s %(levelname)-5s %(name)s [rid=%(request_id)s] %(message)s"


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def configure(level: str = "INFO") -> None:
    """Plain-text masked logs with the request id, for processes that do not use nameko's LOGGING."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.addFilter(MaskingFilter())
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def logging_config(level: str = "INFO", loggers: tuple[str, ...] = ()) -> dict:
    """The same set-up as a dictConfig; `loggers` (e.g. gunicorn's) write through it and stop there."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "clientcard_kit.logs.RequestIdFilter"},
            "mask": {"()": "clientcard_kit.log_masking.MaskingFilter"},
        },
        "formatters": {"plain": {"format": FORMAT}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "filters": ["request_id", "mask"],
                "stream": "ext://sys.stderr",
            },
        },
        "root": {"level": level, "handlers": ["console"]},
        "loggers": {name: {"level": level, "handlers": ["console"], "propagate": False} for name in loggers},
    }
