"""Parse-tree predicates shared by stance triggers and by holder and target resolution:
negation, modality and hedges, clause structure, relative and appositive referents,
coordination, and the words of a target phrase (`phrase_topic`). They read a token's
neighbourhood only; nothing here knows the document context."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import SUBJECT_DEPS, entity_of, is_negated, phrase_actors, subject_of
from pactgraph.nlp.stance_lexicon import StanceLexicon
from pactgraph.nlp.util import full_text, prep_objects
from pactgraph.records import Target

_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}


def attach_gerund_complement(verb: Token, end: int) -> None:
    """A gerund right after a stance verb (or its particle, `end` being the index after the verb's
    words) that the parser hung as an adverbial clause ("ruled out sending troops") is the verb's
    complement, as it is where the parser reads it as one: relabel it `xcomp`, so that every rule
    reads one parse. Not with a subject or marker of its own ("backed it after sending"), nor
    when the verb already has an object or complement ("opposed the plan citing costs")."""
    doc = verb.doc
    if end >= len(doc):
        return
    gerund = doc[end]
    if (
        gerund.head == verb
        and gerund.dep_ == "advcl"
        and gerund.tag_ == "VBG"
        and not any(c.dep_ in {"mark", *SUBJECT_DEPS} for c in gerund.children)
        and not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children)
    ):
        gerund.dep_ = "xcomp"


def names_topic(tok: Token, topics: Iterable[dict], words: frozenset[str]) -> bool:
    """`tok` is a word of a curated topic's keyword (`words`: the keywords' words, reversal
    topics left out) as the text has it: a one-word keyword, or a longer one written out around
    `tok` ("stopping the fire" names the ceasefire; "stop sending arms" does not, though "stop"
    is a word of that keyword; "a moratorium on X" is no "moratorium on strikes")."""
    forms = {tok.lower_, tok.lemma_.lower()}
    if not forms & words:
        return False
    rest = tok.doc.text[tok.idx : tok.sent.end_char].lower()  # a keyword ends in its sentence
    before = tok.doc.text[tok.sent.start_char : tok.idx].lower().rstrip()  # ... and starts in it
    for topic in topics:
        if topic.get("reversal"):
            continue
        for kw in topic["keywords"]:
            kw_words = kw.split()
            for k, w in enumerate(kw_words):
                if w in forms and (len(kw_words) == 1 or (
                    rest.startswith(" ".join(kw_words[k:]))
                    and (k == 0 or before.endswith(" ".join(kw_words[:k])))
                )):
                    return True
    return False


def attach_split_name(verb: Token) -> None:
    """ "backed the Sky Shield plan to protect X": the parser may split a named thing into two
    objects of the verb, the name ("the Sky Shield", with the determiner) and the noun ("plan").
    Two adjacent objects, a name with a determiner that names no actor and a noun without one,
    are one phrase: hang the name on the noun as its compound ("offered Ukraine guarantees", a
    recipient without a determiner, stays two). Likewise a noun object and the gerund right
    after it that the parser hung as a clause ("backed air policing over X"): one noun phrase."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    # "backed air policing over X": the noun and its gerund, read as an object and a clause
    for obj in objs:
        nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        if (
            nxt is not None and nxt.head == verb and nxt.tag_ == "VBG"
            and nxt.dep_ in {"advcl", "xcomp"} and obj.pos_ == "NOUN"
            and obj.right_edge == obj
            and not any(c.dep_ in {"dobj", "mark", "aux", *SUBJECT_DEPS} for c in nxt.children)
            and not phrase_actors(obj)
        ):
            nxt.head, nxt.dep_ = verb, "dobj"
            obj.head, obj.dep_ = nxt, "compound"
            return
    for name, noun in zip(objs, objs[1:]):
        if (
            name.pos_ == "PROPN" and noun.pos_ == "NOUN"
            and name.right_edge.i + 1 == noun.left_edge.i == noun.i
            and any(c.dep_ == "det" for c in name.children)
            and not any(c.dep_ == "det" for c in noun.children)
            and not phrase_actors(name)
        ):
            name.head, name.dep_ = noun, "compound"


