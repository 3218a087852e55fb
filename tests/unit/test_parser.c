/*
 * test_parser.c — white-box tests of the lexer and parser.
 *
 * Each snippet is parsed and its ast_dump compared with the expected
 * S-expression; bad input must fail with the right diagnostic kind,
 * position and message.  The robustness checks parse every prefix and
 * many byte-level mutations of every snippet, which must never crash or
 * hang (run this under -fsanitize=address,undefined).
 *
 * Prints one line per failing check and ends with
 * "parser: N passed, N failed"; exits non-zero on any failure.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "parser.h"

typedef struct {
    int passed, failed;
} test_stats;

typedef struct {
    const char *src;
    const char *want;
} dump_case;

typedef struct {
    const char *src;
    diag_kind kind;
    int line, col;
    const char *message; /* a substring of the first diagnostic */
} error_case;

/* A parse and everything it owns. */
typedef struct {
    ast_arena *arena;
    diag_list diags;
    ast *root;
} parsed;

static void parsed_run(parsed *r, const char *src, size_t len)
{
    r->arena = ast_arena_new();
    diag_init(&r->diags, "test.exs", src, len);
    r->root = parse_program(r->arena, &r->diags, src, len);
}

static void parsed_free(parsed *r)
{
    diag_free(&r->diags);
    ast_arena_free(r->arena);
}

static void check(test_stats *st, int ok, const char *what, const char *src)
{
    if (ok) {
        st->passed++;
        return;
    }
    st->failed++;
    printf("FAIL %s: %s\n", what, src);
}

/* ast_dump into a malloc'd string. */
static char *dump_to_string(const ast *n)
{
    FILE *f = tmpfile();
    if (!f)
        return NULL;
    ast_dump(f, n);
    long size = ftell(f);
    char *s = malloc(size > 0 ? (size_t)size + 1 : 1);
    rewind(f);
    if (s) {
        size_t got = size > 0 ? fread(s, 1, (size_t)size, f) : 0;
        s[got] = 0;
    }
    fclose(f);
    return s;
}

