/* unit_multiboot.c — the Multiboot parser fed good and malformed structures. */
#include "multiboot.h"
#include "unit.h"

#include <string.h>

/* A fake physical memory: addresses 0x1000..0x1000+sizeof(mem). */
#define BASE 0x1000u
static uint8_t mem[16384];
static int warnings;

static bool fake_read(void *ctx, uint64_t addr, void *dst, size_t len)
{
    (void)ctx;
    if (addr < BASE || addr - BASE > sizeof(mem) || len > sizeof(mem) - (addr - BASE))
        return false;
    memcpy(dst, mem + (addr - BASE), len);
    return true;
}

static void count_warning(void *ctx, const char *message)
{
    (void)ctx;
    (void)message;
    warnings++;
}

static const mb_source_t source = { fake_read, count_warning, NULL };

static void put32(uint32_t addr, uint32_t v) { memcpy(mem + addr - BASE, &v, 4); }
static void put64(uint32_t addr, uint64_t v) { memcpy(mem + addr - BASE, &v, 8); }
static void put_string(uint32_t addr, const char *s) { memcpy(mem + addr - BASE, s, strlen(s) + 1); }

#define INFO 0x1000u
#define MMAP 0x1100u
#define MODS 0x1400u
#define STRINGS 0x1800u

static void put_mmap_entry(uint32_t at, uint32_t size, uint64_t base, uint64_t len, uint32_t type)
{
    put32(at, size);
    put64(at + 4, base);
    put64(at + 12, len);
    put32(at + 20, type);
}

/* A well-formed structure: 2 regions, 2 modules, a command line, a name. */
static void build_good(void)
{
    memset(mem, 0, sizeof(mem));
    put32(INFO, (1u << 2) | (1u << 3) | (1u << 6) | (1u << 9));
    put32(INFO + 16, STRINGS);
    put_string(STRINGS, "/boot/kernel.elf insula.test=all");
    put32(INFO + 20, 2);
    put32(INFO + 24, MODS);
    put32(MODS, 0x200000); put32(MODS + 4, 0x201000); put32(MODS + 8, STRINGS + 64);
    put32(MODS + 16, 0x202000); put32(MODS + 20, 0x203000); put32(MODS + 24, STRINGS + 128);
    put_string(STRINGS + 64, "/boot/hello.sip arg1 arg2");
    put_string(STRINGS + 128, "config");
    put32(INFO + 44, 48);
    put32(INFO + 48, MMAP);
    put_mmap_entry(MMAP, 20, 0, 0x9fc00, 1);
    put_mmap_entry(MMAP + 24, 20, 0x100000, 0x7f00000, 1);
    put32(INFO + 64, STRINGS + 192);
    put_string(STRINGS + 192, "GRUB 2.06");
}

static err_t parse(boot_info_t *bi)
{
    memset(bi, 0, sizeof(*bi));
    bi->kernel_start = 0x100000;
    bi->kernel_end = 0x12d000;
    warnings = 0;
    return multiboot_parse(MULTIBOOT_LOADER_MAGIC, INFO, &source, bi);
}

static void test_good(void)
{
    boot_info_t bi;
    build_good();
    CHECK(parse(&bi) == OK && warnings == 0 && bi.warnings == 0);
    CHECK(strcmp(bi.loader, "GRUB 2.06") == 0);
    CHECK(strcmp(bi.cmdline, "/boot/kernel.elf insula.test=all") == 0);
    CHECK(bi.region_count == 2 && bi.regions[1].base == 0x100000 && bi.regions[1].type == MEM_USABLE);
    CHECK(bi.module_count == 2);
    CHECK(strcmp(bi.modules[0].name, "hello.sip") == 0 && strcmp(bi.modules[0].args, "arg1 arg2") == 0);
    CHECK(strcmp(bi.modules[1].name, "config") == 0 && bi.modules[1].args[0] == '\0');
    CHECK(multiboot_parse(0x1234, INFO, &source, &bi) == ERR_INVALID);
    CHECK(multiboot_parse(MULTIBOOT_LOADER_MAGIC, 0x900000, &source, &bi) == ERR_CORRUPT);
}

static void test_malformed_mmap(void)
{
    boot_info_t bi;
    build_good();
    put_mmap_entry(MMAP + 24, 4, 0x100000, 0x7f00000, 1);    /* size < 20 */
    CHECK(parse(&bi) == OK && bi.region_count == 1 && warnings == 1);
    build_good();
    put32(INFO + 44, 40);                                     /* cuts entry 2 */
    CHECK(parse(&bi) == OK && bi.region_count == 1 && warnings == 1);
    build_good();
    put32(INFO + 44, 0xFFFFFFF0u);                            /* absurd length */
    CHECK(parse(&bi) == OK && bi.region_count == 2 && warnings >= 2);
    build_good();
    put_mmap_entry(MMAP + 24, 20, 0x100000, 0x7f00000, 77);   /* unknown type */
    CHECK(parse(&bi) == OK && bi.regions[1].type == MEM_RESERVED && warnings == 1);
    build_good();
    put32(INFO + 48, 0x7000000);                              /* unreadable map */
    put32(INFO, (1u << 6));
    CHECK(parse(&bi) == ERR_NOT_FOUND);
}

static void test_fallback_memory(void)
{
    boot_info_t bi;
    build_good();
    put32(INFO, 1u << 0);
    put32(INFO + 4, 639);
    put32(INFO + 8, 130048);
    CHECK(parse(&bi) == OK && bi.region_count == 2);
    CHECK(bi.regions[1].base == 0x100000 && bi.regions[1].length == 130048ull * 1024);
}

static void test_malformed_modules(void)
{
    boot_info_t bi;
    build_good();
    put32(MODS + 16, 0x200800);                               /* overlaps module 0 */
    CHECK(parse(&bi) == OK && bi.module_count == 1 && warnings == 1);
    build_good();
    put32(MODS, 0x120000);                                    /* overlaps the kernel */
    CHECK(parse(&bi) == OK && bi.module_count == 1 && strcmp(bi.modules[0].name, "config") == 0);
    build_good();
    put32(MODS + 4, 0x1ff000);                                /* end before start */
    CHECK(parse(&bi) == OK && bi.module_count == 1 && warnings == 1);
    build_good();
    put32(MODS + 8, 0);                                       /* no string */
    CHECK(parse(&bi) == OK && strcmp(bi.modules[0].name, "module0") == 0 && warnings == 1);
    build_good();
    put32(INFO + 20, 1000);                                   /* runs off the list */
    CHECK(parse(&bi) == OK && bi.module_count == 2 && warnings >= 2);
    build_good();
    put32(MODS + 8, STRINGS + 1024);                          /* string too long */
    memset(mem + STRINGS + 1024 - BASE, 'x', 600);
    CHECK(parse(&bi) == OK && bi.module_count == 2 && warnings == 1);
}

int main(void)
{
    test_good();
    test_malformed_mmap();
    test_fallback_memory();
    test_malformed_modules();
    return unit_summary("unit_multiboot");
}