# stance types whose verb takes a thing, never a bare clause ("backed the truce", not "*backed
# Russia violated it")
_OBJECT_TYPES = frozenset({"support", "welcome", "endorse", "accept", "oppose", "reject",
                           "condemn", "criticize", "refuse"})


def attach_misread_object(verb: Token, end: int, stance_type: str) -> None:
    """A noun phrase right after a verb of `_OBJECT_TYPES` (at `end`) that the parser made the
    subject of a participle clause ("supported the truce agreed in Minsk", "opposed Ukraine
    joining NATO") is the verb's object: a past participle is a clause on it (relabel the subject
    `dobj` of the verb and the participle `acl`, as the parser reads "backed the ceasefire brokered
    by X"); a gerund is the subject's own act, the verb's complement (`xcomp`). Not when the
    verb has an object or complement, nor for a clause with an auxiliary, a marker, a negation,
    or (a finite verb) an object of its own."""
    if stance_type not in _OBJECT_TYPES or any(
        c.dep_ in {"dobj", "xcomp", "nsubjpass"} for c in verb.children
    ):
        return
    for clause in verb.children:
        # the gerund may also be hung as an adverbial clause ("opposed Sweden joining NATO")
        if not (clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and clause.tag_ == "VBG")):
            continue
        if clause.tag_ not in {"VBN", "VBG", "VBD"} or any(
            c.dep_ in {"aux", "auxpass", "mark", "neg"} for c in clause.children
        ):
            continue
        if clause.tag_ == "VBD" and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or subjects[0].left_edge.i != end:
            continue
        if clause.tag_ == "VBG":
            clause.dep_ = "xcomp"  # the act with its own subject is what the stance is about
            return
        subject = subjects[0]
        subject.head, subject.dep_ = verb, "dobj"
        clause.head, clause.dep_ = subject, "acl"
        return


def _count(tok: Token) -> int | None:
    """The number a determiner or numeral states ("four", "4", "both"), if any."""
    if tok.like_num and tok.text.isdigit():
        return int(tok.text)
    return _COUNTS.get(tok.lower_)


def counted_people(tok: Token, people_nouns: frozenset[str], collective: dict[str, str]) -> int | None:
    """How many people a definite phrase that names none of them counts: "the two men", "both
    women" (a noun of `people_nouns` with a number), "the pair" (a noun of `collective`, which
    maps it to its number word), "the two" (a bare numeral with "the"). None for anything else:
    "Ukrainian men" counts nobody."""
    lemma = tok.lemma_.lower()
    numbers = [n for c in tok.children if c.dep_ in {"nummod", "det"} if (n := _count(c))]
    if lemma in people_nouns and numbers:
        return numbers[0]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if lemma in collective and definite and tok.tag_ == "NN":
        return _COUNTS.get(collective[lemma])
    if tok.pos_ == "NUM" and definite and tok.dep_ in SUBJECT_DEPS:
        return _count(tok)
    return None


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


def of_holder(noun: Token, lex: StanceLexicon) -> Token | None:
    """The actor in the "of" phrase of a stance noun that its subject has, wins or faces ("the plan
    has the backing of X", "enjoys the support of X"): the holder, when nothing owns the noun."""
    if noun.dep_ != "dobj" or noun.head.lemma_ not in lex.possession_verbs:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    return next(
        (o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
         for o in c.children if o.dep_ == "pobj" and phrase_actors(o)),
        None,
    )


