/*
 * test_ext2.c — host test of the ext2 library (ASan + UBSan) against
 * images made by mke2fs; driven by ext2_host_test.py.
 *
 *   test_ext2 read IMAGE SRCDIR      every file under SRCDIR must read back
 *                                    identically from IMAGE (made with -d SRCDIR),
 *                                    and every directory list the same names
 *   test_ext2 write IMAGE OUT EXPDIR runs the write workload on a copy of
 *                                    IMAGE, syncs, saves it as OUT and writes
 *                                    the expected content of every file it
 *                                    touched to EXPDIR/<path with '/' as '%'>,
 *                                    and EXPDIR/GONE listing removed paths
 *   test_ext2 corrupt IMAGE          named refusals of damaged copies of IMAGE
 *   test_ext2 unlink IMAGE OUT CUT   removals, renames over files and new files
 *                                    taking the freed inode numbers, cut likewise
 *   test_ext2 crash IMAGE OUT CUT    writes and syncs /crash/{a,b}, then makes more
 *                                    changes and syncs again, but the device takes
 *                                    only CUT more writes (a crash): OUT is the image
 *                                    as the crash left it
 *
 * Content written is the generator of `files write PATH SIZE SEED`
 * (fill_byte below; the files SIP and the Python driver use the same one).
 */
#include "ext2.h"
#include "insula/heap.h"
#include "internal.h"
#include "mem_dev.h"
#include "mock_abi.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int failures;

#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);    \
            failures++;                                                                 \
        }                                                                               \
    } while (0)
#define CHECK_ERR(expr, want)                                                           \
    do {                                                                                \
        ext2_err_t got_ = (expr);                                                       \
        if (got_ != (want)) {                                                           \
            fprintf(stderr, "%s:%d: %s gave %s, expected %s\n", __FILE__, __LINE__,     \
                    #expr, ext2_err_name(got_), ext2_err_name(want));                   \
            failures++;                                                                 \
        }                                                                               \
    } while (0)

static ext2_fs_t fs;
static ext2_dev_t dev;

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (p == NULL)
        abort();
    return p;
}

static void load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    free(dev.bytes);
    dev = (ext2_dev_t){ .bytes = xmalloc((size_t)n), .size = (uint64_t)n };
    if (fread(dev.bytes, 1, (size_t)n, f) != (size_t)n)
        exit(2);
    fclose(f);
}

static ext2_err_t mount(bool read_only)
{
    return ext2_mount(&fs, &dev, read_only);
}

static str_t S(const char *s)
{
    return str_from_cstr(s);
}

uint8_t fill_byte(uint32_t *state);
uint8_t fill_byte(uint32_t *state)
{
    *state = *state * 1103515245u + 12345u;
    return (uint8_t)(*state >> 24);
}

/* ---- read: the image against its source directory ---- */

static ext2_inode_t stat_ok(const char *path)
{
    ext2_inode_result_t r = ext2_stat(&fs, S(path));
    if (r.err != EXT2_OK)
        fprintf(stderr, "stat %s: %s\n", path, ext2_err_name(r.err));
    CHECK(r.err == EXT2_OK);
    return r.err == EXT2_OK ? *r.inode : (ext2_inode_t){ 0 };
}

static uint8_t *read_all(const char *path, uint64_t *size)
{
    ext2_inode_t n = stat_ok(path);
    *size = n.size;
    uint8_t *bytes = xmalloc((size_t)n.size);
    buf_t *chunk = buf_new(65536);
    for (uint64_t off = 0; off < n.size;) {
        ext2_err_t rc = ext2_file_read(&fs, &n, off, 65536, chunk);
        CHECK_ERR(rc, EXT2_OK);
        if (rc != EXT2_OK || buf_len(chunk) == 0)
            break;
        memcpy(bytes + off, chunk->data, buf_len(chunk));
        off += buf_len(chunk);
    }
    return bytes;
}

