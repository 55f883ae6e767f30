"""Actions of authorities and reactions of other countries and bodies.

For every action verb (lexicons/actions.yaml) outside a quotation, the actor is its subject, the
agent of a passive ("was established by ..."), or, for a pronoun, the last actor named. What the
actor is, an authority of the affected country, a foreign government or an international body,
is recorded from the words that name it; merging decides where the item belongs once it knows
which countries the event happens in.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..gazetteer import country_of, find_in_phrase, title_organisation
from ..lexicons import lexicon, words
from ..model import ActionMention
from ..nlp import ParsedArticle
from .common import BACKGROUND_MARKS, concise_clause, entity_of, name_phrase, sentence_ents
from .entities import ROLE_VERBS, context_tokens
from .figures.counted import counts_people
from .figures.time import is_other_time

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

RESPONSE = words("actions", "response_verbs")
REACTION = words("actions", "reaction_verbs")
LIGHT = words("actions", "light_verbs")
DEPLOYED = words("actions", "deployed_nouns")
NATURE = words("actions", "forces_of_nature") | words("casualties", "whole_event_nouns")
SAYING = words("quotes", "speech_verbs")
PARTICLES = lexicon("actions")["particles"]
NEEDS_PARTICLE = words("actions", "needs_particle")
NAMING_VERBS = words("actions", "naming_verbs")
OFFICIAL_ACTS = words("actions", "official_passive_acts")
CUSTODY_VERBS = words("actions", "custody_verbs")
THINGS_ONLY_ACTS = words("actions", "things_only_acts")
ACTS_ON_PEOPLE = words("actions", "acts_on_people")
BLOCKING_ACTS = words("actions", "blocking_acts")
SERVICES = words("actions", "services")
SENDING_ACTS = words("actions", "sending_acts")
MESSAGES = words("actions", "message_nouns")
MEASURE_ACTS = words("actions", "measure_acts")
MAKING_ACTS = words("actions", "making_acts")
FIGURE_STATEMENTS = words("actions", "figure_statement_verbs")
TOLL_WORDS = words("actions", "toll_words")
ACT_NOUNS = words("actions", "act_nouns")
AUTHORITY = words("actors", "authority_nouns")
PRIVATE_PEOPLE = words("actors", "private_people")
OFFICES = words("actors", "office_titles")
TITLE_RANKS = words("actors", "title_ranks")
REPORT_NOUNS = words("casualties", "report_nouns")
NEEDS_OBJECT = words("actions", "needs_object")
CONTACT_NOUNS = words("actions", "contact_nouns")
MEASURES = words("actions", "measure_nouns")
FACING_VERBS = words("actions", "facing_verbs")
CARE_PASSIVES = words("actions", "care_passives")
FIGURE_NOUNS = words("casualties", "figure_nouns")
CHARGE_NOUNS = words("actions", "charge_nouns")
CUSTODY_NOUNS = words("actions", "custody_nouns")
BEING_VERBS = words("actions", "being_verbs")
MEASURE_HEADS = words("actions", "measure_heads")
THREAT_WORDS = words("actions", "threat_words")
ANNOUNCED_ACTS = ACT_NOUNS | words("actions", "provision_nouns")
# Clauses that report; an adverbial clause ("hours after the truce came into force") only dates another.
MAIN_CLAUSE = ("ROOT", "ccomp", "relcl", "conj")
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")     # mixed marks too: “...," as some outlets write


PERSON_PRONOUNS = ("he", "she")
BODY_PRONOUNS = ("it", "they")
PLACE_TYPES = ("GPE", "LOC", "FAC")


def extract(parsed: ParsedArticle) -> Iterator[ActionMention]:
    last: dict[str, Token] = {}          # the last person and the last body named, for pronouns
    year = int(parsed.article.date[:4]) if parsed.article.date else None
    for pb, sent in parsed.sentences(kinds=("paragraph", "bullet")):
        if sent.text.rstrip().endswith("?"):          # a question asks, it does not report an act
            continue
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sent.text)]
        found = [f for token in sent if _is_act_verb(token, sent, quoted) and not is_other_time(token, year)
                 for f in _verb_mentions(parsed, pb, sent, token, last)]
        chosen = _one_per_actor(found)
        for mention, actor in chosen:
            yield mention
            if actor is not None:
                _remember(last, actor)
        if not any(m.kind == "response" and m.governmental for m, _ in chosen):
            yield from list(_measure_mentions(parsed, pb, sent, quoted)) or _charges_faced(parsed, pb, sent) \
                or _held_in_custody(parsed, pb, sent) or _nominal_acts(parsed, pb, sent, quoted)
        yield from _contact_mentions(parsed, pb, sent)
        named = [e.root for e in sentence_ents(sent) if e.label_ in ("PERSON", "ORG", "GPE")]
        named += [t for t in sent.root.children if t.dep_ == "nsubj" and not t.ent_type_ and _kind_of(t) == "person"]
        # the sentence's subject is what 'he' or 'it' next refers to, more than a name after it
        # ('Modi spoke to the chief minister ... He will go to Kerala on Friday': Modi)
        for token in sorted(named, key=lambda t: (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i, t.i)):
            _remember(last, token)


def _is_act_verb(token: Token, sent: Span, quoted: list[tuple[int, int]]) -> bool:
    """A verb of the lexicons outside a quotation, with the particle it needs, not naming something
    and not a statement that only gives figures."""
    if token.pos_ != "VERB" or _inside(token, sent, quoted):
        return False
    lemma = token.lemma_.lower()
    if lemma not in RESPONSE and lemma not in REACTION:
        return False
    if lemma in CARE_PASSIVES and any(c.dep_ == "nsubjpass" for c in token.children):
        return False              # "350 people were admitted to hospitals"
    custody = lemma in CUSTODY_VERBS and any(c.dep_ == "nsubjpass" for c in token.children)
    if lemma in NEEDS_PARTICLE and not _has_particle(token, PARTICLES[lemma]) and not custody:
        return False
    if lemma in NAMING_VERBS and _names_something(token):
        return False
    if _is_purpose(token) or _is_denied(token):
        return False
    if lemma in NEEDS_OBJECT and not any(c.dep_ in ("dobj", "nsubjpass", "prt") for c in token.children) \
            and token.dep_ not in ("acl", "amod") and not _shares_a_passive_subject(token):
        return False              # "the meeting opens next Tuesday": nothing was opened
    return not (lemma in LIGHT | FIGURE_STATEMENTS and _gives_figures(token))


def _is_denied(verb: Token) -> bool:
    """'has not deployed troops', 'no secretary general had called on the council': an act said not to
    have happened (a refusal said with its object, 'will open no further camps', is one)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "neither") or any(
        d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)) for c in verb.children)


