internal import CPoppler
import Foundation

/// An open PDF document, read from memory by poppler-glib.
///
/// Not `Sendable`: use a document (and its pages) from one thread at a time.
/// Separate documents may be used on separate threads.
public final class PopplerDocument {
    /// The `PopplerDocument*`; owned (one reference), released in `deinit`.
    let handle: OpaquePointer

    /// Number of pages (at least 1: a document without pages fails to open).
    public let pageCount: Int

    /// Opens a PDF from its bytes.
    ///
    /// A `password` is only used when the document needs one; it is tried as
    /// given (UTF-8) and as Latin-1, as poppler does.
    ///
    /// - Throws: `.notAPDF` when the bytes have no `%PDF-` header and poppler
    ///   cannot read them, `.encrypted` when a password is needed (or the one
    ///   given is wrong), `.damaged` with poppler's message for anything else
    ///   poppler refuses, `.noPages` when the document has no pages.
    public init(data: Data, password: String? = nil) throws(PopplerError) {
        // poppler's settings outlive this document (and every other).
        _ = PopplerGlobals.resident
        let document: OpaquePointer
        do {
            // Never hand poppler_document_new_from_bytes a password: in poppler
            // 22.12 (and later, up to at least 24.x) a wrong one sends it down a
            // retry path that dereferences a null stream and crashes the process.
            document = try Self.openFromBytes(data)
        } catch .encrypted where password != nil {
            document = try Self.openFromTemporaryFile(data, password: password ?? "")
        }
        let count = Int(poppler_document_get_n_pages(document))
        guard count > 0 else {
            g_object_unref(UnsafeMutableRawPointer(document))
            throw .noPages
        }
        self.handle = document
        self.pageCount = count
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The page at `index` (0-based).
    ///
    /// - Throws: `.pageOutOfRange` for an index outside `0..<pageCount`,
    ///   `.damaged` when poppler cannot load the page.
    public func page(_ index: Int) throws(PopplerError) -> PopplerPage {
        guard index >= 0 && index < pageCount else {
            throw .pageOutOfRange(index: index, pageCount: pageCount)
        }
        guard let page = poppler_document_get_page(handle, Int32(index)) else {
            throw .damaged("page \(index + 1) could not be loaded")
        }
        return PopplerPage(handle: page, index: index, document: self)
    }

    // MARK: opening

    /// `poppler_document_new_from_bytes` without a password. The GBytes is a
    /// copy; poppler keeps its own reference for as long as the document lives,
    /// so ours is dropped at once.
    private static func openFromBytes(_ data: Data) throws(PopplerError) -> OpaquePointer {
        let bytes: OpaquePointer? = data.withUnsafeBytes { raw in
            g_bytes_new(raw.baseAddress, gsize(raw.count))
        }
        guard let bytes else { throw .systemError("could not copy \(data.count) bytes") }
        defer { g_bytes_unref(bytes) }
        var gerror: UnsafeMutablePointer<GError>? = nil
        let document = poppler_document_new_from_bytes(bytes, nil, &gerror)
        return try checked(document, gerror, data: data)
    }

    /// `poppler_document_new_from_file` with a password, through a private
    /// temporary file (mode 0600) that is unlinked as soon as poppler has it
    /// open. This entry point's retry with a wrong password is safe.
    private static func openFromTemporaryFile(_ data: Data, password: String) throws(PopplerError) -> OpaquePointer {
        var template = Array(
            FileManager.default.temporaryDirectory.appendingPathComponent("poppler-text-XXXXXX.pdf").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemps(base, 4)
        }
        guard fd >= 0 else { throw .systemError("cannot create a temporary file: \(String(cString: strerror(errno)))") }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        let writeError = errno
        close(fd)
        guard written else { throw .systemError("cannot write a temporary file: \(String(cString: strerror(writeError)))") }

        var gerror: UnsafeMutablePointer<GError>? = nil
        guard let uri = g_filename_to_uri(path, nil, &gerror) else {
            if let gerror { g_error_free(gerror) }
            throw .systemError("cannot make a URI for \(path)")
        }
        defer { g_free(uri) }
        let document = password.withCString { poppler_document_new_from_file(uri, $0, &gerror) }
        return try checked(document, gerror, data: data)
    }

    /// Takes ownership of poppler's answer: the document, or the error (freed here).
    private static func checked(
        _ document: OpaquePointer?, _ gerror: UnsafeMutablePointer<GError>?, data: Data
    ) throws(PopplerError) -> OpaquePointer {
        if let gerror {
            let error = mapError(gerror.pointee, data: data)
            g_error_free(gerror)
            if let document { g_object_unref(UnsafeMutableRawPointer(document)) }
            throw error
        }
        guard let document else {
            throw hasPDFHeader(data) ? .damaged("poppler could not open the document") : .notAPDF
        }
        return document
    }

    /// poppler looks for the header in the first 1024 bytes; so do we.
    static func hasPDFHeader(_ data: Data) -> Bool {
        let header: [UInt8] = Array("%PDF-".utf8)
        let window = Array(data.prefix(1024))
        guard window.count >= header.count else { return false }
        for start in 0...(window.count - header.count) where window[start] == header[0] {
            if Array(window[start..<(start + header.count)]) == header { return true }
        }
        return false
    }

    static func mapError(_ error: GError, data: Data) -> PopplerError {
        if error.domain == poppler_error_quark() && UInt32(bitPattern: error.code) == POPPLER_ERROR_ENCRYPTED.rawValue {
            return .encrypted
        }
        if !hasPDFHeader(data) { return .notAPDF }
        let message = error.message.map {
            String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self)
        } ?? ""
        return .damaged(message)
    }
}

@available(*, unavailable, message: "use a PopplerDocument from one thread at a time")
extension PopplerDocument: Sendable {}
