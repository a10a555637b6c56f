"""The service layer: the one path every client takes between the HTTP routers (api/)
and the graph (graph/) and storage (storage/): admission, the turn, run locks,
ownership, titles and failure records, rate limits and API keys."""
