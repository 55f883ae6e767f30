"""Direct quotations and who said them.

Quote marks are paired by position (an opening mark before a word, a closing mark after one), so
straight, curly and mixed marks all work; a quote left open at the end of a paragraph runs to its
end, as news copy does for quotes over several paragraphs. The speaker, in order of preference:
1. a phrase quoted inside a sentence ("to voice 'grave concern'") belongs to the subject of the verb
   that governs it;
2. otherwise the subject of the speech verb nearest to the quote ("..., Türk said", "said Amany
   Sayed", "Ms Abass said: ...");
3. a quote with no attribution of its own continues the previous quote of the paragraph, or of the
   paragraph before when it opens the paragraph.
Pronouns resolve to the last person who was the subject of a sentence; titles ("the president",
"the UN chief") to the last person introduced with that title or body.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteer import find_in_phrase, name_key
from ..lexicons import words
from ..model import Evidence, QuoteMention
from ..names import compound_name, name_start
from ..nlp import ParsedArticle
from .common import entity_of, ents_of, name_phrase, person_name
from .entities import known_body

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Doc, Span, Token

SPEECH_VERBS = words("quotes", "speech_verbs")
OFFICE_TITLES = words("actors", "office_titles")
ROLE_NOUNS = words("quotes", "role_nouns")
SPEAKING_BODIES = words("quotes", "body_nouns")
DOCUMENTS = words("quotes", "document_nouns")
AUTHORITIES = words("actors", "authority_nouns")
MARKS = "\"“”"
MIN_WORDS = 2


@dataclass
class _Person:
    name: str
    context: str          # words that introduced them, lower case, with the body they speak for
    subject: bool         # was the subject of a sentence
    body: bool = False    # an organisation that spoke, not a person


@dataclass
class _Quote:
    start: int
    end: int
    body: str


# British style quotes in single marks: 'We have nothing left,' said X. The closing mark is also the
# apostrophe, so a single-quoted passage must end with its own punctuation before the mark.
SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[—:-]))[‘'](?=[A-Z])([^‘’'\n]*?(?:[’'][a-z][^‘’'\n]*?)*[,.!?])[’'](?![A-Za-z])")


def find_quotes(text: str) -> list[_Quote]:
    """Pair quote marks by position: an opening mark precedes a word, a closing mark follows one.
    A paragraph with no double marks is read for single ones."""
    if not any(ch in MARKS for ch in text):
        return [_Quote(m.start(), m.end(), m.group(1)) for m in SINGLE_QUOTED.finditer(text)
                if len(m.group(1).split()) >= MIN_WORDS]
    marks = [i for i, ch in enumerate(text) if ch in MARKS]
    quotes: list[_Quote] = []
    open_at: int | None = None
    for i in marks:
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opening = text[i] == "“" or (text[i] == '"' and (before.isspace() or before in "([—-:") and not after.isspace())
        if open_at is None and opening:
            open_at = i
        elif open_at is not None and not (text[i] == "“"):
            quotes.append(_Quote(open_at, i + 1, text[open_at + 1:i]))
            open_at = None
    if open_at is not None:
        quotes.append(_Quote(open_at, len(text), text[open_at + 1:]))
    return [q for q in quotes if len(q.body.split()) >= MIN_WORDS]


def extract(parsed: ParsedArticle) -> Iterator[QuoteMention]:
    people: list[_Person] = []
    previous: str | None = None          # speaker of the last quote
    previous_block_had_quote = False
    introduced: str | None = None        # "He said:" ending the paragraph before
    for pb in parsed.blocks:
        if pb.block.kind not in ("paragraph", "bullet"):
            previous_block_had_quote, introduced = False, None
            continue
        doc = pb.doc
        quotes = find_quotes(pb.block.text)
        for n, quote in enumerate(quotes):
            speaker = _speaker(doc, quote, people)
            continues = n > 0 or (quote.start <= 1 and previous_block_had_quote)
            if speaker is None and n == 0 and quote.start <= 1:
                speaker = introduced
            if speaker is None and continues:
                speaker = previous
            if len(quote.body.split()) < 4 and (speaker is None or _generic_authority(speaker)):
                continue                     # a short phrase unattributed, or put to "the authorities", is a scare quote
            previous = speaker
            if speaker and not _plural_role(speaker):
                people.append(_Person(speaker, "", True))     # "she said" next refers to this speaker
            start, end = pb.block.start + quote.start, pb.block.start + quote.end
            yield QuoteMention(speaker=person_name(speaker) if speaker else None, text=" ".join(quote.body.strip().rstrip(",").split()),
                               evidence=Evidence(parsed.source, start, end, parsed.article.text[start:end]))
        previous_block_had_quote = bool(quotes)
        introduced = _introduces_a_quote(doc, people) if pb.block.text.rstrip().endswith(":") else None
        _remember_people(doc, people)


# A character offset past the end of any block: "up to the end" (``len(doc.text)`` joins the whole text again).
WHOLE_BLOCK = 1 << 40


def _introduces_a_quote(doc: Doc, people: list[_Person]) -> str | None:
    """'Mohammed Sabir spoke of that night. He said:' -- the speaker of the quote that opens the next
    paragraph."""
    verb = next((t for t in reversed(doc) if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"), None)
    subject = _subject(verb, set()) if verb is not None else None
    return _resolve(subject, people + _local_people(doc, WHOLE_BLOCK), doc) if subject is not None else None


def _speaker(doc: Doc, quote: _Quote, people: list[_Person]) -> str | None:
    sents = [s for s in doc.sents if s.start_char < quote.end and s.end_char > quote.start]
    if not sents:
        return None
    inside = {t.i for s in sents for t in s if quote.start <= t.idx < quote.end}
    outside = [t for s in sents for t in s if t.i not in inside]
    # the attribution may stand in the next sentence: '"...." he said.'
    after = [s for s in doc.sents if s.start_char >= quote.end][:1]
    if after and not any(ch in MARKS for ch in after[0].text[:2]):
        outside += [t for t in after[0] if t.idx < _next_mark(doc.text, quote.end)]
    verbs = [t for t in outside if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"]
    # a short phrase quoted inside a sentence with no verb of saying: 'X phoned Y to voice "concern"'
    embedded = len(quote.body.split()) < 6 and outside and outside[0].i < min(inside, default=0)
    if embedded and not verbs:
        speaker = _governing_subject(doc, inside, people)
        if speaker:
            return speaker
    # the verb the quote hangs on ("X said that, going by what witnesses described, '...'") before
    # the nearest one
    tops = [doc[i] for i in inside if doc[i].head.i not in inside]        # where the quote hangs on the clause
    governing = {a.i for top in tops for a in [top.head, *top.head.ancestors] if a.i not in inside}
    verbs.sort(key=lambda t: (t.i not in governing, min(abs(t.i - i) for i in inside) if inside else 0))
    subjects = [s for s in (_subject(v, inside) for v in verbs) if s is not None]
    # a person named with the quote speaks it rather than the release that carried it
    subjects.sort(key=lambda s: s.lemma_.lower() in SPEAKING_BODIES)
    for subject in subjects:
        name = _resolve(subject, people, doc)
        if name:
            return name
    governed = _governing_subject(doc, inside, people) if inside else None
    source = _according_to(outside, inside) if governed is None else None
    return governed or (_resolve(source, people, doc) if source is not None else None)


def _according_to(outside: list[Token], inside: set[int]) -> Token | None:
    """'According to Ana Ruiz, a teacher, "..."': the one the quote is according to, before it."""
    first = min(inside, default=0)
    for token in outside:
        if token.lower_ == "according" and token.i < first and token.i + 2 < len(token.doc) \
                and token.doc[token.i + 1].lower_ == "to":
            return next((c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"), None)
    return None


def _next_mark(text: str, start: int) -> int:
    positions = [i for i in range(start, len(text)) if text[i] in MARKS]
    return positions[0] if positions else len(text)


def _governing_subject(doc: Doc, inside: set[int], people: list[_Person]) -> str | None:
    """The subject of the verb a quoted phrase depends on: 'Blinken phoned ... to voice "grave concern"'."""
    top = next((doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i), None)
    if top is None:
        return None
    # the quote may begin with its own verb: 'X "learnt with horror of the attack"' (but in
    # 'X said Y "will pay"', Y is spoken of)
    for head in [*top.ancestors, top]:
        if head.pos_ in ("VERB", "AUX"):
            subject = _subject(head, inside)
            if subject is not None:
                name = _resolve(subject, people, doc)
                if name:
                    return name
    return None


def _subject(verb: Token, inside: set[int]) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i not in inside:
            return child
    # '"...," recalled Brahim, a shepherd': the speaker after an inverted verb, parsed as its object
    inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1
                     and c.pos_ == "PROPN"), None)
    if inverted is not None and inside and max(inside) < verb.i:
        return inverted
    # a subject the parser lost ("May said" with "May" taken for a modal; "the envoy, Ana Ruiz,
    # phoned ..." with the envoy hung on an earlier word): a person named right before the verb
    gap = 1 if verb.i > 0 and verb.doc[verb.i - 1].is_punct else 0
    name = verb.doc[verb.i - 1 - gap] if verb.i - 1 - gap >= 0 else None
    if name is not None and name.ent_type_ == "PERSON" and name.i not in inside \
            and (name.head.i == verb.i or name.dep_ == "appos"):
        return name
    if verb.dep_ in ("conj", "advcl", "xcomp", "acl", "pcomp") and verb.head.pos_ in ("VERB", "AUX", "NOUN"):
        return _subject(verb.head, inside)
    # "with Prime Minister Rishi Sunak saying ...": the subject stands before the participle
    if verb.tag_ == "VBG":
        left = [t for t in verb.lefts if t.i not in inside and t.pos_ in ("PROPN", "NOUN")]
        if left:
            return left[-1]
    return None


def _resolve(subject: Token, people: list[_Person], doc: Doc) -> str | None:
    """A speaker's name from the subject of a speech verb."""
    ent = entity_of(subject)
    local = _local_people(doc, subject.idx)
    known = people + local                                 # named before, in this paragraph too
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        # "Zehadul Islam", of which the model labelled only the family name, or took it for a faith
        # (its given names, not a role written before it: "Witness Omar Ali")
        flat = _flat_name(subject)
        given = flat[:len(flat) - len(ent.text)].lower().split() if flat.endswith(ent.text) else []
        longer = bool(given) and not set(given) & (OFFICE_TITLES | ROLE_NOUNS) and ent.label_ in ("PERSON", "NORP")
        name = flat if longer and len(ent.text.split()) == 1 else name_phrase(subject)
        return _longest_known(name, known)
    # "the regional director of the agency, Ana Ruiz, said": the name set beside the title
    named = next((t for t in subject.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None)
    if named is not None and subject.pos_ in ("NOUN", "PROPN"):
        return _longest_known(name_phrase(named), people)
    lower = subject.lower_
    if lower in ("who", "that") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in ("PROPN", "NOUN"):
        return _resolve(subject.head.head, people, doc)    # "Kishida, who urged people to 'evacuate ...'"
    if subject.pos_ == "PRON":
        if lower not in ("he", "she"):
            return None
        if local:
            return _longest_known(([p for p in local if p.subject] or local)[-1].name, known)
        persons = [p for p in people if not p.body]
        subjects = [p for p in persons if p.subject]
        return _longest_known((subjects or persons)[-1].name, people) if persons else None
    if subject.pos_ == "PROPN":
        named = _person_in_title(subject)
        if named or not _only_a_title(subject):
            return _longest_known(named or _flat_name(subject), known)
        # "The Secretary-General said": a title written as a name, whose holder was named before
    # "the president", "the UN chief", "the spokeswoman", "a resident"
    phrase = name_phrase(subject)
    title_words = {w.lower() for w in re.findall(r"[\w-]+", phrase)} & OFFICE_TITLES
    _, body = find_in_phrase(phrase)
    for person in reversed(_local_people(doc, subject.idx) + people):
        if title_words & set(person.context.split()) or (body and body.lower() in person.context):
            return person.name
    if subject.lemma_.lower() in ROLE_NOUNS or lower in ROLE_NOUNS:
        return phrase
    bare = not any(c.dep_ in ("compound", "amod", "poss") for c in subject.children)
    owner = [t for t in subject.lefts if t.dep_ in ("compound", "poss") and t.pos_ == "PROPN"]
    if owner and subject.lemma_.lower() in DOCUMENTS:
        words = [t for o in owner for t in o.subtree if t.pos_ == "PROPN"]
        return _longest_known(" ".join(t.text for t in words), people)   # "a La Liga statement said"
    if subject.lemma_.lower() in SPEAKING_BODIES and (bare or subject.lemma_.lower() in DOCUMENTS):
        # "the agency said", "the press release said": the body that last spoke
        bodies = [p.name for p in people if p.body] + _speaking_bodies(doc, subject.idx)
        return body or (bodies[-1] if bodies else None)
    if subject.lemma_.lower() in AUTHORITIES or lower in AUTHORITIES:
        return phrase                         # "Libyan security forces", "the interior ministry"
    return None


def _generic_authority(speaker: str) -> bool:
    return speaker.split()[-1].lower() in AUTHORITIES


def _plural_role(speaker: str) -> bool:
    last = speaker.split()[-1].lower()
    return last in ROLE_NOUNS and last.endswith("s") and not last.endswith("ss")


def _person_in_title(title: Token) -> str | None:
    """'the High Commissioner for Human Rights Ana Ruiz described ...': the name after the title."""
    if title.lower_ not in OFFICE_TITLES:
        return None
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "on")):
        name = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if name is not None:
            start = name_start(title.doc, name.i, name.i + 1, prep.i + 1)
            if name.i - start >= 1:
                return title.doc[start:name.i + 1].text
    return None


