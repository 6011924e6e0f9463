"""Consent: opt-in marketing, every change logged, the unsubscribe link; campaigns to a segment of 10,000;
templates checked when saved and previewed."""

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from clientcard_kit.contracts import load
from clientcard_kit.errors import InvalidInput
from clientcard_kit.providers import CallContext
from clientcard_messaging import contracts
from clientcard_messaging.db.models import Message, NotificationPreference
from clientcard_messaging.db.uow import MessagingUnitOfWork
from clientcard_messaging.domain import links
from clientcard_messaging.exceptions import CampaignInvalid, MessageInvalid, UnsubscribeLinkInvalid
from clientcard_messaging.use_cases import calls, campaigns, delivery, preferences, sending, templates, timeline, unsubscribe

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def uow(messaging_database_url):
    engine = sa.create_engine(messaging_database_url)
    yield MessagingUnitOfWork(sessionmaker(engine, expire_on_commit=False), engine)
    engine.dispose()


def test_every_preference_change_is_logged_with_who_where_and_the_wording_shown(uow):
    client = str(uuid.uuid4())
    staff = CallContext("rid", "key-1", "Front desk", None, None)

    assert preferences.get_preferences(uow, client)["types"]["marketing"] is False
    preferences.set_preferences(
        uow,
        client,
        load(
            contracts.PreferencesInput(), {"types": {"marketing": True}, "source": "client", "wording": "Send me offers by email"}
        ),
        staff,
    )
    token = links.unsubscribe_token("u-secret", client, uuid.uuid4())
    assert unsubscribe.unsubscribe(uow, token, secret="u-secret") == {"client_id": client, "marketing": False}

    latest, first = preferences.list_changes(uow, client)["items"]
    assert (first["actor"], first["source"], first["wording"], first["types"]["marketing"]) == (
        "Front desk (key-1)",
        "client",
        "Send me offers by email",
        True,
    )
    assert (latest["source"], latest["types"]["marketing"]) == ("unsubscribe_link", False)
    assert preferences.get_preferences(uow, client)["types"]["marketing"] is False


def test_a_forged_unsubscribe_link_changes_nothing(uow):
    client = str(uuid.uuid4())
    with pytest.raises(UnsubscribeLinkInvalid):
        unsubscribe.unsubscribe(uow, links.unsubscribe_token("not-ours", client, uuid.uuid4()), secret="u-secret")
    assert preferences.list_changes(uow, client)["items"] == []


def people(count, **fields):
    return [
        {"id": str(uuid.uuid4()), "email": f"c{i}@example.com", "phone": None, "restricted": False, **fields}
        for i in range(count)
    ]


def opt_in(uow, clients):
    for person in clients:
        preferences.set_preferences(uow, person["id"], load(contracts.PreferencesInput(), {"types": {"marketing": True}}))


def test_a_campaign_of_ten_thousand_reaches_only_those_who_opted_in_and_are_not_restricted(uow):
    consenting, silent, restricted = people(9_000), people(900), people(100, restricted=True)
    with uow:  # 9,100 stored opt-ins, in one statement: this test is about the campaign, not the writes
        uow.session.execute(
            sa.insert(NotificationPreference),
            [
                {
                    "client_id": uuid.UUID(p["id"]),
                    "channels": {"sms": True, "email": True, "push": True},
                    "types": {"reminders": True, "marketing": True, "loyalty": True, "billing": True},
                }
                for p in consenting + restricted
            ],
        )
        uow.commit()
    everyone = consenting + silent + restricted

    campaign = campaigns.create_campaign(
        uow,
        load(
            contracts.CampaignInput(),
            {"name": "Autumn", "channel": "email", "segment": {"tags": ["vip"]}, "subject": "Offers", "body": "20% off"},
        ),
        recipients=lambda segment: iter(everyone),
        tier_members=lambda tier: set(),
        now=NOW,
    )

    assert campaign["recipients"] == 10_000
    assert campaign["counts"] == {"queued": 9_000, "sent": 0, "delivered": 0, "suppressed": 1_000, "failed": 0}
    assert len(delivery.due_messages(uow, "email", NOW, limit=20_000)) >= 9_000

    cancelled = campaigns.cancel_campaign(uow, campaign["id"], now=NOW)
    assert cancelled["status"] == "cancelled"
    assert cancelled["counts"]["queued"] == 0 and cancelled["counts"]["failed"] == 9_000
    with uow:
        left = uow.session.scalar(
            sa.select(sa.func.count())
            .select_from(Message)
            .where(Message.campaign_id == uuid.UUID(campaign["id"]), Message.status == "queued")
        )
    assert left == 0  # nothing of it is left for the workers to send


