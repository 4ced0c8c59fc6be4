"""Stances: who supports or opposes what (an actor, an agreement, a guarantee or a topic).

Triggers come from `lexicons/stance_verbs.yaml` (verbs, predicative adjectives, predicate nouns,
readiness adjectives, claim + harm verbs, evaluations); targets from the trigger's object phrase:
a guarantee mention (`doc._.pg_guarantees`), an agreement reference, a topic
(`lexicons/topics.yaml`) or an actor, in that order (force-like guarantee mentions such as a
"reassurance force" prefer their topic, which names them more exactly).

Holders:
- the subject of the trigger (through xcomp/conj chains, relative and participial clauses;
  coordinated subjects give one stance each; "the leaders"/"they" with no resolved mention give one
  stance per person of the latest sentence that brought several people together);
- reported speech ("X said (that) ...") and quotations: the speaker holds the stance when the
  clause's subject is a pronoun, absent, not an actor, the speaker's own state (per
  `doc._.pg_offices`), or when the clause is deontic ("Russia should be among the guarantors") or
  evaluative ("... is unacceptable"); otherwise the clause's subject holds it, `reported_by` the
  speaker. A clause whose unresolved subject names other people or a text's own promise ("said
  a minority of Ukrainians backed X", "a memorandum promising X") is nobody's stance (`third_party_subjects`).
  Spokespeople are the exception: "Peskov said the Kremlin rejects ..." gives the stance to
  Russia, reported_by Peskov, because a spokesperson's words are the state's position;
- a reporting verb set off by commas inside the clause it reports ("Y, X said, was a mistake",
  "Y was a mistake, X argued, but ...") makes X the clause's speaker (`_parenthetical_speech`);
  a "former" title holder speaks for no state;
- an evaluative sentence with no speaker right after a reported statement inherits that speaker
  (lower confidence);
- groups and bodies: every speaker of "A and B said"/"allies, including A and B, said"/"A and B
  made clear"; "they" = the previous sentence's plural subject; "the four leaders" = the latest
  sentence naming four people ("the leaders of A and B" = their heads on the article date, KB
  offices); a ministry speaks for its state (KB `speaks_for`); "the ministry"/"the coalition" =
  the body named earlier; a statement or communique = its possessor or the latest summit's body;
  a passive reaction "in London and Paris" = their states; a person tied to a state by an
  apposition ("X, the head of the Russian delegation") speaks for it like an office holder; a
  dateline parsed as subject does not speak; what "X demanded/urged (that) ..." asks for is X's
  position, whoever the clause names. Places (incl. regions: "European leaders" -> Europe)
  never hold a stance.
Beyond verbs: naming verbs with an evaluative name ("called X a trap", "described X as a
success"), neutral nouns with evaluative modifiers ("an important step"), light verbs with an
evaluative object ("X poses a threat"), attitude adjectives ("disappointed with X"), deontic clauses
in reported speech naming a curated topic ("X said Europe must be at the table"). Holders also come
from list members ("countries including X and Y"), comma relative clauses on a named actor and
object relatives ("the plan X rejected"), "according to X", and "by X" hung on the object.
Headline-like lines are left to the body. Reversal words ("lift", "suspend") flip the stance on what
they undo, never inside an accusation's charge. Giving-up verbs are positions only when refused
("will not cede land"); "called it a step forward" names the event noun the pronoun stands for;
passive deontic clauses demand what their subject names ("the root causes had to be removed");
reported assent ("Y agreed that Z could offer X") is Y's own support. A curated topic keeps one key
and label in every document; the words the text used ("the Alaska summit") go on the stance as its
`target_phrase` (at most ~8 words; after a reversal, what is undone). Topic slots are filled only
from what the phrase names (a possessor is the agent of an invasion; the joiner is the subject of
"join"); the protected country stands in only when the phrase points nowhere else.
Phrase labels keep hyphen-joined words the parser split ("de-escalation", not "escalation").
A target named only by its kind ("the move", "the provisions", "the plan") is what the text names
for it: its own clause or content phrase, else the same noun with content or (for texts) a named
agreement before it; an act or opinion word with neither gives no stance (`nlp/stance_targets.py`).
A ditransitive's target is the thing given, not the beneficiary ("grant X a plan"); "Y's call to
do Z" is about doing Z, not Y; a free label cut inside a post-nominal adjective ends at the noun.
Words the stance lexicon lacks are judged by the VADER sentiment lexicon with domain overrides
(`nlp/sentiment.py`, `lexicons/sentiment.yaml`): reported copula and light-verb judgements ("X said
the accord brings a glimmer of hope", "... would be robust"), evaluative names and modifiers, and
speakers granting or denying an actor good faith ("said Moscow was not serious").
Idioms of three or more words match with determiners, possessives and modifiers inside them
("threw its full weight behind X", "left the door open to X", `_gapped_idiom`); their target
follows them. Coordinated targets give one stance each ("rejected any cap on X and any ban on Y", "urged both
sides to show restraint and avoid bloodshed"). Conditions in reported speech (`condition_markers`:
"said the guarantees would apply only after a ceasefire", "until the guns were withdrawn") are the
speaker's demands for what they name. A "which" clause after a named actor in a prepositional
phrase is about the whole phrase; ", a position favoured by X" is X's stance on what it restates.
A negated disposition ("not interested in peace", "not ready") said of an actor by someone who
does not speak for it is that someone's accusation: no stance of the accused.
An oppose-type act denied to everyone ("no country has a veto over X") is opposed as an act
(the veto), not as a stance on X. Negated existentials in reported speech ("there can be no question of X") oppose X. A document
that "calls for" things (`document_nouns`, "it" for one) holds them for the actor that presented it
(`presenting_verbs`); "calls for Kyiv to A, to B, and to C" gives one demand per listed act.
Ruling things out of bounds (`_bounds_triggers`): "X is not up for discussion" insists on X; "no
substitute for X", "will not accept alternatives to X", "does not replace X" support X (and reject
the alternatives, never X); "Y will not have / has no veto" opposes "veto for Y" (`power_nouns`).
Set phrases (`nlp/stance_bounds.py`): "X was out of the question / remains off the table" is the
speaker's rejection of X; "took X off the table" the subject's. "made clear" reports even when the
parser hangs "clear" on the reported clause. "it is too early / too soon to talk about X" judges X like "premature"
(`too_early_words`), and an act inside what is premature is not proposed; a quoted judgement the
parser hangs after its noun ('called the debate "premature"') is a naming verb's name. A verbless
"no N" after a reporting colon ("X said: no ground troops", "X was blunt: no N") rejects N.
Stated intentions (`_intention_triggers`): "X would respond (with sanctions) if Y escalated"
opposes the act and offers the means; "the operation would continue" in someone's words is wanted;
"will not let X win" opposes X; "decided to A" and "announced N" (own measures) are positions;
"will not sign without X", "no peace without X" demand X; "the priority is to A" supports A.
Own future contributions (`contribution_verbs`, `_contribution_triggers`): "Ottawa would contribute
aircraft" said by Canada's leader offers the aircraft; another state's future act is a forecast.
Agreements judged by what they did not do ("the memorandum did not prevent X", `evaluations`) may be
named by "this document"/"that treaty": the agreement named nearest before (two sentences back).
Precision on unseen text: a reversal word inside the phrase's own purpose clause ("teams to work
toward ending X") flips nothing; a capitalised dateline subject ("RIYADH/PARIS — A and B agreed")
passes the role to what follows the dash; plain people addressed (`addressee_nouns`: "urged
lawmakers to ...", "warned voters that ...") are never a demand's or a warning's target.
What an "if"/"unless" clause supposes ("a truce if Kyiv renounced its bid") is nobody's stance.
A speaker carried from earlier sentences yields to a different person the sentence itself names
as speaker ("..., Scholz said", "Kuleba was adamant: ...").
A refused giving-up of an aim (`pursuit_nouns`: "had not given up its goals") supports the aim; a past
promise not made ("did not promise to fight") is no stance.
Negation flips support-type stances (the lexicon says into what), also through a negated intention
governing the act ("did not plan to send", "no plans to deploy": `nlp/stance_intent.py`); hedges keep the polarity, set
`hedged` and lower the confidence. Stances without a resolvable target are dropped: precision
matters as much as recall. One stance per (holder, polarity, target) per document is kept, the most
confident.
A naming verb's second, coordinated name counts ("the most complex and the least effective
option"); "least/less <praise>" is criticism; "a positive one" judges by its modifier. "X would serve
as the hub" (`role_verbs`) is an actor's offer. A subject the parser hangs on a leading participle
clause ("X, chairing Y, insisted") is the main verb's; time/reason clauses are not target content.
What did not happen or could happen is no position: "stopped short of X" triggers nothing; a power
("the right to block X", "lets Y veto X", "able to deploy": `nlp/stance_capacity.py`) is nobody's
stance, and "Y has no right to veto" opposes Y's veto like "Y has no veto"; a forecast ("X is
expected/likely to approve Y", `nlp/stance_forecast.py`) is not X's position; "X should/ought to
..." with no speaker is the article's advice (`advice_modals`). "sided with / lined up behind" an
actor (`alignment_verbs`) takes a side, no stance on the actor; "would make X impossible"
(`causative_verbs`) judges no X; "naive to expect X" judges an expectation (`belief_verbs`); "will
decide when X is ready" (`deciding_verbs`) is an open question; an offer or proposal in the past
tense inside ", who ..." is a past deed; "while appearing open to X" (`pretense_verbs`) is a pose.
In reported speech "both sides" (`side_nouns`) is the speaker's side. A demanded clause that denies
the act its label names ("insisted that support would not be reduced") refuses that act.
"Only with / only in exchange for / only in return for X" on an actor's own willing or possible act
("would join, but only with a backstop") is that actor's demand for X, said or not. "Warned allies
against X": with an addressed object and a lexicon "<verb> <prep>", X is the target. A kind noun's
"that" clause after a comma aside ("claims, revived by Y, that Z") is its content wherever the
parser hangs it.
A preference with a ruled-out alternative ("backed by European troops, not American ones", "ready
to A but not inside Y") opposes the alternative (`_contrasted`; only for support-type verbs and
readiness, never for names or judgements). A naming verb's "it" may stand for what a stance verb
earlier in its own sentence was about ("X excluded the bid, and Y regards it as a provocation").
A repeated preposition is a coordinated target ("pressed for X and for Y"). The `evaluations`
verbs also judge a curated topic in someone's words ("said neutrality never protected anyone").
A doubting adjective with a "that" clause ("sceptical that the clause amounted to a guarantee") is
about the clause's subject, when not an actor (not fears: "worried that the truce would collapse").
A contrasted alternative ("send tanks rather than helmets") is opposed by whoever wants the other
side (`nlp/stance_contrast.py`). A reported clause that denies the very act its target names
("insisted that aid would not be cut") flips the reporting verb's stance on that act. "X said in a
statement that ..." reports the clause the parser hangs on the medium noun. A light verb
(a stop word: "make", "do") with a noun object names its object as a free target ("it was
regrettable that X had made concessions" -> the concessions). A condition whose clause ends its
own subject ("only after the shelling stopped") rejects the subject; one with an undoing verb
("only if Kyiv halted mobilisation") rejects its object; coordinated condition clauses count
each. A speaking "it" after a statement that spoke ("The Kremlin's account said ... It said")
is that statement, speaking for its author. A party's place in the talks ("X must be at the
table", "Y had to be involved") is a curated topic, so deontic clauses about it are demands.
"X had no plans for Y" rejects Y; "X had no such intention" rejects the act named as a plan or
option earlier in the sentence (`nlp/stance_intent.py`). "would make sure X could not win" opposes
X like "will not let X win" (`securing_verbs`). A causative's result ("X would make a settlement
impossible", `causative_verbs`) judges its subject X, unless what is prevented is itself bad
(`bad_outcomes`: "make an invasion impossible"). "In a statement signed by A, B and C, they
said ...": "they" is the people the clause's opening phrase names. A feeling's passive agent is
its cause ("concerned by Y", `caused_feeling_types`); an attitude's agent holds it ("opposed by Y").
A sum of money as a stance verb's object stands for what it is for ("announced $2 billion for X").
A naming verb's name ends at a colon or semicolon (what follows is a statement of its own).
A quality denied in someone's words ("X has little credibility", "Y had no legitimacy",
`quality_nouns`) is the speaker's criticism of its owner. What something is ruled out from being
("a truce must not be a trap", "could never mean surrender": `identity_verbs` under a
negated `ruling_modals`) is the speaker's rejection. "offered Turkey as a venue for talks" offers
the role (the venue, the talks), not the actor named.
A way judged irreversible ("Ukraine's path to membership is irreversible") is support for where it
leads, the speaker's or the declaring verb's subject's (`nlp/stance_paths.py`); "by declaring X" has
the main verb's subject. An accusation's harmed object ("said Moscow flouted the truce terms") is
never what the claimant opposes: the agent or the means is. A feeling's "by" phrase is its cause
("concerned by the proposed limits", `stimulus_participles`), not an agent holding a stance.
A speaker the parser hung on a participle read as the content clause ("X, chairing Y, said") speaks.
"X's future lies in NATO" supports membership (`stance_paths.destiny_triggers`). A signed text
binding a party ("the text commits Britain to support a tribunal", "commits its signatories to
binding guarantees") gives the party the stance; "signatories" are whoever adopted or signed
that text earlier (`nlp/stance_commit.py`); "would commit" (a proposal) binds no one. An actor
offered in a role ("offered itself as a guarantor", `role_offer_verbs`) makes the role the target.
A catastrophe said to follow from something ("X would mean a third world war", "is bringing war
closer": `consequence_verbs`, `catastrophe_nouns`) is the speaker's opposition to it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from pactgraph.kb import KnowledgeBase, load_kb
from pactgraph.nlp import (
    lexicons,
    sentiment,
    stance_bounds,
    stance_capacity,
    stance_commit,
    stance_contrast,
    stance_forecast,
    stance_intent,
    stance_paths,
    stance_targets,
)
from pactgraph.nlp.guarantees import (
    SUBJECT_DEPS,
    contains_keyword,
    doc_text,
    entities,
    entity_of,
    is_negated,
    match_lemma_phrases,
    phrase_actors,
    prep_actors,
    subject_of,
)
from pactgraph.nlp.util import full_text, sentence_index, sentences
from pactgraph.records import Guarantee, Stance, Target

log = logging.getLogger("pactgraph")

COPULAS = {"be", "remain", "become", "serve", "act"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
TARGET_PREPS = {"on", "for", "against", "with", "to", "about"}
# prepositions that carry what a deontic clause asks for ("must be at the table", "should join
# in the talks"), unlike time or place adjuncts ("within three days of an attack")
DEONTIC_PREPS = {"at", "in", "into", "to", "for", "on", "with", "against", "of"}
# auxiliaries of a stated future act ("would contribute", "will lead") and the prepositions that
# carry what is contributed when there is no object ("contribute to the mission", "through aid")
FUTURE_AUX = {"will", "would", "'ll", "shall"}
CONTRIBUTION_PREPS = {"to", "through", "with"}
_PRONOUN_SUBJECTS = {"it", "we", "i", "they"}
# what may stand between the words of an idiom ("threw its full weight behind")
# stance types that name acts (an offer made, a plan proposed), which a past tense makes deeds
_DEED_TYPES = {"offer", "propose"}
# holders named by the trigger's own clause, not by anyone who speaks
_UNSPOKEN_RULES = {"subject", "group"}
_IDIOM_GAP_DEPS = {"det", "poss", "amod", "advmod", "nummod", "case"}
STATEMENT_PARTICLES = {"for", "out", "on", "to", "with", "against", "by", "forward", "about"}


@dataclass(frozen=True, slots=True)
class StanceLexicon:
    types: dict[str, dict[str, str]]
    verbs: dict[str, str]
    readiness: frozenset[str]
    adjectives: dict[str, str]
    predicate_nouns: dict[str, str]
    evaluations: dict[str, dict[str, Any]]
    claim_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    deontic: frozenset[str]
    hedges: frozenset[str]
    group_nouns: frozenset[str]
    clausal_types: frozenset[str]
    accusation_verbs: frozenset[str]
    commitment_nouns: frozenset[str]
    question_verbs: frozenset[str]
    topics: tuple[dict[str, Any], ...]
    vague_topics: frozenset[str]
    actor_like: frozenset[str]
    representative_nouns: frozenset[str]
    nouns: dict[str, str]
    voicing_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    retraction_verbs: frozenset[str]
    noun_target_preps: frozenset[str]
    stance_adjectives: dict[str, str]
    curated_only: frozenset[str]
    topic_max_words: int
    naming_verbs: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    reversal_words: frozenset[str] = frozenset()
    evaluation_verbs: frozenset[str] = frozenset()
    evaluable_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    negated_only: dict[str, str] = field(default_factory=dict)
    charge_verbs: frozenset[str] = frozenset()
    antecedent_nouns: frozenset[str] = frozenset()
    assent_verbs: frozenset[str] = frozenset()
    addressee_nouns: frozenset[str] = frozenset()
    pursuit_nouns: frozenset[str] = frozenset()
    modifier_adjectives: dict[str, str] = field(default_factory=dict)
    # sentiment polarity -> stance type, for words only the sentiment lexicon knows
    sentiment_types: dict[str, str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    carrier_nouns: frozenset[str] = frozenset()
    actor_qualities: dict[str, str] = field(default_factory=dict)
    condition_markers: tuple[tuple[str, ...], ...] = ()
    condition_vague: frozenset[str] = frozenset()
    ruling_out: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    third_party_subjects: frozenset[str] = frozenset()
    presenting_verbs: frozenset[str] = frozenset()
    place_reaction_types: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    reporting_idioms: dict[str, list[str]] = field(default_factory=dict)
    demanding_speech_verbs: frozenset[str] = frozenset()
    off_table_nouns: frozenset[str] = frozenset()
    substitute_nouns: frozenset[str] = frozenset()
    substitute_verbs: frozenset[str] = frozenset()
    power_nouns: frozenset[str] = frozenset()
    retaliation_verbs: frozenset[str] = frozenset()
    continuation_verbs: frozenset[str] = frozenset()
    permitting_verbs: frozenset[str] = frozenset()
    success_verbs: frozenset[str] = frozenset()
    securing_verbs: frozenset[str] = frozenset()
    causative_verbs: frozenset[str] = frozenset()
    bad_outcomes: frozenset[str] = frozenset()
    caused_feelings: frozenset[str] = frozenset()
    quality_nouns: frozenset[str] = frozenset()
    identity_verbs: frozenset[str] = frozenset()
    ruling_modals: frozenset[str] = frozenset()
    without_vague: frozenset[str] = frozenset()
    priority_nouns: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    advice_modals: frozenset[str] = frozenset()
    alignment_verbs: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()
    deciding_verbs: frozenset[str] = frozenset()
    pretense_verbs: frozenset[str] = frozenset()
    contribution_verbs: frozenset[str] = frozenset()
    stimulus_participles: frozenset[str] = frozenset()
    role_offer_verbs: frozenset[str] = frozenset()

    def evaluation(self, pred: Token) -> str | None:
        """The stance type an evaluative predicate expresses: an evaluative noun or adjective
        ("a trap", "reckless", "a step forward"), or a neutral noun with an evaluative modifier
        ("an important step", "a dangerous move"); words the stance lexicon lacks are judged by
        the sentiment lexicon ("cynical", "a glimmer of hope"). None for anything else."""
        lemma = pred.lemma_.lower()
        if pred.pos_ == "ADJ":
            return _diminished(pred, self.adjectives.get(lemma) or self.sentiment_type(pred))
        if lemma == "one" and pred.dep_ != "nummod":
            # "called the proposal a positive one": the pronoun's modifier is the judgement
            mods = [c for c in pred.children if c.dep_ == "amod" and not is_negated(c)]
            return next((t for m in mods if (t := self.evaluation(m))), None)
        if pred.pos_ not in {"NOUN", "PROPN"}:
            return None
        words = " ".join(t.lower_ for t in pred.subtree if t.dep_ not in {"det", "punct"})
        if pred.dep_ == "npadvmod":
            words += " " + pred.head.lower_  # "a real step forward" parsed as step <- forward
        for phrase, stype in self.predicate_nouns.items():
            if " " in phrase and phrase in words:
                return stype
        if lemma in self.predicate_nouns and lemma != "guarantee":
            return self.predicate_nouns[lemma]
        if lemma in self.evaluable_nouns:
            mods = [m for c in pred.children if c.dep_ == "amod" for m in (c, *c.conjuncts)]
            modifiers = {**self.modifier_adjectives, **self.adjectives}
            for m in mods:
                if m.lemma_.lower() in modifiers and not is_negated(m):
                    return _diminished(m, modifiers[m.lemma_.lower()])
            for m in mods:
                if not is_negated(m) and (stype := self.sentiment_type(m)):
                    return _diminished(m, stype)
        if lemma in self.evaluable_nouns or lemma in self.carrier_nouns:
            # "a glimmer of hope", "a sign of weakness": the phrase's noun carries the judgement
            for c in pred.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "for"}:
                    for o in c.children:
                        if o.dep_ == "pobj" and (stype := self.sentiment_type(o)):
                            return stype
        return self.sentiment_type(pred) if pred.pos_ == "NOUN" else None

    def sentiment_type(self, tok: Token) -> str | None:
        """The stance type of a word the sentiment lexicon finds evaluative (`sentiment.yaml`)."""
        pol = sentiment.polarity(tok.lemma_.lower(), tok.lower_)
        return self.sentiment_types.get(pol) if pol else None

    @classmethod
    def load(cls) -> StanceLexicon:
        data: dict[str, Any] = lexicons.load("stance_verbs")
        reporting = set(data.get("reporting_verbs", ()))
        try:  # the quotes component's list of speech verbs, when present
            reporting |= set(lexicons.load("speech_verbs").get("verbs", ()))
        except lexicons.LexiconError:
            pass
        return cls(
            types=dict(data["types"]),
            verbs=dict(data["verbs"]),
            readiness=frozenset(data.get("readiness", ())),
            adjectives=dict(data.get("adjectives", {})),
            predicate_nouns=dict(data.get("predicate_nouns", {})),
            evaluations=dict(data.get("evaluations", {})),
            claim_verbs=frozenset(data.get("claim_verbs", ())),
            harm_verbs=frozenset(data.get("harm_verbs", ())),
            reporting_verbs=frozenset(reporting),
            deontic=frozenset(data.get("deontic", ())),
            hedges=frozenset(data.get("hedges", ())),
            group_nouns=frozenset(data.get("group_nouns", ())),
            clausal_types=frozenset(data.get("clausal_complement_types", ())),
            accusation_verbs=frozenset(data.get("accusation_verbs", ())),
            commitment_nouns=frozenset(data.get("commitment_nouns", ())),
            question_verbs=frozenset(data.get("question_verbs", ())),
            topics=tuple(lexicons.load("topics")["topics"]),
            vague_topics=frozenset(lexicons.load("topics").get("vague", ())),
            nouns=dict(data.get("nouns", {})),
            voicing_verbs=frozenset(data.get("voicing_verbs", ())),
            reaction_verbs=frozenset(data.get("reaction_verbs", ())),
            retraction_verbs=frozenset(data.get("retraction_verbs", ())),
            noun_target_preps=frozenset(data.get("noun_target_preps", ())),
            stance_adjectives=dict(data.get("stance_adjectives", {})),
            representative_nouns=frozenset(data.get("representative_nouns", ())),
            actor_like=frozenset(lexicons.load("topics").get("actor_like", ())),
            curated_only=frozenset(data.get("curated_targets_only", ())),
            role_verbs=frozenset(data.get("role_verbs", ())),
            topic_max_words=int(lexicons.load("topics").get("phrase_max_words", 8)),
            naming_verbs=frozenset(data.get("naming_verbs", ())),
            reversal_words=frozenset(data.get("reversal_words", ())),
            evaluation_verbs=frozenset(data.get("evaluation_verbs", ())),
            evaluable_nouns=frozenset(data.get("evaluable_nouns", ())),
            quantity_nouns=frozenset(lexicons.load("topics").get("quantity_nouns", ())),
            negated_only=dict(data.get("negated_only", {})),
            charge_verbs=frozenset(data.get("charge_verbs", ())),
            antecedent_nouns=frozenset(data.get("antecedent_nouns", ())),
            assent_verbs=frozenset(data.get("assent_verbs", ())),
            addressee_nouns=frozenset(data.get("addressee_nouns", ())),
            pursuit_nouns=frozenset(data.get("pursuit_nouns", ())),
            modifier_adjectives=dict(data.get("modifier_adjectives", {})),
            sentiment_types=dict(lexicons.load("sentiment").get("stance_types", {})),
            light_verbs=frozenset(lexicons.load("sentiment").get("light_verbs", ())),
            carrier_nouns=frozenset(lexicons.load("sentiment").get("carrier_nouns", ())),
            actor_qualities=dict(lexicons.load("sentiment").get("actor_qualities", {})),
            condition_markers=tuple(
                tuple(m.lower().split()) for m in data.get("condition_markers", ())
            ),
            condition_vague=frozenset(data.get("condition_vague", ())),
            ruling_out=frozenset(data.get("ruling_out_existentials", ())),
            document_nouns=frozenset(data.get("document_nouns", ())),
            presenting_verbs=frozenset(data.get("presenting_verbs", ())),
            third_party_subjects=frozenset(data.get("third_party_subjects", ())),
            place_reaction_types=frozenset(data.get("place_reaction_types", ())),
            statement_nouns=frozenset(data.get("statement_nouns", ())),
            demanding_speech_verbs=frozenset(data.get("demanding_speech_verbs", ())),
            reporting_idioms={
                str(v): [str(w) for w in ws] for v, ws in data.get("reporting_idioms", {}).items()
            },
            off_table_nouns=frozenset(data.get("off_table_nouns", ())),
            substitute_nouns=frozenset(data.get("substitute_nouns", ())),
            substitute_verbs=frozenset(data.get("substitute_verbs", ())),
            power_nouns=frozenset(data.get("power_nouns", ())),
            retaliation_verbs=frozenset(data.get("retaliation_verbs", ())),
            continuation_verbs=frozenset(data.get("continuation_verbs", ())),
            permitting_verbs=frozenset(data.get("permitting_verbs", ())),
            success_verbs=frozenset(data.get("success_verbs", ())),
            securing_verbs=frozenset(data.get("securing_verbs", ())),
            causative_verbs=frozenset(data.get("causative_verbs", ())),
            bad_outcomes=frozenset(data.get("bad_outcomes", ())),
            caused_feelings=frozenset(data.get("caused_feeling_types", ())),
            quality_nouns=frozenset(data.get("quality_nouns", ())),
            identity_verbs=frozenset(data.get("identity_verbs", ())),
            ruling_modals=frozenset(data.get("ruling_modals", ())),
            without_vague=frozenset(data.get("without_vague", ())),
            priority_nouns=frozenset(data.get("priority_nouns", ())),
            belief_verbs=frozenset(data.get("belief_verbs", ())),
            advice_modals=frozenset(data.get("advice_modals", ())),
            alignment_verbs=frozenset(data.get("alignment_verbs", ())),
            side_nouns=frozenset(data.get("side_nouns", ())),
            deciding_verbs=frozenset(data.get("deciding_verbs", ())),
            pretense_verbs=frozenset(data.get("pretense_verbs", ())),
            contribution_verbs=frozenset(data.get("contribution_verbs", ())),
            stimulus_participles=frozenset(data.get("stimulus_participles", ())),
            role_offer_verbs=frozenset(data.get("role_offer_verbs", ())),
        )

    def polarity(self, stance_type: str) -> str:
        return self.types[stance_type]["polarity"]

    def negate(self, stance_type: str) -> str:
        return self.types[stance_type].get("negated", "neutral")


@dataclass(frozen=True, slots=True)
class Holder:
    key: str
    reported_by: str | None
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Speech:
    """Who speaks at a token: a quotation's speaker or the subject of a reporting verb."""

    speaker: str
    kind: str  # quote | reported | carried
    verb: Token | None
    # every speaker when the subject names several ("Britain and France said", "allies, including
    # A and B, said"); the first is `speaker`
    others: tuple[str, ...] = ()

    @property
    def speakers(self) -> list[str]:
        return [self.speaker, *self.others]


