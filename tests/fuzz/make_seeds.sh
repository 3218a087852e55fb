#!/usr/bin/env bash
# Builds the seed corpora for the fuzz targets under build/fuzz/corpus
# (not committed): every test program and standard-library file as source
# for fuzz_compile; their bytecode, made by seed_blc, for fuzz_loader.
# Usage: tests/fuzz/make_seeds.sh FUZZ_BUILD_DIR
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build/fuzz}
compile_dir=$build/corpus/compile
loader_dir=$build/corpus/loader
mkdir -p "$compile_dir" "$loader_dir"
n=0
while IFS= read -r f; do
  n=$((n + 1))
  cp "$f" "$compile_dir/$n-$(basename "$f")"
done < <(find tests/lang tests/vm stdlib examples -name '*.ex' -o -name '*.exs' | sort)
echo "$n source files in $compile_dir"
find tests/lang stdlib -name '*.ex' -o -name '*.exs' | sort | xargs "$build/seed_blc" "$loader_dir"
