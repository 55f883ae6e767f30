"""Who said and did what: speakers of quotes, pronouns, names made consistent within an article.

Every sentence here is written for the test, each class in at least two wordings.
"""
import pytest

from briefing.extract import actions, quotes
from briefing.lexicons import lexicon


def _speakers(parse, text):
    return [(q.speaker, q.text.split()[0]) for q in quotes.extract(parse(text))]


SPEAKERS = [
    # the verb the quote hangs on speaks it, not a nearer verb of an aside
    ('Maria Lopez, the envoy, said that, judging by what aid workers have reported, "the worst is still ahead".',
     [("Maria Lopez", "the")]),
    ('Tom Berg told the council that, going by what survivors described, "whole streets are gone".',
     [("Tom Berg", "whole")]),
    # a release or an agency speaks for the body that last spoke
    ('On Monday the World Food Programme said convoys were stuck. "The roads are closed and trucks cannot move," '
     'the agency said.', [("World Food Programme", "The")]),
    ('The Red Cross said it was alarmed. "Hospitals are running out of fuel and medicine," the statement said.',
     [("International Committee of the Red Cross", "Hospitals")]),
    # a release with no body named gives no speaker rather than "statement"
    ('"Hospitals are running out of fuel and medicine," the statement said.', [(None, "Hospitals")]),
    # a person named with the quote speaks it, not the release that carried it
    ('Spokesman Ali Hassan told reporters: "The roads are closed and the convoys cannot move," the release said.',
     [("Ali Hassan", "The")]),
]


@pytest.mark.parametrize("text, expected", SPEAKERS)
def test_the_speaker_of_a_quote(parse, text, expected):
    assert _speakers(parse, text) == expected


HE_SAID = [
    # 'he' is the last person, however the model labels the surname and the places named after it
    ("Secretary-General Helen Marsh flew to the region on Monday.\n\n"
     "Marsh, who led the refugee agency for a decade, described how her visits to Karo Province had moved her. "
     '"This is something I feel very deeply," she said.', "Helen Marsh"),
    ("Foreign Minister Peter Oduya arrived in the capital.\n\n"
     "Oduya, who once served in Lamu District, spoke of his visits to the camps. "
     '"I have never seen suffering like this," he said.', "Peter Oduya"),
]


@pytest.mark.parametrize("text, person", HE_SAID)
def test_a_pronoun_speaks_for_the_last_person_not_a_place(parse, text, person):
    parsed = parse(text)
    spoken = [q for q in quotes.extract(parsed)]
    assert spoken and all(q.speaker and q.speaker.split()[-1] == person.split()[-1] for q in spoken)
    assert all("Province" not in (m.actor or "") and "District" not in (m.actor or "")
               for m in actions.extract(parsed))


@pytest.mark.parametrize("text, actor", [
    ("The king visited the injured in hospital. Later he ordered the army to send tents.", "king"),
    ("The governor toured the flooded district. On Friday she ordered schools closed.", "governor"),
])
def test_he_or_she_is_the_last_office_holder(parse, text, actor):
    ordered = [m for m in actions.extract(parse(text)) if m.verb == "order"]
    assert [m.actor for m in ordered] == [actor]


NAMING_NOT_CALLING = [
    ("The army launched what it called a clearance operation.", "launch"),
    ("Rebels seized the town, which they called a liberated zone.", "seize"),
    ("The minister called the floods a national catastrophe.", None),
]
CALLING = [
    ("The government called on residents to stay indoors.", "call"),
    ("Officials called for calm after the riots.", "call"),
    ("The ministry called upon donors to help.", "call"),
    ("The government called in the army.", "call"),
    ("Police called off the search on Friday.", "call"),
]


@pytest.mark.parametrize("sentence, verb", NAMING_NOT_CALLING + CALLING)
def test_calling_something_a_name_is_no_call_for_action(parse, sentence, verb):
    assert [m.verb for m in actions.extract(parse(sentence))] == ([verb] if verb else [])


