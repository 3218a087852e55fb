/*
 * bif_ffi.c — the FFI's built-ins (see bif_ffi.h and docs/FFI.md).
 *
 * Terms and C values never mix.  Before a call the arguments are converted
 * into a frame of plain C values (strings copied, NUL-terminated), reading
 * the BIF's arguments and allocating nothing on the heap; after the call
 * the result is converted back, and only then is the heap touched.  So
 * the collector may run at any allocation, and a frame holds no pointer
 * into a heap: it can travel to a dirty thread (dirty.h), whose reply
 * comes back as the message {ref, :ok, value} or {ref, :error, reason},
 * which stdlib/ffi.ex receives.
 *
 * The VM owns what the FFI opens (struct bl_foreign): the libraries, and
 * the functions prepared by FFI.function (a libffi call interface each).
 * Their terms are indexes into those tables, which stdlib/ffi.ex wraps in
 * structs.  Nothing is closed or freed before the VM is: a prepared
 * function stays valid as long as any process may hold it.  Preparing the
 * same function twice, or opening the same library twice, gives back the
 * first one, so a loop that does either does not grow the tables.
 *
 * Memory behind pointers (FFI.alloc, or returned by C) is the program's to
 * manage, as in C; the VM does not track it.
 */
#include "bif_ffi.h"

#include <dlfcn.h>
#include <ffi.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "binary.h"
#include "dirty.h"
#include "gc.h"
#include "integer.h"
#include "map.h"
#include "print.h"
#include "sched.h"

#define FOREIGN_MAX_ARGS 32             /* arguments of one function: more is an ArgumentError */
#define FOREIGN_MAX_LIBRARIES 4096      /* distinct open libraries: more is system_limit */
#define FOREIGN_MAX_FUNCTIONS 65536     /* distinct prepared functions: more is system_limit */
#define FOREIGN_MAX_NAME 4096           /* bytes of a path or symbol name: more is an ArgumentError */
#define FOREIGN_CALL_REDUCTIONS 10      /* what a call costs the caller, plus copying */
#define FOREIGN_BYTES_PER_REDUCTION 64  /* copying strings and buffers */
#define FOREIGN_DISABLED_MESSAGE "FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)"

/* --- types --- */

typedef enum { CLASS_VOID, CLASS_BOOL, CLASS_INT, CLASS_FLOAT, CLASS_POINTER, CLASS_STRING } foreign_class;

#if SIZE_MAX == UINT64_MAX
#define FOREIGN_SIZE_T ffi_type_uint64
#define FOREIGN_SSIZE_T ffi_type_sint64
#else
#define FOREIGN_SIZE_T ffi_type_uint32
#define FOREIGN_SSIZE_T ffi_type_sint32
#endif

/* T(atom, libffi type, class, signed) — every type the language can name. */
#define FOREIGN_TYPE_LIST(T)                          \
    T(void, ffi_type_void, CLASS_VOID, false)         \
    T(bool, ffi_type_uint8, CLASS_BOOL, false)        \
    T(int8, ffi_type_sint8, CLASS_INT, true)          \
    T(uint8, ffi_type_uint8, CLASS_INT, false)        \
    T(int16, ffi_type_sint16, CLASS_INT, true)        \
    T(uint16, ffi_type_uint16, CLASS_INT, false)      \
    T(int32, ffi_type_sint32, CLASS_INT, true)        \
    T(uint32, ffi_type_uint32, CLASS_INT, false)      \
    T(int64, ffi_type_sint64, CLASS_INT, true)        \
    T(uint64, ffi_type_uint64, CLASS_INT, false)      \
    T(int, ffi_type_sint, CLASS_INT, true)            \
    T(uint, ffi_type_uint, CLASS_INT, false)          \
    T(long, ffi_type_slong, CLASS_INT, true)          \
    T(ulong, ffi_type_ulong, CLASS_INT, false)        \
    T(size_t, FOREIGN_SIZE_T, CLASS_INT, false)       \
    T(ssize_t, FOREIGN_SSIZE_T, CLASS_INT, true)      \
    T(float, ffi_type_float, CLASS_FLOAT, false)      \
    T(double, ffi_type_double, CLASS_FLOAT, false)    \
    T(pointer, ffi_type_pointer, CLASS_POINTER, false) \
    T(string, ffi_type_pointer, CLASS_STRING, false)

typedef enum {
#define FOREIGN_TYPE_ENUM(atom, type, cls, sgn) FT_##atom,
    FOREIGN_TYPE_LIST(FOREIGN_TYPE_ENUM)
#undef FOREIGN_TYPE_ENUM
        FT_COUNT
} foreign_kind;

static const struct {
    const char *name;
    ffi_type *type;
    foreign_class cls;
    bool sgn;
} foreign_types[FT_COUNT] = {
#define FOREIGN_TYPE_INFO(atom, type, cls, sgn) {#atom, &type, cls, sgn},
    FOREIGN_TYPE_LIST(FOREIGN_TYPE_INFO)
#undef FOREIGN_TYPE_INFO
};

/* :bool is passed as one byte, which is C's _Bool on every ABI libffi and
 * beamlet run on. */
_Static_assert(sizeof(_Bool) == 1, "_Bool is one byte");

/* One C value of any FFI type.  A return value of an integer type narrower
 * than a register comes back widened to `widened` (libffi's rule). */
typedef union {
    int8_t i8;
    uint8_t u8;
    int16_t i16;
    uint16_t u16;
    int32_t i32;
    uint32_t u32;
    int64_t i64;
    uint64_t u64;
    float f;
    double d;
    void *ptr;
    ffi_arg widened;
    ffi_sarg swidened;
} foreign_value;

