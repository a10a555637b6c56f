"""Stand-ins shared by the tests and the benchmarks: fake chat models and embedder
(`fakes.models`), a fake OpenAI-compatible provider (`fakes.openai_server`) and a TCP
proxy that can be cut (`fakes.tcp_proxy`). Not part of the product: the wheel does not
ship this package and nothing in graph/, api/, storage/ or the entry points imports it."""
