"""What happened to the people a number counts: killed, injured, missing, detained or affected.

The status comes from the predicate that governs the number, nearest first: a participle right
after it ("78 wounded"), its noun and the noun's modifiers ("61 dead", "the death toll"), the
heads above it up to its clause's verb ("were killed", "rose to"), and the verb's complements
("left 9 dead", "taken to hospital", "are in custody"). A predicate that is negated gives no
figure: "no one was injured", "were not hurt".
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...lexicons import lexicon, words
from .counted import (HARM_VERBS, PLACE_NOUNS as PLACE_WORDS, group_of, misparsed_subject_of,
                      participle_read_as_noun, verb_read_as_noun, word_before)

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Token

LEX = lexicon("casualties")
STATUS_VERBS = {w: status for status, ws in LEX["status_verbs"].items() for w in ws}
STATUS_NOUNS = {w: status for status, ws in LEX["status_nouns"].items() for w in ws}
# Verbs of two words, the verb and its particle or complement: "gun down", "shoot dead", "take hostage".
PHRASAL_STATUS = {tuple(w.split()): status for w, status in STATUS_VERBS.items() if " " in w}
MISSING_WORDS = frozenset(LEX["status_verbs"]["missing"]) | frozenset(LEX["status_nouns"]["missing"])
LIFE_VERBS = words("casualties", "life_verbs")
LIFE_NOUNS = words("casualties", "life_nouns")
AMBIGUOUS = words("casualties", "ambiguous_nouns")
CARE_WORDS = words("casualties", "care_words")
CARE_STATES = words("casualties", "care_states")
WOUNDING_VERBS = words("casualties", "wounding_verbs")
FATAL_WORDS = words("casualties", "fatal_words")
HOLDING_VERBS = words("casualties", "holding_verbs")
NEGATIONS = words("casualties", "negations")
SUFFERING_VERBS = words("casualties", "suffering_verbs")
INJURY_NOUNS = words("casualties", "injury_nouns")
FINDING_VERBS = words("casualties", "finding_verbs")
FIGURE_NOUNS = words("casualties", "figure_nouns")
DISPLACEMENT_VERBS = words("displacement", "fled_verbs") | words("displacement", "evacuation_verbs")
DISPLACEMENT_NOUNS = frozenset(w for ws in lexicon("displacement")["nouns"].values() for w in ws)
LEAVING_VERBS = {"leave", "abandon", "seek"}
FORCED_VERBS = words("displacement", "forced_verbs")       # "forced from their homes", "driven out"
STAYING_VERBS = words("displacement", "staying_verbs")
SHELTER_PLACES = words("displacement", "shelter_places")
CULPRIT_VERBS = words("casualties", "culprit_verbs")
PLACE_NOUNS = words("actors", "place_nouns")
LIST_NOUNS = words("casualties", "list_nouns")
LISTING_VERBS = words("casualties", "listing_verbs")
# Dependencies of a verb's complements that can carry a status: "left 9 dead", "taken to hospital".
CUE_DEPS = ("oprd", "acomp", "prt", "xcomp", "attr", "dobj", "nsubj", "nsubjpass", "advcl")
MODIFIER_DEPS = ("compound", "amod", "acl", "relcl", "prep")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Verbs through which a subject gives its status to a number: "the death toll rose to 211", "casualties
# include 745 civilians", "deaths were put at 40".
TOLL_VERBS = words("casualties", "growth_verbs") | words("casualties", "toll_verbs")


def status_of(number: Token, noun: Token | None, has_injured_figure: bool = False) -> str | None:
    """What happened to the people counted, or None when no predicate of a status governs the number."""
    found = status_and_cue(number, noun, has_injured_figure)
    return found[0] if found else None


def status_and_cue(number: Token, noun: Token | None, has_injured_figure: bool = False
                   ) -> tuple[str, Token] | None:
    """The status and the word that gives it. A noun that names a state the people were in ('129
    hostages', 'the wounded') gives way to the verb that says they died ('... died'). A figure of
    one status or another ('killed or injured', 'dead or missing') counts neither: no status."""
    found = _nearest_status(number, noun, has_injured_figure)
    if found is not None and _either_or(found[1], found[0], has_injured_figure):
        return None
    return found


def _either_or(cue: Token, status: str, has_injured_figure: bool) -> bool:
    """'were killed or injured', 'killed or wounded 40', 'are dead or missing': the cue joined by
    'or' to a word of another status."""
    joined = [t for t in cue.conjuncts if any(c.dep_ == "cc" and c.lower_ == "or" for c in (*t.children, *cue.children))]
    return any(_status_word(t, has_injured_figure) not in (None, status) for t in joined)


def _labelled_status(number: Token, has_injured_figure: bool) -> tuple[str, Token] | None:
    """'Wounded: 806, missing: 85, confirmed deaths: 161', 'Dead - 40': a figure after a short
    label that names a status, as in a factbox or an agency's summary."""
    doc = number.doc
    colon = number.i - 1
    if colon < number.sent.start or doc[colon].text not in (":", "-", "–"):
        return None
    label = []
    for token in reversed(doc[max(number.sent.start, colon - 4):colon]):
        if token.is_punct or token.is_quote:
            break
        label.append(token)
    if not 1 <= len(label) <= 3 or (label[-1].i > number.sent.start and not doc[label[-1].i - 1].is_punct):
        return None              # the label opens the sentence or follows a comma or quote
    for token in label:
        status = _status_word(token, has_injured_figure) or STATUS_NOUNS.get(token.lower_)
        if status is not None:
            return status, token
    return None


def _nearest_status(number: Token, noun: Token | None, has_injured_figure: bool) -> tuple[str, Token] | None:
    labelled = _labelled_status(number, has_injured_figure) or _verb_read_as_noun(number) \
        or _harm_verb_left_without_object(number, noun) or _listed_status(number, noun)
    if labelled is not None:
        return labelled
    state: tuple[str, Token] | None = None
    for token in _candidates(number, noun):
        if token is None:
            return state                    # "killed 40,000 and displaced two million": the second fled
        if across_semicolon(number, token):
            continue                        # "7 bombers involved; 24 arrested": another clause's status
        status = _status_word(token, has_injured_figure)
        if status is None:
            continue
        dying = status == "killed" and token.pos_ in ("VERB", "ADJ")      # "died", "found dead"
        if state is not None:
            # "... the hostages died", not "eight were killed and 80 [sustained] injuries", where the
            # parser joined the noun to the verb
            if dying and not (noun is not None and noun.dep_ == "conj" and noun.head.i == token.i):
                return status, token
            continue                        # "27 deaths and four missing persons": still missing
        # a noun ("hostages", the "hostages" of "hostages and 41 fighters") or a word before the counted
        # noun ("injured passengers"; not "3,500 others injured"): a state, not yet what happened
        # ("50 hurt", parsed as a noun with the number its subject, is what happened to the 50)
        predicate = token.i == number.head.i and number.dep_ in (*SUBJECT_DEPS, "nummod") \
            and participle_read_as_noun(number)
        describes = token.pos_ == "NOUN" and not predicate or noun is not None and token.head.i == noun.i \
            and token.i < noun.i
        if describes and status != "killed":
            state = (status, token)
            continue
        return status, token
    return state


def _harm_verb_left_without_object(number: Token, noun: Token | None) -> tuple[str, Token] | None:
    """'the owner of a block whose collapse killed at least 377 people was arrested': the parser made
    the people the subject of the later verb and left the verb of harm right before them with no
    object. That verb, right before the number or its qualifier, is what happened to them."""
    verb = word_before(number)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    top = noun if noun is not None else number
    if top.i in {t.i for t in verb.subtree} or top.dep_ not in SUBJECT_DEPS:
        return None
    return STATUS_VERBS[verb.lemma_.lower()], verb


def _listed_status(number: Token, noun: Token | None) -> tuple[str, Token] | None:
    """'published a list of 152 victims', 'a list of the dead, naming 118 people': people on a list
    of victims are the dead; those a list names have the status the list's own words give."""
    if noun is not None and noun.lemma_.lower() == "victim" and noun.head.lower_ == "of" \
            and noun.head.head.lower_ in LIST_NOUNS:
        return "killed", noun
    verb = (noun if noun is not None else number).head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LISTING_VERBS:
        return None
    lists = [t for t in (verb.head, *verb.head.children) if t.lower_ in LIST_NOUNS]
    for whole in (g for t in lists for c in t.children if c.lower_ == "of" for g in c.children):
        status = STATUS_NOUNS.get(whole.lower_) or ("killed" if whole.lemma_.lower() == "victim" else None)
        if status is not None:
            return status, whole
    return None


def _verb_read_as_noun(number: Token) -> tuple[str, Token] | None:
    """'wounds 25' in 'Bomb kills woman wounds 25': the verb the parser took for a noun."""
    word = verb_read_as_noun(number)
    if word is None:
        return None
    lower = word.lower_
    return STATUS_VERBS.get(lower) or STATUS_VERBS[lower[:-1]], word


def across_semicolon(a: Token, b: Token) -> bool:
    """A semicolon stands between two words: they are of two clauses ('7 bombers involved; 24 arrested')."""
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low:high])


