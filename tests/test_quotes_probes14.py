"""Quote probes (tests/probe_check.py `quotes` / `forbid_quotes`, tests/data/probes/quotes.yaml)
and the attribution mechanisms they led to. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from probe_check import failures, run


def _probe(**keys) -> dict:
    return {"id": "t", "file": "t", **keys}


def test_quote_pattern_that_matches_passes(nlp: Language) -> None:
    probe = _probe(
        text="\u201cWe will not trade territory for promises,\u201d said Andrzej Duda.",
        quotes=[{"speaker": "andrzej-duda", "text": "trade territory"}],
    )
    assert failures(probe, run(nlp, probe)) == []


def test_quote_pattern_with_wrong_speaker_fails(nlp: Language) -> None:
    probe = _probe(
        text="\u201cWe will not trade territory for promises,\u201d said Andrzej Duda.",
        quotes=[{"speaker": "vladimir-putin", "text": "trade territory"}],
    )
    assert failures(probe, run(nlp, probe)) == [
        "missing quote {'speaker': 'vladimir-putin', 'text': 'trade territory'}"
    ]


def test_forbidden_quote_pattern_fails_when_a_quote_matches(nlp: Language) -> None:
    probe = _probe(
        text="\u201cWe will not trade territory for promises,\u201d said Andrzej Duda.",
        forbid_quotes=[{"text": "promises"}],
    )
    (wrong,) = failures(probe, run(nlp, probe))
    assert wrong.startswith("forbidden quote andrzej-duda | We will not trade territory")


def test_null_speaker_pattern_means_unattributed(nlp: Language) -> None:
    probe = _probe(
        text="\u201cThe door remains open,\u201d said Andrzej Duda.",
        quotes=[{"speaker": None, "text": "door remains"}],
    )
    assert failures(probe, run(nlp, probe)) != []


def _quotes(run_nlp, text: str, date: str = "2025-03-01") -> list:
    return run_nlp(text, date=date)._.pg_quotes


def test_unnamed_official_with_demonym_speaks_for_the_state(run_nlp) -> None:
    (q,) = _quotes(run_nlp, '"The corridor will stay open all winter," a senior Turkish official said.')
    assert q.speaker == "turkey"
    assert q.rule == "after-quote-unnamed-representative"


def test_unnamed_source_without_demonym_has_no_speaker(run_nlp) -> None:
    (q,) = _quotes(
        run_nlp,
        'Recep Tayyip Erdogan hosted the talks. "The corridor will stay open all winter," '
        "a person close to the negotiations said.",
    )
    assert q.speaker is None


def test_fragment_of_a_reported_clause_is_no_quotation(run_nlp) -> None:
    # the shared gold (seeds) lists no fragment quoted inside reported speech
    text = 'Hakan Fidan said a summit without both parties would be "a wasted chance" for peace.'
    assert _quotes(run_nlp, text) == []


def test_fragment_before_an_inverted_frame(run_nlp) -> None:
    text = 'Antonio Guterres spoke in Geneva. The grain deal was "a lifeline for millions", he said.'
    (q,) = _quotes(run_nlp, text)
    assert q.speaker == "antonio-guterres"


def test_labels_and_single_words_in_reported_speech_are_not_quotes(run_nlp) -> None:
    text = (
        'Mark Carney said the pledge was "irreversible". '
        'Mark Carney said Moscow\'s "special operation" had failed.'
    )
    assert _quotes(run_nlp, text, "2025-05-01") == []


def test_fragment_in_a_relative_clause_is_not_the_frame_speakers(run_nlp) -> None:
    text = (
        "Donald Trump spoke on Monday, after a dinner at which Mark Rutte thanked him for "
        'getting allies "to pay more".'
    )
    assert all(q.speaker != "donald-trump" for q in _quotes(run_nlp, text))


def test_after_frame_with_that_continues_reported_speech(run_nlp) -> None:
    text = (
        'Pete Hegseth told allies: "A return to the old borders is an illusion," and that '
        "Washington believed Europe should carry the load."
    )
    (q,) = _quotes(run_nlp, text, "2025-02-13")
    assert q.speaker == "pete-hegseth"


def test_inverted_frame_without_that_still_speaks(run_nlp) -> None:
    (q,) = _quotes(run_nlp, '"Europe must wake up," said Donald Tusk, and he meant it.')
    assert q.speaker == "donald-tusk"


def test_a_quoted_name_in_reported_speech_is_a_label(run_nlp) -> None:
    text = 'Mark Carney said the "coalition of the willing" would meet again in Ottawa.'
    assert _quotes(run_nlp, text, "2025-05-01") == []


def test_a_phrase_that_mentions_an_actor_can_still_be_speech(run_nlp) -> None:
    text = 'Andrii Sybiha said the sea truce was "a first test of Moscow" and nothing more.'
    (q,) = _quotes(run_nlp, text, "2025-03-25")
    assert q.speaker == "andrii-sybiha"


def test_he_frame_after_a_sentence_about_a_named_person_is_that_person(run_nlp) -> None:
    text = (
        "Friedrich Merz welcomed Volodymyr Zelensky at the chancellery on Friday. "
        '"Germany will not look away," he told his guest.'
    )
    (q,) = _quotes(run_nlp, text, "2025-05-30")
    assert q.speaker == "friedrich-merz"


def test_he_frame_skips_a_subject_of_the_other_gender(run_nlp) -> None:
    text = (
        "Giorgia Meloni welcomed Volodymyr Zelensky in Rome on Friday. "
        '"Ukraine is not for sale," he told her.'
    )
    (q,) = _quotes(run_nlp, text, "2025-07-10")
    assert q.speaker == "volodymyr-zelenskyy"


def test_unframed_quote_after_a_sentence_about_a_person_is_theirs(run_nlp) -> None:
    text = (
        "Petr Pavel addressed the assembly in Prague on Monday. "
        '"Our ammunition initiative will go on whatever happens in Washington."'
    )
    (q,) = _quotes(run_nlp, text, "2025-04-07")
    assert (q.speaker, q.rule) == ("petr-pavel", "introduced-by-previous-sentence")


def test_unframed_quote_after_a_sentence_about_no_person_stays_unattributed(run_nlp) -> None:
    text = (
        "Petr Pavel addressed the assembly in Prague on Monday.\n\n"
        '"Our ammunition initiative will go on whatever happens in Washington."'
    )
    (q,) = _quotes(run_nlp, text, "2025-04-07")
    assert q.speaker is None


def test_dash_signature_after_a_closed_quote(run_nlp) -> None:
    (q,) = _quotes(run_nlp, '"Freedom is never given; it is won." — Maia Sandu, on Independence Day')
    assert (q.speaker, q.rule) == ("maia-sandu", "dash-signature")


def test_dash_after_a_quoted_label_signs_nothing(run_nlp) -> None:
    text = 'The allies discussed a "reassurance force" — Britain and France would lead it.'
    assert all(q.speaker is None for q in _quotes(run_nlp, text))


def test_who_relative_clause_speaks_through_its_antecedent(run_nlp) -> None:
    (q,) = _quotes(run_nlp, 'Petr Pavel, who called the offer "a poisoned gift", flew home.')
    assert q.speaker == "petr-pavel"


def test_which_relative_clause_does_not_speak(run_nlp) -> None:
    text = 'Petr Pavel read the Kremlin note, which asked for "a neutral Ukraine", and left.'
    assert all(q.speaker != "petr-pavel" for q in _quotes(run_nlp, text))


def test_reporting_verb_in_a_topic_relative_does_not_frame_the_colon_quote(run_nlp) -> None:
    text = (
        "On the truce that Donald Trump has said he wants by the summer: "
        '"Nobody in Kyiv will sign a pause that lets the army regroup."'
    )
    (q,) = _quotes(run_nlp, text)
    assert q.speaker is None
