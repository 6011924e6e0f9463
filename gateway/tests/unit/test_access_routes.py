"""The access policy knows every path parameter, or the app does not start."""

import pytest
from flask import Flask

from gateway import access


def test_a_route_with_a_path_parameter_the_policy_does_not_know_stops_the_app():
    app = Flask(__name__)
    app.add_url_rule("/api/v1/widgets/<widget_id>", "widget", lambda widget_id: "")

    with pytest.raises(RuntimeError, match="widget_id"):
        access.check_every_route_is_guarded(app)


def test_routes_whose_parameters_the_policy_knows_pass():
    app = Flask(__name__)
    app.add_url_rule("/api/v1/notes/<note_id>", "note", lambda note_id: "")
    app.add_url_rule("/api/v1/clients/<client_id>/visits", "visits", lambda client_id: "")

    access.check_every_route_is_guarded(app)
