/*
 * module.h — loaded code: modules, export entries and lambdas.
 *
 * Loaded code is "threaded": an array of words where each instruction is the
 * address of its handler in the interpreter followed by its operands, already
 * decoded (labels are code addresses, atoms and literals are terms,
 * registers are header-tagged words; see term.h).
 *
 * Every call between modules goes through a bl_export entry, found by
 * (module, function, arity) in the VM's export table and created on first
 * reference.  An entry's `code` is NULL until a module defining it is
 * loaded, so calling it raises UndefinedFunctionError; replacing a module
 * later only has to update its entries.  Built-in functions (C BIFs) are
 * export entries with `bif` set.
 */
#ifndef BL_MODULE_H
#define BL_MODULE_H

#include "term.h"

typedef uintptr_t bl_code; /* one word of threaded code */

struct bl_process;
typedef bl_term (*bl_bif_fn)(struct bl_process *p, bl_term *args);

typedef struct bl_export {
    bl_term module, function;
    uint32_t arity;
    const bl_code *code; /* entry point, or NULL when undefined */
    bl_bif_fn bif;       /* a C built-in, or NULL */
    struct bl_native *native; /* the host function behind `bif` (embed.c), or NULL */
    struct bl_module *owner;
    struct bl_export *next; /* hash chain */
    /* A continuation of a BIF that yields part-way (bif.c): the export it
     * continues, whose arguments come first in its own, for stack traces. */
    const struct bl_export *trap_of;
} bl_export;

typedef struct bl_lambda {
    struct bl_module *module;
    const bl_code *code;
    uint32_t arity;    /* parameters the caller passes */
    uint32_t nfree;    /* captured values, passed after the parameters */
    uint32_t index;    /* position in the module's lambda table */
    uint32_t uniq;     /* a hash of the module, shown by inspect */
    bl_term fun_name;  /* the enclosing function, for inspect and stack traces */
    uint32_t fun_arity;
} bl_lambda;

typedef struct {
    uint32_t offset; /* code index where the function's func_info starts */
    bl_term name;
    uint32_t arity;
} bl_func_range;

typedef struct {
    uint32_t offset; /* code index where the line starts */
    uint32_t line;
} bl_line_entry;

typedef struct bl_module {
    bl_term name;
    char *file;          /* source file name for stack traces */
    bl_code *code;
    size_t code_len;
    bl_export **imports;
    uint32_t nimports;
    bl_lambda *lambdas;
    uint32_t nlambdas;
    bl_term *literals;
    uint32_t nliterals;
    bl_term *literal_heap; /* one block; literals never move or die before the module */
    size_t literal_words;
    /* Blocks for literal maps of more than 32 keys (map.h), linked through
     * their first word; the map follows it. */
    bl_term *literal_blocks;
    bl_func_range *funcs;
    uint32_t nfuncs;
    bl_line_entry *lines;
    uint32_t nlines;
    bool is_struct;        /* defines a struct (defstruct/defexception) */
    bl_term *struct_fields; /* its fields in definition order */
    uint32_t nstruct_fields;
    struct bl_module *next;
} bl_module;

#endif