# stance types and rules whose "X, not Y" states a preference against Y
CONTRAST_TYPES = frozenset({"support", "offer", "demand", "endorse", "accept"})
CONTRAST_RULES = ("verb:", "readiness:", "stance-adjective:", "condition:")


class StanceExtractor:
    """spaCy component: fills `doc._.pg_stances` (see the module docstring)."""

    def __init__(
        self, *, lexicon: StanceLexicon | None = None, kb: KnowledgeBase | None = None
    ) -> None:
        self.lex = lexicon or StanceLexicon.load()
        self.kb = kb or load_kb()
        self._naming_pred: dict[int, Token] = {}

    def __call__(self, doc: Doc) -> Doc:
        ctx = _Context(doc, self.lex, self.kb)
        self._naming_pred = {}
        found: list[Stance] = []
        for trigger, stance_type, rule, roots in self._triggers(doc, ctx):
            made = self._stances(ctx, trigger, stance_type, rule, roots)
            found.extend(made)
            if stance_type in CONTRAST_TYPES and rule.startswith(CONTRAST_RULES) and any(
                st.polarity == "support" for st in made
            ):
                # "backed by European troops, not American ones": the excluded alternative is
                # opposed (a preference; "put forward principles, not a plan" corrects a name,
                # "a bridge, not a substitute" judges)
                opposite = self.lex.negate(stance_type)
                kept = {st.target.key for st in made}
                for first, alt in _contrasted(trigger):
                    found.extend(
                        _contrast_target(st, first, alt)
                        for st in self._stances(ctx, trigger, opposite, rule, [alt])
                        if st.polarity == "oppose" and st.target.key not in kept
                    )
            if any(st.polarity == "support" for st in made):
                # "send tanks rather than helmets": the alternative set against it is opposed
                for alt in stance_contrast.alternatives(trigger):
                    found.extend(
                        st
                        for st in self._stances(ctx, trigger, "reject", f"{rule}+contrast", [alt])
                        if st.polarity == "oppose"
                    )
            # "rejected X and any Y", "urged them to A and B": one more stance per conjunct
            for extra in _coordinated_roots(trigger, roots, rule):
                found.extend(
                    st
                    for st in self._stances(ctx, trigger, stance_type, rule, [extra])
                    # a bare verb ("allowing the Russians to ...": "allow") names no target
                    if st.target.label.lower() != extra.lemma_.lower()
                )
        doc._.pg_stances = _dedupe(found)
        return doc

    # -- triggers: (predicate token, stance type, rule, target roots)

    def _triggers(self, doc: Doc, ctx: _Context) -> Iterator[tuple[Token, str, str, list[Token]]]:
        verb_matches = match_lemma_phrases(doc, self.lex.verbs)
        refusal_matches = match_lemma_phrases(doc, self.lex.negated_only)
        for tok in doc:
            # "gave up its arsenal" states a fact; "will not give up territory" is a position
            if tok.pos_ == "VERB" and _negated(tok) and (
                tok.i in refusal_matches or tok.lemma_ in self.lex.negated_only
            ):
                phrase = refusal_matches[tok.i][0] if tok.i in refusal_matches else tok.lemma_
                stype = self.lex.negated_only[phrase]
                acts = [c for c in tok.children if c.dep_ == "xcomp"]
                if not any(stance_intent.intention_negated(a) and a.i in verb_matches for a in acts):
                    # "did not plan to send troops": the act's own stance verb, negated by
                    # `stance_intent`, says it already; the planning verb would repeat it
                    yield tok, stype, f"refusal:{phrase}", self._verb_objects(tok, phrase, stype)
            # verbs, including particle verbs ("call for", "rule out")
            if tok.i in verb_matches and tok.pos_ in {"VERB", "AUX"}:
                phrase, start, end = verb_matches[tok.i]
                stype = self.lex.verbs[phrase]
                yield tok, stype, f"verb:{phrase}", self._verb_objects(tok, phrase, stype)
            elif tok.pos_ == "VERB" and (spread := self._spread_phrase(tok)) is not None:
                # "campaigned hard for X", "called repeatedly on Y to ...": an adverb or object
                # between the verb and its particle
                stype = self.lex.verbs[spread]
                yield tok, stype, f"verb:{spread}", self._verb_objects(tok, spread, stype)
            elif tok.pos_ == "VERB" and (gapped := self._gapped_idiom(tok)) is not None:
                # "threw its full weight behind X", "left the door open to X": determiners,
                # possessives and modifiers inside an idiom
                stype = self.lex.verbs[gapped]
                # the target follows the idiom ("At the meeting in Brussels, X drew a red line at Y")
                roots = [r for r in self._verb_objects(tok, gapped, stype) if r.i > tok.i]
                yield tok, stype, f"verb:{gapped}", roots
            elif tok.pos_ == "VERB" and tok.lemma_ in self.lex.verbs and tok.i not in verb_matches:
                stype = self.lex.verbs[tok.lemma_]
                yield tok, stype, f"verb:{tok.lemma_}", self._verb_objects(tok, tok.lemma_, stype)
            # "distanced itself from X", "aligned themselves with X": a reflexive between verb
            # and preposition
            if tok.pos_ == "VERB" and any(c.lower_.endswith(("self", "selves")) for c in tok.children):
                preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
                for prep in preps:
                    phrase = f"{tok.lemma_.lower()} oneself {prep}"
                    if phrase in self.lex.verbs:
                        stype = self.lex.verbs[phrase]
                        yield tok, stype, f"verb:{phrase}", self._verb_objects(tok, phrase, stype)
            # "Y is unacceptable", "it is unacceptable to Y"
            if (
                tok.lemma_.lower() in self.lex.adjectives or tok.lower_ in self.lex.adjectives
            ) and (
                tok.dep_ in {"acomp", "ROOT", "ccomp", "conj"}
                and (
                    tok.pos_ == "ADJ"
                    # "X was misguided", "X were unjustified": participles parsed as passives
                    or (
                        tok.tag_ == "VBN"
                        and tok.lower_ in self.lex.adjectives
                        and any(c.dep_ == "auxpass" for c in tok.children)
                        and not any(c.dep_ == "agent" for c in tok.children)
                    )
                )
                # "a strong and positive message": a conjunct of a modifier modifies too
                and not (tok.dep_ == "conj" and tok.head.dep_ in {"amod", "advmod", "compound"})
            ):
                roots = _copula_subjects(tok) or [
                    c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}
                ]
                adj_type = self.lex.adjectives.get(tok.lemma_.lower()) or self.lex.adjectives[tok.lower_]
                causer = _causer(tok, roots, self.lex.causative_verbs)
                if causer is not None:
                    # "X would make a settlement impossible": X is judged, not the settlement
                    # (nothing is said of X when what it affects is itself bad: "make war impossible")
                    if causer.pos_ != "PRON" and not any(
                        r.lemma_.lower() in self.lex.bad_outcomes for r in roots
                    ):
                        yield tok, adj_type, f"adjective-cause:{tok.lemma_.lower()}", [causer]
                    continue
                yield tok, adj_type, f"adjective:{tok.lemma_.lower()}", roots
            # "X voiced its opposition to Y", "Y drew criticism from X"
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.nouns:
                roots = self._noun_targets(tok)
                if roots and _noun_holder(tok, self.lex) is not None:
                    yield tok, self.lex.nouns[tok.lemma_.lower()], f"noun:{tok.lemma_.lower()}", roots
            # "X is opposed to Y", "X is committed to Y", "X is against Y"
            stype = self.lex.stance_adjectives.get(tok.lower_)
            if stype and (
                # "said he was pleased with": the parser may read the copula as an auxiliary
                (tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "amod", "oprd", "conj", "ccomp"})
                # "X was disappointed with Y", "X is committed to Y" parsed as passives; a
                # feeling's cause may be its agent ("concerned by Y"), an attitude's may not
                # ("opposed by Y" is Y's stance)
                or (
                    tok.tag_ == "VBN"
                    and any(c.dep_ == "auxpass" for c in tok.children)
                    and (
                        stype in self.lex.caused_feelings
                        # "concerned by Y": the "by" phrase of a feeling is its cause, not an agent
                        or tok.lower_ in self.lex.stimulus_participles
                        or not any(c.dep_ == "agent" for c in tok.children)
                    )
                )
                # "X was concerned about Y": a participle read as the copula's complement
                or (tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.lower_ in self.lex.stimulus_participles)
                or (tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.lemma_ in COPULAS)
            ):
                # a feeling's "by" phrase is its cause ("encouraged by X to back Y": X is an agent)
                agent_is_cause = (
                    stype in self.lex.caused_feelings or tok.lower_ in self.lex.stimulus_participles
                ) and not any(x.dep_ == "xcomp" for x in tok.children)
                roots = [
                    o
                    for c in ([tok] if tok.pos_ == "ADP" else list(tok.children))
                    for o in (
                        [c] if c.dep_ == "xcomp"
                        else c.children if c.dep_ == "prep" or (c.dep_ == "agent" and agent_is_cause)
                        else ()
                    )
                    if o.dep_ in {"pobj", "pcomp", "xcomp"}
                ]
                if tok.pos_ == "ADP":
                    roots = [o for o in tok.children if o.dep_ in {"pobj", "pcomp"}]
                # "reluctant to back X": X, not the backing
                roots = [
                    o
                    for r in roots
                    for o in (
                        self._verb_objects(r, r.lemma_, self.lex.verbs[r.lemma_]) or [r]
                        if r.dep_ == "xcomp" and r.lemma_ in self.lex.verbs
                        and r.lemma_ not in self.lex.curated_only
                        else [r]
                    )
                ]
                if not roots and stype == "doubt" and tok.pos_ == "ADJ":
                    # "sceptical that the clause amounted to a guarantee": doubt about what the
                    # clause is about (a thing, not an actor's conduct). Only doubt: "worried that
                    # the truce would collapse" fears for the truce, it does not oppose it
                    roots = [
                        s
                        for c in tok.children
                        if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
                        for s in c.children
                        if s.dep_ in SUBJECT_DEPS and s.pos_ == "NOUN" and not phrase_actors(s)
                    ]
                if roots:
                    yield tok, stype, f"stance-adjective:{tok.lower_}", roots
            # "X is ready to Y"
            if tok.lemma_.lower() in self.lex.readiness and tok.pos_ == "ADJ":
                comps = [c for c in tok.children if c.dep_ in {"xcomp", "prep"}]
                if comps:
                    yield tok, "offer", f"readiness:{tok.lemma_.lower()}", comps
            # "X claimed Y undermined its security through Z"
            if tok.lemma_ in self.lex.reporting_verbs and tok.pos_ == "VERB":
                harms = (
                    self.lex.harm_verbs
                    if tok.lemma_ in self.lex.claim_verbs
                    else self.lex.accusation_verbs
                )
                for c in tok.children:
                    if c.dep_ == "ccomp" and c.lemma_ in harms and not is_negated(c):
                        yield c, "criticize", f"claim-harm:{c.lemma_}", [c]
            # "the Budapest Memorandum no longer works"
            ev = self.lex.evaluations.get(tok.lemma_)
            if ev and tok.pos_ == "VERB" and (not ev.get("negated") or _negated(tok)):
                subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
                if subj is not None and (
                    ctx.agreement_in(subj) or ctx._demonstrative_agreement(subj) is not None
                ):
                    yield tok, ev["type"], f"evaluation:{tok.lemma_}", [subj]
                elif (
                    subj is not None and subj.pos_ == "NOUN" and not phrase_actors(subj)
                    and ctx.speech(tok) is not None
                    # a judgement of the policy in general ("never protected anyone", "did not
                    # work"), not a report of one outcome ("had not stopped oil exports")
                    and all(c.pos_ == "PRON" for c in tok.children if c.dep_ == "dobj")
                    and ctx._topic(subj, [t for t in subj.subtree if t.sent == subj.sent])
                ):
                    # "argued that neutrality had never protected anyone": a policy judged by
                    # what it failed to do, in someone's words
                    yield tok, ev["type"], f"evaluation-topic:{tok.lemma_}", [subj]
        # "called X a mistake", "described X as a success", "X was branded a provocation"
        for tok in doc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.naming_verbs:
                named = self._naming(tok)
                if named is not None:
                    yield tok, named[0], f"naming:{tok.lemma_.lower()}", named[1]
        # "Y is an important step", "Y is a dangerous move": neutral noun, evaluative modifier
        for tok in doc:
            if (
                tok.dep_ == "attr"
                and tok.head.lemma_ in COPULAS
                and tok.lemma_.lower() in self.lex.evaluable_nouns
                and tok.lemma_.lower() not in self.lex.predicate_nouns
            ):
                stype = self.lex.evaluation(tok)
                roots = [c for c in tok.head.children if c.dep_ in {"nsubj", "csubj"}]
                # "this is an important step" in a quote: "this" stands for its antecedent
                pronoun_ok = ctx.speech(tok) is not None and _plain_judgement(tok, self.lex)
                if stype and roots and (
                    pronoun_ok or not any(r.lower_ in {"it", "this", "that"} for r in roots)
                ):
                    yield tok, stype, f"evaluation-noun:{tok.lemma_.lower()}", roots
            # "X poses a threat", "X would have negative consequences": the subject is judged
            elif (
                tok.dep_ == "dobj"
                and tok.head.lemma_ in self.lex.evaluation_verbs
                and not _negated(tok.head)
            ):
                stype = self.lex.evaluation(tok)
                roots = [c for c in tok.head.children if c.dep_ in {"nsubj", "csubj"}]
                if stype and roots and not any(r.pos_ == "PRON" for r in roots):
                    yield tok, stype, f"evaluation-noun:{tok.lemma_.lower()}", roots
        # "Y is the only guarantee", "the only guarantee is Y", "Y is a road to nowhere"
        for head_i, (phrase, _start, _end) in match_lemma_phrases(
            doc, self.lex.predicate_nouns
        ).items():
            tok = doc[head_i]
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in COPULAS:
                # "the draft served as the basis": the subject of serve/act is what is endorsed
                verb = tok.head.head
                roots = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
                if not roots and verb.dep_ in {"acl", "relcl"}:
                    # the parser hung "X served as ..." on a noun: X is the nearest agreement
                    # reference to the verb's left in the sentence
                    roots = ctx.agreement_tokens_before(verb)
                if roots:
                    yield tok, self.lex.predicate_nouns[phrase], f"predicate-noun:{phrase}", roots
                continue
            if tok.head.lemma_ not in COPULAS or tok.dep_ not in {"attr", "nsubj", "oprd"}:
                continue
            if phrase == "guarantee" and not _exclusive(tok):
                continue  # only "the only/best/real guarantee" is an endorsement
            other = "nsubj" if tok.dep_ == "attr" else "attr"
            roots = [c for c in tok.head.children if c.dep_ in {other, "csubj"}]
            if roots:
                yield tok, self.lex.predicate_nouns[phrase], f"predicate-noun:{phrase}", roots
        # deontic clauses about guarantees: "Russia should be among the guarantors",
        # "guarantees should come from ...", "a strong army must be part of the guarantees"
        for tok in doc:
            if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "aux" and _modal(tok, self.lex.deontic):
                if any(ctx.guarantee_at(t) for t in _clause_tokens(tok)):
                    yield tok, "demand", "deontic-guarantee", [tok]
                elif ctx.speech(tok) is not None and tok.lemma_ not in self.lex.verbs:
                    # "X said Europe must be at the table": what must happen is X's demand,
                    # when it names a curated topic (a stance verb has its own rule)
                    yield tok, "demand", "deontic-topic", [tok]
        yield from self._sentiment_triggers(doc, ctx)
        # "a truce must not be a trap", "a settlement can never mean surrender": what
        # something is ruled out from being, in someone's words, is rejected
        for tok in doc:
            if (
                tok.dep_ in {"attr", "dobj"}
                and tok.pos_ == "NOUN"
                and tok.head.lemma_ in self.lex.identity_verbs
                and _negated(tok.head)
                and any(
                    c.dep_ == "aux" and c.lower_ in self.lex.ruling_modals for c in tok.head.children
                )
                and ctx.speech(tok) is not None
            ):
                yield tok, "reject", f"ruled-out-identity:{tok.head.lemma_}", [tok]
        # "X has little credibility", "Y had no legitimacy": a quality denied to X, in someone's words
        for tok in doc:
            if tok.lemma_.lower() in self.lex.quality_nouns and (owner := _denied_quality(tok)) is not None:
                yield tok, "criticize", f"denied-quality:{tok.lemma_.lower()}", [owner]
        yield from self._conditions(doc, ctx)
        yield from self._bounds_triggers(doc)
        # "X was out of the question", "took X off the table" (`nlp/stance_bounds.py`)
        for trig, stype, rule, roots, _evaluative in stance_bounds.out_of_bounds_triggers(doc):
            yield trig, stype, rule, roots
        # "it was too soon to discuss X": like "premature", a rejection of X for now
        yield from stance_bounds.too_early_triggers(doc)
        # "X said: no ground troops" (a verbless denial after the colon)
        yield from stance_bounds.colon_denials(doc, self.lex.reporting_verbs)
        yield from self._intention_triggers(doc, ctx)
        # "X had no plans for Y", "Z had no such intention" (the act named before it)
        yield from stance_intent.denied_plans(
            doc,
            self.lex.reporting_verbs,
            lambda verb: ctx._topic(verb, [
                t for c in verb.children if c.dep_ not in SUBJECT_DEPS for t in (c, *c.subtree)
            ]) is not None,
        )
        yield from self._contribution_triggers(doc, ctx)
        # "Ukraine's path to membership is irreversible": the goal is the speaker's
        yield from stance_paths.path_triggers(doc)
        # "Ukraine's future lies in NATO": membership is the speaker's wish
        yield from stance_paths.destiny_triggers(doc)
        # "X would mean a third world war" in someone's words: the speaker opposes X
        for trig, stype, rule, roots in stance_paths.consequence_triggers(doc):
            if ctx.speech(trig) is not None:
                yield trig, stype, rule, roots
        # "the text commits Britain to support X": Britain's position
        yield from stance_commit.commitment_triggers(doc)
        # "there can be no question of X", "there is no room for X" in someone's words
        for tok in doc:
            if (
                tok.lemma_.lower() in self.lex.ruling_out
                and tok.dep_ == "attr"
                and tok.head.lemma_ == "be"
                and any(c.dep_ == "expl" for c in tok.head.children)
                and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
                and ctx.speech(tok) is not None
            ):
                roots = [
                    o for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}
                    for o in c.children if o.dep_ in {"pobj", "pcomp"}
                ]
                if roots:
                    yield tok, "reject", f"ruling-out:{tok.lemma_.lower()}", roots


    def _bounds_triggers(self, doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
        """Positions stated by ruling something out of bounds: "X is not up for discussion"
        (insist on X), "no substitute for X" / "will not accept alternatives to X" / "does not
        replace X" (support X), "Y will not have a veto" / "Y has no veto" (oppose Y's veto)."""
        lex = self.lex
        for tok in doc:
            lemma = tok.lemma_.lower()
            if (
                tok.lower_ in lex.off_table_nouns
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "for"
                and tok.head.head.lower_ == "up"
            ):
                cop = tok.head.head.head
                if cop.lemma_ in COPULAS and _negated(cop):
                    roots = [c for c in cop.children if c.dep_ in {"nsubj", "nsubjpass"}]
                    if roots and not any(r.pos_ == "PRON" for r in roots):
                        yield tok, "demand", f"off-table:{tok.lower_}", roots
            elif lemma in lex.substitute_nouns and tok.pos_ == "NOUN":
                target = _substituted(tok)
                governor = _substitute_denial(tok, lex)
                if target is not None and governor is not None:
                    yield governor, "support", f"substitute:{lemma}", [target]
            elif lemma in lex.substitute_verbs and tok.pos_ == "VERB" and _negated(tok):
                roots = [c for c in tok.children if c.dep_ == "dobj"]
                subj = subject_of(tok)
                # "the deal does not replace the goal of X": a thing, not an actor, replacing
                if roots and subj is not None and not phrase_actors(subj):
                    yield tok, "support", f"substitute:{lemma}", roots
            elif (
                lemma in lex.power_nouns
                and tok.dep_ == "dobj"
                and tok.head.lemma_ == "have"
                and _power_denied(tok)
            ):
                yield tok, "oppose", f"power:{lemma}", [tok.head]
            elif (
                lemma in lex.power_nouns
                and tok.pos_ == "VERB"
                and stance_capacity.capacity_only(tok)
                and tok.head.dep_ == "dobj"
                and tok.head.head.lemma_ == "have"
                and _power_denied(tok.head)
            ):
                # "Y has no right to veto X": like "Y has no veto", Y's veto is opposed
                yield tok, "oppose", f"power:{lemma}", [tok.head.head]

    def _intention_triggers(
        self, doc: Doc, ctx: _Context
    ) -> Iterator[tuple[Token, str, str, list[Token]]]:
        """Stated intentions: "X would respond (with sanctions) if Y escalated" (X opposes the
        escalation, offers the sanctions); "the operation would continue" in someone's words
        (the speaker wants it to)."""
        lex = self.lex
        retaliation = match_lemma_phrases(doc, {p: "warn" for p in lex.retaliation_verbs})
        for tok in doc:
            if tok.lower_ == "without" and tok.dep_ == "prep":
                required = [
                    o for o in tok.children
                    if o.dep_ in {"pobj", "pcomp"} and o.lemma_.lower() not in lex.without_vague
                ]
                head = tok.head
                denied = (
                    # "will not sign a deal without X"
                    (head.pos_ in {"VERB", "AUX"} and _negated(head))
                    # "cannot imagine a meeting would take place without X"
                    or (
                        head.dep_ == "ccomp"
                        and head.head.lemma_ in lex.belief_verbs
                        and _negated(head.head)
                    )
                    # "there can be no peace without X", "no deal without X"
                    or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
                )
                if required and denied:
                    yield head, "demand", "requirement:without", required
            if (
                tok.lemma_.lower() in lex.priority_nouns
                and tok.dep_ == "nsubj"
                and tok.head.lemma_ in COPULAS
                and not _negated(tok.head)
            ):
                # "the priority was to give Kyiv weapons": what the priority is, is wanted
                wanted = [c for c in tok.head.children if c.dep_ in {"xcomp", "attr"}]
                # "to give Kyiv weapons": a light verb's object is what is wanted
                wanted = [
                    next((o for o in w.children if o.dep_ == "dobj"), w)
                    if w.lemma_ in lex.curated_only else w
                    for w in wanted
                ]
                if wanted:
                    yield tok, "support", f"priority:{tok.lemma_.lower()}", wanted
            if tok.pos_ == "VERB" and tok.lemma_ in lex.permitting_verbs and _negated(tok):
                # "would not let Moscow win": the one denied victory is opposed
                winners = [
                    subj
                    for c in tok.children
                    if c.dep_ in {"ccomp", "xcomp"} and c.lemma_ in lex.success_verbs
                    and (subj := subject_of(c) or next(
                        (d for d in tok.children if d.dep_ == "dobj" and d.i < c.i), None
                    )) is not None
                    and phrase_actors(subj)
                ]
                if winners:
                    yield tok, "oppose", f"denied-success:{tok.lemma_}", winners
                continue
            if (
                tok.pos_ == "VERB"
                and tok.lemma_ in lex.success_verbs
                and _negated(tok)
                and _secured(tok, lex.securing_verbs)
                and (subj := subject_of(tok)) is not None
                and phrase_actors(subj)
            ):
                # "would make sure Russia could not win": the one denied victory is opposed by
                # whoever sets out to ensure it
                securer = tok.head if tok.head.lemma_.lower() in lex.securing_verbs else tok.head.head
                yield securer, "oppose", f"denied-success:{tok.lemma_}", [subj]
                continue
            if tok.pos_ != "VERB" or _negated(tok):
                continue
            if tok.i in retaliation or tok.lemma_ in lex.retaliation_verbs:
                acts = [
                    c for c in tok.children
                    if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                    and not _negated(c)
                ]
                if acts:
                    yield tok, "warn", f"retaliation:{tok.lemma_}", acts
                    means = [
                        o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                        for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                    ]
                    if means:
                        yield tok, "offer", f"retaliation-means:{tok.lemma_}", means
            elif (
                tok.lemma_ in lex.continuation_verbs
                and ctx.speech(tok) is not None
                and not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in tok.children)
                # "cannot join while the war continues": a time clause, not a wish
                and tok.dep_ in {"ROOT", "ccomp", "conj"}
                and not any(c.dep_ == "mark" and c.lower_ != "that" for c in tok.children)
            ):
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if (
                    subj is not None
                    and subj.pos_ == "NOUN"
                    and not phrase_actors(subj)
                    and subj.lemma_.lower() not in lex.actor_like
                ):
                    yield tok, "support", f"continuation:{tok.lemma_}", [subj]

    def _contribution_triggers(
        self, doc: Doc, ctx: _Context
    ) -> Iterator[tuple[Token, str, str, list[Token]]]:
        """Own contributions stated as future acts (lexicon `contribution_verbs`): "Ottawa would
        contribute aircraft", "Finland will open negotiations", "we will set up a centre": the
        actor offers what it names. A past act is a fact; another state's future act in someone's
        words ("said Russia would open an offensive") is a forecast, not a position."""
        lex = self.lex
        matches = match_lemma_phrases(doc, {p: "offer" for p in lex.contribution_verbs})
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            if tok.i in matches:
                phrase = matches[tok.i][0]
            elif tok.lemma_ in lex.contribution_verbs and " " not in tok.lemma_:
                phrase = tok.lemma_
            else:
                continue
            # a commitment is a future act of a main or reported clause, not a condition,
            # a relative clause or a past fact
            if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
                continue
            if tok.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in tok.children
            ):
                continue
            subj = subject_of(tok)
            if subj is None or subj.dep_ == "nsubjpass":
                continue
            keys = ctx._actor_keys(subj)
            speech = ctx.speech(tok)
            if speech is not None:
                speakers = {speech.speaker, *speech.others}
                own = speakers | {s for k in speakers for s in ctx.offices.get(k, ())}
                if subj.lower_ not in _PRONOUN_SUBJECTS and not set(keys) & own:
                    continue
            elif not keys:
                continue
            objects = [c for c in tok.children if c.dep_ == "dobj"] or [
                o for c in tok.children if c.dep_ == "prep" and c.lower_ in CONTRIBUTION_PREPS
                for o in c.children if o.dep_ == "pobj"
            ]
            if objects:
                yield tok, "offer", f"contribution:{phrase}", objects

    def _sentiment_triggers(
        self, doc: Doc, ctx: _Context
    ) -> Iterator[tuple[Token, str, str, list[Token]]]:
        """Evaluative predicates that only the sentiment lexicon knows (`sentiment.yaml`): "X said
        the offer was cynical", "Uncertainty is weakness", "the accord brings a glimmer of hope".
        The judged thing is the predicate's subject; a pronoun stands for its antecedent."""
        lex = self.lex
        known = {*lex.adjectives, *lex.stance_adjectives, *lex.readiness, *lex.predicate_nouns}
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma in lex.actor_qualities and tok.pos_ == "ADJ":
                yield from self._actor_judgement(tok, ctx)
            if lemma in known or tok.lower_ in known:
                continue  # the stance lexicon's own rules read these
            head = tok.head
            if tok.dep_ not in {"acomp", "attr", "dobj"} or not _plain_judgement(tok, lex):
                continue
            if ctx.speech(tok) is None:
                continue  # the judged thing is the subject: only a speaker can hold the stance
            if (
                tok.pos_ == "ADJ"
                and tok.dep_ == "acomp"
                and head.lemma_ in COPULAS
                and (stype := lex.sentiment_type(tok))
            ):
                # "the guarantees would be very robust"; an extraposed "it is ... to" is left to
                # the adjective rule's clause reading
                if any(c.dep_ in {"xcomp", "ccomp"} for c in (*tok.children, *head.children)):
                    continue
                roots = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if roots:
                    yield tok, stype, f"sentiment-adjective:{lemma}", roots
            elif (
                tok.pos_ == "NOUN"
                and tok.dep_ == "attr"
                and head.lemma_ in COPULAS
                and lemma not in lex.evaluable_nouns
                and (stype := lex.evaluation(tok))
            ):
                roots = [c for c in head.children if c.dep_ in {"nsubj", "csubj"}]
                if roots:
                    yield tok, stype, f"sentiment-noun:{lemma}", roots
            elif (
                tok.dep_ == "dobj"
                and head.lemma_ in lex.light_verbs
                and head.lemma_ not in lex.evaluation_verbs
                and not _negated(head)
                and (stype := lex.evaluation(tok))
            ):
                # "the accord offers a glimmer of hope", "the text sends a powerful signal"
                roots = [c for c in head.children if c.dep_ in {"nsubj", "csubj"}]
                if roots and not any(phrase_actors(r) for r in roots):
                    yield tok, stype, f"sentiment-light:{head.lemma_}", roots

    def _actor_judgement(
        self, adj: Token, ctx: _Context
    ) -> Iterator[tuple[Token, str, str, list[Token]]]:
        """ "X said Moscow was not serious": a speaker judging an actor's good faith takes a
        stance on that actor (`actor_qualities` of sentiment.yaml; negation flips it, also
        "no sign that Moscow was serious")."""
        head = adj.head if adj.dep_ == "acomp" else adj
        if adj.dep_ not in {"acomp", "ccomp"} or (adj.dep_ == "acomp" and head.lemma_ not in COPULAS):
            return
        subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        speech = ctx.speech(adj)
        if subj is None or speech is None or not _plain_judgement(adj, self.lex):
            return
        keys = phrase_actors(subj)
        if not keys or speech.speaker in keys or set(keys) & ctx.offices.get(speech.speaker, set()):
            return  # a speaker vouching for their own side judges no one
        stype = self.lex.actor_qualities[adj.lemma_.lower()]
        # "saw no sign that X was serious": the noun the clause hangs on denies it
        if head.dep_ in {"acl", "ccomp"} and any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.head.children
        ):
            stype = self.lex.negate(stype)
        if stype in self.lex.types:
            yield adj, stype, f"actor-judgement:{adj.lemma_.lower()}", [subj]

    def _conditions(
        self, doc: Doc, ctx: _Context
    ) -> Iterator[tuple[Token, str, str, list[Token]]]:
        """Conditions in reported speech: "X said the guarantees would apply only after a
        ceasefire", "... keep up the pressure until the guns are withdrawn". The speaker demands
        what the condition names; the trigger is the marker's linking word."""
        lowers = [t.lower_ for t in doc]
        last_words = {words[-1] for words in self.lex.condition_markers}
        for tok in doc:
            if lowers[tok.i] not in last_words:
                continue
            for words in self.lex.condition_markers:
                first = tok.i - len(words) + 1
                if first < 0 or tuple(lowers[first : tok.i + 1]) != words:
                    # "would only take effect after X": "only" on the verb the condition restricts
                    if not (
                        len(words) == 2 and words[0] == "only" and tok.lower_ == words[1]
                        and _restricted_by_only(tok)
                    ):
                        continue
                roots = _condition_content(tok)
                # "only in exchange for X": the marker's first preposition hangs on the clause
                link = doc[first + 1] if words[0] == "only" and len(words) > 2 else tok
                if roots and (ctx.speech(tok) is not None or _terms_of_own_act(link, words, ctx)):
                    # "only if the shelling ended and Kyiv halted X": each clause is a condition
                    clauses = [roots[0]] if roots[0].pos_ not in {"VERB", "AUX"} else [
                        roots[0],
                        *(c for c in roots[0].conjuncts if c.i > roots[0].i and c.pos_ == "VERB"
                          and any(d.dep_ in SUBJECT_DEPS for d in c.children)),
                    ]
                    for clause in clauses:
                        # "only after the shelling ended": what is to end is rejected
                        stype = "reject" if _ending_condition(clause, self.lex, ctx) else "demand"
                        yield link, stype, f"condition:{' '.join(words)}", [clause]
                break

    def _spread_phrase(self, verb: Token) -> str | None:
        """A particle verb of the lexicon whose particle and preposition are the verb's own
        dependents but not next to it ("pushed strongly for", "lashed out angrily at")."""
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "dobj" for c in verb.children):
            # "withdrew its troops from X", "joined the leaders in person": with an object of its
            # own the verb is transitive and the preposition an adjunct
            return None
        prts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        preps = [c.lower_ for c in verb.children if c.dep_ == "prep"]
        for prt in prts:
            for prep in preps:
                if f"{lemma} {prt} {prep}" in self.lex.verbs:
                    return f"{lemma} {prt} {prep}"
        for word in [*prts, *preps]:
            if f"{lemma} {word}" in self.lex.verbs:
                return f"{lemma} {word}"
        return None

    def _gapped_idiom(self, verb: Token) -> str | None:
        """An idiom of three or more words of the lexicon whose words follow the verb with only
        determiners, possessives and modifiers between them ("threw its weight behind", "drew a
        clear red line at", "left the door wide open to"); the longest wins."""
        lemma = verb.lemma_.lower()
        doc = verb.doc
        best: str | None = None
        for phrase in self._idioms_by_verb.get(lemma, ()):
            i = verb.i + 1
            gaps = 0
            for word in phrase.split()[1:]:
                while (
                    i < len(doc)
                    and doc[i].lemma_.lower() != word
                    and doc[i].lower_ != word
                    and doc[i].dep_ in _IDIOM_GAP_DEPS
                    and gaps < 3
                ):
                    i += 1
                    gaps += 1
                if i >= len(doc) or (doc[i].lemma_.lower() != word and doc[i].lower_ != word):
                    break
                i += 1
            else:
                if gaps and (best is None or len(phrase) > len(best)):
                    best = phrase
        return best

    @property
    def _idioms_by_verb(self) -> dict[str, list[str]]:
        cached = getattr(self, "_idiom_index", None)
        if cached is None:
            cached = {}
            for phrase in self.lex.verbs:
                words = phrase.split()
                if len(words) >= 3 and "oneself" not in words:
                    cached.setdefault(words[0], []).append(phrase)
            self._idiom_index = cached
        return cached

    def _verb_objects(self, verb: Token, phrase: str, stance_type: str) -> list[Token]:
        """The phrases a stance verb is about: passive subject, direct object, the particle's
        object, or a complement clause."""
        words = phrase.split()
        particle = words[-1] if len(words) > 1 else None
        role = _offered_role(verb, self.lex.role_offer_verbs)
        if role is not None:
            return [role]  # "offered Turkey as a venue for talks": the role, not the actor
        # "distanced itself from", "aligned themselves with": the reflexive stands for the subject
        # and the preposition after it carries the target
        reflexive = "oneself" in words
        words = [w for w in words if w != "oneself"]
        roots: list[Token] = []
        # words of an idiom ("cast doubt on", "pour cold water on", "take aim at"): the particle's
        # phrase may hang on the idiom's noun rather than on the verb
        idiom = [
            c for c in verb.children
            if c.dep_ in {"dobj", "prt", "advmod", "prep", "pobj"}
            and (c.lower_ in words[1:] or c.lemma_.lower() in words[1:])
            and c.lower_ != particle
        ]
        heads = [verb, *idiom, *(g for i in idiom for g in i.children if g.lemma_.lower() in words)]
        for c in verb.children:
            if (c.lower_ in words[1:] or c.lemma_.lower() in words[1:]) and c.dep_ in {
                "dobj", "prt", "advmod"
            }:
                continue  # part of the verb phrase itself ("took issue with")
            if reflexive and c.lower_.endswith(("self", "selves")):
                continue
            if c.dep_ == "nsubjpass":
                roots.append(c)
            elif c.dep_ in {"dobj", "obj", "attr"}:
                roots.append(c)
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and particle and c.lower_ == particle:
                    roots.extend(o for o in c.children if o.dep_ in {"pobj", "pcomp"})
        if roots and all(r.lower_.endswith(("self", "selves")) for r in roots):
            return []  # "defends itself": self-defence, not a position on anything
        if not roots or all(r.lower_ == "what" for r in roots):
            # "condemned what she called a cynical move": the name given is what is condemned
            roots = [
                o
                for c in verb.children
                if c.dep_ == "ccomp" and c.lemma_.lower() in self.lex.naming_verbs
                and any(w.lower_ == "what" for w in (*roots, *c.children))
                for o in c.children
                if o.dep_ in {"oprd", "dobj", "attr"} and o.lower_ != "what"
            ] or roots
        if roots and all(r.pos_ == "PRON" and not entity_of(r) for r in roots):
            # "accused it of preparing an invasion": an unresolved pronoun says nothing, the
            # charge or the reason does
            roots.extend(
                o
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in {"of", "over", "for", "against", "about", "on"}
                for o in c.children
                if o.dep_ in {"pobj", "pcomp"}
            )
        if not roots and not particle and verb.lemma_ != "thank":
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                    roots.extend(o for o in c.children if o.dep_ in {"pobj", "pcomp"})
        if particle and not roots:
            for c in verb.children:
                if c.dep_ == "prt":
                    roots.extend(o for o in verb.children if o.dep_ == "dobj")
        if particle and not roots:
            # "called for more jets to be delivered": the parser makes the particle the mark of
            # a clause; what is asked for is that clause's subject
            for c in verb.children:
                if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == particle for m in c.children
                ):
                    subjects = [s for s in c.children if s.dep_ in SUBJECT_DEPS]
                    if subjects and all(
                        s.dep_ == "nsubj" and (phrase_actors(s) or _addressee(s)) for s in subjects
                    ):
                        # "called for Kyiv to withdraw its troops": the act asked of an actor
                        roots.append(c)
                    else:
                        roots.extend(subjects)
        warned_off = self._addressed_against(verb, roots)
        if warned_off:
            return warned_off
        xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
        if xcomps and any(
            (r.dep_ == "dobj" or r.head.dep_ == "prep")
            and (phrase_actors(r) or _addressee(r) or r.lemma_.lower() in self.lex.addressee_nouns)
            for r in roots
        ):
            # "urged Washington to increase pressure", "called on both parties to halt ...":
            # the action is the target, not who is asked to take it
            return xcomps
        if stance_type in {"demand", "warn"} and roots and all(
            r.dep_ == "dobj" and _people_addressed(r, self.lex.addressee_nouns) for r in roots
        ):
            return []  # "warned Ukrainians that ...", "pressed lawmakers": who is addressed
        if not roots and verb.dep_ == "relcl" and _object_relative(verb):
            roots.append(verb.head)  # "the plan Berlin rejected": the plan
        if verb.dep_ == "relcl" and roots and all(_relative_pronoun(r) for r in roots):
            roots = [_relative_antecedent(verb)]  # "X, which Trump has ruled out": X
        if not roots and verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
            c.dep_ == "agent" for c in verb.children
        ):
            # "..., a position long favoured by X": what the aside restates (a bare "guarantees
            # approved by X" under a demand describes a wish, not X's position)
            referent = _appositive_referent(verb.head)
            if referent != verb.head:
                roots.append(referent)
        if not roots:
            clausal = {"xcomp", "ccomp"} if stance_type in self.lex.clausal_types else {"xcomp"}
            roots.extend(c for c in verb.children if c.dep_ in clausal)
        if stance_type in {"offer", "propose"}:
            # "offered Turkey as a venue for talks": what is offered is the role, not the actor
            roles = [
                o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
            ]
            if roles:
                roots = [
                    roles[0] if r.dep_ == "dobj" and phrase_actors(r) and entity_of(r) else r
                    for r in roots
                ]
        return [p for r in roots for p in _purpose_of_sum(verb, r)]

    def _addressed_against(self, verb: Token, roots: list[Token]) -> list[Token]:
        """ "warned allies against any deal", "cautioned Kyiv against concessions": with a
        lexicon phrase "<verb> <prep>" and the object only saying who is addressed, the target is
        the prepositional object (the parser hangs the phrase on the verb or on the object)."""
        if not roots or not all(
            r.dep_ == "dobj"
            and (_addressee(r) or _people_addressed(r, self.lex.addressee_nouns))
            for r in roots
        ):
            return []
        lemma = verb.lemma_.lower()
        return [
            o
            for h in (verb, *roots)
            for c in h.children
            if c.dep_ == "prep" and c.i > roots[0].i and f"{lemma} {c.lower_}" in self.lex.verbs
            for o in c.children
            if o.dep_ in {"pobj", "pcomp"}
        ]

    def _naming(self, verb: Token) -> tuple[str, list[Token]] | None:
        """For a naming verb, (stance type, [what is named]) when the name is evaluative:
        "called the plan a trap", "described it as a failure", "was labelled a trap". The small
        parser reads double objects loosely (dative, two dobj, oprd), so the name is the last
        evaluative word right of the verb in its clause, and the named thing the first object
        phrase before it."""
        # a coordinated clause names nothing ("called X a sham and said Y was not ready")
        other = {
            t.i
            for c in verb.children
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
            for t in c.subtree
        }
        # a colon or semicolon opens a statement of its own ("described the talks as useful but
        # drew a line: X would be unacceptable"), which names nothing of the verb's object
        stop = next(
            (t.i for t in verb.sent if t.i > verb.i and t.text in {":", ";"}), verb.sent.end
        )
        clause = [
            t for t in verb.subtree
            if verb.i < t.i < stop and t.sent == verb.sent and t.dep_ not in {"relcl", "advcl"}
            and t.i not in other
        ]
        preds = [
            t for t in clause
            if (
                t.dep_ in {"dobj", "oprd", "xcomp", "attr", "pobj", "acomp", "ccomp", "npadvmod"}
                # "described it as unconscionable": the parser may hang the name on "as"
                or (t.dep_ == "amod" and t.head.lower_ == "as")
                # 'called the debate about troops "premature"': a modifier after its noun
                or (t.dep_ == "amod" and t.i > t.head.i and t.pos_ == "ADJ")
                # "as the most complex and perhaps the least effective option": a second name
                or (t.dep_ == "conj" and t.head.dep_ in {"oprd", "attr", "pobj", "acomp", "dobj"}
                    and t.head.i > verb.i)
            )
            and (t.dep_ not in {"pobj", "amod"} or t.head.lower_ == "as" or t.i > t.head.i)
            and self.lex.evaluation(t)
        ]
        if not preds or _negated(preds[-1]):
            return None
        pred = preds[-1]
        named = [
            c for c in verb.children
            if c.dep_ in {"dobj", "dative", "oprd", "nsubjpass", "ccomp", "xcomp"}
            and c != pred and c.i < pred.i and c.pos_ in {"NOUN", "PROPN", "PRON", "VERB"}
        ][:1]
        if named and verb.dep_ == "relcl" and named[0].lower_ in {"that", "which", "whom"}:
            named = [verb.head]  # "proposals that he called absurd"
        if not named and verb.dep_ == "relcl" and _object_relative(verb):
            named = [verb.head]  # "conditions he considered unacceptable"
        if named and named[0].dep_ in {"ccomp", "xcomp"}:
            # "called the plan a trap" read as a clause: its subject is what is named
            subj = [c for c in named[0].children if c.dep_ in SUBJECT_DEPS]
            named = subj or named
        if not named or any(t == pred for t in named):
            return None
        self._naming_pred[verb.i] = pred
        return self.lex.evaluation(pred) or "criticize", named

    def _noun_targets(self, noun: Token) -> list[Token]:
        """What a stance noun is about: its prepositional object or infinitive; for "Y drew
        criticism" with no such phrase, Y."""
        roots = [
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in self.lex.noun_target_preps
            for o in c.children
            if o.dep_ in {"pobj", "pcomp"} and not (c.lower_ == "from" or phrase_actors(o) and c.lower_ == "of" and noun.lemma_ != "support")
        ]
        roots += [c for c in noun.children if c.dep_ in {"acl", "xcomp"} and c.tag_ == "VB"]
        if not roots and noun.dep_ == "dobj" and noun.head.lemma_ in self.lex.voicing_verbs:
            # "signalled openness to X": the parser hangs the noun's phrase on the verb
            roots = [
                o
                for c in noun.head.children
                if c.dep_ == "prep" and c.i > noun.i
                and c.lower_ in self.lex.noun_target_preps - {"of", "from", "in", "with"}
                for o in c.children
                if o.dep_ in {"pobj", "pcomp"}
            ]
        if not roots and noun.dep_ == "dobj" and noun.head.lemma_ in self.lex.reaction_verbs:
            verb = noun.head
            roots = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            if not roots and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
                roots = [verb.head]  # "the plan, drawing criticism from X, ..."
        return roots

    @property
    def topic_words(self) -> frozenset[str]:
        """Words of the curated topics' keywords."""
        if not hasattr(self, "_topic_words"):
            self._topic_words = frozenset(
                w for topic in self.lex.topics for kw in topic["keywords"] for w in kw.split()
            )
        return self._topic_words

    def _reversed(self, trigger: Token, roots: list[Token], targets: list[Target]) -> bool:
        """The target is named as something undone: a reversal verb or noun ("suspend",
        "lifting", "withdrawal from") governs the object phrase and is not part of the label."""
        if any(t.kind == "actor" for t in targets):
            return False
        if trigger.lemma_.lower() in self.lex.charge_verbs:
            # "accused X of pushing Y to abandon the talks": the charge is X's act, not the
            # stance's object, so nothing it undoes flips the accusation
            return False
        labels = " ".join(t.label.lower() for t in targets)
        for r in roots:
            # a conjunct is a target of its own ("a ceasefire and the withdrawal of troops")
            conjuncts = {t.i for c in r.children if c.dep_ == "conj" for t in c.subtree}
            conjuncts |= _conjunct_tokens(trigger, roots, "")
            for t in r.subtree:
                if t.i in conjuncts:
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in {"by", "at", "until", "till", "before"}:
                    continue  # "by the end of the year": a time, nothing undone
                if t.sent != trigger.sent or t.lemma_.lower() not in self.lex.reversal_words:
                    continue
                if t.pos_ not in {"VERB", "NOUN"} or _negated(t) or t.lemma_.lower() in labels:
                    continue
                # "halting military aid": the gerund may be parsed as a modifier of what it undoes
                undoes = any(c.i > t.i for c in t.children) or (
                    t.dep_ == "amod" and t.tag_ == "VBG" and t.head.i > t.i
                )
                if t.lower_ in labels or not undoes:
                    continue
                if t.lower_ in self.topic_words or t.lemma_.lower() in self.topic_words:
                    continue  # "stopping the fire" names the ceasefire itself
                if _under_other_verb(t, r):
                    continue  # "set up teams to work toward ending the war": the purpose's act
                return True
        return False

    def _composed(
        self, trigger: Token, stance_type: str, roots: list[Token], polarity: str, final_type: str
    ) -> tuple[str, str]:
        """A demand or warning about someone else's stance act takes that act's polarity into
        account: "urged Y to block X" opposes X, "warned Y not to block X" supports it ("not to"
        is how a warning is put, so it does not flip it; for a demand it does)."""
        acts = [
            r for r in roots
            if r.dep_ == "xcomp" and r.pos_ == "VERB" and r.lemma_ in self.lex.verbs
        ]
        if not acts or self.lex.polarity(stance_type) == "neutral":
            return polarity, final_type
        inner = self.lex.verbs[acts[0].lemma_]
        inner_polarity = self.lex.polarity(inner)
        if inner_polarity == "neutral":
            return polarity, final_type
        flip = inner_polarity == "oppose"
        if stance_type != "warn" and _negated(acts[0]):
            flip = not flip
        if not flip:
            return polarity, final_type
        polarity = "oppose" if polarity == "support" else "support"
        return polarity, ("oppose" if polarity == "oppose" else "support")

    def _question(self, trigger: Token) -> bool:
        """Questions ask, they do not take a stance: "how would we pay for a bigger army?",
        "was asked whether Russia should provide them", "decide when X is ready"."""
        if trigger.sent.text.rstrip().endswith("?"):
            return True
        current = trigger
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ == "whether" for c in current.children):
                return True
            if current.head == current:
                return False
            if current.head.lemma_ in self.lex.deciding_verbs and any(
                c.tag_ == "WRB" and c.i < current.i for c in current.children
            ):
                return True  # "will decide when X is ready to join": an open question
            current = current.head
            if current.lemma_ in self.lex.question_verbs:
                return True
        return False

    # -- building stances

    def _stances(
        self, ctx: _Context, trigger: Token, stance_type: str, rule: str, roots: list[Token]
    ) -> list[Stance]:
        if not roots or ctx.in_title(trigger) or self._question(trigger):
            return []
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in trigger.children)
        if trigger.tag_ == "VBG" and not own_subject and not rule.startswith("path-declared:") and trigger.dep_ in {
            "pobj",
            "appos",
            "dep",
            "dobj",
            "pcomp",
            "nsubj",
            "csubj",
        }:
            return []  # "deploying troops is ...": an activity named, not a stance taken
        if stance_capacity.capacity_only(trigger) and not rule.startswith("power:"):
            return []  # "the right to block X", "lets Y veto X": a power, not a position
        if (
            rule.startswith("adjective:")
            and trigger.dep_ in {"ccomp", "oprd", "xcomp", "acomp"}
            and trigger.head.lemma_ in self.lex.causative_verbs
        ):
            return []  # "X would make a deal impossible": a consequence, no stance on the deal
        if rule.startswith("adjective:") and all(
            r.pos_ == "VERB" and r.lemma_ in self.lex.belief_verbs for r in roots
        ):
            return []  # "it would be naive to expect X": a judged expectation, no stance on X
        if (
            trigger.dep_ in {"xcomp", "acomp", "oprd", "ccomp", "advmod"}
            and trigger.head.lemma_ in self.lex.pretense_verbs
        ):
            return []  # "while appearing open to talks": a pose, not a stated position
        if stance_forecast.forecast_only(trigger):
            return []  # "X is expected to approve Y": a prediction about X, not X's position
        if _under_rejection(trigger, self.lex) or _asked_of_other(trigger, self.lex):
            return []  # "refused to endorse X": the refusal is the stance, not the endorsement
        substitutes = rule.startswith(("verb:", "refusal:")) and all(
            r.lemma_.lower() in self.lex.substitute_nouns for r in roots
        )
        if rule.startswith("noun:") and trigger.lemma_.lower() in self.lex.power_nouns and (
            trigger.dep_ == "dobj" and trigger.head.lemma_ == "have" and _power_denied(trigger)
        ):
            return []  # "Y has no veto over X": the speaker opposes Y's veto, not X
        if _in_parentheses(trigger):
            return []  # editorial glosses ("(deploying troops -ed.)") are nobody's stance
        if _in_condition(trigger):
            return []  # "a ceasefire if Ukraine renounced its bid": a hypothetical, no stance
        if rule.startswith("verb:") and stance_bounds.deferred(trigger):
            return []  # "premature to discuss sending troops": the act is put off (the adjective judges it)
        if (
            trigger.dep_ == "relcl"
            and not rule.startswith("deontic")
            and not _appositive_clause(trigger)
            and not _object_relative(trigger)
        ):
            return []  # "countries that provide guarantees" describes them; it is not their stance
        if (
            trigger.dep_ == "relcl"
            and stance_type in _DEED_TYPES
            and _past_deed(trigger)
            and _appositive_clause(trigger)
        ):
            return []  # "Erdogan, who had announced the talks a day earlier": a past deed, a biography
        evaluative = not rule.startswith(
            ("verb:", "readiness:", "claim-harm:", "retaliation", "denied-success:", "requirement:",
             "noun:", "stance-adjective:", "naming:", "refusal:", "moved-out-of-bounds:",
             "denied-plan:", "path-declared:")
        )
        if rule.startswith("substitute:") and trigger.lemma_ in self.lex.verbs:
            evaluative = False  # "Y will not accept alternatives to X": Y's own refusal, Y holds
        # "the text commits Britain to X / to support Y": the bound party holds it
        # (not a light verb's: "commits X to help Ukraine build ..." names no position of X's)
        binder = (
            trigger if rule.startswith("commitment:")
            else stance_commit.binding_verb_of(trigger)
            if rule.startswith("verb:") and not stance_commit.light(trigger)
            else None
        )
        if binder is not None:
            holders = [
                Holder(k, None, "bound-party", 0.6)
                for k in stance_commit.bound_parties(
                    binder, ctx.actor_keys, ctx.agreement_in, ctx.subject_keys
                )
            ]
        else:
            holders = ctx.holders(
                trigger, roots, evaluative=evaluative, claim=rule.startswith("claim-harm")
            ) or ctx.place_holders(trigger, stance_type)
        if rule.startswith(("stance-adjective:", "readiness:")) and _negated(trigger):
            # "Zelensky said Moscow was not interested in peace": the speaker's accusation, not
            # the accused's position (a spokesperson's words stay the state's)
            holders = [h for h in holders if not _accused(h, trigger, ctx)]
        # places do not hold stances ("PARIS — Twenty-six countries ...": a dateline)
        holders = [
            h for h in holders if getattr(ctx.ents.get(h.key), "type", "Person") != "Location"
        ]
        if rule.startswith(("substitute:", "off-table:", "power:")):
            # "officials said X is no substitute": an unresolved speaker is not the one before
            holders = [h for h in holders if h.rule not in {"carried-speaker", "position-owner"}]
        if _advised(trigger, self.lex.advice_modals):
            # "NATO should offer X" with no speaker: the article's advice, not NATO's position
            holders = [h for h in holders if h.rule not in _UNSPOKEN_RULES]
        if not holders:
            return []
        targets = ctx.targets(trigger, roots, rule=rule, exclude=self._naming_pred.get(trigger.i))
        # a kind word ("the move", "the provisions") stands for what the text names for it
        targets = stance_targets.precise_targets(ctx, trigger, roots, targets)
        if rule.startswith("substitute:"):
            # "not an alternative to Ukraine's membership": the policy, never the bare actor
            targets = [t for t in targets if t.kind != "actor"]
        if substitutes:
            # "will not accept alternatives to X": the alternatives are rejected, never X itself
            # (X's support comes from `_bounds_triggers`)
            targets = [
                Target("topic", _slug(f"alternatives to {t.label}"), f"alternatives to {t.label}")
                for r in roots[:1]
                if (x := _substituted(r)) is not None
                for t in ctx.targets(trigger, [x], rule=rule)
                if t.kind != "actor"
            ]
        if rule.startswith("verb:") and rule[5:] in self.lex.alignment_verbs:
            # "X sided with Berlin": a side taken, not a position on Berlin (a policy still counts)
            targets = [t for t in targets if t.kind != "actor"]
        if rule.startswith("noun:") and self.lex.polarity(stance_type) == "support":
            # "their support for Kyiv" restates an alignment; only a policy named is a position
            targets = [t for t in targets if t.kind != "actor"]
        if not targets:
            return []
        if self.lex.polarity(stance_type) == "oppose" and _denied_to_all(trigger):
            # "no country has a veto over X": the speaker opposes the act itself (the veto),
            # not X, on which nobody is said to act
            act = phrase_topic(trigger, limit=self.lex.topic_max_words)
            if act is None:
                return []
            targets = [Target("topic", _slug(act), act)]
        # "no question of X": the "no" is what rules X out, not a negation of the stance
        negated = _negated(trigger) and not rule.startswith(
            ("evaluation:", "evaluation-topic:", "claim-harm:", "ruling-out:", "off-table:",
             "substitute:", "power:", "denied-quality:", "ruled-out-identity:",
             "colon-denial:",
             "denied-success:", "requirement:")
        )
        if rule.startswith("noun:") and trigger.dep_ in {"dobj", "attr"}:
            negated = _negated(trigger.head)
        if not negated and stance_intent.intention_negated(trigger):
            negated = True  # "did not plan to send", "no plans to deploy": the act is denied
        if rule.startswith("noun:") and any(
            c.dep_ == "det" and c.lower_ == "no" for c in trigger.children
        ):
            negated = True  # "has no objection to", "had no veto over"
        # a refusal verb's type already says what its negation means
        refusal = rule.startswith("refusal:")
        final_type = self.lex.negate(stance_type) if negated and not refusal else stance_type
        if refusal and roots and all(r.lemma_.lower() in self.lex.pursuit_nouns for r in roots):
            final_type = "support"  # "had not given up its goals": it still pursues them
        if negated and not refusal and stance_type == "offer" and _past_denial(trigger):
            return []  # "they did not promise to fight": a promise not made, not a refusal
        if final_type not in self.lex.types:
            return []  # "did not condemn": a negation with no stance type of its own says nothing
        polarity = self.lex.polarity(final_type)
        flipped = (
            polarity != "neutral"
            and not rule.startswith(("claim-harm:", "evaluation:", "evaluation-topic:"))
            and self._reversed(trigger, roots, targets)
        )
        if flipped:
            # "regretted the decision to suspend aid", "opposes lifting sanctions": the stance
            # on the thing reversed is the opposite
            polarity = "oppose" if polarity == "support" else "support"
            final_type = "oppose" if polarity == "oppose" else "support"
        before = polarity
        if polarity != "neutral" and rule.startswith("verb:"):
            polarity, final_type = self._composed(trigger, stance_type, roots, polarity, final_type)
        flipped = flipped or polarity != before
        hedged = _hedged(trigger, self.lex.hedges)
        sent = trigger.sent
        date = ctx.date_of(sentence_index(trigger))
        phrases = {
            t.key: p
            for t in targets
            if (p := ctx.target_phrase(trigger, roots, t, flipped=flipped))
        }
        if polarity != "neutral" and _denied_act(trigger, roots, targets, phrases):
            # "insisted that aid would not be cut": the act the label names is what is denied
            polarity = "oppose" if polarity == "support" else "support"
            final_type = self.lex.negate(final_type) if polarity == "oppose" else "support"
            if final_type not in self.lex.types or self.lex.polarity(final_type) != polarity:
                final_type = polarity
        out: list[Stance] = []
        for holder in holders:
            for target in targets:
                if target.kind == "actor" and target.key == holder.key:
                    continue  # "Ukraine defends itself": no stance of an actor on itself
                if target.kind == "topic" and target.label.endswith(f" with {ctx.label(holder.key)}"):
                    continue  # "X wants talks with X": the subject of another clause, misread
                conf = (
                    holder.confidence
                    - (0.15 if hedged else 0.0)
                    - (0.1 if ctx.in_title(trigger) else 0.0)
                )
                out.append(
                    Stance(
                        target_phrase=phrases.get(target.key),
                        holder=holder.key,
                        stance_type=final_type,
                        polarity=polarity,
                        target=target,
                        sentence=sentence_index(trigger),
                        start=sent.start_char,
                        end=sent.end_char,
                        text=sent.text,
                        negated=negated,
                        hedged=hedged,
                        reported_by=holder.reported_by,
                        date=date,
                        confidence=round(max(0.1, min(conf, 0.95)), 2),
                        rule=f"{holder.rule}:{rule}",
                    )
                )
        return out


