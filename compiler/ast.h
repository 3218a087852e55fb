/*
 * ast.h — the syntax tree the parser builds and the code generator reads.
 *
 * The tree follows the shape of Elixir's own quoted form closely: most
 * constructs (defmodule, def, if, case, receive, try, for, with, alias, ...)
 * are plain calls whose last argument is a keyword list.  A `do ... end`
 * block becomes that keyword list: `if c do a else b end` is the same tree
 * as `if(c, do: a, else: b)`.  This keeps the parser uniform and lets the
 * code generator decide what each form means.
 *
 * All nodes live in an arena owned by the compilation; nothing is freed
 * individually.  Strings in nodes point into the arena and carry a length
 * (they may contain NUL bytes).
 *
 * Conventions per kind (kids = children, in order):
 *
 *   AST_INT        ival.  When the literal does not fit int64, `big` is set and
 *                  str/len hold its magnitude as decimal digits.
 *   AST_FLOAT      fval.
 *   AST_ATOM       str/len: the atom's name (`:ok` -> "ok"; true/false/nil are
 *                  atoms; a keyword key `a:` is the atom "a").
 *   AST_STRING     str/len: bytes after escape processing.
 *   AST_CHARLIST   str/len: UTF-8 bytes of 'abc' after escapes.
 *   AST_INTERP     "a#{x}b": kids alternate freely between AST_STRING pieces and
 *                  expressions.  `flags & AST_F_CHARLIST` for 'a#{x}b'.
 *   AST_VAR        str: the name (also `_`, `_x`, `__MODULE__`,
 *                  `__STACKTRACE__`, `__ENV__`).
 *   AST_ALIAS      str: the dotted alias, e.g. "Foo.Bar".
 *   AST_TUPLE      kids: the elements.  A keyword pair `a: 1` is a 2-tuple of
 *                  (AST_ATOM a, 1), exactly as in Elixir.
 *   AST_LIST       kids: the elements; with AST_F_TAIL the last kid is the tail
 *                  of `[a, b | t]`.
 *   AST_MAP        kids: AST_PAIR entries.  With AST_F_UPDATE, kids[0] is the map
 *                  being updated (`%{m | a: 1}`) and the pairs follow.
 *   AST_PAIR       kids[0] key, kids[1] value (`k => v` or `k: v`).
 *   AST_STRUCT     str: the struct's alias (or "__MODULE__"); kids[0]: AST_MAP.
 *                  `%mod{}` / `%^mod{}` (patterns only): str is "" and
 *                  kids[1] is the AST_VAR or AST_PIN naming the module.
 *   AST_BIN        kids: segments.  A segment with a type is AST_OP "::" whose
 *                  kids are the value and the type expression as parsed
 *                  (`binary-size(4)` is OP "-" of VAR binary and CALL size(4)).
 *   AST_OP         str: the operator ("+", "==", "and", "in", "not in", "|>",
 *                  "..", "<>", "=", "when", "::", "<-", "\\\\", "|", "**", ...);
 *                  kids: lhs, rhs.  `a..b//s` is OP "..//" with three kids.
 *   AST_UNOP       str: "-", "+", "!", "not"; kids[0].
 *   AST_PIN        kids[0]: the pinned variable.
 *   AST_CAPTURE    kids[0]: what follows `&` (`&Mod.f/2` is OP "/" of the call
 *                  head and the arity; `&(&1 + 1)` is the expression).
 *   AST_CAPTURE_ARG ival: N of `&N`.
 *   AST_CALL       str: the name; kids: the arguments.  A trailing keyword list
 *                  (`f(x, a: 1)`) and a do-block are one final AST_LIST of
 *                  2-tuples.  AST_F_NOPARENS when written without parentheses.
 *   AST_REMOTE     kids[0]: the target (AST_ALIAS, AST_ATOM such as :erlang, a
 *                  variable or any expression); str: the function name;
 *                  kids[1..]: the arguments (same trailing-keyword rule).
 *   AST_DOT        `expr.name` with no parentheses: kids[0] expr, str name.
 *                  (A field access on a map, or a zero-arity remote call when
 *                  kids[0] is an alias; the code generator decides.)
 *   AST_DOTCALL    `f.(args)`: kids[0] the function, kids[1..] the arguments.
 *   AST_ACCESS     `m[k]`: kids[0] m, kids[1] k.
 *   AST_FN         kids: AST_ARROW clauses.
 *   AST_ARROW      `p1, p2 when g -> body`: kids[0] AST_ARGS (the patterns),
 *                  kids[1] the guard or NULL, kids[2] the body (AST_BLOCK).
 *   AST_ARGS       kids: a list of expressions (arrow heads).
 *   AST_BLOCK      kids: expressions evaluated in order; value of the last.
 *                  An empty block (`do end`) has no kids and yields nil.
 *   AST_CLAUSES    kids: AST_ARROW.  The content of a do-block section made of
 *                  `->` clauses (case, cond, receive, rescue, catch, else, after
 *                  of receive is also AST_CLAUSES).
 *   AST_ATTR       str: the name of `@name`; kids[0]: the value for a definition
 *                  `@limit 10`, no kids for a use `@limit`.
 *
 * Shapes the parser gives constructs not pinned down above:
 *   `alias Foo.{A, B}`    CALL alias whose argument is AST_REMOTE with str "{}",
 *                         kids[0] ALIAS Foo, kids[1..] ALIAS A, ALIAS B.
 *   `&Mod.f/2`, `&f/1`    the head is parsed as usual: DOT (ALIAS Mod, "f") and
 *                         VAR f; `&:erlang.length/1` has DOT (ATOM erlang).
 *   `rescue e in Error`   the head is OP "in" (VAR e, ALIAS Error).
 *   `raise E, "m"`        CALL raise (NOPARENS) with the arguments as written.
 *   do-block sections     the value of each section keyword (do, else, rescue,
 *                         catch, after) is AST_BLOCK or AST_CLAUSES; a `do:`
 *                         keyword written inline keeps its plain expression.
 *   ~w(a b)  ~w(a b)a     AST_LIST of AST_STRING (AST_ATOM with `a`,
 *                         AST_CHARLIST with `c`); ~s(..) and ~c(..) are strings
 *                         and charlists.  Heredocs are plain strings.
 *   `"k": v`              the key is AST_ATOM "k", as for `k: v`.
 *   `#{}`                 contributes nothing to an AST_INTERP.
 * Positions: a node is at its first token, except AST_OP (the operator),
 * AST_REMOTE / AST_DOT (the function or field name), AST_DOTCALL (the dot),
 * AST_ACCESS (the `[`).  Keyword tuples are at their key; a do-block's
 * keyword list is at `do` and each section's value at its keyword.
 */
