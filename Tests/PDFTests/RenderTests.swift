import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

@Suite struct PageRendererTests {
    @Test func drawsEveryPageWithOverlays() throws {
        let path = "generated/g01-hackney-2021.pdf-reportlab.pdf"
        let data = try PDFSupport.data(path)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-render-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let written = try PageRenderer.render(data, name: PDFSupport.name(path), to: directory, scale: 1)
        let extracted = try PDFSupport.extracted(path)
        #expect(written.count == extracted.pages.count)
        #expect(written.first?.hasSuffix("g01-hackney-2021.pdf-reportlab-page-1.png") == true)
        for file in written {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
        let overlays = PageRenderer.overlays(for: extracted)
        let labels = overlays.values.flatMap { $0.compactMap(\.label) }
        #expect(labels.contains("salutation"))
        #expect(labels.contains("tableRegion"))
        #expect(labels.contains { $0.hasPrefix("statisticsPanel") })
    }
}
