"""Measurements of threadline, by kind: `bench.perf` (speed and memory, each against a
baseline in the same run), `bench.evals` (quality on labelled data) and
`bench.training` (the scripts that build the artefacts shipped in graph/data/);
`bench.common` holds what more than one kind uses. Results go to bench/results/."""
