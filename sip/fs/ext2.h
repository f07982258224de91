/*
 * ext2.h — an ext2 (revision 0 and 1) file system over a block device:
 * the on-disk logic of the `fs` SIP, written in the SIP subset
 * (verifier/SUBSET.md) and also built natively for the host tests and the
 * fuzzer (sip/fs/tests/).
 *
 * The library never allocates: the caller hands ext2_mount() the cache's
 * buffers. It reaches the device only through ext2_dev.h. Every block
 * number it reads from the image is checked against the file system's
 * bounds before it is used, every directory entry against its block, every
 * inode number against the inode count, and every loop is bounded by a
 * count taken from the (validated) superblock, so a corrupt image gives a
 * named error (ext2_err_name) and never a crash, a hang or a write outside
 * the image.
 *
 * Writes go into a write-back cache; ext2_sync() writes dirty blocks in the
 * order data, bitmaps, inodes, directories, group descriptors, then the
 * superblock, and flushes the device. The superblock's state is set "not
 * clean" (and flushed) before the first change after a mount or sync, and
 * "clean" by the sync: a crash loses what was not synced and leaves a file
 * system e2fsck repairs (at worst blocks or inodes marked used that nothing
 * references).
 */
#ifndef INSULA_FS_EXT2_H
#define INSULA_FS_EXT2_H

#include <insula/buf.h>
#include <insula/str.h>

#include <stdbool.h>
#include <stdint.h>

#define EXT2_MAX_BLOCK 4096u       /* largest block size handled */
#define EXT2_CACHE_BLOCKS 512u     /* blocks the cache holds */
#define EXT2_CACHE_BUCKETS 1024u   /* its hash table (block number -> entry) */
#define EXT2_NAME_MAX 255u         /* bytes in one path component */
#define EXT2_PATH_MAX 1024u        /* bytes in a path */
#define EXT2_PATH_DEPTH 128u       /* components in a path */
#define EXT2_ROOT_INO 2u

/* One status space: every failure the library reports, by name. */
typedef enum {
    EXT2_OK = 0,
    EXT2_E_IO,                 /* the device failed */
    EXT2_E_BAD_MAGIC,          /* no ext2 superblock */
    EXT2_E_BAD_REVISION,       /* revision other than 0 or 1 */
    EXT2_E_BAD_BLOCK_SIZE,     /* block size other than 1, 2 or 4 KiB */
    EXT2_E_BAD_INODE_SIZE,     /* inode size not a power of two in 128..block */
    EXT2_E_BAD_GEOMETRY,       /* groups, counts or first data block inconsistent */
    EXT2_E_COUNTS_LIE,         /* free counts above totals, inode count off */
    EXT2_E_PAST_DEVICE,        /* the file system is larger than the device */
    EXT2_E_FEATURE,            /* an incompatible feature this code lacks */
    EXT2_E_BAD_GROUP,          /* a group descriptor points outside its bounds */
    EXT2_E_BAD_BLOCK_NUMBER,   /* a block pointer past the end or into the boot area */
    EXT2_E_BAD_INODE_NUMBER,   /* an inode number 0 or past the inode count */
    EXT2_E_BAD_INODE,          /* an inode's mode or size is impossible */
    EXT2_E_BAD_DIRENT,         /* rec_len / name_len run off the block, or misaligned */
    EXT2_E_DIR_HOLE,           /* a directory with a hole in its blocks */
    EXT2_E_DIR_LOOP,           /* a rename would put a directory inside itself */
    EXT2_E_BITMAP,             /* a bitmap disagrees with the counts */
    EXT2_E_NOT_FOUND,
    EXT2_E_EXISTS,
    EXT2_E_NOT_DIR,
    EXT2_E_IS_DIR,
    EXT2_E_NOT_EMPTY,
    EXT2_E_NO_SPACE,           /* no free block */
    EXT2_E_NO_INODES,          /* no free inode */
    EXT2_E_FILE_TOO_BIG,       /* past what the block map (or size field) holds */
    EXT2_E_READ_ONLY,          /* mounted read-only (a ro_compat feature, or asked) */
    EXT2_E_PATH_EMPTY,         /* "" */
    EXT2_E_PATH_RELATIVE,      /* does not start with '/' */
    EXT2_E_PATH_PAST_ROOT,     /* ".." above "/" */
    EXT2_E_PATH_TOO_LONG,      /* over EXT2_PATH_MAX bytes or EXT2_PATH_DEPTH parts */
    EXT2_E_NAME_TOO_LONG,      /* a component over EXT2_NAME_MAX bytes */
    EXT2_E_PATH_NUL,           /* a NUL byte inside the path */
    EXT2_E_PATH_IS_ROOT,       /* the operation needs a name, the path is "/" */
    EXT2_E_BUSY,               /* the root, or a directory being renamed onto */
    EXT2_E_INVALID,            /* a bad argument (an offset past 2^63...) */
    EXT2_E_NO_MEMORY,          /* the SIP's heap refused */
    EXT2_E__COUNT
} ext2_err_t;

