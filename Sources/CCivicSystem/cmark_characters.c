// cmark-gfm's inline parser stops a run of text at the characters of two process-wide
// tables (SPECIAL_CHARS and SKIP_CHARS in its inlines.c). cmark_parser_finish calls
// cmark_manage_extensions_special_characters(parser, 1) to switch its inline extensions'
// characters on before it parses the inlines, and (parser, 0) to switch them off after, so a
// parser finishing on one thread switches them off under a parser still parsing on another.
//
// This definition takes the place of the library's (the library calls it through its
// procedure linkage table, and the executable's definition comes first): it switches the
// characters on once, with the library's own function, and never off. That is right for
// civic, where every parser attaches the same extensions (MarkdownRenderer.extensionNames),
// so the characters any parser needs are always on. MarkdownRenderer makes the first parse
// of the process alone, and checks that this definition was the one called before it lets
// parsers finish at the same time; otherwise they take turns.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include "csystem.h"

struct cmark_parser;

static atomic_int called = 0;
static atomic_int switched_on = 0;
static pthread_mutex_t switching = PTHREAD_MUTEX_INITIALIZER;

void cmark_manage_extensions_special_characters(struct cmark_parser *parser, int add) {
    atomic_store(&called, 1);
    if (!add || atomic_load(&switched_on)) return;
    pthread_mutex_lock(&switching);
    if (!atomic_load(&switched_on)) {
        void (*library)(struct cmark_parser *, int) = (void (*)(struct cmark_parser *, int))
            dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        if (library) library(parser, 1);
        atomic_store(&switched_on, 1);
    }
    pthread_mutex_unlock(&switching);
}

int civic_cmark_characters_pinned(void) {
    return atomic_load(&called);
}
