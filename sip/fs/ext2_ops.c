/*
 * ext2_ops.c — the operations on names: open (and create), stat, mkdir,
 * unlink, rmdir, rename. Inodes are re-read by number before each change,
 * so two views of one directory (a rename within it) never overwrite each
 * other. Changes are made in the order a crash can best survive: the new
 * inode before the entry naming it, the entry removed before the inode is
 * freed.
 */
#include "ext2.h"

#define MODE_FILE (EXT2_S_IFREG | 0644u)
#define MODE_DIR (EXT2_S_IFDIR | 0755u)
#define LINKS_MAX 65000u

static uint32_t group_of(const ext2_fs_t *fs, uint32_t ino)
{
    return (ino - 1) / fs->sb.inodes_per_group;
}

/* Resolves `path` into `r` for an operation on its last component. */
static ext2_err_t resolve_name(ext2_fs_t *fs, str_t path, ext2_resolved_t *r)
{
    ext2_err_t rc = ext2_resolve(fs, path, r);    /* OK with !found: only the last is missing */
    if (rc == EXT2_OK && str_len(r->name) == 0)
        rc = EXT2_E_PATH_IS_ROOT;
    return rc;
}

ext2_inode_result_t ext2_stat(ext2_fs_t *fs, str_t path)
{
    ext2_inode_result_t r = { .err = ext2_resolve(fs, path, &fs->from) };
    if (r.err == EXT2_OK && !fs->from.found)
        r.err = EXT2_E_NOT_FOUND;
    r.inode = fs->from.inode;
    return r;
}

static ext2_inode_result_t create_file(ext2_fs_t *fs, ext2_resolved_t *at)
{
    ext2_inode_result_t r = { .err = ext2_begin_change(fs) };
    if (r.err != EXT2_OK)
        return r;
    r = ext2_inode_alloc(fs, group_of(fs, at->parent->ino), MODE_FILE);
    if (r.err != EXT2_OK)
        return r;
    r.inode->links = 1;
    r.err = ext2_inode_write(fs, r.inode);
    if (r.err == EXT2_OK)
        r.err = ext2_dir_add(fs, at->parent, at->name, r.inode->ino, MODE_FILE);
    if (r.err != EXT2_OK)
        ext2_inode_free(fs, r.inode);    /* undo: no entry names it */
    return r;
}

ext2_inode_result_t ext2_open(ext2_fs_t *fs, str_t path, bool create, bool truncate)
{
    ext2_resolved_t *at = &fs->from;
    ext2_inode_result_t r = { .err = resolve_name(fs, path, at) };
    if (r.err == EXT2_E_PATH_IS_ROOT)
        r.err = EXT2_E_IS_DIR;
    if (r.err != EXT2_OK)
        return r;
    if (!at->found)
        return create ? create_file(fs, at) : (ext2_inode_result_t){ .err = EXT2_E_NOT_FOUND };
    r.inode = at->inode;
    if (ext2_is_dir(r.inode))
        r.err = EXT2_E_IS_DIR;
    else if (!ext2_is_reg(r.inode))
        r.err = EXT2_E_INVALID;
    else if (truncate)
        r.err = ext2_file_truncate(fs, r.inode, 0);
    return r;
}

static ext2_err_t write_dots(ext2_fs_t *fs, ext2_inode_t *dir, uint32_t parent)
{
    ext2_u32_result_t phys = ext2_bmap(fs, dir, 0, true);
    if (phys.err != EXT2_OK)
        return phys.err;
    ext2_block_result_t b = ext2_block_get(fs, phys.value, EXT2_KIND_DIR, false);
    if (b.err != EXT2_OK)
        return b.err;
    b.entry->kind = EXT2_KIND_DIR;
    buf_t *d = b.entry->data;
    ext2_put32(d, 0, dir->ino);
    ext2_put16(d, 4, 12);
    d->data[6] = 1;
    d->data[7] = 2;
    d->data[8] = '.';
    ext2_put32(d, 12, parent);
    ext2_put16(d, 16, fs->sb.block_size - 12);
    d->data[18] = 2;
    d->data[19] = 2;
    d->data[20] = '.';
    d->data[21] = '.';
    ext2_block_dirty(fs, b.entry);
    dir->size = fs->sb.block_size;
    return EXT2_OK;
}

