#ifndef CIVIC_CSYSTEM_H
#define CIVIC_CSYSTEM_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE), so that a
/// published folder is replaced without a moment where it is missing. Returns 0 on
/// success, -1 with errno set otherwise (for example EINVAL where the file system cannot).
int civic_rename_exchange(const char *first, const char *second);

/// Hands memory the allocator keeps free back to the system (glibc's malloc_trim), so a
/// build that has let go of a large stage does not keep its pages. Does nothing elsewhere.
void civic_release_free_memory(void);

/// The bytes the allocator has handed out and not had back (glibc's mallinfo2: in use in
/// its arenas plus mapped blocks), or -1 where that is not known: with the resident size,
/// it tells the memory a build holds from the memory the allocator keeps around it.
long long civic_heap_in_use(void);

/// Has glibc's allocator give blocks of 256 KiB and more their own mappings, returned to
/// the system when freed, instead of raising that threshold as large blocks come and go
/// (its default) and then carving them from heaps it rarely gives back. A build makes pages
/// of every size on every core; with the default, the resident size of a 100,000-entry
/// build crept up by some 35 MiB while it wrote. Call once, before any allocation of note.
/// Does nothing elsewhere.
void civic_tune_allocator(void);

/// Whether cmark-gfm called civic's own cmark_manage_extensions_special_characters (see
/// cmark_characters.c), which keeps the inline extensions' characters switched on for good
/// so that parsers can finish on several threads at once. 0 until a parser has finished, or
/// where the library does not call it through the executable.
int civic_cmark_characters_pinned(void);

/// Tells ThreadSanitizer that the lock at `token` was taken (`acquire`) or is about to be
/// given back (`release`), where it cannot see that itself: Swift's `Mutex` on Linux waits
/// on a futex from the uninstrumented standard library, so TSan takes the accesses it
/// orders for races. Nothing happens outside a ThreadSanitizer build.
void civic_tsan_acquire(const void *token);
void civic_tsan_release(const void *token);

#endif
