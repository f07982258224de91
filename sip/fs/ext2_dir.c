/*
 * ext2_dir.c — directories: a chain of entries in each block, each
 * {inode u32, rec_len u16, name_len u8, file_type u8, name}. Every entry
 * is checked against its block before it is used (rec_len at least 8 and
 * a multiple of 4, not past the block, the name inside the record, the
 * inode number inside the inode count), so a bad chain is "bad-dirent",
 * never a read past the block or an endless walk.
 */
#include "ext2.h"

#define INCOMPAT_FILETYPE 0x2u
#define INDEX_FL 0x1000u
#define HEADER 8u

typedef struct {
    uint32_t ino, rec_len, name_len, type;
} raw_dirent_t;

static uint32_t record_size(uint32_t name_len)
{
    return (HEADER + name_len + 3) & ~3u;
}

static ext2_err_t dirent_at(const ext2_fs_t *fs, const buf_t *b, uint32_t off,
                            SIP_OUT raw_dirent_t *d)
{
    uint32_t bs = fs->sb.block_size;
    if (off + HEADER > bs)
        return EXT2_E_BAD_DIRENT;
    d->ino = ext2_get32(b, off);
    d->rec_len = ext2_get16(b, off + 4);
    d->name_len = b->data[off + 6];
    d->type = (fs->sb.feature_incompat & INCOMPAT_FILETYPE) != 0 ? b->data[off + 7] : 0;
    if (d->rec_len < HEADER || d->rec_len % 4 != 0 || d->rec_len > bs - off ||
        HEADER + d->name_len > d->rec_len)
        return EXT2_E_BAD_DIRENT;
    if (d->ino > fs->sb.inodes_count)
        return EXT2_E_BAD_INODE_NUMBER;
    return EXT2_OK;
}

static bool name_is(const buf_t *b, uint32_t off, SIP_OUT const raw_dirent_t *d, str_t name)
{
    if (d->name_len != str_len(name))
        return false;
    for (uint32_t i = 0; i < d->name_len; i++)
        if (b->data[off + HEADER + i] != (uint8_t)str_at(name, i))
            return false;
    return true;
}

static bool is_dot(const buf_t *b, uint32_t off, SIP_OUT const raw_dirent_t *d)
{
    return name_is(b, off, d, STR(".")) || name_is(b, off, d, STR(".."));
}

typedef struct {
    ext2_err_t err;
    uint32_t blocks;
} count_t;

static count_t dir_blocks(const ext2_fs_t *fs, const ext2_inode_t *dir)
{
    count_t c = { .err = EXT2_OK, .blocks = 0 };
    if (!ext2_is_dir(dir))
        c.err = EXT2_E_NOT_DIR;
    else if (dir->size % fs->sb.block_size != 0 ||
             dir->size / fs->sb.block_size > fs->sb.blocks_count)
        c.err = EXT2_E_BAD_INODE;    /* more blocks than the file system has */
    else
        c.blocks = (uint32_t)(dir->size / fs->sb.block_size);
    return c;
}

static ext2_block_result_t dir_block(ext2_fs_t *fs, ext2_inode_t *dir, uint32_t index)
{
    ext2_block_result_t r = { .err = EXT2_OK, .entry = NULL };
    ext2_u32_result_t phys = ext2_bmap(fs, dir, index, false);
    if (phys.err != EXT2_OK || phys.value == 0) {
        r.err = phys.err != EXT2_OK ? phys.err : EXT2_E_DIR_HOLE;
        return r;
    }
    return ext2_block_get(fs, phys.value, EXT2_KIND_DIR, false);
}

/* Where an entry named `name` is: block index, offset, and its predecessor
   in that block (or none). */
typedef struct {
    ext2_err_t err;
    bool found;
    uint32_t index, off, prev_off;
    bool has_prev;
    raw_dirent_t d;
} where_t;

