/*
 * test_call.c — loading code and running it: bl_load_source/file/bytecode
 * and their errors, bl_call (values, raises, throws, exits, undefined
 * functions, a deadlock, a call waiting on a dirty call, a killed process), bl_spawn, bl_send, bl_run,
 * bl_run_for and bl_idle_usec, bl_run_script, System.halt, the output
 * callback and the heap limit.
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>
#include <unistd.h>

#include "embed_test.h"

static const char calc_src[] =
    "defmodule Calc do\n"
    "  def add(a, b), do: a + b\n"
    "  def boom(text), do: raise(text)\n"
    "  def toss(x), do: throw(x)\n"
    "  def leave(reason), do: exit(reason)\n"
    "  def wait() do\n"
    "    receive do\n"
    "      x -> x\n"
    "    end\n"
    "  end\n"
    "  def say(text), do: IO.puts(text)\n"
    "  def grow(n), do: Enum.to_list(1..n)\n"
    "  def slow(ms), do: (Process.sleep(ms); :slept)\n"
    "  def notify(pid, msg, ms), do: (Process.sleep(ms); send(pid, msg))\n"
    "  def ticks(pid, 0), do: send(pid, :ticks_done)\n"
    "  def ticks(pid, n), do: (Process.sleep(5); send(pid, {:tick, n}); ticks(pid, n - 1))\n"
    "  def spin(n) do\n"
    "    receive do\n"
    "      {:stop, from} -> send(from, {:spun, n > 0})\n"
    "    after\n"
    "      0 -> spin(n + 1)\n"
    "    end\n"
    "  end\n"
    "  def halt(n), do: System.halt(n)\n"
    "  def nap(us) do\n"
    "    {:ok, libc} = FFI.open(:default)\n"
    "    FFI.call(libc, \"usleep\", [:uint], :int, [us], dirty: true)\n"
    "  end\n"
    "end\n";

typedef struct {
    char out[4096], err[4096];
    size_t nout, nerr;
} captured;

static void capture(void *userdata, bl_stream stream, const char *data, size_t len) {
    captured *c = userdata;
    char *buf = stream == BL_STDOUT ? c->out : c->err;
    size_t *n = stream == BL_STDOUT ? &c->nout : &c->nerr;
    size_t room = sizeof c->out - 1 - *n;
    if (len > room) len = room;
    memcpy(buf + *n, data, len);
    *n += len;
    buf[*n] = '\0';
}

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_us(int64_t us) {
    struct timespec ts = {(time_t)(us / 1000000), (long)(us % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

static bl_term args0(bl_env *env) { return bl_make_list(env, 0, NULL); }
static bl_term args1(bl_env *env, bl_term a) { return bl_make_list(env, 1, &a); }
static bl_term args2(bl_env *env, bl_term a, bl_term b) {
    bl_term v[2] = {a, b};
    return bl_make_list(env, 2, v);
}

static void test_loading(bl_vm *vm, bl_env *env) {
    const char bad[] = "defmodule Bad do\n  def f(, do: 1\nend\n";
    CHECK_STATUS(vm, bl_load_source(vm, "bad.ex", bad, strlen(bad)), BL_ERR_COMPILE);
    CHECK(strstr(bl_last_error(vm), "bad.ex:2:") != NULL);
    CHECK_STATUS(vm, bl_load_file(vm, "/nonexistent/dir/x.ex"), BL_ERR_IO);
    CHECK(strstr(bl_last_error(vm), "/nonexistent/dir/x.ex") != NULL);
    const unsigned char junk[] = "not bytecode at all";
    CHECK_STATUS(vm, bl_load_bytecode(vm, "junk.blc", junk, sizeof junk), BL_ERR_LOAD);
    CHECK(bl_last_error(vm)[0] != '\0');

    char path[64];
    snprintf(path, sizeof path, "/tmp/beamlet_embed_%d.ex", (int)getpid());
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) return;
    fputs("defmodule FromFile do\n  def hello(), do: \"from a file\"\nend\n", f);
    fclose(f);
    CHECK_STATUS(vm, bl_load_file(vm, path), BL_OK);
    unlink(path);
    bl_term r = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, "FromFile", "hello", args0(env), env, &r), BL_OK);
    CHECK_INSPECT(env, r, "\"from a file\"");

    /* Valid bytecode: compiled by the CLI, loaded from memory. */
    const char *beamlet = getenv("BEAMLET");
    char dir[48], cmd[512], blc[128];
    snprintf(dir, sizeof dir, "/tmp/beamlet_embed_blc_%d", (int)getpid());
    snprintf(path, sizeof path, "%s.ex", dir);
    f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) return;
    fputs("defmodule FromBytecode do\n  def twice(x), do: 2 * x\nend\n", f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "mkdir -p %s && %s compile %s -o %s", dir, beamlet ? beamlet : "build/beamlet", path, dir);
    CHECK(system(cmd) == 0);
    unlink(path);
    snprintf(blc, sizeof blc, "%s/FromBytecode.blc", dir);
    f = fopen(blc, "rb");
    CHECK(f != NULL);
    if (!f) return;
    unsigned char code[65536];
    size_t n = fread(code, 1, sizeof code, f);
    fclose(f);
    unlink(blc);
    rmdir(dir);
    CHECK_STATUS(vm, bl_load_bytecode(vm, "FromBytecode.blc", code, n), BL_OK);
    CHECK_STATUS(vm, bl_call(vm, "FromBytecode", "twice", args1(env, bl_make_int(env, 21)), env, &r), BL_OK);
    CHECK_INSPECT(env, r, "42");
}

