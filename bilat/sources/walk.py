"""Folders: every document file below, in sorted order, hidden files and folders left out."""
from __future__ import annotations

import os
from typing import Iterator

from bilat.sources.formats import is_document_name


def walk(folder: str) -> Iterator[str]:
    """Paths of the document files below `folder`: a folder's files, then its subfolders, sorted.

    Code, styles and images (see data/formats.json "not_documents") are passed over.
    """
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and is_document_name(name):
                yield os.path.join(parent, name)
