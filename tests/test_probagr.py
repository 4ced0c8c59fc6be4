"""Agreements and time (probe round probagr): text verbs (sign, invoke, honour), agreement
descriptions and offices resolved on the article's date."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _keys(doc: Doc) -> set[str]:
    return {r.agreement for r in doc._.pg_agreement_refs}


def _mentioned(doc: Doc) -> set[str]:
    return {m.entity for m in doc._.pg_mentions}


def _holders(doc: Doc) -> set[str]:
    return {s.holder for s in doc._.pg_stances}


# -- text verbs -------------------------------------------------------------------------------


def test_signing_a_known_text(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Leonid Kuchma signed Minsk II on behalf of Kyiv.", date="2015-02-14")
    assert has_stance(doc, "leonid-kuchma", "support", "minsk")


def test_invoking_a_provision(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas said Estonia would invoke Article 5 if Russian troops crossed the border.",
                  date="2022-04-01")
    assert has_stance(doc, "kaja-kallas", "support", "article")


def test_honouring_a_treaty(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Lloyd Austin said the United States would honour its obligations under the NATO treaty.",
                  date="2023-02-01")
    assert has_stance(doc, "lloyd-austin", "support", "treaty")


def test_signing_without_a_known_text_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    # a place of signing, a person as the only phrase: nothing is signed that we know
    doc = run_nlp("Britain's prime minister, John Major, signed in Budapest alongside Bill Clinton.",
                  date="2024-12-05")
    assert not any(s.rule and s.rule.endswith("verb:sign") for s in doc._.pg_stances)


def test_refusing_to_sign_an_unknown_deal_is_no_rejection_of_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maia Sandu said Moldova would not sign a peace deal without a role for the EU.",
                  date="2025-03-01")
    assert not any(s.rule and s.rule.endswith("verb:sign") for s in doc._.pg_stances)


def test_text_named_by_its_signatory_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Both drafts copy the accord Finland signed with Ukraine in April.", date="2024-06-01")
    assert "finland" not in _holders(doc)


# -- agreements named and described --------------------------------------------------------


def test_agreement_descriptions(run_nlp: Callable[..., Doc]) -> None:
    assert "budapest-memorandum-1994" in _keys(run_nlp("Kyiv gave up its arsenal under the 1994 memorandum.",
                                                       date="2022-12-05"))
    assert "budapest-memorandum-1994" in _keys(run_nlp("Critics said the Budapest accord protected nobody.",
                                                       date="2019-12-05"))
    assert "minsk-ii-2015" in _keys(run_nlp("The 2015 package of measures was agreed after talks in Minsk.",
                                            date="2015-02-20"))
    assert "north-atlantic-treaty-article-5" in _keys(run_nlp("Allies debated Article Five.", date="2024-01-01"))
    assert "north-atlantic-treaty" in _keys(run_nlp("Finland acceded to the NATO treaty.", date="2023-04-04"))


def test_article_5_of_another_text_is_not_natos(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Boris Pistorius said Article 5 of the constitution allowed the deployment.", date="2024-04-01")
    assert "north-atlantic-treaty-article-5" not in _keys(doc)


# -- offices on the article's date -----------------------------------------------------------


def test_nato_chief_by_date(run_nlp: Callable[..., Doc]) -> None:
    text = "The NATO chief said the alliance would welcome Ukraine's membership bid."
    assert "jens-stoltenberg" in _holders(run_nlp(text, date="2019-06-01"))
    assert "mark-rutte" in _holders(run_nlp(text, date="2025-06-01"))
    assert "mark-rutte" not in _holders(run_nlp(text, date="2019-06-01"))


def test_then_title_is_the_holder_of_that_year(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("In 2008 the then German chancellor blocked a membership action plan for Ukraine.",
                  date="2024-04-01")
    assert "angela-merkel" in _holders(doc)
    assert "olaf-scholz" not in _holders(doc)


# -- topic labels ------------------------------------------------------------------------------


def test_long_phrase_keeps_hyphenated_word(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The US president rejected the idea of a no-fly zone over Moldova.", date="2022-03-10")
    assert has_stance(doc, "joe-biden", "oppose", "no-fly", phrase=True)


def test_vague_kind_word_alone_is_no_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Keir Starmer rejected the idea.", date="2025-03-10")
    assert not any(s.holder == "keir-starmer" for s in doc._.pg_stances)


def test_text_denied_binding_force_is_rejected(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban said the Paris declaration was not binding.", date="2026-01-10")
    assert has_stance(doc, "viktor-orban", "oppose", "paris")
    assert not has_stance(doc, "viktor-orban", "support", "paris")


def test_binding_force_affirmed_is_no_rejection(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban said the Paris declaration was binding.", date="2026-01-10")
    assert not has_stance(doc, "viktor-orban", "oppose", "paris")


def test_title_in_a_sentence_dated_before_a_handover(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Two years ago, the NATO chief backed a membership action plan for Georgia.", date="2025-06-01")
    assert "jens-stoltenberg" in _holders(doc)
    assert "mark-rutte" not in _holders(doc)


def test_recent_date_with_the_same_holder_keeps_the_context_reading(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Last week the NATO chief backed a membership action plan for Georgia.", date="2025-06-01")
    assert "mark-rutte" in _holders(doc)


def test_incoming_title_is_the_next_holder(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The incoming NATO chief promised to keep arming Kyiv.", date="2024-08-01")
    assert "mark-rutte" in _mentioned(doc)
    assert "jens-stoltenberg" not in _mentioned(doc)


def test_incoming_title_with_no_known_successor_stays_unresolved(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The incoming NATO chief promised to keep arming Kyiv.", date="2025-08-01")
    assert "mark-rutte" not in _mentioned(doc)
