/* poppler_floor.c — copied unchanged (below this comment) from the project's shared tools,
 * ../shared/tools/poppler_floor.c (FACTS.md: "the floor the speed goal is measured against").
 * scripts/bench builds it (cc -O2 ... $(pkg-config --cflags --libs poppler-glib)) and times it
 * against `annual-review convert DIR --format jsonl --jobs 1 --quiet` over the same PDFs.
 * Do not optimise or change it here: it is the yardstick of issue 12. */
/* The floor for any poppler-glib pipeline: for each file named, read it, open it
 * from memory, and take every page's text and glyph layout. Prints the total.
 * build: cc -O2 -o poppler_floor poppler_floor.c $(pkg-config --cflags --libs poppler-glib) */
#include <poppler.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    long chars = 0, rects = 0, pages = 0, failed = 0;
    for (int i = 1; i < argc; i++) {
        gchar *data = NULL; gsize len = 0; GError *err = NULL;
        if (!g_file_get_contents(argv[i], &data, &len, &err)) { g_clear_error(&err); failed++; continue; }
        GBytes *bytes = g_bytes_new_take(data, len);
        PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &err);
        if (!doc) { g_clear_error(&err); g_bytes_unref(bytes); failed++; continue; }
        int n = poppler_document_get_n_pages(doc);
        for (int p = 0; p < n; p++) {
            PopplerPage *page = poppler_document_get_page(doc, p);
            char *txt = poppler_page_get_text(page); chars += strlen(txt); g_free(txt);
            PopplerRectangle *rs = NULL; guint nr = 0;
            if (poppler_page_get_text_layout(page, &rs, &nr)) { rects += nr; g_free(rs); }
            g_object_unref(page); pages++;
        }
        g_object_unref(doc); g_bytes_unref(bytes);
    }
    printf("files %d pages %ld chars %ld rects %ld failed %ld\n", argc - 1, pages, chars, rects, failed);
    return 0;
}
