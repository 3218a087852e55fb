/*
 * ast.c — the node arena, tree building helpers and the debug dump.
 *
 * The arena is a list of chunks with bump allocation; a request larger than
 * a chunk gets a chunk of its own.  Nothing is freed before the arena.
 *
 * A node's kid array has no capacity field: its capacity is implied by
 * nkids (0, then 4, 8, 16, ...: the smallest power of two >= nkids, at
 * least 4), so ast_push grows the array exactly when nkids reaches a power
 * of two.  Code that shrinks nkids keeps the invariant; code that installs
 * its own kids array must not ast_push onto it afterwards.
 */
#include "ast.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define AST_CHUNK_SIZE (64 * 1024)
#define AST_ALIGN 8
#define AST_MIN_KIDS 4

typedef struct ast_chunk ast_chunk;
struct ast_chunk {
    ast_chunk *next;
    size_t used, size;
    _Alignas(AST_ALIGN) unsigned char data[];
};

struct ast_arena {
    ast_chunk *head;
};

ast_arena *ast_arena_new(void)
{
    return calloc(1, sizeof(ast_arena));
}

void ast_arena_free(ast_arena *a)
{
    if (!a)
        return;
    for (ast_chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

static ast_chunk *ast_chunk_new(size_t size)
{
    ast_chunk *c = malloc(sizeof *c + size);
    if (!c)
        return NULL;
    c->next = NULL;
    c->used = 0;
    c->size = size;
    return c;
}

void *ast_alloc(ast_arena *a, size_t size)
{
    if (size > SIZE_MAX - AST_ALIGN - sizeof(ast_chunk))
        return NULL;
    size = (size + AST_ALIGN - 1) & ~(size_t)(AST_ALIGN - 1);
    ast_chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        if (size > AST_CHUNK_SIZE / 4) {
            /* A big block gets its own chunk behind the current one, so the
             * current chunk's free space stays usable. */
            ast_chunk *big = ast_chunk_new(size);
            if (!big)
                return NULL;
            big->used = size;
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            memset(big->data, 0, size);
            return big->data;
        }
        if (!(c = ast_chunk_new(AST_CHUNK_SIZE)))
            return NULL;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *ast_strdup(ast_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *d = ast_alloc(a, len + 1);
    if (!d)
        return NULL;
    if (len)
        memcpy(d, s, len);
    d[len] = 0;
    return d;
}

ast *ast_new(ast_arena *a, ast_kind kind, int line, int col)
{
    ast *n = ast_alloc(a, sizeof *n);
    if (!n)
        return NULL;
    n->kind = kind;
    n->line = line;
    n->col = col;
    return n;
}

static int ast_kids_full(int n)
{
    return n == 0 || (n >= AST_MIN_KIDS && (n & (n - 1)) == 0);
}

void ast_push(ast_arena *a, ast *parent, ast *kid)
{
    if (ast_kids_full(parent->nkids)) {
        if (parent->nkids > INT32_MAX / 2)
            return;
        size_t cap = parent->nkids ? (size_t)parent->nkids * 2 : AST_MIN_KIDS;
        ast **kids = ast_alloc(a, cap * sizeof *kids);
        if (!kids)
            return; /* the caller sees nkids unchanged */
        if (parent->nkids)
            memcpy(kids, parent->kids, (size_t)parent->nkids * sizeof *kids);
        parent->kids = kids;
    }
    parent->kids[parent->nkids++] = kid;
}

int ast_is(const ast *n, ast_kind kind, const char *s)
{
    if (!n || n->kind != kind || !n->str)
        return 0;
    size_t len = strlen(s);
    return n->len == len && memcmp(n->str, s, len) == 0;
}

ast *ast_keyword_get(const ast *list, const char *key)
{
    if (!list || list->kind != AST_LIST)
        return NULL;
    for (int i = 0; i < list->nkids; i++) {
        const ast *t = list->kids[i];
        if (t && t->kind == AST_TUPLE && t->nkids == 2 && ast_is(t->kids[0], AST_ATOM, key))
            return t->kids[1];
    }
    return NULL;
}

static const char *const ast_kind_names[] = {
    "AST_INT",     "AST_FLOAT",  "AST_ATOM",    "AST_STRING",      "AST_CHARLIST", "AST_INTERP",
    "AST_VAR",     "AST_ALIAS",  "AST_TUPLE",   "AST_LIST",        "AST_MAP",      "AST_PAIR",
    "AST_STRUCT",  "AST_BIN",    "AST_OP",      "AST_UNOP",        "AST_PIN",      "AST_CAPTURE",
    "AST_CAPTURE_ARG", "AST_CALL", "AST_REMOTE", "AST_DOT",        "AST_DOTCALL",  "AST_ACCESS",
    "AST_FN",      "AST_ARROW",  "AST_ARGS",    "AST_BLOCK",       "AST_CLAUSES",  "AST_ATTR",
};

_Static_assert(sizeof ast_kind_names / sizeof ast_kind_names[0] == AST_KIND_COUNT,
               "ast_kind_names must list every ast_kind");

const char *ast_kind_name(ast_kind k)
{
    return (unsigned)k < AST_KIND_COUNT ? ast_kind_names[k] : "AST_?";
}

/* ---- dump -------------------------------------------------------------- */

static void ast_dump_quoted(FILE *out, const char *s, size_t len, char quote)
{
    fputc(quote, out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == (unsigned char)quote)
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20 || c == 0x7F)
            fprintf(out, "\\x%02X", c);
        else
            fputc(c, out);
    }
    fputc(quote, out);
}

static int ast_atom_is_plain(const char *s, size_t len)
{
    if (len == 0 || (s[0] >= '0' && s[0] <= '9'))
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '_' || c == '@' || ((c == '?' || c == '!') && i == len - 1);
        if (!ok)
            return 0;
    }
    return 1;
}

