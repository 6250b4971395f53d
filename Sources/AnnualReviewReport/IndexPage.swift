import AnnualReview

/// `index.html`: one row per letter with its three statistics against the similar-authority
/// average (figure, words and a small bar chart), its table sizes and its flags. The table is
/// in report order without JavaScript; a few lines of inline script make the headers sort.
public enum IndexPage {
    /// The whole page.
    public static func render(_ report: Report) -> String {
        var body = "<header class=\"site-header\"><p>Local Government &amp; Social Care Ombudsman · Annual Review letters</p></header>\n<main>\n"
        body += "<h1>Council performance from Annual Review letters</h1>\n"
        body += "<p class=\"lede\">\(summary(report)) Each letter’s own figures are set against the average for similar authorities that the letter states. "
            + "Where a letter says there was nothing to measure, the words say so; where figures are missing or the letter carries warnings, the row is marked.</p>\n"
        body += legend
        body += table(report)
        body += "</main>\n<footer class=\"site-footer\"><p>Made by <code>annual-review report</code> from the letters’ typed model. "
            + "Percentages are as each letter states them.</p></footer>\n"
        return PageLayout.document(title: "Annual Review letters: council performance", body: body, script: sortScript)
    }

    static func summary(_ report: Report) -> String {
        let letters = ReportWording.count(report.rows.count, "letter", "letters")
        let authorities = ReportWording.count(report.authorityCount, "authority", "authorities")
        var years = ""
        if let range = report.years {
            years = range.lowerBound == range.upperBound ? ", \(range.lowerBound)" : ", \(range.lowerBound)–\(range.upperBound)"
        }
        let flagged = report.rows.filter(\.isFlagged).count
        let marked = flagged == 0 ? "" : " \(ReportWording.count(flagged, "letter is", "letters are")) marked for missing statistics or warnings."
        return HTML.escape("\(letters) about \(authorities)\(years).\(marked)")
    }

    static let legend = """
    <div class="legend" aria-hidden="true"><span><span class="swatch" style="background:\(SVGBarChart.valueColour)"></span>This authority</span>\
    <span><span class="swatch" style="background:\(SVGBarChart.averageColour)"></span>Average of similar authorities</span>\
    <span>Bars run from 0 to 100 %.</span></div>

    """

    static func table(_ report: Report) -> String {
        var html = "<div class=\"table-wrap\">\n<table class=\"sortable\" id=\"letters\">\n"
        html += "<caption>Letters by authority and year<span class=\"no-print\"> — select a column heading to sort</span></caption>\n"
        html += "<thead><tr>"
        html += "<th scope=\"col\" data-type=\"text\" aria-sort=\"ascending\">Authority</th>"
        html += "<th scope=\"col\" data-type=\"number\" class=\"num\">Year</th>"
        for kind in StatisticKind.allCases {
            html += "<th scope=\"col\" data-type=\"number\">\(HTML.escape(kind.shortTitle)) <span class=\"average\">vs average</span></th>"
        }
        html += "<th scope=\"col\" data-type=\"number\" class=\"num\">Complaints received</th>"
        html += "<th scope=\"col\" data-type=\"number\" class=\"num\">Decisions</th>"
        html += "<th scope=\"col\" data-type=\"number\">Notes</th>"
        html += "</tr></thead>\n<tbody>\n"
        if report.rows.isEmpty {
            html += "<tr><td colspan=\"8\">No letters could be read.</td></tr>\n"
        }
        for row in report.rows { html += self.row(row) }
        html += "</tbody>\n</table>\n</div>\n"
        return html
    }

