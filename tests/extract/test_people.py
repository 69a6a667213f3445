"""People and their roles, as an analyst reading one article would list them.

Every sentence here is invented, in the style of the news the tool reads.
"""
import pytest

from bilat.extract.offices import office_of
from bilat.extract.people import extract_people
from bilat.model import Document, Published

PAIR = ("IND", "KOR")


def document(text: str) -> Document:
    return Document("t1", "test", text, text, "hash", Published("2024-05-02", "day", "text"))


def people(text: str, pair=PAIR) -> list[tuple]:
    """(name, titles, country) of every person, in order of first mention."""
    actors, _ = extract_people(document(text), pair=pair)
    return [(a.name, sorted(r.title for r in a.roles), a.country) for a in actors]


@pytest.mark.parametrize("text, expected", [
    ("South Korean Foreign Minister Park Min-jae met business leaders in Chennai on Monday.",
     [("Park Min-jae", ["Foreign Minister"], "KOR")]),
    ("President Yoon Suk Yeol welcomed the delegation at the presidential office.",
     [("Yoon Suk Yeol", ["President"], "KOR")]),
    ("ROK Foreign Minister Cho Tae Yul spoke to reporters after the session.",
     [("Cho Tae Yul", ["Foreign Minister"], "KOR")]),
    ("The delegation was received by Minister Eom Jinsoo at the ministry.",
     [("Eom Jinsoo", ["Minister"], "KOR")]),
    ("EAM Jaishankar said the talks were productive.",
     [("Jaishankar", ["External Affairs Minister"], "IND")]),
    ("Deputy National Security Advisor (NSA) Meera Iyer arrived in Busan for the dialogue.",
     [("Meera Iyer", ["Deputy National Security Advisor"], "IND")]),
    ("R. Venkatesh, Secretary of the Ministry of External Affairs, arrived in Busan on Sunday.",
     [("R. Venkatesh", ["Secretary of the Ministry of External Affairs"], "IND")]),
    ("Talks were also held with Han Jae-won, Second Deputy Director of the National Security Office, in Seoul.",
     [("Han Jae-won", ["Second Deputy Director of the National Security Office"], "KOR")]),
    ("Secretary (East) Anita Menon called on First Vice Foreign Minister Oh Se-ri in Seoul.",
     [("Anita Menon", ["Secretary (East)"], "IND"), ("Oh Se-ri", ["First Vice Foreign Minister"], "KOR")]),
    ("India's Defence Minister Vivek Nair inspected the shipyard in Ulsan.",
     [("Vivek Nair", ["Defence Minister"], "IND")]),
    ("Shri Mohan Lal and Dr. Kang Eun-ji opened the exhibition in Pune.",
     [("Mohan Lal", [], "IND"), ("Kang Eun-ji", [], "KOR")]),
    ("Commerce and Industry Minister Sunil Bhatt will travel to Seoul next month.",
     [("Sunil Bhatt", ["Commerce and Industry Minister"], "IND")]),
    # a ministry of several portfolios before the name
    ("Sunil Bhatt also met Minister of Trade, Industry and Energy Yoon Hae-rin in Seoul.",
     [("Sunil Bhatt", [], "IND"), ("Yoon Hae-rin", ["Minister of Trade, Industry and Energy"], "KOR")]),
    # an envoy's posting belongs to the title, the possessive country is the envoy's
    ("Oh Jin-soo, Korea's Ambassador to India, opened the trade fair in Pune.",
     [("Oh Jin-soo", ["Ambassador to India"], "KOR")]),
    ("Korean Ambassador to India Oh Jin-soo opened the trade fair in Pune.",
     [("Oh Jin-soo", ["Ambassador to India"], "KOR")]),
    # a title after a comma that belongs to the next name
    ("PM Ravi Sen, Korean President Moon Ha-eun hold phone call on trade.",
     [("Ravi Sen", ["Prime Minister"], "IND"), ("Moon Ha-eun", ["President"], "KOR")]),
    # a portfolio list with any ministry word after 'and'
    ("The delegation included Minister of Science, Technology and Resources Ko Dae-sung.",
     [("Ko Dae-sung", ["Minister of Science, Technology and Resources"], "KOR")]),
    # a two-letter family name later stands for the full name
    ("Foreign Minister Oh Tae-rim landed in Delhi. Foreign Minister Oh will meet the press on Monday.",
     [("Oh Tae-rim", ["Foreign Minister"], "KOR")]),
    # a dotted middle initial stays inside the name
    ("MEA spokesperson Kavita R. Menon briefed reporters on Thursday. Ms. Menon took questions.",
     [("Kavita R. Menon", ["MEA spokesperson"], "IND")]),
    # a body named after a title is no person
    ("Commerce Minister Arvind Rao said the two sides would set up a joint CEO Forum next year.",
     [("Arvind Rao", ["Commerce Minister"], "IND")]),
    # a lowercase clause after the command is not its context: the port's country is not the admiral's
    ("The frigates, led by Rear Admiral Vikram Sethi, Flag Officer Commanding Eastern Fleet, will dock at Busan, "
     "Republic of Korea on Monday.",
     [("Vikram Sethi", ["Flag Officer Commanding Eastern Fleet", "Rear Admiral"], "IND")]),
    # 'TITLE of COUNTRY, H.E. NAME, the TITLE of COUNTRY, Dr. NAME': each title is the name after it
    ("At the invitation of the Foreign Minister of the Republic of Korea, H.E. Mr. Tom Hardy, the External Affairs "
     "Minister of India, Dr. Lata Raman, visited Seoul.",
     [("Tom Hardy", ["Foreign Minister"], "KOR"), ("Lata Raman", ["External Affairs Minister"], "IND")]),
    # a headline verb is no part of the name
    ("Vice Minister Kwon Daeho Holds Talks With Indian Defence Secretary\nVice Minister Kwon Daeho held talks in Seoul.",
     [("Kwon Daeho", ["Vice Minister"], "KOR")]),
    # a Korean family name alone is Korean
    ("Traffic once stopped whenever the late President Park drove through the district.",
     [("Park", ["President"], "KOR")]),
    # a list of names wrapped over several lines of one sentence
    ("The minister is accompanied by a large delegation that\nincludes Defence Secretary Ravi Gupta, Navy Vice Admiral S\n"
     "N Ghosh, Army Lieutenant General M S Rawat, DRDO's Dr\nSharma and other officials from Delhi.",
     [("S N Ghosh", ["Navy Vice Admiral"], "IND"), ("M S Rawat", ["Army Lieutenant General"], "IND"),
      ("Ravi Gupta", ["Defence Secretary"], "IND"), ("Sharma", [], "IND")]),
])
def test_names_come_with_their_titles_and_countries(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Defence Minister Arvind Rao held talks with his South Korean counterpart Shin Dong-ho on Monday.",
     [("Arvind Rao", ["Defence Minister"], "IND"), ("Shin Dong-ho", ["Defence Minister"], "KOR")]),
    ("Vice Foreign Minister Lee Ji-hoon held talks with his counterpart Kavita Das in Delhi.",
     [("Lee Ji-hoon", ["Vice Foreign Minister"], "KOR"), ("Kavita Das", ["Vice Foreign Minister"], "IND")]),
])
def test_a_counterpart_holds_the_other_partys_office(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Park Min-jae met Deputy NSA Meera Iyer. Park said the visit mattered. "
     "Iyer thanked him.",
     [("Park Min-jae", "Park Min-jae"), ("Meera Iyer", "Meera Iyer"), ("Park", "Park Min-jae"), ("Iyer", "Meera Iyer")]),
    ("Secretary (East) Anita Menon called on Foreign Minister Cho Hyun-woo. Menon invited Cho to Delhi.",
     [("Anita Menon", "Anita Menon"), ("Cho Hyun-woo", "Cho Hyun-woo"), ("Menon", "Anita Menon"), ("Cho", "Cho Hyun-woo")]),
    ("Defence Minister Arvind Rao met South Korean Defence Minister Shin Dong-ho. "
     "The South Korean minister then flew to Agra.",
     [("Arvind Rao", "Arvind Rao"), ("Shin Dong-ho", "Shin Dong-ho"), ("The South Korean minister", "Shin Dong-ho")]),
])
def test_later_mentions_resolve_to_the_person_named_in_full(text, expected):
    _, mentions = extract_people(document(text), pair=PAIR)
    assert [(text[m.start:m.end], m.name) for m in mentions] == expected


