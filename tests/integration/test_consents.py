"""Consent forms: versioned templates, signing into an immutable PDF-backed record, status, withdrawal,
the files:medical scope with audited reads, and the card's missing or expired consents."""

import base64
import datetime as dt
import hashlib
import io
import uuid

import pytest
import sqlalchemy as sa
from PIL import Image

from tests.integration.conftest import eventually


def _signature() -> str:
    drawn = io.BytesIO()
    Image.new("RGB", (120, 40), "white").save(drawn, "PNG")
    return base64.b64encode(drawn.getvalue()).decode()


SIGNATURE = _signature()


def template(api, service="Botox", months=12, **extra):
    body = {
        "title": f"{service} consent {uuid.uuid4().hex[:6]}",
        "body": "# Risks\n\n- **Bruising**\n- Headache",
        "fields": [{"key": "allergies", "label": "Allergies", "required": True}],
        "checkboxes": [{"key": "risks_understood", "label": "I understand the risks", "required": True}],
        "services": [service],
        "validity_months": months,
        **extra,
    }
    response = api.post("/consent-templates", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def sign(api, client_id, form, **extra):
    return api.post(
        f"/clients/{client_id}/consents",
        headers={"User-Agent": "ClinicTablet/1.0"},
        json={
            "template_id": form["id"],
            "answers": {"allergies": "none", "risks_understood": True},
            "signer_name": "Ann Client",
            "signature_base64": SIGNATURE,
            **extra,
        },
    )


def test_a_changed_template_is_a_new_version_and_old_signatures_keep_theirs(api, client_id):
    form = template(api)
    signed = sign(api, client_id, form).json()

    changed = api.put(
        f"/consent-templates/{form['id']}",
        json={**{k: form[k] for k in ("title", "fields", "checkboxes", "services", "validity_months")}, "body": "New wording"},
    ).json()
    unchanged = api.put(
        f"/consent-templates/{form['id']}",
        json={**{k: changed[k] for k in ("title", "body", "fields", "checkboxes", "services", "validity_months")}},
    ).json()

    assert (changed["version"], unchanged["version"]) == (2, 2)
    assert api.get(f"/consent-templates/{form['id']}?version=1").json()["body"] == form["body"]
    listed = {t["id"]: t["version"] for t in api.get("/consent-templates").json()["items"]}
    assert listed[form["id"]] == 2
    assert api.get(f"/clients/{client_id}/consents").json()["items"][0]["template_version"] == signed["template_version"] == 1


def test_a_signed_consent_is_a_pdf_with_its_sha256_and_who_signed_from_where(api, client_id):
    response = sign(api, client_id, template(api))

    assert response.status_code == 201, response.text
    consent = response.json()
    assert consent["status"] == "valid" and consent["user_agent"] == "ClinicTablet/1.0" and consent["ip"]
    pdf = api.get(f"/files/{consent['file_id']}/content")
    assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
    assert b"ReportLab" in pdf.content
    assert hashlib.sha256(pdf.content).hexdigest() == consent["pdf_sha256"]
    assert api.delete(f"/files/{consent['file_id']}").status_code == 422  # kept with its record


def test_answers_that_do_not_complete_the_form_are_a_422(api, client_id):
    form = template(api)

    response = sign(api, client_id, form, answers={"allergies": "", "risks_understood": False, "other": 1})

    assert response.status_code == 422
    assert set(response.json()["errors"]) >= {"answers.allergies", "answers.risks_understood", "answers.other"}
    assert api.get(f"/clients/{client_id}/consents").json()["items"] == []


def test_a_signed_consent_cannot_be_edited_even_in_the_database(api, client_id, suite):
    consent = sign(api, client_id, template(api)).json()
    engine = sa.create_engine(suite.databases["files"])
    try:
        with pytest.raises(sa.exc.DBAPIError, match="immutable"), engine.begin() as conn:
            conn.execute(sa.text("UPDATE signed_consents SET signer_name = 'Someone else' WHERE id = :id"), {"id": consent["id"]})
    finally:
        engine.dispose()


def test_withdrawal_is_logged_once_and_shows_as_the_status(api, client_id):
    consent = sign(api, client_id, template(api)).json()

    withdrawn = api.post(f"/consents/{consent['id']}/withdraw", json={"reason": "Changed her mind"})
    again = api.post(f"/consents/{consent['id']}/withdraw", json={})

    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
    assert withdrawn.json()["withdrawal_reason"] == "Changed her mind" and withdrawn.json()["withdrawn_by"]
    assert again.status_code == 409
    assert api.get(f"/clients/{client_id}/consents").json()["items"][0]["status"] == "withdrawn"


def test_an_old_signature_past_its_validity_is_expired(api, client_id):
    long_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=400)).isoformat()

    consent = sign(api, client_id, template(api, months=12), signed_at=long_ago).json()

    assert consent["status"] == "expired"


