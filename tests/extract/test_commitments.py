import pytest

from bilat.extract.commitments import extract_commitments
from extraction_inputs import inputs

PAIR = ("IND", "KOR")
PEOPLE = {"Kim Min-seo": ("Kim Min-seo", "KOR", "Foreign Minister"),
          "Arjun Mehta": ("Arjun Mehta", "IND", "Commerce Minister")}
DATES = {
    "in the first quarter of 2025": ("2025-01-01", "2025-03-31", "quarter"),
    "by 2030": (None, "2030-12-31", "year"),
    "by June 2026": (None, "2026-06-30", "month"),
    "in September": ("2024-09-01", "2024-09-30", "month"),
    "at the earliest": None,
    "on Monday": ("2024-03-11", "2024-03-11", "day"),
    "on Tuesday": ("2024-03-12", "2024-03-12", "day"),
    "on Wednesday": ("2024-03-13", "2024-03-13", "day"),
    "from May 2 to 5": ("2024-05-02", "2024-05-05", "day"),
    "in 2026": ("2026-01-01", "2026-12-31", "year"),
}


def commitments(text):
    return extract_commitments(*inputs(text, PEOPLE, DATES), PAIR)


@pytest.mark.parametrize("text, strength", [
    ("Both sides agreed to convene the third Steering Committee meeting.", "firm"),
    ("India and South Korea decided to set up a joint working group on shipbuilding.", "firm"),
    ("India will send a delegation to the defence exhibition in Seoul in September.", "firm"),
    ("During the visit, he'll hold talks with the Korean trade minister.", "firm"),
    ("She is also scheduled to attend the opening of the Korean cultural centre.", "firm"),
    ("The second MoU signed is for cooperation in shipbuilding research.", "firm"),
    ("The two sides agreed to explore cooperation in critical minerals.", "qualified"),
    ("Both countries will continue to work on a smoother visa regime.", "qualified"),
    ("Kim Min-seo expressed hope that the trade pact would be upgraded soon.", "aspirational"),
    ("Indian shipyards are gearing up to bid for Korean orders.", "aspirational"),
    ("Kim Min-seo intends to visit New Delhi in September.", "aspirational"),
    ("The two leaders look forward to doubling bilateral trade by 2030.", "aspirational"),
    # someone's hope of a target is hoped for
    ("Kim Min-seo's hope of $40 billion in two-way trade by 2030 is widely shared in Seoul.", "aspirational"),
    # what a signed document is for, never softened
    ("An MoU between the two coast guards was inked in Seoul on Wednesday to cooperate in search and rescue.", "firm"),
    ("An agreement on the tourism office was signed to continue its operations in Busan.", "firm"),
    ("The third MoU between ISRO and KARI aims at joint work on lunar landers.", "firm"),
    # provisions of a pact, told in the passive
    ("Under the pact, duties will be reduced on most textile lines over eight years.", "firm"),
    ("Arjun Mehta responded by promising an early conclusion of the shipping pact.", "firm"),
    # a guest's programme
    ("Kim Min-seo will be in India from May 2 to 5.", "firm"),
    ("Kim Min-seo will be the chief guest at the Pongal festival in Chennai.", "firm"),
    # wishes and possibilities
    ("The two sides want to draw up a roadmap for defence exports.", "aspirational"),
    ("They discussed the possibility of a visit to Seoul by the Indian President next year.", "aspirational"),
    # expected or likely: hoped for, whoever expects it (commitments.md)
    ("Kim Min-seo is expected to visit New Delhi in September, her office said.", "aspirational"),
    ("Aides said the two ministers were likely to sign a memorandum on port logistics.", "aspirational"),
    ("Diplomats said the summit is expected to take place in Goa in the autumn.", "aspirational"),
    ("Kim Min-seo said the two governments are working towards easier work permits for nurses.", "qualified"),
    # an agreement reported later, with its setting in between
    ("The ministers had agreed, at their talks in Pune in March, to set up a fisheries task force.", "firm"),
    ("It was agreed that the fourth Joint Working Group on fisheries will be held in Busan.", "firm"),
    # an invitation accepted is a promise to do what it asked
    ("Arjun Mehta invited Kim Min-seo to visit Kolkata, and Kim Min-seo accepted the invitation.", "firm"),
    # an invitation told in the sentence before, or accepted in a relative clause
    ("Arjun Mehta conveyed an invitation to the Korean premier to visit Kolkata in 2026. "
     "The Korean side accepted the invitation with thanks.", "firm"),
    ("Arjun Mehta invited Kim Min-seo to open the Pune trade fair, which was accepted.", "firm"),
    # a wire-style 'agreed Tuesday to', and an open-ended widening
    ("India and Korea agreed Tuesday to widen cooperation in shipbuilding and port logistics, officials said.", "qualified"),
    # what a signed memorandum sets up, or provides for
    ("The ministers signed an MoU establishing a Joint Steel Council, which will meet twice a year.", "firm"),
    ("A memorandum was exchanged at the forum, under which the two agencies will run a joint incubator.", "firm"),
    # an event put off is still to be held; a session that goes ahead
    ("The minister's trip will be rescheduled at the earliest, the ministry said.", "firm"),
    ("The fifth round of the Steel Dialogue will go ahead in Pune on Tuesday, officials said.", "firm"),
    # a programme step that also launches something is kept; an official's call without a day frame too
    ("Arjun Mehta will address a trade forum in Busan and launch a joint incubator for start-ups.", "firm"),
    ("Kim Min-seo will also call on the Indian President.", "firm"),
    # agreeing that, agreed on a thing, a pledge, being due to
    ("Arjun Mehta spoke to Kim Min-seo, agreeing that the two countries should hold a trade summit soon.", "firm"),
    ("The two ministers agreed on a joint task force for port logistics.", "firm"),
    ("The 2019 summit set several targets, including a pledge to raise two-way trade to $40 billion by 2030.", "firm"),
    ("Kim Min-seo is due to travel to Pune on Friday for talks with Arjun Mehta.", "firm"),
    # a goal set, a target named by its figure, a plan under consideration
    ("The ministers set a goal of lifting two-way trade to $40 billion by 2030.", "aspirational"),
    ("Trade is still well short of the $40 billion target set by the two governments.", "aspirational"),
    ("Kim Min-seo said the ministry was considering a trade mission to Pune next year.", "qualified"),
    # an acceptance told with 'saying', or with the acceptance quoted
    ("Kim Min-seo invited Arjun Mehta to Seoul, and he accepted, saying he would visit Busan in May.", "firm"),
    ('Kim Min-seo invited Arjun Mehta to open the Busan port fair, which was "gladly accepted".', "firm"),
    # an event still to be held, however it is put
    ("The Steel Dialogue, which was to be chaired by the two ministers, will now be held at an early date.", "firm"),
    ("The fourth Port Dialogue agreed on a working group for shipbuilding.", "firm"),
    ("The two ministers agreed to mark the tenth anniversary of the shipping pact with a seminar in Pune.", "firm"),
    ("The two ministers asked their trade negotiators to finish the tariff text by June 2026.", "firm"),
    # ships paying a visit are the navy's promise
    ("Two Korean frigates will be on a three-day visit to Kochi from May 2 to 5.", "firm"),
    ("Two Indian destroyers will arrive in Busan on Monday for a four-day port call.", "firm"),
])
def test_strength(text, strength):
    assert [c.strength for c in commitments(text)] == [strength]


