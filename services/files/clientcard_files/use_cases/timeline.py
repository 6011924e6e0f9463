"""Files' part of the client's timeline, newest first by (at, id): files and photos stored, and consents
signed and withdrawn (a signing's PDF shows as the consent, not as a second `file` item)."""

from __future__ import annotations

import sqlalchemy as sa

from clientcard_files.db.models import ConsentTemplate, SignedConsent, StoredFile
from clientcard_files.db.uow import FilesUnitOfWork
from clientcard_files.use_cases.card import CARD_KINDS
from clientcard_kit import timeline

KINDS = ("file", "consent")
# a withdrawal is an item of its own: its id is derived from the consent's (indexed by migration 0010)
WITHDRAWAL_ID = sa.cast(sa.func.md5(sa.cast(SignedConsent.id, sa.Text).concat(sa.literal_column("'-withdrawn'"))), sa.Uuid)


def _sources(client_id, kinds: set[str], *, include_medical: bool) -> list[timeline.Source]:
    sources = []
    if "file" in kinds:
        data = sa.func.jsonb_build_object("kind", StoredFile.kind, "filename", StoredFile.filename, "size", StoredFile.size)
        # kinds inline, not parameters: the planner matches them to the partial indexes of migration 0011
        query = sa.select(StoredFile.created_at.label("at"), StoredFile.id.label("id"), data.label("data")).where(
            StoredFile.client_id == client_id, StoredFile.kind != _inline("signed_consent"), StoredFile.sealed_until.is_(None)
        )  # an erased client's sealed health records are read through the export only
        if not include_medical:
            query = query.where(StoredFile.kind.in_([_inline(kind) for kind in CARD_KINDS]))  # medical files apart
        sources.append(timeline.Source("file", query, StoredFile.created_at, StoredFile.id))
    if "consent" in kinds and include_medical:  # signed consents are health records, as on the card
        sources += _consent_sources(client_id)
    return sources


def _inline(value: str) -> sa.ColumnElement:
    return sa.literal(value, literal_execute=True)


def _consent_sources(client_id) -> list[timeline.Source]:
    """Signings at `signed_at`, withdrawals at `withdrawn_at`; sealed ones (an erased client's) are not shown."""
    template = ConsentTemplate

    def data(event: str):
        return sa.func.jsonb_build_object(
            "event",
            event,
            "title",
            template.title,
            "version",
            SignedConsent.template_version,
            "consent_id",
            SignedConsent.id,
            "file_id",
            SignedConsent.file_id,
        )

    def consents(at, item_id, event: str) -> sa.Select:
        return (
            sa.select(at.label("at"), item_id.label("id"), data(event).label("data"))
            .join(template, sa.and_(template.id == SignedConsent.template_id, template.version == SignedConsent.template_version))
            .where(SignedConsent.client_id == client_id, SignedConsent.sealed_at.is_(None))
        )

    signed = consents(SignedConsent.signed_at, SignedConsent.id, "signed")
    withdrawn = consents(SignedConsent.withdrawn_at, WITHDRAWAL_ID, "withdrawn").where(SignedConsent.withdrawn_at.is_not(None))
    return [
        timeline.Source("consent", signed, SignedConsent.signed_at, SignedConsent.id),
        timeline.Source("consent", withdrawn, SignedConsent.withdrawn_at, WITHDRAWAL_ID),
    ]


def summarise(kind: str, data: dict) -> str:
    if kind == "consent":
        return f"Consent {data.get('event')}: {data.get('title')} v{data.get('version')}"
    return f"{str(data.get('kind', 'file')).replace('_', ' ').capitalize()} added: {data.get('filename')}"


def timeline_page(
    uow: FilesUnitOfWork,
    client_id: str,
    kinds: list[str] | None,
    before: list | None,
    since: str | None,
    until: str | None,
    limit: int,
    *,
    include_medical: bool,
) -> list[dict]:
    """Up to `limit` items older than `before`; medical files and consents only with `include_medical`.
    Raises TimelineInvalid (422)."""
    want = timeline.window(before, since, until, limit)
    wanted = set(KINDS) if kinds is None else set(kinds) & set(KINDS)
    client = timeline.client_uuid(client_id)
    with uow:
        return timeline.page(uow.session, _sources(client, wanted, include_medical=include_medical), want, summarise)
