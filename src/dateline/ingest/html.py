"""The HTML reader: main text via trafilatura (boilerplate removed), title and date from metadata.

Offline only: trafilatura and htmldate get the markup, never a URL, so nothing is fetched.
`html_to_text` is shared with the feed and WARC readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.errors import DocumentRejected, Errors
from dateline.ingest.encoding import decode
from dateline.ingest.published import normalise_date, resolve_published
from dateline.ingest.registry import register_reader
from dateline.ingest.source import Source
from dateline.records import Document

HTML_MARKERS = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
TAG_MARKERS = re.compile(rb"</(?:p|div|span|a|li|td|h[1-6])>", re.I)
# Metadata only (meta tags, JSON-LD, <time>): a date guessed from the body would be an event date.
DATE_PARAMS = {"original_date": True, "extensive_search": False, "min_date": "1900-01-01"}
FALLBACK_BLOCKS = "//p|//h1|//h2|//h3|//blockquote|//li"


@dataclass
class HtmlText:
    """What one HTML page yields: its main text (paragraphs split by blank lines) and metadata."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def sniff_html(head: bytes) -> bool:
    """HTML when the head has a doctype/html/head/body tag, or several closing block tags."""
    return bool(HTML_MARKERS.search(head)) or len(TAG_MARKERS.findall(head)) >= 3


@register_reader("html", extensions=(".html", ".htm", ".xhtml", ".shtml"), sniff=sniff_html, priority=40)
def read_html(source: Source) -> Iterator[Document | DocumentRejected]:
    """One document per page; rejected when no main text is found."""
    page = decode(source.read_bytes(), source.name)
    yield html_document(page, source.name, fallback_date=source.published)


def html_document(page: str, doc_id: str, fallback_date: str | None, url: str | None = None) -> Document | DocumentRejected:
    """A Document from one HTML page, or a rejection when the page has no main text."""
    found = html_to_text(page)
    if found is None:
        return DocumentRejected(doc_id, Errors.E004)
    published = resolve_published(found.published, found.text, fallback_date)
    return Document(doc_id=doc_id, text=found.text, title=found.title, url=url or found.url,
                    published=published, source=found.source, format="html")


def html_to_text(page: str, fragment: bool = False) -> HtmlText | None:
    """Main text and metadata of a page; for a fragment (feed content), all of its text.

    A feed entry's HTML is already the article body, so it is converted whole rather than run
    through main-text detection, which drops short fragments.
    """
    if fragment:
        text = _block_text(page, whole=True)
        return HtmlText(text=text) if text else None
    from trafilatura import bare_extraction

    result = bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                             date_extraction_params=DATE_PARAMS)
    text = _paragraphs(result.text) if result is not None and result.text else ""
    if not text:
        text = _block_text(page, whole=False)
    if not text:
        return None
    if result is None:
        return HtmlText(text=text)
    return HtmlText(text=text, title=result.title or None, published=normalise_date(result.date),
                    url=None, source=result.sitename or None)


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; a blank line between blocks marks paragraphs."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _block_text(page: str, whole: bool) -> str:
    """Text of paragraph-like elements; with `whole`, all text when there are none (fragments)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//footer|//header|//form"):
        bad.drop_tree()
    blocks = root.xpath(FALLBACK_BLOCKS) or ([root] if whole else [])
    parts = []
    for block in blocks:
        if block.xpath("ancestor::p|ancestor::li|ancestor::blockquote"):
            continue
        chunk = " ".join(block.text_content().split())
        if chunk:
            parts.append(chunk)
    return "\n\n".join(parts)
