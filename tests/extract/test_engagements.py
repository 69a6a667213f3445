import pytest

from bilat.extract.engagements import extract_engagements, find_triggers, frame_place, location_flags
from bilat.extract.evidence import joined_after_titles
from bilat.model import Sentence
from extraction_inputs import inputs

PAIR = ("IND", "KOR")
PEOPLE = {
    "Defence Minister Arjun Rao": ("Arjun Rao", "IND", "Defence Minister"),
    "Arjun Rao": ("Arjun Rao", "IND", "Defence Minister"),
    "Rao": ("Arjun Rao", "IND", "Defence Minister"),
    "Kim Min-seo": ("Kim Min-seo", "KOR", "Defence Minister"),
    "Kim": ("Kim Min-seo", "KOR", "Defence Minister"),
    "Prime Minister Vikas Mehra": ("Vikas Mehra", "IND", "Prime Minister"),
    "Vikas Mehra": ("Vikas Mehra", "IND", "Prime Minister"),
    "President Lee Ha-eun": ("Lee Ha-eun", "KOR", "President"),
    "Secretary Nair": ("Devi Nair", "IND", "Secretary (East)"),
    "Nair": ("Devi Nair", "IND", "Secretary (East)"),
    "Choi Joon": ("Choi Joon", "KOR", "First Vice Foreign Minister"),
    "Tom Baker": ("Tom Baker", "USA", "Under Secretary"),
}
DATES = {
    "on Tuesday": ("2024-03-12", "2024-03-12", "day"),
    "before the end of 2024": (None, "2024-12-31", "year"),
    "2018": ("2018-01-01", "2018-12-31", "year"),
    "in May": ("2024-05-01", "2024-05-31", "month"),
    "next month": ("2024-04-01", "2024-04-30", "month"),
    "in 2015": ("2015-01-01", "2015-12-31", "year"),
    "on March 11": ("2024-03-11", "2024-03-11", "day"),
    "from 18-20 March": ("2024-03-18", "2024-03-20", "day"),
    "on 20 March": ("2024-03-20", "2024-03-20", "day"),
}


def engagements(text):
    return extract_engagements(*inputs(text, PEOPLE, DATES), PAIR)


@pytest.mark.parametrize("text, kind", [
    ("Defence Minister Arjun Rao met Kim Min-seo in Seoul on Tuesday.", "meeting"),
    ("Arjun Rao and Kim Min-seo held talks in New Delhi on Tuesday.", "meeting"),
    ("Arjun Rao visited Seoul on Tuesday.", "visit"),
    ("Arjun Rao spoke over the phone with Kim Min-seo on Tuesday.", "call"),
    ("Arjun Rao and Kim Min-seo signed a memorandum on Tuesday.", "signing"),
    ("The navies of India and South Korea began a joint exercise off Busan on Tuesday.", "exercise"),
    ("Prime Minister Vikas Mehra held a bilateral meeting with President Lee Ha-eun on Tuesday.", "summit"),
    ("The Indian Embassy in Seoul hosted a business symposium on Korean investment in India on Tuesday.", "event"),
    ("Secretary Nair co-chaired the 7th India-ROK Foreign Policy and Security Dialogue with Choi Joon.", "dialogue"),
])
def test_each_kind_of_engagement(text, kind):
    assert [e.kind for e in engagements(text)] == [kind]


@pytest.mark.parametrize("text, status", [
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday.", "held"),
    ("Arjun Rao will visit Seoul in May.", "planned"),
    ("Arjun Rao is expected to meet Kim Min-seo next month.", "planned"),
    ("The meeting between Arjun Rao and Kim Min-seo scheduled for next month was cancelled.", "cancelled"),
    ("The upcoming visit of Arjun Rao to Seoul was postponed.", "cancelled"),
    # a second verb's plan is not the meeting's
    ("Arjun Rao and Kim Min-seo met in Busan and also agreed to set up a shipping panel.", "held"),
    ("Arjun Rao met Kim Min-seo and decided to widen the talks.", "held"),
])
def test_held_planned_cancelled(text, status):
    assert [e.status for e in engagements(text)] == [status]


@pytest.mark.parametrize("text, mechanism, ordinal", [
    ("Secretary Nair and Choi Joon held the fourth India-ROK Strategic Dialogue in Seoul.", "Strategic Dialogue", 4),
    ("Secretary Nair co-chaired the 6th FPSD with Choi Joon.", "Foreign Policy and Security Dialogue", 6),
    ("Arjun Rao co-chaired the 10th India-Korea Joint Commission with Kim Min-seo.", "Joint Commission", 10),
    ("Arjun Rao and Kim Min-seo held the inaugural 2+2 dialogue in Seoul.", "2+2", 1),
    ("Arjun Rao and Kim Min-seo opened the maiden Defence Policy Dialogue in Seoul.", "Defence Policy Dialogue", 1),
])
def test_mechanism_and_ordinal(text, mechanism, ordinal):
    found = engagements(text)
    assert [(e.mechanism.name, e.mechanism.ordinal) for e in found] == [(mechanism, ordinal)]


@pytest.mark.parametrize("text, place, country", [
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday.", "Seoul", "KOR"),
    ("New Delhi, March 14: Arjun Rao met Kim Min-seo in Busan on Tuesday.", "Busan", "KOR"),
    ("Arjun Rao paid a visit to South Korea on Tuesday.", None, "KOR"),
    ("Kim Min-seo arrived in Agra on Tuesday.", "Agra", "IND"),
])
def test_place_not_dateline(text, place, country):
    found = engagements(text)
    assert [(e.location.place, e.location.country) for e in found] == [(place, country)]


@pytest.mark.parametrize("text, names", [
    ("Defence Minister Arjun Rao held talks with his counterpart Kim Min-seo on Tuesday.",
     ["Arjun Rao", "Kim Min-seo"]),
    ("Arjun Rao reached Seoul on Tuesday. He met Kim Min-seo there.", ["Arjun Rao", "Kim Min-seo"]),
    ("Secretary Nair also held separate meetings with Choi Joon and Kim Min-seo.", ["Devi Nair", "Choi Joon"]),
])
def test_participants(text, names):
    found = [e for e in engagements(text) if e.kind == "meeting"]
    assert [p.name for p in found[0].participants] == names


