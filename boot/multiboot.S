/*
 * multiboot.S — the Multiboot (v1) header and the 32-bit entry point.
 *
 * The loader (GRUB, or QEMU's -kernel) enters _start in 32-bit protected
 * mode with paging off, EAX = 0x2BADB002 and EBX = the Multiboot information.
 * Steps:
 *   1. check the CPU has long mode (else print why on COM1 and halt);
 *   2. identity-map the first 4 GiB with 2 MiB pages (the C code later builds
 *      the final map over all RAM, see kernel/pc/paging.c);
 *   3. enable PAE, long mode (and NX when the CPU has it), then paging;
 *   4. far-jump into 64-bit code and call pc_main(magic, info).
 */
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00000003    /* page-align modules; give us the memory map */

#define CR0_PE (1 << 0)
#define CR0_WP (1 << 16)
#define CR0_PG (1 << 31)
#define CR4_PAE (1 << 5)
#define MSR_EFER 0xC0000080
#define EFER_LME (1 << 8)
#define EFER_NXE (1 << 11)
#define CPUID_EXT_LM (1 << 29)
#define CPUID_EXT_NX (1 << 20)
#define COM1 0x3F8

    .section .multiboot, "a"
    .balign 4
multiboot_header:
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS)

    .section .boot.text, "ax"
    .code32
    .globl _start
_start:
    cli
    cld
    movl $boot_stack_top, %esp
    movl %eax, %edi                 /* Multiboot magic: first C argument */
    movl %ebx, %esi                 /* Multiboot info: second C argument */

    movl $0x80000000, %eax
    cpuid
    cmpl $0x80000001, %eax
    jb no_long_mode
    movl $0x80000001, %eax
    cpuid
    testl $CPUID_EXT_LM, %edx
    jz no_long_mode
    movl %edx, %ebp                 /* remember the NX bit */

    /* PML4[0] -> PDPT; PDPT[0..3] -> four page directories of 2 MiB pages. */
    movl $boot_pdpt, %eax
    orl $3, %eax
    movl %eax, boot_pml4
    xorl %ecx, %ecx
1:  movl %ecx, %eax
    shll $12, %eax
    addl $boot_pd, %eax
    orl $3, %eax
    movl %eax, boot_pdpt(,%ecx,8)
    incl %ecx
    cmpl $4, %ecx
    jne 1b
    xorl %ecx, %ecx
2:  movl %ecx, %eax
    shll $21, %eax
    orl $0x83, %eax                 /* present, writable, 2 MiB page */
    movl %eax, boot_pd(,%ecx,8)
    incl %ecx
    cmpl $2048, %ecx
    jne 2b

    movl $boot_pml4, %eax
    movl %eax, %cr3
    movl %cr4, %eax
    orl $CR4_PAE, %eax
    movl %eax, %cr4
    movl $MSR_EFER, %ecx
    rdmsr
    orl $EFER_LME, %eax
    testl $CPUID_EXT_NX, %ebp
    jz 3f
    orl $EFER_NXE, %eax
3:  wrmsr
    movl %cr0, %eax
    orl $(CR0_PG | CR0_WP | CR0_PE), %eax
    movl %eax, %cr0
    lgdt boot_gdt_pointer
    ljmp $0x08, $long_mode_entry

no_long_mode:
    movl $no_long_mode_message, %esi
4:  lodsb
    testb %al, %al
    jz 6f
    movw $(COM1 + 5), %dx           /* wait for the transmit register */
5:  inb %dx, %al
    testb $0x20, %al
    jz 5b
    movb -1(%esi), %al
    movw $COM1, %dx
    outb %al, %dx
    jmp 4b
6:  hlt
    jmp 6b

    .code64
long_mode_entry:
    movw $0x10, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %ss
    xorw %ax, %ax
    movw %ax, %fs
    movw %ax, %gs
    movq $boot_stack_top, %rsp
    movl %edi, %edi                 /* upper halves are undefined after the switch */
    movl %esi, %esi
    xorl %ebp, %ebp                 /* ends the backtrace chain */
    call pc_main
7:  cli
    hlt
    jmp 7b

    .section .rodata
no_long_mode_message:
    .asciz "Insula: this CPU has no 64-bit long mode; halted.\r\n"

    .balign 8
boot_gdt:
    .quad 0
    .quad 0x00209A0000000000        /* 0x08: 64-bit code */
    .quad 0x0000920000000000        /* 0x10: data */
boot_gdt_end:
boot_gdt_pointer:
    .word boot_gdt_end - boot_gdt - 1
    .long boot_gdt

    .section .bss
    .balign 4096
    .globl boot_pml4
boot_pml4:
    .skip 4096
boot_pdpt:
    .skip 4096
boot_pd:
    .skip 4 * 4096
    .globl boot_stack_bottom, boot_stack_top
boot_stack_bottom:
    .skip 32768
boot_stack_top:
