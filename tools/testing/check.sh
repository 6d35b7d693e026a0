#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make check and make soak: lint, the build matrix, the packaging tests, and
# the KUnit suites and end-to-end tests in the debug kernel under QEMU. Ends
# with "N passed, N failed" and exits non-zero if anything failed.
#
# SIO_TIER=check (make check) runs the system tests at regression counts,
# SIO_TIER=soak (make soak) at the full pre-release counts: the guest scripts
# read the tier from the kernel command line (tools/testing/guest/lib/tier.sh).
# SIO_STEPS, a comma-separated list, picks what runs besides the test
# modules' own build (default: all of lint,matrix,boot,packaging);
# SIO_GROUPS, a regular expression, picks the boot's test groups.
# SIO_KERNEL_ARGS go on the guests' kernel command line, e.g.
# sio.settings=tick=free;readback=left for the Fintek model's switches; the
# soak adds a boot per model that runs its suites under every setting of
# its switches (model-settings.sh).
set -uo pipefail
LOG_TAG=${SIO_TIER:-check}
. "$(dirname "$0")/env.sh"

tier=${SIO_TIER:-check}
case $tier in check|soak) ;; *) die "SIO_TIER is check or soak, not '$tier'" ;; esac
steps=,${SIO_STEPS:-lint,matrix,boot,packaging},
want() { [[ $steps == *,$1,* ]]; }

check_start=$(date +%s)
"$TESTING_DIR/setup.sh" || die "setup failed"
kdir=$("$TESTING_DIR/kernel.sh") || die "test kernel build failed"
ksrc=$(kernel_src_dir)
# One work area per checkout, so that two checkouts can run side by side.
work=$CACHE_DIR/check/$(printf %s "$REPO_DIR" | sha256sum | cut -c1-8)
mkdir -p "$work"
: > "$work/steps"

# A file, not variables, counts the verdicts: the steps run in subshells.
: > "$work/verdicts"
verdict() {	# verdict NAME STATUS DETAIL_FILE
	if [ "$2" = 0 ]; then
		echo pass >> "$work/verdicts"; echo "ok   $1"
	else
		echo fail >> "$work/verdicts"; echo "FAIL $1"
		sed -n '1,40s/^/     /p' "$3"
	fi
}
no_findings() {	# no_findings NAME FINDINGS_FILE
	if [ -s "$2" ]; then verdict "$1" 1 "$2"; else verdict "$1" 0 "$2"; fi
}
# CPU seconds (user and system) of this shell and its waited-for children,
# from "times" in this shell: a command substitution would be another.
cpu_seconds() {	# cpu_seconds VAR
	local file=$work/times.$BASHPID
	times > "$file"
	printf -v "$1" %d "$(awk '{ for (i = 1; i <= 2; i++) {
		split($i, t, /[ms]/); s += t[1] * 60 + t[2] } } END { print int(s) }' "$file")"
	rm -f "$file"
}
# In a subshell of its own, so that its CPU time holds none of the
# background steps this shell reaps meanwhile.
timed() {	# timed NAME COMMAND...: runs it, and notes its wall and CPU time
	local start=$(date +%s)
	(
		"${@:2}"
		status=$?
		cpu_seconds cpu
		echo "$1 $(($(date +%s) - start)) $cpu" >> "$work/steps"
		exit $status
	)
}

# Our files only: the kernel's own headers are not ours to lint.
ours() { grep -E "^($src/)?(drivers|include|lib)/" || true; }

# Out of tree the test flavour needs a tree of its own, or its objects
# would mix with those of a plain "make" in the work tree.
src=$work/src
sync_sources "$src"
# The flavours' CONFIG_ values come from the top-level Makefile.
: "${SIO_CONFIG:?run me through make check}" "${SIO_TEST_CONFIG:?}"
kmake() { make -C "$kdir" M="$src" $SIO_TEST_CONFIG "$@"; }

build_test_modules() {
	log "build: test modules with W=1"
	kmake -s clean >/dev/null 2>&1
	kmake W=1 -j"$(nproc)" modules > "$work/build.log" 2>&1
	local status=$?
	grep -E 'warning:|error:' "$work/build.log" > "$work/build-findings.log"
	[ $status = 0 ] || echo "make exited with $status" >> "$work/build-findings.log"
	no_findings "build: modules build with W=1 and no warning" "$work/build-findings.log"
}

