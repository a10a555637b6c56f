"""An OpenAI-compatible API over the chat graph: `/v1/chat/completions` and `/v1/models`."""
