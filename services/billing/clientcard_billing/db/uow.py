"""The billing unit of work."""
from clientcard_billing.db.repositories import AccountRepository
from clientcard_kit.uow import SqlAlchemyUnitOfWork


class BillingUnitOfWork(SqlAlchemyUnitOfWork):
    accounts: AccountRepository

    def bind_repositories(self, session) -> None:
        self.accounts = AccountRepository(session)
