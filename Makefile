# beamlet — build, test and install.
#
#   make                 build/beamlet and build/libbeamlet.a
#   make test            the whole suite; ends with "N passed, N failed"
#   make oracle          regenerate tests/lang/**/*.out with real elixir and
#                        fail if any differs from the committed one
#   make DEBUG=1         -O0 -g build
#   make SWITCH=1        switch dispatch instead of computed goto
#   make asan            the suite under AddressSanitizer + UBSan
#   make gcstress        the suite with a collection at every allocation

CC ?= cc
RE2C ?= re2c
BUILD ?= build
PREFIX ?= /usr/local

WARN := -Wall -Wextra -Werror -Wno-unused-parameter
ifeq ($(DEBUG),1)
OPT := -O0 -g
else
OPT := -O2 -g
endif
ifeq ($(SWITCH),1)
OPT += -DBL_SWITCH_DISPATCH
endif
CFLAGS ?=
CFLAGS += -std=gnu11 $(WARN) $(OPT) -D_GNU_SOURCE -DBL_BUILDING_LIBRARY -fvisibility=hidden $(EXTRA_CFLAGS)
LDLIBS := -lgmp -lm

COMPILER_SRC := compiler/ast.c compiler/diag.c compiler/parser.c compiler/emit.c compiler/codegen.c \
                compiler/compile.c vm/bytecode.c
VM_SRC := vm/atom.c vm/loader.c vm/gc.c vm/interp.c vm/bif.c vm/bif_text.c vm/bif_system.c vm/bif_process.c vm/mailbox.c vm/sched.c vm/unicode.c vm/bignum.c vm/integer.c vm/compare.c vm/hash.c vm/hamt.c vm/map.c vm/binary.c vm/print.c vm/pretty.c \
          vm/format.c vm/error.c vm/vm.c vm/script.c vm/disasm.c
# Kernel first: later modules resolve calls against what it exports.
STDLIB := stdlib/kernel.ex stdlib/io.ex stdlib/map.ex stdlib/keyword.ex stdlib/access.ex \
          stdlib/exception.ex stdlib/system.ex stdlib/file.ex stdlib/range.ex stdlib/enum.ex \
          stdlib/list.ex stdlib/stream.ex stdlib/tuple.ex stdlib/integer.ex stdlib/float.ex \
          stdlib/atom.ex stdlib/string.ex stdlib/bitwise.ex \
          stdlib/process.ex

COMPILER_OBJ := $(COMPILER_SRC:%.c=$(BUILD)/%.o) $(BUILD)/lexer.o
VM_OBJ := $(VM_SRC:%.c=$(BUILD)/%.o) $(BUILD)/stdlib_image.o

.PHONY: all test unit-tests oracle asan gcstress clean install check-deps

all: check-deps $(BUILD)/beamlet $(BUILD)/libbeamlet.a

check-deps:
	@command -v $(RE2C) >/dev/null 2>&1 || { echo "beamlet: re2c is missing: apt-get install re2c"; exit 1; }
	@echo '#include <gmp.h>' | $(CC) -E -x c - >/dev/null 2>&1 || { echo "beamlet: GMP headers are missing: apt-get install libgmp-dev"; exit 1; }

$(BUILD)/lexer.c: compiler/lexer.re compiler/lexer.h
	@mkdir -p $(@D)
	$(RE2C) -W --no-generation-date --no-version -o $@ $<

$(BUILD)/lexer.o: $(BUILD)/lexer.c
	$(CC) $(CFLAGS) -Wno-unused-const-variable -Icompiler -c $< -o $@

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/mkstdlib: $(BUILD)/compiler/mkstdlib.o $(COMPILER_OBJ)
	$(CC) $(CFLAGS) $^ -o $@ $(LDLIBS)

$(BUILD)/stdlib_image.c: $(BUILD)/mkstdlib $(STDLIB) Makefile
	$(BUILD)/mkstdlib $@ $(STDLIB)

$(BUILD)/stdlib_image.o: $(BUILD)/stdlib_image.c
	$(CC) $(CFLAGS) -Ivm -c $< -o $@

$(BUILD)/libbeamlet.a: $(VM_OBJ) $(COMPILER_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/beamlet: $(BUILD)/vm/main.o $(BUILD)/libbeamlet.a
	$(CC) $(CFLAGS) $^ -o $@ $(LDLIBS)

UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/*.c))

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libbeamlet.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Ivm -Icompiler $< $(BUILD)/libbeamlet.a -o $@ $(LDLIBS)

unit-tests: $(UNIT_TESTS)

test: all unit-tests
	@BEAMLET=$(BUILD)/beamlet BUILD=$(BUILD) tests/run

oracle:
	@tests/oracle

asan:
	$(MAKE) BUILD=build/asan EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" test

gcstress:
	$(MAKE) all unit-tests
	@BEAMLET_FLAGS=--gc-stress BEAMLET=$(BUILD)/beamlet BUILD=$(BUILD) tests/run

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include
	install -m 755 $(BUILD)/beamlet $(DESTDIR)$(PREFIX)/bin/beamlet
	install -m 644 $(BUILD)/libbeamlet.a $(DESTDIR)$(PREFIX)/lib/libbeamlet.a
	install -m 644 include/beamlet.h $(DESTDIR)$(PREFIX)/include/beamlet.h

clean:
	rm -rf build

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