def test_one_meeting_mentioned_three_times_is_one_engagement():
    text = ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. "
            "During the meeting, the two ministers reviewed defence industry ties. "
            "Rao's meeting with Kim Min-seo lasted two hours.")
    found = engagements(text)
    assert [(e.kind, len(e.evidence)) for e in found] == [("meeting", 3)]


def test_evidence_quotes_the_text():
    text = "Arjun Rao met Kim Min-seo in Seoul on Tuesday. They discussed semiconductors."
    doc = inputs(text)[0]
    for e in engagements(text):
        assert all(doc.text[ev.start:ev.end] == ev.quote for ev in e.evidence)


@pytest.mark.parametrize("text, date, status", [
    ("The partnership was upgraded during the visit of Prime Minister Vikas Mehra to Seoul in 2015.",
     ("2015-01-01", "2015-12-31", "year"), "held"),
    ("Arjun Rao met Kim Min-seo in Seoul.", ("2024-03-15", "2024-03-15", "day"), "held"),
])
def test_dates(text, date, status):
    e = engagements(text)[0]
    assert ((e.date.start, e.date.end, e.date.precision), e.status) == (date, status)


def test_an_engagement_without_the_pair_is_left_out():
    text = "Tom Baker and Kim Min-seo held the inaugural US-Korea technology dialogue in Seoul on Tuesday."
    assert engagements(text) == []


@pytest.mark.parametrize("text, kinds", [
    ("The visit was widely covered by the press in both countries.", []),
    ("A meeting is planned in the coming weeks.", []),
    ("India and South Korea signed three memoranda on Tuesday.", ["signing"]),
    ("India and South Korea signed three memoranda on Tuesday. Arjun Rao and Kim Min-seo signed them in Seoul.",
     ["signing"]),
])
def test_a_frame_needs_someone_or_something_named(text, kinds):
    assert [e.kind for e in engagements(text)] == kinds


@pytest.mark.parametrize("text, places", [
    # filed from the host city, the visitor from the other side, no place stated
    ("New Delhi, March 14: Arjun Rao held talks with Kim Min-seo on Tuesday.", [("meeting", "New Delhi")]),
    ("SEOUL, March 14 (Yonhap) -- Arjun Rao will visit next month.", [("visit", "Seoul")]),
    # a call happens nowhere
    ("New Delhi, March 14: Arjun Rao spoke over the phone with Kim Min-seo on Tuesday.", [("call", None)]),
    # a visit 'to Korea' went to the city its meetings name
    ("Arjun Rao paid a visit to South Korea on Tuesday. Arjun Rao met Kim Min-seo in Seoul.",
     [("visit", "Seoul"), ("meeting", "Seoul")]),
])
def test_place_from_dateline_and_other_engagements(text, places):
    assert [(e.kind, e.location.place) for e in engagements(text)] == places


@pytest.mark.parametrize("text, day", [
    ("Arjun Rao arrived in Seoul on March 11. He met Kim Min-seo the following day.", "2024-03-12"),
    ("Arjun Rao arrived in Seoul on March 11. He met Kim Min-seo the same day.", "2024-03-11"),
])
def test_day_relative_to_the_last_day_named(text, day):
    meeting = [e for e in engagements(text) if e.kind == "meeting"][0]
    assert (meeting.date.start, meeting.date.end) == (day, day)


@pytest.mark.parametrize("text, place", [
    ("During the meeting in Busan, Kim Min-seo recalled a visit to India.", "Busan"),
    ("During the meeting, Kim Min-seo recalled a visit to India.", None),
])
def test_a_place_after_the_next_trigger_is_that_triggers(text, place):
    meeting, visit = find_triggers(text)
    found = frame_place(text, meeting, visit.start)
    assert (found.place or found.country if found else None) == place


@pytest.mark.parametrize("text, messages", [
    ("Arjun Rao co-chaired the 10th India-Korea Joint Commission with Kim Min-seo in New Delhi. "
     "Arjun Rao is currently on a visit to Seoul.", ["New Delhi (t1) vs Seoul (t1)"]),
    ("Arjun Rao co-chaired the 10th India-Korea Joint Commission with Kim Min-seo in Seoul. "
     "Arjun Rao is currently on a visit to Seoul.", []),
])
def test_a_place_the_same_text_contradicts_is_flagged(text, messages):
    flags = location_flags(engagements(text))
    assert [(f.kind, f.field, f.message) for f in flags] == [("contradiction", "location", m) for m in messages]


@pytest.mark.parametrize("text, found", [
    # 'co-chaired the meeting with X' refers back to the mechanism and names who took part
    ("The 10th India-Korea Joint Commission was held in Seoul on Tuesday. Arjun Rao co-chaired the meeting with Kim Min-seo.",
     [("dialogue", 10, "held", ["Arjun Rao", "Kim Min-seo"])]),
    # the session held and the next one planned are two engagements; 'next' counts on from the last
    ("Arjun Rao and Kim Min-seo held the 10th India-Korea Joint Commission in Seoul on Tuesday. "
     "They agreed to hold the next session of the Joint Commission in New Delhi next month.",
     [("dialogue", 10, "held", ["Arjun Rao", "Kim Min-seo"]), ("dialogue", 11, "planned", [])]),
    # exercises discussed are a subject of the talks
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday and discussed joint naval exercises.",
     [("meeting", None, "held", ["Arjun Rao", "Kim Min-seo"])]),
    # a date before 'agreed to' is the day of the decision
    ("Arjun Rao on Tuesday invited Kim Min-seo to visit India.", [("visit", None, "planned", ["Kim Min-seo"])]),
])
def test_references_sessions_and_decisions(text, found):
    got = engagements(text)
    assert [(e.kind, e.mechanism.ordinal if e.mechanism else None, e.status, [p.name for p in e.participants])
            for e in got] == found
    assert all(e.date is None for e in got if "invited" in text)


