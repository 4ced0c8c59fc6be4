"""Stances in sentences that do not name their holder (stop 15, discourse probes): counted
people ("the two men", "the pair"), bare titles after a person named alone ("the premier",
"the minister"), age descriptions, and the barriers a pronoun does not cross (an unnamed
person named in between, a quotation's own speaker, an earlier paragraph from inside a quote)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _pronoun_entity(doc: Doc, word: str) -> str | None:
    """The entity the first mention of the pronoun `word` resolves to, if any."""
    return next((m.entity for m in doc._.pg_mentions if m.text.lower() == word), None)


# -- counted people ------------------------------------------------------------------------------
def test_the_two_men_hold_as_the_pair_named_before(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Mark Carney welcomed Petr Pavel in Ottawa. The two men backed new sanctions on Russian gas.")
    assert has_stance(doc, "mark-carney", "support", "sanction")
    assert has_stance(doc, "petr-pavel", "support", "sanction")


def test_the_duo_and_the_two_hold_as_the_pair(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Alexander Stubb hosted Ulf Kristersson in Turku. The duo condemned the sabotage of undersea cables.")
    assert has_stance(doc, "alexander-stubb", "oppose", "sabotage")
    assert has_stance(doc, "ulf-kristersson", "oppose", "sabotage")
    doc = run_nlp("Pedro Sanchez received Antonio Costa in Madrid. The two condemned the strike on the port of Izmail.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "strike")
    assert has_stance(doc, "antonio-costa", "oppose", "strike")


def test_men_without_a_number_are_nobody_named(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mark Carney hosted Petr Pavel in Ottawa. Russian men of fighting age oppose the new draft law.")
    assert not any(s.holder in {"mark-carney", "petr-pavel"} and "law" in s.target.label.lower()
                   for s in doc._.pg_stances)


def test_counted_men_need_that_many_named(run_nlp: Callable[..., Doc]) -> None:
    # three people named, "the two men" cannot say which two
    doc = run_nlp("Mark Carney met Petr Pavel and Alexander Stubb in Ottawa. The two men backed new sanctions on Russian gas.")
    assert not any("sanction" in s.target.label.lower() for s in doc._.pg_stances)


# -- bare titles after a name alone ----------------------------------------------------------------
def test_bare_generic_title_is_the_holder_just_named(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Hungarian Prime Minister Viktor Orban spoke in Budapest on Friday. The premier, however, "
                  "rejected the new sanctions package.", date="2024-06-20")
    assert has_stance(doc, "viktor-orban", "oppose", "sanction")


def test_bare_generic_title_not_for_someone_else_named_last(run_nlp: Callable[..., Doc]) -> None:
    # the last person named is no premier: "the premier" stays unresolved
    doc = run_nlp("Viktor Orban met Volodymyr Zelensky in Uzhhorod. The premier rejected the new sanctions package.",
                  date="2024-06-20")
    assert not any(m.text.lower() == "premier" for m in doc._.pg_mentions)


def test_the_minister_after_a_name_alone(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Peter Szijjarto arrived in Minsk on Monday. The minister rejected the European plan "
                  "for a tribunal.", date="2024-05-06")
    assert has_stance(doc, "peter-szijjarto", "oppose", "tribunal")


def test_the_minister_not_for_a_president_named_last(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Alexander Lukashenko arrived in Minsk on Monday. The minister rejected the European plan "
                  "for a tribunal.", date="2024-05-06")
    assert not any(s.holder == "alexander-lukashenko" for s in doc._.pg_stances)


# -- age descriptions ------------------------------------------------------------------------------
def test_age_description_is_the_person_named_before(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Recep Tayyip Erdogan flew to Baku on Thursday. The 70-year-old leader called for "
                  "a prisoner exchange between Moscow and Kyiv.", date="2024-09-12")
    assert has_stance(doc, "recep-tayyip-erdogan", "support", "exchange")


def test_indefinite_age_description_is_someone_new(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Recep Tayyip Erdogan flew to Baku on Thursday. A 70-year-old farmer called for "
                  "a prisoner exchange between Moscow and Kyiv.", date="2024-09-12")
    assert not any(s.holder == "recep-tayyip-erdogan" for s in doc._.pg_stances)


# -- barriers a pronoun does not cross -----------------------------------------------------------------
def test_unnamed_person_between_stops_the_pronoun(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Emmanuel Macron visited a factory near Lyon on Monday. A worker on the assembly line "
                  "spoke to reporters. He said he opposed sending French troops to Ukraine.")
    assert _pronoun_entity(doc, "he") is None
    assert not any(s.holder in {"emmanuel-macron", "france"} and "troop" in s.target.label.lower()
                   for s in doc._.pg_stances)


def test_any_official_is_no_person_in_between(run_nlp: Callable[..., Doc]) -> None:
    # "any official" is nobody in particular; the pronoun still reaches the speaker named before
    doc = run_nlp("Maia Sandu said the law did not allow any official to sign away territory. "
                  "\"Moldova will never give up its land,\" she told parliament.")
    assert _pronoun_entity(doc, "she") == "maia-sandu"


def test_quoted_pronoun_is_not_the_speaker(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz spoke to Xi Jinping by phone. \"He assured me that China opposed "
                  "any use of nuclear weapons,\" Scholz said.")
    assert _pronoun_entity(doc, "he") == "xi-jinping"


def test_quoted_pronoun_keeps_the_paragraph(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petteri Orpo said Finland would keep its border crossings closed.\n\n"
                  "\"He wants a frozen conflict, not peace,\" Kaja Kallas said.")
    assert _pronoun_entity(doc, "he") is None
    assert not any(s.holder == "petteri-orpo" for s in doc._.pg_stances
                   if "conflict" in s.target.label.lower() or "peace" in s.target.label.lower())


def test_pronoun_after_quote_paragraph_is_its_speaker(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("\"Our patience has limits,\" Petteri Orpo said.\n\nHe also called for a ban on "
                  "Russian fertiliser imports.")
    assert has_stance(doc, "petteri-orpo", "support", "ban")


# -- a participle clause's understood subject is the pronoun -------------------------------------------
def test_person_asked_about_is_not_the_pronoun(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mao Ning held a briefing in Beijing on Monday. Asked whether Xi Jinping would call "
                  "Volodymyr Zelensky, she said China supported dialogue between the parties.")
    assert _pronoun_entity(doc, "she") == "mao-ning"
    doc = run_nlp("Hakan Fidan spoke in Ankara. Asked whether Recep Tayyip Erdogan would travel to "
                  "Moscow, he said Turkey backed a ceasefire.", date="2025-03-10")
    assert _pronoun_entity(doc, "he") == "hakan-fidan"


def test_clause_with_its_own_subject_may_hold_the_antecedent(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The summit opened in Minsk on Friday. When Vladimir Putin landed, he said Russia "
                  "rejected the Western plan.")
    assert _pronoun_entity(doc, "he") == "vladimir-putin"
