"""Embedded model throughput: tokens per second of the answer through
threadline's `/chat/stream`, against llama-cpp-python called directly with the
same model, prompt and sampling settings, alternating in the same run.

    python -m bench.perf.embedded_model [--rounds 5] [--max-tokens 128]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.perf.serving import start, time_stream
from graph.embedded_model import EmbeddedChatModel, smollm2_path
from graph.prompts import SYSTEM_PROMPT

QUESTION = "Write a short story about a lighthouse keeper and a storm."


def serve(port: int, max_tokens: int) -> None:
    """threadline on the embedded defaults, with an empty knowledge base so the
    prompt is exactly the direct run's: system prompt and question."""
    import uvicorn

    from server import create_app
    from settings import Settings

    os.environ.pop("OPENAI_API_KEY", None)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        settings = Settings(
            data_dir=Path(tmp) / "data", docs_dir=docs, max_new_tokens=max_tokens, _env_file=None
        )
        uvicorn.run(create_app(settings), host="127.0.0.1", port=port, log_level="warning")


def direct_run(llama: Any, model: EmbeddedChatModel, max_tokens: int) -> tuple[int, float]:
    start = time.perf_counter()
    tokens = 0
    for chunk in llama.create_chat_completion(
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": QUESTION},
        ],
        stream=True,
        max_tokens=max_tokens,
        temperature=model.temperature,
        repeat_penalty=model.repeat_penalty,
    ):
        if chunk["choices"][0]["delta"].get("content"):
            tokens += 1
    return tokens, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--port", type=int)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--out", type=Path, default=Path("bench/results/embedded_model.json"))
    args = parser.parse_args()
    if args.serve:
        return serve(args.port, args.max_tokens)

    from llama_cpp import Llama

    defaults = EmbeddedChatModel(model_path=str(smollm2_path()))
    llama = Llama(
        model_path=defaults.model_path,
        n_ctx=defaults.n_ctx,
        n_threads=defaults.n_threads,
        verbose=False,
    )
    process, url = start("bench.perf.embedded_model", "--max-tokens", str(args.max_tokens))
    body = {"input": {"messages": [{"type": "human", "content": QUESTION}]}}
    rates: dict[str, list[float]] = {"direct": [], "threadline": []}
    try:
        with httpx.Client(timeout=600) as client:
            time_stream(client, f"{url}/chat/stream", body)  # warm-up: loads the model
            direct_run(llama, defaults, args.max_tokens)
            for _ in range(args.rounds):
                _, total, text = time_stream(client, f"{url}/chat/stream", body)
                served_tokens = len(llama.tokenize(text.encode(), add_bos=False, special=False))
                rates["threadline"].append(served_tokens / total)
                tokens, seconds = direct_run(llama, defaults, args.max_tokens)
                rates["direct"].append(tokens / seconds)
    finally:
        process.terminate()
    result: dict[str, Any] = {k: round(statistics.median(v), 1) for k, v in rates.items()}
    result["ratio"] = round(result["threadline"] / result["direct"], 3)
    result["samples"] = {k: [round(x, 1) for x in v] for k, v in rates.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
