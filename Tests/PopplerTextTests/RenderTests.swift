import Foundation
import Testing

@testable import PopplerText

/// PNG rendering with overlays.
@Suite struct RenderTests {
    /// Width and height from a PNG's IHDR chunk.
    func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let data = try #require(FileManager.default.contents(atPath: path))
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let bytes = [UInt8](data.prefix(24))
        try #require(bytes.count == 24)
        func be32(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    @Test func rendersWithOverlays() throws {
        let page = try PopplerDocument(data: Fixture.data("basic.pdf")).page(0)
        let glyphs = page.glyphs()
        var overlays = glyphs.prefix(25).map { PDFOverlay(rect: $0.box, red: 1, green: 0, blue: 0, alpha: 0.8) }
        overlays.append(PDFOverlay(
            rect: PDFRect(x0: 70, y0: 150, x1: 470, y1: 200), red: 0, green: 0, blue: 1, alpha: 0.2,
            filled: true, label: "table 1 — “odd” label\u{0}after NUL"))
        overlays.append(PDFOverlay(  // junk values must be tolerated
            rect: PDFRect(x0: .nan, y0: 0, x1: 1, y1: 1), red: 7, green: -1, blue: .nan, alpha: 2, lineWidth: -3))
        overlays.append(PDFOverlay(rect: PDFRect(x0: 0, y0: 0, x1: 20, y1: 3), red: 0, green: 1, blue: 0, label: "top"))
        let path = temporaryPath(".png")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try page.renderPNG(to: path, scale: 1.5, overlays: overlays)
        let size = try pngSize(path)
        #expect(size.width == Int((595.2756 * 1.5).rounded(.up)))
        #expect(size.height == Int((841.8898 * 1.5).rounded(.up)))
    }

    @Test func badScalesAndPathsThrow() throws {
        let page = try PopplerDocument(data: Fixture.data("blank.pdf")).page(0)
        let path = temporaryPath(".png")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for scale in [0, -1, .nan, .infinity, 1e6] {
            #expect(throws: PopplerError.self) { try page.renderPNG(to: path, scale: scale, overlays: []) }
        }
        do {
            try page.renderPNG(to: "/nonexistent-directory/x.png", scale: 1, overlays: [])
            Issue.record("writing into a missing directory succeeded")
        } catch {
            guard case .renderFailed(let detail) = error else {
                Issue.record("expected .renderFailed, got \(error)")
                return
            }
            #expect(detail.contains("/nonexistent-directory/x.png"))
        }
        try page.renderPNG(to: path, scale: 0.1, overlays: [])
        #expect(try pngSize(path) == (30, 20))
    }
}
