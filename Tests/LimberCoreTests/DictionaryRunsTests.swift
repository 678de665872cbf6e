import LimberTestSupport
import Testing

@testable import LimberCore

/// Grouping by runs hashes a key once a run; the groups must be `Dictionary(grouping:by:)`'s,
/// in order, whether the values come in runs, interleaved, or a key's runs apart.
struct DictionaryRunsTests {
    @Test func groupsAsDictionaryGroupingDoes() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<300 {
            var values: [(key: Int, order: Int)] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let key = Int.random(in: 0..<5, using: &random)
                for _ in 0..<Int.random(in: 1...4, using: &random) { values.append((key, values.count)) }
            }
            let runs = Dictionary(groupingRuns: values, by: \.key).mapValues { $0.map(\.order) }
            #expect(runs == Dictionary(grouping: values, by: \.key).mapValues { $0.map(\.order) })
        }
    }
}