def _candidates(number: Token, noun: Token | None) -> Iterator[Token | None]:
    """Words around the number that can carry a status, nearest first; None stops the search."""
    verb = misparsed_subject_of(number)
    if verb is not None:
        yield from _verb_cues(verb, exclude=number)
        return
    clause = next((h for h in (noun if noun is not None else number).ancestors
                   if h.pos_ == "VERB" and h.dep_ not in ("amod", "acl", "compound")), None)
    if clause is not None and _shelters(clause):
        yield None                           # "3.5 lakh affected persons were lodged in camps": displaced
        return
    if _counted_in_a_shelter(number):
        yield None                           # "Nearly 130,000 in rescue camps as the toll rises": sheltering
        return
    for last in (number, noun):              # "78 wounded", "61 dead", "600 people dead", "millions displaced"
        if last is None or last.i < number.i or last.i > number.i + 1:
            continue
        after = _next_word(last)
        if after is not None and after.pos_ in ("ADJ", "VERB") and after.tag_ in ("JJ", "VBN", "VBD", "VBG"):
            if _displaces(after) or (after.i == last.head.i and _is_doer(last, after)):
                yield None
                return
            if not _has_own_count(after):
                yield after
    own = [*(noun.children if noun is not None else []), *number.children]
    nearest = [g for c in own if c.dep_ == "amod" for g in c.conjuncts if c.i < g.i < number.i]
    if any(_displaces(c) for c in own if c.dep_ in ("amod", "acl", "relcl")) or any(_displaces(g) for g in nearest):
        yield None                           # "displaced millions", "left 1,000 dead and displaced millions"
        return
    if noun is not None:
        yield noun
        yield from (c for c in noun.children if c.dep_ in ("amod", "acl", "relcl", "compound", "appos")
                    and not _has_own_count(c))
        # the state the people are in, before what the clause says ("... with 24 people in critical condition"),
        # or the people they are among ("20 women among the dead")
        among = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "under", "among")
                 for g in c.children if g.dep_ == "pobj"]
        yield from among
        # "386 children among those killed": the status is the participle that names the people
        yield from (c for g in among if g.lower_ in ("those", "the") or g.pos_ == "PRON"
                    for c in g.children if c.dep_ in ("acl", "amod", "relcl"))
    yield from (c for c in number.children if c.dep_ in ("acl", "amod", "relcl"))
    top = noun if noun is not None and noun.i != number.i and number.head.i == noun.i else number
    for head in _heads(top):
        if head.pos_ == "AUX" and head.dep_ in ("aux", "auxpass") and head.head.pos_ in ("VERB", "ADJ"):
            head = head.head                 # "10 firefighters ... are missing": the subject hung on "are"
        if head.dep_ == "agent":
            yield None                       # "attacked by three men": the three did it
            return
        if _displaces(head):
            yield None                       # "killed 40,000 and displaced two million": the second fled
            return
        yield head
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":      # "including" is tagged as a verb
            if _is_doer(top, head):
                yield None                   # "two soldiers shot three militants": the soldiers did it
                return
            yield from _verb_cues(head, exclude=top)
            return
        if head.pos_ in ("NOUN", "PROPN", "ADJ"):
            yield from (c for c in head.children if c.dep_ in ("compound", "amod", "acl"))


