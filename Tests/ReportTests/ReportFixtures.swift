import AnnualReview
import AnnualReviewReport
import Foundation
import TestSupport

/// The sample corpus converted once (text renderings only: the tests run without poppler),
/// and helpers to look into generated pages.
enum ReportFixtures {
    /// Every text rendering under Samples/ (the seeds, Samples/generated, Samples/handwritten).
    static let letterFiles: [URL] = {
        let folders = ["", "generated", "handwritten"].map { Fixtures.samples.appendingPathComponent($0) }
        var files: [URL] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where ["txt", "md", "html"].contains((name as NSString).pathExtension) {
                files.append(folder.appendingPathComponent(name))
            }
        }
        return files
    }()

    /// The sample letters, converted by the text pipeline.
    static let letters: [AnnualReviewLetter] = letterFiles.compactMap { url in
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? Pipeline().convert(data, name: url.lastPathComponent)
    }

    static let loader = LetterLoader { data, name throws(ConversionError) in try Pipeline().convert(data, name: name) }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder(_ label: String = #function) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("report-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
            .appendingPathComponent(label.filter { $0.isLetter || $0.isNumber })
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The `<tr …>…</tr>` of the index row whose data-sha256 is `sha256`.
    static func indexRow(_ html: String, sha256: String) -> String? {
        guard let start = html.range(of: "<tr data-sha256=\"\(sha256)\"") else { return nil }
        guard let end = html.range(of: "</tr>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The element starting with `opening` (e.g. `<td data-statistic="upheld"`) up to its `</tag>`.
    static func element(_ html: String, startingWith opening: String, tag: String) -> String? {
        guard let start = html.range(of: opening) else { return nil }
        guard let end = html.range(of: "</\(tag)>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The value of `name="…"` in the first tag of `html`.
    static func attribute(_ name: String, in html: String) -> String? {
        guard let tagEnd = html.firstIndex(of: ">") else { return nil }
        let tag = html[..<tagEnd]
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<end])
    }

    /// How often `needle` occurs in `haystack`.
    static func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "input", "link", "rect"]

    /// Checks that start and end tags nest properly (skipping the contents of script and style,
    /// void elements and self-closed tags); returns the first problem.
    static func tagBalanceProblem(_ html: String) -> String? {
        var stack: [String] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            guard let close = html[open...].firstIndex(of: ">") else { return "unclosed tag" }
            let tag = html[html.index(after: open)..<close]
            index = html.index(after: close)
            if tag.hasPrefix("!") { continue }
            let selfClosed = tag.hasSuffix("/")
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).lowercased()
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            if selfClosed || voidElements.contains(name) { continue }
            if name == "script" || name == "style" {
                guard let end = html.range(of: "</\(name)>", range: index..<html.endIndex) else { return "unclosed \(name)" }
                index = end.upperBound
                continue
            }
            stack.append(name)
        }
        return stack.isEmpty ? nil : "unclosed <\(stack.joined(separator: "> <"))>"
    }
}
