import AnnualReview
import AnnualReviewReport
import Foundation
import Testing

/// The generated site for the sample corpus, checked structurally against the letters' model.
@Suite struct ReportPageTests {
    let report = Report(letters: ReportFixtures.letters)
    var index: String { IndexPage.render(report) }

    @Test func theCorpusIsThere() {
        #expect(ReportFixtures.letterFiles.count >= 30)
        #expect(ReportFixtures.letters.count == ReportFixtures.letterFiles.count)
    }

    @Test func everyLetterHasARowAndAPage() throws {
        let index = self.index
        let shas = Set(ReportFixtures.letters.map(\.source.sha256))
        #expect(report.rows.count == shas.count)
        #expect(ReportFixtures.count("<tr data-sha256=", in: index) == shas.count)
        let pages = SiteWriter.pages(report)
        #expect(pages.count == report.rows.count + 1)
        #expect(Set(pages.map(\.name)).count == pages.count)
        for row in report.rows {
            let html = try #require(ReportFixtures.indexRow(index, sha256: row.letter.source.sha256))
            #expect(html.contains("<a href=\"\(row.page)\">\(HTML.escape(row.authority))</a>"))
            #expect(html.contains(">\(row.yearText)</td>"))
            let page = try #require(pages.first { $0.name == row.page })
            #expect(page.html.contains(row.letter.source.sha256))
            #expect(page.html.contains(HTML.escape(row.letter.source.name)))
        }
    }

    @Test func indexNumbersEqualTheModel() throws {
        let index = self.index
        var reported = 0
        for row in report.rows {
            let html = try #require(ReportFixtures.indexRow(index, sha256: row.letter.source.sha256))
            for kind in StatisticKind.allCases {
                let cell = try #require(ReportFixtures.element(html, startingWith: "<td data-statistic=\"\(kind.rawValue)\"", tag: "td"))
                let panel = Self.panel(row.letter, kind)
                if let panel, panel.status == .reported, let percent = panel.percent {
                    reported += 1
                    #expect(ReportFixtures.attribute("data-value", in: cell) == ReportWording.number(percent))
                    #expect(ReportFixtures.attribute("data-average", in: cell) == panel.average.map(ReportWording.number) ?? "")
                    #expect(cell.contains(">\(ReportWording.percent(percent))</span>"))
                    #expect(cell.contains("<svg"))
                    #expect(cell.contains("aria-label=\"\(kind.shortTitle): \(ReportWording.number(percent)) %"))
                } else {
                    #expect(ReportFixtures.attribute("data-value", in: cell) == "")
                    #expect(!cell.contains("<svg"), "no chart without a figure: \(row.letter.source.name) \(kind)")
                    #expect(!cell.contains("%"))
                }
            }
            let complaints = try #require(ReportFixtures.element(html, startingWith: "<td class=\"num\" data-count=\"complaints-received\"", tag: "td"))
            #expect(ReportFixtures.attribute("data-value", in: complaints) == row.letter.complaintsReceived.map { String($0.count) } ?? "")
            let decisions = try #require(ReportFixtures.element(html, startingWith: "<td class=\"num\" data-count=\"decisions\"", tag: "td"))
            #expect(ReportFixtures.attribute("data-value", in: decisions) == row.letter.decisions.map { String($0.count) } ?? "")
        }
        #expect(reported > 20)
    }

    @Test func statusesAreWordsNeverZeros() throws {
        let index = self.index
        let chesterfield = try #require(report.rows.first { $0.letter.source.name == "000_530d96cbad46cbd9.txt" })
        let row = try #require(ReportFixtures.indexRow(index, sha256: chesterfield.letter.source.sha256))
        #expect(row.contains(">No investigations</span>"))
        #expect(row.contains(">None due</span>"))
        #expect(row.contains(">No upheld investigations</span>"))
        #expect(!row.contains("0\u{A0}%"))
        #expect(!row.contains("class=\"flagged\""))

        let page = AuthorityPage.render(chesterfield)
        #expect(page.contains("The Ombudsman carried out no detailed investigations during this period."))
        #expect(page.contains("No recommendations were due for compliance in this period."))
        #expect(page.contains("The Ombudsman did not uphold any detailed investigations during this period."))
        #expect(!page.contains("class=\"panel-chart\""))
        #expect(!page.contains("\u{A0}%"))
    }

    @Test func missingStatisticsAreMarkedAndHaveNoCharts() throws {
        let index = self.index
        let missing = report.rows.filter { $0.letter.statistics == nil }
        #expect(!missing.isEmpty)
        for row in missing {
            let html = try #require(ReportFixtures.indexRow(index, sha256: row.letter.source.sha256))
            #expect(html.contains("class=\"flagged\""))
            #expect(ReportFixtures.count(">Missing</span>", in: html) == 3)
            #expect(ReportFixtures.count(">Statistics missing</span>", in: html) == 1)
            #expect(!html.contains("<svg"))
            let page = AuthorityPage.render(row)
            #expect(page.contains("class=\"notice\""))
            #expect(!page.contains("class=\"panel-chart\""))
            #expect(!page.contains("class=\"mini-chart\""))
            #expect(page.contains(">statistics-missing</span>"))
        }
    }

