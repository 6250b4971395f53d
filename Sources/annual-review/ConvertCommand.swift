import AnnualReview
import ArgumentParser
import Foundation

/// `annual-review convert`: letters to JSON, one stage's view, or a folder of outputs.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert letters (files, folders, or - for stdin) to JSON."
    )

    @Argument(help: "Letter files (.pdf .txt .md .html), folders of them, or - for standard input.")
    var inputs: [String]

    @Option(help: "Print one stage's result instead of the model: \(StageName.allCases.map(\.rawValue).joined(separator: ", ")).")
    var stage: StageName?

    @Flag(help: "With --stage: print the stage's value as JSON.")
    var json = false

    @Option(help: "Write DIR/NAME.json for each input instead of printing.")
    var output: String?

    func validate() throws {
        if json && stage == nil { throw ValidationError("--json goes with --stage") }
        if stage != nil && (inputs.count != 1 || output != nil) {
            throw ValidationError("--stage takes exactly one input and no --output")
        }
    }

    func run() throws {
        let found = InputFinder.find(inputs)
        for missing in found.missing { Terminal.failure(missing, .unreadable("no such file or folder")) }
        var failed = found.missing.count

        if let stage {
            guard let input = found.inputs.first else { throw ExitCode(1) }
            do {
                print(try StageRunner.render(input, stage: stage, json: json), terminator: "")
            } catch {
                Terminal.failure(input.name, error)
                throw ExitCode(1)
            }
            return
        }

        let single = found.inputs.count == 1 && output == nil && inputs.count == 1 && !isFolder(inputs[0])
        guard single || output != nil else {
            if found.inputs.isEmpty { throw ExitCode(failed > 0 ? 1 : 0) }
            throw ValidationError("several inputs need --output DIR")
        }
        for input in found.inputs {
            do {
                let json = try StageRunner.convertToJSON(input)
                if let output {
                    let path = OutputNaming.path(for: input, in: output, extension: "json")
                    try AtomicFile.write(json, to: path)
                } else {
                    print(json, terminator: "")
                }
            } catch let error as ConversionError {
                Terminal.failure(input.name, error)
                failed += 1
            } catch {
                Terminal.error("annual-review: \(input.name): could not write the output: \(error.localizedDescription)")
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }

    func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Output file names derived from input names, always inside the output folder.
enum OutputNaming {
    static func path(for input: InputFinder.Input, in folder: String, extension ext: String) -> String {
        var base = URL(fileURLWithPath: input.name).deletingPathExtension().lastPathComponent
        base = String(base.map { $0 == "/" || $0 == "\\" || $0.asciiValue.map { $0 < 0x20 } == true ? "_" : $0 })
        if base.isEmpty || base.hasPrefix(".") { base = "_" + base }
        return URL(fileURLWithPath: folder).appendingPathComponent(base + "." + ext).path
    }
}
