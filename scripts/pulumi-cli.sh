#!/usr/bin/env bash
# Builds the real Pulumi CLI from the Go module proxy at a pinned version, for
# `npm run test:pulumi` (test/pulumi/**). Nothing prebuilt is downloaded and no
# Pulumi source is kept in this repository: the script writes a throw-away
# wrapper module in a temp dir that requires github.com/pulumi/pulumi/pkg/v3
# and sdk/v3 at the same version, copies pkg's non-local `replace` lines (pkg's
# own go.mod points sdk at ../sdk, which is why `go install pkg/...@v` refuses
# it) and builds github.com/pulumi/pulumi/pkg/v3/cmd/pulumi.
#
# The Node.js language host (module
# github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3) is NOT
# served by the module proxy ("403 not available"), and CLI v3.274 boots a
# Node.js policy pack only through a language host. So the same wrapper module
# also builds OUR test-only stand-in, test/pulumi/langhost/main.go, as
# bin/pulumi-language-nodejs next to the CLI (where the CLI looks for bundled
# language hosts). See docs/real-engine.md.
#
# Output: <cache>/pulumi-<version>/bin/{pulumi,pulumi-language-nodejs}, reused
# when present (the stand-in is rebuilt when its source changes). The bin dir is
# printed as the LAST line of stdout; progress goes to stderr.
#
#   bash scripts/pulumi-cli.sh            # cold: ~7 min on 2 cores (measured 391 s); warm: seconds
#   PULUMI_CLI_VERSION=3.274.1 bash scripts/pulumi-cli.sh
#   ICP_GUARD_CACHE=/somewhere bash scripts/pulumi-cli.sh   # default ~/.cache/icp-guard
set -euo pipefail

VERSION="${PULUMI_CLI_VERSION:-3.274.1}"
VERSION="${VERSION#v}"
CACHE_ROOT="${ICP_GUARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/icp-guard}"
OUT="$CACHE_ROOT/pulumi-$VERSION"
BIN="$OUT/bin"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LANGHOST_SRC="$REPO/test/pulumi/langhost/main.go"

log() { printf '[pulumi-cli] %s\n' "$*" >&2; }

need_cli=1
if [ -x "$BIN/pulumi" ] && [ -f "$OUT/.complete" ]; then need_cli=0; fi
langhost_sum="$(sha256sum "$LANGHOST_SRC" | cut -d' ' -f1)-v$VERSION"
need_langhost=1
if [ -x "$BIN/pulumi-language-nodejs" ] && [ "$(cat "$OUT/.langhost" 2>/dev/null)" = "$langhost_sum" ]; then
	need_langhost=0
fi

if [ "$need_cli" = 0 ] && [ "$need_langhost" = 0 ]; then
	log "reusing $BIN ($("$BIN/pulumi" version 2>/dev/null || echo '?'))"
	echo "$BIN"
	exit 0
fi

command -v go >/dev/null || { log "go is not on PATH: install Go >= 1.26 first"; exit 2; }

export GOTOOLCHAIN=local   # never fetch a toolchain
export GOFLAGS="-mod=mod -buildvcs=false"
export CGO_ENABLED=0
export GOWORK=off

work="$(mktemp -d "${TMPDIR:-/tmp}/icp-guard-pulumi-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"

start=$(date +%s)
log "building in $work: CLI=$([ $need_cli = 1 ] && echo yes || echo cached) language-host stand-in=$([ $need_langhost = 1 ] && echo yes || echo cached) (go $(go env GOVERSION), GOPROXY=$(go env GOPROXY))"

pkg_mod_json="$(go mod download -json "github.com/pulumi/pulumi/pkg/v3@v$VERSION")"
pkg_gomod="$(printf '%s\n' "$pkg_mod_json" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p')"
[ -f "$pkg_gomod" ] || { log "could not download pkg/v3@v$VERSION: $pkg_mod_json"; exit 1; }

go_line="$(grep -m1 '^go ' "$pkg_gomod" || echo 'go 1.24')"
{
	echo "module icpguard.local/pulumi-cli-build"
	echo
	echo "$go_line"
	echo
	echo "require ("
	echo "	github.com/pulumi/pulumi/pkg/v3 v$VERSION"
	echo "	github.com/pulumi/pulumi/sdk/v3 v$VERSION"
	echo ")"
	echo
	# Copy pkg's replace directives except the ones pointing at local paths
	# (../sdk): single-line and block forms.
	awk '
		/^replace[[:space:]]*\($/ { inblock = 1; next }
		inblock && /^\)/ { inblock = 0; next }
		inblock { line = $0; sub(/^[[:space:]]+/, "", line); if (line ~ /=>[[:space:]]*\.\.?\//) next; if (line != "" && line !~ /^\/\//) print "replace " line; next }
		/^replace[[:space:]]/ { if ($0 ~ /=>[[:space:]]*\.\.?\//) next; print }
	' "$pkg_gomod"
} >go.mod
log "wrapper go.mod:"
sed 's/^/[pulumi-cli]   /' go.mod >&2

# A tools file so `go mod tidy` keeps the CLI's imports; the stand-in is a package of the module.
cat >tools.go <<'EOF'
//go:build tools

package tools

import _ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
EOF
mkdir langhost
cp "$LANGHOST_SRC" langhost/main.go

log "resolving modules (go mod tidy)…"
go mod tidy >&2
# The wrapper must not move pulumi's own modules off the pinned version.
for m in github.com/pulumi/pulumi/pkg/v3 github.com/pulumi/pulumi/sdk/v3; do
	got="$(go list -m -f '{{.Version}}' "$m")"
	[ "$got" = "v$VERSION" ] || { log "$m resolved to $got, not v$VERSION"; exit 1; }
done

mkdir -p "$BIN"
if [ "$need_cli" = 1 ]; then
	log "compiling github.com/pulumi/pulumi/pkg/v3/cmd/pulumi… (long on 2 cores)"
	go build -trimpath \
		-ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$VERSION" \
		-o "$BIN/pulumi.tmp" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi >&2
	mv "$BIN/pulumi.tmp" "$BIN/pulumi"
	"$BIN/pulumi" version >&2
	printf 'pulumi v%s built in %ss with %s\n' "$VERSION" "$(($(date +%s) - start))" "$(go env GOVERSION)" >"$OUT/.complete"
fi
if [ "$need_langhost" = 1 ]; then
	log "compiling the language-host stand-in (test/pulumi/langhost)…"
	go build -trimpath -ldflags "-s -w -X main.version=$VERSION" \
		-o "$BIN/pulumi-language-nodejs.tmp" ./langhost >&2
	mv "$BIN/pulumi-language-nodejs.tmp" "$BIN/pulumi-language-nodejs"
	echo "$langhost_sum" >"$OUT/.langhost"
fi

log "done in $(($(date +%s) - start))s"
echo "$BIN"
