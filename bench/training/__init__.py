"""The scripts that build the artefacts threadline ships in graph/data/ (`make train`
runs them; their outputs are committed)."""
