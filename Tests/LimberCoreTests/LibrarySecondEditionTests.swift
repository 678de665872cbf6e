import Foundation
import Testing
@testable import LimberCore

/// The shipped library held to issue 10: what a scheduler needs to vary a week, and the fixes a
/// clinical review asked for. Each failure names the routine a clinician would have to fix.
struct LibrarySecondEditionTests {
    static let library = ShippedLibraryTests.library
    static var routines: [Routine] { library.routines }

    static func routine(_ id: String) throws -> Routine {
        try #require(library.routine(id: id), "no routine \(id)")
    }

    /// Everything a patient reads about a routine, lower-cased.
    static func text(_ routine: Routine) -> String {
        ([routine.name, routine.summary ?? "", routine.stopIf ?? "", routine.noProgression ?? ""] + routine.cautions
            + routine.steps.flatMap { [$0.name, $0.cue ?? ""] }).joined(separator: " ").lowercased()
    }

    // MARK: Coverage a scheduler can use

    @Test func everyIssueIsServedBySixRoutinesFromThreeFamiliesAndTwoLevels() {
        for issue in Self.library.issues {
            let serving = Self.routines.filter { $0.targets.contains(issue.id) }
            #expect(serving.count >= 6, "\(issue.id): \(serving.count) routines")
            #expect(Set(serving.map(\.family)).count >= 3, "\(issue.id): families \(Set(serving.map(\.family)))")
            #expect(Set(serving.map(\.level)).count >= 2, "\(issue.id): levels \(Set(serving.map(\.level)))")
        }
    }

    @Test func everyLevelOneRoutineLeadsToLevelTwoOrSaysWhyNot() {
        for routine in Self.routines where routine.level == 1 {
            if let next = routine.progressesTo {
                #expect(Self.library.routine(id: next)?.level == 2, "\(routine.id) leads to \(next)")
            } else {
                #expect(routine.noProgression != nil, "\(routine.id) has neither 'progresses-to' nor 'no-progression'")
            }
        }
    }

    @Test func aProgressionIsHarderNotShorter() throws {
        for routine in Self.routines {
            guard let next = routine.progressesTo else { continue }
            let successor = try Self.routine(next)
            #expect(successor.level > routine.level, "\(routine.id) -> \(next) does not go up a level")
            #expect(successor.seconds >= routine.seconds, "\(routine.id) -> \(next) is shorter")
        }
        #expect(try Self.routine("breathing-box").progressesTo == nil)
    }

    @Test func atLeastTwoRoutinesCanFavourTheWeakerSide() {
        let favouring = Self.routines.filter { $0.steps.contains { $0.weakerSideExtraSets > 0 } }
        #expect(favouring.count >= 2)
        #expect(favouring.allSatisfy { $0.targets.contains("left-right-imbalance") })
    }

    // MARK: What was missing

    @Test func theLibraryHasTheRoutinesTheReviewFoundMissing() throws {
        #expect(Self.routines.count >= 45)
        #expect(try Self.routine("glute-bridge").progressesTo == "glute-bridge-single-leg")
        #expect(try Self.routine("glute-bridge-single-leg").steps.contains { $0.sides == .both })
        #expect(try Self.routine("back-extension-elbows").family == .mobility)
        for id in ["hip-hinge", "sit-to-stand"] {
            #expect(try Self.routine(id).family == .control)
            #expect(try Self.routine(id).steps.first?.cue?.contains("Stand") == true || Self.routine(id).steps.first?.cue?.contains("Sit") == true)
        }
        let swim = try Self.routine("swim-easy")
        #expect(swim.family == .walk)
        let lowMovementFamilies = Set(Self.routines.filter { $0.targets.contains("low-daily-movement") }.map(\.family))
        #expect(lowMovementFamilies.count >= 3)
        let sigh = try Self.routine("breathing-cyclic-sigh")
        #expect(sigh.level == 1)
        #expect(Self.routines.filter { $0.family == .control && $0.level == 3 }.count >= 2)
        let rollingLadders = Self.routines.filter { routine in
            routine.family == .release && routine.progressesTo.flatMap { Self.library.routine(id: $0) }?.family == .release
        }
        #expect(rollingLadders.count >= 3)
    }

