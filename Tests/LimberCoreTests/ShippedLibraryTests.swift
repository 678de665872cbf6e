import Foundation
import Testing
@testable import LimberCore

/// The library Limber ships: clean, complete and safe.
struct ShippedLibraryTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Routines")
    static let library = LibraryLoader.load(builtIn: folder)

    @Test func loadsWithoutAProblem() {
        #expect(Self.library.diagnostics.map(\.description) == [])
    }

    @Test func coversEveryFamilyAndEverySeedIssue() {
        let families = Set(Self.library.routines.map(\.family))
        #expect(families == Set(Family.allCases))
        let seedIssues = [
            "left-right-imbalance", "front-back-imbalance", "poor-neuromuscular-control", "repetitive-stress",
            "prolonged-sitting", "low-daily-movement", "chronic-stress",
        ]
        #expect(Self.library.issues.map(\.id).sorted() == seedIssues.sorted())
    }

    @Test func everyRoutineHasCautionsAndAStopRule() {
        for routine in Self.library.routines {
            #expect(!routine.cautions.isEmpty, "\(routine.id) has no cautions")
            #expect(routine.stopIf != nil, "\(routine.id) has no stop rule")
        }
    }

    @Test func foamRollingNeverTargetsTheLowerBackAndSaysWhy() {
        let release = Self.library.routines.filter { $0.family == .release }
        #expect(release.count >= 3)
        for routine in release {
            let text = routine.cautions.joined(separator: " ").lowercased()
            #expect(text.contains("lower back"), "\(routine.id) does not warn about the lower back")
        }
    }

    @Test func fourSevenEightBreathingKeepsToItsCycleLimit() throws {
        let routine = try #require(Self.library.routines.first { $0.id.contains("4-7-8") })
        for step in routine.steps {
            if case .breathe(let pattern, let cycles) = step.load {
                #expect(pattern == BreathPattern(inhale: 4, hold: 7, exhale: 8))
                #expect(cycles <= 4)
            }
        }
    }


    @Test func safetyListsTheFootballersStretchAndTheRedFlags() throws {
        let safety = Self.library.safety
        let stretch = try #require(safety.discouraged.first { $0.id == "footballers-stretch" })
        #expect(!stretch.aliases.isEmpty && !stretch.reasons.isEmpty)
        #expect(stretch.alternatives.allSatisfy { Self.library.routine(id: $0) != nil })
        let redFlags = Set(safety.redFlags.map(\.id))
        for id in ["saddle-numbness", "bladder-or-bowel-change", "weakness-both-legs", "fever",
                   "unexplained-weight-loss", "major-trauma", "night-pain"] {
            #expect(redFlags.contains(id), "missing red flag \(id)")
        }
        let patterns = Set(safety.assessmentPatterns.map(\.id))
        for id in ["recurring-tightness", "relief-never-lasts", "tightness-with-pain", "long-morning-stiffness",
                   "repeated-self-cracking"] {
            #expect(patterns.contains(id), "missing assessment pattern \(id)")
        }
    }

    @Test func noShippedRoutineIsADiscouragedTechnique() {
        for routine in Self.library.routines {
            #expect(Self.library.safety.discouragedMatch(for: routine) == nil, "\(routine.id)")
        }
    }
}