@pytest.mark.parametrize("text, name, ordinal", [
    ("Kim Min-seo, on her second visit to India, received the Seoul Peace Prize.", "Seoul Peace Prize", None),
    ("It was the first Joint Commission since the ties were upgraded.", "Joint Commission", None),
    ("The dialogue was co-hosted by the Asia Foundation and the Delhi Forum for Policy Studies.", None, None),
    ("Scholars met for the 3rd IDSA-KIDA (Korea Institute for Defense Analyses) Dialogue.", "IDSA-KIDA dialogue", 3),
    ("The second session of the IDSA-KIDA Dialogue covered maritime security.", "IDSA-KIDA dialogue", None),
    ("Officials held the 4th India-ROK 2 + 2 Dialogue in Seoul.", "2+2", 4),
    # standing bodies named in capitals, without the countries they join
    ("Officials held the first meeting of the India-Korea Rail Working Group in Pune.", "Rail Working Group", 1),
    ("Both sides set up a Korea-India Space Cooperation Committee.", "Space Cooperation Committee", None),
    ("Experts met for the 3rd Joint Committee on Marine Science and Fisheries.", "Joint Committee", 3),
    ("Kim chairs Korea's National Security Council.", None, None),
    # a subject after 'on' names a dialogue
    ("The second India-ROK Dialogue on Space and Cyber Security opened.", "Dialogue on Space and Cyber Security", 2),
    ("They held a first dialogue on clean energy and hydrogen in Pune.", "dialogue on clean energy and hydrogen", 1),
    ("The dialogue on shipping finance ended early.", "dialogue on shipping finance", None),
    # two names side by side are one mechanism, called by the one the data knows
    ("The first 2+2 Ministerial Dialogue was held in Seoul.", "2+2", 1),
    # talks to upgrade a trade agreement are that agreement's upgrade negotiations
    ("Both sides held the third round of negotiations on improving the Comprehensive Economic Partnership Agreement.",
     "CEPA upgrade negotiations", 3),
    ("The two countries resumed talks to upgrade their free trade agreement.", "FTA upgrade negotiations", None),
    ("They will hold the next round of upgrade talks in Seoul in May.", "upgrade negotiations", None),
    ("Officials met and agreed to hold talks for the upgrade of the pact in May.", "upgrade negotiations", None),
])
def test_mechanism_names_and_their_numbers(text, name, ordinal):
    from bilat.extract.mechanisms import find_mechanisms
    assert [(h.name, h.ordinal) for h in find_mechanisms(text)] == ([(name, ordinal)] if name else [])


@pytest.mark.parametrize("text, places", [
    ("Before the Summit meeting she laid a wreath.", []),
    ("The delegation arrived in Busan.", [("Busan", "KOR")]),
])
def test_ordinary_words_are_not_towns(text, places):
    from bilat.extract.places import find_places
    assert [(h.place, h.country) for h in find_places(text)] == places


UNDATED = {"on 9 May 2017": ("2017-05-09", "2017-05-09", "day")}


@pytest.mark.parametrize("text, found", [
    # in an undated text, what happened during a dated visit takes the visit's day
    ("Arjun Rao visited Seoul on 9 May 2017. He received the Seoul Peace Prize from Kim Min-seo.",
     [("visit", "2017-05-09"), ("event", "2017-05-09")]),
    # a visit completed on a day began as many days before as it lasted
    ("Arjun Rao completed a two-day visit to Seoul on 9 May 2017.", [("visit", "2017-05-08")]),
    # leading a delegation to a city is a visit
    ("Arjun Rao led a business delegation to Seoul on 9 May 2017.", [("visit", "2017-05-09")]),
])
def test_dates_of_visits_in_undated_texts(text, found):
    got = extract_engagements(*inputs(text, PEOPLE, UNDATED, published=None), PAIR)
    assert [(e.kind, e.date.start if e.date else None) for e in got] == found


@pytest.mark.parametrize("text, countries", [
    # a dialogue whose name joins the two countries involves both, even when only one side is named as present
    ("Kim Min-seo opened the fifth India-Republic of Korea Strategic Dialogue in Seoul.", ("IND", "KOR")),
    ("The fifth Korea–India Strategic Dialogue was held in Seoul on Tuesday.", ("IND", "KOR")),
])
def test_a_bilateral_mechanism_involves_both_countries(text, countries):
    assert [e.countries for e in engagements(text)] == [countries]


@pytest.mark.parametrize("text, topics", [
    # a sentence with no engagement of its own, whose subject is the two sides, says what the talks were about
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. The two sides also discussed semiconductors and green hydrogen.",
     ("semiconductors", "green_hydrogen")),
    ("Secretary Nair co-chaired the 7th India-ROK Foreign Policy and Security Dialogue with Choi Joon. "
     "Discussions focused on shipbuilding.", ("shipbuilding_maritime",)),
    # ... or one of its participants
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. Kim highlighted the scope for joint work on semiconductors.",
     ("semiconductors",)),
    # a sentence about something else stays out
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. Exports of semiconductors rose last year.", ()),
])
def test_what_the_talks_covered_follows_them(text, topics):
    meeting = engagements(text)[0]
    assert (set(topics) <= set(meeting.topics), len(meeting.evidence)) == (True, 2 if topics else 1)


@pytest.mark.parametrize("text, found", [
    # the items of a planned list are planned
    ("Arjun Rao and Kim Min-seo agreed to step up exchanges, including a visit by Prime Minister Vikas Mehra to Seoul.",
     [("visit", "planned")]),
    # plural generic words name no single engagement
    ("Both countries will hold regular dialogues and visits.", []),
    # 'separate meetings' with two people are two engagements
    ("Secretary Nair held separate meetings with Choi Joon and Kim Min-seo in Seoul on Tuesday.",
     [("meeting", "held"), ("meeting", "held")]),
])
def test_planned_lists_and_generic_plurals(text, found):
    got = engagements(text)
    assert [(e.kind, e.status) for e in got] == found
    assert len({e.id for e in got}) == len(got)


def test_the_deliberations_refer_to_the_named_dialogue_not_a_bare_summit():
    text = ("Secretary Nair co-chaired the 7th India-ROK Foreign Policy and Security Dialogue with Choi Joon. "
            "Observers in both capitals recalled the summit of their leaders in 2015 as a milestone. "
            "During the deliberations held on Tuesday, the two sides reviewed trade.")
    dialogue = engagements(text)[0]
    assert (dialogue.kind, dialogue.date.start) == ("dialogue", "2024-03-12")