def _counted_in_a_shelter(number: Token) -> bool:
    """'Nearly 130,000 in rescue camps': people counted where they shelter; not 'killed a patient inside
    the health centre', where a verb of harm governs the number."""
    verb = number.head
    harmed = verb.pos_ == "VERB" and (verb.lemma_.lower() in WOUNDING_VERBS
                                      or STATUS_VERBS.get(verb.lemma_.lower()) in ("killed", "injured"))
    return not harmed and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") and any(
        g.dep_ == "pobj" and is_shelter_place(g) for g in c.children) for c in number.children)


def _next_word(token: Token) -> Token | None:
    """The word after the token, past an adverb or two: '105 still missing', '20 reportedly dead'."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and i <= token.i + 2 and doc[i].pos_ == "ADV":
        i += 1
    return doc[i] if i < len(doc) else None


def _counts_its_own(noun: Token) -> bool:
    """'the massacre of at least 132 people': a status noun whose phrase gives its own figure."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        any(n.dep_ == "nummod" or n.like_num for n in [g, *g.children]) for g in c.children if g.dep_ == "pobj")
        for c in noun.children)


def _has_own_count(verb: Token) -> bool:
    """'killed 30 people injured 90': a participle after the people with a count of its own tells of
    other people."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.like_num or any(g.dep_ == "nummod" and g.like_num
                                                                             for g in c.children))
                                       for c in verb.children)


def _displaces(token: Token) -> bool:
    """'displaced', 'forced to flee', 'forced to leave their homes', 'the evacuation of 618,000'."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in DISPLACEMENT_NOUNS or token.lower_ in DISPLACEMENT_NOUNS
    if token.pos_ not in ("VERB", "ADJ") and token.tag_ not in ("VBN", "VBD"):
        return False
    if token.pos_ == "ADJ" and token.lower_ in DISPLACEMENT_NOUNS:
        return True                          # "dead and displaced millions": the adjective, lemma and all
    # a verb of flight, "forced to flee", "forced from their homes", or a verb that makes people
    # homeless ("left / made homeless")
    if is_forced_out(token):
        return True
    return token.lemma_.lower() in DISPLACEMENT_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in DISPLACEMENT_VERBS | LEAVING_VERBS for c in token.children) \
        or any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in DISPLACEMENT_NOUNS for c in token.children)


