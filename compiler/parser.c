/*
 * parser.c — recursive descent over the token array, precedence climbing
 * for binary operators.
 *
 * Errors unwind with longjmp to parse_program (as Lua's parser does): every
 * node lives in the arena and the token array is freed there, so nothing
 * leaks, and the grammar functions stay free of error plumbing.
 *
 * Two pieces of context shape the grammar:
 *  - `no_do`: inside the arguments of a call written without parentheses
 *    (`if f(x) do`), a `do` belongs to that outer call, so inner calls must
 *    not take it.  Brackets and blocks reset it.
 *  - newlines end expressions, except after an operator, a comma or an
 *    opening bracket (those skip newlines), and before a line that starts
 *    with an operator that cannot begin an expression (`|>`, `==`, `.`).
 */
#include "parser.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

/* Longest token text quoted back in an error message. */
#define PARSE_MAX_QUOTED 40
/* Non-decimal literals wider than this are refused: converting them to
 * decimal digits is quadratic. */
#define PARSE_MAX_RADIX_DIGITS 4096

/* Binding powers, lowest first (Elixir's elixir_parser.yrl). */
enum {
    PREC_IN_MATCH = 40, /* <- \\ */
    PREC_WHEN = 50,
    PREC_TYPE = 60, /* :: */
    PREC_BAR = 70,  /* | */
    PREC_ASSOC = 80, /* => */
    PREC_CAPTURE = 90,
    PREC_MATCH = 100,
    PREC_OR = 120,
    PREC_AND = 130,
    PREC_COMP = 140,
    PREC_REL = 150,
    PREC_ARROW = 160,
    PREC_IN = 170,
    PREC_TERNARY = 190, /* // */
    PREC_CONCAT = 200,
    PREC_DUAL = 210,
    PREC_MULT = 220,
    PREC_POWER = 230,
};

typedef struct {
    ast_arena *arena;
    diag_list *diags;
    const lex_token *toks;
    int pos;
    int depth;
    int no_do;
    jmp_buf fail;
} parser;

static ast *parse_expr(parser *p);
static ast *parse_binary(parser *p, int min_prec);
static ast *parse_unary(parser *p);
static ast *parse_quoted(parser *p);
static ast *parse_stmts(parser *p, lex_kind stop, const lex_token *at);

/* ---- tokens ---------------------------------------------------------------- */

static const lex_token *parse_peek(const parser *p)
{
    return &p->toks[p->pos];
}

static lex_kind parse_kind(const parser *p)
{
    return p->toks[p->pos].kind;
}

/* The token after the current one (the EOF token repeats). */
static const lex_token *parse_peek2(const parser *p)
{
    return p->toks[p->pos].kind == LEX_EOF ? &p->toks[p->pos] : &p->toks[p->pos + 1];
}

static const lex_token *parse_next(parser *p)
{
    const lex_token *t = &p->toks[p->pos];
    if (t->kind != LEX_EOF)
        p->pos++;
    return t;
}

static int parse_accept(parser *p, lex_kind kind)
{
    if (parse_kind(p) != kind)
        return 0;
    parse_next(p);
    return 1;
}

static void parse_skip_eol(parser *p)
{
    while (parse_kind(p) == LEX_EOL)
        parse_next(p);
}

static void parse_skip_seps(parser *p)
{
    while (parse_kind(p) == LEX_EOL || parse_kind(p) == LEX_SEMI)
        parse_next(p);
}

static int parse_no_space(const parser *p)
{
    return !(parse_peek(p)->flags & LEX_F_SPACE);
}

/* ---- errors ----------------------------------------------------------------- */

static _Noreturn void parse_fail(parser *p, diag_kind kind, const lex_token *t, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static _Noreturn void parse_fail(parser *p, diag_kind kind, const lex_token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_addv(p->diags, kind, t->line, t->col, fmt, ap);
    va_end(ap);
    longjmp(p->fail, 1);
}

static _Noreturn void parse_oom(parser *p)
{
    parse_fail(p, DIAG_SYNTAX_ERROR, parse_peek(p), "out of memory");
}

/* The token as Elixir quotes it after "syntax error before: ". */
static void parse_describe(const lex_token *t, char *buf, size_t size)
{
    int n = t->len < PARSE_MAX_QUOTED ? (int)t->len : PARSE_MAX_QUOTED;
    switch (t->kind) {
    case LEX_IDENT:
    case LEX_ALIAS:
    case LEX_INT:
    case LEX_FLOAT:
    case LEX_CHAR:
    case LEX_ATOM:
    case LEX_CAPTURE_ARG: snprintf(buf, size, "%.*s", n, t->text); break;
    case LEX_KW: snprintf(buf, size, "%.*s:", n, t->text); break;
    case LEX_STR_BEGIN: snprintf(buf, size, "%.*s", n, t->text); break;
    case LEX_EOL: snprintf(buf, size, "newline"); break;
    default: snprintf(buf, size, "'%s'", lex_kind_text(t->kind)); break;
    }
}

static int parse_is_closer(lex_kind k)
{
    return k == LEX_RPAREN || k == LEX_RBRACKET || k == LEX_RBRACE || k == LEX_RBIN ||
           k == LEX_INTERP_END;
}

static int parse_is_block_word(lex_kind k)
{
    return k == LEX_DO || k == LEX_END || k == LEX_ELSE || k == LEX_RESCUE || k == LEX_CATCH ||
           k == LEX_AFTER;
}

static _Noreturn void parse_unexpected(parser *p, const lex_token *t)
{
    char what[PARSE_MAX_QUOTED + 8];
    if (t->kind == LEX_EOF)
        parse_fail(p, DIAG_TOKEN_ERROR, t, "syntax error: expression is incomplete");
    if (parse_is_block_word(t->kind))
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "unexpected reserved word: %s", lex_kind_text(t->kind));
    if (parse_is_closer(t->kind))
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "unexpected token: %s", lex_kind_text(t->kind));
    parse_describe(t, what, sizeof what);
    parse_fail(p, DIAG_SYNTAX_ERROR, t, "syntax error before: %s", what);
}

