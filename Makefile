# beamlet — build, test and install.
#
#   make                 build/beamlet, build/libbeamlet.a, build/libbeamlet.so
#                        and build/beamlet.pc
#   make test            the whole suite; ends with "N passed, N failed"
#   make examples        the example embedding host (build/examples/embed/host)
#   make install         header, libraries, binary and beamlet.pc under
#                        $(DESTDIR)$(PREFIX) (PREFIX=/usr/local by default)
#   make oracle          regenerate tests/lang/**/*.out with real elixir and
#                        fail if any differs from the committed one
#   make DEBUG=1         -O0 -g build
#   make SWITCH=1        switch dispatch instead of computed goto
#   make asan            the suite under AddressSanitizer + UBSan
#   make gcstress        the suite with a collection at every allocation
#   make bench           benchmarks under beamlet and elixir (bench/run $(BENCH_ARGS))
#   make micro           instructions per operation under callgrind
#                        (bench/micro/run $(MICRO_ARGS); MICRO_ARGS=--check
#                        compares the programs' output with elixir's)
#   make fuzz            build the libFuzzer targets (clang) and run each
#                        for FUZZ_SECONDS seconds (tests/fuzz/README.md)
#   make soak            the soak test for SOAK_SECONDS seconds (tests/soak/)

CC ?= cc
RE2C ?= re2c
BUILD ?= build
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
VERSION := $(shell sed -n 's/^\#define BEAMLET_VERSION "\(.*\)"/\1/p' include/beamlet.h)

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
CFLAGS += -std=gnu11 $(WARN) $(OPT) -pthread -D_GNU_SOURCE -DBL_BUILDING_LIBRARY -fvisibility=hidden $(EXTRA_CFLAGS)
LDLIBS := -lgmp -lm -lffi -ldl -pthread

COMPILER_SRC := compiler/ast.c compiler/diag.c compiler/parser.c compiler/emit.c compiler/codegen.c \
                compiler/compile.c vm/bytecode.c
VM_SRC := vm/atom.c vm/loader.c vm/gc.c vm/interp.c vm/bif.c vm/bif_text.c vm/bif_system.c vm/bif_process.c \
          vm/bif_ffi.c vm/dirty.c vm/mailbox.c vm/sched.c vm/unicode.c vm/bignum.c vm/integer.c vm/compare.c \
          vm/hash.c vm/hamt.c vm/map.c vm/binary.c vm/print.c vm/pretty.c vm/format.c vm/error.c vm/vm.c vm/script.c vm/disasm.c \
          vm/env.c vm/embed.c vm/trace.c
# Kernel first: later modules resolve calls against what it exports.
STDLIB := stdlib/kernel.ex stdlib/io.ex stdlib/map.ex stdlib/keyword.ex stdlib/access.ex \
          stdlib/exception.ex stdlib/system.ex stdlib/file.ex stdlib/range.ex stdlib/enum.ex \
          stdlib/list.ex stdlib/sort.ex stdlib/rand.ex stdlib/stream.ex stdlib/tuple.ex stdlib/integer.ex stdlib/float.ex \
          stdlib/atom.ex stdlib/string.ex stdlib/bitwise.ex \
          stdlib/process.ex stdlib/logger.ex stdlib/global.ex stdlib/sys.ex stdlib/gen_server.ex \
          stdlib/supervisor.ex stdlib/dynamic_supervisor.ex stdlib/registry.ex stdlib/agent.ex stdlib/task.ex \
          stdlib/task_supervisor.ex stdlib/ffi.ex

COMPILER_OBJ := $(COMPILER_SRC:%.c=$(BUILD)/%.o) $(BUILD)/lexer.o
VM_OBJ := $(VM_SRC:%.c=$(BUILD)/%.o) $(BUILD)/stdlib_image.o
# The shared library's objects: the same sources built position-independent.
PIC_OBJ := $(patsubst $(BUILD)/%,$(BUILD)/pic/%,$(VM_OBJ) $(COMPILER_OBJ))

# Embedding hosts (tests, examples) see only include/beamlet.h, in plain C11.
HOST_CFLAGS := -std=c11 $(WARN) $(OPT) -pthread -Iinclude $(EXTRA_CFLAGS)