static const dump_case dump_cases[] = {
    {"1",
     "(block 1)"},
    {"1_000_000",
     "(block 1000000)"},
    {"0x1F",
     "(block 31)"},
    {"0b1010",
     "(block 10)"},
    {"0o777",
     "(block 511)"},
    {"0xFF_FF",
     "(block 65535)"},
    {"9223372036854775807",
     "(block 9223372036854775807)"},
    {"9223372036854775808",
     "(block 9223372036854775808)"},
    {"123456789012345678901234567890",
     "(block 123456789012345678901234567890)"},
    {"0x1FFFFFFFFFFFFFFFFF",
     "(block 590295810358705651711)"},
    {"0b11111111111111111111111111111111111111111111111111111111111111111",
     "(block 36893488147419103231)"},
    {"1.0",
     "(block 1.0)"},
    {"1.0e-3",
     "(block 0.001)"},
    {"1_000.5",
     "(block 1000.5)"},
    {"2.5E10",
     "(block 2.5e+10)"},
    {"?a",
     "(block 97)"},
    {"?\\n",
     "(block 10)"},
    {"?\\s",
     "(block 32)"},
    {"?\xc3""\xa9""",
     "(block 233)"},
    {"?\\\\",
     "(block 92)"},
    {":ok",
     "(block :ok)"},
    {":\"with space\"",
     "(block :\"with space\")"},
    {":foo?",
     "(block :foo?)"},
    {":bar!",
     "(block :bar!)"},
    {":+",
     "(block :\"+\")"},
    {":==",
     "(block :\"==\")"},
    {":\"Elixir.Foo\"",
     "(block :\"Elixir.Foo\")"},
    {":Foo",
     "(block :Foo)"},
    {":a@b",
     "(block :a@b)"},
    {"true",
     "(block :true)"},
    {"false",
     "(block :false)"},
    {"nil",
     "(block :nil)"},
    {"\"hello\"",
     "(block \"hello\")"},
    {"\"\"",
     "(block \"\")"},
    {"\"a\\tb\\n\\\"q\\\"\\\\\"",
     "(block \"a\\tb\\n\\\"q\\\"\\\\\")"},
    {"\"\\e\\0\\a\\b\\f\\v\\s\\d\"",
     "(block \"\\x1B\\x00\\x07\\x08\\x0C\\x0B \\x7F\")"},
    {"\"\\x41\\xF\\u00e9\\u{1F600}\"",
     "(block \"A\\x0F\xc3""\xa9""\xf0""\x9f""\x98""\x80""\")"},
    {"\"\\#{x}\"",
     "(block \"#{x}\")"},
    {"\"a\\\nb\"",
     "(block \"ab\")"},
    {"\"\xc3""\xa9""\"",
     "(block \"\xc3""\xa9""\")"},
    {"\"a #{x} b\"",
     "(block (interp \"a \" x \" b\"))"},
    {"\"#{x}\"",
     "(block (interp x))"},
    {"\"#{}\"",
     "(block \"\")"},
    {"\"#{a; b}\"",
     "(block (interp (block a b)))"},
    {"\"a #{inspect(%{b: \"c\"})} d\"",
     "(block (interp \"a \" (call inspect %{(=> :b \"c\")}) \" d\"))"},
    {"\"x #{\"y #{z}\"}\"",
     "(block (interp \"x \" (interp \"y \" z)))"},
    {"\"#{?}}\"",
     "(block (interp 125))"},
    {"\"\"\"\n  abc\n    d\n  \"\"\"",
     "(block \"abc\\n  d\\n\")"},
    {"\"\"\"\n    a #{x}\n    b\n  \"\"\"",
     "(block (interp \"  a \" x \"\\n  b\\n\"))"},
    {"\"\"\"\n  a\\\n  b\n  \"\"\"",
     "(block \"ab\\n\")"},
    {"'abc'",
     "(block 'abc')"},
    {"'a\\'b'",
     "(block 'a\\'b')"},
    {"'a#{x}b'",
     "(block (interp' \"a\" x \"b\"))"},
    {"'''\n  hi\n  '''",
     "(block 'hi\\n')"},
    {"~w(a b c)",
     "(block [\"a\" \"b\" \"c\"])"},
    {"~w[a  b]a",
     "(block [:a :b])"},
    {"~w{x y}c",
     "(block ['x' 'y'])"},
    {"~w<a>s",
     "(block [\"a\"])"},
    {"~w\"a b\"",
     "(block [\"a\" \"b\"])"},
    {"~w|a|",
     "(block [\"a\"])"},
    {"~w/a b/",
     "(block [\"a\" \"b\"])"},
    {"~w(a\\)b)",
     "(block [\"a)b\"])"},
    {"~s(a \"b\" #{c})",
     "(block (interp \"a \\\"b\\\" \" c))"},
    {"~c(ab)",
     "(block 'ab')"},
    {"Foo",
     "(block Foo)"},
    {"Foo.Bar.Baz",
     "(block Foo.Bar.Baz)"},
    {"x",
     "(block x)"},
    {"_",
     "(block _)"},
    {"_x",
     "(block _x)"},
    {"foo?",
     "(block foo?)"},
    {"bar!",
     "(block bar!)"},
    {"__MODULE__",
     "(block __MODULE__)"},
    {"__MODULE__.f()",
     "(block (remote __MODULE__ f))"},
    {"[a: 1, b: 2]",
     "(block [{:a 1} {:b 2}])"},
    {"[1, a: 2]",
     "(block [1 {:a 2}])"},
    {"[\"quoted key\": 1]",
     "(block [{:\"quoted key\" 1}])"},
    {"[do: 1, else: 2]",
     "(block [{:do 1} {:else 2}])"},
    {"{}",
     "(block {})"},
    {"{a, b}",
     "(block {a b})"},
    {"{:ok, a: 1}",
     "(block {:ok [{:a 1}]})"},
    {"[]",
     "(block [])"},
    {"[1, 2 | t]",
     "(block [1 2 | t])"},
    {"[h | t]",
     "(block [h | t])"},
    {"[1, 2,]",
     "(block [1 2])"},
    {"%{}",
     "(block %{})"},
    {"%{\"k\" => v, a: 1}",
     "(block %{(=> \"k\" v) (=> :a 1)})"},
    {"%{m | a: 1}",
     "(block %{m | (=> :a 1)})"},
    {"%{m | \"a\" => 1, b: 2}",
     "(block %{m | (=> \"a\" 1) (=> :b 2)})"},
    {"%Foo{a: 1}",
     "(block (struct Foo %{(=> :a 1)}))"},
    {"%Foo.Bar{}",
     "(block (struct Foo.Bar %{}))"},
    {"%Foo{s | a: 1}",
     "(block (struct Foo %{s | (=> :a 1)}))"},
    {"%__MODULE__{}",
     "(block (struct __MODULE__ %{}))"},
    {"%{a => %{b => c}}",
     "(block %{(=> a %{(=> b c)})})"},
    {"<<>>",
     "(block <<>>)"},
    {"<<1, 2>>",
     "(block <<1 2>>)"},
    {"<<1, 2, x::8, y::size(16), rest::binary, c::utf8, n::integer-size(4)-little>>",
     "(block <<1 2 (:: x 8) (:: y (call size 16)) (:: rest binary) (:: c utf8) (:: n (- (- integer (call size 4)) little))>>)"},
    {"<<\"abc\", x::binary-size(4)>>",
     "(block <<\"abc\" (:: x (- binary (call size 4)))>>)"},
    {"1 + 2 * 3",
     "(block (+ 1 (* 2 3)))"},
    {"(1 + 2) * 3",
     "(block (* (+ 1 2) 3))"},
    {"a - b - c",
     "(block (- (- a b) c))"},
    {"a ** b ** c",
     "(block (** (** a b) c))"},
    {"-a ** 2",
     "(block (** (unary - a) 2))"},
    {"a = b = c",
     "(block (= a (= b c)))"},
    {"a ++ b ++ c",
     "(block (++ a (++ b c)))"},
    {"a <> b <> c",
     "(block (<> a (<> b c)))"},
    {"a..b",
     "(block (.. a b))"},
    {"a..b//c",
     "(block (..// a b c))"},
    {"1..10//2 + 1",
     "(block (..// 1 10 (+ 2 1)))"},
    {"x in y",
     "(block (in x y))"},
    {"x not in y",
     "(block (not in x y))"},
    {"a |> b |> c",
     "(block (|> (|> a b) c))"},
    {"a < b == c",
     "(block (== (< a b) c))"},
    {"a && b || c and d or e",
     "(block (or (|| (&& a b) (and c d)) e))"},
    {"!a == b",
     "(block (== (unary ! a) b))"},
    {"not a == b",
     "(block (== (unary not a) b))"},
    {"a =~ b",
     "(block (=~ a b))"},
    {"a === b and c !== d",
     "(block (and (=== a b) (!== c d)))"},
    {"a <<< b >>> c",
     "(block (>>> (<<< a b) c))"},
    {"a -- b",
     "(block (-- a b))"},
    {"x :: integer",
     "(block (:: x integer))"},
    {"a when b when c",
     "(block (when a (when b c)))"},
    {"x <- y",
     "(block (<- x y))"},
    {"a \\\\ b",
     "(block (\\\\ a b))"},
    {"a | b",
     "(block (| a b))"},
    {"x -1",
     "(block (- x 1))"},
    {"x - 1",
     "(block (- x 1))"},
    {"x-1",
     "(block (- x 1))"},
    {"-1",
     "(block (unary - 1))"},
    {"- x",
     "(block (unary - x))"},
    {"+x",
     "(block (unary + x))"},
    {"!x",
     "(block (unary ! x))"},
    {"not x",
     "(block (unary not x))"},
    {"^x",
     "(block (^ x))"},
    {"^x = 1",
     "(block (= (^ x) 1))"},
    {"@limit",
     "(block (@ limit))"},
    {"@limit 10",
     "(block (@ limit 10))"},
    {"@limit + 1",
     "(block (+ (@ limit) 1))"},
    {"@moduledoc false",
     "(block (@ moduledoc :false))"},
    {"@doc \"\"\"\n  Hi\n  \"\"\"",
     "(block (@ doc \"Hi\\n\"))"},
    {"@impl true",
     "(block (@ impl :true))"},
    {"@spec f(integer) :: integer",
     "(block (@ spec (:: (call f integer) integer)))"},
    {"@behaviour GenServer",
     "(block (@ behaviour GenServer))"},
    {"@a.b",
     "(block (dot (@ a) b))"},
    {"&Mod.f/2",
     "(block (& (/ (dot Mod f) 2)))"},
    {"&f/1",
     "(block (& (/ f 1)))"},
    {"&(&1 + &2)",
     "(block (& (+ &1 &2)))"},
    {"&{&1, &2}",
     "(block (& {&1 &2}))"},
    {"&[&1]",
     "(block (& [&1]))"},
    {"&IO.puts/1",
     "(block (& (/ (dot IO puts) 1)))"},
    {"&:erlang.length/1",
     "(block (& (/ (dot :erlang length) 1)))"},
    {"&1",
     "(block &1)"},
    {"f(x)",
     "(block (call f x))"},
    {"f()",
     "(block (call f))"},
    {"f(x, y)",
     "(block (call f x y))"},
    {"f(x, a: 1, b: 2)",
     "(block (call f x [{:a 1} {:b 2}]))"},
    {"f(a: 1)",
     "(block (call f [{:a 1}]))"},
    {"f(\n  1,\n  2\n)",
     "(block (call f 1 2))"},
    {"Mod.f(x)",
     "(block (remote Mod f x))"},
    {"Foo.Bar.f()",
     "(block (remote Foo.Bar f))"},
    {":erlang.f(x)",
     "(block (remote :erlang f x))"},
    {"mod.f(x)",
     "(block (remote mod f x))"},
    {"fun.(x)",
     "(block (dotcall fun x))"},
    {"fun.(x, y)",
     "(block (dotcall fun x y))"},
    {"m.key",
     "(block (dot m key))"},
    {"m[key]",
     "(block (access m key))"},
    {"f(x)[k]",
     "(block (access (call f x) k))"},
    {"a.b.c",
     "(block (dot (dot a b) c))"},
    {"m[:a][:b]",
     "(block (access (access m :a) :b))"},
    {"IO.puts",
     "(block (dot IO puts))"},
    {"IO.puts(\"x\")",
     "(block (remote IO puts \"x\"))"},
    {"Map.get(m, :a, 1)",
     "(block (remote Map get m :a 1))"},
    {"x |> f(y) |> Mod.g()",
     "(block (|> (|> x (call f y)) (remote Mod g)))"},
    {"x\n|> f()\n|> g()",
     "(block (|> (|> x (call f)) (call g)))"},
    {"a\n== b",
     "(block (== a b))"},
    {"foo\n.bar()",
     "(block (remote foo bar))"},
    {"Foo.bar(x) |> Baz.qux()",
     "(block (|> (remote Foo bar x) (remote Baz qux)))"},
    {"f(x) do 1 end",
     "(block (call f x [{:do (block 1)}]))"},
    {"Mod.f(x) do 1 end",
     "(block (remote Mod f x [{:do (block 1)}]))"},
    {"foo(if x do 1 end)",
     "(block (call foo (call-np if x [{:do (block 1)}])))"},
    {"fn x -> x end",
     "(block (fn (-> (args x) #null (block x))))"},
    {"fn {a, b} -> a; _ -> 0 end",
     "(block (fn (-> (args {a b}) #null (block a)) (-> (args _) #null (block 0))))"},
    {"fn x, y when x > y -> x end",
     "(block (fn (-> (args x y) (> x y) (block x))))"},
    {"fn -> x end",
     "(block (fn (-> (args) #null (block x))))"},
    {"fn\n  x -> x\n  y -> y\nend",
     "(block (fn (-> (args x) #null (block x)) (-> (args y) #null (block y))))"},
    {"fn x -> a = x\n b = a\n b end",
     "(block (fn (-> (args x) #null (block (= a x) (= b a) b))))"},
    {"Enum.map(xs, fn x -> x * 2 end)",
     "(block (remote Enum map xs (fn (-> (args x) #null (block (* x 2))))))"},
    {"defmodule Foo.Bar do\nend",
     "(block (call-np defmodule Foo.Bar [{:do (block)}]))"},
    {"defmodule Foo do\n  def f(x) when x > 0 do\n    x + 1\n  end\nend",
     "(block (call-np defmodule Foo [{:do (block (call-np def (when (call f x) (> x 0)) [{:do (block (+ x 1))}]))}]))"},
    {"def f(x), do: x + 1",
     "(block (call-np def (call f x) [{:do (+ x 1)}]))"},
    {"defp g(a \\\\ 1), do: a",
     "(block (call-np defp (call g (\\\\ a 1)) [{:do a}]))"},
    {"def f(%{a: a} = m, [h | t]), do: {a, m, h, t}",
     "(block (call-np def (call f (= %{(=> :a a)} m) [h | t]) [{:do {a m h t}}]))"},
    {"def f(x)\n    when is_integer(x) do\n  x\nend",
     "(block (call-np def (when (call f x) (call is_integer x)) [{:do (block x)}]))"},
    {"if x > 1, do: :a, else: :b",
     "(block (call-np if (> x 1) [{:do :a} {:else :b}]))"},
    {"if x do 1 else 2 end",
     "(block (call-np if x [{:do (block 1)} {:else (block 2)}]))"},
    {"if x do\n  1\nelse\n  2\nend",
     "(block (call-np if x [{:do (block 1)} {:else (block 2)}]))"},
    {"unless x do 1 end",
     "(block (call-np unless x [{:do (block 1)}]))"},
    {"if (x) do 1 end",
     "(block (call-np if x [{:do (block 1)}]))"},
    {"if !x do 1 end",
     "(block (call-np if (unary ! x) [{:do (block 1)}]))"},
    {"if -x do 1 end",
     "(block (call-np if (unary - x) [{:do (block 1)}]))"},
    {"case f(x) do {:ok, v} -> v; _ -> nil end",
     "(block (call-np case (call f x) [{:do (clauses (-> (args {:ok v}) #null (block v)) (-> (args _) #null (block :nil)))}]))"},
    {"case x do\n  1 ->\n    a = 2\n    a\n  [h | t] ->\n    h\n  _ -> nil\nend",
     "(block (call-np case x [{:do (clauses (-> (args 1) #null (block (= a 2) a)) (-> (args [h | t]) #null (block h)) (-> (args _) #null (block :nil)))}]))"},
    {"case x do\n  n when n > 0 and n < 10 -> :small\nend",
     "(block (call-np case x [{:do (clauses (-> (args n) (and (> n 0) (< n 10)) (block :small)))}]))"},
    {"cond do x > 1 -> :a; true -> :b end",
     "(block (call-np cond [{:do (clauses (-> (args (> x 1)) #null (block :a)) (-> (args :true) #null (block :b)))}]))"},
    {"receive do {:msg, x} -> x after 100 -> :timeout end",
     "(block (call-np receive [{:do (clauses (-> (args {:msg x}) #null (block x)))} {:after (clauses (-> (args 100) #null (block :timeout)))}]))"},
    {"receive do\nafter\n  0 -> :none\nend",
     "(block (call-np receive [{:do (block)} {:after (clauses (-> (args 0) #null (block :none)))}]))"},
    {"try do foo() rescue e in RuntimeError -> e; ArgumentError -> :arg catch :throw, v -> v; kind, r -> {kind, r} else x -> x after IO.puts(\"done\") end",
     "(block (call-np try [{:do (block (call foo))} {:rescue (clauses (-> (args (in e RuntimeError)) #null (block e)) (-> (args ArgumentError) #null (block :arg)))} {:catch (clauses (-> (args :throw v) #null (block v)) (-> (args kind r) #null (block {kind r})))} {:else (clauses (-> (args x) #null (block x)))} {:after (block (remote IO puts \"done\"))}]))"},
    {"try do\n  :ok\nrescue\n  e in [A, B] -> e\nend",
     "(block (call-np try [{:do (block :ok)} {:rescue (clauses (-> (args (in e [A B])) #null (block e)))}]))"},
    {"for x <- list, y <- other, x > y, into: %{}, do: {x, y}",
     "(block (call-np for (<- x list) (<- y other) (> x y) [{:into %{}} {:do {x y}}]))"},
    {"for x <- l, reduce: 0 do acc -> acc + x end",
     "(block (call-np for (<- x l) [{:reduce 0} {:do (clauses (-> (args acc) #null (block (+ acc x))))}]))"},
    {"for x <- l do\n  x * 2\nend",
     "(block (call-np for (<- x l) [{:do (block (* x 2))}]))"},
    {"with {:ok, a} <- f(), b = g(a) do a + b else :error -> 0 end",
     "(block (call-np with (<- {:ok a} (call f)) (= b (call g a)) [{:do (block (+ a b))} {:else (clauses (-> (args :error) #null (block 0)))}]))"},
    {"with {:ok, a} <- f(),\n     {:ok, b} <- g(a) do\n  a + b\nend",
     "(block (call-np with (<- {:ok a} (call f)) (<- {:ok b} (call g a)) [{:do (block (+ a b))}]))"},
    {"alias Foo.Bar",
     "(block (call-np alias Foo.Bar))"},
    {"alias Foo.Bar, as: B",
     "(block (call-np alias Foo.Bar [{:as B}]))"},
    {"alias Foo.{A, B}",
     "(block (call-np alias (remote Foo {} A B)))"},
    {"import Enum, only: [map: 2]",
     "(block (call-np import Enum [{:only [{:map 2}]}]))"},
    {"import Enum",
     "(block (call-np import Enum))"},
    {"require Logger",
     "(block (call-np require Logger))"},
    {"use GenServer",
     "(block (call-np use GenServer))"},
    {"use GenServer, restart: :temporary",
     "(block (call-np use GenServer [{:restart :temporary}]))"},
    {"raise \"boom\"",
     "(block (call-np raise \"boom\"))"},
    {"raise ArgumentError, \"bad\"",
     "(block (call-np raise ArgumentError \"bad\"))"},
    {"raise ArgumentError, message: \"bad\"",
     "(block (call-np raise ArgumentError [{:message \"bad\"}]))"},
    {"reraise e, __STACKTRACE__",
     "(block (call-np reraise e __STACKTRACE__))"},
    {"throw :x",
     "(block (call-np throw :x))"},
    {"throw(:x)",
     "(block (call throw :x))"},
    {"defstruct [:a, b: 1]",
     "(block (call-np defstruct [:a {:b 1}]))"},
    {"defstruct a: 1, b: 2",
     "(block (call-np defstruct [{:a 1} {:b 2}]))"},
    {"defexception message: \"x\"",
     "(block (call-np defexception [{:message \"x\"}]))"},
    {"quote do: x",
     "(block (call-np quote [{:do x}]))"},
    {"do_x = 1",
     "(block (= do_x 1))"},
    {"x = 1; y = 2",
     "(block (= x 1) (= y 2))"},
    {"x = 1\n\n\ny = 2",
     "(block (= x 1) (= y 2))"},
    {"# only a comment",
     "(block)"},
    {"x # trailing comment",
     "(block x)"},
    {"if x, do: (a; b)",
     "(block (call-np if x [{:do (block a b)}]))"},
    {"()",
     "(block (block))"},
    {"(a)",
     "(block a)"},
    {"(a; b)",
     "(block (block a b))"},
    {"f(\"a\" <> \"b\")",
     "(block (call f (<> \"a\" \"b\")))"},
    {"x = %{a: 1}.a",
     "(block (= x (dot %{(=> :a 1)} a)))"},
    {"[1, -1]",
     "(block [1 (unary - 1)])"},
    {"f(-1)",
     "(block (call f (unary - 1)))"},
    {"a - -1",
     "(block (- a (unary - 1)))"},
    {"[a, b] = [1, 2]",
     "(block (= [a b] [1 2]))"},
    {"{:ok, %{\"k\" => v}} = x",
     "(block (= {:ok %{(=> \"k\" v)}} x))"},
    {"Enum.reduce(l, 0, &+/2)",
     "(block (remote Enum reduce l 0 (& (/ + 2))))"},
    {"&Kernel.+/2",
     "(block (& (/ (dot Kernel +) 2)))"},
    {"Kernel.+(1, 2)",
     "(block (remote Kernel + 1 2))"},
    {"def hello do\n  :world\nend",
     "(block (call-np def hello [{:do (block :world)}]))"},
    {"def hello, do: :world",
     "(block (call-np def hello [{:do :world}]))"},
    {"fn(x) -> x end",
     "(block (fn (-> (args x) #null (block x))))"},
    {"not inside",
     "(block (unary not inside))"},
    {"@list [\n  1,\n  2\n]",
     "(block (@ list [1 2]))"},
    {"x |>\n  f()",
     "(block (|> x (call f)))"},
    {"%{\n  a: 1,\n  b: 2\n}",
     "(block %{(=> :a 1) (=> :b 2)})"},
    {"if a,\n  do: b,\n  else: c",
     "(block (call-np if a [{:do b} {:else c}]))"},
    {"for x <- list,\n    y <- other do\n  {x, y}\nend",
     "(block (call-np for (<- x list) (<- y other) [{:do (block {x y})}]))"},
    {"case x do\n  # comment\n  {:ok,\n   v} -> v\n\n  _ ->\n    nil\nend",
     "(block (call-np case x [{:do (clauses (-> (args {:ok v}) #null (block v)) (-> (args _) #null (block :nil)))}]))"},
    {"\"a#b\"",
     "(block \"a#b\")"},
    {"?#",
     "(block 35)"},
    {"[a?: 1, b!: 2]",
     "(block [{:a? 1} {:b! 2}])"},
    {"f(\"a\": 1)",
     "(block (call f [{:a 1}]))"},
    {"x = y\n-1",
     "(block (= x y) (unary - 1))"},
    {"x.y.z()",
     "(block (remote (dot x y) z))"},
    {"a.b.(c)",
     "(block (dotcall (dot a b) c))"},
    {"{a, b} = {1, 2}",
     "(block (= {a b} {1 2}))"},
    {"%{a: %{b: 1}}.a.b",
     "(block (dot (dot %{(=> :a %{(=> :b 1)})} a) b))"},
    {"\"tab\\there\"",
     "(block \"tab\\there\")"},
    {"<<x::size(8), y::bits>> = <<1, 2>>",
     "(block (= <<(:: x (call size 8)) (:: y bits)>> <<1 2>>))"},
    {"-x.y",
     "(block (unary - (dot x y)))"},
};

