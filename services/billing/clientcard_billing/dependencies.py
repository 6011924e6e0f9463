"""Dependency providers of the billing service."""

from clientcard_billing.db.uow import BillingUnitOfWork
from clientcard_billing.settings import Settings
from clientcard_kit.providers import UnitOfWorkProvider


def billing_uow() -> UnitOfWorkProvider:
    return UnitOfWorkProvider(BillingUnitOfWork, url=lambda: Settings.from_env().database_url)