# ------------------------------------------------------------------ document context


class _Context:
    """What every rule needs to know about the document: speakers, guarantees, agreements, topics."""

    def __init__(self, doc: Doc, lex: StanceLexicon, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.lex = lex
        self.ents = entities(doc)
        self.guarantees: dict[str, Guarantee] = {g.id: g for g in doc._.pg_guarantees or ()}
        self.guarantee_of_token: dict[int, str] = dict(
            doc.user_data.get("pg_guarantee_of_token", {})
        )
        self.agreement_refs = list(doc._.pg_agreement_refs or ())
        self.agreements = dict(doc._.pg_agreements or {})
        self.quotes = [q for q in doc._.pg_quotes or () if q.speaker]
        self.article = doc._.pg_article
        self.offices: dict[str, set[str]] = {}
        self.spokespeople: set[str] = set()
        for ho in doc._.pg_offices or ():
            if ho.organization:
                self.offices.setdefault(ho.person, set()).add(ho.organization)
            if "spokes" in (ho.office or "") or "spokes" in (ho.office_label or "").lower():
                self.spokespeople.add(ho.person)
        # offices the KB knows the article's people to hold on its date (or ever, undated)
        day = getattr(self.article, "date", None)
        for key, ent in self.ents.items():
            if ent.type != "Person":
                continue
            for office in kb.offices_of(key, on=day):
                self.offices.setdefault(key, set()).update(office.organizations[:1])
                if "spokes" in office.key:
                    self.spokespeople.add(key)
        self.kb = kb
        self._described_states()
        self.protected = self._protected_country()
        self._speech_cache: dict[int, _Speech | None] = {}
        self.topic_of: dict[str, dict[str, Any]] = {}  # curated topic target key -> its entry

    def _described_states(self) -> None:
        """States the text ties a person to when no office is known: "X, the head of the Russian
        delegation", "X, an adviser to Ukraine's president", "His adviser X" (the possessor's
        states). The first state named is taken ("Russia's ambassador to Ukraine": Russia)."""
        for tok in self.doc:
            key = entity_of(tok)
            if not key or getattr(self.ents.get(key), "type", None) != "Person":
                continue
            if key in self.offices or (tok.head != tok and entity_of(tok.head) == key):
                continue
            states: list[str] = []
            # "His adviser, X" parsed with the name as apposition of the title
            titles = [c for c in tok.children if c.dep_ == "compound" and not entity_of(c)]
            if tok.dep_ == "appos" and not entity_of(tok.head):
                titles.append(tok.head)
            for c in tok.children:
                if c.dep_ == "appos":
                    states += [s for t in c.subtree if (s := self._state_word(t))]
            for c in titles:
                # "His adviser X", "Zelensky's chief of staff X"
                states += [
                    s for p in c.children if p.dep_ == "poss"
                    for s in ([self._state_word(p)] if self._state_word(p)
                              else self.offices.get(self._person_of(p) or "", ()))
                    if s
                ]
            if states:
                self.offices[key] = {states[0]}

    def _state_word(self, tok: Token) -> str | None:
        """The country a token names or whose demonym it is ("Russian", "Ukraine's")."""
        key = entity_of(tok)
        if key and getattr(self.ents.get(key), "type", None) == "Country":
            return key
        if tok.pos_ in {"ADJ", "PROPN"} and (k := self.kb.demonym(tok.text)):
            return k
        return None

    def _person_of(self, tok: Token) -> str | None:
        key = entity_of(tok)
        return key if key and getattr(self.ents.get(key), "type", None) == "Person" else None

    # dates and places

    def date_of(self, sent: int) -> dt.date | None:
        dates = self.doc._.pg_sentence_dates
        if isinstance(dates, dict) and isinstance(dates.get(sent), dt.date):
            return dates[sent]
        if (
            isinstance(dates, list | tuple)
            and sent < len(dates)
            and isinstance(dates[sent], dt.date)
        ):
            return dates[sent]
        return getattr(self.article, "date", None)

    def in_title(self, tok: Token) -> bool:
        title = getattr(self.article, "title", None)
        if bool(title) and tok.idx < len(title) + 2 and full_text(self.doc).startswith(title):
            return True
        return _headline_line(tok)

    def _protected_country(self) -> str | None:
        counts: dict[str, int] = {}
        for g in self.guarantees.values():
            if g.beneficiary:
                counts[g.beneficiary] = counts.get(g.beneficiary, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def label(self, key: str) -> str:
        ent = self.ents.get(key)
        return ent.label if ent else key.replace("-", " ").title()

    # guarantees and agreements

    def guarantee_at(self, tok: Token) -> str | None:
        return self.guarantee_of_token.get(tok.i)

    def agreement_in(self, root: Token) -> list[str]:
        lo, hi = _subtree_chars(root)
        keys: list[str] = []
        for ref in self.agreement_refs:
            if lo <= ref.start and ref.end <= hi and ref.agreement not in keys:
                keys.append(ref.agreement)
        return keys

    def agreement_tokens_before(self, tok: Token) -> list[Token]:
        """The head token of the agreement reference nearest before `tok` in its sentence."""
        sent = tok.sent
        refs = [
            r for r in self.agreement_refs if sent.start_char <= r.start and r.end <= tok.idx
        ]
        if not refs:
            return []
        span = self.doc.char_span(refs[-1].start, refs[-1].end, alignment_mode="expand")
        return [span.root] if span is not None else []

    # speakers

    def speech(self, tok: Token) -> _Speech | None:
        """The speaker whose words `tok` is part of, if any."""
        for q in self.quotes:
            if q.start <= tok.idx < q.end:
                return _Speech(q.speaker, "quote", None)
        current = tok
        for _ in range(8):
            aside = self._parenthetical_speech(current)
            if aside is not None:
                return aside
            head = current.head
            if head == current:
                break
            if (
                current.dep_ in {"ccomp", "parataxis", "advcl"}
                and (head.lemma_ in self.lex.reporting_verbs or self._reporting_idiom(head))
                # "maintained sanctions until the troops left": a marked adverbial clause is a
                # time or condition, not what was said
                and not (current.dep_ == "advcl" and any(c.dep_ == "mark" for c in current.children))
            ):
                keys = self._speaker_keys(head)
                if keys:
                    return _Speech(keys[0], "reported", head, tuple(keys[1:]))
                return None
            if (verb := _reported_through_medium(current, self.lex.reporting_verbs)) is not None:
                # "X said in a statement that ...": the parser hangs the clause on the medium
                keys = self._speaker_keys(verb)
                if keys:
                    return _Speech(keys[0], "reported", verb, tuple(keys[1:]))
                return None
            current = head
        # "according to X, Y ...": X speaks for the whole sentence
        for t in tok.sent:
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and t.nbor().lower_ == "to":
                to = t.nbor()
                keys = [k for o in to.children if o.dep_ == "pobj" for k in self._actor_keys(o)]
                if keys and not any(tok == x for x in t.subtree) and tok not in to.subtree:
                    return _Speech(keys[0], "reported", None, tuple(keys[1:]))
        # "Y is Z," said X: the root clause is ccomp of a later "said"; also "X said: Y"
        root = tok.sent.root
        if root.lemma_ in self.lex.reporting_verbs and root != tok:
            subj = subject_of(root)
            keys = self._actor_keys(subj) if subj is not None else []
            if keys and not any(t == tok for t in subj.subtree):
                return _Speech(keys[0], "reported", root, tuple(keys[1:]))
        return None

    def _parenthetical_speech(self, clause: Token) -> _Speech | None:
        """"Y, X said, was a mistake", "Y was a mistake, X argued, but ...": a reporting verb
        set off by commas inside the clause it reports (parsed as the clause's parataxis, with
        no content clause of its own) makes its subject the clause's speaker."""
        for c in clause.children:
            if (
                c.dep_ != "parataxis"
                or c.pos_ != "VERB"
                or not (c.lemma_ in self.lex.reporting_verbs or self._reporting_idiom(c))
                # "told reporters" has an addressee, not a content of its own
                or any(
                    g.dep_ in {"ccomp", "xcomp"} or (g.dep_ == "dobj" and c.lemma_ != "tell")
                    for g in c.children
                )
                or not any(
                    t.text in {",", "—", "–"}
                    for t in self.doc[max(c.left_edge.i - 1, 0) : c.i]
                    if t.i < c.i and (t.i == c.left_edge.i - 1 or t.head == c)
                )
            ):
                continue
            keys = self._speaker_keys(c)
            if keys:
                return _Speech(keys[0], "reported", c, tuple(keys[1:]))
        return None

    def _demanders(self, trigger: Token) -> list[str]:
        """"X demanded (guarantees) that NATO would not deploy Y", "X urged that troops be
        withdrawn": what is demanded is X's position, whoever the clause names (lexicon
        `demanding_speech_verbs`)."""
        current = trigger
        for _ in range(6):
            head = current.head
            if head == current or current.dep_ not in {"ccomp", "acl", "conj", "dobj", "xcomp"}:
                return []
            if head.lemma_.lower() in self.lex.demanding_speech_verbs and head.pos_ == "VERB":
                return self._speaker_keys(head)
            current = head
        return []

    def subject_keys(self, verb: Token) -> list[str]:
        """Actors of `verb`'s subject, past a dateline ("PARIS — Leaders of X adopted")."""
        subj = subject_of(verb)
        subj = _past_dateline(subj) if subj is not None else None
        keys = self._actor_keys(subj) if subj is not None else []
        return [k for k in keys if getattr(self.ents.get(k), "type", None) != "Location"]

    def _speaker_keys(self, verb: Token) -> list[str]:
        """Actors of a reporting verb's subject. A place is skipped: "KYIV — Ukraine said" is
        often parsed with the dateline as a second subject, and a place does not speak."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            subj = subject_of(verb) or _misattached_subject(verb)
            subjects = [subj] if subj is not None else []
        for subj in subjects:
            keys = [
                k for k in self._actor_keys(subj)
                if getattr(self.ents.get(k), "type", None) != "Location"
            ]
            if keys:
                return keys
            if subj.lower_ == "it":
                keys = self._statement_antecedent(subj)
                if keys:
                    return keys
        return []

    def _statement_antecedent(self, pron: Token) -> list[str]:
        """"The ministry's statement said X. It added that Y": a speaking "it" is the statement
        that spoke in the sentence before, and speaks for its author."""
        n = sentence_index(pron)
        if n == 0:
            return []
        for t in sentences(self.doc)[n - 1]:
            if (
                t.lemma_ in self.lex.reporting_verbs
                and t.pos_ == "VERB"
                and (subj := subject_of(t)) is not None
                and subj.lemma_.lower() in self.lex.statement_nouns
            ):
                return self._document_author(subj)
        return []

    def _reporting_idiom(self, verb: Token) -> bool:
        """"made clear that ...", "made it plain that ...": a verb and a word of its own that
        together report (lexicon `reporting_idioms`)."""
        words = self.lex.reporting_idioms.get(verb.lemma_.lower())
        if not words:
            return False
        if any(
            c.lower_ in words and c.dep_ in {"ccomp", "acomp", "oprd", "dobj", "advmod"}
            for c in verb.children
        ):
            return True
        # "made clear that X was ...": the parser may hang "clear" on the reported clause's verb
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return (
            nxt is not None
            and nxt.lower_ in words
            and nxt.dep_ == "acomp"
            and nxt.head.dep_ == "ccomp"
            and nxt.head.head == verb
        )

    def carried_speaker(self, tok: Token) -> str | None:
        """The speaker of a statement in the two previous sentences (the text goes on reporting)."""
        sents = sentences(self.doc)
        n = sentence_index(tok)
        carried = self._carried(tok, sents, n)
        if carried is not None and self._other_speaker(tok, carried):
            return None  # "X was a step, Scholz said": the sentence names its own speaker
        return carried

    def _carried(self, tok: Token, sents: list[Span], n: int) -> str | None:
        for prev in range(n - 1, max(n - 3, -1), -1):
            s = sents[prev]
            for t in s:
                if t.lemma_ in self.lex.reporting_verbs and t.pos_ == "VERB":
                    subj = subject_of(t)
                    keys = self._actor_keys(subj) if subj is not None else []
                    if keys and self.ents.get(keys[0]) and self.ents[keys[0]].type == "Person":
                        return keys[0]
            for q in self.quotes:
                if s.start_char <= q.start < s.end_char:
                    return q.speaker
        return None

    def _other_speaker(self, tok: Token, carried: str) -> bool:
        """The sentence has a speaker of its own other than `carried`: a reporting verb with a
        person subject, or a person named before a colon ("On this Kuleba was adamant: ...")."""
        sent = tok.sent
        own: list[str] = []
        for t in sent:
            if t.lemma_ in self.lex.reporting_verbs and t.pos_ == "VERB":
                subj = subject_of(t)
                if subj is not None:
                    own.extend(self._actor_keys(subj, anaphora=False))
        colon = next((t for t in sent if t.text == ":" and t.i < tok.i), None)
        if colon is not None:
            own.extend(k for t in sent if t.i < colon.i and (k := entity_of(t)))
        people = [k for k in own if getattr(self.ents.get(k), "type", None) == "Person"]
        return bool(people) and carried not in people

    def actor_keys(self, tok: Token) -> list[str]:
        return self._actor_keys(tok)

    def _actor_keys(self, tok: Token, *, anaphora: bool = True) -> list[str]:
        """Actors a holder phrase names (see `_phrase_keys`); a body whose statements are its
        state's position (KB `speaks_for`: "the foreign ministry") gives the state; "the ministry"
        with nothing else named is the latest body of that name before it (not inside someone's
        reported words, where the speaker is the surer holder)."""
        keys = self._phrase_keys(tok) or (self._definite_body(tok) if anaphora else [])
        if tok.pos_ == "NOUN" and not entity_of(tok) and any(
            c.lower_ in {"former", "ex", "retired"} for c in tok.children
        ):
            # "a former British minister" no longer speaks for Britain: only a person the
            # mention layer resolved the title to holds the stance
            keys = [k for k in keys if getattr(self.ents.get(k), "type", None) == "Person"]
        return list(dict.fromkeys(self._speaks_for(k) for k in keys))

    def _speaks_for(self, key: str) -> str:
        info = self.kb.get(key)
        if info is not None and info.type == "Organization" and info.speaks_for:
            return info.speaks_for
        return key

    def _definite_body(self, tok: Token) -> list[str]:
        """"the ministry", "the coalition": the latest organization mentioned before whose name
        has that word ("Ukraine's foreign ministry", "the coalition of the willing")."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or entity_of(tok):
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in {"amod", "compound", "poss", "prep", "relcl", "acl"} for c in tok.children
        ):
            return []
        word = tok.lemma_.lower()
        for t in reversed(self.doc[: tok.i]):
            key = entity_of(t)
            ent = self.ents.get(key) if key else None
            # the name's head or first word ("Foreign Ministry", "Coalition of the Willing"),
            # not an inner one ("Treaty" in a treaty organization's name)
            names = ent.label.lower().split() if ent else []
            if ent and ent.type == "Organization" and word in (names[0], names[-1]):
                return [key]
            if (
                not key and t.lemma_.lower() == word and t.pos_ == "NOUN"
                and word in self.lex.representative_nouns
            ):
                # "Ukraine's foreign ministry ... the ministry": the phrase named it then
                keys = self._phrase_keys(t)
                if keys:
                    return keys
        return []

    def _phrase_keys(self, tok: Token) -> list[str]:
        keys = phrase_actors(tok)
        if keys:
            return keys
        lemma = tok.lemma_.lower()
        # "countries including Italy and Spain", "several allies, such as Poland,": the members
        for c in tok.children:
            if c.dep_ in {"prep", "acl"} and c.lower_ in {"including", "like", "notably"}:
                keys = [k for o in c.children if o.dep_ in {"pobj", "dobj"} for k in phrase_actors(o)]
            elif c.dep_ == "prep" and c.lower_ == "as" and c.nbor(-1).lower_ == "such":
                keys = [k for o in c.children if o.dep_ == "pobj" for k in phrase_actors(o)]
            if keys:
                return keys
        if lemma in self.lex.statement_nouns:
            keys = self._document_author(tok)
            if keys:
                return keys
        if lemma in self.lex.representative_nouns:
            # "Chile's negotiators", "the Peruvian delegation": the state they act for
            for c in tok.children:
                if c.dep_ in {"poss", "amod", "compound"} and entity_of(c):
                    # "the French and German leaders": each state named
                    return list(dict.fromkeys(k for m in (c, *c.conjuncts) if (k := entity_of(m))))
            # "Russian officials", "Dutch diplomats": a demonym the mention layer left unlinked
            for c in tok.children:
                if c.dep_ in {"amod", "compound"} and self.kb.demonym(c.text):
                    return list(dict.fromkeys(
                        k for m in (c, *c.conjuncts) if (k := self.kb.demonym(m.text))
                    ))
            # "leaders from France, Germany and Italy", "the leadership of the coalition": the
            # states or bodies; "the leaders of Russia and Ukraine": the heads the KB knows
            keys = prep_actors(tok, "from")
            if not keys and (keys := prep_actors(tok, "of")) and lemma == "leader":
                keys = list(dict.fromkeys(h for k in keys for h in self._heads(k)))
            if keys:
                return keys
        if lemma in self.lex.group_nouns and (
            tok.tag_ in {"NNS", "NNPS"} or lemma in {"they", "both"}
        ):
            return self.group(tok)
        return []

    def group(self, tok: Token) -> list[str]:
        """People that "the leaders"/"they" stands for: for "they", the plural actor subject of the
        previous sentence ("European leaders said ... They said"); else those of the latest of the
        previous ten sentences naming the most people together."""
        sents = sentences(self.doc)
        n = sentence_index(tok)
        if tok.pos_ == "PRON" and tok.dep_ in SUBJECT_DEPS:
            # "In a statement signed by A, B and C, they said ...": the people the opening
            # phrase of the clause names
            opening = [
                t for c in tok.head.children
                if c.dep_ in {"prep", "advcl"} and c.i < tok.i
                for t in c.subtree
            ]
            people = self._people_in(opening)
            if len(people) >= 2:
                return people
        if tok.pos_ == "PRON" and n > 0:
            keys = self._plural_subject(sents[n - 1])
            if keys is not None:
                return keys  # [] for people the text does not name ("Nordic governments")
        # "the four leaders": the latest earlier sentence bringing exactly that many together
        wanted = next((c for c in (_count(m) for m in tok.children if m.dep_ in {"nummod", "det"})
                       if c), None)
        best: list[str] = []
        for prev in range(n - 1, -1 if wanted else max(n - 11, -1), -1):
            people = self._people_in(sents[prev])
            if wanted and len(people) == wanted:
                return people
            if len(people) > len(best) and prev >= n - 10:
                best = people
        return best if len(best) >= 2 else []

    def _people_in(self, sent: Span | list[Token]) -> list[str]:
        """Persons a sentence names, and the heads of the states in "the leaders of A and B"."""
        people: list[str] = []
        for t in sent:
            key = entity_of(t)
            ent = self.ents.get(key) if key else None
            if ent and ent.type == "Person" and key not in people:
                people.append(key)
            elif t.lemma_.lower() == "leader" and t.tag_ == "NNS" and not key:
                for k in prep_actors(t, "of"):
                    people.extend(h for h in self._heads(k) if h not in people and h != k)
        return people

    def _document_author(self, doc_noun: Token) -> list[str]:
        """Who speaks through a statement, declaration or communique: its possessor ("NATO's
        declaration"); for "the summit communique", the body named with the latest summit before
        it ("the NATO summit", "the alliance's summit")."""
        for c in doc_noun.children:
            if c.dep_ == "poss" and (key := entity_of(c)):
                return [key]
        if not any(c.dep_ == "compound" and c.lemma_.lower() == "summit" for c in doc_noun.children):
            return []
        for t in reversed(self.doc[: doc_noun.i]):
            if t.lemma_.lower() == "summit" and t.i != doc_noun.i:
                keys = [
                    k for c in t.children if c.dep_ in {"compound", "poss", "nmod"}
                    and (k := entity_of(c))
                    and getattr(self.ents.get(k), "type", None) == "Organization"
                ]
                if keys:
                    return keys[:1]
        return []

    def _heads(self, key: str) -> list[str]:
        """The person leading a state on the article's date (the first KB office titled "leader"
        with a known holder), else the state itself; other actors stand for themselves."""
        if getattr(self.ents.get(key), "type", None) != "Country":
            return [key]
        day = getattr(self.article, "date", None)
        for office in self.kb.offices_with_title("leader", key):
            people = self.kb.holders(office.key, on=day) if day else []
            if people:
                return people[:1]
        return [key]

    def place_holders(self, trigger: Token, stance_type: str) -> list[Holder]:
        """"X was rejected in London and Paris", "X was welcomed in Berlin": a passive reaction
        with no agent, located in capitals, is their states' (KB `speaks_for`). Only reactions
        (lexicon `place_reaction_types`): "X was agreed in Paris" names where a meeting was."""
        if stance_type not in self.lex.place_reaction_types or not any(
            c.dep_ == "auxpass" for c in trigger.children
        ) or any(c.dep_ == "agent" for c in trigger.children):
            return []
        keys: list[str] = []
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                for t in (obj, *obj.conjuncts) if obj.dep_ == "pobj" else ():
                    key = entity_of(t)
                    info = self.kb.get(key) if key else None
                    if info is not None and info.type == "Location" and info.speaks_for:
                        keys.append(info.speaks_for)
                    elif key and getattr(self.ents.get(key), "type", None) == "Country":
                        keys.append(key)  # a metonym the mention layer already mapped
        return [Holder(k, None, "passive-place", 0.55) for k in dict.fromkeys(keys)]

    def _plural_subject(self, sent: Span) -> list[str] | None:
        """Actors of the main clause's subject of `sent` when it names several or a group
        ("Britain and France", "leaders from A, B and C"); [] when it is a group of people
        named by no actor ("Nordic governments"); None when there is no such subject."""
        verbs = [sent.root, *sent.root.conjuncts]
        for verb in verbs:
            for subj in verb.children:
                if subj.dep_ not in SUBJECT_DEPS or subj.pos_ == "PRON":
                    continue
                if subj.tag_ not in {"NNS", "NNPS"} and not subj.conjuncts:
                    continue
                keys = self._actor_keys(subj)
                if keys:
                    return keys
                if _addressee(subj):
                    return []
        return None

    def holders(
        self, trigger: Token, roots: list[Token], *, evaluative: bool, claim: bool = False
    ) -> list[Holder]:
        speech = self.speech(trigger)
        if claim:
            # the claimant is the subject of the claim verb itself
            subj = subject_of(trigger.head)
            keys = self._actor_keys(subj) if subj is not None else []
            return [Holder(k, None, "claimant", 0.65) for k in keys]
        subj = self._holder_subject(trigger)
        subj_keys = self._actor_keys(subj, anaphora=speech is None) if subj is not None else []
        deontic = _modal(trigger, self.lex.deontic) or trigger.lemma_ == "need"
        demanders = self._demanders(trigger)
        if demanders:
            return [Holder(k, None, "demand-speaker", 0.65) for k in demanders]
        if speech is not None:
            # "he wants ..." inside someone's quote is about the pronoun's referent, not the speaker
            third_person = subj is not None and subj.pos_ == "PRON" and subj.lower_ not in FIRST_PERSON
            if (
                third_person
                and not subj_keys
                and subj.lower_ not in {"it", "this", "that"}
                and speech.kind == "quote"
            ):
                return []  # in reported speech, "X said he ..." is X himself
            pronoun = subj is None or (subj.pos_ == "PRON" and not (third_person and subj_keys))
            own_state = bool(subj_keys) and all(
                any(k in self.offices.get(sp, ()) for sp in speech.speakers) for k in subj_keys
            )
            speakers = speech.speakers
            if (
                not subj_keys
                and not (evaluative or deontic or pronoun)
                and subj is not None
                and self._third_party_subject(subj, trigger)
            ):
                return []  # "said only a minority of Ukrainians backed X": theirs, not the speaker's
            sides = (
                subj is not None
                and subj.lemma_.lower() in self.lex.side_nouns
                and not phrase_actors(subj)
            )
            if (
                any(sp in subj_keys for sp in speakers)
                or evaluative or deontic or pronoun or not subj_keys or sides
            ):
                return [Holder(sp, None, f"{speech.kind}-speaker", 0.7) for sp in speakers]
            if (
                speech.kind == "reported"
                and speech.verb is not None
                and speech.verb.lemma_ in self.lex.assent_verbs
                and trigger.lemma_ in self.lex.verbs
                and self.lex.polarity(self.lex.verbs[trigger.lemma_]) == "support"
            ):
                # "Y agreed that Z could offer X": what Y assents to is Y's position
                return [Holder(speech.speaker, None, "assent-speaker", 0.6)]
            if own_state and speech.speaker not in self.spokespeople:
                return [Holder(sp, None, f"{speech.kind}-speaker", 0.7) for sp in speakers]
            return [Holder(k, speech.speaker, f"{speech.kind}-subject", 0.6) for k in subj_keys]
        if subj_keys:
            group = subj is not None and not phrase_actors(subj)
            if group:
                # a group never includes the leaders of the side it condemns
                named = {k for r in roots for t in r.subtree if (k := entity_of(t))}
                subj_keys = [k for k in subj_keys if not (self.offices.get(k, set()) & named)]
            return [
                Holder(k, None, "group" if group else "subject", 0.55 if group else 0.75)
                for k in subj_keys
            ]
        if (
            subj is not None and not evaluative and trigger.pos_ == "VERB"
            # "the plan could serve as a starting point": a text taking a role offers nothing
            and trigger.lemma_.lower() not in self.lex.role_verbs
        ):
            # "the memorandum calls for X", "it demands Y": the document's author
            author = self.document_author(subj)
            if author:
                return [Holder(author, None, "document-author", 0.55)]
        if evaluative:
            carried = self.carried_speaker(trigger)
            if carried:
                return [Holder(carried, None, "carried-speaker", 0.45)]
            owner = _position_owner(trigger)
            if owner:
                return [Holder(owner, None, "position-owner", 0.5)]
        return []

    def _third_party_subject(self, subj: Token, trigger: Token) -> bool:
        """A subject that names people other than the speaker ("a minority of Ukrainians", "the
        public"), or a text whose own participle is the trigger ("a memorandum promising X"): a
        clause about them is not the speaker's own position (unlike "said such documents would
        change nothing", the speaker's judgement of a text)."""
        lemma = subj.lemma_.lower()
        return (
            lemma in self.lex.third_party_subjects
            or (lemma in self.lex.document_nouns and trigger.dep_ == "acl" and trigger.head == subj)
            or (lemma in self.lex.quantity_nouns and any(c.dep_ == "prep" for c in subj.children))
        )

    def document_author(self, subj: Token) -> str | None:
        """Who presented the document `subj` names (a document noun, or "it" for one in the
        same or previous sentence): an actor owning it ("Russia's draft"), or the actor that
        hands, presents or submits it in the sentence that mentions it. None otherwise."""
        doc_noun: Token | None = subj
        if subj.lower_ in {"it", "this"}:
            n = sentence_index(subj)
            sents = sentences(self.doc)
            window = [t for k in (n - 1, n) if 0 <= k < len(sents) for t in sents[k] if t.i < subj.i]
            doc_noun = next(
                (t for t in reversed(window)
                 if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.document_nouns),
                None,
            )
        if doc_noun is None or doc_noun.lemma_.lower() not in self.lex.document_nouns:
            return None
        for c in doc_noun.children:
            if c.dep_ in {"poss", "compound", "amod"}:
                key = entity_of(c) or self.kb.demonym(c.text)
                if key:
                    return key
        if doc_noun.dep_ == "dobj" and doc_noun.head.lemma_ in self.lex.presenting_verbs:
            # "X handed the envoy a draft"
            giver = subject_of(doc_noun.head)
            keys = self._actor_keys(giver) if giver is not None else []
            return keys[0] if keys else None
        # "a memorandum that X handed to Y", "the draft X presented": the presenting verb after
        # the noun in its sentence; its subject, or the first person named between them
        for t in doc_noun.sent:
            if t.i <= doc_noun.i or t.lemma_ not in self.lex.presenting_verbs or t.pos_ != "VERB":
                continue
            subj_t = subject_of(t)
            keys = self._actor_keys(subj_t) if subj_t is not None else []
            if not keys:
                keys = [
                    k for x in self.doc[doc_noun.i + 1 : t.i] if (k := entity_of(x))
                    and getattr(self.ents.get(k), "type", "") == "Person"
                ][:1]
            return keys[0] if keys else None
        return None

    def _holder_subject(self, trigger: Token) -> Token | None:
        if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in self.lex.nouns:
            return _noun_holder(trigger, self.lex)
        subj = subject_of(trigger)
        if subj is not None:
            subj = _past_dateline(subj)
        if subj is None and (trigger.dep_ in {"acomp", "attr"} or trigger.pos_ == "ADP"):
            subj = subject_of(trigger.head)
        if subj is None:
            subj = _misattached_subject(trigger)
        if subj is None and trigger.dep_ == "pcomp" and trigger.head.lower_ == "by":
            # "closed the summit by declaring X": the means has the main verb's subject
            subj = subject_of(trigger.head.head)
        # "issued a statement condemning X", "countries accusing Russia": a non-actor noun that a
        # participle hangs on passes the role to its own governor's subject
        # "deployments provided for X": a passive participle's noun undergoes the act, so it passes
        # no role on (only a "by" agent holds it)
        # ("the summit declared that ...": a participle with a content clause of its own is an
        # active verb whose subject the parser lost, not a passive)
        passive_participle = (
            trigger.dep_ == "acl"
            and trigger.tag_ == "VBN"
            and not any(c.dep_ == "ccomp" for c in trigger.children)
        )
        for _ in range(0 if passive_participle else 2):
            if subj is None or self._actor_keys(subj) or subj.pos_ == "PRON":
                break
            if subj.dep_ in {"dobj", "pobj", "attr"} and subj.head.pos_ in {"VERB", "AUX", "ADP"}:
                governor = subj.head if subj.head.pos_ != "ADP" else subj.head.head
                subj = subject_of(governor) if governor.pos_ in {"VERB", "AUX"} else governor
            else:
                break
        # passive: the agent is the holder (a feeling's "by" phrase is its cause)
        for c in trigger.children:
            if c.dep_ == "agent" and trigger.lower_ not in self.lex.stimulus_participles:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if any(c.dep_ == "auxpass" for c in trigger.children):
            # the parser often hangs "by X" on the object: "was described as a sham by X"
            for t in trigger.subtree:
                if t.dep_ == "prep" and t.lower_ == "by" and t.i > trigger.i:
                    obj = next((o for o in t.children if o.dep_ == "pobj"), None)
                    if obj is not None and phrase_actors(obj):
                        return obj
        return subj

    # targets

    def targets(
        self, trigger: Token, roots: list[Token], *, rule: str, exclude: Token | None = None
    ) -> list[Target]:
        """What the stance is about; `exclude` is a branch that is not part of it (a naming
        verb's evaluative name)."""
        skip = {t.i for t in exclude.subtree} if exclude is not None else set()
        skip |= _conjunct_tokens(trigger, roots, rule)  # targets of their own
        # "insisted aid must keep flowing while talks are prepared": a clause of time or reason
        # inside the target sets its circumstances; it is not what the stance is about
        skip |= {
            t.i
            for r in roots
            for c in r.subtree
            if c.dep_ == "advcl" and c != r
            and any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children)
            for t in c.subtree
        }
        tokens = [
            t for r in roots for t in r.subtree if t.sent == trigger.sent and t.i not in skip
        ]
        if rule.startswith("priority:"):
            # "to give Kyiv weapons to be strong for talks": the weapons, not the purpose clause
            tokens = [t for r in roots for t in tokens if t in r.subtree and not _in_nested_clause(t, r)]
        if rule == "deontic-guarantee":
            return self._deontic_targets(trigger)
        if rule.startswith("destiny:"):
            return [self._membership_target(trigger, roots[0])]
        if rule.startswith("evaluation:") and len(roots) == 1 and not self.agreement_in(roots[0]):
            named = self._demonstrative_agreement(roots[0])
            return [named] if named is not None else []
        if rule.startswith("condition:"):
            return [t for r in roots for t in self._condition_targets(r)]
        if (
            rule.startswith(("naming:", "sentiment-", "predicate-noun:", "evaluation-noun:"))
            and len(roots) == 1
            and roots[0].lower_ in {"it", "this"}
            # "called it absurd that ...": the clause is what is named, not an antecedent
            and not any(c.dep_ == "ccomp" and c.i > roots[0].i for c in trigger.children)
        ):
            # a judgement in a quote may open a paragraph: its antecedent can lie further back
            back = 1 if rule.startswith("naming:") else 2
            return self._antecedent_target(roots[0], back=back)
        if rule == "deontic-topic":
            passive = any(c.dep_ == "auxpass" for c in trigger.children)
            core = {"dobj", "attr", "xcomp", "acomp", "oprd", "dative", *SUBJECT_DEPS}
            # a passive demands something of its subject ("the root causes must be removed",
            # "frontiers must not be redrawn by force"), never of its other phrases ("should not
            # be read as a truce" demands no truce)
            preps = {"by", "to"} if passive else DEONTIC_PREPS
            if passive:
                core = {*SUBJECT_DEPS, "agent"}
            children = list(trigger.children)
            if trigger.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in children):
                # "the causes had to be removed": the subject hangs on "had"
                children += [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS]
            clause = [trigger] + [
                t
                for c in children
                if c.dep_ in core or (c.dep_ == "prep" and c.lower_ in preps)
                for t in c.subtree
                if not _in_nested_clause(t, c.head) and t.sent == trigger.sent
            ]
            topic = self._topic(trigger, clause)
            return [topic] if topic else []
        if rule.startswith("retaliation:"):
            # "would respond if Russia escalated against Ukraine": the act, never its actors
            topic = self._topic(roots[0], tokens)
            if topic:
                return [topic]
            phrase = phrase_topic(roots[0], limit=self.lex.topic_max_words)
            return [Target("topic", _slug(phrase), phrase)] if phrase else []
        if rule.startswith("power:"):
            # "Russia will not have a veto over X": the veto (and whose), never X
            subj = subject_of(roots[0])
            keys = phrase_actors(subj) if subj is not None else []
            noun = trigger.lemma_.lower()
            label = f"{noun} for {self.label(keys[0])}" if keys else noun
            return [Target("topic", _slug(label), label)]
        if rule.startswith("claim-harm"):
            # what is harmed ("flouted the ceasefire terms", "undermined the talks") is what the
            # claimant defends, never what it opposes: only the agent or the means is
            harmed = {t.i for c in roots[0].children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
            topic = self._topic(roots[0], [t for t in tokens if t.i not in harmed])
            if topic:
                return [topic]
            agent = subject_of(roots[0])
            return [
                self._actor_target(k) for k in (phrase_actors(agent) if agent is not None else [])
            ]
        # a guarantee mentioned in the object phrase (nearest first)
        guarantee_tokens = sorted(
            (t for t in tokens if self.guarantee_at(t)), key=lambda t: abs(t.i - trigger.i)
        )
        for t in guarantee_tokens:
            topic = self._topic(t, [t, *t.children])
            gid = self.guarantee_at(t)
            if topic and not _is_guarantee_word(t):
                return [topic]
            described = self._described_guarantee(t, gid)
            if described:
                return [described]
            return [self._guarantee_target(gid, tokens)]
        agreements = [k for r in roots for k in self.agreement_in(r)]
        if agreements:
            return [
                Target("agreement", k, self._agreement_label(k)) for k in dict.fromkeys(agreements)
            ]
        heads = [k for r in roots if r.dep_ not in {"ccomp", "xcomp"} for k in phrase_actors(r)]
        if heads and not any(entity_of(r) for r in roots):
            # "the NATO membership of Georgia": a common noun named through an actor is a
            # policy when a curated topic says so
            topic = self._topic(roots[0], tokens)
            if topic:
                return [topic]
        if heads:
            return [self._actor_target(k) for k in dict.fromkeys(heads)]
        topic = self._topic(roots[0], tokens)
        if topic:
            return [topic]
        # "condemned Russia's decision": the actor whose act it is
        owners = [
            k
            for r in roots
            if r.dep_ not in {"ccomp", "xcomp"}
            for c in r.children
            if c.dep_ == "poss"
            for k in phrase_actors(c)
        ]
        if owners:
            return [self._actor_target(k) for k in dict.fromkeys(owners)]
        # "welcomed the pledges": a commitment named only by its noun
        for r in roots:
            if (
                r.pos_ == "NOUN"
                and r.lemma_ in self.lex.commitment_nouns
                and r.dep_ not in {"ccomp", "xcomp"}
            ):
                # never the branch that holds the trigger ("the plan, drawing criticism ...")
                inner = {t.i for c in r.children if trigger in c.subtree for t in c.subtree}
                words = []
                for t in r.subtree:
                    if t.i in inner and t.i > r.i:
                        break
                    if t.dep_ not in {"det", "punct"} and t.sent == trigger.sent and t.i not in inner:
                        words.append(t)
                text = self.doc[words[0].i : words[-1].i + 1].text if words else r.text
                if len(text) <= 60:
                    return [Target("topic", _slug(text), text)]
        # nothing curated: the object phrase itself names the topic
        if rule.startswith("verb:") and rule.split(":")[-1] in self.lex.curated_only:
            return []  # "sent a signal", "thanked the staff": too light a verb for a free phrase
        for r in roots:
            if (
                r.pos_ == "VERB"
                and r.lemma_ in self.lex.verbs
                and not (
                    r.lemma_ in self.lex.curated_only
                    and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in r.children)
                )
            ) or (
                r.pos_ == "VERB"
                and (r.lemma_ in self.lex.reporting_verbs or r.lemma_ in self.lex.naming_verbs)
                # "ready to continue exports": an act continued, not speech
                and not (
                    r.lemma_ in self.lex.continuation_verbs
                    and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in r.children)
                )
            ):
                continue  # a stance or speech verb is not itself a topic (an action verb is)
            if r.lemma_.lower() in self.lex.actor_like:
                continue  # "backed separatist forces": a party, not a policy
            subj = subject_of(r) if r.pos_ in {"VERB", "AUX"} else None
            inner = next((c for c in r.children if c.dep_ == "xcomp"), None)
            if r.lemma_ in {"have", "need"} and inner is not None:
                r = inner  # "that the shelling had to stop": the stopping
            elif r.pos_ == "VERB" and r.is_stop and (
                obj := next((c for c in r.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            ) is not None:
                # "that Washington had made concessions": a light verb names nothing; its object does
                r, subj = obj, None
            phrase = phrase_topic(r, limit=self.lex.topic_max_words, exclude=exclude or trigger)
            if (
                phrase
                and subj is not None
                and subj.pos_ == "NOUN"
                and not phrase_actors(subj)
                and not any(c.dep_ in {"dobj", "attr", "xcomp"} for c in r.children)
            ):
                # "insisted that the shelling must stop": the shelling stopping, not "stop"
                what = phrase_topic(subj, limit=4)
                if what:
                    phrase = f"{r.lemma_} {what}"
            if phrase and _slug(phrase) not in self.lex.vague_topics:
                return [Target("topic", _slug(phrase), phrase)]
        return []

    def _condition_targets(self, root: Token) -> list[Target]:
        """What a condition asks for: a noun phrase ("only after a ceasefire"), a passive clause
        as an action ("until the guns were withdrawn" -> "withdraw guns"; "only if it was
        respected" -> "respect ceasefire", the pronoun read as the noun the condition hangs on)
        or a copular state ("once a treaty was ready" -> "treaty ready"). Active clauses with
        their own agent ("until Kyiv fell") state an outcome, not a demand: none."""
        vague = self.lex.condition_vague | self.lex.vague_topics
        if root.pos_ in {"NOUN", "PROPN"}:
            if entity_of(root):
                return []  # "until Friday", "until Russia ...": no content of its own
            agreements = self.agreement_in(root)
            if agreements:
                return [Target("agreement", agreements[0], self._agreement_label(agreements[0]))]
            topic = self._topic(root, [t for t in root.subtree if t.sent == root.sent])
            if topic:
                return [topic]
            phrase = phrase_topic(root, limit=self.lex.topic_max_words)
            return [Target("topic", _slug(phrase), phrase)] if phrase and _slug(phrase) not in vague else []
        subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.pos_ == "PRON":
            subj = _condition_antecedent(root)
        obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        passive = any(c.dep_ == "auxpass" for c in root.children)
        words = frozenset(w for t in self.lex.topics for kw in t["keywords"] for w in kw.split())
        ending = _ending_condition(root, self.lex, self)
        if root.pos_ == "VERB" and not passive and (
            (obj is not None and _undoing(root, self.lex, words)) or ending
        ):
            # "only if Kyiv halted mobilisation" / "only after the shelling ended": what is
            # undone (the stance on it is flipped by the reversal or set by the trigger)
            what = subj if ending else obj
            assert what is not None
            topic = self._topic(what, [t for t in what.subtree if t.sent == what.sent])
            if topic:
                return [topic]
            phrase = phrase_topic(what, limit=self.lex.topic_max_words)
            return [Target("topic", _slug(phrase), phrase)] if phrase and _slug(phrase) not in vague else []
        if subj is None or subj.lemma_.lower() in vague or phrase_actors(subj):
            return []
        what = phrase_topic(subj, limit=5)
        if not what:
            return []
        if any(c.dep_ == "auxpass" for c in root.children):
            label = f"{root.lemma_.lower()} {what}"
        elif root.lemma_ == "be" and (
            state := next((c for c in root.children if c.dep_ == "acomp"), None)
        ) is not None:
            label = f"{what} {phrase_topic(state, limit=4) or state.text}"
        else:
            return []
        return [Target("topic", _slug(label), label)]

    def _demonstrative_agreement(self, noun: Token) -> Target | None:
        """ "This document failed ...", "that treaty": a demonstrative text noun stands for the
        agreement named nearest before it (this or the two previous sentences)."""
        if (
            noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in self.lex.antecedent_nouns
            or not any(c.dep_ == "det" and c.lower_ in {"this", "that"} for c in noun.children)
        ):
            return None
        n = sentence_index(noun)
        sents = sentences(self.doc)
        window = [
            t for k in range(n - 2, n + 1) if 0 <= k < len(sents) for t in sents[k] if t.i < noun.i
        ]
        # the nearest agreement named before (a meeting or plan in between is not a text)
        for tok in reversed(window):
            if tok.dep_ != "compound" and tok.pos_ in {"PROPN", "NOUN"} and (
                keys := self.agreement_in(tok)
            ):
                return Target("agreement", keys[0], self._agreement_label(keys[0]))
        return None

    def _antecedent_target(self, pron: Token, *, back: int = 1) -> list[Target]:
        """ "called it a step forward": what "it" stands for, the nearest noun before it (same
        or `back` previous sentences) that names an event, text or decision
        (`antecedent_nouns`), or a named agreement."""
        n = sentence_index(pron)
        sents = sentences(self.doc)
        window = [
            t for k in range(n - back, n + 1) if 0 <= k < len(sents) for t in sents[k] if t.i < pron.i
        ]
        for tok in reversed(window):
            named_agreement = tok.pos_ == "PROPN" and tok.dep_ != "compound" and self.agreement_in(tok)
            # "X excluded the bid, and Y regards it as a provocation": in the pronoun's
            # own sentence, what an earlier stance verb was about
            same_clause_topic = (
                tok.sent == pron.sent and tok.dep_ in {"dobj", "nsubjpass"} and tok.pos_ == "NOUN"
                and any(
                    phrase in self.lex.verbs
                    for phrase in (
                        tok.head.lemma_.lower(),
                        *(f"{tok.head.lemma_.lower()} {c.lower_}" for c in tok.head.children
                          if c.dep_ == "prt"),
                    )
                )
            )
            if not named_agreement and not same_clause_topic and (
                tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.antecedent_nouns
            ):
                continue
            if any(a.dep_ in {"relcl", "acl"} for a in tok.ancestors):
                continue  # "a forum set up to meet in May": a detail, not the topic
            agreements = self.agreement_in(tok)
            if agreements:
                return [Target("agreement", agreements[0], self._agreement_label(agreements[0]))]
            topic = self._topic(tok, [tok, *(c for c in tok.children if c.dep_ == "compound")])
            if topic:
                return [topic]
            phrase = phrase_topic(tok, limit=4)
            return [Target("topic", _slug(phrase), phrase)] if phrase else []
        return []

    def _deontic_targets(self, verb: Token) -> list[Target]:
        clause = _clause_tokens(verb)
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None and verb.dep_ == "xcomp":
            subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        gids = [self.guarantee_at(t) for t in clause if self.guarantee_at(t)]
        sides = [c for c in verb.children if c.dep_ in {*SUBJECT_DEPS, "attr"}]
        for side in sides:
            sub = list(side.subtree)
            if phrase_actors(side) or any(self.guarantee_at(t) for t in sub):
                continue
            topic = self._topic(side, sub)
            if topic:
                return [topic]
        if subj is not None and self.guarantee_at(subj):
            described = self._described_guarantee(subj, self.guarantee_at(subj))
            if described:
                return [described]
        for t in clause:
            if self.guarantee_at(t) and not _is_guarantee_word(t):
                topic = self._topic(t, [t, *t.children])
                if topic:
                    return [topic]
        return [self._guarantee_target(gids[0], clause)] if gids else []

    def _described_guarantee(self, tok: Token, gid: str | None) -> Target | None:
        """Guarantors given by description, not name ("guarantees ought to be given by states
        that our people trust", "guarantors should be countries that ..."): a topic naming them."""
        g = self.guarantees.get(gid or "")
        if g is None:
            return None
        # a description in the clause itself says more than guarantors merged in from elsewhere
        verb = tok.head
        desc: Token | None = None
        if tok.dep_ in SUBJECT_DEPS and verb.lemma_ in {"be", "come"}:
            for c in verb.children:
                if c.dep_ == "attr" and not phrase_actors(c):
                    desc = c
                elif c.dep_ == "prep" and c.lower_ == "from":
                    desc = next(
                        (o for o in c.children if o.dep_ == "pobj" and not phrase_actors(o)), None
                    )
        if desc is None:
            return None
        text = doc_text(desc)
        label = "security guarantee"
        if g.beneficiary:
            label += f" for {self.label(g.beneficiary)}"
        label += f" by {text}"
        return Target("topic", "guarantors-" + _slug(text), label)

    def _guarantee_target(self, gid: str | None, tokens: list[Token]) -> Target:
        g = self.guarantees[gid or ""]
        parts = ["security guarantee"]
        if g.beneficiary:
            parts.append(f"for {self.label(g.beneficiary)}")
        if g.guarantors:
            names = [self.label(k) for k in g.guarantors]
            parts.append(
                "by "
                + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
            )
        if g.threat:
            parts.append(f"against {self.label(g.threat)}")
        return Target("guarantee", g.id, " ".join(parts))

    def _agreement_label(self, key: str) -> str:
        info = self.agreements.get(key)
        return info.label if info else key.replace("-", " ").title()

    def _actor_target(self, key: str) -> Target:
        return Target("actor", key, self.label(key))

    def _membership_target(self, verb: Token, body: Token) -> Target:
        """Membership of the body a destiny is placed in ("Ukraine's future lies in the
        alliance"): the curated topic for joining it, else a free label."""
        name = self.doc[body.left_edge.i : body.i + 1].text
        span = self.doc[verb.left_edge.i : verb.right_edge.i + 1]
        for topic in self.lex.topics:
            if contains_keyword(f"join {name}", topic["keywords"]):
                label = self._fill(topic, span)
                self.topic_of[_slug(label)] = topic
                return Target("topic", _slug(label), label)
        label = f"membership in {name}"
        return Target("topic", _slug(label), label)

    def _topic(self, root: Token, tokens: list[Token]) -> Target | None:
        if not tokens:
            return None
        lo = min(t.i for t in tokens)
        hi = max(t.i for t in tokens) + 1
        span = self.doc[lo:hi]
        text = span.text
        for topic in self.lex.topics:
            if contains_keyword(text, topic["keywords"]):
                label = self._fill(topic, span)
                qualifier = self._exclusion(span)
                if qualifier:
                    label = f"{topic['short']} {qualifier}"
                # the text's own form ("summit" read as the meeting topic) goes on the stance
                # as its target phrase; the topic node keeps one key and label across documents
                self.topic_of[_slug(label)] = topic
                return Target("topic", _slug(label), label)
        return None

    def target_phrase(
        self, trigger: Token, roots: list[Token], target: Target, *, flipped: bool
    ) -> str | None:
        """The words the text used for the target ("the Alaska summit" for the meeting topic),
        kept beside the shared target node; None when the label already says them. After a
        reversal or a composed act ("opposes lifting sanctions", "urged X to block Y") the
        phrase is what is undone or acted on, so that it reads with the stance's polarity."""
        label = target.label.lower()
        root: Token | None = roots[0] if len(roots) == 1 else None
        if root is None:
            words = {w for w in re.findall(r"[a-z]+", label) if len(w) > 3}
            root = next(
                (
                    r for r in roots
                    if target.key in phrase_actors(r)
                    or words & {t.lower_ for t in r.subtree}
                ),
                None,
            )
        if root is None:
            return None
        if (
            target.kind in {"actor", "guarantee"}
            or any(c.dep_ == "nsubjpass" for c in root.children)
        ):
            # the phrase of the word that names the target (the guarantee word; the subject of
            # "that pressure be kept on X", which the verb's own phrase leaves out)
            anchor = self._phrase_anchor(root, target)
            if anchor is None:
                return None
            root = anchor
        if flipped:
            acts = [
                t for t in root.subtree
                if t.pos_ in {"VERB", "NOUN"}
                and (t.lemma_.lower() in self.lex.reversal_words or t.lemma_ in self.lex.verbs)
            ]
            objs = [
                o for a in acts[:1] for c in a.children
                for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                          if c.dep_ == "prep" else [])
            ]
            if not objs:
                return None
            root = objs[0]
        phrase = phrase_topic(root, limit=self.lex.topic_max_words, exclude=trigger)
        if not phrase or phrase.lower() in label or label in phrase.lower():
            return None
        if " " not in phrase and root.pos_ in {"VERB", "AUX"}:
            return None  # a bare verb ("eliminate") says less than the label
        sent_words = {w for t in trigger.sent for w in (t.lower_, t.lemma_.lower())}
        if (
            target.kind == "topic"
            and target.key not in self.topic_of
            and set(re.findall(r"[\w-]+", label)) <= sent_words
        ):
            return None  # a label built from the sentence's own words ("observe truce")
        return phrase

    def _phrase_anchor(self, root: Token, target: Target) -> Token | None:
        """The word whose phrase names the target: the guarantee word, the smallest phrase
        holding the curated topic's keyword, the object itself for an actor; None when the
        phrase would only name the actor again ("Berlin" for Germany)."""
        sub = [t for t in root.subtree if t.sent == root.sent]
        if target.kind == "guarantee":
            return next((t for t in sub if self.guarantee_at(t) and _is_guarantee_word(t)), None)
        if target.kind == "topic" and target.key in self.topic_of:
            keywords = self.topic_of[target.key]["keywords"]
            best: Token | None = None
            for t in sub:
                if t.pos_ in {"NOUN", "PROPN", "VERB"} and contains_keyword(doc_text(t), keywords):
                    if best is None or len(list(t.subtree)) < len(list(best.subtree)):
                        best = t
            return best
        if target.kind == "actor" and (entity_of(root) or root.pos_ in {"PRON", "PROPN"}):
            return None
        return None if root.pos_ in {"VERB", "AUX"} and target.kind != "topic" else root

    def _fill(self, topic: dict[str, Any], span: Span) -> str:
        """The curated label with its slots filled from the phrase; the document's protected
        country stands in for {of} only when the phrase names nobody else in that place (a
        pronoun, "their aid", points elsewhere) and not in another role ("bordering X")."""
        labels: list[str] = list(topic.get("labels") or [topic["label"]])
        never = set(topic.get("never_fill", ()))  # the topic's own actor ("membership of NATO")
        slots: dict[str, str | None] = {"of": None, "with": None, "by": None}
        possessor = topic.get("possessor", "of")  # "Russia's invasion": the invader, {by}
        pointed = False  # an unresolved pronoun in a slot position names someone else
        named = set()
        for t in span:
            keys = [k for k in phrase_actors(t) if k not in never] if t.pos_ != "VERB" else []
            named.update(keys)
            if t.dep_ == "pobj" and t.head.lower_ in {"of", "for", "against", "to", "on"}:
                if keys:
                    slots["of"] = slots["of"] or keys[0]
                elif t.pos_ == "PRON":
                    pointed = True
            if t.dep_ == "pobj" and t.head.lower_ == "with" and keys:
                slots["with"] = slots["with"] or keys[0]
            if t.dep_ == "pobj" and t.head.lower_ == "by" and keys:
                slots["by"] = slots["by"] or keys[0]
            if t.dep_ == "poss":
                if keys:
                    slots[possessor] = slots[possessor] or keys[0]
                elif t.pos_ == "PRON" and possessor == "of":
                    pointed = True
        if slots["of"] is None and topic.get("subject_fills"):
            # "when Ukraine is ready to join NATO": the joiner is the subject of the keyword verb
            for t in span:
                if t.pos_ == "VERB" and t.lemma_ in topic["subject_fills"]:
                    subj = subject_of(t)
                    keys = [k for k in phrase_actors(subj) if k not in never] if subj else []
                    if keys:
                        slots["of"] = keys[0]
                        break
        if (
            slots["of"] is None
            and not pointed
            and self.protected not in named
            and self.protected not in never
            and topic["key"] not in {"sanctions"}
            and topic.get("fallback", True)
        ):
            slots["of"] = self.protected
        values = {k: self.label(v) for k, v in slots.items() if v}
        for label in labels:
            try:
                return label.format(**values)
            except KeyError:
                continue
        return str(topic["short"])

    def _exclusion(self, span: Span) -> str | None:
        """ "talks without Russia", "discussions that did not include Moscow" -> "without Russia"."""
        for t in span:
            if t.lower_ == "without" and t.dep_ == "prep":
                keys = [k for o in t.children if o.dep_ == "pobj" for k in phrase_actors(o)]
                if keys:
                    return f"without {self.label(keys[0])}"
            if t.lemma_ in {"include", "involve"} and is_negated(t):
                keys = [k for o in t.children if o.dep_ == "dobj" for k in phrase_actors(o)]
                if keys:
                    return f"without {self.label(keys[0])}"
        return None


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


def _count(tok: Token) -> int | None:
    """The number a determiner or numeral states ("four", "4", "both"), if any."""
    if tok.like_num and tok.text.isdigit():
        return int(tok.text)
    return _COUNTS.get(tok.lower_)


def _addressee(tok: Token) -> bool:
    """A noun phrase naming people who can be asked to act ("both sides", "the allies")."""
    return tok.pos_ in {"PRON", "PROPN"} or tok.ent_type_ in {"NORP", "PERSON", "ORG", "GPE"} or (
        tok.lemma_.lower()
        in {"side", "party", "ally", "partner", "country", "state", "government", "leader",
            "delegation", "member", "nation", "capital", "neighbour", "neighbor", "everyone"}
    )


def _people_addressed(tok: Token, nouns: frozenset[str]) -> bool:
    """A plain noun for people ("lawmakers", "Ukrainians", "ministers") that a demand or a
    warning is addressed to: not a target, unlike a named state or body."""
    if phrase_actors(tok) or entity_of(tok):
        return False
    return tok.lemma_.lower() in nouns or (tok.ent_type_ == "NORP" and tok.tag_ == "NNPS")


def _noun_holder(noun: Token, lex: StanceLexicon) -> Token | None:
    """Who voices a stance noun: its possessor, a "from X" phrase, or the subject of the verb
    that voices it ("X expressed concern")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in lex.retraction_verbs:
        return None  # a stance taken back
    for c in noun.children:
        if c.dep_ == "poss" and (c.pos_ != "PRON" or entity_of(c)):
            return c
    froms = [c for c in (*noun.children, *head.children) if c.dep_ == "prep" and c.lower_ == "from"]
    for f in froms:
        for o in f.children:
            if o.dep_ == "pobj" and phrase_actors(o):
                return o
    if noun.dep_ in {"dobj", "attr"} and head.lemma_ in lex.voicing_verbs:
        return subject_of(head)
    # "in favour of", "in support of": the subject of the clause the phrase modifies
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(head.head)
    return None


# ------------------------------------------------------------------ phrase topics

# dependents that never belong in a topic label: they attach clauses, asides or sentence adverbs
_PHRASE_CUT = {"relcl", "appos", "punct", "cc", "mark", "advcl", "parataxis", "nsubj", "nsubjpass",
               "aux", "auxpass", "neg", "advmod", "npadvmod", "dep", "ccomp", "csubj", "expl"}
_PHRASE_DROP_LEFT = {"det", "predet", "poss", "case"}


def phrase_topic(root: Token, *, limit: int = 8, exclude: Token | None = None) -> str | None:
    """A short, normalized label for what `root`'s phrase is about: a noun chunk without
    determiners, relative clauses or asides ("any new timetable for the talks" -> "new timetable
    for the talks"), or an action with its object ("to withdraw heavy guns" -> "withdraw heavy
    guns"). None for pronouns, bare numbers and phrases with no content word."""
    if root.pos_ in {"PRON", "NUM", "DET", "PUNCT", "SPACE"} or root.is_stop:
        return None
    if root.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}:
        return None
    keep = _phrase_tokens(root, limit=limit, exclude=exclude)
    while keep and (keep[0].dep_ in _PHRASE_DROP_LEFT or keep[0].is_punct or keep[0].tag_ == "TO"
                    or keep[0].pos_ in {"ADP", "CCONJ"}):
        keep = keep[1:]
    while keep and (keep[-1].is_punct or keep[-1].pos_ in {"ADP", "CCONJ", "DET", "PART"}):
        keep = keep[:-1]
    if not keep or not any(t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"} for t in keep):
        return None
    keep = _hyphen_glued(keep)
    words: list[str] = []
    for t in keep:
        # the action named by its lemma ("withdrawing troops" -> "withdraw troops")
        word = t.lemma_ if t == root and t.pos_ == "VERB" else t.text
        words.append(word + t.whitespace_ if t != keep[-1] else word)
    text = "".join(words).strip()
    return text if 2 < len(text) <= 80 else None


def _hyphen_glued(keep: list[Token]) -> list[Token]:
    """`keep` widened over words hyphen-joined to its ends: the parser may split "de-escalation"
    into three siblings, and "escalation" alone says the opposite."""
    doc = keep[0].doc
    lo, hi = keep[0].i, keep[-1].i

    def joined(left: Token, hyphen: Token, right: Token) -> bool:
        return hyphen.text in _HYPHENS and not left.whitespace_ and not hyphen.whitespace_ and (
            left.is_alpha and right.is_alpha
        )

    while lo >= 2 and joined(doc[lo - 2], doc[lo - 1], doc[lo]):
        lo -= 2
    while hi + 2 < len(doc) and joined(doc[hi], doc[hi + 1], doc[hi + 2]):
        hi += 2
    return list(doc[lo : hi + 1]) if (lo, hi) != (keep[0].i, keep[-1].i) else keep


_HYPHENS = {"-", "\u2011"}


def _phrase_tokens(root: Token, *, limit: int, exclude: Token | None = None) -> list[Token]:
    """`root` and its phrase-internal dependents, breadth first, at most `limit` tokens, kept
    contiguous around the root; never the branch holding `exclude` (the stance trigger, as in
    "the plan, drawing criticism from X")."""
    banned = {exclude.i, *(a.i for a in exclude.ancestors)} if exclude is not None else set()
    chosen = {root.i}
    frontier = [root]
    while frontier and len(chosen) < limit:
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if (c.dep_ in _PHRASE_CUT and c.tag_ != "HYPH") or c.sent != root.sent or c.i in banned or (
                    c.pos_ == "SPACE"
                ):
                    continue
                if c.dep_ == "conj" and t == root and root.pos_ == "VERB":
                    continue
                if len(chosen) >= limit:
                    break
                chosen.add(c.i)
                nxt.append(c)
        frontier = nxt
    # keep the contiguous run around the root (a dropped middle token ends the phrase)
    lo = hi = root.i
    doc = root.doc

    def bridge(i: int, step: int) -> bool:
        # a conjunction or comma between two chosen words stays ("swift and sustained aid")
        return (
            0 <= i < len(doc)
            and (doc[i].dep_ == "cc" or doc[i].text == ",")
            and i + step in chosen
        )

    while lo - 1 in chosen or bridge(lo - 1, -1):
        lo -= 1
    while hi + 1 in chosen or bridge(hi + 1, 1):
        hi += 1
    return list(root.doc[lo : hi + 1])


# ------------------------------------------------------------------ small parse helpers


def _accused(holder: Holder, trigger: Token, ctx: _Context) -> bool:
    """`holder` is denied a disposition by someone else: a reporter who does not speak for it,
    or an unattributed complement clause ("the summit showed NATO was not interested")."""
    if holder.reported_by is not None:
        speaker = holder.reported_by
        return speaker not in ctx.spokespeople and holder.key not in ctx.offices.get(speaker, ())
    if holder.rule != "subject":
        return False
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "ccomp"), None)
    said_by = subject_of(clause.head) if clause is not None else None
    # "Russia made clear it was not ready" is Russia's own word
    return said_by is not None and said_by.pos_ != "PRON" and holder.key not in ctx.actor_keys(
        said_by
    )


