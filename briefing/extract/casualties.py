"""Casualty figures: how many were killed, injured, missing or detained, of whom, said by whom.

For every number in a sentence, the parse decides whether it is this event's toll:
1. what it counts: the noun it modifies, or the noun of its "of" phrase ("dozens of civilians");
   a number that counts buildings, years or countries is dropped;
2. its status: a casualty verb that governs it ("were killed", "killing 912"), a status noun
   ("61 dead", "the death toll rose to 211", "casualties include ..."), or the lead-in of a bullet list;
3. that it is not another event's toll ("since the 2013 attack, which killed ...") and not a
   projection ("could rise to 20,000"): projections are kept apart, marked as such.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..gazetteer import is_demonym
from ..lexicons import lexicon, words
from ..model import CasualtyMention
from ..nlp import ParsedArticle, ParsedBlock
from ..numbers import find_quantities, is_year
from .common import entity_of, is_year_token, noun_phrase, reporter, span_root, tokens_in

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

LEX = lexicon("casualties")
STATUS_VERBS = {w: status for status, ws in LEX["status_verbs"].items() for w in ws}
STATUS_NOUNS = {w: status for status, ws in LEX["status_nouns"].items() for w in ws}
LIFE_VERBS = words("casualties", "life_verbs")
LIFE_NOUNS = words("casualties", "life_nouns")
AMBIGUOUS = words("casualties", "ambiguous_nouns")
PERSON_NOUNS = words("casualties", "person_nouns")
GENERIC_NOUNS = words("casualties", "generic_nouns")
GROUPS = [(group, frozenset(ws)) for group, ws in LEX["groups"].items()]
MODALS = words("casualties", "modals")
PROJECTION_VERBS = words("casualties", "projection_verbs")
GROWTH_VERBS = words("casualties", "growth_verbs")
PAST_MARKERS = words("casualties", "past_markers")
PAST_TIMES = words("casualties", "past_times")
DISPLACEMENT_VERBS = words("displacement", "verbs")
PLACE_NOUNS = words("actors", "place_nouns")
SUPERSEDED = words("casualties", "superseded_words")


def extract(parsed: ParsedArticle) -> Iterator[CasualtyMention]:
    """Every casualty figure of one article, sentence by sentence."""
    last_in_block: dict[int, list[CasualtyMention]] = {}
    for pb, sent in parsed.sentences():
        found = list(_from_sentence(parsed, pb, sent, last_in_block))
        if found:
            last_in_block.setdefault(pb.index, []).extend(found)
        yield from found


def _from_sentence(parsed: ParsedArticle, pb: ParsedBlock, sent: Span,
                   earlier: dict[int, list[CasualtyMention]]) -> Iterator[CasualtyMention]:
    evidence = parsed.evidence(pb, sent)
    text = sent.text
    quantities = find_quantities(text)
    if not quantities:
        return
    has_injured_figure = any(t.lemma_.lower() in ("injure", "wound") or t.lower_ in ("injured", "wounded")
                             for t in sent)
    previous: tuple[str, str] | None = None     # (group, group_text) of the last figure, for "and 78 wounded"
    results: list[CasualtyMention] = []
    for quantity in quantities:
        tokens = tokens_in(sent, sent.start_char + quantity.start, sent.start_char + quantity.end)
        if not tokens or is_year(quantity) or quantity.value == 0:
            continue
        reading = read_figure(tokens, has_injured_figure)
        if reading is None and pb.block.lead_in is not None and pb.block.kind == "bullet":
            reading = _from_lead_in(tokens, earlier.get(pb.block.lead_in, []))
        if reading is None:
            continue
        status, noun, projection = reading
        share_of = _partitive(tokens, results)        # "2,059 injured, 1,404 of them critically"
        if share_of is not None:
            status = share_of.status
        group, group_text = classify_group(noun) if noun is not None else ("total", "")
        if group == "total" and noun is None:
            group, group_text = _owner_group(tokens) or (group, group_text)
        if noun is None or (group == "total" and noun.lower_ in ("others", "more")):
            if previous is not None and noun is None:
                group, group_text = previous
        if not _in_breakdown(tokens[0]):     # "..., including 45 children, and 320 injured": 320 is everyone
            previous = (group, group_text)
        place = _place(tokens[0], sent)
        mention = CasualtyMention(
            quantity=quantity, status=status, group=group, group_text=group_text,
            reported_by=reporter(sent), place=place, evidence=evidence, projection=projection)
        if pb.block.kind == "bullet" and pb.block.lead_in is not None and not _has_own_status(tokens):
            lead = earlier.get(pb.block.lead_in, [])
            if lead:
                mention.reported_by = mention.reported_by or lead[-1].reported_by
        if share_of is not None:
            mention.part_of = results.index(share_of)
        results.append(mention)
    _link_breakdown(results, sent)
    yield from results


def _partitive(tokens: list[Token], earlier: list[CasualtyMention]) -> CasualtyMention | None:
    """The figure that 'N of them' / 'N of whom' takes its share of: the last one before it."""
    after = tokens[-1].doc[tokens[-1].i + 1:tokens[-1].i + 3]
    if earlier and len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in ("them", "whom", "those"):
        return earlier[-1]
    return None


def _in_breakdown(token: Token) -> bool:
    """A figure inside 'including ...' or 'among them ...': a part of a total, not a new subject."""
    return any(a.lower_ in ("including", "among") for a in token.ancestors)


def counts_people(noun: Token) -> bool:
    """The noun stands for people: 'civilians', 'soldiers', or a word for a people ('Alawites', 'Sudanese')."""
    if noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS:
        return True
    return noun.ent_type_ == "NORP" or is_demonym(noun.text)


def read_figure(tokens: list[Token], has_injured_figure: bool = False) -> tuple[str, Token | None, bool] | None:
    """(status, counted noun, is projection) when the number is a human toll, else None."""
    number = span_root(tokens)
    noun = counted_noun(number)
    if noun is not None and not counts_people(noun):
        return None
    if _is_age_or_duration(number):
        return None
    if is_other_event(number) or _superseded(number, noun):
        return None
    status = status_of(number, noun, has_injured_figure)
    if status is None:
        return None
    return status, noun, _is_projection(number, noun)


def counted_noun(number: Token) -> Token | None:
    """The noun the number counts, or None when the number stands alone ("killing 912")."""
    head = number
    if number.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod") and number.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        head = number.head
    elif number.pos_ in ("NUM",) or number.like_num:
        head = None
    if head is None:
        # "tens of thousands of fighters": a vague number parsed as a noun with an "of" phrase
        of = _of_object(number) or _out_of_object(number)
        return of if of is not None and of.pos_ in ("NOUN", "PROPN") else None
    of = _of_object(head)
    if head.i == number.i and of is None:
        of = _out_of_object(number)          # "125 out of 140 civilians"
    if head.i != number.i:
        if head.lemma_.lower() in GENERIC_NOUNS and of is not None:
            return of
        return head
    # the number is itself a noun: "dozens", "hundreds", "thousands"
    if of is not None and of.pos_ in ("NOUN", "PROPN", "ADJ"):
        return of
    return None


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _out_of_object(number: Token) -> Token | None:
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ in ("out", "of"):
            for obj in child.subtree:
                if obj.pos_ in ("NOUN", "PROPN") and obj.i > child.i:
                    return obj
    return None


def status_of(number: Token, noun: Token | None, has_injured_figure: bool) -> str | None:
    """What happened to the people counted: from the words around the number, nearest first."""
    candidates: list[Token] = []
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is not None and after.pos_ in ("ADJ", "VERB") and after.tag_ in ("JJ", "VBN", "VBD"):
        candidates.append(after)             # "78 wounded", "3,500 hurt", "61 dead"
    if noun is not None:
        candidates.append(noun)
        candidates.extend(c for c in noun.children if c.dep_ in ("amod", "acl", "relcl", "compound", "appos"))
    candidates.extend(c for c in number.children if c.dep_ in ("acl", "amod", "relcl"))
    top = noun if noun is not None and noun.i != number.i and number.head.i == noun.i else number
    for head in _heads(top):
        if head.lemma_.lower() in DISPLACEMENT_VERBS and head.pos_ == "VERB":
            return None                      # "killed 40,000 and displaced two million": the second fled
        candidates.append(head)
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "prep":      # "including" is tagged as a verb
            candidates.extend(_verb_cues(head, exclude=top))
            break
        if head.pos_ in ("NOUN", "PROPN", "ADJ"):
            candidates.extend(c for c in head.children if c.dep_ in ("compound", "amod", "acl"))
    for token in candidates:
        status = _status_word(token, has_injured_figure)
        if status is not None:
            return status
    return None


def _heads(token: Token) -> Iterator[Token]:
    """Heads of a figure up to its clause's verb, following coordination ("745 civilians, 125 ... and 148 ...")."""
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return
        current = current.head
        yield current
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("conj", "prep"):
            return


