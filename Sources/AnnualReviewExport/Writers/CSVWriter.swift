import AnnualReview
import Foundation

/// `--format csv --output DIR`: `letters.csv` (one row per letter, its statistics panels as
/// columns), `complaints_received.csv`, `decisions.csv`, `sections.csv` and `warnings.csv`, each
/// with a header row and the letter's sha256 as first column. RFC 4180 (see `CSVFormat`).
/// All five files are built in temporary files and renamed into DIR together at the end.
///
/// With `--skip-existing`, the rows already in DIR are kept (the headers must match), inputs
/// whose sha256 `letters.csv` holds are skipped, and new letters' rows are appended. Without
/// it the files are replaced. An input with the same bytes as an earlier one is not repeated.
public final class CSVWriter: BatchWriter {
    /// The five files, in order.
    public enum File: String, CaseIterable, Sendable {
        case letters, complaintsReceived = "complaints_received", decisions, sections, warnings

        public var fileName: String { rawValue + ".csv" }

        /// The header row's column names.
        public var columns: [String] {
            switch self {
            case .letters: return ExportTable.letters.columns + ExportTable.statistics.columns.dropFirst()
            case .complaintsReceived: return ExportTable.complaintsReceived.columns
            case .decisions: return ExportTable.decisions.columns
            case .sections: return ExportTable.sections.columns
            case .warnings: return ExportTable.warnings.columns
            }
        }

        /// The letter's rows in this file.
        func rows(_ letter: AnnualReviewLetter) -> [[ExportCell]] {
            switch self {
            case .letters:
                let statistics = ExportTable.statistics.rows(letter).first.map { Array($0.dropFirst()) }
                    ?? Array(repeating: .null, count: ExportTable.statistics.columns.count - 1)
                return ExportTable.letters.rows(letter).map { $0 + statistics }
            case .complaintsReceived: return ExportTable.complaintsReceived.rows(letter)
            case .decisions: return ExportTable.decisions.rows(letter)
            case .sections: return ExportTable.sections.rows(letter)
            case .warnings: return ExportTable.warnings.rows(letter)
            }
        }
    }

    /// A letter's CSV text for each file, in `File.allCases` order.
    public typealias Record = [String]

    private let files: [PendingFile]
    public let destination: String
    private let existingKeys: Set<String>
    private var written: Set<String>

    public init(folder: String, keepExisting: Bool) throws {
        destination = folder
        let folderURL = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: folderURL, withIntermediateDirectories: true)
        } catch {
            throw WriterError("cannot create the folder")
        }
        let lettersPath = folderURL.appendingPathComponent(File.letters.fileName).path
        let keep = keepExisting && FileManager.default.fileExists(atPath: lettersPath)
        var keys: Set<String> = []
        if keep {
            let text = (try? String(contentsOfFile: lettersPath, encoding: .utf8)) ?? ""
            for record in CSVFormat.parse(text).dropFirst() {
                if let key = record.first ?? nil { keys.insert(key) }
            }
        }
        var files: [PendingFile] = []
        for file in File.allCases {
            let path = folderURL.appendingPathComponent(file.fileName).path
            let keepThis = keep && FileManager.default.fileExists(atPath: path)
            if keepThis, let header = CSVWriter.header(of: path), header != file.columns {
                files.forEach { $0.discard() }
                throw WriterError("\(file.fileName) has other columns than this version writes; move it away or leave out --skip-existing")
            }
            let pending = try PendingFile(path, keepingContent: keepThis)
            if pending.isEmpty { try pending.append(CSVFormat.record(file.columns)) }
            files.append(pending)
        }
        self.files = files
        existingKeys = keys
        written = keys
    }

    public static func render(_ letter: AnnualReviewLetter) throws -> [String] {
        File.allCases.map { file in file.rows(letter).map(CSVFormat.record).joined() }
    }

    public var existing: ExistingOutputs { ExistingOutputs(keys: existingKeys) }

    public func write(_ record: [String], for item: BatchItem, sha256: String) throws -> WriteOutcome {
        guard written.insert(sha256).inserted else { return .duplicate }
        for (file, text) in zip(files, record) where !text.isEmpty {
            try file.append(text)
        }
        return .written
    }

    public func finish() throws {
        for file in files { try file.commit() }
    }

    public func discard() {
        for file in files { file.discard() }
    }

    /// The first record of an existing CSV file.
    static func header(of path: String) -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 64 * 1024),
              let text = String(data: head, encoding: .utf8),
              let line = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).first
        else { return nil }
        return CSVFormat.parse(String(line)).first?.map { $0 ?? "" }
    }
}
