import AnnualReview

/// The stages after extract as the CLI runs them, with the readable views `--stage` prints
/// and both JSON forms: a crash, trap or hang in any of them is a finding. A
/// `ConversionError` is the expected answer to most inputs, and ends the run early.
public enum FuzzStages {
    public static func run(_ extracted: ExtractedDocument) {
        _ = StagePrinter.extract(extracted)
        // The one chain of stages (`Pipeline.run`), as `convert` and `--stage` run it.
        guard let results = try? Pipeline.run(extracted, through: .model) else { return }
        if let normalized = results.normalized {
            _ = StagePrinter.normalize(normalized)
            if let segmented = results.segmented {
                _ = StagePrinter.segment(segmented)
                // Invariant: segment labels blocks; every block lands in exactly one segment.
                precondition(segmented.segments.flatMap(\.blocks) == normalized.blocks, "a block outside the segments")
            }
        }
        if let tabulated = results.tabulated {
            _ = StagePrinter.tables(tabulated)
            // Invariant: every row has as many cells as its header.
            for table in tabulated.tables {
                precondition(table.rows.allSatisfy { $0.cells.count == table.header.count }, "a row wider or narrower than its header")
            }
        }
        guard let letter = results.letter else { return }
        _ = try? CanonicalJSON.pretty(letter)
        _ = try? CanonicalJSON.compact(letter)
    }
}

/// The largest inputs the targets take. `scripts/fuzz` passes the same values as `-max_len`;
/// the targets check them too, so that a corpus file run by hand or another driver cannot
/// make one execution slow. Larger letters are the business of the benchmarks, not of the
/// fuzzer: what breaks the stages shows in a page or a table fragment.
public enum FuzzLimits {
    /// A small letter (long lines cut, tables cut to two rows) fits; whole letters do not.
    public static let textBytes = 4096
    /// The largest single page of the sample PDFs, uncompressed and without font programs, is
    /// about 30 KB.
    public static let pdfBytes = 32768
}

/// libFuzzer's answer for an input it should not keep in the corpus (here: too big).
public let fuzzRejectInput: Int32 = -1
