/* bif_process.h — built-ins on processes (see bif_process.c). */
#ifndef BL_BIF_PROCESS_H
#define BL_BIF_PROCESS_H

#include "bif.h"

#define BIF_PROCESS_LIST(BIF)                                                        \
    BIF("erlang", "spawn", 1, bif_spawn1) BIF("erlang", "spawn", 3, bif_spawn3)        \
    BIF("erlang", "spawn_link", 1, bif_spawn_link1)                                    \
    BIF("erlang", "spawn_link", 3, bif_spawn_link3)                                    \
    BIF("erlang", "spawn_monitor", 1, bif_spawn_monitor1)                              \
    BIF("erlang", "spawn_monitor", 3, bif_spawn_monitor3)                              \
    BIF("erlang", "send", 2, bif_send) BIF("erlang", "make_ref", 0, bif_make_ref)      \
    BIF("erlang", "link", 1, bif_link) BIF("erlang", "unlink", 1, bif_unlink)          \
    BIF("erlang", "exit", 2, bif_exit2)                                                \
    BIF("erlang", "process_flag", 2, bif_process_flag)                                 \
    BIF("erlang", "monitor", 2, bif_monitor) BIF("erlang", "monitor", 3, bif_monitor3) \
    BIF("erlang", "alias", 0, bif_alias0) BIF("erlang", "unalias", 1, bif_unalias)     \
    BIF("erlang", "demonitor", 1, bif_demonitor1)                                      \
    BIF("erlang", "demonitor", 2, bif_demonitor2)                                      \
    BIF("erlang", "register", 2, bif_register) BIF("erlang", "unregister", 1, bif_unregister) \
    BIF("erlang", "whereis", 1, bif_whereis) BIF("erlang", "registered", 0, bif_registered) \
    BIF("erlang", "is_process_alive", 1, bif_is_process_alive)                         \
    BIF("erlang", "processes", 0, bif_processes)                                       \
    BIF("erlang", "process_info", 2, bif_process_info2)                                \
    BIF("erlang", "put", 2, bif_put) BIF("erlang", "get", 1, bif_get1)                 \
    BIF("erlang", "get", 0, bif_get0) BIF("erlang", "erase", 1, bif_erase)           \
    BIF("erlang", "send_after", 3, bif_send_after)                                     \
    BIF("erlang", "cancel_timer", 1, bif_cancel_timer)                                 \
    BIF("erlang", "read_timer", 1, bif_read_timer)

#define BIF_PROCESS_DECLARE(m, n, a, f) bl_term f(bl_process *p, bl_term *args);
BIF_PROCESS_LIST(BIF_PROCESS_DECLARE)
#undef BIF_PROCESS_DECLARE

/* Records that `p` monitors `target` under reference number `id`. */
bool proc_add_monitor(bl_process *p, bl_process *target, uint64_t id, bl_term name);

#endif
