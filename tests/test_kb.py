"""The knowledge base: countries, roles, dated actors, and a user's own file."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.kb import KnowledgeBase, KnowledgeBaseError, default_kb


def test_country_names_aliases_and_demonyms_are_apart():
    kb = default_kb()
    assert kb.country("DPRK").iso3 == "PRK"
    assert kb.demonym("North Korean").iso3 == "PRK"
    assert kb.country("North Korean") is None
    assert kb.capital_of("Pyongyang").iso3 == "PRK"


def test_longest_role_wins():
    kb = default_kb()
    assert kb.sector(["defence", "minister"]) == ("MIL", 2)
    assert kb.sector(["prime", "minister"]) == ("GOV", 2)
    assert kb.sector(["state", "media"]) == ("MED", 2)


def test_kim_jong_un_is_government_from_december_2011():
    (kim,) = default_kb().known("Kim Jong Un")
    assert kim.role_on(date(2011, 12, 16)).sector is None
    assert kim.role_on(date(2011, 12, 17)).code == "PRKGOV"


def test_user_file_takes_precedence(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("# eventwire-kb actors 1\nid\tname\tkind\tcountry\tsector\tcode\tstart\tend"
                    "\taliases\tnote\nkcna\tKCNA\tmedia\tPRK\tGOV\t\t\t\t\tstate voice\n",
                    encoding="utf-8")
    kb = KnowledgeBase(extra=[mine])
    assert kb.known("KCNA")[0].role_on(None).code == "PRKGOV"


def test_user_file_with_another_version_is_refused(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# eventwire-kb actors 9\nid\tname\tcountry\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="version 9"):
        KnowledgeBase(extra=[bad])
