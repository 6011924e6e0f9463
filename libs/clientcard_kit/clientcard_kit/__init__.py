"""Infrastructure shared by every Clientcard service: no models, no schemas."""
