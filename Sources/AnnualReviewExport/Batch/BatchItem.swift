import AnnualReview

/// One input of a batch: its place in input order, where its bytes come from, and the stem
/// its per-file output is named after.
public struct BatchItem: Sendable, Equatable {
    public let index: Int
    public let input: InputFinder.Input
    public let stem: OutputStem

    public init(index: Int, input: InputFinder.Input, stem: OutputStem) {
        self.index = index
        self.input = input
        self.stem = stem
    }

    /// The name used in messages: the input's file name.
    public var name: String { input.name }

    /// The items for a list of inputs, with collision-free output stems.
    public static func plan(_ inputs: [InputFinder.Input]) -> [BatchItem] {
        let stems = OutputStem.plan(inputs)
        return inputs.indices.map { BatchItem(index: $0, input: inputs[$0], stem: stems[$0]) }
    }
}
