import AnnualReview
import AnnualReviewReport
import Foundation
import Testing

/// A hostile letter can add no markup to any page, and cannot choose where its page is written.
@Suite struct EscapingTests {
    static let hostile = "<script>alert(1)</script> & Co"

    /// A real sample letter with every text field replaced by markup.
    static func hostileLetter() throws -> AnnualReviewLetter {
        var letter = try #require(ReportFixtures.letters.first { $0.source.name == "g01-hackney-2021.plain.txt" })
        letter.authority = hostile
        letter.title = "<img src=x onerror=alert(2)>"
        letter.recipient = Recipient(name: "\"><svg onload=alert(3)>", jobTitle: "' onmouseover='alert(4)", authority: hostile)
        letter.source.name = "../../<b>evil</b>.txt"
        letter.source.sha256 = "\"><script>alert(5)</script>"
        letter.decisions = letter.decisions?.map { decision in
            var decision = decision
            decision.category = "</text></svg><script>alert(6)</script>"
            decision.decision = "<iframe src=javascript:alert(7)>"
            decision.reason = "]]><!-- \u{0} \u{7}"
            return decision
        }
        letter.complaintsReceived = letter.complaintsReceived?.map { row in
            var row = row
            row.category = "<style>body{display:none}</style>"
            return row
        }
        letter.warnings = [LetterWarning(.unparsedLine, "<a href=\"javascript:alert(8)\">click</a>")]
        return letter
    }

    @Test func escapingFunction() {
        #expect(HTML.escape(Self.hostile) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
        #expect(HTML.escape("\"'") == "&quot;&#39;")
        #expect(HTML.escape("a\u{0}b\u{7}c\u{FFFF}d\te") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te")
        #expect(HTML.escape("Ŵ é – ‘x’") == "Ŵ é – ‘x’")
    }

    @Test func noPageCarriesTheLettersMarkup() throws {
        let letter = try Self.hostileLetter()
        let report = Report(letters: [letter] + ReportFixtures.letters.prefix(3))
        let pages = SiteWriter.pages(report)
        for page in pages {
            let html = page.html
            for needle in ["<script>alert", "<img", "<iframe", "<svg onload", "<b>evil", "<style>body", "<a href=\"javascript",
                           "onerror=alert(2)>", "' onmouseover='", "\u{0}", "\u{7}"] {
                #expect(!html.contains(needle), "\(page.name) contains \(needle)")
            }
            #expect(ReportFixtures.tagBalanceProblem(html) == nil, "\(page.name): \(ReportFixtures.tagBalanceProblem(html) ?? "")")
        }
        let index = try #require(pages.first { $0.name == "index.html" }).html
        #expect(index.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</a>"))
        #expect(ReportFixtures.count("<script", in: index) == 1)
        let row = try #require(report.rows.first { $0.letter.authority == Self.hostile })
        let page = try #require(pages.first { $0.name == row.page }).html
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
        #expect(page.contains("&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;alert(6)&lt;/script&gt;"))
        #expect(page.contains("aria-label=\"Decisions by category: &lt;/text&gt;"))
        #expect(page.contains("../../&lt;b&gt;evil&lt;/b&gt;.txt"))
        #expect(!page.contains("<script"))
    }

    @Test func pageNamesStayInsideTheFolder() throws {
        var letters: [AnnualReviewLetter] = []
        for (index, authority) in [Self.hostile, "../../etc/passwd", "/tmp/x", "index", "", "Ŵrexham County Borough Council",
                                   ".hidden", String(repeating: "Long ", count: 100)].enumerated() {
            var letter = try #require(ReportFixtures.letters.first)
            letter.authority = authority
            letter.recipient = nil
            letter.year = index == 3 ? nil : 2021
            letter.source.sha256 = String(repeating: String(index), count: 64)
            letters.append(letter)
        }
        let report = Report(letters: letters)
        let names = report.rows.map(\.page)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.range(of: "^[a-z0-9][a-z0-9-]*\\.html$", options: .regularExpression) != nil, "\(name)")
            #expect(name != "index.html")
            #expect(name.count <= 100)
        }
        #expect(names.contains("script-alert-1-script-and-co-2021.html"))
        #expect(names.contains("etc-passwd-2021.html"))
        #expect(names.contains("wrexham-county-borough-council-2021.html"))
        #expect(names.contains("index-no-year.html"))
        #expect(names.contains("unknown-authority-2021.html"))

        let folder = try ReportFixtures.temporaryFolder()
        let written = try SiteWriter(folder: folder.path).write(report)
        #expect(written.count == names.count + 1)
        for path in written {
            #expect(URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path == folder.standardizedFileURL.path)
        }
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(listed) == Set(names + ["index.html"]), "no temporary files are left")
    }

    @Test func sameAuthorityAndYearGetDistinctNamesFromTheirHashes() throws {
        // The sample corpus holds the same letter in several renderings.
        let report = Report(letters: ReportFixtures.letters)
        let hackney = report.rows.filter { $0.letter.authority == "London Borough of Hackney" }
        #expect(hackney.count > 1)
        for row in hackney {
            #expect(row.page == "london-borough-of-hackney-2021-\(row.letter.source.sha256.prefix(8)).html")
            #expect(row.sharesAuthorityYear)
        }
        let camden = try #require(report.rows.first { $0.letter.authority == "London Borough of Camden" })
        #expect(camden.page == "london-borough-of-camden-2021.html")
    }
}
