"""Pick the sentences of eventwire's own PLOVER dev set from the AFP corpus, deterministically.

Rule: articles in file order whose title names a political actor or affair (a word of
``POLITICAL_TITLE_WORDS``); of those, every ``--every``-th; of each, the first sentence of
its first and of its third paragraph. The lead sentence of a news article usually reports
its event; the third paragraph's is as often background, a quote or a figure, so the set
holds sentences with no event as well and the scorer measures precision on them.

Usage: python scripts/sample_afp_sentences.py ../shared/data/corpora/afp1997.jsonl > out.jsonl
``--offset K`` starts at the K-th political article instead of the first, so a second set
drawn with the same ``--every`` and another offset shares no article with the first
(``tests/data/plover_news_dev2.json``: AFP ``--every 12 --offset 3``, Reuters-21578
``--every 20 --offset 7``). Reuters-21578 texts wrap lines and open each paragraph with an
indent instead of a blank line, and close with a "REUTER" sign-off; both layouts are
read.
``--match REGEX`` selects by concept instead (the codebook sets,
``tests/data/plover_codebook_*.json``): in file order, the first sentence of any paragraph
of any article that matches REGEX (case-insensitive), at most one per article so no story
dominates, then every ``--every``-th of those from ``--offset``. The words come from a CAMEO
code's definition ("kidnap|abduct|hostage" for 181), not from the coder's patterns, so the
sentences test the concept, including its phrasings the coder does not know.
Each output line: ``{"id", "date", "article", "paragraph", "text"}``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

POLITICAL_TITLE_WORDS = frozenset({
    "minister", "president", "government", "premier", "parliament", "police", "troops",
    "army", "military", "rebels", "rebel", "un", "opposition", "election", "talks", "leader",
    "pm", "peace", "war", "sanctions", "embassy", "envoy", "protest", "protesters",
    "soldiers", "nato", "eu",
})
"""Nouns of political actors and affairs; the title is matched word by word, lowercased."""
PARAGRAPHS = (0, 2)
REUTERS_SIGN_OFF = "REUTER"
"""The line that closes a Reuters-21578 text: no paragraph."""
SENTENCE_END = re.compile(r"(?<=[a-z0-9\)\"'][.!?])\s+(?=[A-Z\"])")
"""A sentence ends at ., ! or ? after a lowercase letter, digit or closing mark and before
a capital or quote: good enough for AFP's one-sentence paragraphs ("U.S." stays whole)."""


def political(title: str) -> bool:
    return bool(POLITICAL_TITLE_WORDS & set(re.findall(r"[a-z]+", title.lower())))


def first_sentence(paragraph: str) -> str:
    return SENTENCE_END.split(paragraph.strip(), maxsplit=1)[0].strip()


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of an AFP text (blank-line separated) or a Reuters-21578 one (a new
    paragraph opens with an indented line; its lines are wrapped), each on one line."""
    parts = [" ".join(part.split()) for part in re.split(r"\n\s*\n|\n(?=[ \t]+\S)", text)]
    return [part for part in parts if part and part != REUTERS_SIGN_OFF]


def _articles(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _row(article: dict[str, str], number: int, text: str) -> dict[str, object]:
    return {"id": f"{article['id']}-p{number}", "date": article["date"],
            "article": article["id"], "paragraph": number, "text": text}


def sample(path: Path, every: int, offset: int = 0) -> list[dict[str, object]]:
    chosen = [article for article in _articles(path) if political(article["title"])]
    rows: list[dict[str, object]] = []
    for article in chosen[offset::every]:
        paragraphs = paragraphs_of(article["text"])
        rows.extend(_row(article, number, first_sentence(paragraphs[number]))
                    for number in PARAGRAPHS if number < len(paragraphs))
    return rows


def sample_matching(path: Path, pattern: str, every: int,
                    offset: int = 0) -> list[dict[str, object]]:
    """One sentence per article: the first paragraph-opening sentence that matches."""
    concept = re.compile(pattern, re.IGNORECASE)
    rows: list[dict[str, object]] = []
    for article in _articles(path):
        sentences = (first_sentence(paragraph) for paragraph in paragraphs_of(article["text"]))
        found = next(((number, text) for number, text in enumerate(sentences)
                      if concept.search(text)), None)
        if found:
            rows.append(_row(article, *found))
    return rows[offset::every]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--every", type=int, default=6)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--match", help="select sentences matching this regex instead")
    args = parser.parse_args()
    rows = (sample_matching(args.corpus, args.match, args.every, args.offset) if args.match
            else sample(args.corpus, args.every, args.offset))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
