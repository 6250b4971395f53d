/// Reading order of the pieces of one PDF page, by a recursive cut on whitespace (an X–Y cut
/// that prefers columns):
///
/// * a *band* is a run of pieces chained by vertical overlap; bands are read top to bottom;
/// * inside one band, pieces separated by a vertical gutter are read column by column
///   (a big number in its box, then the text beside it);
/// * consecutive bands that keep a common gutter form a *group*; the group is read column by
///   column when it really is a column layout — every column holds pieces of at least two
///   bands and neighbouring columns sit side by side — and band by band otherwise (a logo at
///   the top right above an address on the left is not two columns).
enum ReadingOrder {
    struct Item {
        var box: Box
        var size: Double
        var baseline: Double
    }

    /// Indices of `items` in reading order. A page of more pieces than any letter's
    /// (`maximumPiecesForColumns`) is read line by line, top to bottom: the search for
    /// columns grows with the square of the bands and more, and such a page is no letter's.
    static func order(_ items: [Item]) -> [Int] {
        guard items.count <= maximumPiecesForColumns else { return lineByLine(Array(items.indices), items) }
        return order(Array(items.indices), items, depth: 0)
    }

    /// Most pieces (line segments) of a page whose columns are looked for: a letter's page
    /// holds 40 to 150 (a page of table rows in small type the most), ten times that is
    /// no letter's page. Measured: a 10 KB PDF whose page drew 2,094 lines took 1.8 s here
    /// (and 44 s on a loaded machine) before this bound.
    static let maximumPiecesForColumns = 1_500

    /// Pieces top to bottom by baseline, left to right on one baseline.
    static func lineByLine(_ indices: [Int], _ items: [Item]) -> [Int] {
        indices.sorted { a, b in
            let ia = items[a], ib = items[b]
            if !LayoutTolerance.sameBaseline(ia.baseline, ib.baseline, size: min(max(ia.size, 1), max(ib.size, 1))) {
                return ia.baseline < ib.baseline
            }
            return ia.box.x0 < ib.box.x0
        }
    }

    /// A gutter is at least this many font sizes wide (less than `LayoutSegment.wideGap`, so
    /// the gap that cut a line into segments always counts).
    static let gutterFactor = 1.2

    private static func order(_ indices: [Int], _ items: [Item], depth: Int) -> [Int] {
        guard indices.count > 1, depth < 64 else { return indices }
        let bands = self.bands(indices, items)
        if bands.count == 1 {
            let columns = self.columns(indices, items)
            if columns.count > 1 { return columns.flatMap { order($0, items, depth: depth + 1) } }
            return lineByLine(indices, items)
        }
        var out: [Int] = []
        var i = 0
        while i < bands.count {
            // The longest run of bands from here that keeps a gutter in common.
            var group = [bands[i]]
            var members = bands[i]
            var j = i + 1
            while j < bands.count, columns(members + bands[j], items).count >= 2 {
                members += bands[j]
                group.append(bands[j])
                j += 1
            }
            guard group.count > 1, let (used, columns) = columnPart(group, items) else {
                out += order(bands[i], items, depth: depth + 1)
                i += 1
                continue
            }
            if used == 0 {
                // Bands before the first one that holds two columns side by side: top to bottom.
                out += order(bands[i], items, depth: depth + 1)
                i += 1
                continue
            }
            out += columns.flatMap { order($0, items, depth: depth + 1) }
            i += used
        }
        return out
    }

