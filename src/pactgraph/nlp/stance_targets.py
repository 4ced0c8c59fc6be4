"""Precise stance targets: a target named only by its kind ("rejected the move", "the notion
that ...", "provisions that X found unacceptable, including Y") is replaced by what the text
names for it: content in its own phrase, else (for texts) the nearest named agreement or the
same noun with its content up to a few sentences back; with nothing found, a vague kind word
(`lexicons/stance_targets.yaml`) gives no stance at all."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import SUBJECT_DEPS, contains_keyword, entity_of, phrase_actors
from pactgraph.nlp.stance_syntax import _slug, phrase_topic
from pactgraph.nlp.util import sentence_index, sentences
from pactgraph.records import Target

if TYPE_CHECKING:
    from pactgraph.nlp.stance_context import _Context

log = logging.getLogger("pactgraph")

_CLAUSE_DEPS = {"acl", "relcl", "ccomp", "appos"}
_LEAD_DROP = {"mark", "det", "punct", "cc"}
_MAX_WORDS = 12


def _lex() -> dict[str, Any]:
    return lexicons.load("stance_targets")


def precise_targets(
    ctx: _Context, trigger: Token, roots: list[Token], targets: list[Target]
) -> list[Target]:
    """`targets` with generic kind words replaced by what they stand for (or dropped)."""
    if not targets and len(roots) == 1 and _bare_kin(roots[0]):
        # "the idea was unacceptable": too vague for a topic of its own, it stands for the
        # proposal named before it
        found = _antecedent(ctx, roots[0])
        return [found] if found is not None else []
    targets = [_pronoun_object_named(ctx, roots, t) or t for t in targets]
    out: list[Target] = []
    for target in targets:
        new = _precise(ctx, trigger, roots, target)
        if new is not None and new not in out:
            out.append(new)
    return out


def _precise(ctx: _Context, trigger: Token, roots: list[Token], target: Target) -> Target | None:
    if target.kind == "actor":
        return (
            _requested(ctx, roots, target)
            or _acting(ctx, trigger, roots, target)
            or _modified_thing(ctx, trigger, roots, target)
            or target
        )
    if target.kind == "topic" and target.key in ctx.topic_of:
        return _pressed_act(ctx, roots, target) or target
    if target.kind != "topic":
        return target
    target = _direct_object(ctx, roots, target) or _clean_end(trigger, target)
    head = _generic_head(roots, target, trigger)
    if head is None:
        return target
    found = _own_content(ctx, head, trigger) or _antecedent(ctx, head)
    if found is not None:
        return found
    if head.lemma_.lower() in set(_lex().get("vague_nouns", ())):
        log.debug("stance target %r names only a kind: dropped", target.label)
        return None
    return target


def _pronoun_object_named(ctx: _Context, roots: list[Token], target: Target) -> Target | None:
    """ "urged the EU to use them": an act whose object is "them" or "it" names the thing the
    pronoun stands for, the nearest noun of its number before it in the sentence or the one
    before that is neither an actor nor a date ("the assets ... use them" -> "use assets")."""
    if target.kind != "topic":
        return None
    for r in roots:
        if r.pos_ != "VERB":
            continue
        pron = next((c for c in r.children if c.dep_ == "dobj" and c.lower_ in {"them", "it"}), None)
        if pron is None or pron.lower_ not in target.label.lower().split():
            continue
        plural = pron.lower_ == "them"
        n = sentence_index(pron)
        sents = sentences(ctx.doc)
        window = [t for k in (n - 1, n) if 0 <= k < len(sents) for t in sents[k] if t.i < pron.i]
        for tok in reversed(window):
            if (
                tok.pos_ != "NOUN" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}
                or (tok.tag_ == "NNS") != plural or phrase_actors(tok) or entity_of(tok)
                or tok.lemma_.lower() in ctx.lex.actor_like or tok.ent_type_ in {"DATE", "TIME"}
            ):
                continue
            phrase = phrase_topic(tok, limit=4)
            if not phrase or _slug(phrase) in ctx.lex.vague_topics:
                return None
            label = f"{r.lemma_} {phrase}"
            return ctx._topic(tok, list(tok.subtree)) or Target("topic", _slug(label), label)
        return None
    return None


def _bare_kin(tok: Token) -> bool:
    """ "the idea", "this suggestion": a kin noun of a proposal with only a determiner."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in set(_lex().get("proposal_kin", ()))
        and all(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)
    )


