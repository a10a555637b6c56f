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

.PHONY: setup browser schemathesis run test lint bench

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
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; }

run: setup
	$(BIN)/threadline serve

test: setup browser schemathesis
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: setup
	$(BIN)/python -m bench.checkpoint_growth
	$(BIN)/python -m bench.serving_overhead
	$(BIN)/python -m bench.embedded_model
	$(BIN)/python -m bench.provider_faults
	$(BIN)/python -m bench.openai_overhead
	$(BIN)/python -m bench.stream_holdback
	$(BIN)/python -m bench.load