static int count_entries(const char *path)
{
    ext2_inode_t dir = stat_ok(path);
    int count = 0;
    for (uint64_t cursor = 0;; count++) {
        CHECK_ERR(ext2_dir_next(&fs, &dir, cursor, &fs.dirent), EXT2_OK);
        if (!fs.dirent.found)
            break;
        cursor = fs.dirent.next;
    }
    return count;
}

static void compare_tree(const char *src, const char *path)
{
    char host[4096], inner[2048];
    snprintf(host, sizeof(host), "%s%s", src, path);
    DIR *d = opendir(host);
    CHECK(d != NULL);
    if (d == NULL)
        return;
    int host_count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        host_count++;
        snprintf(inner, sizeof(inner), "%s/%s", strcmp(path, "/") ? path : "", e->d_name);
        snprintf(host, sizeof(host), "%s%s", src, inner);
        struct stat st;
        lstat(host, &st);
        if (S_ISDIR(st.st_mode)) {
            compare_tree(src, inner);
            continue;
        }
        uint64_t size;
        uint8_t *got = read_all(inner, &size);
        FILE *f = fopen(host, "rb");
        uint8_t *want = xmalloc((size_t)st.st_size);
        CHECK(fread(want, 1, (size_t)st.st_size, f) == (size_t)st.st_size);
        fclose(f);
        CHECK(size == (uint64_t)st.st_size);
        if (size != (uint64_t)st.st_size || memcmp(got, want, (size_t)size) != 0)
            fprintf(stderr, "read: %s differs from the source\n", inner);
        free(got);
        free(want);
    }
    closedir(d);
    int listed = count_entries(path[0] ? path : "/");
    if (strcmp(path, "/") == 0)
        listed--;    /* lost+found, which mke2fs adds */
    CHECK(listed == host_count);
}

static int run_read(const char *image, const char *src)
{
    load(image);
    CHECK_ERR(mount(true), EXT2_OK);
    compare_tree(src, "/");
    CHECK_ERR(ext2_mkdir(&fs, S("/x")), EXT2_E_READ_ONLY);
    return failures;
}

/* ---- write: the workload, with a model of every file it touches ---- */

typedef struct {
    char path[256];
    uint8_t *bytes;
    uint64_t size;
    bool gone;
} model_t;

static model_t models[512];
static int model_count;

static model_t *model(const char *path)
{
    for (int i = 0; i < model_count; i++)
        if (strcmp(models[i].path, path) == 0)
            return &models[i];
    model_t *m = &models[model_count++];
    snprintf(m->path, sizeof(m->path), "%s", path);
    return m;
}

static void model_write(model_t *m, uint64_t offset, const uint8_t *bytes, uint64_t n)
{
    if (offset + n > m->size) {
        m->bytes = realloc(m->bytes, (size_t)(offset + n));
        memset(m->bytes + m->size, 0, (size_t)(offset + n - m->size));
        m->size = offset + n;
    }
    memcpy(m->bytes + offset, bytes, (size_t)n);
    m->gone = false;
}

/* Writes SIZE generated bytes (seed) at offset, through the library and the model. */
static ext2_err_t write_at(const char *path, uint64_t offset, uint64_t size, uint32_t seed,
                           bool create)
{
    ext2_inode_result_t f = ext2_open(&fs, S(path), create, false);
    if (f.err != EXT2_OK)
        return f.err;
    uint8_t *bytes = xmalloc((size_t)size);
    uint32_t state = seed;
    for (uint64_t i = 0; i < size; i++)
        bytes[i] = fill_byte(&state);
    model_t *m = model(path);
    if (!m->gone && m->bytes == NULL && m->size == 0) {
        uint64_t old;
        free(m->bytes);
        m->bytes = read_all(path, &old);
        m->size = old;
    }
    ext2_err_t rc = EXT2_OK;
    for (uint64_t done = 0; done < size && rc == EXT2_OK;) {
        uint64_t chunk = size - done > 65536 ? 65536 : size - done;
        ext2_u32_result_t w = ext2_file_write(&fs, f.inode, offset + done,
            (str_t){ .bytes = (const char *)bytes + done, .len = (size_t)chunk });
        model_write(m, offset + done, bytes + done, w.value);
        rc = w.err;
        done += w.value;
    }
    free(bytes);
    return rc;
}