def _noun_holder(noun: Token, lex: StanceLexicon) -> Token | None:
    """Who voices a stance noun: its possessor, a "from X" phrase, or the subject of the verb
    that voices it ("X expressed concern")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in lex.retraction_verbs:
        return None  # a stance taken back
    for c in noun.children:
        if c.dep_ == "poss" and (c.pos_ != "PRON" or entity_of(c) or c.lower_ in {"my", "our"}):
            # ("our opposition to X" in someone's words is the speaker's)
            if c.lower_ == "whose":
                # "X, whose opposition to Y is well known": the relative clause's antecedent
                clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
                return clause.head if clause is not None else None
            return c
    owner = of_holder(noun, lex)
    if owner is not None:
        return owner
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
# nouns and pronouns that say nothing of their own ("the main thing", "gave nothing away")
_EMPTY_HEADS = frozenset(lexicons.load("topics").get("empty_heads", ()))


def phrase_topic(
    root: Token, *, limit: int = 8, exclude: Token | None = None, infinitive: bool = False,
    cut: set[int] | frozenset[int] = frozenset(),
) -> str | None:
    """A short, normalized label for what `root`'s phrase is about: a noun chunk without
    determiners, relative clauses or asides ("any new timetable for the talks" -> "new timetable
    for the talks"), or an action with its object ("to withdraw heavy guns" -> "withdraw heavy
    guns"). None for pronouns, bare numbers and phrases with no content word. With
    `infinitive`, an infinitive on the noun stays ("permission to strike X"); tokens in `cut`
    (an alternative set against the phrase, "X over Y") end it."""
    if root.pos_ in {"PRON", "NUM", "DET", "PUNCT", "SPACE"} or (
        # spaCy lists some nouns as stop words ("call", "move", "part", "side"); a noun is a
        # word of content, unless the tail of a hyphenated word ("the build-up": "up"); so is a
        # verb with its particle ("give up Crimea")
        root.is_stop and (root.pos_ != "NOUN" or _after_hyphen(root))
        and not (root.pos_ == "VERB" and any(c.dep_ == "prt" for c in root.children))
    ):
        return None
    if root.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}:
        return None
    if root.lower_ in _EMPTY_HEADS or (
        root.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lower_ in _EMPTY_HEADS for c in root.children)
        and not any(c.dep_ in {"prep", "xcomp", "ccomp", "dative"} for c in root.children)
    ):
        return None  # "the main thing we could agree on", "had given nothing away"
    keep = _phrase_tokens(root, limit=limit, exclude=exclude, infinitive=infinitive, cut=cut)
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
        # the action named by its lemma ("withdrawing troops" -> "withdraw troops"), not a
        # gerund used as a noun, with a noun before it ("air policing")
        word = t.lemma_ if t == root and t.pos_ == "VERB" and not (
            t.tag_ == "VBG" and any(c.dep_ == "compound" and c.i < t.i for c in t.children)
        ) else t.text
        words.append(word + t.whitespace_ if t != keep[-1] else word)
    text = "".join(words).strip()
    return text if 2 < len(text) <= 80 else None


def _gerund_conjunct(tok: Token) -> bool:
    """A conjunct noun opened by an -ing modifier ("and reaffirming respect"): a verb of its own."""
    first = tok.left_edge
    return (
        tok.dep_ == "conj" and tok.pos_ in {"NOUN", "PROPN"} and first.dep_ == "amod"
        and (first.tag_ == "VBG" or first.lower_.endswith("ing"))
    )


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


def _after_hyphen(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text in _HYPHENS


def _phrase_tokens(
    root: Token, *, limit: int, exclude: Token | None = None, infinitive: bool = False,
    cut: set[int] | frozenset[int] = frozenset(),
) -> list[Token]:
    """`root` and its phrase-internal dependents, breadth first, at most `limit` tokens, kept
    contiguous around the root; never the branch holding `exclude` (the stance trigger, as in
    "the plan, drawing criticism from X")."""
    banned = {exclude.i, *(a.i for a in exclude.ancestors)} if exclude is not None else set()
    banned |= set(cut) - {root.i}
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
        # a conjunction, comma or hyphen between two chosen words stays ("swift and sustained aid"), and
        # when asked, the "to" of an infinitive on a chosen noun ("permission to strike X")
        return (
            0 <= i < len(doc)
            and (
                doc[i].dep_ == "cc" or doc[i].text == ","
                # a hyphen the token limit left out never splits a word ("no-fly zone")
                or doc[i].tag_ == "HYPH"
                or (infinitive and doc[i].tag_ == "TO" and doc[i].dep_ == "aux"
                    and doc[i].head.dep_ == "acl" and doc[i].head.head.i in chosen)
            )
            and i + step in chosen
        )

    while lo - 1 in chosen or bridge(lo - 1, -1):
        lo -= 1
    while hi + 1 in chosen or bridge(hi + 1, 1):
        hi += 1
    return list(root.doc[lo : hi + 1])


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


def _object_denied(verb: Token) -> bool:
    """The act's own object or passive subject is quantified by "no" ("would send no troops",
    "will take no part in X", "no troops would be deployed"): the act is denied, as by "not"."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"dobj", "nsubjpass"} and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _past_denial(tok: Token) -> bool:
    """"did not promise", "had not pledged": the act was not done then (past auxiliary)."""
    return any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ in ("do", "have") for c in tok.children)