/* Shortest %g form that reads back as the same double, always with a '.'. */
static void ast_dump_float(FILE *out, double v)
{
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    fputs(buf, out);
    if (!strpbrk(buf, ".eEn"))
        fputs(".0", out);
}

static void ast_dump_kids(FILE *out, const ast *n, int from)
{
    for (int i = from; i < n->nkids; i++) {
        fputc(' ', out);
        ast_dump(out, n->kids[i]);
    }
}

static void ast_dump_str(FILE *out, const ast *n)
{
    fwrite(n->str, 1, n->len, out);
}

/* Nodes printed as "(tag str? kids...)". */
static void ast_dump_form(FILE *out, const char *tag, const ast *n, int with_str, int from)
{
    fprintf(out, "(%s", tag);
    if (with_str) {
        fputc(' ', out);
        ast_dump_str(out, n);
    }
    ast_dump_kids(out, n, from);
    fputc(')', out);
}

/* `[a | t]` and `%{m | k: v}` print their bar where it was written. */
static const char *ast_dump_separator(const ast *n, int i)
{
    if (n->kind == AST_LIST && (n->flags & AST_F_TAIL) && i == n->nkids - 1)
        return " | ";
    if (n->kind == AST_MAP && (n->flags & AST_F_UPDATE) && i == 1)
        return " | ";
    return " ";
}

static void ast_dump_seq(FILE *out, const ast *n, const char *open, const char *close)
{
    fputs(open, out);
    for (int i = 0; i < n->nkids; i++) {
        if (i)
            fputs(ast_dump_separator(n, i), out);
        ast_dump(out, n->kids[i]);
    }
    fputs(close, out);
}

static void ast_dump_atom(FILE *out, const ast *n)
{
    fputc(':', out);
    if (ast_atom_is_plain(n->str, n->len))
        ast_dump_str(out, n);
    else
        ast_dump_quoted(out, n->str, n->len, '"');
}

