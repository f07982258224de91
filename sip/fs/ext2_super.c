/*
 * ext2_super.c — mounting (the superblock and group descriptors, each
 * checked before anything trusts it), marking the file system not clean
 * before the first change, and sync.
 */
#include "ext2.h"
#include "ext2_dev.h"

#include <insula/heap.h>

#define SB_OFFSET 1024u
#define SB_BYTES 1024u
#define EXT2_MAGIC 0xEF53u
#define STATE_CLEAN 1u

#define INCOMPAT_FILETYPE 0x2u
#define RO_COMPAT_SPARSE_SUPER 0x1u
#define RO_COMPAT_LARGE_FILE 0x2u
#define RO_COMPAT_KNOWN (RO_COMPAT_SPARSE_SUPER | RO_COMPAT_LARGE_FILE)
#define GROUP_DESC_BYTES 32u

/* Superblock field offsets. */
enum {
    SB_INODES_COUNT = 0, SB_BLOCKS_COUNT = 4, SB_FREE_BLOCKS = 12, SB_FREE_INODES = 16,
    SB_FIRST_DATA_BLOCK = 20, SB_LOG_BLOCK_SIZE = 24, SB_BLOCKS_PER_GROUP = 32,
    SB_INODES_PER_GROUP = 40, SB_WTIME = 48, SB_MAGIC = 56, SB_STATE = 58,
    SB_REV_LEVEL = 76, SB_FIRST_INO = 84, SB_INODE_SIZE = 88, SB_FEATURE_COMPAT = 92,
    SB_FEATURE_INCOMPAT = 96, SB_FEATURE_RO_COMPAT = 100,
};

static ext2_err_t parse_sizes(ext2_super_t *sb, const buf_t *raw)
{
    if (ext2_get16(raw, SB_MAGIC) != EXT2_MAGIC)
        return EXT2_E_BAD_MAGIC;
    sb->rev_level = ext2_get32(raw, SB_REV_LEVEL);
    if (sb->rev_level > 1)
        return EXT2_E_BAD_REVISION;
    uint32_t log = ext2_get32(raw, SB_LOG_BLOCK_SIZE);
    if (log > 2)
        return EXT2_E_BAD_BLOCK_SIZE;
    sb->block_size = 1024u << log;
    sb->inode_size = sb->rev_level == 0 ? 128 : ext2_get16(raw, SB_INODE_SIZE);
    sb->first_ino = sb->rev_level == 0 ? 11 : ext2_get32(raw, SB_FIRST_INO);
    uint32_t isz = sb->inode_size;
    if (isz < 128 || isz > sb->block_size || (isz & (isz - 1)) != 0)
        return EXT2_E_BAD_INODE_SIZE;
    return EXT2_OK;
}

static ext2_err_t parse_counts(ext2_super_t *sb, const buf_t *raw, uint64_t device_bytes)
{
    sb->inodes_count = ext2_get32(raw, SB_INODES_COUNT);
    sb->blocks_count = ext2_get32(raw, SB_BLOCKS_COUNT);
    sb->first_data_block = ext2_get32(raw, SB_FIRST_DATA_BLOCK);
    sb->blocks_per_group = ext2_get32(raw, SB_BLOCKS_PER_GROUP);
    sb->inodes_per_group = ext2_get32(raw, SB_INODES_PER_GROUP);
    sb->free_blocks = ext2_get32(raw, SB_FREE_BLOCKS);
    sb->free_inodes = ext2_get32(raw, SB_FREE_INODES);
    sb->time = ext2_get32(raw, SB_WTIME);
    uint32_t bits = sb->block_size * 8;
    if (sb->first_data_block != (sb->block_size == 1024 ? 1u : 0u) ||
        sb->blocks_per_group == 0 || sb->blocks_per_group > bits ||
        sb->inodes_per_group == 0 || sb->inodes_per_group > bits ||
        sb->blocks_count <= sb->first_data_block + 2)
        return EXT2_E_BAD_GEOMETRY;
    if ((uint64_t)sb->blocks_count * sb->block_size > device_bytes)
        return EXT2_E_PAST_DEVICE;
    uint32_t data_blocks = sb->blocks_count - sb->first_data_block;
    sb->group_count = (data_blocks + sb->blocks_per_group - 1) / sb->blocks_per_group;
    if ((uint64_t)sb->group_count * sb->inodes_per_group != sb->inodes_count ||
        sb->free_blocks > sb->blocks_count || sb->free_inodes > sb->inodes_count ||
        sb->first_ino <= EXT2_ROOT_INO || sb->first_ino >= sb->inodes_count)
        return EXT2_E_COUNTS_LIE;
    sb->gdt_block = sb->first_data_block + 1;
    uint64_t gdt_blocks = ((uint64_t)sb->group_count * GROUP_DESC_BYTES + sb->block_size - 1) /
                          sb->block_size;
    if (sb->gdt_block + gdt_blocks > sb->blocks_count)
        return EXT2_E_BAD_GEOMETRY;
    return EXT2_OK;
}

