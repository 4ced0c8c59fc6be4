"""The stance lexicon (`lexicons/stance_verbs.yaml` and its companions) loaded into one
frozen value, with the lookups that turn a trigger word into a stance type and polarity."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from spacy.tokens import Token

from pactgraph.nlp import lexicons, sentiment
from pactgraph.nlp.guarantees import is_negated


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
    text_verbs: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    reversal_words: frozenset[str] = frozenset()
    evaluation_verbs: frozenset[str] = frozenset()
    evaluable_nouns: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    restriction_nouns: frozenset[str] = frozenset()
    negated_only: dict[str, str] = field(default_factory=dict)
    place_refusals: frozenset[str] = frozenset()
    negated_adjectives: dict[str, str] = field(default_factory=dict)
    place_nouns: frozenset[str] = frozenset()
    vague_means: frozenset[str] = frozenset()
    charge_verbs: frozenset[str] = frozenset()
    antecedent_nouns: frozenset[str] = frozenset()
    assent_verbs: frozenset[str] = frozenset()
    addressee_nouns: frozenset[str] = frozenset()
    pursuit_nouns: frozenset[str] = frozenset()
    modifier_adjectives: dict[str, str] = field(default_factory=dict)
    naming_modifiers: dict[str, str] = field(default_factory=dict)
    # sentiment polarity -> stance type, for words only the sentiment lexicon knows
    sentiment_types: dict[str, str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    carrier_nouns: frozenset[str] = frozenset()
    actor_qualities: dict[str, str] = field(default_factory=dict)
    condition_markers: tuple[tuple[str, ...], ...] = ()
    condition_vague: frozenset[str] = frozenset()
    ruling_out: frozenset[str] = frozenset()
    ruling_out_in: frozenset[str] = frozenset()
    seeing_verbs: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    third_party_subjects: frozenset[str] = frozenset()
    group_subject_nouns: frozenset[str] = frozenset()
    partial_quantifiers: frozenset[str] = frozenset()
    position_frame_nouns: frozenset[str] = frozenset()
    position_copulas: frozenset[str] = frozenset()
    quoting_verbs: frozenset[str] = frozenset()
    spokesperson_nouns: frozenset[str] = frozenset()
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
    decline_verbs: frozenset[str] = frozenset()
    passage_verbs: frozenset[str] = frozenset()
    lacking_preps: frozenset[str] = frozenset()
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
    counted_people_nouns: frozenset[str] = frozenset()
    collective_nouns: dict[str, str] = field(default_factory=dict)
    detail_connectives: frozenset[str] = frozenset()
    deciding_verbs: frozenset[str] = frozenset()
    pretense_verbs: frozenset[str] = frozenset()
    aiding_verbs: frozenset[str] = frozenset()
    backing_verbs: frozenset[str] = frozenset()
    appearance_verbs: frozenset[str] = frozenset()
    colon_intro_nouns: frozenset[str] = frozenset()
    colon_intro_adjectives: frozenset[str] = frozenset()
    courtesy_verbs: frozenset[str] = frozenset()
    courtesy_occasions: frozenset[str] = frozenset()
    terms_nouns: frozenset[str] = frozenset()
    countering_verbs: frozenset[str] = frozenset()
    addressee_verbs: frozenset[str] = frozenset()
    contribution_verbs: frozenset[str] = frozenset()
    refusal_excluded_verbs: frozenset[str] = frozenset()
    coercion_verbs: frozenset[str] = frozenset()
    discourse_wishes: frozenset[str] = frozenset()
    ended_goals: frozenset[str] = frozenset()
    stimulus_participles: frozenset[str] = frozenset()
    role_offer_verbs: frozenset[str] = frozenset()
    recipient_verbs: frozenset[str] = frozenset()
    condition_supply_verbs: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    envoy_verbs: frozenset[str] = frozenset()
    furnishing_verbs: frozenset[str] = frozenset()
    aspect_verbs: frozenset[str] = frozenset()
    currency_nouns: frozenset[str] = frozenset()
    compound_reversals: frozenset[str] = frozenset()
    guarantee_role_nouns: frozenset[str] = frozenset()
    agent_nouns: dict[str, str] = field(default_factory=dict)
    former_modifiers: frozenset[str] = frozenset()
    title_scopes: frozenset[str] = frozenset()
    believer_nouns: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    possession_verbs: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    asking_participles: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    yes_answers: frozenset[str] = frozenset()
    no_answers: frozenset[str] = frozenset()
    answer_auxiliaries: frozenset[str] = frozenset()
    answer_pro_forms: frozenset[str] = frozenset()
    evasive_attitudes: frozenset[str] = frozenset()
    # settings of the fallback reading (`stance_fallback.py`)
    fallback: dict[str, Any] = field(default_factory=dict)

    def evaluation(self, pred: Token) -> str | None:
        """The stance type an evaluative predicate expresses: an evaluative noun or adjective
        ("a trap", "reckless", "a step forward"), or a neutral noun with an evaluative modifier
        ("an important step", "a dangerous move"); words the stance lexicon lacks are judged by
        the sentiment lexicon ("cynical", "a glimmer of hope"). None for anything else."""
        glued = _hyphen_word(pred)
        if glued and (stype := self.predicate_nouns.get(glued) or self.adjectives.get(glued)):
            return stype  # "a non-starter" split by the parser into "non", "-", "starter"
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
        # "a bridge too far" with "too far" hung on the verb: the words that follow in the text
        following = " ".join(t.lower_ for t in pred.doc[pred.i: min(pred.i + 4, pred.sent.end)])
        for phrase, stype in self.predicate_nouns.items():
            if " " in phrase and (phrase in words or f"{following} ".startswith(f"{phrase} ")):
                return stype
        if lemma in self.predicate_nouns and lemma != "guarantee":
            return self.predicate_nouns[lemma]
        if lemma in self.evaluable_nouns:
            mods = [m for c in pred.children if c.dep_ == "amod" for m in (c, *c.conjuncts)]
            modifiers = {**self.modifier_adjectives, **self.adjectives}
            for m in mods:
                # "better" and "best" have the lemma "well": the word itself names them
                word = m.lemma_.lower() if m.lemma_.lower() in modifiers else m.lower_
                if word in modifiers and not is_negated(m):
                    return _diminished(m, modifiers[word])
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

    def name_evaluation(self, pred: Token) -> str | None:
        """`evaluation`, or, for a name a naming verb gives ("called X a serious framework",
        "a decorative delegation"), the judgement of its modifier whatever the noun: a naming
        verb makes any noun a name, so a plain noun with a judging modifier judges X."""
        stype = self.evaluation(pred)
        if stype is not None or pred.pos_ != "NOUN":
            return stype
        lemma = pred.lemma_.lower()
        if any(p.endswith(f" {lemma}") for p in self.predicate_nouns):
            return None  # "legitimate combat targets": a set phrase varied, not a modifier's praise
        modifiers = {
            **self.actor_qualities, **self.naming_modifiers, **self.modifier_adjectives,
            **self.adjectives,
        }
        for c in pred.children:
            if c.dep_ != "amod" or c.i > pred.i or is_negated(c):
                continue
            word = c.lemma_.lower() if c.lemma_.lower() in modifiers else c.lower_
            # curated words only: the sentiment lexicon praises "a special operation"
            if stype := modifiers.get(word):
                return _diminished(c, stype)
        return None

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
            **_same_named_lists(cls, data),
            types=dict(data["types"]),
            verbs=dict(data["verbs"]),
            reporting_verbs=frozenset(reporting),
            clausal_types=frozenset(data.get("clausal_complement_types", ())),
            topics=tuple(lexicons.load("topics")["topics"]),
            vague_topics=frozenset(lexicons.load("topics").get("vague", ())),
            actor_like=frozenset(lexicons.load("topics").get("actor_like", ())),
            curated_only=frozenset(data.get("curated_targets_only", ())),
            topic_max_words=int(lexicons.load("topics").get("phrase_max_words", 8)),
            quantity_nouns=frozenset(lexicons.load("topics").get("quantity_nouns", ())),
            restriction_nouns=frozenset(lexicons.load("topics").get("restriction_nouns", ())),
            sentiment_types=dict(lexicons.load("sentiment").get("stance_types", {})),
            light_verbs=frozenset(lexicons.load("sentiment").get("light_verbs", ())),
            carrier_nouns=frozenset(lexicons.load("sentiment").get("carrier_nouns", ())),
            actor_qualities=dict(lexicons.load("sentiment").get("actor_qualities", {})),
            condition_markers=tuple(
                tuple(m.lower().split()) for m in data.get("condition_markers", ())
            ),
            ruling_out=frozenset(data.get("ruling_out_existentials", ())),
            reporting_idioms={
                str(v): [str(w) for w in ws] for v, ws in data.get("reporting_idioms", {}).items()
            },
            caused_feelings=frozenset(data.get("caused_feeling_types", ())),
            fallback=dict(data.get("fallback") or {}),
        )

    def polarity(self, stance_type: str) -> str:
        return self.types[stance_type]["polarity"]

    def negate(self, stance_type: str) -> str:
        return self.types[stance_type].get("negated", "neutral")


def _hyphen_word(tok: Token) -> str | None:
    """The whole hyphenated word (lowercase) `tok` is a part of when the parser split it into
    parts and hyphens ("non-starter", "ill-conceived"); None for a word standing alone."""
    doc = tok.doc

    def glued(i: int) -> bool:  # doc[i] is a hyphen joining doc[i - 1] and doc[i + 1]
        return (
            0 < i < len(doc) - 1 and doc[i].text in {"-", "\u2011"}
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i - 1].is_alpha and doc[i + 1].is_alpha
        )

    lo = hi = tok.i
    if glued(tok.i):
        lo, hi = tok.i - 1, tok.i + 1
    while glued(lo - 1):
        lo -= 2
    while glued(hi + 1):
        hi += 2
    return doc[lo : hi + 1].text.lower() if hi > lo else None


def _diminished(adj: Token, stype: str | None) -> str | None:
    """A praising adjective under "least"/"less" is a criticism ("the least effective option",
    "less useful"); any other judgement so graded says nothing clear."""
    if stype is None or not any(c.dep_ == "advmod" and c.lower_ in {"least", "less"} for c in adj.children):
        return stype
    return "criticize" if stype in {"support", "welcome", "accept"} else None


# fields that `load` fills itself (other files, other key names, merged or converted values)
_EXPLICIT = frozenset({
    "types", "verbs", "reporting_verbs", "clausal_types", "topics", "vague_topics", "actor_like",
    "curated_only", "topic_max_words", "quantity_nouns", "restriction_nouns", "sentiment_types",
    "light_verbs",
    "carrier_nouns", "actor_qualities", "condition_markers", "ruling_out", "reporting_idioms",
    "caused_feelings", "fallback",
})


def _same_named_lists(cls: type[StanceLexicon], data: dict[str, Any]) -> dict[str, Any]:
    """Every other word list or word -> type mapping is the `stance_verbs.yaml` key of the same
    name, so adding one is a field and a YAML entry."""
    out: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in _EXPLICIT:
            continue
        if f.type == "frozenset[str]":
            out[f.name] = frozenset(data.get(f.name, ()))
        elif f.type in {"dict[str, str]", "dict[str, dict[str, Any]]"}:
            out[f.name] = dict(data.get(f.name, {}))
    return out
