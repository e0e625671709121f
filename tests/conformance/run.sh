#!/usr/bin/env bash
# Conformance of the exports: every sample design (resources/samples/) and every CloudFormation
# template of ../shared/corpus/cloudformation/ (imported on the fly by `stackyard export`) is
# exported to every format into a temporary folder and checked with the independent validators
# ../shared/tools/cfn-validate and ../shared/tools/tf-validate. Exits non-zero on any finding of
# severity error, on a failed export, or when the stackyard binary is missing; skips (exit 0)
# with a message when ../shared/tools is absent. STACKYARD_SHARED_DIR overrides where ../shared is
# (a git worktree sits elsewhere).
#
# usage: tests/conformance/run.sh [--bin PATH/TO/stackyard] [--samples-only] [--keep]
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${STACKYARD_SHARED_DIR:-$root/../shared}"
tools="$shared/tools"
corpus="$shared/corpus/cloudformation"
bin="${STACKYARD_BIN:-$root/build/bin/stackyard}"
samples_only=0
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin="$2"; shift 2 ;;
        --samples-only) samples_only=1; shift ;;
        --keep) keep=1; shift ;;
        *) echo "usage: $0 [--bin PATH] [--samples-only] [--keep]" >&2; exit 2 ;;
    esac
done

if [ ! -x "$tools/cfn-validate" ] || [ ! -x "$tools/tf-validate" ]; then
    echo "conformance: SKIPPED: $tools (cfn-validate, tf-validate) is absent"
    exit 0
fi
if [ ! -x "$bin" ]; then
    echo "conformance: stackyard binary not found at $bin (build it or pass --bin)" >&2
    exit 2
fi

out="$(mktemp -d "${TMPDIR:-/tmp}/stackyard-conformance.XXXXXX")"
[ "$keep" = 1 ] || trap 'rm -rf "$out"' EXIT
failures=0
checked=0

inputs=("$root"/resources/samples/*.stackyard.json)
if [ "$samples_only" = 0 ] && [ -d "$corpus" ]; then
    for t in "$corpus"/*.yaml "$corpus"/*.yml "$corpus"/*.json "$corpus"/*.template; do
        [ -e "$t" ] && inputs+=("$t")
    done
fi

for input in "${inputs[@]}"; do
    name="$(basename "$input")"
    name="${name%.stackyard.json}"
    dir="$out/$name"
    mkdir -p "$dir"
    for format in cloudformation-yaml cloudformation-json terraform; do
        case "$format" in
            cloudformation-yaml) target="$dir/cfn-yaml/template.yaml" ;;
            cloudformation-json) target="$dir/cfn-json/template.json" ;;
            terraform) target="$dir/terraform" ;;
        esac
        mkdir -p "$(dirname "$target")"
        if ! "$bin" export "$input" --to "$format" -o "$target" >"$dir/$format.log" 2>&1; then
            echo "FAIL export $name --to $format:"
            sed 's/^/    /' "$dir/$format.log"
            failures=$((failures + 1))
            continue
        fi
        checked=$((checked + 1))
        if [ "$format" = terraform ]; then
            result="$("$tools/tf-validate" "$target" 2>&1)"
        else
            result="$("$tools/cfn-validate" "$target" 2>&1)"
        fi
        status=$?
        if [ $status -ne 0 ]; then
            echo "FAIL $name ($format):"
            echo "$result" | sed 's/^/    /'
            failures=$((failures + 1))
        else
            echo "ok   $name ($format): $(echo "$result" | tail -n 1)"
        fi
    done
done

echo "conformance: $checked exports checked, $failures failed"
[ "$failures" -eq 0 ]
