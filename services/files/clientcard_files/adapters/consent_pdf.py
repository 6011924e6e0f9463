"""A signed consent rendered as a PDF (reportlab): the form's text, the answers, the drawn signature,
and who signed when, from where."""

from __future__ import annotations

import html
import io
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table

STYLES = getSampleStyleSheet()


def render(template, consent: dict, signature_png: bytes) -> bytes:
    """The PDF's bytes. `consent`: answers, signer_name, signed_at, ip, user_agent, id."""
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=A4,
        title=template.title,
        author="Clientcard",
        subject=f"Consent {consent['id']}",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
    )
    story = [Paragraph(_inline(template.title), STYLES["Title"])]
    story += _markdown(template.body)
    story.append(Spacer(1, 6 * mm))
    rows = [[field["label"], str(consent["answers"].get(field["key"], ""))] for field in template.fields]
    rows += [[box["label"], "Yes" if consent["answers"].get(box["key"]) else "No"] for box in template.checkboxes]
    if rows:
        story.append(
            Table(
                [[Paragraph(_inline(a), STYLES["BodyText"]), Paragraph(html.escape(b), STYLES["BodyText"])] for a, b in rows],
                colWidths=[80 * mm, 90 * mm],
            )
        )
    story.append(Spacer(1, 8 * mm))
    story.append(Image(io.BytesIO(signature_png), width=60 * mm, height=25 * mm, kind="proportional"))
    details = [
        f"Signed by {html.escape(consent['signer_name'])} at {consent['signed_at']}",
        f"Form {template.id}, version {template.version}; consent {consent['id']}",
        f"From {html.escape(consent.get('ip') or 'unknown address')}, "
        f"{html.escape(consent.get('user_agent') or 'unknown device')}",
    ]
    story += [Paragraph(line, STYLES["Italic"]) for line in details]
    document.build(story)
    return output.getvalue()


def _markdown(text: str) -> list:
    """The Markdown the forms use: headings, bullet lists, paragraphs, **bold** and *italic*."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        heading = re.match(r"^(#{1,3})\s+(.*)", lines[0])
        if heading and len(lines) == 1:
            blocks.append(Paragraph(_inline(heading.group(2)), STYLES[f"Heading{len(heading.group(1)) + 1}"]))
        elif all(re.match(r"^\s*[-*]\s+", line) for line in lines):
            blocks += [Paragraph(_inline(re.sub(r"^\s*[-*]\s+", "", line)), STYLES["BodyText"], bulletText="•") for line in lines]
        else:
            blocks.append(Paragraph(_inline(" ".join(lines)), STYLES["BodyText"]))
    return blocks


def _inline(text: str) -> str:
    escaped = html.escape(text)
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", escaped)
