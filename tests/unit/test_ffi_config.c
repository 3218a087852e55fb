/*
 * test_ffi_config.c — the FFI switch of the embedding config, through the
 * public API only: off by default, bl_config.ffi_disabled turns it off for
 * one VM and not for another, and VMs that made dirty calls free cleanly.
 */
#include <stdio.h>
#include <string.h>

#include "../../include/beamlet.h"

static int passed, failed;
#define CHECK(cond)                                                  \
    do {                                                             \
        if (cond) passed++;                                          \
        else {                                                       \
            failed++;                                                \
            printf("FAIL: %s:%d: %s\n", __FILE__, __LINE__, #cond);  \
        }                                                            \
    } while (0)

typedef struct {
    char out[1024];
    size_t len;
} capture;

static void capture_write(void *userdata, bl_stream stream, const char *data, size_t len) {
    capture *c = userdata;
    if (stream != BL_STDOUT || c->len + len >= sizeof c->out) return;
    memcpy(c->out + c->len, data, len);
    c->len += len;
    c->out[c->len] = '\0';
}

/* Runs `src` in a new VM; what it printed lands in `c`. */
static int run(int ffi_disabled, const char *src, capture *c) {
    bl_config config;
    bl_config_init(&config);
    CHECK(config.ffi_disabled == 0);
    config.ffi_disabled = ffi_disabled;
    config.write = capture_write;
    config.userdata = c;
    c->len = 0;
    c->out[0] = '\0';
    bl_vm *vm = bl_vm_new(&config);
    if (!vm) return -1;
    int status = -1;
    bl_run_script(vm, "test.exs", src, strlen(src), &status);
    bl_vm_free(vm);
    return status;
}

static const char probe[] =
    "IO.puts(inspect(FFI.enabled?()))\n"
    "try do\n"
    "  {:ok, libm} = FFI.open(\"libm.so.6\")\n"
    "  IO.puts(inspect(FFI.call(libm, \"cos\", [:double], :double, [0.0], dirty: true)))\n"
    "rescue\n"
    "  e in RuntimeError -> IO.puts(e.message)\n"
    "end\n";

int main(void) {
    capture on, off;
    CHECK(run(0, probe, &on) == 0);
    CHECK(strcmp(on.out, "true\n1.0\n") == 0);
    CHECK(run(1, probe, &off) == 0);
    CHECK(strcmp(off.out, "false\nFFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)\n") == 0);
    /* the switch belongs to one VM: the next one has the FFI again */
    CHECK(run(0, probe, &on) == 0);
    CHECK(strcmp(on.out, "true\n1.0\n") == 0);
    printf("test_ffi_config: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
