"""Stance targets that keep the text's own words (round targets13): the object of a
preposition ("open to talks"), the "that" clause of a kind word ("the idea that X")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from pactgraph.nlp import stance_targets


def test_readiness_keeps_the_prepositional_object(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Recep Tayyip Erdogan said Turkey was open to direct talks with Moscow.")
    assert has_stance(doc, "recep-tayyip-erdogan", "support", "direct talks", phrase=True)


def test_readiness_phrase_not_repeated(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Olaf Scholz said Germany was open to a ceasefire.")
    assert has_stance(doc, "olaf-scholz", "support", "ceasefire", phrase=True)
    assert not has_stance(doc, "olaf-scholz", "support", "(", phrase=True)


def test_phrase_that_extends_the_label_is_kept(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Olaf Scholz said Germany was open to negotiations on a ceasefire.")
    assert has_stance(doc, "olaf-scholz", "support", "ceasefire (negotiations on a", phrase=True)


def test_kind_word_keeps_its_that_clause(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Olaf Scholz dismissed the idea that more sanctions would change the Kremlin's course."
    )
    assert has_stance(doc, "olaf-scholz", "oppose", "kremlin's course", phrase=True)


def test_relative_clause_is_no_content(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Olaf Scholz rejected the sanctions package which Viktor Orban had drafted.")
    assert has_stance(doc, "olaf-scholz", "oppose", "sanctions")
    assert not has_stance(doc, "olaf-scholz", "oppose", "drafted", phrase=True)


def test_alternative_is_not_what_is_wanted(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Emmanuel Macron said he preferred moving directly to a lasting settlement instead of a truce."
    )
    assert has_stance(doc, "emmanuel-macron", "oppose", "ceasefire")
    assert not has_stance(doc, "emmanuel-macron", "support", "ceasefire")


def test_passage_names_its_destination(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Emmanuel Macron said he favoured going straight to a lasting settlement.")
    assert has_stance(doc, "emmanuel-macron", "support", "lasting settlement")


def test_passage_to_a_place_is_no_destination_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Keir Starmer said he favours going to Moscow.")
    assert not any(s.target.label.lower() in {"moscow", "russia"} for s in doc._.pg_stances)


def test_repeated_preposition_opens_a_second_target(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Keir Starmer pressed for new sanctions on Russian oil and for a ceasefire.")
    assert has_stance(doc, "keir-starmer", "support", "sanctions")
    assert has_stance(doc, "keir-starmer", "support", "ceasefire")


def test_repeated_preposition_with_a_clause(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Keir Starmer pressed for new sanctions on Russian oil and for Russian forces to pull "
        "back from the border."
    )
    assert has_stance(doc, "keir-starmer", "support", "withdrawal")


def test_purpose_clause_is_no_second_target(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Keir Starmer pressed for new sanctions for Russia to feel the cost.")
    assert has_stance(doc, "keir-starmer", "support", "sanctions")
    assert not has_stance(doc, "keir-starmer", "support", "cost")


def test_conjunct_with_the_same_topic_keeps_its_own_words(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Keir Starmer pressed for more air defence and for permission to strike airfields with "
        "long-range missiles."
    )
    assert has_stance(doc, "keir-starmer", "support", "air defence", phrase=True)
    assert has_stance(doc, "keir-starmer", "support", "permission to strike")


def test_named_conjunct_is_no_second_thing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Sergei Lavrov insisted on Russia and Belarus joining the group of guarantor states."
    )
    assert not any(s.target.label == "Belarus" for s in doc._.pg_stances)


def test_passive_demand_keeps_what_it_asks(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Andrzej Duda said any ceasefire must be monitored by international observers.")
    assert has_stance(doc, "andrzej-duda", "support", "monitored by international observers", phrase=True)


def test_undone_passive_keeps_no_participle(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Andrzej Duda said sanctions on Russian banks must not be lifted by the European Union.")
    assert has_stance(doc, "andrzej-duda", "support", "sanctions")
    assert not has_stance(doc, "andrzej-duda", "support", "lifted", phrase=True)


def test_what_the_target_lacks_is_not_the_target(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Maia Sandu said Moldova would reject any settlement that leaves the country without "
        "security guarantees."
    )
    assert has_stance(doc, "maia-sandu", "oppose", "settlement")
    assert not has_stance(doc, "maia-sandu", "oppose", "guarantee")


def test_a_party_left_out_stays_in_the_target(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Olaf Scholz warned against talks without Ukraine.")
    assert has_stance(doc, "olaf-scholz", "oppose", "negotiations without ukraine")


def test_stance_noun_is_not_the_actor_of_its_act(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Mark Rutte hailed Ankara's willingness to mediate between the two capitals.")
    assert has_stance(doc, "turkey", "support", "mediate between")
    assert not has_stance(doc, "turkey", "support", "mediate willingness")


def test_a_noun_subject_still_names_what_must_stop(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Kaja Kallas insisted that the shelling of the port must stop.")
    assert has_stance(doc, "kaja-kallas", "support", "shelling")


def test_preposition_hung_on_the_verb_stays_with_the_object(nlp: Language) -> None:
    # the parse of "Minsk wanted a pledge for itself, ...", with "for" hung on the verb
    doc = Doc(
        nlp.vocab,
        words=["Minsk", "wanted", "a", "pledge", "for", "itself", ",", "a", "say"],
        heads=[1, 1, 3, 1, 1, 4, 1, 8, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "det", "appos"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PRON", "PUNCT", "DET", "NOUN"],
    )
    assert stance_targets.with_hung_prep(doc[3], "pledge") == "pledge for itself"
    # a preposition of time is no part of the object
    doc = Doc(
        nlp.vocab,
        words=["Minsk", "wanted", "a", "pledge", "during", "talks"],
        heads=[1, 1, 3, 1, 1, 4],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN"],
    )
    assert stance_targets.with_hung_prep(doc[3], "pledge") == "pledge"


def test_time_preposition_hung_on_the_verb_is_left_out(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Belarus wanted a guarantee during the talks, Lukashenko said.")
    assert doc._.pg_stances
    assert not any("during" in s.target_label for s in doc._.pg_stances)


def test_act_with_a_pronoun_object_is_the_phrase(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Pedro Sanchez said Spain was open to discussing anything.")
    assert has_stance(doc, "pedro-sanchez", "support", "discuss anything", phrase=True)


def test_bare_act_adds_no_phrase(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Pedro Sanchez said Spain was open to negotiating.")
    assert has_stance(doc, "pedro-sanchez", "support", "negotiations")
    assert not has_stance(doc, "pedro-sanchez", "support", "(", phrase=True)
