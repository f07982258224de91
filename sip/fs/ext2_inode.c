/*
 * ext2_inode.c — group descriptors and inodes: reading them out of their
 * blocks, checking what is read, writing back only the fields this
 * library owns.
 */
#include "ext2.h"

#include <insula/heap.h>

#define GROUP_DESC_BYTES 32u
#define RO_COMPAT_LARGE_FILE 0x2u
#define EXTRA_ISIZE 32u

/* Inode field offsets. */
enum {
    I_MODE = 0, I_SIZE = 4, I_ATIME = 8, I_CTIME = 12, I_MTIME = 16, I_DTIME = 20,
    I_LINKS = 26, I_BLOCKS = 28, I_FLAGS = 32, I_BLOCK = 40, I_FILE_ACL = 104, I_SIZE_HIGH = 108,
    I_EXTRA_ISIZE = 128,
};

bool ext2_block_ok(const ext2_fs_t *fs, uint32_t block)
{
    return block == 0 || (block > fs->sb.gdt_block && block < fs->sb.blocks_count);
}

typedef struct {
    ext2_err_t err;
    ext2_cache_entry_t *entry;
    uint32_t offset;
} place_t;

static place_t group_place(ext2_fs_t *fs, uint32_t group)
{
    place_t p = { .err = EXT2_E_BAD_GROUP, .entry = NULL, .offset = 0 };
    if (group >= fs->sb.group_count)
        return p;
    uint32_t per_block = fs->sb.block_size / GROUP_DESC_BYTES;
    ext2_block_result_t b = ext2_block_get(fs, fs->sb.gdt_block + group / per_block,
                                           EXT2_KIND_GROUP, false);
    p.err = b.err;
    p.entry = b.entry;
    p.offset = group % per_block * GROUP_DESC_BYTES;
    return p;
}

ext2_group_t ext2_group_get(ext2_fs_t *fs, uint32_t group)
{
    ext2_group_t g = { .err = EXT2_OK };
    place_t p = group_place(fs, group);
    g.err = p.err;
    if (p.err != EXT2_OK)
        return g;
    const buf_t *b = p.entry->data;
    g.block_bitmap = ext2_get32(b, p.offset);
    g.inode_bitmap = ext2_get32(b, p.offset + 4);
    g.inode_table = ext2_get32(b, p.offset + 8);
    g.free_blocks = ext2_get16(b, p.offset + 12);
    g.free_inodes = ext2_get16(b, p.offset + 14);
    g.used_dirs = ext2_get16(b, p.offset + 16);
    return g;
}

static bool add_bounded(SIP_OUT uint32_t *value, int32_t delta, uint32_t limit)
{
    int64_t v = (int64_t)*value + delta;
    if (v < 0 || v > (int64_t)limit)
        return false;
    *value = (uint32_t)v;
    return true;
}

ext2_err_t ext2_group_adjust(ext2_fs_t *fs, uint32_t group, int32_t free_blocks,
                             int32_t free_inodes, int32_t used_dirs)
{
    ext2_group_t g = ext2_group_get(fs, group);
    if (g.err != EXT2_OK)
        return g.err;
    if (!add_bounded(&g.free_blocks, free_blocks, fs->sb.blocks_per_group) ||
        !add_bounded(&g.free_inodes, free_inodes, fs->sb.inodes_per_group) ||
        !add_bounded(&g.used_dirs, used_dirs, fs->sb.inodes_per_group) ||
        !add_bounded(&fs->sb.free_blocks, free_blocks, fs->sb.blocks_count) ||
        !add_bounded(&fs->sb.free_inodes, free_inodes, fs->sb.inodes_count))
        return EXT2_E_COUNTS_LIE;
    place_t p = group_place(fs, group);
    if (p.err != EXT2_OK)
        return p.err;
    ext2_put16(p.entry->data, p.offset + 12, g.free_blocks);
    ext2_put16(p.entry->data, p.offset + 14, g.free_inodes);
    ext2_put16(p.entry->data, p.offset + 16, g.used_dirs);
    ext2_block_dirty(fs, p.entry);
    return EXT2_OK;
}

static place_t inode_place(ext2_fs_t *fs, uint32_t ino)
{
    place_t p = { .err = EXT2_E_BAD_INODE_NUMBER, .entry = NULL, .offset = 0 };
    if (ino == 0 || ino > fs->sb.inodes_count)
        return p;
    uint32_t group = (ino - 1) / fs->sb.inodes_per_group;
    uint32_t index = (ino - 1) % fs->sb.inodes_per_group;
    ext2_group_t g = ext2_group_get(fs, group);
    p.err = g.err;
    if (g.err != EXT2_OK)
        return p;
    uint64_t byte = (uint64_t)index * fs->sb.inode_size;
    uint64_t block = g.inode_table + byte / fs->sb.block_size;
    if (g.inode_table <= fs->sb.gdt_block || block >= fs->sb.blocks_count) {
        p.err = EXT2_E_BAD_GROUP;
        return p;
    }
    ext2_block_result_t b = ext2_block_get(fs, (uint32_t)block, EXT2_KIND_INODE, false);
    p.err = b.err;
    p.entry = b.entry;
    p.offset = (uint32_t)(byte % fs->sb.block_size);
    return p;
}

