"""Which extractor produced a stored extraction: the mark ``eventwire reprocess`` compares.

An article's extraction depends on the code (eventwire's version), the knowledge files it
reads (``src/eventwire/data/``), the spaCy model and any user ``--kb`` files, so the mark
names all four. Files that only later steps read (consolidation rules, export mappings)
are left out: a change there needs ``eventwire consolidate --rebuild`` or a new export,
not a new extraction of every article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from eventwire import __version__
from eventwire.nlp import MODEL_NAME
from eventwire.resources import DATA_DIR

NOT_READ_BY_EXTRACTION = frozenset({"consolidation", "exports"})
"""Top-level data folders no extraction stage reads."""
DOCUMENTATION = frozenset({"README.md"})
"""Data files that describe the others (their licence and origin) and change no result."""


@lru_cache(maxsize=4)
def extractor_version(kb_files: tuple[Path, ...] = ()) -> str:
    """The mark of the extractor this process runs, computed once per set of user files
    (hashing the data takes a few milliseconds, but a writer asks for it every batch)."""
    parts = [f"eventwire {__version__}", f"{MODEL_NAME} {_model_version()}",
             f"data {files_digest(knowledge_files())}"]
    if kb_files:
        parts.append(f"kb {files_digest(kb_files)}")
    return "; ".join(parts)


def knowledge_files() -> list[Path]:
    """The vendored data files extraction reads, in a fixed order."""
    return sorted(path for path in DATA_DIR.rglob("*") if path.is_file()
                  and path.relative_to(DATA_DIR).parts[0] not in NOT_READ_BY_EXTRACTION
                  and path.name not in DOCUMENTATION)


def files_digest(paths: Iterable[Path]) -> str:
    """A short digest of the files' names and contents: equal files, equal digest, wherever
    the package is installed (names are taken relative to the data folder when inside it)."""
    digest = hashlib.sha256()
    for path in paths:
        name = path.relative_to(DATA_DIR) if path.is_relative_to(DATA_DIR) else path.name
        digest.update(f"{name}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _model_version() -> str:
    """The installed spaCy model package's version, read without loading the model."""
    try:
        return version(MODEL_NAME)
    except PackageNotFoundError:
        return "unknown"
