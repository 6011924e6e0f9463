"""`CLIENTCARD_ENV=production` stops every process at start on a missing or placeholder secret or
URL, and accepts the settings a deployment gives it."""

from __future__ import annotations

import importlib

import pytest

from clientcard_kit.settings import ProductionSettingMissing

SETTINGS = {
    "profile": "clientcard_profile.settings",
    "billing": "clientcard_billing.settings",
    "loyalty": "clientcard_loyalty.settings",
    "messaging": "clientcard_messaging.settings",
    "files": "clientcard_files.settings",
    "gateway": "gateway.settings",
}
DEPLOYED = {
    "CLIENTCARD_ENV": "production",
    "DATABASE_URL": "postgresql+psycopg://svc:s3cr3t@db.internal:5432/svc?sslmode=verify-full",
    "AMQP_URI": "amqps://clientcard:s3cr3t@mq.internal:5671/",
    "REDIS_URL": "rediss://:s3cr3t@cache.internal:6380/0",
    "CLIENTCARD_ADMIN_KEY": "cc_admin_0123456789",
    "SMS_PROVIDER": "log",
    "EMAIL_PROVIDER": "smtp",
    "PUSH_PROVIDER": "log",
    "PROVIDER_CALLBACK_SECRET": "callback-0123456789",
    "UNSUBSCRIBE_SECRET": "unsubscribe-0123456789",
    "S3_ENDPOINT": "s3.internal:443",
    "S3_PUBLIC_ENDPOINT": "https://files.example.com",
    "S3_ACCESS_KEY": "files",
    "S3_SECRET_KEY": "s3cr3t-0123456789",
    "S3_BUCKET": "clientcard-files",
    "FILES_STREAM_SECRET": "stream-0123456789",
    "ERASURE_KEY": "erasure-0123456789",
}


def _settings(component: str):
    return importlib.import_module(SETTINGS[component]).Settings


@pytest.mark.parametrize("component", sorted(SETTINGS))
def test_production_refuses_to_start_without_its_database_and_broker(component):
    with pytest.raises(ProductionSettingMissing, match="AMQP_URI is not set") as refused:
        _settings(component).from_env({"CLIENTCARD_ENV": "production"})
    assert "CLIENTCARD_ENV=production refuses development defaults" in str(refused.value)


@pytest.mark.parametrize("component", sorted(SETTINGS))
def test_production_refuses_a_placeholder_database_url(component):
    environ = {**DEPLOYED, "DATABASE_URL": "postgresql+psycopg://svc:s3cr3t@postgres.clientcard.invalid:5432/svc"}
    with pytest.raises(ProductionSettingMissing, match="DATABASE_URL is still a placeholder"):
        _settings(component).from_env(environ)


@pytest.mark.parametrize("component", sorted(SETTINGS))
def test_production_starts_with_what_a_deployment_gives(component):
    assert _settings(component).from_env(DEPLOYED).database_url == DEPLOYED["DATABASE_URL"]


@pytest.mark.parametrize("component", sorted(SETTINGS))
def test_development_keeps_its_local_defaults(component):
    assert "127.0.0.1:5432" in _settings(component).from_env({}).database_url


def test_each_service_names_its_own_secrets_when_they_are_missing():
    with pytest.raises(ProductionSettingMissing, match="S3_SECRET_KEY is not set"):
        _settings("files").from_env({**DEPLOYED, "S3_SECRET_KEY": ""})
    with pytest.raises(ProductionSettingMissing, match="UNSUBSCRIBE_SECRET is not set"):
        _settings("messaging").from_env({k: v for k, v in DEPLOYED.items() if k != "UNSUBSCRIBE_SECRET"})
    with pytest.raises(ProductionSettingMissing, match="CLIENTCARD_ADMIN_KEY is still a placeholder"):
        _settings("gateway").from_env({**DEPLOYED, "CLIENTCARD_ADMIN_KEY": "CHANGE-ME-admin-key"})