def _only_a_title(token: Token) -> bool:
    """'Secretary-General', 'the Prime Minister': capitalised words that are all an office's title."""
    phrase = name_phrase(token).lower()
    words_ = re.findall(r"\w+(?:-\w+)*", phrase)
    return bool(words_) and (" ".join(words_) in OFFICE_TITLES or all(
        w in OFFICE_TITLES or all(p in OFFICE_TITLES for p in w.split("-")) for w in words_))


def _flat_name(token: Token) -> str:
    """A name spaCy did not label: the proper nouns joined to the token ('Atiya Abdulla Atiya')."""
    words_ = compound_name(token)      # the compounds right before it, not those of an apposition
    return token.doc[words_[0].i:token.i + 1].text


def _longest_known(name: str, people: list[_Person]) -> str:
    """The full name of the person last named that a short name stands for: 'Guterres' for 'Antonio
    Guterres'; or, where no name ends so, one that begins so, as a family name written first does
    ('Yoon' for 'Yoon Hee-keun', the Yoon named last)."""
    key = name_key(name)
    longer = [p for p in reversed(people) if len(p.name) > len(name)]
    ends = [p.name for p in longer if name_key(p.name).endswith(key)]
    begins = [p.name for p in longer if not p.body and " " not in key and name_key(p.name).split()[:1] == [key]]
    return (ends or begins or [name])[0]


