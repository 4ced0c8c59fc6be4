"""Mechanisms found by the topic probes (tests/data/probes/topics.yaml: sanctions, ceasefires,
prisoners, territory, assets, weapons, moratoria, spending; stop 15), on sentences in other
words."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

Run = Callable[..., Doc]
Has = Callable[..., bool]


def _labels(doc: Doc, holder: str) -> list[str]:
    return [s.target_label.lower() for s in doc._.pg_stances if s.holder == holder]


# -- a passive act done to the object


def test_passive_infinitive_lifting_undoes_its_subject(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Peter Szijjarto called for the sanctions on Belarusian potash to be lifted.")
    assert has_stance(doc, "peter-szijjarto", "oppose", "sanction")
    assert not has_stance(doc, "peter-szijjarto", "support", "sanction")


def test_demanded_passive_withdrawal_is_the_withdrawal(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Maia Sandu demanded that Russian troops be withdrawn from Transnistria.")
    assert has_stance(doc, "maia-sandu", "support", "withdrawal")
    assert not has_stance(doc, "maia-sandu", "support", "deployment")
    assert not has_stance(doc, "maia-sandu", "oppose", "withdrawal")


def test_object_of_passive_infinitive_is_no_addressee(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Kaja Kallas called for the Eastern Sentry mission to be extended.")
    assert has_stance(doc, "kaja-kallas", "support", "eastern sentry")


def test_passive_withdrawal_from_a_place_is_nobody_leaving(run_nlp: Run) -> None:
    doc = run_nlp("Maia Sandu said Russian troops were withdrawn from the village.")
    assert not any(s.rule.endswith("withdraw from") for s in doc._.pg_stances)


def test_negated_passive_reversal_keeps_the_thing(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Gitanas Nauseda demanded that the sanctions on Belarusian banks not be suspended.")
    assert has_stance(doc, "gitanas-nauseda", "support", "sanction")
    assert not has_stance(doc, "gitanas-nauseda", "oppose", "sanction")


# -- denied futures


def test_denied_undoing_keeps_what_it_would_undo(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Gitanas Nauseda said there would be no easing of sanctions on Belarus.")
    assert has_stance(doc, "gitanas-nauseda", "support", "sanction")
    assert not has_stance(doc, "gitanas-nauseda", "oppose", "sanction")


def test_could_be_no_rules_out(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Alexander Stubb said there could be no recognition of the annexation.")
    assert has_stance(doc, "alexander-stubb", "oppose", "recogni")


# -- threats guard what their condition harms


def test_retaliation_for_a_breach_supports_the_truce(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Keir Starmer said Britain would respond with new sanctions if Moscow breached the truce.")
    assert has_stance(doc, "keir-starmer", "support", "ceasefire")
    assert not has_stance(doc, "keir-starmer", "oppose", "ceasefire")
    assert has_stance(doc, "keir-starmer", "support", "sanction")


def test_retaliation_for_an_attack_opposes_the_attack(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Keir Starmer said Britain would respond if Russia attacked Moldova.")
    assert has_stance(doc, "keir-starmer", "oppose", "invasion")
    assert not has_stance(doc, "keir-starmer", "support", "invasion")


# -- preferences and contrasts


def test_favoured_over_opposes_the_alternative(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Petr Pavel favoured a peace treaty over an armistice.")
    assert has_stance(doc, "petr-pavel", "support", "peace treaty")
    assert has_stance(doc, "petr-pavel", "oppose", "ceasefire")
    assert not has_stance(doc, "petr-pavel", "support", "ceasefire")


def test_control_over_is_no_alternative(run_nlp: Run) -> None:
    doc = run_nlp("Petr Pavel favoured Ukrainian control over the plant.")
    assert not any(s.polarity == "oppose" for s in doc._.pg_stances)


def test_contrast_runs_over_a_hyphenated_word(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Petr Pavel favoured a permanent settlement rather than a short-term ceasefire.")
    assert has_stance(doc, "petr-pavel", "oppose", "ceasefire")
    assert not has_stance(doc, "petr-pavel", "support", "ceasefire")


# -- content the parser hung elsewhere


def test_preposition_hung_on_the_verb_names_the_plan(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Alexander Stubb backed the Finnish plan for a truce.")
    assert has_stance(doc, "alexander-stubb", "support", "ceasefire")


def test_moratorium_on_energy_strikes(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Andrii Sybiha welcomed the moratorium on attacks on energy facilities.")
    assert has_stance(doc, "andrii-sybiha", "support", "moratorium")
    assert has_stance(doc, "andrii-sybiha", "support", "energy facilities", phrase=True)
    assert not has_stance(doc, "andrii-sybiha", "support", "invasion")


def test_a_time_is_no_content(run_nlp: Run) -> None:
    doc = run_nlp("Andrii Sybiha welcomed the agreement on Monday.")
    assert all("monday" not in label for label in _labels(doc, "andrii-sybiha"))


def test_split_name_is_one_phrase(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Boris Johnson backed the Sky Shield plan to protect western Ukraine from the air.")
    assert has_stance(doc, "boris-johnson", "support", "sky shield")


def test_thing_named_after_an_actor_keeps_its_name(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Maia Sandu welcomed the Moldova Growth Plan.")
    assert has_stance(doc, "maia-sandu", "support", "growth plan")


# -- restrictions


def test_restriction_is_the_target(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Maia Sandu rejected any ban on Moldova's membership of the European Union.")
    assert has_stance(doc, "maia-sandu", "oppose", "ban")
    doc = run_nlp("Sergei Lavrov demanded a moratorium on NATO enlargement.")
    assert has_stance(doc, "sergei-lavrov", "support", "moratorium")
    assert not has_stance(doc, "sergei-lavrov", "support", "nato expansion")


def test_lifting_restrictions_opposes_them(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Andrii Sybiha urged Washington to lift the restrictions on long-range weapons.")
    assert has_stance(doc, "andrii-sybiha", "oppose", "restrictions")
    assert not has_stance(doc, "andrii-sybiha", "oppose", "military aid")


# -- triggers


def test_verb_coordinated_with_a_question_verb(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Viktor Orban questioned the aid package and demanded a referendum.")
    assert has_stance(doc, "viktor-orban", "support", "referendum")


def test_asked_someone_for_something(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Maia Sandu asked Brussels for more financial support.")
    assert has_stance(doc, "maia-sandu", "support", "aid")
    assert not has_stance(doc, "maia-sandu", "support", "european union")


def test_asked_people_for_patience_is_nothing(run_nlp: Run) -> None:
    doc = run_nlp("Maia Sandu asked the journalists for patience.")
    assert not any(s.holder == "maia-sandu" for s in doc._.pg_stances)


def test_ready_for_a_free_phrase(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Maia Sandu said Moldova was ready for early elections in the autumn.")
    assert has_stance(doc, "maia-sandu", "support", "election")


def test_thing_ready_is_no_offer(run_nlp: Run) -> None:
    doc = run_nlp("Yuri Ushakov said a meeting could follow once the text was ready for signing.")
    assert all("signing" not in label for label in _labels(doc, "yuri-ushakov"))


# -- topics and their labels


def test_strikes_inside_russia(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Olaf Scholz opposed letting Kyiv hit targets in Russia with German weapons.")
    assert has_stance(doc, "olaf-scholz", "oppose", "inside russia")


def test_possessor_imposes_sanctions(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Andrii Sybiha welcomed Canada's sanctions on Russian oil traders.")
    assert has_stance(doc, "andrii-sybiha", "support", "sanction")
    assert not has_stance(doc, "andrii-sybiha", "support", "against canada")


def test_prisoner_agreement_in_istanbul_is_no_communique(run_nlp: Run) -> None:
    doc = run_nlp(
        "Rustem Umerov praised the agreement on the exchange of bodies reached in Istanbul.",
        date="2025-06-03",
    )
    assert all("istanbul communiqu" not in label for label in _labels(doc, "rustem-umerov"))


def test_ceding_is_a_territorial_concession_by_a_party(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Donald Trump suggested a swap of territory between the two sides.")
    assert has_stance(doc, "donald-trump", "support", "territorial concessions")
    doc = run_nlp("Sergei Shoigu demanded that Ukraine cede the rest of the Zaporizhzhia region.")
    assert has_stance(doc, "sergei-shoigu", "support", "territorial concessions")
    assert not any("concessions by zaporizhzhia" in label for label in _labels(doc, "sergei-shoigu"))


def test_give_up_a_place(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Vladimir Putin urged Kyiv to give up Zaporizhzhia.")
    assert has_stance(doc, "vladimir-putin", "support", "zaporizhzhia")


def test_place_kept_in_a_state(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Sergei Lavrov insisted that Crimea would remain Russian.")
    assert has_stance(doc, "sergei-lavrov", "support", "crimea")


def test_judgement_name_is_no_part_of_the_target(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Maria Zakharova dismissed the seizure of Russian reserves as piracy.")
    assert has_stance(doc, "maria-zakharova", "oppose", "seizure")
    assert all("piracy" not in label for label in _labels(doc, "maria-zakharova"))


def test_a_role_as_is_no_judgement_name(run_nlp: Run) -> None:
    doc = run_nlp("Budapest rejected any role for Lithuania as a guarantor.")
    assert any("guarantor" in label for label in _labels(doc, "hungary"))


def test_defence_spending(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Giorgia Meloni said Italy must spend more on defence.")
    assert has_stance(doc, "giorgia-meloni", "support", "defence spending")


def test_gerund_as_a_noun_keeps_its_form(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Donald Tusk supported air policing over Ukraine by Polish jets.")
    assert has_stance(doc, "donald-tusk", "support", "air policing")


def test_noun_and_gerund_split_by_the_parser(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Mark Rutte backed air policing over Moldova by allied jets.")
    assert has_stance(doc, "mark-rutte", "support", "air policing")


def test_object_before_joining_is_the_joiner(run_nlp: Run, has_stance: Has) -> None:
    doc = run_nlp("Kaja Kallas supported Georgia joining NATO.")
    assert has_stance(doc, "kaja-kallas", "support", "membership of georgia")
    assert not has_stance(doc, "kaja-kallas", "support", "membership of kaja")
