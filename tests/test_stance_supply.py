"""Own supplies stated as future acts: a furnishing verb's "with" phrase is what is given when its
object is a named actor ("will provide Ukraine with air defence"); an aspect verb keeps a future
act's force ("will continue supplying weapons"); munitions and weapon systems are military aid."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _rows(doc: Doc) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target_label) for s in doc._.pg_stances}


def test_furnishing_verb_gives_its_with_phrase(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Germany will provide Ukraine with more air defence.")
    assert any(h == "germany" and p == "support" and "air defence" in t for h, p, t in _rows(doc))
    assert not any(h == "germany" and t == "Ukraine" for h, p, t in _rows(doc))


def test_furnishing_verb_with_a_thing_as_object_keeps_it(run_nlp: Callable[..., Doc]) -> None:
    # no named actor as object: the object is what is given
    doc = run_nlp("Norway will provide funding with no conditions attached.")
    assert all("conditions" not in t for _, _, t in _rows(doc))


def test_equip_is_a_contribution(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Spain will equip Ukraine with tanks.")
    assert any(h == "spain" and p == "support" and "tanks" in t for h, p, t in _rows(doc))


def test_aspect_verb_keeps_the_future_act(run_nlp: Callable[..., Doc]) -> None:
    for text in ("Denmark will continue supplying weapons to Ukraine.",
                 "Denmark will continue to supply weapons to Ukraine.",
                 "Belgium would keep delivering ammunition to Kyiv."):
        doc = run_nlp(text)
        assert any(p == "support" and "military aid" in t for _, p, t in _rows(doc)), text


def test_past_supply_under_aspect_verb_is_a_fact(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Canada continued supplying weapons to Ukraine last year.")
    assert not doc._.pg_stances


def test_munitions_are_military_aid(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Czech Republic will send artillery shells to Ukraine.")
    assert any(h == "czech-republic" and "military aid" in t for h, _, t in _rows(doc))


def test_attack_with_drones_is_not_military_aid(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The European Union condemned the drone attack on Kyiv.")
    assert all("military aid" not in t for _, _, t in _rows(doc))


def test_sum_names_what_it_is_of_or_in(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Japan pledged 4.5 billion dollars in new aid to Ukraine.")
    assert any(h == "japan" and p == "support" and "aid" in t for h, p, t in _rows(doc))
    doc = run_nlp("Germany will provide 500 million euros of military aid.")
    assert any(h == "germany" and "military aid" in t for h, _, t in _rows(doc))


def test_sum_for_a_year_keeps_what_it_is_of(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Emmanuel Macron announced three billion euros of additional military aid for 2024.")
    got = _rows(doc)
    assert any(h == "emmanuel-macron" and "military aid" in t for h, _, t in got)
    assert not any("2024" in t for _, _, t in got)