def _denied_to_all(trigger: Token) -> bool:
    """The trigger is what a negative quantifier is said to do or have ("no country can veto
    X", "no third party will have a veto over X", "nobody has the right to block X")."""
    current = trigger
    for _ in range(3):
        subj = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj.lower_ in {"nobody", "none", "noone"} or any(
                c.dep_ == "det" and c.lower_ == "no" for c in subj.children
            ) or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children))
        if current.dep_ not in {"xcomp", "acl", "dobj", "attr", "pobj", "prep"}:
            return False
        current = current.head
    return False


def _past_denial(tok: Token) -> bool:
    """"did not promise", "had not pledged": the act was not done then (past auxiliary)."""
    return any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ in ("do", "have") for c in tok.children)


def _negated(tok: Token) -> bool:
    if is_negated(tok):
        return True
    for c in tok.children:
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
        if c.dep_ == "aux" and is_negated(c):
            return True
    # "will not be ready to", "is not acceptable": negation on the copula
    if tok.dep_ in {"acomp", "attr"} and is_negated(tok.head):
        return True
    return False


def _denied_act(
    trigger: Token, roots: list[Token], targets: list[Target], phrases: dict[str, str]
) -> bool:
    """A reported clause whose own verb is negated and named by the target ("that aid would not
    be cut" -> "cut aid"; "that NATO would not deploy troops" -> "deploy troops"): the stance on
    that act is the opposite of the one the reporting verb gives."""
    words = " ".join([t.label.lower() for t in targets] + [p.lower() for p in phrases.values()])
    return any(
        r.dep_ == "ccomp"
        and r.head == trigger
        and r.pos_ == "VERB"
        and _negated(r)
        and re.search(rf"\b({re.escape(r.lemma_.lower())}|{re.escape(r.lower_)})\b", words)
        for r in roots
    )


