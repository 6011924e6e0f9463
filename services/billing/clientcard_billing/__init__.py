"""The billing service: the client's account ledger, invoices, payments and refunds."""
