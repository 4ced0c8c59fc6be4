"""Security guarantees: who protects whom, against whom, in what form, and how far along.

A guarantee is read from a trigger noun ("security guarantees", "assurances", "reassurance force",
"guarantor") and the dependency parse around it; the words themselves live in
`lexicons/guarantees.yaml`. Roles:
- guarantors: from/by pobj of the trigger, the agent of "backed by", the subject of a giving verb
  ("countries that provide guarantees", through relative clauses and "be among"), of a
  participation verb ("be included in", "serve as guarantor"), or of a building verb ("are developing
  guarantees"), and the actor a form implies (NATO membership -> NATO);
- beneficiary: for/to pobj, possessive, the subject of a receiving verb ("Ukraine needs guarantees");
  else the document's protected country: the one most often named as a beneficiary, or whose
  security/sovereignty the article talks about. With no such country it stays unset;
- threat: against pobj, the from-object of a protecting verb ("protect us from Russia"), the object of
  "deter";
- status from the verbs that govern the mention, forms and domains from keywords in the sentence.
Repeated mentions with the same beneficiary and guarantors are merged into one `Guarantee`.
Besides trigger nouns: commitments to defend a state read from verbs ("X will defend Y", "Y is
covered by Article 5", "come to Y's aid", "stand with Y against aggression", "help Y strengthen its
defences"); "ask/press X to/for ..." makes X the giver; pronouns, "their country" and counted groups
("both countries" -> the latest pair named together) resolve to countries; security accords between
parties are settled like co-builders; a negated giving verb gives nothing. Backers named only by a
demonym count ("backed by European troops" or "European guarantees" -> Europe, "American forces
would provide a backstop"),
also when the mention is the subject of a raised passive ("any guarantee must be backed by X") or
the antecedent of "them" right after it ("guarantees must bind: we want them ratified by X").
Guarantor roles: "(did not rule out) X as a guarantor", "open to acting as a guarantor", "X joining
the guarantor states"; a state cast as a guarantor is not the article's default protected country.
A state an "as a guarantor" phrase casts, given or refused the role ("rejected X as a guarantor",
"any role for X as a guarantor"), is never the protected one.
A mention in an embedded question ("asked whether X would act as a guarantor") commits no one,
nor does a negated participation ("X could never be one of the guarantors").
Denials also cover "stopped short of advocating X", "X would be unacceptable", "regarded X as
unacceptable", "a red line at X";
troops kept in a breakaway or occupied place are no guarantee.
Coordinated demonyms all send ("British and French troops"). Membership merely described ("X's
membership is another matter") or held out as a prospect ("an invitation for X to join") is no
guarantee. A mention with no beneficiary takes a country its own sentence names (not a guarantor,
a speaker's state, a refuser or one whose "concerns" are heard) before the article's most named one; an agreement titled "of Support for X"
makes X, not its parties, the article's protected country. A dateline parsed as a subject
("GENEVA, Switzerland — X and Y signed") hands the role to the phrase after the dash, and an actor
named only in datelines guarantees nothing. Guarantees "to X and Y" (or offered "X and Y") protect
each; "the coalition" with no coalition in its sentence is the one the article named before.
"X was promised guarantees by Y": the passive subject receives, the agent gives; blocking a
membership ("Y blocked X's NATO membership") refuses it; "X received guarantees from Y" names Y
also when "from" hangs on the verb. A mention in a past conditional ("if X had had guarantees",
"had X been given guarantees") never existed, nor membership "without" which X has none.
A neighbouring sentence names no giver when it helps with something else ("offered to help with
the harvest") or sends its force to another country. "Their neighbours ... should either be
attacked" is the pair of countries named before; "X issued a statement pledging to ..." makes X
the one who pledges.
A state reached only through its leader's office gets the KB's actor record (and counts as a named
party of a known agreement); indirect objects the parser folds into the mention's phrase ("offered
X and Y guarantees") receive it; a gerund under a preposition ("before sitting down with X to
sign ...") is done by the subject of the verb above it; "X followed (suit)" or "X went first" a few
sentences after a signed guarantee signs the same kind for the same country. A "with" phrase of the
mention's clause that casts actors in a role ("with X in the lead and Y as backstop") makes them
the givers. With no other sign of the protected country, it is the one a war is waged on ("the
invasion of X") or an attacking verb targets ("X was invaded", "if it were attacked"). Sending "no troops", or "neither sending ... nor ...",
sends nothing.
A group an agreement's own name names ("the G7 declaration", "the Declaration of the Coalition of
the Willing") issues it: with the group named in the article, it guarantees the country the
agreement protects, beside the member states that sign. The one a proposal is put to ("a plan
proposed to X", "put a proposal on peacekeepers to X") hears it and is not the protected country,
unlike the recipient of guarantees offered or proposed "to X". A bare "membership" answering a
question just before it that names one alliance ("What about NATO? Membership is ...") is that
alliance's; membership a verb of dread governs ("Moscow fears X joining the alliance") is none.
"They" standing for officials named by a demonym ("Iranian officials said they want ...") is the
state the demonym names. An unnamed group bound to defend a state ("a group of states would come
to its aid") takes the actors the next sentence lists ("The names floated included X, Y and Z").
A state the sentence casts as the threat (the object of "deter", the doer of an attack or a breach:
"guarantees would not deter X", "broken by X") is not the protected one; a state that ensures "its
own" security guarantees nothing, nor is the host or mediator of the talks protected; a mention in a
direct question ("Will the EU defend it?") commits no one. The subject of an accepting verb receives
unless negated ("Kyiv accepted/welcomed the guarantees"); the owner of an offer or promise of
guarantees gives them, as does a possessive owner whose guarantees another state receives ("Kyiv
accepted Britain's guarantees").

Knowledge of agreements (kb/agreements.yaml `protects`): a mention naming no beneficiary in a
sentence citing an agreement that protects one state is that state's ("the guarantees of the
Budapest Memorandum" protect Ukraine, named or not), as is the agreement's own guarantee by its
named parties; an attack on a state an agreement protects sets the agreement off ("an attack on X
would trigger Article 5": NATO guarantees X, members only), as does "Article 5 covers X" (the
mention itself, not "a clause modelled on Article 5"). Status and refusal verbs may be phrasal
("turned down", "brushed aside", "balked at"), and a status verb under a refusal ("ruled out
offering") rejects; the refuser of guarantees another offered receives them only when the article
protects nobody else. A state that views guarantees as a threat, or that guarantees threaten, is
not the protected one. "The guarantors would be/include X, Y" lists givers ("would not include X"
casts X); a guarantee for a force in X, or a force trigger in X, protects X unless X is the one a
proposal is put to; "we" in a quotation is its speaker.

Shared parse helpers used by `stances.py` live here too, since this component runs first.
`doc.user_data["pg_guarantee_of_token"]` maps each trigger token index to its Guarantee.id.
"""

from __future__ import annotations

import logging
import re
import reprlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from pactgraph.kb import KnowledgeBase, load_kb
from pactgraph.nlp import lexicons
from pactgraph.nlp.util import prep_objects, sentence_index, sentences
from pactgraph.records import Entity, Guarantee, Mention

log = logging.getLogger("pactgraph")

RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "pobj", "dative"}
CLAUSE_BREAKS = {";", ":", "—", "–", "(", ")", "."}


# ------------------------------------------------------------------ shared helpers


def mention(token: Token) -> Mention | None:
    value = token._.pg_mention
    return value if isinstance(value, Mention) else None


def entity_of(token: Token) -> str | None:
    m = mention(token)
    return m.entity if m else None


def entities(doc: Doc) -> dict[str, Entity]:
    return dict(doc._.pg_entities or {})


def phrase_actors(head: Token, *, coordinated: bool = True) -> list[str]:
    """Actor keys a noun phrase headed by `head` names: the head's mention, or one of its
    compound/flat/appos parts ("President Zelenskyy", "Zelenskyy, the president"), for each
    coordinated conjunct ("Britain, France and Germany")."""
    heads = [head, *head.conjuncts] if coordinated else [head]
    if coordinated and entity_of(head):
        # "Moldova, the US and Romania": the parser often reads a list as an apposition
        for child in head.children:
            other = entity_of(child)
            if child.dep_ == "appos" and other and other != entity_of(head):
                heads += [child, *child.conjuncts]
    keys: list[str] = []
    for h in heads:
        key = entity_of(h)
        more: list[str] = []
        if key is None:
            for child in h.children:
                if child.dep_ in {"compound", "flat", "appos", "nmod", "amod"} and entity_of(child):
                    key = entity_of(child)
                    if coordinated and h.tag_ in {"NNS", "NNPS"}:
                        # "the Polish and Lithuanian presidents": one of each
                        more = [k for c in child.conjuncts if (k := entity_of(c))]
                    break
        for k in (key, *more):
            if k and k not in keys:
                keys.append(k)
    return keys


def prep_actors(head: Token, prep: str) -> list[str]:
    """Actors named in `head`'s "<prep> X" phrases ("leaders of X", "working with X")."""
    return [k for o in prep_objects([head], prep) for k in phrase_actors(o)]


def match_lemma_phrases(
    doc: Doc | Span, phrases: Iterable[str]
) -> dict[int, tuple[str, int, int]]:
    """Longest lemma-sequence matches: syntactic head index -> (phrase, start, end), indices in
    the document also when `doc` is a span of it."""
    by_first: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.lower().split()
        by_first.setdefault(words[0], []).append(words)
    for options in by_first.values():
        options.sort(key=len, reverse=True)
    found: dict[int, tuple[str, int, int]] = {}
    i = 0
    while i < len(doc):
        best: list[str] | None = None
        for words in by_first.get(doc[i].lemma_.lower(), []) + by_first.get(doc[i].lower_, []):
            end = i + len(words)
            if end <= len(doc) and all(
                doc[i + k].lemma_.lower() == w or doc[i + k].lower_ == w
                for k, w in enumerate(words)
            ):
                if best is None or len(words) > len(best):
                    best = words
        if best is None:
            i += 1
            continue
        span = doc[i : i + len(best)]
        found[span.root.i] = (" ".join(best), span.start, span.end)
        i += len(best)
    return found


def contains_keyword(text: str, keywords: Iterable[str]) -> str | None:
    """The first keyword occurring at a word start in `text` (lowercase)."""
    low = text.lower().replace("’", "'")
    for kw in keywords:
        if re.search(r"(?<![a-z])" + re.escape(kw.lower()), low):
            return kw
    return None


def governing_chain(token: Token, *, limit: int = 6) -> Iterator[Token]:
    """Heads above `token` through nominal and prepositional links, up to and past verbs."""
    current = token
    for _ in range(limit):
        if current.head == current:
            return
        current = current.head
        yield current


# "under no circumstances", "in no case", "at no point": a prepositional phrase that negates its verb.
_NEGATING_POBJS = frozenset({"circumstance", "case", "point", "condition", "account", "time"})


def is_negated(token: Token) -> bool:
    return (
        any(c.dep_ == "neg" for c in token.children)
        or any(
            c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "det", "neg"}
            for c in token.children
        )
        # "neither sending troops nor paying": the correlative negates its verb
        or any(c.lower_ == "neither" and c.dep_ in {"preconj", "advmod", "cc"} for c in token.children)
        # "Neither Hungary nor Slovakia will support X": the correlative on the subject
        or any(
            c.dep_ in {"nsubj", "nsubjpass"} and any(
                g.lower_ == "neither" and g.dep_ in {"preconj", "det", "cc"} for g in c.children
            )
            for c in token.children
        )
        or any(
            c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in _NEGATING_POBJS
            and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
            for c in token.children for g in c.children
        )
    )


def past_dateline(subj: Token) -> Token:
    """A dateline parsed as the subject ("GENEVA, Switzerland — X and Y signed") hands the role
    to the phrase after the dash, wherever the parse hung it inside the subject."""
    if not (subj.text.isupper() and len(subj.text) > 2 and subj.i - subj.sent.start < 5):
        return subj
    dash = next((t for t in subj.sent[:10] if t.i > subj.i and t.text in {"—", "–", "--"}), None)
    if dash is None:
        return subj
    after = [t for t in subj.subtree if t.i > dash.i and t.head.i <= dash.i]
    return after[0] if after else subj


