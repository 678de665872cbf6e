import Foundation
@testable import LimberCore

/// SplitMix64: a seeded source, so every generated case can be made again from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Libraries and profiles made up from a seed, on the shipped catalogues of issues and conditions.
enum Generated {
    static let shipped = ShippedLibraryTests.library
    static let issues = shipped.issues.map(\.id)
    static let conditions = shipped.conditions.map(\.id)

    /// `count` routines of every family, short enough that several fit in a session; some
    /// form ladders, some need equipment or avoid a condition, some are sided with extra sets.
    static func library(count: Int, using random: inout SeededGenerator) -> RoutineLibrary {
        var routines: [Routine] = []
        for index in 0..<count {
            // The first few are the bookends every session needs.
            let family: Family = index < 3 ? .breathing : index < 6 ? .mobility : Family.allCases.randomElement(using: &random)!
            let sided = Bool.random(using: &random)
            let step = Step(
                name: "Hold", kind: family == .breathing ? .breathe : .hold,
                load: family == .breathing ? .breathe(BreathPattern(inhale: 4, exhale: 6), cycles: Int.random(in: 3...8, using: &random))
                    : .seconds(Int.random(in: 10...40, using: &random)),
                sets: Int.random(in: 1...3, using: &random), rest: 10, sides: sided && family != .breathing ? .both : nil,
                progress: family == .breathing ? nil : DoseProgress(by: 5, upTo: 60),
                weakerSideExtraSets: sided && family != .breathing ? 1 : 0)
            let level = Int.random(in: 1...2, using: &random)
            routines.append(Routine(
                id: String(format: "r%04d", index), name: "Routine \(index)", family: family,
                targets: Array(issues.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random))),
                avoidWith: Int.random(in: 0..<5, using: &random) == 0 ? [conditions.randomElement(using: &random)!] : [],
                equipment: Int.random(in: 0..<6, using: &random) == 0 ? [Equipment.allCases.randomElement(using: &random)!] : [],
                level: level,
                progressesTo: index > 6 && index + 1 < count && Int.random(in: 0..<4, using: &random) == 0 ? String(format: "r%04d", index + 1) : nil,
                steps: [step]))
        }
        return RoutineLibrary(routines: routines, issues: shipped.issues, conditions: shipped.conditions, safety: shipped.safety)
    }

    static func profile(using random: inout SeededGenerator, day: LocalDay = "2026-03-01") -> Profile {
        Profile(
            id: UUID(uuidString: "00000000-0000-4000-8000-\(String(format: "%012x", random.next() % 0xFFFF_FFFF_FFFF))")!
                .uuidString.lowercased(),
            day: day,
            flaggedIssues: issues.shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random))
                .map { FlaggedIssue(issue: $0, since: day) },
            conditions: Array(conditions.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random))),
            weakerSide: [Side.left, .right, nil].randomElement(using: &random)!,
            dailyMinutes: Int.random(in: Profile.minutesRange, using: &random),
            equipment: Array(Equipment.allCases.map(\.rawValue).shuffled(using: &random).prefix(Int.random(in: 0...3, using: &random))),
            restDays: Int.random(in: 0..<3, using: &random) == 0 ? [Weekday.allCases.randomElement(using: &random)!] : [],
            updatedAt: Date(timeIntervalSince1970: 1_772_352_000))
    }
}
