/// Scores for how well a text fits what a table column holds, shared by the readers that
/// rebuild cells a rendering ran together. Their order is what matters: a whole value beats the
/// start of one, which beats free text, which beats a value outside the column's list; a date
/// column holding no date costs most.
public enum FitScore {
    public static let whole = 3.0
    public static let partial = 2.0
    public static let freeText = -0.25
    public static let unlisted = -0.5
    public static let impossible = -6.0
}
