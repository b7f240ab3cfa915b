#!/usr/bin/env bash
# The whole test suite: model, protocol, SSH, engine lifecycle, and the
# end-to-end tests on real Xen hosts booted under QEMU. Installs what it needs.
#   scripts/test.sh                 everything
#   scripts/test.sh test/model      one folder (vitest filters)
set -euo pipefail
cd "$(dirname "$0")/.."
# jsii-python: the wheel tests need python3-venv; without it they would only skip.
eval "$(scripts/setup.sh jsii-python)"
npm run build >&2
status=0
npx vitest run "$@" || status=$?
# Real Xen hosts booted by the e2e tests are stopped here, whatever happened.
if [ -x testhost/testhost.sh ] && [ -z "${CDKTF_XEN_KEEP_HOSTS:-}" ]; then
  testhost/testhost.sh down all >/dev/null 2>&1 || true
fi
exit $status