static void truncate_to(const char *path, uint64_t size)
{
    ext2_inode_result_t f = ext2_open(&fs, S(path), false, false);
    CHECK_ERR(f.err, EXT2_OK);
    CHECK_ERR(ext2_file_truncate(&fs, f.inode, size), EXT2_OK);
    model_t *m = model(path);
    if (size > m->size)
        model_write(m, size - 1, (const uint8_t *)"", 1);
    m->size = size;
}

static void gone(const char *path)
{
    model_t *m = model(path);
    m->gone = true;
    m->size = 0;
}

static void check_model_reads(void)
{
    for (int i = 0; i < model_count; i++) {
        model_t *m = &models[i];
        if (m->gone) {
            CHECK_ERR(ext2_stat(&fs, S(m->path)).err, EXT2_E_NOT_FOUND);
            continue;
        }
        uint64_t size;
        uint8_t *got = read_all(m->path, &size);
        if (size != m->size || memcmp(got, m->bytes, (size_t)size) != 0) {
            fprintf(stderr, "model: %s reads back wrong (%llu bytes, want %llu)\n", m->path,
                    (unsigned long long)size, (unsigned long long)m->size);
            failures++;
        }
        free(got);
    }
}

static void path_errors(void)
{
    char long_path[1100], long_name[300];
    memset(long_path, 'a', sizeof(long_path));
    long_path[0] = '/';
    memset(long_name, 'b', sizeof(long_name));
    long_name[0] = '/';
    CHECK_ERR(ext2_stat(&fs, str_empty()).err, EXT2_E_PATH_EMPTY);
    CHECK_ERR(ext2_stat(&fs, S("relative")).err, EXT2_E_PATH_RELATIVE);
    CHECK_ERR(ext2_stat(&fs, S("/..")).err, EXT2_E_PATH_PAST_ROOT);
    CHECK_ERR(ext2_stat(&fs, S("/a/../..")).err, EXT2_E_PATH_PAST_ROOT);
    CHECK_ERR(ext2_stat(&fs, (str_t){ .bytes = long_path, .len = sizeof(long_path) }).err,
              EXT2_E_PATH_TOO_LONG);
    CHECK_ERR(ext2_stat(&fs, (str_t){ .bytes = long_name, .len = 257 }).err,
              EXT2_E_NAME_TOO_LONG);
    CHECK_ERR(ext2_stat(&fs, (str_t){ .bytes = "/a\0b", .len = 4 }).err, EXT2_E_PATH_NUL);
    CHECK_ERR(ext2_stat(&fs, S("/nonexistent/x")).err, EXT2_E_NOT_FOUND);
    CHECK_ERR(ext2_stat(&fs, S("/.//./")).err, EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/")), EXT2_E_PATH_IS_ROOT);
    CHECK_ERR(ext2_rmdir(&fs, S("/")), EXT2_E_BUSY);
    CHECK_ERR(ext2_open(&fs, S("/"), true, false).err, EXT2_E_IS_DIR);
}

static void directory_churn(uint32_t bs)
{
    char path[300];
    CHECK_ERR(ext2_mkdir(&fs, S("/many")), EXT2_OK);
    int n = bs == 1024 ? 120 : 200;
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof(path), "/many/file-with-a-longish-name-%04d", i);
        CHECK_ERR(write_at(path, 0, (uint64_t)(i % 7) * 100, (uint32_t)i, true), EXT2_OK);
    }
    for (int i = 0; i < n; i += 2) {
        snprintf(path, sizeof(path), "/many/file-with-a-longish-name-%04d", i);
        CHECK_ERR(ext2_unlink(&fs, S(path)), EXT2_OK);
        gone(path);
    }
    for (int i = 0; i < n / 4; i++) {
        snprintf(path, sizeof(path), "/many/n%d", i);
        CHECK_ERR(write_at(path, 0, 10, (uint32_t)i + 1000, true), EXT2_OK);
    }
    CHECK(count_entries("/many") == n - n / 2 + n / 4);
    CHECK_ERR(ext2_rmdir(&fs, S("/many")), EXT2_E_NOT_EMPTY);
}

