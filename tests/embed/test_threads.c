/*
 * test_threads.c — the VM and host threads: bl_send from other threads
 * (terms, atoms and large binaries made on those threads while the VM
 * runs and interns atoms of its own), a sleeping VM woken by a send, and
 * two VMs running at once on two threads.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <time.h>

#include "embed_test.h"

#define PRODUCED 300
#define DIRECT 100
#define PAYLOAD 100 /* bytes: over the 64 that live on a heap */

static const char sink_src[] =
    "defmodule Sink do\n"
    "  def start(host), do: Process.register(spawn(fn -> loop(host, 0, 0) end), :sink)\n"
    "  defp loop(host, n, bytes) do\n"
    "    receive do\n"
    "      {:tick, _i, atom, payload} when is_atom(atom) ->\n"
    "        _ = String.to_atom(\"vm_side_\" <> Integer.to_string(n))\n"
    "        loop(host, n + 1, bytes + byte_size(payload))\n"
    "      :done -> send(host, {:total, n, bytes})\n"
    "    end\n"
    "  end\n"
    "end\n";

static void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
    nanosleep(&ts, NULL);
}

typedef struct {
    bl_vm *vm;
    bl_term dest;
    int count;
    int failures;
} producer;

/* Makes every term on this thread, in an environment of its own. */
static void *produce_ticks(void *arg) {
    producer *pr = arg;
    bl_env *env = bl_env_new(pr->vm);
    char payload[PAYLOAD], name[32];
    memset(payload, 'p', sizeof payload);
    for (int i = 0; i < pr->count; i++) {
        snprintf(name, sizeof name, "thread_atom_%d", i);
        bl_term parts[4] = {bl_make_atom(env, "tick"), bl_make_int(env, i), bl_make_atom(env, name),
                            bl_make_binary(env, payload, sizeof payload)};
        if (bl_send(pr->vm, pr->dest, bl_make_tuple(env, 4, parts)) != BL_OK) pr->failures++;
        bl_env_clear(env); /* the message is a copy: the terms can go at once */
    }
    if (bl_send(pr->vm, pr->dest, bl_make_atom(env, "done")) != BL_OK) pr->failures++;
    bl_env_free(env);
    return NULL;
}

static void *produce_direct(void *arg) {
    producer *pr = arg;
    bl_env *env = bl_env_new(pr->vm);
    for (int i = 0; i < pr->count; i++) {
        bl_term parts[2] = {bl_make_atom(env, "direct"), bl_make_int(env, i)};
        if (bl_send(pr->vm, pr->dest, bl_make_tuple(env, 2, parts)) != BL_OK) pr->failures++;
    }
    bl_env_free(env);
    return NULL;
}

static void *wake_later(void *arg) {
    producer *pr = arg;
    sleep_ms(30);
    bl_env *env = bl_env_new(pr->vm);
    if (bl_send(pr->vm, pr->dest, bl_make_atom(env, "wake_up")) != BL_OK) pr->failures++;
    bl_env_free(env);
    return NULL;
}

