"""Every README's relative links lead to a file or folder in the repository, and every part has its README."""

from __future__ import annotations

import re

import pytest

from tests.deploy.conftest import ROOT

# [text](target) and [text]: target; the target up to a space, a closing parenthesis or an anchor
LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>#]+)[^)]*\)|^\s*\[[^\]]+\]:\s*<?([^\s>#]+)", re.MULTILINE)
MENTIONED_DOC = re.compile(r"`([^`\s<>*]+\.md)`")  # a document named in code style, e.g. `deploy/README.md`
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)  # http:, https:, mailto:, ...
PARTS = [
    "services/profile",
    "services/billing",
    "services/loyalty",
    "services/messaging",
    "services/files",
    "gateway",
    "libs/clientcard_kit",
]


def _readmes() -> list:
    return sorted(
        path
        for path in ROOT.rglob("README.md")
        if not {".venv", "node_modules", ".git", ".pytest_cache"} & set(path.relative_to(ROOT).parts)
    )


def relative_links(text: str) -> list[str]:
    targets = [first or second for first, second in LINK.findall(text)]
    return [target for target in targets if target and not EXTERNAL.match(target)]


def test_the_link_reader_finds_relative_links_and_skips_the_rest():
    text = "[a](services/x.md) [c](https://e.x) [d](#part) [e](f.md#part)\n[g]: ../g.md\n"
    assert relative_links(text) == ["services/x.md", "f.md", "../g.md"]
    assert mentioned_documents("see `deploy/README.md`, `bench/results/<date>.md` and `x.py`") == ["deploy/README.md"]


def mentioned_documents(text: str) -> list[str]:
    return MENTIONED_DOC.findall(text)


def _in_repository(readme, target: str) -> bool:
    """Relative to the README's folder, or (for documents named in code style) to the repository's root."""
    for base in (readme.parent, ROOT):
        path = (base / target).resolve()
        if path.exists() and path.is_relative_to(ROOT):
            return True
    return False


def test_every_part_of_the_suite_has_a_readme():
    assert not [part for part in PARTS if not (ROOT / part / "README.md").is_file()]


@pytest.mark.parametrize("readme", _readmes(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_relative_link_resolves_to_a_file_in_the_repository(readme):
    text = readme.read_text()
    broken = [
        target
        for target in relative_links(text)
        if not (readme.parent / target).resolve().exists() or not (readme.parent / target).resolve().is_relative_to(ROOT)
    ]
    broken += [target for target in mentioned_documents(text) if not _in_repository(readme, target)]
    assert not broken, f"{readme.relative_to(ROOT)} links to {broken}, which are not in the repository"