/* Consumes the closer matching `open`, or explains why it is missing. */
static void parse_close(parser *p, lex_kind close, const lex_token *open)
{
    const lex_token *t = parse_peek(p);
    if (t->kind == close) {
        parse_next(p);
        return;
    }
    const char *want = lex_kind_text(close), *opened = lex_kind_text(open->kind);
    if (t->kind == LEX_EOF)
        parse_fail(p, DIAG_TOKEN_ERROR, t, "missing terminator: %s (for \"%s\" starting at line %d)",
                   want, opened, open->line);
    if (parse_is_closer(t->kind) || t->kind == LEX_END)
        parse_fail(p, DIAG_SYNTAX_ERROR, t,
                   "unexpected token: %s. The \"%s\" at line %d is missing terminator \"%s\"",
                   lex_kind_text(t->kind), opened, open->line, want);
    parse_unexpected(p, t);
}

static void parse_enter(parser *p, const lex_token *t)
{
    if (++p->depth > PARSE_MAX_DEPTH)
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "expression nested too deeply (more than %d levels)",
                   PARSE_MAX_DEPTH);
}

/* Left-associative chains build deep trees without recursing here; they
 * count against the same limit so later passes can recurse safely. */
static void parse_check_chain(parser *p, int chain, const lex_token *t)
{
    if (p->depth + chain > PARSE_MAX_DEPTH)
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "expression nested too deeply (more than %d levels)",
                   PARSE_MAX_DEPTH);
}

/* ---- nodes ------------------------------------------------------------------ */

static ast *parse_node(parser *p, ast_kind kind, const lex_token *at)
{
    ast *n = ast_new(p->arena, kind, at->line, at->col);
    if (!n)
        parse_oom(p);
    return n;
}

static void parse_add(parser *p, ast *parent, ast *kid)
{
    int before = parent->nkids;
    ast_push(p->arena, parent, kid);
    if (parent->nkids == before)
        parse_oom(p);
}

static void parse_set_str(parser *p, ast *n, const char *s, size_t len)
{
    char *copy = ast_strdup(p->arena, s, len);
    if (!copy)
        parse_oom(p);
    n->str = copy;
    n->len = len;
}

static ast *parse_named(parser *p, ast_kind kind, const lex_token *at, const char *s, size_t len)
{
    ast *n = parse_node(p, kind, at);
    parse_set_str(p, n, s, len);
    return n;
}

static ast *parse_pair(parser *p, ast_kind kind, ast *key, ast *value)
{
    ast *t = ast_new(p->arena, kind, key->line, key->col);
    if (!t)
        parse_oom(p);
    parse_add(p, t, key);
    parse_add(p, t, value);
    return t;
}

/* ---- numbers ---------------------------------------------------------------- */

/* Copies the digits of a literal without its `_` separators. */
static char *parse_digits(parser *p, const char *s, size_t n, size_t *out_len)
{
    char *d = ast_alloc(p->arena, n + 1);
    size_t k = 0;
    if (!d)
        parse_oom(p);
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            d[k++] = s[i];
    d[k] = 0;
    *out_len = k;
    return d;
}

static int parse_digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

