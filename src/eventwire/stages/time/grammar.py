"""Recognition: the rules of ``data/time/patterns.tsv`` compiled and run over a text.

A rule is a regular expression written with macros (``%month``, ``%count``) that expand to
the word classes of the lexicon or to ``@macro`` definitions of the pattern file. All rules
are tried; overlapping matches are settled longest first, then by the order of the file,
after each rule's *check* (a resolver-specific test on the parse, such as "May" not being
the modal verb) has accepted the match.

Speed: a rule is only run in windows of ``ANCHOR_REACH`` characters around the occurrences
of its anchor (a word class every match contains, such as a month name or a calendar
unit), found first with one cheap scan per anchor. Most of a news text contains no anchor
of most rules, so the grammar costs a fraction of running every rule over every character.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from eventwire.resources import data_path
from eventwire.stages.time.lexicon import Lexicon, lexicon

MACRO = re.compile(r"%([a-z]+)")
ANCHOR_REACH = 60
"""How far (in characters) a match may extend on either side of its anchor."""
WORD_EDGE_BEFORE = r"(?<![\w])"
WORD_EDGE_AFTER = r"(?![\w])"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    type: str
    resolver: str
    anchors: tuple[str, ...]
    pattern: re.Pattern[str]
    order: int


@dataclass(frozen=True, slots=True)
class Grammar:
    rules: tuple[Rule, ...]
    anchors: dict[str, re.Pattern[str]]
    """Anchor name → the pattern of its occurrences."""


@dataclass(slots=True)
class Candidate:
    """A match of one rule: its span and the named groups the resolver reads."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def group(self, name: str) -> str | None:
        return self.groups.get(name)

    @classmethod
    def of(cls, match: re.Match[str], rule: Rule) -> Candidate:
        groups = {key: value for key, value in match.groupdict().items() if value}
        return cls(match.start(), match.end(), rule, groups,
                   {key: match.span(key) for key in groups})


def rules() -> tuple[Rule, ...]:
    """The compiled rules, in the order of the file."""
    return grammar().rules


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar, read once per process."""
    lines = data_path("time", "patterns.tsv").read_text(encoding="utf-8").splitlines()
    macros: dict[str, str] = {}
    case_sensitive: set[str] = set()
    compiled: list[Rule] = []
    words = lexicon()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "@case":
            case_sensitive.update(fields[1:])
        elif fields[0] == "@macro":
            macros[fields[1]] = fields[2]
        else:
            name, timex_type, resolver, anchors, pattern = fields
            compiled.append(Rule(name, timex_type, resolver, tuple(anchors.split("|")),
                                 _compile(pattern, macros, words, case_sensitive),
                                 len(compiled)))
    anchor_names = sorted({anchor for rule in compiled for anchor in rule.anchors})
    return Grammar(tuple(compiled), {
        anchor: _compile(f"%{anchor}", macros, words, case_sensitive)
        for anchor in anchor_names})


def _compile(pattern: str, macros: dict[str, str], words: Lexicon,
             case_sensitive: set[str]) -> re.Pattern[str]:
    source = _expand(pattern, macros, words, case_sensitive)
    return re.compile(WORD_EDGE_BEFORE + "(?:" + source + ")" + WORD_EDGE_AFTER, re.IGNORECASE)


def _expand(pattern: str, macros: dict[str, str], words: Lexicon,
            case_sensitive: set[str]) -> str:
    """Replace every ``%name`` by its definition until none is left."""
    for _ in range(10):
        if "%" not in pattern:
            return pattern
        pattern = MACRO.sub(lambda m: _macro(m.group(1), macros, words, case_sensitive),
                            pattern)
    raise ValueError(f"macros nest too deeply in {pattern!r}")


def _macro(name: str, macros: dict[str, str], words: Lexicon, case_sensitive: set[str]) -> str:
    if name in macros:
        return macros[name]
    phrases = words.phrases(name)
    if not phrases:
        raise KeyError(f"unknown macro %{name} in patterns.tsv")
    if name in case_sensitive:
        variants = {variant for phrase in phrases
                    for variant in (phrase[0].upper() + phrase[1:], phrase.upper())}
        alternatives = "|".join(_phrase_regex(p) for p in sorted(variants, key=len, reverse=True))
        return f"(?-i:{alternatives})"
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "(?:" + "|".join(_phrase_regex(p) for p in ordered) + ")"


def _phrase_regex(phrase: str) -> str:
    """A lexicon phrase as a regex: spaces match any run of whitespace."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


Check = Callable[[Candidate], bool]


def find_candidates(text: str, check: Check) -> list[Candidate]:
    """Non-overlapping matches of the grammar in ``text``, in text order.

    Longer matches win; ``check`` may veto a match, in which case shorter overlapping ones
    get their chance."""
    compiled = grammar()
    occurrences = {name: [match.span() for match in pattern.finditer(text)]
                   for name, pattern in compiled.anchors.items()}
    found: list[Candidate] = []
    for rule in compiled.rules:
        spans = sorted(span for anchor in rule.anchors for span in occurrences[anchor])
        for window_start, window_end in _windows(spans, text):
            found.extend(Candidate.of(match, rule)
                         for match in rule.pattern.finditer(text, window_start, window_end))
    return _select(found, len(text), check)


def _windows(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merged stretches of ``ANCHOR_REACH`` around each anchor occurrence; a window ends
    after a whole word, so that no match is cut short."""
    windows: list[list[int]] = []
    for start, end in spans:
        low, high = max(start - ANCHOR_REACH, 0), min(end + ANCHOR_REACH, len(text))
        while high < len(text) and (text[high].isalnum() or text[high] in "-'."):
            high += 1
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    return [(low, high) for low, high in windows]


def _select(found: list[Candidate], length: int, check: Check) -> list[Candidate]:
    found.sort(key=lambda c: (c.start - c.end, c.rule.order, c.start))
    chosen: list[Candidate] = []
    taken = bytearray(length + 1)
    for candidate in found:
        if any(taken[candidate.start:candidate.end]):
            continue
        if not check(candidate):
            continue
        taken[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)
