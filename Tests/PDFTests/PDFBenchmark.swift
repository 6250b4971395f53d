import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

/// Milliseconds per PDF letter, extract alone and the whole pipeline, on the same files in the
/// same run. Off by default; run in release:
///
///     PDF_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter PDFBenchmark
@Suite struct PDFBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PDF_BENCH"] != nil))
    func millisecondsPerLetter() throws {
        let paths = PDFSupport.files(in: "generated", ext: "pdf")
            + PDFSupport.files(in: "fixtures/pdf", ext: "pdf").filter { !PDFSupport.name($0).hasPrefix("bad-") }
        let inputs = try paths.map { (PDFSupport.name($0), try PDFSupport.data($0)) }
        let rounds = Int(ProcessInfo.processInfo.environment["PDF_BENCH_ROUNDS"] ?? "") ?? 10
        let extractor = PopplerExtractor()
        let pipeline = PDFSupport.pipeline
        // Warm up (fonts, caches), then alternate the two measurements file by file.
        for (name, data) in inputs { _ = try pipeline.convert(data, name: name) }
        var extractTime = 0.0
        var fullTime = 0.0
        var pages = 0
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            for (name, data) in inputs {
                let source = SourceInfo(name: name, format: .pdf, pageCount: nil, sha256: "")
                let a = clock.now
                let extracted = try extractor.extract(data, source: source)
                let b = clock.now
                _ = try pipeline.convert(data, name: name)
                let c = clock.now
                extractTime += seconds(b - a)
                fullTime += seconds(c - b)
                pages += extracted.pages.count
            }
        }
        let letters = Double(inputs.count * rounds)
        print(String(format: "PDF benchmark: %d letters × %d rounds, %.1f pages/letter: extract %.2f ms/letter, full pipeline %.2f ms/letter (%.2f ms after extract)",
                     inputs.count, rounds, Double(pages) / letters, 1000 * extractTime / letters, 1000 * fullTime / letters,
                     1000 * (fullTime - extractTime) / letters))
    }

    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
