/*
 * sipseal — the SIP image sealer (a host tool).
 *
 *   sipseal INPUT.elf -o OUTPUT.sip   validate, seal, write
 *   sipseal --check FILE.sip          validate a sealed image (silent when good)
 *   sipseal --print FILE.sip          validate, then show manifest and segments
 *
 * Sealing appends a sip_seal_t (abi/seal.h) after the ELF, but only after
 * the sealed bytes pass sip_image_parse(), the loader's own check: an image
 * the build seals is one the loader accepts. Problems are reported as
 * `FILE: error: [SIP-IMAGE-<NAME>] <detail>`, exit status 1; usage errors
 * exit with 2.
 */
#include "sipseal.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_INPUT_BYTES (256u << 20)

enum { EXIT_PROBLEM = 1, EXIT_USAGE = 2 };

static int usage(const char *why)
{
    if (why)
        fprintf(stderr, "sipseal: %s\n", why);
    fprintf(stderr, "usage: sipseal INPUT.elf -o OUTPUT.sip\n"
                    "       sipseal --check FILE.sip\n"
                    "       sipseal --print FILE.sip\n");
    return EXIT_USAGE;
}

/* Reads a whole file, with room for a seal after it. NULL on error (reported). */
static uint8_t *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: error: cannot open: %s\n", path, strerror(errno));
        return NULL;
    }
    long length = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    uint8_t *buf = NULL;
    size_t n = 0;
    if (length >= 0 && (unsigned long)length <= MAX_INPUT_BYTES && fseek(f, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)length + sizeof(sip_seal_t))) != NULL)
        n = fread(buf, 1, (size_t)length, f);
    bool bad = buf == NULL || ferror(f) || n != (size_t)length;
    fclose(f);
    if (bad) {
        fprintf(stderr, "%s: error: cannot read it (or it is larger than %u bytes)\n", path,
                MAX_INPUT_BYTES);
        free(buf);
        return NULL;
    }
    *size = n;
    return buf;
}

static int report(const char *path, const sip_image_problem_t *why)
{
    char line[256];
    sip_image_describe(why, line, sizeof(line));
    fprintf(stderr, "%s: error: %s\n", path, line);
    return EXIT_PROBLEM;
}

/* Writes data to path through a temporary file, so no half image is left. */
static int write_file(const char *path, const uint8_t *data, size_t size)
{
    char tmp[4096];
    if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= sizeof(tmp))
        return fprintf(stderr, "%s: error: path too long\n", path), EXIT_PROBLEM;
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(data, 1, size, f) == size;
    ok = (f && fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        fprintf(stderr, "%s: error: cannot write: %s\n", path, strerror(errno));
        remove(tmp);
        return EXIT_PROBLEM;
    }
    return 0;
}

static bool already_sealed(const uint8_t *buf, size_t size)
{
    static const char magic[16] = SIP_SEAL_MAGIC;
    return size >= sizeof(sip_seal_t) &&
           memcmp(buf + size - sizeof(sip_seal_t), magic, sizeof(magic)) == 0;
}

static int seal_command(const char *input, const char *output)
{
    size_t size;
    uint8_t *buf = read_file(input, &size);
    if (!buf)
        return EXIT_PROBLEM;
    int status = EXIT_PROBLEM;
    sip_seal_t seal;
    sip_image_t img;
    sip_image_problem_t why;
    if (already_sealed(buf, size)) {
        fprintf(stderr, "%s: error: already sealed; seal the linker's output\n", input);
        goto out;
    }
    sip_image_seal(buf, size, &seal);
    memcpy(buf + size, &seal, sizeof(seal));
    if (sip_image_parse(buf, size + sizeof(seal), &img, &why) != OK) {
        status = report(input, &why);
        goto out;
    }
    status = write_file(output, buf, size + sizeof(seal));
out:
    free(buf);
    return status;
}

/* Loads and parses a sealed image; prints the problem and returns non-zero if refused. */
static int check_image(const char *path, sip_image_t *img)
{
    size_t size;
    sip_image_problem_t why;
    uint8_t *buf = read_file(path, &size);
    if (!buf)
        return EXIT_PROBLEM;
    err_t rc = sip_image_parse(buf, size, img, &why);
    free(buf);
    return rc == OK ? 0 : report(path, &why);
}

int main(int argc, char **argv)
{
    sip_image_t img;
    if (argc == 3 && strcmp(argv[1], "--check") == 0)
        return check_image(argv[2], &img);
    if (argc == 3 && strcmp(argv[1], "--print") == 0) {
        int status = check_image(argv[2], &img);
        if (status == 0)
            sipseal_print(argv[2], &img);
        return status;
    }
    if (argc == 4 && strcmp(argv[2], "-o") == 0 && argv[1][0] != '-')
        return seal_command(argv[1], argv[3]);
    if (argc == 4 && strcmp(argv[1], "-o") == 0 && argv[3][0] != '-')
        return seal_command(argv[3], argv[2]);
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(NULL);
        return 0;
    }
    return usage("bad arguments");
}
