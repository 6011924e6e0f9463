"""The served document names, on each operation's 422, what a well-formed request can still be refused for,
and a dict whose keys are a closed list is documented as an object with exactly those properties."""


def _document(http) -> dict:
    response = http.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def _rules(document: dict, path: str, method: str) -> list[str]:
    return document["paths"][path][method]["responses"]["422"].get("x-business-rules", [])


def test_rules_come_from_fields_and_from_the_operation(http):
    document = _document(http)

    assert any("cursor" in rule for rule in _rules(document, "/api/v1/clients", "get"))
    assert any("location id" in rule for rule in _rules(document, "/api/v1/clients", "post"))
    payment = _rules(document, "/api/v1/invoices/{invoice_id}/payments", "post")
    assert any("±10^12" in rule for rule in payment) and any("more than is due" in rule for rule in payment)
    assert any("ends before it starts" in rule for rule in _rules(document, "/api/v1/clients/{client_id}/statistics", "get"))
    described = document["paths"]["/api/v1/invoices/{invoice_id}/payments"]["post"]["responses"]["422"]["description"]
    assert "Also refused, however well-formed" in described and "more than is due" in described


def test_an_operation_with_no_rule_to_state_declares_none(http):
    document = _document(http)

    assert _rules(document, "/api/v1/clients/{client_id}", "patch")  # a location id, a percentage
    assert "x-business-rules" not in document["paths"]["/api/v1/notes/{note_id}"]["patch"]["responses"]["422"]


def test_a_dict_with_closed_keys_is_an_object_with_those_properties_only(http):
    preferences = _document(http)["components"]["schemas"]["PreferencesUpdate"]["properties"]

    assert preferences["channels"]["additionalProperties"] is False
    assert set(preferences["channels"]["properties"]) == {"sms", "email", "push"}
    assert set(preferences["types"]["properties"]) == {"reminders", "marketing", "loyalty", "billing"}