@pytest.mark.parametrize("text, found", [
    # what follows 'during their talks' is the main clause's: the talks were held
    ("Arjun Rao and Kim Min-seo during their talks in Seoul also agreed to expand shipbuilding ties.",
     [("meeting", "held", "2024-03-15")]),
    # held talks with no day of their own take the day of the sentence before, when it tells no engagement
    ("The defence ministers agreed on Tuesday to expand ties. Arjun Rao and Kim Min-seo during their talks in Seoul "
     "also agreed to hold joint research.", [("meeting", "held", "2024-03-12")]),
    # a summit told again as 'X met Y' is one summit; it was held on the day of the visit told in the past
    ("Prime Minister Vikas Mehra visited Seoul on Tuesday. The summit took place at the palace where "
     "Vikas Mehra met President Lee Ha-eun.", [("visit", "held", "2024-03-12"), ("summit", "held", "2024-03-12")]),
    # a pact signed at the summit was signed on the summit's day
    ("Vikas Mehra held a summit with President Lee Ha-eun on Tuesday. A nuclear pact between India and South Korea "
     "was signed at the summit.", [("summit", "held", "2024-03-12"), ("signing", "held", "2024-03-12")]),
])
def test_settings_and_days_borrowed(text, found):
    assert [(e.kind, e.status, e.date.start) for e in engagements(text)] == found


@pytest.mark.parametrize("text, pieces", [
    # a hard-wrapped news line is one sentence
    ("SEOUL, March 14 (Yonhap) -- India's trade minister will travel to Seoul next\n"
     "week to sign an upgraded trade pact with his counterpart, officials said.", 1),
    # a headline above the story stays apart
    ("India and Korea Agree to Expand Trade Ties in Seoul\n"
     "The trade ministers of India and South Korea agreed on Tuesday to widen the pact.", 2),
    # a menu of languages is no sentence of the story
    ("Home English Hindi Tamil Telugu Kannada Malayalam Marathi Gujarati Bengali\n"
     "The trade ministers of India and South Korea agreed on Tuesday to widen the pact.", 2),
])
def test_wrapped_lines_are_one_sentence(text, pieces):
    from bilat.extract.evidence import split_sentences_within
    from bilat.model import Sentence
    assert len(split_sentences_within(text, Sentence(0, len(text), text))) == pieces


@pytest.mark.parametrize("text, found", [
    # a commitment to convene a standing mechanism is also that session, planned, with its date and number
    ("The two sides agreed to convene the 7th Joint Committee in May.", [("dialogue", "planned", 7, "2024-05-01")]),
    # a day right after 'agreed' is the day of the decision; the session takes the date told for it
    ("Arjun Rao and Kim Min-seo agreed Tuesday to launch a 2+2 dialogue next month.",
     [("dialogue", "planned", None, "2024-04-01")]),
    # 'asked X to visit' is a plan, however the words are spaced
    ("Arjun Rao asked Kim Min-seo to  visit India.", [("visit", "planned", None, None)]),
    # 'at a function to sign' tells what the held function was for
    ("At a function to sign the shipbuilding pact on Tuesday, Arjun Rao praised Kim Min-seo.",
     [("signing", "held", None, "2024-03-12")]),
    # a visit first told undated and then dated in the future is one planned visit
    ("Officials discussed preparations for the visit of Prime Minister Vikas Mehra to Seoul. The visit is expected in May.",
     [("visit", "planned", None, "2024-05-01")]),
])
def test_plans_inside_commitments(text, found):
    assert [(e.kind, e.status, e.mechanism.ordinal if e.mechanism else None, e.date.start if e.date else None)
            for e in engagements(text)] == found


@pytest.mark.parametrize("text, participants", [
    # the visitor is named after 'the State Visit of', title and all
    ("Both ministers looked forward to the State Visit of the President Lee Ha-eun to India.", ["Lee Ha-eun"]),
])
def test_the_visitor_after_of(text, participants):
    assert [[p.name for p in e.participants] for e in engagements(text)] == [participants]


def test_leaders_meeting_on_the_sidelines_of_a_summit_is_their_summit():
    text = "Prime Minister Vikas Mehra met President Lee Ha-eun on the sidelines of the G20 Summit on Tuesday."
    assert [(e.kind, e.date.start) for e in engagements(text)] == [("summit", "2024-03-12")]


@pytest.mark.parametrize("text, found", [
    # 'here' is the city the story was filed from
    ("BUSAN, March 14 (Yonhap) -- Prime Minister Vikas Mehra met President Lee Ha-eun here on Tuesday.",
     [("Busan", "KOR")]),
    # 'the Korean capital' is Seoul; 'the capital' is the capital city the story names
    ("Arjun Rao met Kim Min-seo in the Korean capital on Tuesday.", [("Seoul", "KOR")]),
    ("Kim Min-seo is in New Delhi this week. Arjun Rao met Kim Min-seo in the Capital on Tuesday.",
     [("New Delhi", "IND")]),
    # a city whose name has a lower-case particle
    ("Prime Minister Vikas Mehra met President Lee Ha-eun in Rio de Janeiro on Tuesday.", [("Rio de Janeiro", "BRA")]),
])
def test_places_the_story_implies(text, found):
    assert [(e.location.place, e.location.country) for e in engagements(text)] == found


@pytest.mark.parametrize("text, found", [
    # a deadline dates a planned session to the period it names
    ("The two sides agreed to convene the 7th Joint Committee before the end of 2024.",
     [("dialogue", "planned", "2024-01-01")]),
    # 'since 2018' starts a count: the session took place on the day reported
    ("Arjun Rao and Kim Min-seo held the 11th Joint Commission, the first in Seoul since 2018.",
     [("dialogue", "held", "2024-03-15")]),
    # 'negotiators from the two sides' are not the ministers named before
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. Negotiators from the two sides last met in May.",
     [("meeting", "held", "2024-03-12")]),
])
def test_dates_from_the_right_words(text, found):
    assert [(e.kind, e.status, e.date.start) for e in engagements(text)] == found