static foreign_class foreign_class_of(foreign_kind k) { return foreign_types[k].cls; }
static size_t foreign_size(foreign_kind k) { return foreign_types[k].type->size; }

/* The type an atom names, or -1. */
static int foreign_kind_of(bl_vm *vm, bl_term t) {
    if (!is_atom(t)) return -1;
    const char *name = atom_name(&vm->atoms, t);
    for (int k = 0; k < FT_COUNT; k++)
        if (strcmp(name, foreign_types[k].name) == 0) return k;
    return -1;
}

/* --- the VM's tables --- */

/* A function's signature and its libffi call interface, whose argument
 * type array is the `arg_types` next to it: a copied signature must be
 * prepared again (foreign_sig_prepare). */
typedef struct {
    unsigned nargs;
    foreign_kind ret;
    foreign_kind args[FOREIGN_MAX_ARGS];
    ffi_type *arg_types[FOREIGN_MAX_ARGS];
    ffi_cif cif;
} foreign_sig;

typedef void (*foreign_fn)(void);

typedef struct {
    foreign_sig sig;
    foreign_fn fn;
    uint32_t lib;
    char name[]; /* the symbol, for messages */
} foreign_fun;

typedef struct bl_foreign {
    void **libs; /* dlopen handles, by library id */
    uint32_t nlibs, libs_cap;
    foreign_fun **funs; /* by function id; never moved, so dirty jobs may point at them */
    uint32_t nfuns, funs_cap;
} bl_foreign;

static bl_foreign *foreign_state(bl_vm *vm) {
    if (!vm->foreign) vm->foreign = calloc(1, sizeof *vm->foreign);
    return vm->foreign;
}

void foreign_free(bl_vm *vm) {
    bl_foreign *f = vm->foreign;
    if (!f) return;
    for (uint32_t i = 0; i < f->nfuns; i++) free(f->funs[i]);
    free(f->funs);
    for (uint32_t i = 0; i < f->nlibs; i++) dlclose(f->libs[i]);
    free(f->libs);
    free(f);
    vm->foreign = NULL;
}

/* Grows a table of pointers to hold one more; false at `limit` or when
 * memory runs out. */
static bool foreign_table_room(void ***items, uint32_t n, uint32_t *cap, uint32_t limit) {
    if (n >= limit) return false;
    if (n < *cap) return true;
    uint32_t c = *cap ? *cap * 2 : 8;
    void **grown = realloc(*items, c * sizeof *grown);
    if (!grown) return false;
    *items = grown;
    *cap = c;
    return true;
}

/* --- raising --- */

static bl_term foreign_atom(bl_process *p, const char *name) { return atom_intern(&p->vm->atoms, name, strlen(name)); }

/* Raises the exception struct `module` (an Elixir module name) with the
 * message in `msg`, which is freed. */
static bl_term foreign_raise(bl_process *p, const char *module, fmt_buf *msg) {
    bl_term r = bif_raise_exception(p, module, msg, NULL, NULL);
    fmt_buf_free(msg);
    return r;
}

/* ArgumentError "<where>: <what>", where `what` may end in the inspected
 * term `got` (unless it is THE_NON_VALUE). */
static bl_term foreign_argument_error(bl_process *p, const char *where, const char *what, bl_term got) {
    fmt_buf msg;
    fmt_buf_init(&msg);
    fmt_buf_printf(&msg, "%s: %s", where, what);
    if (got != THE_NON_VALUE) print_inspect(p->vm, &msg, got);
    return foreign_raise(p, "Elixir.ArgumentError", &msg);
}

static bl_term foreign_raise_disabled(bl_process *p) {
    fmt_buf msg;
    fmt_buf_init(&msg);
    fmt_buf_puts(&msg, FOREIGN_DISABLED_MESSAGE);
    return foreign_raise(p, "Elixir.RuntimeError", &msg);
}

#define FOREIGN_REQUIRE_ENABLED(p) \
    do {                           \
        if ((p)->vm->config.ffi_disabled) return foreign_raise_disabled(p); \
    } while (0)

/* --- terms to C values --- */

/* An integer term as a 128-bit value; false when it needs more than one
 * limb, which is outside every FFI type's range. */
static bool foreign_int_value(bl_term t, __int128 *out) {
    if (is_small(t)) {
        *out = small_val(t);
        return true;
    }
    const bl_term *b = boxed_ptr(t);
    if (header_arity(b[0]) != 1) return false;
    *out = header_subtag(b[0]) == SUB_NEGBIG ? -(__int128)b[1] : (__int128)b[1];
    return true;
}

static void foreign_int_range(foreign_kind k, __int128 *min, __int128 *max) {
    unsigned bits = (unsigned)foreign_size(k) * 8;
    if (foreign_types[k].sgn) {
        *max = ((__int128)1 << (bits - 1)) - 1;
        *min = -*max - 1;
    } else {
        *min = 0;
        *max = ((__int128)1 << bits) - 1;
    }
}

static void foreign_store_int(foreign_value *v, size_t size, bool sgn, __int128 x) {
    switch (size) {
    case 1: sgn ? (void)(v->i8 = (int8_t)x) : (void)(v->u8 = (uint8_t)x); break;
    case 2: sgn ? (void)(v->i16 = (int16_t)x) : (void)(v->u16 = (uint16_t)x); break;
    case 4: sgn ? (void)(v->i32 = (int32_t)x) : (void)(v->u32 = (uint32_t)x); break;
    default: sgn ? (void)(v->i64 = (int64_t)x) : (void)(v->u64 = (uint64_t)x); break;
    }
}