    @Test func authorityPageStatesPanelsChartsAndTables() throws {
        let hackney = try #require(report.rows.first { $0.letter.source.name == "g01-hackney-2021.plain.txt" })
        let page = AuthorityPage.render(hackney)
        let statistics = try #require(hackney.letter.statistics)
        #expect(page.contains("<p class=\"big\">\(ReportWording.percent(try #require(statistics.complaintsUpheld.percent)))</p>"))
        #expect(page.contains("<dt>Upheld decisions</dt><dd>\(try #require(statistics.complaintsUpheld.upheldCount))</dd>"))
        #expect(page.contains("<dt>Compliance outcomes</dt><dd>\(try #require(statistics.compliance.outcomeCount))</dd>"))
        #expect(ReportFixtures.count("class=\"panel-chart\"", in: page) == 3)

        let decisions = try #require(hackney.letter.decisions)
        let byCategory = try #require(ReportFixtures.element(page, startingWith: "<figure id=\"decisions-by-category\"", tag: "figure"))
        var categories: [String: Int] = [:]
        for decision in decisions { categories[decision.category ?? "Not stated", default: 0] += 1 }
        for (category, count) in categories {
            // The label and the count are both written on the chart, and in its text alternative.
            #expect(byCategory.contains(">\(HTML.escape(category))</text>"))
            #expect(byCategory.contains("\(HTML.escape(category)) \(count)"))
        }
        #expect(ReportFixtures.count("<rect", in: byCategory) == categories.count)
        let byOutcome = try #require(ReportFixtures.element(page, startingWith: "<figure id=\"decisions-by-outcome\"", tag: "figure"))
        var outcomes: [String: Int] = [:]
        for decision in decisions { outcomes[decision.decision ?? "Not stated", default: 0] += 1 }
        for (outcome, count) in outcomes {
            #expect(byOutcome.contains(">\(HTML.escape(outcome))</text>"))
            #expect(byOutcome.contains("\(HTML.escape(outcome)) \(count)"))
        }

        let table = try #require(ReportFixtures.element(page, startingWith: "<table id=\"decisions-table\"", tag: "table"))
        #expect(table.contains("<caption>Decisions (\(decisions.count))</caption>"))
        #expect(ReportFixtures.count("<tr>", in: table) == decisions.count + 1)
        for decision in decisions {
            #expect(table.contains("<th scope=\"row\">\(try #require(decision.reference))</th>"))
        }
        let received = try #require(hackney.letter.complaintsReceived)
        let complaints = try #require(ReportFixtures.element(page, startingWith: "<table id=\"complaints-received-table\"", tag: "table"))
        #expect(ReportFixtures.count("<tr>", in: complaints) == received.count + 1)
        #expect(page.contains("<code>\(hackney.letter.source.sha256)</code>"))
        #expect(page.contains("The letter carries no warnings."))
    }

    @Test func pagesAreAccessibleSelfContainedAndPrintable() throws {
        for page in SiteWriter.pages(report) {
            let html = page.html
            #expect(ReportFixtures.tagBalanceProblem(html) == nil, "\(page.name): \(ReportFixtures.tagBalanceProblem(html) ?? "")")
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(html.contains("@media print"))
            #expect(html.contains("Content-Security-Policy"))
            // Nothing is fetched: no src, no stylesheet links, no URL but the SVG namespace.
            #expect(!html.contains(" src="))
            #expect(!html.contains("<link"))
            #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").range(of: "://") == nil)
            #expect(ReportFixtures.count("<table", in: html) == ReportFixtures.count("<caption>", in: html))
            #expect(ReportFixtures.count("<th>", in: html) == 0, "every header cell has a scope")
            let charts = ReportFixtures.count("<svg", in: html)
            #expect(charts == ReportFixtures.count("role=\"img\" aria-label=\"", in: html))
            #expect(charts == ReportFixtures.count("<title>", in: html) - 1)
        }
    }

    @Test func sortScriptIsTheOnlyScriptAndIsAllowedByItsHash() throws {
        let index = self.index
        #expect(ReportFixtures.count("<script", in: index) == 1)
        #expect(index.contains("script-src 'sha256-"))
        for row in report.rows { #expect(!AuthorityPage.render(row).contains("<script")) }
    }

    @Test func outputIsDeterministic() {
        let again = Report(letters: ReportFixtures.letters.reversed())
        #expect(SiteWriter.pages(again).map(\.html) == SiteWriter.pages(report).map(\.html))
    }

    /// A panel's status, percent and average, whichever kind.
    static func panel(_ letter: AnnualReviewLetter, _ kind: StatisticKind) -> (status: PanelStatus, percent: Double?, average: Double?)? {
        guard let statistics = letter.statistics else { return nil }
        switch kind {
        case .upheld: return (statistics.complaintsUpheld.status, statistics.complaintsUpheld.percent, statistics.complaintsUpheld.averagePercent)
        case .compliance: return (statistics.compliance.status, statistics.compliance.percent, statistics.compliance.averagePercent)
        case .remedies:
            return (statistics.satisfactoryRemedies.status, statistics.satisfactoryRemedies.percent, statistics.satisfactoryRemedies.averagePercent)
        }
    }
}
