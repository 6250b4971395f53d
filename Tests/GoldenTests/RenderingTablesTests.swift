import AnnualReview
import Foundation
import Testing
import TestSupport

/// Renderings whose tables read right though some paragraph does not (a paragraph end that no
/// blank line marks and the wrap width cannot tell): their tables must equal the letter's, cell
/// for cell (`Samples/fixtures/renderings/<tool>/`, the letter's model beside each).
@Suite struct RenderingTablesTests {
    static var renderings: [String] {
        let root = Fixtures.samples.appendingPathComponent("fixtures/renderings").path
        return InputFinder.files(under: root, skipFolders: []).map { String($0.dropFirst(Fixtures.samples.path.count + 1)) }
    }

    @Test func thereAreRenderingsOfEveryFlatTool() {
        let tools = Set(RenderingTablesTests.renderings.map { $0.split(separator: "/")[2] })
        #expect(tools.isSuperset(of: ["pdfplumber", "markitdown", "pypdf"]))
    }

    @Test(arguments: renderings)
    func tablesEqualTheLetters(_ path: String) throws {
        let letter = try Pipeline().convert(Fixtures.data(path), name: URL(fileURLWithPath: path).lastPathComponent)
        let expectedPath = String(path.prefix(upTo: path.lastIndex(of: ".") ?? path.endIndex)) + ".json"
        let expected = try JSONDecoder().decode(AnnualReviewLetter.self, from: Fixtures.data(expectedPath))
        #expect(letter.complaintsReceived == expected.complaintsReceived)
        #expect(letter.decisions == expected.decisions)
        #expect((letter.decisions?.count ?? 0) + (letter.complaintsReceived?.count ?? 0) > 0)
    }
}
