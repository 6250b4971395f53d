/// Why an input could not be turned into a letter: one plain line for the user.
public enum ConversionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case empty
    case binary
    case notALetter(String)
    case tooLarge(Int)
    case encrypted
    case damagedPDF(String)
    case noPages
    case noTextLayer
    case popplerUnavailable
    case crashed
    case timedOut(Double)

    public var description: String {
        switch self {
        case .unreadable(let why): return "cannot read the file: \(why)"
        case .empty: return "the file is empty"
        case .binary: return "not a text file or a PDF (binary data)"
        case .notALetter(let why): return "not an Annual Review letter (\(why))"
        case .tooLarge(let bytes): return "\(bytes / 1_048_576) MiB of text is far more than any letter holds"
        case .encrypted: return "the PDF is encrypted (password protected); decrypt it first"
        case .damagedPDF(let why): return "the PDF is damaged: \(why)"
        case .noPages: return "the PDF has no pages"
        case .noTextLayer: return "the PDF has no text layer (scanned images only); it needs OCR first"
        case .popplerUnavailable: return "PDF support is not available in this build"
        case .crashed: return "the PDF worker crashed reading it (poppler or annual-review: please report the file)"
        case .timedOut(let seconds): return "timed out after \(NumberText.format(seconds)) s"
        }
    }
}