static __int128 foreign_load_int(const foreign_value *v, size_t size, bool sgn) {
    switch (size) {
    case 1: return sgn ? (__int128)v->i8 : (__int128)v->u8;
    case 2: return sgn ? (__int128)v->i16 : (__int128)v->u16;
    case 4: return sgn ? (__int128)v->i32 : (__int128)v->u32;
    default: return sgn ? (__int128)v->i64 : (__int128)v->u64;
    }
}

/* A returned integer narrower than ffi_arg, moved from `widened` to the
 * member of its own size. */
static void foreign_unwiden(foreign_kind k, foreign_value *v) {
    foreign_class cls = foreign_class_of(k);
    if ((cls != CLASS_INT && cls != CLASS_BOOL) || foreign_size(k) >= sizeof(ffi_arg)) return;
    __int128 x = foreign_types[k].sgn ? (__int128)v->swidened : (__int128)v->widened;
    foreign_store_int(v, foreign_size(k), foreign_types[k].sgn, x);
}

/* An address: a non-negative integer that fits a pointer. */
static bool foreign_address_of(bl_term t, uintptr_t *out) {
    __int128 x;
    if (!is_integer(t) || !foreign_int_value(t, &x) || x < 0 || x > (__int128)UINTPTR_MAX) return false;
    *out = (uintptr_t)x;
    return true;
}

typedef enum { CONVERT_OK, CONVERT_BAD, CONVERT_NOMEM } foreign_convert;

/* Converts `t` to a C value of type k.  A :string argument is copied into
 * *copy (malloc'd, the caller's to free).  CONVERT_BAD writes the reason
 * into `why`. */
static foreign_convert foreign_from_term(bl_vm *vm, foreign_kind k, bl_term t, foreign_value *v, char **copy,
                                         fmt_buf *why) {
    const char *name = foreign_types[k].name;
    switch (foreign_class_of(k)) {
    case CLASS_VOID: fmt_buf_puts(why, ":void is only a return type"); return CONVERT_BAD;
    case CLASS_BOOL:
        if (t != A_TRUE && t != A_FALSE) {
            fmt_buf_puts(why, "expected true or false for :bool, got ");
            print_inspect(vm, why, t);
            return CONVERT_BAD;
        }
        v->u8 = t == A_TRUE;
        return CONVERT_OK;
    case CLASS_INT: {
        __int128 x, min, max;
        if (!is_integer(t)) {
            fmt_buf_printf(why, "expected an integer for :%s, got ", name);
            print_inspect(vm, why, t);
            return CONVERT_BAD;
        }
        foreign_int_range(k, &min, &max);
        if (!foreign_int_value(t, &x) || x < min || x > max) {
            print_inspect(vm, why, t);
            fmt_buf_printf(why, " is out of range for :%s (%lld..", name, (long long)min);
            if (max > INT64_MAX) fmt_buf_printf(why, "%llu)", (unsigned long long)max);
            else fmt_buf_printf(why, "%lld)", (long long)max);
            return CONVERT_BAD;
        }
        foreign_store_int(v, foreign_size(k), foreign_types[k].sgn, x);
        return CONVERT_OK;
    }
    case CLASS_FLOAT: {
        double d;
        if (is_float(t)) d = float_val(t);
        else if (!is_integer(t)) {
            fmt_buf_printf(why, "expected a number for :%s, got ", name);
            print_inspect(vm, why, t);
            return CONVERT_BAD;
        } else if (!int_to_double(t, &d)) {
            d = INFINITY;
        }
        if (k == FT_float ? fabs(d) > FLT_MAX : !isfinite(d)) {
            print_inspect(vm, why, t);
            fmt_buf_printf(why, " is out of range for :%s", name);
            return CONVERT_BAD;
        }
        if (k == FT_float) v->f = (float)d;
        else v->d = d;
        return CONVERT_OK;
    }
    case CLASS_POINTER: {
        uintptr_t address = 0;
        if (t != A_NIL && !foreign_address_of(t, &address)) {
            fmt_buf_puts(why, "expected an address (a non-negative integer) or nil for :pointer, got ");
            print_inspect(vm, why, t);
            return CONVERT_BAD;
        }
        v->ptr = (void *)address;
        return CONVERT_OK;
    }
    case CLASS_STRING:
        if (t == A_NIL) {
            v->ptr = NULL;
            return CONVERT_OK;
        }
        if (!is_binary(t)) {
            fmt_buf_puts(why, "expected a binary or nil for :string, got ");
            print_inspect(vm, why, t);
            return CONVERT_BAD;
        }
        if (memchr(binary_bytes(t), 0, binary_size(t))) {
            fmt_buf_puts(why, "the binary for :string contains a NUL byte: ");
            print_inspect(vm, why, t);
            return CONVERT_BAD;
        }
        *copy = malloc(binary_size(t) + 1);
        if (!*copy) return CONVERT_NOMEM;
        memcpy(*copy, binary_bytes(t), binary_size(t));
        (*copy)[binary_size(t)] = '\0';
        v->ptr = *copy;
        return CONVERT_OK;
    }
    return CONVERT_BAD;
}

/* --- C values to terms --- */

/* The most words foreign_to_term writes: a heap binary of the largest size
 * kept on the heap (a larger one is a 4-word reference). */
#define FOREIGN_TERM_MAX_WORDS (2 + (HEAPBIN_MAX_BYTES + 7) / 8)

