"""Whether two event mentions report the same real-world event, and which event a new
mention joins.

Two mentions are one event when they share the CAMEO root (first two digits), agree on
negation, name the same actors (in either order when both codes are symmetric), have
compatible dates (windows by precision, see ``rules.yaml``) and compatible places. A new
mention joins the existing event it fits completely — it must fit *every* mention the
event already has, so a chain of near-misses cannot glue two different events together —
and the best-fitting one when several do.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from eventwire.consolidate.rules import Rules

NAME_NOISE = re.compile(r"[^\w\s]")
LEADING_ARTICLE = re.compile(r"^the\s+")


@dataclass(frozen=True, slots=True)
class ActorKey:
    """What identifies an actor across articles: its knowledge-base id when it has one,
    else the words of its canonical name (so "Putin" and "Vladimir Putin" can meet)."""

    kb_id: str | None
    words: frozenset[str]
    country: str | None

    @classmethod
    def of(cls, name: str | None, kb_id: str | None, country: str | None) -> ActorKey | None:
        if not name and not kb_id:
            return None
        return cls(kb_id, frozenset(normal_name(name or "").split()), country)

    @property
    def text(self) -> str:
        """A stable string form, stored with each mention and used as the corpus actor id."""
        return self.kb_id or "name:" + " ".join(sorted(self.words))


def normal_name(name: str) -> str:
    folded = NAME_NOISE.sub(" ", name.casefold())
    return LEADING_ARTICLE.sub("", " ".join(folded.split()))


def same_actor(one: ActorKey, other: ActorKey) -> bool:
    if one.kb_id and other.kb_id:
        return one.kb_id == other.kb_id
    if one.country and other.country and one.country != other.country:
        return False
    if not one.words or not other.words:
        return False
    return one.words <= other.words or other.words <= one.words


@dataclass(slots=True)
class MentionInfo:
    """One event mention as consolidation sees it."""

    article_id: str
    event_id: str
    cameo: str
    negated: bool
    lo: date
    hi: date
    tolerance: int
    source: ActorKey | None
    target: ActorKey | None
    place_country: str | None
    lat: float | None
    lon: float | None
    published: date
    outlet: str
    precision: str = "publication"
    evidence_key: str = ""
    consolidated_id: int | None = None
    link_rule: str = ""

    @property
    def root(self) -> str:
        return self.cameo[:2]


def _side(one: ActorKey | None, other: ActorKey | None, rules: Rules,
          stated_dates: bool) -> int | None:
    """1: the same known actor; 0: unknown on both sides (or on one, if the rules allow
    it); None: different actors, or known against unknown."""
    if one is None and other is None:
        return 0 if stated_dates or not rules.unknown_in_both_needs_stated_dates else None
    if one is None or other is None:
        return 0 if rules.unknown_side_matches_known else None
    return 1 if same_actor(one, other) else None


def actor_agreement(one: MentionInfo, other: MentionInfo, rules: Rules) -> int | None:
    """How many sides agree (1 or 2), or None when the actors rule the pair out.

    At least one side must be known in both and agree: two reports sharing nothing but
    the event type are not evidence of one event.
    """
    orders = [(other.source, other.target)]
    if rules.is_symmetric(one.cameo) and rules.is_symmetric(other.cameo):
        orders.append((other.target, other.source))
    stated = "publication" not in (one.precision, other.precision)
    best = None
    for source, target in orders:
        source_side = _side(one.source, source, rules, stated)
        target_side = _side(one.target, target, rules, stated)
        if source_side is None or target_side is None or source_side + target_side == 0:
            continue
        best = max(best or 0, source_side + target_side)
    return best


def date_gap(one: MentionInfo, other: MentionInfo) -> int:
    """Days between the two mentions' date spans (0 when they overlap)."""
    return max(0, (max(one.lo, other.lo) - min(one.hi, other.hi)).days)


def places_agree(one: MentionInfo, other: MentionInfo, rules: Rules) -> bool:
    if one.place_country and other.place_country and one.place_country != other.place_country:
        return False
    if None in (one.lat, one.lon, other.lat, other.lon):
        return True
    return _km(one, other) <= rules.max_km


def _km(one: MentionInfo, other: MentionInfo) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (one.lat, one.lon, other.lat, other.lon))
    a = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def fit(one: MentionInfo, other: MentionInfo, rules: Rules) -> tuple[int, int] | None:
    """(sides agreeing, date gap) when the two mentions may report one event, else None."""
    if one.root != other.root or one.negated != other.negated:
        return None
    gap = date_gap(one, other)
    if gap > max(one.tolerance, other.tolerance):
        return None
    if not places_agree(one, other, rules):
        return None
    sides = actor_agreement(one, other, rules)
    return None if sides is None else (sides, gap)


@dataclass(slots=True)
class Cluster:
    id: int
    members: list[MentionInfo] = field(default_factory=list)


def best_cluster(mention: MentionInfo, clusters: list[Cluster],
                 rules: Rules) -> Cluster | None:
    """The cluster every member of which fits ``mention``, preferring most agreeing sides,
    then closest dates, then the best-attested event, then the oldest."""
    best: tuple[tuple[int, int, int, int], Cluster] | None = None
    for cluster in clusters:
        fits = [fit(mention, member, rules) for member in cluster.members]
        if not fits or any(f is None for f in fits):
            continue
        sides = min(f[0] for f in fits if f)
        gap = max(f[1] for f in fits if f)
        score = (sides, -gap, len(cluster.members), -cluster.id)
        if best is None or score > best[0]:
            best = (score, cluster)
    return best[1] if best else None
