"""Section headers with counts or colons, pipe menus and subscribe lines (texts written for bilat)."""
import pytest

from bilat.clean.furniture import line_furniture, section_header
from bilat.model import Source
from bilat.clean import clean

ARTICLE = ("Ministers agree on port cooperation\n\n"
           "The two ministers met in Chennai on Monday and agreed to study a joint port development fund, "
           "officials said after the talks ended late in the evening.\n\n")


@pytest.mark.parametrize("line, why", [
    ("12 Comments", "comments"),
    ("Read more:", "headline list"),
    ("Also read", "headline list"),
    ("The comments of the minister were noted.", None),
])
def test_section_headers(line, why):
    assert section_header(line) == why


@pytest.mark.parametrize("line, why", [
    ("World | Business | Sport | Opinion | Subscribe", "navigation"),
    ("Subscribe to Port Weekly for the latest on shipping.", "subscribe prompt"),
    ("The port, the yard and the depot will be linked by rail.", None),
    ("Also Read | Ferry fares cut on island routes", "headline list"),
    ("Read also: Ferry fares cut on island routes", "headline list"),
    ("Download the Harbour Times App for live shipping alerts.", "subscribe prompt"),
    ("(Get all the Breaking News and Latest News Updates on Harbour Times.)", "site promotion"),
    ("Read More News on: ports, shipping, chennai", "headline list"),
    ("Tags: ports, shipping", "tags"),
    ("Minister: the port will be ready by 2026.", None),
])
def test_single_furniture_lines(line, why):
    assert line_furniture(line) == why


def test_counted_comments_and_a_read_more_list_are_dropped_with_the_menu():
    page = ("Harbour News\nWorld | Business | Sport | Opinion | Subscribe\n\n" + ARTICLE +
            "Read more:\nShipyard orders rise\nFerry fares cut\n\n2 Comments\n\nAnil K.\nGood move.\n")
    text = clean(Source("p.txt", page, "text")).text
    assert "joint port development fund" in text
    for furniture in ("World | Business", "Read more", "Shipyard orders rise", "2 Comments", "Anil K."):
        assert furniture not in text


def test_a_headline_box_inside_the_article_ends_where_the_story_goes_on():
    page = (ARTICLE + "Most Read\nFerry fares cut on island routes\nMonsoon reaches the coast early\n\n"
            "The ministers also said that the fund would be open to private investors from both countries, and "
            "that the first projects would be chosen by a joint committee before the end of next year.\n\n"
            "Top News\nStocks close higher\nRain delays trains\n")
    text = clean(Source("p.txt", page, "text")).text
    assert "open to private investors" in text and "joint port development fund" in text
    for furniture in ("Most Read", "Ferry fares cut", "Top News", "Rain delays trains"):
        assert furniture not in text
