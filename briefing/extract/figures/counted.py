"""What a number counts: the noun it counts, whether that is people, and which group.

The parse decides: the noun the number modifies ("745 civilians"), the noun of its "of" phrase
("dozens of protesters", "125 members of the security forces"), or nothing ("killing 912"). A
number that counts houses, years or cases of a disease is not a toll; neither is an age ("Ruiz,
34,"), a measure ("5 km"), the number in a name ("Route 66") or a person picked out of a group
("one of the survivors", "one resident said").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...gazetteer import is_demonym
from ...lexicons import lexicon, words
from ...numbers import QUALIFIERS
from ..common import COMPARATIVES, REPORTER_NOUNS, noun_phrase, sentence_ents

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

    from . import Number

LEX = lexicon("casualties")
PERSON_NOUNS = words("casualties", "person_nouns")
GENERIC_NOUNS = words("casualties", "generic_nouns")
STATUS_NOUNS = frozenset(w for ws in LEX["status_nouns"].values() for w in ws)
# Verbs through which a subject gives a number what it counts: "cases rose to 1,200", "the toll stands at 61".
SUBJECT_COUNT_VERBS = words("casualties", "growth_verbs") | {"stand", "total", "number", "mount", "pass"}
# Nouns that only tally what follows them: 'a total of 1,964 households' counts the households.
TALLY_NOUNS = words("casualties", "tally_nouns")
# Words for the toll itself, which name no group ("306 deaths"); hostages and detainees are people.
STATUS_WORDS = STATUS_NOUNS - {"hostage", "hostages", "detainee", "detainees", "captive", "captives"}
ONE_PERSON = words("casualties", "one_person_nouns")
ORDINAL_PERSONS = words("casualties", "ordinal_persons")
# Nouns of a killing whose "of" phrase names who died: "the death of a boy", "the fatal shooting of a man".
DEATH_NOUNS = {"death", "killing", "murder", "shooting", "stabbing", "slaying", "homicide"}
SECURITY_BODIES = words("casualties", "security_bodies")
CIVILIAN_BODIES = words("casualties", "civilian_bodies")
AGE_WORDS = words("casualties", "age_words")
PLACE_NOUNS = words("actors", "place_nouns") | {"nation", "country", "state", "population"}
CHILD_AGE = int(LEX["child_age"])
GROUPS = [(group, frozenset(ws)) for group, ws in LEX["groups"].items()]
# Groups that together are still civilians: "women and children".
CIVILIAN_GROUPS = {"civilians", "women", "children"}
# Words after a number that make it a measure, a duration, an age or the size of a body ("a 200-strong team").
MEASURE = re.compile(r"^(?:- )?(?:(?:year|month|week|day|hour|minute|mile|time|storey|floor|bed|metre|meter|"
                     r"km|acre|hectare|tonne|ton|block|round|bag|gram|mm|caliber|calibre|ounce)s?|kilomet\w*|per|strong)\b")
ROAD_WORDS = words("casualties", "road_words")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
STATUS_VERB_LEMMAS = frozenset(w for ws in LEX["status_verbs"].values() for w in ws)
STATUS_PARTICIPLES = words("casualties", "status_participles")
# Verbs of harm, whose bare or -s form a headline puts before its number ("Kills 30", "wounds 25").
HARM_VERBS = frozenset(LEX["status_verbs"]["killed"]) | frozenset(LEX["status_verbs"]["injured"])
# The words of a qualifier before a number ("over", "at least"): a verb before them still governs it.
QUALIFIER_WORDS = frozenset(w for phrase in QUALIFIERS for w in phrase.lower().split())
HOUSEHOLDS = words("displacement", "household_nouns")
HOUSEHOLD_SIZE_VERBS = words("displacement", "household_size_verbs")


def household_members(noun: Token | None) -> Token | None:
    """The households whose members a people count spells out: '41,526 households have been displaced,
    affecting 212,630 people', '3,200 families, comprising 16,000 people, were displaced'. What
    happened to the people is what happened to the households, not the linking verb ('affecting')."""
    if noun is None or noun.dep_ != "dobj" or not counts_people(noun):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in HOUSEHOLD_SIZE_VERBS or verb.dep_ not in ("acl", "relcl", "xcomp", "advcl"):
        return None
    owner = verb.head            # the households themselves, or the verb they are the subject or object of
    if owner.lemma_.lower() in HOUSEHOLDS:
        return owner
    return next((t for c in owner.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                 for t in c.subtree if t.lemma_.lower() in HOUSEHOLDS and t.head.i != verb.i), None)


def word_before(number: Token) -> Token | None:
    """The word right before a number or its qualifier ('killed at least 377'), within its sentence."""
    before = number.i - 1
    while before >= number.sent.start and number.doc[before].lower_ in QUALIFIER_WORDS:
        before -= 1
    return number.doc[before] if before >= number.sent.start else None


def verb_read_as_noun(number: Token) -> Token | None:
    """'Bomb kills woman wounds 25', 'Army Kill 2 Rebel Commanders': in a headline's clipped grammar
    or its Title Case the parser takes the verb before the number for a noun the number hangs on.
    The verb of harm, in its bare or -s form, right before the number or its qualifier."""
    word = word_before(number)
    if word is None or word.pos_ in ("VERB", "AUX") or word.i not in (number.head.i, number.head.head.i):
        return None
    lower = word.lower_
    return word if lower in HARM_VERBS or lower.endswith("s") and lower[:-1] in HARM_VERBS else None


def _noun_after(number: Token) -> Token | None:
    """The noun right after a number whose parse is lost ('Kill 2 Rebel Commanders')."""
    for token in number.doc[number.i + 1:min(number.sent.end, number.i + 5)]:
        if token.pos_ not in ("NOUN", "PROPN") and token.tag_ != "HYPH":
            return None
        if token.dep_ not in ("compound", "amod") and token.tag_ != "HYPH":
            return token
    return None


def counted_noun(number: Token) -> Token | None:
    """The noun the number counts, or None when the number stands alone ("killing 912")."""
    if verb_read_as_noun(number) is not None:
        return _noun_after(number)
    listed = _noun_after_colon(number)
    if listed is not None:
        return listed                        # "- 270,000: mostly Rohingya civilians who have fled ..."
    head = number
    if number.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod") and number.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        head = number.head
        if participle_read_as_noun(number):
            return None                      # "three died and 12 hurt": the 12 stand alone
        while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i and counts_people(head):
            head = head.head                 # "3,000 missing person reports": reports, not persons
    elif number.pos_ in ("NUM",) or number.like_num:
        head = None
    if head is None:
        # "tens of thousands of fighters": a vague number parsed as a noun with an "of" phrase;
        # "twelve of the injured": a share of the people a status word stands for
        of = of_object(number) or _out_of_object(number)
        if of is not None and (of.pos_ in ("NOUN", "PROPN") or of.lower_ in PERSON_NOUNS):
            return of
        return None
    of = of_object(head)
    if head.i == number.i and of is None:
        of = _out_of_object(number)          # "125 out of 140 civilians"
    if head.i != number.i:
        if head.lemma_.lower() in GENERIC_NOUNS and of is not None:
            # "125 members of the security forces"; but "nine members of an elite unit" are members
            return head if head.lemma_.lower() == "member" and not counts_people(of) else of
        if head.lemma_.lower() == "name" and _on_a_list(head):
            return None                      # "the list of missing people stands at 1,100 names": its people
        return head
    # the number is itself a noun: "dozens", "hundreds", "thousands", or one person: "a man"
    if of is not None and of.pos_ in ("NOUN", "PROPN", "ADJ"):
        return of
    return number if counts_people(number) else None


def _on_a_list(noun: Token) -> bool:
    verb = next((h for h in noun.ancestors if h.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "list"
                                    for c in verb.children)


def _noun_after_colon(number: Token) -> Token | None:
    """In a list of figures ('At least 300: boats that landed'), the noun after the colon."""
    doc = number.doc
    if number.i + 1 >= len(doc) or doc[number.i + 1].text != ":":
        return None
    after = doc[number.i + 2:min(number.sent.end, number.i + 6)]
    if after and after[-1].i == number.sent.end - 1 and all(t.lower_ in REPORTER_NOUNS or t.is_punct for t in after):
        return None                          # "Death toll rises to 359: police": who says so, in a headline
    for token in after:
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
            while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                head = head.head
            return head
    return None


def of_object(token: Token) -> Token | None:
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


def misparsed_subject_of(number: Token) -> Token | None:
    """The verb a bare number is the subject of when the parser hung it elsewhere: in '... packed into
    relief camps and 15 are reported missing' it makes 15 a second object of 'into'; the verb that
    follows the number, with no subject of its own, is the 15's."""
    if number.dep_ not in ("conj", "pobj", "appos", "npadvmod", "nmod") or counted_noun(number) is not None \
            or number.i + 1 >= len(number.doc):
        return None
    after = number.doc[number.i + 1]
    if after.head.i == number.i or not (after.dep_ in ("aux", "auxpass") or after.tag_ in ("VBD", "VBZ", "VBP", "MD")):
        return None               # not "kills 21 including 8 children"
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    if verb.i < number.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return verb