static ext2_err_t parse_features(ext2_fs_t *fs, const buf_t *raw)
{
    ext2_super_t *sb = &fs->sb;
    sb->feature_compat = sb->rev_level == 0 ? 0 : ext2_get32(raw, SB_FEATURE_COMPAT);
    sb->feature_incompat = sb->rev_level == 0 ? 0 : ext2_get32(raw, SB_FEATURE_INCOMPAT);
    sb->feature_ro_compat = sb->rev_level == 0 ? 0 : ext2_get32(raw, SB_FEATURE_RO_COMPAT);
    if ((sb->feature_incompat & ~INCOMPAT_FILETYPE) != 0)
        return EXT2_E_FEATURE;
    if ((sb->feature_ro_compat & ~RO_COMPAT_KNOWN) != 0)
        fs->read_only = true;
    return EXT2_OK;
}

/* The group's blocks: [first, end). */
static void group_span(const ext2_super_t *sb, uint32_t group, SIP_OUT uint32_t *first,
                       SIP_OUT uint32_t *end)
{
    *first = sb->first_data_block + group * sb->blocks_per_group;
    uint64_t e = (uint64_t)*first + sb->blocks_per_group;
    *end = e > sb->blocks_count ? sb->blocks_count : (uint32_t)e;
}

static bool inside(uint32_t block, uint32_t first, uint32_t end)
{
    return block >= first && block < end;
}

/* Each descriptor's bitmaps and inode table lie inside the file system
   (mke2fs may place them in another group, so only the outer bounds are
   sure), past the descriptor table, and the counts fit the group. */
static ext2_err_t check_groups(ext2_fs_t *fs)
{
    ext2_super_t *sb = &fs->sb;
    uint64_t free_blocks = 0, free_inodes = 0;
    uint32_t table_blocks = (sb->inodes_per_group * sb->inode_size + sb->block_size - 1) /
                            sb->block_size;
    for (uint32_t g = 0; g < sb->group_count; g++) {
        ext2_group_t gd = ext2_group_get(fs, g);
        if (gd.err != EXT2_OK)
            return gd.err;
        uint32_t first, end;
        group_span(sb, g, &first, &end);
        uint64_t table_end = (uint64_t)gd.inode_table + table_blocks;
        if (!inside(gd.block_bitmap, sb->gdt_block + 1, sb->blocks_count) ||
            !inside(gd.inode_bitmap, sb->gdt_block + 1, sb->blocks_count) ||
            !inside(gd.inode_table, sb->gdt_block + 1, sb->blocks_count) ||
            table_end > sb->blocks_count)
            return EXT2_E_BAD_GROUP;
        if (gd.free_blocks > end - first || gd.free_inodes > sb->inodes_per_group ||
            gd.used_dirs > sb->inodes_per_group)
            return EXT2_E_COUNTS_LIE;
        free_blocks += gd.free_blocks;
        free_inodes += gd.free_inodes;
    }
    /* After a crash the superblock's totals are those of the last sync;
     * the group descriptors' counts are newer (written before it, in every
     * write-back), so the totals are taken from them, as Linux does. */
    if (fs->unclean_at_mount && free_blocks <= sb->blocks_count &&
        free_inodes <= sb->inodes_count) {
        sb->free_blocks = (uint32_t)free_blocks;
        sb->free_inodes = (uint32_t)free_inodes;
    }
    return EXT2_OK;
}

