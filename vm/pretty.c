/*
 * pretty.c — inspect with options (see pretty.h), laid out by Elixir 1.14's
 * Inspect.Algebra.
 *
 * Two passes, as in Elixir.  The first turns the term into a document: a
 * tree of text, concatenation, nesting, breaks and groups, built exactly as
 * the Inspect implementations build it (Inspect.List, Inspect.Map,
 * Inspect.Tuple, Inspect.Any for structs, Inspect.Range, Inspect.BitString
 * and Inspect.Algebra.container_doc/6).  The second lays the document out
 * to `width` columns with Inspect.Algebra.format/2 and its fits?/4 test.
 *
 * Neither pass recurses in C: a term nested a million deep becomes a
 * document a million deep, and both walks keep their own heap-allocated
 * stacks.  Documents live in one array and are named by index; their text
 * lives in one byte arena.  Everything belongs to a pretty_ctx on the C
 * stack of pretty_inspect, so nothing is shared between calls or VMs.
 *
 * The walk only reads terms and never allocates on a process heap, so the
 * collector cannot move them while it runs.
 *
 * Widths are byte counts: Elixir measures its binaries with byte_size/1.
 */
#include "pretty.h"

#include <stdlib.h>
#include <string.h>

#include "atom.h"
#include "bif.h"
#include "map.h"
#include "module.h"
#include "print.h"

void pretty_opts_default(pretty_opts *o) {
    o->pretty = false;
    o->width = 80;
    o->limit = FMT_INSPECT_LIMIT;
    o->printable_limit = FMT_PRINTABLE_LIMIT;
    o->charlists = PRETTY_INFER;
    o->binaries = PRETTY_BIN_INFER;
}

static bool pretty_is(bl_vm *vm, bl_term atom, const char *name) {
    return is_atom(atom) && strcmp(atom_name(&vm->atoms, atom), name) == 0;
}

static bool pretty_limit(bl_vm *vm, bl_term v, size_t *out) {
    if (pretty_is(vm, v, "infinity")) *out = FMT_NO_LIMIT;
    else if (is_small(v) && small_val(v) >= 0) *out = (size_t)small_val(v);
    else return false;
    return true;
}

/* Wider than any line a layout can usefully produce; larger widths (and
 * :infinity) are clamped to it. */
#define PRETTY_MAX_WIDTH 100000

bool pretty_opts_parse(bl_vm *vm, bl_term keywords, pretty_opts *o) {
    for (bl_term l = keywords; is_list(l); l = list_tail(l)) {
        bl_term kv = list_head(l);
        if (!is_tuple(kv) || tuple_arity(kv) != 2 || !is_atom(tuple_elems(kv)[0])) return false;
        bl_term k = tuple_elems(kv)[0], v = tuple_elems(kv)[1];
        if (pretty_is(vm, k, "pretty")) o->pretty = v == A_TRUE;
        else if (pretty_is(vm, k, "width")) {
            size_t w;
            if (!pretty_limit(vm, v, &w)) return false;
            o->width = w > PRETTY_MAX_WIDTH ? PRETTY_MAX_WIDTH : (int)w;
        } else if (pretty_is(vm, k, "limit")) {
            if (!pretty_limit(vm, v, &o->limit)) return false;
        } else if (pretty_is(vm, k, "printable_limit")) {
            if (!pretty_limit(vm, v, &o->printable_limit)) return false;
        } else if (pretty_is(vm, k, "charlists")) {
            o->charlists = pretty_is(vm, v, "as_lists")        ? PRETTY_AS_LISTS
                           : pretty_is(vm, v, "as_charlists") ? PRETTY_AS_CHARLISTS
                                                              : PRETTY_INFER;
        } else if (pretty_is(vm, k, "binaries")) {
            o->binaries = pretty_is(vm, v, "as_binaries")  ? PRETTY_AS_BINARIES
                          : pretty_is(vm, v, "as_strings") ? PRETTY_AS_STRINGS
                                                           : PRETTY_BIN_INFER;
        }
        /* other Inspect.Opts keys (syntax_colors, structs, ...) are accepted */
    }
    return true;
}

/* ---- documents ---------------------------------------------------------- */

typedef enum {
    DOC_NIL,   /* :doc_nil */
    DOC_TEXT,  /* a binary: a = offset in the text arena, b = byte length */
    DOC_CONS,  /* {:doc_cons, a, b} */
    DOC_NEST,  /* {:doc_nest, a, b, :always}: b more columns after newlines */
    DOC_BREAK, /* {:doc_break, s, mode}: a = length of s (s is "" or " "), b = flex? */
    DOC_GROUP  /* {:doc_group, a, :self} */
} pretty_doc_kind;

