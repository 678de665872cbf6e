import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// The routine checker, the importer and the answers to the questions fed a fixed, seeded budget
/// of mutated inputs: each must end with a result or a clear message, never a crash or a hang.
/// A failure names the seed and the case, so it can be played again exactly.
struct MutatedInputTests {
    static let budget = 400

    static let shippedRoutines: [(name: String, bytes: [UInt8])] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Routines")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
        return names.compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, Array($0)) }
        }
    }()

    @Test func mutatedRoutineFilesGetMessagesNotCrashes() throws {
        try #require(Self.shippedRoutines.count > 40)
        let fixture = try LibraryFixture()
        let library = fixture.library
        var random = SeededRandom(seed: 20261130)
        for index in 0..<Self.budget {
            let original = Self.shippedRoutines[index % Self.shippedRoutines.count]
            let mutated = random.mutate(original.bytes)
            try Data(mutated).write(to: URL(fileURLWithPath: fixture.path("mutated.yaml")))
            let started = ContinuousClock.now
            let diagnostics = LibraryLoader.check(paths: [fixture.path("mutated.yaml")], against: library)
            #expect(ContinuousClock.now - started < .seconds(2), "case \(index) (\(original.name)) took too long")
            // Every message is one line naming the file and a place in it (what it quotes is made
            // visible on its way to the terminal, by StandardError).
            for diagnostic in diagnostics {
                #expect(diagnostic.description.contains("mutated.yaml:"), "case \(index): \(diagnostic)")
                #expect(!diagnostic.description.contains("\n"), "case \(index): more than one line: \(diagnostic)")
            }
        }
    }

    @Test func mutatedExportsAreRefusedByLineOrReadWhole() throws {
        var contents = LogContents()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for day in 0..<3 {
            let begun = start.addingTimeInterval(Double(day) * 86_400)
            let session = SessionRecord(
                day: LocalDay(containing: begun, in: TimeZone(identifier: "UTC")!), plannedRoutines: ["cat-camel"],
                startedAt: begun, endedAt: begun.addingTimeInterval(60), status: .completed, painBefore: 3, painAfter: 2)
            contents.sessions.append(session)
            contents.steps.append(StepResult(
                sessionID: session.id, routineID: "cat-camel", stepIndex: 0, stepName: "Move", side: nil, setNumber: 1,
                plannedSeconds: 30, doneSeconds: 30, status: .done, startedAt: begun, endedAt: begun.addingTimeInterval(30)))
            contents.selfReports.append(.pain(4, at: begun.addingTimeInterval(100), in: TimeZone(identifier: "UTC")!, note: "a note"))
        }
        let export = Array(try LogArchive.encode(contents, exportedAt: start))
        var random = SeededRandom(seed: 7)
        for index in 0..<Self.budget {
            do {
                _ = try LogArchive.decode(Data(random.mutate(export)), path: "sam.jsonl")
            } catch let error as LogStoreError {
                let message = error.description
                #expect(message.hasPrefix("sam.jsonl:"), "case \(index): \(message)")
                #expect(!message.contains("Int") && !message.contains("DecodingError"), "case \(index): \(message)")
            } catch {
                Issue.record("case \(index): not a LogStoreError: \(error)")
            }
        }
    }

    @Test func mutatedAnswersAreAnswersInRangeOrNone() {
        var random = SeededRandom(seed: 11)
        let seeds = ["0", "5", "10", "3", "1", "2", "q", ""]
        for index in 0..<Self.budget {
            let typed = String(decoding: random.mutate(Array(seeds[index % seeds.count].utf8) + [UInt8(ascii: "7")]), as: UTF8.self)
            if let pain = Question.painBefore.accepts(typed) {
                #expect((0...10).contains(pain) && typed.allSatisfy(\.isASCII), "case \(index): '\(typed)' taken as \(pain)")
            }
            if let effort = Question.effort.accepts(typed) {
                #expect((1...3).contains(effort), "case \(index): '\(typed)' taken as \(effort)")
            }
        }
    }
}
