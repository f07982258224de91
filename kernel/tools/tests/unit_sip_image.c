/*
 * unit_sip_image.c — the sealed fixture (sip_fixture.c, linked with the SIP
 * recipe) parses, its manifest comes back, and sip_image_load() at two
 * different addresses copies, zeroes and relocates exactly as it should.
 * Usage: unit_sip_image FIXTURE.sip
 */
#include "sip_test_image.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

static blob_t sealed;
static sip_image_t img;

static uint64_t read_u64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof(v));
    return v;
}

/* Offset of the first occurrence of needle in hay[0..len), or -1. */
static long find_bytes(const uint8_t *hay, size_t len, const void *needle, size_t n)
{
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(hay + i, needle, n) == 0)
            return (long)i;
    return -1;
}

/* The segment holding vaddr, or NULL. */
static const sip_segment_t *segment_of(uint64_t vaddr)
{
    for (uint32_t s = 0; s < img.segment_count; s++)
        if (vaddr >= img.segments[s].vaddr && vaddr - img.segments[s].vaddr < img.segments[s].memsz)
            return &img.segments[s];
    return NULL;
}

static void test_parse(void)
{
    sip_image_problem_t why = { .code = SIP_IMAGE_SEAL_DIGEST };
    uint8_t digest[SHA256_DIGEST_BYTES];
    CHECK(sip_image_parse(sealed.bytes, sealed.size, &img, &why) == OK);
    CHECK(why.code == SIP_IMAGE_OK);
    sha256(sealed.bytes, sealed.size - sizeof(sip_seal_t), digest);
    CHECK(memcmp(img.digest, digest, sizeof(digest)) == 0);
    CHECK(img.elf_size == sealed.size - sizeof(sip_seal_t));
    CHECK(img.segment_count >= 3 && img.segment_count <= SIP_IMAGE_MAX_SEGMENTS);
    CHECK(img.segments[0].vaddr == 0);
    CHECK(img.span % 4096 == 0 && img.align == 4096);
    const sip_segment_t *last = &img.segments[img.segment_count - 1];
    CHECK(img.span >= last->vaddr + last->memsz && img.span - (last->vaddr + last->memsz) < 4096);
    const sip_segment_t *code = segment_of(img.entry);
    CHECK(code != NULL && code->flags == (SIP_SEGMENT_R | SIP_SEGMENT_X));
    CHECK(img.rela_count >= 4);     /* greeting, entry and the two RELRO pointers */
    CHECK(img.relro_start % 4096 == 0 && img.relro_end % 4096 == 0);
    CHECK(img.relro_end > img.relro_start);
    CHECK(sip_image_parse(sealed.bytes, sealed.size, &img, NULL) == OK);
}

static void test_manifest(void)
{
    const sip_manifest_t *m = &img.manifest;
    CHECK(m->magic == SIP_MANIFEST_MAGIC && m->version == SIP_MANIFEST_VERSION);
    CHECK(strcmp(m->name, "fixture") == 0);
    CHECK(m->stack_bytes == 16384 && m->heap_bytes == (1u << 20));
    CHECK(m->caps == SIP_CAP_BOOT_CONFIG);
    CHECK(strcmp(m->imports[0], "Console") == 0 && strcmp(m->imports[1], "Fs") == 0);
    CHECK(m->imports[2][0] == '\0' && strcmp(m->exports[0], "Fixture") == 0);
    CHECK(m->io_ranges[0].base == 0x3f8 && m->io_ranges[0].count == 8);
    CHECK(m->irqs[0] == 4 && m->irqs[1] == 0xff);
}

/* Every byte of dest[0..span): file byte, relocated pointer, or zero. */
static int count_wrong_bytes(const uint8_t *dest)
{
    const uint8_t *file = sealed.bytes;
    uint8_t *expect = calloc(1, img.span);
    for (uint32_t s = 0; s < img.segment_count; s++)
        memcpy(expect + img.segments[s].vaddr, file + img.segments[s].offset,
               img.segments[s].filesz);
    for (uint64_t r = 0; r < img.rela_count; r++) {
        const uint8_t *rela = file + img.rela_offset + 24 * r;
        uint64_t value = (uint64_t)(uintptr_t)dest + read_u64(rela + 16);
        memcpy(expect + read_u64(rela), &value, sizeof(value));
    }
    int wrong = 0;
    for (uint64_t i = 0; i < img.span; i++)
        wrong += expect[i] != dest[i];
    free(expect);
    return wrong;
}

