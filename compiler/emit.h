/*
 * emit.h — builds one module's bytecode: its tables and instruction list,
 * then writes the file format of vm/bytecode.h.
 *
 * Instructions are kept in memory until the module is finished, so that a
 * function's frame size (known only after its body is generated) can be
 * filled in wherever the function mentions it: such operands are written
 * with emit_frame() and resolved per function when the file is written.
 */
#ifndef BL_EMIT_H
#define BL_EMIT_H

#include <stddef.h>
#include <stdint.h>

#include "../vm/bytecode.h"
#include "../vm/opcodes.h"

#define EMIT_TAG_FRAME 100 /* operand placeholder: the current function's frame size */

typedef struct {
    uint8_t tag;
    int64_t value;
} emit_operand;

typedef struct {
    uint8_t op;
    uint16_t nops;
    emit_operand *ops;
} emit_instr;

typedef struct {
    unsigned char *data;
    size_t len, cap;
} emit_bytes;

typedef struct {
    char **atoms;
    size_t *atom_lens;
    uint32_t natoms, atoms_cap;

    emit_bytes *literals;
    uint32_t nliterals, literals_cap;

    uint32_t (*imports)[3];
    uint32_t nimports, imports_cap;

    uint32_t (*exports)[3]; /* fun atom, arity, label */
    uint32_t nexports, exports_cap;

    uint32_t (*lambdas)[5]; /* fun atom, fun arity, arity, nfree, label */
    uint32_t nlambdas, lambdas_cap;

    emit_instr *code;
    uint32_t ncode, code_cap;
    uint32_t nlabels; /* labels handed out so far, from 1 */
    /* frame size of each function, by the index of its func_info */
    uint32_t *frame_sizes;
    uint32_t nframes, frames_cap;

    /* the struct a module defines (defstruct/defexception), in field order */
    int is_struct;
    uint32_t *struct_fields; /* atom indices */
    uint32_t nstruct_fields;

    char *file;
    int oom;
} emit_module;

void emit_init(emit_module *m, const char *module_name, size_t len, const char *file);
void emit_free(emit_module *m);

uint32_t emit_atom(emit_module *m, const char *name, size_t len);
uint32_t emit_import(emit_module *m, const char *mod, const char *fun, uint32_t arity);
uint32_t emit_import_atoms(emit_module *m, uint32_t mod_atom, uint32_t fun_atom, uint32_t arity);
void emit_export(emit_module *m, uint32_t fun_atom, uint32_t arity, uint32_t label);
uint32_t emit_lambda(emit_module *m, uint32_t fun_atom, uint32_t fun_arity, uint32_t arity,
                     uint32_t nfree, uint32_t label);
uint32_t emit_new_label(emit_module *m);

/* Literal construction: start a literal, append encoded parts, finish. */
emit_bytes *emit_literal_begin(emit_module *m, uint32_t *index);
void emit_bytes_byte(emit_bytes *b, unsigned char c);
void emit_bytes_varint(emit_bytes *b, uint64_t v);
void emit_bytes_svarint(emit_bytes *b, int64_t v);
void emit_bytes_write(emit_bytes *b, const void *p, size_t n);

void emit_op_list(emit_module *m, bl_opcode op, const emit_operand *ops, int nops);
/* Starts a function: its frame size will be `frame` (set later). */
uint32_t emit_function_frame(emit_module *m);
void emit_set_frame(emit_module *m, uint32_t frame_index, uint32_t size);

/* Writes the bytecode file into a malloc'd buffer. */
int emit_write(emit_module *m, unsigned char **out, size_t *len);

static inline emit_operand opnd(uint8_t tag, int64_t value) { return (emit_operand){tag, value}; }

#endif
