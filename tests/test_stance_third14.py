"""Third countries (stop 14): family names that come first (a later lone "Qin" is Qin Gang),
two-word demonyms before a title ("the South Korean president"), and KB persons of China,
India, Brazil and South Africa."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _holders(doc: Doc) -> set[str]:
    return {s.holder for s in doc._.pg_stances}


def test_lone_family_name_first(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Qin Gang flew to Moscow in April. Qin condemned the freezing of Russian assets.",
                  date="2023-04-20")
    assert has_stance(doc, "qin-gang", "oppose", "")
    assert "qin" not in _holders(doc)


def test_lone_family_name_goes_to_the_person_named(run_nlp: Callable[..., Doc]) -> None:
    # two KB persons are called "Wang": the lone name is the one the article named
    doc = run_nlp("Wang Wenbin briefed reporters on Monday. Wang rejected the new export controls.",
                  date="2023-06-05")
    assert "wang-wenbin" in _holders(doc)
    assert "wang-yi" not in _holders(doc)


def test_lone_family_name_unnamed_before_is_nobody_known(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Wang rejected the new export controls.", date="2023-06-05")
    assert not _holders(doc) & {"wang-yi", "wang-wenbin"}


def test_two_word_demonym_before_title(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The South Korean president rejected the demand to ship artillery shells to Kyiv.",
                  date="2023-02-10")
    assert has_stance(doc, "yoon-suk-yeol", "oppose", "")
    assert "volodymyr-zelenskyy" not in _holders(doc)


def test_south_african_president(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The South African president backed a halt to the fighting.", date="2024-06-15")
    assert has_stance(doc, "cyril-ramaphosa", "support", "")


def test_one_word_demonym_still_qualifies(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Brazilian president backed a halt to the fighting.", date="2024-06-15")
    assert "luiz-inacio-lula-da-silva" in _holders(doc)
    assert "cyril-ramaphosa" not in _holders(doc)


def test_indian_foreign_minister_by_title(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("India's external affairs minister rejected the price cap on Russian crude.",
                  date="2023-01-12")
    assert "subrahmanyam-jaishankar" in _holders(doc)


def test_chinese_foreign_minister_by_era(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("China's foreign minister rejected the price cap on Russian crude.", date="2023-03-07")
    assert "qin-gang" in _holders(doc)
    assert "wang-yi" not in _holders(doc)


def test_members_listed_after_of_phrase(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    # the parser hangs "including ..." on "Latin America", the object of "of"
    doc = run_nlp("Some states of Latin America, including Mexico, Colombia and Argentina, declined "
                  "to endorse the joint statement.", date="2023-07-20")
    assert has_stance(doc, "mexico", "oppose", "")
    assert has_stance(doc, "argentina", "oppose", "")


def test_of_phrase_without_a_list_gives_no_members(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Some states of Latin America declined to endorse the joint statement.",
                  date="2023-07-20")
    assert not _holders(doc) & {"mexico", "colombia", "argentina"}


def test_vatican_is_the_holy_see(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The Vatican welcomed the release of the detained Ukrainian priests.", date="2024-06-30")
    assert has_stance(doc, "vatican-city", "support", "")


def test_quote_after_continue_to_is_the_reporters(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Jaishankar told reporters India would continue to "buy oil wherever it is cheapest".',
                  date="2022-11-08")
    assert [q.speaker for q in doc._.pg_quotes] == ["subrahmanyam-jaishankar"]


def test_quote_framed_by_its_clause_subject_stays(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Ramaphosa said the mission "will keep talking to both sides".', date="2023-06-18")
    assert [q.speaker for q in doc._.pg_quotes] == ["cyril-ramaphosa"]