typedef struct {
    uint8_t kind;
    /* simple?/1 of container_doc: made of text alone, so that a collection
     * of such docs fills lines with flex breaks. */
    bool simple;
    uint32_t a, b;
} pretty_doc;

typedef uint32_t pretty_id;
/* Document and text indices are 32-bit to keep documents small; a term
 * needing more than this fails (the buffer's `failed` flag) rather than
 * wrapping around. */
#define PRETTY_MAX_ID UINT32_MAX

/* container_doc's break: option. */
typedef enum { BREAK_MAYBE, BREAK_STRICT, BREAK_FLEX } pretty_break;

typedef enum {
    FR_LIST,    /* Inspect.List through container_doc */
    FR_TUPLE,   /* Inspect.Tuple */
    FR_MAP,     /* Inspect.Map */
    FR_STRUCT,  /* Inspect.Any: the fields in definition order */
    FR_KEYWORD, /* Inspect.List.keyword/2: `key: value` */
    FR_ASSOC,   /* Inspect.Map's to_assoc/3: `key => value` */
    FR_RANGE    /* Inspect.Range: first..last//step */
} pretty_frame_kind;

/* One term whose document waits for its parts.  The parts' documents are
 * pushed on ctx->kids above `base` as they are finished. */
typedef struct {
    uint8_t kind;      /* pretty_frame_kind */
    uint8_t brk;       /* pretty_break of a container */
    bool keywords;     /* elements are printed as `key: value` */
    bool improper;     /* the list ended as [left | right] */
    bool done;         /* the limit ran out: "..." is the last part */
    uint8_t phase;     /* how far a fixed-shape frame has got */
    size_t limit;      /* container_each's counter, or the limit for parts */
    size_t base;       /* this frame's first part on ctx->kids */
    size_t index;      /* next element of a tuple, map or struct */
    size_t pairs;      /* a map's first key on ctx->pairs */
    bl_term term;      /* the list cell still to walk, or the container */
    bl_term extra;     /* improper tail; keyword key; assoc/range parts */
    bl_term extra2;
    const bl_module *sm; /* a struct's module */
    pretty_id open;    /* the opening text: "[", "{", "%{", "%Mod{" */
    pretty_id close;
} pretty_frame;

/* An entry of format/3's stack: {indent, mode, doc}. */
typedef struct {
    pretty_id doc;
    uint32_t indent;
    bool brk; /* :break mode; otherwise :flat */
} pretty_entry;

/* An entry of fits?/4's own stack: a doc in a mode, or the {:tail, b?, t}
 * marker that restores b? after a group. */
typedef struct {
    pretty_id doc;
    bool brk;
    bool tail;
    bool saved_b;
} pretty_fit_entry;

#define PRETTY_VEC(type) \
    struct {             \
        type *v;         \
        size_t n, cap;   \
    }

typedef struct {
    bl_vm *vm;
    const pretty_opts *o;
    bool failed;
    PRETTY_VEC(pretty_doc) docs;
    fmt_buf text;
    PRETTY_VEC(pretty_id) kids;
    PRETTY_VEC(pretty_frame) frames;
    PRETTY_VEC(pretty_entry) stack;
    PRETTY_VEC(pretty_fit_entry) fit;
    /* The pairs of the maps being laid out, each map's in :maps.to_list/1
     * order (a trie cannot be indexed). */
    PRETTY_VEC(bl_term) pairs;
    /* Texts every layout uses, made once. */
    pretty_id t_lbracket, t_rbracket, t_lbrace, t_rbrace, t_map_open, t_comma, t_arrow,
        t_dots, t_space, t_pipe, t_lchevron, t_rchevron, t_range, t_step, t_empty_list;
    pretty_id strict_empty, strict_space, flex_space; /* break(""), break(" "), flex_break(" ") */
    bl_term a_range, a_first, a_last, a_step;
} pretty_ctx;

/* A PRETTY_VEC's array with room for twice as many elements; on failure
 * the old array (still owned by the vector) and ctx->failed. */
static void *pretty_grow(pretty_ctx *c, void *v, size_t *cap, size_t elem) {
    size_t ncap = *cap ? *cap * 2 : 64;
    void *nv = ncap > SIZE_MAX / elem ? NULL : realloc(v, ncap * elem);
    if (!nv) {
        c->failed = true;
        return v;
    }
    *cap = ncap;
    return nv;
}

