import sqlite3

import pytest

from bilat.model import Actor, Document, Evidence, Facts, Published, Segment
from bilat.store import open_store


def document(doc_id="d1", text="Ministers met in Seoul to discuss shipbuilding.", **kw):
    return Document(id=doc_id, source="test", text=text, raw=text, content_hash="h-" + doc_id,
                    published=Published("2024-05-02", "day", "text"), segments=(Segment(0, 0, len(text)),),
                    relevant=True, relevance=0.9, **kw)


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "bilat.db")) as s:
        yield s


def test_a_document_and_its_facts_come_back_as_they_were_saved(store):
    facts = Facts(actors=(Actor("p:a", "person", "A", evidence=(Evidence("d1", 0, 9, "Ministers"),)),))
    store.save(document(topics=("shipbuilding_maritime",)), facts)
    assert store.document("d1") == document(topics=("shipbuilding_maritime",))
    assert store.facts() == {"d1": facts}


def test_saving_again_replaces_the_document_and_its_facts(store):
    store.save(document(), Facts(actors=(Actor("p:a", "person", "A"),)))
    store.save(document(text="New text about Busan."), Facts())
    assert store.document("d1").text == "New text about Busan."
    assert store.facts() == {}
    assert [h["id"] for h in store.search("Busan")] == ["d1"]
    assert store.search("shipbuilding") == []


def test_a_failed_write_leaves_nothing_half_written(store, monkeypatch):
    store.save(document())
    broken = Facts(actors=(Actor("p:a", "person", "A", evidence=(object(),)),))  # not serializable
    with pytest.raises(TypeError):
        store.save(document(text="half"), broken)
    assert store.document("d1").text.startswith("Ministers")


def test_search_survives_punctuation_and_reports_snippets(store):
    store.save(document())
    hits = store.search('seoul "shipbuilding')
    assert hits[0]["id"] == "d1" and "[Seoul]" in hits[0]["snippet"]


def test_database_uses_wal_and_is_migrated_once(tmp_path):
    path = str(tmp_path / "x.db")
    open_store(path).close()
    open_store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_a_file_that_is_not_a_database_gives_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception) as err:
        open_store(str(bad))
    assert "bad.db" in str(err.value) and "\n" not in str(err.value)