static void renames(void)
{
    CHECK_ERR(ext2_mkdir(&fs, S("/ra")), EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/ra/sub")), EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/rb")), EXT2_OK);
    CHECK_ERR(write_at("/ra/sub/f", 0, 5000, 77, true), EXT2_OK);
    CHECK_ERR(ext2_rename(&fs, S("/ra"), S("/ra/sub/inside")), EXT2_E_DIR_LOOP);
    CHECK_ERR(ext2_rename(&fs, S("/ra/sub"), S("/rb/moved")), EXT2_OK);
    model_t *m = model("/ra/sub/f");
    model_t *moved = model("/rb/moved/f");
    model_write(moved, 0, m->bytes, m->size);
    gone("/ra/sub/f");
    CHECK_ERR(ext2_stat(&fs, S("/rb/moved/..")).err, EXT2_OK);
    CHECK(ext2_stat(&fs, S("/rb/moved/..")).inode->ino == ext2_stat(&fs, S("/rb")).inode->ino);
    CHECK_ERR(write_at("/rb/other", 0, 300, 78, true), EXT2_OK);
    CHECK_ERR(ext2_rename(&fs, S("/rb/other"), S("/rb/moved/f")), EXT2_OK);
    model_t *other = model("/rb/other");
    moved->size = 0;
    model_write(moved, 0, other->bytes, other->size);
    gone("/rb/other");
    CHECK_ERR(ext2_rename(&fs, S("/rb/moved"), S("/ra")), EXT2_E_EXISTS);
    CHECK_ERR(ext2_rmdir(&fs, S("/ra")), EXT2_OK);
    CHECK_ERR(ext2_rename(&fs, S("/nothing"), S("/x")), EXT2_E_NOT_FOUND);
}

static void big_files(uint32_t bs)
{
    uint64_t per = bs / 4;
    CHECK_ERR(ext2_mkdir(&fs, S("/big")), EXT2_OK);
    CHECK_ERR(write_at("/big/direct", 0, 11 * bs + 5, 1, true), EXT2_OK);
    CHECK_ERR(write_at("/big/single", 0, (12 + per / 2) * bs + 17, 2, true), EXT2_OK);
    CHECK_ERR(write_at("/big/double", 0, (12 + per + 3) * bs + 1, 3, true), EXT2_OK);
    /* A sparse file reaching the triple indirect block (1 KiB blocks only:
       elsewhere its size would make debugfs dump gigabytes). */
    if (bs == 1024)
        CHECK_ERR(write_at("/big/triple", (12 + per + per * per) * bs + 3, 3000, 4, true),
                  EXT2_OK);
    CHECK_ERR(write_at("/big/double", 5 * bs - 3, 2 * bs, 5, false), EXT2_OK);   /* overwrite */
    truncate_to("/big/single", 7 * bs + 9);
    truncate_to("/big/double", (12 + per + 1) * bs);
    CHECK_ERR(write_at("/big/double", (12 + per + 2) * bs, 100, 6, false), EXT2_OK);
    CHECK_ERR(write_at("/big/zero", 0, 3 * bs, 7, true), EXT2_OK);
    truncate_to("/big/zero", 0);
    CHECK_ERR(write_at("/big/zero", 10, 10, 8, false), EXT2_OK);
}