/* Rewrites digits in `base` as decimal digits, through base-1e9 limbs. */
static void parse_radix_to_decimal(parser *p, ast *n, const char *d, size_t len, int base)
{
    size_t cap = len / 2 + 2, used = 0;
    uint32_t *limbs = calloc(cap, sizeof *limbs);
    if (!limbs)
        parse_oom(p);
    for (size_t i = 0; i < len; i++) {
        uint64_t carry = (uint64_t)parse_digit_value(d[i]);
        for (size_t j = 0; j < used; j++) {
            uint64_t v = (uint64_t)limbs[j] * (uint64_t)base + carry;
            limbs[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry && used < cap) {
            limbs[used++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    char *out = ast_alloc(p->arena, used * 9 + 2);
    size_t k = 0;
    if (!out) {
        free(limbs);
        parse_oom(p);
    }
    k += (size_t)sprintf(out, "%u", used ? limbs[used - 1] : 0u);
    for (size_t j = used; j-- > 1;)
        k += (size_t)sprintf(out + k, "%09u", limbs[j - 1]);
    free(limbs);
    n->str = out;
    n->len = k;
}

static void parse_big_int(parser *p, ast *n, const lex_token *t, const char *d, size_t len, int base)
{
    n->big = 1;
    if (base == 10) {
        while (len > 1 && *d == '0')
            d++, len--;
        parse_set_str(p, n, d, len);
        return;
    }
    if (len > PARSE_MAX_RADIX_DIGITS)
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "integer literal too large (more than %d digits)",
                   PARSE_MAX_RADIX_DIGITS);
    parse_radix_to_decimal(p, n, d, len, base);
}

static ast *parse_int(parser *p, const lex_token *t)
{
    const char *s = t->text;
    size_t n = t->len, len;
    int base = 10;
    if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
        base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
        s += 2;
        n -= 2;
    }
    char *d = parse_digits(p, s, n, &len);
    ast *node = parse_node(p, AST_INT, t);
    int64_t v = 0;
    for (size_t i = 0; i < len; i++) {
        int dv = parse_digit_value(d[i]);
        if (v > (INT64_MAX - dv) / base) {
            parse_big_int(p, node, t, d, len, base);
            return node;
        }
        v = v * base + dv;
    }
    node->ival = v;
    return node;
}

static ast *parse_float(parser *p, const lex_token *t)
{
    size_t len;
    char *d = parse_digits(p, t->text, t->len, &len);
    /* strtod follows LC_NUMERIC; the literal always uses '.'. */
    const char *point = localeconv()->decimal_point;
    char *dot = strchr(d, '.');
    if (dot && point && point[0] && !point[1])
        *dot = point[0];
    errno = 0;
    double v = strtod(d, NULL);
    if (errno == ERANGE && isinf(v))
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "invalid float number %.*s",
                   (int)(t->len < PARSE_MAX_QUOTED ? t->len : PARSE_MAX_QUOTED), t->text);
    ast *node = parse_node(p, AST_FLOAT, t);
    node->fval = v;
    return node;
}

/* ---- binary operators --------------------------------------------------------- */

/* Precedence and associativity of binary operator `k`; 0 if it is none. */
static int parse_binop(lex_kind k, int *right)
{
    *right = 0;
    switch (k) {
    case LEX_LARROW:
    case LEX_DEFAULT: return PREC_IN_MATCH;
    case LEX_WHEN: *right = 1; return PREC_WHEN;
    case LEX_TYPE: *right = 1; return PREC_TYPE;
    case LEX_BAR: *right = 1; return PREC_BAR;
    case LEX_MATCH: *right = 1; return PREC_MATCH;
    case LEX_OROR:
    case LEX_OR3:
    case LEX_OR: return PREC_OR;
    case LEX_ANDAND:
    case LEX_AND3:
    case LEX_AND: return PREC_AND;
    case LEX_EQ:
    case LEX_NE:
    case LEX_MATCH_RE:
    case LEX_SEQ:
    case LEX_SNE: return PREC_COMP;
    case LEX_LT:
    case LEX_GT:
    case LEX_LE:
    case LEX_GE: return PREC_REL;
    case LEX_PIPE:
    case LEX_LSHIFT3:
    case LEX_RSHIFT3:
    case LEX_LTILDE2:
    case LEX_RTILDE2:
    case LEX_LTILDE:
    case LEX_RTILDE:
    case LEX_LTILDER:
    case LEX_LBARR: return PREC_ARROW;
    case LEX_IN:
    case LEX_NOT_IN: return PREC_IN;
    case LEX_STEP: *right = 1; return PREC_TERNARY;
    case LEX_CONCAT:
    case LEX_SUBTRACT:
    case LEX_PLUS3:
    case LEX_MINUS3:
    case LEX_RANGE:
    case LEX_STRCAT: *right = 1; return PREC_CONCAT;
    case LEX_PLUS:
    case LEX_MINUS: return PREC_DUAL;
    case LEX_STAR:
    case LEX_SLASH: return PREC_MULT;
    case LEX_POW: return PREC_POWER; /* left-associative, as in Elixir 1.14 */
    default: return 0;
    }
}

/* A newline followed by a line starting with a binary operator that cannot
 * begin an expression continues the expression (`x\n|> f()`). */
static void parse_continuation(parser *p, int dot)
{
    if (parse_kind(p) != LEX_EOL)
        return;
    lex_kind k = parse_peek2(p)->kind;
    int right;
    int continues = dot ? k == LEX_DOT : (parse_binop(k, &right) && k != LEX_PLUS && k != LEX_MINUS);
    if (continues)
        parse_next(p);
}

static ast *parse_make_binop(parser *p, const lex_token *op, ast *lhs, ast *rhs)
{
    ast *n = parse_node(p, AST_OP, op);
    if (op->kind == LEX_STEP) {
        if (!ast_is(lhs, AST_OP, "..") || (lhs->flags & AST_F_PARENS))
            parse_fail(p, DIAG_SYNTAX_ERROR, op, "the // operator can only be used after a range: first..last//step");
        parse_set_str(p, n, "..//", 4);
        parse_add(p, n, lhs->kids[0]);
        parse_add(p, n, lhs->kids[1]);
        parse_add(p, n, rhs);
        return n;
    }
    const char *text = lex_kind_text(op->kind);
    parse_set_str(p, n, text, strlen(text));
    parse_add(p, n, lhs);
    parse_add(p, n, rhs);
    return n;
}

static ast *parse_binary(parser *p, int min_prec)
{
    parse_enter(p, parse_peek(p));
    ast *lhs = parse_unary(p);
    for (int chain = 1;; chain++) {
        parse_continuation(p, 0);
        const lex_token *op = parse_peek(p);
        int right, prec = parse_binop(op->kind, &right);
        if (!prec || prec < min_prec)
            break;
        parse_check_chain(p, chain, op);
        parse_next(p);
        parse_skip_eol(p);
        ast *rhs = parse_binary(p, right ? prec : prec + 1);
        lhs = parse_make_binop(p, op, lhs, rhs);
    }
    p->depth--;
    return lhs;
}

static ast *parse_expr(parser *p)
{
    return parse_binary(p, 0);
}

/* ---- calls -------------------------------------------------------------------- */

/* Names that may be called without parentheses (ast.h: AST_F_NOPARENS). */
static const char *const parse_noparens_names[] = {
    "defmodule", "def",     "defp",    "defmacro", "defmacrop", "defstruct", "defexception",
    "defdelegate", "defprotocol", "defimpl", "alias", "import", "require", "use",
    "if",        "unless",  "case",    "cond",     "receive",   "try",       "for",
    "with",      "raise",   "reraise", "throw",    "quote",     "unquote",
};

static int parse_is_noparens_name(const lex_token *t)
{
    for (size_t i = 0; i < sizeof parse_noparens_names / sizeof parse_noparens_names[0]; i++) {
        const char *s = parse_noparens_names[i];
        if (strlen(s) == t->len && memcmp(s, t->text, t->len) == 0)
            return 1;
    }
    return 0;
}

static int parse_at_keyword(const parser *p)
{
    const lex_token *t = parse_peek(p);
    return t->kind == LEX_KW || (t->kind == LEX_STR_BEGIN && (t->flags & LEX_F_KEYWORD));
}

/*
 * Would the current token, right after a name, be the first argument of a
 * call without parentheses?  `lenient` is for the names allowed to be
 * called so, where `if -x` is read as an argument; elsewhere `x -1` is a
 * subtraction.
 */
static int parse_starts_arg(const parser *p, int lenient)
{
    const lex_token *t = parse_peek(p);
    switch (t->kind) {
    case LEX_INT:
    case LEX_FLOAT:
    case LEX_CHAR:
    case LEX_ATOM:
    case LEX_KW:
    case LEX_IDENT:
    case LEX_ALIAS:
    case LEX_CAPTURE_ARG:
    case LEX_STR_BEGIN:
    case LEX_LBRACE:
    case LEX_PERCENT:
    case LEX_LBIN:
    case LEX_FN:
    case LEX_AMP:
    case LEX_AT:
    case LEX_CARET:
    case LEX_BANG:
    case LEX_NOT: return 1;
    case LEX_LPAREN:
    case LEX_LBRACKET: return (t->flags & LEX_F_SPACE) != 0;
    case LEX_PLUS:
    case LEX_MINUS:
        return lenient && (t->flags & LEX_F_SPACE) && !(parse_peek2(p)->flags & LEX_F_SPACE);
    case LEX_DO: return !p->no_do;
    default: return 0;
    }
}

static _Noreturn void parse_noparens_error(parser *p, const lex_token *name, const ast *target)
{
    int n = name->len < PARSE_MAX_QUOTED ? (int)name->len : PARSE_MAX_QUOTED;
    if (target && target->kind == AST_ALIAS)
        parse_fail(p, DIAG_SYNTAX_ERROR, name,
                   "calls without parentheses are not supported: write %s.%.*s(...)", target->str, n,
                   name->text);
    parse_fail(p, DIAG_SYNTAX_ERROR, name, "calls without parentheses are not supported: write %.*s(...)",
               n, name->text);
}

/* `k: v`, or `"k": v`: the key as an atom. */
static ast *parse_keyword_key(parser *p)
{
    const lex_token *t = parse_peek(p);
    if (t->kind == LEX_KW) {
        parse_next(p);
        return parse_named(p, AST_ATOM, t, t->text, t->len);
    }
    ast *s = parse_quoted(p);
    if (s->kind != AST_STRING)
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "interpolation in keyword keys is not supported");
    if (s->len > LEX_MAX_ATOM_BYTES)
        parse_fail(p, DIAG_SYNTAX_ERROR, t, "atom length must be less than system limit: %.40s", s->str);
    s->kind = AST_ATOM;
    return s;
}

