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


@pytest.mark.parametrize(("iso3", "adjective"), [
    ("KEN", "Kenyan"), ("CUB", "Cuban"), ("MLI", "Malian"), ("PRK", "North Korean")])
def test_group_names_start_with_a_readable_adjective(iso3, adjective):
    """Dictionary demonyms come in upper case ("KENYAN"); a group name must not."""
    kb = default_kb()
    assert next(c for c in kb.countries if c.iso3 == iso3).adjective == adjective


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


def test_plural_demonym_is_read_through_its_singular():
    kb = default_kb()
    assert kb.demonym("Liberians").iso3 == "LBR"
    assert kb.demonym("Ghanaians").iso3 == "GHA"


def test_congo_alone_is_the_republic_of_the_congo_as_iso_names_it():
    assert default_kb().country("Congo").iso3 == "COG"


def test_a_country_is_never_a_dated_phoenix_person_under_an_older_code():
    kb = default_kb()
    assert kb.known("Serbia") == [] and kb.country("Serbia").iso3 == "SRB"
    assert kb.known("Croatian") == []


def test_parenthesised_acronym_of_a_phoenix_name_is_an_alias():
    (tigers,) = default_kb().known("LTTE")
    assert tigers.name == "Liberation Tigers of Tamil Eelam"
    assert tigers.role_on(None).code == "LKAREB"


def test_regional_phoenix_code_is_replaced_by_the_armed_groups_country():
    kb = default_kb()
    ruf = kb.known("RUF")[0].role_on(None)
    assert (ruf.country, ruf.sector) == ("SLE", "REB")
    assert kb.known("UNITA")[0].role_on(None).country == "AGO"
    assert not kb.is_country_code("WAF") and kb.is_country_code("IGO")


def test_countries_have_a_point_at_their_capital():
    kb = default_kb()
    france = kb.by_iso3["FRA"]
    assert (round(france.lat, 1), round(france.lon, 1)) == (48.9, 2.3)


def test_a_shortened_name_needs_one_bearer_and_its_surname():
    kb = default_kb()
    assert [a.id for a in kb.fuller_name("Laurent Kabila")] == ["laurent-desire-kabila"]
    assert kb.fuller_name("Desire Laurent") == []  # out of order
    assert kb.fuller_name("Kabila") == []  # one word: a surname, read by date elsewhere


def test_a_capital_is_of_the_state_of_today_before_a_former_one():
    assert default_kb().capital_of("Moscow").iso3 == "RUS"
    assert default_kb().capital_of("Belgrade").iso3 == "SRB"


def test_a_shortened_name_that_several_people_bear_is_no_one():
    assert default_kb().fuller_name("Jose Eduardo") == []


def test_british_and_american_spellings_name_one_body():
    kb = default_kb()
    assert [a.id for a in kb.known("World Trade Organisation")] == [
        a.id for a in kb.known("World Trade Organization")]
