/* disasm.h — readable listing of a bytecode file (after verifying it). */
#ifndef BL_DISASM_H
#define BL_DISASM_H

#include <stddef.h>
#include <stdio.h>

/* Returns 0, or -1 with *error (malloc'd) naming the defect. */
int disasm_bytecode(FILE *out, const char *name, const unsigned char *data, size_t len, char **error);
/* The listing alone, of a file the loader has already accepted. */
void disasm_verified(FILE *out, const unsigned char *data, size_t len);

#endif
