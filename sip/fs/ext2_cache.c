/*
 * ext2_cache.c — the block cache (write-back, least recently used), the
 * little-endian field accessors and the error names.
 */
#include "ext2.h"
#include "ext2_dev.h"

const char *ext2_err_name(ext2_err_t err)
{
    switch (err) {
    case EXT2_OK: return "ok";
    case EXT2_E_IO: return "io";
    case EXT2_E_BAD_MAGIC: return "bad-magic";
    case EXT2_E_BAD_REVISION: return "bad-revision";
    case EXT2_E_BAD_BLOCK_SIZE: return "bad-block-size";
    case EXT2_E_BAD_INODE_SIZE: return "bad-inode-size";
    case EXT2_E_BAD_GEOMETRY: return "bad-geometry";
    case EXT2_E_COUNTS_LIE: return "counts-lie";
    case EXT2_E_PAST_DEVICE: return "past-device";
    case EXT2_E_FEATURE: return "unsupported-feature";
    case EXT2_E_BAD_GROUP: return "bad-group-descriptor";
    case EXT2_E_BAD_BLOCK_NUMBER: return "bad-block-number";
    case EXT2_E_BAD_INODE_NUMBER: return "bad-inode-number";
    case EXT2_E_BAD_INODE: return "bad-inode";
    case EXT2_E_BAD_DIRENT: return "bad-dirent";
    case EXT2_E_DIR_HOLE: return "directory-hole";
    case EXT2_E_DIR_LOOP: return "directory-loop";
    case EXT2_E_BITMAP: return "bitmap-disagrees";
    case EXT2_E_NOT_FOUND: return "not-found";
    case EXT2_E_EXISTS: return "exists";
    case EXT2_E_NOT_DIR: return "not-a-directory";
    case EXT2_E_IS_DIR: return "is-a-directory";
    case EXT2_E_NOT_EMPTY: return "not-empty";
    case EXT2_E_NO_SPACE: return "no-space";
    case EXT2_E_NO_INODES: return "no-inodes";
    case EXT2_E_FILE_TOO_BIG: return "file-too-big";
    case EXT2_E_READ_ONLY: return "read-only";
    case EXT2_E_PATH_EMPTY: return "path-empty";
    case EXT2_E_PATH_RELATIVE: return "path-relative";
    case EXT2_E_PATH_PAST_ROOT: return "path-past-root";
    case EXT2_E_PATH_TOO_LONG: return "path-too-long";
    case EXT2_E_NAME_TOO_LONG: return "name-too-long";
    case EXT2_E_PATH_NUL: return "path-nul";
    case EXT2_E_PATH_IS_ROOT: return "path-is-root";
    case EXT2_E_BUSY: return "busy";
    case EXT2_E_INVALID: return "invalid";
    case EXT2_E_NO_MEMORY: return "no-memory";
    case EXT2_E__COUNT: break;
    }
    return "?";
}

uint32_t ext2_get16(const buf_t *b, uint32_t off)
{
    return (uint32_t)b->data[off] | (uint32_t)b->data[off + 1] << 8;
}

uint32_t ext2_get32(const buf_t *b, uint32_t off)
{
    return ext2_get16(b, off) | ext2_get16(b, off + 2) << 16;
}

void ext2_put16(buf_t *b, uint32_t off, uint32_t value)
{
    b->data[off] = (uint8_t)value;
    b->data[off + 1] = (uint8_t)(value >> 8);
}

void ext2_put32(buf_t *b, uint32_t off, uint32_t value)
{
    ext2_put16(b, off, value & 0xffffu);
    ext2_put16(b, off + 2, value >> 16);
}

static uint64_t block_offset(const ext2_fs_t *fs, uint32_t block)
{
    return (uint64_t)block * fs->sb.block_size;
}

static ext2_err_t entry_write(ext2_fs_t *fs, ext2_cache_entry_t *e)
{
    if (!e->valid || !e->dirty)
        return EXT2_OK;
    ext2_err_t rc = ext2_dev_write(fs->dev, block_offset(fs, e->block), fs->sb.block_size,
                                   e->data);
    if (rc == EXT2_OK)
        e->dirty = false;
    return rc;
}

static uint32_t bucket_of(uint32_t block)
{
    return (block * 2654435761u) % EXT2_CACHE_BUCKETS;
}

/* The entry holding `block`, or NULL. Chains are bounded by the entry count. */
static ext2_cache_entry_t *cache_find(ext2_fs_t *fs, uint32_t block)
{
    uint32_t link = fs->bucket[bucket_of(block)];
    for (uint32_t steps = 0; link != 0 && steps < EXT2_CACHE_BLOCKS; steps++) {
        ext2_cache_entry_t *e = fs->cache[link - 1];
        if (e->valid && e->block == block)
            return e;
        link = e->next;
    }
    return NULL;
}

/* The least recently used entry (an empty one first); with `clean_only`,
 * among the entries that are not dirty (EXT2_CACHE_BLOCKS if none is). */
