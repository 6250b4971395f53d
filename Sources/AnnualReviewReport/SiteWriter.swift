import AnnualReview
import Foundation

/// Renders a report's pages and writes them into a folder, each file atomically (a temporary
/// file beside it, then a rename). Pages of earlier runs that this report does not name are
/// left as they are.
public struct SiteWriter: Sendable {
    /// The site folder.
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// Every page of the report as (file name, HTML): `index.html` first, then one page per
    /// letter in report order.
    public static func pages(_ report: Report) -> [(name: String, html: String)] {
        [("index.html", IndexPage.render(report))] + report.rows.map { ($0.page, AuthorityPage.render($0)) }
    }

    /// Writes every page; returns the paths written.
    @discardableResult
    public func write(_ report: Report) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        var written: [String] = []
        for page in SiteWriter.pages(report) {
            guard SiteWriter.isSafe(page.name) else { throw SiteError.unsafeName(page.name) }
            let path = root.appendingPathComponent(page.name).path
            try AtomicFile.write(page.html, to: path)
            written.append(path)
        }
        return written
    }

    /// A plain file name inside the folder: `a-z 0-9 -`, ending in `.html`.
    static func isSafe(_ name: String) -> Bool {
        guard name.hasSuffix(".html"), name.count > 5 else { return false }
        return name.dropLast(5).unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        }
    }
}

/// Why a site could not be written.
public enum SiteError: Error, CustomStringConvertible {
    case unsafeName(String)

    public var description: String {
        switch self {
        case .unsafeName(let name): return "refusing to write a page named \(name)"
        }
    }
}
