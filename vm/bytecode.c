/* bytecode.c — helpers shared by the bytecode writer and loader. */
#include "bytecode.h"

#include "opcodes.h"

const char *const bl_opcode_names[OP_COUNT] = {
#define OP_NAME(name, fmt, doc) #name,
    OPCODE_LIST(OP_NAME)
#undef OP_NAME
};

const char *const bl_opcode_formats[OP_COUNT] = {
#define OP_FMT(name, fmt, doc) fmt,
    OPCODE_LIST(OP_FMT)
#undef OP_FMT
};

uint32_t bc_crc32(const unsigned char *data, size_t len) {
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}