def is_forced_out(verb: Token) -> bool:
    """'forced from their homes', 'driven out', 'chased away'."""
    return verb.lemma_.lower() in FORCED_VERBS and any(c.lower_ in ("from", "out", "away") for c in verb.children)


def _shelters(verb: Token) -> bool:
    """'were lodged in relief camps', 'are packed into schools', 'are occupying open shelters': the
    people are in a shelter."""
    return verb.lemma_.lower() in STAYING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("in", "into", "at", "inside") and any(
            g.dep_ == "pobj" and is_shelter_place(g) for g in c.children)
        or c.dep_ == "dobj" and is_shelter_place(c) for c in verb.children)


def is_shelter_place(noun: Token) -> bool:
    """'relief camps', 'evacuation centres', 'two school buildings used as shelters'."""
    return noun.lemma_.lower() in SHELTER_PLACES or noun.lower_ in SHELTER_PLACES or any(
        c.dep_ == "compound" and c.lemma_.lower() in SHELTER_PLACES for c in noun.children)


def _heads(token: Token) -> Iterator[Token]:
    """Heads of a figure up to its clause's verb, following coordination ("745 civilians, 125 ... and 148 ...")."""
    # "risen to 132 people and countless others wounded": the participle after "others" is theirs
    others = next((c.i for c in token.children if c.dep_ == "conj" and c.lower_ in ("others", "more")), None)
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return
        current = current.head
        if others is not None and current.pos_ == "VERB" and current.i > others and current.dep_ in ("advcl", "acl"):
            others = None
            continue
        yield current
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("conj", "prep", "aux", "auxpass"):
            return


