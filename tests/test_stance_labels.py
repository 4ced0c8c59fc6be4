"""Stance target labels (nlp/stances.py): one shared curated topic node per topic, the text's own
words as the stance's target phrase, and the graph/query side of it. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from pactgraph.records import Stance, Target

pytestmark = pytest.mark.slow


def _stances(run_nlp, text: str) -> list[Stance]:
    return list(run_nlp(text)._.pg_stances)


def test_same_topic_from_different_words_is_one_node(run_nlp) -> None:
    a = _stances(run_nlp, "Denmark welcomed the summit in Reykjavik.")
    b = _stances(run_nlp, "Norway welcomed the meeting in Reykjavik.")
    assert len(a) == len(b) == 1
    assert a[0].target.key == b[0].target.key and a[0].target.label == b[0].target.label
    assert a[0].target_phrase == "summit in Reykjavik"
    assert a[0].target_label == f"{a[0].target.label} (summit in Reykjavik)"


def test_phrase_is_left_out_when_the_label_says_it(run_nlp) -> None:
    [st] = _stances(run_nlp, "Austria opposed the sanctions.")
    assert st.target.label == "sanctions" and st.target_phrase is None
    assert st.target_label == "sanctions"


def test_reversal_phrase_names_what_is_undone(run_nlp) -> None:
    [st] = _stances(run_nlp, "Estonia condemned the suspension of arms deliveries to Georgia.")
    assert st.polarity == "support"  # condemning a suspension supports the deliveries
    assert st.target_phrase is not None and "suspension" not in st.target_phrase


def test_target_label_property_matches_the_query_rule() -> None:
    target = Target("topic", "ceasefire", "ceasefire")
    st = Stance("x", "demand", "support", target, 0, 0, 1, "t", target_phrase="a lasting truce")
    assert st.target_label == "ceasefire (a lasting truce)"
    same = Stance("x", "demand", "support", target, 0, 0, 1, "t", target_phrase="Ceasefire")
    assert same.target_label == "ceasefire"


def test_graph_keeps_one_topic_node_and_the_query_adds_the_phrase(nlp, tmp_path) -> None:
    from pactgraph.pipeline import build_graph
    from pactgraph.query import load_query, run_query
    from pactgraph.validate import validate

    for name, text in {
        "a.txt": "Reykjavik talks\n\nDenmark welcomed the summit in Reykjavik on Friday.\n",
        "b.txt": "Reykjavik talks\n\nNorway welcomed the meeting in Reykjavik on Friday.\n",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = build_graph(sorted(tmp_path.glob("*.txt")), nlp=nlp)
    assert validate(graph).conforms
    variables, rows = run_query(graph, load_query("stances"), union=True)
    assert variables[:8] == ["doc", "holder", "holderLabel", "stanceType", "polarity", "target",
                             "targetLabel", "sentence"]
    by_holder = {r["holderLabel"]: r for r in rows}
    assert by_holder["Denmark"]["target"] == by_holder["Norway"]["target"]  # one topic node
    assert by_holder["Denmark"]["targetLabel"].endswith("(summit in Reykjavik)")
    assert "(" not in by_holder["Norway"]["targetLabel"] or "meeting in Reykjavik" in (
        by_holder["Norway"]["targetLabel"]
    )


def test_possessor_of_an_invasion_is_the_invader(run_nlp) -> None:
    [st] = _stances(run_nlp, "Portugal condemned Serbia's invasion of Kosovo.")
    assert st.target.label == "invasion of Kosovo by Serbia"
    [st] = _stances(run_nlp, "Portugal condemned Serbia's aggression.")
    assert st.target.label == "invasion by Serbia"


def test_membership_is_never_of_the_alliance_itself(run_nlp) -> None:
    [st] = _stances(run_nlp, "Austria backed Moldova's membership of NATO.")
    assert st.target.label == "NATO membership of Moldova"


def test_the_one_joining_is_the_subject_of_join(run_nlp) -> None:
    stances = _stances(run_nlp, "Moldova is ready to join NATO, its foreign minister said.")
    assert [st.target.label for st in stances] == ["NATO membership of Moldova"]


def test_no_talks_of_a_holder_with_itself(run_nlp) -> None:
    got = _stances(run_nlp, "Viktor Orban wanted talks with Viktor Orban.")
    assert got == []