# The groups SIO_GROUPS picks; one whose setup or script says "# boot: last"
# pins its driver. One that says "# boot: stock-7.2" needs what the test
# kernel lacks, and the packaging tests boot it on Debian's 7.2 kernel.
group_specs() {
	{
		find "$src" -name '*_kunit.ko' -printf '%f\n' | sed 's/\.ko$//'
		grep -Lx '# boot: stock-7.2' "$TESTING_DIR"/guest/e2e/*.sh |
			sed 's|.*/||; s/\.sh$//'
	} | sort | grep -xE "${SIO_GROUPS:-.*}" | while read -r group; do
		if grep -qx '# boot: last' "$TESTING_DIR"/guest/{e2e,kunit-setup}/"$group.sh" \
			2>/dev/null; then
			echo "$group:last"
		else
			echo "$group"
		fi
	done
}

# Each tier has its own measured times: a group's soak run says nothing of
# its regression run. A run of some groups keeps what earlier runs
# measured of the others; a group no run has measured yet counts as its
# seed file has it.
durations=$work/durations-$tier
latest() { cat "$@" 2>/dev/null | awk '{ s[$1] = $2 } END { for (g in s) print g, s[g] }'; }

boot_pids=() boot_names=()
start_boots() {
	local boots=() plan i name
	latest "$TESTING_DIR/durations-$tier.seed" "$durations" > "$work/durations.plan"
	# Two boots side by side fill two cores; each takes the groups that
	# even out their times.
	while read -r plan; do boots+=("$plan"); done < <("$TESTING_DIR/plan.py" \
		"${SIO_PARALLEL_BOOTS:-2}" "$work/durations.plan" $(group_specs))
	if [ ${#boots[@]} = 0 ]; then
		# A run of no test is no pass.
		echo "SIO_GROUPS='$SIO_GROUPS' names no KUnit suite or end-to-end script" \
			> "$work/no-groups.log"
		verdict "booted kernel: SIO_GROUPS picks a group" 1 "$work/no-groups.log"
		return 0
	fi
	# Mainline's f71808e_wdt, for fintek_wdt_mainline_e2e.
	"$TESTING_DIR/mainline.sh" "$kdir" "$src" "$work/mainline" || return 1
	"$TESTING_DIR/initramfs.sh" "$kdir" "$src" "$work/initramfs.cpio" \
		"$work/mainline" || return 1
	log "booted kernel: KUnit suites and end-to-end tests, $tier counts"
	export QEMU_TIMEOUT=${QEMU_TIMEOUT:-3600}
	for i in "${!boots[@]}"; do
		start_boot boot$((i + 1)) "${boots[$i]}" "${SIO_KERNEL_ARGS:-}"
	done
	[ "$tier" = soak ] || return 0
	# The soak runs each model's suites under every setting of its
	# switches, a boot per model beside the others.
	. "$TESTING_DIR/model-settings.sh"
	start_matrix matrix-fintek "$FINTEK_MATRIX_GROUPS" "$FINTEK_MATRIX_SETTINGS"
	start_matrix matrix-tpm "$TPM_MATRIX_GROUPS" "$TPM_MATRIX_SETTINGS"
}

start_boot() {	# start_boot NAME GROUPS KERNEL_ARGS
	log "$1: ${2//,/, }${3:+ ($3)}"
	timed "$1" "$TESTING_DIR/qemu.sh" "$kdir" "$work/initramfs.cpio" \
		"$work/console-$1.log" "$work/results-$1.raw" \
		"sio.run=$2 sio.tier=$tier${3:+ $3}" "$1" &
	boot_pids+=($!) boot_names+=("$1=$2")
}

start_matrix() {	# start_matrix NAME GROUPS SETTINGS: those SIO_GROUPS picks
	local groups
	groups=$(echo "$2" | tr , '\n' | grep -xE "${SIO_GROUPS:-.*}" | paste -sd,)
	[ -z "$groups" ] || start_boot "$1" "$groups" "sio.settings=$3"
}

# Beside the boots, niced: the boots' timeouts matter more than these
# tests' wall time. The DKMS tests' boots of Debian's stock kernels join
# the verdict below as "dkms-<kernel>".
DKMS_KERNELS="6.12 6.1 7.2"
start_packaging() {
	local packaging=$REPO_DIR/tools/packaging
	log "packaging: make install, make patches, DKMS, in the background"
	{
		renice -n 10 -p "$BASHPID" > /dev/null
		timed packaging:install "$packaging/install-test.sh" "$kdir" "$work/install" \
			> "$work/install.log" 2>&1
		echo $? > "$work/install.status"
		timed packaging:patches "$packaging/patches-test.sh" "$work/patches" \
			> "$work/patches.log" 2>&1
		for kernel in $DKMS_KERNELS; do
			timed "packaging:dkms-$kernel" "$packaging/dkms-test.sh" "$work" "$kernel" \
				> "$work/dkms-$kernel.log" 2>&1
		done
		# After the DKMS test of 7.2, which unpacks that kernel.
		timed packaging:gpio-f7188x "$TESTING_DIR/gpio-f7188x.sh" \
			"$work/gpio-f7188x" "$work" > "$work/gpio-f7188x.log" 2>&1
	} &
	boot_pids+=($!)
	for kernel in $DKMS_KERNELS; do
		boot_names+=("dkms-$kernel=dkms_stock")
	done
	boot_names+=("stock-7.2=superio_gpio_f7188x_e2e")
}

lint_sources() {
	log "lint: checkpatch --strict, kernel-doc"
	# Our sources, not what a build left beside them.
	project_files | grep -E '^(drivers|include|lib)/(.*\.[ch]|(.*/)?Kconfig(\.debug)?)$' > "$work/files"
	[ -s "$work/files" ] || die "no sources to lint in $REPO_DIR"
	(cd "$src" && xargs "$ksrc/scripts/checkpatch.pl" --strict --no-tree --quiet \
		--no-summary --show-types -f < "$work/files") > "$work/checkpatch.log" 2>&1
	no_findings "lint: checkpatch --strict: no findings" "$work/checkpatch.log"
	(cd "$src" && grep -E '\.[ch]$' "$work/files" |
		xargs "$ksrc/scripts/kernel-doc" -none -Wall) > "$work/kernel-doc.log" 2>&1
	no_findings "lint: kernel-doc -Wall: no findings" "$work/kernel-doc.log"
}

lint_production() {
	local prod=$work/prod
	log "build: production modules, as a plain make builds them"
	rsync -a --delete "$src/" "$prod/"
	make -C "$kdir" M="$prod" $SIO_CONFIG -s clean >/dev/null 2>&1
	make -C "$kdir" M="$prod" $SIO_CONFIG W=1 -j"$(nproc)" modules \
		> "$work/prod-build.log" 2>&1 || echo "make exited with $?" >> "$work/prod-build.log"
	{
		grep -E 'warning:|error:|exited' "$work/prod-build.log"
		# The test seam must cost nothing where tests are not built.
		nm "$prod/drivers/superio/superio.ko" | grep -E 'superio_port_(inb|outb|backend)' |
			sed 's/^/test hook in production superio.ko: /'
		{ nm "$prod/drivers/pwm/pwm-imx-tpm.ko"
		  modinfo -F import_ns "$prod/drivers/pwm/pwm-imx-tpm.ko"; } |
			grep -E 'backend|PWM_IMX_TPM_TEST' |
			sed 's/^/test hook in production pwm-imx-tpm.ko: /'
		[ ! -e "$prod/drivers/pwm/pwm-imx-tpm-test-hooks.ko" ] ||
			echo "test hooks module built in production"
	} > "$work/prod-findings.log"
	no_findings "build: production modules build with W=1 and carry no test hook" \
		"$work/prod-findings.log"
}

lint_sparse() {
	log "lint: sparse (C=2)"
	kmake C=2 CF=-D__CHECK_ENDIAN__ modules > "$work/sparse.log" 2>&1
	local status=$?
	grep -E ': (warning|error):' "$work/sparse.log" | ours > "$work/sparse-findings.log"
	[ $status = 0 ] || tail -n 5 "$work/sparse.log" >> "$work/sparse-findings.log"
	no_findings "lint: sparse C=2: no findings in our files" "$work/sparse-findings.log"
}

# The slowest lint, by far: it runs beside everything else, on a tree of
# our sources alone, as spatch parses every file under M= for each of its
# scripts, the build's generated files and the test tools included.
cocci_pid=
start_coccicheck() {
	local tree=$work/cocci
	log "lint: coccicheck, in the background"
	rm -f "$work/coccicheck.status"
	rm -rf "$tree"
	mkdir -p "$tree"
	project_files | grep -E '^(drivers|include|lib)/.*\.[ch]$' |
		rsync -a --files-from=- "$src/" "$tree/"
	{
		renice -n 10 -p "$BASHPID" > /dev/null
		timed lint:coccicheck make -C "$kdir" M="$tree" coccicheck MODE=report \
			J="$(nproc)" > "$work/coccicheck.log" 2>&1
		echo $? > "$work/coccicheck.status"
	} &
	cocci_pid=$!
}

coccicheck_verdict() {
	wait "$cocci_pid"
	local status
	status=$(cat "$work/coccicheck.status" 2>/dev/null || echo 1)
	grep -E '^[^ ]+:[0-9]+:' "$work/coccicheck.log" > "$work/cocci-findings.log"
	[ $status = 0 ] || tail -n 5 "$work/coccicheck.log" >> "$work/cocci-findings.log"
	no_findings "lint: coccicheck: no findings in our files" "$work/cocci-findings.log"
}

lint_bindings() {
	log "lint: device tree bindings (dt-doc-validate, dtc)"
	"$TESTING_DIR/binding.sh" "$work/binding" > "$work/binding.log" 2>&1
	verdict "lint: bindings validate and their examples compile" $? "$work/binding.log"
}

# gcc against Debian's stock headers, clang, arm64, arm.
build_matrix() {
	local entry
	for entry in $("$TESTING_DIR/cross.sh" --list); do
		log "build: $entry with W=1"
		"$TESTING_DIR/cross.sh" "$entry" "$work/cross-$entry" > "$work/cross-$entry.log" 2>&1
		verdict "build: $entry builds with W=1 and no warning" $? "$work/cross-$entry.log"
	done
}

packaging_verdicts() {
	local step
	verdict "packaging: make install: in updates/, described, aliases resolve" \
		"$(cat "$work/install.status" 2>/dev/null || echo 1)" "$work/install.log"
	mkdir -p "$work/patches"
	for step in am checkpatch build docs; do
		[ -f "$work/patches/$step" ] ||
			echo "not run, see $work/patches.log" > "$work/patches/$step"
	done
	no_findings "packaging: make patches: git am on a pristine $SID_SOURCE_PKG tree" \
		"$work/patches/am"
	no_findings "packaging: make patches: checkpatch --strict clean on every patch" \
		"$work/patches/checkpatch"
	# patches-test.sh builds after each patch for the soak only.
	no_findings "packaging: make patches: $([ "$tier" = soak ] &&
		echo "every patch builds on its own" || echo "the series builds"), allmodconfig, W=1, no warning" \
		"$work/patches/build"
	no_findings "packaging: documentation: references, kernel-doc and docutils clean" \
		"$work/patches/docs"
}

# The boots wait on the test modules; everything else runs beside them,
# where the guests' sleeps leave the cores idle.
timed build build_test_modules
rm -f "$work"/console-*.log "$work"/results-*.raw
if want boot; then
	start_boots || verdict "booted kernel: the initramfs packs" 1 /dev/null
fi
want packaging && start_packaging
want lint && start_coccicheck
renice -n 10 -p $$ > /dev/null
if want lint; then
	timed lint:sources lint_sources
	timed lint:production lint_production
	timed lint:sparse lint_sparse
	timed lint:bindings lint_bindings
fi
want matrix && timed matrix build_matrix
[ ${#boot_pids[@]} = 0 ] || wait "${boot_pids[@]}"
want packaging && packaging_verdicts
[ -z "$cocci_pid" ] || coccicheck_verdict

# The serial console ends its lines with CR LF.
# The plan's times are those of the boots it planned, not of the matrix's
# or the stock kernels'.
cat "$work"/console-boot*.log 2>/dev/null | tr -d '\r' |
	sed -n 's/^\[guest\] group \([^ ]*\) took \([0-9]*\) s$/\1 \2/p' > "$work/durations.new"
latest "$durations" "$work/durations.new" > "$work/durations.merged" &&
	mv "$work/durations.merged" "$durations"

"$TESTING_DIR/verdict.py" "$ksrc/tools/testing/kunit/kunit.py" "$work" \
	"${boot_names[@]}" > "$work/verdict.log"
grep -v '^verdict:' "$work/verdict.log"
read -r p f s < <(sed -n 's/^verdict: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1 \2 \3/p' \
	"$work/verdict.log")
passed=$(($(grep -cx pass "$work/verdicts") + ${p:-0}))
failed=$(($(grep -cx fail "$work/verdicts") + ${f:-1})) skipped=${s:-0}

cpu_seconds total_cpu
"$TESTING_DIR/times.py" "$work/steps" "$work/durations.new" "$((
	$(date +%s) - check_start))" "$total_cpu" "${boot_names[@]}"
log "logs: $work"
echo "$passed passed, $failed failed$([ "$skipped" = 0 ] || echo ", $skipped skipped")"
[ "$failed" = 0 ]
