/*
 * beamlet.h — the embedding API of beamlet, a small BEAM-like VM.
 *
 * A host creates any number of independent VMs (there is no global state),
 * loads code into them (source, files or bytecode) and runs it.  Every
 * function takes the VM it acts on; none is thread-safe unless it says so.
 * Errors come back as a status (BL_OK or an error code) and the text of the
 * last error, with file:line:col where there is one, from bl_last_error.
 */
#ifndef BEAMLET_H
#define BEAMLET_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(BL_BUILDING_LIBRARY) && (defined(__GNUC__) || defined(__clang__))
#define BL_API __attribute__((visibility("default")))
#else
#define BL_API
#endif

#define BEAMLET_VERSION "0.1.0"

typedef struct bl_vm bl_vm;

typedef enum {
    BL_OK = 0,
    BL_ERR_COMPILE = 1, /* source did not compile; see bl_last_error */
    BL_ERR_LOAD = 2,    /* bytecode rejected by the verifier */
    BL_ERR_IO = 3,      /* a file could not be read */
    BL_ERR_RUNTIME = 4, /* the code raised; see bl_last_error */
    BL_ERR_NOMEM = 5
} bl_status;

typedef enum { BL_STDOUT = 0, BL_STDERR = 1 } bl_stream;

/* Output callback: receives everything the VM writes to stdout or stderr. */
typedef void (*bl_write_fn)(void *userdata, bl_stream stream, const char *data, size_t len);

typedef struct {
    int reductions;          /* reductions per time slice (default 4000) */
    int gc_stress;           /* collect at every allocation (testing) */
    size_t max_heap_words;   /* a process growing past this is killed (0: no limit) */
    bl_write_fn write;       /* NULL: write to the process's stdout/stderr */
    void *userdata;          /* passed to `write` */
    const char *const *argv; /* what System.argv() returns */
    int argc;
    int ffi_disabled;        /* nonzero: every FFI function raises RuntimeError (default 0) */
} bl_config;

/* Fills `config` with the defaults. */
BL_API void bl_config_init(bl_config *config);

/* Creates a VM with the standard library loaded; NULL when out of memory.
 * `config` may be NULL for the defaults; it is copied. */
BL_API bl_vm *bl_vm_new(const bl_config *config);
BL_API void bl_vm_free(bl_vm *vm);

/* Compiles Elixir source and loads its modules.  `name` is the file name
 * used in messages.  Top-level code other than module definitions is not
 * run (see bl_run_script). */
BL_API bl_status bl_load_source(bl_vm *vm, const char *name, const char *src, size_t len);
/* Loads a source (.ex/.exs) or bytecode (.blc) file. */
BL_API bl_status bl_load_file(bl_vm *vm, const char *path);
/* Loads one verified bytecode module. */
BL_API bl_status bl_load_bytecode(bl_vm *vm, const char *name, const unsigned char *data, size_t len);

/* Compiles and runs a script as `elixir script.exs` does: its modules are
 * loaded, then its top-level code runs in a new process until that process
 * finishes.  *exit_status receives 0, 1 after an uncaught error (already
 * reported on stderr), or the value given to System.halt/1. */
BL_API bl_status bl_run_script(bl_vm *vm, const char *name, const char *src, size_t len, int *exit_status);

/* The last error's text; valid until the next call on this VM. */
BL_API const char *bl_last_error(bl_vm *vm);

#ifdef __cplusplus
}
#endif

#endif
