/*
 * loader.h — reads a bytecode file, verifies it, and turns it into threaded
 * code (see module.h).  Nothing of a file is used before all of it has been
 * checked: a malformed file is rejected with a message naming the file and
 * the defect (through vm_set_error) and leaves the VM unchanged.
 */
#ifndef BL_LOADER_H
#define BL_LOADER_H

#include <stddef.h>

#include "vm.h"

/* Returns the loaded module, or NULL with bl_last_error set. */
bl_module *loader_load(bl_vm *vm, const char *name, const unsigned char *data, size_t len);
/* Verifies and translates like loader_load but registers nothing: the
 * caller owns the module and frees it (the fuzz targets use this; only the
 * atoms the file names stay interned). */
bl_module *loader_verify(bl_vm *vm, const char *name, const unsigned char *data, size_t len);
void loader_free_module(bl_module *m);

/* The interpreter's dispatch table: opcode -> handler address. */
const void *const *interp_dispatch_table(void);

#endif