/* The error's name, e.g. "bad-dirent"; "?" outside the enum. */
const char *ext2_err_name(ext2_err_t err);

/* Kinds of cached block, in the order ext2_sync writes them: new data
   before the bitmaps that mark it used; indirect blocks after the bitmaps
   (an indirect block already on the disk may gain pointers to new blocks)
   and before what points to them: the lowest level (pointing to data)
   first, then the levels above, then inodes (sip/fs/README.md, "Cache and
   ordering"). */
typedef enum {
    EXT2_KIND_DATA = 0,        /* file data */
    EXT2_KIND_BITMAP = 1,
    EXT2_KIND_INDIRECT = 2,    /* an indirect block pointing to data; + 1, + 2 the levels above */
    EXT2_KIND_INODE = 5,
    EXT2_KIND_DIR = 6,
    EXT2_KIND_GROUP = 7,       /* group descriptor table */
    EXT2_KIND__COUNT = 8
} ext2_kind_t;

typedef struct {
    buf_t *data;               /* EXT2_MAX_BLOCK bytes of capacity; len = block size */
    uint32_t block;
    bool valid;
    bool dirty;
    uint8_t kind;
    uint64_t used;             /* LRU stamp */
    uint32_t next;             /* the next entry in its bucket, + 1 (0: none) */
} ext2_cache_entry_t;

typedef struct ext2_dev ext2_dev_t;

/* What ext2_mount validated, and the mutable counts. */
typedef struct {
    uint32_t inodes_count, blocks_count, first_data_block;
    uint32_t block_size, blocks_per_group, inodes_per_group;
    uint32_t inode_size, first_ino, rev_level;
    uint32_t feature_compat, feature_incompat, feature_ro_compat;
    uint32_t group_count, gdt_block;
    uint32_t free_blocks, free_inodes;
    uint32_t time;             /* stamped on inodes we change (s_wtime) */
} ext2_super_t;

/* An inode as this library uses it; the other on-disk fields are kept. */
typedef struct {
    uint32_t ino;
    uint16_t mode;
    uint16_t links;
    uint64_t size;
    uint32_t blocks512;        /* i_blocks: 512-byte units, indirect blocks included */
    uint32_t flags;
    uint32_t mtime;
    uint32_t dtime;
    uint32_t file_acl;         /* the extended-attribute block, or 0 */
    uint32_t block[15];
} ext2_inode_t;

typedef struct {
    ext2_err_t err;
    uint32_t count;
    uint32_t start[EXT2_PATH_DEPTH];
    uint32_t len[EXT2_PATH_DEPTH];
} ext2_path_t;

typedef struct {
    ext2_err_t err;
    ext2_inode_t *parent;      /* the directory holding the last component */
    bool found;                /* the last component exists */
    ext2_inode_t *inode;       /* it, when found (the root for "/") */
    str_t name;                /* the last component (empty for "/") */
} ext2_resolved_t;

typedef struct {
    ext2_err_t err;
    bool found;
    uint64_t next;
    uint32_t ino;
    uint32_t name_len;
    uint8_t name[EXT2_NAME_MAX];
} ext2_dirent_t;

typedef struct {
    ext2_dev_t *dev;
    ext2_super_t sb;
    buf_t *sb_raw;             /* the 1024 superblock bytes, as read */
    bool read_only;
    bool marked_dirty;         /* the on-disk state says "not clean" */
    bool unclean_at_mount;     /* it said so when we mounted: a crash; our syncs keep it */
    uint64_t clock;            /* LRU time */
    ext2_path_t path;          /* scratch of ext2_resolve */
    ext2_resolved_t from, to;  /* scratch of the operations */
    ext2_dirent_t dirent;      /* scratch of ext2_dir_is_empty */
    buf_t *pending_free;       /* a bit per block freed but not yet cleared in its bitmap */
    uint32_t pending_count;    /* blocks in pending_free */
    buf_t *pending_inodes;     /* a bit per inode freed but not yet released on the disk */
    uint32_t pending_inode_count;
    ext2_cache_entry_t *cache[EXT2_CACHE_BLOCKS];   /* allocated by the first mount */
    uint32_t bucket[EXT2_CACHE_BUCKETS];            /* first entry + 1 (0: none) */
} ext2_fs_t;