static where_t find(ext2_fs_t *fs, ext2_inode_t *dir, str_t name)
{
    where_t w = { .err = EXT2_OK, .found = false };
    count_t c = dir_blocks(fs, dir);
    w.err = c.err;
    for (uint32_t i = 0; w.err == EXT2_OK && i < c.blocks; i++) {
        ext2_block_result_t b = dir_block(fs, dir, i);
        w.err = b.err;
        w.has_prev = false;
        for (uint32_t off = 0; w.err == EXT2_OK && off < fs->sb.block_size; off += w.d.rec_len) {
            w.err = dirent_at(fs, b.entry->data, off, &w.d);
            if (w.err == EXT2_OK && w.d.ino != 0 && name_is(b.entry->data, off, &w.d, name)) {
                w.found = true;
                w.index = i;
                w.off = off;
                return w;
            }
            w.prev_off = off;
            w.has_prev = true;
        }
    }
    return w;
}

ext2_lookup_t ext2_dir_lookup(ext2_fs_t *fs, ext2_inode_t *dir, str_t name)
{
    where_t w = find(fs, dir, name);
    ext2_lookup_t r = { .err = w.err, .found = w.found, .ino = 0, .file_type = 0 };
    if (w.found) {
        r.ino = w.d.ino;
        r.file_type = (uint8_t)w.d.type;
        if (w.d.ino == 0)
            r.found = false;
    }
    return r;
}

static uint8_t type_of(uint16_t mode)
{
    switch (mode & EXT2_S_IFMT) {
    case EXT2_S_IFREG: return 1;
    case EXT2_S_IFDIR: return 2;
    case EXT2_S_IFLNK: return 7;
    }
    return 0;
}

static void put_entry(const ext2_fs_t *fs, buf_t *b, uint32_t off, uint32_t rec_len,
                      uint32_t ino, uint16_t mode, str_t name)
{
    ext2_put32(b, off, ino);
    ext2_put16(b, off + 4, rec_len);
    b->data[off + 6] = (uint8_t)str_len(name);
    b->data[off + 7] = (fs->sb.feature_incompat & INCOMPAT_FILETYPE) != 0 ? type_of(mode) : 0;
    for (uint32_t i = 0; i < str_len(name); i++)
        b->data[off + HEADER + i] = (uint8_t)str_at(name, i);
}

/* Tries to fit the entry into block `index`. */
static ext2_err_t add_in_block(ext2_fs_t *fs, ext2_inode_t *dir, uint32_t index, str_t name,
                               uint32_t ino, uint16_t mode, SIP_OUT bool *done)
{
    uint32_t need = record_size((uint32_t)str_len(name));
    ext2_block_result_t b = dir_block(fs, dir, index);
    raw_dirent_t d = { 0 };
    *done = false;
    for (uint32_t off = 0; b.err == EXT2_OK && off < fs->sb.block_size; off += d.rec_len) {
        ext2_err_t rc = dirent_at(fs, b.entry->data, off, &d);
        if (rc != EXT2_OK)
            return rc;
        uint32_t used = d.ino != 0 ? record_size(d.name_len) : 0;
        if (d.rec_len - used < need)
            continue;
        if (used != 0)
            ext2_put16(b.entry->data, off + 4, used);
        put_entry(fs, b.entry->data, off + used, d.rec_len - used, ino, mode, name);
        ext2_block_dirty(fs, b.entry);
        *done = true;
        return EXT2_OK;
    }
    return b.err;
}

