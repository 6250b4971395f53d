import AnnualReview
import Testing

@Suite struct MarkupStripperTests {
    func clean(_ s: String) -> String { MarkupStripper.clean(s).text }

    @Test func markdownHeadingsAndEmphasis() {
        #expect(MarkupStripper.clean("## **Annual Review letter 2020**") == .init(text: "Annual Review letter 2020", isHeading: true))
        #expect(MarkupStripper.clean("**Complaints upheld**").isHeading)
        #expect(clean("**Complaints upheld** - We uphold") == "Complaints upheld - We uphold")
        #expect(clean("*By email*") == "By email")
        #expect(clean("an average of **45%** in") == "an average of 45% in")
        #expect(clean("_emphasis_ but snake_case stays") == "emphasis but snake_case stays")
    }

    @Test func linksBecomeTheirText() {
        #expect(clean("our [website](#).") == "our website.")
        #expect(clean("visit [www.lgo.org.uk/training](http://www.lgo.org.uk/training).") == "visit www.lgo.org.uk/training.")
        #expect(clean("![logo](logo.png) text") == "logo text")
        #expect(clean("brackets [stay] when not a link") == "brackets [stay] when not a link")
    }

    @Test func htmlTagsAndEntities() {
        #expect(clean("our <u>website</u>.") == "our website.")
        #expect(clean("Local Government &amp; Social Care") == "Local Government & Social Care")
        #expect(clean("Council&#39;s &#x2019; &nbsp;x") == "Council's ’ x")
        #expect(clean("a &unknown; b") == "a &unknown; b")
        #expect(clean("3 < 4 and 5 > 2") == "3 < 4 and 5 > 2")
        #expect(clean("<p>Para</p>") == "Para")
    }

    @Test func bulletsRulesAndWhitespace() {
        #expect(clean("- Failure to comply is rare.") == "Failure to comply is rare.")
        #expect(clean("---") == "")
        #expect(clean(" ") == "")
        #expect(clean("Mr Bowen  ") == "Mr Bowen")
        #expect(clean("a \t  b\u{00A0}c") == "a b c")
        #expect(clean("Complaints upheld - We") == "Complaints upheld - We")
    }
}
