"""Each kind of bad input becomes one Skip whose one-line message names the file and the problem."""
import pytest

from ingest_helpers import ARTICLE, read

CP1252_ARTICLE = ("Seoul, March 4 – India’s External Affairs Minister and his South Korean counterpart "
                  "agreed on Monday to deepen the “Special Strategic Partnership”, officials said. The "
                  "naïve hopes of earlier years have given way to a détente-style résumé of concrete plans.")
LATIN1_ARTICLE = ("Der Außenminister Indiens traf am Montag in Seoul seinen südkoreanischen Amtskollegen. "
                  "Beide Seiten vereinbarten, die nächste Runde der Gemeinsamen Kommission früh abzuhalten.")


def only_skip(items):
    [skip] = items
    assert "\n" not in skip.message
    return skip


@pytest.mark.parametrize("name, content, reason, problem", [
    ("photo.jpg.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)), "binary", "binary"),
    ("program.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "binary", "binary"),
    ("controls.txt", b"Seoul" + b"\x01\x02\x03\x04\x05\x06" * 20, "binary", "binary"),
    ("empty.txt", b"", "empty", "empty file"),
    ("blank.html", b"  \n\t\n  ", "empty", "only whitespace"),
    ("nbsp.txt", "\u00a0\u3000\n".encode(), "empty", "only whitespace"),
    ("garbled.txt", bytes(range(0x80, 0x100)) * 4, "undecodable", "cannot decode"),
    ("bad-bom.txt", b"\xef\xbb\xbfSeoul \xff\xfe talks", "undecodable", "cannot decode"),
    ("missing.txt", None, "not found", "no such file"),
])
def test_a_bad_file_is_one_skip_naming_it(write, tmp_path, name, content, reason, problem):
    path = write(name, content) if content is not None else tmp_path / name
    skip = only_skip(read(path))
    assert (skip.reason, skip.origin) == (reason, str(path))
    assert skip.message.startswith(f"{path}: ") and problem in skip.message


@pytest.mark.parametrize("size, limit, problem", [
    (17_400, 5_000, "too large (17.4 kB, over the 5.0 kB limit)"),
    (200_000_000, 20_000_000, "too large (200.0 MB, over the 20.0 MB limit)"),
])
def test_a_file_over_the_size_limit_is_skipped_before_it_is_read(tmp_path, size, limit, problem):
    path = tmp_path / "huge.txt"
    with path.open("wb") as sparse:  # a hole of NUL bytes: read whole, it would be "binary"
        sparse.truncate(size)
    skip = only_skip(read(path, max_bytes=limit))
    assert (skip.reason, skip.message) == ("too large", f"{path}: {problem}")


def test_a_file_at_the_size_limit_is_read(write):
    path = write("exact.txt", "a" * 5_000)
    [source] = read(path, max_bytes=5_000)
    assert len(source.body) == 5_000


@pytest.mark.parametrize("content, expected", [
    (CP1252_ARTICLE.encode("cp1252"), CP1252_ARTICLE),
    (LATIN1_ARTICLE.encode("latin-1"), LATIN1_ARTICLE),
    (CP1252_ARTICLE.encode("utf-16"), CP1252_ARTICLE),            # with its byte-order mark
    (b"\xef\xbb\xbf" + ARTICLE.encode(), ARTICLE),                  # the UTF-8 mark is dropped
    ("서울에서 인도와 한국 외교장관이 회담을 가졌다. 양측은 협력 확대에 합의했다.".encode("cp949"),
     "서울에서 인도와 한국 외교장관이 회담을 가졌다. 양측은 협력 확대에 합의했다."),
])
def test_text_in_another_encoding_is_decoded(write, content, expected):
    [source] = read(write("story.txt", content))
    assert source.body == expected


def test_an_html_page_is_decoded_by_its_declared_charset(write):
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{CP1252_ARTICLE}</p></body></html>'
    [source] = read(write("page.html", page.encode("cp1252")))
    assert CP1252_ARTICLE in source.body


def test_a_bad_file_does_not_stop_the_next_input(write):
    items = read(write("empty.txt", b""), write("good.txt", ARTICLE))
    assert [type(item).__name__ for item in items] == ["Skip", "Source"]