static void fill_disk(void)
{
    ext2_err_t rc = write_at("/fill", 0, 64u << 20, 9, true);
    CHECK_ERR(rc, EXT2_E_NO_SPACE);
    CHECK(fs.sb.free_blocks == 0);
    CHECK_ERR(ext2_mkdir(&fs, S("/cannot")), EXT2_E_NO_SPACE);
    CHECK_ERR(ext2_unlink(&fs, S("/fill")), EXT2_OK);
    gone("/fill");
    CHECK_ERR(ext2_mkdir(&fs, S("/cannot")), EXT2_OK);
}

static void save(const char *out)
{
    FILE *f = fopen(out, "wb");
    CHECK(f != NULL && fwrite(dev.bytes, 1, dev.size, f) == dev.size);
    fclose(f);
}

static void save_expected(const char *dir)
{
    char path[4096];
    mkdir(dir, 0755);
    snprintf(path, sizeof(path), "%s/GONE", dir);
    FILE *gone_list = fopen(path, "w");
    for (int i = 0; i < model_count; i++) {
        model_t *m = &models[i];
        if (m->gone) {
            fprintf(gone_list, "%s\n", m->path);
            continue;
        }
        char name[256];
        snprintf(name, sizeof(name), "%s", m->path);
        for (char *c = name; *c; c++)
            if (*c == '/')
                *c = '%';
        snprintf(path, sizeof(path), "%s/%s", dir, name);
        FILE *f = fopen(path, "wb");
        CHECK(f != NULL && fwrite(m->bytes, 1, (size_t)m->size, f) == m->size);
        fclose(f);
    }
    fclose(gone_list);
}

