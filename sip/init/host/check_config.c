/*
 * check_config.c — `./insula check-config`: checks a boot configuration on
 * this machine with init's own parser (sip/init/bootconf*.c, built for the
 * host), so the build, the runner and init apply one set of rules.
 *
 *   check-config [--name SHOWN] [--images LIST] [--list-images] FILE
 *
 * Prints every diagnostic as `SHOWN:LINE:COL: error: [CONFIG-ID] ...` on
 * stderr (SHOWN defaults to FILE as given). With --images, the file the
 * build writes with every SIP image it builds (BUILD/sip/images.txt, one
 * NAME.sip per line), each `image` must be one of them ([CONFIG-IMAGE]
 * otherwise). With
 * --list-images, prints the images the configuration starts, each once, in
 * order, on stdout: the boot modules it needs besides init and itself.
 * Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage or I/O.
 */
#include "bootconf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK_FILE_MAX (1u << 20)  /* largest configuration read */
#define CHECK_SIPS_MAX 512         /* SIPs in a listing */

typedef struct {
    const char *shown;   /* the file name in diagnostics */
    const char *listing; /* --images, or NULL */
    bool list_images;
    const char *path;
} check_args_t;

static const char *check_shown;
static char check_known[CHECK_SIPS_MAX][BOOTCONF_IMAGE_MAX + 1];
static size_t check_known_count;

static void check_print_diag(const bootconf_diag_t *diag)
{
    static bootconf_line_t line;
    str_t name = {.bytes = check_shown, .len = strlen(check_shown)};
    bootconf_format_diag(&line, sizeof line.text, name, diag);
    fprintf(stderr, "%s\n", line.text);
}

/* check_read: the whole file (up to CHECK_FILE_MAX bytes), or NULL. */
static char *check_read(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    char *text = f != NULL ? malloc(CHECK_FILE_MAX + 1) : NULL;
    size_t n = text != NULL ? fread(text, 1, CHECK_FILE_MAX + 1, f) : 0;

    if (f != NULL && (ferror(f) || n > CHECK_FILE_MAX)) {
        free(text);
        text = NULL;
    }
    if (f != NULL)
        fclose(f);
    *length = n;
    return text;
}

/* check_load_images: one image name per line. */
static bool check_load_images(const char *list)
{
    FILE *f = fopen(list, "r");
    char line[256];

    if (f == NULL)
        return false;
    while (fgets(line, sizeof line, f) != NULL && check_known_count < CHECK_SIPS_MAX) {
        line[strcspn(line, "\n")] = '\0';
        snprintf(check_known[check_known_count++], sizeof check_known[0], "%s", line);
    }
    fclose(f);
    return true;
}

static bool check_is_known(const char *image)
{
    for (size_t i = 0; i < check_known_count; i++) {
        if (strcmp(check_known[i], image) == 0)
            return true;
    }
    return false;
}

/* check_image_place: line and column of the `"` after `image =` in the
 * block of s (searched from the block's name on); the name's place if the
 * text does not show it. */
static void check_image_place(const char *text, size_t length, const bootconf_sip_t *s,
                              uint32_t *line, uint32_t *column)
{
    uint32_t l = 1, c = 1;

    *line = s->line;
    *column = s->column;
    for (size_t i = 0; i < length; i++, c++) {
        if (text[i] == '\n') {
            l++;
            c = 0;
            continue;
        }
        if ((l == s->line && c < s->column) || l < s->line)
            continue;
        if (length - i > 5 && memcmp(text + i, "image", 5) == 0) {
            size_t j = i + 5;
            while (j < length && (text[j] == ' ' || text[j] == '\t' || text[j] == '='))
                j++;
            if (j < length && text[j] == '"') {
                *line = l;
                *column = c + (uint32_t)(j - i);
            }
            return;
        }
    }
}

/* check_images: [CONFIG-IMAGE] for each image that is no SIP of the tree. */
static size_t check_images(const bootconf_t *conf, const char *text, size_t length)
{
    size_t errors = 0;

    for (size_t i = 0; i < conf->sip_count; i++) {
        const bootconf_sip_t *s = &conf->sips[i];
        uint32_t line, column;
        if (check_is_known(s->image))
            continue;
        check_image_place(text, length, s, &line, &column);
        fprintf(stderr,
                "%s:%u:%u: error: [CONFIG-IMAGE] sip '%s': image \"%s\" is no SIP of this "
                "tree (a SIP NAME is built as NAME.sip from a folder sip/NAME/, "
                "sip/tests/NAME/ or drivers/NAME/; docs/hacking.md)\n",
                check_shown, (unsigned)line, (unsigned)column, s->name, s->image);
        errors++;
    }
    return errors;
}

static void check_list_images(const bootconf_t *conf)
{
    for (size_t i = 0; i < conf->sip_count; i++) {
        bool seen = false;
        for (size_t k = 0; k < i; k++)
            seen |= strcmp(conf->sips[k].image, conf->sips[i].image) == 0;
        if (!seen)
            printf("%s\n", conf->sips[i].image);
    }
}

static int check_usage(void)
{
    fprintf(stderr, "usage: check-config [--name SHOWN] [--images LIST] [--list-images] FILE\n");
    return 2;
}

/* check_parse_args: 0 to go on, else the exit status. */
static int check_parse_args(int argc, char **argv, check_args_t *a)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--name") == 0 && i + 1 < argc)
            a->shown = argv[++i];
        else if (strcmp(argv[i], "--images") == 0 && i + 1 < argc)
            a->listing = argv[++i];
        else if (strcmp(argv[i], "--list-images") == 0)
            a->list_images = true;
        else if (argv[i][0] != '-' && a->path == NULL)
            a->path = argv[i];
        else
            return check_usage();
    }
    return a->path == NULL ? check_usage() : 0;
}

int main(int argc, char **argv)
{
    check_args_t a = {0};
    static bootconf_t conf;
    size_t length = 0, errors;
    int rc = check_parse_args(argc, argv, &a);
    char *text;

    if (rc != 0)
        return rc;
    check_shown = a.shown != NULL ? a.shown : a.path;
    if (a.listing != NULL && !check_load_images(a.listing)) {
        fprintf(stderr, "check-config: cannot read the image list %s\n", a.listing);
        return 2;
    }
    text = check_read(a.path, &length);
    if (text == NULL) {
        fprintf(stderr, "%s: error: cannot read this boot configuration (missing, unreadable "
                "or over 1 MiB)\n", check_shown);
        return 2;
    }
    bootconf_parse((str_t){.bytes = text, .len = length}, &conf, check_print_diag);
    errors = conf.errors + (a.listing != NULL ? check_images(&conf, text, length) : 0);
    if (a.list_images)
        check_list_images(&conf);
    free(text);
    return errors == 0 ? 0 : 1;
}
