/*
 * multiboot.c — Multiboot (v1) information parser (see multiboot.h).
 *
 * Layouts from the Multiboot 0.6.96 specification, section 3.3.
 */
#include "multiboot.h"

#include "fmt.h"

enum {
    MBI_MEMORY = 1u << 0,
    MBI_CMDLINE = 1u << 2,
    MBI_MODULES = 1u << 3,
    MBI_MMAP = 1u << 6,
    MBI_LOADER_NAME = 1u << 9,
};

typedef struct __attribute__((packed)) {
    uint32_t flags;
    uint32_t mem_lower;       /* KiB below 1 MiB */
    uint32_t mem_upper;       /* KiB above 1 MiB */
    uint32_t boot_device;
    uint32_t cmdline;
    uint32_t mods_count;
    uint32_t mods_addr;
    uint32_t syms[4];
    uint32_t mmap_length;
    uint32_t mmap_addr;
    uint32_t drives_length;
    uint32_t drives_addr;
    uint32_t config_table;
    uint32_t boot_loader_name;
} mb_info_t;

typedef struct __attribute__((packed)) {
    uint32_t size;            /* bytes after this field */
    uint64_t base;
    uint64_t length;
    uint32_t type;
} mb_mmap_entry_t;

typedef struct __attribute__((packed)) {
    uint32_t start;
    uint32_t end;
    uint32_t string;
    uint32_t reserved;
} mb_module_t;

_Static_assert(sizeof(mb_info_t) == 68, "Multiboot info layout");
_Static_assert(sizeof(mb_mmap_entry_t) == 24, "Multiboot mmap entry layout");
_Static_assert(sizeof(mb_module_t) == 16, "Multiboot module layout");

#define MMAP_MAX_BYTES (64u * 1024)

