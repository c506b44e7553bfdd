#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "csystem.h"

/* Under AddressSanitizer, malloc is its allocator, not glibc's: glibc's malloc_trim then
   walks arenas glibc never set up, and once crashed a test run (SEGV in mtrim). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CIVIC_UNDER_ASAN 1
#endif
#endif

int civic_rename_exchange(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

void civic_tune_allocator(void) {
#if defined(__GLIBC__) && !defined(CIVIC_UNDER_ASAN)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

void civic_release_free_memory(void) {
#if defined(__GLIBC__) && !defined(CIVIC_UNDER_ASAN)
    malloc_trim(0);
#endif
}

long long civic_heap_in_use(void) {
#if defined(__GLIBC__) && !defined(CIVIC_UNDER_ASAN) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 info = mallinfo2();
    return (long long)(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CIVIC_UNDER_TSAN 1
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
#endif
#endif

void civic_tsan_acquire(const void *token) {
#ifdef CIVIC_UNDER_TSAN
    __tsan_acquire((void *)token);
#else
    (void)token;
#endif
}

void civic_tsan_release(const void *token) {
#ifdef CIVIC_UNDER_TSAN
    __tsan_release((void *)token);
#else
    (void)token;
#endif
}