def _is_purpose(verb: Token) -> bool:
    """'sent troops to restore order', 'pleaded with the governors to order evacuations': an
    infinitive of purpose on a noun or a clause is what an act is for, not an act of its own (one that
    completes its verb, 'decided to deploy', is read with that verb)."""
    return verb.tag_ == "VB" and verb.dep_ in ("advcl", "acl", "relcl") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _verb_mentions(parsed: ParsedArticle, pb, sent: Span, token: Token,
                   last: dict[str, Token]) -> Iterator[tuple[ActionMention, Token | None]]:
    actor, head = actor_of(token), _clause_head(token)
    if actor is not None and head.dep_ == "relcl" and _is_relative(actor):
        actor = head.head                         # "the army, which deployed 500 troops, ..."
    elif actor is not None and actor.pos_ == "PRON":
        actor = _antecedent(actor, token, sent, last)
    if actor is not None and actor.pos_ != "PRON":
        actor = _person_of_title(actor, last)
    if (actor is None or actor.dep_ == "nsubjpass") and any(c.dep_ == "nsubjpass" for c in token.children):
        # "Police say two suspects have been arrested", "the minister said 2,000 officers had been deployed"
        reporter = _reporting_subject(token)
        if reporter is not None and reporter.lemma_.lower() in AUTHORITY:
            actor = reporter
    if actor is None:
        official = _official_passive(parsed, pb, sent, token)
        if official is not None:
            yield official, None
        return
    # "The European Union and the African Union condemned ...": each of them acted; each item names
    # its own actor first ("The African Union and the European Union condemned ...")
    included = _included(actor)
    if included and not actor.ent_type_:
        # "Several countries, including the US and China, offered condolences": each of those named did
        for doer in included:
            mention = _mention(parsed, pb, sent, token, doer)
            if mention is not None:
                yield mention, doer
        return
    for doer in [actor, *_listed_with(actor)]:
        mention = _mention(parsed, pb, sent, token, doer)
        if mention is not None and doer is not actor:
            mention.text = _led_by(mention.text, actor, doer)
        if mention is not None:
            yield mention, doer


def _included(actor: Token) -> list[Token]:
    """The names an 'including' or 'like' phrase gives for an actor: 'several countries, including the US,
    China and Germany'."""
    return [g for c in actor.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
            for o in c.children if o.dep_ == "pobj" for g in [o, *_coordinated(o)]
            if g.ent_type_ in ("ORG", "GPE", "PERSON")]