def _generic_head(roots: list[Token], target: Target, trigger: Token) -> Token | None:
    """The token of a one-word generic target label ("move", "provisions")."""
    words = target.label.lower().split()
    generic = set(_lex().get("generic_nouns", ()))
    for r in roots:
        for t in r.subtree:
            if (
                t.sent == trigger.sent
                and t.lower_ == words[-1]
                and t.pos_ == "NOUN"
                and t.lemma_.lower() in generic
                and (len(words) == 1 or _only_owned(t))
            ):
                return t
    return None


def _only_owned(head: Token) -> bool:
    """ "her own idea", "his plan": before the kind word only whose it is, which says nothing
    of what it is."""
    left = [c for c in head.children if c.i < head.i]
    return bool(left) and all(
        c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ == "PRON") or c.lower_ == "own"
        for c in left
    )


def _words_label(tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].dep_ in _LEAD_DROP or tokens[0].tag_ in {"WDT", "WP"}):
        tokens = tokens[1:]
    tokens = [t for t in tokens if t.pos_ != "SPACE"]
    if not tokens or len(tokens) > _MAX_WORDS:
        return None
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"ADP", "CCONJ", "DET", "PART"}):
        tokens = tokens[:-1]
    if not any(t.pos_ in {"NOUN", "PROPN", "VERB"} for t in tokens):
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _agreement_target(ctx: _Context, tok: Token) -> Target | None:
    """The first agreement cited inside `tok`'s phrase, as a target."""
    agreements = ctx.agreement_in(tok)
    return Target("agreement", agreements[0], ctx._agreement_label(agreements[0])) if agreements else None


def _known_target(ctx: _Context, tok: Token) -> Target | None:
    """An agreement cited inside `tok`'s phrase, else the curated topic its words name."""
    return _agreement_target(ctx, tok) or ctx._topic(
        tok, [t for t in tok.subtree if t.sent == tok.sent]
    )


def _content_tokens(root: Token) -> list[Token]:
    """`root`'s subtree without nested asides (relative clauses, appositions, parentheticals)."""
    cut = {
        t.i
        for t in root.subtree
        if t != root and t.dep_ in {"relcl", "appos", "parataxis", "advcl"}
        for t in t.subtree
    }
    out = []
    for t in root.subtree:
        if t.i in cut or t.sent != root.sent:
            break  # a contiguous run: a dropped aside ends it
        out.append(t)
    return out


def _own_content(ctx: _Context, head: Token, trigger: Token) -> Target | None:
    """What the phrase itself says the kind word is: a clause ("the notion that X did Y"), an
    apposition or a content preposition ("provisions including on X")."""
    preps = set(_lex().get("content_preps", ()))
    for c in head.children:
        if c.i < head.i or trigger in c.subtree or c.sent != head.sent:
            continue
        if c.dep_ == "relcl" and not content_clause(c) and not any(
            t.dep_ in SUBJECT_DEPS and t.tag_ in {"WDT", "WP"} for t in c.children
        ):
            continue  # "the conditions he put forward": someone's act on it, not its content
        if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "prep" and c.lower_ in preps):
            if c.dep_ == "appos" and phrase_actors(c):
                continue
            sub = _content_tokens(c)
            agreement = _agreement_target(ctx, c)
            if agreement:
                return agreement
            if c.dep_ in {"ccomp", "acl"} and any(t.dep_ == "mark" for t in c.children):
                label = _words_label(sub)  # "the notion that X did Y": X did Y
            else:
                # the kind word and its content, without what lies between ("provisions
                # that X rejected, including on Y" -> "provisions including on Y")
                content = _words_label(sub) if c.dep_ == "prep" else None
                label = (
                    f"{head.text} {content}" if content else _words_label([head, *sub])
                )
            if label:
                return Target("topic", _slug(label), label)
    return _hung_content(ctx, head) or _displaced_content(head) or _colon_content(ctx, head)


def _hung_content(ctx: _Context, head: Token) -> Target | None:
    """ "backed the proposal for a truce" with "for a truce" hung on the verb: a content
    preposition right after the object kind word is still its content (lexicon `hung_preps`)."""
    prep = hung_prep(head)
    if prep is None or any(phrase_actors(o) for o in prep.children if o.dep_ == "pobj"):
        return None  # "backed the plan for Kyiv": a beneficiary, not what the plan is
    found = _known_target(ctx, prep)
    if found is not None:
        return found
    content = _words_label(_content_tokens(prep))
    label = f"{head.text} {content}" if content else None
    return Target("topic", _slug(label), label) if label else None


