import AnnualReview
import Foundation

/// The messages between the parent and a PDF worker.
///
/// A request is two frames: a `WorkerRequest` byte, the length of the input's sha256 (one
/// byte, 0 when the parent sends none), that sha256 and the input's name (UTF-8), then the
/// input's bytes. A response is one frame: a status byte, then `0` and the answer — for
/// `.letter` the letter's warning count (8 bytes, little-endian) and the letter as compact
/// canonical JSON (the line `--format jsonl` writes), for `.extracted` the `ExtractedDocument`
/// (binary, `ExtractedDocumentCodec`) — or `1` and a `WorkerMessages.Failure` as JSON.
enum WorkerMessages {
    /// What the parent asks a worker for.
    enum Request: UInt8, Sendable {
        /// Every stage: the letter (a batch). A few kB of JSON cross the pipe instead of a
        /// document of thousands of positioned words, and the parent runs no stage.
        case letter = 0x4C
        /// The extract stage only: `--stage` prints the stages after it from the document.
        case extracted = 0x45
    }

    /// A `ConversionError` as it crosses the pipe.
    struct Failure: Codable, Equatable {
        var kind: String
        var detail: String?
        /// The number a case carries (seconds for `timedOut`, bytes for `tooLarge`).
        var seconds: Double?

        init(_ error: ConversionError) {
            switch error {
            case .unreadable(let why): self.init(kind: "unreadable", detail: why)
            case .empty: self.init(kind: "empty")
            case .binary: self.init(kind: "binary")
            case .notALetter(let why): self.init(kind: "notALetter", detail: why)
            case .tooLarge(let bytes): self.init(kind: "tooLarge", seconds: Double(bytes))
            case .encrypted: self.init(kind: "encrypted")
            case .damagedPDF(let why): self.init(kind: "damagedPDF", detail: why)
            case .noPages: self.init(kind: "noPages")
            case .noTextLayer: self.init(kind: "noTextLayer")
            case .popplerUnavailable: self.init(kind: "popplerUnavailable")
            case .crashed: self.init(kind: "crashed")
            case .timedOut(let seconds): self.init(kind: "timedOut", seconds: seconds)
            }
        }

        init(kind: String, detail: String? = nil, seconds: Double? = nil) {
            self.kind = kind
            self.detail = detail
            self.seconds = seconds
        }

        var error: ConversionError {
            switch kind {
            case "unreadable": return .unreadable(detail ?? "")
            case "empty": return .empty
            case "binary": return .binary
            case "notALetter": return .notALetter(detail ?? "")
            case "tooLarge": return .tooLarge(Int(seconds ?? 0))
            case "encrypted": return .encrypted
            case "damagedPDF": return .damagedPDF(detail ?? "")
            case "noPages": return .noPages
            case "noTextLayer": return .noTextLayer
            case "popplerUnavailable": return .popplerUnavailable
            case "timedOut": return .timedOut(seconds ?? 0)
            default: return .crashed
            }
        }
    }

    // MARK: requests

    /// The first frame of a request (a sha256 too long for its length byte is left out).
    static func requestHeader(_ request: Request, name: String, sha256: String? = nil) -> Data {
        let hash = Data((sha256 ?? "").utf8)
        let sent = hash.count <= Int(UInt8.max) ? hash : Data()
        return Data([request.rawValue, UInt8(sent.count)]) + sent + Data(name.utf8)
    }

    /// The request, the input's name and its sha256 (nil when none was sent) in a first
    /// frame; nil when it is not one.
    static func request(_ header: Data) -> (Request, name: String, sha256: String?)? {
        let bytes = [UInt8](header)
        guard bytes.count >= 2, let request = Request(rawValue: bytes[0]) else { return nil }
        let end = 2 + Int(bytes[1])
        guard end <= bytes.count else { return nil }
        let sha256 = end > 2 ? String(decoding: bytes[2..<end], as: UTF8.self) : nil
        return (request, String(decoding: bytes[end...], as: UTF8.self), sha256)
    }

    // MARK: responses

    /// The worker's answer to `.letter`: the letter's warning count and compact canonical JSON.
    static func response(letter result: Result<AnnualReviewLetter, ConversionError>) -> Data {
        response(result.flatMap { letter in
            do {
                var count = UInt64(letter.warnings.count).littleEndian
                let header = withUnsafeBytes(of: &count) { Data($0) }
                return .success(header + Data(try CanonicalJSON.compact(letter).utf8))
            } catch {
                return .failure(.unreadable("the PDF worker could not encode the letter: \(error)"))
            }
        })
    }

    /// The worker's answer to `.extracted`.
    static func response(extracted result: Result<ExtractedDocument, ConversionError>) -> Data {
        response(result.map(ExtractedDocumentCodec.encode))
    }

    private static func response(_ result: Result<Data, ConversionError>) -> Data {
        switch result {
        case .success(let body): return Data([0]) + body
        case .failure(let error): return Data([1]) + failureBody(error)
        }
    }

    private static func failureBody(_ error: ConversionError) -> Data {
        let encoder = JSONEncoder()
        if let body = try? encoder.encode(Failure(error)) { return body }
        return (try? encoder.encode(Failure(.unreadable("the PDF worker could not encode its result")))) ?? Data()
    }

    /// The letter in a response to `.letter`, as its JSON (not decoded); nil when the bytes are
    /// not such a response (too short, not UTF-8, not a JSON object).
    static func letter(_ response: Data) -> Result<ConvertedLetter, ConversionError>? {
        result(response) { body in
            guard body.count > 8 else { return nil }
            let count = body.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let json = body.dropFirst(8)
            guard count <= UInt64(Int.max), json.first == UInt8(ascii: "{"), json.last == UInt8(ascii: "}"),
                  let text = String(validating: json, as: UTF8.self) else { return nil }
            return ConvertedLetter(compactJSON: text, warningCount: Int(count))
        }
    }

    /// The document in a response to `.extracted`; nil when the bytes are not such a response.
    static func extracted(_ response: Data) -> Result<ExtractedDocument, ConversionError>? {
        result(response) { body in try? ExtractedDocumentCodec.decode(body) }
    }

    private static func result<Value>(_ response: Data, _ decode: (Data) -> Value?) -> Result<Value, ConversionError>? {
        guard let status = response.first else { return nil }
        let body = response.dropFirst()
        switch status {
        case 0: return decode(body).map { .success($0) }
        case 1: return (try? JSONDecoder().decode(Failure.self, from: body)).map { .failure($0.error) }
        default: return nil
        }
    }
}