@pytest.mark.parametrize("text", [
    # a negated subject tells what will not come about, no promise
    "None of this will happen unless India and South Korea treat the relationship as a priority.",
    "The two ministers welcomed the progress made in defence industry cooperation.",
    "Both sides noted the growing trade between the two countries.",
    "The Korean side appreciated India's role in the Indo-Pacific.",
    "They reaffirmed the importance of the Special Strategic Partnership.",
    # an event or the relationship as subject: an expected effect
    "The visit will give a fresh push to the partnership.",
    "Officials said the joint exercise will include anti-submarine drills off the coast.",
    "Bilateral ties will expand in all areas under the new government.",
    # nothing a later report could show done
    "Both sides resolved to take their strategic partnership to new heights in all fields.",
    # a purpose of what was signed, not a promise
    "India and South Korea signed four MoUs with an aim to deepen cooperation in shipping.",
    # a shared view, nothing to be done
    "The delegates agreed that the annual forum has been a valuable platform since 2015.",
    # the subject is an event, even behind an aside or after 'hoped that'
    "The drill, held in two phases off Goa, aims to sharpen coordination between the two coast guards.",
    "The Korean minister hoped that his trip would open a new chapter.",
    # only relationship words, the other side's government included
    "Kim Min-seo hoped to work with him and the Indian government for the mutual benefit of both peoples.",
    # a cut-off sentence names nothing
    "The ministry said in a statement that the trip will provide an",
    # the reporter's own guess, with no one saying so (commitments.md)
    "Kim Min-seo is expected to visit New Delhi in September.",
    # what signed memoranda will bring: an effect
    "The minister said the two MoUs would give a big lift to the shipping sector.",
    # the reporter's programme of a trip: a third country, a leg before going home
    "The Prime Minister will leave for Fiji on Tuesday.",
    "Kim Min-seo will tour a steel mill in Pune on Sunday before returning home.",
    "Arjun Mehta will fly to Busan on Friday before heading to Tokyo.",
    # denied or described, not promised
    "The talks broke up without agreement on tariff quotas, an official said.",
    "It was the first joint drill to be held in the Bay of Bengal since 2019.",
    # a wish of someone else's
    "A shipyard executive said Seoul would like the visit to yield a repair deal.",
    # what an exercise phase covers, after its event subject
    "The harbour phase, set for next week, will involve two corvettes, and will cover gunnery, boarding drills and replenishment.",
    # a lifted relationship, then the next sentence glued on by a footnote mark
    "They agreed to elevate the partnership to a special level.3 The summit itself ended early.",
    # steps of a visit's programme, told by the reporter
    "On the second day, the Korean Prime Minister will lay a wreath at the war memorial.",
    "Kim Min-seo will pay homage at the national cemetery before the talks.",
    "The President will host a state banquet for the visiting leader on Thursday evening.",
    "On Friday, Arjun Mehta will hold talks with the Korean premier at the presidential office.",
    "Arjun Mehta will address a gathering of Indian students at a Seoul university.",
    # what a company will do under a contract
    "Seomyeon Heavy Industries won the order. Under the deal, Seomyeon will build the hull modules in Ulsan.",
    "The first 40 units are to be delivered by 2026 under the contract.",
    "A spokesman for the carmaker said the company would open a parts depot in Chennai next year.",
    # an analyst's or an executive's opinion
    '"The new yards will need thousands of welders," said Choi Ha-neul, a professor at a Busan university.',
    # the writer's own view or advice
    "In my view, both governments will have to publish their targets every year.",
    "Seoul must accept that Indian firms will want a larger share of the design work.",
    # a journalist's question
    "Question (Priya Nair, Daily Courier): Will the shipping pact be signed during the visit?",
    # denied, or the scope of a body
    "The new roadmap will not by itself settle the dispute over tariffs.",
    "The task force will cover ports, logistics and shipbuilding.",
    # a signed-document cue with nothing signed here
    "The standing committee oversees the agreement on cultural exchanges between the two countries.",
    # relationship talk
    "Both capitals promised a new era.",
    # a standing wish told as background
    "Officials in Seoul have long been keen to bring Indian engineers into Korean shipyards.",
    # a company or a trade body speaking of its own plans
    "Gimhae Aerospace said it will open a parts plant in Pune.",
    "A trade body official said the association would bring 30 firms to a fair in Chennai.",
    # ships as subjects: an exercise's programme
    "The two frigates will carry out boarding drills and a replenishment serial during the harbour phase.",
    # a relative clause with no subject of its own states an effect
    "The Steel Dialogue, which will review quotas, met in Pune.",
    # analysts as speakers, capitalized at the start of the sentence
    "Analysts said the plant would strengthen Gujarat's position as a shipbuilding hub.",
    # a company named after what it is, then the day it spoke
    "South Korean conglomerate Hanil Group on Wednesday announced plans to invest Rs 9,000 crore in a chip plant near Pune.",
    "The ministers decided that the talks had been useful.",
    # a website's notice to its reader
    "By continuing to use this site, you agree to our privacy terms.",
    # a past plan that was called off
    "A round that was to be held in Pune in May was called off after the floods.",
    # the briefing itself
    "I will make two announcements and then I will take your questions.",
    "A special briefing by the Trade Secretary will be held on Monday.",
    "We will share more details as the programme is finalised.",
    # upkeep of other promises
    "The two ministers agreed to keep in close touch on the shipping talks.",
    "The two sides will work out the dates through diplomatic channels.",
    # a company known by what it makes, and one speaking after an adverb
    "Gimhae Gears, a Busan-based maker of ship engines, said it plans to open a plant in Pune.",
    "Seomyeon Electronics said separately it plans to double output at its Noida plant.",
    # meetings with company heads on a trip
    "Arjun Mehta will meet executives of two Korean steelmakers in Busan on Monday.",
    # a trip to a third country's city is the reporter's programme
    "The Prime Minister will be in Rio de Janeiro from May 2 to 5.",
    # a sailor's feeling
    "A Korean cadet said he would remember the welcome in Kochi for years.",
])
def test_not_commitments(text):
    assert commitments(text) == []


