/* bif_system.h — built-ins that reach outside the VM (see bif_system.c). */
#ifndef BL_BIF_SYSTEM_H
#define BL_BIF_SYSTEM_H

#include "binary.h"
#include "gc.h"

#define BIF_SYSTEM_LIST(BIF)                                                   \
    BIF("erlang", "monotonic_time", 0, bif_monotonic_time0)                      \
    BIF("erlang", "monotonic_time", 1, bif_monotonic_time1)                      \
    BIF("erlang", "system_time", 0, bif_system_time0)                            \
    BIF("erlang", "system_time", 1, bif_system_time1)                            \
    BIF("beamlet", "argv", 0, bif_argv) BIF("beamlet", "getenv", 1, bif_getenv)  \
    BIF("beamlet", "read_file", 1, bif_read_file)                                \
    BIF("beamlet", "write_file", 2, bif_write_file)                              \
    BIF("beamlet", "file_exists", 1, bif_file_exists)                            \
    BIF("beamlet", "gets", 1, bif_gets) BIF("beamlet", "halt", 1, bif_halt)      \
    BIF("beamlet", "schedulers_online", 0, bif_schedulers_online)               \
    BIF("erlang", "statistics", 1, bif_statistics)                               \
    BIF("persistent_term", "put", 2, bif_pterm_put)                              \
    BIF("persistent_term", "get", 1, bif_pterm_get1)                             \
    BIF("persistent_term", "get", 2, bif_pterm_get2)                             \
    BIF("persistent_term", "erase", 1, bif_pterm_erase)

#define BIF_SYSTEM_DECLARE(m, n, a, f) bl_term f(bl_process *p, bl_term *args);
BIF_SYSTEM_LIST(BIF_SYSTEM_DECLARE)
#undef BIF_SYSTEM_DECLARE

#endif