/* Whether the value has a term: floats that are not finite have none. */
static bool foreign_representable(foreign_kind k, const foreign_value *v) {
    if (k == FT_float) return isfinite(v->f);
    if (k == FT_double) return isfinite(v->d);
    return true;
}

static size_t foreign_int_words(__int128 x) { return x >= MIN_SMALL && x <= MAX_SMALL ? 0 : 2; }

static __int128 foreign_int_of(foreign_kind k, const foreign_value *v) {
    if (foreign_class_of(k) == CLASS_POINTER) return (__int128)(uintptr_t)v->ptr;
    return foreign_load_int(v, foreign_size(k), foreign_types[k].sgn);
}

/* Heap words the term for `v` needs. */
static size_t foreign_term_words(foreign_kind k, const foreign_value *v) {
    switch (foreign_class_of(k)) {
    case CLASS_INT:
    case CLASS_POINTER: return foreign_int_words(foreign_int_of(k, v));
    case CLASS_FLOAT: return 2;
    case CLASS_STRING: return v->ptr ? binary_new_words(strlen(v->ptr)) : 0;
    default: return 0;
    }
}

/* The term for `v` in the foreign_term_words(k, v) words at hp, linking an
 * off-heap binary into *offheap; THE_NON_VALUE when memory runs out. */
static bl_term foreign_to_term(foreign_kind k, const foreign_value *v, bl_term *hp, bl_term **offheap) {
    switch (foreign_class_of(k)) {
    case CLASS_VOID: return ATOM_TERM(ok);
    case CLASS_BOOL: return v->u8 ? A_TRUE : A_FALSE;
    case CLASS_INT:
    case CLASS_POINTER: {
        __int128 x = foreign_int_of(k, v);
        if (!foreign_int_words(x)) return make_small((bl_sword)x);
        hp[0] = make_header(x < 0 ? SUB_NEGBIG : SUB_POSBIG, 1);
        hp[1] = (bl_term)(x < 0 ? -x : x);
        return make_boxed(hp);
    }
    case CLASS_FLOAT: {
        double d = k == FT_float ? (double)v->f : v->d;
        hp[0] = make_header(SUB_FLOAT, 1);
        memcpy(hp + 1, &d, sizeof d);
        return make_boxed(hp);
    }
    case CLASS_STRING: {
        if (!v->ptr) return A_NIL;
        size_t len = strlen(v->ptr);
        unsigned char *bytes;
        bl_term bin = binary_new_at(hp, len, &bytes, offheap);
        if (bin != THE_NON_VALUE) memcpy(bytes, v->ptr, len);
        return bin;
    }
    }
    return A_NIL;
}

/* The term for `v` on p's heap; raises ArithmeticError for a float that is
 * not finite, as the VM has no such floats. */
static bl_term foreign_result(bl_process *p, foreign_kind k, const foreign_value *v) {
    if (!foreign_representable(k, v)) return bif_error(p, ATOM_TERM(badarith));
    size_t words = foreign_term_words(k, v);
    bl_term *hp = words ? bif_alloc(p, words) : NULL;
    if (words && !hp) return THE_NON_VALUE;
    bl_term r = foreign_to_term(k, v, hp, &p->offheap);
    return r == THE_NON_VALUE ? bif_error(p, ATOM_TERM(system_limit)) : r;
}

/* --- signatures --- */

/* Points the call interface at this copy's argument types. */
static bool foreign_sig_prepare(foreign_sig *sig) {
    for (unsigned i = 0; i < sig->nargs; i++) sig->arg_types[i] = foreign_types[sig->args[i]].type;
    return ffi_prep_cif(&sig->cif, FFI_DEFAULT_ABI, sig->nargs, foreign_types[sig->ret].type,
                        sig->nargs ? sig->arg_types : NULL) == FFI_OK;
}

/* Reads a signature from the argument types list and return type atom;
 * raises ArgumentError naming what is wrong. */
static bool foreign_sig_parse(bl_process *p, const char *name, bl_term types, bl_term ret, foreign_sig *sig) {
    char where[FOREIGN_MAX_NAME + 64];
    memset(sig, 0, sizeof *sig);
    int k = foreign_kind_of(p->vm, ret);
    if (k < 0) {
        snprintf(where, sizeof where, "return type of %s", name);
        foreign_argument_error(p, where, is_atom(ret) ? "unknown FFI type " : "expected an FFI type, got ", ret);
        return false;
    }
    sig->ret = (foreign_kind)k;
    bl_term t = types;
    for (; is_list(t); t = list_tail(t)) {
        snprintf(where, sizeof where, "argument %u of %s", sig->nargs + 1, name);
        if (sig->nargs == FOREIGN_MAX_ARGS) {
            char what[64];
            snprintf(where, sizeof where, "argument types of %s", name);
            snprintf(what, sizeof what, "more than %d arguments", FOREIGN_MAX_ARGS);
            foreign_argument_error(p, where, what, THE_NON_VALUE);
            return false;
        }
        bl_term a = list_head(t);
        k = foreign_kind_of(p->vm, a);
        if (k < 0) {
            foreign_argument_error(p, where, is_atom(a) ? "unknown FFI type " : "expected an FFI type, got ", a);
            return false;
        }
        if (k == FT_void) {
            foreign_argument_error(p, where, ":void is only a return type", THE_NON_VALUE);
            return false;
        }
        sig->args[sig->nargs++] = (foreign_kind)k;
    }
    if (t != NIL) {
        snprintf(where, sizeof where, "argument types of %s", name);
        foreign_argument_error(p, where, "expected a list of FFI types, got ", types);
        return false;
    }
    if (!foreign_sig_prepare(sig)) {
        snprintf(where, sizeof where, "signature of %s", name);
        foreign_argument_error(p, where, "libffi cannot prepare this call", THE_NON_VALUE);
        return false;
    }
    return true;
}

