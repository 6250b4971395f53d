import AnnualReview

/// The stages after extract as the CLI runs them, with the readable views `--stage` prints
/// and both JSON forms: a crash, trap or hang in any of them is a finding. A
/// `ConversionError` is the expected answer to most inputs, and ends the run early.
public enum FuzzStages {
    public static func run(_ extracted: ExtractedDocument) {
        _ = StagePrinter.extract(extracted)
        let normalized = Pipeline.normalize(extracted)
        _ = StagePrinter.normalize(normalized)
        guard let segmented = try? Pipeline.segment(normalized) else { return }
        _ = StagePrinter.segment(segmented)
        let tabulated = Pipeline.tables(segmented)
        _ = StagePrinter.tables(tabulated)
        guard let letter = try? Pipeline.model(tabulated) else { return }
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