/* The largest size the block map of this file system can address. */
static uint64_t size_limit(const ext2_fs_t *fs)
{
    uint64_t limit = ext2_bmap_limit(fs) * fs->sb.block_size;
    return limit;
}

ext2_inode_result_t ext2_inode_read(ext2_fs_t *fs, uint32_t ino)
{
    ext2_inode_result_t r = { .err = EXT2_OK, .inode = NULL };
    place_t p = inode_place(fs, ino);
    r.err = p.err;
    if (p.err != EXT2_OK)
        return r;
    ext2_inode_t *n = new(ext2_inode_t);
    if (n == NULL) {
        r.err = EXT2_E_NO_MEMORY;
        return r;
    }
    const buf_t *b = p.entry->data;
    n->ino = ino;
    n->mode = (uint16_t)ext2_get16(b, p.offset + I_MODE);
    n->links = (uint16_t)ext2_get16(b, p.offset + I_LINKS);
    n->size = ext2_get32(b, p.offset + I_SIZE);
    if ((n->mode & EXT2_S_IFMT) == EXT2_S_IFREG)
        n->size |= (uint64_t)ext2_get32(b, p.offset + I_SIZE_HIGH) << 32;
    n->blocks512 = ext2_get32(b, p.offset + I_BLOCKS);
    n->flags = ext2_get32(b, p.offset + I_FLAGS);
    n->mtime = ext2_get32(b, p.offset + I_MTIME);
    n->dtime = ext2_get32(b, p.offset + I_DTIME);
    n->file_acl = ext2_get32(b, p.offset + I_FILE_ACL);
    for (uint32_t i = 0; i < 15; i++)
        n->block[i] = ext2_get32(b, p.offset + I_BLOCK + 4 * i);
    bool inline_target = (n->mode & EXT2_S_IFMT) == EXT2_S_IFLNK && n->blocks512 == 0;
    if (n->size > size_limit(fs))
        r.err = EXT2_E_BAD_INODE;
    for (uint32_t i = 0; i < 15 && r.err == EXT2_OK && !inline_target; i++)
        if (!ext2_block_ok(fs, n->block[i]))
            r.err = EXT2_E_BAD_BLOCK_NUMBER;
    if (r.err == EXT2_OK && !ext2_block_ok(fs, n->file_acl))
        r.err = EXT2_E_BAD_BLOCK_NUMBER;
    r.inode = r.err == EXT2_OK ? n : NULL;
    return r;
}

ext2_err_t ext2_inode_write(ext2_fs_t *fs, const ext2_inode_t *n)
{
    if ((n->mode & EXT2_S_IFMT) == EXT2_S_IFREG && n->size > 0x7fffffffu &&
        (fs->sb.feature_ro_compat & RO_COMPAT_LARGE_FILE) == 0)
        return EXT2_E_FILE_TOO_BIG;
    place_t p = inode_place(fs, n->ino);
    if (p.err != EXT2_OK)
        return p.err;
    buf_t *b = p.entry->data;
    ext2_put16(b, p.offset + I_MODE, n->mode);
    ext2_put16(b, p.offset + I_LINKS, n->links);
    ext2_put32(b, p.offset + I_SIZE, (uint32_t)n->size);
    if ((n->mode & EXT2_S_IFMT) == EXT2_S_IFREG)
        ext2_put32(b, p.offset + I_SIZE_HIGH, (uint32_t)(n->size >> 32));
    ext2_put32(b, p.offset + I_BLOCKS, n->blocks512);
    ext2_put32(b, p.offset + I_FLAGS, n->flags);
    ext2_put32(b, p.offset + I_MTIME, n->mtime);
    ext2_put32(b, p.offset + I_CTIME, n->mtime);
    ext2_put32(b, p.offset + I_DTIME, n->dtime);
    ext2_put32(b, p.offset + I_FILE_ACL, n->file_acl);
    for (uint32_t i = 0; i < 15; i++)
        ext2_put32(b, p.offset + I_BLOCK + 4 * i, n->block[i]);
    ext2_block_dirty(fs, p.entry);
    return EXT2_OK;
}

/* A freshly allocated inode: every byte zero, times set, extra space sized. */
ext2_err_t ext2_inode_clear(ext2_fs_t *fs, uint32_t ino)
{
    place_t p = inode_place(fs, ino);
    if (p.err != EXT2_OK)
        return p.err;
    buf_t *b = p.entry->data;
    for (uint32_t i = 0; i < fs->sb.inode_size; i++)
        b->data[p.offset + i] = 0;
    ext2_put32(b, p.offset + I_ATIME, fs->sb.time);
    if (fs->sb.inode_size >= 128 + EXTRA_ISIZE)
        ext2_put16(b, p.offset + I_EXTRA_ISIZE, EXTRA_ISIZE);
    ext2_block_dirty(fs, p.entry);
    return EXT2_OK;
}
