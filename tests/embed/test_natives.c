/*
 * test_natives.c — host functions called from the language: registered
 * before the code that imports them is compiled, with userdata, raising
 * (bl_raise, bl_raise_message, returning BL_NONE), replaced, refused when
 * the name is taken, sending and spawning from inside, refused re-entry
 * into the scheduler, keeping an argument with bl_copy, and many
 * processes calling natives at once.
 */
#include "embed_test.h"

typedef struct {
    int calls;
    bl_env *kept; /* arguments the `keep` native copied out */
    bl_term last_kept;
} host_state;

static bl_term native_add(bl_env *env, int argc, const bl_term *argv) {
    host_state *st = bl_env_userdata(env);
    st->calls++;
    int64_t a, b;
    if (argc != 2 || !bl_get_int(env, argv[0], &a) || !bl_get_int(env, argv[1], &b))
        return bl_raise_message(env, "add: expected two integers, got %d arguments", argc);
    return bl_make_int(env, a + b);
}

static bl_term native_describe(bl_env *env, int argc, const bl_term *argv) {
    bl_term parts[2] = {bl_make_atom(env, "seen"), bl_make_string(env, bl_inspect_str(env, argv[0]))};
    return bl_make_tuple(env, 2, parts);
}

static bl_term native_raise_term(bl_env *env, int argc, const bl_term *argv) {
    bl_term parts[2] = {bl_make_atom(env, "host_error"), argv[0]};
    return bl_raise(env, bl_make_tuple(env, 2, parts));
}

static bl_term native_nothing(bl_env *env, int argc, const bl_term *argv) { return BL_NONE; }

static bl_term native_zero(bl_env *env, int argc, const bl_term *argv) { return bl_make_atom(env, "zero"); }

static bl_term native_version_one(bl_env *env, int argc, const bl_term *argv) { return bl_make_int(env, 1); }
static bl_term native_version_two(bl_env *env, int argc, const bl_term *argv) { return bl_make_int(env, 2); }

/* Sends its argument to the host mailbox and spawns a process. */
static bl_term native_send_and_spawn(bl_env *env, int argc, const bl_term *argv) {
    bl_vm *vm = bl_env_vm(env);
    if (bl_send(vm, bl_host_pid(vm), argv[0]) != BL_OK) return bl_raise_message(env, "send failed");
    bl_term args[3] = {bl_host_pid(vm), bl_make_atom(env, "from_spawned"), bl_make_int(env, 0)};
    bl_term pid = bl_spawn(vm, "Uses", "notify", bl_make_list(env, 3, args));
    return pid == BL_NONE ? bl_raise_message(env, "spawn failed") : pid;
}

/* Tries to run the VM from inside it: every such call must be refused. */
static bl_term native_reenter(bl_env *env, int argc, const bl_term *argv) {
    bl_vm *vm = bl_env_vm(env);
    bl_term r;
    int refused = bl_call(vm, "Uses", "twice", bl_make_list(env, 0, NULL), env, &r) == BL_ERR_BUSY &&
                  bl_run(vm) == BL_ERR_BUSY && bl_run_for(vm, 100) == BL_ERR_BUSY &&
                  bl_host_receive(vm, env, &r, 0) == BL_ERR_BUSY &&
                  bl_load_source(vm, "x.ex", "1", 1) == BL_ERR_BUSY;
    int status = -1;
    refused = refused && bl_run_script(vm, "x.exs", "1", 1, &status) == BL_ERR_BUSY;
    return bl_make_bool(env, refused);
}

/* A list reversed on the host side: large arguments and results. */
static bl_term native_reverse(bl_env *env, int argc, const bl_term *argv) {
    bl_term out = bl_make_list(env, 0, NULL), head, list = argv[0];
    while (bl_get_list_cell(env, list, &head, &list)) out = bl_make_list_cell(env, head, out);
    return out;
}

/* Keeps a copy of its argument after the call (the argument itself dies
 * with the call's environment). */
static bl_term native_keep(bl_env *env, int argc, const bl_term *argv) {
    host_state *st = bl_env_userdata(env);
    st->last_kept = bl_copy(st->kept, argv[0]);
    return bl_make_atom(env, "kept");
}

