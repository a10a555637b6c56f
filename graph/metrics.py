"""Prometheus series of the chat runs themselves; `/metrics` exposes them with the
HTTP series. Module-level, as prometheus-client expects: one registry per process."""

from prometheus_client import Counter, Histogram

TIME_TO_FIRST_TOKEN = Histogram(
    "threadline_time_to_first_token_seconds",
    "From the start of a streamed run to its first released text",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30),
)
TOKENS_GENERATED = Counter(
    "threadline_tokens_generated_total", "Chunks (about one token each) the chat model wrote"
)
OUTPUT_RETRIES = Counter(
    "threadline_output_retries_total", "Drafts blocked by output moderation and asked again"
)
GENERATE_ERRORS = Counter(
    "threadline_generate_errors_total",
    "Errors while writing a draft (provider errors and others), by whether they are retried",
    ["transient"],
)
RUN_ERRORS = Counter("threadline_run_errors_total", "Chat runs that failed", ["error"])
