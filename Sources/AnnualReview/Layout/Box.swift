/// A rectangle in points, top-left origin, y growing downwards (poppler's layout convention).
public struct Box: Codable, Equatable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Rounded to two decimals, for deterministic dumps.
    public var rounded: Box {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return Box(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
    }
}
