import Testing

@testable import LimberCore

/// `concurrentMap` cuts an array into parts mapped on several threads: every length, short or
/// cut into many parts, gives `map`'s elements in `map`'s order.
struct ConcurrentMapTests {
    @Test func givesMapsElementsInOrderAtEveryLength() {
        for count in Array(0...300) + [1_000, 4_099, 10_000] {
            let values = (0..<count).map { $0 * 7 }
            #expect(values.concurrentMap { "\($0)" } == values.map { "\($0)" }, "\(count) elements")
        }
    }
}
