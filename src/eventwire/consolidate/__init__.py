"""One real-world event across many reports: near-duplicate articles, consolidated events
with GDELT-style counts, and the full-text index (see ``consolidator`` for the how)."""

from eventwire.consolidate.consolidator import ConsolidationSummary, Consolidator
from eventwire.consolidate.rules import Rules, default_rules, load_rules

__all__ = ["ConsolidationSummary", "Consolidator", "Rules", "default_rules", "load_rules"]
