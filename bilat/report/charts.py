"""Charts for the briefing report, drawn by matplotlib as inline SVG.

Series differ by line style and marker as well as colour, so a black-and-white
print still tells them apart. Text stays text (`svg.fonttype: none`): the labels
are searchable, and no font file is embedded or fetched.
"""
from __future__ import annotations

import io
import re
from datetime import date

import matplotlib

matplotlib.use("Agg")  # never a GUI: the report is built in a terminal or a server

from matplotlib.figure import Figure  # noqa: E402 - after choosing the backend

# (line style, marker, colour): colours from the Okabe-Ito palette, safe for colour blindness
STYLES = [("-", "o", "#000000"), ("--", "s", "#0072B2"), (":", "^", "#D55E00"),
          ("-.", "D", "#009E73"), ((0, (5, 1, 1, 1, 1, 1)), "v", "#CC79A7"), ((0, (1, 3)), "x", "#E69F00")]

SVG_SETTINGS = {"svg.fonttype": "none", "svg.hashsalt": "bilat", "font.family": "sans-serif", "font.size": 9}


def trend_svg(starts: list[date], labels: list[str], series: dict[str, list[int]], unit: str) -> str:
    """A line chart of counts over time, as an <svg> element to inline in HTML.

    >>> trend_svg([date(2024, 1, 1), date(2025, 1, 1)], ["2024", "2025"], {"trade": [1, 3]}, "year")[:4]
    '<svg'
    """
    with matplotlib.rc_context(SVG_SETTINGS):
        figure = Figure(figsize=(7.2, 3.2))
        axes = figure.add_subplot()
        for (name, counts), (line, marker, colour) in zip(series.items(), STYLES):
            axes.plot(starts, counts, linestyle=line, marker=marker, color=colour, label=name, linewidth=1.5)
        _label_axes(axes, starts, labels, unit)
        figure.tight_layout()
        return _svg_element(figure)


def _label_axes(axes, starts: list[date], labels: list[str], unit: str) -> None:
    every = max(1, len(starts) // 12)  # at most about a dozen time labels, however long the period
    axes.set_xticks(starts[::every], labels[::every])
    axes.set_xlabel(unit)
    axes.set_ylabel("engagements + commitments")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylim(bottom=0)
    axes.grid(axis="y", color="#cccccc", linewidth=0.5)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)


def _svg_element(figure: Figure) -> str:
    """The <svg> element alone: no XML declaration, DOCTYPE or metadata, and a fluid width."""
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None})
    svg = out.getvalue()
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg[svg.index("<svg"):], flags=re.S)
    return re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 role="img"', svg, count=1)