    // MARK: Dose that can grow

    /// "grows by 5 seconds at a time, up to 30 seconds" in a caution must be the step's progress.
    @Test func aPromiseThatTheHoldGrowsIsCarriedByTheFile() throws {
        let promise = /grows by (\d+) seconds at a time, up to (\d+) seconds/
        var promised = 0
        for routine in Self.routines {
            for caution in routine.cautions {
                guard let match = caution.firstMatch(of: promise) else { continue }
                promised += 1
                let progress = DoseProgress(by: Int(match.1)!, upTo: Int(match.2)!)
                #expect(routine.steps.contains { $0.progress == progress }, "\(routine.id) promises \(progress)")
            }
            #expect(!Self.text(routine).contains("add about"), "\(routine.id) promises growth in words only")
            #expect(!Self.text(routine).contains("build up to 8"), "\(routine.id) promises growth in words only")
        }
        #expect(promised >= 2)
    }

    // MARK: The hangs

    @Test func bothHangsCheckTheBarTheGripAndSayTractionHasLittleEvidence() throws {
        for id in ["hang-partial", "hang-full"] {
            let text = Self.text(try Self.routine(id))
            #expect(text.contains("bolted firmly"), "\(id): bar safety")
            #expect(text.contains("door-frame bar"), "\(id): bar safety")
            #expect(text.contains("thumbs wrapped around"), "\(id): grip")
            #expect(text.contains("traction has little evidence"), "\(id)")
            #expect(!text.contains("clinic's view"), "\(id) words the evidence as the clinic's view only")
            #expect(!text.contains("lengthen"), "\(id) claims the back lengthens")
        }
        let full = try Self.routine("hang-full")
        let hang = try #require(full.steps.first { $0.kind == .hold })
        #expect(hang.load == .seconds(15))
        #expect(hang.progress != nil)
        #expect(try Self.routine("hang-partial").progressesTo == "hang-full")
        #expect(Self.text(try Self.routine("hang-partial")).contains("ready for the full hang when"))
    }

    // MARK: Review fixes

    @Test func noRoutineOrIssueStatesAnUnsupportedMechanism() {
        let claims = ["tip the pelvis", "tug on the pelvis", "wake up the deep", "relax tense trunk", "lengthen",
                      "settle the nervous system"]
        for routine in Self.routines {
            for claim in claims {
                #expect(!Self.text(routine).contains(claim), "\(routine.id) says '\(claim)'")
            }
        }
        for issue in Self.library.issues {
            for claim in ["tip the pelvis", "load the lower back", "help undo it", "help even things out"] {
                #expect(!issue.description.contains(claim), "\(issue.id) says '\(claim)' as fact")
            }
        }
    }

