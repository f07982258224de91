/*
 * ext2_path.c — path names: split into components (". " and ".." taken
 * lexically, so a directory loop in the image cannot make a lookup run
 * forever and ".." above "/" is an error, not the root), then resolved
 * one component at a time. Each refusal has its own name.
 */
#include "ext2.h"

static ext2_err_t push(ext2_path_t *out, uint32_t start, uint32_t len)
{
    if (len > EXT2_NAME_MAX)
        return EXT2_E_NAME_TOO_LONG;
    if (out->count == EXT2_PATH_DEPTH)
        return EXT2_E_PATH_TOO_LONG;
    out->start[out->count] = start;
    out->len[out->count] = len;
    out->count++;
    return EXT2_OK;
}

static ext2_err_t component(str_t path, ext2_path_t *out, uint32_t start, uint32_t len)
{
    if (len == 0 || (len == 1 && str_at(path, start) == '.'))
        return EXT2_OK;
    if (len == 2 && str_at(path, start) == '.' && str_at(path, start + 1) == '.') {
        if (out->count == 0)
            return EXT2_E_PATH_PAST_ROOT;
        out->count--;
        return EXT2_OK;
    }
    return push(out, start, len);
}

ext2_err_t ext2_path_split(str_t path, ext2_path_t *out)
{
    size_t n = str_len(path);
    out->count = 0;
    out->err = EXT2_OK;
    if (n == 0)
        out->err = EXT2_E_PATH_EMPTY;
    else if (n > EXT2_PATH_MAX)
        out->err = EXT2_E_PATH_TOO_LONG;
    else if (str_find_byte(path, '\0') >= 0)
        out->err = EXT2_E_PATH_NUL;
    else if (str_at(path, 0) != '/')
        out->err = EXT2_E_PATH_RELATIVE;
    uint32_t start = 1;
    for (uint32_t i = 1; out->err == EXT2_OK && i <= n; i++) {
        if (i == n || str_at(path, i) == '/') {
            out->err = component(path, out, start, i - start);
            start = i + 1;
        }
    }
    return out->err;
}

static str_t part(str_t path, const ext2_path_t *p, uint32_t i)
{
    str_result_t s = str_slice(path, p->start[i], p->len[i]);
    return s.str;
}

ext2_err_t ext2_resolve(ext2_fs_t *fs, str_t path, ext2_resolved_t *out)
{
    ext2_path_t *p = &fs->path;
    out->found = false;
    out->name = str_empty();
    out->err = ext2_path_split(path, p);
    if (out->err != EXT2_OK)
        return out->err;
    ext2_inode_result_t cur = ext2_inode_read(fs, EXT2_ROOT_INO);
    out->err = cur.err;
    out->parent = cur.inode;
    out->inode = cur.inode;
    out->found = cur.err == EXT2_OK;
    for (uint32_t i = 0; out->err == EXT2_OK && i < p->count; i++) {
        if (!out->found) {
            out->err = EXT2_E_NOT_FOUND;     /* a missing directory on the way */
            break;
        }
        if (!ext2_is_dir(out->inode)) {
            out->err = EXT2_E_NOT_DIR;
            break;
        }
        out->parent = out->inode;
        out->name = part(path, p, i);
        ext2_lookup_t l = ext2_dir_lookup(fs, out->parent, out->name);
        out->err = l.err;
        out->found = l.err == EXT2_OK && l.found;
        if (out->found) {
            cur = ext2_inode_read(fs, l.ino);
            out->err = cur.err;
            out->inode = cur.inode;
        }
    }
    return out->err;
}