    static func row(_ row: ReportRow) -> String {
        let letter = row.letter
        var html = "<tr data-sha256=\"\(HTML.escape(letter.source.sha256))\"\(row.isFlagged ? " class=\"flagged\"" : "")>"
        html += "<th scope=\"row\" data-value=\"\(HTML.escape(row.authority.lowercased()))\"><a href=\"\(HTML.escape(row.page))\">\(HTML.escape(row.authority))</a>"
        if row.sharesAuthorityYear {
            html += "<span class=\"source\">\(HTML.escape(letter.source.name))</span>"
        }
        html += "</th>"
        html += "<td class=\"num\" data-value=\"\(letter.year.map(String.init) ?? "")\">\(HTML.escape(row.yearText))</td>"
        for kind in StatisticKind.allCases { html += statisticCell(kind, row.value(kind)) }
        html += countCell(row.complaintsReceivedCount, kind: "complaints-received")
        html += countCell(row.decisionCount, kind: "decisions")
        html += notesCell(row)
        html += "</tr>\n"
        return html
    }

    /// A statistic: the figure and the average in text plus a bar chart, or words (no chart).
    static func statisticCell(_ kind: StatisticKind, _ value: StatisticValue) -> String {
        let attributes = "data-statistic=\"\(kind.rawValue)\""
        switch value {
        case .reported(let percent, let average):
            var html = "<td \(attributes) data-value=\"\(ReportWording.number(percent))\""
                + " data-average=\"\(average.map(ReportWording.number) ?? "")\">"
            html += "<span class=\"figure\">\(ReportWording.percent(percent))</span> "
            html += "<span class=\"average\">avg \(average.map(ReportWording.percent) ?? "not stated")</span>"
            html += SVGBarChart.comparison(label: kind.shortTitle, percent: percent, average: average)
            return html + "</td>"
        default:
            let words = HTML.escape(value.words ?? "")
            let content = value.isMissing ? "<span class=\"flag\">\(words)</span>" : "<span class=\"status\">\(words)</span>"
            return "<td \(attributes) data-value=\"\" data-status=\"\(statusName(value))\">\(content)</td>"
        }
    }

    static func statusName(_ value: StatisticValue) -> String {
        switch value {
        case .reported: return "reported"
        case .notStated: return "notStated"
        case .nothingToReport(let status): return status.rawValue
        case .panelMissing: return "missing"
        case .statisticsMissing: return "statisticsMissing"
        }
    }

    static func countCell(_ count: Int?, kind: String) -> String {
        guard let count else {
            return "<td class=\"num\" data-count=\"\(kind)\" data-value=\"\"><span class=\"status\">no table</span></td>"
        }
        return "<td class=\"num\" data-count=\"\(kind)\" data-value=\"\(count)\">\(count)</td>"
    }

    /// Flags: statistics missing, number of warnings (linked to the page's list); sorts by
    /// the number of problems.
    static func notesCell(_ row: ReportRow) -> String {
        var notes: [String] = []
        var problems = 0
        if row.letter.statistics == nil {
            notes.append("<span class=\"flag\">Statistics missing</span>")
            problems += 1
        }
        let warnings = row.letter.warnings.count
        if warnings > 0 {
            notes.append("<a class=\"flag\" href=\"\(HTML.escape(row.page))#warnings\">\(ReportWording.count(warnings, "warning", "warnings"))</a>")
            problems += warnings
        }
        return "<td data-value=\"\(problems)\" data-notes>\(notes.joined(separator: " "))</td>"
    }

    /// Makes the column headings sort the table (blank values last). Without it the page reads
    /// the same, in report order.
    static let sortScript = """
    (function () {
      var table = document.getElementById('letters');
      if (!table || !table.tHead) return;
      var heads = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(heads, function (th, column) {
        var button = document.createElement('button');
        button.type = 'button';
        while (th.firstChild) button.appendChild(th.firstChild);
        th.appendChild(button);
        button.addEventListener('click', function () {
          var ascending = th.getAttribute('aria-sort') !== 'ascending';
          Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var numeric = th.getAttribute('data-type') === 'number';
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[column].getAttribute('data-value') || '', y = b.cells[column].getAttribute('data-value') || '';
            if (x === '' || y === '') return x === y ? 0 : (x === '' ? 1 : -1);
            var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    })();

    """
}