/* Appends `value`; false when memory runs out. */
#define PRETTY_PUSH(c, vec, value)                                                              \
    (((vec).n < (vec).cap || ((vec).v = pretty_grow((c), (vec).v, &(vec).cap, sizeof *(vec).v), \
                              (vec).n < (vec).cap)) &&                                          \
     ((vec).v[(vec).n++] = (value), true))

static pretty_id pretty_doc_new(pretty_ctx *c, uint8_t kind, bool simple, uint32_t a, uint32_t b) {
    if (c->failed || c->docs.n >= PRETTY_MAX_ID) {
        c->failed = true;
        return 0;
    }
    pretty_doc d = {kind, simple, a, b};
    if (!PRETTY_PUSH(c, c->docs, d)) return 0;
    return (pretty_id)(c->docs.n - 1);
}

/* Turns the arena bytes written since `mark` into a text document. */
static pretty_id pretty_text_since(pretty_ctx *c, size_t mark) {
    if (c->text.failed || c->text.len > PRETTY_MAX_ID) c->failed = true;
    if (c->failed) return 0;
    return pretty_doc_new(c, DOC_TEXT, true, (uint32_t)mark, (uint32_t)(c->text.len - mark));
}

static pretty_id pretty_text(pretty_ctx *c, const char *s) {
    size_t mark = c->text.len;
    fmt_buf_puts(&c->text, s);
    return pretty_text_since(c, mark);
}

static pretty_id pretty_cons(pretty_ctx *c, pretty_id x, pretty_id y) {
    if (c->failed) return 0;
    return pretty_doc_new(c, DOC_CONS, c->docs.v[x].simple && c->docs.v[y].simple, x, y);
}

static pretty_id pretty_nest(pretty_ctx *c, pretty_id x, uint32_t indent) {
    return pretty_doc_new(c, DOC_NEST, false, x, indent);
}

static pretty_id pretty_group(pretty_ctx *c, pretty_id x) {
    return pretty_doc_new(c, DOC_GROUP, false, x, 0);
}

static bool pretty_ctx_init(pretty_ctx *c, bl_vm *vm, const pretty_opts *o) {
    memset(c, 0, sizeof *c);
    c->vm = vm;
    c->o = o;
    fmt_buf_init(&c->text);
    pretty_doc_new(c, DOC_NIL, true, 0, 0); /* id 0: :doc_nil */
    c->t_lbracket = pretty_text(c, "[");
    c->t_rbracket = pretty_text(c, "]");
    c->t_lbrace = pretty_text(c, "{");
    c->t_rbrace = pretty_text(c, "}");
    c->t_map_open = pretty_text(c, "%{");
    c->t_comma = pretty_text(c, ",");
    c->t_arrow = pretty_text(c, " => ");
    c->t_dots = pretty_text(c, "...");
    c->t_space = pretty_text(c, " ");
    c->t_pipe = pretty_text(c, " |");
    c->t_lchevron = pretty_text(c, "<<");
    c->t_rchevron = pretty_text(c, ">>");
    c->t_range = pretty_text(c, "..");
    c->t_step = pretty_text(c, "//");
    c->t_empty_list = pretty_text(c, "[]");
    c->strict_empty = pretty_doc_new(c, DOC_BREAK, false, 0, 0);
    c->strict_space = pretty_doc_new(c, DOC_BREAK, false, 1, 0);
    c->flex_space = pretty_doc_new(c, DOC_BREAK, false, 1, 1);
    c->a_range = atom_lookup(&vm->atoms, "Elixir.Range", 12);
    c->a_first = atom_lookup(&vm->atoms, "first", 5);
    c->a_last = atom_lookup(&vm->atoms, "last", 4);
    c->a_step = atom_lookup(&vm->atoms, "step", 4);
    return !c->failed;
}

static void pretty_ctx_free(pretty_ctx *c) {
    free(c->docs.v);
    free(c->kids.v);
    free(c->frames.v);
    free(c->stack.v);
    free(c->fit.v);
    free(c->pairs.v);
    fmt_buf_free(&c->text);
}

/* ---- terms to documents ------------------------------------------------- */

static size_t pretty_decrement(size_t limit) { return limit == FMT_NO_LIMIT ? limit : limit - 1; }

static void pretty_emit(pretty_ctx *c, pretty_id d) { PRETTY_PUSH(c, c->kids, d); }

static void pretty_emit_atom(pretty_ctx *c, bl_term a) {
    size_t mark = c->text.len;
    fmt_inspect_atom(&c->text, atom_name(&c->vm->atoms, a), atom_len(&c->vm->atoms, a));
    pretty_emit(c, pretty_text_since(c, mark));
}