@pytest.mark.parametrize("text, due, due_text", [
    ("The two sides will launch a trilateral technology dialogue in the first quarter of 2025.",
     ("2025-01-01", "2025-03-31", "quarter"), "in the first quarter of 2025"),
    ("Both sides agreed to double bilateral trade to 50 billion dollars by 2030.",
     ("2030-01-01", "2030-12-31", "year"), "by 2030"),
    ("India will open two new consulates in Korea by June 2026.", ("2026-06-01", "2026-06-30", "month"), "by June 2026"),
    ("Both sides agreed to convene the next Joint Commission at the earliest.", None, "at the earliest"),
    ("Both sides agreed to deepen cooperation in shipbuilding.", None, None),
    # the day something was said or held is not the due date
    ("Both sides agreed to open a joint shipyard in Gujarat, officials said on Monday.", None, None),
    ("They resolved to conclude the tariff talks as the trade ministers met in Seoul on Tuesday.", None, None),
    # signed on a day, promising something undated
    ("An MoU on shipbuilding was signed in Seoul on Wednesday to train welders in Chennai.", None, None),
    # a date after ', which' tells of the thing described, not the promise
    ("The ministers agreed to review the shipping pact, which took effect in 2026.", None, None),
])
def test_due(text, due, due_text):
    c = commitments(text)[0]
    found = (c.due.start, c.due.end, c.due.precision) if c.due else None
    assert (found, c.due_text) == (due, due_text)