/* --- names, libraries, symbols --- */

/* A C string from a binary argument; raises ArgumentError when it is not
 * a binary, is too long or has a NUL byte. */
static bool foreign_cstring_arg(bl_process *p, bl_term t, const char *what, char out[FOREIGN_MAX_NAME]) {
    if (!is_binary(t) || binary_size(t) >= FOREIGN_MAX_NAME || memchr(binary_bytes(t), 0, binary_size(t))) {
        foreign_argument_error(p, what, "expected a binary without NUL bytes, got ", t);
        return false;
    }
    memcpy(out, binary_bytes(t), binary_size(t));
    out[binary_size(t)] = '\0';
    return true;
}

/* {tag, value} on p's heap; value is a binary of `text`, or an integer
 * when text is NULL. */
static bl_term foreign_tagged(bl_process *p, bl_term tag, const char *text, uint32_t id) {
    size_t len = text ? strlen(text) : 0;
    size_t bin_words = text ? binary_new_words(len) : 0;
    bl_term *hp = bif_alloc(p, 3 + bin_words);
    if (!hp) return THE_NON_VALUE;
    bl_term value = make_small(id);
    if (text) {
        unsigned char *bytes;
        value = binary_new(p, hp + 3, len, &bytes);
        if (value == THE_NON_VALUE) value = NIL;
        else memcpy(bytes, text, len);
    }
    hp[0] = make_header(SUB_TUPLE, 2);
    hp[1] = tag;
    hp[2] = value;
    return make_boxed(hp);
}

static void *foreign_library(bl_vm *vm, bl_term id) {
    bl_foreign *f = vm->foreign;
    if (!f || !is_small(id) || small_val(id) < 0 || small_val(id) >= f->nlibs) return NULL;
    return f->libs[small_val(id)];
}

static foreign_fun *foreign_function(bl_vm *vm, bl_term id) {
    bl_foreign *f = vm->foreign;
    if (!f || !is_small(id) || small_val(id) < 0 || small_val(id) >= f->nfuns) return NULL;
    return f->funs[small_val(id)];
}

/* Looks a symbol up; NULL with the loader's message in `error`. */
static foreign_fn foreign_symbol(void *lib, const char *name, const char **error) {
    dlerror();
    void *sym = dlsym(lib, name);
    const char *e = dlerror();
    if (e || !sym) {
        *error = e ? e : "symbol has a NULL address";
        return NULL;
    }
    foreign_fn fn;
    /* dlsym's object pointer to a function pointer, as POSIX allows */
    memcpy(&fn, &sym, sizeof fn);
    return fn;
}

/* beamlet_ffi:open(path | :default) -> {:ok, id} | {:error, message} */
bl_term bif_ffi_open(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    char path[FOREIGN_MAX_NAME];
    bool dflt = a[0] == foreign_atom(p, "default");
    if (!dflt && !foreign_cstring_arg(p, a[0], "library path", path)) return THE_NON_VALUE;
    bl_foreign *f = foreign_state(p->vm);
    if (!f) return bif_error(p, ATOM_TERM(system_limit));
    void *handle = dflt ? dlopen(NULL, RTLD_LAZY) : dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *e = dlerror();
        return foreign_tagged(p, ATOM_TERM(error), e ? e : "cannot open the library", 0);
    }
    for (uint32_t i = 0; i < f->nlibs; i++)
        if (f->libs[i] == handle) {
            dlclose(handle); /* dlopen counted one more reference to it */
            return foreign_tagged(p, ATOM_TERM(ok), NULL, i);
        }
    if (!foreign_table_room(&f->libs, f->nlibs, &f->libs_cap, FOREIGN_MAX_LIBRARIES)) {
        dlclose(handle);
        return bif_error(p, ATOM_TERM(system_limit));
    }
    f->libs[f->nlibs] = handle;
    return foreign_tagged(p, ATOM_TERM(ok), NULL, f->nlibs++);
}

/* The same function prepared before, or -1. */
static long foreign_find_function(bl_foreign *f, uint32_t lib, foreign_fn fn, const foreign_sig *sig,
                                  const char *name) {
    for (uint32_t i = 0; i < f->nfuns; i++) {
        const foreign_fun *g = f->funs[i];
        if (g->lib == lib && g->fn == fn && g->sig.ret == sig->ret && g->sig.nargs == sig->nargs &&
            memcmp(g->sig.args, sig->args, sig->nargs * sizeof *sig->args) == 0 && strcmp(g->name, name) == 0)
            return i;
    }
    return -1;
}