static pretty_id pretty_keyword_key(pretty_ctx *c, bl_term a) {
    size_t mark = c->text.len;
    fmt_inspect_keyword_key(&c->text, atom_name(&c->vm->atoms, a), atom_len(&c->vm->atoms, a));
    return pretty_text_since(c, mark);
}

static bool pretty_is_keyword_key(pretty_ctx *c, bl_term k) {
    return is_atom(k) && fmt_atom_is_keyword_key(atom_name(&c->vm->atoms, k), atom_len(&c->vm->atoms, k));
}

/* Inspect.List.keyword?/1. */
static bool pretty_list_is_keywords(pretty_ctx *c, bl_term t) {
    for (; is_list(t); t = list_tail(t)) {
        bl_term h = list_head(t);
        if (!is_tuple(h) || tuple_arity(h) != 2 || !pretty_is_keyword_key(c, tuple_elems(h)[0])) return false;
    }
    return t == NIL;
}

/* List.ascii_printable?(list, printable_limit): only the first
 * printable_limit elements are looked at. */
static bool pretty_list_is_printable(bl_term t, size_t limit) {
    for (; limit > 0; limit = pretty_decrement(limit), t = list_tail(t)) {
        if (t == NIL) return true;
        if (!is_list(t)) return false;
        bl_term h = list_head(t);
        if (!is_small(h)) return false;
        bl_sword ch = small_val(h);
        if (!((ch >= 32 && ch <= 126) || (ch >= 7 && ch <= 13) || ch == 27)) return false;
    }
    return true;
}

/* A list printed as 'abc': Elixir escapes IO.chardata_to_string(list).
 * Returns false, emitting nothing, for a list that is not a proper list of
 * code points (Elixir would raise; beamlet prints it as a list). */
static bool pretty_emit_charlist(pretty_ctx *c, bl_term t) {
    size_t n = 0;
    for (bl_term l = t; is_list(l); l = list_tail(l), n++) {
        bl_term h = list_head(l);
        if (!is_small(h) || small_val(h) < 0 || small_val(h) > 0x10FFFF) return false;
        if (list_tail(l) != NIL && !is_list(list_tail(l))) return false;
    }
    /* fmt_inspect_charlist reads no more than printable_limit + 1 code points. */
    size_t pl = c->o->printable_limit;
    size_t take = pl < n ? pl + 1 : n;
    uint32_t *cps = malloc((take ? take : 1) * sizeof *cps);
    if (!cps) {
        c->failed = true;
        return true;
    }
    size_t i = 0;
    for (bl_term l = t; i < take; l = list_tail(l)) cps[i++] = (uint32_t)small_val(list_head(l));
    size_t mark = c->text.len;
    fmt_inspect_charlist(&c->text, cps, n, pl);
    free(cps);
    pretty_emit(c, pretty_text_since(c, mark));
    return true;
}

/* Inspect.BitString's inspect_bitstring/2 for whole bytes:
 * group(concat(concat("<<", nest(each_bit(bytes, limit), 2)), ">>")), where
 * each_bit/3 joins "byte," parts with flex breaks and stops with "..." once
 * `limit` bytes are shown. */
static pretty_id pretty_bytes_doc(pretty_ctx *c, const unsigned char *s, size_t n, size_t limit) {
    size_t shown = limit < n ? limit : n;
    pretty_id acc = c->t_dots;
    if (limit >= n) {
        size_t mark = c->text.len;
        fmt_buf_printf(&c->text, "%u", (unsigned)s[n - 1]);
        acc = pretty_text_since(c, mark);
        shown = n - 1;
    }
    for (size_t i = shown; i-- > 0 && !c->failed;) {
        size_t mark = c->text.len;
        fmt_buf_printf(&c->text, "%u,", (unsigned)s[i]);
        pretty_id head = pretty_text_since(c, mark);
        acc = pretty_cons(c, head, pretty_cons(c, c->flex_space, acc));
    }
    pretty_id inner = pretty_cons(c, c->t_lchevron, pretty_nest(c, acc, 2));
    return pretty_group(c, pretty_cons(c, inner, c->t_rchevron));
}

