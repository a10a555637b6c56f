"""How documents are cut into chunks: by Markdown section (each chunk knows its
section path), with fenced code blocks kept whole where they fit.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from pathlib import Path

from langchain_core.documents import Document
from langchain_text_splitters import (
    ExperimentalMarkdownSyntaxTextSplitter,
    RecursiveCharacterTextSplitter,
)

from graph.state import RetrievedChunk

_HEADING_ONLY = re.compile(r"#{1,6} [^\n]*\Z")


def split_code(block: str, chunk_size: int) -> list[str]:
    """A fenced block too long for one chunk, cut between lines, each piece fenced again."""
    lines = block.splitlines()
    opener, closer = lines[0], lines[0].strip()[:3]
    body = lines[1:-1] if len(lines) > 1 and lines[-1].strip().startswith(closer) else lines[1:]
    room = max(chunk_size - len(opener) - len(closer) - 2, 1)
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in body:
        line = line[:room]
        if current and size + len(line) + 1 > room:
            pieces.append("\n".join([opener, *current, closer]))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pieces.append("\n".join([opener, *current, closer]))
    return pieces


def split_section(
    blocks: Sequence[tuple[str, bool]], chunk_size: int, chunk_overlap: int
) -> list[str]:
    """Pieces of one section's (text, is_code) blocks, each at most `chunk_size`
    characters: prose cut by the usual recursive splitter, a fenced code block kept
    whole when it fits, and neighbouring small pieces joined, so a code block
    stays with the sentence that introduces it."""
    sizer = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
    units: list[tuple[str, int]] = []  # (text, block number): pieces of one block overlap
    for n, (block, code) in enumerate(b for b in blocks if b[0].strip()):
        block = block.strip("\n")
        if code:
            pieces = [block] if len(block) <= chunk_size else split_code(block, chunk_size)
        else:
            pieces = sizer.split_text(block)
        units.extend((piece, n) for piece in pieces)
    chunks: list[str] = []
    last_block = -1
    for piece, number in units:
        fits = bool(chunks) and len(chunks[-1]) + 2 + len(piece) <= chunk_size
        heading_only = bool(chunks) and _HEADING_ONLY.match(chunks[-1]) is not None
        if fits and (number != last_block or heading_only):
            chunks[-1] += "\n\n" + piece
        elif heading_only:
            chunks[-1] = piece  # a bare heading says nothing the chunk's title does not
        else:
            chunks.append(piece)
        last_block = number
    return [c for c in chunks if not _HEADING_ONLY.match(c)]


def split_markdown(
    text: str, source: str, chunk_size: int = 1000, chunk_overlap: int = 150
) -> list[RetrievedChunk]:
    """Split on headings first, so each chunk knows its section path ("Install >
    From source"), then by size without cutting a code block that fits."""
    levels = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
    # This splitter keeps code blocks (as their own parts) and whitespace intact.
    parts = ExperimentalMarkdownSyntaxTextSplitter(levels, strip_headers=False).split_text(text)

    def section_path(part: Document) -> str:
        return " > ".join(part.metadata[k] for _, k in levels if k in part.metadata)

    chunks: list[RetrievedChunk] = []
    for path, section in itertools.groupby(parts, key=section_path):
        title = path or Path(source).stem
        blocks = [(p.page_content, "Code" in p.metadata) for p in section]
        for piece in split_section(blocks, chunk_size, chunk_overlap):
            digest = hashlib.sha256(piece.encode()).hexdigest()
            chunks.append(
                RetrievedChunk(
                    chunk_id=f"{source}#{len(chunks)}-{digest[:8]}",
                    source=source,
                    title=title,
                    text=piece,
                    position=len(chunks),
                    content_hash=digest,
                    score=0.0,
                )
            )
    return chunks
