@testable import AnnualReview
import Foundation
import Testing

/// The cheap forms of checks that run on every block and row give the answers the plain forms
/// (Foundation's `contains`, `lowercased()`, reading every word first) give.
@Suite struct FastPathTests {
    @Test func textSearchMatchesFoundation() {
        let texts = ["", "Local Government & Social Care OMBUDSMAN", "the ombudsman", "Annual  Review", "annual revie",
                     "café ANNUAL REVIEW letter", "Ombudsma", "x", "%", "95% of cases", "no Upheld cases", "Straße"]
        let needles = ["ombudsman", "annual review", "%", "upheld", "x", "e", "straße", "é"]
        for text in texts {
            for needle in needles {
                #expect(TextSearch.contains(text, needle) == text.contains(needle), "\(text) / \(needle)")
                #expect(TextSearch.contains(text, ignoringCase: needle) == text.lowercased().contains(needle), "\(text) / \(needle)")
                #expect(TextSearch.contains(Substring(text), needle) == text.contains(needle))
            }
            #expect(TextSearch.hasPrefix(text, ignoringCase: "ref") == text.lowercased().hasPrefix("ref"))
        }
        #expect(TextSearch.contains("anything", ""))
        #expect(TextSearch.hasPrefix("REFERENCE", ignoringCase: "ref"))
        #expect(!TextSearch.hasPrefix("Re", ignoringCase: "ref"))
    }

    /// References read on bytes: ASCII digits, at least four, spaces (also no-break) between.
    @Test func referenceTestMatchesThePlainForm() {
        func plain(_ cell: String) -> Bool {
            let compact = cell.filter { !$0.isWhitespace }
            return compact.count >= 4 && compact.allSatisfy { $0.isASCII && $0.isNumber }
        }
        let cells = ["", "1234", "123", "19009377", "1900 9377", " 20000661 ", "2000\u{A0}0661", "20000661a", "Ref",
                     "12/04/20", "1234.5", "²³⁴⁵", "12 34", "1 2 3", "\t12345\t", "London", "20000661 Hackney"]
        for cell in cells {
            #expect(ReferenceNumber.isReference(cell) == plain(cell), "\(cell)")
        }
        // Where no cell separator sets a row apart, a year is not a reference.
        #expect(ReferenceNumber.startsRow("19009377") && ReferenceNumber.startsRow("123456"))
        #expect(!ReferenceNumber.startsRow("2021") && !ReferenceNumber.startsRow("12345a") && !ReferenceNumber.startsRow(""))
    }

