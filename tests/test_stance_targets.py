"""More targets per stance trigger (nlp/stances.py): coordinated objects and complements,
conditions in reported speech, relative clauses and negated existentials. Sentences written for
these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> set[tuple[str, str, str]]:
    doc = run_nlp(text)
    return {(s.holder, s.polarity, s.target_label) for s in doc._.pg_stances}


def labels(run_nlp, text: str, holder: str, polarity: str) -> list[str]:
    return sorted(
        s.target_label.lower()
        for s in run_nlp(text)._.pg_stances
        if s.holder == holder and s.polarity == polarity
    )


def test_coordinated_objects_give_one_stance_each(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Viktor Orban rejected any limit on the size of the navy and any ban on Georgia's "
        "membership of the European Union.",
        "viktor-orban",
        "oppose",
    )
    assert len(found) == 2
    assert any("limit" in f for f in found)
    assert any("ban" in f and "membership" in f for f in found)


def test_coordinated_infinitives_after_an_addressee(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Emmanuel Macron urged both parties to exercise restraint and to avoid civilian casualties.",
        "emmanuel-macron",
        "support",
    )
    assert found == ["avoid civilian casualties", "exercise restraint"]


def test_gerund_clause_conjunct_is_a_second_object(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Robert Fico rejected any limit on the number of warplanes and any prohibition on "
        "membership of the EU being inserted into the constitution.",
        "robert-fico",
        "oppose",
    )
    assert any("prohibition" in f for f in found)
    assert any("limit" in f for f in found)


def test_two_objects_of_one_verb_give_one_stance_each(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Viktor Orban opposed any quota on migrants and any veto on enlargement being added to "
        "the treaty.",
        "viktor-orban",
        "oppose",
    )
    assert any("quota" in f for f in found)
    assert any("veto" in f for f in found)


def test_bare_verb_conjunct_gives_no_stance(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Volodymyr Zelensky said that freezing the front and letting the invaders regroup for "
        "another offensive was unacceptable.",
    )
    assert not any(label.lower() == "let" for _h, _p, label in found)


def test_condition_after_is_the_speakers_demand(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Olaf Scholz said the security guarantees would apply only after a lasting ceasefire and "
        "the withdrawal of foreign troops.",
        "olaf-scholz",
        "support",
    )
    assert "ceasefire" in found
    # demanding the withdrawal of troops supports the withdrawal (topic `withdrawal`; it read as
    # opposing their deployment before s11t)
    assert any(f.split(" (")[0] == "withdrawal" for f in found), found


def test_condition_with_only_on_the_verb(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Dmitry Peskov said a summit between the two leaders could only happen once a peace "
        "treaty was ready.",
        "dmitry-peskov",
        "support",
    )
    assert found == ["peace treaty ready"]


def test_until_passive_clause_and_reporting_like_main_verb(run_nlp) -> None:
    # "maintain" is also a speech verb: the until-clause is still Macron's condition
    found = stances(
        run_nlp,
        "Emmanuel Macron said France would maintain sanctions until all occupying troops were "
        "withdrawn.",
    )
    assert ("emmanuel-macron", "support", "withdraw occupying troops") in found
    assert not any(h == "france" for h, _p, _l in found)


def test_condition_pronoun_reads_as_the_noun_it_hangs_on(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Jens Stoltenberg said the truce was worth supporting only if it was observed by both sides.",
        "jens-stoltenberg",
        "support",
    )
    assert found == ["observe truce"]


def test_conditions_without_a_speaker_or_with_an_active_outcome_give_nothing(run_nlp) -> None:
    assert not stances(run_nlp, "The force will deploy only after a ceasefire.")
    found = stances(
        run_nlp, "Dmitry Medvedev said Russia would keep fighting until its aims were achieved."
    )
    assert not any("aim" in label for _h, _p, label in found)


def test_which_clause_after_a_named_actor_describes_the_whole_phrase(run_nlp) -> None:
    found = stances(
        run_nlp,
        "The ministers debated neutrality for Moldova, which Donald Trump has ruled out.",
    )
    assert any(
        h == "donald-trump" and p == "oppose" and "neutral" in label.lower()
        for h, p, label in found
    )
    assert ("donald-trump", "oppose", "Moldova") not in found


def test_appositive_position_favoured_by_an_actor(run_nlp) -> None:
    found = labels(
        run_nlp,
        "Late on Sunday the envoy suggested moving straight to a peace agreement, an option long "
        "preferred by the Kremlin.",
        "russia",
        "support",
    )
    assert found == ["peace agreement"]


def test_participle_under_a_demand_is_no_position(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Petro Poroshenko demanded security guarantees approved by the US Congress.",
    )
    assert {h for h, _p, _l in found} == {"petro-poroshenko"}


def test_negated_existential_rules_out_in_reported_speech(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Sergei Lavrov said there could be no question of a summit with the Ukrainian leader "
        "this year.",
    )
    assert any(
        h == "sergei-lavrov" and p == "oppose" and "summit" in label.lower()
        for h, p, label in found
    )


def test_negated_existential_without_a_speaker_gives_nothing(run_nlp) -> None:
    assert not stances(run_nlp, "There was no talk of a summit in the communique.")


def test_listed_demands_of_a_document_belong_to_its_author(run_nlp) -> None:
    text = (
        "Sergei Lavrov handed the Finnish envoy a draft on Friday. It calls for Helsinki to "
        "close its border crossings to foreign troops, to stay outside any military bloc, and to "
        "limit the size of its army."
    )
    found = labels(run_nlp, text, "sergei-lavrov", "support")
    assert len(found) == 3, found
    assert any("close its border crossings" in f for f in found)
    assert any("outside any military bloc" in f for f in found)
    assert any("limit the size of its army" in f for f in found)


def test_document_with_no_stated_author_gives_no_stance(run_nlp) -> None:
    found = stances(
        run_nlp,
        "A draft circulated on Friday. It calls for Helsinki to stay outside any military bloc.",
    )
    assert not found


def test_time_phrase_is_not_a_reversal(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Emmanuel Macron agreed to release all detained journalists by the end of the month.",
    )
    assert found and all(p == "support" for _h, p, _l in found)
