"""Fallback stances: a lower-confidence reading of clauses in which an actor states something
about a curated topic (`lexicons/topics.yaml`), an agreement or a guarantee the document names,
when no other rule found a stance of that holder on that target in that sentence.

Shapes: reported speech ("X said (that) CLAUSE" with the topic in CLAUSE), a quotation whose
speaker is known, and (optionally) an actor subject of a verb whose object names the topic. The
speaker comes from the stance context's speech and holder resolution; the polarity from the
clause: the stance lexicon's words, then the sentiment lexicon, then the configured default
(`fallback` in `lexicons/stance_verbs.yaml`) for a clause that states a position (a modal, a
copula saying something of the topic, the speaker's side in the first person); a reversal word
before the topic ("lift the sanctions") reverses it; negation and denial of the clause's
predicate are applied by the stance assembly like for any trigger. Forecasts, expectations,
questions, conditions, timetables, lists of contents, third parties' positions and accusations
give nothing. On dev, dev2 and dev3 every fallback stance matched a gold stance (stop 9), so the
guards may be loosened where a set shows misses of this shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from pactgraph.nlp import sentiment, stance_without
from pactgraph.nlp.guarantees import SUBJECT_DEPS, entity_of, is_negated, phrase_actors
from pactgraph.nlp.stance_context import GUARANTORS_PREFIX, _Context
from pactgraph.nlp.stance_lexicon import StanceLexicon
from pactgraph.nlp.stance_syntax import _as_adjective, _negated, _object_denied
from pactgraph.nlp.util import prep_objects
from pactgraph.records import Stance

RULE = "fallback"
# dependencies that open a clause of its own below a clause's verb
_NESTED = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "mark", "punct", "cc"}
# phrases of a clause that may name what it is about
_ARGUMENT_DEPS = {*SUBJECT_DEPS, "dobj", "attr", "oprd", "dative", "pobj", "appos", "npadvmod"}
_PASS_DEPS = {"prep", "xcomp", "acomp", "agent", "pcomp", "conj"}
# clause verbs that open a clause read as a clause of its own
_CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "parataxis"}


def _settings(lex: StanceLexicon) -> dict[str, Any]:
    return lex.fallback


def clause_tokens(verb: Token) -> list[Token]:
    """`verb`'s own clause: its subtree in the sentence, without nested clauses (complements,
    adverbial and relative clauses, coordinated clauses with a subject of their own)."""
    out: list[Token] = [verb]
    stack = [c for c in verb.children]
    while stack:
        t = stack.pop()
        if t.sent != verb.sent or t.dep_ in _NESTED:
            continue
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and t.head == verb:
            continue  # "... and that B": a clause of its own
        if t.dep_ == "acl" and any(c.dep_ in SUBJECT_DEPS for c in t.children):
            continue
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def _topic_roots(
    verb: Token, tokens: list[Token], ctx: _Context, settings: dict[str, Any]
) -> list[Token]:
    """Heads of the clause's phrases whose own words (the head and what precedes it) name a
    curated topic, an agreement or a guarantee, outermost first, at most `max_depth` phrases
    below the verb. A phrase of time or place ("after a ceasefire", "at the summit":
    `circumstance_preps`) sets the scene; it is not what the clause is about."""
    inside = {t.i for t in tokens}
    circumstances = frozenset(settings.get("circumstance_preps", ()))
    max_depth = int(settings.get("max_depth", 2))
    roots: list[Token] = []

    def walk(tok: Token, depth: int) -> None:
        if tok != verb and _harms(tok, ctx.lex):
            return  # "a breach of the assurances": the thing harmed, which the speaker defends
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ctx.lex.belief_verbs:
            return  # "naive to expect a truce": an expectation judged, not the truce
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ctx.lex.countering_verbs:
            return  # "deter any future attack": the thing countered, not a position on it
        for c in tok.children:
            if c.i not in inside or (c.dep_ == "prep" and c.lower_ in circumstances):
                continue
            argument = c.dep_ in _ARGUMENT_DEPS
            if argument and depth >= max_depth:
                continue
            if argument and c.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}:
                named = _names_topic(c, [t for t in c.subtree if t.i in inside], ctx)
                if named is True:
                    roots.append(c)
                    continue
                if named is None:
                    continue  # its own words name another topic than the whole: too vague
            if argument or c.dep_ in _PASS_DEPS:
                walk(c, depth + argument)

    walk(verb, 0)
    return roots


def _harms(tok: Token, lex: StanceLexicon) -> bool:
    """A word that harms or condemns what it governs ("breach", "violation", "undermining")."""
    if tok.lemma_.lower() in lex.harm_verbs or tok.lemma_.lower() in lex.accusation_verbs:
        return True
    stype = lex.evaluation(tok) if tok.pos_ == "NOUN" else None
    return stype is not None and stype in lex.types and lex.polarity(stype) == "oppose"


def _names_topic(head: Token, phrase: list[Token], ctx: _Context) -> bool | None:
    """Whether the phrase's own words (its head and what precedes it) name a guarantee, an
    agreement or a curated topic; None when they name another topic than the whole phrase ("the
    root causes, including NATO's expansion")."""
    own = [t for t in phrase if t.i <= head.i]
    if any(r.start <= head.idx < r.end for r in ctx.agreement_refs):
        return True
    if entity_of(head):
        return False
    if any(ctx.guarantee_at(t) for t in own):
        return True
    mine = ctx._topic(head, own)
    if mine is None:
        return False
    whole = ctx._topic(head, phrase)
    # one curated topic, its slots filled or not ("the sanctions" / "the sanctions on Russia")
    same = whole is not None and ctx.topic_of.get(whole.key) is not None and (
        ctx.topic_of.get(whole.key) is ctx.topic_of.get(mine.key)
    )
    return True if whole is None or whole.key == mine.key or same else None


def _predicate(verb: Token) -> list[Token]:
    """The words that say what the clause predicates: its verb, the verb's complements, objects
    and adverbs, and their modifiers ("was a step forward", "are no longer valid", "would bring
    a glimmer of hope"); not the words of its subject or of phrases further down."""
    out = [verb]
    for c in verb.children:
        if c.dep_ in {"acomp", "attr", "oprd", "dobj", "advmod", "xcomp"}:
            out.append(c)
            out.extend(g for g in c.children if g.dep_ in {"amod", "advmod", "compound", "acomp"})
            if c.dep_ == "xcomp":
                out.extend(t for t in _predicate(c) if t != c)
    return out


def _as_name(verb: Token) -> list[Token]:
    """The name an "as" phrase gives ("would regard X as unacceptable", "saw it as a trap"):
    judged by the stance lexicon only, as the sentiment lexicon praises "legitimate targets"."""
    named = prep_objects((verb,), "as", deps={"pobj", "amod", "acomp"})
    # "as completely unacceptable" read as a clause of its own, with "as" its adverb
    return named + [c for c in verb.children if _as_adjective(c)]


def _word_polarity(tok: Token, lex: StanceLexicon) -> str | None:
    """"support"/"oppose" a word of the stance lexicon gives, as a verb, a judging adjective or
    noun ("a dead end", "an important step")."""
    stype = None
    if tok.pos_ == "VERB":
        stype = lex.verbs.get(tok.lemma_.lower())
    elif tok.pos_ in {"ADJ", "NOUN"} and (
        tok.dep_ in {"acomp", "attr", "oprd", "dobj"} or tok.head.lower_ == "as"
        or any(c.lower_ == "as" for c in tok.children)
    ):
        stype = lex.stance_adjectives.get(tok.lower_) or lex.evaluation(tok)
    if stype is not None and stype in lex.types and lex.polarity(stype) != "neutral":
        return lex.polarity(stype)
    return None


def clause_polarity(
    verb: Token, lex: StanceLexicon, *, own_side: bool = False
) -> tuple[str, str] | None:
    """The polarity the clause's predicate gives, before the negation of its verb, and where it
    came from: the stance lexicon, then the sentiment lexicon (valences summed), then the
    default (`fallback.default`: a statement about a topic with no judgement in it). With
    `own_side`, the clause's subject is the speaker's own state or body, like "we"."""
    settings = _settings(lex)
    if any(c.lemma_.lower() in lex.readiness for c in verb.children if c.dep_ == "acomp"):
        return None  # "the drafts would be ready next week": a timetable (an actor's readiness has its rule)
    words = _predicate(verb)
    for t in [*words, *_as_name(verb)]:
        pol = _word_polarity(t, lex)
        if pol is not None:
            if t != verb and is_negated(t):
                pol = "oppose" if pol == "support" else "support"
            return pol, "lexicon"
    if _denied_thing(verb):
        return None  # "there were no substantive talks": a fact denied, not a judgement
    if settings.get("sentiment", True):
        total = 0.0
        for t in words:
            v = sentiment.valence(t.lemma_.lower())
            if v is None:
                v = sentiment.valence(t.lower_)
            if v is None or abs(v) < sentiment.threshold():
                continue
            total += -v if (t != verb and is_negated(t)) else v
        if total:
            return ("support" if total > 0 else "oppose"), "sentiment"
    default = settings.get("default")
    if default not in {"support", "oppose"} or not _stating(verb, lex, own_side=own_side):
        return None
    if default == "support" and _negative_inside(verb, lex):
        return None  # "was a step toward an anti-Western project": a judgement left unread
    return str(default), "default"


def _negative_inside(verb: Token, lex: StanceLexicon) -> bool:
    """A word deeper in the clause's predicate that judges negatively ("a step toward another
    anti-Western project", "would mean forgetting the causes"): no default of support."""
    for c in verb.children:
        if c.dep_ not in {"attr", "acomp", "oprd", "xcomp", "ccomp"}:
            continue
        for t in c.subtree:
            # "anti-Western", whether or not the parser split the hyphen
            if t.lower_.startswith("anti-") or (
                t.lower_ == "anti" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"
            ):
                return True
            v = sentiment.valence(t.lemma_.lower())
            if v is not None and v <= -sentiment.threshold():
                return True
            if _word_polarity(t, lex) == "oppose" and t.pos_ in {"ADJ", "NOUN"}:
                return True
    return False


def _denied_thing(verb: Token) -> bool:
    """An argument of the clause is quantified by "no" ("there were no talks", "no meeting was
    planned")."""
    return any(
        c.dep_ in {*SUBJECT_DEPS, "attr", "dobj"}
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _stating(verb: Token, lex: StanceLexicon, *, own_side: bool = False) -> bool:
    """A clause that states a position rather than reports an event: a modal ("would",
    "must", "could") or a copula ("X is the floor"), not negated ("this was not a ceasefire"
    denies a fact), not a perfect or a progressive ("had been raised", "are taking place")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if _own_intent(verb, auxes, own_side=own_side):
        return True  # "we will (not) send X": the speaker's intent; the assembly applies the "not"
    if _denied_reversal(verb, auxes, lex):
        return True  # "Poland will not stop supplying weapons": the assembly applies the "not"
    if _negated(verb) or _object_denied(verb):
        return False
    if any(a.tag_ == "MD" or a.lower_ in _settings(lex).get("modals", ()) for a in auxes):
        # "would only take effect after X", "would only feed the fire": a limit or a condition
        return not any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)
    if any(a.lemma_ == "have" or (a.lemma_ == "be" and verb.tag_ == "VBG") for a in auxes):
        return False
    if verb.tag_ == "VBP" and _first_person(verb):
        return True  # "we keep the weapons flowing": what the speaker's side does as a rule
    return verb.lemma_ in lex.fallback.get("copulas", ()) and any(
        c.dep_ in {"attr", "acomp", "prep", "oprd"} for c in verb.children
    )


def _denied_reversal(verb: Token, auxes: list[Token], lex: StanceLexicon) -> bool:
    """An actor's own future reversal denied ("Poland will not stop supplying weapons", "Rome
    would not lift the sanctions"): a position on what it would have undone. Not a thing that
    does not stop ("the sanctions would not stop Russia"): the subject is an actor or the speaker."""
    if verb.lemma_.lower() not in lex.reversal_words or not _negated(verb):
        return False
    if not any(a.tag_ == "MD" for a in auxes):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (phrase_actors(subj) or subj.lower_ in {"i", "we"}):
        return False
    return any(c.dep_ in {"dobj", "xcomp"} for c in verb.children)


def _first_person(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in {"i", "we"} for c in verb.children)


def _own_intent(verb: Token, auxes: list[Token], *, own_side: bool = False) -> bool:
    """A first-person clause in the future ("we will send", "we are not going to put"), or one
    whose subject is the speaker's own state or body ("Kallas said the EU would not lift X")."""
    if not (own_side or _first_person(verb)):
        return False
    going = verb.lemma_ == "go" and verb.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in verb.children)
    return going or any(a.tag_ == "MD" for a in auxes)


def _third_party(verb: Token, ctx: _Context, speakers: list[str]) -> bool:
    """The clause states another actor's act or position ("X said Moscow wanted a truce"), or
    that of people the speaker does not speak for ("a majority of voters backed it")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in ctx.lex.third_party_subjects:
        return True
    keys = phrase_actors(subj) or [
        k for c in subj.children if c.dep_ in {"amod", "compound", "poss"}
        if (k := entity_of(c) or ctx.kb.demonym(c.text))
    ]  # "the Russian side", "Moscow's negotiators"
    own = {o for sp in speakers for o in ctx.offices.get(sp, ())}
    return bool(keys) and not all(k in speakers or k in own for k in keys)


def _own_side(verb: Token, ctx: _Context, speakers: list[str]) -> bool:
    """The clause's subject names only the speakers' own states or bodies (the offices they
    hold), not the speakers themselves: "Kallas said the EU would not lift X"."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    keys = phrase_actors(subj) if subj is not None else []
    own = {o for sp in speakers for o in ctx.offices.get(sp, ())}
    return bool(keys) and all(k in own for k in keys)


def _accusation(verb: Token, lex: StanceLexicon) -> bool:
    return (
        verb.lemma_ in lex.harm_verbs
        or verb.lemma_ in lex.accusation_verbs
        or (verb.head.lemma_.lower() in lex.charge_verbs)
    )


def fallback_triggers(
    doc: Doc, ctx: _Context, lex: StanceLexicon
) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(clause verb, stance type, rule, topic roots) for each clause in someone's words
    (and, when configured, each actor's own clause) that names a curated topic."""
    settings = _settings(lex)
    if not settings.get("enabled", False):
        return
    shapes = set(settings.get("shapes", ("reported", "quote")))
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in _CLAUSE_DEPS:
            continue
        if verb.dep_ == "conj" and verb.head.dep_ not in _CLAUSE_DEPS:
            continue
        if verb.lemma_ in lex.verbs or verb.lemma_ in lex.reporting_verbs:
            continue  # a stance verb has rules of its own; a reporting verb is not the content
        if _accusation(verb, lex):
            continue
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.belief_verbs:
            continue  # "I can't imagine the meeting taking place ...": an expectation, not a position
        own_side = False
        speech = ctx.speech(verb)
        if speech is not None:
            shape = "quote-topic" if speech.kind == "quote" else "reported-topic"
            if speech.kind == "quote" and "quote" not in shapes:
                continue
            if speech.kind != "quote" and "reported" not in shapes:
                continue
            if speech.verb is not None and (
                is_negated(speech.verb)
                or speech.verb.lemma_.lower() in lex.question_verbs
                or speech.verb.lemma_.lower() in settings.get("skip_reporting", ())
            ):
                continue  # "did not say that X", "asked whether X", "denied that X"
            if _third_party(verb, ctx, speech.speakers):
                continue
            own_side = _own_side(verb, ctx, speech.speakers)
        else:
            if "subject" not in shapes:
                continue
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is None or not phrase_actors(subj):
                continue
            shape = "subject-topic"
        if any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in verb.children
        ):
            continue  # "a truce would be possible only if ...": a hypothetical
        tokens = clause_tokens(verb)
        if any(t.lower_ == "than" for t in tokens):
            continue  # "worth more than a truce": a comparison, not a position on either
        roots = _topic_roots(verb, tokens, ctx, settings)
        if not roots:
            continue
        polarity = clause_polarity(verb, lex, own_side=own_side)
        if polarity is None:
            continue
        if lex.polarity(polarity[0]) == "oppose" and stance_without.lacked(verb):
            continue  # "without a backstop, any force would be useless": the lack is judged
        if shape == "subject-topic" and polarity[1] == "default":
            continue  # an actor's own act with no judgement in it says nothing of its stance
        if polarity[1] == "default" and not _said_of_topic(verb, roots, lex):
            continue
        rule = f"{RULE}:{shape}:{polarity[1]}"
        undone = [r for r in roots if _undone(r, verb, lex)]
        kept = [r for r in roots if r not in undone]
        if kept:
            yield verb, polarity[0], rule, kept
        if undone:  # "we will (not) lift the sanctions": the opposite stance on the sanctions
            # "refuse" turns into "accept" under a negation, where "oppose" would turn neutral
            yield verb, "refuse" if polarity[0] == "support" else "support", rule, undone


def _undone(root: Token, verb: Token, lex: StanceLexicon) -> bool:
    """A reversal word ("lift", "suspend", "end") governs `root` on its way up to the clause's verb."""
    tok = root.head
    while tok != verb and tok.head != tok and tok.i != root.i:
        if tok.lemma_.lower() in lex.reversal_words:
            return True
        tok = tok.head
    if verb.lemma_.lower() not in lex.reversal_words:
        return False
    if root.head == verb:
        return True
    # the clause's own verb undoes what its object or its gerund names ("would not halt
    # deliveries of X", "would stop supplying X")
    top = root
    while top.head != verb and top.head != top:
        top = top.head
    return top.head == verb and top.dep_ in {"dobj", "xcomp"}


def _said_of_topic(verb: Token, roots: list[Token], lex: StanceLexicon) -> bool:
    """A clause with no judgement in it states a position only when it says something of the
    topic: not a list of contents ("the package would include weapons": `content_verbs`), and,
    for a copula, with the topic as its subject or predicate ("a truce is now up to Moscow",
    "the focus is on guarantees", "the 2 billion of aid was the largest package"), not a phrase
    further down ("the results of the summit were close to zero"), and no tautology ("soldiers
    remain soldiers")."""
    if verb.lemma_.lower() in _settings(lex).get("content_verbs", ()):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    modal = any(a.tag_ == "MD" for a in auxes) or _own_intent(verb, auxes)
    if not modal and not any(_direct(r, verb, lex) for r in roots):
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    attr = next((c for c in verb.children if c.dep_ in {"attr", "oprd"}), None)
    return subj is None or attr is None or subj.lemma_.lower() != attr.lemma_.lower()


def _curated(key: str, ctx: _Context) -> bool:
    """A curated topic, or a guarantee whose guarantors the text describes ("the first
    guarantee is our own army": `stance_context._described_guarantee`)."""
    return key in ctx.topic_of or key.startswith(GUARANTORS_PREFIX)


def keep(made: list[Stance], found: list[Stance], ctx: _Context) -> list[Stance]:
    """The fallback's stances worth adding: with a holder the clause's speaker (or own subject)
    gives, a curated target, none of the other rules' stances of that holder on that target in
    that sentence; at a lower confidence."""
    settings = _settings(ctx.lex)
    covered = {(st.holder, st.target.key, st.sentence) for st in found}
    holders_of = {(st.holder, st.sentence) for st in found}
    out = []
    for st in made:
        route = st.rule.split(":")[0]
        if route not in {"quote-speaker", "reported-speaker", "subject"}:
            continue
        if st.target.kind == "actor":
            continue
        if st.target.kind == "topic" and not _curated(st.target.key, ctx):
            continue  # a free phrase: only curated topics are sure enough to guess on
        if (st.holder, st.target.key, st.sentence) in covered:
            continue
        if settings.get("new_holders_only") and (st.holder, st.sentence) in holders_of:
            continue
        out.append(replace(st, confidence=min(st.confidence, float(settings.get("confidence", 0.35)))))
    return out


def _direct(root: Token, verb: Token, lex: StanceLexicon) -> bool:
    """`root` is an argument of `verb`, the object of a preposition of `verb` ("is about X"),
    or what an amount of the verb's argument measures ("2 billion of aid")."""
    head = root.head
    if head == verb:
        return True
    if head.dep_ == "prep" and head.head == verb:
        return True
    amount = head.head if head.dep_ == "prep" and head.lower_ == "of" else None
    return (
        amount is not None
        and amount.head == verb
        and (amount.pos_ == "NUM" or amount.like_num or amount.lemma_.lower() in lex.quantity_nouns)
    )
