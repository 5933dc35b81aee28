"""What ``eventwire serve`` reads from its configuration: the ingest token and limits.

The token never appears on a command line (where ``ps`` would show it): it comes from the
``EVENTWIRE_TOKEN`` environment variable or from a TOML file (``--config``, or the file
named by ``EVENTWIRE_CONFIG``) with a ``[serve]`` table::

    [serve]
    token = "a long random string"
    max_body_bytes = 2000000
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BODY_BYTES = 2_000_000
TOKEN_ENV = "EVENTWIRE_TOKEN"
CONFIG_ENV = "EVENTWIRE_CONFIG"


@dataclass(frozen=True, slots=True)
class ServeSettings:
    db: str
    token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    @property
    def writable(self) -> bool:
        """Only a server that accepts ingests opens its store for writing."""
        return bool(self.token)


def load_settings(db: str, config: str | Path | None = None) -> ServeSettings:
    """Settings from the config file (if any), with ``EVENTWIRE_TOKEN`` taking precedence."""
    section: dict[str, object] = {}
    path = config or os.environ.get(CONFIG_ENV)
    if path:
        with Path(path).open("rb") as handle:
            section = dict(tomllib.load(handle).get("serve", {}))
    token = os.environ.get(TOKEN_ENV) or section.get("token")
    if token is not None and (not isinstance(token, str) or len(token) < 16):
        raise ValueError("the ingest token must be a string of at least 16 characters")
    limit = section.get("max_body_bytes", DEFAULT_MAX_BODY_BYTES)
    if not isinstance(limit, int) or limit <= 0:
        raise ValueError("max_body_bytes must be a positive integer")
    return ServeSettings(db=db, token=token or None, max_body_bytes=limit)
