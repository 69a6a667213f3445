"""HTML goes through trafilatura: article kept, navigation and footer gone."""
import pytest

from bilat.clean import clean
from bilat.errors import InputError
from bilat.model import Source

PAGE = """<html><head><title>Chile and Vietnam widen trade ties | The Ledger</title>
<meta property="article:published_time" content="2024-03-04T10:15:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Chile and Vietnam widen trade ties</h1>
<p>The foreign ministers of Chile and Vietnam met in Hanoi on Monday and agreed to expand cooperation in
trade, agriculture and renewable energy over the next three years.</p>
<p>Officials from both sides said a joint working group would meet before the end of the year to prepare
a roadmap for the partnership.</p></article>
<footer>Copyright 2024 The Ledger. All rights reserved. Privacy policy. Contact us.</footer></body></html>"""

EMPTY_PAGES = [
    "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>",
    "<html><head><title>Nothing</title></head><body></body></html>",
]


def test_html_keeps_the_article_with_title_and_date():
    cleaned = clean(Source("page.html", PAGE, "html"))
    assert "joint working group" in cleaned.text
    assert "Sport" not in cleaned.text and "All rights reserved" not in cleaned.text
    assert cleaned.title == "Chile and Vietnam widen trade ties"
    assert cleaned.published == "2024-03-04"
    assert cleaned.segments == ()


@pytest.mark.parametrize("html", EMPTY_PAGES)
def test_html_without_article_is_an_input_error(html):
    with pytest.raises(InputError) as error:
        clean(Source("empty.html", html, "html"))
    assert error.value.reason == "no article text"
    assert str(error.value) == "empty.html: no article text found"