@pytest.mark.parametrize("text, parties", [
    ("Both sides agreed to hold the next round of talks in Seoul.", ("IND", "KOR")),
    ("India will host the Korean defence minister in September.", ("IND",)),
    ("Kim Min-seo promised to send a trade mission to Mumbai.", ("KOR",)),
    # the subject, not the last name before the cue
    ("Arjun Mehta thanked Kim Min-seo for the invitation and hoped to open a trade office in Busan.", ("IND",)),
    ("Kim Min-seo said India would send a naval ship to the fleet review.", ("IND",)),
    ("The Indian side conveyed to the Korean delegation that it will send observers to the drill.", ("IND",)),
    ("Ministers from Korea and India decided to set up a port task force.", ("IND", "KOR")),
    ("Kim Min-seo and her Indian counterpart agreed to set up a visa task force.", ("IND", "KOR")),
    # a pronoun stands for the last person named
    ("Kim Min-seo arrives on Monday. She will open a Korean language centre in Pune.", ("KOR",)),
    # 'the two sides' of another pair's dialogue
    ("At the Japan-US dialogue, the two sides agreed to hold a drill near Guam.", ("JPN", "USA")),
])
def test_parties(text, parties):
    assert commitments(text)[0].parties == parties


@pytest.mark.parametrize("text, actions", [
    ("The two sides decided to focus on joint research, joint production and joint export.",
     ["focus on joint research, joint production and joint export"]),
    ("The ministers agreed to hold the 2+2 dialogue and the Joint Commission meeting in September.",
     ["hold the 2+2 dialogue", "hold the Joint Commission meeting in September"]),
    ("Both sides decided to begin talks on a shipping pact during a meeting between the Indian envoy, "
     "Kim Min-seo, and the trade minister at the G20 summit.",
     ["begin talks on a shipping pact during a meeting between the Indian envoy, Kim Min-seo, "
      "and the trade minister at the G20 summit"]),
])
def test_bundles_and_separate_commitments(text, actions):
    assert [c.action for c in commitments(text)] == actions