/* An inode on the heap (so that it can be handed between files of the SIP). */
typedef struct {
    ext2_err_t err;
    ext2_inode_t *inode;       /* NULL unless err == EXT2_OK */
} ext2_inode_result_t;

typedef struct {
    ext2_err_t err;
    uint32_t value;
} ext2_u32_result_t;

#define EXT2_S_IFMT 0xF000u
#define EXT2_S_IFREG 0x8000u
#define EXT2_S_IFDIR 0x4000u
#define EXT2_S_IFLNK 0xA000u

static inline bool ext2_is_dir(SIP_OUT const ext2_inode_t *inode)
{
    return (inode->mode & EXT2_S_IFMT) == EXT2_S_IFDIR;
}

static inline bool ext2_is_reg(SIP_OUT const ext2_inode_t *inode)
{
    return (inode->mode & EXT2_S_IFMT) == EXT2_S_IFREG;
}

/* ---- mount, sync (ext2_super.c) ---- */

/*
 * Reads and validates the superblock and every group descriptor. The
 * first mount of `fs` allocates its cache (EXT2_CACHE_BLOCKS blocks of
 * EXT2_MAX_BLOCK bytes); later mounts reuse it. Whatever was cached is
 * dropped, unwritten.
 */
ext2_err_t ext2_mount(ext2_fs_t *fs, ext2_dev_t *dev, bool read_only);

/* Writes every dirty block in order, the superblock marked clean, flushes. */
ext2_err_t ext2_sync(ext2_fs_t *fs);

/* Called before every change: refuses on a read-only mount; marks the
   on-disk superblock not clean (and flushes) once per sync period. */
ext2_err_t ext2_begin_change(ext2_fs_t *fs);

/* ---- block cache (ext2_cache.c) ---- */

typedef struct {
    ext2_err_t err;
    ext2_cache_entry_t *entry;
} ext2_block_result_t;

/* The cached block `block` (read from the device unless `fresh`: then it is
   zero-filled, for a newly allocated block). Valid until
   EXT2_CACHE_BLOCKS - 1 further calls. */
ext2_block_result_t ext2_block_get(ext2_fs_t *fs, uint32_t block, ext2_kind_t kind, bool fresh);
void ext2_block_dirty(ext2_fs_t *fs, ext2_cache_entry_t *entry);
ext2_err_t ext2_cache_write_back(ext2_fs_t *fs);

/* Little-endian fields of a block buffer (offsets are checked by the
   compiler's bounds checks against the buffer's capacity). */
uint32_t ext2_get16(const buf_t *b, uint32_t off);
uint32_t ext2_get32(const buf_t *b, uint32_t off);
void ext2_put16(buf_t *b, uint32_t off, uint32_t value);
void ext2_put32(buf_t *b, uint32_t off, uint32_t value);

/* ---- groups, bitmaps, inodes (ext2_inode.c, ext2_alloc.c) ---- */

typedef struct {
    ext2_err_t err;
    uint32_t block_bitmap, inode_bitmap, inode_table;
    uint32_t free_blocks, free_inodes, used_dirs;
} ext2_group_t;

ext2_group_t ext2_group_get(ext2_fs_t *fs, uint32_t group);
/* Adds deltas to a group's free/used counts (and the superblock's). */
ext2_err_t ext2_group_adjust(ext2_fs_t *fs, uint32_t group, int32_t free_blocks,
                             int32_t free_inodes, int32_t used_dirs);

ext2_inode_result_t ext2_inode_read(ext2_fs_t *fs, uint32_t ino);
ext2_err_t ext2_inode_write(ext2_fs_t *fs, const ext2_inode_t *inode);
/* Zeroes a newly allocated inode on disk (times and extra size set). */
ext2_err_t ext2_inode_clear(ext2_fs_t *fs, uint32_t ino);
/* A block number taken from the image: 0 (a hole) or inside the data area. */
bool ext2_block_ok(const ext2_fs_t *fs, uint32_t block);

ext2_u32_result_t ext2_block_alloc(ext2_fs_t *fs, uint32_t goal_group);
ext2_err_t ext2_block_free(ext2_fs_t *fs, uint32_t block);
/* Clears the bitmap bits of the blocks ext2_block_free deferred, after a
   write-back has put every inode and indirect block that stopped naming
   them on the disk. Only between operations (ext2_begin_change, ext2_sync). */
