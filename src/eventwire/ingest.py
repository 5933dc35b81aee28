"""Ingest: read sources into ``Article``s, or ``Rejection``s that say what is wrong.

Accepted inputs: reference-format ``.txt`` (optional leading whitespace, ``date
YYYY-MM-DD``, then the body), plain ``.txt`` with a default date, ``.jsonl`` (one
article object a line: ``id``, ``date``, ``text``, optional ``title``, ``url``,
``source``), directories (recursively, in sorted order) and ``-`` for standard input.

Everything is a generator: one article is in memory at a time, so a corpus of any size
streams through. Nothing here raises for bad input; each problem becomes a
``Rejection`` naming the file (and line) and the reason, and reading goes on.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from eventwire.models import Article, Rejection

DEFAULT_MAX_BYTES = 5_000_000
"""Largest article accepted, in bytes of UTF-8; news stories are a few kilobytes."""
TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HEADER = re.compile(r"\A\s*date\s+(?P<date>\S+)(?:\s+|\Z)", re.IGNORECASE)
ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
SNIFF_BYTES = 8192
STDIN = "-"


@dataclass(frozen=True, slots=True)
class IngestOptions:
    default_date: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def read_sources(paths: Iterable[str], options: IngestOptions) -> Iterator[Article | Rejection]:
    """Every article (or rejection) from ``paths``, in order."""
    for raw in paths:
        if raw == STDIN:
            yield from _read_stream(sys.stdin.buffer, "<stdin>", options)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in files_in(path):
                yield from read_file(child, options)
        elif path.exists():
            yield from read_file(path, options)
        else:
            yield Rejection(str(path), "no such file or directory")


def files_in(directory: Path) -> list[Path]:
    """Files under ``directory``, recursively and sorted, hidden files and folders skipped."""
    return sorted(p for p in directory.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(directory).parts))


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many inputs ``paths`` hold (JSONL lines count one each), for a progress bar.

    Counting newlines is a fast byte scan; standard input cannot be counted (``None``).
    """
    total = 0
    for raw in paths:
        if raw == STDIN:
            return None
        path = Path(raw)
        for file in files_in(path) if path.is_dir() else [path]:
            total += _count_lines(file) if file.suffix.lower() in JSONL_SUFFIXES else 1
    return total


def _count_lines(path: Path) -> int:
    count = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                count += chunk.count(b"\n")
    except OSError:
        return 1
    return max(count, 1)


def read_file(path: Path, options: IngestOptions) -> Iterator[Article | Rejection]:
    """Articles of one file, by its extension."""
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as handle:
                yield from read_jsonl(handle, origin, options)
        except OSError as error:
            yield Rejection(origin, f"cannot read file: {error.strerror or error}")
        return
    if suffix not in TEXT_SUFFIXES:
        yield Rejection(origin, f"unsupported file type {suffix or '(no extension)'!r}: "
                                "expected .txt or .jsonl")
        return
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield Rejection(origin, _too_large(size, options.max_bytes))
            return
        data = path.read_bytes()
    except OSError as error:
        yield Rejection(origin, f"cannot read file: {error.strerror or error}")
        return
    yield parse_text(data, origin, options)