def _reported_through_medium(clause: Token, reporting_verbs: frozenset[str]) -> Token | None:
    """The reporting verb of "said in a statement that ...", "wrote in a letter that ...": a
    that-clause the parser hangs on the medium, itself the object of "in" under the verb."""
    medium = clause.head
    if (
        clause.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and medium.pos_ == "NOUN"
        and medium.dep_ == "pobj"
        and medium.head.lower_ == "in"
        and medium.head.head.lemma_ in reporting_verbs
        and medium.head.head.pos_ == "VERB"
    ):
        return medium.head.head
    return None


def _ending_condition(root: Token, lex: StanceLexicon, ctx: _Context) -> bool:
    """A condition clause whose intransitive reversal verb ends its own subject ("until the
    shelling stopped", "only if the flow of drones ended"), unless the clause as a whole names
    a curated topic ("until the fighting stopped": a ceasefire)."""
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (
        root.pos_ == "VERB"
        and bool({root.lemma_.lower(), root.lower_} & lex.reversal_words)
        and subj is not None
        and subj.pos_ == "NOUN"
        and not phrase_actors(subj)
        and not any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in root.children)
        # the verb adds to what the subject names ("the fighting stopped": a ceasefire)
        and ctx._topic(root, [root, *subj.subtree]) == ctx._topic(subj, list(subj.subtree))
    )


