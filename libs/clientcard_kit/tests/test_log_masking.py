"""Personal data never reaches a log line; ids, times, durations, statuses and amounts stay readable."""

import io
import logging
import logging.config

import pytest

from clientcard_kit import logs
from clientcard_kit.log_masking import MaskingFilter, mask

MASKED = [
    # (line, what it becomes)
    ("email to ann.smith@example.co.uk", "email to a***@***.uk"),
    ("from Ann.Smith+spa@mail.example.com.", "from A***@***.com."),
    ("sms to +447700900123: see you", "sms to ***23: see you"),
    ("call 07700 900123 today", "call ***23 today"),
    ("call (0)7700-900-123", "call ***23"),
    ("call +44 (0)7700 900 123", "call ***23"),
    ("call 07700.900.123 or 020 7946 0958", "call ***23 or ***58"),
    ("numbers +447700900123 07700900124", "numbers ***23 ***24"),
    ("appel 06.12.34.56.78 ou 06 12 34 56 79", "appel ***78 ou ***79"),
    ("bare 7700900123", "bare ***23"),
    ('"GET /api/v1/clients?q=Ann%20Smith&limit=5 HTTP/1.1" 200', '"GET /api/v1/clients?q=***&limit=5 HTTP/1.1" 200'),
    ("GET /api/v1/clients?q=07700900123 HTTP/1.1", "GET /api/v1/clients?q=***23 HTTP/1.1"),
    ("GET /api/v1/clients?q=%2B447700900123", "GET /api/v1/clients?q=***23"),
    ("GET /api/v1/clients?q=07700%20900123&sort=name", "GET /api/v1/clients?q=***23&sort=name"),
    ("GET /api/v1/clients?q=Ann+Smith", "GET /api/v1/clients?q=***"),
    ("GET /api/v1/clients?q=ann%40example.com", "GET /api/v1/clients?q=a***@***.com"),
    ("GET /?phone=%2B447700900123&email=ann%40example.com", "GET /?phone=***23&email=a***@***.com"),
    ("created first_name=Ann last_name='Smith-Jones'", "created first_name=*** last_name='***'"),
    ("name: Ann Smith, location: Soho", "name: ***, location: Soho"),
    ('{"first_name": "Ann", "full_name": "Ann \\"Annie\\" Smith"}', '{"first_name": "***", "full_name": "***"}'),
    ("{'staff': 'Bob Jones', 'body': \"it's Ann\", 'caption': 'Ann'}", "{'staff': '***', 'body': \"***\", 'caption': '***'}"),
    ("signer_name=Ann subject='Your visit' text=Hello", "signer_name=*** subject='***' text=***"),
    ("{'actor_name': 'Desk 1', 'holder_name': 'A Smith'}", "{'actor_name': '***', 'holder_name': '***'}"),
]

KEPT = [
    "profile.create_client ok in 12.3 ms",
    "client 550e8400-e29b-41d4-a716-446655440000 not found",
    "rid 12345678-1234-1234-1234-123456789012",
    "occurred_at=2024-05-01T10:00:00.123456+00:00 at 2024-05-01 10:00:00,123",
    "expires 2025-12-31, visit at 09:30",
    '"GET /api/v1/clients/550e8400-e29b-41d4-a716-446655440000/card HTTP/1.1" status=200 size=1532 duration=12ms',
    "HTTP 404 after 1500 ms, 422 Invalid input, 503",
    '{"amount": 2500, "currency": "GBP"} total 150000 paid 12.50 of 1,234.56',
    "listening on 127.0.0.1:8101 and 0.0.0.0:8000, postgres on port 5432",
    "amqp://guest:**@127.0.0.1:5672/clientcard-test-1234",
    "points_expiring: 120 points in 3 lots, card 4512",
    "service_name=billing filename=photo.jpg template_name=reminder",
    "outbox relay: publishing client_created failed; will retry",
    "",
]


@pytest.mark.parametrize(("line", "expected"), MASKED)
def test_personal_data_in_a_line_is_masked(line, expected):
    assert mask(line) == expected


@pytest.mark.parametrize("line", KEPT)
def test_ids_times_durations_statuses_and_amounts_stay_as_they_are(line):
    assert mask(line) == line


def test_masking_a_masked_line_changes_nothing():
    once = mask(" ".join(line for line, _ in MASKED))
    assert mask(once) == once


def _handler_with_masking() -> tuple[logging.Handler, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(logs.RequestIdFilter())
    handler.addFilter(MaskingFilter())
    handler.setFormatter(logging.Formatter(logs.FORMAT))
    return handler, stream


@pytest.fixture
def masked_logger():
    logger = logging.getLogger("clientcard.test_masking")
    handler, stream = _handler_with_masking()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)
    logger.propagate = True


def test_args_and_the_traceback_of_a_record_are_masked_and_the_request_id_and_logger_stay(masked_logger):
    logger, stream = masked_logger
    token = logs.request_id_var.set("req-42")
    try:
        try:
            raise ValueError("bad phone 'x' for ann.smith@example.com")
        except ValueError:
            logger.exception("creating %s with %r failed", "first_name=Ann", {"phone": "+447700900123"})
    finally:
        logs.request_id_var.reset(token)

    line = stream.getvalue()
    assert "clientcard.test_masking [rid=req-42] creating first_name=*** with {'phone': '***23'} failed" in line
    assert "Traceback (most recent call last)" in line
    assert "ValueError: bad phone 'x' for a***@***.com" in line
    for secret in ("Ann", "ann.smith", "7700900123"):
        assert secret not in line


def test_a_record_with_mapping_args_as_gunicorn_logs_its_access_lines_is_masked(masked_logger):
    logger, stream = masked_logger
    logger.info('"%(r)s" status=%(s)s', {"r": "GET /api/v1/clients?q=Ann%20Smith HTTP/1.1", "s": "200"})

    assert '"GET /api/v1/clients?q=*** HTTP/1.1" status=200' in stream.getvalue()


def test_a_record_whose_args_do_not_fit_its_format_is_logged_masked_instead_of_raising(masked_logger):
    logger, stream = masked_logger
    logger.info("client %s %s", "ann@example.com")

    assert "a***@***.com" in stream.getvalue()
    assert "ann@example.com" not in stream.getvalue()


def test_the_dict_config_masks_the_loggers_it_names_and_keeps_them_off_the_root():
    config = logs.logging_config("INFO", loggers=("clientcard.test_access",))
    stream = io.StringIO()
    config["handlers"]["console"]["stream"] = stream
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logging.config.dictConfig(config)
        logging.getLogger("clientcard.test_access").info("GET /clients?q=%s", "07700900123")
    finally:
        root.handlers[:], root.level = saved
        logging.getLogger("clientcard.test_access").handlers.clear()

    assert stream.getvalue().count("\n") == 1
    assert "INFO  clientcard.test_access [rid=-] GET /clients?q=***23" in stream.getvalue()


def test_configure_gives_the_root_logger_one_masking_handler():
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logs.configure("INFO")
        (handler,) = root.handlers
        assert any(isinstance(f, MaskingFilter) for f in handler.filters)
    finally:
        root.handlers[:], root.level = saved