def test_mentions_and_evidence_quote_the_text():
    text = "Trade Minister Ahn Seo-yeon met Minister of State Rakesh Jain. Ahn left on Friday."
    actors, mentions = extract_people(document(text), pair=PAIR)
    ahn = next(a for a in actors if a.name == "Ahn Seo-yeon")
    assert ahn.id == "p:ahn-seo-yeon" and ahn.kind == "person" and ahn.aliases == ("Ahn",)
    assert all(text[e.start:e.end] == e.quote for a in actors for e in a.evidence)
    assert ahn.roles[0].as_of == "2024-05-02"
    assert ahn.roles[0].evidence[0].quote == "Trade Minister Ahn Seo-yeon"
    assert [m.title for m in mentions if m.actor == ahn.id] == ["Trade Minister", "Trade Minister"]


@pytest.mark.parametrize("text", [
    "By Lee Chi-won\nSEOUL, May 2 -- The two countries agreed to expand the Special Strategic Partnership.",
    "The talks went well.\n\nTop News\n\nCricket star Ravi Verma wins award\n\nMonsoon arrives early in Kerala\n",
    "The legend of Queen Heo Hwang-ok links Ayodhya and Gimhae, where King Kim-Suro ruled.",
    "India and South Korea reviewed the Special Strategic Partnership in New Delhi on Tuesday.",
    "Reader Comments\nA\nArjun K\nGreat news for both countries, hope trade grows.\n",
    "The AI Impact Summit and the UN Peacekeeping Ministerial were discussed.",
    # writers named in a byline or a credit line
    "By Priya Nair and Jang Woo-sung\nSEOUL, May 2 -- The two countries agreed to expand the partnership.",
    "The two sides agreed to meet again.\n(Reporting by Priya Nair in Delhi and Jang Woo-sung in Seoul; Editing by Tom Barr)",
    # a city, an exercise, a country's formal name
    "The destroyer called at Jakarta and Ho Chi Minh City on its way home.",
    # a ship named after a person; an adjective of rank after an article
    "The destroyer ROKS Kwon Yul-bok and INS Tarang entered the harbour on Monday.",
    "Trade stalled. A Vice-Ministerial Dialogue on security was launched in 2019.",
    "The two navies held the bilateral exercise, Samudra Shakti, off Visakhapatnam. Samudra Shakti ends today.",
    "The Chief of Naval Staff met the Commander, Republic of Korea Fleet.",
    "The patrol vessel sailed with the Commander of the ROK Fleet on board.",
    "The talks were held at the Government Complex Sejong on Tuesday.",
    # a press contact, a journalist's question, the writer's byline and bio
    "The two ministers agreed to meet again.\nFor media queries, please contact Deputy Director Yoon Ha-jin (02-555-0101).",
    "The Joint Commission met.\nQuestion (Kiran Desai, Morning Post): Will the pact be signed this week?",
    "By K. Subramanian | May 2, 2024\nK. Subramanian served as India's envoy in Seoul. Views are personal.\nThe two sides must trade more.",
    # a word before the name that makes a country of it
    "Officials raised the fishermen detained in Sri Lanka.",
    # a state or province is a place
    "The plant will add to Andhra Pradesh's standing as an electronics hub.",
    "The shipyard signed a pact with the Gyeonggi-do government last week.",
    # an agency named after its state
    "The KOTRA office signed the memorandum with the state agency Guidance Uttar Pradesh on Friday.",
    # an opinion piece's writer: name line, bio line, 'the writer is', 'views are personal'
    "Kavita Sen\nKavita Sen is a senior fellow at a Delhi think tank and writes on East Asia.\n"
    "Few partnerships in Asia have been praised as often as the one between India and Korea.",
    "Trade between the two has stalled for a decade.\nThe writer, Arun Joshi, is a former diplomat.",
    "Trade between the two has stalled for a decade.\nArun Joshi is a retired diplomat and columnist. Views are personal.",
    "Trade between the two has stalled for a decade.\nThe writer is a professor at Yonsei University; Views expressed are personal.",
])
def test_no_person_of_the_relationship(text):
    assert people(text) == []