def _undoing(verb: Token, lex: StanceLexicon, topic_words: frozenset[str]) -> bool:
    """A reversal verb that does not itself name a curated topic ("halt", not "withdraw")."""
    words = {verb.lemma_.lower(), verb.lower_}
    return bool(words & lex.reversal_words) and not words & topic_words


def _causer(adj: Token, affected: list[Token], causatives: frozenset[str]) -> Token | None:
    """The subject of a causative verb whose result is `adj` ("X would make Y impossible",
    "X rendered the talks pointless")."""
    verb = adj.head
    if adj.dep_ not in {"ccomp", "oprd", "xcomp", "acomp"} or verb.lemma_.lower() not in causatives:
        return None
    if not affected or any(r.i < verb.i for r in affected):
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)


def _purpose_of_sum(verb: Token, root: Token) -> list[Token]:
    """"announced $2 billion for X's energy sector": a sum of money names nothing; what it is for
    does (the "for" phrase on the sum or on the verb). Other roots stand as they are."""
    if root.ent_type_ != "MONEY" or root.dep_ not in {"dobj", "nsubjpass"}:
        return [root]
    purposes = [
        o
        for holder in (root, verb)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return purposes or [root]


def _denied_quality(noun: Token) -> Token | None:
    """The one a quality noun is denied to: "X has little/no credibility", "X lacks legitimacy",
    "X does not have any credibility" (the subject of have/lack), a noun phrase, not a pronoun."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in {"have", "lack"}:
        return None
    denied = (
        verb.lemma_ == "lack"
        or _negated(verb)
        or any(c.lower_ in {"no", "little"} and c.dep_ in {"det", "amod"} for c in noun.children)
    )
    subj = subject_of(verb)
    if not denied or subj is None or subj.pos_ == "PRON":
        return None
    return subj


def _secured(tok: Token, securing: frozenset[str]) -> bool:
    """`tok`'s clause is what someone sets out to ensure ("ensure that X", "make sure X")."""
    head = tok.head
    if tok.dep_ != "ccomp" or head == tok:
        return False
    if head.lemma_.lower() in securing:
        return True
    return head.dep_ == "acomp" and f"{head.head.lemma_.lower()} {head.lower_}" in securing


def _in_condition(tok: Token) -> bool:
    """`tok` is in the clause of an "if"/"unless" condition (through conjuncts and complements):
    what a conditional clause supposes is no one's position."""
    current = tok
    for _ in range(8):
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in current.children
        ):
            return True
        if current.dep_ not in {"conj", "xcomp", "acomp", "attr", "dobj", "pobj", "prep", "pcomp"}:
            return False
        if current.head == current:
            return False
        current = current.head
    return False


