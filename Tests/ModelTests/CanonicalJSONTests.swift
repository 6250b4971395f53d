import AnnualReview
import Foundation
import Testing

@Suite struct CanonicalJSONTests {
    struct Sample: Codable { var b: [Int]; var a: String?; var c: [String: Double]; var d: Double }

    @Test func writesJqSortKeysIndentTwo() throws {
        let json = try CanonicalJSON.pretty(Sample(b: [], a: nil, c: ["y": 1, "x": 2.5], d: 25))
        #expect(json == "{\n  \"a\": null,\n  \"b\": [],\n  \"c\": {\n    \"x\": 2.5,\n    \"y\": 1\n  },\n  \"d\": 25\n}\n")
    }

    @Test func escapesLikeJq() {
        let json = CanonicalJSON.compact(.string("a/b \"q\" \\ \n\t\u{01} é ’"))
        #expect(json == "\"a/b \\\"q\\\" \\\\ \\n\\t\\u0001 é ’\"")
    }

    @Test func compactFormIsOneLine() {
        #expect(CanonicalJSON.compact(.object(["b": .array([]), "a": .null])) == "{\"a\":null,\"b\":[]}")
    }
}