static void test_calls(bl_vm *vm, bl_env *env, captured *cap) {
    bl_term r = BL_NONE;
    int64_t i;
    CHECK_STATUS(vm, bl_call(vm, "Calc", "add", args2(env, bl_make_int(env, 2), bl_make_int(env, 40)), env, &r), BL_OK);
    CHECK(bl_get_int(env, r, &i) && i == 42);
    CHECK_STATUS(vm, bl_call(vm, "Elixir.Calc", "add", args2(env, bl_make_int(env, 1), bl_make_int(env, 1)), env, &r),
                 BL_OK);
    CHECK_STATUS(vm, bl_call(vm, "lists", "reverse", args1(env, args2(env, bl_make_int(env, 1), bl_make_int(env, 2))), env, &r),
                 BL_OK);
    CHECK_INSPECT(env, r, "[2, 1]");
    CHECK_STATUS(vm, bl_call(vm, "Calc", "slow", args1(env, bl_make_int(env, 20)), env, &r), BL_OK);
    CHECK(bl_is_atom_named(env, r, "slept"));

    /* a raise: the exception struct, and Elixir's text in bl_last_error */
    CHECK_STATUS(vm, bl_call(vm, "Calc", "boom", args1(env, bl_make_string(env, "it broke")), env, &r), BL_ERR_RUNTIME);
    CHECK_INSPECT(env, r, "%RuntimeError{message: \"it broke\"}");
    CHECK(strncmp(bl_last_error(vm), "** (RuntimeError) it broke\n", 27) == 0);
    CHECK(strstr(bl_last_error(vm), "calc.ex:3: Calc.boom/1") != NULL);
    /* a bad argument inside the VM */
    CHECK_STATUS(vm, bl_call(vm, "Calc", "add", args2(env, bl_make_int(env, 1), bl_make_atom(env, "x")), env, &r),
                 BL_ERR_RUNTIME);
    CHECK_INSPECT(env, r, "%ArithmeticError{message: \"bad argument in arithmetic expression\"}");
    CHECK(strstr(bl_last_error(vm), "** (ArithmeticError) bad argument in arithmetic expression") != NULL);
    /* throw and exit */
    CHECK_STATUS(vm, bl_call(vm, "Calc", "toss", args1(env, bl_make_atom(env, "ball")), env, &r), BL_ERR_RUNTIME);
    CHECK_INSPECT(env, r, "{:throw, :ball}");
    CHECK(strncmp(bl_last_error(vm), "** (throw) :ball", 16) == 0);
    CHECK_STATUS(vm, bl_call(vm, "Calc", "leave", args1(env, bl_make_atom(env, "bye")), env, &r), BL_ERR_RUNTIME);
    CHECK_INSPECT(env, r, "{:exit, :bye}");
    CHECK(strncmp(bl_last_error(vm), "** (exit) :bye", 14) == 0);
    /* undefined functions */
    CHECK_STATUS(vm, bl_call(vm, "Nope", "missing", args0(env), env, &r), BL_ERR_RUNTIME);
    CHECK(strstr(bl_last_error(vm), "function Nope.missing/0 is undefined (module Nope is not available)") != NULL);
    CHECK_STATUS(vm, bl_call(vm, "Calc", "add", args0(env), env, &r), BL_ERR_RUNTIME);
    CHECK(strstr(bl_last_error(vm), "Calc.add/0 is undefined or private") != NULL);
    /* bad arguments from the host */
    CHECK_STATUS(vm, bl_call(vm, "Calc", "add", bl_make_int(env, 1), env, &r), BL_ERR_ARG);
    CHECK(r == BL_NONE);
    CHECK_STATUS(vm, bl_call(vm, "Calc", "add", bl_make_list_cell(env, bl_make_int(env, 1), bl_make_int(env, 2)), env, &r),
                 BL_ERR_ARG);
    CHECK_STATUS(vm, bl_call(vm, "Calc", "add", BL_NONE, env, &r), BL_ERR_ARG);
    /* a call that waits for a message nothing can send */
    CHECK_STATUS(vm, bl_call(vm, "Calc", "wait", args0(env), env, &r), BL_ERR_DEADLOCK);
    CHECK(r == BL_NONE && strstr(bl_last_error(vm), "Calc.wait/0") != NULL);
    CHECK(bl_idle_usec(vm) == -1);
    /* a call waiting on a dirty call is not deadlocked: the dirty
     * thread's reply wakes it */
    CHECK_STATUS(vm, bl_call(vm, "Calc", "nap", args1(env, bl_make_int(env, 20000)), env, &r), BL_OK);
    int64_t slept = 1;
    CHECK(bl_get_int(env, r, &slept) && slept == 0);
    /* output goes to the callback */
    cap->nout = 0;
    CHECK_STATUS(vm, bl_call(vm, "Calc", "say", args1(env, bl_make_string(env, "hello host")), env, &r), BL_OK);
    CHECK(strcmp(cap->out, "hello host\n") == 0);
}

