/*
 * unit_sip_malformed.c — targeted corruptions of the sealed fixture, each of
 * which must be refused with its own problem code (and index, where the
 * problem names one). Seal-level damage is tested on the sealed bytes;
 * every structural corruption is resealed first, so the structural check
 * (not the digest) is what refuses it. Runs under ASan + UBSan: no case may
 * read outside the buffer, which is allocated to the exact size.
 * Usage: unit_sip_malformed FIXTURE.sip
 */
#include "sip_malformed.h"
#include "unit.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static blob_t sealed;
static size_t elf_size;
int expect_index;

/* Damages a copy of the sealed file (no reseal); checks the refusal. */
static void expect_sealed(const char *what, size_t keep, size_t flip_at,
                          sip_image_problem_code_t code)
{
    blob_t b = blob_copy(sealed.bytes, keep, 0);
    if (flip_at < keep)
        b.bytes[flip_at] ^= 0x40;
    sip_image_t img;
    sip_image_problem_t why;
    err_t rc = sip_image_parse(b.bytes, b.size, &img, &why);
    if (rc == OK || why.code != code || rc != sip_image_problem_err(code))
        fprintf(stderr, "%s: got %s, expected %s\n", what, sip_image_problem_name(why.code),
                sip_image_problem_name(code));
    CHECK(rc != OK && why.code == code && rc == sip_image_problem_err(code));
    free(b.bytes);
}

static void test_seal_damage(void)
{
    const size_t seal_at = elf_size, none = (size_t)-1;
    static const size_t short_lengths[] = { 0, 1, 16, 63, 64, 100, 127 };
    for (size_t i = 0; i < sizeof(short_lengths) / sizeof(short_lengths[0]); i++)
        expect_sealed("truncated short", short_lengths[i], none, SIP_IMAGE_TRUNCATED);
    static const size_t cut_by[] = { 1, 8, 63, 64, 65, 1000 };
    for (size_t i = 0; i < sizeof(cut_by) / sizeof(cut_by[0]); i++)
        expect_sealed("truncated", sealed.size - cut_by[i], none, SIP_IMAGE_SEAL_MAGIC);
    expect_sealed("truncated to half", sealed.size / 2, none, SIP_IMAGE_SEAL_MAGIC);
    expect_sealed("seal magic flipped", sealed.size, seal_at + 3, SIP_IMAGE_SEAL_MAGIC);
    expect_sealed("sealed_bytes changed", sealed.size, seal_at + 16, SIP_IMAGE_SEAL_LENGTH);
    expect_sealed("seal reserved set", sealed.size, seal_at + 24, SIP_IMAGE_SEAL_RESERVED);
    expect_sealed("digest flipped", sealed.size, seal_at + 40, SIP_IMAGE_SEAL_DIGEST);
    expect_sealed("ELF header flipped", sealed.size, 5, SIP_IMAGE_SEAL_DIGEST);
    expect_sealed("code flipped", sealed.size, code_offset(sealed.bytes), SIP_IMAGE_SEAL_DIGEST);
    expect_sealed("last ELF byte flipped", sealed.size, elf_size - 1, SIP_IMAGE_SEAL_DIGEST);
    blob_t longer = blob_copy(sealed.bytes, sealed.size, 1);   /* one zero byte appended */
    sip_image_problem_t why;
    sip_image_t img;
    CHECK(sip_image_parse(longer.bytes, sealed.size + 1, &img, &why) != OK &&
          why.code == SIP_IMAGE_SEAL_MAGIC);
    free(longer.bytes);
}

/* Resealed garbage: the seal is right, the ELF is not. */
static void test_sealed_garbage(void)
{
    uint8_t zeros[200] = { 0 };
    sip_image_t img;
    sip_image_problem_t why;
    CHECK(parse_resealed(zeros, sizeof(zeros), &img, &why) == ERR_INVALID &&
          why.code == SIP_IMAGE_ELF_MAGIC);
    CHECK(parse_resealed(zeros, 10, &img, &why) == ERR_TRUNCATED && why.code == SIP_IMAGE_TRUNCATED);
    CHECK(sip_image_parse_elf(zeros, 10, &img, &why) == ERR_TRUNCATED);
}

/* Applies one resealed corruption to a fresh copy of the ELF; checks the refusal. */
static void run_case(const malformed_case_t *c)
{
    blob_t e = blob_copy(sealed.bytes, elf_size, 0);
    expect_index = -1;
    c->mutate(e.bytes);
    sip_image_t img;
    sip_image_problem_t why;
    char line[300];
    err_t rc = parse_resealed(e.bytes, e.size, &img, &why);
    sip_image_describe(&why, line, sizeof(line));
    bool right = rc != OK && why.code == c->expect && rc == sip_image_problem_err(c->expect) &&
                 (expect_index < 0 || why.index == (uint32_t)expect_index);
    if (!right)
        fprintf(stderr, "case '%s': got %s (index %u), expected %s (index %d)\n", c->what, line,
                why.index, sip_image_problem_name(c->expect), expect_index);
    CHECK(right);
    CHECK(strncmp(line, "[SIP-IMAGE-", 11) == 0);
    free(e.bytes);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: unit_sip_malformed FIXTURE.sip\n");
        return 2;
    }
    sealed = blob_read(argv[1]);
    elf_size = sealed.size - sizeof(sip_seal_t);
    sip_image_t img;
    CHECK(parse_resealed(sealed.bytes, elf_size, &img, NULL) == OK);     /* the control */
    test_seal_damage();
    test_sealed_garbage();
    size_t n;
    const malformed_case_t *cases = malformed_cases(&n);
    for (size_t i = 0; i < n; i++)
        run_case(&cases[i]);
    printf("unit_sip_malformed: %zu resealed corruptions\n", n);
    free(sealed.bytes);
    return unit_summary("unit_sip_malformed");
}
