import Foundation

/// The cache's file format: the library's values written one after another (integers as 8
/// bytes, text as its length and UTF-8 bytes, lists as their count and items), behind a
/// checksum of everything after it. Hand-written because the library is decoded on every
/// start: Foundation's JSON and property-list decoders spent 8 to 10 ms of a 20-ms start on it,
/// mostly resolving generic types at run time; this reads the same library in well under one.
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout ArchiveWriter, Value) -> Void) {
        int(value == nil ? 0 : 1)
        if let value { write(&self, value) }
    }

    mutating func list<Value>(_ values: [Value], _ write: (inout ArchiveWriter, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func strings(_ values: [String]) {
        list(values) { $0.string($1) }
    }

    /// Bytes kept as they are, as a text is (its length, then them).
    mutating func byteString(_ values: [UInt8]) {
        int(values.count)
        bytes += values
    }

    mutating func choice<Choice: RawRepresentable<String>>(_ value: Choice) {
        string(value.rawValue)
    }

    /// The file: the checksum, then the values.
    var file: Data {
        var header = ArchiveWriter()
        header.int(Int(bitPattern: UInt(ArchiveReader.checksum(bytes[...]))))
        return Data(header.bytes + bytes)
    }
}

/// Reads what `ArchiveWriter` wrote, refusing anything else: a wrong checksum, a value cut
/// short, a count larger than what is left, a choice no longer known.
struct ArchiveReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(file: Data) throws {
        bytes = [UInt8](file)
        let stored = try int()
        guard stored == Int(bitPattern: UInt(Self.checksum(bytes[offset...]))) else { throw Damaged() }
    }

    /// A checksum of the bytes and their count, eight bytes at a time (FNV-1a, byte by byte, was
    /// half a million instructions of every start): each word is mixed in by steps that each
    /// map a value to exactly one other (a multiplication by an odd number, an xor-shift), so a
    /// change to any one word always changes the sum.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var sum = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            func mix(_ word: UInt64) {
                sum = (sum ^ word) &* 0x9e37_79b9_7f4a_7c15
                sum ^= sum >> 29
            }
            var offset = 0
            while raw.count - offset >= 8 {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            var tail: UInt64 = 0
            for (shift, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (8 * shift) }
            mix(tail)
            return sum
        }
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        var value: Int64 = 0
        for index in (0..<8).reversed() {
            value = value << 8 | Int64(bytes[offset + index])
        }
        offset += 8
        return Int(value)
    }

    mutating func string() throws -> String {
        String(decoding: try counted(), as: UTF8.self)
    }

    mutating func byteString() throws -> [UInt8] {
        Array(try counted())
    }

    /// The bytes of a text or a byte string: their count, then them.
    private mutating func counted() throws -> ArraySlice<UInt8> {
        let count = try int()
        guard count >= 0, bytes.count - offset >= count else { throw Damaged() }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func bool() throws -> Bool {
        switch try int() {
        case 0: false
        case 1: true
        default: throw Damaged()
        }
    }

    mutating func optional<Value>(_ read: (inout ArchiveReader) throws -> Value) throws -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func list<Value>(_ read: (inout ArchiveReader) throws -> Value) throws -> [Value] {
        let count = try int()
        // Every value takes at least 8 bytes: a larger count is damage, not a huge allocation.
        guard count >= 0, count <= (bytes.count - offset) / 8 else { throw Damaged() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func strings() throws -> [String] {
        try list { try $0.string() }
    }

    mutating func choice<Choice: RawRepresentable<String>>(_: Choice.Type) throws -> Choice {
        guard let value = Choice(rawValue: try string()) else { throw Damaged() }
        return value
    }
}

/// Each library value, written and read field by field in the same order.
extension RoutineLibrary {
    func write(to writer: inout ArchiveWriter) {
        writer.list(routines) { $1.write(to: &$0) }
        writer.list(issues) { $1.write(to: &$0) }
        writer.list(conditions) { $1.write(to: &$0) }
        writer.list(safety.discouraged) { $1.write(to: &$0) }
        writer.list(safety.redFlags) { $1.write(to: &$0) }
        writer.list(safety.assessmentPatterns) { $1.write(to: &$0) }
        writer.string(clinic.name)
        writer.optional(clinic.country) { $0.string($1) }
        writer.optional(clinic.emergency) { $0.string($1) }
        writer.optional(clinic.urgentCare) { $0.string($1) }
    }

    init(from reader: inout ArchiveReader) throws {
        let routines = try reader.list { try Routine(from: &$0) }
        let issues = try reader.list { try DescribedEntry(from: &$0) }
        let conditions = try reader.list { try DescribedEntry(from: &$0) }
        let safety = SafetyCatalog(
            discouraged: try reader.list { try DiscouragedTechnique(from: &$0) }, redFlags: try reader.list { try Symptom(from: &$0) },
            assessmentPatterns: try reader.list { try Symptom(from: &$0) })
        let clinic = Clinic(
            name: try reader.string(), country: try reader.optional { try $0.string() },
            emergency: try reader.optional { try $0.string() }, urgentCare: try reader.optional { try $0.string() })
        self.init(routines: routines, issues: issues, conditions: conditions, safety: safety, clinic: clinic)
    }
}

extension Routine {
    func write(to writer: inout ArchiveWriter) {
        writer.string(id)
        writer.string(name)
        writer.choice(family)
        writer.optional(summary) { $0.string($1) }
        writer.strings(targets)
        writer.strings(avoidWith)
        writer.list(equipment) { $0.choice($1) }
        writer.int(level)
        writer.optional(progressesTo) { $0.string($1) }
        writer.optional(noProgression) { $0.string($1) }
        writer.strings(cautions)
        writer.optional(stopIf) { $0.string($1) }
        writer.int(forceful ? 1 : 0)
        writer.list(steps) { $1.write(to: &$0) }
    }

    init(from reader: inout ArchiveReader) throws {
        self.init(
            id: try reader.string(), name: try reader.string(), family: try reader.choice(Family.self),
            summary: try reader.optional { try $0.string() }, targets: try reader.strings(), avoidWith: try reader.strings(),
            equipment: try reader.list { try $0.choice(Equipment.self) }, level: try reader.int(),
            progressesTo: try reader.optional { try $0.string() }, noProgression: try reader.optional { try $0.string() },
            cautions: try reader.strings(), stopIf: try reader.optional { try $0.string() }, forceful: try reader.bool(),
            steps: try reader.list { try Step(from: &$0) })
    }
}

extension Step {
    func write(to writer: inout ArchiveWriter) {
        writer.string(name)
        writer.choice(kind)
        switch load {
        case .seconds(let seconds):
            writer.int(0)
            writer.int(seconds)
        case .reps(let count, let tempo):
            writer.int(1)
            writer.int(count)
            writer.int(tempo)
        case .breathe(let pattern, let cycles):
            writer.int(2)
            for phase in [pattern.inhale, pattern.topUp, pattern.hold, pattern.exhale, pattern.holdAfter, cycles] {
                writer.int(phase)
            }
        }
        writer.int(sets)
        writer.int(rest)
        writer.optional(sides) { $0.choice($1) }
        writer.optional(cue) { $0.string($1) }
        writer.optional(progress) {
            $0.int($1.by)
            $0.int($1.upTo)
        }
        writer.int(weakerSideExtraSets)
        writer.optional(weakerSide) { $0.choice($1) }
    }

    init(from reader: inout ArchiveReader) throws {
        let name = try reader.string()
        let kind = try reader.choice(StepKind.self)
        let load: Load
        switch try reader.int() {
        case 0: load = .seconds(try reader.int())
        case 1: load = .reps(count: try reader.int(), tempo: try reader.int())
        case 2:
            let pattern = BreathPattern(
                inhale: try reader.int(), topUp: try reader.int(), hold: try reader.int(), exhale: try reader.int(),
                holdAfter: try reader.int())
            load = .breathe(pattern, cycles: try reader.int())
        default: throw ArchiveReader.Damaged()
        }
        self.init(
            name: name, kind: kind, load: load, sets: try reader.int(), rest: try reader.int(),
            sides: try reader.optional { try $0.choice(Sides.self) }, cue: try reader.optional { try $0.string() },
            progress: try reader.optional { DoseProgress(by: try $0.int(), upTo: try $0.int()) },
            weakerSideExtraSets: try reader.int())
        weakerSide = try reader.optional { try $0.choice(Side.self) }
    }
}

extension DescribedEntry {
    func write(to writer: inout ArchiveWriter) {
        writer.string(id)
        writer.string(name)
        writer.string(description)
    }

    init(from reader: inout ArchiveReader) throws {
        self.init(id: try reader.string(), name: try reader.string(), description: try reader.string())
    }
}

extension DiscouragedTechnique {
    func write(to writer: inout ArchiveWriter) {
        writer.string(id)
        writer.string(name)
        writer.strings(aliases)
        writer.strings(reasons)
        writer.strings(alternatives)
        writer.optional(description) { $0.string($1) }
        writer.optional(afterward) { $0.string($1) }
    }

    init(from reader: inout ArchiveReader) throws {
        self.init(
            id: try reader.string(), name: try reader.string(), aliases: try reader.strings(), reasons: try reader.strings(),
            alternatives: try reader.strings(), description: try reader.optional { try $0.string() },
            afterward: try reader.optional { try $0.string() })
    }
}

extension Symptom {
    func write(to writer: inout ArchiveWriter) {
        writer.string(id)
        writer.string(question)
        writer.string(advice)
        writer.optional(urgency) { $0.choice($1) }
    }

    init(from reader: inout ArchiveReader) throws {
        self.init(
            id: try reader.string(), question: try reader.string(), advice: try reader.string(),
            urgency: try reader.optional { try $0.choice(Urgency.self) })
    }
}