def test_a_tier_narrows_the_segment_and_an_empty_or_unmatched_segment_is_refused(uow):
    clients = people(3)
    opt_in(uow, clients)
    vip = {clients[0]["id"]}

    campaign = campaigns.create_campaign(
        uow,
        load(contracts.CampaignInput(), {"name": "VIP", "channel": "email", "segment": {"tier": "vip"}, "body": "Hi"}),
        recipients=lambda segment: iter(clients),
        tier_members=lambda tier: vip if tier == "vip" else set(),
        now=NOW,
    )
    assert campaign["recipients"] == 1 and campaign["counts"]["queued"] == 1

    with pytest.raises(CampaignInvalid):
        campaigns.create_campaign(
            uow,
            load(contracts.CampaignInput(), {"name": "All", "channel": "email", "segment": {}, "body": "Hi"}),
            recipients=lambda s: iter(clients),
            tier_members=lambda t: set(),
            now=NOW,
        )
    with pytest.raises(CampaignInvalid):
        campaigns.create_campaign(
            uow,
            load(contracts.CampaignInput(), {"name": "None", "channel": "email", "segment": {"tags": ["x"]}, "body": "Hi"}),
            recipients=lambda s: iter([]),
            tier_members=lambda t: set(),
            now=NOW,
        )
    with pytest.raises(InvalidInput):
        campaigns.create_campaign(
            uow,
            load(contracts.CampaignInput(), {"name": "Fax", "channel": "fax", "segment": {"tags": ["x"]}, "body": "Hi"}),
            recipients=lambda s: iter(clients),
            tier_members=lambda t: set(),
            now=NOW,
        )


def test_a_template_that_does_not_parse_is_refused_when_saved_and_a_preview_renders_html_escaped(uow):
    name = f"welcome-{uuid.uuid4().hex[:6]}"
    with pytest.raises(MessageInvalid) as broken:
        templates.create_template(
            uow, load(contracts.TemplateInput(), {"name": name, "channel": "email", "body": "Hi {{ first_name"})
        )
    assert "body" in broken.value.errors

    location = str(uuid.uuid4())
    templates.create_template(
        uow,
        load(
            contracts.TemplateInput(),
            {"name": name, "channel": "email", "body": "Hi {{ first_name }}", "html": "<p>Hi {{ first_name }}</p>"},
        ),
    )
    templates.create_template(
        uow,
        load(
            contracts.TemplateInput(),
            {"name": name, "channel": "email", "body": "Hola {{ first_name }}", "language": "es", "location_id": location},
        ),
    )

    preview = templates.preview(uow, load(contracts.TemplatePreviewInput(), {"name": name, "variables": {"first_name": "<Ann>"}}))
    assert (preview["body"], preview["html"]) == ("Hi <Ann>", "<p>Hi &lt;Ann&gt;</p>")
    spanish = templates.preview(
        uow,
        load(
            contracts.TemplatePreviewInput(),
            {"name": name, "location_id": location, "language": "es", "variables": {"first_name": "Ana"}},
        ),
    )
    assert spanish["body"] == "Hola Ana"


def test_calls_and_messages_make_messagings_part_of_the_timeline_newest_first(uow):
    client = str(uuid.uuid4())
    calls.log_call(
        uow,
        client,
        load(
            contracts.CallInput(),
            {
                "direction": "outbound",
                "started_at": "2026-11-20T09:00:00+00:00",
                "duration_s": 75,
                "outcome": "answered",
                "staff": "Sam",
            },
        ),
    )
    sending.send_message(uow, client, load(contracts.MessageInput(), {"channel": "sms", "body": "Booked"}))

    message, call = timeline.timeline_page(uow, client, None, None, None, None, 10)

    assert (message["kind"], call["kind"]) == ("message", "call")
    assert call["summary"].startswith("Outbound call: answered")
    assert [i["kind"] for i in timeline.timeline_page(uow, client, ["call"], None, None, None, 10)] == ["call"]
