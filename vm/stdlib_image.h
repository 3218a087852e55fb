/*
 * stdlib_image.h — the standard library's bytecode, compiled from stdlib/
 * at build time (build/stdlib_image.c) and loaded into every new VM.
 */
#ifndef BL_STDLIB_IMAGE_H
#define BL_STDLIB_IMAGE_H

#include <stddef.h>

typedef struct {
    const char *name;
    const unsigned char *data;
    size_t len;
} stdlib_image_entry;

extern const stdlib_image_entry stdlib_image[];
extern const size_t stdlib_image_count;

#endif