    @Test func theStopLineLetsSomeoneWithSciaticaCarryOn() {
        for routine in Self.routines {
            let text = Self.text(routine)
            #expect(!text.contains("spreads into") && !text.contains("travels down") && !text.contains("spreads down"),
                    "\(routine.id) stops at any leg symptom")
            if let stop = routine.stopIf, stop.contains("leg") {
                #expect(stop.contains("new or spreads further than usual"), "\(routine.id): \(stop)")
            }
        }
    }

    @Test func breathHoldsAreGentleAndTheSighsSipIsAnInBreath() throws {
        for id in ["breathing-box", "breathing-4-7-8"] {
            let routine = try Self.routine(id)
            #expect(Self.text(routine).contains("never strain"), "\(id)")
            #expect(routine.steps.contains { $0.cue?.contains("without straining") == true }, "\(id)")
        }
        let sigh = try Self.routine("breathing-cyclic-sigh")
        let pattern = try #require(sigh.steps.compactMap { step -> BreathPattern? in
            if case .breathe(let pattern, _) = step.load { pattern } else { nil }
        }.first)
        #expect(pattern.topUp > 0 && pattern.hold == 0)
    }

    @Test func theBackToFloorCuesAgreeOrSayWhyTheyDiffer() throws {
        for id in ["dead-bug", "dead-bug-long-lever"] {
            #expect(Self.text(try Self.routine(id)).contains("gentle contact with the floor"), "\(id)")
        }
        #expect(Self.text(try Self.routine("pelvic-tilts")).contains("in the dead bug it stays in gentle contact"))
        #expect(Self.text(try Self.routine("mcgill-curl-up")).contains("unlike the dead bug and pelvic tilts"))
        for routine in Self.routines {
            #expect(!Self.text(routine).contains("press the small of your back into the floor"), "\(routine.id)")
        }
    }

    @Test func twistsForceNothingAndSeekNoPop() throws {
        for id in ["knee-rolls", "thoracic-open-book", "ql-supine-twist", "floor-unwind"] {
            let text = Self.text(try Self.routine(id))
            #expect(text.contains("pop"), "\(id) does not say that no pop is sought")
            #expect(text.contains("forced") || text.contains("do not push"), "\(id) does not say nothing is forced")
        }
    }

    // MARK: Conditions

    @Test func theConditionsCatalogueNamesEveryConditionTheClinicAskedFor() {
        let ids = Self.library.conditions.map(\.id)
        for id in ["pregnancy", "fragile-bones", "recent-hip-replacement", "recent-spinal-surgery", "shoulder-problem",
                   "wrist-problem", "knee-problem", "hypermobility", "existing-sciatica"] {
            #expect(ids.contains(id), "missing condition \(id)")
        }
        #expect(Self.library.conditions.allSatisfy { !$0.description.isEmpty })
    }

    @Test func eachRoutineAvoidsOrCautionsAboutItsRealRisks() {
        for routine in Self.routines {
            let text = Self.text(routine)
            let cautions = routine.cautions.joined(separator: " ").lowercased()
            let setUp = routine.steps.first?.cue?.lowercased() ?? ""
            if setUp.contains("on your back") && !routine.avoidWith.contains("pregnancy") {
                #expect(cautions.contains("pregnan"), "\(routine.id) lies on the back with no word on pregnancy")
            }
            if setUp.contains("face down") || setUp.contains("on your front") {
                #expect(routine.avoidWith.contains("pregnancy"), "\(routine.id) lies on the front")
            }
            if text.contains("hands under shoulders") {
                #expect(routine.avoidWith.contains("wrist-problem"), "\(routine.id) is on hands and knees")
                #expect(cautions.contains("wrist"), "\(routine.id) does not say why")
            }
            let twists = cautions.contains("a twist") || cautions.contains("gentle twist")
            if [.hang, .release].contains(routine.family) || twists {
                #expect(routine.avoidWith.contains("recent-spinal-surgery"), "\(routine.id) twists, rolls or hangs")
            }
            if routine.family == .hang || routine.id.contains("side-plank") || routine.id == "thoracic-open-book" {
                #expect(routine.avoidWith.contains("shoulder-problem"), "\(routine.id) loads the shoulder")
            }
            if routine.family == .stretch {
                #expect(cautions.contains("hypermobile"), "\(routine.id) does not say to stop at a mild stretch")
            }
            if routine.steps.contains(where: { $0.cue?.contains("across your upper back") == true }) {
                #expect(routine.avoidWith.contains("fragile-bones"), "\(routine.id) puts weight on the spine and ribs")
            }
        }
        for id in ["figure-4-supine", "figure-4-seated", "bottom-to-heels", "roll-glutes", "hip-circles"] {
            #expect(Self.library.routine(id: id)?.avoidWith.contains("recent-hip-replacement") == true, "\(id) bends the hip deeply")
        }
    }

    @Test func noRoutineFileHoldsAControlCharacter() throws {
        let folder = ShippedLibraryTests.folder
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            let bad = bytes.firstIndex { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
            #expect(bad == nil, "\(name) has a control character at byte \(bad ?? 0)")
        }
    }
}
