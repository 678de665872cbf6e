/// One exercise routine from the library: a named sequence of steps (DESIGN §4).
public struct Routine: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var family: Family
    public var summary: String?
    public var targets: [String]
    /// Condition ids from `Routines/conditions.yaml`: never give this routine to a patient who has one.
    public var avoidWith: [String]
    public var equipment: [Equipment]
    public var level: Int
    public var progressesTo: String?
    /// Why the routine has no harder successor, in place of `progressesTo`.
    public var noProgression: String?
    public var cautions: [String]
    public var stopIf: String?
    /// Marks a technique as forceful; the checker rejects any routine that sets it.
    public var forceful: Bool
    public var steps: [Step]

    public init(
        id: String, name: String, family: Family, summary: String? = nil,
        targets: [String] = [], avoidWith: [String] = [], equipment: [Equipment] = [], level: Int = 1,
        progressesTo: String? = nil, noProgression: String? = nil, cautions: [String] = [], stopIf: String? = nil,
        forceful: Bool = false, steps: [Step]
    ) {
        self.id = id
        self.name = name
        self.family = family
        self.summary = summary
        self.targets = targets
        self.avoidWith = avoidWith
        self.equipment = equipment
        self.level = level
        self.progressesTo = progressesTo
        self.noProgression = noProgression
        self.cautions = cautions
        self.stopIf = stopIf
        self.forceful = forceful
        self.steps = steps
    }

    /// The nominal length: every segment the player would time, added up.
    public var seconds: Int {
        steps.reduce(0) { $0 + $1.totalSeconds }
    }
}

public enum Family: String, Sendable, CaseIterable, Codable {
    case hang, stretch, mobility, control, release, breathing, walk
}

public enum Equipment: String, Sendable, CaseIterable, Codable {
    case bar, roller, mat, chair, wall, strap, cushion
}
