/*
 * ext2_ifree.c — freeing an inode's number, deferred like block frees
 * (sip/fs/README.md, "Cache and ordering"). ext2_inode_free releases the
 * inode's attribute block and marks the number pending; its blocks, size,
 * links, dtime and bitmap bit stay as they are on the disk until the
 * settle, which runs after a write-back has put the directory blocks
 * without the entries that named it on the disk (then its blocks are
 * freed, deferred in turn until the emptied inode is written). So a crash never leaves an entry naming a
 * freed inode (which e2fsck would clear), and a number is never taken
 * again while an entry on the disk still names it.
 */
#include "ext2.h"

#include <insula/heap.h>

#define DTIME_MIN 1u
#define XATTR_MAGIC 0xEA020000u

/* Drops the inode's reference to its extended-attribute block (shared by
   a reference count in the block's header); the last one frees it. */
static ext2_err_t xattr_release(ext2_fs_t *fs, ext2_inode_t *inode)
{
    if (inode->file_acl == 0)
        return EXT2_OK;
    ext2_block_result_t b = ext2_block_get(fs, inode->file_acl, EXT2_KIND_DATA, false);
    if (b.err != EXT2_OK)
        return b.err;
    uint32_t refs = ext2_get32(b.entry->data, 4);
    if (ext2_get32(b.entry->data, 0) != XATTR_MAGIC || refs == 0)
        return EXT2_E_BAD_INODE;
    ext2_put32(b.entry->data, 4, refs - 1);
    ext2_block_dirty(fs, b.entry);
    ext2_err_t rc = refs == 1 ? ext2_block_free(fs, inode->file_acl) : EXT2_OK;
    uint32_t units = fs->sb.block_size / 512;
    if (rc == EXT2_OK) {
        inode->blocks512 = inode->blocks512 >= units ? inode->blocks512 - units : 0;
        inode->file_acl = 0;
    }
    return rc;
}

static bool inode_bit_used(ext2_fs_t *fs, uint32_t ino)
{
    uint32_t g = (ino - 1) / fs->sb.inodes_per_group;
    ext2_group_t gd = ext2_group_get(fs, g);
    if (gd.err != EXT2_OK)
        return false;
    ext2_block_result_t b = ext2_block_get(fs, gd.inode_bitmap, EXT2_KIND_BITMAP, false);
    return b.err == EXT2_OK && ext2_bit_get(b.entry->data, (ino - 1) % fs->sb.inodes_per_group);
}

/* Frees the inode's number and its blocks: the attribute block now, the
   rest (blocks, links, dtime, bitmap bit) at the settle. */
ext2_err_t ext2_inode_free(ext2_fs_t *fs, ext2_inode_t *inode)
{
    ext2_err_t rc = xattr_release(fs, inode);
    if (rc != EXT2_OK)
        return rc;
    uint32_t bit = inode->ino - 1;
    if (!inode_bit_used(fs, inode->ino))
        return EXT2_E_BITMAP;
    if (fs->pending_inodes == NULL || bit / 8 >= buf_len(fs->pending_inodes))
        return EXT2_E_NO_MEMORY;
    if (ext2_bit_get(fs->pending_inodes, bit))
        return EXT2_E_BITMAP;          /* freed twice before the settle */
    ext2_bit_put(fs->pending_inodes, bit, true);
    fs->pending_inode_count++;
    return ext2_inode_write(fs, inode);
}

/* Releases one pending inode: its blocks (freed deferred in turn), links
   0, dtime, its bit and the counts. */
static ext2_err_t release(ext2_fs_t *fs, uint32_t ino)
{
    ext2_inode_result_t r = ext2_inode_read(fs, ino);
    if (r.err != EXT2_OK)
        return r.err;
    ext2_err_t trc = ext2_bmap_truncate(fs, r.inode, 0);
    if (trc != EXT2_OK)
        return trc;
    r.inode->size = 0;
    uint32_t g = (ino - 1) / fs->sb.inodes_per_group;
    ext2_group_t gd = ext2_group_get(fs, g);
    if (gd.err != EXT2_OK)
        return gd.err;
    ext2_block_result_t b = ext2_block_get(fs, gd.inode_bitmap, EXT2_KIND_BITMAP, false);
    if (b.err != EXT2_OK)
        return b.err;
    uint32_t bit = (ino - 1) % fs->sb.inodes_per_group;
    if (!ext2_bit_get(b.entry->data, bit))
        return EXT2_E_BITMAP;
    ext2_bit_put(b.entry->data, bit, false);
    ext2_block_dirty(fs, b.entry);
    ext2_err_t rc = ext2_group_adjust(fs, g, 0, 1, ext2_is_dir(r.inode) ? -1 : 0);
    if (rc != EXT2_OK)
        return rc;
    r.inode->links = 0;
    r.inode->dtime = fs->sb.time > DTIME_MIN ? fs->sb.time : DTIME_MIN;
    return ext2_inode_write(fs, r.inode);
}

ext2_err_t ext2_inode_frees_settle(ext2_fs_t *fs)
{
    uint32_t bytes = fs->pending_inodes == NULL ? 0 : (uint32_t)buf_len(fs->pending_inodes);
    ext2_err_t rc = EXT2_OK;
    for (uint32_t byte = 0; rc == EXT2_OK && fs->pending_inode_count > 0 && byte < bytes; byte++) {
        if (fs->pending_inodes->data[byte] == 0)
            continue;
        for (uint32_t bit = byte * 8; rc == EXT2_OK && bit < byte * 8 + 8; bit++) {
            if (!ext2_bit_get(fs->pending_inodes, bit))
                continue;
            rc = release(fs, bit + 1);
            if (rc == EXT2_OK) {
                ext2_bit_put(fs->pending_inodes, bit, false);
                fs->pending_inode_count--;
            }
        }
    }
    return rc;
}

ext2_err_t ext2_inode_frees_reset(ext2_fs_t *fs)
{
    uint32_t bytes = (fs->sb.inodes_count + 7) / 8;
    if (fs->pending_inodes == NULL || buf_cap(fs->pending_inodes) < bytes)
        fs->pending_inodes = buf_new(bytes);
    if (fs->pending_inodes == NULL)
        return EXT2_E_NO_MEMORY;
    buf_truncate(fs->pending_inodes, 0);
    for (uint32_t i = 0; i < bytes; i++)
        buf_append_byte(fs->pending_inodes, 0);
    fs->pending_inode_count = 0;
    return EXT2_OK;
}
