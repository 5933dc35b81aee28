"""Amounts written in words or digits: "two", "twenty-four", "2 1/2", "a couple of"."""

from __future__ import annotations

from eventwire.stages.time.lexicon import Lexicon

VAGUE = "X"


def read_amount(text: str, words: Lexicon) -> float | str | None:
    """The number ``text`` names, ``"X"`` for a vague amount ("several"), None if unknown."""
    cleaned = " ".join(text.lower().replace(",", "").split())
    if cleaned in ("half a", "half an"):
        return 0.5
    half = 0.0
    for suffix in (" and a half", " 1/2"):
        if cleaned.endswith(suffix):
            cleaned, half = cleaned[: -len(suffix)], 0.5
    known = words.value("number", cleaned)
    if known is not None:
        return known if known == VAGUE else float(known) + half
    try:
        return float(cleaned) + half
    except ValueError:
        pass
    total = 0.0
    for part in cleaned.replace("-", " ").split():
        value = words.value("number", part)
        if value is None or value == VAGUE:
            return None
        total += float(value)
    return total + half


def amount_text(amount: float | str) -> str:
    """An amount as TIMEX3 writes it: ``3``, ``2.5``, ``X``."""
    if isinstance(amount, str):
        return amount
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"
