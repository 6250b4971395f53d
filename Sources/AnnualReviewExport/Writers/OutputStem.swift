import AnnualReview
import Foundation

/// The name of a per-file output (`DIR/NAME.json`), made from the input's file name so that it
/// always stays inside the output folder.
///
/// NAME is the input's file name without its extension, with `/`, `\` and control characters
/// replaced by `_`, a leading `.` guarded by a `_`, and cut to 200 bytes. When two inputs of one
/// run would get the same NAME (same file name in different folders, or `a.txt` beside `a.pdf`;
/// compared ignoring case), each of them is written as `NAME-XXXXXXXX.json` instead, where
/// `XXXXXXXX` is the first 8 hex digits of the sha256 of its bytes: stable from run to run,
/// whatever the order of the inputs.
public struct OutputStem: Sendable, Equatable {
    /// The sanitised base name.
    public let base: String
    /// Whether another input of the run has the same base, so the content hash is appended.
    public let isShared: Bool

    public init(base: String, isShared: Bool) {
        self.base = base
        self.isShared = isShared
    }

    /// The file name for an input with these bytes.
    public func fileName(sha256: String, extension ext: String) -> String {
        isShared ? "\(base)-\(sha256.prefix(8)).\(ext)" : "\(base).\(ext)"
    }

    /// Stems for every input, marking the bases that more than one input would use.
    public static func plan(_ inputs: [InputFinder.Input]) -> [OutputStem] {
        let bases = inputs.map { sanitizedBase($0.name) }
        var counts: [String: Int] = [:]
        for base in bases { counts[base.lowercased(), default: 0] += 1 }
        return bases.map { OutputStem(base: $0, isShared: (counts[$0.lowercased()] ?? 0) > 1) }
    }

    /// A file name without its extension, made safe to use inside the output folder.
    public static func sanitizedBase(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var base = (last as NSString).deletingPathExtension
        base = String(base.unicodeScalars.map { scalar -> Character in
            scalar.value < 0x20 || scalar.value == 0x7F ? "_" : Character(scalar)
        })
        if base.isEmpty || base.hasPrefix(".") { base = "_" + base }
        while base.utf8.count > 200 { base.removeLast() }
        return base
    }
}