static void pretty_emit_binary(pretty_ctx *c, bl_term t, size_t limit) {
    const unsigned char *s = binary_bytes(t);
    size_t n = binary_size(t);
    bool as_string = c->o->binaries == PRETTY_AS_STRINGS ||
                     (c->o->binaries == PRETTY_BIN_INFER && fmt_binary_is_printable(s, n, c->o->printable_limit));
    if (as_string) {
        size_t mark = c->text.len;
        fmt_inspect_string(&c->text, s, n, c->o->printable_limit);
        pretty_emit(c, pretty_text_since(c, mark));
    } else if (n == 0) {
        pretty_emit(c, pretty_text(c, "<<>>"));
    } else {
        pretty_emit(c, pretty_bytes_doc(c, s, n, limit));
    }
}

static void pretty_push_frame(pretty_ctx *c, pretty_frame f) {
    f.base = c->kids.n;
    PRETTY_PUSH(c, c->frames, f);
}

/* Whether a map is a struct that Inspect.Any prints as %Mod{...}: its
 * module is loaded, defines a struct, and the map has exactly the struct's
 * keys (otherwise Elixir falls back to Inspect.Map). */
static const bl_module *pretty_struct_module(pretty_ctx *c, bl_term m, bl_term mod) {
    const bl_module *sm = vm_module_find(c->vm, mod);
    if (!sm || !sm->is_struct) return NULL;
    size_t want = (size_t)sm->nstruct_fields + 1;
    if (map_get(c->vm, m, ATOM_TERM(__exception__)) != THE_NON_VALUE) want++;
    if (map_size(m) != want) return NULL;
    for (uint32_t i = 0; i < sm->nstruct_fields; i++)
        if (map_get(c->vm, m, sm->struct_fields[i]) == THE_NON_VALUE) return NULL;
    return sm;
}

static void pretty_visit_map(pretty_ctx *c, bl_term m, size_t limit) {
    bl_term mod = map_get(c->vm, m, ATOM_TERM(__struct__));
    pretty_frame f = {0};
    f.term = m;
    f.limit = limit;
    f.brk = BREAK_STRICT;
    f.close = c->t_rbrace;
    if (mod != THE_NON_VALUE && is_atom(mod)) {
        if (mod == c->a_range) {
            bl_term first = map_get(c->vm, m, c->a_first), last = map_get(c->vm, m, c->a_last);
            if (first != THE_NON_VALUE && last != THE_NON_VALUE) {
                /* Inspect.Range: a missing step is 1 or -1, as for old ranges. */
                bl_term step = map_get(c->vm, m, c->a_step);
                if (step == THE_NON_VALUE)
                    step = make_small(term_compare(c->vm, first, last) <= 0 ? 1 : -1);
                bool show_step = !(step == make_small(1) && term_compare(c->vm, last, first) >= 0);
                f.kind = FR_RANGE;
                f.term = first;
                f.extra = last;
                f.extra2 = show_step ? step : THE_NON_VALUE;
                return pretty_push_frame(c, f);
            }
        }
        const bl_module *sm = pretty_struct_module(c, m, mod);
        if (sm) {
            size_t mark = c->text.len;
            fmt_buf_putc(&c->text, '%');
            print_module_name(c->vm, &c->text, mod);
            fmt_buf_putc(&c->text, '{');
            f.open = pretty_text_since(c, mark);
            if (sm->nstruct_fields == 0) return pretty_emit(c, pretty_cons(c, f.open, f.close));
            f.kind = FR_STRUCT;
            f.sm = sm;
            return pretty_push_frame(c, f);
        }
    }
    if (map_size(m) == 0) return pretty_emit(c, pretty_cons(c, c->t_map_open, c->t_rbrace));
    f.kind = FR_MAP;
    f.open = c->t_map_open;
    f.keywords = true;
    f.pairs = c->pairs.n;
    map_iter it;
    bl_term k, v;
    map_iter_init(&it, m, MAP_ORDER_LIST);
    while (map_iter_next(&it, &k, &v)) {
        f.keywords = f.keywords && pretty_is_keyword_key(c, k);
        if (!PRETTY_PUSH(c, c->pairs, k) || !PRETTY_PUSH(c, c->pairs, v)) return;
    }
    pretty_push_frame(c, f);
}

/* Inspect.Algebra.to_doc/2: leaves become text at once, containers become
 * frames whose parts are visited next. */