NOBODY = frozenset({"nothing", "nobody", "none", "noone"})


def _names_place(root: Token, place_nouns: frozenset[str]) -> bool:
    """A phrase naming ground held ("parts of Donetsk", "the occupied territories", "Kherson"),
    not an alliance, an agreement or an organization."""
    if root.ent_type_ in {"ORG", "NORP", "LAW"} or root.lemma_.lower() in {"treaty", "alliance"}:
        return False
    return root.lemma_.lower() in place_nouns or any(
        t.ent_type_ in {"GPE", "LOC", "FAC"} for t in root.subtree
    )


def _no_longer(tok: Token) -> bool:
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


def _negated(tok: Token) -> bool:
    if is_negated(tok):
        return True
    if _no_longer(tok):
        return True
    for c in tok.children:
        if c.dep_ == "aux" and is_negated(c):
            return True
        if c.dep_ in {"aux", "auxpass"} and _no_longer(c):
            return True  # "is no longer opposed to X": the parser hangs it on the auxiliary
    # "will not be ready to", "is not acceptable", "is no longer keen on": negation on the copula
    if tok.dep_ in {"acomp", "attr"} and (is_negated(tok.head) or _no_longer(tok.head)):
        return True
    # "we are not against X": a preposition predicated by a negated copula
    if tok.dep_ == "prep" and tok.head.lemma_ == "be" and _negated(tok.head):
        return True
    return False


def _denied_act(
    trigger: Token, roots: list[Token], targets: list[Target], phrases: dict[str, str]
) -> bool:
    """A reported clause whose own verb is negated and named by the target ("that aid would not
    be cut" -> "cut aid"; "that NATO would not deploy troops" -> "deploy troops"): the stance on
    that act is the opposite of the one the reporting verb gives; "that no troops would be
    deployed" likewise ("deployment" names the act "deploy")."""
    words = " ".join([t.label.lower() for t in targets] + [p.lower() for p in phrases.values()])
    return any(
        # (or a stance noun's "that" clause: "the insistence that NATO must never expand")
        (r.dep_ == "ccomp" or (r.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                      for m in r.children)))
        and r.head == trigger
        and r.pos_ == "VERB"
        and (_negated(r) or _object_denied(r))
        and re.search(rf"\b({re.escape(r.lemma_.lower())}|{re.escape(r.lower_)})(ment)?\b", words)
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


