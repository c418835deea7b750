#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

stages=(
  "npm run lint"
  "npm run typecheck"
  "npm run test:unit"
  "npm run test:integration"
  "bash tests/e2e/ensure-chromium.sh"
  "npx next build"
  "npm run test:e2e"
)
passed=0
failed=0
current=""

summary() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -n "$current" ]; then
    failed=1
    echo
    echo "FAILED: $current (exit $status)"
  fi
  local not_run=$(( ${#stages[@]} - passed - failed ))
  echo
  if [ "$not_run" -gt 0 ]; then
    echo "$passed passed, $failed failed, $not_run not run"
  else
    echo "$passed passed, $failed failed"
  fi
}
trap summary EXIT

for stage in "${stages[@]}"; do
  current="$stage"
  echo
  echo "==> [$((passed + 1))/${#stages[@]}] $stage"
  started=$SECONDS
  $stage
  echo "<== $stage: ok ($((SECONDS - started)) s)"
  passed=$((passed + 1))
done
current=""