static int run_write(const char *image, const char *out, const char *expdir, bool fill)
{
    load(image);
    CHECK_ERR(mount(false), EXT2_OK);
    uint32_t bs = fs.sb.block_size;
    path_errors();
    CHECK_ERR(write_at("/seeded/a", 3, 50, 10, false), EXT2_OK);    /* a file mke2fs made */
    CHECK_ERR(ext2_unlink(&fs, S("/seeded/b")), EXT2_OK);
    gone("/seeded/b");
    CHECK_ERR(ext2_unlink(&fs, S("/seeded")), EXT2_E_IS_DIR);
    CHECK_ERR(ext2_rmdir(&fs, S("/seeded/a")), EXT2_E_NOT_DIR);
    CHECK_ERR(ext2_rmdir(&fs, S("/empty")), EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/seeded")), EXT2_E_EXISTS);
    CHECK_ERR(ext2_open(&fs, S("/no/such"), true, false).err, EXT2_E_NOT_FOUND);
    CHECK_ERR(ext2_open(&fs, S("/seeded/a/x"), true, false).err, EXT2_E_NOT_DIR);
    big_files(bs);
    directory_churn(bs);
    renames();
    if (fill)
        fill_disk();
    CHECK_ERR(ext2_sync(&fs), EXT2_OK);
    check_model_reads();
    /* remount the saved bytes and read everything again */
    CHECK_ERR(mount(false), EXT2_OK);
    check_model_reads();
    save(out);
    save_expected(expdir);
    return failures;
}

/* ---- corrupt: named refusals ---- */

static uint8_t *pristine;

static void restore(void)
{
    memcpy(dev.bytes, pristine, (size_t)dev.size);
}

static void put32(uint64_t off, uint32_t v)
{
    memcpy(dev.bytes + off, &v, 4);
}

static void put16(uint64_t off, uint16_t v)
{
    memcpy(dev.bytes + off, &v, 2);
}

static uint32_t get32(uint64_t off)
{
    uint32_t v;
    memcpy(&v, dev.bytes + off, 4);
    return v;
}

/* Byte offset of inode `ino` (group 0 only). */
static uint64_t inode_offset(uint32_t ino)
{
    uint32_t bs = 1024u << get32(1024 + 24);
    uint32_t table = get32((uint64_t)(bs == 1024 ? 2 : 1) * bs + 8);
    uint32_t isz = *(uint16_t *)(dev.bytes + 1024 + 88);
    return (uint64_t)table * bs + (uint64_t)(ino - 1) * isz;
}

static int run_corrupt(const char *image)
{
    load(image);
    pristine = xmalloc((size_t)dev.size);
    memcpy(pristine, dev.bytes, (size_t)dev.size);
    uint32_t bs = 1024u << get32(1024 + 24);

    put16(1024 + 56, 0x1234);
    CHECK_ERR(mount(false), EXT2_E_BAD_MAGIC);
    restore();
    put32(1024 + 24, 7);
    CHECK_ERR(mount(false), EXT2_E_BAD_BLOCK_SIZE);
    restore();
    put32(1024 + 76, 5);
    CHECK_ERR(mount(false), EXT2_E_BAD_REVISION);
    restore();
    put32(1024 + 0, get32(1024) + 8);                  /* inode count lies */
    CHECK_ERR(mount(false), EXT2_E_COUNTS_LIE);
    restore();
    put32(1024 + 12, get32(1024 + 4) + 1);             /* more free blocks than blocks */
    CHECK_ERR(mount(false), EXT2_E_COUNTS_LIE);
    restore();
    put32(1024 + 4, (uint32_t)(dev.size / bs) + 100);   /* larger than the device */
    CHECK_ERR(mount(false), EXT2_E_PAST_DEVICE);
    restore();
    put32(1024 + 96, get32(1024 + 96) | 0x40);         /* extents */
    CHECK_ERR(mount(false), EXT2_E_FEATURE);
    restore();
    put32((uint64_t)(bs == 1024 ? 2 : 1) * bs + 8, 0xfffffff0u);   /* inode table */
    CHECK_ERR(mount(false), EXT2_E_BAD_GROUP);
    restore();
    dev.size = 1024;                                   /* truncated image */
    CHECK_ERR(mount(false), EXT2_E_BAD_MAGIC);
    dev.size = (uint64_t)get32(1024 + 4) * bs;

    /* a file whose block pointer is past the end */
    CHECK_ERR(mount(false), EXT2_OK);
    uint32_t ino_a = ext2_stat(&fs, S("/seeded/a")).inode->ino;
    uint32_t ino_root = EXT2_ROOT_INO;
    restore();
    put32(inode_offset(ino_a) + 40, 0x7fffffff);
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_stat(&fs, S("/seeded/a")).err, EXT2_E_BAD_BLOCK_NUMBER);
    restore();
    /* the root directory's first entry with a rec_len running off the block */
    uint32_t root_block = get32(inode_offset(ino_root) + 40);
    put16((uint64_t)root_block * bs + 4, (uint16_t)(bs + 4));
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_stat(&fs, S("/seeded")).err, EXT2_E_BAD_DIRENT);
    CHECK_ERR(ext2_mkdir(&fs, S("/x")), EXT2_E_BAD_DIRENT);
    restore();
    put32(inode_offset(ino_root) + 4, 0xfffff000u);   /* a root larger than the disk */
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_stat(&fs, S("/seeded")).err, EXT2_E_BAD_INODE);
    restore();
    put16((uint64_t)root_block * bs + 4, 6);           /* rec_len below the header */
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_stat(&fs, S("/seeded")).err, EXT2_E_BAD_DIRENT);
    restore();
    /* a directory loop: /seeded/loop names the root; ".." of a dir named /seeded */
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/seeded/d")), EXT2_OK);
    uint32_t ino_d = ext2_stat(&fs, S("/seeded/d")).inode->ino;
    CHECK_ERR(ext2_sync(&fs), EXT2_OK);
    uint32_t d_block = get32(inode_offset(ino_d) + 40);
    put32((uint64_t)d_block * bs + 12, ino_d);          /* d/.. is d itself */
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_rename(&fs, S("/seeded"), S("/seeded/d/x")), EXT2_E_DIR_LOOP);
    CHECK_ERR(ext2_stat(&fs, S("/seeded/d/../../seeded/d")).err, EXT2_OK);
    restore();
    /* lying free counts: the group says free inodes, the bitmap is full */
    CHECK_ERR(mount(false), EXT2_OK);
    ext2_group_t g0 = ext2_group_get(&fs, 0);
    uint32_t ipg = fs.sb.inodes_per_group;
    for (uint32_t i = 0; i < ipg / 8; i++)
        dev.bytes[(uint64_t)g0.inode_bitmap * bs + i] = 0xff;
    if (fs.sb.group_count == 1) {
        CHECK_ERR(mount(false), EXT2_OK);
        CHECK_ERR(ext2_mkdir(&fs, S("/x")), EXT2_E_BITMAP);
    }
    restore();
    free(pristine);
    return failures;
}

