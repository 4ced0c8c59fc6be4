"""Texts that commit their parties: "the text commits Britain to support a special tribunal",
"the declaration commits its signatories to binding guarantees". What a signed text binds an
actor to is that actor's position. The bound party is the object: a named actor, or a word for
the parties ("signatories", "participants") that stands for whoever adopted or signed the text
earlier in the article. A proposal that only would bind someone ("the plan would commit Kyiv to
neutrality") is no one's position. Words are data (`lexicons/stance_verbs.yaml`:
`binding_verbs`, `binding_texts`, `party_nouns`, `adopting_verbs`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Doc, Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import SUBJECT_DEPS, is_negated, subject_of
from pactgraph.nlp.util import prep_objects

_HEDGES = {"would", "could", "might", "may"}


@cache
def _words() -> dict[str, frozenset[str]]:
    data = lexicons.load("stance_verbs")
    return {
        k: frozenset(str(w) for w in data.get(k, ()))
        for k in ("binding_verbs", "party_nouns", "adopting_verbs", "binding_texts", "binding_light_verbs",
                  "signatory_nouns")
    }


def _bound(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _text(verb: Token) -> Token | None:
    """The text that binds: the verb's subject (through coordination: "the declaration, agreed
    by 30 countries, commits ..."), or the noun a participle hangs on ("adopted the declaration
    committing participants to ...")."""
    if verb.dep_ == "acl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head
    return subject_of(verb)


def _binding(tok: Token) -> bool:
    """`tok` is a signed text's binding verb: its subject a text word, an object (the party),
    neither negated nor hedged."""
    words = _words()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words["binding_verbs"]:
        return False
    subj = _text(tok)
    if subj is None or subj.lemma_.lower() not in words["binding_texts"]:
        return False
    if is_negated(tok) or any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in tok.children):
        return False
    return _bound(tok) is not None


def light(verb: Token) -> bool:
    """A verb of help or giving, whose object is someone else's act or need ("commits X to help
    Ukraine build a force"): binding a party to it names no position of the party's own."""
    return verb.lemma_.lower() in _words()["binding_light_verbs"]


def binding_verb_of(trigger: Token) -> Token | None:
    """The binding verb whose clause `trigger` is ("commits Britain to back X and to support
    Y": "back", "support"), through coordination."""
    current = trigger
    for _ in range(4):
        if current.dep_ == "conj":
            current = current.head
            continue
        if current.dep_ in {"xcomp", "advcl"} and _binding(current.head):
            return current.head
        return None
    return None


def commitment_triggers(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(binding verb, "support", rule, [what the party is bound to]) for a text binding a party
    to a thing ("commits its signatories to binding guarantees"); a clause it binds the party
    to ("to support a tribunal") is the clause verb's own stance, held by the party."""
    for tok in doc:
        if not _binding(tok):
            continue
        content = prep_objects((tok,), "to", deps={"pobj", "pcomp"})
        if content:
            yield tok, "support", f"commitment:{tok.lemma_.lower()}", content


def bound_parties(
    verb: Token,
    actor_keys: Callable[[Token], list[str]],
    agreements: Callable[[Token], list[str]],
    subject_keys: Callable[[Token], list[str]],
) -> list[str]:
    """Who `verb` binds: the object's actors; for a word for the parties, the actors that adopted
    or signed the same text (or one of its words) earlier in the document (`subject_keys`: the
    actors of a verb's subject, a dateline skipped)."""
    obj = _bound(verb)
    if obj is None:
        return []
    keys = actor_keys(obj)
    if keys or obj.lemma_.lower() not in _words()["party_nouns"]:
        return keys
    text = _text(verb)
    if text is None:
        return []
    wanted = set(agreements(text))
    for tok in reversed(verb.doc[: text.i + 1]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _words()["adopting_verbs"]:
            continue
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if tok.dep_ == "acl":
            objs.append(tok.head)  # "the declaration signed by X"
        # the same agreement when the text names one ("a separate declaration" is another),
        # else the same word
        if not any(
            (wanted & set(agreements(o))) if wanted else o.lemma_.lower() == text.lemma_.lower()
            for o in objs
        ):
            continue
        agents = [
            a for c in tok.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"
        ]
        keys = [k for a in agents for k in actor_keys(a)] or subject_keys(tok)
        if keys:
            return keys
    return []


def adopters_before(
    tok: Token, actor_keys: Callable[[Token], list[str]], subject_keys: Callable[[Token], list[str]],
    *, back: int = 3,
) -> list[str]:
    """Who "the signatories" (`signatory_nouns`, plural) are: the actors that adopted or signed a
    text (`binding_texts`) in the `back` sentences before `tok` or earlier in its own, the nearest
    first: "Leaders of the coalition adopted the declaration. The signatories commit to X"."""
    words = _words()
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in words["signatory_nouns"]:
        return []
    sents = list(tok.doc.sents)
    n = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
    for t in reversed(tok.doc[sents[max(0, n - back)].start : tok.i]):
        if t.pos_ != "VERB" or t.lemma_.lower() not in words["adopting_verbs"] or is_negated(t):
            continue
        objs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "adopted what they call the Paris declaration": the text inside a free relative
        named = [x for c in t.children if c.dep_ == "ccomp" for x in c.subtree]
        if t.dep_ == "acl":
            objs.append(t.head)  # "the declaration signed by X"
        if not any(o.lemma_.lower() in words["binding_texts"] for o in objs + named):
            continue
        agents = [a for c in t.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
        keys = [k for a in agents for k in actor_keys(a)] or subject_keys(t)
        if keys:
            return keys
    return []