/* beamlet_ffi:function(lib, name, arg_types, ret_type) -> {:ok, id} | {:error, message} */
bl_term bif_ffi_function(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    void *lib = foreign_library(p->vm, a[0]);
    if (!lib) return foreign_argument_error(p, "library", "not an open FFI library: ", a[0]);
    char name[FOREIGN_MAX_NAME];
    if (!foreign_cstring_arg(p, a[1], "function name", name)) return THE_NON_VALUE;
    foreign_sig sig;
    if (!foreign_sig_parse(p, name, a[2], a[3], &sig)) return THE_NON_VALUE;
    const char *error;
    foreign_fn fn = foreign_symbol(lib, name, &error);
    if (!fn) return foreign_tagged(p, ATOM_TERM(error), error, 0);
    bl_foreign *f = p->vm->foreign;
    uint32_t lib_id = (uint32_t)small_val(a[0]);
    long found = foreign_find_function(f, lib_id, fn, &sig, name);
    if (found >= 0) return foreign_tagged(p, ATOM_TERM(ok), NULL, (uint32_t)found);
    if (!foreign_table_room((void ***)&f->funs, f->nfuns, &f->funs_cap, FOREIGN_MAX_FUNCTIONS))
        return bif_error(p, ATOM_TERM(system_limit));
    size_t name_len = strlen(name);
    foreign_fun *fun = malloc(sizeof *fun + name_len + 1);
    if (!fun) return bif_error(p, ATOM_TERM(system_limit));
    fun->sig = sig;
    fun->fn = fn;
    fun->lib = lib_id;
    memcpy(fun->name, name, name_len + 1);
    foreign_sig_prepare(&fun->sig); /* it moved: point it at its own types */
    f->funs[f->nfuns] = fun;
    return foreign_tagged(p, ATOM_TERM(ok), NULL, f->nfuns++);
}

/* --- calls --- */

/* The C values of one call's arguments and its result. */
typedef struct {
    foreign_value values[FOREIGN_MAX_ARGS];
    void *avalues[FOREIGN_MAX_ARGS];
    char *strings[FOREIGN_MAX_ARGS]; /* copies made for :string arguments */
    unsigned nstrings;
    size_t copied; /* bytes copied, for reductions */
    foreign_value ret;
} foreign_frame;

static void foreign_frame_release(foreign_frame *frame) {
    for (unsigned i = 0; i < frame->nstrings; i++) free(frame->strings[i]);
    frame->nstrings = 0;
}

/* Converts the argument list for `sig`; raises ArgumentError naming the
 * argument that is wrong. */
static bool foreign_frame_fill(bl_process *p, const foreign_sig *sig, const char *name, bl_term args,
                               foreign_frame *frame) {
    char where[FOREIGN_MAX_NAME + 64];
    frame->nstrings = 0;
    frame->copied = 0;
    unsigned n = 0;
    bl_term t = args;
    for (; is_list(t); t = list_tail(t)) n++;
    if (t != NIL) {
        snprintf(where, sizeof where, "arguments of %s", name);
        foreign_argument_error(p, where, "expected a list, got ", args);
        return false;
    }
    if (n != sig->nargs) {
        snprintf(where, sizeof where, "expected %u argument%s, got %u", sig->nargs, sig->nargs == 1 ? "" : "s", n);
        foreign_argument_error(p, name, where, THE_NON_VALUE);
        return false;
    }
    t = args;
    for (unsigned i = 0; i < n; i++, t = list_tail(t)) {
        fmt_buf why;
        fmt_buf_init(&why);
        char *copy = NULL;
        foreign_convert c = foreign_from_term(p->vm, sig->args[i], list_head(t), &frame->values[i], &copy, &why);
        if (copy) {
            frame->strings[frame->nstrings++] = copy;
            frame->copied += strlen(copy);
        }
        if (c != CONVERT_OK) {
            foreign_frame_release(frame);
            if (c == CONVERT_NOMEM) {
                fmt_buf_free(&why);
                bif_error(p, ATOM_TERM(system_limit));
                return false;
            }
            snprintf(where, sizeof where, "argument %u of %s", i + 1, name);
            foreign_argument_error(p, where, fmt_buf_cstr(&why), THE_NON_VALUE);
            fmt_buf_free(&why);
            return false;
        }
        fmt_buf_free(&why);
        frame->avalues[i] = &frame->values[i];
    }
    return true;
}

static void foreign_charge(bl_process *p, size_t bytes) {
    p->reds_left -= (int32_t)(FOREIGN_CALL_REDUCTIONS + bytes / FOREIGN_BYTES_PER_REDUCTION);
}

/* A call handed to a dirty thread. */
typedef struct {
    bl_dirty_job base;
    const foreign_sig *sig; /* a prepared function's, or `own` */
    foreign_sig own;        /* the signature of a one-off call (call/6) */
    foreign_fn fn;
    uint64_t ref;
    foreign_frame frame;
} foreign_job;

static void foreign_job_run(bl_dirty_job *base) {
    foreign_job *job = (foreign_job *)base;
    ffi_call((ffi_cif *)&job->sig->cif, job->fn, &job->frame.ret, job->frame.avalues);
    foreign_unwiden(job->sig->ret, &job->frame.ret);
}

/* The reply {ref, :ok, value} or {ref, :error, reason}, built on the C
 * stack and copied into a message. */
static bl_message *foreign_job_reply(foreign_job *job) {
    bl_term buf[4 + 3 + FOREIGN_TERM_MAX_WORDS];
    bl_term *offheap = NULL;
    bl_term *ref = buf + 4;
    ref[0] = make_header(SUB_REF, 2);
    ref[1] = job->ref;
    ref[2] = job->base.pid;
    foreign_kind k = job->sig->ret;
    bl_term status = ATOM_TERM(ok), value;
    if (!foreign_representable(k, &job->frame.ret)) {
        status = ATOM_TERM(error);
        value = ATOM_TERM(badarith);
    } else {
        value = foreign_to_term(k, &job->frame.ret, buf + 7, &offheap);
        if (value == THE_NON_VALUE) {
            status = ATOM_TERM(error);
            value = ATOM_TERM(system_limit);
        }
    }
    buf[0] = make_header(SUB_TUPLE, 3);
    buf[1] = make_boxed(ref);
    buf[2] = status;
    buf[3] = value;
    bl_message *msg = mbox_copy_message(make_boxed(buf));
    /* the message holds its own reference to an off-heap binary */
    offheap_release(&offheap);
    return msg;
}

