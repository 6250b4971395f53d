import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

/// Damaged and hostile PDFs (a selection of `scripts/make-hostile-pdfs`' corpus in
/// Samples/fixtures/hostile, plus deep nesting built here): each one ends in a letter or a
/// one-line error, within a time limit, and never traps.
@Suite struct HostilePDFTests {
    /// Seconds one file may take (debug build, busy machine).
    static let limit = 20.0

    enum Outcome: Sendable {
        case letter(AnnualReviewLetter, json: String)
        case failure(ConversionError)
    }

    /// The outcome of converting `data`, or nil when it takes longer than `limit`.
    static func convert(_ data: Data, name: String) -> Outcome? {
        let result = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do throws(ConversionError) {
                let letter = try PDFSupport.pipeline.convert(data, name: name)
                do {
                    result.set(.letter(letter, json: try CanonicalJSON.pretty(letter)))
                } catch {
                    result.set(.failure(.unreadable("could not encode: \(error)")))
                }
            } catch {
                result.set(.failure(error))
            }
            done.signal()
        }
        guard done.wait(timeout: .now() + limit) == .success else { return nil }
        return result.get()
    }

    /// Checks one outcome: a letter whose JSON ends in one newline, or an error that reads as
    /// one line.
    static func expectOneLine(_ outcome: Outcome?, _ name: String) {
        switch outcome {
        case nil:
            Issue.record("\(name): took longer than \(limit) s")
        case .letter(_, let json)?:
            #expect(json.hasSuffix("}\n"), "\(name)")
        case .failure(let error)?:
            let line = error.description
            #expect(!line.isEmpty && !line.contains("\n") && !line.contains("\r"), "\(name): \(line)")
            #expect(line.count < 200, "\(name): \(line)")
        }
    }

    static let fixtures = PDFSupport.files(in: "fixtures/hostile", ext: "pdf")

    @Test func theSelectionIsThere() {
        #expect(Self.fixtures.count >= 20)
    }

    @Test(arguments: fixtures)
    func endsInALetterOrOneLine(_ path: String) throws {
        let data = try PDFSupport.data(path)
        Self.expectOneLine(Self.convert(data, name: PDFSupport.name(path)), path)
    }

    /// The undamaged page the geom-* fixtures vary converts; damaged xref tables are rebuilt.
    @Test func controlsConvert() throws {
        for name in ["geom-control", "xref-small-offsets-shifted", "xref-small-startxref-huge"] {
            let outcome = Self.convert(try PDFSupport.data("fixtures/hostile/\(name).pdf"), name: name)
            guard case .letter(let letter, _)? = outcome else {
                Issue.record("\(name): \(String(describing: outcome))")
                continue
            }
            #expect(letter.salutation == "Dear Ms Okafor", "\(name)")
        }
    }

    @Test func truncatedAtTheHeaderIsDamaged() throws {
        let outcome = Self.convert(try PDFSupport.data("fixtures/hostile/junk-header-only.pdf"), name: "h.pdf")
        guard case .failure(.damagedPDF)? = outcome else { Issue.record("\(String(describing: outcome))"); return }
    }

    /// Arrays and dictionaries nested 20,000 deep in the catalog, a page tree 2,000 levels deep
    /// and one that loops: poppler must not overflow its stack, nor may we.
    @Test(arguments: ["arrays", "dictionaries", "pageTree", "pageTreeLoop", "kids"])
    func deepNesting(_ kind: String) {
        let data = HostilePDF.nested(kind)
        Self.expectOneLine(Self.convert(data, name: "nested-\(kind).pdf"), kind)
    }
}

/// A result handed from the worker thread to the test.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: HostilePDFTests.Outcome?

    func set(_ outcome: HostilePDFTests.Outcome) {
        lock.lock()
        value = outcome
        lock.unlock()
    }

    func get() -> HostilePDFTests.Outcome? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// Small PDFs written on the spot, with a correct xref table.
enum HostilePDF {
    static func file(_ objects: [String]) -> Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    static let content = "BT /F1 11 Tf 72 760 Td 14 TL (Dear Mr Bowen) Tj T* (Yours sincerely,) Tj ET"

    static func stream(_ text: String) -> String {
        "<< /Length \(text.utf8.count) >>\nstream\n\(text)\nendstream"
    }

    static let page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
    static let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

    static func nested(_ kind: String) -> Data {
        let depth = 20_000
        switch kind {
        case "arrays":
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            return file(["<< /Type /Catalog /Pages 2 0 R /Deep \(deep) >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         page, stream(content), font])
        case "dictionaries":
            let deep = String(repeating: "<< /A ", count: depth) + "1" + String(repeating: " >>", count: depth)
            return file(["<< /Type /Catalog /Pages 2 0 R /Deep \(deep) >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         page, stream(content), font])
        case "pageTree":
            // Objects: 1 catalog, 2…(levels+1) Pages nodes, then the page, its content, its font.
            let levels = 2_000
            let pageNumber = levels + 2
            var objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
            for level in 0..<levels {
                let number = 2 + level
                let parent = level == 0 ? "" : "/Parent \(number - 1) 0 R "
                objects.append("<< /Type /Pages \(parent)/Kids [\(number + 1) 0 R] /Count 1 >>")
            }
            objects.append("<< /Type /Page /Parent \(pageNumber - 1) 0 R /MediaBox [0 0 595 842] "
                           + "/Resources << /Font << /F1 \(pageNumber + 2) 0 R >> >> /Contents \(pageNumber + 1) 0 R >>")
            objects.append(stream(content))
            objects.append(font)
            return file(objects)
        case "pageTreeLoop":
            return file(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                         page, stream(content), font])
        default:
            let kids = Array(repeating: "3 0 R", count: 50_000).joined(separator: " ")
            return file(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [\(kids)] /Count 2147483647 >>",
                         page, stream(content), font])
        }
    }
}
