import AnnualReview

/// One letter's page: the three panels as the letter states them, decisions by category and
/// by outcome as bar charts, the complaints-received and decisions tables, the warnings, and
/// where the letter came from (file name and sha256).
public enum AuthorityPage {
    /// The whole page.
    public static func render(_ row: ReportRow) -> String {
        let letter = row.letter
        let heading = "\(row.authority) — \(row.yearText)"
        var body = "<header class=\"site-header\"><nav class=\"no-print\"><a href=\"index.html\">← All letters</a></nav></header>\n<main>\n"
        body += "<h1>\(HTML.escape(row.authority)) <span class=\"average\">\(HTML.escape(row.yearText))</span></h1>\n"
        if let title = letter.title { body += "<p class=\"lede\">\(HTML.escape(title))</p>\n" }
        body += notice(row)
        body += facts(letter)
        body += statistics(row)
        body += decisions(letter.decisions, authority: letter.authority)
        body += complaintsReceived(letter.complaintsReceived, authority: letter.authority)
        body += warnings(letter.warnings)
        body += "</main>\n<footer class=\"site-footer\"><p>Source: \(HTML.escape(letter.source.name)) · sha256 <code>\(HTML.escape(letter.source.sha256))</code></p></footer>\n"
        return PageLayout.document(title: heading, body: body)
    }

    /// The marker at the top of a letter with missing statistics or warnings.
    static func notice(_ row: ReportRow) -> String {
        guard row.isFlagged else { return "" }
        var lines: [String] = []
        if row.letter.statistics == nil { lines.append("This letter holds no statistics panels.") }
        if !row.letter.warnings.isEmpty {
            lines.append("This letter carries \(ReportWording.count(row.letter.warnings.count, "warning", "warnings")): <a href=\"#warnings\">see Warnings</a>.")
        }
        return "<div class=\"notice\" role=\"note\">" + lines.map { "<p>\($0)</p>" }.joined() + "</div>\n"
    }

    static func facts(_ letter: AnnualReviewLetter) -> String {
        var items: [(String, String)] = []
        func add(_ term: String, _ value: String?) {
            if let value { items.append((term, HTML.escape(value))) }
        }
        add("Letter dated", letter.date?.description)
        add("Delivery", letter.delivery)
        if let period = letter.period { add("Period", "\(period.start) to \(period.end)") }
        let recipient = [letter.recipient?.name, letter.recipient?.jobTitle, letter.recipient?.authority].compactMap { $0 }
        if !recipient.isEmpty { add("Addressed to", recipient.joined(separator: ", ")) }
        if let signatory = letter.signatory, signatory.name != nil || !signatory.roles.isEmpty {
            add("Signed by", ([signatory.name].compactMap { $0 } + signatory.roles).joined(separator: ", "))
        }
        var source = letter.source.name + " (" + (letter.source.format == .pdf ? "PDF" : "text")
        if let pages = letter.source.pageCount { source += ", " + ReportWording.count(pages, "page", "pages") }
        add("Source file", source + ")")
        items.append(("sha256", "<code>\(HTML.escape(letter.source.sha256))</code>"))
        return "<dl class=\"facts\">" + items.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>\n"
    }

    // MARK: - Statistics panels

    static func statistics(_ row: ReportRow) -> String {
        var html = "<h2 id=\"statistics\">Complaint statistics</h2>\n"
        guard let statistics = row.letter.statistics else {
            return html + "<p><span class=\"flag\">Statistics missing</span> The letter holds no statistics panels, so there are no figures to show.</p>\n"
        }
        html += "<div class=\"panels\">\n"
        let upheld = statistics.complaintsUpheld
        html += panel(.upheld, row.value(.upheld), counts: [
            ("Upheld decisions", upheld.upheldCount), ("Detailed investigations", upheld.investigationCount),
        ])
        let compliance = statistics.compliance
        html += panel(.compliance, row.value(.compliance), counts: [("Compliance outcomes", compliance.outcomeCount)])
        let remedies = statistics.satisfactoryRemedies
        html += panel(.remedies, row.value(.remedies), counts: [
            ("Satisfactory remedy decisions", remedies.remedyCount), ("Detailed investigations", remedies.investigationCount),
        ])
        return html + "</div>\n"
    }

