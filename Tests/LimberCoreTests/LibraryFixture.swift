import Foundation
@testable import LimberCore
import LimberTestSupport

/// A throwaway folder of library files for one test.
struct LibraryFixture {
    /// Removed when the test ends.
    private let scratch: TemporaryFolder
    var folder: URL { scratch.url }

    init(_ files: [String: String] = [:]) throws {
        scratch = try TemporaryFolder("limber-library")
        try write([
            "issues.yaml": Self.issues,
            "safety.yaml": Self.safety,
            "conditions.yaml": Self.conditions,
            "knee-rolls.yaml": Self.kneeRolls,
        ])
        try write(files)
    }

    func write(_ files: [String: String]) throws {
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    var library: RoutineLibrary { LibraryLoader.load(builtIn: folder) }

    /// The checker's lines for one file, with the folder left out of the path.
    func check(_ name: String, _ text: String) throws -> [String] {
        try write([name: text])
        return LibraryLoader.check(paths: [path(name)], against: library)
            .map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
    }

    static let issues = """
        issues:
          - id: prolonged-sitting
            name: Long periods of sitting
            description: Sitting for hours at a time.
          - id: chronic-stress
            name: Ongoing stress
            description: Stress that keeps the muscles on guard.
        """

    static let conditions = """
        conditions:
          - id: pregnancy
            name: Pregnancy
            description: You are pregnant.
          - id: shoulder-problem
            name: Shoulder problem
            description: A painful or loose shoulder.
        """

    static let safety = """
        discouraged:
          - id: footballers-stretch
            name: Footballer's stretch
            aliases: [lumbar self-crack, side-lying twist forced to crack]
            reasons: [The clinic advises against forcing a twist until the back cracks.]
            alternatives: [knee-rolls]
        red-flags:
          - id: saddle-numbness
            question: Any numbness around the saddle area?
            urgency: emergency
            advice: Stop and go to A&E now.
        assessment-patterns:
          - id: recurring-tightness
            question: Does the tightness keep coming back?
            advice: Book an assessment.
        """

    static let kneeRolls = """
        id: knee-rolls
        name: Knee rolls
        family: mobility
        targets: [prolonged-sitting]
        cautions: [Move slowly.]
        steps:
          - name: Roll
            kind: reps
            reps: 8
            tempo: 4
        """
}
