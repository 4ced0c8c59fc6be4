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

Shared parse helpers used by `stances.py` live here too, since this component runs first.
`doc.user_data["pg_guarantee_of_token"]` maps each trigger token index to its Guarantee.id.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Token

from pactgraph.kb import KnowledgeBase, load_kb
from pactgraph.nlp import lexicons
from pactgraph.nlp.util import sentence_index
from pactgraph.records import Entity, Guarantee, Mention

log = logging.getLogger("pactgraph")

RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "pobj", "dative"}


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
        if key is None:
            for child in h.children:
                if child.dep_ in {"compound", "flat", "appos", "nmod", "amod"} and entity_of(child):
                    key = entity_of(child)
                    break
        if key and key not in keys:
            keys.append(key)
    return keys


def match_lemma_phrases(doc: Doc, phrases: Iterable[str]) -> dict[int, tuple[str, int, int]]:
    """Longest lemma-sequence matches: syntactic head index -> (phrase, start, end)."""
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


def is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "det", "neg"} for c in token.children
    )


def resolve_relative(token: Token) -> Token:
    """For a relative pronoun subject ("countries that provide"), the noun it stands for."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in {"relcl", "acl"}:
        return token.head.head
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

    @classmethod
    def load(cls) -> GuaranteeLexicon:
        data: dict[str, Any] = lexicons.load("guarantees")
        return cls(
            triggers=tuple(data["triggers"]),
            needs_context=frozenset(data.get("needs_security_context", ())),
            security_context=tuple(data.get("security_context", ())),
            guarantor_nouns=tuple(data.get("guarantor_nouns", ())),
            giver_verbs=frozenset(data["giver_verbs"]),
            giver_nouns=frozenset(data.get("giver_nouns", ())),
            receiver_verbs=frozenset(data["receiver_verbs"]),
            builder_verbs=frozenset(data["builder_verbs"]),
            participation_verbs=frozenset(data["participation_verbs"]),
            status=dict(data["status"]),
            status_rank=tuple(data["status_rank"]),
            forms={k: tuple(v) for k, v in data["forms"].items()},
            form_guarantors=dict(data.get("form_guarantors", {})),
            domains={k: tuple(v) for k, v in data["domains"].items()},
            protection_objects=tuple(data.get("protection_objects", ())),
            agreement_words=tuple(data.get("guarantee_agreements", {}).get("label_words", ())),
            agreement_keys=frozenset(data.get("guarantee_agreements", {}).get("keys", ())),
            agreement_status=data.get("agreement_status", "signed"),
            exchange_nouns=frozenset(data.get("exchange_nouns", ())),
            guarantee_verbs=frozenset(data.get("guarantee_verbs", ())),
            member_nouns=frozenset(data.get("member_nouns", ())),
            fallback_min_mentions=int(data.get("fallback_min_mentions", 2)),
            bilateral_triggers=frozenset(data.get("bilateral_triggers", ())),
            giving_up=frozenset(data.get("giving_up_particles", ())),
        )


# ------------------------------------------------------------------ the component


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


class GuaranteeExtractor:
    """spaCy component: fills `doc._.pg_guarantees` (see the module docstring)."""

    def __init__(
        self, *, lexicon: GuaranteeLexicon | None = None, kb: KnowledgeBase | None = None
    ) -> None:
        self.lex = lexicon or GuaranteeLexicon.load()
        self.kb = kb or load_kb()

    def _attributive(self, tok: Token) -> str | None:
        """The actor an attributive word names: its mention, or a bare demonym ("American backing"),
        which the actor linker leaves unmarked; such an actor is added to doc._.pg_entities."""
        key = entity_of(tok)
        if key or tok.pos_ != "ADJ":
            return key
        key = self.kb.demonym(tok.text)
        info = self.kb.get(key) if key else None
        if info is None:
            return None
        ents = tok.doc._.pg_entities
        if isinstance(ents, dict) and key not in ents:
            ents[key] = info.entity()
        return key

    def __call__(self, doc: Doc) -> Doc:
        drafts = [d for d in (self._read(doc, *m) for m in self._triggers(doc)) if d]
        drafts += [d for d in map(self._read_verb, doc) if d]
        default = self._protected_country(doc, drafts) or self._agreement_party(doc)
        drafts += self._agreement_drafts(doc, default)
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
            yield tok, phrase, start, end

    def _read_verb(self, verb: Token) -> _Draft | None:
        """ "Washington would help guarantee Poland's security", "the powers guaranteeing its
        sovereignty": the verb's subject gives, the owner of the protected thing receives."""
        if verb.pos_ != "VERB" or verb.lemma_ not in self.lex.guarantee_verbs:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_ not in self.lex.protection_objects:
            return None
        d = _Draft(token=verb, phrase=verb.lemma_, start=verb.i, end=verb.i + 1, status="offered")
        owner = next((c for c in obj.children if c.dep_ == "poss" and entity_of(c)), None)
        if owner is None:  # "security for Ukraine"
            owner = next(
                (
                    o
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ in {"for", "of"}
                    for o in p.children
                    if o.dep_ == "pobj" and entity_of(o)
                ),
                None,
            )
        if owner is not None:
            d.beneficiary, d.beneficiary_explicit = entity_of(owner), True
        subj = subject_of(verb)
        if subj is not None:
            keys = self._subject_actors(subj)
            for k in keys:
                _add(d.guarantors, k)
        if is_negated(verb) or any(is_negated(h) for h in governing_chain(verb, limit=2)):
            d.status = "rejected" if d.guarantors else "violated"
        d.rules.append(f"guarantee-verb:{verb.lemma_}")
        d.guarantors = [g for g in d.guarantors if g != d.beneficiary]
        return d

    def _subject_actors(self, subj: Token) -> list[str]:
        """Actors a subject names: its own phrase, "the leaders/members of X" -> X, or the
        subject of "be among" for "X would be among the powers ..."."""
        keys = phrase_actors(subj)
        if not keys and subj.lemma_ in self.lex.member_nouns:
            keys = [
                k
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
                for k in phrase_actors(o)
            ]
        if not keys and subj.lower_ not in RELATIVE_PRONOUNS:
            keys = copular_subject_actors(subj)
        return keys

    def _security_context(self, tok: Token) -> bool:
        window = tok.doc[max(tok.i - 4, tok.sent.start) : min(tok.i + 5, tok.sent.end)]
        return contains_keyword(window.text, self.lex.security_context) is not None

    # -- reading the roles of one mention

    def _read(self, doc: Doc, tok: Token, phrase: str, start: int, end: int) -> _Draft | None:
        d = _Draft(token=tok, phrase=phrase, start=start, end=end)
        ents = entities(doc)
        self._own_dependents(tok, d)
        self._governing(tok, d)
        if phrase in self.lex.guarantor_nouns:
            for key in copular_subject_actors(tok):
                _add(d.guarantors, key, "guarantor-noun")
                d.rules.append("guarantor-noun")
        self._copular_forms(tok, d, ents)
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in {"for", "to", "in"}
            and tok.head.head.lemma_ in self.lex.giver_nouns
        ):
            for c in tok.head.head.children:  # "American backing for the guarantees"
                if c.dep_ in {"amod", "poss", "compound"} and self._attributive(c):
                    _add(d.guarantors, self._attributive(c))
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
        # An actor cannot guarantee itself against itself.
        d.guarantors = [g for g in d.guarantors if g != d.beneficiary and g != d.threat]
        if d.threat == d.beneficiary:
            d.threat = None
        return d

    def _own_dependents(self, tok: Token, d: _Draft) -> None:
        span_tokens = tok.doc[d.start : d.end]
        children = [c for t in span_tokens for c in t.children if not (d.start <= c.i < d.end)]
        for child in children:
            if child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                for obj in objs:
                    keys = phrase_actors(obj)
                    prep = child.lower_
                    if prep in {"from", "by"}:
                        for k in keys:
                            _add(d.guarantors, k)
                        d.rules.append(f"{prep}-pobj")
                    elif prep in {"for", "to"} and keys and d.beneficiary is None:
                        d.beneficiary, d.beneficiary_explicit = keys[0], True
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
            elif child.dep_ == "poss" and entity_of(child) and d.beneficiary is None:
                d.beneficiary, d.beneficiary_explicit = entity_of(child), True
            elif child.dep_ in {"amod", "compound"} and self._attributive(child):
                # "Western guarantees", "US security guarantees": an attributive actor gives them.
                _add(d.guarantors, self._attributive(child))
                d.rules.append("attributive-guarantor")
            elif child.dep_ in {"acl", "relcl"}:
                self._clause_on_trigger(child, d)

    def _clause_on_trigger(self, verb: Token, d: _Draft) -> None:
        """ "guarantees backed by X", "guarantees that will protect us from X", "come from X"."""
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
        status = self.lex.status.get(verb.lemma_)
        if status and verb.dep_ == "acl" and verb.tag_ == "VBN":
            d.status = self._stronger(d.status, status)

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
                subj = subject_of(head)
                subj_keys = self._subject_actors(subj) if subj is not None else []
                if exchange:
                    if subj_keys and d.beneficiary is None:
                        d.beneficiary, d.beneficiary_explicit = subj_keys[0], True
                        d.rules.append("in-exchange-for")
                    break
                if any(c.dep_ == "prt" and c.lower_ in self.lex.giving_up for c in head.children):
                    child = head
                    continue  # "give up", "back down": no giving
                if subj is not None and not subj_keys:
                    subj_keys = (
                        copular_subject_actors(subj) if subj.lower_ not in RELATIVE_PRONOUNS else []
                    )
                    # "Russia should be among the countries that provide guarantees"
                    if not subj_keys and subj.dep_ == "pobj" and subj.head.lower_ == "among":
                        be = subj.head.head
                        s2 = next((c for c in be.children if c.dep_ in SUBJECT_DEPS), None)
                        subj_keys = phrase_actors(s2) if s2 is not None else []
                if depth <= 3:
                    if lemma in self.lex.giver_verbs and child.dep_ == "nsubjpass":
                        # "the guarantees would be backed by X and Y"
                        for c in head.children:
                            if c.dep_ == "agent":
                                for obj in (o for o in c.children if o.dep_ == "pobj"):
                                    for k in phrase_actors(obj):
                                        _add(d.guarantors, k)
                                d.rules.append(f"passive-giver:{lemma}")
                    elif lemma in self.lex.giver_verbs and child.dep_ in {"dobj", "pobj", "prep"}:
                        for k in subj_keys:
                            _add(d.guarantors, k)
                        d.rules.append(f"giver:{lemma}")
                        for c in head.children:  # "provide Ukraine with guarantees"
                            if c.dep_ in {"dobj", "dative"} and c != child and phrase_actors(c):
                                if d.beneficiary is None:
                                    d.beneficiary, d.beneficiary_explicit = (
                                        phrase_actors(c)[0],
                                        True,
                                    )
                    elif lemma in self.lex.receiver_verbs and child.dep_ in {"dobj", "attr"}:
                        if subj_keys and d.beneficiary is None:
                            d.beneficiary, d.beneficiary_explicit = subj_keys[0], True
                            d.rules.append(f"receiver:{lemma}")
                    elif lemma in self.lex.builder_verbs:
                        for k in subj_keys:
                            _add(d.guarantors, k)
                        d.rules.append(f"builder:{lemma}")
                    elif lemma in self.lex.participation_verbs and child.dep_ in {
                        "prep",
                        "pobj",
                        "attr",
                        "nsubj",
                    }:
                        if lemma == "come" and child == tok:
                            for c in head.children:
                                if c.dep_ == "prep" and c.lower_ == "from":
                                    for obj in (o for o in c.children if o.dep_ == "pobj"):
                                        for k in phrase_actors(obj):
                                            _add(d.guarantors, k)
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
                status = self.lex.status.get(lemma)
                if status:
                    if is_negated(head) and status in {
                        "demanded",
                        "proposed",
                        "offered",
                        "under-negotiation",
                    }:
                        status = "rejected"
                    statuses.append(status)
                    for conj in head.conjuncts:  # "was a guarantor but broke its promises"
                        s2 = self.lex.status.get(conj.lemma_)
                        if s2:
                            statuses.append(s2)
                    break
                if head.dep_ in {"ROOT"}:
                    break
            child = head
        # "when Russia was a guarantor but broke its promises": the conjunct verb of the copula
        if not statuses and tok.head.lemma_ == "be":
            for conj in tok.head.conjuncts:
                s2 = self.lex.status.get(conj.lemma_)
                if s2:
                    statuses.append(s2)
        for s in statuses:
            d.status = self._stronger(d.status, s) if d.status != "demanded" else s

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
        if counts:
            return counts.most_common(1)[0][0]
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
                    and key != d.threat
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
        most of the security agreements the article cites (Ukraine in three bilateral deals)."""
        ents = entities(doc)
        infos = doc._.pg_agreements or {}
        counts: Counter[str] = Counter()
        for key in dict.fromkeys(ref.agreement for ref in doc._.pg_agreement_refs or ()):
            info = infos.get(key)
            if info is None or not self._is_guarantee_agreement(info.key, info.label):
                continue
            for party in info.parties:
                if ents.get(party) and ents[party].type == "Country":
                    counts[party] += 1
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None  # a single bilateral deal does not say which side is protected
        return ranked[0][0]

    def _agreement_drafts(self, doc: Doc, default: str | None) -> list[_Draft]:
        """A security agreement the protected country is party to guarantees it: the parties
        the article names are its guarantors ("Canada signed a security deal with Ukraine")."""
        if default is None:
            return []
        ents = entities(doc)
        infos = doc._.pg_agreements or {}
        drafts: list[_Draft] = []
        for ref in doc._.pg_agreement_refs or ():
            info = infos.get(ref.agreement)
            if info is None or default not in info.parties:
                continue
            if not self._is_guarantee_agreement(info.key, info.label):
                continue
            guarantors = [p for p in info.parties if p != default and p in ents]
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if not guarantors or span is None:
                continue
            d = _Draft(
                token=span.root,
                phrase="agreement",
                start=span.start,
                end=span.end,
                beneficiary=default,
                guarantors=guarantors,
                status=self.lex.agreement_status,
                agreement=info.key,
                rules=[f"agreement-parties:{info.key}"],
                from_agreement=True,
            )
            probe = _Draft(token=span.root, phrase="agreement", start=span.start, end=span.end)
            self._governing(span.root, probe)  # only its status is used: roles come from parties
            if probe.status in {"rejected", "violated"}:
                d.status = probe.status
            drafts.append(d)
        return drafts

    def _fallback_beneficiary(self, doc: Doc, excluded: set[str]) -> str | None:
        """The country the article names most often, other than the guarantee's own givers and
        threat: a guarantee with no beneficiary at all tells an analyst nothing."""
        ents = entities(doc)
        counts: Counter[str] = Counter(
            m.entity
            for m in doc._.pg_mentions or ()
            if m.entity
            and m.entity not in excluded
            and ents.get(m.entity)
            and ents[m.entity].type == "Country"
        )
        ranked = counts.most_common(1)
        # a country named once ("the French president said") is no article's protected country
        return ranked[0][0] if ranked and ranked[0][1] >= self.lex.fallback_min_mentions else None

    def _merge(
        self, doc: Doc, drafts: list[_Draft], default: str | None
    ) -> tuple[list[Guarantee], dict[int, str]]:
        merged: dict[tuple[str | None, frozenset[str]], Guarantee] = {}
        token_map: dict[int, tuple[str | None, frozenset[str]]] = {}
        order: list[tuple[str | None, frozenset[str]]] = []
        ents = entities(doc)
        state_of = {ho.person: ho.organization for ho in doc._.pg_offices or () if ho.organization}

        def kind(key: str | None) -> str | None:
            return ents[key].type if key and ents.get(key) else None

        for d in drafts:
            if kind(d.beneficiary) == "Person":
                d.beneficiary = state_of.get(d.beneficiary)  # type: ignore[arg-type]
                d.beneficiary_explicit = d.beneficiary is not None
            if d.beneficiary and kind(d.beneficiary) not in {"Country", None}:
                # states are protected; "NATO's own security" is not a guarantee to an alliance
                d.beneficiary, d.beneficiary_explicit = None, False
            # a leader who signs or pledges does so for the state he holds office in
            givers = [state_of.get(g, g) if kind(g) == "Person" else g for g in d.guarantors]
            beneficiary = d.beneficiary or default
            if beneficiary is None:
                beneficiary = self._fallback_beneficiary(
                    doc, {*givers, *([d.threat] if d.threat else [])}
                )
            guarantors = tuple(dict.fromkeys(g for g in givers if g != beneficiary))
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
            if not d.from_agreement:
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