static void test_senders(void) {
    bl_vm *vm = test_vm();
    test_load(vm, "sink.ex", sink_src);
    bl_env *env = bl_env_new(vm);
    bl_term host = bl_host_pid(vm), r = BL_NONE, msg = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, "Sink", "start", bl_make_list(env, 1, &host), env, &r), BL_OK);

    producer ticks = {vm, bl_make_atom(env, "sink"), PRODUCED, 0};
    producer direct = {vm, host, DIRECT, 0};
    pthread_t t1, t2;
    CHECK(pthread_create(&t1, NULL, produce_ticks, &ticks) == 0);
    CHECK(pthread_create(&t2, NULL, produce_direct, &direct) == 0);
    int got_direct = 0, next_direct = 0, in_order = 1;
    int64_t total = -1, bytes = -1;
    while (total < 0 || got_direct < DIRECT) {
        bl_status st = bl_host_receive(vm, env, &msg, 10000);
        CHECK_STATUS(vm, st, BL_OK);
        if (st != BL_OK) break;
        size_t arity;
        const bl_term *es;
        int64_t i;
        if (!bl_get_tuple(env, msg, &arity, &es)) continue;
        if (arity == 2 && bl_is_atom_named(env, es[0], "direct") && bl_get_int(env, es[1], &i)) {
            in_order &= i == next_direct++;
            got_direct++;
        } else if (arity == 3 && bl_is_atom_named(env, es[0], "total")) {
            CHECK(bl_get_int(env, es[1], &total) && bl_get_int(env, es[2], &bytes));
        }
        bl_env_clear(env);
    }
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    CHECK(ticks.failures == 0 && direct.failures == 0);
    CHECK(total == PRODUCED && bytes == (int64_t)PRODUCED * PAYLOAD);
    CHECK(got_direct == DIRECT && in_order);

    /* nothing runs: the host sleeps in bl_host_receive until a thread sends */
    producer waker = {vm, host, 1, 0};
    pthread_t t3;
    CHECK(pthread_create(&t3, NULL, wake_later, &waker) == 0);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, -1), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "wake_up"));
    pthread_join(t3, NULL);
    /* a message sent while the VM was not running waits in the inbox */
    CHECK(pthread_create(&t3, NULL, wake_later, &waker) == 0);
    pthread_join(t3, NULL);
    CHECK(bl_idle_usec(vm) == 0);
    CHECK_STATUS(vm, bl_run_for(vm, 1000), BL_OK);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 0), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "wake_up"));
    bl_env_free(env);
    bl_vm_free(vm);
}

/* --- two VMs at once --- */

static const char work_src[] =
    "defmodule Work do\n"
    "  def fib(n) when n < 2, do: n\n"
    "  def fib(n), do: fib(n - 1) + fib(n - 2)\n"
    "  def run(tag, n) do\n"
    "    parent = self()\n"
    "    Enum.each(1..4, fn _ -> spawn(fn -> send(parent, fib(n)) end) end)\n"
    "    sum = Enum.reduce(1..4, 0, fn _, acc -> receive do x -> acc + x end end)\n"
    "    {tag, Host.scale(sum)}\n"
    "  end\n"
    "end\n";

typedef struct {
    const char *tag;
    int64_t factor;
    int failures;
} vm_job;

static bl_term native_scale(bl_env *env, int argc, const bl_term *argv) {
    vm_job *job = bl_env_userdata(env);
    int64_t v;
    if (!bl_get_int(env, argv[0], &v)) return bl_raise_message(env, "scale: not an integer");
    return bl_make_int(env, v * job->factor);
}

static void *run_vm(void *arg) {
    vm_job *job = arg;
    bl_vm *vm = test_vm();
    if (bl_register_native(vm, "Host", "scale", 1, native_scale, job) != BL_OK) job->failures++;
    if (bl_load_source(vm, "work.ex", work_src, strlen(work_src)) != BL_OK) job->failures++;
    bl_env *env = bl_env_new(vm);
    for (int round = 0; round < 5; round++) {
        bl_term args[2] = {bl_make_atom(env, job->tag), bl_make_int(env, 15)};
        bl_term r = BL_NONE;
        size_t arity;
        const bl_term *es;
        int64_t v;
        if (bl_call(vm, "Work", "run", bl_make_list(env, 2, args), env, &r) != BL_OK ||
            !bl_get_tuple(env, r, &arity, &es) || arity != 2 || !bl_is_atom_named(env, es[0], job->tag) ||
            !bl_get_int(env, es[1], &v) || v != 4 * 610 * job->factor)
            job->failures++;
        bl_env_clear(env);
    }
    bl_env_free(env);
    bl_vm_free(vm);
    return NULL;
}

static void test_two_vms_in_parallel(void) {
    vm_job jobs[2] = {{"first", 1, 0}, {"second", 3, 0}};
    pthread_t threads[2];
    for (int i = 0; i < 2; i++) CHECK(pthread_create(&threads[i], NULL, run_vm, &jobs[i]) == 0);
    for (int i = 0; i < 2; i++) pthread_join(threads[i], NULL);
    CHECK(jobs[0].failures == 0 && jobs[1].failures == 0);
}

int main(void) {
    test_senders();
    test_two_vms_in_parallel();
    return test_done("test_threads");
}