#ifndef BL_AST_H
#define BL_AST_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

typedef enum {
    AST_INT,
    AST_FLOAT,
    AST_ATOM,
    AST_STRING,
    AST_CHARLIST,
    AST_INTERP,
    AST_VAR,
    AST_ALIAS,
    AST_TUPLE,
    AST_LIST,
    AST_MAP,
    AST_PAIR,
    AST_STRUCT,
    AST_BIN,
    AST_OP,
    AST_UNOP,
    AST_PIN,
    AST_CAPTURE,
    AST_CAPTURE_ARG,
    AST_CALL,
    AST_REMOTE,
    AST_DOT,
    AST_DOTCALL,
    AST_ACCESS,
    AST_FN,
    AST_ARROW,
    AST_ARGS,
    AST_BLOCK,
    AST_CLAUSES,
    AST_ATTR,
    AST_KIND_COUNT
} ast_kind;

enum {
    AST_F_TAIL = 1 << 0,     /* AST_LIST: last kid is the tail */
    AST_F_UPDATE = 1 << 1,   /* AST_MAP: kids[0] is the map updated */
    AST_F_NOPARENS = 1 << 2, /* AST_CALL/AST_REMOTE written without parentheses */
    AST_F_CHARLIST = 1 << 3, /* AST_INTERP: a charlist, not a string */
    AST_F_PARENS = 1 << 4,   /* any expression written inside ( ) */
};

typedef struct ast ast;
struct ast {
    ast_kind kind;
    int line, col;
    unsigned flags;
    int big; /* AST_INT: magnitude does not fit int64; digits in str */
    const char *str;
    size_t len;
    int64_t ival;
    double fval;
    ast **kids;
    int nkids;
};

/* The arena every node, kid array and string of one compilation lives in. */
typedef struct ast_arena ast_arena;
ast_arena *ast_arena_new(void);
void ast_arena_free(ast_arena *a);
void *ast_alloc(ast_arena *a, size_t size); /* zeroed, 8-aligned */
char *ast_strdup(ast_arena *a, const char *s, size_t len); /* NUL-terminated copy */

ast *ast_new(ast_arena *a, ast_kind kind, int line, int col);
void ast_push(ast_arena *a, ast *parent, ast *kid); /* append a kid */

/* True for an AST_ATOM / AST_VAR / AST_CALL ... whose str equals `s`. */
int ast_is(const ast *n, ast_kind kind, const char *s);

/* Finds `key` in a keyword list (AST_LIST of 2-tuples with atom keys). */
ast *ast_keyword_get(const ast *list, const char *key);

/* A readable S-expression dump, for debugging and parser tests. */
void ast_dump(FILE *out, const ast *n);

const char *ast_kind_name(ast_kind k);

#endif
