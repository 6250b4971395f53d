import AnnualReview
import Foundation

/// The frame every page shares: doctype, language, a Content-Security-Policy that allows no
/// network fetch and no script but the page's own, the inline stylesheet (screen and print).
enum PageLayout {
    /// A whole page. `title` and `heading` are plain text (escaped here); `body` is markup the
    /// page builders made from escaped parts; `script` is this tool's own code, never a letter's.
    static func document(title: String, body: String, script: String? = nil) -> String {
        let scriptSource = script.map { "'sha256-\(base64SHA256($0))'" } ?? "'none'"
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; script-src \(scriptSource); base-uri 'none'; form-action 'none'\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"annual-review report\">\n"
        page += "<title>\(HTML.escape(title))</title>\n<style>\n\(stylesheet)</style>\n</head>\n<body>\n"
        page += body
        if let script { page += "<script>\(script)</script>\n" }
        page += "</body>\n</html>\n"
        return page
    }

    /// The CSP source hash of an inline script: base64 of its UTF-8 bytes' SHA-256.
    static func base64SHA256(_ text: String) -> String {
        let hex = Pipeline.sha256(Data(text.utf8))
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            if let byte = UInt8(hex[index..<next], radix: 16) { bytes.append(byte) }
            index = next
        }
        return Data(bytes).base64EncodedString()
    }

    /// Screen and print styles. Text is #1a1a1a on white (17:1); links #0b4f9c (8:1); flags
    /// #7a3e00 on #fff4e5 (8:1).
    static let stylesheet = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; }
    .site-header, main, .site-footer { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
    .site-header { border-bottom: 4px solid #1d4f91; padding-top: 12px; padding-bottom: 8px; }
    .site-header p { margin: 0; color: #404040; }
    .site-footer { color: #404040; font-size: .85rem; margin-top: 3em; padding-bottom: 2em; border-top: 1px solid #ccc; }
    h1 { font-size: 1.8rem; line-height: 1.25; margin: .6em 0 .2em; }
    h2 { font-size: 1.3rem; margin: 1.8em 0 .6em; padding-bottom: .2em; border-bottom: 1px solid #c8c8c8; }
    h3 { font-size: 1.05rem; margin: 0 0 .4em; }
    a { color: #0b4f9c; }
    a:focus-visible, button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
    .lede { font-size: 1.05rem; max-width: 60em; }
    table { border-collapse: collapse; width: 100%; font-size: .95rem; }
    caption { text-align: left; font-weight: 700; font-size: 1.05rem; padding: .4em 0; }
    th, td { border-bottom: 1px solid #d0d0d0; padding: 6px 8px; text-align: left; vertical-align: top; }
    thead th { background: #eef2f8; border-bottom: 2px solid #1d4f91; vertical-align: bottom; }
    tbody th { font-weight: 600; }
    tbody tr:nth-child(even) { background: #f8f8f8; }
    .date { white-space: nowrap; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
    th button:hover { text-decoration: underline; }
    th[aria-sort="ascending"] button::after { content: " \\25B2"; font-size: .75em; }
    th[aria-sort="descending"] button::after { content: " \\25BC"; font-size: .75em; }
    tr.flagged > :first-child { box-shadow: inset 5px 0 0 #c96a00; }
    .figure { font-weight: 700; }
    .average { color: #4a4a4a; font-size: .85rem; white-space: nowrap; }
    .status { font-style: italic; color: #333; }
    .flag { display: inline-block; white-space: nowrap; background: #fff4e5; color: #7a3e00; border: 1px solid #c96a00; border-radius: 3px; padding: 0 6px; font-size: .85rem; font-weight: 700; font-style: normal; margin: 1px 0; }
    .source { display: block; color: #4a4a4a; font-size: .8rem; font-weight: 400; }
    td[data-statistic] { white-space: nowrap; }
    #letters tbody th { min-width: 13em; }
    .mini-chart { display: block; margin-top: 3px; }
    .legend { display: flex; gap: 20px; align-items: center; font-size: .9rem; color: #333; margin: .5em 0 1em; flex-wrap: wrap; }
    .swatch { display: inline-block; width: 14px; height: 14px; vertical-align: -2px; margin-right: 6px; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .null { color: #5c5c5c; }
    .notice { border-left: 6px solid #c96a00; background: #fff4e5; color: #3d1f00; padding: 8px 14px; margin: 1em 0; }
    .notice p { margin: .2em 0; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; margin: 1em 0; }
    dl.facts dt { font-weight: 700; }
    dl.facts dd { margin: 0; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; word-break: break-all; }
    .panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 16px; }
    .panel { border: 1px solid #c8c8c8; border-top: 5px solid #1d4f91; padding: 12px 16px; }
    .panel.nothing { border-top-color: #737373; }
    .panel.missing { border-top-color: #c96a00; }
    .panel .big { font-size: 2.2rem; font-weight: 700; line-height: 1.1; margin: 0; }
    .panel p { margin: .3em 0; }
    .panel dl { display: grid; grid-template-columns: max-content auto; gap: 0 12px; margin: .5em 0; font-size: .9rem; }
    .panel dd { margin: 0; font-variant-numeric: tabular-nums; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 8px 32px; }
    figure { margin: 0 0 1em; }
    figcaption { font-weight: 700; margin-bottom: .4em; }
    .table-wrap { overflow-x: auto; }
    svg { max-width: 100%; height: auto; }
    ul.warnings li { margin: .3em 0; }
    @media print {
      @page { margin: 14mm 12mm; }
      body { font-size: 9.5pt; }
      .site-header, main, .site-footer { max-width: none; padding: 0; }
      .no-print { display: none !important; }
      a { color: inherit; text-decoration: none; }
      thead { display: table-header-group; }
      tr, .panel, figure, .notice { break-inside: avoid; }
      h2, h3, caption { break-after: avoid; }
      th[aria-sort] button::after { content: none; }
      tbody tr:nth-child(even) { background: none; }
      .table-wrap { overflow: visible; }
      .charts, .panels { display: block; }
      td[data-statistic], .flag { white-space: normal; }
      #letters tbody th { min-width: 0; }
      .panel { margin-bottom: 8pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
