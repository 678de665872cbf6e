/// What an import added. Records already in the log (same id) are counted, not added again.
public struct ImportSummary: Sendable, Equatable {
    public var sessionsAdded = 0
    public var stepsAdded = 0
    public var selfReportsAdded = 0
    public var screeningsAdded = 0
    public var clearancesAdded = 0
    public var profileChangesAdded = 0
    public var plannedSetsAdded = 0
    /// Records left alone because the log already had them.
    public var alreadyPresent = 0

    public init() {}

    public var addedNothing: Bool {
        sessionsAdded == 0 && stepsAdded == 0 && selfReportsAdded == 0 && screeningsAdded == 0 && clearancesAdded == 0
            && profileChangesAdded == 0 && plannedSetsAdded == 0
    }
}
