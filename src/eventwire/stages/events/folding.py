"""Which drafts are events of their own and which are part of another event's report.

- A purpose clause ("telephoned Kozyrev to discuss …", "remained on alert to forestall
  violence", "began a hunger strike to protest against …") is an aim, no event of its own;
  only what people are sent to do ("dispatched inspectors to monitor …"), unless it
  repeats the sending's type or explains a verbal act, is an intended event aimed at the
  sending's target when it names none.
- A clause that sets the scene (a relative clause, a clause of time, cause or concession)
  yields no event when the sentence reports an act outside it.
- A characterizing participle ("denounced X, calling it a crime", "staged rallies, saying
  he must resign"), and what it reports, describe the head's event; another trailing
  participle is part of it when it repeats its type or gives a protest's message
  ("blocked roads, demanding that …").
- The content of a verbal act ("refused to allow planes to land and evacuate", "demanded
  that control be taken away", "accused X of attacking") did not happen.
- An event noun inside a verb's phrase that repeats the verb's type ("arrived in Pyongyang
  for his first visit to North Korea") is the same event.
- What a folded draft's clause holds is folded with it ("offered troops to help him oust
  Aoun": the ousting is the help's content, the help the offer's aim).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.cameo import lookup
from eventwire.stages.events.draft import (
    VERBAL,
    Draft,
    adjunct_controller,
    is_infinitive,
)
from eventwire.stages.events.lexicon import Lexicon
from eventwire.stages.syntax import first_conjunct

VERBAL_QUADS = frozenset({1, 3})
BACKGROUND = frozenset({"as", "after", "when", "whenever", "while", "since", "before",
                        "because", "although", "though", "whereas", "once", "until", "till"})
"""Subordinators of clauses that set the scene of a sentence's report (see
:func:`_in_background`)."""
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "acomp", "pcomp"})
"""Dependencies that make a clause the content of the verb above it."""
INVESTIGATE_ROOT = "09"
TRIP_ROOTS = frozenset({"03", "04"})
"""Codes of a trip or a dispatch of people on its own: a visit (04), a planned meeting (036
for "sent a team to")."""


def fold(drafts: list[Draft], lexicon: Lexicon) -> list[Draft]:
    """The drafts of one sentence that are events of their own (see module docstring)."""
    by_verb: dict[int, Draft] = {}
    for draft in drafts:
        by_verb.setdefault(draft.first.i, draft)
        by_verb.setdefault(draft.clause.i, draft)
    kept: list[Draft] = []
    folded: set[int] = set()
    for draft in drafts:
        head, role = _head_of(draft, by_verb, lexicon)
        if head is not None and role == "purpose" and _fact_finding(draft, head):
            folded.add(id(head))  # the trip is the investigation's start, no visit of its own
        elif head is not None and (id(head) in folded
                                   or _part_of(draft, head, role, lexicon)):
            folded.add(id(draft))  # an aim's own content is part of the aim
            continue
        if head is not None and role == "purpose":
            _as_purpose(draft, head, lexicon)
        kept.append(draft)
    kept = [draft for draft in kept if id(draft) not in folded]
    if any(draft.kept and not _in_background(draft.verb) for draft in kept):
        kept = [draft for draft in kept if not _in_background(draft.verb)]
    return kept


def _in_background(verb: Token) -> bool:
    """Does ``verb`` lie in a clause that only sets the scene of the sentence's report: a
    relative clause ("Montenegro, where 28 people have been killed", "raids in which 20
    people died") or a clause of time, cause or concession ("as authorities cracked down",
    "after a court cleared him")? Such a clause tells what is known or happened around the
    reported act; when the sentence reports an act outside it, it yields no event."""
    token = verb
    while token.head != token:
        if token.dep_ == "relcl":
            return True
        if token.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in BACKGROUND
                                         for child in token.children):
            return True
        token = token.head
    return False


def adjunct_role(verb: Token, lexicon: Lexicon) -> str:
    """``purpose`` for an infinitive explaining the verb it follows, ``characterize`` for a
    trailing participle of a characterizing verb, ``participle`` for another trailing
    participle ("…, killing one person"), else ``""``."""
    if verb.dep_ not in {"advcl", "xcomp"} or verb.head.pos_ not in VERBAL \
            or verb.i < verb.head.i:
        return ""
    if is_infinitive(verb):
        return "purpose"
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or any(child.dep_ == "mark" for child in verb.children):
        return ""
    if lexicon.lemma(verb) in lexicon.words["characterize"]:
        return "characterize"
    return "participle"


def _as_purpose(draft: Draft, head: Draft, lexicon: Lexicon) -> None:
    """A purpose clause kept as an event of its own is intended, and aims at its act's
    target when it names none ("dispatched inspectors to Esfahan to monitor …")."""
    if draft.modality in {"asserted", "reported"}:
        draft.modality = "intended"
    draft.rule.append(f"purpose-of:{lexicon.lemma(head.first)}")
    if not draft.targets:
        draft.targets = [actor for actor in head.targets
                         if all(actor.id != source.id for source in draft.sources)]
        if draft.targets:
            draft.rule.append("target:of-purpose-head")


def _fact_finding(draft: Draft, head: Draft) -> bool:
    """"A UN team arrived in Sudan to investigate the massacre", "sent a team to Darfur to
    probe the killings": a trip or a dispatch made to investigate is the investigation
    (CAMEO 09: the gold codes "dispatched inspectors to … to monitor" as investigating),
    no visit or meeting of its own."""
    return draft.code.startswith(INVESTIGATE_ROOT) and head.code[:2] in TRIP_ROOTS


def _head_of(draft: Draft, by_verb: dict[int, Draft],
             lexicon: Lexicon) -> tuple[Draft | None, str]:
    """The event whose purpose clause, trailing participle, verbal content or repeated noun
    ``draft`` is (or reports from), and which of these."""
    for verb in (draft.verb, draft.speech):
        if verb is None:
            continue
        clause = first_conjunct(verb)
        role = adjunct_role(clause, lexicon)
        head = by_verb.get(clause.head.i) if role else None
        if head is not None and head is not draft:
            return head, role
    if draft.nominal:
        head = _verb_above(draft.first, by_verb)
        return (head, "nominal") if head is not None else (None, "")
    head = _content_head(draft, by_verb, lexicon.words["control_prep"])
    return (head, "content") if head is not None else (None, "")


def _part_of(draft: Draft, head: Draft, role: str, lexicon: Lexicon) -> bool:
    """Is ``draft`` part of ``head``'s event rather than one of its own? A purpose is an
    aim, not an act ("remained on alert to forestall violence", "offered troops to help
    him oust Aoun"), except what people are sent to do ("dispatched inspectors to
    monitor …"): that is what the sending does."""
    own, other = lookup(draft.code), lookup(head.code)
    message = head.code.startswith("14") and own.quad_class in VERBAL_QUADS
    if role == "characterize":
        return True
    if role == "content":
        return other.quad_class in VERBAL_QUADS
    if role == "nominal":
        return own.plover == other.plover and head.kept
    if role == "participle":
        return own.plover == other.plover or message
    return lexicon.lemma(head.first) not in lexicon.words["theme_verb"] \
        or own.plover == other.plover or other.quad_class in VERBAL_QUADS or message


def _verb_above(noun: Token, by_verb: dict[int, Draft]) -> Draft | None:
    """The event of the nearest verb above a nominal trigger, if that verb has one."""
    head = noun.head
    while head.pos_ not in VERBAL and head.head != head:
        head = head.head
    return by_verb.get(head.i) if head != noun else None


def _content_head(draft: Draft, by_verb: dict[int, Draft],
                  control_preps: tuple[str, ...]) -> Draft | None:
    """The event whose clausal complement ``draft``'s clause lies in ("refused to allow
    planes to land and evacuate": "evacuate" lies in "allow", the refusal's complement).
    A gerund in a time or manner adjunct ("left after meeting the king") is no content."""
    child = draft.clause
    via_content = False
    while child.dep_ in CONTENT_DEPS | {"conj", "prep"} and child.head != child:
        if adjunct_controller(child, control_preps) is not None:
            return None
        head = child.head
        via_content = child.dep_ in CONTENT_DEPS or (child.dep_ == "prep" and via_content)
        found = by_verb.get(head.i)
        if found is not None and found is not draft:
            return found if via_content else None
        child = head
    return None
