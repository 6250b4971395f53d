internal import CPoppler
import Foundation

/// poppler's process-wide settings (`GlobalParams`: its tables of character names, encodings
/// and CMaps) live only while some document is open: poppler builds them when the first
/// document opens and tears them down when the last one closes, which costs a few million
/// instructions per PDF read one at a time. One tiny document, opened once and never closed,
/// keeps them for the life of the process. They are the same for every document, so what
/// poppler reads from a PDF does not change.
enum PopplerGlobals {
    /// Whether the resident document opened (if it did not, every document builds the
    /// settings itself, as before). Read once, before the first document opens.
    static let resident: Bool = {
        let pdf = minimalPDF()
        let bytes: OpaquePointer? = pdf.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        guard let bytes else { return false }
        defer { g_bytes_unref(bytes) }
        var gerror: UnsafeMutablePointer<GError>? = nil
        let document = poppler_document_new_from_bytes(bytes, nil, &gerror)
        if let gerror { g_error_free(gerror) }
        // Never unreferenced: the document lives as long as the process.
        return document != nil
    }()

    /// A valid one-page PDF with nothing on its page: its cross-reference table gives each
    /// object's byte offset, so poppler reads it without repairing it.
    static func minimalPDF() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>",
        ]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            text += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }
}