def _listed_with(actor: Token) -> list[Token]:
    """The names listed with an actor: its conjuncts, and the names the parser hung on it in a list
    ('Mexico, Chile, Argentina and Peru sent ...', where 'Chile' may come out as an apposition)."""
    listed = [c for c in _coordinated(actor) if c.ent_type_ in ("ORG", "GPE", "PERSON") and not _names_whose(c)]
    listed += [g for c in _joined(actor) for g in c.subtree
               if g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE", "NORP")]   # "Russia, together with the US,"
    for token in actor.subtree:
        if token.i > actor.i and token.dep_ in ("appos", "npadvmod", "conj") and token.ent_type_ in ("ORG", "GPE") \
                and all(t.pos_ in ("PROPN", "PUNCT", "CCONJ", "DET") for t in actor.doc[actor.i:token.i]) \
                and token.i not in {t.i for t in listed}:
            listed.append(token)
    return sorted(listed, key=lambda t: t.i)


def _coordinated(actor: Token) -> list[Token]:
    """The words coordinated with an actor, through the words between ('Biden and his wife, UK Prime
    Minister Rishi Sunak, ... and Giorgia Meloni', where the parser hangs the later names on 'wife')."""
    found: list[Token] = []
    todo = [actor]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in ("conj", "appos") and child.i > actor.i:
                found.append(child)
                todo.append(child)
    return sorted(found, key=lambda t: t.i)


def _names_whose(place: Token) -> bool:
    """'UK' of 'UK Prime Minister Rishi Sunak', parsed apart from the name: the country of the title
    after it, not an actor of its own."""
    doc = place.doc
    if place.ent_type_ != "GPE":
        return False
    end = place.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ != "PERSON":
        end += 1
    return end > place.i + 1 and end < len(doc) and doc[end].ent_type_ == "PERSON"


def _joined(actor: Token) -> list[Token]:
    """'together with', 'along with', 'alongside' after an actor, on it or (as the parser may have it)
    on its verb: another actor doing the same."""
    near = [*actor.children, *(c for c in actor.head.children if actor.i < c.i < actor.head.i)]
    return [c for c in near if _joins(c)]


def _joins(prep: Token) -> bool:
    if prep.dep_ != "prep":
        return False
    return prep.lower_ == "alongside" or prep.lower_ == "along" and any(c.lower_ == "with" for c in prep.children) \
        or prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in ("together", "along", "jointly")
                                         for c in prep.children)


def _led_by(clause: str, actor: Token, doer: Token) -> str:
    """The clause with its listed subjects reordered so that ``doer`` comes first."""
    members = [actor, *_listed_with(actor)]
    names_of = {m.i for m in members}

    def own_words(m: Token) -> str:
        listed = {t.i for c in m.children if c.dep_ in ("conj", "cc", "punct") or c.i in names_of or _joins(c)
                  for t in c.subtree}
        return "".join(t.text_with_ws for t in m.subtree if t.i not in listed).strip(" ,")
    doc = actor.doc
    written = doc[actor.left_edge.i:max(m.right_edge.i for m in members) + 1].text
    if not clause.lower().startswith(written.lower()):
        return clause
    ordered = [doer, *(m for m in members if m.i != doer.i)]
    names = [own_words(m) for m in ordered]
    names = [names[0][0].upper() + names[0][1:], *(n[0].lower() + n[1:] if n.split()[0] in ("The", "A") else n
                                                   for n in names[1:])]
    subject = ", ".join(names[:-1]) + " and " + names[-1]
    rest = clause[len(written):]
    if "," in written and rest.startswith(","):
        rest = rest[1:]                  # the comma that closed "France, along with Germany,"
    return subject + rest


def _one_per_actor(found: list[tuple[ActionMention, Token | None]]) -> list[tuple[ActionMention, Token | None]]:
    """One item per actor and sentence: its first action, or, when it only reports speech, the statement."""
    known = [f for f in found if f[0].country or f[0].organisation or f[0].governmental] or found
    by_actor: dict[str, list[tuple[ActionMention, Token | None]]] = {}
    for item in known:
        by_actor.setdefault(item[0].organisation or item[0].country or item[0].actor or "", []).append(item)
    return [([f for f in items if f[0].verb not in LIGHT] or items)[0] for items in by_actor.values()]


def _shares_a_passive_subject(verb: Token) -> bool:
    """'were cleared and reopened': a passive joined to another, whose subject it shares."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head.tag_ == "VBN" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
        and {"nsubjpass", "auxpass"} <= {c.dep_ for c in head.children}


def _official_passive(parsed: ParsedArticle, pb, sent: Span, verb: Token) -> ActionMention | None:
    """'Six men are being held', 'a curfew was imposed', 'reinforcements have been sent': an official
    act in the passive with no agent named is the authorities' ("held" only of people)."""
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and _shares_a_passive_subject(verb):
        # "the dock and the airport were cleared and reopened": the subject of the first passive
        subject = next(c for c in verb.head.children if c.dep_ == "nsubjpass")
    if subject is None or verb.dep_ in ("acl", "amod"):
        return None
    if lemma not in OFFICIAL_ACTS and not (lemma in BLOCKING_ACTS and _is_a_service(subject)):
        return None
    if verb.dep_ == "relcl" and not _aside(verb, subject):
        return None                      # "villages that were being evacuated": said of the villages
    if lemma in MEASURE_ACTS and not _names_measure(subject):
        return None                      # "a curfew was lifted", not "a baby was lifted from the debris"
    if lemma in CUSTODY_VERBS and not _is_people(subject):
        return None                      # "talks were held" is no detention
    if lemma in THINGS_ONLY_ACTS and _is_people(subject):
        return None                      # "a baby was released from hospital" is no act of the state
    if lemma in SENDING_ACTS and not _sent_by_the_state(subject):
        return None                      # "the injured were rushed to hospital", "his manifesto was sent"
    head = _clause_head(verb)
    text = _named(concise_clause(head), head, "")        # ", which was evacuated": the place named
    return ActionMention(actor=None, speaker=None, verb=lemma, kind="response", text=text,
                         evidence=parsed.evidence(pb, sent), governmental=True)


