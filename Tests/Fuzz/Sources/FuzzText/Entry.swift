/// SwiftPM links an executable with `main` aliased to `FuzzText_main`, so libFuzzer's own
/// `main` is never linked: this one hands over to libFuzzer's driver.
@_cdecl("FuzzText_main")
func FuzzTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzTextCallback)
}

/// The fuzz target as a C function pointer.
let fuzzTextCallback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { bytes, count in
    fuzzText(bytes, count)
}

/// libFuzzer's entry point for programs with their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
