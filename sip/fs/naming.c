/* naming.c — see naming.h. */
#include "naming.h"

#define BUSY_PAUSE_MS 20u

handle_t naming_bind_patient(const char *name, uint32_t timeout_ms)
{
    uint64_t deadline = time_ns() + (uint64_t)timeout_ms * 1000000u;
    service_result_t s = service_bind(name, timeout_ms);
    while (s.err == ERR_BUSY && time_ns() < deadline) {
        sleep_ms(BUSY_PAUSE_MS);
        s = service_bind(name, timeout_ms);
    }
    return s.err == OK ? s.h : 0;
}
