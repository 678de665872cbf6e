/// How a step's dose grows (DESIGN §4): `by` more each time the scheduler moves it up, until
/// `upTo`; seconds for a hold, reps for a reps step. Past `upTo` the routine's `progresses-to`
/// takes over.
public struct DoseProgress: Sendable, Equatable {
    public var by: Int
    public var upTo: Int

    public init(by: Int, upTo: Int) {
        self.by = by
        self.upTo = upTo
    }
}
