"""The Clientcard gateway: the public API over the services, and the unified card."""