/*
 * Keyword entries `k: v, ...` pushed onto `into` as `kind` (AST_TUPLE, or
 * AST_PAIR in maps).  In brackets (`close` != LEX_EOF) newlines are skipped
 * and a trailing comma before `close` is allowed; without brackets the
 * list ends at the first entry not followed by a comma.
 */
static void parse_keywords(parser *p, ast *into, ast_kind kind, lex_kind close)
{
    for (;;) {
        if (!parse_at_keyword(p))
            parse_fail(p, DIAG_SYNTAX_ERROR, parse_peek(p),
                       "unexpected expression after keyword list. Keyword lists must always come last");
        ast *key = parse_keyword_key(p);
        parse_skip_eol(p);
        parse_add(p, into, parse_pair(p, kind, key, parse_expr(p)));
        if (close != LEX_EOF)
            parse_skip_eol(p);
        if (!parse_accept(p, LEX_COMMA))
            return;
        parse_skip_eol(p);
        if (close != LEX_EOF && parse_kind(p) == close)
            return;
    }
}

static ast *parse_keyword_list(parser *p, lex_kind close)
{
    ast *list = parse_node(p, AST_LIST, parse_peek(p));
    parse_keywords(p, list, AST_TUPLE, close);
    return list;
}

/* `(args)` after a call's name; returns whether the last is a keyword list. */
static int parse_call_args(parser *p, ast *call)
{
    const lex_token *open = parse_next(p);
    int saved = p->no_do, keywords = 0;
    p->no_do = 0;
    parse_skip_eol(p);
    while (parse_kind(p) != LEX_RPAREN) {
        if (parse_at_keyword(p)) {
            parse_add(p, call, parse_keyword_list(p, LEX_RPAREN));
            keywords = 1;
            break;
        }
        parse_add(p, call, parse_expr(p));
        parse_skip_eol(p);
        if (!parse_accept(p, LEX_COMMA))
            break;
        parse_skip_eol(p);
    }
    parse_close(p, LEX_RPAREN, open);
    p->no_do = saved;
    return keywords;
}

/* ---- do-blocks and clauses ------------------------------------------------------ */

static int parse_section_end(lex_kind k)
{
    return k == LEX_END || k == LEX_ELSE || k == LEX_RESCUE || k == LEX_CATCH || k == LEX_AFTER ||
           k == LEX_EOF;
}

/* After a statement: a separator or the end of the enclosing construct. */
static void parse_stmt_end(parser *p, lex_kind stop)
{
    lex_kind k = parse_kind(p);
    if (k == LEX_EOL || k == LEX_SEMI || k == stop || (stop == LEX_END && parse_section_end(k)))
        return;
    parse_unexpected(p, parse_peek(p));
}

/* `heads -> body`: splits a trailing `when` off the heads as the guard. */
static ast *parse_arrow(parser *p, ast *heads, const lex_token *at)
{
    ast *arrow = parse_node(p, AST_ARROW, at);
    ast *guard = NULL;
    parse_next(p); /* -> */
    if (heads->nkids > 0) {
        ast *last = heads->kids[heads->nkids - 1];
        if (ast_is(last, AST_OP, "when") && !(last->flags & AST_F_PARENS)) {
            heads->kids[heads->nkids - 1] = last->kids[0];
            guard = last->kids[1];
        }
    }
    parse_add(p, arrow, heads);
    parse_add(p, arrow, guard);
    parse_add(p, arrow, parse_node(p, AST_BLOCK, at));
    parse_skip_eol(p);
    return arrow;
}

/* Clause heads `a, b` (the first already parsed), up to the `->`. */
static ast *parse_heads(parser *p, ast *first, const lex_token *at)
{
    ast *heads = parse_node(p, AST_ARGS, at);
    if (first)
        parse_add(p, heads, first);
    while (parse_accept(p, LEX_COMMA)) {
        parse_skip_eol(p);
        parse_add(p, heads, parse_expr(p));
    }
    if (parse_kind(p) != LEX_STAB)
        parse_unexpected(p, parse_peek(p));
    return heads;
}

/*
 * The body of a do-block section or of `fn`: either plain statements (an
 * AST_BLOCK) or `->` clauses (AST_CLAUSES), decided by the first item.
 */
static ast *parse_section(parser *p, const lex_token *at)
{
    ast *block = parse_node(p, AST_BLOCK, at), *clauses = NULL, *body = NULL;
    for (;;) {
        parse_skip_seps(p);
        if (parse_section_end(parse_kind(p)))
            break;
        const lex_token *start = parse_peek(p);
        ast *e = start->kind == LEX_STAB ? NULL : parse_expr(p);
        if (!e || parse_kind(p) == LEX_COMMA || parse_kind(p) == LEX_STAB) {
            if (block->nkids)
                parse_unexpected(p, parse_peek(p));
            if (!clauses)
                clauses = parse_node(p, AST_CLAUSES, at);
            ast *arrow = parse_arrow(p, parse_heads(p, e, start), start);
            parse_add(p, clauses, arrow);
            body = arrow->kids[2];
            continue;
        }
        parse_add(p, clauses ? body : block, e);
        parse_stmt_end(p, LEX_END);
    }
    return clauses ? clauses : block;
}

static _Noreturn void parse_missing_end(parser *p, const lex_token *open)
{
    parse_fail(p, DIAG_TOKEN_ERROR, parse_peek(p), "missing terminator: end (for \"%s\" starting at line %d)",
               lex_kind_text(open->kind), open->line);
}

static ast *parse_section_name(parser *p, const lex_token *t)
{
    const char *name = lex_kind_text(t->kind);
    return parse_named(p, AST_ATOM, t, name, strlen(name));
}

/*
 * `do ... else ... end` after a call: the sections become keyword entries
 * appended to the call's trailing keyword list (`keywords`), or to a new one.
 */
