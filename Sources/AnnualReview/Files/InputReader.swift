import Foundation

/// Reads an input's bytes, turning file-system failures into one-line `ConversionError`s.
public enum InputReader {
    /// Inputs larger than this are refused rather than read into memory.
    public static let maximumBytes = 512 * 1024 * 1024

    public static func read(_ input: InputFinder.Input) throws(ConversionError) -> Data {
        switch input {
        case .standardInput:
            return FileHandle.standardInput.readDataToEndOfFile()
        case .file(let path):
            // `lstat`, as `FileManager.attributesOfItem` (which also looks up the owner's and
            // group's names in /etc/passwd and /etc/group, for nothing here).
            var info = stat()
            guard lstat(path, &info) == 0 else { throw .unreadable("no such file") }
            if Int64(info.st_size) > Int64(maximumBytes) {
                throw .unreadable("larger than \(maximumBytes / 1024 / 1024) MiB")
            }
            guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable("permission denied") }
            do { return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
                throw .unreadable("read failed")
            }
        }
    }
}
