"""The article's own outlet (its `source`) asks and reports; it holds no stance."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pactgraph.records import Article


def _run(nlp: Language, text: str, source: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.pg_article = Article(id="test-doc", text=text, source=source)
    return nlp(doc)


def test_own_outlet_holds_no_stance(nlp: Language) -> None:
    text = "The Courier supports the deployment of troops to Ukraine."
    own = _run(nlp, text, "Danube Courier (English edition)")
    other = _run(nlp, text, "Baltic Times")
    assert [s.holder for s in own._.pg_stances] == []
    assert [s.holder for s in other._.pg_stances] == ["courier"]


def test_known_actor_in_the_outlet_name_keeps_its_stances(nlp: Language) -> None:
    doc = _run(nlp, "NATO supports the deployment of troops to Ukraine.", "NATO Review")
    assert [s.holder for s in doc._.pg_stances] == ["nato"]


def test_own_outlet_asking_a_question_is_no_speaker(nlp: Language) -> None:
    text = (
        "Karl Nehammer arrived late. Asked by the Herald whether he was disappointed by the "
        "absence of the membership language, the Austrian chancellor was diplomatic: "
        '"Our place is in Europe, and we will help Ukraine."'
    )
    # the name is read as a person here: the outlet is known by its name, not its type
    own = _run(nlp, text, "Adriatic Herald")
    assert not [s for s in own._.pg_stances if s.holder == "herald"]