@pytest.mark.parametrize("text, found", [
    # the name given after the exercise is its mechanism; the name and 'Republic' take no part
    ("The navies of India and the Republic of Korea began their first bilateral naval exercise, Blue Current, off Busan on Tuesday.",
     [("exercise", "Blue Current", 1, [])]),
    ("India and South Korea held a maritime drill known as Sea Bridge off Chennai on Tuesday.",
     [("exercise", "Sea Bridge", None, [])]),
    # a named event whose head is 'Exercise' is an exercise, numbered by its own words
    ("INS Tarang reached Busan for the Maiden India-Korea Coastal Exercise on Tuesday.",
     [("exercise", "Maiden India-Korea Coastal Exercise", 1, [])]),
])
def test_named_exercises(text, found):
    people = {**PEOPLE, "Blue Current": ("Blue Current", None, None), "Republic": ("Republic", None, None)}
    got = extract_engagements(*inputs(text, people, DATES), PAIR)
    assert [(e.kind, e.mechanism.name if e.mechanism else None, e.mechanism.ordinal if e.mechanism else None,
             [p.name for p in e.participants]) for e in got] == found


@pytest.mark.parametrize("text, title", [
    ("Arjun Rao spoke over the phone with Kim Min-seo on Tuesday.", "Call between Arjun Rao and Kim Min-seo"),
    ("Arjun Rao and Kim Min-seo signed a memorandum on Tuesday.", "Signing: Arjun Rao and Kim Min-seo"),
    ("India and South Korea signed three memoranda in Seoul on Tuesday.", "Signing: in Seoul"),
    ("Secretary Nair co-chaired the 7th India-ROK Foreign Policy and Security Dialogue with Choi Joon.",
     "7th Foreign Policy and Security Dialogue"),
])
def test_titles_read_by_kind(text, title):
    assert [e.title for e in engagements(text)] == [title]


@pytest.mark.parametrize("text, found", [
    # 'the working group', 'the Dialogue' after the body's name: that body
    ("Arjun Rao and Kim Min-seo co-chaired the inaugural meeting of the India-Korea Rail Working Group on Tuesday. "
     "The next meeting of the working group will be held in Pune next month.",
     [("Rail Working Group", 1, "held"), ("Rail Working Group", 2, "planned")]),
    ("The first India-Korea Dialogue on Space Security was held in Seoul on Tuesday with Arjun Rao and Kim Min-seo. "
     "The second round of the Dialogue will take place in Pune next month.",
     [("Dialogue on Space Security", 1, "held"), ("Dialogue on Space Security", 2, "planned")]),
    # 'its first meeting': a session of the body just named
    ("Arjun Rao and Kim Min-seo agreed to set up an India-Korea Rail Working Group and to hold its first meeting in Pune in May.",
     [("Rail Working Group", 1, "planned")]),
    # a body nobody named is no engagement
    ("Arjun Rao said the committee will meet in Pune in May.", []),
])
def test_bodies_named_before(text, found):
    got = engagements(text)
    assert [(e.mechanism.name, e.mechanism.ordinal, e.status) for e in got if e.mechanism] == found


@pytest.mark.parametrize("text, found", [
    # called off, deferred, will not take place, was to have: the engagement stays, cancelled
    ("The talks between Arjun Rao and Kim Min-seo planned for next month were called off.", [("meeting", "cancelled")]),
    ("Arjun Rao's visit to Seoul next month has been deferred.", [("visit", "cancelled")]),
    ("Kim Min-seo's visit to India next month will not take place.", [("visit", "cancelled")]),
    ("Arjun Rao was to have met Kim Min-seo in Seoul next month.", [("meeting", "cancelled")]),
    # a plan told in the sentence of its cancellation is cancelled too
    ("Arjun Rao was to have held talks with Kim Min-seo in Seoul on March 11, the first meeting of the two ministers.",
     [("meeting", "cancelled")]),
])
def test_cancelled_engagements(text, found):
    assert [(e.kind, e.status) for e in engagements(text)] == found


@pytest.mark.parametrize("text, found", [
    # 'on Tuesday postponed a visit': Tuesday dates the postponement, the visit keeps its own date
    ("Seoul on Tuesday postponed a visit to India by Kim Min-seo that had been set for next month.",
     [("visit", "cancelled", "2024-04-01", ["Kim Min-seo"])]),
])
def test_the_day_of_a_cancellation_is_not_the_visits(text, found):
    assert [(e.kind, e.status, e.date.start, [p.name for p in e.participants]) for e in engagements(text)] == found


@pytest.mark.parametrize("text, people, found", [
    # the visitor after 'visit to PLACE by'
    ("Kim Min-seo will pay a visit to India by invitation of Arjun Rao next month.", {}, ["Kim Min-seo"]),
    ("India welcomed the visit to Seoul by Defence Minister Arjun Rao on Tuesday.", {}, ["Arjun Rao"]),
    # someone who says something about a visit is not its visitor
    ("Spokesman Tom Baker said the visit to Seoul on Tuesday went well.", {}, []),
    # a questioner in a transcript label, or a spokesperson, takes no part
    ("Question (Nila Das, Daily Post): Will Kim Min-seo visit Pune next month?",
     {"Nila Das": ("Nila Das", "IND", None)}, ["Kim Min-seo"]),
    ("Ministry spokesperson Nila Das met Kim Min-seo in Seoul on Tuesday.",
     {"Nila Das": ("Nila Das", "IND", "Ministry spokesperson")}, ["Kim Min-seo"]),
])
def test_reporters_and_questioners_take_no_part(text, people, found):
    got = extract_engagements(*inputs(text, {**PEOPLE, **people}, DATES), PAIR)
    assert [p.name for e in got for p in e.participants] == found


