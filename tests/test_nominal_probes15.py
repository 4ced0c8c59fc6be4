"""Stances held through nouns, adjectives and appositives (stop 15): agent nouns ("X, a vocal
critic of Y"), a possession verb with the holder in an "of" phrase ("Y has the backing of X"), an
owner's opposing stance noun under another stance verb ("condemned X's veto of Y"), "no longer"
on a copula or auxiliary, an adjective's phrase hung on the copula, circumstances that govern no
stance noun ("Despite X's opposition to Y")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

# -- agent nouns (stance_agents.py)

def test_appositive_critic(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Tomio Okamura, a loud critic of arms deliveries to Kyiv, entered the cabinet.")
    assert has_stance(doc, "tomio-okamura", "oppose", "arms deliveries", phrase=True)


def test_appositive_opponent_person(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Marine Le Pen, a longstanding opponent of sanctions on Moscow, voted against the text.")
    assert has_stance(doc, "marine-le-pen", "oppose", "sanction")


def test_predicate_backer(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mette Frederiksen has been a steadfast backer of a special tribunal for Russian leaders.")
    assert has_stance(doc, "mette-frederiksen", "support", "tribunal")


def test_among_the_advocates(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Edgars Rinkevics is among the most consistent advocates of confiscating Russian central bank assets.")
    assert has_stance(doc, "edgars-rinkevics", "support", "asset")


def test_one_of_critics_takes_the_owner(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel, one of Robert Fico's harshest critics, spoke in Prague.")
    assert has_stance(doc, "petr-pavel", "oppose", "fico")


def test_critics_including_member(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Opponents of the energy deal, including Lithuania, warned it would fund the war.")
    assert has_stance(doc, "lithuania", "oppose", "deal")


def test_no_fan_is_opposition(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb is no fan of a freeze along the current front line.")
    assert has_stance(doc, "alexander-stubb", "oppose", "")
    assert not has_stance(doc, "alexander-stubb", "support", "")


def test_critics_of_a_person_hold_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Critics of Keir Starmer said the coalition of the willing was a talking shop.")
    assert not any(s.holder == "keir-starmer" for s in doc._.pg_stances)


def test_owner_of_critics_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Giorgia Meloni's critics in Rome attacked the plan to send engineers to Ukraine.")
    assert not any(s.holder == "giorgia-meloni" for s in doc._.pg_stances)


def test_former_and_once_hold_nothing(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Sauli Niinisto, a former opponent of NATO membership for Finland, signed the application.")
    assert not has_stance(doc, "sauli-niinisto", "oppose", "")
    doc = run_nlp("Pedro Sanchez, once a sceptic of higher defence budgets, now backs them.")
    assert not has_stance(doc, "pedro-sanchez", "oppose", "budget")


def test_no_longer_a_supporter(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Andrej Babis is no longer a supporter of the Czech ammunition initiative.")
    assert not has_stance(doc, "andrej-babis", "support", "ammunition")


def test_sports_title_is_no_cause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Vasyl Lomachenko, the lightweight champion of the world, trained in Kyiv.")
    assert doc._.pg_stances == []


# -- a possession verb with the holder in its "of" phrase

def test_has_support_of_actors(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The Estonian proposal for a Baltic drone wall has the support of Finland and Poland.")
    assert has_stance(doc, "finland", "support", "drone")
    assert has_stance(doc, "poland", "support", "drone")


def test_enjoys_backing_of_person(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The plan for a Black Sea demining mission enjoys the backing of Recep Tayyip Erdogan.")
    assert has_stance(doc, "recep-tayyip-erdogan", "support", "demining")


def test_support_of_a_non_actor_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Swedish bid had the support of most voters.")
    assert not any(s.holder == "sweden" for s in doc._.pg_stances)


# -- an owner's opposing stance noun under a stance verb

def test_condemned_veto_supports_its_object(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Donald Tusk criticised Hungary's veto of the EU loan for Ukraine.")
    assert has_stance(doc, "donald-tusk", "support", "loan")
    assert not has_stance(doc, "donald-tusk", "oppose", "loan")


def test_praised_opposition_opposes_its_object(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Maria Zakharova praised Slovakia's opposition to the new sanctions.")
    assert has_stance(doc, "maria-zakharova", "oppose", "sanction")
    assert not any("against slovakia" in s.target.label.lower() for s in doc._.pg_stances)


def test_welcomed_support_is_unchanged(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Andrii Sybiha welcomed Norway's support for the air defence coalition.")
    assert has_stance(doc, "andrii-sybiha", "support", "")
    assert not has_stance(doc, "andrii-sybiha", "oppose", "")


# -- negation, adjectives and circumstances

def test_no_longer_on_the_copula(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Vienna is no longer keen on the gas transit deal with Gazprom.")
    assert not has_stance(doc, "austria", "support", "gas")
    doc = run_nlp("Budapest is no longer opposed to the aid package.")
    assert not has_stance(doc, "hungary", "oppose", "aid")


def test_adjective_phrase_hung_on_copula(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Karl Nehammer remained cool on the idea of Austrian troops in Ukraine.")
    assert has_stance(doc, "karl-nehammer", "oppose", "troop")


def test_dead_set_against(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Sergei Lavrov is dead set against any European peacekeepers in Ukraine.")
    assert has_stance(doc, "sergei-lavrov", "oppose", "peacekeep", phrase=True)


def test_despite_owner_keeps_the_stance(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Despite Bulgaria's objection to the new tariffs, the ministers called for a vote.")
    assert has_stance(doc, "bulgaria", "oppose", "tariff")


# -- a stance noun's own act or "that" clause composes with it

def test_refusal_to_condemn_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Aleksandar Vucic's refusal to condemn the annexation drew criticism in Brussels.")
    assert not any(s.holder == "aleksandar-vucic" and "annex" in s.target.label.lower() for s in doc._.pg_stances)


def test_refusal_to_send_stays_a_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Leo Varadkar's refusal to send Irish soldiers to the mission was no surprise.")
    assert has_stance(doc, "leo-varadkar", "oppose", "")


def test_call_to_lift_opposes(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Peter Szijjarto repeated his call to lift the sanctions on Russian energy.")
    assert has_stance(doc, "peter-szijjarto", "oppose", "sanction")
    assert not has_stance(doc, "peter-szijjarto", "support", "sanction")


def test_insistence_that_clause(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Andrii Sybiha's insistence that the ceasefire come with security guarantees annoyed Moscow.")
    assert has_stance(doc, "andrii-sybiha", "support", "guarantee")


def test_insistence_that_denied_clause(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Maria Zakharova's insistence that foreign troops would never be tolerated was noted.")
    assert not has_stance(doc, "maria-zakharova", "support", "troop")


# -- more holders of a stance noun or agent noun

def test_whose_opposition(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Karol Nawrocki, whose opposition to the Mercosur deal is no secret, met farmers.")
    assert has_stance(doc, "karol-nawrocki", "oppose", "mercosur")


def test_met_with_resistance_from(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The idea of a price cap met with stiff resistance from Greece.")
    assert has_stance(doc, "greece", "oppose", "price cap", phrase=True)


def test_drew_the_ire_of(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The decision to reopen the pipeline drew the ire of Poland.")
    assert has_stance(doc, "poland", "oppose", "pipeline")


def test_conjoined_agent_nouns(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Matteo Salvini, a backer of a quick truce and a foe of sanctions, addressed the rally.")
    assert has_stance(doc, "matteo-salvini", "oppose", "sanction")


def test_emerged_as_and_seen_as(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petteri Orpo has emerged as a vocal proponent of a joint European air shield.")
    assert has_stance(doc, "petteri-orpo", "support", "shield")


def test_object_named_as_agent_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Beijing portrays Washington as a champion of endless war.")
    assert not any(s.holder == "united-states" for s in doc._.pg_stances)


def test_believer_in(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Edgars Rinkevics is a firm believer in a permanent NATO brigade in Latvia.")
    assert has_stance(doc, "edgars-rinkevics", "support", "brigade")


# -- first-person possessors, past stance nouns, rivals

def test_our_opposition_in_a_quote(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('"Our support for the special tribunal is unwavering," Kaja Kallas told reporters.')
    assert has_stance(doc, "kaja-kallas", "support", "tribunal")


def test_our_opposition_unspoken_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Our opposition to the grain import ban is well founded.")
    assert doc._.pg_stances == []


def test_former_support_noun(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Austria's former support for the gas transit deal is now a liability.")
    assert not has_stance(doc, "austria", "support", "gas")
    doc = run_nlp("Austria's support for the gas transit deal is now a liability.")
    assert has_stance(doc, "austria", "support", "gas")


def test_election_rival_is_no_opponent(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Yulia Tymoshenko, Petro Poroshenko's opponent in the 2014 election, spoke in Lviv.")
    assert not any("poroshenko" in s.target.label.lower() for s in doc._.pg_stances)
