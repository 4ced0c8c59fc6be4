"""Stances: who supports or opposes what (an actor, an agreement, a guarantee or a topic).

The component finds triggers (`lexicons/stance_verbs.yaml`), asks the document context
(`stance_context.py`) for holders and targets, applies negation, hedges and the precision
guards, and keeps one stance per (holder, polarity, target). The mechanisms are described
by topic in docs/STANCES.md. A verb whose object or passive subject takes "no" ("would send
no troops") is negated like a verb with "not". What a denied act cannot happen without ("will not
sign without guarantees") is demanded by whoever denies it (`stance_without.py`, one climbing rule).
An actor named only as the modifier of a thing ("the US plan") or followed by its own
gerund gives the thing or the act as target, not the actor (`stance_targets.py`); a troop
destination is a state or a place, never a person ("troops on Moldovan soil": Moldova).
A state or person as the object of a giving verb ("the aid Washington pledged Kyiv") is the
recipient, not what is offered (`recipient_verbs`).
Signing, invoking, honouring or implementing (`text_verbs`) is a stance only on a known
agreement or provision in the object (curated or named, not only described), never in a
relative clause that identifies the text.
The place or time a "where"/"when" clause modifies is never what that clause's stance is about.
A clause in someone's words that names a curated topic, an agreement or a guarantee no
other rule read gives a lower-confidence guess (`stance_fallback.py`, rule `fallback:*`; off
with `fallback.enabled` in the lexicon).
A naming verb makes any noun a name: a plain noun with a curated judging modifier judges what is
named ("called the plan a credible framework", `naming_modifiers`), and "as" + adjective read
as a clause of its own is still the name ("regard X as completely unacceptable").
The fallback reads an "as" name with the stance lexicon, and gives no default support to a
clause whose predicate holds a negative word ("a step toward an anti-Western project").
"which" never stands for a person (a relative clause hung on the last of a list of authors is the
document's); "the leaders of A, B and C" hold as their states, and "members of the coalition"
as the body the document named before with that word. Thanks to "you" or for the occasion
is courtesy (`courtesy_verbs`), and news outlets outside the KB hold no stance. A demand over a
denied clause ("insisted he would not need to") demands nothing; no holder role passes through a
"by" author or an opposing governor ("voted down a motion calling for X"). What parties pledge
"under" a treaty or "under which" is the text's terms (`terms_nouns`), not their position.
What a demand counters ("must deter any future attack", `countering_verbs`) is not demanded.
The actor a pressing verb takes as object ("pressed Washington to X") is an addressee
(`addressee_verbs`), never the target. "The leaders" never gathers people named only inside an
event noun ("the clash between A and B", "Trump's summit").
A counted phrase that names nobody ("the two men", "both women", "the pair", "the two";
`counted_people_nouns`, `collective_nouns`) holds as exactly that many people named together
earlier in its sentence or in the three before it, and as nobody when no sentence names that many.
A kind word owned by someone ("her own idea: X", "Moscow's demand that Kyiv withdraw") stands for
its "that" clause or what follows its colon (`stance_targets.py`), and a reversal inside such a
clause flips nothing. "There will be no X" / "there can be no X" in someone's words rejects X
(`stance_bounds.denied_future`; not a past fact, not a conditioned denial). A reversal inside
a clause on the target's own noun ("welcomed the efforts to end the war") undoes nothing of it.
A deontic reversal undoes its passive subject ("sanctions must not be lifted" supports them), and
a passive "cannot" is a norm like "must not" ("borders cannot be changed by force"). A kind word
set off as an aside (`aside_nouns`: "X between A and B, a format Kyiv refused") stands for the
whole phrase before the comma, also as the object of a relative clause. A withdrawal of troops is
an act of its own (topic `withdrawal`, "demanded the withdrawal of Russian troops" supports it),
not the reverse of a deployment; its words still undo other targets ("withdraw from the deal").
A curated topic named by one noun is a target of its own as an "and"/"or" conjunct ("a truce
and the withdrawal of X"), not a bare word to drop. "Pressure from X to do Y" is a stance on
doing Y, not on the curated topic "pressure" (`stance_targets._pressed_act`).
A leader's government, negotiators or envoys ("his government", "Zelensky's negotiators") act for
the state the leader holds office for, not for the leader (`_led_states` in stance_context.py).
A pronoun inside "X, who said he ..." resolves to X (actors.py, pass 5). "The signatories" as a
holder are whoever adopted or signed a text in the sentences just before
(`stance_commit.adopters_before`, lexicon `signatory_nouns`).
A person holds no stance on the state they hold office for, as no actor does on itself.
A curated topic named only inside a time, condition or danger around the target ("help if it
is attacked", "a pause before the next invasion", lexicon `detail_connectives`) is not its topic.
A noun phrase right after a verb that takes a thing, parsed as the subject of a participle
clause ("supported the truce agreed in Minsk", "opposed Ukraine joining NATO", also a gerund hung
as an adverbial clause), is its object
(`stance_syntax.attach_misread_object`). An object that is itself a text's name is that text,
whatever guarantee its complement names ("the Paris declaration on security guarantees"); a text
named only in a skipped clause of time or reason is none ("lifting sanctions before the deal is
implemented"). A noun on spaCy's stop list ("call", "move", "side") heads a target phrase like
any noun ("rejected the OSCE's call for a police mission", `stance_syntax.phrase_topic`).
A person sent (`envoy_verbs`) is an envoy, not an offer. The owner of a stance noun that a stance
verb governs ("backed Kyiv's request for X") holds no stance of its own from that noun.
A denied obstruction lets its object happen ("does not object to X", "would not stand in the way
of X": type `obstruct`), and a denied quality of a thing rejects it ("the offer was not serious",
`negated_adjectives`, also one parsed as a progressive verb, "was not binding"; never an actor's
intent, "not serious about peace"). "Provided there was X"
demands X (an existential condition). A demand made as the means of another act ("opened the talks
by urging X to Y") is the main subject's. "Called it/that ..." right after a guarantee given or
offered as an object names that guarantee; a noun inside an appositive gloss is no antecedent.
Whoever takes up the stance of a sentence holds it too: "X, together with Y, rejected Z", "...,
X said, and Y echoed him", "X ruled out Z, a position shared by Y" (`stance_share.py`).
A body named only by the capital it sits in ("the foreign ministry in Moscow", "In Kyiv, the
government said") acts for that capital's state (`_Context._located_body`).
A stopping verb undoes the act its gerund names ("should stop sending arms" rejects the arms) and
is a topic word only where the text spells out the topic's phrase ("stop the fighting"). An own
future act denied in one's words ("Kyiv would not amend its constitution") refuses its object,
unless conditioned (`stance_refusal.py`). A free-phrase target under a stopping verb is what it
stops ("urged X to halt the tariffs" opposes the tariffs), unless that is a war to be ended. A
wish in the conditional ("would like X", "would have liked X") is a demand, unless it only opens a
turn of speech ("would like to stress", `discourse_wishes`).
A target's phrase is the text's words for it: what a preposition takes ("open to direct talks"),
and a kind word with the "that" clause saying what it is ("the idea that X would Y",
`stance_targets.content_phrase`). What a contrast marker sets against the target ("a deal rather
than a truce") is no part of it (`stance_contrast.contrasted_tokens`), and a passage verb
("going straight to X", `passage_verbs`) names its destination. A repeated preposition opens
a conjunct target even when the parser hangs it low or as a clause ("pressed for X on Y and for
Russian troops to pull back"), and a conjunct whose curated topic is the first one's keeps its own
words ("for more tanks and for leave to hit airfields", `_own_conjunct`). A passive demand's
phrase is its subject with the participle and agent ("pledges approved by the Senate").
What a target's phrase says it lacks ("a deal that leaves Kyiv without guarantees", `lacking_preps`)
is no part of the target; a party left out ("talks without Kyiv") still is. A stance noun is never
the actor of the act it governs ("readiness to talk about X": "talk about X", not "talk readiness").
A content preposition the parser hangs on the verb right after the object stays in the object's
phrase ("wanted a guarantee for itself", `stance_targets.with_hung_prep`, lexicon `hung_preps`),
and an act whose object is a pronoun is named with it ("open to discussing everything"). A phrase
that says more than the curated label is kept ("ceasefire (ceasefire monitoring mission)"), unless
it runs on into the next conjunct of a list; a kind word's clause stops at the first comma.
What a condition clause with an agent of its own has supplied ("only if Washington provides a
backstop", lexicon `condition_supply_verbs`) is what the condition demands. A refusal composes
with a particle verb of the lexicon it governs as with any stance verb ("declined to rule out X"
leaves X open, like "did not rule out X"). In the fallback, a clause verb that reverses undoes
what its object or gerund names ("would stop supplying weapons" refuses them), and an actor's own
reversal denied with a modal states a position ("Poland will not stop supplying weapons").
A guarantee read from a word that is no guarantee word keeps that word's phrase beside its label
("security guarantee by Europe (European peacekeepers)"). An answer to a yes-no question
("Asked whether X would send troops, Y said no", "Q: Will X ...? A (Y): We will not.", "Of course
not", "said Britain was ready", "said that was out of the question") reads the question's clause
with its own triggers, as said or denied, for the one who answered (`stance_answer.py`); after a
question about a thing, a pronoun judged or a bare attitude ("Asked about X, Y was dismissive")
judges that thing, and a pronoun object in the answer ("would not rule it out") stands for what
was asked. A pressing or asking participle ("Pressed on X, Y said") demands nothing. A particle
after the object is the verb's ("ruled it out", "turned the offer down").
Readiness through a preposition takes the act its gerund names ("open to joining X" like "ready
to join X"). A clause under a denying reporting verb ("denied that Russia was planning to send
troops", `denial_verbs`) gives no stance.
A reversal noun undoes nothing its own modifier names ("a negotiated end to the war" supports
negotiations; `_modifier_names_label`), unless it undoes only what it is compounded with
("sanctions relief", `compound_reversals`). A kind word's content preposition hung on the verb
right after it is still its content ("backed the proposal for a maritime truce",
`stance_targets._hung_content`). The agent of a passive
reporting verb speaks, not its subject ("it was agreed by X and Y that ...", "Z was told by X
that ...": an expletive or a hearer). A plural head modified by coordinated actors names each
of them ("the Polish and Lithuanian presidents", `guarantees.phrase_actors`). In the fallback,
a curated topic with its slots filled is the same topic ("the sanctions on Russia"), and a clause whose subject is the speaker's own state or body
states an intent like "we" does ("Sanchez said Spain would not lift X", `stance_fallback._own_side`).
A "neither ... nor" subject denies its verb like "not". "It" as the subject of a judging adjective
after a copula ("said it was unacceptable") stands for its antecedent, as after a naming verb.
The act in "it is <judging adjective> to <act>" is judged by the adjective only; it is nobody's
own act or offer (`_judged_act`).
Any superlative makes "X is the strongest guarantee" an endorsement of X, like "the only/best". A
finite appearance verb hedges a position ("Berlin appears reluctant to X", `appearance_verbs`);
only in a participle or adverbial clause ("while appearing open to talks") is it a pose.
"Has shown little appetite for X" rejects X like "had no plans for X" (`stance_intent`). An aiding
verb with a named actor as object takes its "with" phrase as target ("support Ukraine with
guarantees", `aiding_verbs`), as a furnishing verb does. A thing judged bad for want of Y
("Without a US backstop, a European force would be a bluff") is not opposed: Y is demanded
(`stance_without.lacking_triggers`). A title whose named "of" body runs into a person's name
without a comma ("Deputy chairman of the Russian Security Council Dmitry Medvedev") is that person
(`_Context._titled_name`). What a demanded passive is to be backed by ("any ceasefire must be backed
by a foreign contingent", `backing_verbs`) is demanded too, when it is a thing, not an actor.
A decline denied in someone's words continues like "continue" ("our support will not waver",
`decline_verbs`). When a phrase names several curated
topics, one named only inside a clause describing a noun of the phrase is a detail ("German
soldiers policing a ceasefire" is about troops).
"Saw no point in X" rules X out like "there is no room for X" (`ruling_out_in`, `seeing_verbs`),
and "could never be one of the guarantors" rules out the group like "could never be a guarantor".
The object "it" of a stance verb stands for its antecedent, or for what a non-opposing stance
verb of the sentence before was about ("X proposed a truce. Y would not accept it.",
`stance_context._antecedent_target`). Kin nouns of a proposal stand for one another's earlier
content ("a proposal to X ... the idea", `proposal_kin`), and a bare "the idea", too vague for a
topic, for the proposal named before it. A request noun modified by an actor stands for its
infinitive's act as it does with a possessor ("any EU decision to use the assets"). An act whose
object is "them" or "it" names the noun the pronoun stands for ("urged the EU to use them" ->
"use assets", `stance_targets._pronoun_object_named`).
A future accession in someone's words ("X said Ukraine will join NATO", "would become a member of
the alliance") is the speaker's wish (`stance_paths.accession_triggers`). A colon after a clause
announcing words ("X had one message: Y", "X was blunt: Y") makes X the speaker of Y
(`_Context._colon_speech`). A group holder's members listed after it ("countries of the region,
including X and Y") are the holders also where the parser hangs the list on the object of "of".
An agent noun set beside an actor ("X, a vocal critic of Y", "X has been a staunch backer of Y",
"one of Y's critics", "critics of Y, including X") gives the actor its stance, unless it is past
("a former opponent", `stance_agents.py`). A stance noun that its subject has, wins or faces takes
the actor of its "of" phrase as holder ("the plan has the backing of X", `possession_verbs`), and an
owner's opposing stance noun under a stance verb passes the verb on to the noun's own target,
reversed ("criticised Hungary's veto of the loan" supports the loan). "No longer" on a copula or an
auxiliary denies what it carries ("is no longer keen on X"); an adjective's phrase hung on the
copula right after it is still its own ("remained cool on X"); and a circumstance ("Despite X's
opposition to Y") governs no stance noun, so its owner keeps the stance. A stance noun composes
with its own act as a verb does with its complement ("X's refusal to condemn Y" judges nothing,
"her call to lift sanctions" opposes them, the infinitive also where the parser hangs it on the
voicing verb), and a demand or proposal noun's "that" clause is its target, denied or not ("the
insistence that NATO must never expand"). A conjunct agent noun shares its first conjunct's holder,
"X emerged as / is seen as a critic of Y" is X's (an object so named is not), "whose opposition"
is the antecedent's, and "Y met with resistance from X" is X's stance on Y. A stance noun of the
past ("Germany's former support for X") is no stance now, "our/my opposition" in someone's words
is the speaker's, and a rival's possessor ("Zelensky's opponent in the election") is no target.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pactgraph.kb import KnowledgeBase, load_kb
from pactgraph.nlp import (
    stance_agents,
    stance_answer,
    stance_bounds,
    stance_capacity,
    stance_commit,
    stance_contrast,
    stance_fallback,
    stance_forecast,
    stance_intent,
    stance_paths,
    stance_refusal,
    stance_share,
    stance_targets,
    stance_without,
)
from pactgraph.nlp.guarantees import (
    SUBJECT_DEPS,
    contains_keyword,
    entity_of,
    is_negated,
    match_lemma_phrases,
    phrase_actors,
    subject_of,
)
from pactgraph.nlp.stance_context import (
    Holder,
    _accused,
    _Context,
    _ending_condition,
    _terms_of_own_act,
)
from pactgraph.nlp.stance_lexicon import StanceLexicon
from pactgraph.nlp.stance_syntax import (
    _addressee,
    _adverbial_relative,
    _advised,
    _appositive_clause,
    _appositive_referent,
    _as_adjective,
    _asked_of_other,
    _causer,
    _clause_tokens,
    _condition_content,
    _conjunct_tokens,
    _contrasted,
    _coordinated_roots,
    _copula_subjects,
    _denied_act,
    _denied_quality,
    _denied_to_all,
    _exclusive,
    _hedged,
    _hedged_appearance,
    _in_condition,
    _in_parentheses,
    _modal,
    _names_place,
    _negated,
    _noun_holder,
    _object_denied,
    _object_relative,
    _offered_role,
    _past_deed,
    _past_denial,
    _people_addressed,
    _plain_judgement,
    _power_denied,
    _purpose_of_sum,
    _relative_antecedent,
    _relative_pronoun,
    _restricted_by_only,
    _secured,
    _slug,
    _substitute_denial,
    _substituted,
    _under_other_verb,
    _under_rejection,
    aspect_head,
    attach_gerund_complement,
    attach_misread_object,
    attach_split_name,
    cleft_relative,
    demonstrative_object,
    furnished,
    names_topic,
    of_holder,
    phrase_topic,
)
from pactgraph.nlp.util import prep_objects, sentence_index
from pactgraph.records import Stance, Target

log = logging.getLogger("pactgraph")

# stance types that refuse the act their complement names ("refused to X", "rejected X-ing")
_ACT_REFUSALS = frozenset({"refuse", "reject", "oppose"})

COPULAS = {"be", "remain", "become", "serve", "act"}
TARGET_PREPS = {"on", "for", "against", "with", "to", "about"}
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


@dataclass(frozen=True, slots=True)
class _Answered:
    """A question's trigger read as answered (`stance_answer.py`): who answered, and whether the
    answer denies what the question asks (a "no" reads like a "not" on the question's verb)."""

    holders: tuple[Holder, ...]
    denied: bool


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
        self._answer_reader = stance_answer.AnswerReader(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        verb_matches = match_lemma_phrases(doc, self.lex.verbs)
        for head, (phrase, _, end) in verb_matches.items():
            attach_gerund_complement(doc[head], end)
            attach_split_name(doc[head])
            attach_misread_object(doc[head], end, self.lex.verbs.get(phrase, ""))
        ctx = _Context(doc, self.lex, self.kb)
        self._naming_pred = {}
        found: list[Stance] = []
        seen: list[tuple[Token, str, str, list[Token]]] = []
        for trigger, stance_type, rule, roots in self._triggers(doc, ctx, verb_matches):
            seen.append((trigger, stance_type, rule, roots))
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
                    for st in (
                        _own_conjunct(st, extra, made, self.lex.topic_max_words)
                        for st in self._stances(ctx, trigger, stance_type, rule, [extra])
                    )
                    # a bare verb ("allowing the Russians to ...": "allow") names no target; a
                    # curated topic named by one noun ("a truce and the withdrawal of X") does
                    if st.target.label.lower() != extra.lemma_.lower()
                    or (extra.pos_ == "NOUN" and st.target.key in ctx.topic_of
                        and _listed(extra))
                )
        found.extend(list(self._answers(doc, ctx, seen, found)))
        # a clause in someone's words naming a curated topic that no rule above read
        # (`stance_fallback.py`): a guess at a lower confidence
        for trigger, stance_type, rule, roots in stance_fallback.fallback_triggers(doc, ctx, self.lex):
            found.extend(
                stance_fallback.keep(self._stances(ctx, trigger, stance_type, rule, roots), found, ctx)
            )
        doc._.pg_stances = _dedupe(found)
        return doc

    # -- triggers: (predicate token, stance type, rule, target roots)

    def _triggers(
        self, doc: Doc, ctx: _Context, verb_matches: dict[int, tuple[str, int, int]]
    ) -> Iterator[tuple[Token, str, str, list[Token]]]:
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
                    yield tok, stype, f"refusal:{phrase}", self._refused(tok, phrase, stype)
            # verbs, including particle verbs ("call for", "rule out")
            if tok.i in verb_matches and tok.pos_ in {"VERB", "AUX"}:
                phrase, start, end = verb_matches[tok.i]
                stype = self.lex.verbs[phrase]
                # "troops were withdrawn from X": moved by someone, nobody leaving X
                passive_leaving = phrase in self.lex.place_refusals and any(
                    c.dep_ == "auxpass" for c in tok.children
                )
                # "would like to stress / to know / to thank": a turn of speech, no wish
                if not passive_leaving and (not phrase.startswith("would ") or not any(
                    c.dep_ == "xcomp"
                    and (c.lemma_ in self.lex.reporting_verbs or c.lemma_ in self.lex.discourse_wishes)
                    for c in tok.children
                )):
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
            # "was not serious about peace" judges an actor's intent, not a thing: no stance
            denied_adj = (
                (tok.lemma_.lower() in self.lex.negated_adjectives
                 or tok.lower_ in self.lex.negated_adjectives) and _negated(tok)
                and not any(c.dep_ == "prep" for c in tok.children)
                and not any(s.pos_ in {"PRON", "PROPN"} for s in _copula_subjects(tok))
            )
            if (
                tok.lemma_.lower() in self.lex.adjectives or tok.lower_ in self.lex.adjectives
                or denied_adj
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
                    # "was not binding": the adjective parsed as a progressive verb
                    # (acomp, or its own clause after "was" as an auxiliary), with no object
                    or (denied_adj and tok.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in tok.children))
                )
                # "a strong and positive message": a conjunct of a modifier modifies too
                and not (tok.dep_ == "conj" and tok.head.dep_ in {"amod", "advmod", "compound"})
            ):
                roots = _copula_subjects(tok) or [
                    c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}
                ]
                adj_type = (
                    self.lex.adjectives.get(tok.lemma_.lower()) or self.lex.adjectives.get(tok.lower_)
                    or self.lex.negated_adjectives.get(tok.lemma_.lower())
                    or self.lex.negated_adjectives[tok.lower_]
                )
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
            if (
                tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.nouns
                and not stance_agents.former(tok, self.lex)  # "Germany's former support for X"
            ):
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
                if not roots and tok.dep_ == "acomp":
                    # "remained cool on the idea": the adjective's phrase hung on the copula
                    roots = [
                        o for c in tok.head.children
                        if c.dep_ == "prep" and c.i == tok.i + 1
                        and c.lower_ in self.lex.noun_target_preps - {"with", "in"}
                        for o in c.children if o.dep_ in {"pobj", "pcomp"}
                    ]
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
                # "open to joining X": the act its preposition takes, as for "ready to join X"
                comps = [
                    g for c in comps
                    for g in ([p for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"] or [c])
                ]
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
            stype = None
            if ev and tok.pos_ == "VERB":
                if not ev.get("negated") or _negated(tok):
                    stype = ev["type"]
                elif ev.get("affirmed") and not any(
                    c.dep_ in {"dobj", "xcomp", "ccomp", "prep", "advcl", "prt"} for c in tok.children
                ):
                    # "the sanctions are working": what works, on its own, is judged a success
                    stype = ev["affirmed"]
            if stype is not None:
                subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
                if subj is not None and (
                    ctx.agreement_in(subj) or ctx._demonstrative_agreement(subj) is not None
                ):
                    yield tok, stype, f"evaluation:{tok.lemma_}", [subj]
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
                    yield tok, stype, f"evaluation-topic:{tok.lemma_}", [subj]
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
            if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "aux" and (
                _modal(tok, self.lex.deontic) or _denied_permission(tok)
            ):
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
            named: Token | None = tok
            if tok.dep_ in {"attr", "dobj"} and tok.lower_ == "one":
                # "could never be one of the guarantors": the group is what is ruled out
                named = next(iter(prep_objects((tok,), "of")), None)
            if (
                named is not None
                and tok.dep_ in {"attr", "dobj"}
                and named.pos_ == "NOUN"
                and tok.head.lemma_ in self.lex.identity_verbs
                and _negated(tok.head)
                and any(
                    c.dep_ == "aux" and c.lower_ in self.lex.ruling_modals for c in tok.head.children
                )
                and ctx.speech(named) is not None
            ):
                yield named, "reject", f"ruled-out-identity:{tok.head.lemma_}", [named]
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
        # "any ceasefire must be backed by a foreign contingent": what a demanded passive is to be
        # backed by (a thing, not an actor) is demanded too (`backing_verbs`)
        for tok in doc:
            if (
                tok.lemma_ in self.lex.backing_verbs
                and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
                and not _negated(tok)
                and (
                    _modal(tok, self.lex.deontic)
                    or (tok.dep_ == "ccomp" and self.lex.verbs.get(tok.head.lemma_) == "demand")
                )
            ):
                means = [
                    o for c in tok.children if c.dep_ == "agent"
                    for o in c.children
                    if o.dep_ in {"pobj", "pcomp"} and o.pos_ in {"NOUN", "VERB"} and not phrase_actors(o)
                ]
                if means:
                    yield tok, "demand", f"demanded-means:{tok.lemma_}", means
        # "will not sign without guarantees": what a denied act cannot happen without is demanded
        yield from stance_without.necessity_triggers(doc, self.lex.without_vague)
        # "Without a US backstop, a European force would be a bluff": the backstop is needed
        yield from stance_without.lacking_triggers(
            doc, lambda p: (t := self.lex.evaluation(p)) is not None and self.lex.polarity(t) == "oppose"
        )
        # "X had no plans for Y", "Z had no such intention" (the act named before it)
        yield from stance_intent.denied_plans(
            doc,
            self.lex.reporting_verbs,
            lambda verb: ctx._topic(verb, [
                t for c in verb.children if c.dep_ not in SUBJECT_DEPS for t in (c, *c.subtree)
            ]) is not None,
        )
        yield from self._contribution_triggers(doc, ctx)
        # "Kyiv would not amend its constitution": an own future act denied (`stance_refusal.py`)
        yield from stance_refusal.own_refusal_triggers(doc, ctx, self.lex)
        # "Ukraine's path to membership is irreversible": the goal is the speaker's
        yield from stance_paths.path_triggers(doc)
        # "Ukraine's future lies in NATO": membership is the speaker's wish
        yield from stance_paths.destiny_triggers(doc)
        # "Ukraine will join NATO" in someone's words: the speaker wants the accession
        for trig, stype, rule, roots in stance_paths.accession_triggers(doc):
            if ctx.speech(trig) is not None:
                yield trig, stype, rule, roots
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
                and (
                    (tok.dep_ == "attr" and tok.head.lemma_ == "be"
                     and any(c.dep_ == "expl" for c in tok.head.children))
                    # "saw no point in talks"
                    or (tok.dep_ == "dobj" and tok.head.lemma_ in self.lex.seeing_verbs)
                )
                and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
                and ctx.speech(tok) is not None
            ):
                preps = {"of", "for"} | ({"in"} if tok.lemma_.lower() in self.lex.ruling_out_in else set())
                # the parser may hang "in talks" on the verb right after its object
                holders = (tok, tok.head) if tok.dep_ == "dobj" else (tok,)
                roots = [
                    r for r in prep_objects(holders, preps, deps={"pobj", "pcomp"}) if r.i > tok.i
                ]
                if roots:
                    yield tok, "reject", f"ruling-out:{tok.lemma_.lower()}", roots
        # "there will be no federalization", "there can be no Minsk-3" in someone's words
        yield from stance_bounds.denied_future(doc, self.lex.ruling_out, ctx.speech)
        # "X, a vocal critic of Y", "X has been a staunch backer of Y" (`stance_agents.py`)
        yield from stance_agents.agent_triggers(doc, self.lex)

    def _refused(self, verb: Token, phrase: str, stance_type: str) -> list[Token]:
        """What a verb that counts only when denied ("will not give up X") refuses."""
        roots = self._verb_objects(verb, phrase, stance_type)
        if phrase in self.lex.place_refusals:
            # "would not withdraw from Donetsk" holds a place; "from NATO" backs it
            roots = [r for r in roots if _names_place(r, self.lex.place_nouns)]
        return roots

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
        (the speaker wants it to), and so would "our support will not waver"."""
        lex = self.lex
        retaliation = match_lemma_phrases(doc, {p: "warn" for p in lex.retaliation_verbs})
        for tok in doc:
            if (
                tok.dep_ == "nsubj"
                and tok.pos_ == "NOUN"
                and any(c.lower_ == "only" and c.dep_ in {"advmod", "amod", "det"} for c in tok.children)
                and tok.head.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in tok.head.children)
                and not _negated(tok.head)
                and not phrase_actors(tok)
                and ctx.speech(tok) is not None
                # a thing named ("membership", "an army"), not a vague "response"
                and tok.lemma_.lower() not in lex.vague_means
            ):
                # "said only membership could fill the gap": the sole means is wanted
                yield tok.head, "support", "sole-means", [tok]
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
            # "our support will not waver": a decline denied is a continuation
            continuing = (
                tok.lemma_ in lex.continuation_verbs if not _negated(tok)
                else tok.lemma_ in lex.decline_verbs
            )
            if tok.pos_ != "VERB" or (_negated(tok) and not continuing):
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
                continuing
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
            phrase = self._future_contribution(tok, matches)
            if phrase is None:
                continue
            # a commitment is a future act of a main or reported clause, not a condition,
            # a relative clause or a past fact
            clause = aspect_head(tok, lex.aspect_verbs)
            if clause.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in clause.children
            ):
                continue
            subj = subject_of(clause)
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
            objects = self._contributed(tok)
            if objects:
                yield tok, "offer", f"contribution:{phrase}", objects

    def _future_contribution(self, tok: Token, matches: dict[int, tuple[str, int, int]]) -> str | None:
        """The contribution verb (`contribution_verbs`) `tok` states as a future act ("will
        contribute", "would keep supplying": an aspect verb carries the clause), if any."""
        if tok.pos_ != "VERB":
            return None
        if tok.i in matches:
            phrase = matches[tok.i][0]
        elif tok.lemma_ in self.lex.contribution_verbs and " " not in tok.lemma_:
            phrase = tok.lemma_
        else:
            return None
        clause = aspect_head(tok, self.lex.aspect_verbs)
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
            return None
        return phrase

    def _contributed(self, verb: Token) -> list[Token]:
        """What a contribution verb gives: its object, or what a preposition carries."""
        return furnished(verb, self.lex.furnishing_verbs) or [
            c for c in verb.children if c.dep_ == "dobj"
        ] or prep_objects((verb,), CONTRIBUTION_PREPS)

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
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if objs and lemma in self.lex.addressee_verbs and all(_addressee(o) for o in objs):
            # "asked Washington for Tomahawks", "pressed Berlin for Taurus missiles": the object
            # is who is asked; the verb's preposition after it says for what
            # (the parser may hang the preposition on the object: "asked allies for X")
            asked = next((
                f"{lemma} {c.lower_}" for h in (verb, *objs) for c in h.children
                if c.dep_ == "prep" and c.i > objs[-1].i and f"{lemma} {c.lower_}" in self.lex.verbs
            ), None)
            if asked is not None:
                return asked
        prts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            # "withdrew its troops from X", "joined the leaders in person": with an object of its
            # own the verb is transitive and the preposition an adjunct; a particle after the
            # object is still the verb's ("ruled it out", "turned the offer down", which the
            # parser may hang on the object)
            prts += [c.lower_ for o in objects for c in o.children if c.dep_ == "prt"]
            return next((f"{lemma} {p}" for p in prts if f"{lemma} {p}" in self.lex.verbs), None)
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
        # "provide Ukraine with air defence", "support Ukraine with guarantees": what is given
        given = furnished(verb, self.lex.furnishing_verbs | self.lex.aiding_verbs)
        if given:
            roots = [r for r in roots if r.dep_ not in {"dobj", "dative"}] + given
        if verb.lemma_ in self.lex.recipient_verbs:
            # "the path the alliance promised Kyiv": a named actor as the object of a giving
            # verb receives; what is given is another object, the noun the clause modifies or
            # nothing named
            roots = [r for r in roots if not (r.dep_ == "dobj" and entity_of(r) and phrase_actors(r))]
        asked = verb.lemma_.lower() in self.lex.addressee_verbs
        if particle and asked:
            # "asked allies for X": the preposition on the one asked
            heads += [c for c in verb.children if c.dep_ == "dobj" and _addressee(c)]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and particle and c.lower_ == particle:
                    roots.extend(o for o in c.children if o.dep_ in {"pobj", "pcomp"})
        if particle and asked and any(
            r.dep_ != "dobj" for r in roots
        ):
            # "asked Washington for Tomahawks": who is asked is no part of what is asked for
            roots = [r for r in roots if not (r.dep_ == "dobj" and _addressee(r))]
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
        if roots and all(
            r.pos_ == "PRON" and not entity_of(r) and not _relative_pronoun(r) for r in roots
        ):
            # "accused it of preparing an invasion": an unresolved pronoun says nothing, the
            # charge or the reason does (a relative pronoun stands for its antecedent, below;
            # a time says nothing: "rejected it on Monday")
            roots.extend(
                o
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in {"of", "over", "for", "against", "about", "on"}
                for o in c.children
                if o.dep_ in {"pobj", "pcomp"} and o.ent_type_ not in {"DATE", "TIME"}
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
                        if subjects and any(a.dep_ == "auxpass" for a in c.children):
                            # "called for the sanctions to be lifted": what is done to them
                            roots.append(c)
        warned_off = self._addressed_against(verb, roots)
        if warned_off:
            return warned_off
        # "called for the sanctions to be lifted", "for the Sky Shield to be extended": a passive
        # infinitive after the object says what is to be done to it; the object is its subject,
        # not an addressee asked to act ("called on X to ..." addresses X)
        passive_acts = [
            c for c in verb.children
            if c.dep_ == "xcomp" and c.tag_ == "VBN" and roots
            and any(a.dep_ == "auxpass" for a in c.children)
            and not any(a.dep_ in SUBJECT_DEPS for a in c.children)
            and c.i > max(r.right_edge.i for r in roots)
            and not any(r.dep_ == "pobj" and r.head.lower_ in {"on", "upon"} for r in roots)
        ]
        if passive_acts:
            roots = [*roots, *passive_acts]
        xcomps = [c for c in verb.children if c.dep_ == "xcomp" and c not in passive_acts]
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
        if (
            not roots and verb.dep_ == "relcl" and _object_relative(verb)
            and not _adverbial_relative(verb)
        ):
            # "the plan Berlin rejected": the plan; "X, a format Kyiv refused": X
            roots.append(_appositive_referent(verb.head))
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
        return [p for r in roots for p in _purpose_of_sum(verb, r, self.lex.currency_nouns)]

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
        if any(
            c.dep_ in {"prep", "prt"} and c.i == verb.i + 1 and c.lower_ in {"on", "upon", "for", "off"}
            for c in verb.children
        ):
            return None  # "called on both sides to ...", "called off the talks": no naming
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
            if verb.i < t.i < stop and t.sent == verb.sent
            and (t.dep_ not in {"relcl", "advcl"} or _as_adjective(t))
            and t.i not in other
        ]
        preds = [
            t for t in clause
            if (
                t.dep_ in {"dobj", "oprd", "xcomp", "attr", "pobj", "acomp", "ccomp", "npadvmod"}
                # "described it as unconscionable": the parser may hang the name on "as"
                or (t.dep_ == "amod" and t.head.lower_ == "as")
                # "regard X as completely unacceptable": or read the name as a clause
                or _as_adjective(t)
                # 'called the debate about troops "premature"': a modifier after its noun
                or (t.dep_ == "amod" and t.i > t.head.i and t.pos_ == "ADJ")
                # "as the most complex and perhaps the least effective option": a second name
                or (t.dep_ == "conj" and t.head.dep_ in {"oprd", "attr", "pobj", "acomp", "dobj"}
                    and t.head.i > verb.i)
            )
            and (t.dep_ not in {"pobj", "amod"} or t.head.lower_ == "as" or t.i > t.head.i)
            and (
                self.lex.evaluation(t)
                # a plain noun judged by its modifier only in the name's own place
                or (t.head in (verb, *verb.children) and self.lex.name_evaluation(t))
            )
        ]
        if not preds or _negated(preds[-1]):
            return None
        pred = preds[-1]
        named = [
            c for c in verb.children
            if c.dep_ in {"dobj", "dative", "oprd", "nsubjpass", "ccomp", "xcomp"}
            and c != pred and c.i < pred.i
            # "called that a shift": the tagger may read the demonstrative as a conjunction
            and (c.pos_ in {"NOUN", "PROPN", "PRON", "VERB"} or demonstrative_object(c))
        ][:1]
        if named and verb.dep_ == "relcl" and named[0].lower_ in {"that", "which", "whom"}:
            named = [verb.head]  # "proposals that he called absurd"
        if (
            not named and verb.dep_ == "relcl" and _object_relative(verb)
            and not _adverbial_relative(verb)
        ):
            named = [verb.head]  # "conditions he considered unacceptable"
        if not named and pred.dep_ in {"ccomp", "xcomp"} and pred.head == verb and not any(
            c.dep_ in {"aux", "auxpass", "cop"} or c.lemma_ == "be" for c in pred.children
        ):
            # "considers the proposal dangerous", "found the offer encouraging": the parser
            # reads the small clause as a clause whose subject is what is named
            named = [c for c in pred.children if c.dep_ in SUBJECT_DEPS][:1]
        if named and named[0].dep_ in {"ccomp", "xcomp"}:
            # "called the plan a trap" read as a clause: its subject is what is named
            subj = [c for c in named[0].children if c.dep_ in SUBJECT_DEPS]
            named = subj or named
        if not named or any(t == pred for t in named):
            return None
        self._naming_pred[verb.i] = pred
        return self.lex.name_evaluation(pred) or "criticize", named

    def _noun_targets(self, noun: Token) -> list[Token]:
        """What a stance noun is about: its prepositional object or infinitive; for "Y drew
        criticism" with no such phrase, Y."""
        owner = of_holder(noun, self.lex)
        roots = [
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in self.lex.noun_target_preps
            for o in c.children
            if o.dep_ in {"pobj", "pcomp"} and o != owner
            and not (c.lower_ == "from" or c.lower_ == "of" and noun.lemma_ != "support" and self._names_actor(o))
        ]
        roots += [c for c in noun.children if c.dep_ in {"acl", "xcomp"} and c.tag_ == "VB"]
        if not roots and self.lex.nouns.get(noun.lemma_.lower()) in self.lex.clausal_types:
            # "Zelensky's insistence that any deal include guarantees": the clause it demands
            roots = [
                c for c in noun.children
                if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ]
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if (
            not roots and after is not None and noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and after.dep_ == "prep" and after.head in noun.ancestors
            and after.lower_ in self.lex.noun_target_preps - {"from", "in", "with"}
        ):
            # "is in favour of X" with "of X" hung on the verb: the idiom's phrase is the noun's
            roots = [o for o in after.children if o.dep_ in {"pobj", "pcomp"}]
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
            # "renewed her call to impose tariffs": the noun's infinitive read as the verb's purpose
            roots += [
                c for c in noun.head.children
                if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VB" and c.left_edge.i == noun.i + 1
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ]
        reacting = noun.dep_ == "dobj" or (
            # "the plan met with resistance from X", "was met with criticism"
            noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_ == "meet"
        )
        if not roots and reacting and (
            noun.head.lemma_ in self.lex.reaction_verbs or owner is not None or noun.dep_ == "pobj"
        ):
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            roots = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            if not roots and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
                roots = [verb.head]  # "the plan, drawing criticism from X, ..."
        return roots

    def _names_actor(self, phrase: Token) -> bool:
        """The phrase is an actor ("of Hungary", "of the Polish government"), not a thing an
        actor modifies ("of the EU loan")."""
        return bool(phrase_actors(phrase)) and (
            phrase.pos_ in {"PROPN", "PRON"} or entity_of(phrase) is not None
            or phrase.lemma_.lower() in self.lex.representative_nouns
            or phrase.lemma_.lower() in self.lex.group_nouns
        )

    def _owned_opposition(self, noun: Token) -> bool:
        """An actor's opposing stance noun with a target of its own ("Hungary's veto of X")."""
        stype = self.lex.nouns.get(noun.lemma_.lower())
        return (
            noun.pos_ == "NOUN" and noun.dep_ in {"dobj", "pobj"}
            and stype is not None and self.lex.polarity(stype) == "oppose"
            and any(c.dep_ == "poss" and entity_of(c) for c in noun.children)
            and bool(self._noun_targets(noun))
        )

    @property
    def topic_words(self) -> frozenset[str]:
        """Words of the curated topics' keywords."""
        if not hasattr(self, "_topic_words"):
            self._topic_words = frozenset(
                w for topic in self.lex.topics if not topic.get("reversal")
                for kw in topic["keywords"] for w in kw.split()
            )
        return self._topic_words

    def _names_topic(self, tok: Token) -> bool:
        """`tok` is a word of a curated topic's keyword as the text has it
        (`stance_syntax.names_topic`)."""
        return names_topic(tok, self.lex.topics, self.topic_words)

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
        head = trigger.head
        if (
            trigger.dep_ == "xcomp"
            and trigger.tag_ == "VBG"
            and head.lemma_.lower() in self.lex.reversal_words
            and not _negated(head)
            and not self._names_topic(head)
        ):
            return True  # "stopped sending arms", "should stop backing X": the act is undone
        for r in roots:
            # a conjunct is a target of its own ("a ceasefire and the withdrawal of troops")
            conjuncts = {t.i for c in r.children if c.dep_ == "conj" for t in c.subtree}
            conjuncts |= _conjunct_tokens(trigger, roots, "")
            for t in r.subtree:
                if t.i in conjuncts:
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in {"by", "at", "until", "till", "before"}:
                    continue  # "by the end of the year": a time, nothing undone
                compounded = t.pos_ == "NOUN" and any(c.dep_ == "compound" for c in t.children)
                if t.sent != trigger.sent or not (
                    t.lemma_.lower() in self.lex.reversal_words
                    or (compounded and t.lemma_.lower() in self.lex.compound_reversals)
                ):
                    continue
                # "sanctions must not be lifted": a deontic trigger that is itself the reversal
                # (its negation already read) undoes its passive subject
                own = (
                    t == trigger
                    and t.lemma_ not in self.lex.verbs  # a stance verb's type says it already
                    and any(c.dep_ == "nsubjpass" for c in t.children)
                ) or (
                    # "there will be no lifting of sanctions": the "no" is the trigger's denial
                    t in roots and t.dep_ == "attr" and t.head == trigger
                    and any(c.dep_ == "expl" for c in trigger.children)
                )
                if t.pos_ not in {"VERB", "NOUN"} or (_negated(t) and not own):
                    continue
                if t.lemma_.lower() in labels:
                    continue
                # "halting military aid": the gerund may be parsed as a modifier of what it undoes
                undoes = own or any(
                    c.i > t.i and c.dep_ not in {"conj", "cc", "punct"} for c in t.children
                ) or (
                    # "demanded that the sanctions be eased", "for X to be lifted": a passive
                    # undoes its subject, wherever the parser put it
                    t.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in t.children)
                ) or (
                    t.dep_ == "amod" and t.tag_ == "VBG" and t.head.i > t.i
                ) or compounded  # "sanctions relief": the undone thing as a compound before it
                if t.lower_ in labels or not undoes:
                    continue
                if self._names_topic(t):
                    continue  # "stopping the fire" names the ceasefire itself
                if _under_other_verb(t, r):
                    continue  # "set up teams to work toward ending the war": the purpose's act
                if stance_targets.describes_label(t, labels):
                    continue  # "welcomed the efforts to end the war": the efforts, not the war
                if t.lemma_.lower() not in self.lex.compound_reversals and _modifier_names_label(
                    t, labels
                ):
                    continue  # "a negotiated end to the war": the label is the manner, not undone
                return True
        return False

    def _judged_act(self, verb: Token) -> bool:
        """`verb` opens the extraposed clause of "it is <judging adjective> to ..." ("it was
        unacceptable to deploy X", "it would be dangerous to send Y"): the adjective judges the
        act, which is nobody's own act or offer."""
        head = verb.head
        if verb.dep_ not in {"xcomp", "ccomp"}:
            return False
        adjectives = [c for c in head.children if c.dep_ == "acomp" and c.i < verb.i]
        if head.dep_ == "acomp" and head.pos_ == "ADJ":
            head, adjectives = head.head, [head]  # the clause hung on the adjective itself
        return (
            head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
            and any(
                a.lemma_.lower() in self.lex.adjectives or a.lower_ in self.lex.adjectives
                for a in adjectives
            )
        )

    def _composed(
        self, trigger: Token, stance_type: str, roots: list[Token], polarity: str, final_type: str
    ) -> tuple[str, str]:
        """A demand or warning about someone else's stance act takes that act's polarity into
        account: "urged Y to block X" opposes X, "warned Y not to block X" supports it ("not to"
        is how a warning is put, so it does not flip it; for a demand it does)."""
        acts = [
            (r, key) for r in roots
            # a stance noun's own act: "Hungary's refusal to block X", "support for blocking Y"
            if (r.dep_ == "xcomp" or trigger.pos_ == "NOUN")
            and r.pos_ == "VERB" and (key := self._act_key(r)) is not None
        ]
        if not acts or self.lex.polarity(stance_type) == "neutral":
            return polarity, final_type
        inner = self.lex.verbs[acts[0][1]]
        inner_polarity = self.lex.polarity(inner)
        if inner_polarity == "neutral":
            return polarity, final_type
        if stance_type in _ACT_REFUSALS and self.lex.negate(inner) not in self.lex.types:
            # "refused to condemn the invasion" withholds a judgement, like "did not condemn":
            # no stance on the invasion either way (the caller drops a type outside the scheme)
            return "neutral", self.lex.negate(inner)
        flip = inner_polarity == "oppose"
        if stance_type != "warn" and _negated(acts[0][0]):
            flip = not flip
        if not flip:
            return polarity, final_type
        polarity = "oppose" if polarity == "support" else "support"
        return polarity, ("oppose" if polarity == "oppose" else "support")

    def _answers(
        self, doc: Doc, ctx: _Context, triggers: list[tuple[Token, str, str, list[Token]]],
        found: list[Stance],
    ) -> Iterator[Stance]:
        """Stances given as answers (`stance_answer.py`): the triggers of an answered question's
        clause read as said ("yes") or denied ("no") by whoever answered; a pronoun judged in
        answer to a question about a thing judges the thing. An answer restates nothing the
        answering sentence already gave the same holder with the same polarity."""
        made: list[Stance] = []
        contributions = match_lemma_phrases(doc, {p: "offer" for p in self.lex.contribution_verbs})
        refusals = match_lemma_phrases(doc, self.lex.negated_only)
        for answer in self._answer_reader.answers(doc):
            holders = tuple(self._answer_holders(ctx, answer))
            if not holders:
                continue
            clause = [t for t in answer.question.subtree if t.sent == answer.question.sent]
            inside = [tr for tr in triggers if tr[0] in clause]
            # a future act is a contribution or a refusal only as the answerer's own: another
            # party's ("Will Putin host talks?" "Yes") is a forecast
            own = all(h.rule == "answer-speaker" for h in holders)
            inside += self._answer_triggers(clause, answer.yes, own, contributions, refusals)
            for trigger, stance_type, rule, roots in inside:
                # a refusal's type says the denial already ("No" to "Will X give up Y?")
                denied = not answer.yes and not rule.startswith("refusal:")
                answered = _Answered(holders, denied=denied)
                made.extend(self._stances(ctx, trigger, stance_type, rule, roots, answered=answered))
        for judged in self._answer_reader.judged_topics(doc):
            rule = f"answer-judged:{judged.trigger.lemma_.lower()}"
            made.extend(self._stances(ctx, judged.trigger, judged.stance_type, rule, [judged.topic]))
        for pronoun, asked in self._answer_reader.pronoun_objects(doc):
            # "Asked whether X would send troops, Y said he would not rule that out": the
            # pronoun stands for what was asked
            roots = self._asked_roots(asked)
            for trigger, stance_type, rule, troots in triggers:
                if roots and troots == [pronoun] and rule.startswith("verb:"):
                    made.extend(self._stances(ctx, trigger, stance_type, rule, roots))
        said = {(st.sentence, st.holder, st.polarity) for st in found}
        for st in made:
            if (st.sentence, st.holder, st.polarity) not in said:
                yield st

    def _asked_roots(self, asked: Token) -> list[Token]:
        """What an answer's pronoun stands for: the thing asked about, or what the question's
        act would give or accept ("whether X would send troops": the troops); nothing for an act
        against something ("whether X would block Y") or one no lexicon reads ("meet Y")."""
        if asked.pos_ in {"NOUN", "PROPN"}:
            return [asked]
        key = self._act_key(asked)
        if key is not None:
            stance_type = self.lex.verbs[key]
            if self.lex.polarity(stance_type) != "support":
                return []
            return self._verb_objects(asked, key, stance_type)
        if asked.lemma_ in self.lex.contribution_verbs:
            return self._contributed(asked)
        return []

    def _answer_triggers(
        self, clause: list[Token], yes: bool, own: bool,
        contributions: dict[int, tuple[str, int, int]], refusals: dict[int, tuple[str, int, int]],
    ) -> list[tuple[Token, str, str, list[Token]]]:
        """Triggers of a question's clause that only a statement has: an own future contribution
        ("Will you contribute troops?"), and, answered "no", an act that counts only when denied
        ("Will X give up Y?") or an own future act ("Would X recognise Y?", `stance_refusal`)."""
        found = []
        for tok in clause:
            if tok.pos_ != "VERB":
                continue
            phrase = self._future_contribution(tok, contributions) if own else None
            if phrase is not None and (objects := self._contributed(tok)):
                found.append((tok, "offer", f"contribution:{phrase}", objects))
            if yes:
                continue
            if tok.i in refusals or tok.lemma_ in self.lex.negated_only:
                phrase = refusals[tok.i][0] if tok.i in refusals else tok.lemma_
                stype = self.lex.negated_only[phrase]
                found.append((tok, stype, f"refusal:{phrase}", self._refused(tok, phrase, stype)))
            elif own and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children) and (
                objects := stance_refusal.refusable(tok, self.lex)
            ):
                found.append((tok, "offer", f"own-refusal:{tok.lemma_.lower()}", objects))
        return found

    def _answer_holders(self, ctx: _Context, answer: stance_answer.Answer) -> list[Holder]:
        """Who holds what an answer says: the one who answered, about their own side's act
        ("Asked whether Italy would ..., Meloni said no"), about "you" or a pronoun, about what
        ought to be done or when the question names no actor; the actor asked about, as the
        answerer reports it, when a third party or a spokesperson answers (as "X said Moscow
        would not ..." reads)."""
        if answer.verb is not None:
            speakers = ctx._speaker_keys(answer.verb) or (
                ctx.actor_keys(answer.name) if answer.name is not None else []
            )
        else:
            speech = ctx.speech(answer.at)
            speakers = speech.speakers if speech is not None else []
        speakers = [k for k in speakers if k not in ctx.publishers]
        if not speakers:
            return []
        subj = subject_of(answer.question)
        keys = ctx.actor_keys(subj) if subj is not None and subj.pos_ != "PRON" else []
        own = any(k in speakers for k in keys) or (
            bool(keys) and speakers[0] not in ctx.spokespeople
            and all(any(k in ctx.offices.get(sp, ()) for sp in speakers) for k in keys)
        )
        if own or not keys or _modal(answer.question, self.lex.deontic):
            return [Holder(sp, None, "answer-speaker", 0.7) for sp in speakers]
        return [Holder(k, speakers[0], "answer-subject", 0.6) for k in keys]

    def _act_key(self, verb: Token) -> str | None:
        """The stance-lexicon key of a complement verb, its particle included ("declined to rule
        out X": "rule out", so the refusal composes with a refusal)."""
        if verb.lemma_ in self.lex.verbs:
            return verb.lemma_
        return next((
            f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children
            if c.dep_ == "prt" and f"{verb.lemma_.lower()} {c.lower_}" in self.lex.verbs
        ), None)

    def _courtesy(self, trigger: Token) -> bool:
        """Thanks addressed to "you" or given for the occasion (lexicon `courtesy_occasions`)."""
        if trigger.lemma_.lower() not in self.lex.courtesy_verbs:
            return False
        if any(c.dep_ == "dobj" and c.lower_ == "you" for c in trigger.children):
            return True
        return any(
            o.lemma_.lower() in self.lex.courtesy_occasions for o in prep_objects((trigger,), "for")
        )

    def _pressed_participle(self, trigger: Token) -> bool:
        """A past participle of a pressing or asking verb hung on a clause or its subject
        ("Pressed on X, Y said", "Y, urged to do X, replied"): the subject is the one pressed,
        and no agent names who pressed."""
        return (
            trigger.tag_ in {"VBN", "VBD"}  # the tagger may take the participle for a past tense
            and trigger.dep_ in {"advcl", "acl"}
            and trigger.lemma_.lower() in self.lex.addressee_verbs | self.lex.asking_participles
            and not any(
                c.dep_ in {"aux", "auxpass", "agent", *SUBJECT_DEPS} for c in trigger.children
            )
        )

    def _terms(self, trigger: Token) -> bool:
        """The trigger's clause (through "pledged to defend", "agreed to and signed") hangs on
        "under" a treaty, an accord or "which" (lexicon `terms_nouns`)."""
        verb = trigger
        for _ in range(4):
            if any(o.lemma_.lower() in self.lex.terms_nouns for o in prep_objects((verb,), "under")):
                return True
            if verb.dep_ not in {"xcomp", "conj"} or verb.head == verb:
                return False
            verb = verb.head
        return False

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
            # "questioned X and demanded Y": a coordinated verb is a sibling, not what asks
            sibling = current.dep_ == "conj"
            current = current.head
            if current.lemma_ in self.lex.question_verbs and not sibling:
                return True
        return False

    # -- building stances

    def _stances(
        self, ctx: _Context, trigger: Token, stance_type: str, rule: str, roots: list[Token],
        *, answered: _Answered | None = None,
    ) -> list[Stance]:
        if not roots or ctx.in_title(trigger) or (
            self._question(trigger) and answered is None  # a question answered says something
        ):
            return []
        # "criticised Hungary's opposition to new sanctions": the stance is on the sanctions,
        # through the owner's opposing stance noun (which undoes the governing polarity)
        opposed_noun = rule.startswith("verb:") and bool(roots) and all(
            self._owned_opposition(r) for r in roots
        )
        if opposed_noun:
            roots = [o for r in roots for o in self._noun_targets(r)]
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in trigger.children)
        if trigger.tag_ == "VBG" and not own_subject and not rule.startswith("path-declared:") and trigger.dep_ in {
            "pobj",
            "appos",
            "dep",
            "dobj",
            "pcomp",
            "nsubj",
            "csubj",
        } and not (stance_type == "demand" and _means_clause(trigger)):
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
        if rule.startswith("verb:") and self._judged_act(trigger):
            return []  # "it was unacceptable to deploy X": the adjective's stance, not an offer
        if (
            trigger.dep_ in {"xcomp", "acomp", "oprd", "ccomp", "advmod"}
            and trigger.head.lemma_ in self.lex.pretense_verbs
            and not _hedged_appearance(trigger.head, self.lex)
        ):
            return []  # "while appearing open to talks": a pose, not a stated position
        if (
            rule.startswith(("predicate-noun:", "adjective:", "evaluation-noun:"))
            and self.lex.polarity(stance_type) == "oppose"
            and stance_without.lacking_judgement(trigger)
        ):
            return []  # "without a backstop, a European force would be a bluff": the lack is judged
        if self._courtesy(trigger):
            return []  # "I want to thank my colleagues for it", "Thank you": politeness
        if self._pressed_participle(trigger):
            return []  # "Pressed on elections, X said ...": X was pressed; nobody named pressed
        if self._terms(trigger):
            return []  # "under which A pledged X", "Under the accord, B agreed to Y": its terms
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
        speech = ctx.speech(trigger)
        if speech is not None and speech.verb is not None and (
            speech.verb.lemma_.lower() in self.lex.denial_verbs
        ):
            return []  # "denied that Russia was planning to send troops": no one's act or position
        if _in_condition(trigger) and answered is None:  # ("asked if": a question)
            return []  # "a ceasefire if Ukraine renounced its bid": a hypothetical, no stance
        if rule.startswith("verb:") and stance_bounds.deferred(trigger):
            return []  # "premature to discuss sending troops": the act is put off (the adjective judges it)
        if (
            trigger.dep_ == "relcl"
            and not rule.startswith("deontic")
            and not _appositive_clause(trigger)
            and not _object_relative(trigger)
            and not cleft_relative(trigger)
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
             "denied-plan:", "path-declared:", "agent-noun:")
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
        if answered is not None:
            holders = list(answered.holders)
        elif binder is not None:
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
        # the article's own outlet asks and reports ("asked by the Herald whether ...")
        holders = [h for h in holders if h.key not in ctx.publishers]
        if rule.startswith(("substitute:", "off-table:", "power:")):
            # "officials said X is no substitute": an unresolved speaker is not the one before
            holders = [h for h in holders if h.rule not in {"carried-speaker", "position-owner"}]
        if _advised(trigger, self.lex.advice_modals):
            # "NATO should offer X" with no speaker: the article's advice, not NATO's position
            holders = [h for h in holders if h.rule not in _UNSPOKEN_RULES]
        if holders and binder is None:
            # "X, together with Y, rejected Z"; "..., Y echoed him"; "Z, a view shared by Y"
            shared = stance_share.companions(trigger, ctx.actor_keys) + stance_share.sharers(
                trigger, [h.key for h in holders], ctx.actor_keys
            )
            holders += [
                Holder(k, None, "shared", 0.5)
                for k in dict.fromkeys(shared)
                if k not in {h.key for h in holders}
                and getattr(ctx.ents.get(k), "type", "Person") != "Location"
            ]
        if not holders:
            return []
        # a question answered names its act's object itself ("Asked whether X would send
        # instructors"): no light verb needs a curated object there
        targets = ctx.targets(
            trigger, roots, rule=rule if answered is None else f"answer-{rule}",
            exclude=self._naming_pred.get(trigger.i),
        )
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
        if rule.startswith("verb:") and rule[5:] in self.lex.addressee_verbs:
            # "pressed Washington and London to honour X": the pressed are addressees
            targets = [t for t in targets if t.kind != "actor"]
        if rule.startswith("verb:") and rule[5:] in self.lex.alignment_verbs:
            # "X sided with Berlin": a side taken, not a position on Berlin (a policy still counts)
            targets = [t for t in targets if t.kind != "actor"]
        if rule.startswith(("noun:", "agent-noun:")) and self.lex.polarity(stance_type) == "support":
            # "their support for Kyiv" restates an alignment; only a policy named is a position
            targets = [t for t in targets if t.kind != "actor"]
        if stance_type == "offer" and roots and all(
            r.dep_ == "pobj" and r.head.lower_ in {"to", "into"} for r in roots
        ):
            # "troops deployed to Ukraine": the destination of what is sent is not what is offered
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
             "colon-denial:", "continuation:",
             "denied-success:", "requirement:", "answer-judged:")
        )
        if rule.startswith("noun:") and trigger.dep_ in {"dobj", "attr"}:
            negated = _negated(trigger.head)
        if not negated and _object_denied(trigger) and (
            ":verb:" in f":{rule}"
            or (
                self.lex.polarity(stance_type) == "support"
                and not rule.startswith(("noun:", "denied-plan:"))
            )
        ):
            negated = True  # "would send no troops", "will take no part in X"
        if not negated and stance_intent.intention_negated(trigger):
            negated = True  # "did not plan to send", "no plans to deploy": the act is denied
        if rule.startswith("noun:") and any(
            c.dep_ == "det" and c.lower_ == "no" for c in trigger.children
        ):
            negated = True  # "has no objection to", "had no veto over"
        # a refusal verb's type already says what its negation means
        refusal = rule.startswith("refusal:")
        if answered is not None and answered.denied:
            if refusal:
                return []  # "Asked whether X would not give up Y": no clear answer
            negated = not negated  # "Asked whether X would send Y, Z said no": "would not send"
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
        ) or (
            # "would respond if Moscow violated the ceasefire": what the threat guards is the
            # ceasefire; the act warned against harms or rejects it
            # ("if Russia attacked X" names the attack itself: no flip)
            rule.startswith("retaliation:") and polarity != "neutral" and bool(roots)
            and (
                roots[0].lemma_ in self.lex.harm_verbs
                or (roots[0].lemma_ in self.lex.verbs
                    and self.lex.polarity(self.lex.verbs[roots[0].lemma_]) == "oppose")
            )
            and any(c.dep_ == "dobj" for c in roots[0].children)
            and not any(
                contains_keyword(roots[0].text, ctx.topic_of[t.key]["keywords"])
                for t in targets if t.key in ctx.topic_of
            )
        )
        if flipped:
            # "regretted the decision to suspend aid", "opposes lifting sanctions": the stance
            # on the thing reversed is the opposite
            polarity = "oppose" if polarity == "support" else "support"
            final_type = "oppose" if polarity == "oppose" else "support"
        before = polarity
        if polarity != "neutral" and rule.startswith(("verb:", "noun:")):
            polarity, final_type = self._composed(trigger, stance_type, roots, polarity, final_type)
            if final_type not in self.lex.types:
                return []
        if opposed_noun and polarity != "neutral":
            polarity = "oppose" if polarity == "support" else "support"
            final_type = "oppose" if polarity == "oppose" else "support"
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
        elif (
            stance_type == "demand" and rule.startswith(("verb:", "noun:")) and not flipped
            and _denied_clause(trigger, self.lex.reversal_words)
        ):
            # "insisted that Russia was not a party to any truce": a denial, whose own words
            # (read by the rules on the clause) say what it opposes; no demand for the target
            # (a reversal denied, "sanctions would not be lifted", keeps the demand for X)
            return []
        out: list[Stance] = []
        if rule.startswith("noun:") and stance_type != "offer":
            # "backed Kyiv's request for X": the owner's wish, as the governing stance reports it
            # (an owner's own offer, "welcomed X's willingness to help", stays X's)
            nested = _nested_owners(trigger, self.lex.verbs, self.lex.noun_target_preps)
            holders = [h for h in holders if h.key not in nested]
        for holder in holders:
            for target in targets:
                if target.kind == "actor" and (
                    target.key == holder.key or target.key in ctx.offices.get(holder.key, ())
                ):
                    # "Ukraine defends itself", and a leader on the state they lead ("partners
                    # must help Ukraine", said its president): no stance of an actor on itself
                    continue
                if (
                    target.kind == "actor"
                    and trigger.lemma_ in self.lex.envoy_verbs
                    and getattr(ctx.ents.get(target.key), "type", None) == "Person"
                ):
                    continue  # "sent his defence minister": an envoy, not an offer
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


