# SPDX-License-Identifier: GPL-2.0-only
#
#   make         build the modules against KDIR; without KDIR, against the
#                Linux 6.12 test kernel, built once into the cache
#   make demo    boot the test kernel in QEMU with both drivers on modelled
#                chips and show them at work; the PWM pin's waveform goes to
#                demo-output/ as a VCD file and a PNG plot
#   make check   lint, KUnit suites and booted-kernel tests in QEMU, the
#                system tests at regression counts; the last line is
#                "N passed, N failed"
#   make soak    the same at the full pre-release counts
#   make kernel  only build (or find in the cache) the test kernel
#   make install build against KDIR (by default the running kernel's) and
#                install the modules in its updates/ directory, then depmod;
#                and /etc/modprobe.d/fintek_wdt.conf
#   make patches write the in-tree series against sid's Linux 7.2 to PATCHES_DIR
#                (by default patches/)
#   make bench   our drivers against mainline's on the same models, in
#                QEMU; writes bench/results.md
#   make clean   remove what make built here
#
# The kernel's own build (make -C KDIR M=...) reads Kbuild, not this file.

TESTING := $(CURDIR)/tools/testing

# Out of tree nothing reads our Kconfig files: these are the choices a user
# would make there. make check also builds the test flavour.
SIO_CONFIG := CONFIG_SUPERIO=m CONFIG_FINTEK_WDT=m CONFIG_PWM_IMX_TPM=m
# The models alone, without the KUnit suites, load on kernels without KUnit.
SIO_MODEL_CONFIG := $(SIO_CONFIG) CONFIG_HW_MODEL=m CONFIG_SUPERIO_TEST_HOOKS=y \
	CONFIG_SUPERIO_FINTEK_MODEL=m CONFIG_PWM_IMX_TPM_TEST_HOOKS=y \
	CONFIG_PWM_IMX_TPM_MODEL=m
SIO_TEST_CONFIG := $(SIO_MODEL_CONFIG) CONFIG_HW_MODEL_KUNIT_TEST=m \
	CONFIG_SUPERIO_KUNIT_TEST=m \
	CONFIG_FINTEK_WDT_KUNIT_TEST=m CONFIG_PWM_IMX_TPM_MODEL_KUNIT_TEST=m \
	CONFIG_PWM_IMX_TPM_KUNIT_TEST=m
export SIO_CONFIG SIO_TEST_CONFIG

.PHONY: all modules kernel demo check soak bench clean install kbuild patches

all: modules

# Say what to install, or which KDIR to pass, rather than let make stop
# with "No such file or directory" for a kernel build tree that is not there.
check-kdir = test -e "$(1)/Makefile" || { \
	if [ -n "$(KDIR)" ]; then \
		echo "KDIR=$(KDIR) is not a kernel build tree (no Makefile there):" \
			"pass KDIR=<the build directory of the kernel to build for>"; \
	else \
		echo "No headers for the running kernel $(shell uname -r) in $(1):" \
			"install linux-headers-$(shell uname -r)" \
			"(apt-get install linux-headers-$(shell uname -r))," \
			"or pass KDIR=<the build directory of the kernel to build for>"; \
	fi >&2; exit 1; }

modules:
	@$(if $(KDIR),$(call check-kdir,$(KDIR)))
	@$(TESTING)/setup.sh
	@kdir="$${KDIR:-$$($(TESTING)/kernel.sh)}" && \
	$(MAKE) -C "$$kdir" M=$(CURDIR) $(SIO_CONFIG) modules

kernel:
	@$(TESTING)/setup.sh
	@$(TESTING)/kernel.sh

demo:
	@$(TESTING)/demo.sh

check:
	@SIO_TIER=check $(TESTING)/check.sh

soak:
	@SIO_TIER=soak $(TESTING)/check.sh

# No set-up and no test kernel here: users and DKMS build against a kernel
# they have. INSTALL_MOD_PATH, ARCH and CROSS_COMPILE pass through, for a
# board's root file system.
INSTALL_KDIR = $(or $(KDIR),/lib/modules/$(shell uname -r)/build)

# fintek_wdt's modprobe.d file keeps f71808e_wdt from loading beside it.
install: kbuild
	$(MAKE) -C $(INSTALL_KDIR) M=$(CURDIR) $(SIO_CONFIG) modules_install
	install -D -m 0644 tools/packaging/modprobe.d/fintek_wdt.conf \
		$(INSTALL_MOD_PATH)/etc/modprobe.d/fintek_wdt.conf

# SIO_FLAVOUR=model also builds the test hooks and the models: only the
# stock-kernel boot test (tools/packaging/dkms-test.sh) wants that.
kbuild:
	@$(call check-kdir,$(INSTALL_KDIR))
	$(MAKE) -C $(INSTALL_KDIR) M=$(CURDIR) \
		$(if $(filter model,$(SIO_FLAVOUR)),$(SIO_MODEL_CONFIG),$(SIO_CONFIG)) modules

patches:
	@$(CURDIR)/tools/packaging/patches.sh $(or $(PATCHES_DIR),$(CURDIR)/patches)

bench:
	@$(CURDIR)/bench/bench.sh

clean:
	@find drivers \( -name '*.o' -o -name '*.ko' -o -name '*.mod' \
		-o -name '*.mod.c' -o -name '.*.cmd' -o -name 'modules.order' \) -delete
	@rm -f Module.symvers modules.order .*.cmd