static void ast_dump_int(FILE *out, const ast *n)
{
    if (n->big)
        ast_dump_str(out, n);
    else
        fprintf(out, "%" PRId64, n->ival);
}

static void ast_dump_leaf(FILE *out, const ast *n)
{
    switch (n->kind) {
    case AST_INT: ast_dump_int(out, n); break;
    case AST_FLOAT: ast_dump_float(out, n->fval); break;
    case AST_ATOM: ast_dump_atom(out, n); break;
    case AST_STRING: ast_dump_quoted(out, n->str, n->len, '"'); break;
    case AST_CHARLIST: ast_dump_quoted(out, n->str, n->len, '\''); break;
    case AST_VAR:
    case AST_ALIAS: ast_dump_str(out, n); break;
    case AST_CAPTURE_ARG: fprintf(out, "&%" PRId64, n->ival); break;
    default: fprintf(out, "(?%s)", ast_kind_name(n->kind)); break;
    }
}

static void ast_dump_struct(FILE *out, const ast *n)
{
    fputs("(struct ", out);
    ast_dump_str(out, n);
    ast_dump_kids(out, n, 0);
    fputc(')', out);
}

static void ast_dump_remote(FILE *out, const ast *n, const char *tag)
{
    fprintf(out, "(%s ", tag);
    ast_dump(out, n->nkids ? n->kids[0] : NULL);
    fputc(' ', out);
    ast_dump_str(out, n);
    ast_dump_kids(out, n, 1);
    fputc(')', out);
}

static void ast_dump_call(FILE *out, const ast *n)
{
    ast_dump_form(out, (n->flags & AST_F_NOPARENS) ? "call-np" : "call", n, 1, 0);
}

void ast_dump(FILE *out, const ast *n)
{
    if (!n) {
        fputs("#null", out);
        return;
    }
    switch (n->kind) {
    case AST_INTERP: ast_dump_form(out, (n->flags & AST_F_CHARLIST) ? "interp'" : "interp", n, 0, 0); break;
    case AST_TUPLE: ast_dump_seq(out, n, "{", "}"); break;
    case AST_LIST: ast_dump_seq(out, n, "[", "]"); break;
    case AST_MAP: ast_dump_seq(out, n, "%{", "}"); break;
    case AST_BIN: ast_dump_seq(out, n, "<<", ">>"); break;
    case AST_PAIR: ast_dump_form(out, "=>", n, 0, 0); break;
    case AST_STRUCT: ast_dump_struct(out, n); break;
    case AST_OP:
        fputc('(', out);
        ast_dump_str(out, n);
        ast_dump_kids(out, n, 0);
        fputc(')', out);
        break;
    case AST_UNOP: ast_dump_form(out, "unary", n, 1, 0); break;
    case AST_PIN: ast_dump_form(out, "^", n, 0, 0); break;
    case AST_CAPTURE: ast_dump_form(out, "&", n, 0, 0); break;
    case AST_CALL: ast_dump_call(out, n); break;
    case AST_REMOTE:
        ast_dump_remote(out, n, (n->flags & AST_F_NOPARENS) ? "remote-np" : "remote");
        break;
    case AST_DOT: ast_dump_remote(out, n, "dot"); break;
    case AST_DOTCALL: ast_dump_form(out, "dotcall", n, 0, 0); break;
    case AST_ACCESS: ast_dump_form(out, "access", n, 0, 0); break;
    case AST_FN: ast_dump_form(out, "fn", n, 0, 0); break;
    case AST_ARROW: ast_dump_form(out, "->", n, 0, 0); break;
    case AST_ARGS: ast_dump_form(out, "args", n, 0, 0); break;
    case AST_BLOCK: ast_dump_form(out, "block", n, 0, 0); break;
    case AST_CLAUSES: ast_dump_form(out, "clauses", n, 0, 0); break;
    case AST_ATTR: ast_dump_form(out, "@", n, 1, 0); break;
    default: ast_dump_leaf(out, n); break;
    }
}
