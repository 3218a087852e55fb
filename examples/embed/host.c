/*
 * host.c — a C program that embeds beamlet.
 *
 * It loads a GenServer written in Elixir (counter.ex), registers a native
 * function the Elixir code calls (Host.log/1), calls the server with
 * bl_call, and then runs the VM in bounded slices (bl_run_for) from its
 * own event loop, reading what the server sends to the host mailbox.
 *
 * Build (see README.md):
 *   make examples                       # build/examples/embed/host
 *   cc host.c $(pkg-config --cflags --libs beamlet) -o host    # after make install
 * Run:
 *   build/examples/embed/host examples/embed/counter.ex
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <beamlet.h>

/* Host.log(text): called by the Elixir code, on the VM's thread. */
static bl_term host_log(bl_env *env, int argc, const bl_term *argv) {
    const unsigned char *text;
    size_t len;
    if (!bl_get_binary(env, argv[0], &text, &len)) return bl_raise_message(env, "Host.log/1 expects a string");
    int *lines = bl_env_userdata(env);
    (*lines)++;
    printf("[native] %.*s\n", (int)len, (const char *)text);
    return bl_make_atom(env, "ok");
}

/* Everything the VM's code prints comes here. */
static void vm_output(void *userdata, bl_stream stream, const char *data, size_t len) {
    fprintf(stream == BL_STDERR ? stderr : stdout, "[vm] %.*s", (int)len, data);
}

static void sleep_usec(int64_t usec) {
    struct timespec ts = {(time_t)(usec / 1000000), (long)(usec % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

/* Calls Counter.fun(arg) (or Counter.fun() when arg is BL_NONE) and
 * prints what it returned. */
static int call_counter(bl_vm *vm, bl_env *env, const char *fun, bl_term arg, bl_term *result) {
    bl_term args = arg == BL_NONE ? bl_make_list(env, 0, NULL) : bl_make_list(env, 1, &arg);
    bl_status st = bl_call(vm, "Counter", fun, args, env, result);
    if (st != BL_OK) {
        fprintf(stderr, "Counter.%s failed (%s):\n%s\n", fun, bl_status_name(st), bl_last_error(vm));
        return -1;
    }
    printf("[host] Counter.%s -> %s\n", fun, bl_inspect_str(env, *result));
    return 0;
}

int main(int argc, char **argv) {
    const char *source = argc > 1 ? argv[1] : "examples/embed/counter.ex";
    bl_config config;
    bl_config_init(&config);
    config.write = vm_output;
    bl_vm *vm = bl_vm_new(&config);
    if (!vm) return 1;

    int native_lines = 0, failed = 0;
    if (bl_register_native(vm, "Host", "log", 1, host_log, &native_lines) != BL_OK ||
        bl_load_file(vm, source) != BL_OK) {
        fprintf(stderr, "%s\n", bl_last_error(vm));
        bl_vm_free(vm);
        return 1;
    }

    /* One environment holds the terms of the setup calls... */
    bl_env *env = bl_env_new(vm);
    bl_term result, msg;
    if (call_counter(vm, env, "start", bl_host_pid(vm), &result) != 0 ||
        call_counter(vm, env, "add", bl_make_int(env, 5), &result) != 0 ||
        call_counter(vm, env, "add", bl_make_int(env, 37), &result) != 0) {
        failed = 1;
    }
    /* ...and the messages those calls sent are waiting in the host mailbox. */
    while (bl_host_receive(vm, env, &msg, 0) == BL_OK) printf("[host] mailbox: %s\n", bl_inspect_str(env, msg));
    bl_env_clear(env);

    /* The event loop: the server ticks every 10 ms; the host gives the VM
     * slices of at most 2 ms, handles what arrived, does its own work, and
     * sleeps while the VM has nothing to do. */
    bl_term tick_args[2] = {bl_make_int(env, 10), bl_make_int(env, 5)};
    if (!failed && bl_call(vm, "Counter", "tick", bl_make_list(env, 2, tick_args), env, &result) != BL_OK) failed = 1;
    int ticks = 0, done = failed, slices = 0;
    while (!done && slices < 100000) {
        if (bl_run_for(vm, 2000) != BL_OK) break;
        slices++;
        while (bl_host_receive(vm, env, &msg, 0) == BL_OK) {
            if (bl_is_atom_named(env, msg, "ticks_done")) done = 1;
            else ticks++;
            printf("[host] mailbox: %s\n", bl_inspect_str(env, msg));
        }
        bl_env_clear(env);
        /* the host's own work would go here */
        int64_t idle = bl_idle_usec(vm);
        if (!done && idle != 0) sleep_usec(idle < 0 || idle > 5000 ? 5000 : idle);
    }

    if (!failed && call_counter(vm, env, "value", BL_NONE, &result) == 0) {
        int64_t value = 0;
        failed = !bl_get_int(env, result, &value) || value != 47 || ticks != 5 || native_lines != 2;
    } else {
        failed = 1;
    }
    printf("[host] %d ticks, %d native log lines: %s\n", ticks, native_lines, failed ? "FAILED" : "ok");
    bl_env_free(env);
    bl_vm_free(vm);
    return failed;
}