def _verb_cues(verb: Token, exclude: Token) -> list[Token]:
    """Words near a verb that can carry a status: its particles and complements, its subject and object."""
    cues = [verb]
    for child in verb.children:
        if child.i == exclude.i:
            continue
        if child.dep_ in ("oprd", "acomp", "prt", "xcomp", "attr", "dobj", "nsubj", "nsubjpass", "advcl"):
            cues.append(child)
            cues.extend(c for c in child.children if c.dep_ in ("compound", "amod", "acl", "relcl", "prep"))
            cues.extend(g for c in child.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
        if child.dep_ == "prep":
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                cues.append(obj)
                cues.extend(c for c in obj.children if c.dep_ in ("acl", "relcl", "amod"))
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        cues.append(verb.head)
    return cues


def _status_word(token: Token, has_injured_figure: bool) -> str | None:
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in LIFE_VERBS:
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in LIFE_NOUNS or o.lower_ in LIFE_NOUNS for o in objects):
            return "killed"
        return None
    if lower in LIFE_NOUNS or lemma in LIFE_NOUNS:
        head = token.head
        return "killed" if head.lemma_.lower() in LIFE_VERBS else None
    if lower in AMBIGUOUS or lemma in AMBIGUOUS:
        return "affected" if has_injured_figure else "killed"
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG"):
        status = STATUS_VERBS.get(lemma) or STATUS_NOUNS.get(lower)
        if status == "missing" and lower != "missing":
            return None        # "miss" as in "missed the deadline"
        return status
    return STATUS_NOUNS.get(lower) or STATUS_NOUNS.get(lemma)