ext2_err_t ext2_frees_settle(ext2_fs_t *fs);
/* Empties the deferred frees (a mount), sized for the mounted image. */
ext2_err_t ext2_frees_reset(ext2_fs_t *fs);
/* A bitmap's bit (the bitmaps of ext2_alloc.c and ext2_ifree.c). */
bool ext2_bit_get(const buf_t *b, uint32_t bit);
void ext2_bit_put(buf_t *b, uint32_t bit, bool set);
/* ext2_ifree.c: inode numbers freed are released (links 0, dtime, the
   bitmap bit, the counts) only by the settle, once every directory entry
   that named them is off the disk (ext2_frees_settle calls it after its
   write-back). */
ext2_err_t ext2_inode_frees_settle(ext2_fs_t *fs);
ext2_err_t ext2_inode_frees_reset(ext2_fs_t *fs);
/* A new inode of `mode` (zeroed on disk but for what ext2_inode_write sets). */
ext2_inode_result_t ext2_inode_alloc(ext2_fs_t *fs, uint32_t goal_group, uint16_t mode);
ext2_err_t ext2_inode_free(ext2_fs_t *fs, ext2_inode_t *inode);

/* ---- block map (ext2_bmap.c) ---- */

/* The physical block of logical block `index` of `inode` (0 for a hole).
   With `allocate`, a hole gets a fresh zeroed block (and the indirect
   blocks on its path); the inode's block[] and blocks512 change and the
   caller writes it. */
ext2_u32_result_t ext2_bmap(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t index, bool allocate);
/* Frees every block of logical index >= `keep` (and indirect blocks left empty). */
ext2_err_t ext2_bmap_truncate(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t keep);
/* Logical blocks the map can address. */
uint64_t ext2_bmap_limit(const ext2_fs_t *fs);

/* ---- directories (ext2_dir.c) ---- */

typedef struct {
    ext2_err_t err;
    bool found;
    uint32_t ino;
    uint8_t file_type;
} ext2_lookup_t;

ext2_lookup_t ext2_dir_lookup(ext2_fs_t *fs, ext2_inode_t *dir, str_t name);
ext2_err_t ext2_dir_add(ext2_fs_t *fs, ext2_inode_t *dir, str_t name, uint32_t ino,
                        uint16_t mode);
ext2_err_t ext2_dir_remove(ext2_fs_t *fs, ext2_inode_t *dir, str_t name);
/* Points the entry "name" of `dir` at `ino` (for ".." on a rename). */
ext2_err_t ext2_dir_retarget(ext2_fs_t *fs, ext2_inode_t *dir, str_t name, uint32_t ino);
/* Only "." and ".." left. */
typedef struct {
    ext2_err_t err;
    bool empty;
} ext2_empty_t;
ext2_empty_t ext2_dir_is_empty(ext2_fs_t *fs, ext2_inode_t *dir);

/* Iteration: the entry at or after `cursor` (a byte position in the
   directory); `next` is where the one after it starts. "." and ".." are
   skipped. */

ext2_err_t ext2_dir_next(ext2_fs_t *fs, ext2_inode_t *dir, uint64_t cursor, ext2_dirent_t *out);

/* ---- paths (ext2_path.c) ---- */


/* Splits an absolute path into components, resolving "." and ".."
   lexically. `path` holds the bytes the client sent (a NUL inside is an
   error). */
ext2_err_t ext2_path_split(str_t path, ext2_path_t *out);


ext2_err_t ext2_resolve(ext2_fs_t *fs, str_t path, ext2_resolved_t *out);

/* ---- operations (ext2_file.c, ext2_ops.c) ---- */

/* Reads up to `len` bytes at `offset` into `out` (cleared first). */
ext2_err_t ext2_file_read(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t offset, uint32_t len,
                          buf_t *out);
/* Writes `data` at `offset`, growing the file; the inode is written back.
   value: the bytes written (all of them unless err says why not). */
ext2_u32_result_t ext2_file_write(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t offset,
                                  str_t data);
ext2_err_t ext2_file_truncate(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t size);

/* Opens (maybe creates) a regular file. */
ext2_inode_result_t ext2_open(ext2_fs_t *fs, str_t path, bool create, bool truncate);
ext2_err_t ext2_mkdir(ext2_fs_t *fs, str_t path);
ext2_err_t ext2_unlink(ext2_fs_t *fs, str_t path);
ext2_err_t ext2_rmdir(ext2_fs_t *fs, str_t path);
ext2_err_t ext2_rename(ext2_fs_t *fs, str_t from, str_t to);
ext2_inode_result_t ext2_stat(ext2_fs_t *fs, str_t path);

#endif