    /// How many bands from the start of `group` make a column layout, and its columns; nil when
    /// the group has no band with pieces in two columns side by side. `used` is 0 when such a
    /// band exists but not at the start.
    ///
    /// The layout runs from the first band to the last band that holds two columns side by side,
    /// plus the bands after it that go on with one of the columns (no wider gap above than a
    /// couple of lines). It counts only when every column holds pieces of two bands or more and
    /// neighbouring columns overlap in height — a logo beside the sender's address is two
    /// columns, the date further down on the right is not part of them.
    static func columnPart(_ group: [[Int]], _ items: [Item]) -> (used: Int, columns: [[Int]])? {
        let all = group.flatMap { $0 }
        let columns = self.columns(all, items)
        var columnOf: [Int: Int] = [:]
        for (c, column) in columns.enumerated() { for index in column { columnOf[index] = c } }
        let touched = group.map { Set($0.compactMap { columnOf[$0] }) }
        guard let firstMulti = touched.firstIndex(where: { $0.count >= 2 }),
              let lastMulti = touched.lastIndex(where: { $0.count >= 2 }) else { return nil }
        guard firstMulti == 0 else { return (0, []) }
        var bottoms: [Int: Double] = [:]
        for band in group[...lastMulti] {
            for index in band { if let c = columnOf[index] { bottoms[c] = max(bottoms[c] ?? -.infinity, items[index].box.y1) } }
        }
        var end = lastMulti + 1
        while end < group.count, touched[end].count == 1, let c = touched[end].first, let bottom = bottoms[c] {
            let band = group[end]
            let top = band.map { items[$0].box.y0 }.min() ?? 0
            let size = band.map { max(1, items[$0].size) }.max() ?? 1
            guard top - bottom <= columnGapShare * size else { break }
            bottoms[c] = max(bottom, band.map { items[$0].box.y1 }.max() ?? bottom)
            end += 1
        }
        let part = Array(group[..<end])
        guard part.count > 1, let layout = columnLayout(part, items) else { return nil }
        return (end, layout)
    }

    /// A column goes on below its side-by-side part over gaps up to 2.5 sizes (a paragraph
    /// break is one to two; a new section further down leaves more).
    static let columnGapShare = 2.5
    /// Boxes that overlap vertically by less than this share of the size do not chain into one
    /// band (glyph boxes of consecutive lines touch by a hair).
    static let bandOverlapShare = 0.05

    /// Pieces chained by vertical overlap, top to bottom.
    static func bands(_ indices: [Int], _ items: [Item]) -> [[Int]] {
        let sorted = indices.sorted { items[$0].box.y0 < items[$1].box.y0 }
        var bands: [[Int]] = []
        var bottom = -Double.infinity
        for index in sorted {
            let box = items[index].box
            let slack = bandOverlapShare * max(1, items[index].size)
            if !bands.isEmpty, box.y0 < bottom - slack {
                bands[bands.count - 1].append(index)
                bottom = max(bottom, box.y1)
            } else {
                bands.append([index])
                bottom = box.y1
            }
        }
        return bands
    }

    /// Pieces split at vertical gutters, left to right (one column when there is no gutter).
    static func columns(_ indices: [Int], _ items: [Item]) -> [[Int]] {
        let sorted = indices.sorted { items[$0].box.x0 < items[$1].box.x0 }
        guard let first = sorted.first else { return [] }
        // Measured in the smallest font present: text beside a big number is set in the small one.
        let smallest = indices.map { max(1, items[$0].size) }.min() ?? 1
        let gutter = max(6, gutterFactor * smallest)
        var columns: [[Int]] = [[first]]
        var right = items[first].box.x1
        for index in sorted.dropFirst() {
            let box = items[index].box
            if box.x0 - right >= gutter {
                columns.append([index])
            } else {
                columns[columns.count - 1].append(index)
            }
            right = max(right, box.x1)
        }
        return columns
    }

    /// The group's columns when it is a column layout, else nil.
    static func columnLayout(_ bands: [[Int]], _ items: [Item]) -> [[Int]]? {
        let all = bands.flatMap { $0 }
        let columns = self.columns(all, items)
        guard columns.count >= 2 else { return nil }
        var bandOf: [Int: Int] = [:]
        for (b, band) in bands.enumerated() { for index in band { bandOf[index] = b } }
        var extents: [(top: Double, bottom: Double)] = []
        for column in columns {
            let bandsHit = Set(column.compactMap { bandOf[$0] })
            guard bandsHit.count >= 2 else { return nil }
            let top = column.map { items[$0].box.y0 }.min() ?? 0
            let bottom = column.map { items[$0].box.y1 }.max() ?? 0
            extents.append((top, bottom))
        }
        for (a, b) in zip(extents, extents.dropFirst()) where min(a.bottom, b.bottom) - max(a.top, b.top) <= 0 {
            return nil
        }
        return columns
    }
}