static const char uses_src[] =
    "defmodule Uses do\n"
    "  import Host, only: [add: 2]\n"
    "  def twice(), do: add(add(1, 2), Host.add(3, 4))\n"
    "  def describe(x), do: Host.describe(x)\n"
    "  def raise_term(x) do\n"
    "    try do\n"
    "      Host.raise_term(x)\n"
    "    rescue\n"
    "      e in ErlangError -> {:rescued, e.original}\n"
    "    end\n"
    "  end\n"
    "  def raise_message(), do: Host.add(1)\n"
    "  def rescue_message() do\n"
    "    try do\n"
    "      Host.add(1)\n"
    "    rescue\n"
    "      e -> {:rescued, e.__struct__, e.message}\n"
    "    end\n"
    "  end\n"
    "  def nothing(), do: Host.nothing()\n"
    "  def version(), do: Host.version()\n"
    "  def zero(), do: Host.zero()\n"
    "  def apply_native(), do: apply(Host, :add, [20, 22])\n"
    "  def capture_native(), do: Enum.map([1, 2], &Host.add(&1, -10))\n"
    "  def send_and_spawn(x), do: Host.send_and_spawn(x)\n"
    "  def reenter(), do: Host.reenter()\n"
    "  def keep(x), do: Host.keep(x)\n"
    "  def notify(pid, msg, _), do: send(pid, msg)\n"
    "  def many(n) do\n"
    "    1..n\n"
    "    |> Enum.map(fn i -> Task.async(fn -> Host.add(i, Host.add(i, 0)) end) end)\n"
    "    |> Enum.map(&Task.await/1)\n"
    "    |> Enum.sum()\n"
    "  end\n"
    "  def late(), do: Host.late(:arg)\n"
    "  def big(n), do: Host.reverse(Enum.to_list(1..n)) |> Enum.with_index() |> Enum.count(fn {x, i} -> x == n - i end)\n"
    "end\n";

static bl_term call0(bl_vm *vm, bl_env *env, const char *fun, bl_status want) {
    bl_term r = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, "Uses", fun, bl_make_list(env, 0, NULL), env, &r), want);
    return r;
}

static bl_term call1(bl_vm *vm, bl_env *env, const char *fun, bl_term arg, bl_status want) {
    bl_term r = BL_NONE;
    CHECK_STATUS(vm, bl_call(vm, "Uses", fun, bl_make_list(env, 1, &arg), env, &r), want);
    return r;
}