def participle_read_as_noun(number: Token) -> bool:
    """'12 hurt', '50 wounded': a status participle right after the number, which the parser took for
    a noun that the number counts or is the subject of."""
    head = number.head
    return head.i == number.i + 1 and head.tag_ == "NN" and head.lower_ in STATUS_PARTICIPLES


def counts_people(noun: Token) -> bool:
    """The noun stands for people: 'civilians', 'soldiers', 'concert-goers', or a word for a people
    ('Alawites', 'Sudanese')."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in PERSON_NOUNS or lower in PERSON_NOUNS or lower.endswith("goers"):
        return True
    if noun.ent_type_ == "NORP" or is_demonym(noun.text):
        return True
    # a people named as such: "27,400 Rohingya", "40 Hazaras" (a counted proper noun, not a place or date)
    return noun.pos_ == "PROPN" and noun.tag_ in ("NNP", "NNPS") and noun.ent_type_ not in NOT_PEOPLE \
        and any(c.dep_ == "nummod" for c in noun.children)


NOT_PEOPLE = ("GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "QUANTITY",
              "PERCENT", "CARDINAL", "ORDINAL", "LANGUAGE")


def counts_things(number: Token) -> bool:
    """A bare number that a verb of a toll gives to a subject that is not people: 'cases rose to 1,200'."""
    verb = next((h for h in number.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in SUBJECT_COUNT_VERBS \
            or any(c.dep_ == "dobj" for c in verb.children):
        return False                          # "the ministry put the toll at 61": the toll is counted
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or number.i in {t.i for t in subject.subtree}:
        return False                          # the number is the subject: "18 remain unaccounted for"
    if subject.pos_ == "PRON" or subject.lemma_.lower() in STATUS_NOUNS \
            or subject.lower_ in STATUS_NOUNS:
        return False
    counted = counted_noun(subject) if subject.lemma_.lower() in GENERIC_NOUNS else subject
    return not counts_people(counted or subject) and subject.ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "PERSON")


def is_not_a_count(number: Number) -> bool:
    """An age, a measure, a population, the number of a name, or a person picked out of a group."""
    return (_is_measure(number) or _is_age(number) or _is_name_number(number) or _picks_one(number)
            or _ages_of_a_group(number) or _after_negation(number) or _is_population(number) or _is_address(number)
            or _counts_the_body(number) or _is_per_item(number))


def _is_per_item(number: Number) -> bool:
    """'three each in two towns', 'five apiece': a figure for each of several, not a count of people."""
    root = number.root
    ends = [number.tokens[-1], *([root.head] if root.dep_ == "nummod" else [])]     # "two people apiece"
    doc = root.doc
    return any(end.i + 1 < len(doc) and doc[end.i + 1].lower_ in ("each", "apiece") for end in ends)


def _counts_the_body(number: Number) -> bool:
    """'five people from one family', 'members of two households': the number counts the bodies the
    people belong to, not people."""
    root = number.root
    noun = root.head if root.dep_ == "nummod" else None
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("from", "of") \
        and noun.head.head.lemma_.lower() not in TALLY_NOUNS \
        and (noun.lemma_.lower() in CIVILIAN_BODIES | SECURITY_BODIES or noun.lower_ in CIVILIAN_BODIES)



def _is_population(number: Number) -> bool:
    """'a city of 200,000 people', 'a capital of five million', 'home to 1.1 million Rohingya'."""
    root = number.root
    top = root.head if root.dep_ == "nummod" else root
    if top.dep_ == "pobj" and top.head.lower_ == "of":
        owner = top.head.head
        if owner.lemma_.lower() in PLACE_NOUNS or owner.ent_type_ in ("GPE", "LOC"):
            return True
    first = number.tokens[0]
    before = " ".join(t.lower_ for t in first.doc[max(0, first.i - 2):first.i])
    return before in ("home to", "population of", "inhabitants of")


def _is_measure(number: Number) -> bool:
    """'a 38-year-old resident', 'the 13-year war', 'a baby of seven months', 'a 200-bed hospital'."""
    last = number.tokens[-1]
    following = " ".join(t.lower_ for t in last.doc[last.i + 1:last.i + 4])
    return MEASURE.match(following) is not None


def _is_address(number: Number) -> bool:
    """'at 195 Hickory Street', '2900 East 65th Street', 'U.S. 35', 'Image 1 of 8', '1 / 8'."""
    last = number.tokens[-1]
    doc = last.doc
    after = doc[last.i + 1:last.i + 5]
    for token in after:                      # capitalised words (or "65th") up to a street word
        if not (token.text[:1].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", token.text)):
            break
        if token.lower_.rstrip(".") in ROAD_WORDS:
            return True
    first = number.tokens[0]
    before = doc[first.i - 1] if first.i > 0 else None
    return (before is not None and before.lower_ in ("image", "photo", "no.", "u.s.", "route", "highway",
                                                     "interstate", "hwy", "sr")) or \
        (len(after) > 0 and after[0].text == "/") or (before is not None and before.text == "/")


def _is_age(number: Number) -> bool:
    """'aged 34', 'ages 5 and 7', 'under the age of 16', 'Ruiz, 34, died', 'children under 12'."""
    first, last = number.tokens[0], number.tokens[-1]
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if before is None or number.implicit:
        return False
    if _shares_an_age(last):
        return True                          # "his 18- and 16-year-old sons"
    if before.lower_ in AGE_WORDS or (before.lower_ in ("of", "and", "below", "under", "over", "above")
                                      and _age_word_before(before)):
        return True                          # "aged 34", "ages 5 and 7", "at ages below 8"
    if before.text in (",", "(") and after is not None and after.text in (",", ")", ";", ".") \
            and first.i > 1 and (doc[first.i - 2].pos_ == "PROPN" or doc[first.i - 2].lower_ in ONE_PERSON):
        return number.quantity.qualifier == "exact" and number.quantity.value < 120
    if before.lower_ == "of" and first.i > 1 and doc[first.i - 2].lemma_.lower() in ONE_PERSON | {"family"} \
            and not (after is not None and (counts_people(after) or after.lower_ in ("of",))):
        return True                          # "a child of six", "a family of five"
    return before.lower_ == "under" and first.i > 1 and counts_people(doc[first.i - 2]) \
        and number.quantity.value <= CHILD_AGE


def _shares_an_age(last: Token) -> bool:
    """'18- and 16-year-old': a number whose hyphen waits for the '-year-old' of the next one."""
    doc = last.doc
    i = last.i + 1 if last.text.endswith("-") else last.i + 2 if last.i + 1 < len(doc) and doc[last.i + 1].text == "-" \
        else None
    return i is not None and i + 2 < len(doc) and doc[i].lower_ in ("and", "or", "to") and doc[i + 1].like_num \
        and doc[i + 2:i + 4].text.replace(" ", "").startswith("-year")


def _ages_of_a_group(number: Number) -> bool:
    """'two men, one 17 and the other 21', 'the two victims, 19 and 23,': bare numbers set beside a
    group of people that is already counted are their ages, and 'one' there picks a member out."""
    token = number.root
    if number.implicit or number.quantity.qualifier != "exact" or number.quantity.value >= 120:
        return False
    if token.dep_ == "nummod" and token.head.lower_ in ("one", "other"):
        token = token.head                   # "one 17": the age hangs on the pronoun
    while token.dep_ == "conj":
        token = token.head                   # "... and 23", "... and the other 21"
    group = token.head
    if token.dep_ != "appos" or group.pos_ != "NOUN" or not counts_people(group) \
            or not any(c.dep_ == "nummod" and c.i != token.i for c in group.children):
        return False
    return not any(c.dep_ in ("prep", "acl", "relcl", "nsubj", "dobj") or counts_people(c)
                   for c in token.children)  # "two men, one of them wounded": a count of its own


def _age_word_before(token: Token) -> bool:
    window = token.doc[max(0, token.i - 3):token.i]
    return any(t.lower_ in AGE_WORDS for t in window)


def _is_name_number(number: Number) -> bool:
    """'Route 66', 'Brigade 25', 'Flight 370': a number right after the capitalised noun it names."""
    first = number.tokens[0]
    if number.implicit or first.i == first.sent.start or number.quantity.qualifier != "exact":
        return False
    before = first.doc[first.i - 1]
    named = number.root.head.i == before.i and number.root.dep_ in ("nummod", "appos", "compound", "npadvmod")
    return named and before.text[:1].isupper() and before.i != before.sent.start and before.pos_ in ("PROPN", "NOUN") \
        and not is_demonym(before.text) and verb_read_as_noun(number.root) is None     # not "Gunman Injures 4"


def _picks_one(number: Number) -> bool:
    """'one of the survivors', 'one resident said': a person, not a number of people."""
    root = number.root
    if number.quantity.value != 1 or number.implicit:
        return False
    if of_object(root) is not None:          # "was one of two people killed", "one of the dead was a child"
        return not (root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in STATUS_VERB_LEMMAS)
                                             # but "one of the men has died" is one death
    noun = root.head if root.dep_ == "nummod" else root
    return noun.dep_ in SUBJECT_DEPS and noun.head.lemma_.lower() in REPORTING_VERBS


REPORTING_VERBS = words("casualties", "reporting_verbs") | {"tell", "recall", "describe", "recount", "explain"}


def _after_negation(number: Number) -> bool:
    """'No one was injured', 'none of the three people inside were hurt'."""
    first = number.tokens[0]
    doc = first.doc
    before = [t.lower_ for t in doc[max(first.sent.start, first.i - 4):first.i]]
    return bool(before) and (before[-1] == "no" or "none" in before[-4:-1] and "of" in before[-3:])


# A quick look at the text before the parse is walked: most sentences name no one person.
_ONE_PERSON_TEXT = re.compile(r"\b(?:a|an|another|the|his|her|their)\b(?:\W+\w+){0,4}?\W+(?:" + "|".join(
    sorted((re.escape(w) for w in ONE_PERSON | ORDINAL_PERSONS), key=len, reverse=True)) + r")\b|\banother\b", re.I)


def one_person_phrases(sent: Span) -> Iterator[Token]:
    """Nouns that count one person: 'a man was shot', 'another woman died', 'a third was wounded'."""
    if not _ONE_PERSON_TEXT.search(sent.text):
        return
    for token in sent:
        if token.lemma_.lower() not in ONE_PERSON and token.lower_ not in ORDINAL_PERSONS and token.lower_ != "another":
            continue
        if token.lower_ == "another" and token.dep_ == "det" and token.head.tag_ == "VBN":
            yield token                       # "one man was killed and another injured", parsed as a modifier
            continue
        described = any(c.dep_ == "acl" and c.tag_ == "VBN" for c in token.children)   # "a man shot in the face"
        of_a_death = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in DEATH_NOUNS
        if in_a_breakdown(token):
            if _introduces_one_person(token) and token.tag_ == "NN":
                yield token                   # "six civilians, including a child", "including a woman and two children"
            continue
        if not (described or of_a_death) and (token.dep_ not in (*SUBJECT_DEPS, "dobj")
                                              or token.head.pos_ not in ("VERB", "AUX")):
            continue                          # "the shooting death of a 34-year-old man"
        if token.lower_ == "another" and token.dep_ in SUBJECT_DEPS:
            yield token                       # "one man was killed and another injured"
            continue
        if not _introduces_one_person(token):
            continue
        determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
        if token.tag_ == "NN" and token.lemma_.lower() in ONE_PERSON:
            yield token
        elif token.lower_ in ORDINAL_PERSONS and "a" in determiners:
            yield token


def in_a_breakdown(noun: Token) -> bool:
    """The noun is listed after 'including' or 'among them', itself or as a conjunct."""
    head = noun.head if noun.dep_ == "conj" else noun
    return head.dep_ in ("pobj", "dobj") and head.head.lower_ in ("including", "among")


def _introduces_one_person(noun: Token) -> bool:
    """'a man', 'another woman', 'his neighbour', 'the 26-year-old man': a phrase that brings in one
    person. A bare 'the man' points back to someone already told of, and counts no one new."""
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if determiners & {"a", "an", "another"}:
        return True
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in noun.children):
        return True                           # "his neighbour died from wounds"
    return "the" in determiners and any(c.dep_ in ("amod", "compound") and "year" in c.lower_ and "old" in c.lower_
                                        or c.dep_ == "amod" and any(g.lower_ == "old" for g in c.subtree)
                                        for c in noun.children)


def named_people(sent: Span) -> Iterator[Token]:
    """Names that count one person where a phrase for one person would: 'Jermarl Dawkins was found
    dead', 'the shooting left Joshua Van dead', 'the shooting death of John Zubia'."""
    for ent in sentence_ents(sent):
        if ent.label_ != "PERSON" or len(ent) > 4:
            continue
        token = ent.root
        of_a_death = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in DEATH_NOUNS
        if of_a_death or (token.dep_ in (*SUBJECT_DEPS, "dobj") and token.head.pos_ in ("VERB", "AUX")):
            yield token