static void parse_do_block(parser *p, ast *call, int keywords)
{
    const lex_token *open = parse_next(p);
    ast *list = keywords ? call->kids[call->nkids - 1] : parse_node(p, AST_LIST, open);
    int saved = p->no_do;
    if (!keywords)
        parse_add(p, call, list);
    p->no_do = 0;
    for (const lex_token *sec = open;;) {
        ast *body = parse_section(p, sec);
        parse_add(p, list, parse_pair(p, AST_TUPLE, parse_section_name(p, sec), body));
        lex_kind k = parse_kind(p);
        if (k == LEX_END)
            break;
        if (k == LEX_EOF)
            parse_missing_end(p, open);
        sec = parse_next(p);
    }
    parse_next(p); /* end */
    p->no_do = saved;
}

static void parse_maybe_do(parser *p, ast *call, int keywords)
{
    if (parse_kind(p) == LEX_DO && !p->no_do)
        parse_do_block(p, call, keywords);
}

/* `name arg, arg, key: v do ... end` for the names that allow it. */
static ast *parse_noparens_call(parser *p, const lex_token *name)
{
    ast *call = parse_named(p, AST_CALL, name, name->text, name->len);
    int saved = p->no_do, keywords = 0;
    call->flags |= AST_F_NOPARENS;
    p->no_do = 1;
    while (parse_kind(p) != LEX_DO) {
        if (parse_at_keyword(p)) {
            parse_add(p, call, parse_keyword_list(p, LEX_EOF));
            keywords = 1;
            break;
        }
        parse_add(p, call, parse_expr(p));
        if (!parse_accept(p, LEX_COMMA))
            break;
        parse_skip_eol(p);
    }
    p->no_do = saved;
    if (parse_kind(p) == LEX_DO)
        parse_do_block(p, call, keywords);
    return call;
}

static int parse_token_is(const lex_token *t, const char *s)
{
    return strlen(s) == t->len && memcmp(s, t->text, t->len) == 0;
}

static ast *parse_ident(parser *p)
{
    const lex_token *t = parse_next(p);
    if (parse_token_is(t, "true") || parse_token_is(t, "false") || parse_token_is(t, "nil"))
        return parse_named(p, AST_ATOM, t, t->text, t->len);
    if (parse_kind(p) == LEX_LPAREN && parse_no_space(p)) {
        ast *call = parse_named(p, AST_CALL, t, t->text, t->len);
        parse_maybe_do(p, call, parse_call_args(p, call));
        return call;
    }
    if (parse_is_noparens_name(t)) {
        /* parse_starts_arg takes a `do` only where no outer call owns it:
         * in `def for do ... end` the block is def's. */
        if (parse_starts_arg(p, 1))
            return parse_noparens_call(p, t);
    } else if (parse_starts_arg(p, 0)) {
        parse_noparens_error(p, t, NULL);
    }
    return parse_named(p, AST_VAR, t, t->text, t->len);
}

/* ---- postfix: . [ ------------------------------------------------------------- */

static int parse_is_name_token(lex_kind k)
{
    switch (k) {
    case LEX_IDENT:
    case LEX_DO:
    case LEX_END:
    case LEX_FN:
    case LEX_ELSE:
    case LEX_RESCUE:
    case LEX_CATCH:
    case LEX_AFTER:
    case LEX_WHEN:
    case LEX_AND:
    case LEX_OR:
    case LEX_NOT:
    case LEX_IN: return 1;
    default: return 0;
    }
}

/* Operators usable as function names: `&+/2`, `Kernel.+(1, 2)`. */
static int parse_is_operator_name(lex_kind k)
{
    int right;
    switch (k) {
    case LEX_BAR:
    case LEX_MATCH:
    case LEX_WHEN:
    case LEX_TYPE:
    case LEX_LARROW:
    case LEX_DEFAULT:
    case LEX_STEP: return 0;
    case LEX_BANG:
    case LEX_NOT: return 1;
    default: return parse_binop(k, &right) != 0;
    }
}

/* `Foo.Bar`: the alias grows in place. */
static ast *parse_alias_join(parser *p, ast *lhs, const lex_token *t)
{
    size_t len = lhs->len + 1 + t->len;
    char *s = ast_alloc(p->arena, len + 1);
    if (!s)
        parse_oom(p);
    memcpy(s, lhs->str, lhs->len);
    s[lhs->len] = '.';
    memcpy(s + lhs->len + 1, t->text, t->len);
    lhs->str = s;
    lhs->len = len;
    return lhs;
}

/* `Foo.{A, B}` (in alias/import): AST_REMOTE "{}" on Foo with the aliases. */
static ast *parse_multi_alias(parser *p, ast *lhs, const lex_token *at)
{
    ast *n = parse_named(p, AST_REMOTE, at, "{}", 2);
    const lex_token *open = parse_next(p);
    parse_add(p, n, lhs);
    parse_skip_eol(p);
    while (parse_kind(p) != LEX_RBRACE) {
        parse_add(p, n, parse_expr(p));
        parse_skip_eol(p);
        if (!parse_accept(p, LEX_COMMA))
            break;
        parse_skip_eol(p);
    }
    parse_close(p, LEX_RBRACE, open);
    return n;
}

/* `lhs.name`, `lhs.name(args)`. */
static ast *parse_remote(parser *p, ast *lhs)
{
    const lex_token *name = parse_next(p);
    if (parse_kind(p) == LEX_LPAREN && parse_no_space(p)) {
        ast *call = parse_named(p, AST_REMOTE, name, name->text, name->len);
        parse_add(p, call, lhs);
        parse_maybe_do(p, call, parse_call_args(p, call));
        return call;
    }
    if (parse_starts_arg(p, 0))
        parse_noparens_error(p, name, lhs);
    ast *dot = parse_named(p, AST_DOT, name, name->text, name->len);
    parse_add(p, dot, lhs);
    return dot;
}

static ast *parse_dot(parser *p, ast *lhs)
{
    const lex_token *dot = parse_next(p);
    const lex_token *t = parse_peek(p);
    int is_alias = lhs->kind == AST_ALIAS && !(lhs->flags & AST_F_PARENS);
    if (parse_is_name_token(t->kind))
        return parse_remote(p, lhs);
    if (parse_is_operator_name(t->kind) && (lhs->kind == AST_ALIAS || lhs->kind == AST_ATOM))
        return parse_remote(p, lhs);
    if (t->kind == LEX_ALIAS && is_alias)
        return parse_alias_join(p, lhs, parse_next(p));
    if (t->kind == LEX_LBRACE && is_alias)
        return parse_multi_alias(p, lhs, dot);
    if (t->kind == LEX_LPAREN) {
        ast *call = parse_node(p, AST_DOTCALL, dot);
        parse_add(p, call, lhs);
        parse_call_args(p, call);
        return call;
    }
    parse_unexpected(p, t);
}