static void test_dumps(test_stats *st)
{
    for (size_t i = 0; i < sizeof dump_cases / sizeof dump_cases[0]; i++) {
        const dump_case *c = &dump_cases[i];
        parsed r;
        parsed_run(&r, c->src, strlen(c->src));
        char *got = r.root ? dump_to_string(r.root) : NULL;
        int ok = got && strcmp(got, c->want) == 0;
        check(st, ok, "dump", c->src);
        if (!ok) {
            printf("  want: %s\n  got:  %s\n", c->want, got ? got : "(parse failed)");
            if (r.diags.count)
                printf("  diag: %s\n", r.diags.items[0].message);
        }
        free(got);
        parsed_free(&r);
    }
}

static const error_case error_cases[] = {
    {"foo(1))", DIAG_SYNTAX_ERROR, 1, 7, "unexpected token: )"},
    {"foo(1", DIAG_TOKEN_ERROR, 1, 6, "missing terminator: ) (for \"(\" starting at line 1)"},
    {"[1, 2)", DIAG_SYNTAX_ERROR, 1, 6, "The \"[\" at line 1 is missing terminator \"]\""},
    {"{1, 2", DIAG_TOKEN_ERROR, 1, 6, "missing terminator: }"},
    {"<<1, 2", DIAG_TOKEN_ERROR, 1, 7, "missing terminator: >>"},
    {"%{a: 1", DIAG_TOKEN_ERROR, 1, 7, "missing terminator: }"},
    {"defmodule A do\n  def x do\n    1\n", DIAG_TOKEN_ERROR, 4, 1,
     "missing terminator: end (for \"do\" starting at line 2)"},
    {"fn x -> x", DIAG_TOKEN_ERROR, 1, 10, "missing terminator: end (for \"fn\" starting at line 1)"},
    {"\"abc", DIAG_TOKEN_ERROR, 1, 5, "missing terminator: \" (for string starting at line 1)"},
    {"x = \"a #{b", DIAG_TOKEN_ERROR, 1, 11, "missing terminator: }"},
    {"'abc", DIAG_TOKEN_ERROR, 1, 5, "missing terminator: ' (for charlist starting at line 1)"},
    {"x = \"\"\"\n  abc\n", DIAG_TOKEN_ERROR, 3, 1, "missing terminator: \"\"\" (for heredoc starting at line 1)"},
    {"~w(a b", DIAG_TOKEN_ERROR, 1, 7, "missing terminator: ) (for sigil starting at line 1)"},
    {":\"abc", DIAG_TOKEN_ERROR, 1, 6, "missing terminator: \" (for atom starting at line 1)"},
    {"\"a\\", DIAG_TOKEN_ERROR, 1, 4, "missing terminator"},
    {"x = ", DIAG_TOKEN_ERROR, 1, 5, "expression is incomplete"},
    {"1 +", DIAG_TOKEN_ERROR, 1, 4, "expression is incomplete"},
    {"\"\"\"abc\n\"\"\"", DIAG_SYNTAX_ERROR, 1, 1, "heredoc allows only zero or more whitespace"},
    {"0x", DIAG_SYNTAX_ERROR, 1, 1, "invalid character \"x\" after number 0"},
    {"1_", DIAG_SYNTAX_ERROR, 1, 1, "invalid character \"_\" after number 1"},
    {"0b102", DIAG_SYNTAX_ERROR, 1, 1, "after number 0b10"},
    {"12abc", DIAG_SYNTAX_ERROR, 1, 1, "invalid character \"a\" after number 12"},
    {"1.0e400", DIAG_SYNTAX_ERROR, 1, 1, "invalid float number"},
    {"[a:1]", DIAG_SYNTAX_ERROR, 1, 2, "keyword argument must be followed by space after: a:"},
    {"~r/a/", DIAG_SYNTAX_ERROR, 1, 1, "sigil ~r is not supported"},
    {"x = ~D[2020-01-01]", DIAG_SYNTAX_ERROR, 1, 5, "sigil ~D is not supported"},
    {"~w(a)x", DIAG_SYNTAX_ERROR, 1, 6, "invalid sigil modifier"},
    {"~w(#{x})", DIAG_SYNTAX_ERROR, 1, 1, "interpolation in ~w is not supported"},
    {":\"a#{x}\"", DIAG_SYNTAX_ERROR, 1, 1, "interpolation in atoms is not supported"},
    {"foo bar", DIAG_SYNTAX_ERROR, 1, 1, "calls without parentheses are not supported: write foo(...)"},
    {"x = foo 1", DIAG_SYNTAX_ERROR, 1, 5, "calls without parentheses are not supported"},
    {"foo \"x\"", DIAG_SYNTAX_ERROR, 1, 1, "calls without parentheses are not supported"},
    {"foo a: 1", DIAG_SYNTAX_ERROR, 1, 1, "calls without parentheses are not supported"},
    {"foo [1]", DIAG_SYNTAX_ERROR, 1, 1, "calls without parentheses are not supported"},
    {"foo (1)", DIAG_SYNTAX_ERROR, 1, 1, "calls without parentheses are not supported"},
    {"foo do end", DIAG_SYNTAX_ERROR, 1, 1, "calls without parentheses are not supported"},
    {"IO.puts \"x\"", DIAG_SYNTAX_ERROR, 1, 4, "write IO.puts(...)"},
    {"x.y z", DIAG_SYNTAX_ERROR, 1, 3, "write y(...)"},
    {"if x do\n  IO.puts \"x\"\nend", DIAG_SYNTAX_ERROR, 2, 6, "calls without parentheses"},
    {"f(a: 1, 2)", DIAG_SYNTAX_ERROR, 1, 9, "unexpected expression after keyword list"},
    {"[a: 1, 2]", DIAG_SYNTAX_ERROR, 1, 8, "unexpected expression after keyword list"},
    {"%{a}", DIAG_SYNTAX_ERROR, 1, 4, "unexpected token: }"},
    {"end", DIAG_SYNTAX_ERROR, 1, 1, "unexpected reserved word: end"},
    {"x = 1 2", DIAG_SYNTAX_ERROR, 1, 7, "syntax error before: 2"},
    {"f(1 2)", DIAG_SYNTAX_ERROR, 1, 5, "syntax error before: 2"},
    {"a => b", DIAG_SYNTAX_ERROR, 1, 3, "syntax error before: '=>'"},
    {"&+/x", DIAG_SYNTAX_ERROR, 1, 4, "syntax error before: x"},
    {"__MODULE__.Sub", DIAG_SYNTAX_ERROR, 1, 12, "syntax error before: Sub"},
    {"x = 1 ->", DIAG_SYNTAX_ERROR, 1, 7, "syntax error before: '->'"},
    {"case x do\n  1\n  2 -> 3\nend", DIAG_SYNTAX_ERROR, 3, 5, "syntax error before: '->'"},
    {"fn x end", DIAG_SYNTAX_ERROR, 1, 6, "unexpected reserved word: end"},
    {"a, b", DIAG_SYNTAX_ERROR, 1, 2, "syntax error before: ','"},
    {"a // 2", DIAG_SYNTAX_ERROR, 1, 3, "the // operator can only be used after a range"},
    {"(a..b)//2", DIAG_SYNTAX_ERROR, 1, 7, "the // operator"},
    {"x = :", DIAG_SYNTAX_ERROR, 1, 5, "unexpected token: \":\""},
    {"x = \\", DIAG_SYNTAX_ERROR, 1, 5, "unexpected token: \"\\\""},
    {"x = \xce\xbb", DIAG_SYNTAX_ERROR, 1, 5, "code point U+03BB"},
    {"x = 1\ny = \"\\x\"", DIAG_SYNTAX_ERROR, 2, 6, "invalid hex escape"},
    {"\"\\u12\"", DIAG_SYNTAX_ERROR, 1, 2, "invalid Unicode escape"},
    {"\"\\u{D800}\"", DIAG_SYNTAX_ERROR, 1, 2, "invalid Unicode escape"},
    {"\"\\u{110000}\"", DIAG_SYNTAX_ERROR, 1, 2, "invalid Unicode escape"},
    {"? ", DIAG_SYNTAX_ERROR, 1, 1, "invalid character after ?"},
    {"x = 1\n\xff", DIAG_SYNTAX_ERROR, 2, 1, "invalid UTF-8"},
    {"\"\xc3\x28\"", DIAG_SYNTAX_ERROR, 1, 2, "invalid UTF-8"},
    {"\xed\xa0\x80", DIAG_SYNTAX_ERROR, 1, 1, "invalid UTF-8"},
    {"\xc0\xaf", DIAG_SYNTAX_ERROR, 1, 1, "invalid UTF-8"},
    {"%1{}", DIAG_SYNTAX_ERROR, 1, 2, "syntax error before: 1"},
    {"@ x", DIAG_SYNTAX_ERROR, 1, 3, "syntax error before: x"},
    {"if x do\n  1\nelse\n  2\n", DIAG_TOKEN_ERROR, 5, 1, "missing terminator: end (for \"do\" starting at line 1)"},
    {"x = [1,\n 2", DIAG_TOKEN_ERROR, 2, 3, "missing terminator: ]"},
    {"0x" "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
     "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
     "G", DIAG_SYNTAX_ERROR, 1, 1, "invalid character \"G\""},
};

