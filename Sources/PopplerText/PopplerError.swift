/// Why a PDF could not be opened, read or rendered. `message` is one plain-English line.
public enum PopplerError: Error, Sendable, Equatable, Hashable {
    /// The bytes do not look like a PDF at all (no `%PDF-` header) and poppler could not open them.
    case notAPDF
    /// The PDF is password protected and no (or a wrong) password was given.
    case encrypted
    /// poppler could not read the PDF; the payload is poppler's own message.
    case damaged(String)
    /// The PDF opened but has no pages.
    case noPages
    /// A page index outside `0..<pageCount` was asked for.
    case pageOutOfRange(index: Int, pageCount: Int)
    /// Rendering or writing a PNG failed; the payload says why.
    case renderFailed(String)
    /// A file operation this module needed failed (only when opening with a
    /// password, which goes through a private temporary file); the payload says why.
    case systemError(String)

    /// One plain-English line saying what went wrong.
    public var message: String {
        switch self {
        case .notAPDF:
            return "the file is not a PDF (no %PDF- header)"
        case .encrypted:
            return "the PDF is encrypted (password protected)"
        case .damaged(let detail):
            return detail.isEmpty ? "the PDF is damaged" : "the PDF is damaged: \(detail)"
        case .noPages:
            return "the PDF has no pages"
        case .pageOutOfRange(let index, let pageCount):
            return "page index \(index) is out of range (the PDF has \(pageCount) page\(pageCount == 1 ? "" : "s"))"
        case .renderFailed(let detail):
            return "could not render the page: \(detail)"
        case .systemError(let detail):
            return "a file operation failed: \(detail)"
        }
    }
}

extension PopplerError: CustomStringConvertible {
    public var description: String { message }
}
