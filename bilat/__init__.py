"""bilat: a source-cited, time-aware record of the relations between two countries."""
__version__ = "0.1.0"
