"""The example corpus's WARC writer, importable by the tests."""
import importlib.util
from pathlib import Path

_SCRIPT = Path(__file__).parents[2] / "examples" / "make_warc.py"
_spec = importlib.util.spec_from_file_location("make_warc", _SCRIPT)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
write_crawl = _module.write_crawl