ext2_err_t ext2_dir_add(ext2_fs_t *fs, ext2_inode_t *dir, str_t name, uint32_t ino,
                        uint16_t mode)
{
    count_t c = dir_blocks(fs, dir);
    if (c.err != EXT2_OK)
        return c.err;
    dir->flags &= ~INDEX_FL;           /* a changed directory is linear again */
    bool done = false;
    for (uint32_t i = 0; i < c.blocks && !done; i++) {
        ext2_err_t rc = add_in_block(fs, dir, i, name, ino, mode, &done);
        if (rc != EXT2_OK)
            return rc;
    }
    if (!done) {
        ext2_u32_result_t phys = ext2_bmap(fs, dir, c.blocks, true);
        if (phys.err != EXT2_OK)
            return phys.err;
        ext2_block_result_t b = ext2_block_get(fs, phys.value, EXT2_KIND_DIR, false);
        if (b.err != EXT2_OK)
            return b.err;
        b.entry->kind = EXT2_KIND_DIR;
        put_entry(fs, b.entry->data, 0, fs->sb.block_size, ino, mode, name);
        ext2_block_dirty(fs, b.entry);
        dir->size += fs->sb.block_size;
    }
    dir->mtime = fs->sb.time;
    return ext2_inode_write(fs, dir);
}

ext2_err_t ext2_dir_remove(ext2_fs_t *fs, ext2_inode_t *dir, str_t name)
{
    where_t w = find(fs, dir, name);
    if (w.err != EXT2_OK || !w.found)
        return w.err != EXT2_OK ? w.err : EXT2_E_NOT_FOUND;
    ext2_block_result_t b = dir_block(fs, dir, w.index);
    if (b.err != EXT2_OK)
        return b.err;
    if (w.has_prev) {
        raw_dirent_t prev;
        ext2_err_t rc = dirent_at(fs, b.entry->data, w.prev_off, &prev);
        if (rc != EXT2_OK)
            return rc;
        ext2_put16(b.entry->data, w.prev_off + 4, prev.rec_len + w.d.rec_len);
    } else {
        ext2_put32(b.entry->data, w.off, 0);
    }
    ext2_block_dirty(fs, b.entry);
    dir->flags &= ~INDEX_FL;
    dir->mtime = fs->sb.time;
    return ext2_inode_write(fs, dir);
}

ext2_err_t ext2_dir_retarget(ext2_fs_t *fs, ext2_inode_t *dir, str_t name, uint32_t ino)
{
    where_t w = find(fs, dir, name);
    if (w.err != EXT2_OK || !w.found)
        return w.err != EXT2_OK ? w.err : EXT2_E_NOT_FOUND;
    ext2_block_result_t b = dir_block(fs, dir, w.index);
    if (b.err != EXT2_OK)
        return b.err;
    ext2_put32(b.entry->data, w.off, ino);
    ext2_block_dirty(fs, b.entry);
    return EXT2_OK;
}

ext2_err_t ext2_dir_next(ext2_fs_t *fs, ext2_inode_t *dir, uint64_t cursor, ext2_dirent_t *out)
{
    count_t c = dir_blocks(fs, dir);
    out->found = false;
    out->err = c.err;
    uint32_t bs = fs->sb.block_size;
    while (out->err == EXT2_OK && cursor / bs < c.blocks) {
        uint32_t off = (uint32_t)(cursor % bs);
        ext2_block_result_t b = dir_block(fs, dir, (uint32_t)(cursor / bs));
        raw_dirent_t d = { 0 };
        out->err = b.err != EXT2_OK ? b.err : dirent_at(fs, b.entry->data, off, &d);
        if (out->err != EXT2_OK)
            break;
        cursor += d.rec_len;
        if (d.ino == 0 || is_dot(b.entry->data, off, &d))
            continue;
        out->found = true;
        out->next = cursor;
        out->ino = d.ino;
        out->name_len = d.name_len;
        for (uint32_t i = 0; i < d.name_len; i++)
            out->name[i] = b.entry->data->data[off + HEADER + i];
        break;
    }
    return out->err;
}

ext2_empty_t ext2_dir_is_empty(ext2_fs_t *fs, ext2_inode_t *dir)
{
    ext2_dirent_t *scratch = &fs->dirent;
    ext2_empty_t r = { .err = ext2_dir_next(fs, dir, 0, scratch), .empty = false };
    r.empty = r.err == EXT2_OK && !scratch->found;
    return r;
}