def content_phrase(root: Token, *, exclude: Token | None = None) -> str | None:
    """A noun with the "that" clause saying what it is ("the idea that more money would bring
    victory"), as the text's words for a target: the noun alone says only its kind."""
    clause = next((c for c in root.children if c.i > root.i and content_clause(c)), None)
    if root.pos_ != "NOUN" or clause is None or (exclude is not None and exclude in clause.subtree):
        return None
    tokens = [t for t in root.doc[root.i : clause.right_edge.i + 1] if t.sent == root.sent]
    # up to an aside or a list's comma, and at most a few words
    tokens = next((tokens[:k] for k, t in enumerate(tokens) if t.is_punct), tokens)
    tokens = tokens[: _MAX_WORDS + 2]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"ADP", "CCONJ", "DET", "PART"}):
        tokens = tokens[:-1]
    return root.doc[tokens[0].i : tokens[-1].i + 1].text if len(tokens) > 2 else None


def with_hung_prep(root: Token, phrase: str, *, limit: int = 4) -> str:
    """`phrase` with the content preposition the parser hung on the verb right after the object
    ("wanted a guarantee for itself": "guarantee for itself"), when it has at most `limit`
    words."""
    if root.pos_ != "NOUN" or not phrase.endswith(root.right_edge.text):
        return phrase
    nxt = hung_prep(root)
    if nxt is None:
        return phrase
    words = [t for t in nxt.subtree if t.sent == root.sent]
    if not 1 < len(words) <= limit:
        return phrase
    return f"{phrase} {root.doc[words[0].i : words[-1].i + 1].text}"


def hung_prep(obj: Token) -> Token | None:
    """The content preposition (lexicon `hung_preps`) the parser hung on the verb right after
    its object `obj`, which belongs to the object's phrase (never a time: "on Monday")."""
    i = obj.right_edge.i + 1
    if i >= len(obj.doc):
        return None
    # the verb's object, or the object of the verb's own preposition ("agreed to a moratorium
    # on strikes")
    if obj.dep_ == "dobj":
        verb = obj.head
    elif obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head.pos_ in {"VERB", "AUX"}:
        verb = obj.head.head
    else:
        return None
    prep = obj.doc[i]
    if prep.head != verb or prep.dep_ != "prep" or prep.lower_ not in set(_lex().get("hung_preps", ())):
        return None
    if any(o.ent_type_ in {"DATE", "TIME"} for o in prep.children if o.dep_ == "pobj"):
        return None
    return prep


def content_clause(clause: Token) -> bool:
    """ "the demand that Ukraine withdraw": a clause on a noun, opened by a complementizer "that"
    (not a relative pronoun) and with its own subject, says what the noun is, not what was done
    to it (the parser often takes it for a relative clause)."""
    return (
        clause.dep_ in {"relcl", "acl"}
        and clause.head.pos_ == "NOUN"
        and any(c.lower_ == "that" and c.tag_ == "IN" and c.i < clause.i for c in clause.children)
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in clause.children)
    )


def describes_label(tok: Token, label: str) -> bool:
    """`tok` sits in a clause on a noun the target's label names ("the efforts to end the war",
    "the demand that Kyiv withdraw"): what the clause undoes is not the target."""
    words = set(label.split())
    current = tok
    while current.head != current:
        if current.dep_ in {"acl", "relcl"} and current.head.pos_ == "NOUN":
            return current.head.lower_ in words
        current = current.head
    return False


def _colon_content(ctx: _Context, head: Token) -> Target | None:
    """ "pushed for her own idea: a defence clause for X": a kind word that ends its phrase
    before a colon is named by the noun phrase after the colon."""
    doc = head.doc
    colon = head.right_edge.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or doc[colon].sent != head.sent:
        return None
    noun = next(
        (t for t in doc[colon + 1 : min(len(doc), colon + 6)]
         if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"compound", "amod", "poss", "nmod"}),
        None,
    )
    if noun is None or noun.sent != head.sent or noun.pos_ == "PROPN" and phrase_actors(noun):
        return None  # "her partner: Germany" names an actor, not what the kind word stands for
    known = _known_target(ctx, noun)
    if known:
        return known
    label = _words_label(_content_tokens(noun))
    return Target("topic", _slug(label), label) if label else None


