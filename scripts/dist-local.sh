#!/usr/bin/env bash
# Builds the Linux x86_64 release archive the way the release workflow does (cargo-dist,
# `dist` profile) and checks what is in it: the binary, README, LICENSE, CHANGELOG, every
# completion script and every man page of the repository. Then the unpacked binary must
# print the version of Cargo.toml.
#
#   scripts/dist-local.sh            # needs `dist` on PATH (or DIST=/path/to/dist)
#
# Install dist with `cargo install cargo-dist --locked` (the version in dist-workspace.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

dist="${DIST:-dist}"
target=x86_64-unknown-linux-gnu
name=chatwoot-bridge
if ! command -v "$dist" > /dev/null; then
  echo "error: '$dist' not found: cargo install cargo-dist --locked, or set DIST" >&2
  exit 1
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
archive="target/distrib/$name-$target.tar.xz"
rm -f "$archive"

echo "== $dist build --artifacts=local --target $target"
"$dist" build --artifacts=local --target "$target"
[ -f "$archive" ] || { echo "error: dist built no $archive" >&2; exit 1; }

echo "== $archive ($(stat -c %s "$archive") bytes)"
listing=$(tar -tJvf "$archive")
echo "$listing"
names=$(awk '{print $NF}' <<<"$listing")

root="$name-$target"
expected=("$root/$name" "$root/README.md" "$root/LICENSE" "$root/CHANGELOG.md")
for f in completions/*; do expected+=("$root/completions/$(basename "$f")"); done
for f in docs/man/*.1; do expected+=("$root/man/$(basename "$f")"); done

missing=()
for f in "${expected[@]}"; do
  grep -qxF "$f" <<< "$names" || missing+=("$f")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "error: missing from $archive:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  exit 1
fi
echo "== all ${#expected[@]} expected files are in the archive"

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
tar -xJf "$archive" -C "$unpacked"
bin="$unpacked/$root/$name"
[ -x "$bin" ] || { echo "error: $root/$name is not executable" >&2; exit 1; }
printed=$("$bin" --version)
echo "== $root/$name --version: $printed"
if [ "$printed" != "$name $version" ]; then
  echo "error: expected '$name $version'" >&2
  exit 1
fi
echo "== binary: $(stat -c %s "$bin") bytes; ok"
