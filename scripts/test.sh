#!/usr/bin/env bash
# The whole test suite: model, protocol, SSH, engine lifecycle, and the
# end-to-end tests on real Xen hosts booted under QEMU. Installs what it needs.
#   scripts/test.sh                 everything
#   scripts/test.sh test/model      one folder (vitest filters)
set -euo pipefail
cd "$(dirname "$0")/.."
# jsii-python: the wheel tests need python3-venv; without it they would only skip. cdktn:
# CDK Terrain's CLI and a Node 22 for it (test/constructs/e2e.test.ts deploys with it).
# cloud-init: the seed tests read the image with Debian's cloud-init, xorriso and isoinfo.
# release: gpg, qemu-user, openssl and unzip for the release test (test/release).
# volumes: mkfs.btrfs for the reflink test (test/engine/volume-images.test.ts; skipped without).
eval "$(scripts/setup.sh jsii-python cdktn cloud-init release volumes)"
npm run build >&2
# Two queues side by side (vitest.config.mts): the tests on real hosts under QEMU, whose
# emulated CPUs leave the machine's other core mostly idle, and the local tests. Each runs
# its files one at a time; the local queue's report is printed when it is done.
# The local queue's whole report stays in node_modules/.cache/cdktf-xen-test/local.log after the run.
local_log=node_modules/.cache/cdktf-xen-test/local.log
mkdir -p "$(dirname "$local_log")"; : >"$local_log"
# What the run leaves out on purpose (an opt-out such as CDKTF_XEN_SKIP_TOFU=1), from test/harness/required.ts.
export CDKTF_XEN_SKIPS; CDKTF_XEN_SKIPS=$(mktemp)
trap 'rm -f "$CDKTF_XEN_SKIPS"' EXIT
# A filtered run (`npm test -- test/model`) may leave one queue empty; the whole run may not.
empty_ok=(); [ $# -gt 0 ] && empty_ok=(--passWithNoTests)
# Printed by node, not cat: the hosts queue's node shares this stdout and makes it non-blocking,
# and cat fails at the first EAGAIN when a pipe (tee, CI) is full — the report cut short, and
# under set -e this subshell then exited 1 although every local test had passed (a red run whose
# log showed no failure). Node waits for the pipe instead; the queue's verdict is vitest's alone.
print_file() { node -e 'process.stdout.write(require("fs").readFileSync(process.argv[1]))' "$1"; }
( status=0; npx vitest run --project local "${empty_ok[@]}" "$@" >"$local_log" 2>&1 || status=$?
  print_file "$local_log" || echo "(the local queue's report could not be printed: see $local_log)" >&2
  exit $status ) &
local_pid=$!
status=0
npx vitest run --project hosts "${empty_ok[@]}" "$@" || status=$?
local_status=0; wait "$local_pid" || local_status=$?
# The local queue's report scrolled by long before this point: its verdict and any failures again,
# so that the run's last lines say what failed in either queue. Written to a file and printed by
# node too: stdout may still be non-blocking, and a failed echo would end the run (set -e).
[ "$local_status" = 0 ] || status=1
summary() {
  echo "Local queue: $(sed 's/\x1b\[[0-9;]*m//g' "$local_log" | grep -E '^ +(Test Files|Tests|Errors) ' | tr -s ' ' | paste -sd';' -) (exit $local_status; report: $local_log)"
  if [ "$local_status" != 0 ]; then
    sed 's/\x1b\[[0-9;]*m//g' "$local_log" | grep -E '^ *(×|FAIL|❯ .*\([0-9]+ tests?( \||\)).* [0-9]+ failed)' | sort -u | head -40 | sed 's/^ */  /' || true
    # errors outside any test (an unhandled rejection, a failed teardown) fail the run with every test passed
    sed 's/\x1b\[[0-9;]*m//g' "$local_log" | awk '/Unhandled (Error|Rejection)|Errors? (in|during)/ { n = 40 } n-- > 0' | head -80 || true
  fi
  if [ -s "$CDKTF_XEN_SKIPS" ]; then
    echo "Left out of this run, on purpose:"
    sort -u "$CDKTF_XEN_SKIPS" | sed 's/^/  - /'
  fi
}
summary >"$local_log.summary"
print_file "$local_log.summary" || true
# Real Xen hosts booted by the e2e tests are stopped here, whatever happened.
if [ -x testhost/testhost.sh ] && [ -z "${CDKTF_XEN_KEEP_HOSTS:-}" ]; then
  testhost/testhost.sh down all >/dev/null 2>&1 || true
fi
exit $status
