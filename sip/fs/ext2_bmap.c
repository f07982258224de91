/*
 * ext2_bmap.c — the block map: 12 direct pointers, then single, double
 * and triple indirect blocks. Every pointer read from an indirect block is
 * checked (ext2_block_ok) before it is followed; the walk's depth is fixed
 * by the logical index, never by the image, so a pointer cycle cannot make
 * it loop.
 */
#include "ext2.h"

#define DIRECT 12u

typedef struct {
    uint32_t depth;            /* indirect levels: 0 (direct) .. 3 */
    uint32_t slot[4];          /* slot[0] in inode->block, then one per level */
} route_t;

static uint64_t per_block(const ext2_fs_t *fs)
{
    return fs->sb.block_size / 4;
}

uint64_t ext2_bmap_limit(const ext2_fs_t *fs)
{
    uint64_t per = per_block(fs);
    return DIRECT + per + per * per + per * per * per;
}

static bool route_of(const ext2_fs_t *fs, uint64_t index, SIP_OUT route_t *r)
{
    uint64_t per = per_block(fs);
    *r = (route_t){ 0 };
    if (index < DIRECT) {
        r->slot[0] = (uint32_t)index;
        return true;
    }
    index -= DIRECT;
    uint64_t span = per;
    for (uint32_t depth = 1; depth <= 3; depth++, span *= per) {
        if (index < span) {
            r->depth = depth;
            r->slot[0] = DIRECT + depth - 1;
            for (uint32_t level = depth; level >= 1; level--) {
                r->slot[level] = (uint32_t)(index % per);
                index /= per;
            }
            return true;
        }
        index -= span;
    }
    return false;
}

/* A new zeroed block for `inode` (counted in its blocks512). */
static ext2_u32_result_t grow(ext2_fs_t *fs, ext2_inode_t *inode)
{
    uint32_t group = (inode->ino - 1) / fs->sb.inodes_per_group;
    ext2_u32_result_t r = ext2_block_alloc(fs, group);
    if (r.err == EXT2_OK)
        inode->blocks512 += fs->sb.block_size / 512;
    return r;
}

/* The cache kind of an indirect block `height` levels above data (1..3). */
static ext2_kind_t indirect_kind(uint32_t height)
{
    return (ext2_kind_t)(EXT2_KIND_INDIRECT + height - 1);
}

/* Entry `slot` of indirect block `block` (`height` levels above data);
   with `allocate`, a hole filled. */
static ext2_u32_result_t indirect_step(ext2_fs_t *fs, ext2_inode_t *inode, uint32_t block,
                                       uint32_t height, uint32_t slot, bool allocate)
{
    ext2_u32_result_t r = { .err = EXT2_OK, .value = 0 };
    ext2_block_result_t b = ext2_block_get(fs, block, indirect_kind(height), false);
    if (b.err != EXT2_OK) {
        r.err = b.err;
        return r;
    }
    r.value = ext2_get32(b.entry->data, slot * 4);
    if (!ext2_block_ok(fs, r.value)) {
        r.err = EXT2_E_BAD_BLOCK_NUMBER;
        return r;
    }
    if (r.value != 0 || !allocate)
        return r;
    r = grow(fs, inode);
    if (r.err != EXT2_OK)
        return r;
    b = ext2_block_get(fs, block, indirect_kind(height), false);
    if (b.err != EXT2_OK) {
        /* The new block is linked nowhere: give it back (best effort: the
           device has just failed) rather than leave it marked used. */
        if (ext2_block_free(fs, r.value) == EXT2_OK)
            inode->blocks512 -= fs->sb.block_size / 512;
        r.err = b.err;
        return r;
    }
    ext2_put32(b.entry->data, slot * 4, r.value);
    ext2_block_dirty(fs, b.entry);
    return r;
}

ext2_u32_result_t ext2_bmap(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t index, bool allocate)
{
    ext2_u32_result_t r = { .err = EXT2_OK, .value = 0 };
    route_t route;
    if (!route_of(fs, index, &route)) {
        r.err = EXT2_E_FILE_TOO_BIG;
        return r;
    }
    r.value = inode->block[route.slot[0]];
    if (!ext2_block_ok(fs, r.value)) {
        r.err = EXT2_E_BAD_BLOCK_NUMBER;
        return r;
    }
    if (r.value == 0) {
        if (!allocate)
            return r;
        r = grow(fs, inode);
        if (r.err != EXT2_OK)
            return r;
        inode->block[route.slot[0]] = r.value;
    }
    /* r.value is the block at this level: stop at an error or a hole */
    for (uint32_t level = 1; level <= route.depth && r.err == EXT2_OK && r.value != 0; level++)
        r = indirect_step(fs, inode, r.value, route.depth - level + 1, route.slot[level],
                          allocate);
    return r;
}

static ext2_err_t release(ext2_fs_t *fs, ext2_inode_t *inode, uint32_t block)
{
    ext2_err_t rc = ext2_block_free(fs, block);
    uint32_t units = fs->sb.block_size / 512;
    if (rc == EXT2_OK)
        inode->blocks512 = inode->blocks512 >= units ? inode->blocks512 - units : 0;
    return rc;
}

/* Frees what of the tree at `block` (depth levels of indirection above
   data; its first logical block is `base`) lies at or past `keep`.
   *freed: the block itself was freed. */
static ext2_err_t trunc_tree(ext2_fs_t *fs, ext2_inode_t *inode, uint32_t block, uint32_t depth,
                             uint64_t base, uint64_t keep, SIP_OUT bool *freed)
{
    *freed = false;
    uint64_t per = per_block(fs);
    uint64_t span = 1;
    for (uint32_t i = 1; i < depth; i++)
        span *= per;
    for (uint64_t i = 0; depth > 0 && i < per; i++) {
        if (base + (i + 1) * span <= keep)
            continue;
        ext2_block_result_t b = ext2_block_get(fs, block, indirect_kind(depth), false);
        if (b.err != EXT2_OK)
            return b.err;
        uint32_t child = ext2_get32(b.entry->data, (uint32_t)i * 4);
        if (child == 0)
            continue;
        if (!ext2_block_ok(fs, child))
            return EXT2_E_BAD_BLOCK_NUMBER;
        bool child_freed;
        ext2_err_t rc = trunc_tree(fs, inode, child, depth - 1, base + i * span, keep,
                                   &child_freed);
        if (rc != EXT2_OK)
            return rc;
        if (child_freed) {
            b = ext2_block_get(fs, block, indirect_kind(depth), false);
            if (b.err != EXT2_OK)
                return b.err;
            ext2_put32(b.entry->data, (uint32_t)i * 4, 0);
            ext2_block_dirty(fs, b.entry);
        }
    }
    if (base < keep)
        return EXT2_OK;
    *freed = true;
    return release(fs, inode, block);
}

ext2_err_t ext2_bmap_truncate(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t keep)
{
    uint64_t per = per_block(fs);
    uint64_t base = 0;
    uint64_t span = 1;
    for (uint32_t slot = 0; slot < 15; slot++) {
        uint32_t depth = slot < DIRECT ? 0 : slot - DIRECT + 1;
        if (slot >= DIRECT)
            span *= per;
        uint32_t block = inode->block[slot];
        if (block != 0 && base + span > keep) {
            if (!ext2_block_ok(fs, block))
                return EXT2_E_BAD_BLOCK_NUMBER;
            bool freed;
            ext2_err_t rc = trunc_tree(fs, inode, block, depth, base, keep, &freed);
            if (rc != EXT2_OK)
                return rc;
            if (freed)
                inode->block[slot] = 0;
        }
        base += span;
    }
    return EXT2_OK;
}
