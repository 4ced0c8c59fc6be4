"""Stances given as answers (`nlp/stance_answer.py`, s15): a question supplies the target, the
answer the polarity and the holder; evasions and statements of something else answer nothing."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

DATE = "2025-06-20"


def _about(doc: Doc, word: str) -> list[str]:
    return [
        f"{s.holder} {s.polarity}" for s in doc._.pg_stances
        if word in s.target_label.lower() and s.polarity != "neutral"
    ]


# bare answer words (lexicon `yes_answers`, `no_answers`)


def test_of_course_not_denies_the_question(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Asked whether Portugal would send frigates to the Black Sea, Luis Montenegro said: "Of course not."', date=DATE)
    assert has_stance(doc, "luis-montenegro", "oppose", "frigates", phrase=True)
    assert not has_stance(doc, "luis-montenegro", "support", "frigates", phrase=True)


def test_a_statement_starting_with_no_is_no_answer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Portugal would send frigates to the Black Sea, Luis Montenegro said no request had arrived.", date=DATE)
    assert _about(doc, "frigates") == []


def test_yes_with_an_agreeing_ellipsis(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Asked whether Estonia would send more howitzers to Ukraine, Kristen Michal replied: "Yes, we will."', date=DATE)
    assert has_stance(doc, "kristen-michal", "support", "howitzers", phrase=True)


def test_a_contradictory_answer_says_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Asked whether Estonia would send more howitzers to Ukraine, Kristen Michal replied: "No, we will."', date=DATE)
    assert _about(doc, "howitzers") == []


# elliptic answers


def test_elliptic_would_not(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked if Romania would deploy soldiers to Ukraine, Nicusor Dan said his country would not.", date=DATE)
    assert has_stance(doc, "nicusor-dan", "oppose", "troops")
    assert not has_stance(doc, "nicusor-dan", "support", "troops")


def test_readiness_without_complement(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked if Romania would deploy soldiers to Ukraine, Nicusor Dan replied that Bucharest was ready.", date=DATE)
    assert has_stance(doc, "nicusor-dan", "support", "troops")


def test_wait_and_see_is_an_evasion(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked if Romania would deploy soldiers to Ukraine, Nicusor Dan said his country would wait and see.", date=DATE)
    assert _about(doc, "troops") == []


# a pronoun judged after a whether-question


def test_that_was_out_of_the_question(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked whether Finland would recognise Russian control of Karelia, Elina Valtonen said that was out of the question.", date=DATE)
    assert has_stance(doc, "elina-valtonen", "oppose", "karelia", phrase=True)


def test_a_pronoun_not_judged_answers_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Finland would recognise Russian control of Karelia, Elina Valtonen said that was a question for parliament.", date=DATE)
    assert _about(doc, "karelia") == []


# a pronoun or an attitude after a question about a thing


def test_asked_about_a_thing_it_was_off_the_table(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked about the grain corridor proposal, Radoslaw Sikorski said it was off the table.", date=DATE)
    assert has_stance(doc, "radoslaw-sikorski", "oppose", "proposal", phrase=True)


def test_asked_about_a_thing_it_was_complicated(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked about the grain corridor proposal, Radoslaw Sikorski said it was complicated.", date=DATE)
    assert _about(doc, "proposal") == []


def test_attitude_in_answer_judges_the_topic(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked about the Swiss mediation offer, Sergei Lavrov was dismissive.", date=DATE)
    assert has_stance(doc, "sergei-lavrov", "oppose", "offer", phrase=True)


def test_evasive_attitude_answers_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked about the Swiss mediation offer, Sergei Lavrov was noncommittal.", date=DATE)
    assert _about(doc, "offer") == []


# transcripts


def test_transcript_turn_answers_the_question(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Q: Would Latvia send instructors to Ukraine?\nA (Silina): Yes, we would.", date=DATE)
    assert has_stance(doc, "evika-silina", "support", "instructors", phrase=True)


def test_transcript_evasion(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Q: Would Latvia send instructors to Ukraine?\nA (Silina): We will see what the allies decide.", date=DATE)
    assert _about(doc, "instructors") == []


def test_transcript_no_refuses_an_own_act(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("QUESTION: Will Norway recognise the annexed regions?\nANSWER (Store): Never.", date=DATE)
    assert has_stance(doc, "jonas-gahr-store", "oppose", "regions", phrase=True)


# the question in the sentence before


def test_answer_in_the_next_sentence(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("A journalist asked Gitanas Nauseda whether Lithuania would send more air defence systems to Kyiv. He said yes.", date=DATE)
    assert has_stance(doc, "gitanas-nauseda", "support", "air defence", phrase=True)


def test_no_answer_in_the_next_sentence(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("A journalist asked Gitanas Nauseda whether Lithuania would send troops to Ukraine. He said he would discuss it with the government.", date=DATE)
    assert _about(doc, "troops") == []


# who holds the answer


def test_third_party_act_is_the_third_partys(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Moscow would accept NATO troops in Ukraine, Radoslaw Sikorski said no.", date=DATE)
    holders = {s.holder for s in doc._.pg_stances if "troops" in s.target_label.lower()}
    assert "radoslaw-sikorski" not in holders
    assert holders <= {"russia"}


def test_refusal_verb_answered_no(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Asked whether Ukraine would give up Zaporizhzhia, Andrii Sybiha said: "Never."', date=DATE)
    assert has_stance(doc, "andrii-sybiha", "oppose", "zaporizhzhia", phrase=True)


def test_refusal_verb_answered_yes_is_no_refusal(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Ukraine would give up Zaporizhzhia, Andrii Sybiha said yes.", date=DATE)
    assert "andrii-sybiha oppose" not in _about(doc, "zaporizhzhia")


# pressed participles


def test_pressed_on_a_topic_demands_nothing(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pressed on the ceasefire talks, Steve Witkoff said progress was slow.", date=DATE)
    assert not has_stance(doc, "steve-witkoff", "support", "negotiations")
    assert _about(doc, "talks") == []


def test_pressing_for_a_topic_still_demands(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Steve Witkoff pressed for ceasefire talks in Riyadh.", date=DATE)
    assert any(s.holder == "steve-witkoff" and s.polarity == "support" for s in doc._.pg_stances)


# formal answers and pro-forms


def test_answered_in_the_negative(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked whether Croatia would send helicopters to Ukraine, Andrej Plenkovic answered in the negative.", date=DATE)
    assert has_stance(doc, "andrej-plenkovic", "oppose", "helicopters", phrase=True)


def test_answered_with_a_place_is_no_answer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Croatia would send helicopters to Ukraine, Andrej Plenkovic answered in Zagreb.", date=DATE)
    assert _about(doc, "helicopters") == []


def test_pro_form_stands_for_the_question(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Asked whether Belgium would train Ukrainian pilots, Bart De Wever said: "We will do that."', date=DATE)
    assert has_stance(doc, "bart-de-wever", "support", "pilots", phrase=True)


def test_another_verb_after_the_auxiliary_is_no_ellipsis(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Asked whether Belgium would train Ukrainian pilots, Bart De Wever said: "We will think about that."', date=DATE)
    assert _about(doc, "pilots") == []


def test_a_third_partys_future_act_is_a_forecast(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Beijing would host a peace conference, Keir Starmer said yes.", date=DATE)
    assert not any(s.holder in {"china", "keir-starmer"} for s in doc._.pg_stances)


def test_an_own_future_act_is_a_contribution(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked whether Britain would host a peace conference, Keir Starmer said yes.", date=DATE)
    assert has_stance(doc, "keir-starmer", "support", "conference", phrase=True)


# a pronoun object in the answer, and particles split from their verb


def test_pronoun_object_stands_for_the_question(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked whether Norway would send frigates to the Baltic, Jonas Gahr Store said he would not rule it out.", date=DATE)
    assert has_stance(doc, "jonas-gahr-store", "support", "frigates", phrase=True)


def test_pronoun_object_after_an_act_against_stands_for_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Slovakia would veto the aid package, Robert Fico said he would not rule it out.", date=DATE)
    assert "robert-fico support" not in _about(doc, "aid")


def test_pronoun_object_after_a_question_about_a_thing(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked about the Finnish border proposal, Kaja Kallas said the EU would endorse it.", date=DATE)
    assert has_stance(doc, "kaja-kallas", "support", "proposal", phrase=True)


def test_particle_after_the_object(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban turned the Commission's offer down.", date=DATE)
    assert has_stance(doc, "viktor-orban", "oppose", "offer", phrase=True)


def test_preposition_after_the_object_is_an_adjunct(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Turkey withdrew its observers from the monitoring mission.", date=DATE)
    assert not any(s.holder == "turkey" and "mission" in s.target_label.lower() for s in doc._.pg_stances)


def test_not_ruling_out_is_no_refusal(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Pedro Sanchez said Spain would not rule out a naval mission in the Black Sea.", date=DATE)
    assert "pedro-sanchez oppose" not in _about(doc, "mission")
    assert "pedro-sanchez support" in _about(doc, "mission")