def _has_own_status(tokens: list[Token]) -> bool:
    number = span_root(tokens)
    return status_of(number, counted_noun(number), False) is not None


def _from_lead_in(tokens: list[Token], lead: list[CasualtyMention]) -> tuple[str, Token | None, bool] | None:
    """A bullet of a list introduced by 'at least 1,000 people have been killed, including:'."""
    if not lead:
        return None
    number = span_root(tokens)
    noun = counted_noun(number)
    if noun is not None and noun.lemma_.lower() not in PERSON_NOUNS and noun.lower_ not in PERSON_NOUNS:
        return None
    if noun is None:
        return None
    return lead[-1].status, noun, False


def _is_age_or_duration(number: Token) -> bool:
    """'a 38-year-old resident', 'the 13-year war', 'a baby of seven months'."""
    following = number.doc[number.i + 1: number.i + 4]
    text = " ".join(t.lower_ for t in following)
    return any(text.startswith(unit) or text.startswith("- " + unit)
               for unit in ("year", "month", "week", "day", "hour", "minute", "km", "mile", "times", "per"))


def is_other_event(number: Token) -> bool:
    """True when the figure belongs to an earlier event or period: it hangs under a year or a 'since'
    phrase, or a verb of its clause (or of the clause reporting it) is dated before the event."""
    if any(_dated_before(verb) for verb in _clause_verbs(number)):
        return True
    for head in number.ancestors:
        if is_year_token(head) or head.lower_ in PAST_MARKERS:
            return True
        if head.pos_ in ("NOUN", "PROPN") and any(is_year_token(c) for c in head.children):
            return True
        if head.pos_ in ("VERB", "AUX"):
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "during"):
                    if any(is_year_token(g) for g in child.subtree) and head.dep_ != "ROOT":
                        return True
    return False


