"""The profile service: the client record and everything the front desk writes on it."""