def _displaced_content(head: Token) -> Target | None:
    """ "claims, revived by X, that Y did Z": after a comma aside the parser may hang the noun's
    "that" clause on the verb; the clause starting right after the aside is still its content."""
    nxt = head.right_edge.i + 1
    doc = head.doc
    if nxt >= len(doc) or doc[nxt].text != ",":
        return None
    for t in doc[nxt + 1 : min(len(doc), nxt + _MAX_WORDS)]:
        if t.sent != head.sent:
            return None
        if t.lower_ == "that" and t.dep_ == "mark" and doc[t.i - 1].text == ",":
            clause = t.head
            # a complementizer on the root: the parser made the content clause the main one
            if clause.dep_ not in {"advcl", "ccomp", "ROOT"}:
                return None
            tail = _content_tokens(clause) if clause.dep_ != "ROOT" else [
                c for c in clause.subtree if c.i > t.i and c.sent == t.sent
            ]
            label = _words_label([c for c in tail if c.i > t.i])
            return Target("topic", _slug(label), label) if label else None
    return None


def _antecedent(ctx: _Context, head: Token) -> Target | None:
    """A text noun's antecedent: the same noun (or a kin noun of a proposal, `proposal_kin`)
    with content, or a named agreement, up to `antecedent_window` sentences back (nearest
    first)."""
    lex = _lex()
    n = sentence_index(head)
    sents = sentences(ctx.doc)
    is_text = head.lemma_.lower() in set(lex.get("text_nouns", ()))
    kin = set(lex.get("proposal_kin", ()))  # "a proposal to X ... the idea": one thing
    back = n if is_text else int(lex.get("antecedent_window", 3))
    window = [
        t for k in range(n - back, n + 1) if 0 <= k < len(sents) for t in sents[k] if t.i < head.i
    ]
    for tok in reversed(window):
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ == "compound":
            continue
        same = tok.lemma_ == head.lemma_ or (
            head.lemma_.lower() in kin and tok.lemma_.lower() in kin
        )
        if (is_text and tok.pos_ == "PROPN") or same:
            agreement = _agreement_target(ctx, tok)
            if agreement:
                return agreement
        if same:
            topic = ctx._topic(tok, [t for t in tok.subtree if t.sent == tok.sent])
            if topic:
                return topic
            phrase = phrase_topic(tok, limit=ctx.lex.topic_max_words)
            if phrase and len(phrase.split()) > 1:
                return Target("topic", _slug(phrase), phrase)
    return None


def _requested(ctx: _Context, roots: list[Token], target: Target) -> Target | None:
    """ "rejected Kyiv's call to hand back control of the border", "block any EU decision to
    use the assets": the act asked for or decided, not the actor who asked (a possessor or
    modifier is taken as the target when nothing curated is named)."""
    nouns = set(_lex().get("request_nouns", ()))
    for r in roots:
        if r.pos_ != "NOUN" or r.lemma_.lower() not in nouns:
            continue
        if not any(
            c.dep_ in {"poss", "compound", "nmod"} and target.key in phrase_actors(c)
            for c in r.children
        ):
            continue
        # the parser may hang the infinitive on the verb, right after the noun's phrase
        after = [c for c in r.head.children if c.left_edge.i == r.right_edge.i + 1]
        for c in [*r.children, *after]:
            if c.i > r.i and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children):
                content = _words_label(_content_tokens(c))
                if content:
                    label = f"{r.text} {content}"
                    return Target("topic", _slug(label), label)
    return None


def _pressed_act(ctx: _Context, roots: list[Token], target: Target) -> Target | None:
    """ "resisted pressure from allies to loosen the rules": a request noun from someone that
    names a curated topic only by itself ("pressure") stands for the act its infinitive asks for
    (without "from", "backed pressure to force X to talk" is pressure the holder wants)."""
    nouns = {*_lex().get("request_nouns", ()), "pressure"}
    keywords = ctx.topic_of[target.key]["keywords"]
    for r in roots:
        if r.pos_ != "NOUN" or r.lemma_.lower() not in nouns or not contains_keyword(r.text, keywords):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "from" for c in r.children):
            continue
        for c in r.children:
            if (
                c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.i > r.i
                and any(a.tag_ == "TO" for a in c.children)
                and not any(a.dep_ in SUBJECT_DEPS for a in c.children)
            ):
                content = _words_label(_content_tokens(c))
                if content:
                    label = f"{r.text} {content}"
                    return Target("topic", _slug(label), label)
    return None


