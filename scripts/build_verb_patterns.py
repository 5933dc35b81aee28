"""Convert the PETRARCH2 CAMEO verb dictionary into eventwire's own pattern files.

Reads ``../shared/data/cameo-dictionaries/CAMEO.2.0.txt`` (MIT, Open Event Data Alliance)
and writes three TSV files under ``src/eventwire/data/events/``:

- ``cameo_synsets.tsv``: ``synset``, ``phrase`` (``&FOOD`` → rice, wheat, …);
- ``cameo_verbs.tsv``: ``verb`` (lemma; a particle verb is two words, "meet with"),
  ``block`` (the dictionary block the verb belongs to), ``code`` (the verb's own CAMEO code,
  else the block's; empty when the block codes nothing on its own), ``origin`` (line);
- ``cameo_patterns.tsv``: ``block``, ``code``, ``reverse`` (the code from the target's side
  in ``[042:043]``), ``subject_role`` (``target`` for ``[:173]`` patterns, whose subject
  undergoes the event), ``pre`` and ``post`` (the words before and after the verb, in the
  project's element syntax below), ``origin`` (line and the verb PETRARCH noted).

Element syntax (space separated, matched in order against the parse):
``word`` a word or its lemma (a trailing ``_`` demands the exact form); ``a+b`` adjacent
words (PETRARCH's ``{A B}``); ``&set`` any phrase of a synonym set; ``p:x,y`` a
prepositional phrase headed by ``p`` (``by/with`` alternatives) containing ``x`` then ``y``
(``p:`` alone: just the preposition); ``@source`` / ``@target`` the slot where the source or
target actor stands. PETRARCH's skip markers (``^``, ``%``, ``.``) carry no constraint and
are dropped.

Why convert rather than read PETRARCH's file at run time: the project owns its format
(documented above, testable, extendable in ``extra_*.tsv``), and nothing outside
``src/eventwire/data`` is read by the installed program.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "cameo-dictionaries" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "eventwire" / "data" / "events"

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")
TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+")
DROPPED = {"^", "%", "."}


def main() -> int:
    lines = SOURCE.read_text(encoding="utf-8", errors="replace").splitlines()
    patterns_at = _index(lines, "####### VERB PATTERNS")
    transforms_at = _index(lines, "######## TRANSFORMATIONS")
    synsets = _synsets(lines[:patterns_at])
    verbs, patterns = _verb_blocks(lines[patterns_at + 1:transforms_at], patterns_at + 2)
    OUT.mkdir(parents=True, exist_ok=True)
    _write(OUT / "cameo_synsets.tsv", ["synset", "phrase"], synsets)
    _write(OUT / "cameo_verbs.tsv", ["verb", "block", "code", "origin"], verbs)
    _write(OUT / "cameo_patterns.tsv",
           ["block", "code", "reverse", "subject_role", "pre", "post", "origin"], patterns)
    print(f"{len(synsets)} synset phrases, {len(verbs)} verbs, {len(patterns)} patterns")
    return 0


def _index(lines: list[str], heading: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(heading))


def _synsets(lines: list[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    current: str | None = None
    for line in lines:
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            current = text[1:].rstrip("_").lower()
        elif text.startswith("+") and current:
            rows.append([current, _phrase(text[1:])])
        elif not text:
            continue
    return rows


def _phrase(word: str) -> str:
    """``PRIME_MINISTER`` → "prime minister"; a trailing ``_`` (exact form) is kept."""
    exact = word.endswith("_")
    words = word.strip("_").lower().replace("_", " ")
    return words + ("_" if exact else "")


def _verb_blocks(lines: list[str], first_line: int) -> tuple[list[list[str]], list[list[str]]]:
    verbs: list[list[str]] = []
    patterns: list[list[str]] = []
    block, block_code = "", ""
    for offset, line in enumerate(lines):
        number = first_line + offset
        text, _, comment = line.partition("#")
        text = text.rstrip()
        header = BLOCK.match(text)
        if header:
            block, block_code = header.group(1).lower(), _code(header.group(2))[0]
            continue
        if not text.strip() or not block:
            continue
        if text.startswith("-"):
            row = _pattern(text[1:], block, number, comment.strip())
            if row:
                patterns.append(row)
            continue
        verbs.append(_verb(text, block, block_code, number))
    return verbs, patterns


def _verb(text: str, block: str, block_code: str, number: int) -> list[str]:
    """A member line: ``MEET {MEETS MET}``, ``+MEET_WITH {…}``, ``DETAIN [173]``."""
    own = CODE.search(text)
    code = _code(own.group(1))[0] if own else block_code
    head = text.split()[0].lstrip("+")
    return [_phrase(head).rstrip("_"), block, code, f"CAMEO.2.0:{number}"]


def _code(raw: str) -> tuple[str, str, str]:
    """``042:043`` → (042, 043, ""); ``:173`` → (173, "", "target"); ``---`` → ("", …)."""
    raw = raw.strip().rstrip("!")
    if raw.startswith("---") or not raw:
        return "", "", ""
    primary, _, reverse = raw.partition(":")
    if not primary:
        return reverse, "", "target"
    return primary, reverse, ""


def _pattern(body: str, block: str, number: int, comment: str) -> list[str] | None:
    found = CODE.search(body)
    if not found:
        return None
    code, reverse, role = _code(found.group(1))
    words = body[:found.start()]
    # A few lines carry stray text before the bracket ("VISIT)[042:043]"): drop it.
    if "*" not in words:
        return None
    before, _, after = words.partition("*")
    origin = f"CAMEO.2.0:{number}" + (f" {comment}" if comment else "")
    code = code if code else "---"
    return [block, code, reverse, role, _elements(before), _elements(after), origin]


def _elements(text: str) -> str:
    return " ".join(filter(None, (_element(token) for token in TOKEN.findall(text))))


def _element(token: str) -> str:
    if token in DROPPED:
        return ""
    if token == "$":
        return "@source"
    if token == "+":
        return "@target"
    if token.startswith("{"):
        return "+".join(_word(word) for word in token[1:-1].split())
    if token.startswith("("):
        inner = TOKEN.findall(token[1:-1])
        if not inner:
            return ""
        preposition = inner[0].lower()
        rest = [_element(word) for word in inner[1:]]
        return f"{preposition}:" + ",".join(part for part in rest if part)
    return _word(token)


def _word(word: str) -> str:
    if word.startswith("&"):
        return "&" + word[1:].rstrip("_").lower()
    if word == "$":
        return "@source"
    if word == "+":
        return "@target"
    return _phrase(word).replace(" ", "+")


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Generated by scripts/build_verb_patterns.py from CAMEO.2.0.txt "
                     "(PETRARCH2, MIT, Open Event Data Alliance). Do not edit by hand.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    sys.exit(main())
