/*
 * ext2_alloc.c — allocating and freeing blocks and inodes in the bitmaps,
 * keeping the group descriptors' and the superblock's counts exact. A
 * bitmap that disagrees with the counts (a free count with no free bit, a
 * bit freed twice) is reported, never trusted.
 */
#include "ext2.h"

#include <insula/heap.h>


bool ext2_bit_get(const buf_t *b, uint32_t bit)
{
    return (b->data[bit / 8] >> (bit % 8) & 1u) != 0;
}

void ext2_bit_put(buf_t *b, uint32_t bit, bool set)
{
    uint8_t mask = (uint8_t)(1u << (bit % 8));
    b->data[bit / 8] = set ? (uint8_t)(b->data[bit / 8] | mask)
                           : (uint8_t)(b->data[bit / 8] & ~mask);
}

/* Bits a group's bitmap uses: its blocks, or its inodes. */
static uint32_t group_blocks(const ext2_fs_t *fs, uint32_t group)
{
    uint64_t first = fs->sb.first_data_block + (uint64_t)group * fs->sb.blocks_per_group;
    uint64_t left = fs->sb.blocks_count - first;
    return left < fs->sb.blocks_per_group ? (uint32_t)left : fs->sb.blocks_per_group;
}

typedef struct {
    ext2_err_t err;
    bool found;
    uint32_t bit;
} bit_result_t;

/* Takes the first clear bit in [from, count) of bitmap block `block`. */
static bit_result_t take_bit(ext2_fs_t *fs, uint32_t block, uint32_t from, uint32_t count)
{
    bit_result_t r = { .err = EXT2_OK, .found = false, .bit = 0 };
    ext2_block_result_t b = ext2_block_get(fs, block, EXT2_KIND_BITMAP, false);
    r.err = b.err;
    for (uint32_t bit = from; r.err == EXT2_OK && bit < count; bit++) {
        if (!ext2_bit_get(b.entry->data, bit)) {
            ext2_bit_put(b.entry->data, bit, true);
            ext2_block_dirty(fs, b.entry);
            r.found = true;
            r.bit = bit;
            return r;
        }
    }
    return r;
}

ext2_u32_result_t ext2_block_alloc(ext2_fs_t *fs, uint32_t goal_group)
{
    ext2_u32_result_t r = { .err = EXT2_E_NO_SPACE, .value = 0 };
    if (fs->sb.free_blocks == 0)
        return r;
    for (uint32_t i = 0; i < fs->sb.group_count; i++) {
        uint32_t g = (goal_group + i) % fs->sb.group_count;
        ext2_group_t gd = ext2_group_get(fs, g);
        if (gd.err != EXT2_OK) {
            r.err = gd.err;
            return r;
        }
        if (gd.free_blocks == 0)
            continue;
        bit_result_t bit = take_bit(fs, gd.block_bitmap, 0, group_blocks(fs, g));
        if (bit.err != EXT2_OK || !bit.found) {
            r.err = bit.err != EXT2_OK ? bit.err : EXT2_E_BITMAP;
            return r;
        }
        r.value = fs->sb.first_data_block + g * fs->sb.blocks_per_group + bit.bit;
        r.err = ext2_group_adjust(fs, g, -1, 0, 0);
        if (r.err == EXT2_OK && !ext2_block_ok(fs, r.value))
            r.err = EXT2_E_BITMAP;     /* the metadata area's bits were clear */
        if (r.err != EXT2_OK)
            return r;
        ext2_block_result_t b = ext2_block_get(fs, r.value, EXT2_KIND_DATA, true);
        r.err = b.err;
        if (r.err == EXT2_OK)
            ext2_block_dirty(fs, b.entry);     /* zeroed on the disk too, never read stale */
        else
            (void)ext2_block_free(fs, r.value);    /* not handed out: not leaked either */
        return r;
    }
    r.err = EXT2_E_COUNTS_LIE;         /* the superblock counted free blocks no group has */
    return r;
}

typedef struct {
    ext2_err_t err;
    ext2_cache_entry_t *bitmap;
    uint32_t group, bit;
} block_bit_t;

/* The bitmap block and bit of `block`, which must be marked used. */
static block_bit_t used_bit_of(ext2_fs_t *fs, uint32_t block)
{
    block_bit_t r = { .err = EXT2_E_BAD_BLOCK_NUMBER, .bitmap = NULL, .group = 0, .bit = 0 };
    if (block == 0 || !ext2_block_ok(fs, block))
        return r;
    uint32_t rel = block - fs->sb.first_data_block;
    r.group = rel / fs->sb.blocks_per_group;
    r.bit = rel % fs->sb.blocks_per_group;
    ext2_group_t gd = ext2_group_get(fs, r.group);
    r.err = gd.err;
    if (r.err != EXT2_OK)
        return r;
    ext2_block_result_t b = ext2_block_get(fs, gd.block_bitmap, EXT2_KIND_BITMAP, false);
    r.err = b.err;
    r.bitmap = b.entry;
    if (r.err == EXT2_OK && !ext2_bit_get(b.entry->data, r.bit))
        r.err = EXT2_E_BITMAP;         /* freed twice: two owners of one block */
    return r;
}

/*
 * Freeing is deferred (sip/fs/README.md, "Cache and ordering"): until the
 * inode or indirect block that named the block is on the disk without it,
 * its bit stays set, so the block is neither handed out again (its new
 * contents could reach the disk while the old pointer is still there: an
 * indirect block overwritten by data) nor marked free under a pointer a
 * crash would leave behind.
 */
