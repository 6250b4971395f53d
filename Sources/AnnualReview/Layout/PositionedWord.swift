/// A word on a PDF page with its bounding box and font.
public struct PositionedWord: Codable, Equatable, Sendable {
    public var text: String
    public var box: Box
    public var fontSize: Double
    public var isBold: Bool

    public init(text: String, box: Box, fontSize: Double, isBold: Bool) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
    }
}