def _aside(clause: Token, relative: Token) -> bool:
    """', which has been declared a disaster zone,': a relative clause set off by a comma after a name
    tells a fact of its own about the named thing."""
    doc = clause.doc
    named = clause.head.pos_ == "PROPN" or relative.i > 1 and doc[relative.i - 2].pos_ == "PROPN"
    return _is_relative(relative) and relative.lower_ != "that" and named \
        and relative.i > 0 and doc[relative.i - 1].text == ","


def _is_a_service(subject: Token) -> bool:
    """'social media', 'access to messaging apps', 'Facebook and WhatsApp': a way people speak or read."""
    words_of = [subject, *(g for c in subject.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return any(t.lower_ in SERVICES or t.lemma_.lower() in SERVICES for t in words_of)


def _sent_by_the_state(subject: Token) -> bool:
    """What a state sends: forces, rescuers, aid; not the people it helps, nor words."""
    if subject.pos_ == "PRON" or subject.lemma_.lower() in MESSAGES or subject.lower_ in MESSAGES:
        return False
    of = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if _is_people(subject) or any(_is_people(g) for g in of):
        return any(t.lemma_.lower() in DEPLOYED or t.lower_ in DEPLOYED for t in [subject, *of])   # "teams of rescuers"
    return True


def _describes_its_object(verb: Token) -> bool:
    """'the shelters that the forces guard', 'the letter he sent': a relative clause whose noun is its
    object describes the noun ('the army, which deployed troops,' is an act; so is 'the field
    hospitals that the authorities set up', which made the noun)."""
    if verb.dep_ != "relcl" or _made_by(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _is_relative(subject):
        return False
    # "Under instructions from Modi, the ministry rushed in teams": a name takes no bare relative
    # clause; the parser hung the main clause on it
    after_comma = any(t.lower_ == "," for t in verb.doc[verb.head.i + 1:subject.left_edge.i])
    return not (verb.head.pos_ == "PROPN" and after_comma)


def _made_by(verb: Token) -> bool:
    """'field hospitals that authorities set up', 'camps the army built': the clause of a making act,
    with a doer of its own, about the thing it made."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in MAKING_ACTS and subject is not None \
        and not _is_relative(subject) and not any(c.dep_ == "dobj" and not _is_relative(c) for c in verb.children)


def _made_text(verb: Token) -> str:
    """'Authorities and aid agencies set up field hospitals': the making act told with what it made."""
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    made = verb.head
    words_ = [t for t in made.subtree if t.i < verb.left_edge.i]
    thing = "".join(t.text_with_ws for t in words_ if t.dep_ != "det" or t.head.i != made.i).strip()
    doer = "".join(t.text_with_ws for t in subject.subtree).strip()
    particle = "".join(" " + c.text for c in verb.children if c.dep_ == "prt")
    return f"{doer[0].upper()}{doer[1:]} {verb.text}{particle} {thing}."


def _is_relative(pronoun: Token) -> bool:
    """'which', 'who', 'that' opening a relative clause."""
    return pronoun.tag_ in ("WDT", "WP") or pronoun.lower_ == "that"


def _is_people(noun: Token) -> bool:
    """'six men and a woman', 'four suspects', 'the three': people, not talks or meetings."""
    return noun.ent_type_ == "PERSON" or counts_people(noun) or noun.like_num \
        or any(c.dep_ == "nummod" for c in noun.children) or any(_is_people(c) for c in noun.conjuncts if c.i > noun.i)


def _gives_figures(verb: Token) -> bool:
    """'said the quake measured 6.8', 'warned the toll could reach 10,000': the statement's clause
    gives a toll or a measurement, which makes its speaker a source, not an actor ('said three million
    children need help' is a statement of its own). Releasing a report is no act either."""
    reports = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in REPORT_NOUNS]
    if reports or (verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in REPORT_NOUNS):
        return True               # "released figures showing ...", "the figure released by state media"
    numbered = any(t.like_num for t in verb.subtree)
    if any(c.dep_ == "dobj" and (_tells_a_toll(c) or c.lemma_.lower() in FIGURE_NOUNS and numbered)
           for c in verb.children):
        return True               # "raised the confirmed death count to 55", "has confirmed six deaths"
    return any(_tells_a_toll(c) or _of_the_toll(c) for c in verb.children if c.dep_ in ("ccomp", "xcomp"))


def _of_the_toll(clause: Token) -> bool:
    """'warns the number could rise', 'said the toll would climb': a clause about the toll itself."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in FIGURE_NOUNS or c.lower_ in TOLL_WORDS)
               for c in clause.children)


def _tells_a_toll(head: Token) -> bool:
    """The clause under ``head`` gives a figure with a word of a toll or a measurement: a report of
    the dead, hurt or displaced, not an act."""
    clause = list(head.subtree)
    return any(t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY", "PERCENT") for t in clause
               if t.ent_type_ not in ("DATE", "TIME", "MONEY")) \
        and any(t.lemma_.lower() in TOLL_WORDS or t.lower_ in TOLL_WORDS for t in clause)


def _kind_of(actor: Token) -> str:
    """A person ('Ana Ruiz', 'the king', 'the minister') or a body ('the army', 'Chile')."""
    if actor.ent_type_ == "PERSON":
        return "person"
    if not actor.ent_type_ and actor.tag_ in ("NN", "NNP") and actor.lemma_.lower() in OFFICES:
        return "person"
    if actor.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in OFFICES for c in actor.children):
        return "person"              # "X, head of the delegation": a name the model did not label
    return "body"


def _person_of_title(actor: Token, last: dict[str, Token]) -> Token:
    """The person a title stands for: its apposition ('The President of Chile, Ana Ruiz'), or the
    person last named with it ('the president' after 'President Ana Ruiz')."""
    named = next((c for c in actor.children if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (
        c.pos_ == "PROPN" and not c.ent_type_))), None)          # a name the model did not label
    if named is not None and actor.lemma_.lower() in OFFICES:
        return named
    return last.get(f"title:{actor.lemma_.lower()}", actor) if _bare_title(actor) else actor


def _bare_title(actor: Token) -> bool:
    """'The president ordered ...': a title with no name, country or body of its own."""
    return actor.pos_ in ("NOUN", "PROPN") and not actor.ent_type_ and actor.lemma_.lower() in OFFICES \
        and not any(c.dep_ in ("poss", "prep", "appos") or c.dep_ in ("amod", "compound") and (
                    c.ent_type_ or c.lower_ not in TITLE_RANKS) for c in actor.children)   # not "Norway's minister"


def _remember(last: dict[str, Token], token: Token) -> None:
    """The last person and body named, the last group ('they' may be a country's people, never a
    city or one person), and the last person named with each title ('the president')."""
    last[_kind_of(token)] = token
    ent = entity_of(token)
    if ent is not None and ent.label_ == "PERSON":
        for title in {t.lemma_.lower() for t in context_tokens(ent)} & OFFICES:
            last[f"title:{title}"] = token
    if _kind_of(token) == "body" and (token.ent_type_ not in PLACE_TYPES or country_of(token.text)):
        last["group"] = token


def _antecedent(pronoun: Token, verb: Token, sent: Span, last: dict[str, Token]) -> Token | None:
    """'he' is the last person named, 'it' or 'they' the last body; a pronoun under a verb of saying is
    that verb's subject ('The embassy said it condemns ...'), if it is of the pronoun's kind."""
    kind = "person" if pronoun.lower_ in PERSON_PRONOUNS else "body" if pronoun.lower_ in BODY_PRONOUNS else None
    if kind is None:
        return None
    reporter = _reporting_subject(verb)
    if reporter is not None and (kind == "body" or _kind_of(reporter) == "person"):
        return reporter               # not "He pledged ..., the U.N. agency said": an agency is no "he"
    # in the same sentence, a name of the pronoun's kind, else any name (the model may have
    # mislabelled it); then the last person or body of earlier sentences
    earlier = [e.root for e in sentence_ents(sent) if e.end <= pronoun.i and e.label_ in ("PERSON", "ORG", "GPE")]
    same_kind = [t for t in earlier if _kind_of(t) == kind]
    plural = pronoun.lower_ == "they"
    if kind == "person" or plural:   # a person is never a place: "she said" after "in Geneva"; nor are "they"
        earlier = [t for t in earlier if (t.ent_type_ not in PLACE_TYPES or plural and country_of(t.text))]
        same_kind = [t for t in same_kind if t.ent_type_ not in PLACE_TYPES]
    if same_kind or earlier:
        return (same_kind or earlier)[-1]
    if kind == "person":
        return last.get("person")
    return last.get("group") if plural else last.get("body") or last.get("person")


def _contact_mentions(parsed: ParsedArticle, pb, sent: Span) -> Iterator[ActionMention]:
    seen: set[str] = set()
    for token in contacts(sent):
        country, organisation = find_in_phrase(token.text)
        ent = entity_of(token)
        if ent is not None and ent.label_ == "PERSON":
            country, organisation = find_in_phrase(sent.doc[max(sent.start, ent.root.left_edge.i):ent.end].text)
        key = organisation or country
        if key is None or key in seen:
            continue
        seen.add(key)
        yield ActionMention(actor=key, speaker=ent.text if ent is not None and ent.label_ == "PERSON" else None,
                            verb="call", kind="reaction", text=_contact_text(token) or sent.text.strip(),
                            evidence=parsed.evidence(pb, sent),
                            country=country, organisation=organisation, governmental=True)


def _measure_mentions(parsed: ParsedArticle, pb, sent: Span, quoted) -> Iterator[ActionMention]:
    """'A 24-hour ceasefire was agreed', 'the truce was largely holding': a measure as the subject."""
    for token in sent:
        if token.pos_ != "VERB" or _inside(token, sent, quoted) or token.dep_ not in MAIN_CLAUSE:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        background = any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in token.children)
        if any(_names_measure(s) for s in subjects) and not background:
            yield ActionMention(actor=None, speaker=None, verb=token.lemma_.lower(), kind="response",
                                text=concise_clause(token), evidence=parsed.evidence(pb, sent), governmental=True)
            return


def _charges_faced(parsed: ParsedArticle, pb, sent: Span) -> list[ActionMention]:
    """'Six people are facing criminal charges', 'three officials face trial': the authorities have
    charged them, whoever the sentence's subject is."""
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() in FACING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS for c in token.children) \
                and not _is_denied(token) and any(c.dep_ == "nsubj" and _is_people(c) for c in token.children):
            return [ActionMention(actor=None, speaker=None, verb="charge", kind="response",
                                  text=concise_clause(token), evidence=parsed.evidence(pb, sent), governmental=True)]
    return []


def _held_in_custody(parsed: ParsedArticle, pb, sent: Span) -> list[ActionMention]:
    """'Five people were in custody', 'six people remain in detention': the authorities hold them."""
    for token in sent:
        if token.lemma_.lower() in BEING_VERBS and not _is_denied(token) and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in CUSTODY_NOUNS for g in c.children)
                for c in token.children) and any(c.dep_ == "nsubj" and _is_people(c) for c in token.children):
            return [ActionMention(actor=None, speaker=None, verb="detain", kind="response",
                                  text=concise_clause(token), evidence=parsed.evidence(pb, sent), governmental=True)]
    return []