/* ---- crash: the device stops taking writes after CUT more ---- */

static int run_crash(const char *image, const char *out, uint64_t cut)
{
    load(image);
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/crash")), EXT2_OK);
    CHECK_ERR(write_at("/crash/a", 0, 30000, 11, true), EXT2_OK);
    CHECK_ERR(write_at("/crash/b", 0, 5000, 12, true), EXT2_OK);
    CHECK_ERR(ext2_sync(&fs), EXT2_OK);
    uint64_t base = dev.writes;       /* > 0: the sync wrote */
    dev.fail_after_writes = base + cut;
    /* none of these may fail before the device does; after it, anything may */
    write_at("/crash/new", 0, 200000, 13, true);
    ext2_mkdir(&fs, S("/crash/e"));
    write_at("/crash/e/f", 0, 3000, 14, true);
    ext2_rename(&fs, S("/crash/e/f"), S("/crash/g"));
    write_at("/crash/h", 0, 70000, 15, true);
    ext2_unlink(&fs, S("/crash/h"));
    ext2_sync(&fs);
    save(out);
    printf("crash: %llu write(s) taken after the sync\n", (unsigned long long)(dev.writes - base));
    return failures;
}

/* ---- crash during removals: inode numbers freed, then taken again ---- */

/* /u/f0../u/f7 and /u/d/x synced; then removals, a rename over a file, an
   rmdir, and new files that take the freed inode numbers again, with the
   device cut after CUT writes. /keep (synced, untouched) must survive. */
static int run_unlink(const char *image, const char *out, uint64_t cut)
{
    load(image);
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/u")), EXT2_OK);
    CHECK_ERR(ext2_mkdir(&fs, S("/u/d")), EXT2_OK);
    char path[32];
    for (uint32_t i = 0; i < 8; i++) {
        snprintf(path, sizeof path, "/u/f%u", i);
        CHECK_ERR(write_at(path, 0, 3000 + i * 5000, 30 + i, true), EXT2_OK);
    }
    CHECK_ERR(write_at("/u/d/x", 0, 2000, 40, true), EXT2_OK);
    CHECK_ERR(write_at("/keep", 0, 9000, 41, true), EXT2_OK);
    CHECK_ERR(ext2_sync(&fs), EXT2_OK);
    uint64_t base = dev.writes;
    dev.fail_after_writes = base + cut;
    /* none of these may fail before the device does; after it, anything may */
    ext2_unlink(&fs, S("/u/f0"));
    ext2_unlink(&fs, S("/u/f3"));
    ext2_rename(&fs, S("/u/f1"), S("/u/f2"));      /* frees f2's inode */
    ext2_unlink(&fs, S("/u/d/x"));
    ext2_rmdir(&fs, S("/u/d"));
    for (uint32_t i = 0; i < 4; i++) {             /* take the freed numbers again */
        snprintf(path, sizeof path, "/u/n%u", i);
        write_at(path, 0, 4000 + i * 3000, 50 + i, true);
    }
    ext2_rename(&fs, S("/u/f4"), S("/u/n0"));
    ext2_unlink(&fs, S("/u/f5"));
    write_at("/u/n4", 0, 6000, 55, true);
    ext2_sync(&fs);
    save(out);
    printf("crash: %llu write(s) taken after the sync\n", (unsigned long long)(dev.writes - base));
    return failures;
}