def _local_people(doc: Doc, before: int) -> list[_Person]:
    """People named in this paragraph before a character offset, in order, with the words that
    introduced them; an unlabelled name that is a sentence's subject too ('Erdem, who lives in ...',
    'X, head of the delegation, said ...')."""
    found = [(ent.start, _Person(re.sub(r"(’s|'s)$", "", ent.text), _introduction(ent),
                                 ent.root.dep_ in ("nsubj", "nsubjpass")))
             for ent in ents_of(doc) if ent.label_ == "PERSON" and ent.end_char <= before]
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN" and subject.idx < before and (
                entity_of(subject) is None or entity_of(subject).label_ not in ("PERSON", "GPE", "LOC")):
            found.append((subject.i, _Person(_flat_name(subject), "", True)))
    return [p for _, p in sorted(found, key=lambda f: f[0])]


def _remember_people(doc: Doc, people: list[_Person]) -> None:
    """People named in a paragraph, and the bodies that spoke in it."""
    people.extend(_Person(name, "", True, body=True) for name in _speaking_bodies(doc, WHOLE_BLOCK))
    people.extend(_local_people(doc, WHOLE_BLOCK))


def _speaking_bodies(doc: Doc, before: int) -> list[str]:
    """Organisations, and authorities named by their noun ('the interior ministry'), that are the
    subject of a speech verb, up to a character offset, in order."""
    spoke = [(e.start, _body_name(e)) for e in ents_of(doc) if e.label_ == "ORG" and e.end_char <= before
             and e.root.dep_ == "nsubj" and e.root.head.lemma_.lower() in SPEECH_VERBS]
    named = {i for e in ents_of(doc) for i in range(e.start, e.end)}
    spoke += [(t.i, name_phrase(t)) for t in doc if t.i not in named and t.idx < before and t.dep_ == "nsubj"
              and t.head.lemma_.lower() in SPEECH_VERBS and t.lemma_.lower() in AUTHORITIES
              and t.lemma_.lower() not in OFFICE_TITLES and t.tag_ == "NN"
              and any(c.dep_ in ("compound", "amod") for c in t.children)]     # not the bare "agency" of a body named before
    return [name for _, name in sorted(spoke)]


def _body_name(ent: Span) -> str:
    """A body known to the gazetteer by its whole noun phrase (the model may cut a long name short),
    else the entity without its article and a trailing acronym."""
    known = known_body(ent) or find_in_phrase(ent.text)[1]
    if known:
        return known
    text = re.sub(r"^(the|The)\s+", "", ent.text)
    return re.sub(r"\s*\([^)]*\)?$", "", text).strip()


def _introduction(ent: Span) -> str:
    doc = ent.doc
    parts = [doc[max(ent.sent.start, ent.start - 6):ent.start].text]
    for child in ent.root.children:
        if child.dep_ in ("appos", "relcl"):
            parts.append(" ".join(t.text for t in child.subtree))
    if ent.root.dep_ in ("appos", "conj") and ent.root.head.pos_ in ("NOUN", "PROPN"):
        # "the Minister of ... Ana Ruiz", which the parser may hang on the title as a conjunct
        parts.append(" ".join(t.text for t in ent.root.head.subtree if not (ent.start <= t.i < ent.end)))
    context = " ".join(parts)
    _, body = find_in_phrase(context)
    return (context + (" " + body if body else "")).lower()
