# The two commands: `make up` runs the whole suite, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
SERVICES := profile billing loyalty messaging files
PACKAGES := libs/clientcard_kit $(addprefix services/,$(SERVICES)) gateway clients/python

export PATH := $(BIN):$(PATH)
export PSYCOPG_WAIT_FUNC := wait_selector
export POSTGRES_BASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432
export AMQP_URI ?= amqp://guest:guest@127.0.0.1:5672/
export S3_PORT ?= 9000
export S3_ENDPOINT ?= 127.0.0.1:$(S3_PORT)
export S3_ACCESS_KEY ?= clientcard
export S3_SECRET_KEY ?= clientcard-secret
export S3_BUCKET ?= clientcard-files

.PHONY: up test install setup lint unit integration check-deploy images bench chaos demo clean sdk

$(VENV)/.installed: constraints.txt requirements-dev.txt $(addsuffix /pyproject.toml,$(PACKAGES))
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt $(addprefix -e ,$(PACKAGES)) -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

setup: install
	$(BIN)/python scripts/setup_suite.py
	@# the staff page's browser tests drive Debian's chromium (never `playwright install`)
	@test -x /usr/bin/chromium || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	@# tests/deploy runs the suite's database layer through a real PgBouncer, as production does
	@test -x /usr/sbin/pgbouncer || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null

up: setup
	exec $(BIN)/honcho start -f Procfile

# the same commands as .pre-commit-config.yaml; lint-imports needs the gateway package ahead of the
# gateway/ folder, which the repository root would otherwise shadow as a namespace package
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONPATH=gateway $(BIN)/lint-imports
	$(BIN)/mypy
	bash scripts/check_deploy.sh

# the tests that need no server (no PostgreSQL, RabbitMQ or Redis): tests using one are marked `servers`
unit: install
	$(BIN)/pytest -q -m "not servers" libs/clientcard_kit/tests services/*/tests/unit gateway/tests/unit

integration: install
	$(BIN)/pytest -q tests/integration

test: setup lint
	$(BIN)/python scripts/openapi_document.py | $(BIN)/openapi-spec-validator -
	$(BIN)/pytest libs/clientcard_kit/tests services gateway/tests chaos/tests tests/deploy tests/integration tests/web

# the Python SDK in clients/python, generated from the gateway's OpenAPI document (commit both)
sdk: install
	$(BIN)/python scripts/openapi_document.py > clients/openapi.json
	$(BIN)/openapi-python-client generate --path clients/openapi.json --config clients/sdk-config.yaml \
		--meta setup --output-path clients/python --overwrite

# the images docker-compose.yml and deploy/k8s run, where Docker exists (CLIENTCARD_REGISTRY=..., CLIENTCARD_TAG=...)
images:
	for svc in $(SERVICES); do docker build -f services/Dockerfile --build-arg SERVICE=$$svc \
	  -t $${CLIENTCARD_REGISTRY:-clientcard}/$$svc:$${CLIENTCARD_TAG:-dev} . || exit 1; done
	docker build -f gateway/Dockerfile -t $${CLIENTCARD_REGISTRY:-clientcard}/gateway:$${CLIENTCARD_TAG:-dev} .

# figures, not tests: a suite of its own, seeded in bulk, loaded by wrk (see README, Benchmarks)
bench: install
	command -v wrk >/dev/null || apt-get install -y wrk || sudo apt-get install -y wrk
	$(BIN)/python -m bench.run $(ARGS)

# faults under load on a suite of its own (loopback only, a few minutes): nothing lost, nothing doubled (see README, Chaos)
chaos: install
	$(BIN)/python -m chaos.run $(ARGS)

# a living demo chain in a running `make up` (another terminal), through the public API; prints the page and a staff key
demo: install
	$(BIN)/python scripts/demo.py $(ARGS)

clean:
	rm -rf $(VENV)
