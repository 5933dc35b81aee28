"""Event coding: CAMEO/PLOVER events with source, target, mood, attribution and quotes.

The coder (:mod:`.coder`) reads the compiled lexicon (:mod:`.lexicon`: the PETRARCH2 CAMEO
verb dictionary converted to eventwire's pattern format, plus eventwire's own additions),
matches it against the dependency parse (:mod:`.matcher`), finds who acted (:mod:`.participants`)
on whom (:mod:`.targets`), which clauses are events of their own (:mod:`.folding`) and how
sure the text is (:mod:`.modality`).
"""

from eventwire.stages.events.coder import EventCoder, EventContext

__all__ = ["EventCoder", "EventContext"]