def _nested_owners(noun: Token, verbs: dict[str, str], preps: frozenset[str]) -> set[str]:
    """Owners of a stance noun that is itself the object of a stance verb ("supported Kyiv's
    request", "welcomed the plan's backing"): the sentence is the governing verb's stance. A
    circumstance ("Despite X's opposition, the allies pressed ahead") governs nothing."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ not in preps:
            return set()
        head = head.head
    if noun.dep_ not in {"dobj", "pobj"} or head.pos_ != "VERB" or head.lemma_ not in verbs:
        return set()
    return {k for c in noun.children if c.dep_ == "poss" and (k := entity_of(c))}


def _means_clause(verb: Token) -> bool:
    """ "opened the talks by urging X to Y": a gerund under "by" on a verb is how the verb's
    subject acted; a demand so made is that subject's (not an activity named)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in {"VERB", "AUX"}


def _denied_permission(verb: Token) -> bool:
    """ "borders cannot be changed by force": a passive "cannot" states a norm like "must not"
    (an active one, "Kyiv cannot win alone", states a capacity)."""
    return (
        _negated(verb)
        and any(c.dep_ == "aux" and c.lower_ in {"can", "ca"} for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def _denied_clause(verb: Token, reversals: frozenset[str]) -> bool:
    """A that-clause of `verb` whose own verb, not one of undoing, is negated or has "no" for
    object ("insisted he would not need to", "insisted Moscow had no intention of")."""
    return any(
        # (a stance noun's: "the insistence that troops would never be tolerated")
        (c.dep_ == "ccomp" or (c.dep_ == "acl" and verb.pos_ == "NOUN"
                               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)))
        and c.pos_ in {"VERB", "AUX"} and c.lemma_.lower() not in reversals
        and (_negated(c) or _object_denied(c))
        for c in verb.children
    )


def _listed(tok: Token) -> bool:
    """`tok`'s phrase follows "and"/"or", or a repeated preposition after one ("and for X")."""
    doc = tok.doc
    i = tok.left_edge.i - 1
    if i > 0 and doc[i].pos_ == "ADP":
        i -= 1
    return i >= 0 and doc[i].lower_ in {"and", "or"}


def _own_conjunct(st: Stance, extra: Token, made: list[Stance], limit: int) -> Stance:
    """A conjunct whose curated topic is the first target's ("asked for tanks and for leave to
    hit airfields with missiles": both military aid) is a second thing the text names: its own
    words are its target, so it does not merge into the first. A noun read bare ("leave")
    keeps its infinitive ("leave to hit airfields")."""
    bare = (
        st.target.label.lower() == extra.lemma_.lower()
        and extra.pos_ == "NOUN"
        and any(c.dep_ == "acl" and any(a.tag_ == "TO" for a in c.children) for c in extra.children)
    )
    if st.target.kind != "topic" or extra.pos_ == "PROPN" or not (bare or any(
        m.target.key == st.target.key and m.holder == st.holder for m in made
    )):
        return st  # (a named actor is a party to the first target, not a second thing)
    phrase = phrase_topic(extra, limit=limit, infinitive=True)
    if not phrase or _slug(phrase) == st.target.key:
        return st
    return replace(st, target=Target("topic", _slug(phrase), phrase), target_phrase=None)


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


def _dedupe(stances: list[Stance]) -> list[Stance]:
    best: dict[tuple[str, str, str, str], Stance] = {}
    for st in stances:
        key = (st.holder, st.polarity, st.target.kind, st.target.key)
        old = best.get(key)
        if old is None or st.confidence > old.confidence:
            best[key] = st
    return sorted(best.values(), key=lambda s: (s.start, s.holder, s.target.key))


def _modifier_names_label(reversal: Token, labels: str) -> bool:
    """The label comes from a modifier before the reversal noun ("a negotiated end to the war"
    gives "negotiations"): it names how the thing ends, not what is undone."""
    return any(
        c.i < reversal.i and c.dep_ in {"amod", "compound"} and c.lower_[:6] in labels
        for c in reversal.children
    )