static ast *parse_access(parser *p, ast *lhs)
{
    const lex_token *open = parse_next(p);
    ast *n = parse_node(p, AST_ACCESS, open);
    int saved = p->no_do;
    p->no_do = 0;
    parse_add(p, n, lhs);
    parse_skip_eol(p);
    parse_add(p, n, parse_expr(p));
    parse_skip_eol(p);
    parse_close(p, LEX_RBRACKET, open);
    p->no_do = saved;
    return n;
}

static ast *parse_postfix(parser *p, ast *lhs)
{
    for (int chain = 1;; chain++) {
        parse_continuation(p, 1);
        lex_kind k = parse_kind(p);
        if (k == LEX_DOT)
            lhs = parse_dot(p, lhs);
        else if (k == LEX_LBRACKET && parse_no_space(p))
            lhs = parse_access(p, lhs);
        else
            return lhs;
        parse_check_chain(p, chain, parse_peek(p));
    }
}

/* ---- containers ------------------------------------------------------------------ */

/* `[a, b | t]`, `[a: 1]`, `[1, a: 2]`. */
static ast *parse_list(parser *p)
{
    const lex_token *open = parse_next(p);
    ast *list = parse_node(p, AST_LIST, open);
    parse_skip_eol(p);
    while (parse_kind(p) != LEX_RBRACKET) {
        if (parse_at_keyword(p)) {
            parse_keywords(p, list, AST_TUPLE, LEX_RBRACKET);
            break;
        }
        parse_add(p, list, parse_binary(p, PREC_BAR + 1));
        parse_skip_eol(p);
        if (parse_accept(p, LEX_BAR)) {
            parse_skip_eol(p);
            parse_add(p, list, parse_binary(p, PREC_BAR + 1));
            list->flags |= AST_F_TAIL;
            parse_skip_eol(p);
            break;
        }
        if (!parse_accept(p, LEX_COMMA))
            break;
        parse_skip_eol(p);
    }
    parse_close(p, LEX_RBRACKET, open);
    return list;
}

/* `{a, b}`; trailing keywords become one list element, as in Elixir. */
static ast *parse_tuple(parser *p)
{
    const lex_token *open = parse_next(p);
    ast *tuple = parse_node(p, AST_TUPLE, open);
    parse_skip_eol(p);
    while (parse_kind(p) != LEX_RBRACE) {
        if (parse_at_keyword(p)) {
            parse_add(p, tuple, parse_keyword_list(p, LEX_RBRACE));
            break;
        }
        parse_add(p, tuple, parse_expr(p));
        parse_skip_eol(p);
        if (!parse_accept(p, LEX_COMMA))
            break;
        parse_skip_eol(p);
    }
    parse_close(p, LEX_RBRACE, open);
    return tuple;
}

/* One `k => v` entry, or the `m |` of an update when `first`. */
static int parse_map_entry(parser *p, ast *map, int first)
{
    ast *key = parse_binary(p, PREC_ASSOC + 1);
    parse_skip_eol(p);
    if (first && parse_accept(p, LEX_BAR)) {
        map->flags |= AST_F_UPDATE;
        parse_add(p, map, key);
        parse_skip_eol(p);
        return 1;
    }
    if (!parse_accept(p, LEX_ASSOC))
        parse_unexpected(p, parse_peek(p));
    parse_skip_eol(p);
    parse_add(p, map, parse_pair(p, AST_PAIR, key, parse_binary(p, PREC_ASSOC + 1)));
    parse_skip_eol(p);
    return 0;
}

/* `{...}` of a map or struct; `at` is the `%`. */
static ast *parse_map_body(parser *p, const lex_token *at)
{
    const lex_token *open = parse_next(p);
    ast *map = parse_node(p, AST_MAP, at);
    parse_skip_eol(p);
    for (int first = 1; parse_kind(p) != LEX_RBRACE; first = 0) {
        if (parse_at_keyword(p)) {
            parse_keywords(p, map, AST_PAIR, LEX_RBRACE);
            break;
        }
        if (parse_map_entry(p, map, first))
            continue; /* after `m |` come the entries, with no comma */
        if (!parse_accept(p, LEX_COMMA))
            break;
        parse_skip_eol(p);
    }
    parse_close(p, LEX_RBRACE, open);
    return map;
}

/* `%{...}`, `%Foo.Bar{...}`, `%__MODULE__{...}`; in patterns also
 * `%mod{...}` and `%^mod{...}`, whose module is a variable. */
static ast *parse_percent(parser *p)
{
    const lex_token *pct = parse_next(p);
    const lex_token *t = parse_peek(p);
    if (t->kind == LEX_LBRACE && parse_no_space(p))
        return parse_map_body(p, pct);
    ast *name = NULL, *var = NULL;
    if (t->kind == LEX_IDENT && !parse_token_is(t, "__MODULE__")) {
        var = parse_named(p, AST_VAR, t, t->text, t->len);
        parse_next(p);
    } else if (t->kind == LEX_CARET && parse_peek2(p)->kind == LEX_IDENT) {
        var = parse_node(p, AST_PIN, parse_next(p));
        const lex_token *v = parse_next(p);
        parse_add(p, var, parse_named(p, AST_VAR, v, v->text, v->len));
    } else if (t->kind == LEX_ALIAS) {
        name = parse_named(p, AST_ALIAS, t, t->text, t->len);
        parse_next(p);
        while (parse_kind(p) == LEX_DOT && parse_peek2(p)->kind == LEX_ALIAS) {
            parse_next(p);
            parse_alias_join(p, name, parse_next(p));
        }
    } else if (t->kind == LEX_IDENT && parse_token_is(t, "__MODULE__")) {
        name = parse_named(p, AST_ALIAS, t, t->text, t->len);
        parse_next(p);
    }
    if ((!name && !var) || parse_kind(p) != LEX_LBRACE || !parse_no_space(p))
        parse_unexpected(p, parse_peek(p));
    ast *st = var ? parse_named(p, AST_STRUCT, pct, "", 0) : parse_named(p, AST_STRUCT, pct, name->str, name->len);
    parse_add(p, st, parse_map_body(p, pct));
    if (var)
        parse_add(p, st, var);
    return st;
}

