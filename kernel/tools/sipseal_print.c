/* sipseal_print.c — `sipseal --print`: a sealed image's manifest and layout, for people. */
#include "sipseal.h"

#include <stdio.h>

static void print_contracts(const char *label, const char (*names)[SIP_NAME_MAX])
{
    int shown = 0;
    printf("%-10s", label);
    for (int i = 0; i < SIP_MAX_CONTRACTS; i++)
        if (names[i][0] != '\0')
            printf("%s%s", shown++ ? ", " : "", names[i]);
    printf("%s\n", shown ? "" : "-");
}

static void print_resources(const sip_manifest_t *m)
{
    printf("%-10s", "io ports:");
    int shown = 0;
    for (int i = 0; i < SIP_MAX_IO_RANGES; i++)
        if (m->io_ranges[i].count != 0)
            printf("%s0x%x+%u", shown++ ? ", " : "", m->io_ranges[i].base, m->io_ranges[i].count);
    printf("%s\n%-10s", shown ? "" : "-", "irqs:");
    shown = 0;
    for (int i = 0; i < SIP_MAX_IRQS; i++)
        if (m->irqs[i] != 0xff)
            printf("%s%u", shown++ ? ", " : "", m->irqs[i]);
    printf("%s\n", shown ? "" : "-");
    if (m->pci.vendor != 0 || m->pci.device != 0)
        printf("%-10s%04x:%04x\n", "pci:", m->pci.vendor, m->pci.device);
    else
        printf("%-10s-\n", "pci:");
}

static void print_manifest(const sip_manifest_t *m)
{
    printf("%-10s%s\n", "name:", m->name);
    printf("%-10s%u bytes\n", "stack:", m->stack_bytes);
    printf("%-10s%llu bytes\n", "heap:", (unsigned long long)m->heap_bytes);
    printf("%-10s%s%s%s%s%s%s%s%s%s%s (0x%x)\n", "caps:", m->caps == 0 ? "none" : "",
           m->caps & SIP_CAP_SPAWN ? "spawn " : "",
           m->caps & SIP_CAP_BOOT_CONFIG ? "boot-config " : "",
           m->caps & SIP_CAP_BROKER ? "broker " : "",
           m->caps & SIP_CAP_CONSOLE_INPUT ? "console-input " : "",
           m->caps & SIP_CAP_INSPECT ? "inspect " : "",
           m->caps & SIP_CAP_POWER ? "power " : "",
           m->caps & SIP_CAP_MODULE_READ ? "module-read " : "",
           m->caps & SIP_CAP_DMA ? "dma " : "", m->caps & SIP_CAP_DEVICES ? "devices " : "",
           m->caps);
    print_contracts("imports:", m->imports);
    print_contracts("exports:", m->exports);
    print_resources(m);
}

static void print_segments(const sip_image_t *img)
{
    printf("segments:\n  %-3s %-10s %-10s %-10s %-10s %s\n", "#", "vaddr", "memsz", "filesz",
           "offset", "flags");
    for (uint32_t s = 0; s < img->segment_count; s++) {
        const sip_segment_t *seg = &img->segments[s];
        printf("  %-3u 0x%08llx 0x%08llx 0x%08llx 0x%08llx %c%c%c\n", s,
               (unsigned long long)seg->vaddr, (unsigned long long)seg->memsz,
               (unsigned long long)seg->filesz, (unsigned long long)seg->offset,
               seg->flags & SIP_SEGMENT_R ? 'R' : '-', seg->flags & SIP_SEGMENT_W ? 'W' : '-',
               seg->flags & SIP_SEGMENT_X ? 'X' : '-');
    }
}

void sipseal_print(const char *path, const sip_image_t *img)
{
    printf("%-10s%s\n%-10s", "image:", path, "sha256:");
    for (int i = 0; i < SHA256_DIGEST_BYTES; i++)
        printf("%02x", img->digest[i]);
    printf("\n");
    print_manifest(&img->manifest);
    printf("%-10s0x%llx bytes, aligned to 0x%llx\n", "span:", (unsigned long long)img->span,
           (unsigned long long)img->align);
    printf("%-10s0x%llx\n", "entry:", (unsigned long long)img->entry);
    printf("%-10s%llu R_X86_64_RELATIVE at file offset 0x%llx\n", "relocs:",
           (unsigned long long)img->rela_count, (unsigned long long)img->rela_offset);
    if (img->relro_end > img->relro_start)
        printf("%-10s0x%llx-0x%llx\n", "relro:", (unsigned long long)img->relro_start,
               (unsigned long long)img->relro_end);
    print_segments(img);
}