def _is_doer(subject: Token, verb: Token) -> bool:
    """The subject of an active verb with an object did the act: 'Pabon pulled out a gun and shot the
    teenager'. Not so for verbs whose subject suffers: 'suffered burns', 'lost their lives'."""
    if subject.dep_ != "nsubj" or subject.like_num or verb.lemma_.lower() in SUFFERING_VERBS | LIFE_VERBS | TOLL_VERBS:
        return False              # "Seven killed 37 others injured": a headline's two figures
    acts = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                    and not any(g.dep_ in SUBJECT_DEPS for g in c.children)),
            *(c for c in verb.children if c.dep_ == "xcomp")]       # "began shooting civilians"
    return any(_acts_on_someone(v) for v in acts)


def _acts_on_someone(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    hurts = lemma in WOUNDING_VERBS or STATUS_VERBS.get(lemma) in ("killed", "injured")
    # not "15 killed 20 injured"; nor "a man shot himself", where the one who did it was hurt
    return hurts and any(c.dep_ == "dobj" and not c.like_num and c.lower_ not in REFLEXIVES for c in verb.children)


REFLEXIVES = ("himself", "herself", "themselves", "itself")


def _verb_cues(verb: Token, exclude: Token) -> list[Token]:
    """Words near a verb that can carry a status: its particles and complements, its subject and object."""
    cues = [verb]
    if verb.lemma_.lower() in CULPRIT_VERBS:
        return cues                          # "four people were suspected in the shooting": not its victims
    for child in verb.children:
        if child.i == exclude.i:
            continue
        if child.dep_ in SUBJECT_DEPS and verb.lemma_.lower() not in TOLL_VERBS:
            continue          # "an overdose death led to the arrests of four people": not the four's status
        if child.dep_ == "advcl" and any(g.dep_ in SUBJECT_DEPS for g in child.children):
            continue          # "death toll nears 400, dozens missing": the other clause's people
        if child.dep_ in ("advcl", "xcomp") and _has_own_count(child):
            continue          # "a building packed with thousands of workers caved in, killing 113": the 113
        if child.dep_ in CUE_DEPS:
            cues.append(child)
            cues.extend(c for c in child.children if c.dep_ in MODIFIER_DEPS)
            for obj in (g for c in child.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
                if _counts_its_own(obj):
                    continue                 # "marched to denounce ... after the massacre of 132 people"
                cues.append(obj)             # "the number of people killed / missing people has risen to 41"
                cues.extend(c for c in obj.children if c.dep_ in ("acl", "relcl", "amod"))
        if child.dep_ == "prep":
            for obj in (c for c in child.children if c.dep_ in ("pobj", "pcomp")):
                whole = child.lower_ == "among"      # "three children were among the 40 people killed"
                if not whole and (obj.like_num or any(c.dep_ == "nummod" for c in obj.children) or any(
                        g.dep_ in SUBJECT_DEPS and any(n.like_num for n in g.subtree) for g in obj.children)
                        or _counts_its_own(obj)):
                    continue                 # another figure's phrase: "risen to 41, with 120 injured / 14 deaths",
                                             # "protested after the killing of 40 villagers"
                cues.append(obj)             # "in custody", "after being shot"
                if obj.lemma_.lower() not in PLACE_NOUNS:      # not "in flood-affected areas"
                    cues.extend(c for c in obj.children if c.dep_ in ("acl", "relcl", "amod"))
        if child.dep_ == "nsubj" and child.lower_ == "it" and verb.lemma_.lower() in TOLL_VERBS:
            # "the toll ... it rose to": the figure noun the pronoun stands for
            cues.extend(t for t in verb.sent if t.i < child.i and t.lower_ in FIGURE_NOUNS)
    if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        cues.extend(c for c in verb.head.children if c.dep_ in SUBJECT_DEPS)   # "the toll was confirmed to be 224"
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(g.dep_ in SUBJECT_DEPS for g in conj.children):
            cues.append(conj)                # "were rounded up and executed": the same people
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    own_predicate = any(c.dep_ in ("oprd", "acomp") for c in verb.children)     # "and left millions trapped"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not own_subject and not own_predicate:
        cues.append(verb.head)               # "were shot and killed": the first verb's status too
    return cues


FIGHTING_GROUPS = ("security_forces", "armed_group")


def _a_place_lost(verb: Token) -> bool:
    """'The two countries have lost at least 102 people', 'the province lost 40 people': a place that
    loses people has seen them die."""
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in PLACE_WORDS)
               for c in verb.children)


def _status_word(token: Token, has_injured_figure: bool) -> str | None:
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in FINDING_VERBS and token.pos_ == "VERB" and _not_done(token):
        return "missing"                        # "47 people who have not been located"
    if lemma in LIFE_VERBS:
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in LIFE_NOUNS or o.lower_ in LIFE_NOUNS for o in objects):
            return "killed"
        if lemma == "lose" and any(o.dep_ == "dobj" and (group_of(o)[0] in FIGHTING_GROUPS or _a_place_lost(token))
                                   and any(c.dep_ == "nummod" for c in o.children) for o in objects):
            return "killed"                     # "the brigade lost 12 soldiers", not "lost four relatives"
        return None
    if lower in LIFE_NOUNS or lemma in LIFE_NOUNS:
        return "killed" if token.head.lemma_.lower() in LIFE_VERBS else None
    if lower in AMBIGUOUS or lemma in AMBIGUOUS:
        return "affected" if has_injured_figure else "killed"
    if token.pos_ == "VERB" and (phrasal := _phrasal_status(token)):
        return phrasal                          # "gunned down two men", "were taken hostage"
    if token.pos_ == "VERB" and lemma in WOUNDING_VERBS:
        return _wounding(token)
    if token.pos_ == "NOUN" and lower in ("shooting", "stabbing") and token.dep_ != "compound":
        fatal = any(c.lower_ in FATAL_WORDS for c in token.children)
        return "killed" if fatal else "injured"       # "the fatal shooting of a man"
    if token.pos_ == "VERB" and lemma in SUFFERING_VERBS:
        objects = [c for c in token.children if c.dep_ in ("dobj", "prep")]
        hurt = [g for o in objects for g in [o, *o.children] if g.lemma_.lower() in INJURY_NOUNS]
        return "injured" if hurt else None      # "suffered gunshot wounds", "sustained injuries"
    if token.pos_ == "ADJ" and lower in CARE_STATES and token.dep_ == "acomp" \
            and not any(c.dep_ == "prep" for c in token.children):
        return "injured"                        # "two others are stable", "one man is critical"
    if token.pos_ == "VERB" and lemma in HOLDING_VERBS:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        return "detained" if passive else None
    if (lemma in CARE_WORDS or lower in CARE_WORDS) and _is_care(token):
        died = any(c.dep_ == "relcl" and c.lemma_.lower() in ("die", "succumb") for c in token.children)
        return "killed" if died else "injured"      # "taken to hospital, where he later died"
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        status = STATUS_VERBS.get(lemma) or STATUS_NOUNS.get(lower)
        if status == "missing" and lower != "missing":
            return None        # "miss" as in "missed the deadline"
        return status
    status = STATUS_NOUNS.get(lower) or STATUS_NOUNS.get(lemma)
    if status == "detained" and lemma == "custody":
        return status if token.head.lower_ in ("in", "into") else None
    return status