/* The cache's entries and buffers, made once. */
static ext2_err_t cache_setup(ext2_fs_t *fs)
{
    if (fs->sb_raw == NULL)
        fs->sb_raw = buf_new(SB_BYTES);
    for (uint32_t i = 0; i < EXT2_CACHE_BLOCKS && fs->sb_raw != NULL; i++) {
        if (fs->cache[i] == NULL) {
            fs->cache[i] = new(ext2_cache_entry_t);
            if (fs->cache[i] == NULL)
                return EXT2_E_NO_MEMORY;
            fs->cache[i]->data = buf_new(EXT2_MAX_BLOCK);
        }
        if (fs->cache[i]->data == NULL)
            return EXT2_E_NO_MEMORY;
        fs->cache[i]->valid = false;
        fs->cache[i]->dirty = false;
        fs->cache[i]->used = 0;
        fs->cache[i]->next = 0;
    }
    for (uint32_t b = 0; b < EXT2_CACHE_BUCKETS; b++)
        fs->bucket[b] = 0;
    return fs->sb_raw != NULL ? EXT2_OK : EXT2_E_NO_MEMORY;
}

ext2_err_t ext2_mount(ext2_fs_t *fs, ext2_dev_t *dev, bool read_only)
{
    fs->dev = dev;
    fs->read_only = read_only;
    fs->marked_dirty = false;
    fs->unclean_at_mount = false;
    fs->clock = 0;
    fs->pending_count = 0;
    fs->sb = (ext2_super_t){ 0 };
    ext2_err_t rc = cache_setup(fs);
    if (rc != EXT2_OK)
        return rc;
    if (ext2_dev_bytes(dev) < SB_OFFSET + SB_BYTES)
        return EXT2_E_BAD_MAGIC;
    rc = ext2_dev_read(dev, SB_OFFSET, SB_BYTES, fs->sb_raw);
    if (rc == EXT2_OK)
        rc = parse_sizes(&fs->sb, fs->sb_raw);
    if (rc == EXT2_OK)
        fs->unclean_at_mount = (ext2_get16(fs->sb_raw, SB_STATE) & STATE_CLEAN) == 0;
    if (rc == EXT2_OK)
        rc = parse_counts(&fs->sb, fs->sb_raw, ext2_dev_bytes(dev));
    if (rc == EXT2_OK)
        rc = parse_features(fs, fs->sb_raw);
    if (rc == EXT2_OK)
        rc = check_groups(fs);
    if (rc == EXT2_OK)
        rc = ext2_frees_reset(fs);
    if (rc == EXT2_OK) {
        ext2_inode_result_t root = ext2_inode_read(fs, EXT2_ROOT_INO);
        rc = root.err != EXT2_OK ? root.err : ext2_is_dir(root.inode) ? EXT2_OK
                                                                        : EXT2_E_NOT_DIR;
    }
    if (rc != EXT2_OK)
        fs->sb = (ext2_super_t){ 0 };
    return rc;
}

static ext2_err_t super_write(ext2_fs_t *fs, uint32_t state)
{
    ext2_put32(fs->sb_raw, SB_FREE_BLOCKS, fs->sb.free_blocks);
    ext2_put32(fs->sb_raw, SB_FREE_INODES, fs->sb.free_inodes);
    ext2_put16(fs->sb_raw, SB_STATE, state);
    ext2_err_t rc = ext2_dev_write(fs->dev, SB_OFFSET, SB_BYTES, fs->sb_raw);
    return rc == EXT2_OK ? ext2_dev_flush(fs->dev) : rc;
}

ext2_err_t ext2_begin_change(ext2_fs_t *fs)
{
    if (fs->read_only || fs->sb.block_size == 0)
        return EXT2_E_READ_ONLY;
    if (fs->marked_dirty) {
        /* A failed settle leaves its frees deferred; the next sync reports
           the device's failure (as an eviction's failed write does). */
        (void)ext2_frees_settle(fs);
        return EXT2_OK;
    }
    uint32_t state = ext2_get16(fs->sb_raw, SB_STATE) & ~STATE_CLEAN;
    ext2_err_t rc = super_write(fs, state);
    if (rc == EXT2_OK)
        fs->marked_dirty = true;
    return rc;
}

ext2_err_t ext2_sync(ext2_fs_t *fs)
{
    if (!fs->marked_dirty)
        return EXT2_OK;
    ext2_err_t rc = ext2_frees_settle(fs);
    if (rc == EXT2_OK)
        rc = ext2_cache_write_back(fs);
    if (rc == EXT2_OK)
        rc = ext2_dev_flush(fs->dev);
    /* A file system mounted after a crash keeps saying "not clean" after
     * our syncs: what the crash left is e2fsck's to repair, not ours. */
    uint32_t state = ext2_get16(fs->sb_raw, SB_STATE);
    if (rc == EXT2_OK)
        rc = super_write(fs, fs->unclean_at_mount ? state : state | STATE_CLEAN);
    if (rc == EXT2_OK)
        fs->marked_dirty = false;
    return rc;
}
