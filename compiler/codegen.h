/*
 * codegen.h — state of the code generator (codegen.c).
 */
#ifndef BL_CODEGEN_H
#define BL_CODEGEN_H

#include <stdbool.h>

#include "ast.h"
#include "compile.h"
#include "diag.h"
#include "emit.h"

typedef struct {
    const char *name;
    size_t len;
    int slot;
    int line, col;
    bool used;
} cg_var;

typedef struct {
    const char *short_name;
    size_t short_len;
    char *full;
} cg_alias;

typedef struct {
    const char *name;
    size_t len;
    ast *value;
} cg_attr_def;

typedef struct cg_function {
    const char *name;
    size_t len;
    int arity;
    bool private;
    uint32_t label;
    int line, col;
    ast **clauses; /* the def/defp nodes */
    int *clause_attrs; /* module attributes defined before each clause */
    int nclauses, clauses_cap;
    int defaults_of; /* index of f/n that f/k (k < n) fills defaults for; -1 if none */
    ast *defaults_head;
    int defaults_attrs;
} cg_function;

/* How an inline Kernel function compiles: a `bif` instruction, a call, or
 * both (INLINE_GUARD_BIF: a `bif` in guards, a call elsewhere, so that the
 * BIF can yield part-way through a long list). */
typedef enum { INLINE_BIF, INLINE_CALL, INLINE_GUARD_BIF, INLINE_ELEM, INLINE_PUT_ELEM, INLINE_IS_NIL } cg_inline_kind;

typedef struct {
    const char *name;
    int arity;
    const char *module, *fun;
    cg_inline_kind kind;
    bl_opcode test; /* a type-test instruction usable in guards, or 0 */
} cg_inline;

struct cg_pending_fn_s;

typedef struct cg_module {
    char *name;
    struct cg_module *parent;
    bool is_script;
    emit_module em;
    cg_function *funs;
    int nfuns, funs_cap;
    cg_alias *faliases;
    int nfaliases, faliases_cap;
    char **imports;
    int nimports, imports_cap;
    cg_attr_def *attrs;
    int nattrs, attrs_cap;
    struct cg_pending_fn *pending;
    int npending, pending_cap;
    ast **script;
    int nscript, script_cap;
    ast *defstruct;  /* the defstruct/defexception node, or NULL */
    bool exception;  /* it was defexception */
    ast *uses[4];    /* the module's `use` directives */
    int nuses;
} cg_module;

typedef struct cg_state {
    ast_arena *arena;
    diag_list *diags;
    const char *file;
    compile_export_query has_export;
    void *ctx;
    void (*on_module)(void *ctx, cg_module *m, unsigned char *data, size_t len);
    void *on_module_ctx;

    cg_module *mod, *root;
    bool produced_script;

    /* the function being generated */
    const char *fun_name;
    size_t fun_len;
    int fun_arity;
    cg_var *vars;
    int nvars, vars_cap;
    int pattern_base; /* variables from here on were bound by the current pattern */
    int next_y, max_y;
    int attr_limit; /* attributes of the current module visible here */
    int stacktrace_slot; /* y slot of __STACKTRACE__ inside catch/rescue, or -1 */
    int fresh;           /* counter for names of compiler-made variables */
    int last_line;
} cg_state;

/* Compiles every module of `program`; top-level code goes to a module
 * named `script_name` (or is an error when it is NULL). */
void cg_program(cg_state *cg, ast *program, const char *script_name);

#endif