def group_of(noun: Token) -> tuple[str, str]:
    """The victim group of a counted noun, from the noun, the nouns listed with it and its modifiers.

    'men, women and children' is everyone; 'women and children' are civilians; 'more than 120
    people, mostly women and children' is everyone with a note on its make-up (the apposition)."""
    listed = [c for c in noun.conjuncts if c.i > noun.i and not _starts_a_clause(c)
              and not any(g.dep_ == "nummod" for g in c.children)]
    group, text = _group_of_one(noun)
    if not listed:
        return group, text
    groups = {group, *(_group_of_one(c)[0] for c in listed)}
    phrase = " ".join(t.text for t in noun.doc[noun.left_edge.i:listed[-1].i + 1]
                      if not t.like_num and t.dep_ not in ("det", "quantmod") and t.lower_ not in COMPARATIVES)
    if len(groups) == 1:
        return group, phrase
    return ("civilians" if groups <= CIVILIAN_GROUPS else "total"), phrase



def _starts_a_clause(token: Token) -> bool:
    """'97 were women and 19 were foreigners': a number the parser listed with the noun is the subject
    of a clause of its own."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.like_num and after is not None and after.pos_ in ("AUX", "VERB")


def _group_of_one(noun: Token) -> tuple[str, str]:
    # a word for the toll itself ("306 deaths", "61 dead") names no group of people
    phrase = "" if noun.lemma_.lower() in STATUS_WORDS or noun.lower_ in STATUS_WORDS else noun_phrase(noun)
    # the noun's own modifiers ("pro-Assad fighters", "members of the security forces"), not a list of
    # some of them ("five people, including a child")
    listed = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
    conjoined = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    # one person set beside many is not them but the source ("131 people, the country's police chief")
    aside = {t.i for c in noun.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNP")
             and noun.tag_ in ("NNS", "NNPS") for t in c.subtree}
    tokens = [t.lower_ for t in noun.subtree if t.dep_ not in ("relcl", "appos") and t.i <= noun.i + 4
              and t.i not in listed | conjoined | aside]
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
    if lemma in ("force",) or _member_of(noun, SECURITY_BODIES):
        return "security_forces", phrase
    if lemma in CIVILIAN_BODIES or _member_of(noun, CIVILIAN_BODIES):
        return "civilians", phrase
    if noun.lower_.endswith("goers"):
        return "civilians", phrase
    return "total", phrase


def _member_of(noun: Token, bodies: frozenset[str]) -> bool:
    """'personnel of the interior ministry's special unit', 'members of an elite brigade',
    'six people from one family': the noun belongs to one of the bodies."""
    if any(c.dep_ == "compound" and c.lower_ in bodies for c in noun.children):
        return True                                   # "family members", "police personnel"
    # "from" hangs on the noun or, as the parser often has it, on the verb right after the noun
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    from_phrase = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None) \
        or (after if after is not None and after.lower_ == "from" else None)
    body = of_object(noun) or next((o for o in (from_phrase.children if from_phrase is not None else ())
                                    if o.dep_ == "pobj"), None)
    return body is not None and (body.lemma_.lower() in bodies or body.lower_ in bodies)


def children_by_age(number: Token, noun: Token | None) -> bool:
    """'children under 12', 'people aged under 18', '12 of those wounded were under the age of 16'
    (an age bound on the noun, or the predicate of 'were'): children."""
    scopes = []
    if noun is not None:                     # the noun's own words, not a list of some of them
        listed = {t.i for c in noun.children if c.lower_ in ("including", "among") or c.dep_ == "conj"
                  for t in c.subtree}
        scopes.append([t for t in noun.subtree if t.i not in listed])
    clause = next((h for h in [number, *number.ancestors] if h.pos_ in ("VERB", "AUX")), None)
    if clause is not None and clause.lemma_ in ("be", "age"):
        scopes.append(clause.subtree)
    for scope in scopes:
        text = " ".join(t.lower_ for t in scope)
        bound = re.search(r"\b(?:under|below)(?: the age of| age)? (\d{1,2})\b", text)
        if bound is not None and int(bound.group(1)) <= CHILD_AGE:
            return True
    return False
