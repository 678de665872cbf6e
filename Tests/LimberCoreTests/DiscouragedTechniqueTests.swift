import Testing
@testable import LimberCore

/// The checker refuses the footballer's stretch however it is dressed up.
struct DiscouragedTechniqueTests {
    static func routine(id: String = "gentle-twist", name: String = "Gentle twist", forceful: String = "",
                        step: String = "Twist") -> String {
        """
        id: \(id)
        name: \(name)
        family: mobility
        \(forceful)
        steps:
          - name: \(step)
            kind: hold
            seconds: 20
        """
    }

    @Test(arguments: [
        (routine(id: "footballers-stretch"), "1:5", "its id"),
        (routine(name: "The Footballer's Stretch"), "2:7", "its name"),
        (routine(name: "Lumbar self-crack, both sides"), "1:5", "the alias 'lumbar self-crack'"),
        (routine(id: "side-lying-twist-forced-to-crack"), "1:5", "the alias 'side-lying twist forced to crack'"),
        (routine(forceful: "forceful: true"), "1:5", "its 'forceful: true' marker"),
        (routine(step: "Lumbar self-crack"), "6:11", "the name of step 1, 'Lumbar self-crack' ('lumbar self crack')"),
    ])
    func eachKindOfMatchIsRejected(text: String, position: String, how: String) throws {
        let fixture = try LibraryFixture()
        let lines = try fixture.check("x.yaml", text)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.hasPrefix("x.yaml:\(position): error: "))
        #expect(line.contains("is a discouraged technique, the Footballer's stretch (matched by \(how))"))
        #expect(line.contains("The clinic advises against forcing a twist until the back cracks."))
        #expect(line.contains("Safer alternatives: knee-rolls."))
    }

    @Test func aSafeTwistPasses() throws {
        let fixture = try LibraryFixture()
        #expect(try fixture.check("x.yaml", Self.routine(forceful: "forceful: false")) == [])
        // An alias inside other words is not the technique.
        #expect(try fixture.check("x.yaml", Self.routine(step: "Unlumbar self-cracking drill")) == [])
    }

    /// The shipped safety.yaml's aliases, matched as whole words in a routine's name.
    static func checkAgainstShippedAliases(name: String) throws -> [String] {
        let shipped = try String(contentsOf: ShippedLibraryTests.folder.appendingPathComponent("safety.yaml"), encoding: .utf8)
        let fixture = try LibraryFixture(["safety.yaml": shipped])
        return try fixture.check("x.yaml", routine(name: name))
    }

    @Test(arguments: [
        ("Partner cracking your back", "the alias 'partner cracking your back'"),
        ("Seated twist crack", "the alias 'seated twist crack'"),
        ("Seated spinal twist crack, both sides", "the alias 'seated spinal twist crack'"),
        ("Self-adjusting the lower back", "the alias 'self-adjusting'"),
        ("Lower back self adjustment", "the alias 'self-adjustment'"),
    ])
    func theShippedAliasesCatchEveryWayOfCrackingTheBack(name: String, how: String) throws {
        let lines = try Self.checkAgainstShippedAliases(name: name)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("is a discouraged technique, the Footballer's stretch (matched by \(how))") == true)
    }

    @Test(arguments: ["Popliteal stretch", "Seated twist with a lumbar roll cushion", "Self-adjustable strap stretch",
                      "Seated twist", "Back extension on a lumbar roll"])
    func gentleRoutinesWhoseNamesShareLettersWithAnAliasPass(name: String) throws {
        #expect(try Self.checkAgainstShippedAliases(name: name) == [])
    }
}