static void warn(const mb_source_t *src, boot_info_t *out, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static void warn(const mb_source_t *src, boot_info_t *out, const char *format, ...)
{
    char msg[192];
    va_list ap;
    va_start(ap, format);
    fmt_vsnprintf(msg, sizeof(msg), format, ap);
    va_end(ap);
    out->warnings++;
    if (src->warn != NULL)
        src->warn(src->ctx, msg);
}

/* Reads a NUL-terminated string of at most size-1 bytes; false if unreadable. */
static bool read_string(const mb_source_t *src, uint64_t addr, char *buf, size_t size,
                        bool *truncated)
{
    *truncated = false;
    for (size_t i = 0; i < size; i++) {
        char c;
        if (!src->read(src->ctx, addr + i, &c, 1))
            return false;
        if (c == '\0' || i == size - 1) {
            *truncated = c != '\0';
            buf[i] = '\0';
            return true;
        }
        buf[i] = c;
    }
    return false;
}

static void add_region(boot_info_t *out, uint64_t base, uint64_t length, uint32_t type)
{
    mem_type_t t = type >= MEM_USABLE && type <= MEM_BAD ? (mem_type_t)type : MEM_RESERVED;
    out->regions[out->region_count++] = (mem_region_t){ base, length, t };
}

static void parse_mmap(const mb_source_t *src, const mb_info_t *info, boot_info_t *out)
{
    uint32_t length = info->mmap_length;
    if (length > MMAP_MAX_BYTES) {
        warn(src, out, "memory map length %u too large; first %u bytes used", length, MMAP_MAX_BYTES);
        length = MMAP_MAX_BYTES;
    }
    uint64_t p = info->mmap_addr, end = p + length;
    while (p + 4 <= end) {
        mb_mmap_entry_t e;
        if (!src->read(src->ctx, p, &e, sizeof(e)) || p + sizeof(e) > end) {
            warn(src, out, "memory map entry at %#llx runs past the map; map cut there",
                 (unsigned long long)p);
            return;
        }
        if (e.size < sizeof(e) - 4) {
            warn(src, out, "memory map entry at %#llx has size %u (< 20); map cut there",
                 (unsigned long long)p, e.size);
            return;
        }
        if (out->region_count == BOOT_MAX_REGIONS) {
            warn(src, out, "more than %d memory regions; the rest ignored", BOOT_MAX_REGIONS);
            return;
        }
        if (e.type < MEM_USABLE || e.type > MEM_BAD)
            warn(src, out, "memory region %#llx has unknown type %u; treated as reserved",
                 (unsigned long long)e.base, e.type);
        add_region(out, e.base, e.length, e.type);
        p += (uint64_t)e.size + 4;
    }
}

/* Without a map: the two basic figures, lower and upper memory. */
static void parse_basic_memory(const mb_info_t *info, boot_info_t *out)
{
    add_region(out, 0, (uint64_t)info->mem_lower * 1024, MEM_USABLE);
    add_region(out, 1ull << 20, (uint64_t)info->mem_upper * 1024, MEM_USABLE);
}

static bool ranges_overlap(uint64_t a0, uint64_t a1, uint64_t b0, uint64_t b1)
{
    return a0 < b1 && b0 < a1;
}

/* Refuses a module that is empty, inverted, or overlaps the kernel or another. */
static bool module_acceptable(const mb_source_t *src, boot_info_t *out, const mb_module_t *m,
                              size_t index)
{
    if (m->end <= m->start) {
        warn(src, out, "module %zu has end %#x <= start %#x; ignored", index, m->end, m->start);
        return false;
    }
    if (ranges_overlap(m->start, m->end, out->kernel_start, out->kernel_end)) {
        warn(src, out, "module %zu (%#x-%#x) overlaps the kernel image; ignored", index,
             m->start, m->end);
        return false;
    }
    for (size_t i = 0; i < out->module_count; i++) {
        if (ranges_overlap(m->start, m->end, out->modules[i].start, out->modules[i].end)) {
            warn(src, out, "module %zu (%#x-%#x) overlaps module '%s'; ignored", index, m->start,
                 m->end, out->modules[i].name);
            return false;
        }
    }
    return true;
}

/* Splits "path/name args..." into the name (last path element) and args. */
static void split_module_string(const char *s, boot_module_t *m)
{
    size_t i = 0, n = 0, name_start = 0;
    while (s[i] == ' ')
        i++;
    size_t word = i;
    while (s[i] && s[i] != ' ') {
        if (s[i] == '/')
            name_start = i + 1;
        i++;
    }
    if (name_start < word)
        name_start = word;
    for (size_t k = name_start; k < i && n + 1 < sizeof(m->name); k++)
        m->name[n++] = s[k];
    m->name[n] = '\0';
    while (s[i] == ' ')
        i++;
    for (n = 0; s[i] && n + 1 < sizeof(m->args); i++)
        m->args[n++] = s[i];
    m->args[n] = '\0';
}

static void parse_one_module(const mb_source_t *src, boot_info_t *out, const mb_module_t *raw,
                             size_t index)
{
    if (!module_acceptable(src, out, raw, index))
        return;
    boot_module_t *m = &out->modules[out->module_count];
    *m = (boot_module_t){ .start = raw->start, .end = raw->end };
    char text[BOOT_CMDLINE_MAX];
    bool truncated = false;
    if (raw->string == 0 || !read_string(src, raw->string, text, sizeof(text), &truncated)) {
        warn(src, out, "module %zu has no readable string; named 'module%zu'", index, index);
        fmt_snprintf(text, sizeof(text), "module%zu", index);
    } else if (truncated) {
        warn(src, out, "module %zu string longer than %d bytes; truncated", index, BOOT_CMDLINE_MAX - 1);
    }
    split_module_string(text, m);
    if (m->name[0] == '\0')
        fmt_snprintf(m->name, sizeof(m->name), "module%zu", index);
    out->module_count++;
}

static void parse_modules(const mb_source_t *src, const mb_info_t *info, boot_info_t *out)
{
    uint32_t count = info->mods_count;
    if (count > BOOT_MAX_MODULES) {
        warn(src, out, "%u modules; only the first %d used", count, BOOT_MAX_MODULES);
        count = BOOT_MAX_MODULES;
    }
    for (uint32_t i = 0; i < count; i++) {
        mb_module_t raw;
        if (!src->read(src->ctx, (uint64_t)info->mods_addr + i * sizeof(raw), &raw, sizeof(raw))) {
            warn(src, out, "module list unreadable at entry %u; the rest ignored", i);
            return;
        }
        parse_one_module(src, out, &raw, i);
    }
}

static void parse_text(const mb_source_t *src, boot_info_t *out, uint64_t addr, char *buf,
                       size_t size, const char *what)
{
    bool truncated = false;
    if (addr == 0 || !read_string(src, addr, buf, size, &truncated)) {
        warn(src, out, "%s unreadable; ignored", what);
        buf[0] = '\0';
    } else if (truncated) {
        warn(src, out, "%s longer than %zu bytes; truncated", what, size - 1);
    }
}

err_t multiboot_parse(uint32_t magic, uint64_t info_addr, const mb_source_t *src,
                      boot_info_t *out)
{
    if (magic != MULTIBOOT_LOADER_MAGIC)
        return ERR_INVALID;
    mb_info_t info;
    if (info_addr == 0 || !src->read(src->ctx, info_addr, &info, sizeof(info)))
        return ERR_CORRUPT;
    fmt_snprintf(out->loader, sizeof(out->loader), "a Multiboot loader");
    if (info.flags & MBI_LOADER_NAME)
        parse_text(src, out, info.boot_loader_name, out->loader, sizeof(out->loader), "loader name");
    if (out->loader[0] == '\0')
        fmt_snprintf(out->loader, sizeof(out->loader), "an unnamed loader");
    if (info.flags & MBI_CMDLINE)
        parse_text(src, out, info.cmdline, out->cmdline, sizeof(out->cmdline), "command line");
    if (info.flags & MBI_MMAP)
        parse_mmap(src, &info, out);
    if (out->region_count == 0 && (info.flags & MBI_MEMORY))
        parse_basic_memory(&info, out);
    if (info.flags & MBI_MODULES)
        parse_modules(src, &info, out);
    return out->region_count == 0 ? ERR_NOT_FOUND : OK;
}
