import AnnualReviewExport
import ArgumentParser

/// `--max-memory MIB` of `convert` and `report`: what each PDF worker may allocate.
enum MemoryOption {
    static let help = "MiB of memory each PDF worker may use; a PDF that needs more fails alone "
        + "(\"needs more than MIB MiB\"). Default \(MemoryLimit.defaultMebibytes): 30 times what the "
        + "largest letters need."

    static func validate(_ mebibytes: Int) throws {
        if mebibytes < MemoryLimit.minimumMebibytes {
            throw ValidationError("--max-memory must be at least \(MemoryLimit.minimumMebibytes) (MiB): a letter alone needs about half of that")
        }
        if let hard = MemoryLimit.hardLimitMebibytes, mebibytes > hard {
            throw ValidationError("--max-memory \(mebibytes) is above the data limit this shell allows (ulimit -H -d: \(hard) MiB)")
        }
    }
}
