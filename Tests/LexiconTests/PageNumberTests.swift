@testable import AnnualReview
import Testing

/// The one page-number reader: every form a letter or a rendering prints, and what it is not.
@Suite struct PageNumberTests {
    @Test func readsEveryPrintedForm() {
        let cases: [(String, Int, Int?, Bool)] = [
            ("2", 2, nil, false), ("Page 2", 2, nil, true), ("page 2 of 5", 2, 5, true), ("2 of 5", 2, 5, true),
            ("- 2 -", 2, nil, true), ("– 3 –", 3, nil, true), ("2/5", 2, 5, true), ("[3]", 3, nil, true),
            ("(4)", 4, nil, true), ("p. 2", 2, nil, true), ("Pg 7", 7, nil, true),
        ]
        for (text, number, total, marked) in cases {
            #expect(PageNumber.read(text) == PageNumber(number: number, total: total, isMarked: marked), "\(text)")
        }
    }

    @Test func readsNoFigureOrDateAsAPageNumber() {
        // "02": the day of a date that pypdf set on a line of its own (no page is numbered so).
        for text in ["19000565", "Page", "12 Apr 2020", "2 of", "Page two", "60%", "- 2", "upheld decisions 6", "",
                     "02", "Page 02", "03/5"] {
            #expect(PageNumber.read(text) == nil, "\(text)")
        }
    }

    @Test func fitsOnlyAPlausiblePage() {
        #expect(PageNumber.read("Page 4")?.fits(pageCount: 5) == true)
        #expect(PageNumber.read("Page 40")?.fits(pageCount: 5) == false)
        #expect(PageNumber.read("2020")?.fits(pageCount: 5) == false)
        #expect(PageNumber.read("3 of 90")?.fits(pageCount: 5) == false)
    }
}
