import Foundation

/// One session at a time per patient: a second `limber start` would otherwise mark the first,
/// still running, as interrupted. The lock is an flock on a file in the data folder, released
/// by the kernel however the process ends, so a killed session never leaves it stuck.
struct SessionLock {
    private let descriptor: Int32

    struct AlreadyRunning: Error, CustomStringConvertible {
        var description: String {
            "A session is already running for this patient in another terminal. Finish or quit it first."
        }
    }

    init(home: URL) throws {
        let path = home.appendingPathComponent("session.lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw AlreadyRunning()
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