static void pretty_visit(pretty_ctx *c, bl_term t, size_t limit) {
    if (c->failed) return;
    if (is_small(t)) {
        size_t mark = c->text.len;
        fmt_int(&c->text, small_val(t), 10);
        return pretty_emit(c, pretty_text_since(c, mark));
    }
    if (is_atom(t)) return pretty_emit_atom(c, t);
    if (t == NIL) return pretty_emit(c, c->t_empty_list);
    if (is_list(t)) {
        pretty_charlists cl = c->o->charlists;
        if ((cl == PRETTY_AS_CHARLISTS || (cl == PRETTY_INFER && pretty_list_is_printable(t, c->o->printable_limit))) &&
            pretty_emit_charlist(c, t))
            return;
        pretty_frame f = {0};
        f.kind = FR_LIST;
        f.keywords = pretty_list_is_keywords(c, t);
        f.brk = f.keywords ? BREAK_STRICT : BREAK_MAYBE;
        f.term = t;
        f.limit = limit;
        f.open = c->t_lbracket;
        f.close = c->t_rbracket;
        return pretty_push_frame(c, f);
    }
    if (is_tuple(t)) {
        if (tuple_arity(t) == 0) return pretty_emit(c, pretty_cons(c, c->t_lbrace, c->t_rbrace));
        pretty_frame f = {0};
        f.kind = FR_TUPLE;
        f.brk = BREAK_FLEX;
        f.term = t;
        f.limit = limit;
        f.open = c->t_lbrace;
        f.close = c->t_rbrace;
        return pretty_push_frame(c, f);
    }
    if (is_map(t)) return pretty_visit_map(c, t, limit);
    if (is_binary(t)) return pretty_emit_binary(c, t, limit);
    size_t mark = c->text.len;
    print_inspect(c->vm, &c->text, t); /* numbers, pids, references, funs */
    pretty_emit(c, pretty_text_since(c, mark));
}

/* join/4 of Inspect.Algebra: concat(left, sep) then a flex or strict " "
 * break. */
static pretty_id pretty_join(pretty_ctx *c, pretty_id left, pretty_id right, bool flex, pretty_id sep) {
    pretty_id br = flex ? c->flex_space : c->strict_space;
    return pretty_cons(c, pretty_cons(c, left, sep), pretty_cons(c, br, right));
}

/* The end of container_doc/6, with the frame's parts on ctx->kids. */
static pretty_id pretty_container(pretty_ctx *c, const pretty_frame *f) {
    pretty_id *docs = c->kids.v + f->base;
    size_t n = c->kids.n - f->base;
    bool simple = f->brk == BREAK_MAYBE;
    for (size_t i = 0; i < n && simple; i++) simple = c->docs.v[docs[i]].simple;
    if (f->improper) { /* the last two parts are [left | right] */
        docs[n - 2] = pretty_join(c, docs[n - 2], docs[n - 1], simple, c->t_pipe);
        n--;
    }
    bool flex = simple || f->brk == BREAK_FLEX;
    pretty_id acc = docs[n - 1];
    for (size_t i = n - 1; i-- > 0;) acc = pretty_join(c, docs[i], acc, flex, c->t_comma);
    if (flex) return pretty_group(c, pretty_cons(c, pretty_cons(c, f->open, pretty_nest(c, acc, 1)), f->close));
    pretty_id inner = pretty_nest(c, pretty_cons(c, f->open, pretty_cons(c, c->strict_empty, acc)), 2);
    return pretty_group(c, pretty_cons(c, inner, pretty_cons(c, c->strict_empty, f->close)));
}

/* The document of a finished frame. */
static pretty_id pretty_finish(pretty_ctx *c, const pretty_frame *f) {
    pretty_id *docs = c->kids.v + f->base;
    switch (f->kind) {
    case FR_KEYWORD: return pretty_cons(c, pretty_keyword_key(c, f->extra), pretty_cons(c, c->t_space, docs[0]));
    case FR_ASSOC: return pretty_cons(c, pretty_cons(c, docs[0], c->t_arrow), docs[1]);
    case FR_RANGE: {
        pretty_id tail = docs[1];
        if (f->extra2 != THE_NON_VALUE) tail = pretty_cons(c, docs[1], pretty_cons(c, c->t_step, docs[2]));
        return pretty_cons(c, docs[0], pretty_cons(c, c->t_range, tail));
    }
    default: return pretty_container(c, f);
    }
}

/* Starts a `key: value` part whose value is visited next. */
static void pretty_visit_keyword(pretty_ctx *c, bl_term key, bl_term value, size_t limit) {
    pretty_frame f = {0};
    f.kind = FR_KEYWORD;
    f.extra = key;
    f.term = value;
    f.limit = limit;
    pretty_push_frame(c, f);
}

/* One step of container_each/6 for the frame on top: visits its next
 * element, or returns false when every element has been visited.  The
 * element gets the decremented limit, as Elixir passes %{opts | limit:}. */