def test_yaml_words_that_look_like_booleans_stay_words():
    assert "on" in lexicon("actions")["particles"]["call"]
    assert "on" in lexicon("overview")["stopwords"]


def _relabel(doc, text, label):
    from spacy.tokens import Span
    start = next(t.i for t in doc if doc.text[t.idx:].startswith(text))
    end = start + len(text.split())
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label=label)]


@pytest.mark.parametrize("first, later, surname, place", [
    ("Envoy Helen Marsh arrived on Monday.", "Marsh praised the rescuers in Karo Province.", "Marsh", "Karo Province"),
    ("Minister Peter Oduya flew in.", "Oduya later toured Lamu District.", "Oduya", "Lamu District"),
])
def test_names_are_made_consistent_within_an_article(nlp, first, later, surname, place):
    """The model's mislabels, set by hand: a surname as a body, a place as a person."""
    from briefing.names import harmonise
    docs = [nlp(first), nlp(later)]
    _relabel(docs[0], first.split()[1] + " " + surname, "PERSON")
    _relabel(docs[1], surname, "ORG")
    _relabel(docs[1], place, "PERSON")
    harmonise(docs)
    labels = {e.text: e.label_ for e in docs[1].ents}
    assert labels[surname] == "PERSON" and labels[place] == "GPE"


def test_a_name_made_whole_never_overlaps_its_neighbour(nlp):
    """Two names side by side, the second hanging on the first's words: one entity, no error."""
    from spacy.tokens import Span

    from briefing.names import harmonise
    doc = nlp("Envoy Ana Ruiz Maria Lopez spoke to reporters.")
    doc.ents = [Span(doc, 1, 3, label="PERSON"), Span(doc, 3, 5, label="PERSON")]
    for token in doc[1:4]:
        token.head = doc[4]
    harmonise([doc])
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] in (["Ana Ruiz Maria Lopez"], ["Ana Ruiz", "Maria Lopez"])


@pytest.mark.parametrize("sentence, speaker", [
    ('On Monday the UN High Commissioner for Human Rights Omar Bello Diallo described the raids as "a '
     'textbook case of collective punishment".', "Omar Bello Diallo"),
    ('The Special Rapporteur for Human Rights Maria Elena Torres called the killings "a grave breach of the law".',
     "Maria Elena Torres"),
])
def test_the_person_named_after_a_long_title_speaks(parse, sentence, speaker):
    assert [q.speaker for q in quotes.extract(parse(sentence))] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The new fund, a Red Cross spokeswoman said, would let the money "reach everyone who lost a home".\n\n'
     'She said volunteers would keep "handing out food and blankets to the families who need them".',
     "Red Cross spokeswoman"),
    ('A police spokesman said the road would "stay closed until the bridge has been inspected".\n\n'
     'He said officers would go on "checking every car that enters the valley from the north".',
     "police spokesman"),
])
def test_a_pronoun_after_a_quote_is_its_speaker(parse, text, speaker):
    assert [q.speaker for q in quotes.extract(parse(text))] == [speaker, speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ('Police held his uncle, who, local security forces said, was "aware of all the plans" for the raid.',
     "local security forces"),
    ('The suspect, who, the interior ministry said, had "known about the plot for weeks", was freed.',
     "interior ministry"),
])
def test_an_authority_named_in_an_aside_speaks(parse, sentence, speaker):
    assert [q.speaker for q in quotes.extract(parse(sentence))] == [speaker]


@pytest.mark.parametrize("sentence", [
    "The government blamed the unrest on \u201crogue armed gangs.\u201d",
    "Officials have put the fires down to \u201carson by looters.\u201d",
])
def test_a_scare_quote_put_to_the_authorities_is_no_quote(parse, sentence):
    assert list(quotes.extract(parse(sentence))) == []