static ext2_err_t links_add(ext2_fs_t *fs, uint32_t ino, int delta)
{
    ext2_inode_result_t r = ext2_inode_read(fs, ino);
    if (r.err != EXT2_OK)
        return r.err;
    if ((delta > 0 && r.inode->links >= LINKS_MAX) || (delta < 0 && r.inode->links == 0))
        return EXT2_E_BAD_INODE;
    r.inode->links = (uint16_t)(r.inode->links + delta);
    return ext2_inode_write(fs, r.inode);
}

ext2_err_t ext2_mkdir(ext2_fs_t *fs, str_t path)
{
    ext2_resolved_t *at = &fs->from;
    ext2_err_t rc = resolve_name(fs, path, at);
    if (rc == EXT2_OK && at->found)
        rc = EXT2_E_EXISTS;
    if (rc == EXT2_OK)
        rc = ext2_begin_change(fs);
    if (rc != EXT2_OK)
        return rc;
    ext2_inode_result_t n = ext2_inode_alloc(fs, group_of(fs, at->parent->ino), MODE_DIR);
    if (n.err != EXT2_OK)
        return n.err;
    n.inode->links = 2;
    rc = write_dots(fs, n.inode, at->parent->ino);
    if (rc == EXT2_OK)
        rc = ext2_inode_write(fs, n.inode);
    ext2_inode_result_t parent = ext2_inode_read(fs, at->parent->ino);
    if (rc == EXT2_OK)
        rc = parent.err;
    if (rc == EXT2_OK)
        rc = ext2_dir_add(fs, parent.inode, at->name, n.inode->ino, MODE_DIR);
    if (rc == EXT2_OK)
        return links_add(fs, at->parent->ino, 1);
    ext2_inode_free(fs, n.inode);    /* undo: no entry names it */
    return rc;
}

/* Drops one link of `ino`; at zero its blocks and number are freed (deferred). */
static ext2_err_t drop_link(ext2_fs_t *fs, uint32_t ino, uint32_t links_to_drop)
{
    ext2_inode_result_t r = ext2_inode_read(fs, ino);
    if (r.err != EXT2_OK)
        return r.err;
    if (r.inode->links > links_to_drop) {
        r.inode->links = (uint16_t)(r.inode->links - links_to_drop);
        return ext2_inode_write(fs, r.inode);
    }
    return ext2_inode_free(fs, r.inode);    /* its blocks too, at the settle */
}

/* Removes the entry at `at` (re-reading its parent first). */
static ext2_err_t remove_entry(ext2_fs_t *fs, ext2_resolved_t *at)
{
    ext2_inode_result_t parent = ext2_inode_read(fs, at->parent->ino);
    if (parent.err != EXT2_OK)
        return parent.err;
    return ext2_dir_remove(fs, parent.inode, at->name);
}

ext2_err_t ext2_unlink(ext2_fs_t *fs, str_t path)
{
    ext2_resolved_t *at = &fs->from;
    ext2_err_t rc = resolve_name(fs, path, at);
    if (rc == EXT2_OK && !at->found)
        rc = EXT2_E_NOT_FOUND;
    if (rc == EXT2_OK && ext2_is_dir(at->inode))
        rc = EXT2_E_IS_DIR;
    if (rc == EXT2_OK)
        rc = ext2_begin_change(fs);
    if (rc == EXT2_OK)
        rc = remove_entry(fs, at);
    return rc == EXT2_OK ? drop_link(fs, at->inode->ino, 1) : rc;
}

ext2_err_t ext2_rmdir(ext2_fs_t *fs, str_t path)
{
    ext2_resolved_t *at = &fs->from;
    ext2_err_t rc = resolve_name(fs, path, at);
    if (rc == EXT2_E_PATH_IS_ROOT)
        rc = EXT2_E_BUSY;
    if (rc == EXT2_OK && !at->found)
        rc = EXT2_E_NOT_FOUND;
    if (rc == EXT2_OK && !ext2_is_dir(at->inode))
        rc = EXT2_E_NOT_DIR;
    if (rc == EXT2_OK) {
        ext2_empty_t e = ext2_dir_is_empty(fs, at->inode);
        rc = e.err != EXT2_OK ? e.err : e.empty ? EXT2_OK : EXT2_E_NOT_EMPTY;
    }
    if (rc == EXT2_OK)
        rc = ext2_begin_change(fs);
    if (rc == EXT2_OK)
        rc = remove_entry(fs, at);
    if (rc == EXT2_OK)
        rc = links_add(fs, at->parent->ino, -1);
    return rc == EXT2_OK ? drop_link(fs, at->inode->ino, 2) : rc;
}