static void test_errors(test_stats *st)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const error_case *c = &error_cases[i];
        parsed r;
        parsed_run(&r, c->src, strlen(c->src));
        const diag *d = r.diags.count ? &r.diags.items[0] : NULL;
        int ok = !r.root && d && d->kind == c->kind && d->line == c->line && d->col == c->col &&
                 strstr(d->message, c->message) && r.diags.errors >= 1;
        check(st, ok, "error", c->src);
        if (!ok) {
            printf("  want: %d %d:%d %s\n", (int)c->kind, c->line, c->col, c->message);
            if (d)
                printf("  got:  %d %d:%d %s\n", (int)d->kind, d->line, d->col, d->message);
            else
                printf("  got:  no diagnostic (root %s)\n", r.root ? "set" : "NULL");
        }
        parsed_free(&r);
    }
}

/* ---- positions and flags ------------------------------------------------- */

static const ast *kid(const ast *n, int i)
{
    return n && i < n->nkids ? n->kids[i] : NULL;
}

static int at(const ast *n, int line, int col)
{
    return n && n->line == line && n->col == col;
}

static void test_positions(test_stats *st)
{
    const char *src = "x = 1\n  IO.puts(foo(y) + 2)\nm[k]\nf.(1)\n%{a: 1}\n";
    parsed r;
    parsed_run(&r, src, strlen(src));
    const ast *b = r.root;
    const ast *m = kid(b, 0), *remote = kid(b, 1), *plus = kid(remote, 1);
    check(st, b && b->nkids == 5, "positions: five statements", src);
    check(st, at(m, 1, 3) && at(kid(m, 0), 1, 1) && at(kid(m, 1), 1, 5), "positions: x = 1", src);
    check(st, at(remote, 2, 6) && at(kid(remote, 0), 2, 3), "positions: remote at its name", src);
    check(st, at(plus, 2, 18) && at(kid(plus, 0), 2, 11) && at(kid(kid(plus, 0), 0), 2, 15),
          "positions: op at operator, call at name", src);
    check(st, at(kid(b, 2), 3, 2), "positions: access at [", src);
    check(st, at(kid(b, 3), 4, 2), "positions: dotcall at the dot", src);
    check(st, at(kid(b, 4), 5, 1) && at(kid(kid(b, 4), 0), 5, 3), "positions: map at %, pair at key", src);
    parsed_free(&r);

    src = "if a do\n  b\nelse\n  c\nend\n\"s #{x}\"";
    parsed_run(&r, src, strlen(src));
    const ast *kw = kid(kid(r.root, 0), 1);
    check(st, at(kw, 1, 6) && at(kid(kid(kw, 0), 1), 1, 6) && at(kid(kid(kw, 1), 0), 3, 1) &&
              at(kid(kid(kw, 1), 1), 3, 1),
          "positions: do-block sections", src);
    const ast *interp = kid(r.root, 1);
    check(st, at(interp, 6, 1) && at(kid(interp, 0), 6, 2) && at(kid(interp, 1), 6, 6),
          "positions: interpolation pieces", src);
    parsed_free(&r);
}