.PHONY: all test unit-tests embed-tests examples oracle asan gcstress bench micro fuzz fuzz-targets soak clean install \
        uninstall check-deps \
        $(BUILD)/beamlet.pc

all: check-deps $(BUILD)/beamlet $(BUILD)/libbeamlet.a $(BUILD)/libbeamlet.so $(BUILD)/beamlet.pc

check-deps:
	@command -v $(RE2C) >/dev/null 2>&1 || { echo "beamlet: re2c is missing: apt-get install re2c"; exit 1; }
	@echo '#include <gmp.h>' | $(CC) -E -x c - >/dev/null 2>&1 || { echo "beamlet: GMP headers are missing: apt-get install libgmp-dev"; exit 1; }
	@echo '#include <ffi.h>' | $(CC) -E -x c - >/dev/null 2>&1 || { echo "beamlet: libffi headers are missing: apt-get install libffi-dev"; exit 1; }

$(BUILD)/lexer.c: compiler/lexer.re compiler/lexer.h
	@mkdir -p $(@D)
	$(RE2C) -W --no-generation-date --no-version -o $@ $<

$(BUILD)/lexer.o: $(BUILD)/lexer.c
	$(CC) $(CFLAGS) -Wno-unused-const-variable -Icompiler -c $< -o $@

$(BUILD)/pic/lexer.o: $(BUILD)/lexer.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -fPIC -Wno-unused-const-variable -Icompiler -c $< -o $@

$(BUILD)/pic/stdlib_image.o: $(BUILD)/stdlib_image.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -fPIC -iquote vm -c $< -o $@

$(BUILD)/pic/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -fPIC -MMD -MP -c $< -o $@

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/mkstdlib: $(BUILD)/compiler/mkstdlib.o $(COMPILER_OBJ)
	$(CC) $(CFLAGS) $^ -o $@ $(LDLIBS)

$(BUILD)/stdlib_image.c: $(BUILD)/mkstdlib $(STDLIB) Makefile
	$(BUILD)/mkstdlib $@ $(STDLIB)

$(BUILD)/stdlib_image.o: $(BUILD)/stdlib_image.c
	$(CC) $(CFLAGS) -iquote vm -c $< -o $@

$(BUILD)/libbeamlet.a: $(VM_OBJ) $(COMPILER_OBJ)
	rm -f $@
	ar rcs $@ $^

# Only the bl_* functions marked BL_API are exported (-fvisibility=hidden).
$(BUILD)/libbeamlet.so: $(PIC_OBJ)
	$(CC) $(CFLAGS) -shared -Wl,-soname,libbeamlet.so $^ -o $@ $(LDLIBS)

# Regenerated on every build, so that `make install PREFIX=...` writes that prefix.
$(BUILD)/beamlet.pc:
	@mkdir -p $(@D)
	@printf '%s\n' 'prefix=$(PREFIX)' 'exec_prefix=$${prefix}' 'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' '' \
	  'Name: beamlet' 'Description: a small BEAM-like VM for a subset of Elixir, embeddable in C' \
	  'Version: $(VERSION)' 'Libs: -L$${libdir} -lbeamlet' 'Libs.private: -lgmp -lm -lffi -ldl -pthread' \
	  'Cflags: -I$${includedir}' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

$(BUILD)/beamlet: $(BUILD)/vm/main.o $(BUILD)/libbeamlet.a
	$(CC) $(CFLAGS) $^ -o $@ $(LDLIBS)

UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/*.c))

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libbeamlet.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -iquote vm -iquote compiler $< $(BUILD)/libbeamlet.a -o $@ $(LDLIBS)

unit-tests: $(UNIT_TESTS)

# Embedding tests use only beamlet.h; each is linked with the static
# library, and the terms test also with the shared one.
EMBED_TESTS := $(patsubst tests/embed/%.c,$(BUILD)/tests/embed/%,$(wildcard tests/embed/*.c)) \
               $(BUILD)/tests/embed/test_terms_shared

$(BUILD)/tests/embed/test_terms_shared: tests/embed/test_terms.c tests/embed/embed_test.h include/beamlet.h \
                                        $(BUILD)/libbeamlet.so
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $< -L$(BUILD) -Wl,-rpath,$(abspath $(BUILD)) -lbeamlet -o $@

$(BUILD)/tests/embed/%: tests/embed/%.c tests/embed/embed_test.h include/beamlet.h $(BUILD)/libbeamlet.a
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $< $(BUILD)/libbeamlet.a -o $@ $(LDLIBS)

embed-tests: $(EMBED_TESTS)

examples: $(BUILD)/examples/embed/host

$(BUILD)/examples/embed/host: examples/embed/host.c include/beamlet.h $(BUILD)/libbeamlet.a
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $< $(BUILD)/libbeamlet.a -o $@ $(LDLIBS)

test: all unit-tests embed-tests examples
	@BEAMLET=$(BUILD)/beamlet BUILD=$(BUILD) tests/run

oracle:
	@tests/oracle

# Valgrind cannot run sanitized programs: the sanitizers check the embedding tests instead.
asan:
	$(MAKE) BUILD=build/asan NO_VALGRIND=1 EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" test

gcstress:
	$(MAKE) all unit-tests embed-tests examples
	@BEAMLET_FLAGS=--gc-stress BEAMLET=$(BUILD)/beamlet BUILD=$(BUILD) tests/run

bench: $(BUILD)/beamlet
	@BEAMLET=$(BUILD)/beamlet bench/run $(BENCH_ARGS)

micro: $(BUILD)/beamlet
	@bench/micro/run --beamlet $(BUILD)/beamlet $(MICRO_ARGS)

# Fuzzing: the library built with clang for libFuzzer, one binary per
# tests/fuzz/fuzz_*.c, seeds from the test programs (tests/fuzz/README.md).
FUZZ_SECONDS ?= 60
FUZZ_BUILD := build/fuzz
FUZZ_CFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))

# The soak test (tests/soak/soak.exs): workers crash and restart under load
# for SOAK_SECONDS while resident memory must stay flat.
SOAK_SECONDS ?= 60
soak: $(BUILD)/beamlet
	SOAK_SECONDS=$(SOAK_SECONDS) $(BUILD)/beamlet tests/soak/soak.exs

fuzz:
	ASAN_OPTIONS=detect_leaks=0 $(MAKE) CC=clang BUILD=$(FUZZ_BUILD) EXTRA_CFLAGS="$(FUZZ_CFLAGS)" fuzz-targets
	tests/fuzz/make_seeds.sh $(FUZZ_BUILD)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t-new $(FUZZ_BUILD)/crashes; \
	  echo "== $$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- $(FUZZ_BUILD)/corpus/$$t-new \
	    $(FUZZ_BUILD)/corpus/$${t#fuzz_} || exit 1; \
	done

fuzz-targets: $(FUZZ_TARGETS:%=$(BUILD)/%) $(BUILD)/seed_blc

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(BUILD)/libbeamlet.a
	$(CC) $(CFLAGS) -fsanitize=fuzzer -iquote vm $< $(BUILD)/libbeamlet.a -o $@ $(LDLIBS)

$(BUILD)/seed_blc: tests/fuzz/seed_blc.c $(BUILD)/libbeamlet.a
	$(CC) $(CFLAGS) -iquote vm $< $(BUILD)/libbeamlet.a -o $@ $(LDLIBS)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR)
	install -m 755 $(BUILD)/beamlet $(DESTDIR)$(BINDIR)/beamlet
	install -m 644 $(BUILD)/libbeamlet.a $(DESTDIR)$(LIBDIR)/libbeamlet.a
	install -m 755 $(BUILD)/libbeamlet.so $(DESTDIR)$(LIBDIR)/libbeamlet.so
	install -m 644 include/beamlet.h $(DESTDIR)$(INCLUDEDIR)/beamlet.h
	install -m 644 $(BUILD)/beamlet.pc $(DESTDIR)$(LIBDIR)/pkgconfig/beamlet.pc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/beamlet $(DESTDIR)$(LIBDIR)/libbeamlet.a $(DESTDIR)$(LIBDIR)/libbeamlet.so \
	      $(DESTDIR)$(INCLUDEDIR)/beamlet.h $(DESTDIR)$(LIBDIR)/pkgconfig/beamlet.pc

clean:
	rm -rf build

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
