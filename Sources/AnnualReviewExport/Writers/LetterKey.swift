import Foundation

/// Reads a letter's key (`source.sha256`) back from its JSON, for `--skip-existing`.
enum LetterKey {
    private struct Keyed: Decodable {
        struct Source: Decodable { var sha256: String }
        var source: Source
    }

    static func sha256(ofJSON data: Data) -> String? {
        (try? JSONDecoder().decode(Keyed.self, from: data))?.source.sha256
    }
}
