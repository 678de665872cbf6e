/// Numbers keys in the order they are first met: 0, 1, 2... The review asks this of every set
/// of every session in years of log, and a session holds a few dozen sets at most: while the keys
/// are few, looking through them costs less than hashing each. Past `listedAtMost` a dictionary
/// takes over, so a session of thousands of sets is still numbered in linear time.
struct FirstMetNumbers<Key: Hashable> {
    static var listedAtMost: Int { 32 }

    /// Every key met, each once, in the order first met: a key's number is its place here.
    private(set) var keys: [Key] = []
    /// The numbers by key, once there are more than `listedAtMost`; empty before.
    private var numbers: [Key: Int] = [:]

    /// Room made for `count` keys at once: a session's sets are each met first, one by one.
    init(reservingCapacity count: Int = 0) {
        keys.reserveCapacity(count)
    }

    /// `key`'s number, and whether this is the first time it is met.
    mutating func number(of key: Key) -> (number: Int, isNew: Bool) {
        if let known = numbers.isEmpty ? keys.firstIndex(of: key) : numbers[key] { return (known, false) }
        keys.append(key)
        let number = keys.count - 1
        if !numbers.isEmpty {
            numbers[key] = number
        } else if keys.count > Self.listedAtMost {
            for (number, key) in keys.enumerated() { numbers[key] = number }
        }
        return (number, true)
    }
}