static bool pretty_step_container(pretty_ctx *c, size_t fi) {
    pretty_frame *f = &c->frames.v[fi];
    if (f->kind == FR_LIST && f->improper) {
        if (f->phase == 1) return false;
        f->phase = 1;
        pretty_visit(c, f->extra, f->limit);
        return true;
    }
    bool more;
    if (f->done) return false;
    switch (f->kind) {
    case FR_LIST: more = f->term != NIL; break;
    case FR_TUPLE: more = f->index < tuple_arity(f->term); break;
    case FR_MAP: more = f->index < map_size(f->term); break;
    default: more = f->index < f->sm->nstruct_fields; break;
    }
    if (!more) return false;
    if (f->limit == 0) {
        f->done = true;
        pretty_emit(c, c->t_dots);
        return true;
    }
    size_t limit = f->limit = pretty_decrement(f->limit);
    size_t i = f->index++;
    bl_term t = f->term, key;
    switch (f->kind) {
    case FR_LIST: {
        bl_term head = list_head(t), tail = list_tail(t);
        if (tail != NIL && !is_list(tail)) {
            f->improper = true;
            f->extra = tail;
        } else {
            f->term = tail;
        }
        if (f->keywords) pretty_visit_keyword(c, tuple_elems(head)[0], tuple_elems(head)[1], limit);
        else pretty_visit(c, head, limit);
        return true;
    }
    case FR_TUPLE: pretty_visit(c, tuple_elems(t)[i], limit); return true;
    case FR_MAP:
        key = c->pairs.v[f->pairs + 2 * i];
        if (f->keywords) {
            pretty_visit_keyword(c, key, c->pairs.v[f->pairs + 2 * i + 1], limit);
        } else {
            pretty_frame a = {0};
            a.kind = FR_ASSOC;
            a.term = key;
            a.extra = c->pairs.v[f->pairs + 2 * i + 1];
            a.limit = limit;
            pretty_push_frame(c, a);
        }
        return true;
    default:
        key = f->sm->struct_fields[i];
        pretty_visit_keyword(c, key, map_get(c->vm, t, key), limit);
        return true;
    }
}

/* One step of a fixed-shape frame: the parts in order, all with the same
 * limit. */
static bool pretty_step_parts(pretty_ctx *c, size_t fi) {
    pretty_frame *f = &c->frames.v[fi];
    const bl_term parts[3] = {f->term, f->extra, f->extra2};
    size_t nparts = f->kind == FR_KEYWORD ? 1 : f->kind == FR_ASSOC ? 2 : f->extra2 != THE_NON_VALUE ? 3 : 2;
    if (f->phase >= nparts) return false;
    bl_term part = parts[f->phase++];
    pretty_visit(c, part, f->limit);
    return true;
}

static pretty_id pretty_to_doc(pretty_ctx *c, bl_term t) {
    size_t base = c->kids.n;
    pretty_visit(c, t, c->o->limit);
    while (c->frames.n > 0 && !c->failed) {
        size_t fi = c->frames.n - 1;
        uint8_t kind = c->frames.v[fi].kind;
        bool stepped = kind == FR_KEYWORD || kind == FR_ASSOC || kind == FR_RANGE ? pretty_step_parts(c, fi)
                                                                                 : pretty_step_container(c, fi);
        if (stepped) continue;
        pretty_frame f = c->frames.v[fi];
        pretty_id d = pretty_finish(c, &f);
        c->frames.n--;
        c->kids.n = f.base;
        pretty_emit(c, d);
    }
    if (c->failed || c->kids.n != base + 1) return 0;
    return c->kids.v[--c->kids.n];
}

/* ---- layout: Inspect.Algebra.format/2 ----------------------------------- */

/* fits?/4: whether what follows fits in `w` columns from column `k`.  The
 * docs to look at are ctx->fit (seeded by the caller), then the format
 * stack's entries below `below` (the rest `t` of format/3).  Running past
 * the width only counts once a break has been seen (b?): a long text with
 * no break in it cannot be helped by breaking. */
