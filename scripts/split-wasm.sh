#!/usr/bin/env bash
# Run by trunk after each build (the post_build hook in Trunk.toml), in place of trunk's own
# wasm-bindgen output: cuts the widget's wasm at its split points (`#[wasm_split]` in
# src/views/form_loader.rs) into the main module and one module per split point, then runs
# wasm-bindgen on the main module and, for release builds, wasm-opt -Oz on every module.
#
# Release builds also minify the JavaScript the widget ships (the glue, the split loader,
# assets/careers.js and assets/careers-view.js, which trunk has staged) with terser, from the npm packages: wasm-bindgen's
# glue is 47 KB as written, 22 KB minified (8.4 → 6.3 KB gzip).
#
# Output, in trunk's staging folder (so in dist/):
#   cds-careers.js, cds-careers_bg.wasm   the main module and its glue (what the listing needs)
#   split_<name>.<build>.wasm             a split point's code, fetched when first called
#   __wasm_split.js                       the loader the main module calls to fetch them
#
# A split module works only with the main module it was cut from (they share one memory and one
# function table). Its name carries <build>, a hash of both, so that a page opened before a new
# version was deployed never fetches the new version's module: it asks for its own, or fails
# and says so.
#
# The cut needs the linker's relocations (`-C link-args=--emit-relocs`, .cargo/config.toml) and
# wasm-split-cli (crate wasm_split_cli_support, installed by ./dev at the pinned version).
set -euo pipefail

profile=${TRUNK_PROFILE:-release}
target_dir=${CARGO_TARGET_DIR:-${TRUNK_SOURCE_DIR:-.}/target}
input="$target_dir/wasm32-unknown-unknown/$profile/cds-careers.wasm"
out=${TRUNK_STAGING_DIR:?run by trunk: TRUNK_STAGING_DIR is not set}
# The same features trunk's wasm-opt is given for the browsers the widget supports.
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
          --enable-mutable-globals --enable-reference-types --enable-multivalue)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wasm-split-cli "$input" "$work/split" --out-name cds-careers
wasm-bindgen --target web --keep-lld-exports --out-name cds-careers --out-dir "$work/bindgen" \
  "$work/split/cds-careers.wasm"

# -Oz, then the control flow flattened and rebuilt by the Relooper (--flatten --rereloop) and
# -Oz twice more: the main module is about 1 KB gzip smaller than with -Oz alone (171,887 →
# 170,895 bytes on 2026-12-04), for 5 s more of build.
optimize() { # source, destination
  if [ "$profile" = release ]; then
    wasm-opt -Oz --flatten --rereloop -Oz -Oz "${features[@]}" "$1" -o "$2"
  else
    cp "$1" "$2"
  fi
}

minify() { # a script, in place; --module for an ES module
  if [ "$profile" = release ]; then
    terser "$@" --compress --mangle --output "$1"
  fi
}

optimize "$work/bindgen/cds-careers_bg.wasm" "$work/cds-careers_bg.wasm"
chunks=()
for chunk in "$work"/split/*.wasm; do
  name=$(basename "$chunk" .wasm)
  [ "$name" = cds-careers ] && continue
  optimize "$chunk" "$work/$name.wasm"
  chunks+=("$name")
done

build=$(cd "$work" && cat cds-careers_bg.wasm "${chunks[@]/%/.wasm}" | sha256sum | cut -c1-12)
loader="$work/split/__wasm_split.js"
for name in "${chunks[@]}"; do
  grep -q "\"./$name.wasm\"" "$loader" || { echo "split-wasm.sh: $loader does not name $name.wasm" >&2; exit 1; }
  sed -i "s|\"./$name.wasm\"|\"./$name.$build.wasm\"|" "$loader"
  cp "$work/$name.wasm" "$out/$name.$build.wasm"
done
cp "$work/bindgen/cds-careers.js" "$loader" "$work/cds-careers_bg.wasm" "$out/"
for script in cds-careers.js __wasm_split.js careers.js; do
  minify "$out/$script" --module
done
minify "$out/careers-view.js"