def _substituted(noun: Token) -> Token | None:
    """What a substitute noun stands in for: "substitute for X" -> X; "a bridge to X, not a
    substitute for it" -> X (the phrase the pronoun's appositive hangs on)."""
    obj = next(
        (o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}
         for o in c.children if o.dep_ == "pobj"),
        None,
    )
    if obj is None or obj.pos_ != "PRON":
        return obj
    if obj.lower_ not in {"it", "that", "this", "them"} or noun.dep_ not in {"appos", "conj"}:
        return None
    anchor = noun.head
    # "membership of NATO, not a substitute": the parser hangs it on NATO; climb the of-chain
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN":
        anchor = anchor.head.head
    return anchor if anchor.pos_ in {"NOUN", "PROPN"} else None


def _substitute_denial(noun: Token, lex: StanceLexicon) -> Token | None:
    """The token that denies a substitute noun ("no alternative", "not a substitute", "is not a
    replacement", "will not accept/rejects alternatives"), to hold the stance; None when the
    substitute is not denied ("an alternative to X was proposed")."""
    first = noun
    while first.dep_ == "conj":  # "alternatives, surrogates or substitutes for X"
        first = first.head
    for t in {noun, first}:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return t
        if any(c.dep_ == "neg" for c in t.children):
            return t
        if t.dep_ in {"appos", "conj"} and any(
            c.dep_ == "neg" and c.i < t.i for c in t.head.children
        ):
            return t  # "a bridge to X, not a substitute for it"
        if t.dep_ in {"attr", "acomp"} and _negated(t):
            return t
        if t.dep_ == "dobj" and t.head.pos_ == "VERB":
            verb = t.head
            stype = lex.verbs.get(verb.lemma_)
            if stype is None:
                continue
            pol = lex.polarity(stype)
            if (pol == "support" and _negated(verb)) or (pol == "oppose" and not _negated(verb)):
                return verb
    return None


