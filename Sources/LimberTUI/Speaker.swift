import Foundation
import LimberCore

/// Something that says a few words aloud without making the caller wait.
public protocol Speaker: AnyObject {
    func say(_ words: String)
}

/// Speech through espeak-ng, run as a process for each cue: nothing to link, and a cue that is
/// still being spoken when the next is due is cut off rather than queued, so the voice keeps
/// time with the countdown. Starting a process takes about a millisecond and never waits for
/// the speech.
public final class EspeakSpeaker: Speaker {
    private let executable: String
    private let extraArguments: [String]
    /// The cue being spoken, and every cue process not yet collected.
    private var speaking: pid_t?
    private var children: [pid_t] = []
    /// Each cue to its own WAV file instead of the speakers, for tests: cue-1.wav, cue-2.wav…
    private let recordingFolder: URL?
    private var recorded = 0

    /// Nil when espeak-ng is not installed (not found on PATH).
    public init?(recordingTo folder: URL? = nil, environment: [String: String] = ProcessEnvironment.current) {
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let found = path.map({ $0 + "/espeak-ng" }).first(where: { access($0, X_OK) == 0 }) else { return nil }
        executable = found
        // A calm, unhurried voice.
        extraArguments = ["-s", "150"]
        recordingFolder = folder
    }

    deinit {
        finish()
    }

    public func say(_ words: String) {
        reap()
        var arguments = [executable] + extraArguments
        if let recordingFolder {
            recorded += 1
            arguments += ["-w", recordingFolder.appendingPathComponent("cue-\(recorded).wav").path]
        } else if let speaking {
            kill(speaking, SIGTERM)
        }
        arguments.append(VisibleText.of(words))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Its own output must not reach the terminal the player draws on.
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        if posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 {
            speaking = pid
            children.append(pid)
        }
    }

    /// Waits for the last cue to be spoken, so a recording is whole and no process is left.
    public func finish() {
        var status: Int32 = 0
        for child in children { waitpid(child, &status, 0) }
        children = []
        speaking = nil
    }

    /// Collects cues that have ended, so none is left as a zombie.
    private func reap() {
        var status: Int32 = 0
        children.removeAll { waitpid($0, &status, WNOHANG) == $0 }
        if let speaking, !children.contains(speaking) { self.speaking = nil }
    }
}

/// Says the cues due as a session's state changes (see `SpokenCues`).
final class VoiceCoach {
    private let speaker: any Speaker
    private var previous: (state: SessionState, at: MonotonicInstant)?

    init(speaker: any Speaker) {
        self.speaker = speaker
    }

    func update(_ state: SessionState, at now: MonotonicInstant) {
        for cue in SpokenCues.cues(from: previous?.state, at: previous?.at ?? now, to: state, at: now) {
            speaker.say(cue)
        }
        previous = (state, now)
    }
}
