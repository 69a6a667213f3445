"""Furniture removal on plain text: what a reader sees kept and dropped."""
import pytest

from bilat.clean import clean
from bilat.model import Source

LEAD = ("The foreign ministers of Chile and Vietnam met in Hanoi on Monday and agreed to expand "
        "cooperation in trade, agriculture and renewable energy over the next three years.")
SECOND = ("Officials from both sides said a joint working group would meet before the end of the year "
          "to prepare a roadmap for the partnership.")

ARTICLE = f"Chile, Vietnam agree to widen trade ties\n\n{LEAD}\n\n{SECOND}\n"

HEADLINES = ARTICLE + """
Top News

Floods close two highways in the north

Cabinet approves new rail corridor

Star striker ruled out of final

Latest Additions

City council votes on parking fees
"""

UNHEADED_HEADLINES = ARTICLE + """
Floods close two highways in the north

Cabinet approves new rail corridor

Star striker ruled out of final
"""

COMMENTS = ARTICLE + """
Reader Comments

M
Maria L
Good to see two growing economies working together on clean energy, long overdue in my view.
T
Tuan N
I hope farmers on both sides actually feel the benefit of this agreement.

Leave a Comment
"""

AVATARS_ONLY = ARTICLE + """
J
Jorge P
This deal matters far more than the headlines suggest, and I hope it sticks this time.
K
Kim A
Let us wait and see what actually gets signed at the next round.
"""

AD_BLOCK = ARTICLE + """
Thanks for visiting The Daily Ledger

You seem to have an Ad Blocker on.
To continue reading, please turn it off or whitelist The Daily Ledger.
"""

SHARE = f"""Chile, Vietnam agree to widen trade ties

4 min read

{LEAD}

The Ledger is now on Telegram. Click here to join our channel and stay updated with the latest news.

{SECOND}

Share this article:
"""

KEY_POINTS = f"""Chile, Vietnam agree to widen trade ties

{LEAD}

Key Points: Chile-Vietnam ministerial talks in Hanoi

  • Expand trade in farm goods
  • Joint working group by December
  • Cooperation on solar and wind power

Hanoi, March 4

{SECOND}

- Reuters
"""

PAGE_HEADER = f"""Skip to content
World
Chile, Vietnam agree to widen trade ties
By Ana Torres
Published: March 4, 2024, 10:15 AM
{LEAD}
{SECOND}
"""

ACCOUNT_AND_COOKIES = f"""Sign In
We use cookies to give you a better experience. By using this site you accept our cookie policy. Accept
World News
{ARTICLE}"""
OFFICIAL_TAIL = ARTICLE + """
Attachment: photo (2)
List | Print
Previous: Minister meets visiting trade delegation
Next: Statement on the floods
Copyright Ministry of Trade. All rights reserved.
"""
CLOSING_LIST = ARTICLE + """
What was agreed:
  • Tariffs on fruit cut by half
  • A joint working group on energy
  • Visa rules eased for students
"""

WRAPPED = """Chile, Vietnam sign farm deal

Santiago: Chile and Vietnam on Monday signed an
agreement on farm trade that trims tariffs on fruit
and seafood, officials said.

The agreement was signed by the two trade ministers
after talks that lasted most of the afternoon and
covered rules of origin and
"""


@pytest.mark.parametrize("raw, kept, dropped", [
    (HEADLINES, [LEAD, SECOND, "Chile, Vietnam agree to widen trade ties"],
     ["Top News", "Cabinet approves new rail corridor", "Latest Additions", "parking fees"]),
    (UNHEADED_HEADLINES, [LEAD, SECOND], ["Floods close two highways", "Star striker ruled out"]),
    (COMMENTS, [LEAD, SECOND], ["Reader Comments", "Maria L", "farmers on both sides", "Leave a Comment"]),
    (AVATARS_ONLY, [LEAD, SECOND], ["Jorge P", "far more than the headlines", "Kim A"]),
    (AD_BLOCK, [LEAD, SECOND], ["Ad Blocker", "whitelist", "Thanks for visiting"]),
    (SHARE, [LEAD, SECOND, "Chile, Vietnam agree to widen trade ties"], ["min read", "Telegram", "Share this article"]),
    (KEY_POINTS, [LEAD, SECOND, "Key Points: Chile-Vietnam", "• Expand trade in farm goods",
                  "• Cooperation on solar and wind power", "Hanoi, March 4", "- Reuters"], []),
    (PAGE_HEADER, ["Chile, Vietnam agree to widen trade ties", "By Ana Torres", "Published: March 4, 2024", LEAD],
     ["Skip to content", "World\n"]),
    (CLOSING_LIST, ["• Tariffs on fruit cut by half", "• Visa rules eased for students"], []),
    (ACCOUNT_AND_COOKIES, [LEAD, SECOND, "Chile, Vietnam agree to widen trade ties"],
     ["Sign In", "cookie policy", "World News"]),
    (OFFICIAL_TAIL, [LEAD, SECOND], ["Attachment", "List | Print", "Previous:", "Next:", "All rights reserved"]),
    (WRAPPED, ["signed an\nagreement", "covered rules of origin and", "Chile, Vietnam sign farm deal"], []),
])
def test_furniture_goes_article_stays(raw, kept, dropped):
    text = clean(Source("t.txt", raw, "text")).text
    assert all(k in text for k in kept), [k for k in kept if k not in text]
    assert not any(d in text for d in dropped), [d for d in dropped if d in text]


@pytest.mark.parametrize("raw", [HEADLINES, COMMENTS, AD_BLOCK, SHARE, KEY_POINTS, PAGE_HEADER, WRAPPED, "",
                                 "One line only", "a\r\nb\r\n\r\nTop News\r\nc"])
def test_segments_map_clean_text_back_to_raw(raw):
    cleaned = clean(Source("t.txt", raw, "text"))
    covered = sum(s.length for s in cleaned.segments)
    assert covered == len(cleaned.text)
    for s in cleaned.segments:
        assert raw[s.raw_start:s.raw_start + s.length] == cleaned.text[s.start:s.start + s.length]


@pytest.mark.parametrize("raw, reasons", [
    (HEADLINES, {"headline list"}),
    (COMMENTS, {"comments"}),
    (AD_BLOCK, {"ad-blocker notice"}),
    (SHARE, {"read-time", "share prompt"}),
    (KEY_POINTS, set()),
])
def test_removed_parts_say_why(raw, reasons):
    removed = clean(Source("t.txt", raw, "text")).removed
    assert {why for _, _, why in removed} == reasons
    assert all(raw[a:b].strip() for a, b, _ in removed)


def test_date_header_stays_in_the_text():
    raw = f" date 2024-03-04 {LEAD}\n\n{SECOND}\n"
    assert clean(Source("t.txt", raw, "text")).text.startswith(" date 2024-03-04 ")
