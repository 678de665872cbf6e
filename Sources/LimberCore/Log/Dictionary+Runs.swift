extension Dictionary {
    /// `Dictionary(grouping:by:)` for values that mostly come in runs of one key, as a log's steps
    /// and planned sets are read (by session): the key is hashed once a run, not once a value.
    /// The same groups, each in the values' order, however the values come.
    init<Values: Collection>(groupingRuns values: Values, by key: (Values.Element) -> Key) where Value == [Values.Element] {
        self.init()
        var start = values.startIndex
        while start != values.endIndex {
            let runKey = key(values[start])
            var end = values.index(after: start)
            while end != values.endIndex, key(values[end]) == runKey { end = values.index(after: end) }
            self[runKey, default: []].append(contentsOf: values[start..<end])
            start = end
        }
    }
}