static void test_spawn_and_run(bl_vm *vm, bl_env *env) {
    bl_term host = bl_host_pid(vm), msg = BL_NONE;
    bl_term a[3] = {host, bl_make_atom(env, "late"), bl_make_int(env, 20)};
    CHECK(bl_idle_usec(vm) == -1);
    bl_term pid = bl_spawn(vm, "Calc", "notify", bl_make_list(env, 3, a));
    CHECK(bl_is_pid(env, pid));
    CHECK(bl_idle_usec(vm) == 0);
    int64_t t0 = now_ms();
    CHECK_STATUS(vm, bl_run(vm), BL_OK); /* waits out the sleep: everything is idle after */
    CHECK(now_ms() - t0 >= 15);
    CHECK(bl_idle_usec(vm) == -1);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 0), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "late"));
    CHECK(bl_spawn(vm, "Calc", "notify", bl_make_int(env, 3)) == BL_NONE);
    CHECK(strstr(bl_last_error(vm), "proper list") != NULL);

    /* slices: a process ticking on a timer; the host loop sleeps between slices */
    bl_term b[2] = {host, bl_make_int(env, 5)};
    CHECK(bl_is_pid(env, bl_spawn(vm, "Calc", "ticks", bl_make_list(env, 2, b))));
    int ticks = 0, done = 0;
    for (int rounds = 0; !done && rounds < 1000; rounds++) {
        CHECK_STATUS(vm, bl_run_for(vm, 1000), BL_OK);
        while (bl_host_receive(vm, env, &msg, 0) == BL_OK) {
            if (bl_is_atom_named(env, msg, "ticks_done")) done = 1;
            else ticks++;
        }
        int64_t idle = bl_idle_usec(vm);
        CHECK(idle <= 6000);
        if (idle > 0) sleep_us(idle);
    }
    CHECK(done && ticks == 5);

    /* a process that never waits: bl_run_for still returns */
    bl_term spinner = bl_spawn(vm, "Calc", "spin", args1(env, bl_make_int(env, 0)));
    t0 = now_ms();
    CHECK_STATUS(vm, bl_run_for(vm, 20000), BL_OK);
    CHECK(now_ms() - t0 < 2000);
    CHECK(bl_idle_usec(vm) == 0);
    bl_term stop[2] = {bl_make_atom(env, "stop"), host};
    CHECK_STATUS(vm, bl_send(vm, spinner, bl_make_tuple(env, 2, stop)), BL_OK);
    CHECK(bl_idle_usec(vm) == 0);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 5000), BL_OK);
    CHECK_INSPECT(env, msg, "{:spun, true}");
    CHECK_STATUS(vm, bl_run(vm), BL_OK);
    /* sends the VM cannot deliver are dropped, as send/2 drops them */
    CHECK_STATUS(vm, bl_send(vm, spinner, bl_make_atom(env, "too_late")), BL_OK);
    CHECK_STATUS(vm, bl_send(vm, bl_make_atom(env, "no_such_name"), bl_make_int(env, 1)), BL_OK);
    CHECK_STATUS(vm, bl_send(vm, bl_make_int(env, 1), bl_make_int(env, 1)), BL_ERR_ARG);
    CHECK_STATUS(vm, bl_send(vm, spinner, BL_NONE), BL_ERR_ARG);
    CHECK_STATUS(vm, bl_run(vm), BL_OK);
}