/* `<<seg, seg::type>>`. */
static ast *parse_bin(parser *p)
{
    const lex_token *open = parse_next(p);
    ast *bin = parse_node(p, AST_BIN, open);
    parse_skip_eol(p);
    while (parse_kind(p) != LEX_RBIN) {
        parse_add(p, bin, parse_expr(p));
        parse_skip_eol(p);
        if (!parse_accept(p, LEX_COMMA))
            break;
        parse_skip_eol(p);
    }
    parse_close(p, LEX_RBIN, open);
    return bin;
}

/* `( expr )`, or `(a; b)` as a block. */
static ast *parse_parens(parser *p)
{
    const lex_token *open = parse_next(p);
    int saved = p->no_do;
    p->no_do = 0;
    ast *block = parse_stmts(p, LEX_RPAREN, open);
    parse_close(p, LEX_RPAREN, open);
    p->no_do = saved;
    ast *e = block->nkids == 1 ? block->kids[0] : block;
    e->flags |= AST_F_PARENS;
    return e;
}

static ast *parse_fn(parser *p)
{
    const lex_token *open = parse_next(p);
    int saved = p->no_do;
    p->no_do = 0;
    ast *body = parse_section(p, open);
    if (parse_kind(p) == LEX_EOF)
        parse_missing_end(p, open);
    if (body->kind != AST_CLAUSES || parse_kind(p) != LEX_END)
        parse_unexpected(p, parse_peek(p));
    parse_next(p);
    p->no_do = saved;
    body->kind = AST_FN;
    body->line = open->line;
    body->col = open->col;
    return body;
}

/* ---- strings ----------------------------------------------------------------------- */

static ast *parse_string_piece(parser *p, const lex_token *t, const lex_token *begin)
{
    char *buf = ast_alloc(p->arena, t->len + 1);
    if (!buf)
        parse_oom(p);
    size_t n = lex_unescape(t->text, t->len, begin->indent, (t->flags & LEX_F_LINE_START) != 0, buf);
    buf[n] = 0;
    ast *s = parse_node(p, AST_STRING, t);
    s->str = buf;
    s->len = n;
    return s;
}

/* `#{...}`: nothing for `#{}`, one expression, or a block. */
static ast *parse_interpolation(parser *p, const lex_token *open)
{
    int saved = p->no_do;
    p->no_do = 0;
    ast *block = parse_stmts(p, LEX_INTERP_END, open);
    parse_close(p, LEX_INTERP_END, open);
    p->no_do = saved;
    if (block->nkids == 0)
        return NULL;
    return block->nkids == 1 ? block->kids[0] : block;
}

/* Joins adjacent literal pieces, so a string without `#{}` is one piece. */
static void parse_add_piece(parser *p, ast *pieces, ast *s)
{
    ast *last = pieces->nkids ? pieces->kids[pieces->nkids - 1] : NULL;
    if (!last || last->kind != AST_STRING || s->kind != AST_STRING) {
        parse_add(p, pieces, s);
        return;
    }
    char *buf = ast_alloc(p->arena, last->len + s->len + 1);
    if (!buf)
        parse_oom(p);
    memcpy(buf, last->str, last->len);
    memcpy(buf + last->len, s->str, s->len);
    buf[last->len + s->len] = 0;
    last->str = buf;
    last->len += s->len;
}

/* ~w(a b c): words split on whitespace; modifier a, c or s picks the kind. */
static ast *parse_words(parser *p, const lex_token *begin, const ast *text, const lex_token *end)
{
    ast_kind kind = AST_STRING;
    if (end->len && end->text[0] == 'a')
        kind = AST_ATOM;
    else if (end->len && end->text[0] == 'c')
        kind = AST_CHARLIST;
    ast *list = parse_node(p, AST_LIST, begin);
    const char *s = text ? text->str : "";
    size_t len = text ? text->len : 0;
    for (size_t i = 0; i < len;) {
        while (i < len && strchr(" \t\r\n\f\v", s[i]))
            i++;
        size_t start = i;
        while (i < len && !strchr(" \t\r\n\f\v", s[i]))
            i++;
        if (i > start)
            parse_add(p, list, parse_named(p, kind, begin, s + start, i - start));
    }
    return list;
}

/* The node for a finished quoted construct, by what opened it. */
static ast *parse_quoted_result(parser *p, const lex_token *begin, ast *pieces, int interps,
                                const lex_token *end)
{
    int charlist = begin->quote == LEX_Q_CHARLIST || (begin->quote == LEX_Q_SIGIL && begin->sigil == 'c');
    ast *text = pieces->nkids ? pieces->kids[0] : NULL;
    if (interps && (begin->quote == LEX_Q_ATOM || begin->sigil == 'w'))
        parse_fail(p, DIAG_SYNTAX_ERROR, begin, "interpolation in %s is not supported",
                   begin->quote == LEX_Q_ATOM ? "atoms" : "~w");
    if (begin->quote == LEX_Q_SIGIL && begin->sigil == 'w')
        return parse_words(p, begin, text, end);
    if (interps) {
        pieces->flags |= charlist ? AST_F_CHARLIST : 0;
        return pieces;
    }
    ast_kind kind = begin->quote == LEX_Q_ATOM ? AST_ATOM : charlist ? AST_CHARLIST : AST_STRING;
    if (kind == AST_ATOM && text && text->len > LEX_MAX_ATOM_BYTES)
        parse_fail(p, DIAG_SYNTAX_ERROR, begin, "atom length must be less than system limit: %.40s", text->str);
    if (!text)
        return parse_named(p, kind, begin, "", 0);
    ast *n = parse_node(p, kind, begin);
    n->str = text->str;
    n->len = text->len;
    return n;
}

static ast *parse_quoted(parser *p)
{
    const lex_token *begin = parse_next(p), *t;
    ast *pieces = parse_node(p, AST_INTERP, begin);
    int interps = 0;
    while ((t = parse_next(p))->kind != LEX_STR_END) {
        if (t->kind == LEX_STR_PART) {
            parse_add_piece(p, pieces, parse_string_piece(p, t, begin));
        } else if (t->kind == LEX_INTERP_BEGIN) {
            ast *e = parse_interpolation(p, t);
            if (e) {
                parse_add(p, pieces, e);
                interps++;
            }
        } else {
            parse_unexpected(p, t); /* the lexer guarantees the shape */
        }
    }
    return parse_quoted_result(p, begin, pieces, interps, t);
}

