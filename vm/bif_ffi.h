/*
 * bif_ffi.h — the FFI: calling C functions in shared libraries through
 * libffi (see bif_ffi.c; the language side is stdlib/ffi.ex and the
 * user's guide docs/FFI.md).
 *
 * Every built-in here raises RuntimeError when the VM was created with
 * the FFI switched off (--no-ffi, bl_config.ffi_disabled), except
 * enabled/0, which says whether it is on.
 */
#ifndef BL_BIF_FFI_H
#define BL_BIF_FFI_H

#include "bif.h"

#define BIF_FFI_LIST(BIF)                                                  \
    BIF("beamlet_ffi", "enabled", 0, bif_ffi_enabled)                      \
    BIF("beamlet_ffi", "open", 1, bif_ffi_open)                            \
    BIF("beamlet_ffi", "function", 4, bif_ffi_function)                    \
    BIF("beamlet_ffi", "invoke", 3, bif_ffi_invoke)                        \
    BIF("beamlet_ffi", "call", 6, bif_ffi_call)                            \
    BIF("beamlet_ffi", "alloc", 1, bif_ffi_alloc)                          \
    BIF("beamlet_ffi", "free", 1, bif_ffi_free)                            \
    BIF("beamlet_ffi", "read", 3, bif_ffi_read)                            \
    BIF("beamlet_ffi", "write", 4, bif_ffi_write)                          \
    BIF("beamlet_ffi", "read_bytes", 2, bif_ffi_read_bytes)                \
    BIF("beamlet_ffi", "write_bytes", 2, bif_ffi_write_bytes)              \
    BIF("beamlet_ffi", "read_cstring", 1, bif_ffi_read_cstring)

#define BIF_FFI_DECLARE(m, n, a, f) bl_term f(bl_process *p, bl_term *args);
BIF_FFI_LIST(BIF_FFI_DECLARE)
#undef BIF_FFI_DECLARE

/* Closes the libraries and frees the prepared functions of a VM (after
 * dirty_shutdown: no call may still be running). */
void foreign_free(bl_vm *vm);

#endif