def test_commitment_evidence_quotes_the_sentence():
    text = "Trade grew. Both sides agreed to convene the fifth Steering Committee meeting at the earliest."
    c = commitments(text)[0]
    assert (c.evidence[0].quote, c.statement) == (text[12:], text[12:])


@pytest.mark.parametrize("text, actions, strengths", [
    ("Both sides agreed to deepen ties through regular engagements, including a planned summit and ministerial visits.",
     ["a planned summit"], ["aspirational"]),
    ("They agreed to deepen ties in 2025 through high-level engagements, including the Joint Commission meeting, "
     "the 2+2 dialogue and several other official-level dialogues.",
     ["the Joint Commission meeting", "the 2+2 dialogue"], ["firm", "firm"]),
])
def test_listed_engagements_are_the_promises(text, actions, strengths):
    found = commitments(text)
    assert ([c.action for c in found], [c.strength for c in found]) == (actions, strengths)


@pytest.mark.parametrize("text, actions", [
    # two 'to' verbs after one cue are two promises
    ("The two navies agreed to hold a joint drill in 2025 and to set up a hotline between their command centres.",
     ["hold a joint drill in 2025", "set up a hotline between their command centres"]),
    # 'and to hold its first meeting' is the same promise
    ("The ministers agreed to launch a Steel Committee and to hold its first meeting in Pune.",
     ["launch a Steel Committee and to hold its first meeting in Pune"]),
    # what follows ', which' describes the promise
    ("India will host the first Space Dialogue next year, which would bring scattered talks under one roof.",
     ["host the first Space Dialogue next year"]),
    # an order to officials is a promise; the ordered officials stay in it
    ("The two ministers instructed their trade officials to finish the rules of origin text by June 2026.",
     ["their trade officials to finish the rules of origin text by June 2026"]),
    ("Both sides undertook to open a joint shipbuilding training centre in Ulsan.",
     ["open a joint shipbuilding training centre in Ulsan"]),
    ("The leaders decided that the next Steel Dialogue would be convened in Pune.",
     ["the next Steel Dialogue would be convened in Pune"]),
    # a promise told back in a relative clause is about the thing the clause hangs on
    ("The first Steel Dialogue, which the two ministers had promised to convene at an early date, was held in Pune.",
     ["convene the first Steel Dialogue at an early date"]),
    ("The hotline, which both navies had undertaken to set up by June 2026, went live in May.",
     ["set up the hotline by June 2026"]),
    # a role word inside what is promised does not make the speaker an executive
    ("Kim Min-seo said the two countries would launch a joint CEO Forum in Pune.",
     ["launch a joint CEO Forum in Pune"]),
    # what the promised thing will do is part of the one promise
    ("The two ports signed an MoU to set up a joint desk that will guide shippers through customs.",
     ["set up a joint desk that will guide shippers through customs"]),
    # a possibility listed inside a promise is not a second promise
    ("The two sides agreed to explore cooperation in ship repair, including the possibility of joint yards in Kochi.",
     ["explore cooperation in ship repair, including the possibility of joint yards in Kochi"]),
])
def test_what_is_promised(text, actions):
    assert [c.action for c in commitments(text)] == actions


@pytest.mark.parametrize("text, actions", [
    # a noun 'plan' is the object of the pledge, not a second promise
    ("Arjun Mehta pledged support for the carmaker's plan to build a test track in Pune.",
     ["support for the carmaker's plan to build a test track in Pune"]),
    # different instances of one dialogue are two promises
    ("Both sides agreed to hold the first Steel Dialogue in May. They agreed to hold the second Steel Dialogue in 2026.",
     ["hold the first Steel Dialogue in May", "hold the second Steel Dialogue in 2026"]),
    # one trip told twice
    ("Kim Min-seo will travel to India next week. Kim Min-seo will be in India from May 2 to 5.",
     ["travel to India next week"]),
    # the wording that names the session wins over 'the next round'
    ("Both sides agreed to hold the next round of the Steel Dialogue in Pune. "
     "The ministers agreed to hold the fifth round of the Steel Dialogue in Pune.",
     ["hold the fifth round of the Steel Dialogue in Pune"]),
    # a headline's promise in other words
    ("Korea aims to finish port deal by March\nKim Min-seo said Korea hoped to sign the port deal in the first quarter of 2025.",
     ["sign the port deal in the first quarter of 2025"]),
    # the same month's deadline and the same subject, in other words
    ("India and Korea agreed to conclude talks on a shipping pact in September. "
     "The ministers directed negotiators to wrap up the shipping text in September.",
     ["negotiators to wrap up the shipping text in September"]),
])
def test_each_promise_once(text, actions):
    assert [c.action for c in commitments(text)] == actions