/* ---- unary and primary ---------------------------------------------------------- */

/* `@name` (a use) or `@name value` (a definition). */
static ast *parse_attr(parser *p)
{
    const lex_token *at = parse_next(p);
    const lex_token *name = parse_peek(p);
    if (name->kind != LEX_IDENT || !parse_no_space(p))
        parse_unexpected(p, name);
    parse_next(p);
    ast *attr = parse_named(p, AST_ATTR, at, name->text, name->len);
    if (parse_starts_arg(p, 0) && parse_kind(p) != LEX_DO)
        parse_add(p, attr, parse_expr(p));
    return attr;
}

static ast *parse_capture_arg(parser *p, const lex_token *t)
{
    ast *n = parse_node(p, AST_CAPTURE_ARG, t);
    int64_t v = 0;
    for (size_t i = 1; i < t->len; i++) {
        if (v > (INT64_MAX - 9) / 10)
            parse_fail(p, DIAG_SYNTAX_ERROR, t, "capture argument too large");
        v = v * 10 + (t->text[i] - '0');
    }
    n->ival = v;
    return n;
}

static ast *parse_primary(parser *p)
{
    const lex_token *t = parse_peek(p);
    switch (t->kind) {
    case LEX_INT: return parse_int(p, parse_next(p));
    case LEX_FLOAT: return parse_float(p, parse_next(p));
    case LEX_CHAR: {
        ast *n = parse_node(p, AST_INT, parse_next(p));
        n->ival = lex_char_value(t->text, t->len);
        return n;
    }
    case LEX_ATOM: parse_next(p); return parse_named(p, AST_ATOM, t, t->text + 1, t->len - 1);
    case LEX_STR_BEGIN:
        if (t->flags & LEX_F_KEYWORD)
            parse_unexpected(p, t);
        return parse_quoted(p);
    case LEX_IDENT: return parse_ident(p);
    case LEX_ALIAS: parse_next(p); return parse_named(p, AST_ALIAS, t, t->text, t->len);
    case LEX_CAPTURE_ARG: return parse_capture_arg(p, parse_next(p));
    case LEX_LPAREN: return parse_parens(p);
    case LEX_LBRACKET: return parse_list(p);
    case LEX_LBRACE: return parse_tuple(p);
    case LEX_PERCENT: return parse_percent(p);
    case LEX_LBIN: return parse_bin(p);
    case LEX_FN: return parse_fn(p);
    default: parse_unexpected(p, t);
    }
}

static ast *parse_prefix(parser *p, const lex_token *op, ast_kind kind, int prec)
{
    ast *n = parse_node(p, kind, op);
    parse_skip_eol(p);
    parse_enter(p, op);
    ast *operand = prec ? parse_binary(p, prec) : parse_unary(p);
    p->depth--;
    if (kind == AST_UNOP) {
        const char *text = lex_kind_text(op->kind);
        parse_set_str(p, n, text, strlen(text));
    }
    parse_add(p, n, operand);
    return n;
}

/* `&+/2`: an operator captured by name becomes AST_VAR "+" before the `/`. */
static ast *parse_operator_capture(parser *p)
{
    const lex_token *amp = parse_next(p), *op = parse_next(p), *slash = parse_next(p);
    ast *capture = parse_node(p, AST_CAPTURE, amp);
    ast *div = parse_named(p, AST_OP, slash, "/", 1);
    const char *name = lex_kind_text(op->kind);
    if (parse_kind(p) != LEX_INT)
        parse_unexpected(p, parse_peek(p));
    parse_add(p, div, parse_named(p, AST_VAR, op, name, strlen(name)));
    parse_add(p, div, parse_int(p, parse_next(p)));
    parse_add(p, capture, div);
    return capture;
}

static int parse_at_operator_capture(const parser *p)
{
    const lex_token *t = parse_peek(p);
    return t->kind == LEX_AMP && t[1].kind != LEX_EOF && parse_is_operator_name(t[1].kind) &&
           t[2].kind == LEX_SLASH;
}

static ast *parse_unary(parser *p)
{
    const lex_token *t = parse_peek(p);
    if (parse_at_operator_capture(p))
        return parse_operator_capture(p);
    switch (t->kind) {
    case LEX_MINUS:
    case LEX_PLUS:
    case LEX_BANG:
    case LEX_NOT: return parse_prefix(p, parse_next(p), AST_UNOP, 0);
    case LEX_CARET: return parse_prefix(p, parse_next(p), AST_PIN, 0);
    case LEX_AMP: return parse_prefix(p, parse_next(p), AST_CAPTURE, PREC_CAPTURE + 1);
    case LEX_AT: return parse_postfix(p, parse_attr(p));
    default: return parse_postfix(p, parse_primary(p));
    }
}

/* ---- statements and the program ---------------------------------------------------- */

/* Statements up to `stop` (not consumed), as an AST_BLOCK at `at`. */
static ast *parse_stmts(parser *p, lex_kind stop, const lex_token *at)
{
    ast *block = parse_node(p, AST_BLOCK, at);
    for (;;) {
        parse_skip_seps(p);
        if (parse_kind(p) == stop || parse_kind(p) == LEX_EOF)
            return block;
        parse_add(p, block, parse_expr(p));
        parse_stmt_end(p, stop);
    }
}

ast *parse_program(ast_arena *arena, diag_list *diags, const char *src, size_t len)
{
    /* The copy gives re2c the NUL sentinel it needs at src[len]. */
    char *copy = ast_strdup(arena, src, len);
    if (!copy) {
        diag_add(diags, DIAG_SYNTAX_ERROR, 1, 1, "out of memory");
        return NULL;
    }
    lex_tokens toks = {0};
    if (lex_tokenize(copy, len, diags, &toks) < 0) {
        lex_tokens_free(&toks);
        return NULL;
    }
    parser p = {0};
    p.arena = arena;
    p.diags = diags;
    p.toks = toks.items;
    if (setjmp(p.fail)) {
        lex_tokens_free(&toks);
        return NULL;
    }
    ast *program = parse_stmts(&p, LEX_EOF, &toks.items[0]);
    if (parse_kind(&p) != LEX_EOF)
        parse_unexpected(&p, parse_peek(&p));
    program->line = program->col = 1;
    lex_tokens_free(&toks);
    return program;
}
