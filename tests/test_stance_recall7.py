"""Recall of stances in judgements of a way to a goal and other general patterns (stop 8, r3)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_irreversible_road_said(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Ursula von der Leyen said Moldova's road to accession was irreversible.")
    assert has_stance(doc, "ursula-von-der-leyen", "support", "accession")


def test_irreversible_path_declared_by_subject(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "EU leaders ended their Brussels meeting by declaring Georgia's road to accession "
        "irreversible."
    )
    assert has_stance(doc, "european-union", "support", "accession")


def test_declared_after_participle_subject(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "NATO leaders meeting for the Oslo summit declared on Friday that Georgia stood on an "
        "irreversible road towards membership."
    )
    assert has_stance(doc, "nato", "support", "membership")


def test_way_not_irreversible_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz said Moldova's road to accession was not irreversible.")
    assert not any(s.holder == "olaf-scholz" for s in doc._.pg_stances)


def test_irreversible_without_a_way_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz said the damage to the economy was irreversible.")
    assert not any(s.holder == "olaf-scholz" and s.polarity == "support" for s in doc._.pg_stances)


def test_trampled_pledge_is_an_accusation(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Polish officials say Moscow has flouted the 2008 ceasefire terms.")
    assert has_stance(doc, "poland", "oppose", "russia")
    # what is flouted is what the claimant defends
    assert not has_stance(doc, "poland", "oppose", "ceasefire")


def test_denied_violation_is_no_accusation(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maria Zakharova said Moscow had never breached the accord.")
    assert not any(s.holder == "maria-zakharova" and "russia" in s.target.label.lower()
                   for s in doc._.pg_stances)


def test_breach_as_predicate_noun(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The annexation of the peninsula, Annalena Baerbock said, was a flagrant breach of "
        "international law."
    )
    assert any(s.holder == "annalena-baerbock" and s.polarity == "oppose"
               and "annexation" in (s.target_phrase or s.target.label).lower()
               for s in doc._.pg_stances)


def test_feeling_caused_by(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez said he was troubled by the new sanctions on fertiliser.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "sanction")


def test_feeling_as_copula_complement(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez was concerned about the proposed limits on the armed forces of Georgia.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "limits on the armed forces")


def test_real_passive_agent_still_holds(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The truce was opposed by Pedro Sanchez.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "ceasefire")
    doc = run_nlp("Pedro Sanchez was encouraged by Olaf Scholz to back the truce.")
    assert not has_stance(doc, "pedro-sanchez", "support", "olaf scholz")


def test_speaker_before_participle_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Kaja Kallas, chairing her first meeting since replacing Josep Borrell, said the priority "
        "was to send Ukraine more air defence."
    )
    assert any(s.holder == "kaja-kallas" and s.polarity == "support" for s in doc._.pg_stances)


def test_fronted_content_clause_is_not_the_speaker(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Russia is stalling, Kaja Kallas said, and the first task was to send Ukraine air defence.")
    assert not any(s.holder == "russia" for s in doc._.pg_stances)


def test_future_lies_in_a_body(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas said Georgia's future lies in NATO.")
    assert has_stance(doc, "kaja-kallas", "support", "nato membership")
    doc = run_nlp("Maia Sandu said Moldova's place was in the European Union.")
    assert has_stance(doc, "maia-sandu", "support", "membership in the european union")


def test_future_without_owner_or_negated_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maia Sandu said the future is in our hands.")
    assert not any(s.holder == "maia-sandu" for s in doc._.pg_stances)
    doc = run_nlp("Maia Sandu said Moldova's future was not in the Eurasian Union.")
    assert not any(s.holder == "maia-sandu" and s.polarity == "support" for s in doc._.pg_stances)


def test_text_commits_named_party(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The accord commits Poland to support a special tribunal for Russian war crimes.")
    assert has_stance(doc, "poland", "support", "tribunal")


def test_text_commits_its_signatories(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "Moscow condemned the Oslo declaration signed by the Nordic Council. The declaration, "
        "adopted on Monday, binds its signers to long-term security guarantees for Moldova."
    )
    assert has_stance(doc, "nordic-council", "support", "guarantee")


def test_proposal_that_would_bind_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The pact would commit Georgia to neutrality.")
    assert not any(s.holder == "georgia" for s in doc._.pg_stances)
    doc = run_nlp("The plan commits Ukraine to neutrality.")
    assert not any(s.holder == "ukraine" for s in doc._.pg_stances)


def test_offered_in_a_role(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb proposed Helsinki as the host city for any peace negotiations.")
    assert has_stance(doc, "alexander-stubb", "support", "negotiations")
    assert not has_stance(doc, "alexander-stubb", "support", "helsinki")


def test_offered_thing_keeps_its_object(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Alexander Stubb offered sanctions relief as an incentive.")
    assert not any("incentive" in s.target.label.lower() for s in doc._.pg_stances)


def test_warned_consequence_opposes_its_cause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Sergei Shoigu said that Western tanks in Ukraine would mean a catastrophe for Europe.")
    assert any(s.holder == "sergei-shoigu" and s.polarity == "oppose" for s in doc._.pg_stances)


def test_denied_or_unspoken_consequence_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Sergei Shoigu said that Western tanks in Ukraine would not mean escalation.")
    assert not any(s.holder == "sergei-shoigu" and s.polarity == "oppose" for s in doc._.pg_stances)
    doc = run_nlp("Western tanks in Ukraine would mean escalation.")
    assert not doc._.pg_stances
