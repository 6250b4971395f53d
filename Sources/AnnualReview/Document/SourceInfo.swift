/// Where a letter came from: its file name, kind, page count (PDF) and the sha256 of its bytes.
public struct SourceInfo: Codable, Equatable, Sendable {
    public enum Format: String, Codable, Sendable { case pdf, text }
    public var name: String
    public var format: Format
    public var pageCount: Int?
    public var sha256: String

    public init(name: String, format: Format, pageCount: Int?, sha256: String) {
        self.name = name
        self.format = format
        self.pageCount = pageCount
        self.sha256 = sha256
    }
}