/* The fixture's own pointers, found through their markers, point where they should. */
static void check_fixture_pointers(const uint8_t *dest)
{
    uint64_t base = (uint64_t)(uintptr_t)dest;
    long data = find_bytes(dest, img.span, "FIXTURE-DATA-V1", 16);
    long greeting = find_bytes(dest, img.span, "insula fixture greeting", 24);
    CHECK(data > 0 && greeting > 0);
    if (data <= 0 || greeting <= 0)
        return;
    CHECK(segment_of((uint64_t)data)->flags & SIP_SEGMENT_W);
    CHECK(segment_of((uint64_t)greeting)->flags == SIP_SEGMENT_R);
    CHECK(read_u64(dest + data + 16) == base + (uint64_t)greeting);
    CHECK(read_u64(dest + data + 24) == base + img.entry);
    CHECK(read_u64(dest + data + 32) == 7);
    uint64_t relro_target = base + (uint64_t)find_bytes(dest, img.span, "FIXTURE-RELRO-V1", 17);
    long relro = find_bytes(dest, img.span, &relro_target, sizeof(relro_target));
    CHECK(relro > 0 && (uint64_t)relro >= img.relro_start && (uint64_t)relro < img.relro_end);
    CHECK(relro > 0 && read_u64(dest + relro + 8) == base + (uint64_t)greeting);
}

/* Loads at dest (prefilled with 0xAA, one spare page after the span). */
static void load_and_check(uint8_t *dest)
{
    memset(dest, 0xaa, img.span + 4096);
    CHECK(sip_image_load(&img, sealed.bytes, dest, img.span + 4096) == OK);
    CHECK(count_wrong_bytes(dest) == 0);
    check_fixture_pointers(dest);
    int touched = 0;
    for (uint64_t i = img.span; i < img.span + 4096; i++)
        touched += dest[i] != 0xaa;
    CHECK(touched == 0);
}

static void test_load_twice(void)
{
    uint8_t *a = aligned_alloc(4096, img.span + 4096);
    uint8_t *b = aligned_alloc(4096, img.span + 3 * 4096);
    load_and_check(a);
    load_and_check(b + 4096);
    /* Same bytes except the relocated slots, which differ by the distance. */
    uint64_t delta = (uint64_t)(uintptr_t)(b + 4096) - (uint64_t)(uintptr_t)a;
    int differing = 0, moved = 0;
    for (uint64_t i = 0; i < img.span; i++)
        differing += a[i] != b[4096 + i];
    for (uint64_t r = 0; r < img.rela_count; r++) {
        uint64_t off = read_u64(sealed.bytes + img.rela_offset + 24 * r);
        moved += read_u64(b + 4096 + off) - read_u64(a + off) == delta;
    }
    CHECK(differing > 0);
    CHECK(moved == (int)img.rela_count);
    free(a);
    free(b);
}

/* A reload of any window after the bytes there were scribbled over gives
   back exactly what the load wrote, and touches nothing outside it. */
static void test_reload_windows(void)
{
    uint8_t *dest = aligned_alloc(4096, img.span);
    uint8_t *loaded = malloc(img.span);
    CHECK(sip_image_load(&img, sealed.bytes, dest, img.span) == OK);
    memcpy(loaded, dest, img.span);
    uint64_t step = img.span / 7 + 1;
    for (uint64_t lo = 0; lo < img.span; lo += step) {
        uint64_t hi = lo + step + 5 < img.span ? lo + step + 5 : img.span;
        memset(dest + lo, 0x5c, hi - lo);
        CHECK(sip_image_reload(&img, sealed.bytes, dest, lo, hi) == OK);
        CHECK(memcmp(loaded, dest, img.span) == 0);
        memset(dest, 0x33, img.span);    /* outside the window stays as it was */
        CHECK(sip_image_reload(&img, sealed.bytes, dest, lo, hi) == OK);
        CHECK(memcmp(loaded + lo, dest + lo, hi - lo) == 0);
        CHECK(lo == 0 || dest[lo - 1] == 0x33);
        CHECK(hi == img.span || dest[hi] == 0x33);
        memcpy(dest, loaded, img.span);
    }
    /* Every relocated slot, cut in two by a window boundary. */
    for (uint64_t r = 0; r < img.rela_count; r++) {
        uint64_t off = read_u64(sealed.bytes + img.rela_offset + 24 * r);
        memset(dest + off, 0, 8);
        CHECK(sip_image_reload(&img, sealed.bytes, dest, 0, off + 3) == OK);
        CHECK(sip_image_reload(&img, sealed.bytes, dest, off + 3, img.span) == OK);
        CHECK(memcmp(loaded, dest, img.span) == 0);
    }
    CHECK(sip_image_reload(&img, sealed.bytes, dest, 8, 4) == ERR_RANGE);
    CHECK(sip_image_reload(&img, sealed.bytes, dest, 0, img.span + 1) == ERR_RANGE);
    CHECK(sip_image_reload(&img, sealed.bytes, dest + 8, 0, 8) == ERR_ALIGN);
    free(dest);
    free(loaded);
}

