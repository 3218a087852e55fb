/*
 * test_mailbox.c — the host mailbox: its pid, messages in order, a
 * receive that times out, a receive that waits for a timer, exit signals
 * (trapped as messages; :kill ignored), a registered name, and messages
 * the host sends to itself.
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "embed_test.h"

static const char src[] =
    "defmodule Talk do\n"
    "  def burst(pid, n), do: Enum.each(1..n, fn i -> send(pid, {:n, i}) end)\n"
    "  def later(pid, ms), do: Process.send_after(pid, :later, ms)\n"
    "  def linked_crash(host) do\n"
    "    spawn(fn ->\n"
    "      Process.link(host)\n"
    "      exit(:crashed)\n"
    "    end)\n"
    "    :ok\n"
    "  end\n"
    "  def kill(host), do: Process.exit(host, :kill)\n"
    "  def alive?(host), do: Process.alive?(host)\n"
    "  def register(host), do: Process.register(host, :the_host)\n"
    "  def by_name(), do: send(:the_host, :by_name)\n"
    "end\n";

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void call(bl_vm *vm, bl_env *env, const char *fun, size_t n, const bl_term *args, bl_term *r) {
    CHECK_STATUS(vm, bl_call(vm, "Talk", fun, bl_make_list(env, n, args), env, r), BL_OK);
}

int main(void) {
    bl_vm *vm = test_vm();
    test_load(vm, "talk.ex", src);
    bl_env *env = bl_env_new(vm);
    bl_term host = bl_host_pid(vm), msg = BL_NONE, r = BL_NONE;
    CHECK(bl_is_pid(env, host) && bl_host_pid(vm) == host);

    /* empty: a poll, then a wait that times out */
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 0), BL_ERR_TIMEOUT);
    CHECK(msg == BL_NONE);
    int64_t t0 = now_ms();
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 50), BL_ERR_TIMEOUT);
    int64_t waited = now_ms() - t0;
    CHECK(waited >= 45 && waited < 5000);

    /* messages arrive in the order they were sent */
    bl_term args[2] = {host, bl_make_int(env, 100)};
    call(vm, env, "burst", 2, args, &r);
    for (int64_t k = 1; k <= 100; k++) {
        size_t arity;
        const bl_term *es;
        int64_t n = 0;
        CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 0), BL_OK);
        CHECK(bl_get_tuple(env, msg, &arity, &es) && arity == 2 && bl_get_int(env, es[1], &n) && n == k);
    }
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 0), BL_ERR_TIMEOUT);
    bl_env_clear(env);

    /* a receive that runs the VM until a timer fires */
    args[1] = bl_make_int(env, 30);
    call(vm, env, "later", 2, args, &r);
    t0 = now_ms();
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, -1), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "later") && now_ms() - t0 >= 20);
    call(vm, env, "later", 2, args, &r);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 5), BL_ERR_TIMEOUT);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 2000), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "later"));

    /* exit signals: a linked process's crash arrives as a message; :kill is ignored */
    call(vm, env, "linked_crash", 1, &host, &r);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 2000), BL_OK);
    size_t arity;
    const bl_term *es;
    CHECK(bl_get_tuple(env, msg, &arity, &es) && arity == 3 && bl_is_atom_named(env, es[0], "EXIT") &&
          bl_is_pid(env, es[1]) && bl_is_atom_named(env, es[2], "crashed"));
    call(vm, env, "kill", 1, &host, &r);
    call(vm, env, "alive?", 1, &host, &r);
    CHECK(bl_is_atom_named(env, r, "true"));

    /* a registered name, and the host sending to itself (by pid and by name) */
    call(vm, env, "register", 1, &host, &r);
    call(vm, env, "by_name", 0, NULL, &r);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 1000), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "by_name"));
    CHECK_STATUS(vm, bl_send(vm, host, bl_make_atom(env, "to_myself")), BL_OK);
    CHECK_STATUS(vm, bl_send(vm, bl_make_atom(env, "the_host"), bl_make_atom(env, "by_my_name")), BL_OK);
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 0), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "to_myself"));
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 0), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "by_my_name"));

    /* messages left in the mailbox are freed with the VM */
    CHECK_STATUS(vm, bl_send(vm, host, bl_make_string(env, "left behind, and long enough to live off the heap........")),
                 BL_OK);
    CHECK_STATUS(vm, bl_run(vm), BL_OK);
    bl_env_free(env);
    bl_vm_free(vm);
    return test_done("test_mailbox");
}
