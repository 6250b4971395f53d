/// Output of the `segment` stage: the letter's blocks under labelled sections, in order.
/// Every block of the normalized document is in exactly one segment.
public struct SegmentedDocument: Codable, Equatable, Sendable {
    public var source: SourceInfo
    public var segments: [Segment]

    public init(source: SourceInfo, segments: [Segment]) {
        self.source = source
        self.segments = segments
    }

    public func first(_ kind: SegmentKind) -> Segment? { segments.first { $0.kind == kind } }
    public func all(_ kind: SegmentKind) -> [Segment] { segments.filter { $0.kind == kind } }
}

/// What a part of the letter is.
public enum SegmentKind: String, Codable, Sendable, CaseIterable {
    /// Letterhead, date, delivery line, references.
    case header
    case recipient
    case salutation
    case title
    /// A stretch of the narrative body; `heading` is nil before the first heading.
    case body
    /// The closing phrase and the signature (name and roles).
    case signOff
    /// One statistics panel; `heading` names it and `panel` says which.
    case statisticsPanel
    /// A table: its header row, its rows and anything that stands between them.
    case tableRegion
    /// Anything after the letter that is neither panel nor table.
    case other
}

/// A labelled run of blocks.
public struct Segment: Codable, Equatable, Sendable {
    public var kind: SegmentKind
    public var heading: String?
    public var panel: PanelKind?
    public var blocks: [Block]

    public init(kind: SegmentKind, heading: String? = nil, panel: PanelKind? = nil, blocks: [Block]) {
        self.kind = kind
        self.heading = heading
        self.panel = panel
        self.blocks = blocks
    }
}