def test_signed_consents_need_files_medical_and_their_reads_are_audited(api, api_with_key, client_id):
    consent = sign(api, client_id, template(api)).json()
    files_only = api_with_key(api.post("/api-keys", json={"name": "f", "scopes": ["files:read", "files:write"]}).json()["secret"])

    assert files_only.get(f"/clients/{client_id}/consents").status_code == 403
    assert files_only.get(f"/consents/{consent['id']}").status_code == 403
    assert files_only.get(f"/files/{consent['file_id']}").status_code == 404
    assert consent["file_id"] not in [f["id"] for f in files_only.get(f"/clients/{client_id}/files").json()["items"]]
    api.get(f"/clients/{client_id}/consents")
    reads = api.get(f"/clients/{client_id}/sensitive-reads").json()["items"]
    assert any(consent["file_id"] in r["record_ids"] for r in reads)


def test_the_card_shows_consents_missing_or_expired_for_the_next_visit(api, client_id):
    service = f"Peel {uuid.uuid4().hex[:6]}"
    missing_form, expired_form = template(api, service=service), template(api, service=service, months=1)
    sign(api, client_id, expired_form, signed_at=(dt.datetime.now(dt.UTC) - dt.timedelta(days=60)).isoformat())
    starts = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0).isoformat()
    assert api.post(f"/clients/{client_id}/visits", json={"starts_at": starts, "service": service}).status_code == 201

    consents = api.get(f"/clients/{client_id}/card").json()["files"]["consents"]

    assert consents["next_visit"]["service"] == service
    assert [m["template_id"] for m in consents["missing"]] == [missing_form["id"]]
    assert [e["template_id"] for e in consents["expired"]] == [expired_form["id"]]
    summary = api.get(f"/clients/{client_id}/card").json()["summary"]
    assert summary["consents_missing"] == [missing_form["title"]]
    assert summary["consents_expired"] == [expired_form["title"]]
    sign(api, client_id, missing_form)

    def missing_is_signed():
        assert api.get(f"/clients/{client_id}/card").json()["files"]["consents"]["missing"] == []

    eventually(missing_is_signed, timeout=15)


def test_a_merge_brings_the_duplicates_signed_consents_and_its_undo_takes_them_back(api, wait_until):
    survivor = api.post("/clients", json={"first_name": "Keep"}).json()["id"]
    duplicate = api.post("/clients", json={"first_name": "Dupe"}).json()["id"]
    signed = sign(api, duplicate, template(api)).json()

    merge = api.post(f"/clients/{survivor}/merge", json={"source_id": duplicate}).json()["merge"]

    def listed(client_id):
        return [c["id"] for c in api.get(f"/clients/{client_id}/consents").json()["items"]]

    def moved():
        assert listed(survivor) == [signed["id"]] and listed(duplicate) == []

    wait_until(moved, timeout=15)
    assert api.post(f"/merges/{merge['id']}/undo").status_code == 200

    def back():
        assert listed(duplicate) == [signed["id"]] and listed(survivor) == []

    wait_until(back, timeout=15)
