"""The plain dumper of an output contract gives exactly what marshmallow's dump gives."""

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

from marshmallow import fields

from clientcard_kit.contract_dump import dump_many, plain_dumper
from clientcard_kit.contracts import Contract
from clientcard_profile import contracts


def _client(**changes):
    now = datetime(2026, 12, 6, 9, 30, 15, 123456, tzinfo=UTC)
    values = {name: None for name in contracts.ClientOutput().dump_fields}
    values.update(
        id=uuid.uuid4(),
        first_name="Zoë",
        last_name="O'Brien",
        categories=["vip"],
        tags=["a", "b"],
        custom_fields={"allergy": "latex", "n": 3},
        discount_percent=Decimal("12.50"),
        version=4,
        online_booking_disabled=False,
        status="active",
        restricted=True,
        blocked=False,
        created_at=now,
        updated_at=now.astimezone(timezone(timedelta(hours=5, minutes=30))),
    )
    values.update(changes)
    return SimpleNamespace(**values)


def test_a_client_is_dumped_as_by_the_contract_whatever_its_values():
    schema = contracts.ClientOutput(many=True)
    dumper = plain_dumper(schema)
    clients = [
        _client(),
        _client(
            email="a@b.c",
            phone="+447700900123",
            date_of_birth=date(1990, 2, 28),
            home_location_id=uuid.uuid4(),
            last_visit_at=datetime(2025, 1, 1, tzinfo=UTC),
            archived_at=datetime(2026, 1, 1, tzinfo=UTC),
            discount_percent=0,
            custom_fields={},
            tags=[],
            merged_into_id=uuid.uuid4(),
            version=1,
        ),
    ]

    assert dumper is not None
    assert dump_many(schema, dumper, clients) == schema.dump(clients)


def test_a_contract_dumped_before_by_marshmallow_still_gets_the_plain_dumper():
    # marshmallow's hook registry is a defaultdict: a dump leaves empty entries behind
    schema = contracts.ClientOutput(many=True)
    schema.dump([_client()])

    assert plain_dumper(schema) is not None


def test_a_contract_that_needs_the_whole_object_is_left_to_marshmallow():
    class Computed(Contract):
        name = fields.String()
        label = fields.Method("make_label")

        def make_label(self, obj):
            return obj.name.upper()

    schema = Computed(many=True)

    assert plain_dumper(schema) is None
    assert dump_many(schema, None, [SimpleNamespace(name="ann")]) == [{"name": "ann", "label": "ANN"}]
