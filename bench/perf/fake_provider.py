"""The fake OpenAI-compatible provider (fakes/openai_server.py) as a process of its own,
for the load benchmark: answers padded to `--tokens` words, one word per chunk, each
after `--delay-ms`; a request can say otherwise with a directive in its latest user
message, `[[bench tokens=3000 delay_ms=20]]`. `/stats` counts requests and open streams.

    python -m bench.perf.fake_provider --port 8100 [--delay-ms 20] [--tokens 40]
"""

from __future__ import annotations

import argparse

from fakes.openai_server import FakeOpenAI


def answer_words(body: dict[str, object], tokens: int) -> list[str]:
    """The pieces the fake streams for this request at the default length `tokens`."""
    return FakeOpenAI(tokens=tokens).pieces_for(body)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--delay-ms", type=float, default=20.0, help="pause before each token")
    parser.add_argument("--tokens", type=int, default=40, help="words per answer")
    args = parser.parse_args()

    import uvicorn

    uvicorn.run(
        FakeOpenAI(delay_s=args.delay_ms / 1000, tokens=args.tokens).app(),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        loop="uvloop",
        http="httptools",
        backlog=4096,
        timeout_keep_alive=120,
    )


if __name__ == "__main__":
    main()