def _purpose_of_sum(verb: Token, root: Token, currencies: frozenset[str]) -> list[Token]:
    """"announced $2 billion for X's energy sector": a sum of money names nothing; what it is for
    or of does ("500 million euros of military aid"; on the sum, then on the verb: "pledged 4.5
    billion dollars in new aid"), never a time ("for 2024"). Currency words the tagger left outside a MONEY
    entity (`currencies`) are sums too. Other roots stand as they are."""
    money = root.ent_type_ == "MONEY" or root.lemma_.lower() in currencies
    if not money or root.dep_ not in {"dobj", "nsubjpass"}:
        return [root]
    for heads, preps in (((root,), "for"), ((root,), ("of", "in")), ((verb,), "for"), ((verb,), "in")):
        # "for 2024", "in March": a time names no purpose
        found = [o for o in prep_objects(heads, preps) if o.ent_type_ not in {"DATE", "TIME"}]
        if found:
            return found
    return [root]


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
    obj = next(iter(prep_objects((noun,), {"for", "to"})), None)
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


# Modals that state an impossibility or a refusal when negated ("could not be reached", "would
# never accept"): no hedge then. "might not" and "may not" stay hedged.
_FIRM_WHEN_NEGATED = {"could", "would", "ca", "can", "wo", "will"}


def _hedged(tok: Token, hedges: Iterable[str]) -> bool:
    words = set(hedges)
    negated = any(c.dep_ == "neg" for c in tok.children)
    for c in tok.children:
        if c.dep_ in {"aux", "advmod"} and c.lower_ in words:
            if negated and c.lower_ in _FIRM_WHEN_NEGATED:
                continue
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