@pytest.mark.parametrize("text, found", [
    # 'the second day' of a visit counts from the day the visit begins, not from the day it was announced
    ("President Lee Ha-eun will arrive in New Delhi on Tuesday, her office announced on Sunday. "
     "On the second day, she will meet Prime Minister Vikas Mehra.",
     [("visit", "2024-03-12"), ("summit", "2024-03-13")]),
    # a plan told undated takes the last future day its paragraph named
    ("On Wednesday, President Lee Ha-eun will hold talks with Prime Minister Vikas Mehra in New Delhi. "
     "She will then call on Defence Minister Arjun Rao.",
     [("summit", "2024-03-13"), ("meeting", "2024-03-13")]),
    # not the day of another paragraph
    ("On Wednesday, President Lee Ha-eun will hold talks with Prime Minister Vikas Mehra in New Delhi.\n\n"
     "She will also call on Defence Minister Arjun Rao.",
     [("summit", "2024-03-13"), ("meeting", None)]),
])
def test_days_of_an_itinerary(text, found):
    dates = {"on Tuesday": ("2024-03-12", "2024-03-12", "day"), "on Sunday": ("2024-03-10", "2024-03-10", "day"),
             "On Wednesday": ("2024-03-13", "2024-03-13", "day")}
    got = extract_engagements(*inputs(text, PEOPLE, dates, published="2024-03-10"), PAIR)
    assert [(e.kind, e.date.start if e.date else None) for e in got] == found


@pytest.mark.parametrize("text, found", [
    # the two leaders of a plan act in it; 'the exchange of agreements' names a new signing
    ("Prime Minister Vikas Mehra will hold talks with President Lee Ha-eun next month. "
     "After the talks, the two leaders will witness the exchange of agreements on ports.",
     [("summit", ["Vikas Mehra", "Lee Ha-eun"]), ("signing", ["Vikas Mehra", "Lee Ha-eun"])]),
    # a future session of a body has its own people, not the group told before
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. The two sides will convene the 5th Joint Committee next month.",
     [("meeting", ["Arjun Rao", "Kim Min-seo"]), ("dialogue", [])]),
])
def test_the_group_of_a_plan(text, found):
    assert [(e.kind, [p.name for p in e.participants]) for e in engagements(text)] == found


@pytest.mark.parametrize("text, found", [
    # the filing date before the story dates nothing; 'the visit of about 30 hours' is the visit told before
    ("date 2024-03-15 Prime Minister Vikas Mehra will pay a state visit to South Korea. "
     "The visit of about 30 hours begins on March 21 in Seoul.",
     [("visit", "planned", ["Vikas Mehra"], "2024-03-21")]),
    # 'met' after 'the ministers of both countries' tells a meeting; the next sentence names who met
    ("The defence ministers of both countries met in Seoul on Tuesday. "
     "Arjun Rao and Kim Min-seo held wide-ranging talks on shipbuilding.",
     [("meeting", "held", ["Arjun Rao", "Kim Min-seo"], "2024-03-12")]),
    # a signing naming no one, told next to a visit of the pair, was signed during it
    ("Defence Minister Arjun Rao visited Seoul on Tuesday, the first trip by an Indian defence minister to South Korea. "
     "The signing of two memoranda on defence research marked the high point of the trip.",
     [("visit", "held", ["Arjun Rao"], "2024-03-12"), ("signing", "held", [], "2024-03-12")]),
    # the talks a visit is for are the visitor's too
    ("Prime Minister Vikas Mehra will visit South Korea for talks with President Lee Ha-eun on March 21.",
     [("visit", "planned", ["Vikas Mehra"], None), ("summit", "planned", ["Vikas Mehra", "Lee Ha-eun"], "2024-03-21")]),
])
def test_reports_read_across_sentences(text, found):
    dates = {**DATES, "2024-03-15": ("2024-03-15", "2024-03-15", "day"), "on March 21": ("2024-03-21", "2024-03-21", "day")}
    got = extract_engagements(*inputs(text, PEOPLE, dates), PAIR)
    assert [(e.kind, e.status, [p.name for p in e.participants], e.date.start if e.date else None) for e in got] == found


@pytest.mark.parametrize("text, found", [
    # the day of a decision dates the talks told as its occasion, and what was signed during them
    ("India and South Korea agreed on Tuesday to expand defence research, as Arjun Rao held talks with Kim Min-seo in Seoul. "
     "During the talks, the two sides signed a memorandum on drones.",
     [("meeting", "2024-03-12"), ("signing", "2024-03-12")]),
    # but not a session the decision plans
    ("Arjun Rao and Kim Min-seo agreed on Tuesday to hold talks in Seoul.", [("meeting", None)]),
])
def test_the_occasion_of_a_decision(text, found):
    assert [(e.kind, e.date.start if e.date else None) for e in engagements(text)] == found


@pytest.mark.parametrize("text, date", [
    # a day of the visit's stated span is a stop: the visit keeps its first day
    ("Arjun Rao paid a visit to Korea from 18-20 March. Arjun Rao also visited a shipyard in Busan on 20 March.",
     ("2024-03-18", "2024-03-18", "day")),
])
def test_a_stop_keeps_the_visits_span(text, date):
    visit = next(e for e in engagements(text) if e.kind == "visit")
    assert (visit.date.start, visit.date.end, visit.date.precision) == date


@pytest.mark.parametrize("pieces, joined", [
    # a parser's cut after a title or an initial is one sentence
    (["Arjun Rao called on Minister Smt.", "Kim Min-seo on Monday."],
     ["Arjun Rao called on Minister Smt. Kim Min-seo on Monday."]),
    (["The talks were led by Dr.", "Kim Min-seo.", "They ended late."],
     ["The talks were led by Dr. Kim Min-seo.", "They ended late."]),
    (["Arjun Rao met Kim Min-seo.", "They discussed ships."], ["Arjun Rao met Kim Min-seo.", "They discussed ships."]),
])
def test_sentences_cut_after_a_title_are_joined(pieces, joined):
    text, sentences = " ".join(pieces), []
    for piece in pieces:
        start = text.index(piece)
        sentences.append(Sentence(start, start + len(piece), piece))
    assert [s.text for s in joined_after_titles(text, sentences)] == joined


@pytest.mark.parametrize("text, found", [
    # the day a stay ends dates the visit's end (it began two days before), not the talks held during it
    ("Choi Joon held talks with Secretary Nair during his three-day stay in India, which ends on Wednesday.",
     [("meeting", "2024-03-11", "2024-03-13"), ("visit", "2024-03-11", "2024-03-11")]),
    # an arrival day and the stay's length date what is done during the stay to the whole stay
    ("Arjun Rao is scheduled to arrive on Wednesday for a three-day stay, during which he will sign a pact with Kim Min-seo.",
     [("signing", "2024-03-13", "2024-03-15")]),
])
def test_the_days_of_a_stay(text, found):
    dates = {"on Wednesday": ("2024-03-13", "2024-03-13", "day")}
    got = extract_engagements(*inputs(text, PEOPLE, dates, published="2024-03-10"), PAIR)
    assert [(e.kind, e.date.start, e.date.end) for e in got] == found


