"""Agreement references: by name, by description, provisions, negatives, invokers, and the KB."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from pactgraph.nlp.agreements import AGREEMENT_TYPES, load_agreement_kb

pytestmark = pytest.mark.slow


def refs(run_nlp, text: str, *, date: str | None = None) -> list:
    doc = run_nlp(text, date=date)
    for ref in doc._.pg_agreement_refs:
        assert doc.text[ref.start : ref.end] == ref.text
    return doc._.pg_agreement_refs


def keys(run_nlp, text: str, *, date: str | None = None) -> list[str]:
    return [r.agreement for r in refs(run_nlp, text, date=date)]


# -- knowledge base ---------------------------------------------------------------------------


def test_kb_entries_are_well_formed():
    kb = load_agreement_kb()
    assert len(kb.infos) >= 15
    for info in kb.infos.values():
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", info.key), info.key
        assert info.type in AGREEMENT_TYPES
        assert kb.names[info.key] or kb.descriptions[info.key], info.key
        if info.type == "Provision":
            assert info.part_of in kb.infos
        for party in info.parties:
            assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", party), (info.key, party)
    assert kb.infos["north-atlantic-treaty-article-5"].part_of == "north-atlantic-treaty"


def _actor_keys(data) -> set[str]:
    """Keys of kb/actors.yaml, whether it is keyed by actor or lists entries with `key:`."""
    out: set[str] = set()
    if isinstance(data, dict):
        for name, value in data.items():
            if isinstance(value, dict):
                out.add(str(value.get("key", name)))
            out |= _actor_keys(value)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and "key" in item:
                out.add(str(item["key"]))
            out |= _actor_keys(item)
    return out


def test_kb_parties_are_known_actors():
    path = resources.files("pactgraph").joinpath("kb/actors.yaml")
    if not path.is_file():
        pytest.skip("kb/actors.yaml not written yet")
    known = _actor_keys(yaml.safe_load(path.read_text(encoding="utf-8")))
    parties = {p for info in load_agreement_kb().infos.values() for p in info.parties}
    assert not parties - known, f"parties unknown to kb/actors.yaml: {sorted(parties - known)}"


# -- by name ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Kyiv surrendered its warheads under the Budapest Memorandum.",
            "budapest-memorandum-1994",
        ),
        ("Critics call the budapest memorandum a broken promise.", "budapest-memorandum-1994"),
        ("Western capitals long defended the Minsk agreements.", "minsk-agreements"),
        ("Observers said the Minsk accords were dead by 2021.", "minsk-agreements"),
        ("Both sides accused each other of violating Minsk II.", "minsk-ii-2015"),
        ("Diplomats dusted off the Istanbul Communiqué last spring.", "istanbul-communique-2022"),
        ("Moscow quit the grain deal in July.", "black-sea-grain-initiative-2022"),
        ("The invasion breached the U.N. Charter, the envoy argued.", "un-charter"),
        (
            "Kyiv and Washington signed the minerals deal after weeks of haggling.",
            "us-ukraine-minerals-agreement-2025",
        ),
        (
            "The NATO-Russia Founding Act limits deployments in the east.",
            "nato-russia-founding-act-1997",
        ),
        ("Ukraine joined the Non-Proliferation Treaty as a non-nuclear state.", "npt"),
        (
            "The Helsinki Final Act enshrined the inviolability of borders.",
            "helsinki-final-act-1975",
        ),
    ],
)
def test_agreement_by_name(run_nlp, text, key):
    found = refs(run_nlp, text)
    assert [r.agreement for r in found] == [key]
    assert found[0].kind == "name"


def test_year_refines_a_family_name(run_nlp):
    assert keys(run_nlp, "The 2015 Minsk accords were never implemented.") == ["minsk-ii-2015"]


# -- by description ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ukrainian officials say the 1994 memorandum was betrayed.", "budapest-memorandum-1994"),
        ("He pointed to the 1994 agreement on nuclear disarmament.", "budapest-memorandum-1994"),
        (
            "Negotiators revisited a treaty drafted in Istanbul in the spring of 2022.",
            "istanbul-communique-2022",
        ),
        (
            "The 2022 draft would have capped the size of Ukraine's army.",
            "istanbul-communique-2022",
        ),
        ("Members remain bound by the 1949 treaty.", "north-atlantic-treaty"),
        ("They recalled the Minsk ceasefire deal signed in February 2015.", "minsk-ii-2015"),
    ],
)
def test_agreement_by_description(run_nlp, text, key):
    found = refs(run_nlp, text)
    assert [r.agreement for r in found] == [key]
    assert found[0].kind == "description"
    assert found[0].confidence < 0.95


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks in Minsk collapsed in 2014.",
        "Delegations met for a summit in Istanbul on Friday.",
        "Viktor Orban welcomed foreign guests in Budapest.",
        "Article 5 of the Ukrainian Constitution guarantees free speech.",
        "The two sides reached an agreement in 2022 on prisoner exchanges.",
        "Leaders signed a declaration on climate finance.",
        "The memorandum was circulated to staff on Monday.",
    ],
)
def test_cities_and_generic_words_are_not_agreements(run_nlp, text):
    assert keys(run_nlp, text) == []


# -- provisions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "European capitals are weighing Article 5-style guarantees for Kyiv.",
        "Warsaw asked allies to honour the alliance's mutual defence clause.",
        "Poland could invoke Article 5 of the North Atlantic Treaty.",
    ],
)
def test_article_5_is_a_provision_of_the_north_atlantic_treaty(run_nlp, text):
    doc = run_nlp(text)
    found = [r.agreement for r in doc._.pg_agreement_refs]
    assert "north-atlantic-treaty-article-5" in found
    article5 = doc._.pg_agreements["north-atlantic-treaty-article-5"]
    assert article5.type == "Provision"
    assert article5.part_of == "north-atlantic-treaty"
    assert doc._.pg_agreements["north-atlantic-treaty"].type == "Treaty"


# -- offsets, sentences, invokers -------------------------------------------------------------


def test_offsets_and_sentence_index(run_nlp):
    text = "Talks resumed on Monday. Kyiv again cited the Budapest Memorandum."
    (ref,) = refs(run_nlp, text)
    assert text[ref.start : ref.end] == "Budapest Memorandum"
    assert ref.sentence == 1


def test_invoker_is_the_reporting_subject(run_nlp):
    (ref,) = refs(
        run_nlp, "Zelenskyy said on Friday that Russia had torn up the Budapest Memorandum."
    )
    assert ref.invoked_by == "volodymyr-zelenskyy"


def test_invoker_of_an_agreement_named_inside_a_quote_is_the_speaker(run_nlp):
    text = '"The Minsk agreements only bought Moscow time to rearm," Sybiha told reporters.'
    (ref,) = refs(run_nlp, text)
    assert ref.invoked_by == "andrii-sybiha"


def test_no_invoker_without_an_actor(run_nlp):
    (ref,) = refs(run_nlp, "The memorandum of 1994 was signed in a Hungarian conference hall.")
    assert ref.agreement == "budapest-memorandum-1994"
    assert ref.invoked_by is None


# -- descriptions resolved by the sentence's date, the document and the signatories ------------


@pytest.mark.parametrize(
    ("date", "key"),
    [
        ("2014-09-06", "minsk-protocol-2014"),
        ("2015-02-13", "minsk-ii-2015"),
        (None, "minsk-agreements"),
    ],
)
def test_the_sentence_date_picks_the_minsk_text(run_nlp, date, key):
    text = "Envoys initialled a truce protocol at a guest house in Minsk late on Friday."
    assert keys(run_nlp, text, date=date) == [key]


def test_a_date_never_refines_a_name(run_nlp):
    text = "The Minsk agreements are in tatters, diplomats conceded."
    assert keys(run_nlp, text, date="2015-03-01") == ["minsk-agreements"]


def test_an_explicit_year_beats_the_sentence_date(run_nlp):
    text = "Observers blamed the 2014 deal agreed in Minsk for the new fighting."
    assert keys(run_nlp, text, date="2015-02-20") == ["minsk-protocol-2014"]


def test_package_of_measures_needs_minsk_in_the_document(run_nlp):
    text = "Leaders haggled in Minsk until dawn. Monitors will verify the package of measures."
    assert keys(run_nlp, text, date="2015-02-13") == ["minsk-ii-2015"]
    other = "Brussels unveiled a package of measures against tax evasion."
    assert keys(run_nlp, other, date="2015-02-13") == []


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Envoys met again in Istanbul. Moscow rejected the latest draft handed over by Kyiv.",
            "2022-04-05",
            ["istanbul-communique-2022"],
        ),
        ("Moscow rejected the latest draft handed over by Kyiv.", "2022-04-05", []),
        (
            "Envoys met again in Istanbul. Moscow rejected the latest draft handed over by Kyiv.",
            "2023-04-05",
            [],
        ),
    ],
)
def test_an_undated_draft_in_an_article_on_istanbul(run_nlp, text, date, expected):
    assert keys(run_nlp, text, date=date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "NATO leaders gathered on Tuesday. The summit communique left Kyiv without a date.",
            "2023-07-11",
            ["vilnius-summit-communique-2023"],
        ),
        (
            "NATO leaders gathered on Tuesday. The summit declaration left Kyiv without a date.",
            "2024-07-10",
            ["washington-summit-declaration-2024"],
        ),
        ("The G7 summit communique mentioned NATO only once.", "2023-07-11", []),
        ("The summit declaration praised regional trade.", "2023-07-11", []),
        (
            "Allies quoted the Vilnius communique at length.",
            None,
            ["vilnius-summit-communique-2023"],
        ),
    ],
)
def test_nato_summit_texts(run_nlp, text, date, expected):
    assert keys(run_nlp, text, date=date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Denmark and the Netherlands each concluded a ten-year security pact with Kyiv.",
            "2024-03-01",
            [
                "denmark-ukraine-security-agreement-2024",
                "netherlands-ukraine-security-agreement-2024",
            ],
        ),
        (
            "Olaf Scholz signed a decade-long security deal with Kyiv on Friday.",
            "2024-02-16",
            ["germany-ukraine-security-agreement-2024"],
        ),
        (
            "Ukraine's security dominated the day. Others copied the agreement Canada signed last month.",
            "2024-03-10",
            ["canada-ukraine-security-agreement-2024"],
        ),
        ("Britain concluded a security agreement with Japan.", "2024-01-12", []),
        ("Denmark concluded a ten-year security pact with Kyiv.", "2019-03-01", []),
    ],
)
def test_bilateral_security_agreements_by_their_signatories(run_nlp, text, date, expected):
    assert sorted(keys(run_nlp, text, date=date)) == expected


def test_declaration_of_intent_by_its_signatories(run_nlp):
    text = "France and Britain signed a declaration of intent on deploying soldiers after a truce."
    assert keys(run_nlp, text, date="2026-01-07") == ["uk-france-declaration-of-intent-2026"]
    assert (
        keys(run_nlp, "Spain signed a declaration of intent on fisheries.", date="2026-01-07") == []
    )


def test_a_place_after_the_head_is_where_it_was_signed(run_nlp):
    text = "Historians reread the memorandum signed in Budapest by three nuclear powers."
    assert keys(run_nlp, text) == ["budapest-memorandum-1994"]


def test_an_indefinite_description_names_a_kind(run_nlp):
    assert keys(run_nlp, "Officials insisted the accord is not a mutual defence commitment.") == []
    assert keys(run_nlp, "Officials invoked the alliance's mutual defence commitment.") == [
        "north-atlantic-treaty-article-5"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The G7 will unveil a framework of lasting security commitments to Kyiv.",
            ["g7-joint-declaration-of-support-for-ukraine-2023"],
        ),
        ("Brussels will unveil a framework of lasting security commitments to Kyiv.", []),
        ("The G7 will unveil a framework for taxing shipping.", []),
    ],
)
def test_a_text_described_through_its_issuer(run_nlp, text, expected):
    assert keys(run_nlp, text, date="2023-07-11") == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Diplomats say the second Minsk document was never honoured.", None, ["minsk-ii-2015"]),
        (
            "Members of the coalition of the willing endorsed a declaration on Tuesday.",
            "2026-01-07",
            ["paris-declaration-2026"],
        ),
        (
            "Members of the coalition of the willing endorsed a declaration on Tuesday.",
            "2025-03-02",
            [],
        ),
        (
            "NATO envoys keep quoting the Washington declaration on Kyiv's path.",
            "2025-02-01",
            ["washington-summit-declaration-2024"],
        ),
        (
            "NATO diplomats again fell back on the Vilnius formula.",
            "2024-07-11",
            ["vilnius-summit-communique-2023"],
        ),
        ("Chess fans admired the opening formula used in Vilnius.", None, []),
        # not NATO's: read from the text as an agreement of its own
        (
            "Seoul keeps quoting the Washington declaration on deterrence.",
            "2025-02-01",
            ["washington-declaration"],
        ),
    ],
)
def test_more_descriptions(run_nlp, text, date, expected):
    assert keys(run_nlp, text, date=date) == expected


# -- agreements outside the curated list --------------------------------------------------------


def infos(run_nlp, text: str, *, date: str | None = None) -> list:
    doc = run_nlp(text, date=date)
    return [doc._.pg_agreements[r.agreement] for r in doc._.pg_agreement_refs]


@pytest.mark.parametrize(
    ("text", "key", "label", "type_"),
    [
        (
            "Diplomats in Bern still cite the Treaty of Lausanne when borders come up.",
            "treaty-of-lausanne",
            "Treaty of Lausanne",
            "Treaty",
        ),
        (
            "The Abraham Accords reshaped ties between Gulf monarchies and Israel.",
            "abraham-accord",
            "Abraham Accords",
            "Agreement",
        ),
        (
            "Both armies pledged to respect the Dayton accords for another decade.",
            "dayton-accord",
            "Dayton accords",
            "Agreement",
        ),
        (
            "Envoys compared the plan with the Convention on Cluster Munitions.",
            "convention-on-cluster-munitions",
            "Convention on Cluster Munitions",
            "Treaty",
        ),
        (
            "Lawyers quoted the Lisbon Protocol of 1992 during the hearing.",
            "lisbon-protocol-of-1992",
            "Lisbon Protocol of 1992",
            "Agreement",
        ),
    ],
)
def test_a_capitalized_name_with_an_agreement_head_is_an_agreement(run_nlp, text, key, label, type_):
    (info,) = infos(run_nlp, text)
    assert (info.key, info.label, info.type) == (key, label, type_)
    if "1992" in text:
        assert info.date == "1992"


@pytest.mark.parametrize(
    "text",
    [
        "The Arms Control Association published a report before the Munich Security Conference.",
        "Judges said the Constitution of Ukraine forbids it.",
        "Any treaty must be ratified by parliament, the minister said.",
        "Ministers want a security agreement with Kyiv before winter.",
        "Congress approved the Ukraine Security Assistance Act without debate.",
        "The North Atlantic Treaty Organization opened a liaison office.",
        "Officials say the peace deal with Moscow remains distant.",
        "New Treaty Talks Open In Geneva As Envoys Arrive",
        "Security Agreement talks resumed in the capital.",
        "The summit declaration with Japan was never drafted.",
    ],
)
def test_kinds_organizations_laws_and_headlines_are_not_agreements(run_nlp, text):
    assert keys(run_nlp, text) == []


def test_a_description_needs_an_identifying_modifier_and_gets_its_parties(run_nlp):
    text = (
        "Warsaw and Vilnius signed a pact on river patrols. "
        "Lithuania hailed the ten-year patrol pact with Poland on Monday, and officials said "
        "the pact with Poland would be reviewed in 2030."
    )
    found = infos(run_nlp, text, date="2019-05-06")
    assert len(found) == 2
    assert found[0].key == found[1].key  # one agreement, mentioned twice
    assert found[0].label == "ten-year patrol pact with Poland"
    assert "poland" in found[0].parties


def test_a_draft_sent_by_one_state_to_another(run_nlp):
    text = "Analysts in Oslo dissected the draft treaties Moscow sent to Warsaw in 2003."
    (info,) = infos(run_nlp, text)
    assert info.type == "DraftAgreement"
    assert set(info.parties) == {"russia", "poland"}
    assert info.date == "2003"


def test_a_declaration_by_its_place_of_signing(run_nlp):
    text = "Farmers' unions praised the declaration signed in Lisbon by agriculture ministers."
    (info,) = infos(run_nlp, text, date="2017-03-01")
    assert info.type == "Declaration"
    assert info.key == "declaration-signed-in-lisbon"


def test_open_agreements_conform_and_are_queried(nlp, tmp_path):
    from pathlib import Path

    from pactgraph.pipeline import build_graph
    from pactgraph.query import run_query
    from pactgraph.validate import validate

    article = tmp_path / "lausanne.txt"
    article.write_text(
        "Straits and borders\n\nGreece keeps citing the Treaty of Lausanne, while Turkey prefers "
        "the 1923 Treaty of Lausanne's annex. Athens called the Treaty of Lausanne settled law.\n",
        encoding="utf-8",
    )
    graph = build_graph([article], nlp=nlp)
    assert validate(graph).conforms
    query = (Path(__file__).parents[1] / "queries" / "agreements.rq").read_text(encoding="utf-8")
    _, rows = run_query(graph, query)
    lausanne = [row for row in rows if row["label"] == "Treaty of Lausanne"]
    assert len(lausanne) == 1  # three mentions, one agreement
    assert lausanne[0]["agreement"].endswith("/agreement/treaty-of-lausanne")
    assert lausanne[0]["type"] == "Treaty"


# -- the wider curated list ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Riga and Kyiv sealed a ten-year security agreement on Thursday.",
            "2024-04-11",
            ["latvia-ukraine-security-agreement-2024"],
        ),
        (
            "Tokyo hailed Japan's accord on support for Kyiv as a milestone.",
            "2024-06-14",
            ["japan-ukraine-accord-2024"],
        ),
        (
            "Russian diplomats urged Washington to answer the draft treaties without delay.",
            "2022-01-12",
            [
                "russia-nato-draft-agreement-2021",
                "russia-us-draft-treaty-on-security-guarantees-2021",
            ],
        ),
        (
            "Allies in the alliance celebrated the declaration signed in Madrid that week.",
            "2022-06-30",
            ["madrid-summit-declaration-2022"],
        ),
        (
            "Sweden waited for Ankara to honour the trilateral memorandum.",
            "2023-01-10",
            ["trilateral-memorandum-turkey-finland-sweden-2022"],
        ),
        ("Warships queued as Ankara applied the Montreux Convention.", None, ["montreux-convention-1936"]),
        ("Moscow walked away from the CFE Treaty years ago.", None, ["cfe-treaty-1990"]),
        ("Both capitals abandoned the INF Treaty in 2019.", None, ["inf-treaty-1987"]),
        ("Inspections under New START stopped in 2023.", None, ["new-start-2010"]),
        ("Envoys cited the Charter of Paris and its promises.", None, ["charter-of-paris-1990"]),
        (
            "Leaders of the alliance endorsed the summit declaration on Wednesday.",
            "2025-06-25",
            ["the-hague-summit-declaration-2025"],
        ),
    ],
)
def test_wider_curated_list(run_nlp, text, date, expected):
    assert sorted(keys(run_nlp, text, date=date)) == expected


# -- plans, headings and pronoun possessors (open world) ---------------------------------------


def test_peace_plan_with_a_drafting_party_is_an_agreement(run_nlp):
    text = "Diplomats studied the 12-point peace plan drawn up by Qatar and Norway."
    [ref] = refs(run_nlp, text)
    assert "peace plan" in ref.text
    doc = run_nlp(text)
    info = doc._.pg_agreements[ref.agreement]
    assert set(info.parties) == {"qatar", "norway"}


def test_draft_plan_of_a_state_is_a_draft_agreement(run_nlp):
    doc = run_nlp("Lawmakers in Chisinau called the Romanian draft plan a trap.")
    [ref] = doc._.pg_agreement_refs
    assert doc._.pg_agreements[ref.agreement].type == "DraftAgreement"


def test_plans_that_are_no_agreements(run_nlp):
    # a plan without a word making it a settlement text, and a plan identified by a pronoun only
    assert keys(run_nlp, "Sandu presented Moldova's reform plan to the Romanian parliament.") == []
    assert keys(run_nlp, "Sandu then announced her own peace plan for the region.") == []


def test_markdown_heading_names_no_agreement(run_nlp):
    text = "## The pact with Chisinau\n\nThe talks in Vienna went on for a week."
    assert keys(run_nlp, text) == []


# -- an agreement named by its venue and year, with no head noun --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back in 1994, at Budapest, Kyiv surrendered its warheads for a promise of safety.",
         ["budapest-memorandum-1994"]),
        ("In Budapest in 1994, the three powers pledged to respect Ukraine's borders.",
         ["budapest-memorandum-1994"]),
        ("A neutral Ukraine with foreign guarantors was first outlined in Istanbul in 2022.",
         ["istanbul-communique-2022"]),
        ("The allies, meeting in Bucharest in 2008, promised NATO membership to Georgia.",
         ["bucharest-summit-declaration-2008"]),
        ("Merkel and Hollande negotiated in Minsk in February 2015 through the night.",
         ["minsk-ii-2015"]),
    ],
)
def test_an_agreement_named_by_its_venue_and_year(run_nlp, text, expected):
    assert keys(run_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a venue and a year, but no verb of making the text
        "Protesters marched in Budapest in 1994 against rising prices.",
        # the verb has the place but not the year of the text
        "Hungary promised in Budapest in 2019 to host more talks.",
        # the year sits in another clause than the place
        "Kyiv gave up its arsenal in 1994, and talks later failed in Istanbul.",
    ],
)
def test_a_venue_and_year_need_a_making_verb_of_the_text(run_nlp, text):
    assert keys(run_nlp, text) == []


def test_a_venue_and_year_beside_the_name_add_no_mention(run_nlp):
    text = "In Budapest in 1994, Russia signed the Budapest Memorandum."
    assert keys(run_nlp, text) == ["budapest-memorandum-1994"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pedro Sanchez travelled to Kyiv on Monday to sign a ten-year security agreement.",
         ["spain-ukraine-security-agreement-2024"]),
        ("Mette Frederiksen, whose government had pledged jets, sat down with Zelenskyy in Lviv "
         "to sign a bilateral security agreement.",
         ["denmark-ukraine-security-agreement-2024"]),
    ],
)
def test_the_signatory_of_a_subjectless_signing_verb_is_the_subject_above(run_nlp, text, expected):
    assert keys(run_nlp, text, date="2024-02-23") == expected


def test_a_signing_verb_with_its_own_subject_takes_no_signatory_from_above(run_nlp):
    text = "Olaf Scholz said officials would sign a bilateral security agreement soon."
    assert keys(run_nlp, text, date="2024-02-10") == []


def test_only_a_signing_verb_takes_its_signatory_from_above(run_nlp):
    # "keep" is no signing: the EU signed the compact, not the agreements it keeps in force
    text = ("Twenty countries and the European Union signed the compact, committing them to keep "
            "their bilateral security agreements in force.")
    assert "eu-ukraine-joint-security-commitments-2024" not in keys(run_nlp, text, date="2024-07-11")
