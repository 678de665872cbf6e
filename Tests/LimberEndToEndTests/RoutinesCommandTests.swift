import Foundation
import Testing

/// `limber routines ...` run as a process: exit codes, stderr lines and JSON shape.
@Suite(.serialized) struct RoutinesCommandTests {
    let limber = LimberProcess()

    func scratchFolder(_ files: [String: String]) throws -> URL {
        let folder = try limber.folder("check-\(UUID().uuidString)")
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func checkPassesOnTheShippedLibrary() throws {
        let result = try limber.run(["routines", "check"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasSuffix("routines checked: no problems.\n"))
    }

    @Test("a symbolic link to the binary, as installers make, finds the library beside the binary it names")
    func aLinkToTheBinaryFindsItsLibrary() throws {
        let link = try limber.folder("elsewhere/bin").appendingPathComponent("limber")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: LimberProcess.binary)
        let result = try limber.run(["routines", "check"], binary: link)
        #expect(result.status == 0 && result.stderr == "")
        #expect(result.stdout.hasSuffix("routines checked: no problems.\n"))
    }

    @Test func checkFailsWithOneLocatedLinePerProblem() throws {
        let folder = try scratchFolder([
            "typo.yaml": "id: typo\nname: Typo\nfamily: strech\nsteps:\n  - name: Hold\n    kind: hold\n    seconds: 0\n",
            "crack.yaml": "id: footballers-stretch\nname: Twist\nfamily: mobility\nsteps:\n  - {name: Twist, kind: hold, seconds: 10}\n",
        ])
        let result = try limber.run(["routines", "check", "typo.yaml", "crack.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 3)
        #expect(result.stderrLines[0].hasPrefix("typo.yaml:3:9: error: unknown family 'strech'"))
        #expect(result.stderrLines[1] == "typo.yaml:7:14: error: 'seconds' must be from 1 to 3600, found 0")
        #expect(result.stderrLines[2].hasPrefix("crack.yaml:1:5: error: 'footballers-stretch' is a discouraged technique"))
        #expect(result.stdout == "3 problems in 2 files.\n")

        // Paths come back as given, and a file named twice is checked once.
        let again = try limber.run(["routines", "check", "./crack.yaml", folder.path + "/", "crack.yaml"], in: folder)
        #expect(again.stderrLines.count == 3)
        #expect(again.stderrLines.contains { $0.hasPrefix("./crack.yaml:1:5: error: ") })
        #expect(again.stderrLines.contains { $0.hasPrefix("\(folder.path)/typo.yaml:3:9: error: ") })
    }

    @Test func aMissingPathIsAProblemNotACrash() throws {
        let result = try limber.run(["routines", "check", "/nonexistent/x.yaml"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["/nonexistent/x.yaml:1:1: error: no such file or folder"])
    }

    @Test func listJSONGivesEveryRoutineWithItsFields() throws {
        let result = try limber.run(["routines", "list", "--json"])
        #expect(result.status == 0)
        let routines = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let files = try FileManager.default.contentsOfDirectory(atPath: LimberProcess.routines.path)
            .filter { $0.hasSuffix(".yaml") && !["issues.yaml", "conditions.yaml", "safety.yaml", "clinic.yaml"].contains($0) }
        #expect(routines.count == files.count)
        for routine in routines {
            #expect(Set(routine.keys) == ["id", "name", "family", "targets", "equipment", "level", "seconds"])
            #expect((routine["seconds"] as? Int ?? 0) > 0)
        }
    }

    @Test func aBadClinicFileIsSkippedWithOneWarning() throws {
        let clinic = try scratchFolder([
            "broken.yaml": "id: [",
            "desk-break.yaml": "id: desk-break\nname: Desk break\nfamily: walk\nsteps:\n  - {name: Walk, kind: walk, seconds: 120}\n",
        ])
        let result = try limber.run(["routines", "list", "--routines", clinic.path])
        #expect(result.status == 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("warning: skipped \(clinic.path)/broken.yaml:") == true)
        #expect(result.stdout.contains("desk-break"))
        #expect(result.stdout.contains("hip-flexor-kneeling"))
    }

    @Test func showPrintsStepsAndCautionsAndRefusesAnUnknownID() throws {
        let shown = try limber.run(["routines", "show", "hip-flexor-kneeling"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Steps:"))
        #expect(shown.stdout.contains("Stop if:"))
        let unknown = try limber.run(["routines", "show", "hip-flexor"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("Error: No routine has the id 'hip-flexor'. Did you mean: "))
        #expect(unknown.stderr.contains("hip-flexor-kneeling"), "the likely id is suggested")
    }

    @Test func versionAndHelpWork() throws {
        #expect(try limber.run(["--version"]).stdout.split(separator: ".").count == 3)
        let help = try limber.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("routines"))
    }

    @Test func globalOptionsWorkBeforeTheCommandToo() throws {
        let clinic = try limber.writeRoutine(id: "clinic-extra", in: "clinic", """
            id: clinic-extra
            name: Clinic extra
            family: mobility
            steps:
              - {name: Move, kind: hold, seconds: 5}
            """)
        for arguments in [["--routines", clinic.path, "routines", "list"], ["--routines=\(clinic.path)", "routines", "list"],
                          ["routines", "list", "--routines", clinic.path]] {
            let result = try limber.run(arguments)
            #expect(result.status == 0, "limber \(arguments.joined(separator: " ")): \(result.stderr)")
            #expect(result.stdout.contains("clinic-extra"))
        }
        for arguments in [["--home", clinic.path, "help", "log"], ["--home", clinic.path, "--help"]] {
            let help = try limber.run(arguments)
            #expect(help.status == 0, "limber \(arguments.joined(separator: " ")): \(help.stderr)")
            #expect(help.stdout.contains("SUBCOMMANDS:"))
        }
        let elsewhere = limber.home.appendingPathComponent("elsewhere")
        #expect(try limber.run(["--home", elsewhere.path, "log", "pain", "3"]).status == 0)
        #expect(try limber.run(["history", "--home", elsewhere.path]).stdout.contains("pain 3"))
    }

    @Test func anUnknownCommandIsNamedWithTheLikelyOne() throws {
        let result = try limber.run(["histroy"])
        #expect(result.status == 64)
        #expect(result.stderr == "Error: Unknown command 'histroy'. Did you mean 'history'? Commands: home, start, today, plan, routines, profile, log, screen, status, history, review, export, import. See 'limber --help'.\n")
    }

    @Test(arguments: [
        (["log", "bogus"], "Error: Unknown command 'log bogus'. Commands: crack, activity, pain, stiffness, symptom, flare. See 'limber log --help'."),
        (["routines", "lst"], "Error: Unknown command 'routines lst'. Did you mean 'list'? Commands: list, show, check. See 'limber routines --help'."),
        (["log", "pain", "-1"], "Error: '-1' is not allowed: Limber takes no negative numbers (pain is 0 to 10, minutes 1 to 600)."),
    ])
    func usageMistakesAreNamedInWords(arguments: [String], message: String) throws {
        let result = try limber.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderrLines == [message])
    }

    @Test func aNegativeOptionValueGetsTheOptionsOwnMessage() throws {
        let result = try limber.run(["log", "activity", "walk", "--minutes", "-5"])
        #expect(result.status == 64)
        #expect(result.stderrLines.first == "Error: Minutes must be a whole number from 1 to 600, not -5.")
    }

    @Test func somethingNotFoundIsAnErrorWithoutTheUsage() throws {
        let result = try limber.run(["routines", "show", "no-such-routine"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["Error: No routine has the id 'no-such-routine'. Run 'limber routines list' to see them all."])
    }

    @Test func aRoutinesFolderThatIsALinkLoopIsNamedAsOne() throws {
        try FileManager.default.createDirectory(at: limber.home, withIntermediateDirectories: true)
        let loop = limber.home.appendingPathComponent("clinic")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let result = try limber.run(["routines", "list", "--routines", loop.path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: The routines folder '\(loop.path)' cannot be read: symbolic link loop: following its links leads back to where they started, never to a file.\n")
    }
}
