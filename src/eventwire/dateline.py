"""The wire dateline that opens a story: "SEOUL, July 27 (Reuters) - ", "PYONGYANG (AP) — ",
"CANBERRA, Australia (AP)_ ".

One definition serves both readers of it, and it is found once per article: the parser
set-up (``nlp.py``) starts the first sentence after it, so that the agency never acts in the
story, and keeps it on the doc (``doc._.dateline``) for the place stage
(``stages/places.py``), which takes its place as where the story happened when a clause
names none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}"
DATELINE = re.compile(
    rf"\s*(?P<place>{_NAME})"
    rf"(?:,\s*(?P<region>{_NAME}))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"\s*(?P<agency>\([^()\n]{1,40}\))?"
    r"\s*(?:-{1,2}|—|–|_)\s+")
"""A place, its region or country, a date, the agency in brackets, then a dash (the AP
wrote an underscore)."""


@dataclass(frozen=True, slots=True)
class Dateline:
    place_start: int
    place_end: int
    """Character offsets of the dateline's place ("SEOUL")."""
    end: int
    """Where the story starts."""


def find_dateline(text: str) -> Dateline | None:
    """The dateline the text opens with, or None.

    Capitalised words before a dash are only a dateline with a date, an agency in brackets
    or an upper-case place: "President Biden - who ..." and "Seoul, the capital, ..." are
    not one.
    """
    match = DATELINE.match(text)
    if match is None:
        return None
    if not (match["date"] or match["agency"] or match["place"].isupper()):
        return None
    return Dateline(match.start("place"), match.end("place"), match.end())