ext2_err_t ext2_block_free(ext2_fs_t *fs, uint32_t block)
{
    block_bit_t at = used_bit_of(fs, block);
    if (at.err != EXT2_OK)
        return at.err;
    uint32_t rel = block - fs->sb.first_data_block;
    if (fs->pending_free == NULL || rel / 8 >= buf_len(fs->pending_free))
        return EXT2_E_NO_MEMORY;
    if (ext2_bit_get(fs->pending_free, rel))
        return EXT2_E_BITMAP;          /* freed twice before the settle */
    ext2_bit_put(fs->pending_free, rel, true);
    fs->pending_count++;
    return EXT2_OK;
}

static ext2_err_t block_clear_bit(ext2_fs_t *fs, uint32_t block)
{
    block_bit_t at = used_bit_of(fs, block);
    if (at.err != EXT2_OK)
        return at.err;
    ext2_bit_put(at.bitmap->data, at.bit, false);
    ext2_block_dirty(fs, at.bitmap);
    return ext2_group_adjust(fs, at.group, 1, 0, 0);
}

/* Clears the bits of the blocks pending (their namers are on the disk). */
static ext2_err_t clear_pending_blocks(ext2_fs_t *fs)
{
    ext2_err_t rc = EXT2_OK;
    uint32_t bytes = fs->pending_free == NULL ? 0 : (uint32_t)buf_len(fs->pending_free);
    for (uint32_t byte = 0; rc == EXT2_OK && fs->pending_count > 0 && byte < bytes; byte++) {
        if (fs->pending_free->data[byte] == 0)
            continue;
        for (uint32_t bit = byte * 8; rc == EXT2_OK && bit < byte * 8 + 8; bit++) {
            if (!ext2_bit_get(fs->pending_free, bit))
                continue;
            rc = block_clear_bit(fs, fs->sb.first_data_block + bit);
            if (rc == EXT2_OK) {
                ext2_bit_put(fs->pending_free, bit, false);
                fs->pending_count--;
            }
        }
    }
    return rc;
}

/* Write back, clear the pending blocks, release the pending inodes (whose
   truncation frees more blocks: written back and cleared in turn), so
   nothing is left pending. */
ext2_err_t ext2_frees_settle(ext2_fs_t *fs)
{
    if (fs->pending_count == 0 && fs->pending_inode_count == 0)
        return EXT2_OK;
    ext2_err_t rc = ext2_cache_write_back(fs);
    if (rc == EXT2_OK)
        rc = clear_pending_blocks(fs);
    if (rc == EXT2_OK && fs->pending_inode_count > 0) {
        rc = ext2_inode_frees_settle(fs);
        if (rc == EXT2_OK && fs->pending_count > 0)
            rc = ext2_cache_write_back(fs);
        if (rc == EXT2_OK)
            rc = clear_pending_blocks(fs);
    }
    return rc;
}

ext2_err_t ext2_frees_reset(ext2_fs_t *fs)
{
    uint32_t bytes = (fs->sb.blocks_count + 7) / 8;
    if (fs->pending_free == NULL || buf_cap(fs->pending_free) < bytes)
        fs->pending_free = buf_new(bytes);
    if (fs->pending_free == NULL)
        return EXT2_E_NO_MEMORY;
    buf_truncate(fs->pending_free, 0);
    for (uint32_t i = 0; i < bytes; i++)
        buf_append_byte(fs->pending_free, 0);
    fs->pending_count = 0;
    return ext2_inode_frees_reset(fs);
}

ext2_inode_result_t ext2_inode_alloc(ext2_fs_t *fs, uint32_t goal_group, uint16_t mode)
{
    ext2_inode_result_t r = { .err = EXT2_E_NO_INODES, .inode = NULL };
    if (fs->sb.free_inodes == 0)
        return r;
    bool dir = (mode & EXT2_S_IFMT) == EXT2_S_IFDIR;
    for (uint32_t i = 0; i < fs->sb.group_count; i++) {
        uint32_t g = (goal_group + i) % fs->sb.group_count;
        ext2_group_t gd = ext2_group_get(fs, g);
        r.err = gd.err;
        if (gd.err != EXT2_OK)
            return r;
        if (gd.free_inodes == 0)
            continue;
        uint32_t base = g * fs->sb.inodes_per_group;    /* inode base + bit + 1 */
        uint32_t from = base + 1 >= fs->sb.first_ino ? 0 : fs->sb.first_ino - 1 - base;
        bit_result_t bit = take_bit(fs, gd.inode_bitmap, from, fs->sb.inodes_per_group);
        if (bit.err != EXT2_OK || !bit.found) {
            r.err = bit.err != EXT2_OK ? bit.err : EXT2_E_BITMAP;
            return r;
        }
        r.err = ext2_group_adjust(fs, g, 0, -1, dir ? 1 : 0);
        uint32_t ino = base + bit.bit + 1;
        if (r.err == EXT2_OK)
            r.err = ext2_inode_clear(fs, ino);
        r.inode = new(ext2_inode_t);
        if (r.inode == NULL && r.err == EXT2_OK)
            r.err = EXT2_E_NO_MEMORY;
        if (r.inode != NULL)
            *r.inode = (ext2_inode_t){ .ino = ino, .mode = mode, .mtime = fs->sb.time };
        return r;
    }
    r.err = EXT2_E_COUNTS_LIE;
    return r;
}