static uint32_t cache_victim(ext2_fs_t *fs, bool clean_only)
{
    uint32_t victim = EXT2_CACHE_BLOCKS;
    for (uint32_t i = 0; i < EXT2_CACHE_BLOCKS; i++) {
        const ext2_cache_entry_t *e = fs->cache[i];
        if (!e->valid)
            return i;
        if (clean_only && e->dirty)
            continue;
        if (victim == EXT2_CACHE_BLOCKS || e->used < fs->cache[victim]->used)
            victim = i;
    }
    return victim;
}

/*
 * The entry to reuse. A dirty victim is not written alone, out of order:
 * every dirty block goes, in the sync's order (data, bitmaps, inodes,
 * directories, group descriptors), so what a crash leaves after an
 * eviction is what a crash during a sync leaves (sip/fs/README.md, "Cache
 * and ordering"). When the device fails one of those writes, the block
 * stays dirty for the next sync (which reports the error) and a clean
 * entry is taken instead, so the operation at hand does not fail halfway
 * for another block's sake; only a cache with no clean entry left fails.
 */
static ext2_err_t cache_take(ext2_fs_t *fs, SIP_OUT uint32_t *index)
{
    *index = cache_victim(fs, false);
    ext2_cache_entry_t *e = fs->cache[*index];
    if (!e->valid || !e->dirty)
        return EXT2_OK;
    ext2_err_t rc = ext2_cache_write_back(fs);
    if (rc == EXT2_OK || !e->dirty)
        return EXT2_OK;
    *index = cache_victim(fs, true);
    return *index < EXT2_CACHE_BLOCKS ? EXT2_OK : rc;
}

/* Takes entry `index` out of its bucket's chain. */
static void cache_unlink(ext2_fs_t *fs, uint32_t index)
{
    ext2_cache_entry_t *e = fs->cache[index];
    uint32_t b = bucket_of(e->block);
    if (fs->bucket[b] == index + 1) {
        fs->bucket[b] = e->next;
        return;
    }
    uint32_t link = fs->bucket[b];
    for (uint32_t steps = 0; link != 0 && steps < EXT2_CACHE_BLOCKS; steps++) {
        ext2_cache_entry_t *prev = fs->cache[link - 1];
        if (prev->next == index + 1) {
            prev->next = e->next;
            return;
        }
        link = prev->next;
    }
}

static void cache_link(ext2_fs_t *fs, uint32_t index)
{
    ext2_cache_entry_t *e = fs->cache[index];
    uint32_t b = bucket_of(e->block);
    e->next = fs->bucket[b];
    fs->bucket[b] = index + 1;
}

static void fill_zero(buf_t *b, uint32_t len)
{
    buf_truncate(b, 0);
    for (uint32_t i = 0; i < len; i++)
        buf_append_byte(b, 0);
}

ext2_block_result_t ext2_block_get(ext2_fs_t *fs, uint32_t block, ext2_kind_t kind, bool fresh)
{
    ext2_block_result_t r = { .err = EXT2_OK, .entry = NULL };
    if (block < fs->sb.first_data_block || block >= fs->sb.blocks_count) {
        r.err = EXT2_E_BAD_BLOCK_NUMBER;
        return r;
    }
    ext2_cache_entry_t *e = cache_find(fs, block);
    if (e != NULL) {
        e->used = ++fs->clock;
        if (fresh)
            fill_zero(e->data, fs->sb.block_size);
        e->kind = (uint8_t)kind;    /* a block allocated as data may become an indirect one */
        r.entry = e;
        return r;
    }
    uint32_t index;
    r.err = cache_take(fs, &index);
    if (r.err != EXT2_OK)
        return r;
    e = fs->cache[index];
    if (e->valid)
        cache_unlink(fs, index);
    e->valid = false;
    e->used = ++fs->clock;
    if (fresh)
        fill_zero(e->data, fs->sb.block_size);
    else
        r.err = ext2_dev_read(fs->dev, block_offset(fs, block), fs->sb.block_size, e->data);
    if (r.err != EXT2_OK)
        return r;
    e->valid = true;
    e->dirty = false;
    e->block = block;
    e->kind = (uint8_t)kind;
    cache_link(fs, index);
    r.entry = e;
    return r;
}

void ext2_block_dirty(ext2_fs_t *fs, ext2_cache_entry_t *entry)
{
    (void)fs;
    entry->dirty = true;
}

ext2_err_t ext2_cache_write_back(ext2_fs_t *fs)
{
    for (uint32_t kind = 0; kind < EXT2_KIND__COUNT; kind++) {
        for (uint32_t i = 0; i < EXT2_CACHE_BLOCKS; i++) {
            ext2_cache_entry_t *e = fs->cache[i];
            if (e->kind != kind)
                continue;
            ext2_err_t rc = entry_write(fs, e);
            if (rc != EXT2_OK)
                return rc;
        }
    }
    return EXT2_OK;
}
