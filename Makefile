# The two commands: `make up` runs the whole suite, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
SERVICES := profile billing loyalty messaging files
PACKAGES := libs/clientcard_kit $(addprefix services/,$(SERVICES)) gateway

export PATH := $(BIN):$(PATH)
export PSYCOPG_WAIT_FUNC := wait_selector
export POSTGRES_BASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432
export AMQP_URI ?= amqp://guest:guest@127.0.0.1:5672/
export S3_PORT ?= 9000
export S3_ENDPOINT ?= 127.0.0.1:$(S3_PORT)
export S3_ACCESS_KEY ?= clientcard
export S3_SECRET_KEY ?= clientcard-secret
export S3_BUCKET ?= clientcard-files

.PHONY: up test install setup lint unit integration check-deploy bench clean

$(VENV)/.installed: constraints.txt requirements-dev.txt $(addsuffix /pyproject.toml,$(PACKAGES))
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt $(addprefix -e ,$(PACKAGES)) -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

setup: install
	$(BIN)/python scripts/setup_suite.py

up: setup
	exec $(BIN)/honcho start -f Procfile

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	bash scripts/check_deploy.sh

unit: install
	$(BIN)/pytest -q services gateway/tests

integration: install
	$(BIN)/pytest -q tests/integration

test: setup lint
	$(BIN)/pytest libs/clientcard_kit/tests services gateway/tests tests/integration

clean:
	rm -rf $(VENV)
