import Foundation

/// Finds the inputs named on the command line: files as given, folders searched recursively
/// for `.pdf .txt .md .html` (sorted, hidden entries skipped), `-` for standard input.
public enum InputFinder {
    public static let extensions: Set<String> = ["pdf", "txt", "md", "markdown", "html", "htm"]

    /// One input: a path, or standard input.
    public enum Input: Equatable, Sendable {
        case file(String)
        case standardInput

        /// The name used in messages and `source.name`: the file's last path component.
        public var name: String {
            switch self {
            case .file(let path): return URL(fileURLWithPath: path).lastPathComponent
            case .standardInput: return "stdin"
            }
        }
    }

    /// The inputs, and the arguments that named nothing readable (as error lines).
    public static func find(_ arguments: [String], skipFolders: Set<String> = []) -> (inputs: [Input], missing: [String]) {
        var inputs: [Input] = []
        var missing: [String] = []
        for argument in arguments {
            if argument == "-" { inputs.append(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                missing.append(argument)
                continue
            }
            if isDirectory.boolValue {
                inputs += files(under: argument, skipFolders: skipFolders).map(Input.file)
            } else {
                inputs.append(.file(argument))
            }
        }
        return (inputs, missing)
    }

    /// Letter files below a folder, recursively, in a stable order.
    public static func files(under folder: String, skipFolders: Set<String> = []) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker {
            let isDirectory = isFolder(url.path)
            if isDirectory {
                if skipFolders.contains(url.lastPathComponent) { walker.skipDescendants() }
                continue
            }
            if extensions.contains(url.pathExtension.lowercased()) { found.append(url.path) }
        }
        return found.sorted()
    }

    /// Whether `path` itself (a symbolic link is not followed) is a folder: what
    /// `URLResourceValues.isDirectory` says, from one `lstat`. (Foundation's resource values
    /// read every attribute of the file, its owner's and group's names too, from /etc/passwd
    /// and /etc/group, for every file of the folder.)
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFDIR
    }
}
