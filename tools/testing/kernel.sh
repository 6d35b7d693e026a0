#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Unpack Debian's linux-source-6.12 once and build the debug test kernel
# (QEMU x86_64) from test-kernel.config, or from the fragments in
# SIO_KERNEL_FRAGMENTS; both are cached outside the repo.
# Prints the build directory (usable as KDIR for M= builds) on stdout.
set -euo pipefail
LOG_TAG=kernel
. "$(dirname "$0")/env.sh"

[ -f "$KERNEL_TARBALL" ] || die "$KERNEL_TARBALL missing: run tools/testing/setup.sh"
src=$(kernel_src_dir)
build=$(kernel_build_dir)

if [ -f "$build/.complete" ]; then
	log "cached: $build"
	echo "$build"
	exit 0
fi

if [ ! -f "$src/Makefile" ]; then
	log "unpacking $KERNEL_TARBALL into $src"
	mkdir -p "$src.tmp"
	tar -xJf "$KERNEL_TARBALL" -C "$src.tmp" --strip-components=1
	mv "$src.tmp" "$src"
fi

mkdir -p "$build"
kmake() { make -C "$src" O="$build" ARCH=x86_64 "$@"; }

log "configuring: allnoconfig + $(for f in $KERNEL_FRAGMENTS; do basename "$f"; done | paste -sd+)"
kmake -s allnoconfig >/dev/null
# shellcheck disable=SC2086 # a list of paths
"$src/scripts/kconfig/merge_config.sh" -m -O "$build" "$build/.config" \
	$KERNEL_FRAGMENTS >/dev/null
kmake -s olddefconfig >/dev/null

# Kconfig silently drops options whose dependencies are missing. A later
# fragment's line for a symbol stands in for an earlier one's.
declare -A wanted
# shellcheck disable=SC2086
while read -r line; do
	case "$line" in
	CONFIG_*=*) wanted[${line%%=*}]=$line ;;
	"# CONFIG_"*" is not set") sym=${line#\# }; wanted[${sym%% *}]=$line ;;
	esac
done < <(cat $KERNEL_FRAGMENTS)
missing=0
for sym in "${!wanted[@]}"; do
	case "${wanted[$sym]}" in
	CONFIG_*)
		grep -qx "${wanted[$sym]}" "$build/.config" ||
			{ log "not in .config: ${wanted[$sym]}"; missing=1; } ;;
	*)
		! grep -q "^$sym=" "$build/.config" || { log "should be unset: $sym"; missing=1; } ;;
	esac
done
[ "$missing" = 0 ] || die "the config fragments do not hold; see above"

jobs=${JOBS:-$(nproc)}
# How many files the last build compiled, for the progress estimate; the
# first build of this config compiled 1230.
estimate=$(cat "$CACHE_DIR/kernel/files-compiled" 2>/dev/null || echo 1230)
log "building Linux $(kernel_pkg_version) with -j$jobs, about $estimate files (log: $build/build.log)"
start=$SECONDS
kmake -j"$jobs" >"$build/build.log" 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
	sleep 30
	kill -0 "$pid" 2>/dev/null || break
	done_files=$(grep -c '^  CC' "$build/build.log" || true)
	log "$done_files of about $estimate files ($((done_files * 100 / estimate))%)," \
	    "$(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s," \
	    "now: $(tail -n 1 "$build/build.log" | cut -c1-60)"
done
if ! wait "$pid"; then
	tail -n 30 "$build/build.log" >&2
	die "kernel build failed"
fi
grep -c '^  CC' "$build/build.log" > "$CACHE_DIR/kernel/files-compiled"
touch "$build/.complete"
log "built in $(( SECONDS - start )) s: $build"
echo "$build"
