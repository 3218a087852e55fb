/*
 * embed_test.h — checks for the embedding tests.  Each test is a host
 * program that uses only beamlet.h; it exits 0 when every check passed.
 * BEAMLET_FLAGS=--gc-stress (set by `make gcstress`) makes every VM a test
 * creates collect at every allocation.
 */
#ifndef EMBED_TEST_H
#define EMBED_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "beamlet.h"

static int test_failures;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);  \
            test_failures++;                                                          \
        }                                                                             \
    } while (0)

/* A call's status, with bl_last_error shown when it is not the expected one. */
#define CHECK_STATUS(vm, expr, want)                                                  \
    do {                                                                              \
        bl_status got_ = (expr);                                                      \
        if (got_ != (want)) {                                                         \
            fprintf(stderr, "%s:%d: %s: got %s, want %s (%s)\n", __FILE__, __LINE__, \
                    #expr, bl_status_name(got_), bl_status_name(want),                \
                    bl_last_error(vm));                                               \
            test_failures++;                                                          \
        }                                                                             \
    } while (0)

/* inspect/1 of a term compared with the text Elixir prints. */
#define CHECK_INSPECT(env, term, want)                                                \
    do {                                                                              \
        const char *got_ = bl_inspect_str((env), (term));                            \
        if (!got_ || strcmp(got_, (want)) != 0) {                                     \
            fprintf(stderr, "%s:%d: inspect: got %s, want %s\n", __FILE__, __LINE__, \
                    got_ ? got_ : "(null)", (want));                                  \
            test_failures++;                                                          \
        }                                                                             \
    } while (0)

static inline void test_config(bl_config *config) {
    bl_config_init(config);
    const char *flags = getenv("BEAMLET_FLAGS");
    if (flags && strstr(flags, "--gc-stress")) config->gc_stress = 1;
}

static inline bl_vm *test_vm(void) {
    bl_config config;
    test_config(&config);
    bl_vm *vm = bl_vm_new(&config);
    if (!vm) {
        fprintf(stderr, "bl_vm_new failed\n");
        exit(1);
    }
    return vm;
}

/* Loads Elixir source that must compile. */
static inline void test_load(bl_vm *vm, const char *name, const char *src) {
    bl_status st = bl_load_source(vm, name, src, strlen(src));
    if (st != BL_OK) {
        fprintf(stderr, "loading %s: %s: %s\n", name, bl_status_name(st), bl_last_error(vm));
        exit(1);
    }
}

static inline int test_done(const char *name) {
    if (test_failures) {
        fprintf(stderr, "%s: %d check(s) failed\n", name, test_failures);
        return 1;
    }
    printf("%s: ok\n", name);
    return 0;
}

#endif
