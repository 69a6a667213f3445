"""Language of a document, as ISO 639-1."""
import pytest

from bilat.nlp.language import detect_language


@pytest.mark.parametrize("text, language", [
    ("The two foreign ministers met in Seoul on Friday to review the partnership.", "en"),
    ("양국 외교장관은 금요일 서울에서 만나 협력 방안을 논의했다.", "ko"),
    ("दोनों देशों के विदेश मंत्रियों ने शुक्रवार को सियोल में मुलाकात की।", "hi"),
    ("Los ministros de Asuntos Exteriores se reunieron el viernes en Seúl para revisar la asociación.", "es"),
    ("", "und"),
    ("2024 - 12 - 31", "und"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language
