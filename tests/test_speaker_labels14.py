"""Speaker labels of live blogs and transcripts (stop 14): a timestamp before the label, a name in
brackets after a turn label, a question and its answer in one paragraph, an unnamed answer given
to the one person the introduction names; datelines, section headers and prose colons name no
speaker."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pactgraph.nlp.speaker_labels import LabelReader

READER = LabelReader(["q", "question", "a", "answer", "moderator"], ["a", "answer"],
                     ["gmt", "cet", "kyiv time"])


def _speakers(doc: Doc) -> dict[str, str | None]:
    return {q.text: q.speaker for q in doc._.pg_quotes}


def test_timestamp_is_skipped_before_the_label() -> None:
    for text, label in (("16:02 — Sanchez: Spain ...", "Sanchez"),
                        ("9.47am GMT Frederiksen: Denmark ...", "Frederiksen"),
                        ("[11:30 Kyiv time] Budanov: ...", "Budanov")):
        start = READER.start(text, 0, len(text))
        assert start.stamped and text[start.at:].startswith(label), text


def test_no_timestamp_no_skip() -> None:
    for text in ("Sanchez: Spain ...", "In 2024: a year of ...", "2.5 percent: the target"):
        start = READER.start(text, 0, len(text))
        assert not start.stamped and start.at == 0, text


def test_bracketed_name_after_turn_label_only() -> None:
    text = "A (Defence Minister Kosiniak-Kamysz): We are ready."
    start = READER.start(text, 0, len(text))
    assert start.name_lo is not None and text[start.name_lo:start.name_hi] == "Defence Minister Kosiniak-Kamysz"
    for other in ("Poland (and its allies): we are ready.", "QUESTION (Reuters): Are you ready?"):
        assert READER.start(other, 0, len(other)).name_lo is None, other


def test_question_and_answer_in_one_paragraph_are_cut() -> None:
    text = "Q: Is Spain ready? A (Sanchez): Yes. Spain is ready."
    assert [text[a:b].strip() for a, b in READER.turns(text, 0, len(text))] == [
        "Q: Is Spain ready?", "A (Sanchez): Yes. Spain is ready."]
    prose = "Sanchez said he was ready. A spokesman declined to comment."
    assert READER.turns(prose, 0, len(prose)) == [(0, len(prose))]


def test_timestamped_label_holds_the_stance(run_nlp: Callable[..., Doc],
                                            has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("17:25 — Kristersson: Sweden will not send ground troops to Ukraine for now.",
                  date="2025-03-02")
    assert has_stance(doc, "ulf-kristersson", "oppose", "troops")
    assert _speakers(doc) and set(_speakers(doc).values()) == {"ulf-kristersson"}


def test_timestamped_city_is_a_dateline(run_nlp: Callable[..., Doc],
                                        has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("17:25 — Warsaw: Sweden will not send ground troops to Ukraine for now.\n"
                  "17:40 — Paris: Talks on the reassurance force resume on Monday.",
                  date="2025-03-02")
    assert not any(q.speaker in {"poland", "france"} for q in doc._.pg_quotes)
    assert not has_stance(doc, "poland", "oppose", "troops")


def test_section_header_after_timestamp_is_no_speaker(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("09:10 CET Live updates: Sweden will not send ground troops.\n"
                  "09:25 CET Analysis: Denmark will train Ukrainian pilots.", date="2025-03-02")
    assert not doc._.pg_quotes


def test_bracketed_answer_is_the_named_speaker(run_nlp: Callable[..., Doc],
                                               has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Q: Will Sweden send ground troops to Ukraine?\n"
                  "A (Kristersson): Sweden will not send ground troops now.", date="2025-03-02")
    assert has_stance(doc, "ulf-kristersson", "oppose", "troops")
    assert "ulf-kristersson" in _speakers(doc).values()
    assert not any(t.startswith("Will Sweden") for t in _speakers(doc))  # the question is nobody's


def test_unnamed_answer_is_the_interviewee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Polish President Andrzej Duda gave an interview after the summit.\n"
                  "Q: Should NATO send troops to Ukraine?\n"
                  "A: Poland is ready to help Ukraine with weapons.", date="2024-03-01")
    assert set(_speakers(doc).values()) == {"andrzej-duda"}


def test_unnamed_answer_with_two_people_in_the_intro_is_nobody(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Andrzej Duda met Donald Tusk before the summit.\n"
                  "Q: Should NATO send troops to Ukraine?\n"
                  "A: Poland is ready to help Ukraine with weapons.", date="2024-03-01")
    assert not doc._.pg_quotes


def test_questioner_outlet_in_brackets_is_no_speaker(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("QUESTION (Ukrinform): Will Sweden send ground troops to Ukraine?\n"
                  "Kristersson: Not now. Sweden will train Ukrainian soldiers instead.",
                  date="2025-03-02")
    # the question is a turn of the transcript, so the answer is the named speaker's quotation
    assert set(_speakers(doc).values()) == {"ulf-kristersson"}
    assert not any(t.startswith("Will Sweden") for t in _speakers(doc))


def test_timestamped_heading_is_no_turn(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("15:20 GMT — Kristersson: no troops for now\n"
                  "The Swedish prime minister told reporters in Stockholm that the decision could "
                  "change after a ceasefire.", date="2025-03-02")
    assert not doc._.pg_quotes


def test_prose_colon_is_no_label(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("11:15 — Sanchez had a clear warning for his partners: Spain will not fund new tanks.",
                  date="2025-03-02")
    assert not doc._.pg_quotes
