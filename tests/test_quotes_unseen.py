"""Quotation formats beyond the dev set: guillemets, transcripts, `Name:` labels, colon
introductions, participle clauses, places that do not speak. Sentences written for these tests."""

from __future__ import annotations

from pactgraph.nlp.quotes import find_quotation_spans


def _quotes(run_nlp, text: str, date: str = "2024-05-10") -> list:
    return run_nlp(text, date=date)._.pg_quotes


def test_guillemets_delimit_a_quotation():
    text = "« Nous ne céderons pas » ; the minister repeated «we will not give way»."
    found = [text[s:e] for s, e, *_ in find_quotation_spans(text)]
    assert found == ["Nous ne céderons pas", "we will not give way"]


def test_guillemet_quote_with_inverted_attribution(run_nlp):
    text = "«Guarantees without American backing would be worth little,» said Emmanuel Macron."
    (q,) = _quotes(run_nlp, text)
    assert q.speaker == "emmanuel-macron"


def test_transcript_turns_are_quotations_of_the_named_speaker(run_nlp):
    text = (
        "Q: Will the Kremlin accept foreign troops in Ukraine?\n\n"
        "Peskov: Our position on this question has not changed at all.\n\n"
        "Q: And a summit with Kyiv?\n\n"
        "Peskov: A meeting is possible once the work at expert level is done."
    )
    found = _quotes(run_nlp, text, "2025-04-02")
    assert [q.speaker for q in found] == ["dmitry-peskov", "dmitry-peskov"]
    assert found[0].text.startswith("Our position on this question")
    assert all("Kremlin accept" not in q.text for q in found)  # the questions are nobody's


def test_a_single_name_colon_headline_is_not_a_transcript(run_nlp):
    text = "Kuleba: allies must deliver more air defence\n\nThe minister spoke in Kyiv on Monday."
    assert _quotes(run_nlp, text) == []


def test_bullet_with_name_label_attributes_its_quote(run_nlp):
    text = "Key points:\n- Stoltenberg: \"the door of the alliance remains open to Kyiv\"\n"
    (q,) = _quotes(run_nlp, text, "2023-07-11")
    assert q.speaker == "jens-stoltenberg"
    assert q.rule == "name-colon-prefix"


def test_colon_introduction_without_reporting_verb(run_nlp):
    text = 'Sergei Lavrov had a warning for the allies: "Any foreign troops there will be a target."'
    (q,) = _quotes(run_nlp, text)
    assert q.speaker == "sergei-lavrov"
    assert q.rule == "colon-introduction"


def test_participle_clause_shares_the_subject_of_its_verb(run_nlp):
    text = (
        "Dmitry Medvedev posted a long message on Telegram, adding that Europe had "
        "'no business sending soldiers anywhere near our borders'."
    )
    (q,) = _quotes(run_nlp, text, "2025-03-01")
    assert q.speaker == "dmitry-medvedev"


def test_in_his_words_names_the_source(run_nlp):
    text = (
        "Robert Fico spoke after the cabinet met in Bratislava. The plan was, in his words, "
        '"a recipe for a much wider war in Europe".'
    )
    (q,) = _quotes(run_nlp, text, "2024-10-10")
    assert q.speaker == "robert-fico"
