"""Relevance: is the document about relations between the two countries of the pair?"""
import pytest

from bilat.nlp.relevance import relevance

IND_KOR = ("IND", "KOR")


@pytest.mark.parametrize("text, pair, relevant", [
    # the pair, named and in talks
    ("India and South Korea agreed on Tuesday to expand defence cooperation. The two ministers also discussed "
     "shipbuilding.", IND_KOR, True),
    # demonyms only
    ("The Indian minister held talks with his South Korean counterpart on semiconductors.", IND_KOR, True),
    # capitals as metonyms
    ("Seoul and New Delhi signed an agreement on visas. Officials said more talks would follow.", IND_KOR, True),
    # only one country of the pair
    ("India beat England by five wickets in Ranchi. The captain praised the young side.", IND_KOR, False),
    # a market report: both named, but foreign money is no relation between states
    ("Seoul shares rose while Indian stocks fell on foreign outflows. Foreign funds sold Indian shares and bought "
     "South Korean chipmakers, and the Korean won firmed as the rupee weakened.", IND_KOR, False),
    # North Korea is not South Korea
    ("India will keep its embassy in North Korea, the foreign minister told visiting officials in New Delhi. "
     "Pyongyang's trade with India has fallen.", IND_KOR, False),
    # the Korean Peninsula is a topic, not a country
    ("India's foreign minister spoke about peace on the Korean Peninsula at a forum on Asian security.", IND_KOR, False),
    # both named, but a company's share sale, not relations
    ("Hyundai Motor India, a unit of the South Korea-based carmaker, listed its shares on Tuesday. The issue "
     "was priced at a small discount. Retail investors stayed away.", IND_KOR, False),
    # another pair, nothing assumed about IND/KOR
    ("Washington and Tokyo agreed to deepen their alliance when the American and Japanese defence ministers met.",
     ("USA", "JPN"), True),
    ("Washington and Tokyo agreed to deepen their alliance when the American and Japanese defence ministers met.",
     IND_KOR, False),
    # a sentence in another language, judged on the names of the pair in that language
    ("La India y Corea del Sur iniciaron su primer ejercicio naval bilateral en Busan.", IND_KOR, True),
    ("인도와 한국은 서울에서 국방 협력 확대에 합의했다.", IND_KOR, True),
    ("", IND_KOR, False),
    # an office that tells the country stands for it
    ("The External Affairs Minister spoke by telephone with the Foreign Minister of the Republic of Korea on "
     "Monday.", IND_KOR, True),
    # travel to one side's capital by someone of the other side
    ("The Indian President left for Seoul on Sunday for a three-day state visit. Officials in New Delhi said "
     "talks would focus on ports.", IND_KOR, True),
    ("President Rao left for Seoul on Sunday. He will meet the Korean leader. India hopes to expand trade.",
     IND_KOR, True),
    # travel alone, the other side never named
    ("The orchestra left for Seoul on Sunday for a week of concerts.", IND_KOR, False),
    # India and a third country, the other side of the pair in one passing relation sentence
    ("Indian and Australian ministers met in Canberra on Friday. Australia and India agreed to deepen naval "
     "cooperation. Australia will host Indian ships in July. Australia's minister said Australia values India. "
     "India also held talks with South Korea last year. Australia and India will meet again in Delhi.",
     IND_KOR, False),
    # Korea and a third country, India named once among their partners
    ("Seoul and Tokyo agreed on Monday to hold their security talks twice a year. South Korean and Japanese "
     "diplomats also discussed export controls. Seoul said both countries were building ties with partners "
     "such as Canada and India. Japan will host the next round in Osaka.", IND_KOR, False),
])
def test_relevance_decision(text, pair, relevant):
    score, decided = relevance(text, pair)
    assert decided is relevant
    assert (score >= 0.5) is relevant and 0.0 <= score <= 1.0


def test_title_counts_as_the_lead():
    body = ("The talks covered trade and shipbuilding. Officials said a joint committee would meet soon. "
            "India and South Korea signed a memorandum later that evening.")
    with_title, _ = relevance(body, IND_KOR, title="India, South Korea hold talks in Seoul")
    without, _ = relevance(body, IND_KOR)
    assert with_title > without
