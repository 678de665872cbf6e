import LimberTestSupport
import Testing

@testable import LimberCore

/// `FirstMetNumbers` looks keys up in a list while they are few and in a dictionary past
/// `listedAtMost`: either way each key keeps the number of the order it was first met in.
struct FirstMetNumbersTests {
    @Test func numbersKeysInTheOrderFirstMetBeforeAndAfterTheDictionaryTakesOver() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<200 {
            let distinct = Int.random(in: 1...(3 * FirstMetNumbers<String>.listedAtMost), using: &random)
            var numbers = FirstMetNumbers<String>()
            var expected: [String: Int] = [:]
            for _ in 0..<Int.random(in: 1...200, using: &random) {
                let key = "set \(Int.random(in: 0..<distinct, using: &random))"
                let isNew = expected[key] == nil
                if isNew { expected[key] = expected.count }
                let answer = numbers.number(of: key)
                #expect(answer.number == expected[key] && answer.isNew == isNew, "\(key)")
            }
            #expect(numbers.keys == expected.sorted { $0.value < $1.value }.map(\.key))
        }
    }
}