static bl_message *foreign_job_finish(bl_vm *vm, bl_dirty_job *base, bool reply) {
    foreign_job *job = (foreign_job *)base;
    (void)vm;
    bl_message *msg = reply ? foreign_job_reply(job) : NULL;
    foreign_frame_release(&job->frame);
    free(job);
    return msg;
}

/* Hands the call to a dirty thread and returns the reference its reply
 * will carry.  `borrowed` says that sig belongs to the VM's table (and so
 * outlives the job); otherwise the job keeps a copy. */
static bl_term foreign_call_dirty(bl_process *p, const foreign_sig *sig, bool borrowed, foreign_fn fn,
                                  const char *name, bl_term args) {
    foreign_job *job = calloc(1, sizeof *job);
    if (!job) return bif_error(p, ATOM_TERM(system_limit));
    if (borrowed) {
        job->sig = sig;
    } else {
        job->own = *sig;
        foreign_sig_prepare(&job->own);
        job->sig = &job->own;
    }
    if (!foreign_frame_fill(p, job->sig, name, args, &job->frame)) {
        free(job);
        return THE_NON_VALUE;
    }
    bl_term *ref = bif_alloc(p, 3);
    if (!ref) {
        foreign_frame_release(&job->frame);
        free(job);
        return THE_NON_VALUE;
    }
    job->fn = fn;
    job->ref = sched_new_ref(p->vm);
    job->base.pid = p->pid;
    job->base.run = foreign_job_run;
    job->base.finish = foreign_job_finish;
    ref[0] = make_header(SUB_REF, 2);
    ref[1] = job->ref;
    ref[2] = p->pid;
    foreign_charge(p, job->frame.copied);
    if (!dirty_submit(p->vm, &job->base)) {
        foreign_frame_release(&job->frame);
        free(job);
        fmt_buf msg;
        fmt_buf_init(&msg);
        fmt_buf_printf(&msg, "no dirty thread could be started for %s", name);
        return foreign_raise(p, "Elixir.RuntimeError", &msg);
    }
    return make_boxed(ref);
}

/* Calls fn with the arguments in the list `args`: the result, or with
 * `dirty` the reference of the reply to come. */
static bl_term foreign_call(bl_process *p, const foreign_sig *sig, bool borrowed, foreign_fn fn,
                            const char *name, bl_term args, bl_term dirty) {
    if (dirty == A_TRUE) return foreign_call_dirty(p, sig, borrowed, fn, name, args);
    foreign_frame frame;
    if (!foreign_frame_fill(p, sig, name, args, &frame)) return THE_NON_VALUE;
    ffi_call((ffi_cif *)&sig->cif, fn, &frame.ret, frame.avalues);
    foreign_unwiden(sig->ret, &frame.ret);
    size_t copied = frame.copied + (sig->ret == FT_string ? foreign_term_words(FT_string, &frame.ret) * 8 : 0);
    /* A returned string may point into an argument's copy: convert first. */
    bl_term r = foreign_result(p, sig->ret, &frame.ret);
    foreign_frame_release(&frame);
    foreign_charge(p, copied);
    return r;
}

/* beamlet_ffi:invoke(function, args, dirty) -> result | reference */
bl_term bif_ffi_invoke(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    foreign_fun *fun = foreign_function(p->vm, a[0]);
    if (!fun) return foreign_argument_error(p, "function", "not a prepared FFI function: ", a[0]);
    return foreign_call(p, &fun->sig, true, fun->fn, fun->name, a[1], a[2]);
}

/* beamlet_ffi:call(lib, name, arg_types, ret_type, args, dirty)
 *   -> result | reference | {:error, message} */
bl_term bif_ffi_call(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    void *lib = foreign_library(p->vm, a[0]);
    if (!lib) return foreign_argument_error(p, "library", "not an open FFI library: ", a[0]);
    char name[FOREIGN_MAX_NAME];
    if (!foreign_cstring_arg(p, a[1], "function name", name)) return THE_NON_VALUE;
    foreign_sig sig;
    if (!foreign_sig_parse(p, name, a[2], a[3], &sig)) return THE_NON_VALUE;
    const char *error;
    foreign_fn fn = foreign_symbol(lib, name, &error);
    if (!fn) return foreign_tagged(p, ATOM_TERM(error), error, 0);
    return foreign_call(p, &sig, false, fn, name, a[4], a[5]);
}

bl_term bif_ffi_enabled(bl_process *p, bl_term *a) {
    (void)a;
    return p->vm->config.ffi_disabled ? A_FALSE : A_TRUE;
}

/* --- raw memory --- */

/* The address in t, which must not be NULL; raises ArgumentError. */
static bool foreign_pointer_arg(bl_process *p, bl_term t, const char *fn, char **out) {
    uintptr_t address;
    if (!foreign_address_of(t, &address)) {
        foreign_argument_error(p, fn, "expected an address (a non-negative integer), got ", t);
        return false;
    }
    if (address == 0) {
        foreign_argument_error(p, fn, "the pointer is NULL", THE_NON_VALUE);
        return false;
    }
    *out = (char *)address;
    return true;
}

/* The address plus a byte offset (an integer of either sign). */
static bool foreign_offset_arg(bl_process *p, bl_term ptr, bl_term offset, const char *fn, char **out) {
    if (!foreign_pointer_arg(p, ptr, fn, out)) return false;
    if (!is_small(offset)) {
        foreign_argument_error(p, fn, "expected an integer offset, got ", offset);
        return false;
    }
    *out += small_val(offset);
    return true;
}