def resolve_relative(token: Token) -> Token:
    """For a relative pronoun subject ("countries that provide"), the noun it stands for."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in {"relcl", "acl"}:
        antecedent = token.head.head
        if token.lower_ == "which" and antecedent.ent_type_ == "PERSON":
            # "which" never stands for a person: "the draft by A and B, which proposes X" is
            # the draft's, which the parser hung on B (and a draft holds no stance)
            return token
        return antecedent
    if (
        token.lower_ in RELATIVE_PRONOUNS
        and token.dep_ in {"nsubj", "nsubjpass"}
        and token.head.dep_ == "ccomp"
        and token.head.head.dep_ == "relcl"
        and token.head.head.head.pos_ in {"NOUN", "PROPN"}
        and token.head.head.i < token.head.i
        and token.i < token.head.head.i
    ):
        # "Slovakia, which Kallas said had blocked X": the relative pronoun is the subject of
        # the clause reported inside the relative clause, and stands for its noun
        return token.head.head.head
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "ccomp":
        # a cleft the parser reads as a content clause ("it was Hungary that blocked X"): the
        # focus after "it was" is the subject ("it was Orban who ..." is a relcl, read above)
        copula = token.head.head
        if copula.lemma_ == "be" and any(
            c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in copula.children
        ):
            focus = next((c for c in copula.children if c.dep_ == "attr" and c.i < token.i), None)
            if focus is not None and focus.pos_ in {"PROPN", "NOUN"}:
                return focus
    return token


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, looking through xcomp/conj/aux chains and relative clauses."""
    current = verb
    for _ in range(5):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return resolve_relative(child)
        if current.dep_ in {"xcomp", "conj", "advcl", "ccomp", "acomp"} and current.head != current:
            if current.dep_ == "ccomp" and current.head.pos_ == "VERB":
                return None  # a complement clause has its own subject or none
            current = current.head
            continue
        if current.dep_ in {"acl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return current.head
        return None
    return None


def _subject_of(verb: Token) -> Token | None:
    """`subject_of`, past a dateline parsed as the subject (guarantee roles only: stances keep
    their own dateline handling)."""
    subj = subject_of(verb)
    current = verb
    for _ in range(3):
        if subj is not None:
            return past_dateline(subj)
        # "X met Y before sitting down to sign ...": a gerund clause under a preposition is
        # done by the subject of the verb the preposition hangs on
        while current.dep_ in {"xcomp", "advcl", "conj"} and current.head != current:
            current = current.head
        if current.dep_ != "pcomp" or current.tag_ != "VBG" or current.head.dep_ != "prep":
            return None
        current = current.head.head
        # "X was open to contributing troops": the adjective's subject, through its copula
        subj = subject_of(current) if current.pos_ in {"VERB", "AUX", "ADJ"} else None
    return past_dateline(subj) if subj is not None else None


def copular_subject_actors(noun: Token) -> list[str]:
    """For "X (should) be among the countries ..." / "X is a guarantor": the actors of X."""
    current = noun
    for _ in range(4):
        head = current.head
        if head == current:
            return []
        if head.lemma_ in {"be", "become", "remain", "serve", "act"} or head.pos_ in {
            "AUX",
            "VERB",
        }:
            subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and head.lemma_ in {
                "be",
                "become",
                "remain",
                "serve",
                "act",
                "include",
                "join",
                "participate",
            }:
                return phrase_actors(resolve_relative(subj))
            return []
        current = head
    return []


# ------------------------------------------------------------------ the lexicon


@dataclass(frozen=True, slots=True)
class GuaranteeLexicon:
    triggers: tuple[str, ...]
    needs_context: frozenset[str]
    security_context: tuple[str, ...]
    guarantor_nouns: tuple[str, ...]
    giver_verbs: frozenset[str]
    giver_nouns: frozenset[str]
    receiver_verbs: frozenset[str]
    builder_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    status: dict[str, str]
    status_rank: tuple[str, ...]
    forms: dict[str, tuple[str, ...]]
    form_guarantors: dict[str, str]
    domains: dict[str, tuple[str, ...]]
    protection_objects: tuple[str, ...]
    agreement_words: tuple[str, ...] = ()
    agreement_keys: frozenset[str] = frozenset()
    agreement_status: str = "signed"
    exchange_nouns: frozenset[str] = frozenset()
    guarantee_verbs: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    fallback_min_mentions: int = 2
    bilateral_triggers: frozenset[str] = frozenset()
    giving_up: frozenset[str] = frozenset()
    context_giver_verbs: frozenset[str] = frozenset()
    given_things: tuple[str, ...] = ()
    deploy_verbs: frozenset[str] = frozenset()
    force_keywords: tuple[str, ...] = ()
    force_nouns: frozenset[str] = frozenset()
    coverage_verbs: frozenset[str] = frozenset()
    imitation_marks: frozenset[str] = frozenset()
    destination_preps: frozenset[str] = frozenset()
    territory_nouns: frozenset[str] = frozenset()
    deploy_context: tuple[str, ...] = ()
    refusal_verbs: frozenset[str] = frozenset()
    alliances: frozenset[str] = frozenset()
    membership_verbs: frozenset[str] = frozenset()
    membership_nouns: frozenset[str] = frozenset()
    denial_copulas: frozenset[str] = frozenset()
    denial_short: frozenset[str] = frozenset()
    denial_determiners: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    group_subtypes: tuple[str, ...] = ()
    pending_marks: frozenset[str] = frozenset()
    hypothetical_modals: frozenset[str] = frozenset()
    topic_copulas: frozenset[str] = frozenset()
    counterfactual_marks: frozenset[str] = frozenset()
    pair_pronouns: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    prospect_nouns: frozenset[str] = frozenset()
    body_states: dict[str, str] = field(default_factory=dict)
    protective_predicates: frozenset[str] = frozenset()
    endorse_verbs: frozenset[str] = frozenset()
    co_agent_preps: frozenset[str] = frozenset()
    co_agent_adverbs: frozenset[str] = frozenset()
    help_verbs: frozenset[str] = frozenset()
    deploy_nouns: frozenset[str] = frozenset()
    group_quantifiers: dict[str, int] = field(default_factory=dict)
    group_country_nouns: frozenset[str] = frozenset()
    threat_nouns: frozenset[str] = frozenset()
    sentence_security_context: tuple[str, ...] = ()
    control_verbs: frozenset[str] = frozenset()
    country_pronouns: frozenset[str] = frozenset()
    protect_verbs: frozenset[str] = frozenset()
    protect_phrases: tuple[str, ...] = ()
    protect_context: tuple[str, ...] = ()
    addressee_verbs: frozenset[str] = frozenset()
    roster_groups: frozenset[str] = frozenset()
    roster_nouns: frozenset[str] = frozenset()
    roster_verbs: frozenset[str] = frozenset()
    official_nouns: frozenset[str] = frozenset()
    dread_verbs: frozenset[str] = frozenset()
    membership_lookback: int = 0
    proposal_verbs: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    stand_verbs: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    commitment_heads: frozenset[str] = frozenset()
    group_lookback: int = 0
    anaphoric_modifiers: frozenset[str] = frozenset()
    accord_triggers: frozenset[str] = frozenset()
    reliance_verbs: frozenset[str] = frozenset()
    capacity_verbs: frozenset[str] = frozenset()
    capacity_objects: frozenset[str] = frozenset()
    sentence_context_triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    force_demonyms: dict[str, str] = field(default_factory=dict)
    denial_predicates: tuple[str, ...] = ()
    denial_limits: tuple[str, ...] = ()
    denial_judging_verbs: frozenset[str] = frozenset()
    hostile_predicates: tuple[str, ...] = ()
    menace_verbs: frozenset[str] = frozenset()
    occupation_marks: tuple[str, ...] = ()
    succession_verbs: frozenset[str] = frozenset()
    succession_objects: frozenset[str] = frozenset()
    succession_first_verbs: frozenset[str] = frozenset()
    succession_first_adverbs: frozenset[str] = frozenset()
    succession_lookback: int = 0
    with_roles: tuple[str, ...] = ()
    threat_verbs: frozenset[str] = frozenset()
    deterrence_verbs: frozenset[str] = frozenset()
    breach_verbs: frozenset[str] = frozenset()
    reflexive_marks: frozenset[str] = frozenset()
    host_verbs: frozenset[str] = frozenset()
    acceptance_verbs: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> GuaranteeLexicon:
        """The lexicon of `lexicons/guarantees.yaml`."""
        return cls.from_mapping(lexicons.load("guarantees"))

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> GuaranteeLexicon:
        """The lexicon of a parsed `guarantees.yaml`: each field is the key of the same name (or
        the one `_KEYS` names), checked and converted by its declared type, so adding one is a
        field and a YAML entry. A missing, misspelt or malformed key raises `LexiconError`."""
        _check_known_keys(data)
        values = {f.name: _field_value(f, data) for f in fields(cls)}
        # demonyms are matched against lowercased text
        values["force_demonyms"] = {k.lower(): v for k, v in values["force_demonyms"].items()}
        return cls(**values)


# fields whose `guarantees.yaml` key has another name or sits in a section ("membership: verbs")
_KEYS: dict[str, tuple[str, ...]] = {
    "needs_context": ("needs_security_context",),
    "agreement_words": ("guarantee_agreements", "label_words"),
    "agreement_keys": ("guarantee_agreements", "keys"),
    "giving_up": ("giving_up_particles",),
    "alliances": ("membership", "alliances"),
    "membership_verbs": ("membership", "verbs"),
    "membership_nouns": ("membership", "nouns"),
    "dread_verbs": ("membership", "dread_verbs"),
    "membership_lookback": ("membership", "lookback"),
    "pending_marks": ("membership", "pending_marks"),
    "hypothetical_modals": ("membership", "hypothetical_modals"),
    "topic_copulas": ("membership", "topic_copulas"),
    "prospect_nouns": ("membership", "prospect_nouns"),
    "protective_predicates": ("membership", "protective_predicates"),
    "denial_copulas": ("denial", "copulas"),
    "denial_short": ("denial", "short_heads"),
    "denial_determiners": ("denial", "determiners"),
    "denial_predicates": ("denial", "predicates"),
    "denial_limits": ("denial", "limits"),
    "denial_judging_verbs": ("denial", "judging_verbs"),
    "succession_verbs": ("succession", "verbs"),
    "succession_objects": ("succession", "objects"),
    "succession_first_verbs": ("succession", "first_verbs"),
    "succession_first_adverbs": ("succession", "first_adverbs"),
    "succession_lookback": ("succession", "lookback"),
    "question_marks": ("question", "marks"),
    "question_verbs": ("question", "verbs"),
}


def _is_words(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(w, str) for w in v)


def _is_number(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_mapping(v: Any, value_ok: Callable[[Any], bool]) -> bool:
    return isinstance(v, dict) and all(isinstance(k, str) and value_ok(x) for k, x in v.items())


# by a field's declared type: what its YAML value must be (in words, and as a check) and how
# it becomes the field's value
_TYPES: dict[str, tuple[str, Callable[[Any], bool], Callable[[Any], Any]]] = {
    "tuple[str, ...]": ("a list of words", _is_words, tuple),
    "frozenset[str]": ("a list of words", _is_words, frozenset),
    "dict[str, str]": (
        "a mapping of words to words",
        lambda v: _is_mapping(v, lambda x: isinstance(x, str)),
        dict,
    ),
    "dict[str, int]": (
        "a mapping of words to whole numbers",
        lambda v: _is_mapping(v, _is_number),
        dict,
    ),
    "dict[str, tuple[str, ...]]": (
        "a mapping of words to lists of words",
        lambda v: _is_mapping(v, _is_words),
        lambda v: {k: tuple(x) for k, x in v.items()},
    ),
    "int": ("a whole number", _is_number, int),
    "str": ("a word", lambda v: isinstance(v, str), str),
}


def _lexicon_error(key: tuple[str, ...], problem: str) -> lexicons.LexiconError:
    return lexicons.LexiconError(
        f"lexicon {lexicons.path_of('guarantees')}: key {': '.join(key)!r} {problem}"
    )


def _field_value(f: Field[Any], data: dict[str, Any]) -> Any:
    """The value of field `f` read from `data`, or its default when the key is absent or empty."""
    key = _KEYS.get(f.name, (f.name,))
    value: Any = data
    for depth, part in enumerate(key):
        if value is None:
            break
        if not isinstance(value, dict):
            raise _lexicon_error(key[:depth], "must be a mapping of keys to entries")
        value = value.get(part)
    if value is None:
        if f.default is not MISSING:
            return f.default
        if f.default_factory is not MISSING:
            return f.default_factory()
        raise _lexicon_error(key, "is missing: the guarantees component needs it")
    what, ok, convert = _TYPES[str(f.type)]
    if not ok(value):
        raise _lexicon_error(key, f"must be {what}, not {reprlib.repr(value)}")
    return convert(value)


def _check_known_keys(data: dict[str, Any]) -> None:
    """A key no field reads is most likely misspelt: name it rather than ignore it."""
    known = {_KEYS.get(f.name, (f.name,)) for f in fields(GuaranteeLexicon)}
    sections = {key[0] for key in known if len(key) > 1}
    found = [
        (str(name), str(part))
        for name, value in data.items()
        if name in sections and isinstance(value, dict)
        for part in value
    ]
    found += [(str(name),) for name in data if name not in sections]
    for key in found:
        if key not in known:
            raise _lexicon_error(
                key,
                "is not a known key: check its spelling (a new key needs a GuaranteeLexicon field)",
            )


# ------------------------------------------------------------------ the component


# "named X as / among the guarantors": the phrases casting the verb's object in a guarantor role
_ROLE_PREPS = frozenset({"as", "among"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})


def _role_takers(noun: Token) -> list[Token]:
    """The actors a role noun is for: "a role for X (as a guarantor)"."""
    return [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children if o.dep_ == "pobj" and phrase_actors(o)
    ]


@dataclass(slots=True)
class _Draft:
    token: Token
    phrase: str
    start: int
    end: int
    beneficiary: str | None = None
    beneficiary_explicit: bool = False
    guarantors: list[str] = field(default_factory=list)
    threat: str | None = None
    forms: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    status: str = "demanded"
    agreement: str | None = None
    rules: list[str] = field(default_factory=list)
    from_agreement: bool = False  # read from an agreement mention, not a trigger noun
    # read from a word that is no guarantee noun ("joined", "membership", "troops"): stances
    # keep their own reading of it, so it is left out of pg_guarantee_of_token
    implicit: bool = False
    status_verb: bool = False  # a verb around the mention gave its status
    # "X works with Y on guarantees": the sides building it together; which one is protected is
    # decided once the article's protected country is known (see _settle_co_builders)
    co_builders: list[str] = field(default_factory=list)
    # "assurances X gave both countries": the further countries of the group, one guarantee each
    also_beneficiaries: list[str] = field(default_factory=list)
    # "rejected X as a guarantor", "a role for X as a guarantor": X is cast as a guarantor
    # (taken or refused), never the protected one
    cast: list[str] = field(default_factory=list)
    # the possessive owner made the beneficiary ("Ukraine's guarantees"); a receiving subject
    # that is another state makes it the giver instead ("Kyiv accepted Britain's guarantees")
    owner: str | None = None
    # the state refusing guarantees another offered ("Kyiv turned down the guarantees offered by
    # Moscow"): the beneficiary only when the article protects no other country
    offeree: str | None = None


class GuaranteeExtractor:
    """spaCy component: fills `doc._.pg_guarantees` (see the module docstring)."""

    def __init__(
        self, *, lexicon: GuaranteeLexicon | None = None, kb: KnowledgeBase | None = None
    ) -> None:
        self.lex = lexicon or GuaranteeLexicon.load()
        self.kb = kb or load_kb()

    def _attributive(self, tok: Token) -> str | None:
        """The actor an attributive word names: its mention, or a bare demonym ("American backing"),
        which the actor linker leaves unmarked. Asking records nothing: an actor gets its record
        only when a guarantee names it (`_merge`)."""
        key = entity_of(tok)
        if key or tok.pos_ != "ADJ":
            return key
        key = self.kb.demonym(tok.text)
        return key if key and self.kb.get(key) is not None else None

    def _counterfactual(self, tok: Token) -> bool:
        """A guarantee in a past conditional never existed: "if X had had such guarantees",
        "had X been given guarantees, the war ..."."""
        verbs = [tok] if tok.pos_ in {"VERB", "AUX"} else []
        verbs += [h for h in governing_chain(tok, limit=4) if h.pos_ in {"VERB", "AUX"}][:2]
        for verb in verbs:
            had = next(
                (c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"), None
            )
            if had is None:
                continue
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if any(
                c.dep_ == "mark" and c.lower_ in self.lex.counterfactual_marks
                for c in verb.children
            ) or (subj is not None and had.i < subj.i):
                return True
        return False

    def _open_question(self, tok: Token) -> bool:
        """A mention in a question commits no one: "asked whether X would act as a guarantor",
        "wondered if Y would send troops", "Will the EU defend it?". Only the mention's own clause
        counts."""
        for verb in (tok, *governing_chain(tok, limit=6)):
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            for c in verb.children:
                if c.dep_ != "mark":
                    continue
                if c.lower_ in self.lex.question_marks or (
                    c.lower_ == "if" and verb.head.lemma_ in self.lex.question_verbs
                ):
                    return True
            if verb.dep_ == "ROOT" or (
                verb.dep_ == "ccomp" and verb.head.lemma_ in self.lex.question_verbs
            ):
                # "Will the EU defend it?", "a reporter asked: will the EU defend it?"
                return _direct_question(verb)
            if verb.dep_ in {"ccomp", "advcl", "relcl", "acl"}:
                return False
        return False

    def _attributives(self, tok: Token) -> list[str]:
        """The actors an attributive word and its coordinated words name: "British and French
        troops" -> both states."""
        keys: list[str] = []
        for t in (tok, *tok.conjuncts):
            _add(keys, self._attributive(t))
        return keys

    def __call__(self, doc: Doc) -> Doc:
        drafts = [d for d in (self._read(doc, *m) for m in self._triggers(doc)) if d]
        drafts += [d for d in map(self._read_verb, doc) if d]
        drafts += [d for d in map(self._read_deployment, doc) if d]
        drafts += [d for d in map(self._read_deployment_noun, doc) if d]
        drafts += [d for d in map(self._read_membership, doc) if d]
        drafts += [d for t in doc for d in self._read_protection(t)]
        drafts += [d for t in doc for d in self._read_agreement_attack(t)]
        drafts += [d for t in doc for d in self._read_agreement_cover(t)]
        # "assurances X gave both countries": one guarantee per country of the group
        drafts += [
            replace(d, beneficiary=k, guarantors=list(d.guarantors), also_beneficiaries=[])
            for d in list(drafts)
            for k in d.also_beneficiaries
        ]
        drafts = [
            d for d in drafts if not self._counterfactual(d.token) and not self._open_question(d.token)
        ]
        default = (
            self._protected_country(doc, drafts)
            or self._agreement_party(doc)
            or next(iter(self._threatened(doc)), None)  # the country a war is waged on
        )
        drafts += self._agreement_drafts(doc, default)
        self._settle_co_builders(doc, drafts, default)
        drafts += self._successors(doc, drafts, default)
        guarantees, token_map = self._merge(doc, drafts, default)
        doc._.pg_guarantees = guarantees
        doc.user_data["pg_guarantee_of_token"] = token_map
        return doc

    # -- finding mentions

    def _triggers(self, doc: Doc) -> Iterator[tuple[Token, str, int, int]]:
        phrases = (*self.lex.triggers, *self.lex.guarantor_nouns)
        for head_i, (phrase, start, end) in sorted(match_lemma_phrases(doc, phrases).items()):
            tok = doc[head_i]
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue  # "guarantee" as a verb is read by the agreement/stance side
            if phrase in self.lex.needs_context and not self._security_context(tok):
                continue
            needed = self.lex.sentence_context_triggers.get(phrase)
            if needed and not contains_keyword(tok.sent.text, needed):
                continue  # "a backstop for the loan" is finance, not protection
            yield tok, phrase, start, end

    def _read_verb(self, verb: Token) -> _Draft | None:
        """ "Washington would help guarantee Poland's security", "the powers guaranteeing its
        sovereignty": the verb's subject gives, the owner of the protected thing receives. A state
        that ensures "its own" security guarantees nothing."""
        if verb.pos_ != "VERB" or verb.lemma_ not in self.lex.guarantee_verbs:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        passive = obj is None  # "security for Y could be guaranteed (by X)"
        if passive:
            obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if obj is None or obj.lemma_ not in self.lex.protection_objects:
            return None
        if any(c.lower_ in self.lex.reflexive_marks for c in obj.children):
            return None  # "X will ensure its own security": self-help, nobody guarantees it
        d = _Draft(token=verb, phrase=verb.lemma_, start=verb.i, end=verb.i + 1, status="offered")
        owner = next((c for c in obj.children if c.dep_ == "poss" and entity_of(c)), None)
        if owner is None:  # "security for Ukraine"
            owner = next((o for o in prep_objects([obj], {"for", "of"}) if entity_of(o)), None)
        if owner is not None:
            d.beneficiary, d.beneficiary_explicit = entity_of(owner), True
        elif obj.children and (pron := next((c for c in obj.children if c.dep_ == "poss"), None)):
            d.beneficiary = self._pronoun_country(pron)  # "guarantee its neutrality"
            d.beneficiary_explicit = d.beneficiary is not None
        subj = None if passive else self._controller(verb)
        if subj is not None:
            keys = self._subject_actors(subj) or self._copula_chain_actors(subj)
            for k in keys:
                _add(d.guarantors, k)
        for k in [*self._agents(verb), *self._co_agents(verb)]:
            _add(d.guarantors, k)
        if self._refused(verb) or any(is_negated(h) for h in governing_chain(verb, limit=2)):
            # "X will not guarantee", "X refused to guarantee Y's security"
            d.status = "rejected" if d.guarantors else "violated"
        d.rules.append(f"guarantee-verb:{verb.lemma_}")
        d.guarantors = [g for g in d.guarantors if g != d.beneficiary]
        return d

    def _controller(self, verb: Token) -> Token | None:
        """Who does what an infinitive says: the object of an object-control verb ("ask X to
        guarantee", "want X to defend"), else the subject as `subject_of` finds it."""
        if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_ in self.lex.control_verbs:
            own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if own is not None:
                return resolve_relative(own)
            obj = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"}), None)
            if obj is not None:
                return obj
        subj = _subject_of(verb)
        if (
            subj is not None
            and subj.lemma_ in self.lex.statement_nouns
            and subj.dep_ in {"dobj", "obj"}
            and subj.head.pos_ == "VERB"
        ):
            # "X issued a statement pledging to come to Y's aid": the issuer pledges
            return _subject_of(subj.head) or subj
        return subj

    def _copula_chain_actors(self, noun: Token) -> list[str]:
        """"X is ready to be one of the countries that ...", "X would be among the states ...":
        the copula's subject, looking up through "one of"/"among" and control adjectives."""
        current = noun
        for _ in range(5):
            head = current.head
            if head == current:
                return []
            if head.lemma_ in {"be", "become", "remain", "serve", "act"}:
                subj = _subject_of(head)
                return phrase_actors(resolve_relative(subj)) if subj is not None else []
            if current.dep_ not in {"pobj", "prep", "attr"}:
                return []
            current = head
        return []

    def _read_protection(self, verb: Token) -> list[_Draft]:
        """A commitment to defend a state: "X will defend/protect Y", "Y is covered by Article
        5", "X pledged to come to Y's aid", "X would stand with Y against aggression". Only
        when committed to (a modal or a pledging verb above) or tied to an attack."""
        if verb.pos_ != "VERB":
            return []
        lemma = verb.lemma_
        targets: list[Token] = []
        givers: list[Token] = []
        passive = False
        if lemma in self.lex.protect_verbs:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                targets = [obj]
            else:
                passive = True
                targets = [c for c in verb.children if c.dep_ == "nsubjpass"]
                givers = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        elif lemma in self.lex.stand_verbs:
            against = prep_objects([verb], "against")
            if not any(
                o.lemma_ in self.lex.threat_nouns or o.lemma_ == "threat" or phrase_actors(o)
                for o in against
            ):
                return []  # "stand with X" alone, or against wildfires, is sympathy, not defence
            targets = prep_objects([verb], {"with", "by", "behind"})
        elif lemma == "come":
            for aid in prep_objects([verb], "to"):
                if aid.lemma_ not in self.lex.aid_nouns:
                    continue
                targets += [p for p in aid.children if p.dep_ == "poss"]
                targets += prep_objects([aid], "of")
        elif lemma in self.lex.help_verbs:
            # "X promised to help Y strengthen its defences"
            for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
                obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
                if (
                    clause.lemma_ in self.lex.capacity_verbs
                    and obj is not None
                    and obj.lemma_ in self.lex.capacity_objects
                ):
                    targets = [
                        c for c in (*clause.children, *verb.children) if c.dep_ in {"nsubj", "dobj"} and c != obj
                    ][:1]
        if not targets or self._refused(verb):
            return []
        committed = any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in verb.children
        ) or any(h.lemma_ in self.lex.commitment_heads for h in governing_chain(verb, limit=3))
        if not committed and not contains_keyword(verb.sent.text, self.lex.protect_context):
            return []
        ents = entities(verb.doc)
        guarantors: list[str] = []
        if passive:
            for g in givers:
                keys = phrase_actors(g) or self._form_givers(g)
                for k in keys:
                    _add(guarantors, k)
        else:
            subj = self._controller(verb)
            if subj is not None:
                keys = (
                    self._subject_actors(subj)
                    or self._copula_chain_actors(subj)
                    or self._including_actors(subj)
                )
                if not keys and subj.pos_ == "PRON":  # "Turkey said it would defend Georgia"
                    keys = self._pronoun_countries(subj) or self._we_speaker(subj)
                if not keys:  # "Washington's nuclear umbrella covers X"
                    owners = (entity_of(c) for c in subj.children if c.dep_ == "poss")
                    keys = [k for k in owners if k]
                if not keys:  # "Article 5 covers X": the alliance the provision binds
                    keys = self._form_givers(subj)
                for k in keys:
                    _add(guarantors, k)
        # the defender's own state is not whom "their/its" stands for
        exclude = {*guarantors, *(self._state_of(g, verb.doc) for g in guarantors)}
        beneficiaries: list[str] = []
        for t in targets:
            keys = []
            if t.pos_ == "PRON":  # before the actor linker's guess, which favours recent names
                keys = self._pronoun_countries(t, exclude=exclude)
            keys = keys or phrase_actors(t)
            if not any(ents.get(k) is not None and ents[k].type == "Country" for k in keys):
                keys = self._group_members(t, exclude)  # "their neighbours ... either"
            for k in keys:
                if ents.get(k) is not None and ents[k].type == "Country" and k not in exclude:
                    _add(beneficiaries, k)
        guarantors = [g for g in guarantors if g not in beneficiaries and self._actor_ok(g)]
        roster = not guarantors and bool(beneficiaries)
        if roster:  # "a group of states would come to its aid. The names floated included X, Y"
            guarantors = [g for g in self._next_roster(verb) if g not in beneficiaries]
        if not guarantors:
            return []
        drafts = []
        for b in beneficiaries:
            d = _Draft(token=verb, phrase=lemma, start=verb.i, end=verb.i + 1, status="offered")
            d.beneficiary, d.beneficiary_explicit = b, True
            d.guarantors = list(guarantors)
            if "nato" in guarantors and contains_keyword(verb.sent.text, self.lex.forms.get("article5-commitment", ())):
                d.forms = ["article5-commitment"]
            d.rules.append(f"protection:{lemma}")
            if roster:
                d.rules.append("next-roster")
            drafts.append(d)
        return drafts

    def _form_givers(self, tok: Token) -> list[str]:
        """The guarantor an agreement mention implies by naming a form of guarantee ("Article 5"
        -> NATO): `tok` must lie in the mention ("a clause modelled on Article 5" is no Article 5)."""
        text = next(
            (
                ref.text
                for ref in tok.doc._.pg_agreement_refs or ()
                if ref.start <= tok.idx < ref.end
            ),
            None,
        )
        if text is None or self._imitated(tok):
            return []
        return [
            key
            for form, key in self.lex.form_guarantors.items()
            if contains_keyword(text, self.lex.forms.get(form, ()))
        ][:1]

    def _imitated(self, tok: Token) -> bool:
        """Whether the agreement mention `tok` lies in names a model for another text, not the
        text itself: "Article 5-like protection", "an Article 5-style clause"."""
        ref = next(
            (r for r in tok.doc._.pg_agreement_refs or () if r.start <= tok.idx < r.end), None
        )
        if ref is None:
            return False
        after = tok.doc.char_span(ref.end, min(ref.end + 12, len(tok.doc.text)), alignment_mode="expand")
        words = [t.lower_ for t in after or () if t.text not in {"-", "–"}][:1]
        return bool(words) and words[0] in self.lex.imitation_marks

    def _read_agreement_cover(self, verb: Token) -> list[_Draft]:
        """An agreement whose form implies its givers said to cover a state: "Article 5 applies
        to X", "extend Article 5 to X" (X protected, whoever it is), "X can rely on Article 5"
        (a state the agreement protects). Negated or refused ("does not apply to X") gives none."""
        if verb.pos_ != "VERB" or self._refused(verb):
            return []
        lemma = verb.lemma_
        if lemma in self.lex.coverage_verbs:
            mentions = [c for c in verb.children if c.dep_ in {"nsubj", "dobj", "nsubjpass"}]
            # "to X", "to the parts of X it controls"
            covered = [
                k for o in prep_objects([verb], "to") for k in phrase_actors(o) or prep_actors(o, "of")
            ]
            members = False
        elif lemma in self.lex.reliance_verbs:
            mentions = prep_objects([verb], "on")
            subj = _subject_of(verb)
            covered = self._subject_actors(subj) if subj is not None else []
            members = True  # "X can rely on Article 5": only if the KB says it protects X
        else:
            return []
        infos = verb.doc._.pg_agreements or {}
        ents = entities(verb.doc)
        drafts: list[_Draft] = []
        for m in mentions:
            givers = self._form_givers(m)
            ref = next(
                (r for r in verb.doc._.pg_agreement_refs or () if r.start <= m.idx < r.end), None
            )
            if not givers or ref is None:
                continue
            protects = getattr(infos.get(ref.agreement), "protects", ())
            for k in covered:
                if k in givers or getattr(ents.get(k), "type", None) != "Country":
                    continue
                if members and k not in protects:
                    continue
                d = _Draft(token=verb, phrase="agreement", start=verb.i, end=verb.i + 1,
                           beneficiary=k, beneficiary_explicit=True, guarantors=list(givers),
                           status="offered", agreement=ref.agreement, implicit=True)
                d.forms = [f for f, g in self.lex.form_guarantors.items() if g in givers][:1]
                d.rules.append(f"agreement-cover:{lemma}")
                drafts.append(d)
        return drafts

    def _read_agreement_attack(self, noun: Token) -> list[_Draft]:
        """An attack on a state an agreement cited in the sentence protects sets the agreement
        off: "an attack on X would trigger Article 5", "under Article 5, an attack on X is an
        attack on all" -> the givers the agreement's form implies guarantee X. The states the
        KB says it protects only: "an attack on Ukraine does not trigger Article 5"."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.threat_nouns:
            return []
        if self._refused(noun) or any(is_negated(h) for h in governing_chain(noun, limit=2)):
            return []  # "an attack on X would not automatically trigger Article 5"
        doc, sent = noun.doc, noun.sent
        infos = doc._.pg_agreements or {}
        refs = [
            ref for ref in doc._.pg_agreement_refs or ()
            if sent.start_char <= ref.start < sent.end_char
            and getattr(infos.get(ref.agreement), "protects", ())
        ]
        drafts: list[_Draft] = []
        for ref in refs:
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            givers = self._form_givers(span.root) if span is not None else []
            if not givers:
                continue
            for o in prep_objects([noun], {"on", "against", "upon"}):
                for k in phrase_actors(o):
                    if k not in infos[ref.agreement].protects or k in givers:
                        continue
                    d = _Draft(token=noun, phrase="agreement", start=noun.i, end=noun.i + 1,
                               beneficiary=k, beneficiary_explicit=True, guarantors=list(givers),
                               status=self.lex.agreement_status, agreement=ref.agreement,
                               implicit=True)
                    d.forms = [f for f, g in self.lex.form_guarantors.items() if g in givers][:1]
                    d.rules.append(f"agreement-attack:{ref.agreement}")
                    drafts.append(d)
            if drafts:
                break
        return drafts

    def _we_speaker(self, pron: Token) -> list[str]:
        """Who "we" stands for: the speaker of the quotation it is in ('"We will protect X,"
        Y said'), else the subject of the reporting clause above it."""
        if pron.lower_ != "we":
            return []
        speaker = next(
            (
                q.speaker
                for q in pron.doc._.pg_quotes or ()
                if q.speaker and q.start <= pron.idx < q.end
            ),
            None,
        )
        return [speaker] if speaker else self._giver_actors(pron.head)

    def _next_roster(self, verb: Token) -> list[str]:
        """The actors a list in the next sentence names for an unnamed group of defenders in the
        sentence of `verb` ("a group of states would be bound to defend it. The names floated
        included X, Y and Z"): the next sentence's subject is a list noun and its verb includes."""
        sent = verb.sent
        if sent.end >= len(verb.doc) or not any(
            t.lemma_.lower() in self.lex.roster_groups for t in sent
        ):
            return []
        nxt = verb.doc[sent.end].sent
        root = nxt.root
        subj = _subject_of(root)
        if root.lemma_ not in self.lex.roster_verbs or subj is None:
            return []
        if subj.lemma_.lower() not in self.lex.roster_nouns:
            return []
        keys: list[str] = []
        for t in nxt:
            if t.i > root.i and (k := entity_of(t)) and self._actor_ok(k):
                _add(keys, k)
        return keys

    def _including_actors(self, noun: Token) -> list[str]:
        """"a group of states, including the members of X": the actors the inclusion names."""
        keys: list[str] = []
        for o in prep_objects([noun], "including"):
            for k in self._subject_actors(o):
                _add(keys, k)
        return keys

    def _state_of(self, key: str, doc: Doc) -> str:
        """The state a person holds office in on the article's date (else the key itself)."""
        info = self.kb.get(key)
        if info is None or info.type != "Person":
            return key
        offices = self.kb.offices_of(key, on=getattr(doc._.pg_article, "date", None))
        return offices[0].organization if offices else key

    def _pronoun_countries(self, pron: Token, *, exclude: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
        """All the countries a plural pronoun stands for ("once the two countries join, they
        will be covered"), or the one a singular one does."""
        if pron.lower_ not in {"they", "their", "them"}:
            k = self._pronoun_country(pron, exclude=exclude)
            return [k] if k else []
        ents = entities(pron.doc)
        for head in governing_chain(pron, limit=6):
            if head.pos_ not in {"VERB", "AUX"}:
                continue
            clauses = [head, *(c for c in head.children if c.dep_ == "advcl")]
            for clause in clauses:
                subj = _subject_of(clause)
                if subj is None or subj == pron:
                    continue
                keys = [
                    k
                    for k in phrase_actors(subj)
                    if ents.get(k) and ents[k].type == "Country" and k not in exclude
                ] or self._group_members(subj, set(exclude))
                if not keys and subj.lemma_.lower() in self.lex.official_nouns:
                    # "Iranian officials said they want ...": the state their demonym names
                    keys = [
                        k
                        for c in subj.children
                        if c.dep_ in {"amod", "compound"}
                        for k in self._attributives(c)
                        if k and ents.get(k) and ents[k].type == "Country" and k not in exclude
                    ]
                if keys:
                    return keys
        return []  # a plural pronoun needs a plural antecedent: no single-country guess

    def _possessed_country(self, noun: Token) -> list[str]:
        """ "their/its country" -> the country of whoever the pronoun stands for: a subject above
        it naming a state or its people ("Ukrainian officials say their country needs ...")."""
        if noun.lemma_.lower() not in self.lex.group_country_nouns:
            return []
        pron = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is None or pron.lower_ not in self.lex.country_pronouns:
            return []
        ents = entities(noun.doc)
        for head in governing_chain(noun, limit=6):
            if head.pos_ not in {"VERB", "AUX"}:
                continue
            subj = _subject_of(head)
            if subj is None or subj == noun:
                continue
            keys = [k for k in phrase_actors(subj) if ents.get(k) and ents[k].type == "Country"]
            keys += [
                k
                for c in subj.children
                if c.dep_ in {"amod", "compound"}
                and (k := self._attributive(c) or self.kb.demonym(c.text))  # type: ignore[misc]
            ]
            if keys:
                return keys[:1]
        k = self._pronoun_country(pron)
        return [k] if k else []

    def _pronoun_country(self, pron: Token, *, exclude: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The country an "it/its/their/they/them" stands for: the subject of a clause above it
        that names one, else the last country named before it in its sentence or the one
        before ("Moldova should ask X to guarantee its neutrality")."""
        if pron.lower_ not in self.lex.country_pronouns:
            return None
        ents = entities(pron.doc)

        def country(tok: Token) -> str | None:
            keys = [k for k in phrase_actors(tok) if ents.get(k) and ents[k].type == "Country"]
            return keys[0] if keys else None

        for head in governing_chain(pron, limit=6):
            if head.pos_ in {"VERB", "AUX"}:
                subj = _subject_of(head)
                if subj is not None and subj != pron and (k := country(subj)) and k not in exclude:
                    return k
        doc = pron.doc
        start = pron.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        for t in reversed(doc[start : pron.i]):
            k = entity_of(t)
            if k and k not in exclude and ents.get(k) is not None and ents[k].type == "Country":
                return k
        return None

    def _occupied_place(self, verb: Token, obj: Token) -> bool:
        """Whether the force is sent to a place its words mark as occupied or breakaway."""
        return any(
            contains_keyword(doc_text(o), self.lex.occupation_marks)
            for o in prep_objects((verb, obj), self.lex.destination_preps)
        )

    def _host(self, verb: Token, obj: Token) -> str | None:
        """The country a force goes to: "to/in/on Moldova", "on Moldovan soil"."""
        for o in prep_objects((verb, obj), self.lex.destination_preps):
            keys = phrase_actors(o)
            if not keys and o.lemma_ in self.lex.territory_nouns:
                keys = [
                    k
                    for c in o.children
                    if c.dep_ in {"amod", "poss", "compound"} and (k := self._attributive(c))  # type: ignore[assignment]
                ]
            if keys:
                return keys[0]
        return None

    def _force_host(self, noun: Token) -> str | None:
        """The country a force a guarantee backs is sent to: "the force in X", "peacekeepers
        on Xn soil"."""
        if noun.lemma_.lower() not in self.lex.force_nouns and not contains_keyword(
            noun.text, self.lex.force_keywords
        ):
            return None
        if any(self._addressee(o) for o in prep_objects([noun], self.lex.destination_preps)):
            return None  # "put a proposal on peacekeepers to X": X hears it
        return self._host(noun, noun)

    def _agents(self, verb: Token) -> list[str]:
        """The actors of a passive verb's by-agent."""
        return [
            k
            for c in verb.children
            if c.dep_ == "agent"
            for o in c.children
            if o.dep_ == "pobj"
            for k in self._backer_actors(o)
        ]

    def _guarantor_role(self, noun: Token) -> list[str]:
        """Who takes the guarantor role a guarantor noun names: "did not rule out / named X as a
        guarantor" (the verb's object; none when the verb refuses it), "remained open to acting
        as a guarantor" (the subject above the gerund), "insisted on X joining the guarantor
        states" (the actor right before a subjectless gerund)."""
        if noun.dep_ == "pobj" and noun.head.lower_ in _ROLE_PREPS:
            verb = noun.head.head
            objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
            if any(o.lower_ in _REFLEXIVES for o in objs):
                objs = []  # "positioned itself as a guarantor": the subject takes the role
            if verb.pos_ == "NOUN":
                # "any role for X as a guarantor": X takes the role, the role's verb decides
                objs = _role_takers(verb)
                if objs:
                    return [] if self._refused(verb) else [
                        k for o in objs for k in self._subject_actors(o)]
            objs = [t for o in objs for t in _role_takers(o) or [o]]
            if objs:
                refusing = self._refusing(verb)
                if (refusing and not is_negated(verb)) or (not refusing and self._refused(verb)):
                    return []  # "ruled out X as a guarantor", "did not name X as a guarantor"
                return [k for o in objs for k in self._subject_actors(o)]
            return self._clause_subject_actors(verb)
        verb = noun.head
        if noun.dep_ in {"dobj", "attr"} and verb.lemma_ in self.lex.participation_verbs:
            if self._refused(verb):
                return []
            own = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            if not own and verb.tag_ == "VBG" and verb.i > 0 and entity_of(verb.doc[verb.i - 1]):
                before = verb.doc[verb.i - 1]  # "on X and Y joining": the parse leaves X on "on"
                while before.dep_ == "conj" and before.head.i < before.i:
                    before = before.head
                return phrase_actors(before)
            return self._clause_subject_actors(verb)
        return []

    def _guarantor_list(self, noun: Token, d: _Draft) -> list[str]:
        """The actors a guarantor noun as subject lists: "the guarantors would be / would include
        X, Y and Z". A negated list ("would not include X") casts X, it names no giver."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in self.lex.roster_nouns
        ):
            noun = noun.head.head  # "the list of guarantors includes X"
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_ not in {"be", *self.lex.roster_verbs}:
            return []
        keys = [
            k for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"} for k in phrase_actors(c)
        ]
        if self._refused(verb):
            d.cast.extend(k for k in keys if k not in d.cast)
            return []
        return keys

    def _cast(self, noun: Token) -> list[str]:
        """Actors an "as a guarantor" phrase casts in the role, whether the verb gives or refuses
        it: the verb's object ("rejected X as a guarantor") or the "for" object of a role noun
        ("any role for X as a guarantor")."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in _ROLE_PREPS:
            return []
        head = noun.head.head
        objs = [c for c in head.children if c.dep_ in {"dobj", "obj"}] if head.pos_ != "NOUN" else [head]
        objs = [t for o in objs for t in _role_takers(o) or [o]]
        return [k for o in objs for k in self._subject_actors(o)]

    def _with_roles(self, tok: Token) -> list[str]:
        """Actors a "with" phrase of the mention's clause casts in a leading or backing role
        ("guarantees ..., with Europe in the lead and the US as backstop"). The parser scatters
        such phrases over the clause, so they are read from the words: the actors between "with"
        (or the role before) and a role phrase take that role."""
        sent = tok.sent
        clause = {tok, *governing_chain(tok, limit=4), *tok.subtree}
        roles = sorted((s, e) for _, s, e in match_lemma_phrases(sent, self.lex.with_roles).values())
        keys: list[str] = []
        for w in sent:
            if w.lower_ != "with" or w.dep_ != "prep" or w.head not in clause:
                continue
            begin = w.i + 1
            for start, end in (r for r in roles if r[0] > w.i):
                segment = tok.doc[begin:start]
                if any(t.is_punct and t.text in CLAUSE_BREAKS for t in segment):
                    break
                for t in segment:
                    _add(keys, entity_of(t))
                begin = end
        return keys

    def _clause_subject_actors(self, verb: Token) -> list[str]:
        """The actors of the subject of `verb`, climbing from a gerund or infinitive through the
        adjective or preposition holding it ("open to acting", "ready to serve")."""
        current = verb
        for _ in range(4):
            if current.pos_ in {"VERB", "AUX"}:
                subj = _subject_of(current)
                if subj is not None:
                    keys = self._subject_actors(subj)
                    if not keys and subj.pos_ == "PRON":
                        keys = self._pronoun_countries(subj)
                    return keys
            if current.dep_ not in {"pcomp", "prep", "acomp", "xcomp", "amod"} or current.head == current:
                return []
            current = current.head
        return []

    def _backer_actors(self, obj: Token) -> list[str]:
        """Who a backing phrase names: its actors, else the demonyms describing it ("backed by
        European troops" -> Europe, "by American air power" -> United States); "non-European"
        names nobody."""
        keys = phrase_actors(obj)
        if keys:
            return keys
        for c in obj.children:
            if c.dep_ != "amod" or c.i < 2:
                continue
            if c.doc[c.i - 1].text in {"-", "non-"} or c.doc[c.i - 1].lower_.startswith("non"):
                continue
            k = self._region_of(c) or self._attributive(c)
            if k and k not in keys:
                keys.append(k)
        return keys

    def _region_of(self, adj: Token) -> str | None:
        """ "European troops" are troops of European states, not of the EU the demonym names
        elsewhere (force_demonyms); the region is added to doc._.pg_entities."""
        key = self.lex.force_demonyms.get(adj.lower_)
        info = self.kb.get(key) if key else None
        if info is None:
            return None
        ents = adj.doc._.pg_entities
        if isinstance(ents, dict) and info.key not in ents:
            ents[info.key] = info.entity()
        return info.key

    def _raised_passive_givers(self, tok: Token) -> list[str]:
        """ "Any guarantee would have to / must be backed by X": the mention is the subject of a
        verb whose passive complement names the giver."""
        if tok.dep_ != "nsubj":
            return []
        keys: list[str] = []
        for x in (c for c in tok.head.children if c.dep_ == "xcomp"):
            if (x.lemma_ in self.lex.giver_verbs or x.lemma_ in self.lex.endorse_verbs) and any(
                c.dep_ == "auxpass" for c in x.children
            ) and not is_negated(x):
                for k in self._agents(x):
                    _add(keys, k)
        return keys

    def _anaphoric_passive_givers(self, tok: Token) -> list[str]:
        """ "Guarantees must be binding: we want them ratified by X": a pronoun right after the
        mention (no noun between) stands for it; the agent of the participle it is the subject
        or object of gives the guarantee."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return []  # "them" needs a plural antecedent
        for t in tok.doc[tok.i + 1 : tok.sent.end]:
            if t.pos_ in {"NOUN", "PROPN"}:
                return []
            if t.lower_ != "them" or t.dep_ not in {"nsubj", "dobj", "nsubjpass"}:
                continue
            verb = t.head
            if (
                verb.tag_ == "VBN"
                and (verb.lemma_ in self.lex.giver_verbs or verb.lemma_ in self.lex.endorse_verbs)
                and not self._refused(verb)
            ):
                return self._agents(verb)
            return []
        return []

    def _co_agents(self, verb: Token) -> list[str]:
        """Actors acting jointly with the subject: "guaranteed together with X", "alongside X",
        "jointly with X" (the adverb on the preposition or on the verb)."""
        keys: list[str] = []
        verb_joint = any(
            a.dep_ == "advmod" and a.lower_ in self.lex.co_agent_adverbs for a in verb.children
        )
        for c in verb.children:
            if c.dep_ != "prep":
                continue
            joint = c.lower_ in self.lex.co_agent_preps or (
                c.lower_ == "with"
                and (
                    verb_joint
                    or any(
                        a.dep_ == "advmod" and a.lower_ in self.lex.co_agent_adverbs
                        for a in c.children
                    )
                )
            )
            for o in (o for o in c.children if o.dep_ == "pobj") if joint else ():
                for k in phrase_actors(o):
                    _add(keys, k)
        return keys

    def _group_members(self, noun: Token, exclude: set[str]) -> list[str]:
        """The countries a counted group description stands for ("both countries", "the two
        states"): the ones most recently named before it, in its sentence or the one before."""
        if noun.lemma_.lower() not in self.lex.group_country_nouns:
            return []
        counts = [
            self.lex.group_quantifiers[c.lower_]
            for c in noun.children
            if c.dep_ in {"det", "predet", "nummod", "amod"} and c.lower_ in self.lex.group_quantifiers
        ]
        if not counts and noun.tag_ in {"NNS", "NNPS"}:
            # "their neighbours ... should either be attacked": a pair
            counts = [
                2
                for t in noun.sent
                if t.i > noun.i
                and t.lower_ in self.lex.pair_pronouns
                and (t.dep_ in SUBJECT_DEPS or (t.dep_ == "preconj" and t.head.pos_ == "VERB"))
            ][:1]
        if not counts:
            return []
        listed = self._listed_countries(noun, counts[0], exclude)
        if listed:
            return listed
        doc = noun.doc
        start = noun.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        ents = entities(doc)
        found: list[str] = []
        for t in reversed(doc[start : noun.i]):
            k = entity_of(t)
            if k and k not in exclude and k not in found and ents.get(k) is not None:
                if ents[k].type == "Country":
                    found.append(k)
                    if len(found) == counts[0]:
                        return list(reversed(found))
        return []  # fewer countries named than the group counts: no guess

    def _listed_countries(self, noun: Token, count: int, exclude: set[str]) -> list[str]:
        """The latest list naming exactly `count` countries ("Finland and Sweden") before a
        counted group noun, within a few sentences: "both countries" refers back to a pair
        named together, not to the last two countries mentioned apart."""
        doc = noun.doc
        ents = entities(doc)
        sents = list(doc.sents)
        here = next((i for i, s in enumerate(sents) if s.start <= noun.i < s.end), 0)
        for sent in reversed(sents[max(0, here - self.lex.group_lookback) : here + 1]):
            for t in reversed(sent):
                if t.i >= noun.i or t.dep_ == "conj" or not t.conjuncts:
                    continue
                keys = [
                    k
                    for c in (t, *t.conjuncts)
                    if (k := entity_of(c)) and ents.get(k) is not None and ents[k].type == "Country"
                ]
                keys = list(dict.fromkeys(keys))
                if len(keys) == count and not set(keys) & exclude:
                    return keys
        return []

    def _threatened(self, doc: Doc) -> list[str]:
        """Countries a war, invasion or attack is waged on ("the invasion of X", "the war in X",
        "aggression against X", "X was invaded"), most often named first."""
        ents = entities(doc)
        counts: Counter[str] = Counter()
        for t in doc:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.lex.threat_nouns:
                continue
            for o in prep_objects([t], {"on", "against", "of", "in", "upon"}):
                keys = phrase_actors(o)
                if not keys and o.lemma_ in self.lex.territory_nouns:
                    # "the occupation of Moldovan land"
                    keys = [
                        k
                        for c in o.children
                        if c.dep_ in {"amod", "poss", "compound"}
                        and (k := self._attributive(c))  # type: ignore[misc]
                    ]
                for k in keys:
                    if ents.get(k) is not None and ents[k].type == "Country":
                        counts[k] += 1
        for t in doc:
            # "X invaded Y", "if it were attacked": the object of an attacking verb
            if t.pos_ != "VERB" or t.lemma_.lower() not in self.lex.threat_verbs:
                continue
            if any(c.dep_ in SUBJECT_DEPS and self._names_guarantee(c) for c in t.children):
                continue  # "Western guarantees threatened X": X is not the one attacked
            for o in (c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}):
                keys = phrase_actors(o)
                if not keys and o.pos_ == "PRON" and (k := self._pronoun_country(o)):
                    keys = [k]
                for k in keys:
                    if ents.get(k) is not None and ents[k].type == "Country":
                        counts[k] += 1
        return [k for k, _ in counts.most_common()]

    def _successors(self, doc: Doc, drafts: list[_Draft], default: str | None) -> list[_Draft]:
        """ "X followed", "X followed suit", "X went first" within a few sentences after a signed
        guarantee: X signed one of the same kind for the same country."""
        signed = [
            (sentence_index(d.token), d.beneficiary or default)
            for d in drafts
            if d.status == "signed" and (d.beneficiary or default) and not d.implicit
        ]
        found: list[_Draft] = []
        for verb in doc:
            if verb.pos_ != "VERB" or is_negated(verb):
                continue
            objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
            if verb.lemma_ in self.lex.succession_verbs:
                if any(o.lemma_ not in self.lex.succession_objects for o in objs):
                    continue  # "X followed the talks" tells nothing of signing
            elif not (
                verb.lemma_ in self.lex.succession_first_verbs
                and any(c.lower_ in self.lex.succession_first_adverbs for c in verb.children)
                and not objs
            ):
                continue
            here = sentence_index(verb)
            before = [b for i, b in signed if 0 <= here - i <= self.lex.succession_lookback]
            subj = _subject_of(verb)
            keys = self._subject_actors(subj) if subj is not None else []
            if not before or not keys:
                continue
            beneficiary = before[-1]
            d = _Draft(token=verb, phrase=verb.lemma_, start=verb.i, end=verb.i + 1,
                       beneficiary=beneficiary, beneficiary_explicit=True, status="signed",
                       rules=[f"succession:{verb.lemma_}"], implicit=True, status_verb=True)
            d.guarantors = [k for k in keys if k != beneficiary]
            if d.guarantors:
                found.append(d)
        return found

    def _settle_co_builders(self, doc: Doc, drafts: list[_Draft], default: str | None) -> None:
        """"X works/negotiates with Y on guarantees": the side that needs protection (the
        article's protected country, else a country a war is waged on) is the beneficiary and
        the others give; with neither among them, all of them give."""
        pending = [d for d in drafts if d.co_builders and not d.beneficiary_explicit]
        if not pending:
            return
        # the article's protected country, a country attacked, else the country it names most
        fallback = self._fallback_beneficiary(doc, set())
        candidates = [
            *([default] if default else []),
            *self._threatened(doc),
            *([fallback] if fallback else []),
        ]
        for d in pending:
            protected = next((k for k in candidates if k in d.co_builders), None)
            if protected is None:
                continue
            d.beneficiary, d.beneficiary_explicit = protected, True
            d.guarantors = [g for g in d.guarantors if g != protected]
            d.rules.append("co-builder-protected")

    def _read_deployment_noun(self, noun: Token) -> _Draft | None:
        """"the deployment of troops from X in Y": X guarantees Y's security, like the verb form."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.deploy_nouns:
            return None
        force = next(
            (
                o
                for o in prep_objects([noun], "of")
                if contains_keyword(doc_text(o), self.lex.force_keywords)
            ),
            None,
        )
        if force is None or self._refused(noun) or self._denied(noun):
            return None
        sources = prep_objects((noun, force), "from")
        givers = [k for o in sources for k in phrase_actors(o)] or [
            k
            for c in force.children
            if c.dep_ in {"amod", "poss", "compound", "nmod"}
            for k in self._attributives(c)
        ]
        host = self._host(noun, force) or next(
            (h for o in sources if (h := self._host(o, o))), None
        )
        if host is None and not contains_keyword(noun.sent.text, self.lex.deploy_context):
            return None
        givers = [k for k in givers if k != host and self._actor_ok(k)]
        if not givers:
            return None
        d = _Draft(token=force, phrase="deployment", start=force.i, end=force.i + 1,
                   status="proposed", implicit=True)
        d.guarantors = givers
        if host is not None:
            d.beneficiary, d.beneficiary_explicit = host, True
        probe = _Draft(token=noun, phrase="deployment", start=noun.i, end=noun.i + 1)
        self._governing(noun, probe)
        if probe.status_verb:
            d.status = probe.status
        _add(d.forms, "troops")
        d.rules.append(f"deployment-noun:{noun.lemma_.lower()}")
        return d

    def _read_deployment(self, verb: Token) -> _Draft | None:
        """ "Canada and Norway will station troops in Moldova": the senders guarantee the host's
        security. Refused or negated sending ("ruled out sending troops") is no guarantee."""
        if verb.pos_ != "VERB" or verb.lemma_ not in self.lex.deploy_verbs:
            return None
        if any(c.dep_ == "prt" and c.lower_ in self.lex.giving_up for c in verb.children):
            return None
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}), None)
        if obj is None or not contains_keyword(doc_text(obj), self.lex.force_keywords):
            return None
        # "British troops", "Poland's jets": the force's own state sends it
        ents = entities(verb.doc)
        senders = [
            k
            for c in obj.children
            if c.dep_ in {"amod", "poss", "compound", "nmod"}
            for k in self._attributives(c)
            # "Patriot batteries": a weapon's name is not its sender
            if ents.get(k) is None or ents[k].type in {"Country", "Organization"}
        ]
        host = self._host(verb, obj)
        if host is None and not contains_keyword(verb.sent.text, self.lex.deploy_context):
            return None
        if self._occupied_place(verb, obj):
            return None  # "keeps troops in the breakaway region": occupation, not protection
        if self._refused(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            return None  # "would send no troops"
        givers = senders or (
            [] if obj.dep_ == "nsubjpass" else [k for k in self._giver_actors(verb)]
        )
        givers = [k for k in givers if k != host]
        if not givers:
            return None
        d = _Draft(
            token=obj,
            phrase="deployment",
            start=obj.i,
            end=obj.i + 1,
            status="offered",
            implicit=True,
        )
        d.guarantors = givers
        if host is not None:
            d.beneficiary, d.beneficiary_explicit = host, True
        probe = _Draft(token=verb, phrase="deployment", start=verb.i, end=verb.i + 1)
        self._governing(verb, probe)
        if probe.status != "demanded":
            d.status = probe.status
        _add(d.forms, "troops")
        for form, keys in self.lex.forms.items():
            if contains_keyword(doc_text(obj), keys):
                _add(d.forms, form)
        for domain, keys in self.lex.domains.items():
            if contains_keyword(verb.sent.text, keys):
                _add(d.domains, domain)
        d.rules.append(f"deployment:{verb.lemma_}")
        return d

    def _alliance(self, tok: Token) -> str | None:
        key = entity_of(tok)
        return key if key in self.lex.alliances else None

    def _read_membership(self, tok: Token) -> _Draft | None:
        """Membership of (accession to) a defensive alliance is the alliance's guarantee to the
        member: "Finland joined NATO", "Sweden's accession to NATO", "NATO membership for X"."""
        ents = entities(tok.doc)
        alliance: str | None = None
        member: list[str] = []
        anchor = tok
        if tok.pos_ == "VERB" and tok.lemma_ in self.lex.membership_verbs:
            for c in tok.children:
                if c.dep_ in {"dobj", "obj"}:
                    alliance = alliance or self._alliance(c)
                elif c.dep_ == "prep" and c.lower_ in {"to", "into"}:
                    for o in (o for o in c.children if o.dep_ == "pobj"):
                        alliance = alliance or self._alliance(o)
            if alliance:
                member = self._giver_actors(tok)
        elif tok.pos_ == "NOUN" and tok.lemma_ in self.lex.membership_nouns:
            for c in tok.children:
                if c.dep_ in {"compound", "amod", "nmod"}:
                    alliance = alliance or self._alliance(c)
                    if not self._alliance(c) and self._attributive(c):
                        _add(member, self._attributive(c))
                elif c.dep_ == "poss" and entity_of(c):
                    if self._alliance(c):
                        alliance = alliance or self._alliance(c)
                    else:
                        _add(member, entity_of(c))
                elif c.dep_ == "prep":
                    for o in (o for o in c.children if o.dep_ == "pobj"):
                        if c.lower_ in {"in", "of", "to", "into"} and self._alliance(o):
                            alliance = alliance or self._alliance(o)
                        elif c.lower_ in {"for", "of"}:
                            for k in phrase_actors(o):
                                _add(member, k)
            if tok.lemma_ == "member" and alliance:
                member = copular_subject_actors(tok)  # "Finland is a NATO member"
            if alliance is None and not any(entity_of(t) for t in tok.subtree):
                alliance = self._alliance_in_context(tok)  # "What about NATO? Membership is ..."
        member = [m for m in member if ents.get(m) and ents[m].type == "Country"]
        if not alliance or self._refused(anchor) or self._denied(anchor):
            return None
        if any(h.lemma_ in self.lex.dread_verbs for h in governing_chain(anchor, limit=3)):
            return None  # "Moscow fears X joining the alliance": dreaded, neither given nor asked
        if not member and anchor.pos_ == "VERB":
            return None
        if self._aspirational(anchor):
            return None
        if any(t.dep_ == "relcl" and self._refusing(t) for t in anchor.subtree):
            return None  # "membership for X, which Y has ruled out"
        d = _Draft(
            token=anchor, phrase="membership", start=anchor.i, end=anchor.i + 1, implicit=True
        )
        if member:  # else the article's protected country ("only membership could ...")
            d.beneficiary, d.beneficiary_explicit = member[0], True
            d.also_beneficiaries = member[1:]  # "when X, Y and Z joined NATO"
        d.guarantors = [alliance]
        d.forms = ["nato-membership"]
        if anchor.pos_ == "VERB" and anchor.tag_ in {"VBD", "VBN"}:
            d.status = "signed"  # "joined": in force
        else:
            probe = _Draft(token=anchor, phrase="membership", start=anchor.i, end=anchor.i + 1)
            self._governing(anchor, probe)
            d.status = probe.status if probe.status != "demanded" else "proposed"
            if any(
                self._status_of(h) == "demanded"
                for h in governing_chain(anchor, limit=3)
            ):
                d.status = "demanded"
        d.rules.append(f"membership:{anchor.lemma_}")
        return d

    def _alliance_in_context(self, tok: Token) -> str | None:
        """The alliance a bare "membership" answers for: the one a question just before asks
        about ("What about NATO?" and the answer), when it names only one."""
        sents = sentences(tok.doc)
        here = sentence_index(tok)
        asked = sents[max(0, here - self.lex.membership_lookback) : here]
        found = {
            k for s in asked if s.text.rstrip().endswith("?") for t in s if (k := self._alliance(t))
        }
        return next(iter(found)) if len(found) == 1 else None

    def _aspirational(self, anchor: Token) -> bool:
        """Membership as a distant goal is no guarantee yet: "until X joins", "a bridge to X's
        membership", "substitutes for membership", "a timetable for membership"."""
        if anchor.pos_ == "VERB":
            # The pending mark may sit on the clause the verb completes: "decide when X is
            # ready to join", "once X is allowed to join".
            clause = anchor
            if anchor.tag_ == "VBD":
                return False  # "when X joined NATO in 2004": a past accession is in force
            if anchor.head.pos_ == "NOUN" and anchor.head.lemma_ in self.lex.prospect_nouns:
                return True  # "an invitation for X to join", "X's bid to join"
            for _ in range(4):
                if any(
                    (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"))
                    and c.lower_ in self.lex.pending_marks
                    for c in clause.children
                ):
                    return True
                if clause.dep_ not in {"xcomp", "acomp"}:
                    return False
                clause = clause.head
            return False
        if self._hypothetical_topic(anchor):
            return True
        head = anchor.head
        return anchor.dep_ == "pobj" and (
            head.head.pos_ in {"NOUN", "PROPN"} or head.lower_ in self.lex.pending_marks
        )

    def _hypothetical_topic(self, anchor: Token) -> bool:
        """Membership as the subject of a conditional is talked about, neither given nor asked
        for ("X's membership would mean war"), unless the clause says it protects ("only
        membership could keep X safe")."""
        if anchor.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        verb = anchor.head
        # "X's membership is another matter": described, neither given nor asked for
        if verb.lemma_ not in self.lex.topic_copulas and not any(
            c.dep_ == "aux" and c.lower_ in self.lex.hypothetical_modals for c in verb.children
        ):
            return False
        subject = set(anchor.subtree)
        return not any(
            t.lemma_ in self.lex.protective_predicates for t in verb.subtree if t not in subject
        )

    def _actor_ok(self, key: str) -> bool:
        """A guarantor is a state, group or region, not a city named as a place (a dateline
        "PARIS —"): a city standing for its state is already linked to the state."""
        info = self.kb.get(key)
        return info is None or not (info.type == "Location" and info.speaks_for)

    def _context_givers(self, tok: Token, d: _Draft) -> None:
        """A mention naming no guarantor takes the givers of its sentence ("X pledged forces for
        the reassurance force ...") or, failing that, of the sentence before, when that one gives
        something a guarantee is made of."""
        doc = tok.doc
        sents = [tok.sent]
        if tok.sent.start > 0:
            sents.append(doc[tok.sent.start - 1].sent)
        if tok.sent.end < len(doc):  # "Y needs guarantees. X offered to help."
            sents.append(doc[tok.sent.end].sent)
        skip = {d.beneficiary, d.threat}
        for n, sent in enumerate(sents):
            found: list[tuple[int, list[str], Token]] = []
            for v in sent:
                if v.pos_ != "VERB" or v.lemma_ not in self.lex.context_giver_verbs:
                    continue
                if any(c.dep_ == "prt" and c.lower_ in self.lex.giving_up for c in v.children):
                    continue
                if self._refused(v):
                    continue
                if any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children):
                    continue  # "we have been given assurances": the subject receives
                if n > 0:
                    objs = [c for c in v.children if c.dep_ in {"dobj", "obj", "xcomp", "prep"}]
                    helps = any(
                        c.dep_ == "xcomp"
                        and c.lemma_ in self.lex.help_verbs
                        # "offered to help with the harvest": help with something else
                        and not any(
                            p.dep_ == "prep"
                            and not contains_keyword(doc_text(p), self.lex.given_things)
                            for p in c.children
                        )
                        for c in v.children
                    )
                    dest = next(
                        (h for o in objs if o.dep_ in {"dobj", "obj"} and (h := self._host(v, o))),
                        None,
                    )
                    if dest is not None and dest != d.beneficiary:
                        continue  # "X sent troops to Z": a force for another country
                    if not helps and not any(
                        contains_keyword(doc_text(o), self.lex.given_things) for o in objs
                    ):
                        continue
                keys = [k for k in self._giver_actors(v) if k not in skip]
                if keys:
                    found.append((abs(v.i - tok.i), keys, v))
            if n == 0:  # "jets from Denmark", "troops from ten countries"
                for t in sent:
                    if t.dep_ == "pobj" and t.head.lower_ == "from":
                        owner = t.head.head
                        if owner.pos_ == "NOUN" and (
                            contains_keyword(owner.text, self.lex.force_keywords)
                            or owner.lemma_.lower() in self.lex.deploy_nouns
                        ):  # "the deployment of troops from X" 
                            keys = [k for k in phrase_actors(t) if k not in skip]
                            if keys:
                                found.append((abs(t.i - tok.i), keys, owner))
            if found:
                _, keys, verb = min(found, key=lambda f: f[0])
                for k in keys:
                    _add(d.guarantors, k)
                where = "clause" if n == 0 else "next" if sent.start > tok.i else "previous"
                d.rules.append(f"{where}-giver:{verb.lemma_}")
                if n == 0 and d.beneficiary is None:  # "... they would offer Moldova"
                    for c in verb.children:
                        targets = (
                            [c]
                            if c.dep_ in {"dative", "dobj"}
                            else [o for o in c.children if o.dep_ == "pobj"]
                            if c.dep_ == "prep" and c.lower_ == "to"
                            else []
                        )
                        for o in targets:
                            found_keys = [k for k in phrase_actors(o) if k not in d.guarantors]
                            if found_keys:
                                d.beneficiary, d.beneficiary_explicit = found_keys[0], True
                                d.also_beneficiaries = found_keys[1:]
                                return
                return

    def _subject_actors(self, subj: Token) -> list[str]:
        """Actors a subject names: its own phrase, "the leaders/members of X" -> X, or the
        subject of "be among" for "X would be among the powers ..."."""
        keys = phrase_actors(subj)
        if not keys and subj.lemma_ in self.lex.member_nouns:
            keys = prep_actors(subj, "of") or [
                k  # "his government", "Spain's leaders": the owner's state (a person maps later)
                for c in subj.children
                if c.dep_ == "poss" and (k := entity_of(c))  # type: ignore[misc]
            ]
        if not keys and subj.lower_ not in RELATIVE_PRONOUNS:
            keys = copular_subject_actors(subj)
        return keys

    def _group_actors(self, noun: Token, *, depth: int = 0) -> list[str]:
        """Who an unnamed group noun stands for: "the coalition of countries" led by X and Y,
        "countries" around a named coalition or alliance in the same sentence ("twenty-six
        countries ... the coalition of the willing"), "the coalition" the article names."""
        if depth > 3 or noun.lemma_.lower() not in self.lex.group_nouns:
            return []
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in {"NOUN", "PROPN"}:
            keys = phrase_actors(head.head) or self._group_actors(head.head, depth=depth + 1)
            if keys:
                return keys
        if noun.dep_ in {"dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
            subj = _subject_of(head)  # "X and Y, which head the coalition of ..."
            if subj is not None and subj != noun:
                keys = phrase_actors(subj)
                if keys:
                    return keys
        for p in noun.children:  # "the coalition of the willing" linked only on its tail
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    keys = [k for k in phrase_actors(o) if self._is_group(k)]
                    if keys:
                        return keys
        groups = [k for t in noun.sent if (k := entity_of(t)) and self._is_group(k)]
        if groups or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return groups[:1]
        # "the coalition": the coalition the article named last before it
        earlier = [
            m.entity
            for m in noun.doc._.pg_mentions or ()
            if m.start < noun.idx
            and (info := self.kb.get(m.entity)) is not None
            and (info.subtype or "").lower() == noun.lemma_.lower()
        ]
        return earlier[-1:]

    def _is_group(self, key: str) -> bool:
        info = self.kb.get(key)
        return info is not None and info.subtype in self.lex.group_subtypes

    def _giver_actors(self, verb: Token) -> list[str]:
        """The actors the subject of a giving verb names; a bare "they/we" subject of a clause
        stands for the subject of the clause above it ("leaders of X adopted guarantees they
        would give")."""
        subj = _subject_of(verb)
        if subj is None:
            return []
        keys = [k for k in self._subject_actors(subj) if self._actor_ok(k)]
        if not keys:
            keys = self._group_actors(subj)
        for c in subj.children if not keys else ():
            if c.dep_ == "appos":  # "PARIS — Leaders of X adopted": past the dateline
                keys = self._subject_actors(c) or self._group_actors(c)
                if keys:
                    break
        if not keys and subj.pos_ == "PRON" and subj.lower_ in {"they", "we", "it"}:
            ents = entities(verb.doc)
            if subj.lower_ == "it" and (subj.head.dep_ != "ccomp" or subj.head.head.pos_ != "VERB"):
                return keys  # "it" stands for the reporter's state only in "X said it would ..."
            for head in governing_chain(verb, limit=5):
                if head.pos_ in {"VERB", "AUX"}:
                    other = _subject_of(head)
                    if other is not None and other != subj:
                        keys = self._subject_actors(other) or self._group_actors(other)
                        if subj.lower_ == "it":  # "Britain said it would send troops": a state
                            keys = [
                                k
                                for k in keys
                                if getattr(ents.get(k), "type", None) in {"Country", "Organization"}
                            ][:1]
                        if keys:
                            break
        return keys

    def _refused(self, tok: Token) -> bool:
        """Whether `tok` is negated or governed by a refusal ("ruled out sending troops", "is
        not promising to send troops", "refused guarantees")."""
        if is_negated(tok):
            return True
        current = tok
        for _ in range(4):
            if current.dep_ not in {"xcomp", "dobj", "pobj", "prep", "pcomp", "compound", "conj"}:
                return False
            current = current.head
            if current.pos_ in {"VERB", "AUX"}:
                if self._refusing(current):
                    return True
                if is_negated(current):
                    return True
        return False

    def _phrasal(self, verb: Token, words: Iterable[str]) -> str | None:
        """The entry of `words` `verb` stands for: its lemma, or its lemma with a particle or
        preposition of its own ("rule out", "turn down", "brush aside", "balk at")."""
        words = words if isinstance(words, (frozenset, dict)) else frozenset(words)
        for c in verb.children:
            if c.dep_ in {"prt", "advmod", "prep"} and c.i > verb.i:
                phrase = f"{verb.lemma_} {c.lower_}"
                if phrase in words:
                    return phrase
        return verb.lemma_ if verb.lemma_ in words else None

    def _refusing(self, verb: Token) -> bool:
        """Whether `verb` refuses what it governs: "rejected", "spurned", "ruled out", "turned
        down", "brushed aside", "balked at"."""
        return self._phrasal(verb, self.lex.refusal_verbs) is not None

    def _status_of(self, verb: Token) -> str | None:
        """The status a verb gives the guarantee it governs, phrasal verbs first ("turned down"
        rejects, "turned to" does not)."""
        entry = self._phrasal(verb, self.lex.status)
        return self.lex.status[entry] if entry is not None else None

    def _denied(self, tok: Token) -> bool:
        """An explicit denial that something is a guarantee: "is not a security guarantee",
        "falls short of a guarantee", "no guarantees"."""
        while tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
            tok = tok.head  # "a mutual defence commitment": the phrase's head is denied
        if any(
            c.dep_ in {"det", "neg", "advmod"} and c.lower_ in self.lex.denial_determiners
            for c in tok.children
        ):
            return True
        if any(c.dep_ == "neg" for c in tok.children):
            return True  # "membership not ..."
        left = tok.left_edge
        if left.i > tok.sent.start and tok.doc[left.i - 1].lower_ in {"not", "never"}:
            return True  # "about guarantees, not NATO membership"
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in self.lex.denial_short:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "advmod":
            if head.head.head.lower_ in self.lex.denial_short:
                return True
        if tok.dep_ in {"attr", "dobj"} and head.lemma_ in self.lex.denial_copulas:
            return is_negated(head)
        if tok.dep_ == "conj":
            return self._denied(head) and head.pos_ in {"NOUN", "PROPN"}
        return self._short_of(tok) or self._rejected_predicate(tok)

    def _short_of(self, tok: Token) -> bool:
        """ "stopped short of advocating NATO membership": short of an act on the mention."""
        current = tok
        for _ in range(4):
            if current.dep_ not in {"dobj", "pobj", "pcomp", "xcomp", "prep"} or current.head == current:
                return False
            current = current.head
            if current.lower_ == "of":
                short = current.head
                return (
                    short.lower_ in self.lex.denial_short
                    or (short.dep_ == "advmod" and short.head.lower_ in self.lex.denial_short)
                    # "stopped short of": "of" hangs on the verb beside "short"
                    or any(c.dep_ == "advmod" and c.lower_ in self.lex.denial_short for c in short.children)
                )
        return False

    def _rejected_predicate(self, tok: Token) -> bool:
        """ "the deployment of troops ... would be unacceptable", "regards X as unacceptable", "drew
        a red line at NATO membership": the mention is what someone rejects, not what anyone gives."""
        head = tok.head
        if tok.dep_ == "nsubj" and head.lemma_ == "be" and not is_negated(head):
            preds = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
            if any(contains_keyword(doc_text(c), self.lex.denial_predicates) for c in preds):
                return True
        if tok.dep_ in {"dobj", "obj"} and head.lemma_ in self.lex.denial_judging_verbs:
            # "regarded X as unacceptable", "called X unacceptable"
            preds = [c for c in head.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}]
            preds += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"]
            if not is_negated(head) and any(
                contains_keyword(doc_text(c), self.lex.denial_predicates) for c in preds
            ):
                return True
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            # the limit noun holds the preposition, or is the object of the verb holding it
            limits = [head.head] if head.head.pos_ == "NOUN" else [
                c for c in head.head.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN"
            ]
            for limit in limits:
                words = " ".join([*(c.lower_ for c in limit.lefts if c.dep_ in {"amod", "compound"}), limit.lemma_])
                if contains_keyword(words, self.lex.denial_limits):
                    return True
        return False

    def _security_context(self, tok: Token) -> bool:
        window = tok.doc[max(tok.i - 4, tok.sent.start) : min(tok.i + 5, tok.sent.end)]
        if contains_keyword(window.text, self.lex.security_context) is not None:
            return True
        # "mutual assurances ... to come to their aid if attacked": a whole sentence about
        # defending a state, with an actor giving or receiving the assurance
        if contains_keyword(tok.sent.text, self.lex.sentence_security_context) is not None:
            return True
        # "X relies on American protection": a state's protection another state relies on
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "on"
            and tok.head.head.lemma_ in self.lex.reliance_verbs
            and any(c.dep_ in {"amod", "poss", "compound"} and self._attributive(c) for c in tok.children)
        ):
            return True
        # "X gave Y assurances" between states, or "such assurances" referring back, next to
        # a sentence about a state's security
        anaphoric = any(
            c.dep_ in {"amod", "det"} and c.lower_ in self.lex.anaphoric_modifiers
            for c in tok.children
        )
        if not anaphoric and not self._state_exchange(tok):
            return False
        doc = tok.doc
        near = [doc[tok.sent.start - 1].sent] if tok.sent.start > 0 else []
        if tok.sent.end < len(doc):
            near.append(doc[tok.sent.end].sent)
        words = (*self.lex.security_context, *self.lex.sentence_security_context)
        return any(contains_keyword(s.text, words) for s in near)

    def _state_exchange(self, tok: Token) -> bool:
        """Whether a state gives the mention to a state: "X gave Y assurances", "assurances
        from X to Y"."""
        verb = tok.head
        while verb.dep_ in {"conj"} and verb.head != verb:
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_ not in self.lex.giver_verbs:
            return False
        ents = entities(tok.doc)

        def states(t: Token) -> bool:
            return any(ents.get(k) is not None and ents[k].type == "Country" for k in phrase_actors(t))

        subj = _subject_of(verb)
        return (
            subj is not None
            and states(subj)
            and any(c.dep_ in {"dative", "dobj"} and c != tok and states(c) for c in verb.children)
        )

    # -- reading the roles of one mention

    def _read(self, doc: Doc, tok: Token, phrase: str, start: int, end: int) -> _Draft | None:
        if self._denied(tok):
            return None
        d = _Draft(token=tok, phrase=phrase, start=start, end=end)
        ents = entities(doc)
        self._own_dependents(tok, d)
        self._governing(tok, d)
        if raised := self._raised_passive_givers(tok) or self._anaphoric_passive_givers(tok):
            for k in raised:
                _add(d.guarantors, k)
            d.rules.append("raised-passive-giver")
        if not d.guarantors and any(r.startswith("negated-giver:") for r in d.rules):
            return None
        if tok.dep_ == "nsubj" and tok.head.lemma_ in self.lex.protect_verbs:
            # "Washington's nuclear umbrella covers X": X is protected, the owner protects
            covered = [k for c in tok.head.children if c.dep_ == "dobj" for k in phrase_actors(c)]
            if covered:
                if d.beneficiary and d.beneficiary not in covered:
                    _add(d.guarantors, d.beneficiary)
                d.beneficiary, d.beneficiary_explicit = covered[0], True
                d.rules.append("protects-object")
        if phrase in self.lex.guarantor_nouns:
            d.cast = self._cast(tok)
            if d.beneficiary in d.cast:
                d.beneficiary, d.beneficiary_explicit = None, False
            for key in copular_subject_actors(tok):
                _add(d.guarantors, key, "guarantor-noun")
                d.rules.append("guarantor-noun")
            if not d.guarantors:
                for key in self._guarantor_role(tok):
                    _add(d.guarantors, key)
                    d.rules.append("guarantor-role")
            if not d.guarantors and (listed := self._guarantor_list(tok, d)):
                for key in listed:
                    _add(d.guarantors, key)
                d.rules.append("guarantor-list")
        if not d.guarantors and (cast := self._with_roles(tok)):
            for k in cast:
                _add(d.guarantors, k)
            if d.beneficiary in cast:
                d.beneficiary, d.beneficiary_explicit = None, False
            d.rules.append("with-role")
        self._copular_forms(tok, d, ents)
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in {"for", "to", "in", "of"}
            and tok.head.head.lemma_ in self.lex.giver_nouns
        ):
            for c in tok.head.head.children:  # "American backing for", "Japan's offer of"
                if c.dep_ in {"amod", "poss", "compound"} and self._attributive(c):
                    for k in self._attributives(c):
                        _add(d.guarantors, k)
                    d.rules.append("giver-noun")
        sent = tok.sent
        for form, keys in self.lex.forms.items():
            if contains_keyword(sent.text, keys) or contains_keyword(phrase, keys):
                _add(d.forms, form)
        for domain, keys in self.lex.domains.items():
            if contains_keyword(sent.text, keys):
                _add(d.domains, domain)
        for ref in doc._.pg_agreement_refs or ():
            if sent.start_char <= ref.start < sent.end_char:
                d.agreement = ref.agreement
                break
        if phrase in self.lex.accord_triggers:
            # "X and Y signed a security accord", "X signed an accord with Y": co-parties, the
            # protected one settled like co-builders
            verb = next((h for h in governing_chain(tok, limit=3) if h.pos_ == "VERB"), None)
            subj = _subject_of(verb) if verb is not None else None
            parties = [
                *(self._subject_actors(subj) if subj is not None else []),
                *prep_actors(tok, "with"),
                *(k for v in _clause_chain(verb) for k in prep_actors(v, "with")),
            ]
            parties = list(dict.fromkeys(self._state_of(k, doc) for k in parties))
            infos = doc._.pg_agreements or {}
            known = {
                p
                for ref in doc._.pg_agreement_refs or ()
                if sent.start_char <= ref.start < sent.end_char and ref.agreement in infos
                for p in infos[ref.agreement].parties
            }
            if d.agreement and (not known or set(parties) <= known) and self._agreement_party(doc):
                # known agreements: their parties are read from the KB, once the article says
                # which side they protect (a single bilateral deal does not: read it here)
                return None
            if verb is not None:
                if len(set(parties)) > 1:
                    d.co_builders = list(dict.fromkeys(parties))
                    d.guarantors = list(d.co_builders)
                    d.beneficiary, d.beneficiary_explicit = None, False
        # An actor cannot guarantee itself against itself.
        d.guarantors = [g for g in d.guarantors if g != d.beneficiary and g != d.threat]
        if d.threat == d.beneficiary:
            d.threat = None
        if not d.guarantors and d.status not in {"rejected", "violated"}:
            self._context_givers(tok, d)
        if (
            d.guarantors
            and not d.status_verb
            and not any(r.startswith("receiver:") for r in d.rules)
        ):
            d.status = "offered"  # "X will act as guarantor", "NATO's guarantees for Y"
        return d

    def _misparsed_recipients(self, tok: Token) -> list[Token]:
        """Indirect objects the parser folded into the mention's phrase: "offered Ukraine
        guarantees" (the state read as a modifier of the noun) and "offered X and Y guarantees"
        (the states read as the object the noun is coordinated with). They receive, never give."""
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        verb = first.head
        if (
            first.dep_ not in {"dobj", "dative"}
            or verb.pos_ != "VERB"
            or verb.lemma_ not in self.lex.giver_verbs
            or any(t.dep_ == "det" for t in tok.children)
            or prep_actors(tok, "to")
            or prep_actors(tok, "for")
            or prep_actors(verb, "to")
        ):
            return []
        left = min(t.i for t in tok.subtree)
        heads = [
            c
            for c in tok.children
            if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and (first != tok or c.i == left)
        ]
        if first != tok:  # "offered X and Y guarantees": the conjuncts before the noun
            heads.append(first)
        ents = entities(tok.doc)
        found: list[Token] = []
        for h in heads:
            for t in (h, *h.conjuncts):
                k = entity_of(t)
                if t.i < tok.i and k and ents.get(k) and ents[k].type == "Country" and t not in found:
                    found.append(t)
        return sorted(found, key=lambda t: t.i)

    def _own_dependents(self, tok: Token, d: _Draft) -> None:
        owner_beneficiary: str | None = None
        span_tokens = tok.doc[d.start : d.end]
        children = [c for t in span_tokens for c in t.children if not (d.start <= c.i < d.end)]
        recipients = self._misparsed_recipients(tok)
        if recipients:
            keys = [k for r in recipients if (k := entity_of(r))]
            d.beneficiary, d.beneficiary_explicit = keys[0], True
            d.also_beneficiaries = keys[1:]
            d.rules.append("misparsed-recipient")
        for child in children:
            if child in recipients:
                continue
            if child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                for obj in objs:
                    keys = phrase_actors(obj)
                    prep = child.lower_
                    if prep in {"from", "by"}:
                        for k in keys:
                            _add(d.guarantors, k)
                        d.rules.append(f"{prep}-pobj")
                    elif prep == "to" and keys and self._addressee(obj):
                        d.rules.append("proposal-addressee")  # put to X: X hears it
                    elif prep in {"for", "to"} and keys and d.beneficiary is None:
                        d.beneficiary, d.beneficiary_explicit = keys[0], True
                        # "guarantees to X and Y": each of them is protected
                        d.also_beneficiaries = [k for k in keys[1:] if k not in d.guarantors]
                    elif (
                        prep == "for"
                        and not keys
                        and d.beneficiary is None
                        and (host := self._force_host(obj))
                    ):
                        # "a US backstop for the European force in X": the force's host
                        d.beneficiary, d.beneficiary_explicit = host, True
                        d.rules.append("force-host")
                    elif (
                        prep in {"for", "to"}
                        and not keys
                        and owner_beneficiary
                        and d.beneficiary == owner_beneficiary
                        and obj.lemma_ in self.lex.group_nouns
                    ):
                        # "America's extended deterrence for its allies": the owner gives it
                        _add(d.guarantors, owner_beneficiary)
                        d.beneficiary, d.beneficiary_explicit, owner_beneficiary = None, False, None
                        d.rules.append("owner-guarantor")
                    elif prep in {"for", "to"} and keys and d.beneficiary == owner_beneficiary:
                        # "Britain's guarantees for Moldova": the owner gives them
                        _add(d.guarantors, owner_beneficiary)
                        d.beneficiary, owner_beneficiary = keys[0], None
                        d.rules.append("owner-guarantor")
                    elif (
                        prep == "with"
                        and keys
                        and d.beneficiary is None
                        and d.phrase in self.lex.bilateral_triggers
                    ):
                        # "X signed a security pact with Y": the other party is protected
                        d.beneficiary, d.beneficiary_explicit = keys[0], True
                        d.rules.append("with-party")
                    elif prep == "against" and keys:
                        d.threat = keys[0]
                    elif prep == "of" and not keys and (givers := self._form_givers(obj)):
                        # "the protection of Article 5": the alliance the provision binds
                        for k in givers:
                            _add(d.guarantors, k)
                        d.rules.append("agreement-form")
                    elif (
                        prep == "of"
                        and keys
                        and d.beneficiary is None
                        and child.head.lemma_ in self.lex.protection_objects
                    ):
                        d.beneficiary, d.beneficiary_explicit = keys[0], True
                    elif prep == "of" and obj.lemma_ in self.lex.protection_objects:
                        poss = [c for c in obj.children if c.dep_ == "poss" and entity_of(c)]
                        if poss and d.beneficiary is None:
                            d.beneficiary, d.beneficiary_explicit = entity_of(poss[0]), True
            elif child.dep_ in {"compound", "nmod"} and (givers := self._form_givers(child)):
                # "Article 5 protection": the alliance the provision binds
                for k in givers:
                    _add(d.guarantors, k)
                d.rules.append("agreement-form")
            elif child.dep_ == "poss" and entity_of(child):
                owner = entity_of(child)
                kind = entities(tok.doc).get(owner)  # type: ignore[arg-type]
                if kind is not None and kind.type == "Organization":
                    # "NATO's guarantees": an alliance or bloc gives, states are protected
                    _add(d.guarantors, owner)
                    d.rules.append("owner-guarantor")
                elif d.beneficiary is None:
                    d.beneficiary, d.beneficiary_explicit = owner, True
                    owner_beneficiary = d.owner = owner
            elif child.dep_ in {"amod", "compound"} and self._attributive(child):
                # "Western guarantees", "US security guarantees": an attributive actor gives them;
                # "European guarantees" are given by European states, as European troops are
                for c in (child, *child.conjuncts):
                    _add(d.guarantors, self._region_of(c) or self._attributive(c))
                d.rules.append("attributive-guarantor")
            elif child.dep_ in {"acl", "relcl"}:
                self._clause_on_trigger(child, d)
        if d.beneficiary is None and (host := self._force_host(tok)):
            # "a reassurance force in X", "peacekeepers on Xn soil": the force's host
            d.beneficiary, d.beneficiary_explicit = host, True
            d.rules.append("force-host")

    def _clause_on_trigger(self, verb: Token, d: _Draft) -> None:
        """ "guarantees backed by X", "guarantees that will protect us from X", "come from X",
        "guarantees they would give Y", "guarantees that NATO will not expand" (a content clause:
        the alliance it names, else its subject, is bound by the promise)."""
        if verb.lemma_ in self.lex.giver_verbs and not self._refused(verb):
            keys = [k for k in self._giver_actors(verb) if k != d.beneficiary]
            keys += [k for k in self._co_agents(verb) if k not in keys]
            for k in keys:
                _add(d.guarantors, k)
            if keys:
                d.rules.append(f"clause-giver:{verb.lemma_}")
            for c in verb.children:
                if c.dep_ in {"dative", "dobj"}:
                    self._recipients(c, d)
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and not any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in verb.children
        ):
            bound = [k for t in verb.subtree if (k := entity_of(t)) and k in self.lex.alliances]
            if not bound:
                subj = _subject_of(verb)
                bound = self._subject_actors(subj) if subj is not None else []
            if bound and not d.guarantors:
                for k in bound:
                    _add(d.guarantors, k)
                d.rules.append("content-clause")
        for c in verb.children:
            if c.dep_ == "agent":
                for obj in (o for o in c.children if o.dep_ == "pobj"):
                    for k in phrase_actors(obj):
                        _add(d.guarantors, k)
                d.rules.append("agent-guarantor")
            elif (
                c.dep_ == "prep"
                and c.lower_ == "from"
                and verb.lemma_ in {"protect", "shield", "defend", "save", "guard"}
            ):
                for obj in (o for o in c.children if o.dep_ == "pobj"):
                    keys = phrase_actors(obj)
                    if keys and d.threat is None:
                        d.threat = keys[0]
            elif c.dep_ == "dobj" and verb.lemma_ in {"deter", "stop", "prevent"}:
                keys = phrase_actors(c)
                if keys and d.threat is None:
                    d.threat = keys[0]
        status = self._status_of(verb)
        if status and verb.dep_ == "acl" and verb.tag_ == "VBN":
            d.status = self._stronger(d.status, status)

    def _recipients(self, noun: Token, d: _Draft) -> None:
        """The dative/object of a giving verb receives: a named actor, or each country of a
        counted group ("gave both countries")."""
        if d.beneficiary is not None:
            return
        keys = phrase_actors(noun) or self._group_members(noun, set(d.guarantors))
        if keys:
            d.beneficiary, d.beneficiary_explicit = keys[0], True
            d.also_beneficiaries = [k for k in keys[1:] if k not in d.guarantors]
            if len(keys) > 1 and not phrase_actors(noun):
                d.rules.append("group-recipients")

    def _governing(self, tok: Token, d: _Draft) -> None:
        """Roles and status from the verbs above the mention."""
        child = tok
        statuses: list[str] = []
        exchange = False  # "X gave up its arsenal in exchange for guarantees": X receives them
        for depth, head in enumerate(governing_chain(tok)):
            if head.lemma_ in self.lex.exchange_nouns and head.pos_ == "NOUN":
                exchange = True
            if head.pos_ in {"VERB", "AUX"}:
                lemma = head.lemma_
                subj = _subject_of(head)
                subj_keys = self._subject_actors(subj) if subj is not None else []
                if exchange:
                    if subj_keys and d.beneficiary is None:
                        d.beneficiary, d.beneficiary_explicit = subj_keys[0], True
                        d.rules.append("in-exchange-for")
                    break
                if any(
                    c.dep_ == "prt" and c.lower_ in self.lex.giving_up for c in head.children
                ) and not self._refusing(head):
                    child = head
                    continue  # "give up", "back down": no giving ("turn down" refuses)
                if subj is not None and not subj_keys and subj.pos_ == "PRON":
                    # "India said it would consider giving ...": the state the pronoun stands for
                    subj_keys = self._pronoun_countries(subj)
                if subj is not None and not subj_keys and contains_keyword(subj.lower_, self.lex.force_keywords):
                    # "American forces would provide a backstop": the state the demonym names
                    subj_keys = self._backer_actors(subj)
                if subj is not None and not subj_keys:
                    subj_keys = (
                        copular_subject_actors(subj) if subj.lower_ not in RELATIVE_PRONOUNS else []
                    )
                    # "X should be among the states that provide guarantees"
                    if not subj_keys and subj.dep_ == "pobj" and subj.head.lower_ == "among":
                        be = subj.head.head
                        s2 = next((c for c in be.children if c.dep_ in SUBJECT_DEPS), None)
                        subj_keys = phrase_actors(s2) if s2 is not None else []
                if depth <= 3:
                    if (
                        lemma in self.lex.giver_verbs or lemma in self.lex.endorse_verbs
                    ) and child.dep_ == "nsubjpass":
                        # "the guarantees would be backed by X and Y"
                        for c in head.children:
                            if c.dep_ == "agent":
                                for obj in (o for o in c.children if o.dep_ == "pobj"):
                                    for k in self._backer_actors(obj):
                                        _add(d.guarantors, k)
                                d.rules.append(f"passive-giver:{lemma}")
                    elif (
                        (lemma in self.lex.giver_verbs or self.lex.status.get(lemma) == "offered")
                        and child.dep_ == "dobj"
                        and subj is not None
                        and subj.dep_ == "nsubjpass"
                        and subj.head == head
                    ):
                        # "X was promised guarantees by Y": X receives them, Y gives them
                        if is_negated(head):
                            d.rules.append(f"negated-giver:{lemma}")
                            break
                        if subj_keys and d.beneficiary is None:
                            d.beneficiary, d.beneficiary_explicit = subj_keys[0], True
                        for c in (*head.children, *child.children):
                            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                                for obj in (o for o in c.children if o.dep_ == "pobj"):
                                    for k in self._backer_actors(obj):
                                        _add(d.guarantors, k)
                        d.rules.append(f"passive-recipient:{lemma}")
                    elif lemma in self.lex.giver_verbs and child.dep_ in {"dobj", "pobj", "prep"}:
                        if is_negated(head):
                            # "X has not offered any commitment": X gives nothing
                            d.rules.append(f"negated-giver:{lemma}")
                            break
                        for k in [*subj_keys, *self._co_agents(head)]:
                            _add(d.guarantors, k)
                        d.rules.append(f"giver:{lemma}")
                        for c in head.children:  # "provide Ukraine with guarantees"
                            if c.dep_ in {"dobj", "dative"} and c != child:
                                self._recipients(c, d)
                    elif (
                        lemma in self.lex.addressee_verbs
                        and child.dep_ == "prep"
                        and child.lower_ == "for"
                        and (addressed := [
                            k
                            for c in head.children
                            if c.dep_ in {"dobj", "obj"}
                            for k in phrase_actors(c)
                        ])
                    ):
                        # "X pressed Y for a defence pact": Y is asked to give it, X to receive it
                        for k in addressed:
                            _add(d.guarantors, k)
                        if subj_keys and d.beneficiary is None:
                            d.beneficiary, d.beneficiary_explicit = subj_keys[0], True
                        d.rules.append(f"addressee:{lemma}")
                    elif (
                        lemma in self.lex.reliance_verbs
                        and child.dep_ == "prep"
                        and child.lower_ == "on"
                        and subj_keys
                        and d.beneficiary is None
                    ):
                        # "X relies on American protection": X is protected
                        d.beneficiary, d.beneficiary_explicit = subj_keys[0], True
                        d.rules.append(f"reliance:{lemma}")
                    elif (
                        lemma in self.lex.receiver_verbs
                        or (lemma in self.lex.acceptance_verbs and not is_negated(head))
                    ) and (
                        child.dep_ in {"dobj", "attr"}
                        or (child.dep_ == "prep" and child.lower_ == "for")  # "asked for"
                    ):
                        if subj is not None and (own := self._possessed_country(subj)):
                            subj_keys = own  # "their country needs": whose country, by the parse
                        if (
                            d.owner is not None
                            and d.beneficiary == d.owner
                            and child == tok
                            and subj_keys
                            and d.owner not in subj_keys
                            and getattr(entities(tok.doc).get(subj_keys[0]), "type", None) == "Country"
                        ):
                            # "Kyiv accepted Britain's guarantees": the owner gives them
                            _add(d.guarantors, d.owner)
                            d.beneficiary, d.beneficiary_explicit, d.owner = None, False, None
                            d.rules.append("owner-giver")
                        if subj_keys and d.beneficiary is None:
                            d.beneficiary, d.beneficiary_explicit = subj_keys[0], True
                            d.rules.append(f"receiver:{lemma}")
                        if child.dep_ == "dobj":  # "X received guarantees from Y" (on the verb)
                            for k in prep_actors(head, "from"):
                                if k != d.beneficiary:
                                    _add(d.guarantors, k)
                                    d.rules.append("verb-from-pobj")
                    elif lemma in self.lex.builder_verbs:
                        # "X is working with Y on guarantees": both build it (roles settled later)
                        partners = prep_actors(head, "with")
                        for k in [*subj_keys, *partners]:
                            _add(d.guarantors, k)
                        if partners:
                            d.co_builders = list(dict.fromkeys([*subj_keys, *partners]))
                        d.rules.append(f"builder:{lemma}")
                    elif lemma in self.lex.participation_verbs and child.dep_ in {
                        "prep",
                        "pobj",
                        "attr",
                        "nsubj",
                    }:
                        if lemma == "come" and child == tok:
                            for obj in prep_objects([head], "from"):
                                for k in phrase_actors(obj):
                                    _add(d.guarantors, k)
                        elif (child != tok or child.dep_ != "nsubj") and is_negated(head):
                            # "X will never be one of the guarantors": X takes no part
                            for k in subj_keys:
                                _add(d.cast, k)
                            d.rules.append(f"negated-giver:{lemma}")
                            break
                        elif child != tok or child.dep_ != "nsubj":
                            if not subj_keys:  # "for Belarus to be included"
                                subj_keys = [
                                    k
                                    for m in head.children
                                    if m.dep_ == "mark" and m.lower_ == "for"
                                    for o in m.children
                                    if o.dep_ == "pobj"
                                    for k in phrase_actors(o)
                                ]
                            if not subj_keys and head.dep_ in {"acl", "relcl", "advcl"}:
                                subj_keys = _requester(head.head)
                            for k in subj_keys:
                                _add(d.guarantors, k)
                            if subj_keys:
                                d.rules.append(f"participation:{lemma}")
                    elif (
                        child == tok
                        and child.dep_ in {"dobj", "obj"}
                        and d.beneficiary is None
                        and self._refusing(head)
                        and self._offered_by_another(tok, subj_keys)
                    ):
                        # "Kyiv turned down the guarantees offered by Moscow": the offer may
                        # have been made to the one refusing it, but as often to another
                        # ("the Kremlin rejected the guarantees offered by Europe"): a last
                        # resort after the article's protected country (_merge)
                        d.offeree = subj_keys[0]
                        d.rules.append(f"refused-offer:{self._phrasal(head, self.lex.refusal_verbs)}")
                status = self._status_of(head)
                if (
                    status
                    and head.dep_ in {"xcomp", "ccomp"}
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
                    and self._status_of(head.head)
                ):
                    # "wanted the guarantees to be ratified": still only wanted, by the wanter
                    head = head.head
                    status = self._status_of(head)
                    upper = _subject_of(head) if head.lemma_ in self.lex.receiver_verbs else None
                    keys = self._subject_actors(upper) if upper is not None else []
                    if keys and d.beneficiary is None and keys[0] not in d.guarantors:
                        d.beneficiary, d.beneficiary_explicit = keys[0], True
                        d.rules.append(f"receiver:{head.lemma_}")
                if status:
                    # "X will not offer", "X refused to / ruled out / balked at offering"
                    if self._refused(head) and status in {
                        "demanded",
                        "proposed",
                        "offered",
                        "under-negotiation",
                    }:
                        status = "rejected"
                    statuses.append(status)
                    for conj in head.conjuncts:  # "was a guarantor but broke its promises"
                        s2 = self._status_of(conj)
                        if s2:
                            statuses.append(s2)
                    break
                if head.dep_ in {"ROOT"}:
                    break
            child = head
        # "when Russia was a guarantor but broke its promises": the conjunct verb of the copula
        if not statuses and tok.head.lemma_ == "be":
            for conj in tok.head.conjuncts:
                s2 = self._status_of(conj)
                if s2:
                    statuses.append(s2)
        for s in statuses:
            d.status = self._stronger(d.status, s) if d.status != "demanded" else s
        d.status_verb = d.status_verb or bool(statuses)

    def _offered_by_another(self, tok: Token, keys: list[str]) -> bool:
        """Whether the mention is described as offered by someone other than the one state
        `keys` names: "the guarantees offered by Moscow", "the assurances the EU offered"."""
        ents = entities(tok.doc)
        if len(keys) != 1 or getattr(ents.get(keys[0]), "type", None) != "Country":
            return False
        for clause in (c for c in tok.children if c.dep_ in {"acl", "relcl"}):
            if self._status_of(clause) != "offered" and clause.lemma_ not in self.lex.giver_verbs:
                continue
            givers = self._agents(clause) or self._giver_actors(clause)
            if givers and keys[0] not in givers:
                return True
        return False

    def _copular_forms(self, tok: Token, d: _Draft, ents: dict[str, Entity]) -> None:
        """ "NATO membership is the only guarantee" / "The only guarantee is NATO membership":
        the other side of the copula names the form (and the guarantor the form implies)."""
        head = tok.head
        if head.lemma_ != "be" or tok.dep_ not in {"attr", "nsubj"}:
            return
        other_dep = "nsubj" if tok.dep_ == "attr" else "attr"
        other = next((c for c in head.children if c.dep_ in {other_dep, "csubj"}), None)
        if other is None:
            return
        text = doc_text(other)
        for form, keys in self.lex.forms.items():
            if contains_keyword(text, keys):
                _add(d.forms, form)
                implied = self.lex.form_guarantors.get(form)
                key = _find_entity(ents, implied) if implied else None
                if key:
                    _add(d.guarantors, key)
                    d.rules.append(f"copular-form:{form}")
        for t in other.subtree:
            if t.dep_ == "poss" and entity_of(t) and d.beneficiary is None:
                d.beneficiary, d.beneficiary_explicit = entity_of(t), True

    def _stronger(self, a: str, b: str) -> str:
        rank = {s: n for n, s in enumerate(self.lex.status_rank)}
        return b if rank.get(b, 0) >= rank.get(a, 0) else a

    # -- context and merging

    def _protected_country(self, doc: Doc, drafts: list[_Draft]) -> str | None:
        """The country the article is about protecting: most often an explicit beneficiary, else
        the one whose security/sovereignty is named most often."""
        ents = entities(doc)
        counts = Counter(
            d.beneficiary
            for d in drafts
            if d.beneficiary_explicit
            and d.beneficiary in ents
            and ents[d.beneficiary].type == "Country"
        )
        # a state the article casts as a guarantor is not the one it is about protecting
        givers = {g for d in drafts if not d.co_builders for g in d.guarantors}
        if any(k not in givers for k in counts):
            counts = Counter({k: n for k, n in counts.items() if k not in givers})
        if counts:
            return counts.most_common(1)[0][0]
        # the one state the KB says the article's guarantee agreements protect
        if (known := self._kb_protected(doc)) is not None:
            return known
        # countries the guarantee sentences send things to or do things for
        counts = Counter()
        for d in drafts:
            for t in d.token.sent:
                key = entity_of(t)
                if (
                    key
                    and t.dep_ == "pobj"
                    and t.head.lower_ in {"for", "to", "in"}
                    and ents.get(key)
                    and ents[key].type == "Country"
                    and key not in d.guarantors
                    and key not in d.cast
                    and key != d.threat
                    and not self._addressee(t)
                ):
                    counts[key] += 1
        if counts:
            return counts.most_common(1)[0][0]
        for tok in doc:
            if tok.lemma_ in self.lex.protection_objects:
                for t in (
                    *tok.children,
                    *(c for p in tok.children if p.dep_ == "prep" for c in p.children),
                ):
                    key = entity_of(t)
                    if key and ents.get(key) and ents[key].type == "Country":
                        counts[key] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _is_guarantee_agreement(self, key: str, label: str) -> bool:
        return key in self.lex.agreement_keys or (
            contains_keyword(label, self.lex.agreement_words) is not None
        )

    def _agreement_party(self, doc: Doc) -> str | None:
        """With no guarantee mention to tell, the protected country is the one party common to
        most of the security agreements the article cites (Ukraine in three bilateral deals).
        Computed once per document: every accord mention asks."""
        if "pg_agreement_party" not in doc.user_data:
            doc.user_data["pg_agreement_party"] = self._count_agreement_party(doc)
        return doc.user_data["pg_agreement_party"]

    def _count_agreement_party(self, doc: Doc) -> str | None:
        ents = entities(doc)
        infos = doc._.pg_agreements or {}
        counts: Counter[str] = Counter()
        for key in dict.fromkeys(ref.agreement for ref in doc._.pg_agreement_refs or ()):
            info = infos.get(key)
            if info is None or not self._is_guarantee_agreement(info.key, info.label):
                continue
            # "the Joint Declaration of Support for X": the country its title names, not one of
            # its parties, is the side it protects; the parties are its givers
            named = [
                k
                for k, e in ents.items()
                if e.type == "Country"
                and k not in info.parties
                and re.search(rf"\b{re.escape(e.label)}\b", info.label)
            ]
            protected = self._protected_by(info)
            if protected is not None:  # the KB knows whom it protects, named or not
                counts[protected] += 1
                continue
            for party in named or info.parties:
                if ents.get(party) and ents[party].type == "Country":
                    counts[party] += 1
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None  # a single bilateral deal does not say which side is protected
        return ranked[0][0]

    def _kb_protected(self, doc: Doc) -> str | None:
        """The one state the KB says the guarantee agreements the article cites protect (the
        Budapest Memorandum, the 2024 bilateral accords -> Ukraine); None when they protect
        different states or the article cites none."""
        infos = doc._.pg_agreements or {}
        found = {
            protected
            for ref in doc._.pg_agreement_refs or ()
            if (info := infos.get(ref.agreement)) is not None
            and self._is_guarantee_agreement(info.key, info.label)
            and (protected := self._protected_by(info)) is not None
        }
        return found.pop() if len(found) == 1 else None

    def _agreement_drafts(self, doc: Doc, default: str | None) -> list[_Draft]:
        """A security agreement the protected country is party to guarantees it: the parties
        the article names are its guarantors ("Canada signed a security deal with Ukraine")."""
        ents = entities(doc)
        # a party is named by its own name or by a leader's ("Prime Minister X signed ...")
        named = {*ents, *(self._state_of(k, doc) for k, e in ents.items() if e.type == "Person")}
        infos = doc._.pg_agreements or {}
        drafts: list[_Draft | None] = []
        for ref in doc._.pg_agreement_refs or ():
            info = infos.get(ref.agreement)
            if info is None or not self._is_guarantee_agreement(info.key, info.label):
                continue
            # the state the KB says it protects, else the article's protected country
            protected = self._protected_by(info) or default
            if protected is None:
                continue
            guarantors = [p for p in info.parties if p != protected and p in named]
            if guarantors and protected in info.parties:
                drafts.append(self._agreement_draft(doc, ref, info, protected, guarantors, "parties"))
            issuers = self._agreement_issuers(doc, info.label, ref.text)
            if issuers and (protected in info.parties or self._names_actor(info.label, protected)):
                drafts.append(self._agreement_draft(doc, ref, info, protected, issuers, "issuer"))
        return [d for d in drafts if d is not None]

    @staticmethod
    def _protected_by(info: Any) -> str | None:
        """The one state a known agreement protects (kb/agreements.yaml `protects`); None when
        the KB says none or several (Article 5 protects whichever member the sentence names)."""
        protects = getattr(info, "protects", ())
        return protects[0] if len(protects) == 1 else None

    def _agreement_beneficiary(self, doc: Doc, d: _Draft, givers: set[str]) -> str | None:
        """The one state the agreement a mention's sentence cites protects, for a mention naming
        no beneficiary ("the guarantees of the Budapest Memorandum" -> Ukraine, named or not).
        An agreement protecting several (Article 5) names none here: a member the sentence names
        may be the proposer ("Rome pushed a guarantee modelled on Article 5")."""
        info = (doc._.pg_agreements or {}).get(d.agreement) if d.agreement else None
        protected = self._protected_by(info) if info is not None else None
        excluded = {*givers, *d.cast, *([d.threat] if d.threat else [])}
        return protected if protected not in excluded else None

    def _agreement_issuers(self, doc: Doc, label: str, text: str) -> list[str]:
        """Groups an agreement's own name names ("the G7 declaration", "the Declaration of the
        Coalition of the Willing"): the group issues it, beside the member states that sign."""
        ents = entities(doc)
        found: list[str] = []
        for key in ents:
            if self._is_group(key) and (
                self._names_actor(label, key) or self._names_actor(text, key)
            ):
                _add(found, key)
        return found

    def _names_actor(self, text: str, key: str | None) -> bool:
        """Whether `text` names the actor `key` by its label or a KB alias, as whole words."""
        info = self.kb.get(key) if key else None
        if info is None:
            return False
        return any(
            re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.IGNORECASE)
            for name in (info.label, *info.aliases)
            if name
        )

    def _agreement_draft(
        self, doc: Doc, ref: Any, info: Any, beneficiary: str, guarantors: list[str], rule: str
    ) -> _Draft | None:
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            return None
        d = _Draft(
            token=span.root,
            phrase="agreement",
            start=span.start,
            end=span.end,
            beneficiary=beneficiary,
            guarantors=list(guarantors),
            status=self.lex.agreement_status,
            agreement=info.key,
            rules=[f"agreement-{rule}:{info.key}"],
            from_agreement=True,
        )
        probe = _Draft(token=span.root, phrase="agreement", start=span.start, end=span.end)
        self._governing(span.root, probe)  # only its status is used: roles come from the KB
        if probe.status in {"rejected", "violated"}:
            d.status = probe.status
        return d

    def _fallback_beneficiary(
        self, doc: Doc, excluded: set[str], *, near: Span | None = None,
        givers: set[str] = frozenset(),  # type: ignore[assignment]
    ) -> str | None:
        """The country the article names most often, other than the guarantee's own givers and
        threat: a guarantee with no beneficiary at all tells an analyst nothing. A country the
        mention's own sentence names comes first ("X's minister said guarantees were raised"),
        unless the article casts it as a guarantor."""
        ents = entities(doc)
        counts: Counter[str] = Counter(
            m.entity
            for m in doc._.pg_mentions or ()
            if m.entity
            and m.entity not in excluded
            and ents.get(m.entity)
            and ents[m.entity].type == "Country"
        )
        named = Counter(counts)
        # a state is also named through its leaders ("Zelenskyy said ..."): they weigh in the
        # ranking once the state itself is named, not in the threshold below
        for m in doc._.pg_mentions or ():
            ent = ents.get(m.entity) if m.entity else None
            if ent is not None and ent.type == "Person":
                state = self._state_of(m.entity, doc)
                if state in counts:
                    counts[state] += 1
        if near is not None:
            # in the order of mention, so that a tie goes to the first named, whatever the
            # process's string hashing ("a deal between Moscow and Kyiv")
            here = list(dict.fromkeys(
                m.entity
                for m in doc._.pg_mentions or ()
                if m.entity in counts
                and m.entity not in givers
                and near.start_char <= m.start < near.end_char
                and not self._not_protected_here(doc, m.start, m.end)
            ))
            if here:
                return max(here, key=lambda k: counts[k])
        if any(k not in givers for k in counts):
            # a state the article casts as a guarantor is not the one it is about protecting
            counts = Counter({k: n for k, n in counts.items() if k not in givers})
        ranked = counts.most_common(1)
        # a country named once ("the French president said") is no article's protected country
        return (
            ranked[0][0] if ranked and named[ranked[0][0]] >= self.lex.fallback_min_mentions else None
        )

    def _dateline_only(self, doc: Doc) -> set[str]:
        """Actors named only in a dateline ("FASANO, Italy — X and Y signed ..."): a place the
        story was filed from, which the parse may fold into a subject, gives nothing."""
        spans: list[tuple[int, int]] = []
        for sent in doc.sents:
            first = sent[0]
            if not (first.text.isupper() and len(first.text) > 2):
                continue
            dash = next((t for t in sent[:8] if t.text in {"—", "–", "--"}), None)
            if dash is not None:
                spans.append((sent.start_char, dash.idx))
        if not spans:
            return set()
        inside: set[str] = set()
        outside: set[str] = set()
        for m in doc._.pg_mentions or ():
            in_dateline = any(a <= m.start < b for a, b in spans)
            (inside if in_dateline else outside).add(m.entity)
        return inside - outside

    def _not_protected_here(self, doc: Doc, start: int, end: int) -> bool:
        """A country named only to say whose official speaks ("French President X", "X's foreign
        minister"), whose concerns are heard ("X's security concerns"), who refuses ("X would
        not accept ..."), who is the threat ("deter X", "X annexed ...", "broken by X") or who
        hosts or mediates the talks ("X hosted the talks") is not what the sentence protects."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.pos_ != "DET"] or list(span)
        tok = next((t for t in reversed(words) if not (span.start <= t.head.i < span.end)), words[-1])
        ents = entities(doc)
        head = tok.head
        if tok.dep_ == "poss" and head.lemma_ not in self.lex.protection_objects:
            return True  # "X's security concerns", "X's position": X asks, it is not protected
        if tok.dep_ in SUBJECT_DEPS and (is_negated(head) or self._refusing(head)):
            return True  # "X would not accept foreign forces as part of any guarantee"
        if self._addressee(tok):
            return True  # "a plan proposed to X": X is asked, not protected
        if self._threat_role(tok):
            return True  # "guarantees would not deter X", "X violated the assurances"
        if self._doer_of(tok, self.lex.host_verbs):
            return True  # "X hosted the talks where guarantees were discussed"
        if tok.dep_ == "nsubj" and self._judged_hostile(head):
            return True  # "X would view any guarantees as a threat": X feels threatened
        if tok.dep_ in {"dobj", "obj"} and head.lemma_ in self.lex.menace_verbs and any(
            c.dep_ in SUBJECT_DEPS and self._names_guarantee(c) for c in head.children
        ):
            return True  # "Western guarantees threatened X"
        if tok.dep_ not in {"poss", "compound", "amod"}:
            return False
        for _ in range(3):  # "the X government spokesman Y": up the compound chain
            if head.pos_ not in {"NOUN", "PROPN"}:
                return False
            owner = entity_of(head)
            if owner is not None and ents.get(owner) is not None and ents[owner].type == "Person":
                return True
            if head.lemma_ in self.lex.member_nouns:
                return True
            if head.dep_ not in {"compound", "flat"}:
                return False
            head = head.head
        return False

    def _names_guarantee(self, noun: Token) -> bool:
        """Whether `noun` heads a guarantee phrase ("guarantees", "the reassurance force")."""
        heads = {p.split()[-1] for p in (*self.lex.triggers, *self.lex.guarantor_nouns)}
        return noun.lemma_.lower() in heads or noun.lemma_.lower() in self.lex.force_nouns

    def _judged_hostile(self, verb: Token) -> bool:
        """Whether `verb` judges its object hostile or unacceptable: "would view guarantees as a
        threat", "regards the force as a provocation", "called the plan unacceptable"."""
        if verb.lemma_ not in self.lex.denial_judging_verbs or is_negated(verb):
            return False
        preds = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}]
        # "as a threat" on the verb, or on its object where the parser often hangs it
        for owner in (verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})):
            preds += [c for c in owner.children if c.dep_ == "prep" and c.lower_ == "as"]
        words = (*self.lex.denial_predicates, *self.lex.hostile_predicates)
        return any(contains_keyword(doc_text(c), words) for c in preds)

    def _threat_role(self, tok: Token) -> bool:
        """Whether `tok` names the one a sentence casts as the threat: the object of a deterring
        verb ("would deter Moscow", "stop the Kremlin"), or the doer of an attack or a breach
        ("when X annexed Crimea", "X violated the guarantees", "were broken by X")."""
        if tok.dep_ in {"dobj", "obj"}:
            return tok.head.lemma_ in self.lex.deterrence_verbs
        return self._doer_of(tok, self.lex.threat_verbs | self.lex.breach_verbs)

    @staticmethod
    def _doer_of(tok: Token, verbs: frozenset[str]) -> bool:
        """Whether `tok` is the subject, or a passive's agent, of one of `verbs`."""
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "agent":
            head = head.head  # "broken by X", "hosted by X"
        elif tok.dep_ != "nsubj":
            return False
        return head.pos_ in {"VERB", "AUX"} and head.lemma_ in verbs

    def _addressee(self, obj: Token) -> bool:
        """Whether `obj`, the object of "to", is who a proposal is put to ("proposed to X", "a
        proposal to X", "put a plan on peacekeepers to X"), not who it protects: the "to" hangs on
        a proposing verb or noun, or on a noun whose first verb above proposes (the parser often
        hangs the verb's "to" on its object)."""
        prep = obj.head
        if obj.dep_ != "pobj" or prep.lower_ != "to":
            return False
        owner = prep.head
        if owner.lemma_ in self.lex.proposal_nouns and owner.pos_ == "NOUN":
            return True
        verb = next((h for h in (owner, *governing_chain(owner, limit=3)) if h.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.lemma_ not in self.lex.proposal_verbs:
            return False
        # "proposed guarantees to X" protects X: on a noun, "to X" is an addressee only when
        # the verb's object is itself a proposal
        return owner == verb or any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_ in self.lex.proposal_nouns
            for c in verb.children
        )

    def _merge(
        self, doc: Doc, drafts: list[_Draft], default: str | None
    ) -> tuple[list[Guarantee], dict[int, str]]:
        merged: dict[tuple[str | None, frozenset[str]], Guarantee] = {}
        token_map: dict[int, tuple[str | None, frozenset[str]]] = {}
        order: list[tuple[str | None, frozenset[str]]] = []
        ents = entities(doc)
        state_of = {ho.person: ho.organization for ho in doc._.pg_offices or () if ho.organization}
        day = getattr(doc._.pg_article, "date", None)
        for key, ent in list(ents.items()):  # offices the KB knows a leader holds that day
            if ent.type == "Person" and key not in state_of:
                offices = self.kb.offices_of(key, on=day)
                info = self.kb.get(offices[0].organization) if offices else None
                if info is not None and info.type == "Country":
                    state_of[key] = info.key

        def recorded(key: str) -> bool:
            """Whether `key` has an actor record, adding the KB's one for an actor the text
            reaches only indirectly (a leader's state, a legislature's state)."""
            if key in ents:
                return True
            info = self.kb.get(key)
            if info is None:
                return False
            ents[key] = info.entity()
            if isinstance(doc._.pg_entities, dict):
                doc._.pg_entities[key] = ents[key]
            return True

        state_of = {p: s for p, s in state_of.items() if recorded(s)}

        def kind(key: str | None) -> str | None:
            return ents[key].type if key and ents.get(key) else None

        all_givers = {state_of.get(g, g) for d in drafts for g in d.guarantors}
        placed = self._dateline_only(doc)
        for d in drafts:
            if kind(d.beneficiary) == "Person":
                d.beneficiary = state_of.get(d.beneficiary)  # type: ignore[arg-type]
                d.beneficiary_explicit = d.beneficiary is not None
            if d.beneficiary and kind(d.beneficiary) not in {"Country", None}:
                # states are protected; "NATO's own security" is not a guarantee to an alliance
                d.beneficiary, d.beneficiary_explicit = None, False
            # a leader who signs or pledges does so for the state he holds office in
            givers = [state_of.get(g, g) if kind(g) == "Person" else g for g in d.guarantors]
            # a legislature that approves a guarantee binds its state: both give it
            for body in [g for g in givers if g in self.lex.body_states]:
                _add(givers, self.lex.body_states[body])
            beneficiary = (
                d.beneficiary
                or self._agreement_beneficiary(doc, d, {*givers, *d.guarantors})
                or (default if default not in d.cast else None)
                or d.offeree
            )
            if beneficiary is not None:
                recorded(beneficiary)  # a demonym's state ("European security") gets its record
            if beneficiary is None:
                beneficiary = self._fallback_beneficiary(
                    doc, {*givers, *d.cast, *([d.threat] if d.threat else [])}, near=d.token.sent,
                    givers=all_givers,
                )
            guarantors = tuple(
                dict.fromkeys(
                    g
                    for g in givers
                    if g != beneficiary and self._actor_ok(g) and g not in placed and recorded(g)
                )
            )
            if not guarantors and any(g in placed for g in givers):
                continue  # given only by the place the story was filed from
            roles = bool(d.beneficiary_explicit) + bool(guarantors) + bool(d.threat)
            confidence = min(
                0.95, 0.55 + 0.12 * roles + (0.05 if d.phrase.startswith("security") else 0)
            )
            sent = d.token.sent
            g = Guarantee(
                id="",
                beneficiary=beneficiary,
                guarantors=guarantors,
                threat=d.threat,
                forms=tuple(d.forms),
                domains=tuple(d.domains),
                status=d.status,
                agreement=d.agreement,
                sentence=sentence_index(d.token),
                start=sent.start_char,
                end=sent.end_char,
                text=sent.text,
                confidence=round(confidence, 2),
                rule="guarantee:" + ("+".join(dict.fromkeys(d.rules)) or f"trigger:{d.phrase}"),
            )
            key = (beneficiary, frozenset(guarantors))
            if not d.from_agreement and not d.implicit:
                token_map[d.token.i] = key
            old = merged.get(key)
            if old is None:
                merged[key] = g
                order.append(key)
                continue
            merged[key] = _combine(old, g)
        # A mention naming nobody ("Ukraine needs guarantees") is, for an analyst, the same
        # commitment as the nearest one the article attributes to somebody for that country.
        for key in list(order):
            beneficiary, guarantors = key
            if guarantors or beneficiary is None:
                continue
            named = [k for k in order if k[0] == beneficiary and k[1]]
            if not named:
                continue
            here = merged[key].sentence
            target = min(named, key=lambda k: (abs(merged[k].sentence - here), merged[k].sentence))
            merged[target] = _combine(merged[target], merged[key], keep_first=True)
            del merged[key]
            order.remove(key)
            for i, k in token_map.items():
                if k == key:
                    token_map[i] = target
        ids = {key: f"g{n}" for n, key in enumerate(order)}
        guarantees = [replace(merged[key], id=ids[key]) for key in order]
        return guarantees, {i: ids[key] for i, key in token_map.items()}


def _combine(a: Guarantee, b: Guarantee, *, keep_first: bool = False) -> Guarantee:
    """One guarantee from two mentions: the more confident one's reading (or `a`'s), with the
    threat, forms, domains and agreement of both."""
    best, other = (a, b) if keep_first or a.confidence >= b.confidence else (b, a)
    return replace(
        best,
        threat=best.threat or other.threat,
        forms=tuple(dict.fromkeys(best.forms + other.forms)),
        domains=tuple(dict.fromkeys(best.domains + other.domains)),
        agreement=best.agreement or other.agreement,
    )


def _direct_question(verb: Token) -> bool:
    """Whether `verb`, a sentence's root, asks a direct question: the sentence ends with "?" and
    an auxiliary (or the verb itself) comes before its subject ("Will the EU defend it?", "Is
    Article 5 credible?", "What would guarantees look like?")."""
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.pos_ == "AUX":
        auxes.append(verb)
    return any(a.i < subj.i for a in auxes)


def _clause_chain(verb: Token | None) -> list[Token]:
    """`verb` and the verbs its clause hangs on through xcomp/advcl/conj links and gerunds under
    a preposition ("sitting down with X to sign": sign, sitting)."""
    chain: list[Token] = []
    current = verb
    while current is not None and len(chain) < 4:
        chain.append(current)
        if current.dep_ in {"xcomp", "advcl", "conj"} and current.head != current:
            current = current.head
        elif current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.dep_ == "prep":
            current = current.head.head
        else:
            break
    return chain


def _requester(noun: Token) -> list[str]:
    """Who a request is about: "requests for Moscow to be included", "Russia's request to join",
    "Russian requests to participate"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            keys = [k for o in c.children if o.dep_ == "pobj" for k in phrase_actors(o)]
            if keys:
                return keys
    for c in noun.children:
        if c.dep_ in {"poss", "amod", "compound"} and entity_of(c):
            return [entity_of(c)]  # type: ignore[list-item]
    return []


def _add(items: list[str], key: str | None, *_: str) -> None:
    if key and key not in items:
        items.append(key)


def _find_entity(ents: dict[str, Entity], name: str) -> str | None:
    name = name.lower()
    for key, ent in ents.items():
        if key.lower() == name or ent.label.lower() == name:
            return key
    return None


def doc_text(token: Token) -> str:
    """The text of `token`'s subtree."""
    sub = list(token.subtree)
    return token.doc[sub[0].i : sub[-1].i + 1].text