def _nominal_acts(parsed: ParsedArticle, pb, sent: Span, quoted) -> list[ActionMention]:
    """'have fled a military crackdown', 'the army's offensive', 'the deployment of police': an act
    named by a noun with the authority that does it."""
    for token in sent:
        if token.lemma_.lower() not in ACT_NOUNS or _inside(token, sent, quoted):
            continue
        doers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss")
                 and (c.lemma_.lower() in AUTHORITY or c.lower_ in AUTHORITY)]
        doers += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                  for o in c.children if o.lemma_.lower() in AUTHORITY]
        doers += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"     # "the deployment of
                  for o in c.children if o.lemma_.lower() in DEPLOYED or o.lower_ in DEPLOYED]  # 2,000 troops"
        # the whole clause the act is named in ("What began as a government crackdown escalated ...")
        verb = next((a for a in reversed(list(token.ancestors)) if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and _tells_a_toll(verb):
            continue              # "400 were killed in the clashes and the military counteroffensive"
        if doers and verb is not None:
            return [ActionMention(actor=None, speaker=None, verb=token.lemma_.lower(), kind="response",
                                  text=concise_clause(verb), evidence=parsed.evidence(pb, sent),
                                  governmental=True)]
    return []


def _names_measure(noun: Token) -> bool:
    """'ceasefire', 'a state of emergency', 'the curfew in the city'."""
    if noun.lemma_.lower() in MEASURES or noun.lower_ in MEASURES:
        return True
    if noun.lower_ in MEASURE_HEADS and any(c.dep_ in ("compound", "amod") and c.lower_ in THREAT_WORDS
                                           for c in noun.children):
        return True                       # "the terror threat level was raised"
    return any(c.lower_ == "of" and any(o.lower_ in MEASURES for o in c.children) for c in noun.children)


def _contact_text(name: Token) -> str | None:
    """'took calls from X' -> 'Call to <whoever took them>'; 'condolences from X to Y' -> 'Condolences to Y'."""
    prep = next((t for t in name.ancestors if t.lower_ == "from" and t.dep_ == "prep"), None)
    if prep is None:
        return None
    head = prep.head
    while head.lemma_.lower() not in CONTACT_NOUNS and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head      # "calls from X, as well as from Y": the second 'from' hangs on the first
    noun = next((t for t in [head, *head.children] if t.lemma_.lower() in CONTACT_NOUNS), None)
    if noun is None:
        return None
    verb = _clause_head(head if head.pos_ in ("VERB", "AUX") else head.head)   # "accepted aid ... but declined offers"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                    and noun.i not in {t.i for t in c.subtree}), None)   # not "messages poured in from X"
    what = noun.text if noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() != "call" else noun.lemma_
    if subject is None:
        return None
    the = "the " if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) else ""
    return f"{what[0].upper()}{what[1:]} to {the}{name_phrase(subject)}."    # "Aid to the government."


def _inside(token: Token, sent: Span, quoted: list[tuple[int, int]]) -> bool:
    at = token.idx - sent.start_char
    return any(s <= at < e for s, e in quoted)


def _names_something(verb: Token) -> bool:
    """'called the floods a catastrophe' (an object predicate), 'what it called an insurgency' (a
    question word as the object), 'which they called a zone' (two objects)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "oprd" for c in verb.children) or len(objects) > 1 \
        or any(o.tag_ in ("WP", "WDT") for o in objects)


def _has_particle(verb: Token, particles: list[str]) -> bool:
    """Its particle or object ('set up', 'took control'), the object of its preposition ('put on alert'),
    or what its object is of ('began three days of mourning')."""
    def of(token: Token) -> list[Token]:
        return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(c.lower_ in particles or c.dep_ == "prep" and any(g.lower_ in particles for g in c.children)
               or c.dep_ == "dobj" and any(g.lower_ in particles for g in of(c)) for c in verb.children)


def actor_of(verb: Token) -> Token | None:
    """Who does what a verb says: its subject, the agent of a passive, an authority that is the
    passive subject, or the doer of the verb it is coordinated with or completes."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _among_those_who(child) or child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in AUTHORITY \
                and verb.lemma_.lower() not in ACTS_ON_PEOPLE:
            return child
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if verb.lemma_.lower() in LIGHT and before is not None and before.ent_type_ == "PERSON" \
            and before.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return before        # "..., the minister Ana Ruiz said": a name the parser left off the verb
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
    if controller is not None and not own_subject and controller.lemma_.lower() in AUTHORITY \
            and not _can_act(actor_of(verb.head)):
        return controller               # "the rain forced officials to release water": the officials did
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and not own_subject:
        return actor_of(verb.head)      # not "teams arrived ..., and 24,400 personnel were deployed"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "able" and verb.head.dep_ == "acomp" and not own_subject:
        return actor_of(verb.head.head)     # "the army was able to recapture the villages": it did
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "the generals ... each side accusing the other": an active participle is done by its noun;
        # "forces being deployed" (passive) is not
        passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN"
        if not passive and verb.tag_ == "VBG" and verb.head.lemma_.lower() in AUTHORITY:
            return verb.head
        return None
    return None


def _among_those_who(relative: Token) -> Token | None:
    """'Biden and Macron were among the many who sent messages': the subject of 'were among' did it."""
    clause = relative.head
    if relative.lower_ not in ("who", "that") or clause.dep_ != "relcl":
        return None
    group = clause.head
    if group.dep_ != "pobj" or group.head.lower_ != "among" or group.head.head.lemma_ != "be":
        return None
    return next((c for c in group.head.head.children if c.dep_ == "nsubj"), None)


def _can_act(token: Token | None) -> bool:
    """A person, a body or a country; not the rain that 'forced officials to release water'."""
    return token is not None and (token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ == "PRON"
                                  or token.lemma_.lower() in AUTHORITY | OFFICES)


def _mention(parsed: ParsedArticle, pb, sent: Span, verb: Token, actor: Token) -> ActionMention | None:
    name = name_phrase(actor)
    if not name or len(name.split()) > 12 or actor.lemma_.lower() in NATURE:
        return None          # "the storm heightened fears": the disaster is no actor
    head = _clause_head(verb)
    if head.dep_ == "acl" and head.tag_ == "VBN" or _describes_its_object(head):
        return None          # "tents set up by the authorities", "shelters that the forces guard": descriptions
    country, organisation, governmental, speaker = describe_actor(actor)
    if governmental and not country and not organisation:
        country = _fronted_country(sent, actor)        # "In Washington, President Barack Obama condemned ..."
    lemma = verb.lemma_.lower()
    kind = "reaction" if lemma in REACTION and lemma not in RESPONSE else "response"
    if lemma in REACTION and (country or organisation):
        kind = "reaction"
    return ActionMention(actor=name, speaker=speaker, verb=_announced_act(verb) or lemma, kind=kind,
                         text=_told(verb, name) or sent.text.strip(),
                         evidence=parsed.evidence(pb, sent), country=country, organisation=organisation,
                         governmental=governmental)


def _fronted_country(sent: Span, actor: Token) -> str | None:
    """The country of a capital or country a sentence opens on before the actor ('In Washington, ...',
    'In Ankara, ...'): where an authority with no country of its own speaks from."""
    opening = sent[:actor.i - sent.start]
    comma = next((t.i for t in opening if t.text == ","), None)
    if comma is None or not opening or opening[0].lower_ not in ("in", "from") or comma - sent.start > 5:
        return None
    return find_in_phrase(sent.doc[sent.start + 1:comma].text)[0]


def _told(verb: Token, name: str) -> str:
    """The clause that tells of the act, its actor named."""
    if _made_by(verb):
        return _made_text(verb)                # "authorities set up field hospitals"
    told = _clause_head(verb)
    among = next((a for c in verb.children if c.dep_ == "nsubj" and (a := _among_those_who(c)) is not None), None)
    if among is not None:
        told = among.head                      # "X were among the many who sent messages": the whole clause
    return _named(concise_clause(told), told, name)


def _announced_act(verb: Token) -> str | None:
    """'announced a curfew', 'announced three days of mourning', 'announced 3 billion rupees in relief':
    a light verb whose object is a measure, an act or a provision tells of that act, named by its noun."""
    if verb.lemma_.lower() not in LIGHT:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(t.ent_type_ == "MONEY" for t in obj.subtree if t.i <= obj.i) or _names_measure(obj):
            return obj.lemma_.lower()
        if obj.lemma_.lower() in ANNOUNCED_ACTS or obj.lower_ in ANNOUNCED_ACTS:
            return obj.lemma_.lower()
    return None


def _named(clause: str, verb: Token, name: str) -> str:
    """'It had deployed troops' -> "Nigeria's army had deployed troops", '(the army,) which deployed
    troops' -> 'The army deployed troops': the pronoun subject named."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    relative = subject is not None and _is_relative(subject)
    if not clause or subject is None or not relative and (
            subject.pos_ != "PRON" or subject.lower_ not in PERSON_PRONOUNS + BODY_PRONOUNS):
        return clause
    if relative:      # the noun as written before the clause: "The interior ministry"
        name = " ".join(t.text for t in verb.head.subtree if t.i < verb.left_edge.i and not t.is_punct) or name
        before = verb.doc[verb.left_edge.i - 2] if verb.left_edge.i > 1 else None
        if before is not None and before.pos_ == "PROPN" and verb.head.pos_ != "PROPN":
            name = name_phrase(before)   # "neighbourhoods in Derna, which has been declared ...": Derna
    named = re.sub(rf"\b{subject.text}\b", lambda _: name, clause, count=1, flags=re.IGNORECASE)
    return named[0].upper() + named[1:]


def _reporting_subject(verb: Token) -> Token | None:
    """'The embassy said it condemns ...': a pronoun under a verb of saying is its subject."""
    node = verb
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON" and node.lemma_.lower() in LIGHT | SAYING | FIGURE_STATEMENTS:
            return subject                # "said it had sent", "confirmed that it had sent 300 rescuers"
    return None


def _clause_head(verb: Token) -> Token:
    """The verb whose clause names the doer: 'took control' in 'X established ... and took control'."""
    while verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.head.lower_ == "able" and verb.head.dep_ == "acomp":
        return _clause_head(verb.head.head)     # "the army was able to recapture ..."
    if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head     # "the curfew imposed by the police was holding": the whole clause
    return verb


def describe_actor(actor: Token) -> tuple[str | None, str | None, bool, str | None]:
    """(country, international body, is an authority, person speaking) from the actor's noun phrase."""
    members = {m.i for m in _listed_with(actor)}
    listed = {t.i for c in actor.children if c.dep_ in ("conj", "cc") or c.i in members or _joins(c)
              for t in c.subtree}                                  # "Norway and Canada", "Mexico, Chile, ..."
    # a title in apposition is read whole: "X, head of the International Federation of Red Cross ..."
    titled = {t.i for c in actor.children if c.dep_ == "appos" for t in c.subtree if abs(t.i - actor.i) <= 16}
    # not what a clause on the name tells ("Chakwera, who flew home from a UN conference in Qatar"),
    # unless it is the office ("Griffiths, who heads the UN's aid office")
    told = {t.i for c in actor.subtree if c.dep_ in ("relcl", "acl") and c.lemma_.lower() not in ROLE_VERBS
            for t in c.subtree}
    phrase_tokens = sorted((t for t in actor.subtree if t.dep_ not in ("relcl", "acl") and t.i not in listed
                            and t.i not in told and (abs(t.i - actor.i) <= 8 or t.i in titled)), key=lambda t: t.i)
    before = actor.doc[phrase_tokens[0].i - 1] if phrase_tokens and phrase_tokens[0].i > 0 else None
    if before is not None and _names_whose(before):
        phrase_tokens.insert(0, before)   # "UK" of "UK Prime Minister Rishi Sunak", parsed apart
    ent = entity_of(actor)
    speaker = ent.text if ent is not None and ent.label_ == "PERSON" else None
    governmental = any(t.lemma_.lower() in AUTHORITY or t.lower_ in AUTHORITY or t.lower_ in OFFICES
                       for t in phrase_tokens)
    country, organisation = find_in_phrase(" ".join(t.text for t in phrase_tokens))
    organisation = organisation or next((title_organisation(t.lower_) for t in phrase_tokens
                                         if title_organisation(t.lower_)), None)
    if ent is not None and ent.label_ == "GPE" and country:
        governmental = True          # "Turkey also intended to open hotels": the state acting
    if not governmental and _a_private_person(actor, phrase_tokens):
        country = None               # "Ayah, a Palestinian woman, said": no country spoke
    return country, organisation, governmental, speaker


def _a_private_person(actor: Token, phrase: list[Token]) -> bool:
    """The actor, or the noun set beside the name, is a word for a person speaking for themselves."""
    return actor.lemma_.lower() in PRIVATE_PEOPLE or any(
        t.dep_ == "appos" and t.lemma_.lower() in PRIVATE_PEOPLE for t in phrase)


def contacts(sent: Span) -> Iterator[Token]:
    """Who reached out: 'took calls from X, Y and Z', 'condolences from X' -> the names of X, Y, Z."""
    for token in sent:
        if token.lower_ != "from" or token.dep_ != "prep":
            continue
        head = token.head
        related = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        if head.head.lower_ == "of":              # "offers of help from X"
            related.append(head.head.head)
        if not any(t.lemma_.lower() in CONTACT_NOUNS for t in related):
            continue
        for obj in token.subtree:
            if obj.i != token.i and _names_someone(obj) and not (
                    obj.dep_ in ("compound", "amod") and (_names_someone(obj.head) or obj.head.dep_ == "compound")):
                yield obj          # the head of each name: "Salva Kiir", not the "Sudan" of "South Sudan President"


def _names_someone(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or token.pos_ == "PROPN"