    /// Reading words only as far as needed finds the same period as reading them all,
    /// wherever in the text it is stated (also in the last words).
    @Test func periodFoundWhereverItStands() throws {
        let filler = Array(repeating: "Our statistics focus on three key areas.", count: 40).joined(separator: " ")
        let ending = "for the year ending 31 March 2020."
        let between = "between 1 April 2019 to 31 March 2020"
        let expected = Period(start: try #require(ISODate(year: 2019, month: 4, day: 1)),
                              end: try #require(ISODate(year: 2020, month: 3, day: 31)))
        for phrase in [ending, between, "(between 1 April 2019 and 31 March 2020)"] {
            #expect(PeriodReader.period(in: phrase) == expected, "\(phrase)")
            #expect(PeriodReader.period(in: filler + " " + phrase) == expected, "\(phrase) at the end")
            #expect(PeriodReader.period(in: phrase + " " + filler) == expected, "\(phrase) at the start")
            #expect(PeriodReader.period(in: "  " + filler + "   " + phrase + "  ") == expected, "\(phrase) among spaces")
        }
        // The first statement wins; a "between" whose end is before its start is passed over.
        let later = "between 1 April 2020 to 31 March 2019 then for the year ending 31 March 2020"
        #expect(PeriodReader.period(in: later) == expected)
        #expect(PeriodReader.period(in: "between 1 April 2019 to") == nil)
        #expect(PeriodReader.period(in: "ending 31 March") == nil)
        #expect(PeriodReader.period(in: "") == nil)
    }

    @Test func wordCountAsSplit() {
        for text in ["", " ", "one", "two words", "  lead and trail  ", "a  b   c", "café au lait", "x\u{301} y"] {
            #expect(LayoutNormalizer.wordCount(text) == text.split(separator: " ").count, "\(text)")
        }
    }

    func word(_ text: String, size: Double, x0: Double = 0, x1: Double = 10) -> PositionedWord {
        PositionedWord(text: text, box: Box(x0: x0, y0: 0, x1: x1, y1: 10), fontSize: size, isBold: false)
    }

    /// The size carrying most characters; on a tie, the smaller size.
    @Test func dominantSizeByCharacters() {
        #expect(PositionedWord.dominantSize([]) == 0)
        #expect(PositionedWord.dominantSize([word("abc", size: 10), word("de", size: 12)]) == 10)
        #expect(PositionedWord.dominantSize([word("ab", size: 12), word("cd", size: 10)]) == 10)
        #expect(PositionedWord.dominantSize([word("ab", size: 10), word("cde", size: 12), word("f", size: 10)]) == 10)
        #expect(PositionedWord.dominantSize([word("é́é", size: 9), word("abcd", size: 11)]) == 11)  // 2 characters, not 5 bytes
        #expect(PositionedWord.dominantSize([word("éé", size: 9), word("a", size: 11)]) == 9)
    }

    /// Spans inserted line by line refine the columns as sorting all the words again does.
    @Test func insertedSpansRefineLikeSortedWords() throws {
        let header = [word("Reference", size: 8, x0: 50, x1: 90), word("Authority", size: 8, x0: 120, x1: 160),
                      word("Received", size: 8, x0: 260, x1: 300)]
        var columns = try #require(TableColumns(header: header))
        var incremental = columns
        var spans = TableColumns.sortedSpans(header)
        var words = header
        var generator = SystemRandomNumberGenerator()
        for row in 0..<30 {
            let line = (0..<3).map { column in
                let x0 = [50.0, 120, 260][column] + Double(Int.random(in: 0..<20, using: &generator))
                return word("w\(row)", size: 8, x0: x0, x1: x0 + Double(Int.random(in: 5..<90, using: &generator)))
            }
            words += line
            columns.refine(with: words)
            TableColumns.insertSpans(of: line, into: &spans)
            incremental.refine(withSortedSpans: spans)
            #expect(incremental.boundaries == columns.boundaries)
            #expect(spans.map(\.0) == spans.map(\.0).sorted())
        }
    }

    /// Dates read on bytes (`DateParser.commonForm`) read as the general parser reads them, and
    /// whatever the byte reading passes over is left to it.
    @Test func commonDateFormsParseAsEveryForm() {
        let texts = ["10 Apr 2019", "1 April 2019", "31 March 2020", "01/04/19", "1/4/2019", "31/04/19", "29/02/21",
                     "29 Feb 2020", "29 Feb 2021", "10 apr 2019", "10 APRIL 2019", "10 Sept 2019", "10 Foo 2019",
                     "10  Apr 2019", " 10 Apr 2019", "10 Apr 2019 ", "10 Apr. 2019", "22nd July 2020", "July 22, 2020",
                     "10-Apr-2019", "2019-04-01", "01/04/019", "01/04/20190", "1//4/19", "123/4/19", "0/4/19", "01.04.19",
                     "+1/4/19", "10 Apr 19", "10 Apr 20190", "10 Äpr 2019", "1\u{301}/4/19", "10 Apr 2019\u{301}", "", "2019",
                     "10 Ap 2019", "31/12/99", "99/99/99", "1 Mayo 2019", "7 may 2019"]
        for text in texts {
            #expect(DateParser.parse(text) == DateParser.parseEveryForm(text), "\(text)")
            if let fast = DateParser.commonForm(text) { #expect(fast == DateParser.parseEveryForm(text), "\(text)") }
        }
        #expect(DateParser.commonForm("10 Apr 2019") != nil && DateParser.commonForm("01/04/19") != nil)
    }

    @Test func monthWordFoldedAsFoundation() {
        for word in ["", "Apr", "APRIL.", ",may,", "Sept.", "..", "Décembre", "März,", "JAN", "a.b", "Oct,."] {
            #expect(DateParser.foldedMonthWord(word) == word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,")),
                    "\(word)")
        }
    }

    /// The header test asking the cheap reference test first answers as one pass over the cells.
    @Test func headerTestAsOnePass() {
        func onePass(_ cells: [String]) -> Bool {
            var reference = false, other = false
            for cell in cells {
                if TableField.namesReference(cell) {
                    reference = true
                } else if !other, let first = cell.utf8.first, first >= 0x41, TableField.named(cell).isDataField {
                    other = true
                }
            }
            return reference && other
        }
        let rows = [["Reference", "Authority", "Category", "Received"], ["Ref.", "Decided"], ["Reference"],
                    ["Referenc", "e", "Decide", "d", "Decision"], ["19000565", "Hackney", "Housing", "12 Apr 2020"],
                    ["Referred back", "for local", "resolution"], ["Authority", "Ref"], ["ref", "remedy"], [], ["Ref", "2020"],
                    ["Reference number", "Date received"], ["Ref", "Ref"], ["Décision", "Ref"], ["Ref", "council"]]
        for row in rows { #expect(TableField.isHeader(row) == onePass(row), "\(row)") }
    }

    /// The array form of `dominantSize` agrees with the general one.
    @Test func dominantSizeOfAnArrayAsOfASequence() {
        let lines: [[PositionedWord]] = [
            [], [word("abc", size: 10), word("de", size: 12)], [word("ab", size: 12), word("cd", size: 10)],
            [word("ab", size: 10), word("cde", size: 12), word("f", size: 10), word("gh", size: 12)],
            [word("é́é", size: 9), word("abcd", size: 11)], [word("x", size: .nan), word("y", size: .nan), word("zz", size: 8)],
            [word("", size: 7), word("a", size: 9), word("b", size: 8), word("c", size: 7)],
        ]
        for line in lines {
            #expect(PositionedWord.dominantSize(line).bitPattern == PositionedWord.dominantSize(line.lazy.map { $0 }).bitPattern)
        }
    }

    /// Words placed in columns as they come (left to right) or sorted (any other order).
    @Test func fragmentsAsSortedWords() throws {
        let header = [word("Reference", size: 8, x0: 50, x1: 90), word("Authority", size: 8, x0: 120, x1: 160),
                      word("Received", size: 8, x0: 260, x1: 300)]
        let columns = try #require(TableColumns(header: header))
        func plain(_ line: [PositionedWord]) -> [String] {
            var parts = Array(repeating: [PositionedWord](), count: columns.count)
            for word in line { parts[columns.column(of: word)].append(word) }
            return parts.map { $0.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined(separator: " ") }
        }
        let line = [word("19000565", size: 8, x0: 50, x1: 85), word("London", size: 8, x0: 120, x1: 140),
                    word("Borough", size: 8, x0: 142, x1: 165), word("", size: 8, x0: 166, x1: 166),
                    word("12", size: 8, x0: 260, x1: 270), word("Apr", size: 8, x0: 272, x1: 285)]
        for order in [line, line.reversed(), [line[2], line[0], line[1], line[5], line[4], line[3]], []] {
            #expect(columns.fragments(of: order) == plain(order))
        }
        // Lines from `visualLines` are left to right, as every line it gives.
        let lines = TableColumns.visualLines(line.reversed())
        #expect(lines.allSatisfy { TableColumns.isLeftToRight($0) })
        #expect(lines.flatMap { $0 }.map(\.text) == line.map(\.text))
    }

    @Test func panelWordsAsSplit() {
        for text in ["", "  ", "We upheld 5 of 10 (50%) investigations", "a  b", "café 12 %", "x \u{301}y z", "tab\there"] {
            #expect(PanelReader.words(text) == text.split(separator: " ").map(String.init), "\(text)")
        }
    }
}