/* Whether directory `ino` is `ancestor` or lies below it, walking ".."
   up to the root; a walk longer than a path can be is a loop. */
static ext2_err_t below(ext2_fs_t *fs, uint32_t ino, uint32_t ancestor, SIP_OUT bool *inside)
{
    *inside = false;
    for (uint32_t step = 0; step <= EXT2_PATH_DEPTH; step++) {
        if (ino == ancestor) {
            *inside = true;
            return EXT2_OK;
        }
        if (ino == EXT2_ROOT_INO)
            return EXT2_OK;
        ext2_inode_result_t dir = ext2_inode_read(fs, ino);
        if (dir.err != EXT2_OK)
            return dir.err;
        ext2_lookup_t up = ext2_dir_lookup(fs, dir.inode, STR(".."));
        if (up.err != EXT2_OK || !up.found)
            return up.err != EXT2_OK ? up.err : EXT2_E_BAD_DIRENT;
        ino = up.ino;
    }
    return EXT2_E_DIR_LOOP;
}

static ext2_err_t rename_check(ext2_fs_t *fs, ext2_resolved_t *from, ext2_resolved_t *to)
{
    if (!from->found)
        return EXT2_E_NOT_FOUND;
    if (to->found) {
        if (ext2_is_dir(to->inode) || ext2_is_dir(from->inode))
            return EXT2_E_EXISTS;
        return EXT2_OK;
    }
    if (!ext2_is_dir(from->inode))
        return EXT2_OK;
    bool inside;
    ext2_err_t rc = below(fs, to->parent->ino, from->inode->ino, &inside);
    return rc != EXT2_OK ? rc : inside ? EXT2_E_DIR_LOOP : EXT2_OK;
}

/* A directory moved to another parent: its ".." and both link counts. */
static ext2_err_t reparent(ext2_fs_t *fs, uint32_t dir, uint32_t old_parent, uint32_t new_parent)
{
    if (old_parent == new_parent)
        return EXT2_OK;
    ext2_inode_result_t d = ext2_inode_read(fs, dir);
    ext2_err_t rc = d.err;
    if (rc == EXT2_OK)
        rc = ext2_dir_retarget(fs, d.inode, STR(".."), new_parent);
    if (rc == EXT2_OK)
        rc = links_add(fs, new_parent, 1);
    return rc == EXT2_OK ? links_add(fs, old_parent, -1) : rc;
}

ext2_err_t ext2_rename(ext2_fs_t *fs, str_t from_path, str_t to_path)
{
    ext2_resolved_t *from = &fs->from;
    ext2_resolved_t *to = &fs->to;
    ext2_err_t rc = resolve_name(fs, from_path, from);
    if (rc == EXT2_E_PATH_IS_ROOT)
        rc = EXT2_E_BUSY;
    if (rc == EXT2_OK)
        rc = resolve_name(fs, to_path, to);
    if (rc == EXT2_E_PATH_IS_ROOT)
        rc = EXT2_E_BUSY;
    if (rc == EXT2_OK)
        rc = rename_check(fs, from, to);
    if (rc != EXT2_OK || (to->found && to->inode->ino == from->inode->ino))
        return rc;
    rc = ext2_begin_change(fs);
    if (rc == EXT2_OK && to->found)
        rc = remove_entry(fs, to);
    if (rc == EXT2_OK && to->found)
        rc = drop_link(fs, to->inode->ino, 1);
    ext2_inode_result_t parent = ext2_inode_read(fs, to->parent->ino);
    if (rc == EXT2_OK)
        rc = parent.err;
    if (rc == EXT2_OK)
        rc = ext2_dir_add(fs, parent.inode, to->name, from->inode->ino, from->inode->mode);
    if (rc == EXT2_OK)
        rc = remove_entry(fs, from);
    if (rc == EXT2_OK && ext2_is_dir(from->inode))
        rc = reparent(fs, from->inode->ino, from->parent->ino, to->parent->ino);
    return rc;
}