@pytest.mark.parametrize("text, strengths", [
    # a target after an article is its own promise ('plan to' after one is a noun, 'target of' is not)
    ("Both sides agreed to hold the first Steel Dialogue in May, in a bid to meet the target of 20 million tons by 2030.",
     ["firm", "aspirational"]),
    # an event to be held, after another promise
    ("They agreed to set up a shipping forum, with the second meeting to be held in Kochi next year.", ["firm", "firm"]),
])
def test_two_promises_in_one_sentence(text, strengths):
    assert [c.strength for c in commitments(text)] == strengths


def test_a_headline_restating_the_body_is_one_commitment():
    text = ("India, Korea agree to build warships together\n"
            "India and South Korea have agreed to build warships together and to train naval crews, officials said.")
    found = commitments(text)
    assert [(c.action, len(c.evidence)) for c in found] == [("build warships together", 2), ("train naval crews", 1)]


@pytest.mark.parametrize("text, action", [
    ("Both sides agreed to set up a shipbuilding task force, the ministry said.", "set up a shipbuilding task force"),
    ("India will send a trade mission to Busan, according to officials.", "send a trade mission to Busan"),
    ('"We will sign the shipping pact soon," Arjun Mehta told reporters after the talks.', "sign the shipping pact soon"),
    ("Both sides will open a joint desk in Busan, Seoul's trade ministry said.", "open a joint desk in Busan"),
    # what a signed arrangement or memorandum is about, however long its parties' names
    ("An Implementing Arrangement on the exchange of naval cadets between the two academies was also signed.",
     "the exchange of naval cadets between the two academies"),
    ("During the talks, the two sides signed a memorandum of understanding between the Korea Ocean Institute "
     "and the National Institute of Oceanography on joint surveys of the seabed.", "joint surveys of the seabed"),
    ("A Memorandum of Understanding between the Indian Institute of Science and Technology for Rural Development "
     "(IISTRD) and the Korea Agency for Technology and Standards (KATS) of the ROK was signed to run joint testing "
     "of farm machinery.", "run joint testing of farm machinery"),
])
def test_attribution_is_not_part_of_the_action(text, action):
    assert [c.action for c in commitments(text)] == [action]


@pytest.mark.parametrize("text, actions, dues", [
    # a session to be held in a year is due then ('be held' is no past event)
    ("It was agreed that the fourth Port Dialogue will be held in Busan in 2026.",
     ["the fourth Port Dialogue will be held in Busan in 2026"], [("2026-01-01", "2026-12-31")]),
    # 'its first meeting' is a step of the promise before
    ("The ministers decided to set up a Steel Forum, and agreed that its first meeting would be held in 2026.",
     ["set up a Steel Forum, and its first meeting would be held in 2026"], [("2026-01-01", "2026-12-31")]),
    # what an accepted invitation asked, with its date
    ("Arjun Mehta conveyed an invitation to the Korean premier to visit Kolkata in 2026. "
     "The Korean side accepted the invitation with thanks.", ["visit Kolkata in 2026"], [("2026-01-01", "2026-12-31")]),
    ("Arjun Mehta invited Kim Min-seo to open the Pune trade fair, which was accepted.",
     ["open the Pune trade fair"], [None]),
    # a headline glued to the first sentence of the body is a headline
    ("India, Korea agree to build frigates together\nThe two sides decided to build frigates together in Kochi.",
     ["build frigates together in Kochi"], [None]),
])
def test_promise_and_its_due(text, actions, dues):
    found = commitments(text)
    assert ([c.action for c in found], [(c.due.start, c.due.end) if c.due else None for c in found]) == (actions, dues)