static void test_flags(test_stats *st)
{
    const char *src = "def f(x), do: (x)\nf(x)\n[1 | t]\n%{m | a: 1}\n'a#{1}'\n"
                      "123456789012345678901234567890\n-9223372036854775808";
    parsed r;
    parsed_run(&r, src, strlen(src));
    const ast *b = r.root;
    const ast *def = kid(b, 0);
    check(st, def && def->kind == AST_CALL && (def->flags & AST_F_NOPARENS), "flags: noparens def", src);
    check(st, !(kid(def, 0)->flags & AST_F_NOPARENS), "flags: f(x) has parens", src);
    check(st, (ast_keyword_get(kid(def, 1), "do")->flags & AST_F_PARENS) != 0, "flags: (x) parens", src);
    check(st, !(kid(b, 1)->flags & (AST_F_NOPARENS | AST_F_PARENS)), "flags: plain call", src);
    check(st, (kid(b, 2)->flags & AST_F_TAIL) && kid(b, 2)->nkids == 2, "flags: list tail", src);
    check(st, (kid(b, 3)->flags & AST_F_UPDATE) && kid(b, 3)->nkids == 2, "flags: map update", src);
    check(st, kid(b, 4)->kind == AST_INTERP && (kid(b, 4)->flags & AST_F_CHARLIST), "flags: charlist interp", src);
    const ast *big = kid(b, 5);
    check(st, big->kind == AST_INT && big->big && big->len == 30 && strcmp(big->str, "123456789012345678901234567890") == 0,
          "flags: big int digits", src);
    const ast *neg = kid(b, 6);
    check(st, neg->kind == AST_UNOP && kid(neg, 0)->big && strcmp(kid(neg, 0)->str, "9223372036854775808") == 0,
          "flags: -2^63 is unary minus of a big literal", src);
    parsed_free(&r);
}

