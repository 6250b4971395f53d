/// RFC 4180 CSV: records end in CRLF; a field is quoted when it holds a comma, a double
/// quote, CR or LF (quotes doubled inside). A null cell is an empty unquoted field; an empty
/// string is `""`, so the two stay apart.
public enum CSVFormat {
    /// One record, CRLF included.
    public static func record(_ cells: [ExportCell]) -> String {
        record(cells.map(\.text))
    }

    /// One record of optional texts (`nil` is written as an empty unquoted field), CRLF included.
    public static func record(_ fields: [String?]) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(",") }
            if let field { line.append(quoted(field)) }
        }
        line.append("\r\n")
        return line
    }

    /// The field as written: bare when safe, otherwise in double quotes.
    public static func quoted(_ field: String) -> String {
        let needsQuotes = field.isEmpty || field.unicodeScalars.contains { scalar in
            scalar == "," || scalar == "\"" || scalar == "\r" || scalar == "\n"
        }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Parses CSV text into records of fields (`nil` for an empty unquoted field). Accepts CRLF
    /// or LF line ends; a final line end is optional.
    public static func parse(_ text: String) -> [[String?]] {
        var records: [[String?]] = []
        var record: [String?] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var fieldStarted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()

        func endField() {
            record.append(quoted || !field.isEmpty ? field : nil)
            field = ""
            quoted = false
            fieldStarted = false
        }

        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted:
                inQuotes = true
                quoted = true
                fieldStarted = true
            case ",":
                endField()
            case "\r" where pending == "\n":
                continue
            case "\n":
                endField()
                records.append(record)
                record = []
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if fieldStarted || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
