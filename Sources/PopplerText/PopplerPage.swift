internal import CPoppler
import Foundation

/// One page of a `PopplerDocument`: its size, its text, its glyphs with
/// boxes and fonts, and a PNG rendering for debugging.
///
/// Not `Sendable`: use it on the thread that uses its document. The page keeps
/// its document alive.
public final class PopplerPage {
    /// The `PopplerPage*`; owned (one reference), released in `deinit`.
    let handle: OpaquePointer
    /// Keeps the Swift document (and so poppler's) alive while the page lives.
    let document: PopplerDocument
    /// 0-based index of this page in its document.
    public let index: Int

    init(handle: OpaquePointer, index: Int, document: PopplerDocument) {
        self.handle = handle
        self.index = index
        self.document = document
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Width and height in points, rotation applied.
    public var size: PDFPageSize {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return PDFPageSize(width: width, height: height)
    }

    /// The page text as `poppler_page_get_text` gives it: words joined by
    /// single spaces, lines by "\n", in poppler's reading order (which varies
    /// between producers, and runs table cells together). Not de-duplicated.
    /// Bytes that are not valid UTF-8 become U+FFFD, one per character poppler
    /// meant, exactly as in `glyphs()`.
    public var text: String {
        var scalars = String.UnicodeScalarView()
        withPageText { bytes in scalars.append(contentsOf: LenientUTF8Decoder(bytes)) }
        return String(scalars)
    }

    /// Every character of the page with its box and font, in the order of `text`,
    /// without line breaks. Word gaps appear as space glyphs; characters painted
    /// twice over themselves (fake bold) appear once, marked bold.
    /// An empty array for a page without text (blank, or images only).
    public func glyphs() -> [PDFGlyph] {
        pageGlyphsWithReport().page.pdfGlyphs
    }

    /// The same characters as `glyphs()`, as plain values with a table of font names:
    /// the fast way to read a page.
    public func pageGlyphs() -> PageGlyphs {
        pageGlyphsWithReport().page
    }

    /// `glyphs()` plus what the assembly saw (counts, duplicates dropped).
    func glyphsWithReport() -> (glyphs: [PDFGlyph], report: GlyphAssemblyReport) {
        let (page, report) = pageGlyphsWithReport()
        return (page.pdfGlyphs, report)
    }

    /// Assembles the glyphs straight from poppler's buffers: the text is decoded and the
    /// rectangles read where poppler put them, neither copied.
    func pageGlyphsWithReport() -> (page: PageGlyphs, report: GlyphAssemblyReport) {
        withPageText { text in
            withTextLayout { rectangles in
                let runs = attributeRuns()
                let rects = rectangles.lazy.map { PDFRect(x0: $0.x1, y0: $0.y1, x1: $0.x2, y1: $0.y2) }
                return assemblePageGlyphs(characters: LenientUTF8Decoder(text), rects: rects, runs: runs)
            }
        }
    }

    // MARK: poppler calls, each freeing what it receives

    /// Calls `body` with the bytes of `poppler_page_get_text` (no terminating NUL),
    /// then frees them.
    private func withPageText<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard let cText = poppler_page_get_text(handle) else {
            return body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        defer { g_free(cText) }
        return body(UnsafeRawBufferPointer(start: cText, count: strlen(cText)))
    }

    /// Calls `body` with poppler's rectangles, one per character of the page text
    /// (`poppler_page_get_text_layout`; empty when poppler has none), then frees them.
    private func withTextLayout<R>(_ body: (UnsafeBufferPointer<PopplerRectangle>) -> R) -> R {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        let ok = poppler_page_get_text_layout(handle, &rectangles, &count)
        defer { g_free(rectangles) }
        guard ok != 0, let rectangles, count > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: rectangles, count: Int(count)))
    }

    /// Font runs over the page text (`poppler_page_get_text_attributes`),
    /// sorted by start, with bad ranges dropped.
    func attributeRuns() -> [AttributeRun] {
        guard let list = poppler_page_get_text_attributes(handle) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var runs: [AttributeRun] = []
        var node: UnsafeMutablePointer<GList>? = list
        // Neighbouring runs mostly name the same font: reuse its string rather than decode it again.
        var previous: (cName: UnsafeMutablePointer<CChar>, name: String)? = nil
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                var name = "Default"
                if let cName = attributes.font_name {
                    if let previous, strcmp(previous.cName, cName) == 0 {
                        name = previous.name
                    } else {
                        name = String(decoding: UnsafeRawBufferPointer(start: cName, count: strlen(cName)), as: UTF8.self)
                        previous = (cName, name)
                    }
                }
                let start = Int(attributes.start_index)
                let end = Int(attributes.end_index)
                if start >= 0 && end >= start {
                    runs.append(AttributeRun(start: start, end: end, fontName: name, fontSize: attributes.font_size))
                }
            }
            node = current.pointee.next
        }
        if !runs.isSorted(by: { $0.start <= $1.start }) {
            runs.sort { $0.start < $1.start }
        }
        return runs
    }

    // MARK: rendering

    /// Largest image `renderPNG` will allocate (4 bytes per pixel): 100 megapixels.
    static let maxPixels = 100_000_000

    /// Renders the page to a PNG file: white background, the page at `scale`
    /// pixels per point, then `overlays` drawn on top in page coordinates.
    ///
    /// - Throws: `.renderFailed` for a scale that is not positive and finite, an
    ///   image too large to allocate, or a file that cannot be written.
    public func renderPNG(to path: String, scale: Double = 2, overlays: [PDFOverlay] = []) throws(PopplerError) {
        let size = self.size
        guard scale.isFinite, scale > 0 else { throw .renderFailed("scale must be positive, got \(scale)") }
        let widthD = (size.width * scale).rounded(.up)
        let heightD = (size.height * scale).rounded(.up)
        guard widthD.isFinite, heightD.isFinite, widthD >= 1, heightD >= 1,
            widthD <= 32_767, heightD <= 32_767, widthD * heightD <= Double(Self.maxPixels)
        else {
            throw .renderFailed("image of \(widthD) × \(heightD) pixels is too large (lower the scale)")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(widthD), Int32(heightD)) else {
            throw .renderFailed("cairo could not create an image")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .renderFailed(Self.describe(cairo_surface_status(surface)))
        }
        guard let cr = cairo_create(surface) else { throw .renderFailed("cairo could not create a context") }
        defer { cairo_destroy(cr) }

        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_save(cr)
        poppler_page_render(handle, cr)
        cairo_restore(cr)
        for overlay in overlays { Self.draw(overlay, on: cr) }
        guard cairo_status(cr) == CAIRO_STATUS_SUCCESS else {
            throw .renderFailed(Self.describe(cairo_status(cr)))
        }
        cairo_surface_flush(surface)
        let status = path.withCString { cairo_surface_write_to_png(surface, $0) }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .renderFailed("cannot write \(path): \(Self.describe(status))")
        }
    }

    private static func draw(_ overlay: PDFOverlay, on cr: OpaquePointer) {
        let rect = overlay.rect.standardized
        guard rect.isFinite else { return }
        func unit(_ v: Double) -> Double { v.isFinite ? min(max(v, 0), 1) : 0 }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_set_source_rgba(cr, unit(overlay.red), unit(overlay.green), unit(overlay.blue), unit(overlay.alpha))
        cairo_rectangle(cr, rect.x0, rect.y0, rect.width, rect.height)
        if overlay.filled {
            cairo_fill(cr)
        } else {
            let width = overlay.lineWidth.isFinite && overlay.lineWidth > 0 ? overlay.lineWidth : 0.5
            cairo_set_line_width(cr, width)
            cairo_stroke(cr)
        }
        if let label = overlay.label, !label.isEmpty {
            cairo_set_source_rgba(cr, unit(overlay.red), unit(overlay.green), unit(overlay.blue), 1)
            cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, 5)
            // Above the rectangle, or just inside it when it touches the top edge.
            cairo_move_to(cr, rect.x0, rect.y0 >= 6 ? rect.y0 - 1 : rect.y0 + 5)
            // Interior NULs would end the C string early; cairo takes UTF-8 only.
            label.replacingOccurrences(of: "\0", with: " ").withCString { cairo_show_text(cr, $0) }
        }
    }

    private static func describe(_ status: cairo_status_t) -> String {
        guard let cString = cairo_status_to_string(status) else { return "cairo error \(status.rawValue)" }
        return String(cString: cString)
    }
}

@available(*, unavailable, message: "use a PopplerPage from one thread at a time")
extension PopplerPage: Sendable {}

extension Array {
    fileprivate func isSorted(by areInOrder: (Element, Element) -> Bool) -> Bool {
        guard count > 1 else { return true }
        for i in 1..<count where !areInOrder(self[i - 1], self[i]) { return false }
        return true
    }
}
