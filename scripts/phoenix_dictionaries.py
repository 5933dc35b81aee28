"""Reader for the TABARI/PETRARCH actor dictionaries (Phoenix.*.actors.txt), for the KB builders.

Why a reader of its own: the files mix three layouts (``NAME [CODE dates]`` on one line,
a header followed by ``+ALIAS`` lines and tab-indented ``[CODE dates]`` lines, and codes
spread over several brackets), comments start anywhere with ``#``, and dates come as
``yymmdd`` or ``yyyymmdd`` with ``>`` (from) and ``<`` (until) prefixes. The builders
only want (name, aliases, dated codes) per entry, in the project's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

CODE = re.compile(r"\[([^\]]*)\]")
DATE_RANGE = re.compile(r"^(\d{6}|\d{8})-(\d{6}|\d{8})$")
FUNCTION_WORDS = frozenset({"of", "on", "the", "and", "de", "la", "el", "da", "di", "du", "des",
                            "van", "von", "al", "for", "in", "bin", "ibn"})
LAST_PHOENIX_YEAR = 14
"""The dictionaries stop in 2014: a two-digit year up to 14 is 20yy, above it 19yy."""


@dataclass(slots=True)
class DatedCode:
    code: str
    start: str = ""
    end: str = ""


@dataclass(slots=True)
class Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    comment: str = ""


def phoenix_date(raw: str) -> str:
    """``980905`` → ``1998-09-05``; ``19180101`` → ``1918-01-01``; '' when unreadable."""
    if len(raw) == 8:
        year, rest = raw[:4], raw[4:]
    elif len(raw) == 6:
        yy = int(raw[:2])
        year, rest = (f"20{raw[:2]}" if yy <= LAST_PHOENIX_YEAR else f"19{raw[:2]}"), raw[2:]
    else:
        return ""
    month, day = rest[:2], rest[2:]
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return ""
    return f"{year}-{month}-{day}"


def parse_code(text: str) -> DatedCode | None:
    """One bracket's content: ``PRKGOV 721228-940708``, ``RUSGOV >000507``, ``IGOUNO``."""
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,15}", parts[0]):
        return None
    code = DatedCode(parts[0])
    if len(parts) > 1:
        when = parts[1]
        if when.startswith(">"):
            code.start = phoenix_date(when[1:])
        elif when.startswith("<"):
            code.end = phoenix_date(when[1:])
        elif (match := DATE_RANGE.match(when)) is not None:
            code.start, code.end = phoenix_date(match.group(1)), phoenix_date(match.group(2))
        else:
            return None
    return code


def words(raw: str) -> str:
    """``NORTH_KOREAN_`` → ``NORTH KOREAN`` (still upper case: casing is decided later)."""
    return " ".join(raw.replace("_", " ").split())


def read_entries(path: Path) -> list[Entry]:
    """Every entry of one dictionary file, in file order."""
    entries: list[Entry] = []
    current: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _, comment = raw.partition("#")
        stripped = body.strip()
        if not stripped:
            continue
        codes = [c for c in (parse_code(m) for m in CODE.findall(stripped)) if c]
        text = CODE.sub(" ", stripped).strip()
        if stripped.startswith("+") and current is not None:
            alias = words(text[1:].split("{")[0])
            if alias:
                current.aliases.append(alias)
            current.codes.extend(codes)
        elif stripped.startswith("[") and current is not None:
            current.codes.extend(codes)
        elif text and not stripped.startswith(("[", "+", "!")):
            current = Entry(words(text.split("{")[0]), codes=codes, comment=comment.strip())
            entries.append(current)
    return entries


def titled(alias: str) -> str:
    """Readable casing for an upper-case dictionary name.

    A one-word name of up to six letters is an acronym ("NATO", "KCNA"); otherwise words
    are capitalised, except vowel-less ones ("DPRK") and function words inside a name.
    """
    parts = alias.split()
    if len(parts) == 1 and len(alias) <= 6:
        return alias
    out: list[str] = []
    for word in parts:
        if word.casefold() in FUNCTION_WORDS and out:
            out.append(word.casefold())
        elif "." in word or not any(vowel in word for vowel in "AEIOUY"):
            out.append(word)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)