def _power_denied(noun: Token) -> bool:
    """ "Y has no veto", "Y will not have a veto", "no third country will have a veto"."""
    have = noun.head
    subj = subject_of(have)
    return (
        any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        or _negated(have)
        or (subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children))
    )


def _modal(tok: Token, deontic: Iterable[str]) -> bool:
    words = set(deontic)
    for c in tok.children:
        if c.dep_ == "aux" and (c.lower_ in words or c.lemma_ in words):
            return True
    # "have to", "need to" as governing verbs
    return tok.dep_ == "xcomp" and tok.head.lemma_ in {"have", "need"}


def _advised(tok: Token, modals: frozenset[str]) -> bool:
    """ "X should do Y", "X ought to do Y": the act is advice (also on the verb the trigger
    completes: "should be ready to", "ought to reject")."""
    for verb in (tok, tok.head) if tok.dep_ in {"xcomp", "acomp"} else (tok,):
        if verb.lemma_.lower() in modals or any(
            c.dep_ == "aux" and c.lower_ in modals for c in verb.children
        ):
            return True
    return False


def _hedged(tok: Token, hedges: Iterable[str]) -> bool:
    words = set(hedges)
    for c in tok.children:
        if c.dep_ in {"aux", "advmod"} and c.lower_ in words:
            return True
    current = tok
    for _ in range(4):
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in words for c in current.children
        ):
            return True
        if any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in current.children
        ):
            return True
        if current.head == current:
            break
        current = current.head
    if tok.dep_ in {"acomp", "attr"}:
        return any(c.dep_ == "aux" and c.lower_ in words for c in tok.head.children)
    return False


def _plain_judgement(pred: Token, lex: StanceLexicon) -> bool:
    """The predicate judges its subject outright: not in a condition ("only once the terms are
    clear", "credible only if ..."), a comparison ("as strong as ...", "stronger than") or a
    demand ("must be the strength of ...")."""
    if pred.tag_ in {"JJR", "JJS", "RBR"}:
        return False
    if any(c.lower_ in {"as", "only", "than", "too", "enough"} for c in pred.children):
        return False
    current = pred.head
    for _ in range(3):
        if _modal(current, lex.deontic):
            return False
        kids = list(current.children)
        if any(c.lower_ in {"only", "as"} and c.dep_ == "advmod" for c in kids):
            return False
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for c in kids):
            return False
        if current.dep_ == "advcl" or current.head == current:
            return current.dep_ != "advcl"
        if current.dep_ not in {"conj", "xcomp"}:
            return True
        current = current.head
    return True


def _diminished(adj: Token, stype: str | None) -> str | None:
    """A praising adjective under "least"/"less" is a criticism ("the least effective option",
    "less useful"); any other judgement so graded says nothing clear."""
    if stype is None or not any(c.dep_ == "advmod" and c.lower_ in {"least", "less"} for c in adj.children):
        return stype
    return "criticize" if stype in {"support", "welcome", "accept"} else None


_CIRCUMSTANCE_MARKS = frozenset({"while", "whilst", "when", "as", "after", "before", "since", "because"})


def _offered_role(verb: Token, verbs: frozenset[str]) -> Token | None:
    """"offered itself as a guarantor", "proposed Geneva as the venue": the role an actor or
    place is offered in (the "as" phrase), when the object is a reflexive or a proper name."""
    if verb.lemma_.lower() not in verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.lower_.endswith(("self", "selves")) or obj.pos_ == "PROPN"):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _misattached_subject(verb: Token) -> Token | None:
    """The subject the parser hung on an unmarked clause before the verb: "X, chairing the
    talks, insisted ...", "X, hosting the summit, backed A but resisted B" read with X as the
    subject of "chairing"/"backed" and none on the main verb."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i and not any(m.dep_ == "mark" for m in c.children):
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
            if subj is not None and subj.pos_ in {"PROPN", "NOUN"}:
                return subj
        # "X, chairing the meeting, said ...": the participle read as the verb's content clause
        if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i < verb.i:
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
            if (
                subj is not None
                and subj.pos_ in {"PROPN", "NOUN"}
                and subj.i + 1 < len(verb.doc)
                and verb.doc[subj.i + 1].text == ","
            ):
                return subj
    return None


def _copula_subjects(adj: Token) -> list[Token]:
    head = adj.head if adj.dep_ == "acomp" else adj
    subs = [
        c for c in head.children if c.dep_ in {"nsubj", "csubj", "nsubjpass"} and c.lower_ != "it"
    ]
    if not subs:
        # "it is unacceptable to stop now": the extraposed clause
        subs = [c for c in (*adj.children, *head.children) if c.dep_ in {"xcomp", "ccomp"}]
    if not subs and head.i > head.sent.start:
        # the parser lost the subject: take the phrases left of the copula
        left = range(head.sent.start, head.i)
        subs = [
            t
            for t in head.doc[left.start : left.stop]
            if (t.head.i not in left or t.head == t) and not t.is_space and not t.is_punct
        ]
    return subs


def _relative_pronoun(tok: Token) -> bool:
    return tok.lower_ in {"which", "that", "whom", "who"} and tok.tag_ in {"WDT", "WP", "IN"}


def _relative_antecedent(relcl: Token) -> Token:
    """What a relative pronoun stands for. A "which" clause after a named actor inside a
    prepositional phrase describes the whole noun phrase ("membership for Ukraine, which X has
    ruled out": the membership); "who(m)" stays with the person."""
    head = relcl.head
    pron = next((c for c in relcl.children if _relative_pronoun(c)), None)
    if pron is not None and pron.lower_ in {"who", "whom"}:
        return head
    while (
        entity_of(head)
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.pos_ == "NOUN"
    ):
        head = head.head.head
    return head


def _appositive_referent(noun: Token) -> Token:
    """ ", a position long favoured by X": a stance-bearing noun set off as an aside stands for
    the phrase before the comma."""
    if (
        noun.dep_ in {"appos", "npadvmod"}
        and noun.lemma_.lower() in {"position", "idea", "approach", "option", "view", "stance",
                                    "line", "proposal", "demand", "solution", "plan"}
        and noun.i > 1
        and noun.doc[noun.left_edge.i - 1].text == ","
    ):
        before = noun.doc[noun.left_edge.i - 2]
        if before.pos_ in {"NOUN", "PROPN"} and before.sent == noun.sent:
            while before.dep_ in {"compound", "amod"} and before.head.i > before.i:
                before = before.head
            return before
    return noun


def _condition_content(link: Token) -> list[Token]:
    """The condition a marker's linking word introduces: its clause ("until the guns were
    withdrawn") or its prepositional objects ("only after a ceasefire")."""
    if link.dep_ == "mark" and link.head.pos_ in {"VERB", "AUX"}:
        return [link.head]
    # "..., but only with X": the parser may coordinate the preposition with the verb
    if link.dep_ == "prep" or (link.dep_ == "conj" and link.pos_ == "ADP"):
        return [o for o in link.children if o.dep_ == "pobj"]
    return []


def _terms_of_own_act(link: Token, words: tuple[str, ...], ctx: _Context) -> bool:
    """"X would join, but only with Y", "X was ready to A only in exchange for Y": the terms an
    actor sets on its own act are its demand, said or not. Only "only" + a preposition: a clause
    ("until Kyiv fell") states an outcome."""
    if words[0] != "only" or link.pos_ != "ADP" or link.dep_ not in {"prep", "conj"}:
        return False
    governor = link.head
    subj = next((c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not ctx.actor_keys(subj):
        return False
    # a willingness or a possibility, not a report of how things went ("travelled only with
    # his aides")
    return any(
        t.lemma_.lower() in ctx.lex.readiness or (t.tag_ == "MD" and t.head == governor)
        or t.lemma_ in ctx.lex.reporting_verbs
        for t in governor.subtree if t.i < link.i
    )


def _restricted_by_only(link: Token) -> bool:
    """The verb a condition attaches to carries "only" before the condition ("could only take
    place once ...")."""
    governor = link.head.head if link.dep_ == "mark" else link.head
    return any(
        c.dep_ == "advmod" and c.lower_ == "only" and c.i < link.i for c in governor.children
    )


def _condition_antecedent(clause: Token) -> Token | None:
    """The noun a pronoun in a condition stands for: the nearest noun the condition hangs on
    ("a ceasefire worth having only if it was respected") or its governor's subject or
    predicate noun ("the truce was worth it only if it held")."""
    current = clause.head
    for _ in range(3):
        if current.pos_ == "NOUN":
            return current
        for c in current.children:
            if c.dep_ in {"attr", "nsubj", "nsubjpass"} and c.pos_ == "NOUN" and c != clause:
                return c
        if current.head == current:
            break
        current = current.head
    return None


def _contrast_target(stance: Stance, first: Token, alt: Token) -> Stance:
    """A ruled-out alternative's own words where the target lost them: "not American ones" ->
    "American troops" (the noun "ones" stands for), "but not inside the country" -> the whole
    prepositional phrase."""
    if alt.lemma_.lower() == "one" and first.pos_ == "NOUN":
        words = [t.text for t in alt.subtree if t.dep_ in {"amod", "compound"} and t.head == alt]
        label = " ".join([*words, first.text])
    elif alt.pos_ == "ADP":
        label = alt.doc[alt.i : alt.right_edge.i + 1].text
    else:
        return stance
    return replace(stance, target=Target("topic", _slug(label), label), target_phrase=None)


def _contrasted(trigger: Token) -> list[tuple[Token, Token]]:
    """Alternatives a clause rules out by contrast: "X, not Y" and "X but not Y" ("not" on X or
    on Y, Y a conjunct or apposition of X), inside the trigger's own clause; (X, Y) pairs."""
    out = []
    for neg in trigger.subtree:
        if neg.lower_ != "not" or neg.dep_ != "neg" or neg.head == trigger:
            continue
        if _in_nested_clause(neg, trigger):
            continue
        prev = neg.doc[neg.i - 1] if neg.i > 0 else None
        if prev is None or prev.lower_ not in {",", "but", "and"}:
            continue
        head = neg.head
        if head.dep_ in {"conj", "appos"} and head.i > neg.i:
            out.append((head.head, head))  # "... but not inside the country"
            continue
        out.extend(
            (head, c) for c in head.children if c.dep_ in {"conj", "appos"} and c.i > neg.i
        )  # "European troops, not American ones"
    return out


def _conjunct_tokens(trigger: Token, roots: list[Token], rule: str) -> set[int]:
    """Tokens of the coordinated targets inside `roots`' phrases (each gets a stance of its own,
    so they are not part of the first one's target)."""
    inside = {t.i for r in roots for t in r.subtree}
    return {
        t.i for c in _coordinated_roots(trigger, roots, rule) if c.i in inside for t in c.subtree
    }


def _coordinated_roots(trigger: Token, roots: list[Token], rule: str) -> list[Token]:
    """Conjuncts of a stance's target phrases that name targets of their own ("rejected any cap
    on X and any ban on Y", "urged both sides to show restraint and avoid bloodshed"). A verb
    conjunct with a subject of its own is another clause, with triggers of its own."""
    if rule.startswith(("deontic", "claim-harm", "naming:")):
        return []  # these rules read their target from the trigger's clause, not the roots
    out: list[Token] = []
    for r in roots:
        if r.pos_ == "VERB":
            # "to withdraw X, to remain neutral, and to cap Y": the parser hangs the listed
            # infinitives on the first as adverbial clauses
            listed = [
                c for c in r.children
                if c.dep_ == "advcl" and c.i > r.i and r.doc[c.left_edge.i - 1].text == ","
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
                and not any(d.dep_ in {*SUBJECT_DEPS, "mark"} for d in c.children)
                and any(
                    j.dep_ == "conj" and any(a.tag_ == "TO" for a in j.children)
                    for j in c.children
                )
            ]
            out.extend(x for c in listed for x in (c, *c.conjuncts) if x.i > r.i)
    if trigger.pos_ == "VERB" and any(r.dep_ == "dobj" for r in roots):
        # "rejected X and any Y being written into law": the parser makes the gerund clause a
        # conjunct of the trigger; its passive subject is the trigger's second object
        for c in trigger.children:
            if c.dep_ == "conj" and any(
                a.dep_ == "auxpass" and a.tag_ == "VBG" for a in c.children
            ):
                out.extend(s for s in c.children if s.dep_ == "nsubjpass" and s.pos_ == "NOUN")
    # "appealed for X and for Y": the repeated preposition is a conjunct of the first
    out.extend(
        o
        for r in roots
        if r.dep_ == "pobj" and r.head.dep_ == "prep"
        for p in r.head.children
        if p.dep_ == "conj" and p.lower_ == r.head.lower_
        for o in p.children
        if o.dep_ == "pobj"
    )
    # "opposed any quota on X and any veto on Y" read as two objects of the verb
    out.extend(
        r for r in roots[1:]
        if r.dep_ == roots[0].dep_ == "dobj" and r.pos_ == "NOUN" and roots[0].pos_ == "NOUN"
        # joined by "and"/"or" (", a blunt response to X" is an aside, not a second object)
        and any(t.lower_ in {"and", "or"} for t in r.doc[roots[0].i : r.left_edge.i])
    )
    for r in roots:
        for c in r.conjuncts:
            if c.i <= r.i or c in roots or c in out or c.sent != r.sent:
                continue
            if r.pos_ == "VERB":
                if c.pos_ != "VERB" or any(d.dep_ in SUBJECT_DEPS for d in c.children):
                    continue
            elif r.pos_ in {"NOUN", "PROPN"}:
                if c.pos_ not in {"NOUN", "PROPN"}:
                    continue
            else:
                continue
            out.append(c)
    return out


def _past_dateline(subj: Token) -> Token | None:
    """A capitalised dateline parsed as the subject ("RIYADH/PARIS — Russia and the US agreed",
    "BERLIN, Germany — Forty countries endorsed") hands the role to the phrase after the dash."""
    if not (subj.text.isupper() and len(subj.text) > 2 and subj.i - subj.sent.start < 5):
        return subj
    dash = next(
        (t for t in subj.sent if t.i > subj.i and t.text in {"—", "–", "--"} and t.i - subj.i < 8),
        None,
    )
    if dash is None:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > dash.i), None)


def _under_other_verb(tok: Token, root: Token) -> bool:
    """A verb stands between `tok` and the phrase root: `tok` belongs to a clause of its own
    inside the phrase ("teams to work toward ending X"), so it does not undo the phrase. The
    root itself ("the withdrawal of troops" as the phrase) has nothing between."""
    if tok == root:
        return False
    current = tok.head
    while current != root and current.head != current:
        if current.pos_ in {"VERB", "AUX"}:
            return True
        current = current.head
    return False


def _in_nested_clause(tok: Token, verb: Token) -> bool:
    """`tok` sits in a clause of its own below `verb` (a complement, relative or adverbial)."""
    current = tok
    while current != verb and current.head != current:
        if current.dep_ in {"ccomp", "relcl", "advcl", "acl", "csubj"}:
            return True
        current = current.head
    return False


def _object_relative(relcl: Token) -> bool:
    """ "the conditions Kyiv rejected", "terms that Berlin called unacceptable": the clause has
    a subject of its own, which holds a stance on the noun it modifies."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"who", "that", "which", "whom"}
        for c in relcl.children
    )


def _past_deed(verb: Token) -> bool:
    """ "who helped broker", "who had announced": a simple past or a pluperfect."""
    return verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    )


def _appositive_clause(relcl: Token) -> bool:
    """ "Orban, who opposes X, ...": a comma-set relative clause on a named actor states that
    actor's position (a restrictive one, "countries that provide X", only describes)."""
    head = relcl.head
    if not entity_of(head) or relcl.i <= head.i:
        return False
    between = relcl.doc[head.i + 1 : relcl.i]
    return any(t.text == "," for t in between)


def _under_rejection(tok: Token, lex: StanceLexicon) -> bool:
    """`tok` is the complement of an oppose-type or negated stance verb or adjective ("refused
    to endorse", "resisted pressure to send", "reluctant to back", "did not promise to send")."""
    current = tok
    for _ in range(5):
        if current.dep_ not in {"xcomp", "acl", "dobj", "pcomp", "pobj", "prep"}:
            return False
        current = current.head
        particles = [c.lower_ for c in current.children if c.dep_ in {"prt", "prep"}]
        stype = (
            next((lex.verbs[f"{current.lemma_} {p}"] for p in particles
                  if f"{current.lemma_} {p}" in lex.verbs), None)
            or lex.verbs.get(current.lemma_)
            or lex.stance_adjectives.get(current.lower_)
        )
        if stype and (lex.polarity(stype) == "oppose" or _negated(current)):
            return True  # also "is not promising to send": the negated promise is the stance
    return False


def _asked_of_other(tok: Token, lex: StanceLexicon) -> bool:
    """`tok` is an act a demand or warning puts to someone else ("warned Y not to block X",
    "urged Y to drop X", "told Y to stop undermining X"): Y's possible act, not anyone's stance
    (the demand or warning is the stance)."""
    current = tok
    for _ in range(4):
        if current.dep_ not in {"xcomp", "conj", "ccomp"} or current.head == current:
            return False
        current = current.head
        stype = lex.verbs.get(current.lemma_)
        if stype in {"demand", "warn"} and any(
            c.dep_ in {"dobj", "dative"} and (phrase_actors(c) or _addressee(c))
            for c in current.children
        ):
            return True
    return False


def _headline_line(tok: Token) -> bool:
    """A headline or caption left in the body: a line of its own, in Title Case, without final
    punctuation. Headlines restate the lead with coarser holders ("Ukraine Demands ..." for what
    its president said), so their stances are left to the body."""
    text = full_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    if not line or line[-1] in ".!?\"”'’:;)":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _exclusive(tok: Token) -> bool:
    """ "the only/best/real/effective guarantee": an endorsement, not a description."""
    return any(
        c.lower_
        in {
            "only",
            "best",
            "real",
            "sole",
            "true",
            "effective",
            "reliable",
            "key",
            "main",
            "ultimate",
        }
        for c in tok.children
    )


def _clause_tokens(verb: Token) -> list[Token]:
    """Tokens of `verb`'s clause, without nested complement clauses of reporting; for "X had to
    be V" also X, whom the parser hangs on "had"."""
    tokens = [t for t in verb.subtree if t.sent == verb.sent]
    if verb.dep_ == "xcomp" and verb.head.lemma_ in {"have", "need"}:
        for c in verb.head.children:
            if c.dep_ in SUBJECT_DEPS and not any(d.dep_ in SUBJECT_DEPS for d in verb.children):
                tokens = [*c.subtree, *tokens]
    return tokens


def _in_parentheses(tok: Token) -> bool:
    depth = 0
    for t in tok.sent:
        if t.i >= tok.i:
            break
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _position_owner(trigger: Token) -> str | None:
    """ "Kyiv's position on ... is firm": the owner of the position."""
    head = trigger.head if trigger.dep_ in {"acomp", "attr"} else trigger
    for c in head.children:
        if c.dep_ in SUBJECT_DEPS and c.lemma_ in {"position", "stance", "view", "policy"}:
            for p in c.children:
                if p.dep_ == "poss" and entity_of(p):
                    return entity_of(p)
    return None


def _is_guarantee_word(tok: Token) -> bool:
    return tok.lemma_.lower() in {
        "guarantee",
        "assurance",
        "guarantor",
        "safeguard",
        "commitment",
        "protection",
        "umbrella",
        "pact",
        "arrangement",
    }


def _subtree_chars(root: Token) -> tuple[int, int]:
    sub = list(root.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")
    return slug[:80] or "topic"


def _dedupe(stances: list[Stance]) -> list[Stance]:
    best: dict[tuple[str, str, str, str], Stance] = {}
    for st in stances:
        key = (st.holder, st.polarity, st.target.kind, st.target.key)
        old = best.get(key)
        if old is None or st.confidence > old.confidence:
            best[key] = st
    return sorted(best.values(), key=lambda s: (s.start, s.holder, s.target.key))
