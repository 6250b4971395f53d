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

    /// Indices of `items` in reading order.
    static func order(_ items: [Item]) -> [Int] {
        order(Array(items.indices), items, depth: 0)
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
            return indices.sorted { a, b in
                let ia = items[a], ib = items[b]
                if abs(ia.baseline - ib.baseline) > 0.3 * min(max(ia.size, 1), max(ib.size, 1)) {
                    return ia.baseline < ib.baseline
                }
                return ia.box.x0 < ib.box.x0
            }
        }
        var out: [Int] = []
        var i = 0
        while i < bands.count {
            var group = bands[i]
            var groupBands = [bands[i]]
            var j = i + 1
            while j < bands.count {
                let merged = group + bands[j]
                if columns(merged, items).count < 2 { break }
                group = merged
                groupBands.append(bands[j])
                j += 1
            }
            if groupBands.count > 1, let columns = columnLayout(groupBands, items) {
                out += columns.flatMap { order($0, items, depth: depth + 1) }
            } else {
                for band in groupBands { out += order(band, items, depth: depth + 1) }
            }
            i = j
        }
        return out
    }

    /// Pieces chained by vertical overlap, top to bottom.
    static func bands(_ indices: [Int], _ items: [Item]) -> [[Int]] {
        let sorted = indices.sorted { items[$0].box.y0 < items[$1].box.y0 }
        var bands: [[Int]] = []
        var bottom = -Double.infinity
        for index in sorted {
            let box = items[index].box
            let slack = 0.05 * max(1, items[index].size)
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
