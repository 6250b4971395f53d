import Foundation
import Testing

/// A PDF worker sends back the finished letter: what the batch writes must be, byte for byte,
/// what the pipeline makes of the PDF in one process (the expected JSON beside each sample).
@Suite("PDF workers send finished letters", .serialized)
struct WorkerOutputTests {
    /// The bundled PDF letters (generated and producer samples) and their expected JSON.
    private func samplePDFs() throws -> [URL] {
        var found: [URL] = []
        for folder in ["generated", "producers"] {
            let url = CLI.samples.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            found += names.filter { $0.hasSuffix(".pdf") }.sorted().map { url.appendingPathComponent($0) }
        }
        return found
    }

    @Test func everyBundledPDFComesOutAsItsExpectedJSON() throws {
        let pdfs = try samplePDFs()
        try #require(pdfs.count >= 10)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for pdf in pdfs { try FileManager.default.copyItem(at: pdf, to: inputs.appendingPathComponent(pdf.lastPathComponent)) }
        let run = try CLI.run(["convert", inputs.path, "--output", output.path, "--jobs", "2", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        for pdf in pdfs {
            let stem = pdf.deletingPathExtension().lastPathComponent
            let written = try Data(contentsOf: output.appendingPathComponent(stem + ".json"))
            let expected = try Data(contentsOf: pdf.deletingPathExtension().appendingPathExtension("json"))
            #expect(written == expected, "\(pdf.lastPathComponent)")
        }
    }

    @Test(arguments: ["extract", "normalize", "tables"])
    func aStagePrintoutOfAPDFIsTheSameFromAWorker(stage: String) throws {
        let pdf = try #require(try samplePDFs().first)
        for json in [false, true] {
            let options = ["convert", pdf.path, "--stage", stage] + (json ? ["--json"] : [])
            let worker = try CLI.run(options)
            let inProcess = try CLI.run(options + ["--in-process"])
            #expect(worker.status == 0, "\(worker.stderr)")
            #expect(!worker.stdout.isEmpty)
            #expect(worker.stdout == inProcess.stdout, "--stage \(stage)\(json ? " --json" : "")")
        }
    }
}
