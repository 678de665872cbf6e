import Foundation
import LimberCore
import LimberStore
import LimberTestSupport
@testable import LimberTUI
import Testing

/// `start --voice`: the cues said at the right moments, and real speech where each should be.
struct VoiceTests {
    /// An 8-second hold on each side, then two breaths of box breathing.
    static let routines = [
        Routine(id: "hold", name: "Side hold", family: .stretch, steps: [
            Step(name: "Hold", kind: .hold, load: .seconds(8), sides: .both, cue: "Hold it gently."),
        ]),
        Routine(id: "box", name: "Box breathing", family: .breathing, steps: [
            Step(name: "Box", kind: .breathe, load: .breathe(BreathPattern(inhale: 2, hold: 2, exhale: 2, holdAfter: 0), cycles: 1),
                 cue: "Slow and even."),
        ]),
    ]

    /// Plays the routines through with no key but Enter at the questions; what was said, when.
    static func spokenSession() throws -> [(second: Double, words: String)] {
        let clock = ManualClock()
        let speaker = RecordingSpeaker(clock: clock)
        let terminal = ScriptedTerminal(clock: clock, keys: [(0, .enter), (40, .enter), (40, .enter)])
        _ = try SessionRunner(
            store: try AppDatabase.inMemory(), routines: routines, display: .screen(terminal), crackAdvice: nil,
            wallClock: WallClock(startingAt: Date(timeIntervalSince1970: 1_800_000_000), monotonic: clock), clock: clock,
            signals: .none, speaker: speaker
        ).run()
        return speaker.said
    }

    @Test func eachStepSideSwitchBreathAndTheLastThreeSecondsAreSaidWhenTheyHappen() throws {
        let said = try Self.spokenSession()
        // The switch between sides lasts 5 seconds (SessionPlan), so the right side starts at 13 s.
        #expect(said.map { "\(Int($0.second)) \($0.words)" } == [
            "0 Hold, left side.", "5 3", "6 2", "7 1",
            "8 Switch sides", "10 3", "11 2", "12 1",
            "13 Hold, right side.", "18 3", "19 2", "20 1",
            "21 Breathe in", "23 Hold", "25 Breathe out",
            "27 Session complete.",
        ])
    }

    /// Needs espeak-ng and sox (Debian's packages; `.ci/run` installs them).
    static let canSpeak = EspeakSpeaker() != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/sox")

    @Test(.enabled(if: canSpeak, "espeak-ng and sox are needed"))
    func theRecordedSessionHasSpeechWhereEachCueIsAndSilenceBetween() throws {
        let scratch = try TemporaryFolder("limber-voice")
        let folder = scratch.url
        let said = try Self.spokenSession().prefix(4)  // the left side: its name and the count
        let speaker = try #require(EspeakSpeaker(recordingTo: folder))
        for cue in said { speaker.say(cue.words) }
        speaker.finish()
        // Each cue's recording laid at its second, mixed into one track of the session.
        let session = folder.appendingPathComponent("session.wav").path
        let inputs = said.enumerated().flatMap { index, cue in
            ["-v", "1", "|sox \(folder.appendingPathComponent("cue-\(index + 1).wav").path) -p pad \(cue.second)"]
        }
        #expect(try Self.sox(["-m"] + inputs + [session]).status == 0)
        for cue in said {
            #expect(try Self.loudness(session, from: cue.second, seconds: 0.3) > 0.01, "speech at \(cue.second) s: '\(cue.words)'")
        }
        #expect(try Self.loudness(session, from: 2.5, seconds: 2) < 0.001, "silence between the step's name and the count")
    }

    /// The RMS amplitude of a stretch of a WAV file, as sox measures it.
    static func loudness(_ file: String, from start: Double, seconds: Double) throws -> Double {
        let stat = try sox([file, "-n", "trim", String(start), String(seconds), "stat"])
        let line = try #require(stat.errors.split(separator: "\n").first { $0.hasPrefix("RMS     amplitude") })
        return try #require(Double(line.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)))
    }

    static func sox(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sox")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
