"""Stance holders when the text does not name one person (nlp/stances.py, `_Context.holders`):
several speakers, groups, collective nouns, places standing for states. Sentences are written for
these tests."""

from __future__ import annotations


def holders(run_nlp, text: str, *, date: str = "2024-06-01") -> set[tuple[str, str]]:
    doc = run_nlp(text, date=date)
    return {(s.holder, s.polarity) for s in doc._.pg_stances}


def test_every_coordinated_speaker_holds_the_reported_stance(run_nlp) -> None:
    got = holders(run_nlp, "Spain and Portugal said they opposed the naval blockade of Cuba.")
    assert ("spain", "oppose") in got and ("portugal", "oppose") in got


def test_list_members_of_a_speaker_phrase_each_hold_it(run_nlp) -> None:
    got = holders(
        run_nlp,
        "Several partners, including Norway and Sweden, have said that they oppose the plan.",
    )
    assert ("norway", "oppose") in got and ("sweden", "oppose") in got


def test_they_is_the_plural_subject_of_the_previous_sentence(run_nlp) -> None:
    text = (
        "Joe Biden phoned Olaf Scholz and Emmanuel Macron on Friday. "
        "Nordic governments issued a statement after the call. "
        "They said they rejected the peace plan."
    )
    got = holders(run_nlp, text)
    assert not any(h in {"joe-biden", "olaf-scholz", "emmanuel-macron"} for h, _ in got)
    text = (
        "Joe Biden phoned Olaf Scholz and Emmanuel Macron on Friday. "
        "Spain and Portugal issued a statement after the call. "
        "They said they rejected the peace plan."
    )
    assert holders(run_nlp, text) == {("spain", "oppose"), ("portugal", "oppose")}


def test_a_region_named_by_people_is_no_holder(run_nlp) -> None:
    # Europe is a place in the KB: the graph's holders are Persons, Countries, Organizations
    assert holders(run_nlp, "European leaders rejected the peace plan.") == set()
    # a passive participle's noun undergoes the act: nobody here supports anything
    got = holders(
        run_nlp,
        "Several European governments hesitate because of public anger over deployments "
        "provided for Moldova.",
    )
    assert got == set()


def test_leaders_of_states_are_the_heads_on_the_article_date(run_nlp) -> None:
    text = (
        "The leaders of France and Germany met in Strasbourg on Monday. "
        "The two leaders said they would support the new sanctions against Belarus."
    )
    got = holders(run_nlp, text, date="2016-05-02")
    assert ("francois-hollande", "support") in got and ("angela-merkel", "support") in got
    later = holders(run_nlp, text, date="2022-05-02")
    assert ("emmanuel-macron", "support") in later and ("angela-merkel", "support") not in later


def test_leaders_from_states_are_the_states(run_nlp) -> None:
    got = holders(
        run_nlp, "Leaders from Poland and Lithuania said in a statement that they backed the truce."
    )
    assert ("poland", "support") in got and ("lithuania", "support") in got


def test_a_ministry_speaks_for_its_state(run_nlp) -> None:
    got = holders(run_nlp, "The Russian foreign ministry dismissed the new sanctions package.")
    assert got == {("russia", "oppose")}


def test_the_body_named_earlier_holds_a_definite_reference(run_nlp) -> None:
    text = (
        "Ukraine's foreign ministry published a long statement on Friday. "
        "Kyiv would never accept a frozen conflict, the ministry said, and called on partners to "
        "deliver more air defence."
    )
    got = holders(run_nlp, text)
    assert ("ukraine", "support") in got
    text = "The coalition of the willing met in Rome. The coalition endorsed the reassurance force."
    assert ("coalition-of-the-willing", "support") in holders(run_nlp, text)


def test_a_passive_reaction_in_capitals_is_their_states(run_nlp) -> None:
    got = holders(run_nlp, "The draft treaty was firmly rejected in Oslo and Tallinn on Monday.")
    assert got == {("norway", "oppose"), ("estonia", "oppose")}
    # where a meeting took place is no stance of the host
    assert holders(run_nlp, "The truce was agreed in Geneva and signed in Vienna.") == set()
    # an agent holds it, not the place
    got = holders(run_nlp, "The draft treaty was rejected by Latvia in Brussels.")
    assert got == {("latvia", "oppose")}


def test_a_document_speaks_for_its_author(run_nlp) -> None:
    text = (
        "Alliance leaders gathered for the NATO summit in Madrid. "
        "The summit communique said the allies rejected the Russian demands."
    )
    assert ("nato", "oppose") in holders(run_nlp, text)
    assert ("nato", "oppose") in holders(run_nlp, "NATO's declaration rejected the Russian demands.")


def test_made_clear_reports_for_each_subject(run_nlp) -> None:
    got = holders(
        run_nlp, "Spain and Greece have made clear they will not back the new sanctions on Turkey."
    )
    assert got == {("spain", "oppose"), ("greece", "oppose")}



def test_a_speaker_described_as_a_states_official_speaks_for_it(run_nlp) -> None:
    # no KB office for this person: the apposition ties him to Moldova, so "Moldova will ..."
    # in his words is his own position
    text = (
        "Ion Cebanu, the head of the Moldovan delegation, arrived on Monday. "
        "Cebanu said Moldova was ready for a new ceasefire."
    )
    got = holders(run_nlp, text)
    assert ("ion-cebanu", "support") in got and ("moldova", "support") not in got


def test_what_is_demanded_is_the_demanders_position(run_nlp) -> None:
    got = holders(
        run_nlp,
        "Moldova demanded firm assurances that Russia would not deploy troops near its border.",
    )
    assert ("moldova", "oppose") in got and not any(h == "russia" for h, _ in got)


def test_a_former_title_is_a_past_holder_not_the_current_one(run_nlp) -> None:
    text = (
        "Vladimir Putin and Dmitry Medvedev spoke on Monday. "
        "The former president dismissed the new sanctions package."
    )
    got = holders(run_nlp, text, date="2024-03-01")
    assert got == {("dmitry-medvedev", "oppose")}
