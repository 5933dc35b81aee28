"""The eventwire data model: every stage's input and output, as plain dataclasses.

One module holds them all so that stages, the store, the query surfaces and the
``extract`` contract agree on a single vocabulary. Field names follow the contract in
DESIGN.md; anything a stage needs beyond the contract (the rule that fired, the evidence
that chose a date) is an extra field, never a renamed one.

Character offsets (``start``/``end``) always index ``Article.text`` exactly as read.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc

ActorKind = Literal["person", "organization", "country", "group", "media"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
DatePrecision = Literal["day", "week", "month", "year", "publication"]
Modality = Literal["asserted", "intended", "hypothetical", "denied", "reported"]
PlaceFeature = Literal["country", "admin1", "city", "landmark", "region"]


@dataclass(frozen=True, slots=True)
class Article:
    """A dated news article as ingested; ``text`` is the body with only the date header removed."""

    id: str
    date: date | None
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""
    """Where it was read from (``file``, ``file:line`` or ``<stdin>``): named in every error."""
    fingerprint: str = ""
    """Hash of the normalised text and date: the identity used to refuse duplicates."""


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with the reason a user can act on."""

    origin: str
    reason: str
    article_id: str | None = None
    date: date | None = None
    title: str | None = None


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    """A stretch of article text that refers to an actor or a place."""

    start: int
    end: int
    text: str
    sentence: int
    rule: str = ""
    """How the mention was tied to its actor or place (``ner``, ``kb``, ``surname``,
    ``pronoun``, ``title``, ``description``, ``metonymy``, ...): evidence for coreference."""


@dataclass(slots=True)
class Timex:
    """A temporal expression normalised like a TimeML TIMEX3."""

    start: int
    end: int
    text: str
    sentence: int
    type: TimexType
    value: str
    rule: str = ""
    """Which pattern or resolver produced the value: evidence for the date."""


@dataclass(slots=True)
class Actor:
    """An entity resolved within one article, with every mention that refers to it."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kb_id: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    country_rule: str = ""
    """What set the country: ``text`` (the article says it), ``kb`` (knowledge base) or
    ``kb-dated`` (a knowledge-base role dated to cover the article), ``kb-surname`` (a
    known leader's bare surname), ``anchor`` (the country of the group or person it
    belongs to), ``kin`` (a relative's), ``article-country`` (the article's main country,
    a default), ``registry`` (learned from an earlier article)."""


@dataclass(slots=True)
class Place:
    """A toponym resolved against the gazetteer."""

    id: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: PlaceFeature = "city"
    gazetteer_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    dateline: bool = False
    """The place of the article's dateline ("PYONGYANG, July 27 (Reuters) -")."""
    dominant: bool = False
    """The article's most mentioned place: an event's place when nothing nearer names one."""


@dataclass(slots=True)
class ActorRef:
    """How an event or quote points at an actor: the id plus the codes analysts filter on."""

    actor: str | None
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    @classmethod
    def of(cls, actor: Actor) -> ActorRef:
        return cls(actor.id, actor.name, actor.country, actor.sector, actor.code)


@dataclass(slots=True)
class PlaceRef:
    id: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    @classmethod
    def of(cls, place: Place) -> PlaceRef:
        return cls(place.id, place.name, place.country, place.lat, place.lon)


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Reporter:
    """One link of an attribution chain ("as reported by Yonhap, citing KCBS")."""

    name: str
    actor: str | None = None


@dataclass(slots=True)
class Quote:
    speaker: ActorRef | None
    text: str
    start: int
    end: int
    sentence: int


@dataclass(slots=True)
class Event:
    """One coded event mention with its evidence span and the reasons behind each field."""

    id: str
    sentence: int
    start: int
    end: int
    trigger: Trigger
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    cameo_name: str
    plover: str
    mode: str | None
    context: list[str]
    quad_class: int
    goldstein: float
    date: str | None
    date_precision: DatePrecision
    place: PlaceRef | None = None
    negated: bool = False
    modality: Modality = "asserted"
    quote: str | None = None
    reported_by: list[Reporter] = field(default_factory=list)
    confidence: float = 0.5
    rule: str = ""
    date_rule: str = ""
    place_rule: str = ""


@dataclass(slots=True)
class ArticleResult:
    """Everything eventwire extracts from one article (or why it could not)."""

    article: Article | None
    status: Literal["ok", "rejected"] = "ok"
    error: str | None = None
    rejection: Rejection | None = None
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)

    @classmethod
    def rejected(cls, rejection: Rejection) -> ArticleResult:
        return cls(article=None, status="rejected", error=rejection.reason, rejection=rejection)


@dataclass(slots=True)
class ParsedArticle:
    """An article after the linguistic parse: the shared input of every extraction stage.

    ``doc`` is the spaCy ``Doc`` of ``article.text``; ``sentences`` are eventwire's sentence
    spans (spaCy's, repaired where a closing quotation mark was split off), and
    ``sentence_starts`` lets a stage map any character offset to its sentence cheaply.
    """

    article: Article
    doc: Doc
    sentences: list[Sentence]
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sentence_starts:
            self.sentence_starts = [sentence.start for sentence in self.sentences]

    def sentence_of(self, char: int) -> int:
        """Index of the sentence containing character offset ``char`` (0 before the first)."""
        return max(bisect_right(self.sentence_starts, char) - 1, 0)

    def mention(self, start: int, end: int, rule: str = "") -> Mention:
        """A ``Mention`` of ``text[start:end]`` with its sentence filled in."""
        return Mention(start, end, self.article.text[start:end], self.sentence_of(start), rule)


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its PLOVER mapping and Goldstein weight (from the codebook)."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    context: tuple[str, ...]