static bool pretty_fits(pretty_ctx *c, size_t w, size_t k, bool b, size_t below) {
    for (;;) {
        if (k > w && b) return false;
        pretty_fit_entry e;
        if (c->fit.n > 0) {
            e = c->fit.v[--c->fit.n];
            if (e.tail) {
                b = e.saved_b;
                continue;
            }
        } else if (below > 0) {
            pretty_entry s = c->stack.v[--below];
            e = (pretty_fit_entry){s.doc, s.brk, false, false};
        } else {
            return true;
        }
        const pretty_doc *d = &c->docs.v[e.doc];
        switch (d->kind) {
        case DOC_NIL: break;
        case DOC_TEXT: k += d->b; break;
        case DOC_BREAK:
            if (e.brk) {
                c->fit.n = 0;
                return true;
            }
            k += d->a;
            b = true;
            break;
        case DOC_NEST: PRETTY_PUSH(c, c->fit, ((pretty_fit_entry){d->a, e.brk, false, false})); break;
        case DOC_CONS:
            PRETTY_PUSH(c, c->fit, ((pretty_fit_entry){d->b, e.brk, false, false}));
            PRETTY_PUSH(c, c->fit, ((pretty_fit_entry){d->a, e.brk, false, false}));
            break;
        case DOC_GROUP:
            /* A group not yet laid out is tried flat; b? comes back after it. */
            PRETTY_PUSH(c, c->fit, ((pretty_fit_entry){0, false, true, b}));
            PRETTY_PUSH(c, c->fit, ((pretty_fit_entry){d->a, false, false, false}));
            break;
        }
        if (c->failed) return true;
    }
}

static bool pretty_fits_from(pretty_ctx *c, size_t w, size_t k, bool b, size_t below) {
    bool r = pretty_fits(c, w, k, b, below);
    c->fit.n = 0;
    return r;
}

static void pretty_newline(fmt_buf *out, uint32_t indent) {
    fmt_buf_putc(out, '\n');
    if (!fmt_buf_reserve(out, indent)) return;
    memset(out->data + out->len, ' ', indent);
    out->len += indent;
    out->data[out->len] = '\0';
}

/* A layout longer than this fails (system_limit) instead of exhausting
 * memory: pretty-printing a term nested n deep writes O(n^2) indentation. */
#define PRETTY_MAX_OUTPUT ((size_t)1 << 30)

/* format/3 with `w` columns (SIZE_MAX for :infinity). */
static void pretty_format(pretty_ctx *c, fmt_buf *out, pretty_id root, size_t w) {
    bool infinite = w == SIZE_MAX;
    size_t k = 0;
    PRETTY_PUSH(c, c->stack, ((pretty_entry){root, 0, false}));
    while (c->stack.n > 0 && !c->failed && !out->failed) {
        if (out->len > PRETTY_MAX_OUTPUT) {
            out->failed = true;
            break;
        }
        pretty_entry e = c->stack.v[--c->stack.n];
        const pretty_doc *d = &c->docs.v[e.doc];
        switch (d->kind) {
        case DOC_NIL: break;
        case DOC_TEXT:
            fmt_buf_write(out, c->text.data + d->a, d->b);
            k += d->b;
            break;
        case DOC_CONS:
            PRETTY_PUSH(c, c->stack, ((pretty_entry){d->b, e.indent, e.brk}));
            PRETTY_PUSH(c, c->stack, ((pretty_entry){d->a, e.indent, e.brk}));
            break;
        case DOC_NEST: PRETTY_PUSH(c, c->stack, ((pretty_entry){d->a, e.indent + d->b, e.brk})); break;
        case DOC_BREAK: {
            bool flat;
            if (d->b) /* flex: breaks only when what follows up to the next break does not fit */
                flat = infinite || !e.brk || pretty_fits_from(c, w, k + d->a, true, c->stack.n);
            else
                flat = !e.brk;
            if (flat) {
                fmt_buf_write(out, " ", d->a);
                k += d->a;
            } else {
                pretty_newline(out, e.indent);
                k = e.indent;
            }
            break;
        }
        case DOC_GROUP: {
            bool flat = infinite;
            if (!flat) {
                PRETTY_PUSH(c, c->fit, ((pretty_fit_entry){d->a, false, false, false}));
                flat = pretty_fits_from(c, w, k, false, 0);
            }
            PRETTY_PUSH(c, c->stack, ((pretty_entry){d->a, e.indent, !flat}));
            break;
        }
        }
    }
    if (c->failed) out->failed = true;
}

void pretty_inspect(bl_vm *vm, fmt_buf *b, bl_term t, const pretty_opts *o) {
    pretty_ctx c;
    if (pretty_ctx_init(&c, vm, o)) {
        /* Kernel.inspect/2 and IO.inspect/2 both lay out group(to_doc(term)). */
        pretty_id doc = pretty_group(&c, pretty_to_doc(&c, t));
        size_t w = o->pretty ? (size_t)(o->width < 0 ? 0 : o->width) : SIZE_MAX;
        if (!c.failed) pretty_format(&c, b, doc, w);
    }
    if (c.failed) b->failed = true;
    pretty_ctx_free(&c);
}
