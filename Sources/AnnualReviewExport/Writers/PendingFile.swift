import Foundation

/// A file built up piece by piece in a hidden temporary file beside its destination, and
/// renamed over the destination only by `commit()` — so the destination is always either the
/// old file or the new one, whole. `discard()` removes the temporary file.
final class PendingFile {
    let destination: URL
    let temporary: URL
    private var handle: FileHandle?

    /// - Parameter keepingContent: start from a copy of the destination's current content.
    init(_ path: String, keepingContent: Bool = false) throws {
        destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        temporary = folder.appendingPathComponent(
            ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        if keepingContent, FileManager.default.fileExists(atPath: destination.path) {
            do { try FileManager.default.copyItem(at: destination, to: temporary) } catch {
                throw WriterError("cannot copy \(destination.path) to add to it")
            }
        } else if !FileManager.default.createFile(atPath: temporary.path, contents: nil) {
            throw WriterError("cannot create \(temporary.path)")
        }
        guard let handle = try? FileHandle(forWritingTo: temporary) else {
            unlink(temporary.path)
            throw WriterError("cannot open \(temporary.path)")
        }
        do { try handle.seekToEnd() } catch {
            try? handle.close()
            unlink(temporary.path)
            throw WriterError("cannot open \(temporary.path)")
        }
        self.handle = handle
    }

    /// Whether the file is empty so far (a kept file may already hold content).
    var isEmpty: Bool {
        ((try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? NSNumber)?.intValue ?? 0) == 0
    }

    func append(_ text: String) throws {
        guard let handle else { throw WriterError("\(destination.path) is already closed") }
        do { try handle.write(contentsOf: Data(text.utf8)) } catch {
            throw WriterError("cannot write \(destination.lastPathComponent) (\(error.localizedDescription))", isFatal: true)
        }
    }

    /// Flushes to disk and renames over the destination.
    func commit() throws {
        guard let handle else { return }
        self.handle = nil
        try handle.synchronize()
        try handle.close()
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriterError("cannot rename the output into \(destination.path): \(reason)")
        }
    }

    func discard() {
        if let handle { try? handle.close() }
        handle = nil
        unlink(temporary.path)
    }

    deinit { discard() }
}
