import FuzzSupport

/// SwiftPM aliases this executable's `main` to `FuzzPDF_main`: libFuzzer's driver runs it.
@_cdecl("FuzzPDF_main")
func FuzzPDFMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { bytes, count in fuzzPDF(bytes, count) }
}
