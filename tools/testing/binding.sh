#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Check our device tree bindings: each against the meta-schemas with
# Debian's dt-doc-validate, on a narrow schema set (ours and the kernel's
# bindings they reference; the 6.12 dt_binding_check needs a newer
# dtschema), and its example compiled with dtc after cpp, as the kernel
# does. Prints findings on stdout; exits non-zero if there are any.
# Usage: binding.sh WORKDIR
set -uo pipefail
LOG_TAG=binding
. "$(dirname "$0")/env.sh"

work=$1
ksrc=$(kernel_src_dir)
bindings=$REPO_DIR/Documentation/devicetree/bindings
schemas=$work/bindings
status=0

rm -rf "$schemas" && mkdir -p "$schemas/pwm"
cp "$ksrc/Documentation/devicetree/bindings/pwm/pwm.yaml" "$schemas/pwm/"
(cd "$bindings" && find . -name '*.yaml' -exec cp --parents {} "$schemas/" \;)

for yaml in $(cd "$bindings" && find . -name '*.yaml' | sort); do
	name=${yaml#./}
	yamllint -f parsable -d "{extends: relaxed, rules: {line-length: {max: 110}}}" \
		"$bindings/$name" || status=1
	dt-doc-validate -u "$schemas" "$schemas/$name" || status=1
	example=$work/$(basename "$name" .yaml).example
	if ! dt-extract-example "$bindings/$name" > "$example.dts" ||
	   ! cpp -P -nostdinc -undef -D__DTS__ -x assembler-with-cpp \
		-I "$ksrc/scripts/dtc/include-prefixes" "$example.dts" > "$example.pp.dts" ||
	   ! dtc -q -I dts -O dtb -o "$example.dtb" "$example.pp.dts"; then
		echo "$name: example does not compile"
		status=1
	fi
done
exit $status
