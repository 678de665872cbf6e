/// A small number that looks random but is fixed by the patient, the day and the routine, so a
/// plan varies from day to day yet is the same however often it is asked for (like Anki's
/// fuzz): never the clock, never a global random source.
enum SeededJitter {
    /// FNV-1a over the three texts, reduced to 0..<`range`.
    static func value(patient: String, day: LocalDay, routine: String, range: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in [patient, day.text, routine] {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash = hash &* 0x0000_0100_0000_01b3  // a separator, so "ab"+"c" differs from "a"+"bc"
        }
        return Int(hash % UInt64(range))
    }
}
