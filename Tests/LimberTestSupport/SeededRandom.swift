/// SplitMix64: the same seed gives the same numbers on every machine and every run, so a fuzz
/// or fault test that fails can be run again exactly.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `bytes` with one to four mutations: a byte changed, removed, repeated, or a piece of YAML
    /// or JSON syntax put in.
    public mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let pieces: [[UInt8]] = [":", "- ", "{", "}", "[", "]", "\"", "'", "&a", "*a", "!!", "\n", "\t", "#", "\u{0}", "\u{1B}[2J",
                                 "\u{202E}", "99999999999999999999", "-1", "null", ",", "\\", "é"].map { Array($0.utf8) }
        for _ in 0..<Int.random(in: 1...4, using: &self) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &self)
            switch Int.random(in: 0..<4, using: &self) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &self)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &self)))
            case 2: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int.random(in: 1...40, using: &self))], at: at)
            default: bytes.insert(contentsOf: pieces.randomElement(using: &self)!, at: at)
            }
        }
        return bytes
    }
}
