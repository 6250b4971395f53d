import AnnualReview
import Foundation
import PopplerText

/// Debug drawings of what the PDF path saw (`convert FILE.pdf --stage … --render DIR`): each
/// page as a PNG with every word's box (thin grey), the labelled sections of the letter
/// (segment kinds, green), table rows (blue) and column boundaries (red). When the letter
/// cannot be segmented, the normalized blocks are drawn instead.
public enum PageRenderer {
    /// Why a drawing could not be made.
    public struct RenderError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Renders every page of `data` to `directory/NAME-page-N.png` (NAME: `name` without its
    /// extension) and returns the paths written.
    public static func render(_ data: Data, name: String, to directory: String, scale: Double = 2) throws -> [String] {
        let document: PopplerDocument
        do { document = try PopplerDocument(data: data) } catch {
            throw RenderError(description: PopplerExtractor.conversionError(error).description)
        }
        let source = SourceInfo(name: name, format: .pdf, pageCount: nil, sha256: Pipeline.sha256(data))
        let extracted = try PopplerExtractor().extract(data, source: source)
        let overlays = self.overlays(for: extracted)

        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var base = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        if base.isEmpty { base = "page" }
        var written: [String] = []
        for index in 0..<document.pageCount {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("\(base)-page-\(index + 1).png").path
            do {
                try document.page(index).renderPNG(to: path, scale: scale, overlays: overlays[index + 1] ?? [])
            } catch {
                throw RenderError(description: "page \(index + 1): \(error.message)")
            }
            written.append(path)
        }
        return written
    }

    /// The overlays of each page (by page number) for an extracted PDF.
    public static func overlays(for extracted: ExtractedDocument) -> [Int: [PDFOverlay]] {
        var out: [Int: [PDFOverlay]] = [:]
        for page in extracted.pages {
            for word in page.lines.flatMap(\.words) {
                out[page.number, default: []].append(
                    PDFOverlay(rect: rect(word.box), red: 0.5, green: 0.5, blue: 0.5, alpha: 0.6, lineWidth: 0.25))
            }
        }
        let normalized = Pipeline.normalize(extracted)
        guard let segmented = try? Pipeline.segment(normalized) else {
            for block in normalized.blocks {
                let label = block.kind == .tableRow ? "row" : block.styledAsHeading ? "heading" : "paragraph"
                for (page, box) in boxesByPage(block.origins) {
                    out[page, default: []].append(section(box, label: label))
                }
            }
            return out
        }
        for segment in segmented.segments {
            var label = segment.kind.rawValue
            if let panel = segment.panel { label += " (\(panel.rawValue))" } else if let heading = segment.heading {
                label += ": " + String(heading.prefix(40))
            }
            for (page, box) in boxesByPage(segment.blocks.flatMap(\.origins)) {
                out[page, default: []].append(section(box, label: label))
            }
        }
        let tabulated = Pipeline.tables(segmented)
        for table in tabulated.tables {
            for row in table.rows {
                for (page, box) in boxesByPage(row.origins) {
                    out[page, default: []].append(
                        PDFOverlay(rect: rect(pad(box, 0.8)), red: 0.1, green: 0.3, blue: 0.9, alpha: 0.8, lineWidth: 0.5))
                }
            }
            guard tabulated.segmented.segments.indices.contains(table.segmentIndex) else { continue }
            let blocks = tabulated.segmented.segments[table.segmentIndex].blocks
            let regions = boxesByPage(blocks.flatMap(\.origins))
            for (_, columns) in PositionedTableBuilder.boundaries(blocks) {
                for (page, region) in regions {
                    for x in columns.boundaries {
                        out[page, default: []].append(
                            PDFOverlay(rect: PDFRect(x0: x - 0.3, y0: region.y0 - 2, x1: x + 0.3, y1: region.y1 + 2),
                                       red: 0.9, green: 0.1, blue: 0.1, alpha: 0.8, filled: true))
                    }
                }
            }
        }
        return out
    }

    static func section(_ box: Box, label: String) -> PDFOverlay {
        PDFOverlay(rect: rect(pad(box, 2.5)), red: 0.1, green: 0.6, blue: 0.2, alpha: 0.9, lineWidth: 0.7, label: label)
    }

    /// The union of the boxes on each page, by page number.
    static func boxesByPage(_ origins: [Origin]) -> [(Int, Box)] {
        var boxes: [Int: Box] = [:]
        var order: [Int] = []
        for origin in origins {
            guard let box = origin.box else { continue }
            if let known = boxes[origin.page] { boxes[origin.page] = known.union(box) } else {
                boxes[origin.page] = box
                order.append(origin.page)
            }
        }
        return order.compactMap { page in boxes[page].map { (page, $0) } }
    }

    static func pad(_ box: Box, _ amount: Double) -> Box {
        Box(x0: box.x0 - amount, y0: box.y0 - amount, x1: box.x1 + amount, y1: box.y1 + amount)
    }

    static func rect(_ box: Box) -> PDFRect { PDFRect(x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1) }
}
