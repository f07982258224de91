/*
 * ext2_file.c — reading, writing and truncating a file's bytes through
 * its block map (holes read as zeros).
 */
#include "ext2.h"

ext2_err_t ext2_file_read(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t offset, uint32_t len,
                          buf_t *out)
{
    buf_truncate(out, 0);
    if (offset >= inode->size)
        return EXT2_OK;
    uint64_t n = inode->size - offset;
    if (n > len)
        n = len;
    if (n > buf_cap(out))
        n = buf_cap(out);
    uint32_t bs = fs->sb.block_size;
    for (uint64_t pos = offset; pos < offset + n;) {
        uint32_t off = (uint32_t)(pos % bs);
        uint32_t chunk = bs - off;
        if (chunk > offset + n - pos)
            chunk = (uint32_t)(offset + n - pos);
        ext2_u32_result_t phys = ext2_bmap(fs, inode, pos / bs, false);
        if (phys.err != EXT2_OK)
            return phys.err;
        if (phys.value == 0) {
            for (uint32_t i = 0; i < chunk; i++)
                buf_append_byte(out, 0);
        } else {
            ext2_block_result_t b = ext2_block_get(fs, phys.value, EXT2_KIND_DATA, false);
            if (b.err != EXT2_OK)
                return b.err;
            buf_append(out, buf_slice(b.entry->data, off, chunk).str);
        }
        pos += chunk;
    }
    return EXT2_OK;
}

ext2_u32_result_t ext2_file_write(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t offset,
                                  str_t data)
{
    ext2_u32_result_t r = { .err = ext2_begin_change(fs), .value = 0 };
    uint32_t bs = fs->sb.block_size;
    uint64_t n = str_len(data);
    if (r.err == EXT2_OK && (offset > ext2_bmap_limit(fs) * bs ||
                             n > ext2_bmap_limit(fs) * bs - offset))
        r.err = EXT2_E_FILE_TOO_BIG;
    uint64_t done = 0;
    while (r.err == EXT2_OK && done < n) {
        uint64_t pos = offset + done;
        uint32_t off = (uint32_t)(pos % bs);
        uint32_t chunk = bs - off;
        if (chunk > n - done)
            chunk = (uint32_t)(n - done);
        ext2_u32_result_t phys = ext2_bmap(fs, inode, pos / bs, true);
        ext2_block_result_t b = { .err = phys.err, .entry = NULL };
        if (phys.err == EXT2_OK)
            b = ext2_block_get(fs, phys.value, EXT2_KIND_DATA, false);
        r.err = b.err;
        if (r.err != EXT2_OK)
            break;
        buf_copy(b.entry->data, off, str_slice(data, (size_t)done, chunk).str);
        ext2_block_dirty(fs, b.entry);
        done += chunk;
    }
    r.value = (uint32_t)done;
    /* A failure (the device's, or no space) may leave blocks mapped past
       the new end: the one being filled, indirect blocks above it. Unmap
       them, so the inode never holds blocks past its size. */
    uint64_t end = offset + done > inode->size ? offset + done : inode->size;
    if (r.err != EXT2_OK)
        (void)ext2_bmap_truncate(fs, inode, (end + bs - 1) / bs);
    if (done > 0 || n == 0) {
        if (offset + done > inode->size)
            inode->size = offset + done;
        inode->mtime = fs->sb.time;
        ext2_err_t rc = ext2_inode_write(fs, inode);
        r.err = r.err != EXT2_OK ? r.err : rc;
    }
    return r;
}

/* Zeroes the bytes of the last block past a new end, so a later growth
   reads zeros there. */
static ext2_err_t zero_tail(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t size)
{
    uint32_t bs = fs->sb.block_size;
    if (size % bs == 0)
        return EXT2_OK;
    ext2_u32_result_t phys = ext2_bmap(fs, inode, size / bs, false);
    if (phys.err != EXT2_OK || phys.value == 0)
        return phys.err;
    ext2_block_result_t b = ext2_block_get(fs, phys.value, EXT2_KIND_DATA, false);
    if (b.err != EXT2_OK)
        return b.err;
    for (uint32_t i = (uint32_t)(size % bs); i < bs; i++)
        b.entry->data->data[i] = 0;
    ext2_block_dirty(fs, b.entry);
    return EXT2_OK;
}

ext2_err_t ext2_file_truncate(ext2_fs_t *fs, ext2_inode_t *inode, uint64_t size)
{
    ext2_err_t rc = ext2_begin_change(fs);
    uint32_t bs = fs->sb.block_size;
    if (rc == EXT2_OK && size > ext2_bmap_limit(fs) * bs)
        rc = EXT2_E_FILE_TOO_BIG;
    if (rc == EXT2_OK && size < inode->size) {
        rc = ext2_bmap_truncate(fs, inode, (size + bs - 1) / bs);
        if (rc == EXT2_OK)
            rc = zero_tail(fs, inode, size);
    }
    if (rc != EXT2_OK)
        return rc;
    inode->size = size;
    inode->mtime = fs->sb.time;
    return ext2_inode_write(fs, inode);
}
