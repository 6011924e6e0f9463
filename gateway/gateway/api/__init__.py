"""One blueprint per resource; `BLUEPRINTS` is what the app registers."""
from gateway.api import api_keys, clients

BLUEPRINTS = (clients.blp, api_keys.blp)