@pytest.mark.parametrize("title, office", [
    ("External Affairs Minister", "foreign minister"),
    ("Minister of Foreign Affairs", "foreign minister"),
    ("First Vice Foreign Minister", "vice foreign minister"),
    ("Minister of National Defense", "defence minister"),
    ("Raksha Mantri", "defence minister"),
    ("DAPA Minister", "defence acquisition minister"),
    ("Secretary (East)", "secretary (east)"),
])
def test_titles_map_to_one_office_across_countries(title, office):
    assert office_of(title) == office


@pytest.mark.parametrize("text, titles", [
    # a portfolio written in lower case, news-agency style
    ("The fair was opened by Union minister of state for commerce and industry Ravi Kumar Menon on Monday.",
     ["Union minister of state for commerce and industry"]),
    # the organization named with the title, before it, after it, or after 'at'
    ("The roundtable heard Invest India CEO Meera Joshi on Tuesday.", ["Invest India CEO"]),
    ("The MoU was signed by Chairman ISRO Dr. P. Raghavan.", ["Chairman ISRO"]),
    ('"Yards need orders," said Choi Min-ho, a research fellow at the Korea Institute for Maritime Policy.',
     ["research fellow at the Korea Institute for Maritime Policy"]),
    # a country inside the organization's name
    ("He met Dr. Anil Rao, Secretary of India's Department of Biotechnology, in Seoul.",
     ["Secretary of India's Department of Biotechnology"]),
    ("Rear Admiral Lee Joon, Commander of the ROK Fleet, will travel to Kochi.",
     ["Commander of the ROK Fleet", "Rear Admiral"]),
    # a command and the formation it commands
    ("Rear Admiral P. Nair, Flag Officer Commanding Western Fleet, who is aboard INS Kochi, called on the chief.",
     ["Flag Officer Commanding Western Fleet", "Rear Admiral"]),
    ("Vice Admiral A. Kumar, Flag Officer Commanding-in-Chief of the Western Naval Command, received him.",
     ["Flag Officer Commanding-in-Chief of the Western Naval Command", "Vice Admiral"]),
    ("He also met India's Principal Scientific Adviser, Dr. M. Krishnan, on Friday.", ["Principal Scientific Adviser"]),
    # an office and a rank before one name: both are his
    ("Navy spokesperson Cdr. Ravi Nath said the ships were ready.", ["Cdr", "Navy spokesperson"]),
    # 'H.E.' is a form of address, not initials
    ("Indian Ambassador to Korea H.E. Rohan Das attended the meeting.", ["Ambassador to Korea"]),
    # a transcript's speaker line: the title opens the line
    ("Weekly media briefing\nOfficial Spokesperson, Shri Raman Iyer: Good afternoon, friends.",
     ["Official Spokesperson"]),
    ("Weekly media briefing\nOfficial Spokesperson (Shri Raman Iyer): Good afternoon, friends.",
     ["Official Spokesperson"]),
    # a sailor's rank; a researcher with the institute
    ("Petty officer Kim Ji-ho said he would remember the crowd at the gangway.", ["Petty officer"]),
    ('"A summit matters," said Park Sun-woo, a researcher at the Korea Institute for Industrial Economics and Trade.',
     ["researcher at the Korea Institute for Industrial Economics and Trade"]),
])
def test_titles_keep_their_organization_and_command(text, titles):
    assert [found[1] for found in people(text)] == [titles]


@pytest.mark.parametrize("text, first, second, one_name", [
    # a byline on a short line of its own ends there; the city line under it is not part of the name
    ("Priya Nair\nBhubaneswar\nThe minister spoke.", "Nair", "Bhubaneswar", False),
    # hard-wrapped prose may break a name across lines
    ("The agreements were signed by the visiting Defence Minister A K\nAntony and his counterpart.", "K", "Antony", True),
])
def test_a_name_crosses_a_line_break_only_in_wrapped_prose(text, first, second, one_name):
    from bilat.extract.names import joined, tokenize
    tokens = tokenize(text)
    left = next(t for t in tokens if t.text == first)
    right = next(t for t in tokens if t.text == second)
    assert joined(text, left, right) is one_name
