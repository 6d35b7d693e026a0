# SPDX-License-Identifier: GPL-2.0-only
#
#   make         build the modules against KDIR; without KDIR, against the
#                Linux 6.12 test kernel, built once into the cache
#   make demo    boot the test kernel in QEMU with both drivers on modelled
#                chips and show them at work; the PWM pin's waveform goes to
#                demo-output/ as a VCD file and a PNG plot
#   make check   lint, KUnit suites and booted-kernel tests in QEMU; the last
#                line is "N passed, N failed"
#   make kernel  only build (or find in the cache) the test kernel
#   make bench   our drivers against mainline's on the same models, in
#                QEMU; writes bench/results.md
#   make clean   remove what make built here
#
# The kernel's own build (make -C KDIR M=...) reads Kbuild, not this file.

TESTING := $(CURDIR)/tools/testing

# Out of tree nothing reads our Kconfig files: these are the choices a user
# would make there. make check also builds the test flavour.
SIO_CONFIG := CONFIG_SUPERIO=m CONFIG_FINTEK_WDT=m CONFIG_PWM_IMX_TPM=m
SIO_TEST_CONFIG := $(SIO_CONFIG) CONFIG_SUPERIO_TEST_HOOKS=y \
	CONFIG_SUPERIO_FINTEK_MODEL=m CONFIG_SUPERIO_KUNIT_TEST=m \
	CONFIG_FINTEK_WDT_KUNIT_TEST=m CONFIG_PWM_IMX_TPM_TEST_HOOKS=y \
	CONFIG_PWM_IMX_TPM_MODEL=m CONFIG_PWM_IMX_TPM_MODEL_KUNIT_TEST=m \
	CONFIG_PWM_IMX_TPM_KUNIT_TEST=m
export SIO_CONFIG SIO_TEST_CONFIG

.PHONY: all modules kernel demo check bench clean

all: modules

modules:
	@$(TESTING)/setup.sh
	@kdir="$${KDIR:-$$($(TESTING)/kernel.sh)}" && \
	$(MAKE) -C "$$kdir" M=$(CURDIR) $(SIO_CONFIG) modules

kernel:
	@$(TESTING)/setup.sh
	@$(TESTING)/kernel.sh

demo:
	@$(TESTING)/demo.sh

check:
	@$(TESTING)/check.sh

bench:
	@$(CURDIR)/bench/bench.sh

clean:
	@find drivers \( -name '*.o' -o -name '*.ko' -o -name '*.mod' \
		-o -name '*.mod.c' -o -name '.*.cmd' -o -name 'modules.order' \) -delete
	@rm -f Module.symvers modules.order .*.cmd