static void test_load_refusals(void)
{
    uint8_t *dest = aligned_alloc(4096, img.span + 4096);
    memset(dest, 0xaa, img.span + 4096);
    CHECK(sip_image_load(&img, sealed.bytes, dest + 8, img.span) == ERR_ALIGN);
    CHECK(sip_image_load(&img, sealed.bytes, dest, img.span - 1) == ERR_RANGE);
    sip_image_t bad = img;
    bad.segments[bad.segment_count - 1].memsz += 2 * 4096;      /* past the span */
    CHECK(sip_image_load(&bad, sealed.bytes, dest, img.span) == ERR_INVALID);
    bad = img;
    bad.rela_offset = bad.elf_size - 8;                          /* table past the file */
    CHECK(sip_image_load(&bad, sealed.bytes, dest, img.span) == ERR_INVALID);
    bad = img;
    bad.align = 0;
    CHECK(sip_image_load(&bad, sealed.bytes, dest, img.span) == ERR_INVALID);
    int touched = 0;
    for (uint64_t i = 0; i < img.span + 4096; i++)
        touched += dest[i] != 0xaa;
    CHECK(touched == 0);
    free(dest);
}

/* The unsealed ELF passes the structural checks alone, with no digest. */
static void test_parse_elf(void)
{
    sip_image_t plain;
    static const uint8_t zero[SHA256_DIGEST_BYTES];
    CHECK(sip_image_parse_elf(sealed.bytes, img.elf_size, &plain, NULL) == OK);
    CHECK(memcmp(plain.digest, zero, sizeof(zero)) == 0 && plain.span == img.span);
    blob_t again = blob_sealed(sealed.bytes, img.elf_size);
    CHECK(again.size == sealed.size && memcmp(again.bytes, sealed.bytes, sealed.size) == 0);
    free(again.bytes);
}

static void test_describe(void)
{
    char line[200];
    sip_image_problem_t why = { SIP_IMAGE_SEGMENT_WX, 2, 7, 0 };
    size_t n = sip_image_describe(&why, line, sizeof(line));
    CHECK(strcmp(line, "[SIP-IMAGE-SEGMENT-WX] program header 2 is writable and executable "
                       "(flags 0x7)") == 0);
    CHECK(n == strlen(line));
    why = (sip_image_problem_t){ SIP_IMAGE_RELOC_TYPE, 5, 7, 0 };
    sip_image_describe(&why, line, sizeof(line));
    CHECK(strcmp(line, "[SIP-IMAGE-RELOC-TYPE] relocation 5 has type 7; only "
                       "R_X86_64_RELATIVE (8) is allowed") == 0);
    why = (sip_image_problem_t){ SIP_IMAGE_DYNAMIC_TAG, 0, 1, 0 };
    sip_image_describe(&why, line, sizeof(line));
    CHECK(strstr(line, "tag 0x1 (DT_NEEDED") != NULL);
    why = (sip_image_problem_t){ SIP_IMAGE_SEAL_DIGEST, 0, 0, 0 };
    size_t full = sip_image_describe(&why, line, sizeof(line));
    CHECK(full == strlen(line) && strstr(line, "SEAL-DIGEST] seal digest mismatch") != NULL);
    CHECK(sip_image_describe(&why, line, 12) == full && strcmp(line, "[SIP-IMAGE-") == 0);
    CHECK(sip_image_describe(&why, NULL, 0) == full);
    CHECK(strcmp(sip_image_problem_text(SIP_IMAGE_SEAL_DIGEST), "seal digest mismatch") == 0);
    CHECK(strcmp(sip_image_problem_name((sip_image_problem_code_t)999), "UNKNOWN") == 0);
}

/* Every code has its own name, a text, and an error other than OK. */
static void test_problem_table(void)
{
    int bad = 0;
    for (int c = 1; c < SIP_IMAGE_PROBLEM__COUNT; c++) {
        const char *name = sip_image_problem_name((sip_image_problem_code_t)c);
        bad += strcmp(name, "UNKNOWN") == 0 || sip_image_problem_err((sip_image_problem_code_t)c) == OK;
        for (int d = 1; d < c; d++)
            bad += strcmp(name, sip_image_problem_name((sip_image_problem_code_t)d)) == 0;
    }
    CHECK(bad == 0);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: unit_sip_image FIXTURE.sip\n");
        return 2;
    }
    sealed = blob_read(argv[1]);
    test_parse();
    test_manifest();
    test_load_twice();
    test_reload_windows();
    test_load_refusals();
    test_parse_elf();
    test_describe();
    test_problem_table();
    free(sealed.bytes);
    return unit_summary("unit_sip_image");
}
