import FuzzSupport

/// SwiftPM aliases this executable's `main` to `FuzzText_main`: libFuzzer's driver runs it.
@_cdecl("FuzzText_main")
func FuzzTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runLibFuzzer(argc, argv) { bytes, count in fuzzText(bytes, count) }
}
