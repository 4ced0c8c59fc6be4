"""Holder choice: who a pronoun speaker or a reported clause's subject stands for (round 11, s11h)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _pronoun_entity(doc: Doc, index: int = -1) -> str | None:
    """The actor the `index`-th personal pronoun mention of the doc resolved to."""
    pronouns = [m for m in doc._.pg_mentions if getattr(m, "kind", "") == "pronoun"]
    return pronouns[index].entity if pronouns else None


def test_speaker_pronoun_skips_names_inside_the_quote(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Olaf Scholz met reporters in Berlin. "Germany will never accept a settlement '
                  'that Putin dictates," he said.')
    assert _pronoun_entity(doc) == "olaf-scholz"
    assert any(s.holder == "olaf-scholz" and s.polarity == "oppose" for s in doc._.pg_stances)
    assert not any(s.holder == "vladimir-putin" for s in doc._.pg_stances)


def test_pronoun_inside_quote_may_take_a_quoted_name(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('"Putin knows he cannot win," Olaf Scholz said.')
    assert _pronoun_entity(doc, 0) == "vladimir-putin"


def test_who_said_he_binds_the_relative_antecedent(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Hungarian foreign minister criticised Donald Tusk, who said on Monday he "
                  "would support sending more air defence systems to Ukraine.")
    assert _pronoun_entity(doc) == "donald-tusk"
    assert any(s.holder == "donald-tusk" and s.polarity == "support" for s in doc._.pg_stances)


def test_antecedent_of_relative_subject_counts_as_subject(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Pedro Sánchez, who arrived with Olaf Scholz's backing for a joint plan, floated in "
                  'a radio interview a short truce "on land and at sea", which would not cover the '
                  "front line. Spanish ships would join a naval mission only after a ceasefire, he said.")
    assert _pronoun_entity(doc) == "pedro-sanchez"


def test_object_inside_relative_clause_is_no_binder(run_nlp: Callable[..., Doc]) -> None:
    # the relative pronoun stands for the name it follows, not for a name inside its clause
    doc = run_nlp("Olaf Scholz, who met Donald Tusk in Warsaw on Monday, said he would send more "
                  "air defence systems to Ukraine.")
    assert _pronoun_entity(doc) == "olaf-scholz"
    assert not any(s.holder == "donald-tusk" for s in doc._.pg_stances)


def test_leaders_government_is_the_state(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Prime Minister Arseniy Yatsenyuk said his government would scrap the law. Aides "
                  "in Kiev said the government would not sign away territory.")
    assert has_stance(doc, "ukraine", "oppose", "territory")
    assert not has_stance(doc, "arseniy-yatsenyuk", "oppose", "territory")


def test_leaders_negotiators_act_for_the_state(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Volodymyr Zelensky met the envoys on Monday. His negotiators have rejected any "
                  "clause that would let Russia veto a deployment.")
    assert has_stance(doc, "ukraine", "oppose", "clause")


def test_possessor_without_office_keeps_no_state(run_nlp: Callable[..., Doc]) -> None:
    # a journalist's team acts for no state
    doc = run_nlp("Anna Kowalczyk, a reporter, travelled to Kyiv. Her team rejected any clause "
                  "that would let Russia veto a deployment.")
    assert not any(s.holder == "ukraine" for s in doc._.pg_stances)


def _entity_keys(doc: Doc) -> set[str]:
    return {m.entity for m in doc._.pg_mentions}


def test_byline_names_are_no_actors(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Scholz backs the coalition plan\n\nBy Marta Lindqvist, Europe Correspondent, and "
                  "Pavel Horak · Monday 3 March 2025\n\nThe leaders said any peace must guarantee "
                  "Ukraine's sovereignty.")
    keys = _entity_keys(doc)
    assert "marta-lindqvist" not in keys and "pavel-horak" not in keys
    assert not any(s.holder in {"marta-lindqvist", "pavel-horak"} for s in doc._.pg_stances)


def test_line_opening_with_by_and_a_verb_keeps_its_names(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The talks dragged on.\n\nBy then Marta Lindqvist had signed the memorandum.\n\n"
                  "Nobody objected.")
    assert "marta-lindqvist" in _entity_keys(doc)


def test_signatories_are_who_signed_the_text(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Finland, Sweden and Norway signed a joint declaration in Oslo on Friday. The "
                  "signatories commit to send more air defence systems to Ukraine.")
    holders = {s.holder for s in doc._.pg_stances if s.polarity == "support"}
    assert {"finland", "sweden", "norway"} <= holders


def test_signatories_without_a_signed_text_stay_unresolved(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Finland criticised the pace of the talks in Oslo on Friday. The signatories "
                  "commit to send more air defence systems to Ukraine.")
    assert not any(s.holder == "finland" and s.polarity == "support" for s in doc._.pg_stances)
