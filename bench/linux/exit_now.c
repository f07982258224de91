/*
 * exit_now — the tiny static program that sip_create_exit starts: no C
 * library, no dynamic loader; its entry point makes the exit system call.
 */
void _start(void);

void _start(void)
{
    __asm__ volatile("syscall" : : "a"(60), "D"(0) : "rcx", "r11", "memory");
    __builtin_unreachable();
}