static void test_scripts(void) {
    captured cap = {{0}, {0}, 0, 0};
    bl_config config;
    test_config(&config);
    config.write = capture;
    config.userdata = &cap;
    const char *argv[] = {"one", "two"};
    config.argv = argv;
    config.argc = 2;
    bl_vm *vm = bl_vm_new(&config);
    CHECK(vm != NULL);
    if (!vm) return;
    int status = -1;
    const char ok[] = "IO.puts(Enum.join(System.argv(), \",\"))\n";
    CHECK_STATUS(vm, bl_run_script(vm, "ok.exs", ok, strlen(ok), &status), BL_OK);
    CHECK(status == 0 && strcmp(cap.out, "one,two\n") == 0);
    const char raises[] = "raise \"top level\"\n";
    CHECK_STATUS(vm, bl_run_script(vm, "raises.exs", raises, strlen(raises), &status), BL_ERR_RUNTIME);
    CHECK(status == 1 && strstr(cap.err, "** (RuntimeError) top level") != NULL);
    const char bad[] = "x = \n";
    CHECK_STATUS(vm, bl_run_script(vm, "bad.exs", bad, strlen(bad), &status), BL_ERR_COMPILE);
    CHECK(status == 1);
    /* System.halt stops the VM for good */
    test_load(vm, "calc.ex", calc_src);
    bl_env *env = bl_env_new(vm);
    bl_term r = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, "Calc", "halt", args1(env, bl_make_int(env, 3)), env, &r), BL_ERR_HALTED);
    CHECK(strstr(bl_last_error(vm), "System.halt(3)") != NULL);
    CHECK_STATUS(vm, bl_run(vm), BL_ERR_HALTED);
    CHECK_STATUS(vm, bl_run_for(vm, 1000), BL_ERR_HALTED);
    CHECK_STATUS(vm, bl_call(vm, "Calc", "add", args2(env, bl_make_int(env, 1), bl_make_int(env, 1)), env, &r),
                 BL_ERR_HALTED);
    CHECK(bl_spawn(vm, "Calc", "add", args0(env)) == BL_NONE);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &r, 10), BL_ERR_HALTED);
    bl_env_free(env);
    bl_vm_free(vm);
}

/* A process growing past max_heap_words is killed; the call reports it. */
static void test_heap_limit(void) {
    captured cap = {{0}, {0}, 0, 0};
    bl_config config;
    test_config(&config);
    config.max_heap_words = 20000;
    config.write = capture;
    config.userdata = &cap;
    bl_vm *vm = bl_vm_new(&config);
    test_load(vm, "calc.ex", calc_src);
    bl_env *env = bl_env_new(vm);
    bl_term r = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, "Calc", "grow", args1(env, bl_make_int(env, 100000)), env, &r), BL_ERR_RUNTIME);
    CHECK_INSPECT(env, r, "{:exit, :killed}");
    CHECK(strcmp(bl_last_error(vm), "** (exit) killed") == 0);
    CHECK(strstr(cap.err, "killed: its heap grew past the limit of 20000 words") != NULL);
    CHECK_STATUS(vm, bl_call(vm, "Calc", "grow", args1(env, bl_make_int(env, 10)), env, &r), BL_OK);
    CHECK_INSPECT(env, r, "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    bl_env_free(env);
    bl_vm_free(vm);
}

int main(void) {
    captured cap = {{0}, {0}, 0, 0};
    bl_config config;
    test_config(&config);
    config.write = capture;
    config.userdata = &cap;
    bl_vm *vm = bl_vm_new(&config);
    CHECK(vm != NULL);
    if (!vm) return 1;
    test_load(vm, "calc.ex", calc_src);
    bl_env *env = bl_env_new(vm);
    test_loading(vm, env);
    test_calls(vm, env, &cap);
    bl_env_clear(env);
    test_spawn_and_run(vm, env);
    bl_env_free(env);
    bl_vm_free(vm);
    test_scripts();
    test_heap_limit();
    return test_done("test_call");
}