/* ---- AST helpers and rendering ----------------------------------------------- */

static void test_ast_api(test_stats *st)
{
    ast_arena *a = ast_arena_new();
    ast *list = ast_new(a, AST_LIST, 1, 1);
    for (int i = 0; i < 100; i++) {
        ast *t = ast_new(a, AST_TUPLE, 1, 1);
        ast *k = ast_new(a, AST_ATOM, 1, 1);
        char name[16];
        int n = snprintf(name, sizeof name, "k%d", i);
        k->str = ast_strdup(a, name, (size_t)n);
        k->len = (size_t)n;
        ast *v = ast_new(a, AST_INT, 1, 1);
        v->ival = i;
        ast_push(a, t, k);
        ast_push(a, t, v);
        ast_push(a, list, t);
    }
    check(st, list->nkids == 100, "ast_push grows", "");
    const ast *v = ast_keyword_get(list, "k57");
    check(st, v && v->ival == 57, "ast_keyword_get finds", "");
    check(st, ast_keyword_get(list, "k100") == NULL, "ast_keyword_get misses", "");
    check(st, ast_keyword_get(NULL, "k1") == NULL, "ast_keyword_get NULL", "");
    check(st, ast_is(list->kids[3]->kids[0], AST_ATOM, "k3"), "ast_is matches", "");
    check(st, !ast_is(list->kids[3]->kids[0], AST_ATOM, "k"), "ast_is length", "");
    check(st, !ast_is(list, AST_ATOM, "k3"), "ast_is kind", "");
    check(st, strcmp(ast_kind_name(AST_CAPTURE_ARG), "AST_CAPTURE_ARG") == 0, "ast_kind_name", "");
    char *big = ast_alloc(a, 1 << 20);
    check(st, big && big[0] == 0 && big[(1 << 20) - 1] == 0, "ast_alloc big zeroed", "");
    ast_arena_free(a);
}