def _acting(ctx: _Context, trigger: Token, roots: list[Token], target: Target) -> Target | None:
    """ "his opposition to Ukraine joining NATO", "insisted on Russia joining the guarantors": an
    actor followed by its own gerund is the subject of an act, and the stance is about the act
    (the parser hangs the gerund on the verb, right after the actor's phrase)."""
    doc = trigger.doc
    for r in roots:
        top = r
        while top.dep_ == "conj" and top.head != top:
            top = top.head  # "Russia and Belarus joining": the whole list acts
        if target.key not in phrase_actors(top) or top.dep_ not in {"pobj", "dobj"}:
            continue
        nxt = top.right_edge.i + 1
        while nxt < len(doc) and doc[nxt].dep_ == "neg":
            nxt += 1
        if nxt >= len(doc):
            continue
        act = doc[nxt]
        if (
            act.tag_ != "VBG"
            or act.sent != r.sent
            or any(c.dep_ in SUBJECT_DEPS for c in act.children)
            or act.head not in {top, *top.ancestors}
        ):
            continue
        words = [t for t in doc[top.left_edge.i : act.right_edge.i + 1] if t.sent == r.sent]
        topic = ctx._topic(act, words)
        if topic:
            return topic
        label = _words_label(words)
        if label:
            return Target("topic", _slug(label), label)
    return None


def _modified_thing(
    ctx: _Context, trigger: Token, roots: list[Token], target: Target
) -> Target | None:
    """ "said the US plan was a basis", "would stay out of the alliance's Ukraine mission",
    "demanded Russia's withdrawal": an actor named only as a modifier or possessor of a common
    noun is the thing's author or subject; the stance is about the thing, in the text's words
    (never a party's noun: "the Ukrainian forces")."""
    for r in roots:
        # a common noun, or a thing's name that is no actor ("the Ukraine Facility")
        if r.pos_ not in {"NOUN", "PROPN"} or entity_of(r) or r.lemma_.lower() in ctx.lex.actor_like:
            continue
        deps = {c.dep_ for c in r.children if entity_of(c) == target.key}
        if not deps & {"compound", "amod", "nmod", "poss"}:
            continue
        if r.lemma_.lower() in set(_lex().get("generic_nouns", ())):
            # "her own idea: a defence clause", "Moscow's demand that Kyiv withdraw": what the
            # kind word stands for, when its phrase says it
            found = _own_content(ctx, r, trigger)
            if found is not None:
                return found
        phrase = phrase_topic(r, limit=ctx.lex.topic_max_words, exclude=trigger)
        if not phrase or _slug(phrase) in ctx.lex.vague_topics:
            continue
        if "poss" in deps and target.label.lower() not in phrase.lower() and "'s" not in phrase:
            # "demanded Russia's withdrawal": the phrase drops the possessor, the label keeps it
            # (a described possessor the phrase kept, "the French president's address", stays)
            phrase = f"{target.label}'s {phrase}"
        return Target("topic", _slug(phrase), phrase)
    return None


def _direct_object(ctx: _Context, roots: list[Token], target: Target) -> Target | None:
    """ "refused to grant the two republics a membership plan": the thing granted, not the
    beneficiary (the parser may hang the thing on the beneficiary as an apposition)."""
    for r in roots:
        if r.pos_ != "VERB" or not target.label.lower().startswith(r.lemma_.lower()):
            continue
        dative = next((c for c in r.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
        if dative is None:
            continue
        obj = next((c for c in r.children if c.dep_ == "dobj"), None) or next(
            (c for c in dative.children if c.dep_ == "appos" and c.i > dative.i + 1
             and not phrase_actors(c)),
            None,
        )
        if obj is None:
            continue
        known = _known_target(ctx, obj)
        if known:
            return known
        what = phrase_topic(obj, limit=ctx.lex.topic_max_words)
        if what:
            label = f"{r.lemma_} {what}"
            return Target("topic", _slug(label), label)
    return None


def _clean_end(trigger: Token, target: Target) -> Target:
    """A free phrase label cut inside a post-nominal modifier ("create a force able", its
    "to deploy ..." cut off by the word limit) ends at the noun instead."""
    words = target.label.split()
    if len(words) < 3:
        return target
    last = next(
        (t for t in trigger.sent if t.text == words[-1] and t.pos_ == "ADJ" and t.i > t.head.i
         and t.head.pos_ in {"NOUN", "PROPN"} and any(c.i > t.i for c in t.children)),
        None,
    )
    if last is None:
        return target
    label = " ".join(words[:-1])
    return Target("topic", _slug(label), label)
