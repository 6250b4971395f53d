import AnnualReview
import Foundation

/// `ExtractedDocument` in a compact binary form for the worker pipe: a PDF's thousands of
/// positioned words cost a fraction of a millisecond this way, against several milliseconds
/// through Foundation's JSON coders (which would make the workers cost more than 10 %).
///
/// Field by field, in declaration order; optionals carry a presence byte. Tests check, by
/// reflection, that every stored property of these types is covered, so a field added to the
/// model cannot be dropped here silently.
enum ExtractedDocumentCodec {
    static func encode(_ document: ExtractedDocument) -> Data {
        let words = document.pages.reduce(0) { sum, page in sum + page.lines.reduce(0) { $0 + $1.words.count } }
        var out = BinaryWriter(capacity: 256 + words * 64)
        write(document.source, to: &out)
        out.int(document.pages.count)
        for page in document.pages {
            out.int(page.number)
            out.optional(page.width) { $0.double($1) }
            out.optional(page.height) { $0.double($1) }
            out.int(page.lines.count)
            for line in page.lines { write(line, to: &out) }
        }
        return Data(out.bytes)
    }

    static func decode(_ data: Data) throws(BinaryReader.Malformed) -> ExtractedDocument {
        var input = BinaryReader(data)
        let source = try readSource(&input)
        var pages: [ExtractedPage] = []
        let pageCount = try input.count(minimumSize: 18)
        pages.reserveCapacity(pageCount)
        for _ in 0..<pageCount {
            let number = try input.int()
            let width = try input.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.double() }
            let height = try input.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.double() }
            let lineCount = try input.count(minimumSize: 20)
            var lines: [TextLine] = []
            lines.reserveCapacity(lineCount)
            for _ in 0..<lineCount { lines.append(try readLine(&input)) }
            pages.append(ExtractedPage(number: number, width: width, height: height, lines: lines))
        }
        guard input.isAtEnd else { throw BinaryReader.Malformed() }
        return ExtractedDocument(source: source, pages: pages)
    }

    private static func write(_ source: SourceInfo, to out: inout BinaryWriter) {
        out.string(source.name)
        out.string(source.format.rawValue)
        out.optional(source.pageCount) { $0.int($1) }
        out.string(source.sha256)
    }

    private static func readSource(_ input: inout BinaryReader) throws(BinaryReader.Malformed) -> SourceInfo {
        let name = try input.string()
        guard let format = SourceInfo.Format(rawValue: try input.string()) else { throw BinaryReader.Malformed() }
        let pageCount = try input.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.int() }
        return SourceInfo(name: name, format: format, pageCount: pageCount, sha256: try input.string())
    }

    private static func write(_ line: TextLine, to out: inout BinaryWriter) {
        out.string(line.text)
        out.optional(line.lineNumber) { $0.int($1) }
        out.optional(line.box) { write($1, to: &$0) }
        out.optional(line.fontSize) { $0.double($1) }
        out.optional(line.isBold) { $0.bool($1) }
        out.int(line.words.count)
        for word in line.words {
            out.string(word.text)
            write(word.box, to: &out)
            out.double(word.fontSize)
            out.bool(word.isBold)
        }
    }

    private static func readLine(_ input: inout BinaryReader) throws(BinaryReader.Malformed) -> TextLine {
        let text = try input.string()
        let lineNumber = try input.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.int() }
        let box = try input.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try readBox(&r) }
        let fontSize = try input.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.double() }
        let isBold = try input.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.bool() }
        let wordCount = try input.count(minimumSize: 49)
        var words: [PositionedWord] = []
        words.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            let text = try input.string()
            let box = try readBox(&input)
            words.append(PositionedWord(text: text, box: box, fontSize: try input.double(), isBold: try input.bool()))
        }
        return TextLine(text: text, lineNumber: lineNumber, box: box, fontSize: fontSize, isBold: isBold, words: words)
    }

    private static func write(_ box: Box, to out: inout BinaryWriter) {
        out.double(box.x0)
        out.double(box.y0)
        out.double(box.x1)
        out.double(box.y1)
    }

    private static func readBox(_ input: inout BinaryReader) throws(BinaryReader.Malformed) -> Box {
        Box(x0: try input.double(), y0: try input.double(), x1: try input.double(), y1: try input.double())
    }
}
