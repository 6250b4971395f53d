import Foundation

/// Reads a file line by line (`\n`-separated) in chunks, without loading it whole.
enum LineReader {
    /// Calls `body` with every non-empty line's bytes. Returns false when the file cannot be opened.
    @discardableResult
    static func forEachLine(in path: String, _ body: (Data) -> Void) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        var buffer = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            buffer.append(chunk)
            var start = buffer.startIndex
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                if newline > start { body(buffer[start..<newline]) }
                start = buffer.index(after: newline)
            }
            buffer = Data(buffer[start...])
        }
        if !buffer.isEmpty { body(buffer) }
        return true
    }
}
