"""Creating and reading clients through the gateway."""

import uuid


def test_a_created_client_is_read_back_with_its_phone_in_e164(api):
    created = api.post(
        "/clients",
        json={"first_name": "Ann", "last_name": "Lee", "phone": "07700 900123", "email": "ann@example.com"},
    )

    assert created.status_code == 201, created.text
    client = created.json()
    assert client["phone"] == "+447700900123"
    read = api.get(f"/clients/{client['id']}")
    assert read.status_code == 200
    assert read.json() == client
    assert read.headers["ETag"] == '"1"'


def test_an_unparseable_phone_is_a_422_naming_the_field_and_creates_nothing(api):
    marker = f"Nobody{uuid.uuid4().hex[:8]}"
    response = api.post("/clients", json={"first_name": marker, "phone": "not a phone"})

    assert response.status_code == 422
    assert response.headers["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert set(problem) >= {"type", "title", "status", "detail", "errors"}
    assert "phone" in problem["errors"]


def test_a_missing_first_name_and_bad_email_are_422(api):
    response = api.post("/clients", json={"email": "not-an-email"})

    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"first_name", "email"}


def test_malformed_json_is_a_400_problem(api):
    response = api.post("/clients", data="{not json", headers={"Content-Type": "application/json"})

    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"


def test_the_same_idempotency_key_and_body_creates_one_client(api):
    key = str(uuid.uuid4())
    body = {"first_name": "Idem", "last_name": key[:8]}

    first = api.post("/clients", json=body, headers={"Idempotency-Key": key})
    second = api.post("/clients", json=body, headers={"Idempotency-Key": key})

    assert first.status_code == 201
    assert second.status_code == 201
    assert second.json()["id"] == first.json()["id"]


def test_the_same_idempotency_key_with_another_body_is_409(api):
    key = str(uuid.uuid4())
    assert api.post("/clients", json={"first_name": "One"}, headers={"Idempotency-Key": key}).status_code == 201

    response = api.post("/clients", json={"first_name": "Two"}, headers={"Idempotency-Key": key})

    assert response.status_code == 409
    assert response.headers["Content-Type"] == "application/problem+json"


def test_an_unknown_client_is_404(api):
    assert api.get(f"/clients/{uuid.uuid4()}").status_code == 404
    assert api.get("/clients/not-a-uuid").status_code == 404