def test_what_a_meeting_referred_back_to_will_do_is_no_new_plan():
    text = ("Arjun Rao and Kim Min-seo concluded their talks in New Delhi on Tuesday. "
            "As Rao put it to his counterpart, ties are set to grow further and the meeting between them will give them new momentum.")
    assert [(e.kind, e.status) for e in engagements(text)] == [("meeting", "held")]


@pytest.mark.parametrize("text, basis", [
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday.", "text"),
    ("Arjun Rao met Kim Min-seo in Seoul.", "document"),       # held, undated: the report's own day
    ("Arjun Rao will meet Kim Min-seo in Seoul.", None),       # a plan with no date has none
])
def test_where_the_date_comes_from(text, basis):
    assert [e.date_basis for e in engagements(text)] == [basis]


@pytest.mark.parametrize("text, found", [
    # a dated visit to one side, its visitor unnamed, is the other side's visit
    ("Trade has grown slowly. A prime ministerial visit to Seoul in 2015 upgraded ties.",
     [("visit", [], "KOR")]),
    # ... but not when a named visitor's visit is told again
    ("Kim Min-seo arrived in India on Tuesday for a three-day visit. The minister's visit to India in March was his first.",
     [("visit", ["Kim Min-seo"], "IND")]),
    # 'the latter' is the last person named before, 'the former' the first
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. The latter also visited India in May.",
     [("meeting", ["Arjun Rao", "Kim Min-seo"], "KOR"), ("visit", ["Kim Min-seo"], "IND")]),
    # ... or of the pair named across this sentence and the one before
    ("Arjun Rao reached Seoul on Tuesday. Kim Min-seo signed two pacts with him in Seoul during the former's visit.",
     [("signing", ["Kim Min-seo", "Arjun Rao"], "KOR"), ("visit", ["Arjun Rao"], "KOR")]),
    # 'the Prime Minister' is the one person named with that title
    ("Prime Minister Vikas Mehra met President Lee Ha-eun on Tuesday. The Prime Minister's visit to Seoul in May was postponed.",
     [("summit", ["Vikas Mehra", "Lee Ha-eun"], None), ("visit", ["Vikas Mehra"], "KOR")]),
])
def test_visitors_named_and_unnamed(text, found):
    dates = {"on Tuesday": ("2024-03-12", "2024-03-12", "day"), "in 2015": ("2015-01-01", "2015-12-31", "year"),
             "in May": ("2024-05-01", "2024-05-31", "month"), "in March": ("2024-03-01", "2024-03-31", "month")}
    got = extract_engagements(*inputs(text, PEOPLE, dates), PAIR)
    assert [(e.kind, [p.name for p in e.participants], e.location.country) for e in got] == found


@pytest.mark.parametrize("text, found", [
    # a practice, not an engagement
    ("Arjun Rao met Kim Min-seo in Seoul on Tuesday. India expressed support for dialogue and diplomacy on the peninsula.",
     [("meeting", None)]),
    # 'the negotiations' are not the named Dialogue told before
    ("Arjun Rao and Kim Min-seo held the 3rd Strategic Dialogue in Seoul on Tuesday. "
     "They asked officials to conclude the negotiations on market access soon.", [("dialogue", "Strategic Dialogue")]),
    # a named process is no engagement; a round of it held is
    ("Korean firms are watching the CEPA upgrade negotiations closely, Kim Min-seo said in Seoul.", []),
    ("India and South Korea held the 8th round of CEPA upgrade negotiations in Seoul on Tuesday.",
     [("dialogue", "CEPA upgrade negotiations")]),
])
def test_practices_and_processes_are_no_engagements(text, found):
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert [(e.kind, e.mechanism.name if e.mechanism else None) for e in got] == found


@pytest.mark.parametrize("text, found", [
    # a code name in capitals before the head word names the exercise; another edition is another exercise
    ("The navies of India and South Korea will hold the second JIMEX exercise off Goa next month. "
     "The first edition of the exercise was held off Busan in 2018.",
     [("exercise", "planned", "JIMEX", 2), ("exercise", "held", "JIMEX", 1)]),
])
def test_editions_of_an_exercise(text, found):
    dates = {"next month": ("2024-04-01", "2024-04-30", "month"), "in 2018": ("2018-01-01", "2018-12-31", "year")}
    got = extract_engagements(*inputs(text, PEOPLE, dates), PAIR)
    assert [(e.kind, e.status, e.mechanism.name, e.mechanism.ordinal) for e in got] == found


@pytest.mark.parametrize("text, day", [
    # the day officials spoke is not the day of what they told
    ("Arjun Rao met Kim Min-seo in Seoul last week, officials said on Tuesday.", "2024-03-15"),
    # ... unless they spoke right after it
    ("Arjun Rao said on Tuesday after meeting Kim Min-seo in Seoul that ties were strong.", "2024-03-12"),
])
def test_the_day_of_a_statement(text, day):
    got = engagements(text)
    assert [e.date.start for e in got] == [day]


@pytest.mark.parametrize("text, found", [
    # a trigger with a date of its own right after it claims no date before it
    ("Arjun Rao and Kim Min-seo met in Vientiane in July and spoke on the phone last month.",
     [("meeting", "2023-07-01"), ("call", "2024-02-01")]),
    # the visit a signing was done during took place then too
    ("India and South Korea signed a pact in July, during the India visit of President Lee Ha-eun.",
     [("signing", "2023-07-01"), ("visit", "2023-07-01")]),
])
def test_dates_shared_and_claimed(text, found):
    dates = {"in July": ("2023-07-01", "2023-07-31", "month"), "last month": ("2024-02-01", "2024-02-29", "month")}
    got = extract_engagements(*inputs(text, PEOPLE, dates), PAIR)
    assert sorted((e.kind, e.date.start if e.date else None) for e in got) == sorted(found)


