/// Inline SVG bar charts. Every chart is `role="img"` with an `aria-label` and a `<title>`
/// that state its numbers, so the chart reads without seeing it; every text is escaped.
public enum SVGBarChart {
    /// The colour of the authority's own figure (8.6:1 on white).
    static let valueColour = "#1d4f91"
    /// The colour of the similar-authority average (4.7:1 on white).
    static let averageColour = "#737373"
    /// The empty track behind a percentage bar.
    static let trackColour = "#e6e6e6"
    static let textColour = "#1a1a1a"
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

    /// A small pair of bars on a 0–100 % scale for the index: the authority's figure on top,
    /// the similar-authority average (when given) below.
    public static func comparison(label: String, percent: Double, average: Double?) -> String {
        let width = 120.0
        let alternative = comparisonText(label: label, percent: percent, average: average)
        var svg = open(width: width, height: 26, label: alternative, className: "mini-chart")
        svg += rect(x: 0, y: 2, width: width, height: 11, fill: trackColour)
        svg += rect(x: 0, y: 2, width: scaled(percent, to: width), height: 11, fill: valueColour)
        if let average {
            svg += rect(x: 0, y: 16, width: width, height: 7, fill: trackColour)
            svg += rect(x: 0, y: 16, width: scaled(average, to: width), height: 7, fill: averageColour)
        }
        return svg + "</svg>"
    }

    /// The larger pair of bars of an authority page's panel, each with its figure written on it.
    public static func panel(label: String, percent: Double, average: Double?) -> String {
        let labelWidth = 132.0, barWidth = 160.0, width = labelWidth + barWidth + 50
        let rows: [(String, Double, String)] = [("This authority", percent, valueColour)]
            + (average.map { [("Similar authorities", $0, averageColour)] } ?? [])
        let height = Double(rows.count) * 30 + 4
        var svg = open(width: width, height: height, label: comparisonText(label: label, percent: percent, average: average),
                       className: "panel-chart")
        for (index, row) in rows.enumerated() {
            let y = 4 + Double(index) * 30
            svg += text(row.0, x: 0, y: y + 15, anchor: "start")
            svg += rect(x: labelWidth, y: y, width: barWidth, height: 20, fill: trackColour)
            let bar = scaled(row.1, to: barWidth)
            svg += rect(x: labelWidth, y: y, width: bar, height: 20, fill: row.2)
            svg += text(ReportWording.percent(row.1), x: labelWidth + bar + 6, y: y + 15, anchor: "start", bold: true)
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, one per (label, count), largest scale at the widest bar; each label is
    /// written above its bar and each count at the end of it.
    public static func counts(title: String, _ items: [(label: String, count: Int)]) -> String {
        let width = 560.0, rowHeight = 40.0, numberRoom = 50.0
        let largest = max(1, items.map(\.count).max() ?? 1)
        let alternative = title + ": " + items.map { "\($0.label) \($0.count)" }.joined(separator: "; ")
        var svg = open(width: width, height: Double(items.count) * rowHeight + 4, label: alternative, className: "count-chart")
        for (index, item) in items.enumerated() {
            let y = Double(index) * rowHeight
            svg += text(item.label, x: 0, y: y + 14, anchor: "start")
            let bar = max(item.count > 0 ? 2 : 0, Double(item.count) / Double(largest) * (width - numberRoom))
            svg += rect(x: 0, y: y + 19, width: bar, height: 16, fill: valueColour)
            svg += text(String(item.count), x: bar + 6, y: y + 32, anchor: "start", bold: true)
        }
        return svg + "</svg>"
    }

    /// "Uphold rate: 60 %; average of similar authorities: 47 %".
    static func comparisonText(label: String, percent: Double, average: Double?) -> String {
        "\(label): \(ReportWording.number(percent)) %; "
            + (average.map { "average of similar authorities: \(ReportWording.number($0)) %" } ?? "no average stated")
    }

    static func open(width: Double, height: Double, label: String, className: String) -> String {
        let w = format(width), h = format(height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(className)\" width=\"\(w)\" height=\"\(h)\" "
            + "viewBox=\"0 0 \(w) \(h)\" font-family=\"\(fontFamily)\" font-size=\"13\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + "<title>\(HTML.escape(label))</title>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> String {
        "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(width))\" height=\"\(format(height))\" fill=\"\(fill)\"/>"
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String, bold: Bool = false) -> String {
        "<text x=\"\(format(x))\" y=\"\(format(y))\" text-anchor=\"\(anchor)\" fill=\"\(textColour)\""
            + (bold ? " font-weight=\"bold\"" : "") + ">\(HTML.escape(content))</text>"
    }

    /// A percentage as a length on a `length`-wide 0–100 % scale (clamped to the scale).
    static func scaled(_ percent: Double, to length: Double) -> Double {
        guard percent.isFinite else { return 0 }
        return min(max(percent, 0), 100) / 100 * length
    }

    /// Coordinates with at most one decimal, so the output is the same on every machine.
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return String(Int(tenths) / 10) + "." + String(abs(Int(tenths)) % 10)
    }
}