def _superseded(number: Token, noun: Token | None) -> bool:
    """'down from an earlier figure of 70', 'revised from 80': a figure the report itself replaces."""
    for token in [number, *([noun] if noun is not None else [])]:
        if any(c.dep_ == "amod" and c.lower_ in SUPERSEDED for c in token.children):
            return True
    for head in number.ancestors:
        if head.lower_ == "from" and (head.head.lower_ in ("down", "up") or head.head.lemma_.lower() in ("revise",
                                                                                                         "lower")):
            return True
        if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in SUPERSEDED for c in head.children):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _clause_verbs(token: Token) -> list[Token]:
    """The verbs a figure's clause hangs on: its verb, the verbs coordinated with it, and the verbs
    that report it ('claimed ... that it had killed')."""
    verb = next((h for h in token.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    node = verb
    while node.dep_ in ("conj", "ccomp", "xcomp", "advcl", "relcl") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            verbs.append(node)
    return verbs


def _dated_before(verb: Token) -> bool:
    """'since 2009', 'last month', 'two years ago' on the verb itself."""
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        words_ = " ".join(t.lower_ for t in child.subtree)
        if child.lower_ in PAST_MARKERS and any(is_year_token(t) or t.ent_type_ == "DATE" for t in child.subtree):
            return True
        if any(f" {phrase} " in f" {words_} " for phrase in PAST_TIMES):
            return True
    return False


def _is_projection(number: Token, noun: Token | None) -> bool:
    """'could rise to 20,000', 'fears the toll may reach 1,000', 'up to 20,000 feared dead'."""
    top = noun if noun is not None else number
    head = top.head
    if head.dep_ == "prep" and head.lower_ in ("to", "beyond", "past", "above") or top.dep_ in ("dobj", "attr"):
        verb = head.head if head.dep_ == "prep" else head
        if verb.lemma_.lower() in GROWTH_VERBS or top.dep_ in ("dobj", "attr"):
            if any(c.lower_ in MODALS for c in verb.children if c.dep_ == "aux"):
                return True
            if verb.head.lemma_.lower() in PROJECTION_VERBS:
                return True
    if any(c.lower_ in ("feared", "expected", "projected") for c in top.children):
        return True
    return False


def classify_group(noun: Token) -> tuple[str, str]:
    """The victim group of a counted noun, from the noun and its modifiers."""
    phrase = noun_phrase(noun)
    # the noun's own modifiers ("pro-Assad fighters", "members of the security forces"), not a list of
    # some of them ("five people, including a child")
    listed = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
    tokens = [t.lower_ for t in noun.subtree if t.dep_ not in ("relcl", "appos") and t.i <= noun.i + 4
              and t.i not in listed]
    lemma = noun.lemma_.lower()
    # the head noun decides first ("civilians"), then its modifiers ("security forces", "pro-Assad fighters")
    for group, vocabulary in GROUPS:
        if lemma in vocabulary or noun.lower_ in vocabulary:
            if group == "other" and noun.lower_ == "men":
                continue
            return group, phrase
    joined = " ".join(tokens)
    for group, vocabulary in GROUPS:
        if any(w in vocabulary for w in tokens) or any(" " in w and w in joined for w in vocabulary):
            return group, phrase
    if lemma in ("force",):
        return "security_forces", phrase
    return "total", phrase


def _owner_group(tokens: list[Token]) -> tuple[str, str] | None:
    """'security sources estimate their own casualties at 200': the figure is the subject's own losses."""
    verb = next((h for h in span_root(tokens).ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
               and (c.lower_ in AMBIGUOUS or c.lemma_.lower() in STATUS_NOUNS)]
    owned = any(g.lower_ in ("their", "its") for o in objects for g in o.children if g.dep_ == "poss")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owned and subject is not None:
        group, text = classify_group(subject)
        if group != "total":
            return group, text
    return None


def _place(token: Token, sent: Span) -> str | None:
    """The place a figure is scoped to ('912 people died in Turkey alone'), if the sentence names one."""
    for head in token.ancestors:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "across"):
                for obj in child.subtree:
                    ent = entity_of(obj)
                    if ent is not None and ent.label_ in ("GPE", "LOC"):
                        return ent.text
        if head.pos_ in ("VERB", "AUX"):
            if head.dep_ == "relcl" and _place_name(head.head):     # "in X province, where 1,293 were killed"
                return _place_name(head.head)
            break
    return None


def _place_name(token: Token) -> str | None:
    """The place a noun names: a place entity, or 'X province' built on one."""
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        return ent.text
    if token.lemma_.lower() in PLACE_NOUNS:
        named = [entity_of(c) for c in token.children if c.dep_ in ("compound", "amod") and entity_of(c)]
        if named:
            return f"{named[0].text} {token.text}"
    return None


def _link_breakdown(mentions: list[CasualtyMention], sent: Span) -> None:
    """Mark figures listed after 'including' as parts of the total before it, in the same sentence."""
    lowered = sent.text.lower()
    for marker in ("including", "among them", "of whom", "among the dead"):
        at = lowered.find(marker)
        if at < 0:
            continue
        totals = [i for i, m in enumerate(mentions) if m.quantity.end <= at and m.group == "total"]
        if not totals:
            continue
        total = mentions[totals[-1]]
        for m in mentions:
            if m.quantity.start > at and m.status == total.status and m.group != "total":
                m.part_of = totals[-1]
        return