def furnished(verb: Token, verbs: frozenset[str]) -> list[Token]:
    """"provide Ukraine with air defence", "equip Kyiv with tanks": what a furnishing verb gives
    (the "with" phrase, hung on the verb or on its object) when its object is a named actor, who
    receives; empty otherwise."""
    if verb.lemma_.lower() not in verbs:
        return []
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or obj.pos_ != "PROPN":
        return []
    return [
        o
        for head in (verb, obj)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def aspect_head(verb: Token, verbs: frozenset[str]) -> Token:
    """The aspect verb a verb is the complement of ("continue supplying", "keep funding", "will
    resume sending"), which carries the clause's tense, subject and role; else the verb itself."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in verbs and head.pos_ in {"VERB", "AUX"}:
        return head
    return verb


def _misattached_subject(verb: Token) -> Token | None:
    """The subject the parser hung on an unmarked clause before the verb: "X, chairing the
    talks, insisted ...", "X, hosting the summit, backed A but resisted B" read with X as the
    subject of "chairing"/"backed" and none on the main verb."""
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass"} and c.i < verb.i:
            # "X is dead set against Y": the subject hung on the auxiliary
            subj = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                return subj
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
    if not subs and adj.dep_ == "acomp" and head.lemma_ == "be":
        # "said it was unacceptable": the pronoun, for its antecedent (not "made it impossible")
        subs = [c for c in head.children if c.dep_ == "nsubj" and c.lower_ == "it"]
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
        and noun.lemma_.lower() in set(lexicons.load("stance_targets").get("aside_nouns", ()))
        and noun.i > 1
        and noun.doc[noun.left_edge.i - 1].text == ","
    ):
        before = noun.doc[noun.left_edge.i - 2]
        if before.pos_ in {"NOUN", "PROPN"} and before.sent == noun.sent:
            while before.dep_ in {"compound", "amod"} and before.head.i > before.i:
                before = before.head
            # "dialogue between Kyiv and the rebels, a format ...": the whole phrase, not its
            # last noun
            while True:
                up = before.head.head if before.dep_ == "pobj" else before.head
                if before.dep_ not in {"pobj", "conj"} or up.pos_ not in {"NOUN", "PROPN"}:
                    break
                before = up
            return before
    return noun


def _condition_content(link: Token) -> list[Token]:
    """The condition a marker's linking word introduces: its clause ("until the guns were
    withdrawn") or its prepositional objects ("only after a ceasefire")."""
    if link.dep_ == "mark" and link.head.pos_ in {"VERB", "AUX"}:
        return [link.head]
    # "..., but only with X": the parser may coordinate the preposition with the verb
    if link.dep_ == "prep" or (link.dep_ == "conj" and link.pos_ == "ADP"):
        return [o for o in link.children if o.dep_ in {"pobj", "pcomp"}]
    return []


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
    # "pressed for X and for Russian troops to return": the repeated preposition opens a clause
    # the parser hangs on the trigger as a conjunct verb marked by that preposition
    preps = {r.head.lower_ for r in roots if r.dep_ == "pobj" and r.head.head == trigger}
    out.extend(
        c for c in trigger.children
        if c.dep_ in {"conj", "advcl"} and c.pos_ == "VERB"
        and any(
            m.dep_ == "mark" and m.lower_ in preps and m.i < c.i
            and m.i > 0 and m.doc[m.i - 1].lower_ in {"and", "or"}
            for m in c.children
        )
    )
    # "pressed for X on Y and for Z": the repeated preposition hung low, inside X's phrase
    out.extend(
        o
        for r in roots
        if r.dep_ == "pobj" and r.head.dep_ == "prep" and r.head.head == trigger
        for p in r.subtree
        if p.dep_ == "conj" and p.pos_ == "ADP" and p.lower_ == r.head.lower_
        and p.head != r.head
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
                if _gerund_conjunct(c):
                    continue  # "backing X and reaffirming Y": a second act, misparsed, not X's twin
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


def cleft_relative(relcl: Token) -> bool:
    """ "It was Orban who vetoed X": the relative clause of a cleft is the sentence's statement
    about its focus, not a description of it."""
    focus = relcl.head
    copula = focus.head
    return (
        relcl.dep_ == "relcl"
        and focus.dep_ == "attr"
        and copula.lemma_ == "be"
        and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in copula.children)
    )


def _adverbial_relative(relcl: Token) -> bool:
    """ "Washington, where the administration is weighing whether to ...": a clause of place or
    time leaves no object to the noun it modifies."""
    return any(c.dep_ == "advmod" and c.lower_ in {"where", "when", "whereby"} for c in relcl.children)


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


def _hedged_appearance(verb: Token, lex: StanceLexicon) -> bool:
    """ "Berlin appears reluctant to X": a finite appearance verb hedges a position; "while
    appearing open to X" (a participle or adverbial clause) describes a pose."""
    return (
        verb.lemma_ in lex.appearance_verbs
        and verb.tag_ in {"VBZ", "VBD", "VBP", "VB"}
        and verb.dep_ not in {"advcl", "acl", "relcl", "pcomp"}
    )


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
    """ "the only/best/real/effective guarantee", any superlative ("the strongest guarantee",
    "the most reliable guarantee"): an endorsement, not a description."""
    return any(
        c.tag_ == "JJS" or any(m.lower_ == "most" for m in c.children) or c.lower_
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
    """`tok` stands inside brackets opened earlier in its sentence; a bracket glued to other
    punctuation counts too ("A (Merz): ..." closes with the token "):")."""
    depth = 0
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.is_punct:
            depth += t.text.count("(") - t.text.count(")")
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


def _as_adjective(tok: Token) -> bool:
    """An adjective the parser reads as a clause of its own, with "as" its adverb ("would
    regard X as completely unacceptable")."""
    return tok.dep_ == "advcl" and tok.pos_ == "ADJ" and any(
        c.dep_ in {"advmod", "mark", "prep"} and c.lower_ == "as" and c.i < tok.i for c in tok.children
    )


def demonstrative_object(tok: Token) -> bool:
    """A demonstrative "that" as a verb's object ("called that a historic shift"), which the
    tagger may read as a conjunction."""
    return tok.lower_ == "that" and tok.dep_ == "dobj"
