import AnnualReview
import Foundation
import Testing

/// The typed writer (`CanonicalJSON.pretty(value)`, straight from the encoder's tree) must give
/// the same bytes as the `JSONValue` route (`pretty(JSONValueEncoder().encode(value))`).
@Suite struct CanonicalJSONEncodingTests {
    /// Encodes the same key twice; the last value wins, as in Foundation's encoder.
    struct Repeated: Encodable {
        enum Key: String, CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: .a)
            try c.encode("x", forKey: .b)
            try c.encode(2, forKey: .a)
        }
    }

    struct Empty: Encodable {}

    struct Mixed: Encodable {
        var optionals: [String?] = ["a", nil, "c"]
        var nested: [[Int]] = [[], [1, 2], [3]]
        var empty = Empty()
        var dates: [ISODate?] = [ISODate(year: 2019, month: 4, day: 1), nil]
        var numbers: [Double] = [25, 12.5, -0.5, 0.1]
        var small: [UInt8] = [0, 255]
        var flag: Bool? = nil
    }

    func bothRoutes<T: Encodable>(_ value: T) throws -> (typed: String, viaValue: String) {
        (try CanonicalJSON.pretty(value), CanonicalJSON.pretty(try JSONValueEncoder().encode(value)))
    }

    @Test func lastOfRepeatedKeysWins() throws {
        let (typed, viaValue) = try bothRoutes(Repeated())
        #expect(typed == "{\n  \"a\": 2,\n  \"b\": \"x\"\n}\n")
        #expect(typed == viaValue)
        #expect(try CanonicalJSON.compact(Repeated()) == "{\"a\":2,\"b\":\"x\"}")
    }

    @Test func keysInCodePointOrder() throws {
        let value: [String: Int] = ["b": 1, "B": 2, "é": 3, "a": 4, "ä": 5, "Z": 6, "aa": 7, "": 8]
        let (typed, viaValue) = try bothRoutes(value)
        #expect(typed == viaValue)
        #expect(CanonicalJSON.compact(try JSONValueEncoder().encode(value))
                == "{\"\":8,\"B\":2,\"Z\":6,\"a\":4,\"aa\":7,\"b\":1,\"ä\":5,\"é\":3}")
    }

    @Test func nestedOptionalsEmptiesAndNumbers() throws {
        let (typed, viaValue) = try bothRoutes(Mixed())
        #expect(typed == viaValue)
        #expect(try CanonicalJSON.compact(Mixed()) == """
            {"dates":["2019-04-01",null],"empty":{},"flag":null,"nested":[[],[1,2],[3]],\
            "numbers":[25,12.5,-0.5,0.1],"optionals":["a",null,"c"],"small":[0,255]}
            """)
    }

    @Test func escapesEveryControlCharacter() throws {
        let text = String((0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }) + "/é’\u{2028}"
        let (typed, viaValue) = try bothRoutes([text])
        #expect(typed == viaValue)
        #expect(typed.contains("\\u0000\\u0001"))
        #expect(typed.contains("\\b\\t\\n\\u000b\\f\\r"))
        #expect(typed.contains(" !\\\"#"))
        #expect(typed.contains("[\\\\]"))
        #expect(typed.contains("~\\u007f/é’\u{2028}\""))
    }

    @Test func isoDatesArePadded() {
        #expect(ISODate(year: 2019, month: 4, day: 1)?.description == "2019-04-01")
        #expect(ISODate(year: 1000, month: 12, day: 31)?.description == "1000-12-31")
        #expect(ISODate(year: 9999, month: 1, day: 9)?.description == "9999-01-09")
    }

    @Test func sampleLettersGiveTheSameBytesBothWays() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Samples").standardized
        // Letters' JSON, not the stage views recorded beside some samples (NAME.<stage>.json).
        let views = SampleChecker.viewedStages.map { ".\($0.rawValue).json" }
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path)
            .filter { file in file.hasSuffix(".json") && !views.contains { file.hasSuffix($0) } }
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: samples.appendingPathComponent(file))
            let letter = try JSONDecoder().decode(AnnualReviewLetter.self, from: data)
            let (typed, viaValue) = try bothRoutes(letter)
            #expect(typed == viaValue, "\(file)")
            #expect(typed == String(decoding: data, as: UTF8.self), "\(file)")
            #expect(try CanonicalJSON.compact(letter) == CanonicalJSON.compact(try JSONValueEncoder().encode(letter)))
        }
    }
}
