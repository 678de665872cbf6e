/// What the process was asked from outside, as a session's loops poll it at each wake.
public struct SessionSignals: Sendable {
    /// The signal that asked the process to stop (SIGINT, SIGTERM, SIGHUP, SIGQUIT), or 0.
    public let stop: @Sendable () -> Int32
    /// Takes a pending request to suspend (Ctrl-Z): true once for each request.
    public let takeSuspendRequest: @Sendable () -> Bool

    public init(stop: @escaping @Sendable () -> Int32, takeSuspendRequest: @escaping @Sendable () -> Bool) {
        self.stop = stop
        self.takeSuspendRequest = takeSuspendRequest
    }

    /// Nothing ever asked: for tests that play without signals.
    public static let none = SessionSignals(stop: { 0 }, takeSuspendRequest: { false })
}