def _read_stream(stream: BinaryIO, origin: str, options: IngestOptions) -> Iterator[
        Article | Rejection]:
    """Standard input: JSONL when it starts with ``{``, otherwise one text article."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(stream, "peek") else b""
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl(stream, origin, options)
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield Rejection(origin, _too_large(len(data), options.max_bytes, at_least=True))
        return
    yield parse_text(data, origin, options)


def parse_text(data: bytes, origin: str, options: IngestOptions) -> Article | Rejection:
    """One reference-format (or plain, with a default date) text article."""
    text = _decode(data, origin)
    if isinstance(text, Rejection):
        return text
    header = HEADER.match(text)
    if header:
        published = parse_date(header.group("date"))
        if isinstance(published, str):
            return Rejection(origin, published)
        body = text[header.end():]
    else:
        if options.default_date is None:
            return Rejection(origin, "no date: the text has no 'date YYYY-MM-DD' header "
                                     "and no --date was given")
        published, body = options.default_date, text
    if not body.strip():
        return Rejection(origin, "date header but no article text after it" if header
                         else "no article text", date=published)
    return make_article(body, published, origin)


def read_jsonl(stream: BinaryIO, origin: str, options: IngestOptions) -> Iterator[
        Article | Rejection]:
    """Articles of a JSONL stream, one object a line; bad lines are rejected one by one."""
    number = 0
    while True:
        line = stream.readline(options.max_bytes + 1)
        if not line:
            return
        number += 1
        where = f"{origin}:{number}"
        if len(line) > options.max_bytes and not line.endswith(b"\n"):
            size = len(line) + _skip_rest_of_line(stream)
            yield Rejection(where, _too_large(size, options.max_bytes))
            continue
        if not line.strip():
            continue
        yield parse_json_line(line, where, options)


def parse_json_line(line: bytes, origin: str, options: IngestOptions) -> Article | Rejection:
    """One JSONL article object."""
    text = _decode(line, origin)
    if isinstance(text, Rejection):
        return text
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return Rejection(origin, f"malformed JSON: {error.msg} at column {error.colno}")
    if not isinstance(record, dict):
        return Rejection(origin, "malformed JSON: expected an article object")
    given_id = record.get("id")
    article_id = str(given_id) if given_id not in (None, "") else None
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return Rejection(origin, "no article text ('text' missing or empty)", article_id)
    raw_date = record.get("date")
    if raw_date in (None, ""):
        if options.default_date is None:
            return Rejection(origin, "no date ('date' missing) and no --date was given",
                             article_id)
        published: date | str = options.default_date
    else:
        published = parse_date(str(raw_date))
    if isinstance(published, str):
        return Rejection(origin, published, article_id)
    return make_article(body, published, origin, article_id,
                        *(_optional_str(record, key) for key in ("title", "url", "source")))


def parse_date(raw: str) -> date | str:
    """An ISO date, or the reason it is not one (the reason is a ``str``)."""
    candidate = raw.strip()[:10] if "T" in raw else raw.strip()
    if not ISO_DATE.match(candidate):
        return f"invalid date {raw!r}: expected YYYY-MM-DD"
    try:
        return date.fromisoformat(candidate)
    except ValueError:
        return f"impossible date {raw!r}: no such day"


def make_article(body: str, published: date | None, origin: str, article_id: str | None = None,
                 title: str | None = None, url: str | None = None,
                 source: str | None = None) -> Article:
    """An ``Article`` with its fingerprint; the id defaults to the fingerprint's prefix."""
    fingerprint = fingerprint_of(body, published)
    return Article(article_id or fingerprint[:16], published, body, title, url, source,
                   origin, fingerprint)


def fingerprint_of(body: str, published: date | None) -> str:
    """Identity of an article for duplicate detection: same words, same date, same hash.

    Unicode compatibility forms and whitespace runs are normalised, so a re-wrapped or
    re-encoded copy of a story is recognised as the same article.
    """
    normal = " ".join(unicodedata.normalize("NFKC", body).split())
    stamp = published.isoformat() if published else ""
    return hashlib.sha256(f"{stamp}\n{normal}".encode()).hexdigest()


def _decode(data: bytes, origin: str) -> str | Rejection:
    if not data.strip():
        return Rejection(origin, "empty input")
    if b"\x00" in data[:SNIFF_BYTES]:
        return Rejection(origin, "binary content (NUL bytes): not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Rejection(origin, f"invalid UTF-8 at byte {error.start}")


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    prefix = "over " if at_least else ""
    return (f"too large: {prefix}{size:,} bytes, the limit is {limit:,} "
            "(raise it with --max-bytes)")


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