@pytest.mark.parametrize("text, status", [
    # the subject's main verb, past its relative clause, tells the status
    ("The visit of the Defence Minister of the Republic of Korea, Mr. Kim Min-seo, to India, which had been "
     "planned for next week, has been postponed.", "cancelled"),
    ("The 5th Joint Commission, which was to be co-chaired by Arjun Rao and Kim Min-seo, will now be held in May.",
     "planned"),
    # what an engagement will do is no plan of it
    ("The signing of two MoUs between India and South Korea will give a boost to ties.", "held"),
])
def test_the_main_verb_of_the_subject(text, status):
    dates = {"next week": ("2024-03-18", "2024-03-24", "week"), "in May": ("2024-05-01", "2024-05-31", "month")}
    got = extract_engagements(*inputs(text, PEOPLE, dates), PAIR)
    assert got and got[0].status == status


@pytest.mark.parametrize("text, found", [
    # a roundtable held on the sidelines of a dated body took place that day
    ("Arjun Rao and Kim Min-seo held the 2nd Joint Trade Committee in Seoul on Tuesday. On the sidelines of the Committee, "
     "the two sides co-hosted a Business Roundtable attended by 40 companies.",
     [("dialogue", "2024-03-12"), ("event", "2024-03-12")]),
    # 'the 3rd Committee meeting' is a session of the committee named before
    ("Arjun Rao and Kim Min-seo held the 2nd Joint Trade Committee in Seoul on Tuesday. "
     "The two sides agreed to hold the 3rd Committee meeting in New Delhi next year.",
     [("dialogue", "2024-03-12"), ("dialogue", "2025-01-01")]),
    # a date in a 'since' clause counts from it; it dates no trip
    ("Kim Min-seo will visit New Delhi next month. It will be his first trip to South Asia since he took up the post last August.",
     [("visit", "2024-04-01")]),
])
def test_settings_sessions_and_counts(text, found):
    dates = {"on Tuesday": ("2024-03-12", "2024-03-12", "day"), "next year": ("2025-01-01", "2025-12-31", "year"),
             "next month": ("2024-04-01", "2024-04-30", "month"),
             "last August": ("2023-08-01", "2023-08-31", "month")}
    got = extract_engagements(*inputs(text, PEOPLE, dates), PAIR)
    assert [(e.kind, e.date.start if e.date else None) for e in got] == found


def test_delegation_leaders_named_after_the_talks_took_part():
    text = ("The 4th Strategic Dialogue was held in Seoul on Tuesday. The Indian delegation was led by Secretary Nair. "
            "The Korean delegation was headed by Choi Joon.")
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert [(e.kind, sorted(p.name for p in e.participants)) for e in got] == [("dialogue", ["Choi Joon", "Devi Nair"])]


def test_a_stay_that_concludes_began_days_before():
    text = "Talks were held with Choi Joon, whose three-day visit to India concludes on 20 March."
    got = extract_engagements(*inputs(text, PEOPLE, {"on 20 March": ("2024-03-20", "2024-03-20", "day")}), PAIR)
    assert [(e.kind, e.date.start) for e in got if e.kind == "visit"] == [("visit", "2024-03-18")]


def test_the_korean_president_is_not_the_korean_minister_named_before():
    text = ("Kim Min-seo met Arjun Rao in Seoul on Tuesday. Reporters asked whether a visit by the Korean President "
            "to India was planned.")
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert not any(p.name == "Kim Min-seo" for e in got if e.kind == "visit" for p in e.participants)


@pytest.mark.parametrize("text, found", [
    # a body being founded is no session of it
    ("India and South Korea agreed to set up a Joint Working Group on Shipbuilding by June.", []),
    # ... but a dialogue set up is its first session, planned
    ("India and South Korea agreed to set up a 2+2 ministerial dialogue next year.", [("dialogue", "planned")]),
])
def test_founding_a_body(text, found):
    dates = {"by June": (None, "2024-06-30", "month"), "next year": ("2025-01-01", "2025-12-31", "year")}
    got = extract_engagements(*inputs(text, PEOPLE, dates), PAIR)
    assert [(e.kind, e.status) for e in got] == found


@pytest.mark.parametrize("text, found", [
    # the institution told of, no session of it
    ("Trade is stuck. The Joint Commission of India and South Korea has met only twice in a decade.", []),
    # a plan to hold it is one
    ("India and South Korea agreed to hold the Joint Commission at an early date.", [("dialogue", "planned")]),
])
def test_an_institution_or_a_session(text, found):
    got = extract_engagements(*inputs(text, PEOPLE, {}), PAIR)
    assert [(e.kind, e.status) for e in got] == found


def test_a_trip_to_another_region_is_no_visit_of_the_pair():
    text = "Arjun Rao met Kim Min-seo in Seoul on Tuesday. During Kim Min-seo's tour of Europe last month, trade was discussed."
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert [e.kind for e in got] == ["meeting"]


def test_witnessing_the_exchange_of_two_mous_is_a_signing():
    text = "Arjun Rao and Kim Min-seo on Tuesday witnessed the exchange of two MoUs in Seoul."
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert ("signing", "2024-03-12") in [(e.kind, e.date.start) for e in got]


def test_a_headline_signing_is_the_signing_the_story_tells():
    text = ("India, South Korea sign five pacts as President Lee Ha-eun holds talks\n\n"
            "India and South Korea on Tuesday signed five agreements in New Delhi in the presence of "
            "Prime Minister Vikas Mehra.")
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert [e.kind for e in got].count("signing") == 1


def test_a_hope_to_meet_is_no_engagement():
    text = ("Arjun Rao and Kim Min-seo held a video conference on Tuesday. "
            "The two ministers expressed the hope to meet in person once travel resumes.")
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert [e.kind for e in got] == ["call"]


def test_the_chiefs_who_met_in_a_city_are_the_ministers_named_meeting_there():
    text = ("The defence chiefs of the two countries met in Seoul on Tuesday. "
            "Defence Minister Arjun Rao and Kim Min-seo held talks in Seoul on ways to expand joint production.")
    got = extract_engagements(*inputs(text, PEOPLE, {"on Tuesday": ("2024-03-12", "2024-03-12", "day")}), PAIR)
    assert [(e.kind, e.date.start) for e in got] == [("meeting", "2024-03-12")]