def _phrasal_status(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    return next((PHRASAL_STATUS[(lemma, c.lower_)] for c in verb.children
                 if c.dep_ in ("prt", "acomp", "oprd", "advmod", "dobj") and (lemma, c.lower_) in PHRASAL_STATUS), None)


def _wounding(verb: Token) -> str | None:
    """'shot' or 'stabbed' is hurt; 'shot dead', 'shot to death', 'fatally stabbed', 'shot and
    killed' is killed. 'hit' and 'struck' hurt only people ('a man was hit'), never a place."""
    # (not a clause with a count of its own: "attacked 30 worshippers, killing five")
    near = [c for c in verb.children if not (c.dep_ in ("advcl", "xcomp") and _has_own_count(c))]
    near += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    near += [c for c in verb.conjuncts if c.pos_ == "VERB"]
    # "had been shot in the head and was pronounced dead", "was shot and later died" (not "two were shot
    # and one died": that verb has people of its own)
    later = [c for c in verb.conjuncts if c.pos_ == "VERB" and c.i > verb.i
             and not any(s.dep_ in SUBJECT_DEPS for s in c.children)]
    near += [g for c in later for g in c.children if g.dep_ != "prep"]
    if any(t.lower_ in FATAL_WORDS or t.lemma_.lower() in FATAL_WORDS for t in near) \
            or any(c.lemma_.lower() in ("die", "succumb") for c in later):
        return "killed"
    if verb.lemma_.lower() in ("shoot", "stab", "gun", "graze"):
        return "injured"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return "injured" if passive and verb.lemma_.lower() in ("hit", "strike", "beat", "attack") else None


def _is_care(token: Token) -> bool:
    """'hospital' in 'taken to hospital', 'in hospital'; 'care' and 'condition' only as a medical state."""
    lemma = token.lemma_.lower()
    if lemma in ("care", "condition"):
        return any(c.lower_ in CARE_STATES for c in token.children) and token.head.lower_ in ("in", "into", "under")
    if token.pos_ == "VERB" or token.tag_ in ("VBN", "VBD"):
        found = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
        if token.dep_ == "acl":
            found.append(token.head)                                        # "790 bodies recovered"
        dead = any(STATUS_NOUNS.get(c.lower_) == "killed" for c in found)    # "210 bodies were recovered"
        return lemma in CARE_WORDS and not dead
    return token.dep_ in ("pobj", "attr") and token.head.lower_ in ("to", "in", "into", "at", "as") or \
        lemma in ("inpatient", "icu")


def _not_done(verb: Token) -> bool:
    """'have not been located', 'have yet to be found'."""
    yet = verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children)
    return yet or any(c.dep_ == "neg" for c in verb.children)


def is_negated(number: Token, cue: Token) -> bool:
    """The status predicate is negated: 'were not injured', 'no casualties were reported' (not 'have
    not been found': that is the status)."""
    if cue.lemma_.lower() in FINDING_VERBS and cue.pos_ == "VERB":
        return False
    for token in (cue, cue.head if cue.pos_ != "VERB" else cue):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
            return True
    if cue.pos_ == "VERB":
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.lower_ in NEGATIONS for s in subjects) and number.i not in {s.i for s in subjects}
    return False


RELIEF_VERBS = words("casualties", "relief_verbs")
INTENT_VERBS = words("casualties", "intent_verbs")


def is_intended(cue: Token) -> bool:
    """'threatened to shoot a woman', 'tried to kill three guards': the act is an aim, not a deed."""
    return cue.pos_ == "VERB" and cue.dep_ == "xcomp" and cue.head.lemma_.lower() in INTENT_VERBS


def is_relieved(number: Token, noun: Token | None, cue: Token) -> bool:
    """'Twelve of the missing fishermen were rescued', 'the hostages were freed': people whose
    status, named by a word beside them, the clause's verb ends."""
    top = noun if noun is not None else number
    verb = next((h for h in top.ancestors if h.pos_ == "VERB"), None)
    if verb is None or cue.i == verb.i or verb.lemma_.lower() not in RELIEF_VERBS:
        return False
    # the missing who are found are missing no longer, alive or dead; others found may be found dead
    missing = cue.lower_ in MISSING_WORDS or cue.lemma_.lower() in MISSING_WORDS
    return verb.lemma_.lower() != "find" or missing or any(c.lower_ in ("alive", "safe") for c in verb.children)