    /// One panel: the figure and its chart, or the letter's words when it has no figure.
    static func panel(_ kind: StatisticKind, _ value: StatisticValue, counts: [(String, Int?)]) -> String {
        let className: String
        var content = ""
        switch value {
        case .reported(let percent, let average):
            className = "panel"
            content += "<p class=\"big\">\(ReportWording.percent(percent))</p>"
            content += "<p>\(HTML.escape(statement(kind, percent)))</p>"
            content += "<p>Average of similar authorities: <strong>\(average.map(ReportWording.percent) ?? "not stated")</strong></p>"
            content += SVGBarChart.panel(label: kind.shortTitle, percent: percent, average: average)
        case .notStated:
            className = "panel missing"
            content += "<p><span class=\"flag\">Not stated</span> The panel reports figures but the percentage could not be read.</p>"
        case .nothingToReport(let status):
            className = "panel nothing"
            content += "<p class=\"status\" data-status=\"\(status.rawValue)\">\(HTML.escape(ReportWording.statement(status)))</p>"
        case .panelMissing, .statisticsMissing:
            className = "panel missing"
            content += "<p><span class=\"flag\">Panel missing</span> \(HTML.escape(ReportWording.statement(.missing)))</p>"
        }
        let stated = counts.compactMap { name, count in count.map { (name, $0) } }
        if !stated.isEmpty, case .reported = value {
            content += "<dl>" + stated.map { "<dt>\(HTML.escape($0.0))</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
        }
        return "<section class=\"\(className)\" data-statistic=\"\(kind.rawValue)\" aria-labelledby=\"panel-\(kind.rawValue)\">"
            + "<h3 id=\"panel-\(kind.rawValue)\">\(HTML.escape(kind.panelTitle))</h3>\(content)</section>\n"
    }

    /// The panel's sentence as the letters word it, with the letter's figure.
    static func statement(_ kind: StatisticKind, _ percent: Double) -> String {
        let figure = ReportWording.percent(percent)
        switch kind {
        case .upheld: return "\(figure) of complaints we investigated were upheld."
        case .compliance: return "In \(figure) of cases we were satisfied the authority had successfully implemented our recommendations."
        case .remedies:
            return "In \(figure) of upheld cases we found the authority had provided a satisfactory remedy before the complaint reached the Ombudsman."
        }
    }

    // MARK: - Tables

    static func decisions(_ decisions: [Decision]?, authority: String?) -> String {
        var html = "<h2 id=\"decisions\">Decisions</h2>\n"
        guard let decisions else { return html + "<p class=\"status\">The letter has no decisions table.</p>\n" }
        guard !decisions.isEmpty else { return html + "<p class=\"status\">The letter’s decisions table has no rows.</p>\n" }
        html += "<div class=\"charts\">\n"
        html += chart("Decisions by category", decisions.map(\.category), id: "decisions-by-category")
        html += chart("Decisions by outcome", decisions.map(\.decision), id: "decisions-by-outcome")
        html += "</div>\n"
        // The authority column only when a row names another authority than the letter.
        let showAuthority = decisions.contains { $0.authority != authority }
        let columns = ["Reference"] + (showAuthority ? ["Authority"] : [])
            + ["Category", "Decided", "Decision", "Reason", "Remedy", "Service improvements"]
        let rows = decisions.map { d in
            [d.reference] + (showAuthority ? [d.authority] : [])
                + [d.category, d.decided?.description, d.decision, d.reason, d.remedy, d.serviceImprovements]
        }
        html += table(caption: "Decisions (\(decisions.count))", columns: columns, rows: rows, id: "decisions-table")
        return html
    }

    static func complaintsReceived(_ complaints: [ComplaintReceived]?, authority: String?) -> String {
        var html = "<h2 id=\"complaints-received\">Complaints received</h2>\n"
        guard let complaints else { return html + "<p class=\"status\">The letter has no complaints-received table.</p>\n" }
        guard !complaints.isEmpty else { return html + "<p class=\"status\">The letter’s complaints-received table has no rows.</p>\n" }
        html += "<div class=\"charts\">\n"
        html += chart("Complaints received by category", complaints.map(\.category), id: "complaints-by-category")
        html += "</div>\n"
        let showAuthority = complaints.contains { $0.authority != authority }
        let columns = ["Reference"] + (showAuthority ? ["Authority"] : []) + ["Category", "Received"]
        let rows = complaints.map { c in
            [c.reference] + (showAuthority ? [c.authority] : []) + [c.category, c.received?.description]
        }
        html += table(caption: "Complaints received (\(complaints.count))", columns: columns, rows: rows,
                      id: "complaints-received-table")
        return html
    }

    /// Counts of each value (a missing one counted as "Not stated"), most frequent first, then
    /// alphabetical, drawn as a bar chart.
    static func chart(_ title: String, _ values: [String?], id: String) -> String {
        var counts: [String: Int] = [:]
        for value in values { counts[value ?? "Not stated", default: 0] += 1 }
        let items = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { (label: $0.key, count: $0.value) }
        return "<figure id=\"\(id)\"><figcaption>\(HTML.escape(title))</figcaption>\(SVGBarChart.counts(title: title, items))</figure>\n"
    }

    /// A table with column headers; the first column (the reference) heads each row.
    static func table(caption: String, columns: [String], rows: [[String?]], id: String) -> String {
        var html = "<div class=\"table-wrap\">\n<table id=\"\(id)\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
        html += columns.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        let dateColumns = Set(columns.indices.filter { ["Decided", "Received"].contains(columns[$0]) })
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let close = index == 0 ? "th" : "td"
                if let cell {
                    let isDate = dateColumns.contains(index)
                    html += "<\(tag)\(isDate ? " class=\"date\"" : "")>\(HTML.escape(cell))</\(close)>"
                } else {
                    html += "<\(tag) class=\"null\"><span aria-hidden=\"true\">—</span><span class=\"sr-only\">none</span></\(close)>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    // MARK: - Warnings

    static func warnings(_ warnings: [LetterWarning]) -> String {
        var html = "<h2 id=\"warnings\">Warnings</h2>\n"
        guard !warnings.isEmpty else { return html + "<p>The letter carries no warnings.</p>\n" }
        html += "<ul class=\"warnings\">\n"
        for warning in warnings {
            html += "<li><span class=\"flag\">\(HTML.escape(warning.code.rawValue))</span> \(HTML.escape(warning.message))</li>\n"
        }
        return html + "</ul>\n"
    }
}
