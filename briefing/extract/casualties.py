"""Casualty figures: how many were killed, injured, missing or detained, of whom, said by whom.

Every count of a sentence is read through the figure mechanisms (``figures``): what it counts
(people, and which group), its status (the predicate that governs it), whether it is this event's
(not another event or period, not a change, a rate or a projection) and its scope (a place, a
nationality). A figure that fails any of them is left out: a missing figure is better than a
wrong one. Figures of a breakdown ("including 45 children", "12 of them children") point to the
total they break down.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..lexicons import words
from ..model import CasualtyMention, Quantity
from ..nlp import ParsedArticle, ParsedBlock
from .common import reporter
from .figures import Number, numbers_in
from .figures.counted import (ONE_PERSON, PERSON_NOUNS, children_by_age, counted_noun, counts_people, counts_things, group_of,
                              household_members, in_a_breakdown, is_not_a_count)
from .figures.scope import nationality_of, place_beside, place_name, place_of, section_places
from .figures.status import AMBIGUOUS, STATUS_NOUNS, across_semicolon, is_intended, is_negated, is_relieved, status_and_cue, status_of
from .figures.time import (CHANGE_VERBS, headline_names_a_hazard, is_change, is_dated_earlier, is_lowered,
                           is_other_event, is_possible, is_projection, is_rate, is_record_threshold, is_remaining,
                           is_retracted, is_series_tally, is_set_aside, is_superseded,
                           is_told_as_rise, is_unconfirmed, is_war_wide, is_witnessed, named_month_end,
                           recent_past_end)

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

# Openings that tell a count apart from the toll before it ("Separately, ...").
SEPARATE_MARKS = tuple(words("casualties", "separate_marks"))

# Words after a number that make it a share of the figure before it: "1,404 of them", "of whom".
SHARE_WORDS = ("them", "whom", "those", "which")
# The people a toll counted, named again: "ten of the victims were children".
VICTIM_NOUNS = frozenset(STATUS_NOUNS) | {"victim"}
BREAKDOWN_MARKERS = ("including", "among them", "of whom", "among the dead", "among those")
# A person named as killed or hurt is one victim; a named person arrested is a suspect, told apart elsewhere.
NAMED_STATUSES = ("killed", "injured")
INJURED_TEXT = re.compile(r"\b(?:injur|wound)", re.I)     # "casualties" with injured beside them are both


@dataclass
class Reading:
    """What the mechanisms make of one number: a toll of this event, and how it is placed."""
    status: str
    noun: Token | None
    cue: Token | None             # the word that gives the status
    share_of: int | None          # index of the figure it is a share of, within the sentence
    projection: bool
    set_aside: bool
    remaining: bool = False       # "63 remain in hospital": part of all who were hurt
    place: str | None = None      # the one place it is scoped to
    replaced: bool = False        # "253 and not 359": the report replaces this figure
    dated_until: str | None = None  # dated only by a recent period ("last week's quake"): its last day


def extract(parsed: ParsedArticle) -> Iterator[CasualtyMention]:
    """Every casualty figure of one article, sentence by sentence. A figure for one person read
    from a phrase ('a man was shot') is kept only when the article gives no written figure of that
    status: otherwise that person is one of those counted. A war's whole toll ('the conflict has
    killed 280,000') is kept only when the article gives no toll of its own event."""
    report = parsed.article.date
    last_in_block: dict[int, list[CasualtyMention]] = {}
    mentions: list[CasualtyMention] = []
    someone_died = False
    under = section_places(parsed)        # "MOZAMBIQUE" heading a factbox of its figures
    for pb, sent in parsed.sentences():
        found = list(_from_sentence(parsed, pb, sent, last_in_block, report))
        for mention in found:
            mention.place = mention.place or under.get(pb.index)
        if found:
            last_in_block.setdefault(pb.index, []).extend(found)
        mentions.extend(found)
        someone_died = someone_died or _a_known_person_died(sent)
    _the_one_who_died(mentions, someone_died)
    written = {m.status for m in mentions if not m.implicit}
    own_event = {m.status for m in mentions if not m.war_wide}
    hazard = headline_names_a_hazard(parsed)        # a quake's report: the war's toll is not the quake's
    yield from (m for m in mentions if not (m.implicit and m.status in written) and not _same_person_worse(m, mentions)
                and not (m.war_wide and (m.status in own_event or hazard)))