static void test_render(test_stats *st)
{
    const char *src = "x = 1\n\tfoo(1))\n";
    parsed r;
    parsed_run(&r, src, strlen(src));
    diag_add(&r.diags, DIAG_WARNING, 1, 1, "variable \"x\" is unused");
    char *errors = diag_render(&r.diags, 0), *all = diag_render(&r.diags, 1);
    const char *want = "** (SyntaxError) test.exs:2:8: unexpected token: )\n"
                       "    |\n"
                       "  2 | \tfoo(1))\n"
                       "    | \t      ^\n";
    check(st, errors && strcmp(errors, want) == 0, "render: error excerpt", src);
    if (errors && strcmp(errors, want) != 0)
        printf("  got:\n%s", errors);
    check(st, all && strstr(all, "warning: variable \"x\" is unused\n  test.exs:1:1\n\n"), "render: warning", src);
    check(st, r.diags.errors == 1 && r.diags.count == 2, "render: counts", src);
    free(errors);
    free(all);
    parsed_free(&r);
}

/* ---- robustness ------------------------------------------------------------------ */

/* Deterministic pseudo-random numbers (no global state). */
static uint32_t rng_next(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

/* Parses `len` bytes from a buffer with no terminator after them. */
static int parse_unterminated(const char *src, size_t len)
{
    char *copy = malloc(len ? len : 1);
    if (!copy)
        return 0;
    memcpy(copy, src, len);
    parsed r;
    parsed_run(&r, copy, len);
    int ok = r.root != NULL || r.diags.errors > 0;
    parsed_free(&r);
    free(copy);
    return ok;
}

static void test_prefixes_and_mutations(test_stats *st)
{
    static const char noise[] = "\"'#{}()[]<>%:;,.\\\n -+&|=~?@^!0aZ_\xc3\xa9\x00\xff";
    uint32_t seed = 12345;
    int bad = 0;
    for (size_t i = 0; i < sizeof dump_cases / sizeof dump_cases[0]; i++) {
        const char *s = dump_cases[i].src;
        size_t n = strlen(s);
        for (size_t k = 0; k <= n; k++)
            bad += !parse_unterminated(s, k);
        char buf[512];
        if (n >= sizeof buf)
            continue;
        for (int m = 0; m < 40; m++) {
            memcpy(buf, s, n);
            size_t at = n ? rng_next(&seed) % n : 0;
            buf[at] = noise[rng_next(&seed) % (sizeof noise - 1)];
            bad += !parse_unterminated(buf, n);
        }
    }
    check(st, bad == 0, "every prefix and mutation parses or reports an error", "");
}

static char *repeat(const char *a, int times, const char *mid, const char *b)
{
    size_t la = strlen(a), lm = strlen(mid), lb = strlen(b);
    char *s = malloc(la * (size_t)times + lm + lb * (size_t)times + 1);
    if (!s)
        return NULL;
    char *p = s;
    for (int i = 0; i < times; i++, p += la)
        memcpy(p, a, la);
    memcpy(p, mid, lm);
    p += lm;
    for (int i = 0; i < times; i++, p += lb)
        memcpy(p, b, lb);
    *p = 0;
    return s;
}

/* Parses `src` (freed here); the result must be success (want_ok) or an error
 * whose message contains `message`. */
static void check_big(test_stats *st, char *src, int want_ok, const char *message, const char *what)
{
    if (!src) {
        check(st, 0, what, "out of memory");
        return;
    }
    parsed r;
    parsed_run(&r, src, strlen(src));
    int ok = want_ok ? r.root != NULL
                     : (!r.root && r.diags.count && strstr(r.diags.items[0].message, message));
    check(st, ok, what, "(generated)");
    if (!ok && r.diags.count)
        printf("  diag: %s\n", r.diags.items[0].message);
    parsed_free(&r);
    free(src);
}

static void test_limits(test_stats *st)
{
    check_big(st, repeat("[", 900, "1", "]"), 1, NULL, "900 nested lists");
    check_big(st, repeat("[", 100000, "", ""), 0, "nested too deeply", "100000 open brackets");
    check_big(st, repeat("(", 5000, "1", ")"), 0, "nested too deeply", "5000 nested parens");
    check_big(st, repeat("- ", 100000, "1", ""), 0, "nested too deeply", "100000 unary minus");
    check_big(st, repeat("1 + ", 100000, "1", ""), 0, "nested too deeply", "100000-term sum");
    check_big(st, repeat("a = ", 5000, "1", ""), 0, "nested too deeply", "5000 matches");
    check_big(st, repeat("if x do\n", 400, "1\n", "end\n"), 1, NULL, "400 nested do-blocks");
    check_big(st, repeat("fn x -> ", 400, "1", " end"), 1, NULL, "400 nested fns");
    check_big(st, repeat("\"#{", 200, "1", "}\""), 1, NULL, "200 nested interpolations");
    check_big(st, repeat("\"#{", 5000, "1", "}\""), 0, "nested too deeply", "5000 nested interpolations");
    check_big(st, repeat("a.", 5000, "b", ""), 0, "nested too deeply", "5000-long dot chain");
    /* names become atoms: longer than the VM's atoms is an error, as in Elixir */
    check_big(st, repeat("x", 1 << 20, "", ""), 0, "atom length must be less than system limit", "1 MB identifier");
    check_big(st, repeat("x", 1020, "", ""), 1, NULL, "identifier at the atom length limit");
    check_big(st, repeat("x", 1021, ": 1", ""), 0, "atom length must be less than system limit", "keyword past the limit");
    check_big(st, repeat("1, ", 300000, "2", ""), 0, "syntax error before: ','", "1 MB comma line");
    check_big(st, repeat("x = 1; ", 150000, "", ""), 1, NULL, "1 MB of statements");
    char *s = repeat("a", 1 << 20, "", "");
    if (s) {
        s[0] = '"';
        s[(1 << 20) - 1] = '"';
    }
    check_big(st, s, 1, NULL, "1 MB string");
    check_big(st, repeat("#", 1 << 20, "", ""), 1, NULL, "1 MB comment");
    check_big(st, repeat("9", 200000, "", ""), 1, NULL, "200000-digit integer");
    check_big(st, repeat("1", 5000, "", ""), 1, NULL, "5000-digit integer");
}

static void test_nul_bytes(test_stats *st)
{
    const char src[] = "x = 1\ny = \"a\0b\"";
    parsed r;
    parsed_run(&r, src, sizeof src - 1);
    const diag *d = r.diags.count ? &r.diags.items[0] : NULL;
    check(st, !r.root && d && d->line == 2 && d->col == 7 && strstr(d->message, "null byte"), "NUL byte is an error",
          "x = 1\\ny = \"a\\0b\"");
    parsed_free(&r);
    parsed_run(&r, "", 0);
    check(st, r.root && r.root->kind == AST_BLOCK && r.root->nkids == 0, "empty source", "");
    parsed_free(&r);
}

int main(void)
{
    test_stats st = {0, 0};
    test_dumps(&st);
    test_errors(&st);
    test_positions(&st);
    test_flags(&st);
    test_ast_api(&st);
    test_render(&st);
    test_nul_bytes(&st);
    test_limits(&st);
    test_prefixes_and_mutations(&st);
    printf("parser: %d passed, %d failed\n", st.passed, st.failed);
    return st.failed ? 1 : 0;
}