int main(void) {
    bl_vm *vm = test_vm();
    host_state st = {0, bl_env_new(vm), BL_NONE};
    /* registered before the code that imports them is compiled */
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "add", 2, native_add, &st), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Elixir.Host", "add", 1, native_add, &st), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "describe", 1, native_describe, NULL), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "raise_term", 1, native_raise_term, NULL), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "nothing", 0, native_nothing, NULL), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "zero", 0, native_zero, NULL), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "version", 0, native_version_one, NULL), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "send_and_spawn", 1, native_send_and_spawn, NULL), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "reenter", 0, native_reenter, NULL), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "keep", 1, native_keep, &st), BL_OK);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "reverse", 1, native_reverse, NULL), BL_OK);
    /* names that are taken, and bad arguments */
    CHECK_STATUS(vm, bl_register_native(vm, "Enum", "map", 2, native_add, NULL), BL_ERR_ARG);
    CHECK(strstr(bl_last_error(vm), "Enum.map/2 is already defined") != NULL);
    CHECK_STATUS(vm, bl_register_native(vm, ":erlang", "+", 2, native_add, NULL), BL_ERR_ARG);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "wide", 256, native_add, NULL), BL_ERR_ARG);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "none", 1, NULL, NULL), BL_ERR_ARG);
    test_load(vm, "uses.ex", uses_src);

    bl_env *env = bl_env_new(vm);
    int64_t i;
    bl_term r = call0(vm, env, "twice", BL_OK);
    CHECK(bl_get_int(env, r, &i) && i == 10 && st.calls == 3);
    CHECK_INSPECT(env, call1(vm, env, "describe", bl_make_string(env, "x"), BL_OK), "{:seen, \"\\\"x\\\"\"}");
    CHECK_INSPECT(env, call0(vm, env, "apply_native", BL_OK), "42");
    CHECK_INSPECT(env, call0(vm, env, "capture_native", BL_OK), "[-9, -8]");
    CHECK_INSPECT(env, call0(vm, env, "zero", BL_OK), ":zero");

    /* raising: a term, a message, and a native that returned nothing */
    CHECK_INSPECT(env, call1(vm, env, "raise_term", bl_make_int(env, 7), BL_OK), "{:rescued, {:host_error, 7}}");
    r = call0(vm, env, "raise_message", BL_ERR_RUNTIME);
    CHECK_INSPECT(env, r, "%RuntimeError{message: \"add: expected two integers, got 1 arguments\"}");
    CHECK(strncmp(bl_last_error(vm), "** (RuntimeError) add: expected two integers, got 1 arguments\n", 62) == 0);
    CHECK(strstr(bl_last_error(vm), "uses.ex:12: Uses.raise_message/0") != NULL);
    CHECK_INSPECT(env, call0(vm, env, "rescue_message", BL_OK),
                  "{:rescued, RuntimeError, \"add: expected two integers, got 1 arguments\"}");
    r = call0(vm, env, "nothing", BL_ERR_RUNTIME);
    CHECK(strncmp(bl_last_error(vm), "** (ArgumentError) argument error", 33) == 0);
    /* raising outside a native does nothing */
    CHECK(bl_raise(env, bl_make_int(env, 1)) == BL_NONE);
    CHECK(bl_raise_message(env, "ignored") == BL_NONE);
    CHECK(bl_env_userdata(env) == NULL);

    /* a native registered after the code that calls it was loaded */
    r = call0(vm, env, "late", BL_ERR_RUNTIME);
    CHECK(strstr(bl_last_error(vm), "function Host.late/1 is undefined") != NULL);
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "late", 1, native_zero, NULL), BL_OK);
    CHECK_INSPECT(env, call0(vm, env, "late", BL_OK), ":zero");

    /* registering again replaces the function */
    CHECK_INSPECT(env, call0(vm, env, "version", BL_OK), "1");
    CHECK_STATUS(vm, bl_register_native(vm, "Host", "version", 0, native_version_two, NULL), BL_OK);
    CHECK_INSPECT(env, call0(vm, env, "version", BL_OK), "2");

    /* sending and spawning from inside a native */
    r = call1(vm, env, "send_and_spawn", bl_make_atom(env, "from_native"), BL_OK);
    CHECK(bl_is_pid(env, r));
    bl_term msg = BL_NONE;
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 2000), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "from_native"));
    CHECK_STATUS(vm, bl_host_receive(vm, env, &msg, 2000), BL_OK);
    CHECK(bl_is_atom_named(env, msg, "from_spawned"));

    /* the VM cannot be entered from inside */
    CHECK_INSPECT(env, call0(vm, env, "reenter", BL_OK), "true");

    /* an argument kept past the call */
    char text[300];
    memset(text, 'k', sizeof text);
    bl_term parts[2] = {bl_make_binary(env, text, sizeof text), bl_make_float(env, 2.5)};
    CHECK_INSPECT(env, call1(vm, env, "keep", bl_make_tuple(env, 2, parts), BL_OK), ":kept");
    bl_env_clear(env);
    size_t arity, len;
    const bl_term *es;
    const unsigned char *data;
    CHECK(bl_get_tuple(st.kept, st.last_kept, &arity, &es) && arity == 2);
    CHECK(bl_get_binary(st.kept, es[0], &data, &len) && len == sizeof text && data[0] == 'k');

    /* many processes calling natives, and large arguments and results */
    CHECK_INSPECT(env, call1(vm, env, "many", bl_make_int(env, 50), BL_OK), "2550");
    CHECK(bl_get_int(env, call1(vm, env, "big", bl_make_int(env, 3000), BL_OK), &i) && i == 3000);

    bl_env_free(env);
    bl_env_free(st.kept);
    bl_vm_free(vm);
    return test_done("test_natives");
}