def _a_known_person_died(sent: Span) -> bool:
    """'He was pronounced dead at the scene', 'the victim later died': a death told of someone the
    article has already introduced (a pronoun or 'the' with a word for one person)."""
    for token in sent:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ != "VERB":
            continue
        known = token.lower_ in ("he", "she") or (token.lemma_.lower() in ONE_PERSON and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her") for c in token.children))
        verb = token.head
        dead = verb.lemma_.lower() in ("die", "succumb") or (verb.lemma_.lower() in ("pronounce", "declare", "kill")
                                                            and not any(c.dep_ == "neg" for c in verb.children))
        if known and dead and (verb.lemma_.lower() != "pronounce" or any(c.lower_ == "dead" for c in verb.children)):
            return True
    return False


def _the_one_who_died(mentions: list[CasualtyMention], someone_died: bool) -> None:
    """'A man was shot in the chest ... he later died': when the article reports one person hurt,
    no one killed, and then the death of someone it introduced, that person was killed."""
    hurt = [m for m in mentions if m.implicit and m.status == "injured"]
    if someone_died and len({_person(m) for m in hurt}) == 1 and not any(m.status == "killed" for m in mentions):
        for mention in hurt:
            mention.status = "killed"


def _same_person_worse(mention: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    """'A man was found shot dead ... police found a man suffering from a gunshot wound': one person,
    first hurt, then dead. A one-person phrase with the same noun (or name) as a dead one is that person."""
    if not mention.implicit or mention.status != "injured" or mention.quantity.text.lower().startswith("another"):
        return False
    return any(o.implicit and o.status == "killed" and _person(o) == _person(mention) for o in mentions)


def _person(mention: CasualtyMention) -> str:
    """Who a one-person phrase names, as far as one word tells: 'man' of 'a 32-year-old man',
    'morales' of 'Carlos Morales'."""
    words = mention.quantity.text.split()
    return words[-1].lower() if words else ""


def _from_sentence(parsed: ParsedArticle, pb: ParsedBlock, sent: Span,
                   earlier: dict[int, list[CasualtyMention]], report: str | None) -> Iterator[CasualtyMention]:
    numbers = numbers_in(sent)
    if not numbers:
        return
    evidence = parsed.evidence(pb, sent)
    has_injured_figure = INJURED_TEXT.search(sent.text) is not None
    previous: tuple[str, str, Token] | None = None   # (group, group_text, number) of the last figure: "and 78 wounded"
    results: list[CasualtyMention] = []
    replaced: list[CasualtyMention] = []
    ambiguous: list[CasualtyMention] = []          # "casualties" read as the dead and hurt together
    # the figures of this paragraph's sentences so far; a paragraph's first sentence follows the last one
    told_before = earlier.get(pb.index) or (earlier.get(pb.index - 1, []) if sent.start == 0 else [])
    for number in numbers:
        told_statuses = frozenset(m.status for figures in earlier.values() for m in figures if not m.remaining)
        reading = read_figure(number, has_injured_figure, report, results,
                              told_before[-1].status if told_before and not results else None, told_statuses)
        if _opens_with_share(number, sent):
            whole = told_before[-1].status if told_before else _people_named_before(sent)
            reading = _share_of_previous(number, whole, reading) if whole else reading
        if reading is None and pb.block.lead_in is not None and pb.block.kind == "bullet":
            reading = _from_lead_in(number, earlier.get(pb.block.lead_in, []))
        if reading is None and (not results or results[-1].place is not None):
            reading = _elided(number, results[-1] if results else None, sent)
        if reading is None or _part_of_rejected(number, results) or (number.named and reading.status not in NAMED_STATUSES):
            continue
        if reading.replaced:        # told only to be replaced: no figure of the sentence, a note for merging
            replaced.append(_replaced_figure(number, reading, evidence))
            continue
        group, group_text = _group(number, reading, results)
        if previous is not None and across_semicolon(previous[2], number.root):
            previous = None                          # "7 bombers involved; 24 arrested": a new clause
        among = number.root.dep_ == "pobj" and number.root.head.lower_ == "among"   # "among the 15 wounded": all
        if group == "total" and reading.noun is None and previous is not None and reading.share_of is None \
                and not among:
            group, group_text = previous[:2]
        elif group == "total" and reading.noun is not None and reading.noun.lower_ in ("others", "more") \
                and previous is not None and _counts_many(previous[2]):
            group, group_text = previous[:2]
        if not _in_breakdown(number.tokens[0]):     # "..., including 45 children, and 320 injured": 320 is everyone
            previous = (group, group_text, number.root)
        mention = _mention(number, reading, (group, group_text), sent, evidence,
                           _besides(reading, results, told_statuses))
        if pb.block.kind == "bullet" and pb.block.lead_in is not None and not _has_own_status(number):
            lead = earlier.get(pb.block.lead_in, [])
            if lead:
                mention.reported_by = mention.reported_by or lead[-1].reported_by
        mention.part_of = reading.share_of
        results.append(mention)
        if reading.status == "affected" and reading.cue is not None and reading.cue.lower_ in AMBIGUOUS:
            ambiguous.append(mention)
    _the_dead_beside_more_hurt(ambiguous, results)
    _link_breakdown(results, sent)
    _revisions(results, replaced)
    yield from results
    yield from replaced


def _mention(number: Number, reading: Reading, group: tuple[str, str], sent: Span, evidence, besides: bool
             ) -> CasualtyMention:
    """The figure as a mention, with what the sentence says of its time, scope and teller."""
    return CasualtyMention(
        quantity=_total_of_transition(number), status=reading.status, group=group[0], group_text=group[1],
        reported_by=reporter(sent), place=reading.place or _told_apart(sent),
        evidence=evidence, projection=reading.projection,
        nationality=nationality_of(reading.noun, reading.cue) or _said_nationality(number.root),
        superseded=reading.set_aside, remaining=reading.remaining,
        implicit=number.implicit and not in_a_breakdown(number.root),     # "including a woman" is listed
        rise=is_told_as_rise(number.root, reading.noun) and not reading.projection, besides=besides,
        war_wide=is_war_wide(number.root, reading.noun, reading.cue),
        revised_from=0 if is_lowered(number.root) else None, dated_until=reading.dated_until,
        unconfirmed=is_unconfirmed(number.root))


def _the_dead_beside_more_hurt(ambiguous: list[CasualtyMention], results: list[CasualtyMention]) -> None:
    """'put the number of casualties at 228, with 450 wounded': casualties fewer than the wounded beside
    them cannot count the wounded too; they are the dead."""
    for mention in ambiguous:
        if any(o.status == "injured" and o.quantity.value > mention.quantity.value for o in results):
            mention.status = "killed"


def _revisions(results: list[CasualtyMention], replaced: list[CasualtyMention]) -> None:
    """'3,958 people have died instead of 11,300', 'down to 253, from the previous figure of 359': a
    figure given in place of a larger one of its status brings the toll down from that one."""
    for mention in results:
        larger = [r.quantity.value for r in replaced if r.status == mention.status
                  and r.quantity.value > mention.quantity.value]
        if larger:
            mention.revised_from = max(larger)


def _counts_many(root: Token) -> bool:
    """'three soldiers were killed and four others wounded': the others are more of the same; after
    'a woman was killed and two others injured' they are people, not women."""
    return root.tag_ in ("NNS", "NNPS") or (root.like_num and root.lower_ not in ("one", "1"))


def _besides(reading: Reading, results: list[CasualtyMention], told: frozenset[str]) -> bool:
    """'killing 13 soldiers ... at least 79 other people were killed', 'two other people were
    arrested': after a count of the same status, 'other' people are some besides those, never all."""
    noun = reading.noun
    if noun is None or not any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return False
    return reading.status in told or any(m.status == reading.status for m in results)


def _told_apart(sent: Span) -> str | None:
    """'Separately, one person was reported missing', 'In a separate incident, two were shot': a
    count told apart from the event's toll is a part of it, never the whole."""
    opening = sent.text.lstrip().lower()
    return "elsewhere" if opening.startswith(SEPARATE_MARKS) else None


def _replaced_figure(number: Number, reading: Reading, evidence) -> CasualtyMention:
    """'The toll is 253, not 359': the 359 that other reports may still give."""
    group, group_text = group_of(reading.noun) if reading.noun is not None else ("total", "")
    return CasualtyMention(quantity=number.quantity, status=reading.status, group=group, group_text=group_text,
                           reported_by=None, place=reading.place, evidence=evidence, replaced=True)


def read_figure(number: Number, has_injured_figure: bool = False, report: str | None = None,
                earlier: list[CasualtyMention] = (), told_status: str | None = None,
                told_in_report: frozenset[str] = frozenset()) -> Reading | None:
    """The number read as a toll of this event, or None when any mechanism rules it out. ``report``
    is the date of the report (ISO), when known; ``told_status`` the status of the paragraph's last
    figure, when the sentence has none before this one ('... 40 killed. Another 101 were injured');
    ``told_in_report`` the statuses of all the report's figures so far."""
    year = int(report[:4]) if report else None
    if is_not_a_count(number):
        return None
    root = number.root
    noun = counted_noun(root)
    if noun is not None and not counts_people(noun):
        if not number.implicit:
            return None
        noun = None                           # "a third was wounded"
    if noun is None and counts_things(root):
        return None                           # "cholera cases have risen to 1,200"
    share = _share_of(number, earlier)
    found = status_and_cue(root, noun, has_injured_figure)
    if found is None and share is None and noun is not None:
        share = _breakdown_of_clause(number, earlier)
    if share is not None:          # "2,059 injured, 1,404 of them critically": a share has its whole's status
        found = (earlier[share].status, found[1] if found else None)
    if found is None or (_is_partitive_base(noun, root) and not _own_status(noun)):
        return None                # "90 of its 400 residents were killed": the 400 are the village, not the dead
    status, cue = found
    if cue is not None and noun is not None and cue.i == noun.head.i and household_members(noun) is not None:
        return None                # "displaced 4,000 families, affecting 20,000 people": the families' members
    if cue is not None and (is_negated(root, cue) or is_relieved(root, noun, cue) or is_intended(cue)):
        return None
    recent = None
    if is_other_event(root, year) and (recent := recent_past_end(root, report)) is None:
        return None                # another event, unless only a recent period dates it: merging decides
    recent = recent or named_month_end(root, report)
    if is_dated_earlier(root, report) or is_series_tally(root) \
            or is_rate(root) or is_retracted(root) or is_witnessed(root) \
            or (number.quantity.qualifier == "at_least" and is_record_threshold(root, year)):
        return None
    follows_other = earlier[-1].status != status if earlier else told_status not in (None, status)
    if not earlier and told_status is None and told_in_report and status not in told_in_report:
        follows_other = True       # 'a further 50 were injured', the report's first injured: beyond the dead
    place = place_of(root, noun, cue)
    if is_change(number.tokens[0], root, noun, follows_other, {t.i for t in number.tokens}) \
            and place is None:     # "a further 1,602 died across the border in Syria" is that place's
        return None
    return Reading(status=status, noun=noun, cue=cue, share_of=share,
                   projection=is_projection(root, noun) or is_possible(cue),
                   set_aside=is_set_aside(root), remaining=status in ("injured", "detained") and is_remaining(root),
                   place=place, replaced=is_superseded(root, noun), dated_until=recent)


def _is_partitive_base(noun: Token | None, number: Token) -> bool:
    """The noun is the whole of another number's partitive: the 400 of '90 of its 400 residents'."""
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num \
        and noun.head.head.i != number.i


def _own_status(noun: Token) -> bool:
    """'12 of the 59 people hurt': the whole carries a status of its own."""
    return any(status_of(c, None) is not None for c in noun.children if c.dep_ in ("acl", "amod", "relcl"))


def _share_of(number: Number, earlier: list[CasualtyMention]) -> int | None:
    """The figure that 'N of them' / 'N of whom' / 'Of the 59 hurt, twelve ...' takes its share of."""
    if not earlier or number.implicit:
        return None
    last = number.tokens[-1]
    after = last.doc[last.i + 1:last.i + 3]
    if len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in SHARE_WORDS:
        return len(earlier) - 1
    if _among_them(number.root):
        return len(earlier) - 1               # "42 are missing, seven children among them"
    first = number.tokens[0]
    before = first.doc[max(first.sent.start, first.i - 2):first.i]
    if len(before) == 2 and before[0].lower_ == "of" and before[1].lower_ in ("which", "whom"):
        return len(earlier) - 1               # "the toll reached 107, of which 17 died in landslides"
    verb = next((h for h in number.root.ancestors if h.pos_ in ("VERB", "AUX")), None)
    opening = [c for c in (verb.children if verb is not None else []) if c.dep_ == "prep" and c.lower_ == "of"
               and c.i < number.root.i]
    sentence_start = last.sent.start_char
    if opening and earlier[-1].quantity.start + sentence_start >= opening[0].idx:
        return len(earlier) - 1               # "Of the 59 people hurt, twelve were children"
    return None


def _opens_with_share(number: Number, sent: Span) -> bool:
    """'Among them were three children ...', 'Of those, 12 were children': the sentence opens on the
    people the sentence before counted, and the figure is the subject of that 'were'."""
    verb = next((h for h in number.root.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ != "be":
        return False
    # "Among them were ...", "According to the latest reports, among them are ...": the share before the figure
    if any(c.dep_ == "prep" and c.lower_ in ("among", "of") and c.i < number.tokens[0].i
           and c.i + 1 < sent.end and sent.doc[c.i + 1].lower_ in SHARE_WORDS + ("the",) for c in verb.children):
        return True
    # "Ten of the victims were children": the share is the subject, the people it is of are those counted
    whole = next((g for c in number.root.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    return number.root.dep_ == "nsubj" and whole is not None and number.tokens[0].i - sent.start <= 3 \
        and number.quantity.value > 1 \
        and (whole.lower_ in SHARE_WORDS or whole.lemma_.lower() in VICTIM_NOUNS)


def _share_of_previous(number: Number, status: str, reading: Reading | None) -> Reading | None:
    """A share of the people the sentence before counted or named takes their status."""
    noun = counted_noun(number.root) or _said_to_be(number.root)      # "12 were children"
    if noun is not None and not counts_people(noun):
        return reading
    return Reading(status=status, noun=noun, cue=None, share_of=None, projection=False,
                   set_aside=False, remaining=status == "injured" and is_remaining(number.root),
                   place=reading.place if reading else None)


def _people_named_before(sent: Span) -> str | None:
    """'Foreigners account for a share of the dead. Among them are 43 Syrians ...': the status of the
    people the sentence before names by a status word ('the dead', 'the wounded', 'those killed')."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    for token in before:
        status = STATUS_NOUNS.get(token.lower_)
        if status is not None and token.i > before.start and before.doc[token.i - 1].lower_ in ("the", "those"):
            return status
    return None


def _breakdown_of_clause(number: Number, earlier: list[CasualtyMention]) -> int | None:
    """'At least 937 people were killed, the agency said, including 343 children': a breakdown the
    parser hangs on the clause's verb rather than on the total is a share of the sentence's last figure."""
    if not earlier:
        return None
    marker = next((a for a in number.root.ancestors if a.lower_ in ("including", "among")), None)
    if marker is not None:
        hangs_on = marker.head
    elif _among_them(number.root):
        hangs_on = counted_noun(number.root).head       # "..., among them 120 women" as the parser has it
    else:
        return None
    if hangs_on.pos_ not in ("VERB", "AUX"):
        return None                # "300 rescuers, including 40 doctors" hangs on its own total
    opens = (marker or number.root).idx - number.root.sent.start_char
    before = [i for i, m in enumerate(earlier) if m.quantity.end <= opens]     # not the list's own members
    return before[-1] if before else len(earlier) - 1


def _among_them(number: Token) -> bool:
    noun = counted_noun(number)
    return noun is not None and any(c.lower_ == "among" and any(g.lower_ in SHARE_WORDS for g in c.children)
                                    for c in noun.children)


def _group(number: Number, reading: Reading, results: list[CasualtyMention]) -> tuple[str, str]:
    """The group counted: from the noun, from what a share is said to be ('12 of them children',
    'twelve were children'), or from an age bound ('under the age of 16')."""
    root = number.root
    noun = reading.noun
    # "12 of them children", "Of the dead, 97 were women", "75 of those killed were children"
    share = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == root.i
    if noun is None or share:
        said = _said_to_be(root)
        if said is not None and (reading.share_of is not None or said.dep_ in ("attr", "acomp")):
            noun = said
    group, text = group_of(noun) if noun is not None else ("total", "")
    if group == "total" and noun is None:
        group, text = _owner_group(root) or (group, text)
    if group == "total" and children_by_age(root, noun):
        group, text = "children", text or "children"
    return group, text


def _said_nationality(number: Token) -> str | None:
    """'Of the dead, at least 145 were Egyptians': the people counted are said to be of a country."""
    if number.dep_ != "nsubj" or number.head.lemma_ != "be":
        return None
    attr = next((c for c in number.head.children if c.dep_ == "attr"), None)
    return nationality_of(attr, None) if attr is not None else None


def _said_to_be(number: Token) -> Token | None:
    """'12 of them children' (the noun the share is set beside), 'twelve were children' (the attribute)."""
    if number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ in ("NOUN", "PROPN") \
            and counts_people(number.head):
        return number.head
    if number.dep_ == "nsubj" and number.head.lemma_ == "be":
        attr = next((c for c in number.head.children if c.dep_ in ("attr", "acomp")), None)
        if attr is not None and counts_people(attr):      # "were women", "were female"
            return attr
    return None


def _total_of_transition(number: Number) -> Quantity:
    """'rose from 80 to 96' is the total 96, not a range from 80 to 96."""
    q = number.quantity
    if q.qualifier == "range" and q.text.lower().startswith("from") and q.value_max is not None \
            and any(a.lemma_.lower() in CHANGE_VERBS for a in number.root.ancestors):
        return replace(q, value=q.value_max, value_max=None, qualifier="exact")
    return q


def _part_of_rejected(number: Number, results: list[CasualtyMention]) -> bool:
    """'Another 42 people, including 11 children, were killed': when the total is not a toll (here a
    change), neither is its breakdown."""
    including = next((a for a in number.tokens[0].ancestors if a.lower_ == "including"), None)
    if including is None or results:
        return False
    whole = including.head
    return any(c.dep_ == "nummod" or c.like_num for c in whole.children) or whole.like_num


def _in_breakdown(token: Token) -> bool:
    """A figure inside 'including ...' or 'among them ...': a part of a total, not a new subject."""
    return any(a.lower_ in ("including", "among") for a in token.ancestors)


def _has_own_status(number: Number) -> bool:
    root = number.root
    return status_of(root, counted_noun(root)) is not None


def _from_lead_in(number: Number, lead: list[CasualtyMention]) -> Reading | None:
    """A bullet of a list introduced by 'at least 1,000 people have been killed, including:'."""
    if not lead:
        return None
    noun = counted_noun(number.root)
    if noun is None or (noun.lemma_.lower() not in PERSON_NOUNS and noun.lower_ not in PERSON_NOUNS):
        return None
    return Reading(status=lead[-1].status, noun=noun, cue=None, share_of=None, projection=False, set_aside=False,
                   place=place_of(number.root, noun, None))


def _elided(number: Number, previous: CasualtyMention | None, sent: Span) -> Reading | None:
    """'X has the most deaths with 347, followed by Y with 264 and Z with 238', 'most deaths were in X
    (347), Y (264) and Z (238)': a bare figure set beside a place, after a place's figure or in a
    sentence whose subject is a toll, is that place's figure of the same status."""
    noun = counted_noun(number.root)
    named_before = noun is not None and noun.pos_ == "PROPN" and noun.i == number.tokens[0].i - 1
    if number.implicit or (noun is not None and place_name(noun) is None and not (previous and named_before)):
        return None                            # a figure with its own noun says what it counts
    if noun is None and is_not_a_count(number):
        return None
    status = previous.status if previous is not None else _status_of_subject(sent)
    if status is None:
        return None
    place = place_beside(number.tokens[0], number.tokens[-1], parallel=previous is not None)
    if place is None or (previous is not None and place == previous.place):
        return None
    return Reading(status=status, noun=None, cue=None, share_of=None, projection=False,
                   set_aside=False, place=place)


def _status_of_subject(sent: Span) -> str | None:
    """'Most deaths were recorded in ...': the status the sentence's subject names."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return STATUS_NOUNS.get(subject.lower_) or STATUS_NOUNS.get(subject.lemma_.lower())


def _owner_group(number: Token) -> tuple[str, str] | None:
    """'security sources estimate their own casualties at 200': the figure is the subject's own losses."""
    verb = next((h for h in number.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
               and (c.lower_ in AMBIGUOUS or c.lemma_.lower() in STATUS_NOUNS)]
    owned = any(g.lower_ in ("their", "its") for o in objects for g in o.children if g.dep_ == "poss")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owned and subject is not None:
        group, text = group_of(subject)
        if group != "total":
            return group, text
    return None


def _link_breakdown(mentions: list[CasualtyMention], sent: Span) -> None:
    """Mark figures listed after 'including' as parts of the total before it, and those 'among' a
    total after them ('six civilians were among the 22 people killed'), in the same sentence."""
    lowered = sent.text.lower()
    among = lowered.find(" among ")
    wholes = [i for i, m in enumerate(mentions) if m.quantity.start > among] if among >= 0 else []
    for m in (m for m in mentions if wholes and m.quantity.end <= among and m.part_of is None):
        whole = mentions[wholes[0]]
        if whole.status == m.status and whole.quantity.value > m.quantity.value:
            m.part_of = wholes[0]
    for marker in BREAKDOWN_MARKERS:
        at = lowered.find(marker)
        if at < 0:
            continue
        totals = [i for i, m in enumerate(mentions) if m.quantity.end <= at and m.group == "total"]
        if not totals:
            continue
        total = mentions[totals[-1]]
        for m in mentions:
            if m.quantity.start > at and m.status == total.status and m.part_of is None and (
                    m.group != "total" or m.quantity.value < total.quantity.value):     # "including 96 men"
                m.part_of = totals[-1]
        return
