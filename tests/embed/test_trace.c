/*
 * test_trace.c — bl_config.trace_path: a host's VM writes the timeline
 * while it runs and completes it in bl_vm_free; a file that cannot be
 * created makes bl_vm_new fail with errno saying why.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <unistd.h>

#include "embed_test.h"

static const char fan_src[] =
    "defmodule Fan do\n"
    "  def run(n) do\n"
    "    parent = self()\n"
    "    for i <- 1..n, do: spawn(fn -> send(parent, i) end)\n"
    "    Enum.sum(for _ <- 1..n, do: (receive do i -> i end))\n"
    "  end\n"
    "end\n";

/* How many times `needle` occurs in the file's text. */
static int count_in(const char *text, const char *needle) {
    int n = 0;
    for (const char *p = text; (p = strstr(p, needle)) != NULL; p += strlen(needle)) n++;
    return n;
}

static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *text = NULL;
    size_t len = 0, cap = 0, got;
    char chunk[4096];
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + got + 1 > cap) {
            cap = (len + got + 1) * 2;
            char *grown = realloc(text, cap);
            if (!grown) break;
            text = grown;
        }
        memcpy(text + len, chunk, got);
        len += got;
    }
    fclose(f);
    if (text) text[len] = '\0';
    return text;
}

int main(void) {
    char path[] = "/tmp/beamlet_trace_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0) close(fd);

    bl_config config;
    test_config(&config);
    config.trace_path = path;
    bl_vm *vm = bl_vm_new(&config);
    CHECK(vm != NULL);
    if (vm) {
        test_load(vm, "fan.ex", fan_src);
        bl_env *env = bl_env_new(vm);
        bl_term args[1] = {bl_make_int(env, 10)}, result;
        CHECK_STATUS(vm, bl_call(vm, "Fan", "run", bl_make_list(env, 1, args), env, &result), BL_OK);
        int64_t sum = 0;
        CHECK(bl_get_int(env, result, &sum) && sum == 55);
        bl_env_free(env);
        bl_vm_free(vm);
    }
    char *text = read_all(path);
    CHECK(text != NULL);
    if (text) {
        /* the calling process and the ten it spawned; their ten messages
         * (the call's result is handed over, not sent) */
        CHECK(count_in(text, "\"name\":\"spawn\"") == 11);
        CHECK(count_in(text, "\"name\":\"exit\"") == 11);
        CHECK(count_in(text, "\"name\":\"send\"") == 10);
        CHECK(count_in(text, "\"name\":\"Elixir.Fan.run/1\"") >= 1);
        CHECK(strstr(text, "\"truncated\":false}}\n") != NULL);
        size_t len = strlen(text);
        CHECK(len > 3 && strcmp(text + len - 3, "}}\n") == 0);
        free(text);
    }
    unlink(path);

    config.trace_path = "/nonexistent-directory/trace.json";
    errno = 0;
    CHECK(bl_vm_new(&config) == NULL);
    CHECK(errno == ENOENT);
    return test_done("test_trace");
}
