import AnnualReview
import Foundation

/// The messages between the parent and a PDF worker. A request is two frames: the input's
/// name (UTF-8) and its bytes. A response is one frame: a status byte, then `0` and the
/// `ExtractedDocument` (binary, `ExtractedDocumentCodec`), or `1` and a
/// `WorkerMessages.Failure` as JSON.
enum WorkerMessages {
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

    static func response(_ result: Result<ExtractedDocument, ConversionError>) -> Data {
        let encoder = JSONEncoder()
        do {
            switch result {
            case .success(let document): return Data([0]) + ExtractedDocumentCodec.encode(document)
            case .failure(let error): return Data([1]) + (try encoder.encode(Failure(error)))
            }
        } catch {
            let fallback = Failure(.unreadable("the PDF worker could not encode its result"))
            return Data([1]) + ((try? encoder.encode(fallback)) ?? Data())
        }
    }

    /// The response's result; nil when the bytes are not a response.
    static func result(_ response: Data) -> Result<ExtractedDocument, ConversionError>? {
        guard let status = response.first else { return nil }
        let body = response.dropFirst()
        let decoder = JSONDecoder()
        switch status {
        case 0: return (try? ExtractedDocumentCodec.decode(body)).map { .success($0) }
        case 1: return (try? decoder.decode(Failure.self, from: body)).map { .failure($0.error) }
        default: return nil
        }
    }
}