/* A type for read and write: any but :void. */
static bool foreign_memory_type(bl_process *p, bl_term t, const char *fn, foreign_kind *out) {
    int k = foreign_kind_of(p->vm, t);
    if (k < 0) {
        foreign_argument_error(p, fn, is_atom(t) ? "unknown FFI type " : "expected an FFI type, got ", t);
        return false;
    }
    if (k == FT_void) {
        foreign_argument_error(p, fn, ":void has no value to read or write", THE_NON_VALUE);
        return false;
    }
    *out = (foreign_kind)k;
    return true;
}

/* beamlet_ffi:alloc(size) -> address of size zeroed bytes */
bl_term bif_ffi_alloc(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    if (!is_small(a[0]) || small_val(a[0]) < 0)
        return foreign_argument_error(p, "FFI.alloc", "expected a non-negative integer size, got ", a[0]);
    void *mem = calloc(1, small_val(a[0]) ? (size_t)small_val(a[0]) : 1);
    if (!mem) return bif_error(p, ATOM_TERM(system_limit));
    foreign_value v = {.ptr = mem};
    return foreign_result(p, FT_pointer, &v);
}

/* beamlet_ffi:free(address) -> :ok (free(NULL) does nothing, as in C) */
bl_term bif_ffi_free(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    uintptr_t address;
    if (!foreign_address_of(a[0], &address))
        return foreign_argument_error(p, "FFI.free", "expected an address (a non-negative integer), got ", a[0]);
    free((void *)address);
    return ATOM_TERM(ok);
}

/* beamlet_ffi:read(address, type, offset) -> the value of that type there */
bl_term bif_ffi_read(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    char *at;
    foreign_kind k;
    if (!foreign_offset_arg(p, a[0], a[2], "FFI.read", &at) || !foreign_memory_type(p, a[1], "FFI.read", &k))
        return THE_NON_VALUE;
    foreign_value v;
    memcpy(&v, at, foreign_size(k));
    return foreign_result(p, k, &v);
}

/* beamlet_ffi:write(address, type, offset, value) -> :ok */
bl_term bif_ffi_write(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    char *at;
    foreign_kind k;
    if (!foreign_offset_arg(p, a[0], a[2], "FFI.write", &at) || !foreign_memory_type(p, a[1], "FFI.write", &k))
        return THE_NON_VALUE;
    if (k == FT_string)
        return foreign_argument_error(p, "FFI.write",
                                      ":string cannot be written (it would need memory nobody frees); "
                                      "use FFI.write_bytes/2 and a :pointer",
                                      THE_NON_VALUE);
    fmt_buf why;
    fmt_buf_init(&why);
    foreign_value v;
    char *copy = NULL;
    if (foreign_from_term(p->vm, k, a[3], &v, &copy, &why) != CONVERT_OK) {
        bl_term r = foreign_argument_error(p, "value of FFI.write", fmt_buf_cstr(&why), THE_NON_VALUE);
        fmt_buf_free(&why);
        return r;
    }
    fmt_buf_free(&why);
    memcpy(at, &v, foreign_size(k));
    return ATOM_TERM(ok);
}

/* beamlet_ffi:read_bytes(address, n) -> binary of the n bytes there */
bl_term bif_ffi_read_bytes(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    char *at;
    if (!foreign_pointer_arg(p, a[0], "FFI.read_bytes", &at)) return THE_NON_VALUE;
    if (!is_small(a[1]) || small_val(a[1]) < 0 || (size_t)small_val(a[1]) > BINARY_MAX_BYTES)
        return foreign_argument_error(p, "FFI.read_bytes", "expected a non-negative integer size, got ", a[1]);
    size_t n = (size_t)small_val(a[1]);
    bl_term *hp = bif_alloc(p, binary_new_words(n));
    if (!hp) return THE_NON_VALUE;
    unsigned char *bytes;
    bl_term bin = binary_new(p, hp, n, &bytes);
    if (bin == THE_NON_VALUE) return bif_error(p, ATOM_TERM(system_limit));
    memcpy(bytes, at, n);
    p->reds_left -= (int32_t)(n / FOREIGN_BYTES_PER_REDUCTION);
    return bin;
}

/* beamlet_ffi:write_bytes(address, binary) -> :ok */
bl_term bif_ffi_write_bytes(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    char *at;
    if (!foreign_pointer_arg(p, a[0], "FFI.write_bytes", &at)) return THE_NON_VALUE;
    if (!is_binary(a[1])) return foreign_argument_error(p, "FFI.write_bytes", "expected a binary, got ", a[1]);
    memcpy(at, binary_bytes(a[1]), binary_size(a[1]));
    p->reds_left -= (int32_t)(binary_size(a[1]) / FOREIGN_BYTES_PER_REDUCTION);
    return ATOM_TERM(ok);
}

/* beamlet_ffi:read_cstring(address) -> binary up to the NUL, or nil for NULL */
bl_term bif_ffi_read_cstring(bl_process *p, bl_term *a) {
    FOREIGN_REQUIRE_ENABLED(p);
    uintptr_t address;
    if (!foreign_address_of(a[0], &address))
        return foreign_argument_error(p, "FFI.read_cstring", "expected an address (a non-negative integer), got ", a[0]);
    foreign_value v = {.ptr = (void *)address};
    p->reds_left -= (int32_t)(foreign_term_words(FT_string, &v) / 8);
    return foreign_result(p, FT_string, &v);
}