/* ---- crash and redo: a rewrite that frees indirect blocks is cut, then redone ---- */

#define REDO_SIZE 600000u      /* past the cache, and double indirect at 1 KB blocks */

/* Opens `path` truncated (a rewrite frees its old blocks) and writes it anew. */
static ext2_err_t rewrite(const char *path, uint32_t seed)
{
    ext2_inode_result_t f = ext2_open(&fs, S(path), true, true);
    if (f.err != EXT2_OK)
        return f.err;
    uint8_t *bytes = xmalloc(REDO_SIZE);
    uint32_t state = seed;
    for (uint32_t i = 0; i < REDO_SIZE; i++)
        bytes[i] = fill_byte(&state);
    ext2_err_t rc = EXT2_OK;
    for (uint32_t done = 0; done < REDO_SIZE && rc == EXT2_OK;) {
        uint32_t chunk = REDO_SIZE - done > 65536 ? 65536 : REDO_SIZE - done;
        ext2_u32_result_t w = ext2_file_write(&fs, f.inode, done,
            (str_t){ .bytes = (const char *)bytes + done, .len = chunk });
        rc = w.err;
        done += w.value;
    }
    free(bytes);
    return rc;
}

/* /k written and synced; its rewrite cut after CUT device writes (a kill);
   then, mounted again, the rewrite redone and synced must succeed: the
   restarted fs frees only blocks that are /k's. OUT is the image after. */
static int run_redo(const char *image, const char *out, uint64_t cut)
{
    load(image);
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(rewrite("/k", 21), EXT2_OK);
    CHECK_ERR(ext2_sync(&fs), EXT2_OK);
    uint64_t base = dev.writes;
    dev.fail_after_writes = base + cut;
    rewrite("/k", 22);
    ext2_sync(&fs);
    uint64_t taken = dev.writes - base;
    dev.fail_after_writes = 0;
    CHECK_ERR(mount(false), EXT2_OK);
    CHECK_ERR(rewrite("/k", 22), EXT2_OK);
    CHECK_ERR(ext2_sync(&fs), EXT2_OK);
    save(out);
    printf("crash: %llu write(s) taken after the sync\n", (unsigned long long)taken);
    return failures;
}

int main(int argc, char **argv)
{
    mock_reset();
    mock_quota_pages = 1u << 18;
    CHECK(__insula_abi_bind(&mock_abi) == OK);
    __insula_heap_reset();
    int rc = 2;
    if (argc == 4 && strcmp(argv[1], "read") == 0)
        rc = run_read(argv[2], argv[3]);
    else if (argc >= 5 && strcmp(argv[1], "write") == 0)
        rc = run_write(argv[2], argv[3], argv[4], argc == 6 && !strcmp(argv[5], "--fill"));
    else if (argc == 3 && strcmp(argv[1], "corrupt") == 0)
        rc = run_corrupt(argv[2]);
    else if (argc == 5 && strcmp(argv[1], "crash") == 0)
        rc = run_crash(argv[2], argv[3], strtoull(argv[4], NULL, 10));
    else if (argc == 5 && strcmp(argv[1], "redo") == 0)
        rc = run_redo(argv[2], argv[3], strtoull(argv[4], NULL, 10));
    else if (argc == 5 && strcmp(argv[1], "unlink") == 0)
        rc = run_unlink(argv[2], argv[3], strtoull(argv[4], NULL, 10));
    else
        fprintf(stderr, "usage: test_ext2 read IMG SRC | write IMG OUT EXPDIR [--fill] | "
                        "corrupt IMG | crash|redo|unlink IMG OUT CUT\n");
    if (rc != 2)
        printf("test_ext2 %s: %d failure(s)\n", argv[1], failures);
    return rc == 0 ? 0 : 1;
}
